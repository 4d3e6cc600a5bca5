"""Copied text between outlets: the share of each row outlet's text found in each column outlet.

Each share cell is shaded by how much is copied (the `reuse-matrix--*`
component classes in comparison.tcss, from "none" to "most"; the shade that
starts at the lineage threshold marks outlets that are one account). The first
two columns name the outlet and its account and stay put when the shares
scroll sideways. Enter on a share opens the two outlets side by side.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import JustifyMethod
from textual.coordinate import Coordinate
from textual.widgets import DataTable

from briefing.analysis import Comparison
from briefing.analysis import SourceCoverage as Outlet
from briefing.tui.commands import bindings
from briefing.tui.comparison.cells import Cell, Paragraph, as_label
from briefing.tui.comparison.keys import GRID_COMMANDS
from briefing.tui.comparison.wording import account_short, level, outlet_order, percent

OUTLET_WIDTH = 22
ACCOUNT_WIDTH = 16
SHARE_WIDTH = 4
"""Wide enough for "100%"."""
FIXED = 2
"""The outlet and account columns, before the shares."""


class ReuseMatrix(DataTable[Cell]):
    """Every outlet against every other: how much of the row's text the column also prints."""

    BINDINGS = bindings(GRID_COMMANDS)
    COMPONENT_CLASSES: ClassVar[set[str]] = DataTable.COMPONENT_CLASSES | {
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
        """The matrix for `comparison`; filled when mounted."""
        super().__init__(
            id=id,
            cursor_type="cell",
            fixed_columns=FIXED,
            cursor_background_priority="css",
        )
        self.comparison = comparison
        self.outlets: tuple[Outlet, ...] = outlet_order(comparison)
        """The outlets, as rows and as share columns, account by account."""

    def _cell(self, text: str, style: str | None, justify: JustifyMethod = "left") -> Cell:
        """A one-line cell, wholly in one component style."""
        return Cell(self, [Paragraph(((text, None),))], justify, style)

    def on_mount(self) -> None:
        """Fill the matrix; start on the first row's first other outlet."""
        self.add_column(as_label(self._cell("Outlet", "reuse-matrix--outlet")), width=OUTLET_WIDTH)
        self.add_column(
            as_label(self._cell("Account", "reuse-matrix--account")), width=ACCOUNT_WIDTH
        )
        for number in range(1, len(self.outlets) + 1):
            self.add_column(as_label(self._cell(str(number), None, "center")), width=SHARE_WIDTH)
        reuse = self.comparison.reuse
        for number, row in enumerate(self.outlets, 1):
            shares = []
            for column in self.outlets:
                if column is row:
                    shares.append(self._cell("—", "reuse-matrix--self", "center"))
                    continue
                share = reuse.containment(row.source, column.source)
                text = percent(share) if share > 0 else "·"
                shares.append(self._cell(text, f"reuse-matrix--{level(share)}", "center"))
            self.add_row(
                self._cell(f"{number} {row.source.outlet}", "reuse-matrix--outlet"),
                self._cell(account_short(row.lineage), "reuse-matrix--account"),
                *shares,
            )
        if self.outlets:
            self.cursor_coordinate = Coordinate(0, FIXED + min(1, len(self.outlets) - 1))

    def pair_at(self, coordinate: Coordinate) -> tuple[Outlet, Outlet] | None:
        """The (row, column) outlets of a share cell; None for the outlet and account columns."""
        row, column = coordinate.row, coordinate.column - FIXED
        if 0 <= row < len(self.outlets) and 0 <= column < len(self.outlets):
            return self.outlets[row], self.outlets[column]
        return None
