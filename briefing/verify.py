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
