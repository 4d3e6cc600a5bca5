"""Find each excerpt in its source, the way a careful reader would.

An excerpt matches its source when both are equal after this normalisation:
Unicode NFKC; curly single and double quotes and primes become ' and ";
hyphens and dashes (U+2010 to U+2015) become -; every run of white space
becomes one space. Case is kept. `...` (or `…`, which NFKC turns into `...`)
inside an excerpt skips text: its pieces must occur in that order.

Spans are always reported in the source's own characters, so that readers
can highlight the excerpt in the text as the outlet printed it.
"""

from __future__ import annotations

import bisect
import difflib
import functools
import re
import unicodedata
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
        return _loosen(self.text)

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


_ELLIPSIS = re.compile(r"\s*\.\.\.\s*")


def locate(excerpt: str, source: NormalisedText) -> tuple[Span, ...] | str:
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
        found = source.text.find(piece, cursor)
        if found < 0:
            return piece
        spans.append(source.to_original(found, found + len(piece)))
        cursor = found + len(piece)
    return tuple(spans)


_CLOSEST_LIMIT = 400_000
"""Longest source (in characters) searched for a closest passage; beyond it we say less."""
CLOSEST_WANTED_CHARS = 160
"""Only the start of a long excerpt is compared: the search costs source x excerpt length."""
_DIFF_WORDS = 300
"""Words of the excerpt and of the passage compared to find their first difference."""
_BEFORE, _AFTER = 40, 40
"""Characters shown before and after the first difference (then to a word's edge)."""
_WORD = 20
"""Longest word finished past the window's end; a text this much longer than the window
is shown whole."""
_QUOTE_MARKS = "\"'`\u02b9\u02ba\u02bb\u02bc\u02bd\u2039\u203a\u00ab\u00bb\u301d\u301e\u301f"
"""Quote marks and apostrophes left apart by `fold` (straight ' and ", a backtick,
modifier letters, guillemets): a curator's likeliest near misses. (NFKC makes an
acute accent a space and a combining mark, so it is no quote mark here.)"""
_DASHES = "-\u2212\u2043\ufe58\u2e3a\u2e3b\u2011"
"""Hyphen-like characters left apart by `fold` (a minus sign, a hyphen bullet, ...)."""
_LOOSE = str.maketrans(
    {**dict.fromkeys(_QUOTE_MARKS, "'"), **dict.fromkeys(_DASHES, "-")},
)


def _loosen(text: str) -> str:
    """`text` with case, quote marks and dashes made alike; always the same length."""
    lower = text.lower()
    if len(lower) != len(text):  # a few letters lower to two characters ("İ")
        lower = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return lower.translate(_LOOSE)


@dataclass(frozen=True)
class Mismatch:
    """Where an excerpt and the source's closest passage first differ, to show a curator."""

    excerpt: str
    """The excerpt (normalised) around the first difference, "…" where cut."""
    passage: str
    """The source as printed around the same place, "…" where cut."""
    cause: str
    """The difference in plain words ("" when nothing more can be said)."""


def mismatch(wanted: str, source: NormalisedText, original: str) -> Mismatch | None:
    """How `wanted` (a normalised piece not in the source) differs from the source's closest text.

    When the piece is in the source but for letter case, quote marks or dashes,
    that place is the passage and the cause says so; otherwise the passage is
    the closest one difflib finds and the cause names the first differing words.
    """
    if not wanted:
        return None
    if source.text.strip():
        start = source.loose.find(_loosen(wanted))
        if start >= 0:
            return _alike_but(wanted, source, original, start)
    found = _closest_range(wanted, source)
    if found is None:
        return None
    return _first_difference(wanted, source, original, *found)


def _alike_but(wanted: str, source: NormalisedText, original: str, start: int) -> Mismatch:
    """The mismatch of a piece equal to the source at `start` but for case, quotes or dashes."""
    passage = source.text[start : start + len(wanted)]
    first = next((i for i, (a, b) in enumerate(zip(wanted, passage, strict=True)) if a != b), 0)
    ours, its = _word_at(wanted, first), _word_at(passage, first)
    kinds = _kinds(list(zip(wanted, passage, strict=True)))
    cause = f"they differ only in {kinds} (first: {_pair(ours, its)}{_named(ours, its)})"
    return _shown(wanted, first, source, original, at_source=start + first, cause=cause)


