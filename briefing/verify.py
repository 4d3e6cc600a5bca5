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
import re
import unicodedata
from dataclasses import dataclass

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

# Runs that may change under normalisation: white space, or a non-ASCII
# character with the combining marks that follow it (NFKC composes them).
# Everything between such runs is plain ASCII and passes through unchanged,
# which keeps normalising a large article fast.
_SPECIAL = re.compile(r"\s+|[^\x00-\x7f][\u0300-\u036f\u1ab0-\u1aff\u20d0-\u20ff\ufe20-\ufe2f]*")


def fold(text: str) -> str:
    """Normalise a short piece of text for matching."""
    text = unicodedata.normalize("NFKC", text).translate(_FOLD)
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
    pieces: list[str] = []
    breaks: list[int] = []
    origins: list[int] = []
    verbatim: list[bool] = []
    length = 0
    position = 0

    def add(piece: str, origin: int, copied: bool) -> None:
        nonlocal length
        if not piece:
            return
        pieces.append(piece)
        breaks.append(length)
        origins.append(origin)
        verbatim.append(copied)
        length += len(piece)

    for match in _SPECIAL.finditer(original):
        add(original[position : match.start()], position, True)
        run = match.group()
        add(" " if run[0].isspace() else fold(run), match.start(), False)
        position = match.end()
    add(original[position:], position, True)
    if not pieces:
        add(" ", 0, False)  # an empty source: keep the tables non-empty
    return NormalisedText(
        "".join(pieces), tuple(breaks), tuple(origins), tuple(verbatim), len(original)
    )


_ELLIPSIS = re.compile(r"\s*\.\.\.\s*")


def locate(excerpt: str, source: NormalisedText) -> tuple[Span, ...] | str:
    """Where the excerpt's pieces occur in the source, in order.

    Returns:
        The span of each piece in the source's own characters, or, when a piece
        is not found after the one before it, that piece (normalised).
    """
    pieces = [piece.strip() for piece in _ELLIPSIS.split(fold(excerpt).strip())]
    pieces = [piece for piece in pieces if piece]
    if not pieces:
        return fold(excerpt).strip()
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


def closest_passage(wanted: str, source: NormalisedText, original: str) -> str | None:
    """The passage of the source most like `wanted` (normalised), to help a curator fix it."""
    if not wanted or len(source.text) > _CLOSEST_LIMIT:
        return None
    matcher = difflib.SequenceMatcher(None, source.text, wanted, autojunk=False)
    best = matcher.find_longest_match(0, len(source.text), 0, len(wanted))
    if best.size < min(12, len(wanted)):
        return None
    start = max(0, best.a - best.b)
    # Begin and end on word boundaries, so the passage reads as text.
    start = source.text.rfind(" ", 0, start) + 1
    end = source.text.find(" ", min(len(source.text), start + len(wanted)))
    end = len(source.text) if end < 0 else end
    span = source.to_original(start, end)
    return original[span.start : span.end]
