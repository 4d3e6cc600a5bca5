"""Find each excerpt in its source, the way a careful reader would.

An excerpt matches its source when both are equal after this normalisation:
Unicode NFKC; curly single and double quotes and primes become ' and ";
hyphens and dashes (U+2010 to U+2015) become -; every run of white space
becomes one space. Case is kept. `...` (or `…`, which NFKC turns into `...`)
inside an excerpt skips text: its pieces must occur in that order. Each
piece must also begin and end on a word's edge in the source: "legal" is not
found in "illegal" (the rule is beside `find_whole`).

Spans are always reported in the source's own characters, so that readers
can highlight the excerpt in the text as the outlet printed it.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from unicodedata import combining

from briefing.model import Span

_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u2035": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2036": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
    }
)

# Runs that may change under normalisation: white space other than a single
# space, or a "word" of non-ASCII characters with the ASCII character before it
# (a combining mark may follow an ASCII letter: "e" + U+0301 is "é"). All else
# is plain ASCII and passes through unchanged, which keeps large articles fast.
_SPECIAL = re.compile(r" \s+|[^\S ]\s*|[!-~]?[^\s\x00-\x7f]+")


def fold(text: str) -> str:
    """Normalise a short piece of text for matching."""
    # Quotes first too: NFKC would split a double prime into two single ones.
    text = unicodedata.normalize("NFKC", text.translate(_FOLD)).translate(_FOLD)
    return re.sub(r"\s+", " ", text)


QUOTE_MARKS = "\"'`\u02b9\u02ba\u02bb\u02bc\u02bd\u2039\u203a\u00ab\u00bb\u301d\u301e\u301f"
"""Quote marks and apostrophes left apart by `fold` (straight ' and ", a backtick,
modifier letters, guillemets): a curator's likeliest near misses. (NFKC makes an
acute accent a space and a combining mark, so it is no quote mark here.)"""
DASHES = "-\u2212\u2043\ufe58\u2e3a\u2e3b\u2011"
"""Hyphen-like characters left apart by `fold` (a minus sign, a hyphen bullet, ...)."""
_LOOSE = str.maketrans(
    {**dict.fromkeys(QUOTE_MARKS, "'"), **dict.fromkeys(DASHES, "-")},
)


def loosen(text: str) -> str:
    """`text` with case, quote marks and dashes made alike; always the same length."""
    lower = text.lower()
    if len(lower) != len(text):  # a few letters lower to two characters ("İ")
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower.translate(_LOOSE)


@functools.lru_cache(maxsize=4096)
def _base_letter(character: str) -> str:
    """`character` without its accents ("ó" is "o"), or itself when it has none."""
    decomposed = unicodedata.normalize("NFD", character)
    if len(decomposed) > 1 and not _is_mark(decomposed[0]) and all(map(_is_mark, decomposed[1:])):
        return decomposed[0]
    return character


def unaccent(text: str) -> str:
    """`text` with each accented letter made plain ("López" is "Lopez"); always the same length.

    Only for "not found" messages: matching keeps accents, since "resume" and
    "résumé" are different words.
    """
    if text.isascii():
        return text
    table = {ord(c): _base_letter(c) for c in set(text) if not c.isascii()}
    return text.translate(table)


@dataclass(frozen=True)
class NormalisedText:
    """A source's text after normalisation, and the way back to its own offsets."""

    text: str
    """The normalised text."""
    breaks: tuple[int, ...]
    """Offsets in `text` where a segment starts."""
    origins: tuple[int, ...]
    """For each segment, the offset in the original where it starts."""
    verbatim: tuple[bool, ...]
    """For each segment, whether it was copied unchanged (so offsets map one to one)."""
    original_length: int

    @functools.cached_property
    def loose(self) -> str:
        """`text` with case, quote marks and dashes made alike (for "not found" messages)."""
        return loosen(self.text)

    @functools.cached_property
    def plain(self) -> str:
        """`loose` with accents removed too (for "not found" messages)."""
        return unaccent(self.loose)

    def to_original(self, start: int, end: int) -> Span:
        """Map a span of `text` back to a span of the original."""
        return Span(self._start(start), self._end(end))

    def _segment(self, offset: int) -> int:
        return bisect.bisect_right(self.breaks, offset) - 1

    def _start(self, offset: int) -> int:
        index = self._segment(offset)
        if self.verbatim[index]:
            return self.origins[index] + offset - self.breaks[index]
        return self.origins[index]

    def _end(self, offset: int) -> int:
        if offset <= 0:
            return 0
        index = self._segment(offset - 1)
        if self.verbatim[index]:
            return self.origins[index] + offset - self.breaks[index]
        following = index + 1
        return self.origins[following] if following < len(self.origins) else self.original_length


