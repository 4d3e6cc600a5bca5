"""Copied text between outlets: the share of each row outlet's text found in each column outlet.

Each share cell is shaded by how much is copied (the `reuse-matrix--*`
component classes in comparison.tcss, from "none" to "most"; the shade that
starts at the lineage threshold marks outlets that are one account). The first
two columns name the outlet and its account and stay put when the shares
scroll sideways. Enter on a share opens the two outlets side by side. A
CellGrid (grid.py): a share is looked up only when its cell comes on screen.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import JustifyMethod
from textual.coordinate import Coordinate

from briefing.analysis import Comparison
from briefing.analysis import SourceCoverage as Outlet
from briefing.tui.comparison.cells import Cell, Paragraph
from briefing.tui.comparison.grid import CellGrid
from briefing.tui.comparison.wording import (
    account_short,
    level,
    numbered,
    outlet_order,
    percent,
    source_number,
)

OUTLET_WIDTH = 22
ACCOUNT_WIDTH = 16
SHARE_WIDTH = 4
"""Wide enough for "100%"."""
FIXED = 2
"""The outlet and account columns, before the shares."""


class ReuseMatrix(CellGrid):
    """Every outlet against every other: how much of the row's text the column also prints."""

    COMPONENT_CLASSES: ClassVar[set[str]] = CellGrid.COMPONENT_CLASSES | {
        "reuse-matrix--outlet",
        "reuse-matrix--account",
        "reuse-matrix--self",
        "reuse-matrix--none",
        "reuse-matrix--trace",
        "reuse-matrix--some",
        "reuse-matrix--much",
        "reuse-matrix--most",
    }

    def __init__(self, comparison: Comparison, *, id: str | None = None) -> None:
        """The matrix for `comparison`, on the first row's first other outlet; no cell built yet."""
        outlets = outlet_order(comparison)
        super().__init__(
            (OUTLET_WIDTH, ACCOUNT_WIDTH, *(SHARE_WIDTH for _ in outlets)),
            len(outlets),
            fixed_columns=FIXED,
            cursor_background_priority="css",
            id=id,
        )
        self.comparison = comparison
        self.outlets: tuple[Outlet, ...] = outlets
        """The outlets, as rows and as share columns, account by account."""
        if outlets:
            start = Coordinate(0, FIXED + min(1, len(outlets) - 1))
            self.set_reactive(ReuseMatrix.cursor_coordinate, start)

    def _cell(self, text: str, style: str | None, justify: JustifyMethod = "left") -> Cell:
        """A one-line cell, wholly in one component style."""
        return Cell(self, [Paragraph(((text, None),))], justify, style)

    def header(self, column: int) -> Cell:
        """ "Outlet", "Account", then each outlet's number."""
        if column == 0:
            return self._cell("Outlet", "reuse-matrix--outlet")
        if column == 1:
            return self._cell("Account", "reuse-matrix--account")
        number = source_number(self.comparison, self.outlets[column - FIXED])
        return self._cell(str(number), None, "center")  # "[12]" would not fit SHARE_WIDTH

    def cell(self, row: int, column: int) -> Cell:
        """The row outlet's number and name, its account, or its share found in a column outlet."""
        outlet = self.outlets[row]
        if column == 0:
            return self._cell(numbered(self.comparison, outlet), "reuse-matrix--outlet")
        if column == 1:
            return self._cell(account_short(outlet.lineage), "reuse-matrix--account")
        other = self.outlets[column - FIXED]
        if other is outlet:
            return self._cell("—", "reuse-matrix--self", "center")
        share = self.comparison.reuse.containment(outlet.source, other.source)
        text = percent(share) if share > 0 else "·"
        return self._cell(text, f"reuse-matrix--{level(share)}", "center")

    def pair_at(self, coordinate: Coordinate) -> tuple[Outlet, Outlet] | None:
        """The (row, column) outlets of a share cell; None for the outlet and account columns."""
        row, column = coordinate.row, coordinate.column - FIXED
        if 0 <= row < len(self.outlets) and 0 <= column < len(self.outlets):
            return self.outlets[row], self.outlets[column]
        return None
