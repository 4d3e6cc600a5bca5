"""Who reported what: one column per outlet, one row per item, each cell the outlet's own words.

A CellGrid (grid.py): each cell is built from the comparison only when it
comes on screen, so opening the table costs the same with 5 outlets or 200,
and it scrolls sideways (the item column stays put). The column headers carry
each outlet's facts: its account, its words, how many of the rows (the
outcomes, quotes and discrepancies) it reports, the share of its text found
in other outlets, and how many of its rows only its account reports (the
figures of `briefing.analysis.OutletSummary`, which every view shows).
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual.coordinate import Coordinate
from textual.events import Resize

from briefing.analysis import Comparison, ItemCoverage, OutletSummary, outlet_summaries
from briefing.analysis import SourceCoverage as Outlet
from briefing.model import Evidence
from briefing.tui.comparison.cells import Cell, Paragraph, Part, one_line
from briefing.tui.comparison.columns import RULE
from briefing.tui.comparison.grid import PADDING, CellGrid
from briefing.tui.comparison.wording import (
    Row,
    account_line,
    outlet_order,
    percent,
    reach,
    source_number,
)
from briefing.tui.comparison.wording import table_rows as rows_of

LABEL_WIDTH = 22
"""Width of the item column (without the cell padding)."""
OUTLET_WIDTH = 24
"""Width of each outlet's column: two of them and the item column fit 80 columns, nearly."""
MIN_OUTLET_WIDTH = 8
"""The narrowest an outlet's column gets on a narrow terminal."""
ROW_LINES = 3
"""Lines per item row: the excerpt is clipped to this many."""
HEADER_LINES = 5
"""Lines of the header: outlet, account, words and rows reported, copied share, rows alone."""

FACT = "coverage-table--fact"
"""The component class of the header's facts."""

NOT_REPORTED = "· not reported"
"""What a cell says when its outlet does not report the item."""


def reported(summary: OutletSummary) -> str:
    """How many of the rows (outcomes, quotes, discrepancies) an outlet reports: "14 of 38"."""
    return f"{len(summary.reports)} of {summary.counted}"


def alone_cell(summary: OutletSummary) -> str:
    """How many of the rows an outlet reports only its account reports: "3 of the 14"."""
    if not summary.several:
        return "— (one account)"
    if not summary.alone:
        return "none"
    return f"{len(summary.alone)} of the {len(summary.reports)}"