def normalise(original: str) -> NormalisedText:
    """Normalise a whole source, remembering where each piece came from."""
    table = _Table(original)
    position = 0
    for match in _SPECIAL.finditer(original):
        table.copy(position, match.start())
        run = match.group()
        if run[0].isspace():
            table.add(" ", match.start())
        else:
            _add_run(table, run, match.start())
        position = match.end()
    table.copy(position, len(original))
    return table.finish()


@dataclass
class _Table:
    """The segments of a normalised text, as they are built."""

    original: str
    pieces: list[str | None] = field(default_factory=list)
    """Each segment's normalised text; None for a copied one (read from `original`)."""
    breaks: list[int] = field(default_factory=list)
    origins: list[int] = field(default_factory=list)
    sizes: list[int] = field(default_factory=list)
    """Each segment's length in the normalised text."""
    length: int = 0

    def copy(self, start: int, end: int) -> None:
        """Copy `original[start:end]` unchanged, joining a copied segment just before it."""
        if start >= end:
            return
        if self.pieces and self.pieces[-1] is None and self.origins[-1] + self.sizes[-1] == start:
            self.sizes[-1] += end - start
        else:
            self.segment(None, start, end - start)
        self.length += end - start

    def add(self, piece: str, origin: int) -> None:
        """Add a segment whose normalised text differs from the original's."""
        if piece:
            self.segment(piece, origin, len(piece))
            self.length += len(piece)

    def segment(self, piece: str | None, origin: int, size: int) -> None:
        """Start a new segment."""
        self.pieces.append(piece)
        self.breaks.append(self.length)
        self.origins.append(origin)
        self.sizes.append(size)

    def finish(self) -> NormalisedText:
        """The normalised text and its tables."""
        if not self.pieces:
            self.add(" ", 0)  # an empty source: keep the tables non-empty
        text = "".join(
            self.original[origin : origin + size] if piece is None else piece
            for piece, origin, size in zip(self.pieces, self.origins, self.sizes, strict=True)
        )
        verbatim = tuple(piece is None for piece in self.pieces)
        return NormalisedText(
            text, tuple(self.breaks), tuple(self.origins), verbatim, len(self.original)
        )


def _add_run(table: _Table, run: str, origin: int) -> None:
    """Add a run of non-white-space text, as finely as its normalisation allows."""
    folded = fold(run)
    if folded == run:  # the common case: nothing to change
        table.copy(origin, origin + len(run))
        return
    # Normalise each character with its combining marks on its own, so that a
    # span maps back to the very characters; when that differs from normalising
    # the run whole (Hangul jamo, two-part vowel signs), keep the run whole.
    starts = [i for i, character in enumerate(run) if i == 0 or not combining(character)]
    clusters = [run[a:b] for a, b in zip(starts, [*starts[1:], len(run)], strict=True)]
    pieces = [_fold_cluster(cluster) for cluster in clusters]
    if "".join(pieces) != folded:
        table.add(folded, origin)
        return
    for cluster, piece in zip(clusters, pieces, strict=True):
        if piece == cluster:
            table.copy(origin, origin + len(cluster))
        else:
            table.add(piece, origin)
        origin += len(cluster)


@functools.lru_cache(maxsize=4096)
def _fold_cluster(cluster: str) -> str:
    """`fold` for one character and its marks; articles repeat them, so keep the answers."""
    return fold(cluster)