def _kinds(pairs: list[tuple[str, str]]) -> str:
    """'letter case', 'quote marks and dashes', ...: how the differing characters differ."""
    differing = [(a, b) for a, b in pairs if a != b]
    return " and ".join(kind for kind, test in _KINDS if any(test(a, b) for a, b in differing))


def _named(ours: str, its: str) -> str:
    """'; ʼ is U+02BC' for the characters not in ASCII where two texts differ (two at most)."""
    marks = sorted({b for a, b in zip(ours, its, strict=False) if a != b and ord(b) > 0x7F})
    marks += sorted({a for a, b in zip(ours, its, strict=False) if a != b and ord(a) > 0x7F})
    return "".join(f"; {mark} is U+{ord(mark):04X}" for mark in dict.fromkeys(marks[:2]))


def _is_case(a: str, b: str) -> bool:
    """Whether two characters differ only in letter case."""
    return a.lower() == b.lower()


def _is_quote(a: str, b: str) -> bool:
    """Whether either of two differing characters is a quote mark."""
    return a in _QUOTE_MARKS or b in _QUOTE_MARKS


def _is_dash(a: str, b: str) -> bool:
    """Whether either of two differing characters is a dash."""
    return a in _DASHES or b in _DASHES


_KINDS = (("letter case", _is_case), ("quote marks", _is_quote), ("dashes", _is_dash))
"""Each way two texts can be loosely alike, and how to tell it from a differing pair."""


def _first_difference(
    wanted: str, source: NormalisedText, original: str, start: int, end: int
) -> Mismatch:
    """The mismatch of a piece against the passage `source.text[start:end]`, word by word."""
    # The passage is placed by its longest match with the piece: widen it by
    # a few words each side, so that words the piece has before or after that
    # match are compared with their neighbours in the source.
    text = source.text
    start = text.rfind(" ", 0, max(0, start - _BEFORE)) + 1
    end = text.find(" ", min(len(text), end + _BEFORE))
    end = len(text) if end < 0 else end
    mine = wanted.split(" ")[:_DIFF_WORDS]
    theirs = text[start:end].split(" ")[: _DIFF_WORDS + 20]
    # Common short words make poor anchors: "the" in a paraphrase would tie it
    # to any "the" of the source. They still extend a match.
    matcher = difflib.SequenceMatcher(_is_filler, mine, theirs, autojunk=False)
    at_mine, at_theirs = len(wanted), end
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal" or (tag == "insert" and i1 in (0, len(mine))):
            continue  # the source's words before and after the piece are only context
        # At either end of the piece, compare as many of the source's words as
        # it has, next to the words that match.
        first, last = j1, j2
        if i1 == 0 and tag == "replace":
            first = max(j1, j2 - (i2 - i1))
        if i2 == len(mine):
            last = min(j2, first + (i2 - i1))
        at_mine = sum(len(word) + 1 for word in mine[:i1])
        at_theirs = start + sum(len(word) + 1 for word in theirs[:first])
        ours, its = " ".join(mine[i1:i2]), " ".join(theirs[first:last])
        if tag == "replace":
            same = len(_common_prefix(ours, its))
            at_mine, at_theirs = at_mine + same, at_theirs + same
            cause = f"first difference: {_pair(ours, its)}{_kind_of(ours, its)}"
        elif tag == "delete":
            words = "an extra word" if i2 - i1 == 1 else "extra words"
            cause = f"first difference: {words} {_quoted(ours)} that the source does not have"
        else:
            words = "a missing word" if j2 - j1 == 1 else "missing words"
            cause = f"first difference: {words} {_quoted(its)} that the source has here"
        at_mine = min(at_mine, len(wanted))
        return _shown(wanted, at_mine, source, original, at_source=at_theirs, cause=cause)
    # No word differs in the part compared (a very long piece): show where it ends.
    at_mine = min(sum(len(word) + 1 for word in mine), len(wanted))
    return _shown(wanted, at_mine, source, original, at_source=at_theirs, cause="")