class CoverageTable(CellGrid):
    """The coverage of every outcome, quote and discrepancy by every outlet."""

    COMPONENT_CLASSES: ClassVar[set[str]] = CellGrid.COMPONENT_CLASSES | {
        "coverage-table--outlet",
        "coverage-table--fact",
        "coverage-table--name",
        "coverage-table--reach",
        "coverage-table--reading",
        "coverage-table--missing",
        "coverage-table--more",
    }

    def __init__(self, comparison: Comparison, *, id: str | None = None) -> None:
        """The table for `comparison`, on the first item's first outlet; no cell built yet."""
        outlets = outlet_order(comparison)
        table_rows = rows_of(comparison)
        super().__init__(
            (LABEL_WIDTH, *(OUTLET_WIDTH for _ in outlets)),
            len(table_rows),
            fixed_columns=1,
            header_height=HEADER_LINES,
            row_height=ROW_LINES,
            zebra_stripes=True,
            id=id,
        )
        self.comparison = comparison
        self.outlets: tuple[Outlet, ...] = outlets
        """The outlets, one per column after the item column, account by account."""
        self.table_rows: tuple[Row, ...] = table_rows
        """The items, one per row."""
        summaries = {summary.source.id: summary for summary in outlet_summaries(comparison)}
        self.summaries: tuple[OutletSummary, ...] = tuple(
            summaries[outlet.source.id] for outlet in outlets
        )
        """Each column's outlet's figures; counted over the same items as the rows."""
        self.name_width = max((cell_len(row.name) for row in table_rows), default=0)
        """The widest row name ("Difference 12"): the item column's width when space is short."""
        if outlets and table_rows:
            self.set_reactive(CoverageTable.cursor_coordinate, Coordinate(0, 1))

    @property
    def label_width(self) -> int:
        """The item column's width for its text, now."""
        return self.widths[0] - 2 * PADDING

    def on_resize(self, event: Resize) -> None:
        """Fit the columns to the table's new width."""
        self.fit(self.scrollable_content_region.width)

    def fit(self, width: int) -> None:
        """Columns for a table `width` cells wide (its text area, scrollbar aside).

        Where the item column and one whole outlet's column fit, they keep
        their widths. Narrower, the item column shrinks to the widest row name
        (the item's own text then mostly gives way: the status line has it in
        full) and one outlet's column takes the rest, so that its excerpt is
        read whole rather than cut at the screen's edge.
        """
        both = LABEL_WIDTH + OUTLET_WIDTH + 4 * PADDING + RULE
        if width >= both or not self.outlets:
            label, outlet = LABEL_WIDTH, OUTLET_WIDTH
        else:
            label = min(LABEL_WIDTH, self.name_width)
            outlet = min(OUTLET_WIDTH, width - label - 4 * PADDING - RULE)
            outlet = max(MIN_OUTLET_WIDTH, outlet)
        self.set_widths((label, *(outlet for _ in self.outlets)))

    def cell(self, row: int, column: int) -> Cell:
        """An item's own cell (column 0), or one outlet's words for it."""
        entry = self.table_rows[row]
        if column == 0:
            return self._label(entry)
        return self._excerpt(entry.coverage, self.outlets[column - 1])

    def header(self, column: int) -> Cell:
        """The legend (column 0), or an outlet's facts."""
        if column == 0:
            return self._legend()
        return self._header(self.summaries[column - 1])

    def _legend(self) -> Cell:
        """The item column's header: what each line of the outlet headers says."""
        return Cell(
            self,
            [
                Paragraph((("Outlet", "coverage-table--outlet"),)),
                Paragraph((("Account", FACT),)),
                Paragraph((("Words · rows reported", FACT),)),
                Paragraph((("Text found elsewhere", FACT),)),
                Paragraph((("Only its account has", FACT),)),
            ],
        )

    def _header(self, summary: OutletSummary) -> Cell:
        """An outlet's header: number and name, account, its figures, copied share."""
        outlet = summary.outlet
        number = f"[{source_number(self.comparison, outlet)}]"
        return Cell(
            self,
            [
                Paragraph(((f"{number} ", FACT), (outlet.source.outlet, "coverage-table--outlet"))),
                Paragraph(((account_line(outlet.lineage), FACT),)),
                Paragraph(((f"{outlet.words} words · {reported(summary)}", FACT),)),
                Paragraph(((f"{percent(outlet.copied_share)} found elsewhere", FACT),)),
                Paragraph(((alone_cell(summary), FACT),)),
            ],
        )  # fmt: skip

    def _label(self, row: Row) -> Cell:
        """An item's cell: kind and number, who reports it, then the item itself.

        "Outcome 2 · 3 accounts" is one line where it fits; otherwise who
        reports it gets a line (two, if need be) of its own under the name,
        rather than being cut ("Difference 6 · 2…"), and the item's text has
        the lines left.
        """
        name: Part = (row.name, "coverage-table--name")
        who = reach(row.coverage)
        width = self.label_width
        if cell_len(f"{row.name} · {who}") <= width:
            head = [Paragraph((name, (f" · {who}", "coverage-table--reach")))]
        else:
            lines = 1 if cell_len(who) <= width else 2
            head = [Paragraph((name,)), Paragraph(((who, "coverage-table--reach"),), lines)]
        left = ROW_LINES - sum(paragraph.lines for paragraph in head)
        item = [Paragraph(((row.label, None),), left)] if left > 0 else []
        return Cell(self, [*head, *item])

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