# Whole words. A match may not begin or end inside a word of the source: an
# excerpt "legal" is not in "illegal". Words are runs of letters, digits,
# underscores and combining marks (a mark belongs to the character before it),
# an apostrophe between two of them is inside the word ("don't", "India's"),
# and so are "." and "," between two digits ("3.5", "10,000"). Hyphens and
# dashes separate words: "EU" is a word of "EU-India" (after `fold` a hyphen
# and an en or em dash are one character, and "Singh–Kaja" is two words).
# Scripts written without spaces between words (Chinese, Japanese, Thai, ...)
# have no boundary to see, so there every character boundary is one, except
# before a combining mark. The check applies only where the excerpt's own edge
# is part of a word: an excerpt that begins or ends with punctuation is fine.
_SPACELESS = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x0F00, 0x0FFF),  # Tibetan
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x19E0, 0x19FF),  # Khmer symbols
    (0x2E80, 0x2FDF),  # CJK radicals
    (0x3040, 0x312F),  # Hiragana, Katakana, Bopomofo
    (0x31A0, 0x31FF),  # Bopomofo and Katakana extensions, CJK strokes
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0xFF66, 0xFF9F),  # half-width Katakana
    (0x20000, 0x3FFFF),  # CJK extensions B to H
)
"""Blocks of scripts written without spaces between words."""
_APOSTROPHE = "'"  # `fold` makes every curly one straight; ʼ (U+02BC) is a letter
_DIGIT_MARKS = ".,"
_RETRIES = 16
"""Matches cut from a longer word tried one by one before one regular expression finds the rest."""


def _is_mark(character: str) -> bool:
    """Whether `character` is a combining mark (it belongs to the character before it)."""
    return unicodedata.category(character)[0] == "M"


def _is_spaceless(character: str) -> bool:
    """Whether `character` is a letter of a script written without spaces between words."""
    code = ord(character)
    return code >= 0x0E00 and any(a <= code <= b for a, b in _SPACELESS) and not _is_mark(character)


def _is_word(character: str) -> bool:
    """Letters, digits, `_` (what `\\w` matches) and combining marks, of any script."""
    return character.isalnum() or character == "_" or _is_mark(character)


def _joins(character: str) -> bool:
    """Whether `character` is part of a word that only a space or punctuation ends."""
    return _is_word(character) and not _is_spaceless(character)


def _cut_before(text: str, start: int, first: str) -> bool:
    """Whether a match beginning with `first` at `start` begins inside a word."""
    if start == 0 or not _is_word(first):
        return False
    before = text[start - 1]
    if _is_mark(first):
        return _is_word(before)
    if _is_spaceless(first):
        return False
    if _joins(before):
        return True
    earlier = text[start - 2] if start >= 2 else " "
    return (before == _APOSTROPHE and _joins(earlier)) or (
        before in _DIGIT_MARKS and first.isdecimal() and earlier.isdecimal()
    )


def _cut_after(text: str, end: int, last: str) -> bool:
    """Whether a match ending with `last` at `end` ends inside a word."""
    if end >= len(text) or not _is_word(last):
        return False
    after = text[end]
    if _is_spaceless(last):
        return _is_mark(after)
    if _joins(after):
        return True
    later = text[end + 1] if end + 1 < len(text) else " "
    return (after == _APOSTROPHE and _joins(later)) or (
        after in _DIGIT_MARKS and last.isdecimal() and later.isdecimal()
    )


class SearchEffort:
    """Characters that whole-word searches scanned with the slow regular expression.

    The loader bounds the work of one load in characters searched; a scan by
    the regular expression costs tens of times a `str.find` over the same
    characters, so the loader charges these separately.
    """

    __slots__ = ("slow_chars",)

    def __init__(self) -> None:
        self.slow_chars = 0


def find_whole(text: str, piece: str, start: int = 0, effort: SearchEffort | None = None) -> int:
    """The first offset from `start` where `piece` occurs in `text` as whole words; -1 if none.

    `piece` must not be empty. Most first matches are whole, so `str.find` and
    a look at either edge do; after many matches inside longer words (a short
    piece, a hostile source) one regular expression finds the rest at C speed.
    """
    found = text.find(piece, start)
    for _ in range(_RETRIES):
        if found < 0 or not (
            _cut_before(text, found, piece[0]) or _cut_after(text, found + len(piece), piece[-1])
        ):
            return found
        found = text.find(piece, found + 1)
    if found < 0:
        return found
    match = _whole_words(piece).search(text, found)
    if effort is not None:
        effort.slow_chars += (match.start() if match else len(text)) - found
    return match.start() if match else -1