_FILLERS = frozenset(
    (
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have",
        "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were",
        "which", "will", "with",
    )
)  # fmt: skip
"""Words too common to anchor an excerpt to a place in its source."""


def _is_filler(word: str) -> bool:
    """Whether `word` is too common to anchor a comparison."""
    return word.lower() in _FILLERS


def _closest_range(wanted: str, source: NormalisedText) -> tuple[int, int] | None:
    """Where in `source.text` the passage most like `wanted` starts and ends, if any is close."""
    if len(source.text) > _CLOSEST_LIMIT:
        return None
    head = wanted[:CLOSEST_WANTED_CHARS]
    matcher = difflib.SequenceMatcher(None, source.text, head, autojunk=False)
    best = matcher.find_longest_match(0, len(source.text), 0, len(head))
    if best.size < min(12, len(head)):
        return None
    start = max(0, best.a - best.b)
    # Begin and end on word boundaries, so the passage reads as text.
    start = source.text.rfind(" ", 0, start) + 1
    end = source.text.find(" ", min(len(source.text), start + len(wanted)))
    return start, len(source.text) if end < 0 else end


def closest_passage(wanted: str, source: NormalisedText, original: str) -> str | None:
    """The passage of the source most like `wanted` (normalised), as the source prints it."""
    found = _closest_range(wanted, source) if wanted else None
    if found is None:
        return None
    span = source.to_original(*found)
    return original[span.start : span.end]


def _common_prefix(a: str, b: str) -> str:
    """The longest start `a` and `b` share."""
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return a[:size]


def _shown(
    wanted: str, at: int, source: NormalisedText, original: str, *, at_source: int, cause: str
) -> Mismatch:
    """Both texts around their first difference (`at` in `wanted`, `at_source` in the source).

    The source's window starts as far before the difference as the excerpt's
    does, so that the two read side by side from the same word.
    """
    start, end = _around(wanted, at, _BEFORE, _AFTER)
    excerpt = ("…" if start else "") + wanted[start:end] + ("…" if end < len(wanted) else "")
    text = source.text
    first, last = _around(text, at_source, at - start, max(_AFTER, end - at), whole=False)
    span = source.to_original(first, last)
    passage = original[span.start : span.end]
    passage = ("…" if first else "") + passage + ("…" if last < len(text) else "")
    return Mismatch(excerpt, passage, cause)


def _around(text: str, at: int, before: int, after: int, *, whole: bool = True) -> tuple[int, int]:
    """Offsets of a window of `text` from `before` characters before `at` to `after` past it.

    With `whole`, a text not much longer than a window is shown whole.
    """
    if whole and len(text) <= _BEFORE + _AFTER + _WORD:
        return 0, len(text)
    start, end = max(0, at - before), min(len(text), at + after)
    if start:
        word_start = text.find(" ", start - 1) + 1  # the first word that starts in the window
        start = word_start if 0 < word_start <= at else start
    word_end = text.find(" ", end)
    word_end = len(text) if word_end < 0 else word_end
    if word_end - end <= _WORD:  # finish the last word if it is not too long
        end = word_end
    return start, end


def _word_at(text: str, at: int) -> str:
    """The word of `text` that holds offset `at`."""
    start = text.rfind(" ", 0, at) + 1
    end = text.find(" ", at)
    return text[start : len(text) if end < 0 else end]


def _pair(ours: str, its: str) -> str:
    """'"x" where the source has "y"', each side shortened."""
    return f"{_quoted(ours)} where the source has {_quoted(its)}"


def _quoted(text: str, limit: int = 40) -> str:
    """`text` in double quotes, shortened with "…" past `limit` characters."""
    return '"' + (text if len(text) <= limit else text[: limit - 1] + "…") + '"'


def _kind_of(ours: str, its: str) -> str:
    """' (letter case)', ' (quote marks; ʼ is U+02BC)' when two texts differ only so, else ''."""
    if len(ours) != len(its) or _loosen(ours) != _loosen(its):
        return ""
    return f" ({_kinds(list(zip(ours, its, strict=True)))}{_named(ours, its)})"
