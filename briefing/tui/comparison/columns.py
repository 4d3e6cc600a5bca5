"""Where a grid's columns fall on screen: the fixed ones, a rule, then the rest scrolled sideways.

    columns = Columns((20, 12, 12, 12), fixed=1)
    columns.on_screen(scroll_x, view_width)   # which columns the scrolling part shows
    columns.column_at(x, scroll_x)            # the column under a screen column
    columns.scroll_to_show(column, scroll_x, view_width)

Positions are of two kinds. A column's place in the grid (`starts`) counts
cells from the grid's left edge, rule aside. A screen column counts from
the widget's left edge: the fixed columns, then the rule (`RULE` wide, when
there are fixed columns), then the scrolling columns, from `scroll_x` on.

The rule keeps the fixed column and the scrolled cells apart: without it,
scrolled right, a fixed cell's text ran straight into a cell cut mid-word
("Outcome 1 · 3 accounts nce Minister").

Pure Python: no Textual or Rich here.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate
from typing import NamedTuple

RULE = 1
"""Screen columns the rule between the fixed and the scrolling columns takes."""


class Shown(NamedTuple):
    """The part of the scrolling columns on screen, in grid positions."""

    first: int
    """The first column (partly) shown."""
    left: int
    """Where the view starts (in `first`, or at its left edge)."""
    right: int
    """Where the view ends (exclusive)."""


class Columns:
    """The columns of a grid, the first `fixed` of them staying put when the rest scroll."""

    def __init__(self, widths: Sequence[int], fixed: int) -> None:
        """Columns of these widths on screen (padding included); `fixed` of them stay put."""
        self.widths = tuple(widths)
        self.fixed = min(fixed, len(self.widths))
        self.starts = (0, *accumulate(self.widths))
        """Where each column starts in the grid, and (last) where the grid ends."""
        self.rule = RULE if self.fixed else 0
        """The rule's width (none without fixed columns)."""
        self.fixed_width = self.starts[self.fixed]
        """The fixed columns' width (the rule aside)."""
        self.scrolling_from = self.fixed_width + self.rule
        """The screen column the scrolling columns start at."""

    def __len__(self) -> int:
        """How many columns."""
        return len(self.widths)

    @property
    def width(self) -> int:
        """The width of the whole grid on screen, rule included (the scrolling area's width)."""
        return self.starts[-1] + self.rule

    def on_screen(self, scroll_x: int, view_width: int) -> Shown:
        """The scrolling columns a view `view_width` wide shows, scrolled `scroll_x` right."""
        left = self.fixed_width + scroll_x
        right = left + max(0, view_width - self.scrolling_from)
        first = max(self.fixed, bisect_right(self.starts, left) - 1)
        return Shown(first, left, right)

    def column_at(self, x: int, scroll_x: int) -> int | None:
        """The column under screen column `x` (None on the rule, or right of the grid)."""
        if x < self.fixed_width:
            offset = x
        elif x < self.scrolling_from:
            return None
        else:
            offset = x - self.rule + scroll_x
        column = bisect_right(self.starts, offset) - 1
        return column if 0 <= column < len(self.widths) else None

    def scroll_to_show(self, column: int, scroll_x: int, view_width: int) -> int:
        """The scroll nearest `scroll_x` that shows `column` whole (a fixed one: `scroll_x`)."""
        if column < self.fixed:
            return scroll_x
        room = max(1, view_width - self.scrolling_from)
        left = self.starts[column] - self.fixed_width
        right = self.starts[column + 1] - self.fixed_width
        if right - scroll_x > room:
            scroll_x = right - room
        return min(scroll_x, left)