def widen_to_words(text: str, start: int, end: int, limit: int) -> tuple[int, int]:
    """`text[start:end]` widened to whole words, by at most `limit` characters each way."""
    first, last = start, end
    while first > max(0, start - limit) and _cut_before(text, first, text[first]):
        # Past an apostrophe or a digit's "." or ",", on to the character before it.
        first -= 1 if _is_word(text[first - 1]) else 2
    while last < min(len(text), end + limit) and _cut_after(text, last, text[last - 1]):
        last += 1 if _is_word(text[last]) else 2
    return max(first, 0), min(last, len(text))


def _whole_words(piece: str) -> re.Pattern[str]:
    """A regular expression matching `piece` only where `_cut_before` and `_cut_after` allow."""
    joins, mark = _classes()
    first, last = piece[0], piece[-1]
    # The literal comes first, so that the search scans for it fast; each test
    # of what precedes it then looks back past it in one step ("any character,
    # n times" costs nothing to skip), which keeps the search linear.
    skip = f"(?s:.){{{len(piece)}}}"
    digit_mark = f"[{re.escape(_DIGIT_MARKS)}]"
    before: list[str] = []
    if _is_mark(first):
        before = [rf"(?:\w|{mark})"]
    elif _is_word(first) and not _is_spaceless(first):
        before = [joins, f"{joins}{_APOSTROPHE}"] + (
            [rf"\d{digit_mark}"] if first.isdecimal() else []
        )
    after: list[str] = []
    if _is_spaceless(last):
        after = [mark]
    elif _is_word(last):
        after = [joins, f"{_APOSTROPHE}{joins}"] + (
            [rf"{digit_mark}\d"] if last.isdecimal() else []
        )
    return re.compile(
        re.escape(piece)
        + "".join(f"(?<!{context}{skip})" for context in before)
        + "".join(f"(?!{context})" for context in after)
    )


@functools.cache
def _classes() -> tuple[str, str]:
    """Regular-expression text for a joining word character, and for a combining mark."""
    marks = [code for code in range(0x110000) if _is_mark(chr(code))]
    # A set beyond U+FFFF is a list of ranges tried one by one (slow); within
    # it, one table: so the marks above U+FFFF are looked at only for such a character.
    mark = (
        f"(?:[{_set(code for code in marks if code <= 0xFFFF)}]"
        rf"|(?=[\U00010000-\U0010ffff])[{_set(code for code in marks if code > 0xFFFF)}])"
    )
    spaceless = "".join(_range(a, b) for a, b in _SPACELESS)
    # A word character outside the spaceless blocks, or a mark (inside them too).
    return rf"(?:[^\W{spaceless}]|{mark})", mark


def _set(codes: Iterable[int]) -> str:
    """The inside of a regular-expression set of these code points (in increasing order)."""
    ranges: list[tuple[int, int]] = []
    for code in codes:
        if ranges and ranges[-1][1] == code - 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    return "".join(_range(a, b) for a, b in ranges)


def _range(first: int, last: int) -> str:
    """A regular-expression set's range of code points (one code point when `first` is `last`)."""
    return rf"\U{first:08x}" if first == last else rf"\U{first:08x}-\U{last:08x}"


_ELLIPSIS = re.compile(r"\s*\.\.\.\s*")


def locate(
    excerpt: str, source: NormalisedText, effort: SearchEffort | None = None
) -> tuple[Span, ...] | str:
    """Where the excerpt's pieces occur in the source, in order.

    Returns:
        The span of each piece in the source's own characters, or, when a piece
        is not found after the one before it, that piece (normalised); "" when
        the excerpt has no text to look for.
    """
    pieces = [piece.strip() for piece in _ELLIPSIS.split(fold(excerpt).strip())]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        return ""  # nothing to look for: only white space and ellipses
    spans: list[Span] = []
    cursor = 0
    for piece in pieces:
        found = find_whole(source.text, piece, cursor, effort)
        if found < 0:
            return piece
        spans.append(source.to_original(found, found + len(piece)))
        cursor = found + len(piece)
    return tuple(spans)
