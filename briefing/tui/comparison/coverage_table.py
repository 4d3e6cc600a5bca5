"""Who reported what: one column per outlet, one row per item, each cell the outlet's own words.

A DataTable, so only the rows and columns on screen are drawn, and it scrolls
sideways (the item column stays put) however many outlets there are. The
column headers carry each outlet's facts: its account, its words, the items
it covers, and the share of its text found in other outlets.
"""

from __future__ import annotations

from typing import ClassVar

from textual.coordinate import Coordinate
from textual.widgets import DataTable

from briefing.analysis import Comparison, ItemCoverage
from briefing.analysis import SourceCoverage as Outlet
from briefing.model import Evidence
from briefing.tui.commands import bindings
from briefing.tui.comparison.cells import Cell, Paragraph, as_label, one_line
from briefing.tui.comparison.keys import GRID_COMMANDS
from briefing.tui.comparison.wording import Row, account_line, outlet_order, percent, reach
from briefing.tui.comparison.wording import table_rows as rows_of

LABEL_WIDTH = 22
"""Width of the item column (without the cell padding)."""
OUTLET_WIDTH = 24
"""Width of each outlet's column: two of them and the item column fit 80 columns, nearly."""
ROW_LINES = 3
"""Lines per item row: the excerpt is clipped to this many."""
HEADER_LINES = 4
"""Lines of the header: outlet, account, words and items, share found elsewhere."""

FACT = "coverage-table--fact"
"""The component class of the header's facts."""

NOT_REPORTED = "· not reported"
"""What a cell says when its outlet does not report the item."""


class CoverageTable(DataTable[Cell]):
    """The coverage of every outcome, quote and discrepancy by every outlet."""

    BINDINGS = bindings(GRID_COMMANDS)
    COMPONENT_CLASSES: ClassVar[set[str]] = DataTable.COMPONENT_CLASSES | {
        "coverage-table--outlet",
        "coverage-table--fact",
        "coverage-table--name",
        "coverage-table--reach",
        "coverage-table--reading",
        "coverage-table--missing",
        "coverage-table--more",
    }

    def __init__(self, comparison: Comparison, *, id: str | None = None) -> None:
        """The table for `comparison`; filled when mounted."""
        super().__init__(
            id=id,
            cursor_type="cell",
            fixed_columns=1,
            header_height=HEADER_LINES,
            zebra_stripes=True,
        )
        self.comparison = comparison
        self.outlets: tuple[Outlet, ...] = outlet_order(comparison)
        """The outlets, one per column after the item column, account by account."""
        self.table_rows: tuple[Row, ...] = rows_of(comparison)
        """The items, one per row."""

    def on_mount(self) -> None:
        """Fill the header and the rows; start on the first item's first outlet."""
        shown = {id(row.coverage.item) for row in self.table_rows}
        self.add_column(as_label(self._legend()), width=LABEL_WIDTH, key="item")
        for number, outlet in enumerate(self.outlets, 1):
            covered = sum(1 for entry in outlet.items if id(entry.item) in shown)
            self.add_column(
                as_label(self._header(number, outlet, covered, len(shown))),
                width=OUTLET_WIDTH,
                key=outlet.source.id,
            )
        for row in self.table_rows:
            self.add_row(
                self._label(row),
                *(self._excerpt(row.coverage, outlet) for outlet in self.outlets),
                height=ROW_LINES,
            )
        if self.outlets and self.table_rows:
            self.cursor_coordinate = Coordinate(0, 1)

    def _legend(self) -> Cell:
        """The item column's header: what each line of the outlet headers says."""
        return Cell(
            self,
            [
                Paragraph((("Outlet", "coverage-table--outlet"),)),
                Paragraph((("Account", FACT),)),
                Paragraph((("Words · items covered", FACT),)),
                Paragraph((("Text found elsewhere", FACT),)),
            ],
        )

    def _header(self, number: int, outlet: Outlet, covered: int, items: int) -> Cell:
        """An outlet's header: number and name, account, words and items, copied share."""
        return Cell(
            self,
            [
                Paragraph(((f"{number} ", FACT), (outlet.source.outlet, "coverage-table--outlet"))),
                Paragraph(((account_line(outlet.lineage), FACT),)),
                Paragraph(((f"{outlet.words} words · {covered}/{items} items", FACT),)),
                Paragraph(((f"{percent(outlet.copied_share)} found elsewhere", FACT),)),
            ],
        )  # fmt: skip

    def _label(self, row: Row) -> Cell:
        """An item's cell: kind and number, who reports it, then the item itself."""
        return Cell(
            self,
            [
                Paragraph(
                    (
                        (row.name, "coverage-table--name"),
                        (f" · {reach(row.coverage)}", "coverage-table--reach"),
                    )
                ),
                Paragraph(((row.label, None),), ROW_LINES - 1),
            ],
        )

    def _excerpt(self, entry: ItemCoverage, outlet: Outlet) -> Cell:
        """One outlet's own words for one item, or a mark that it does not report it."""
        evidence = entry.evidence_from(outlet.source)
        if not evidence:
            return Cell(self, [Paragraph(((NOT_REPORTED, "coverage-table--missing"),))])
        first = evidence[0]
        parts: list[tuple[str, str | None]] = []
        if first.reading:
            parts.append((f"{one_line(first.reading)} ", "coverage-table--reading"))
        parts.append((f"“{one_line(first.excerpt)}”", None))
        more = len(evidence) - 1
        tail = ((f"+{more} more", "coverage-table--more"),) if more else ()
        return Cell(self, [Paragraph(tuple(parts), ROW_LINES, tail)])

    def row_at(self, row: int) -> Row | None:
        """The item at a row of the table."""
        return self.table_rows[row] if 0 <= row < len(self.table_rows) else None

    def outlet_at(self, column: int) -> Outlet | None:
        """The outlet of a column (None for the item column)."""
        return self.outlets[column - 1] if 1 <= column <= len(self.outlets) else None

    def evidence_at(self, coordinate: Coordinate) -> tuple[Evidence, ...]:
        """The excerpts in a cell: what that outlet gives for that item."""
        row, outlet = self.row_at(coordinate.row), self.outlet_at(coordinate.column)
        if row is None or outlet is None:
            return ()
        return row.coverage.evidence_from(outlet.source)
