"""Two texts cut into blocks side by side, so that the passages they share start on the same line.

    layout = pair_layout(a.text, b.text, comparison.reuse.shared_passages(a, b))
    layout.blocks     # Block(left, right, passage): each side's pieces, top to bottom
    layout.aligned    # the passages that line up (both texts give them in this order)
    layout.moved      # the other shared passages: highlighted where they are, not lined up

Aligned blocks, not two panes scrolled in step: the reader scrolls one view,
and every aligned passage starts on the same line on both sides whatever the
width, so nothing can drift out of step on a resize or a long paragraph.

The rules. The aligned passages are the chain of shared passages, in the
first text's order, whose places in the second text also rise, holding the
most words (a longest increasing subsequence, weighted by words). Each
aligned passage is one block on both sides; whatever each text has between
two aligned passages is the block in between (one side may be empty). The
characters glued to a passage (a full stop, a closing or an opening quote
mark: everything up to the nearest white space) stay in its block, and white
space at the edges of a block is left out; every other character of both
texts is in exactly one block. Shared passages off the chain ("moved": the
second text prints them elsewhere) are marked where they fall.

Pure Python: no Textual or Rich here.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Literal, NamedTuple

from briefing.analysis import SharedPassage
from briefing.model import Span

PieceKind = Literal["plain", "shared", "moved"]
"""How a piece of text is drawn: as is, as an aligned shared passage, as a moved one."""


class Piece(NamedTuple):
    """A run of one text's characters, drawn one way."""

    start: int
    end: int
    kind: PieceKind


class Block(NamedTuple):
    """One row of the side-by-side view: a piece list per side."""

    left: tuple[Piece, ...]
    """Pieces of the left text, in order (empty when this side has nothing here)."""
    right: tuple[Piece, ...]
    passage: int | None
    """The aligned passage (its index in `PairLayout.aligned`) this block holds, if any."""


class PairLayout(NamedTuple):
    """Both texts, cut into blocks."""

    left_text: str
    right_text: str
    blocks: tuple[Block, ...]
    aligned: tuple[SharedPassage, ...]
    """The passages lined up, top to bottom (`first` spans the left text)."""
    moved: tuple[SharedPassage, ...]
    """The shared passages not lined up (in the left text's order)."""


def aligned_chain(passages: Sequence[SharedPassage]) -> list[int]:
    """The indexes of the heaviest chain of passages rising in both texts (by words).

    Passages come in the first text's order; the chain keeps those whose
    starts in the second text also rise. A Fenwick tree over the ranks of those
    starts finds the best chain ending before each passage in O(n log n).
    """
    starts = sorted({passage.second.start for passage in passages})
    size = len(starts)
    best = [0] * (size + 1)  # Fenwick tree of (weight, index + 1), as two arrays
    best_at = [-1] * (size + 1)
    weight = [0] * len(passages)
    previous = [-1] * len(passages)
    for index, passage in enumerate(passages):
        rank = bisect_left(starts, passage.second.start)  # chains ending strictly lower
        found, found_at, position = 0, -1, rank
        while position > 0:
            if best[position] > found:
                found, found_at = best[position], best_at[position]
            position -= position & -position
        weight[index] = found + passage.words
        previous[index] = found_at
        position = rank + 1
        while position <= size:
            if weight[index] > best[position]:
                best[position], best_at[position] = weight[index], index
            position += position & -position
    if not passages:
        return []
    chain = []
    index = max(range(len(passages)), key=lambda n: (weight[n], -n))
    while index != -1:
        chain.append(index)
        index = previous[index]
    return chain[::-1]


def _glued_end(text: str, position: int, limit: int) -> int:
    """Where the characters glued to `position` (no white space between) end, before `limit`."""
    while position < limit and not text[position].isspace():
        position += 1
    return position


def _glued_start(text: str, position: int, floor: int) -> int:
    """Where the characters glued before `position` begin, not before `floor`."""
    while position > floor and not text[position - 1].isspace():
        position -= 1
    return position


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The range without the white space at its edges (empty ranges collapse to start)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(start: int, end: int, shared: Span | None, moved: Sequence[Span]) -> tuple[Piece, ...]:
    """The range cut into pieces: the shared span, moved spans, and plain text between."""
    marks: list[tuple[Span, PieceKind]] = [
        (span, "moved") for span in moved if span.start < end and span.end > start
    ]
    if shared is not None:
        marks.append((shared, "shared"))
    marks.sort()
    pieces: list[Piece] = []
    position = start
    for span, kind in marks:
        low, high = max(span.start, position), min(span.end, end)
        if low >= high:
            continue
        if low > position:
            pieces.append(Piece(position, low, "plain"))
        pieces.append(Piece(low, high, kind))
        position = high
    if position < end:
        pieces.append(Piece(position, end, "plain"))
    return tuple(pieces)


def _side_ranges(text: str, spans: Sequence[Span]) -> list[tuple[int, int]]:
    """Each aligned span widened to the characters glued to it, on one side."""
    ranges = []
    floor = 0
    for number, span in enumerate(spans):
        limit = spans[number + 1].start if number + 1 < len(spans) else len(text)
        start = _glued_start(text, span.start, floor)
        end = _glued_end(text, span.end, limit)
        ranges.append((start, end))
        floor = end
    return ranges


def pair_layout(left: str, right: str, passages: Sequence[SharedPassage]) -> PairLayout:
    """Cut two texts into aligned blocks at the passages they share (see the module doc).

    Args:
        left: The first source's text.
        right: The second source's text.
        passages: `shared_passages(first, second)`: spans of `left` in `first`.
    """
    chain = aligned_chain(passages)
    on_chain = set(chain)
    aligned = tuple(passages[n] for n in chain)
    moved = tuple(p for n, p in enumerate(passages) if n not in on_chain)
    moved_left = [p.first for p in moved]
    moved_right = [p.second for p in moved]
    left_ranges = _side_ranges(left, [p.first for p in aligned])
    right_ranges = _side_ranges(right, [p.second for p in aligned])
    blocks: list[Block] = []

    def gap(left_from: int, left_to: int, right_from: int, right_to: int) -> None:
        """Add the block of text between two aligned passages, if either side has any."""
        a = _trimmed(left, left_from, left_to)
        b = _trimmed(right, right_from, right_to)
        if a[0] < a[1] or b[0] < b[1]:
            blocks.append(
                Block(_pieces(*a, None, moved_left), _pieces(*b, None, moved_right), None)
            )

    left_at = right_at = 0
    for number, passage in enumerate(aligned):
        (a_start, a_end), (b_start, b_end) = left_ranges[number], right_ranges[number]
        gap(left_at, a_start, right_at, b_start)
        blocks.append(
            Block(
                _pieces(a_start, a_end, passage.first, moved_left),
                _pieces(b_start, b_end, passage.second, moved_right),
                number,
            )
        )
        left_at, right_at = a_end, b_end
    gap(left_at, len(left), right_at, len(right))
    return PairLayout(left, right, tuple(blocks), aligned, moved)
