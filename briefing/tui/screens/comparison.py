"""`c`: the comparison of outlets. Who reported what, in whose words, and who copied whom.

Two panes: the coverage table (one column per outlet, one row per outcome,
quote and difference, each cell that outlet's own excerpt) and the matrix of
copied text with the accounts (lineages) named under it. Tab moves between
them; on a terminal under 30 lines only the pane the reader is in is shown.
Enter opens what the cursor is on: an excerpt in its article, an item in the
reader, or, in the matrix, the two outlets side by side (pair_screen.py).
Escape goes back one level each time.

The comparison is computed once per briefing (comparison/compute.py): usually
the header has already done it in a worker thread after the first paint;
if not, this screen does it in one and shows the panes when it is ready.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, ClassVar, cast

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Container, Vertical
from textual.content import Content
from textual.events import DescendantFocus, Resize
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Static

from briefing.analysis import Comparison, Lineage
from briefing.model import Briefing
from briefing.tui.commands import APP_COMMANDS, bindings
from briefing.tui.comparison.cells import one_line
from briefing.tui.comparison.compute import COMPARISONS
from briefing.tui.comparison.coverage_table import HEADER_LINES, CoverageTable
from briefing.tui.comparison.grid import CellGrid
from briefing.tui.comparison.keys import COMPARISON_COMMANDS
from briefing.tui.comparison.reuse_matrix import ReuseMatrix
from briefing.tui.comparison.wording import (
    LEVELS,
    SECTION_OF,
    account_name,
    numbered,
    percent,
)
from briefing.tui.sections import citations
from briefing.tui.widgets.header import outlet_counts
from briefing.tui.widgets.keybar import KeyBar
from briefing.tui.widgets.parts import PartsStatic

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp

PANES = ("coverage", "copied")
"""The two panes, in tab order; each is also its widget's id."""

SHORT = 12
"""Below this many lines the panes lose their borders and the status line."""
FULL_HEADERS = 20
"""From this many lines on the outlet headers have all their lines; below, one (the outlet).
Below it, the five lines would leave room for a row or none (at 40x12: not one whole row)."""


class Legend(PartsStatic):
    """What the shares of copied text mean, and the accounts with their outlets."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"comparison-legend--note", "comparison-legend--label"}


class ComparisonScreen(Screen[None]):
    """The coverage table and the matrix of copied text."""

    CSS_PATH = "../comparison.tcss"
    BINDINGS = bindings(COMPARISON_COMMANDS)
    PALETTE_COMMANDS = COMPARISON_COMMANDS
    """What the command palette offers on this screen, beside the app's own commands."""
    # The classes these add (-short, -medium, -tall) are what comparison.tcss lays the panes by.
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-short"),
        (SHORT, "-medium"),
        (30, "-tall"),
    ]

    pane: reactive[str] = reactive("coverage", init=False)
    """The pane the reader is in (the only one shown below 30 lines)."""

    def __init__(self, briefing: Briefing, outlet: str | None = None) -> None:
        """Compare the outlets of `briefing`.

        Args:
            briefing: The briefing on show.
            outlet: A source id: start with the cursor in that outlet's column.
        """
        super().__init__(classes="-pane-coverage")
        self.briefing = briefing
        self._start_outlet = outlet
        self.comparison: Comparison | None = COMPARISONS.ready(briefing)
        """The comparison, once computed (at once, when the header has already done it)."""

    def compose(self) -> ComposeResult:
        """Title and status lines, the two panes (or a note while comparing), the key bar."""
        yield Static(id="comparison-title", markup=False)
        yield Static(id="comparison-status", markup=False)
        with Container(id="comparison-body"):
            if self.comparison is not None:
                yield from self._panes(self.comparison)
            else:
                yield Static(Content("Comparing the outlets…"), id="comparison-wait")
        yield KeyBar(COMPARISON_COMMANDS, APP_COMMANDS)

    def _panes(self, comparison: Comparison) -> Iterator[Widget]:
        """The coverage table, and the matrix over the legend of accounts."""
        coverage = CoverageTable(comparison, id="coverage")
        coverage.border_title = "Who reported what"
        yield coverage
        copied = Vertical(
            ReuseMatrix(comparison, id="matrix"),
            Legend(self._legend(comparison), id="lineages"),
            id="copied",
        )
        copied.border_title = "Copied text"
        yield copied

    def on_mount(self) -> None:
        """Show the panes now, or compare first."""
        self._show_title()
        if self.comparison is None:
            self.compare()
        else:
            self._ready()

    @work(thread=True, exclusive=True)
    def compare(self) -> None:
        """Compute the comparison off the UI thread, then show it."""
        comparison = COMPARISONS.get(self.briefing)
        self.app.call_from_thread(self._mount_panes, comparison)

    def _mount_panes(self, comparison: Comparison) -> None:
        """Replace the note with the panes."""
        self.comparison = comparison
        self.query_one("#comparison-wait").remove()
        self.query_one("#comparison-body").mount_all(list(self._panes(comparison)))
        self.call_after_refresh(self._ready)

    def _ready(self) -> None:
        """The panes are there: size the headers, focus the table, say where the cursor is."""
        self._show_title()
        self._fit_headers()
        if self._start_outlet is not None:
            coverage = self.query_one(CoverageTable)
            ids = [outlet.source.id for outlet in coverage.outlets]
            if self._start_outlet in ids and coverage.row_count:
                coverage.move_cursor(row=0, column=1 + ids.index(self._start_outlet))
        self.focus_pane(self.pane)

    def _show_title(self) -> None:
        """ "Comparison of outlets · 5 outlets · 3 independent accounts"."""
        comparison = self.comparison
        accounts = comparison.independent if comparison is not None else None
        text = f"Comparison of outlets · {outlet_counts(len(self.briefing.sources), accounts)}"
        self.query_one("#comparison-title", Static).update(Content(text))

    @staticmethod
    def _legend(comparison: Comparison) -> Content:
        """What the shares mean, and each account with the outlets (by number) it holds."""
        threshold = percent(LEVELS[1][0])
        numbers = comparison.briefing.source_numbers()

        def named(lineage: Lineage) -> str:
            """The lineage's outlets, by number and name."""
            return ", ".join(f"[{numbers[s.id]}] {s.outlet}" for s in lineage.sources)

        shared = [lineage for lineage in comparison.lineages if lineage.outlets > 1]
        alone = [lineage for lineage in comparison.lineages if lineage.outlets == 1]
        accounts = [f"{account_name(lineage)}: {named(lineage)}" for lineage in shared]
        if alone:
            label = "own account" if len(alone) == 1 else "own accounts"
            accounts.append(f"{label}: " + ", ".join(named(lineage) for lineage in alone))
        return Content.assemble(
            (
                "Share of each row outlet's text found word for word in the column outlet"
                f" (runs of 8 words); from {threshold} on, two outlets are one account.",
                ".comparison-legend--note",
            ),
            "\n",
            ("Accounts: ", ".comparison-legend--label"),
            " · ".join(accounts),
        )

    # Panes.

    def on_resize(self, event: Resize) -> None:
        """Shrink the outlet headers to one line on a short terminal."""
        self._fit_headers()

    def _fit_headers(self) -> None:
        """Outlet headers of all their lines, or one line (the outlet) below FULL_HEADERS lines."""
        for table in self.query(CoverageTable):
            table.header_height = 1 if self.size.height < FULL_HEADERS else HEADER_LINES

    def watch_pane(self, pane: str) -> None:
        """Mark the screen with the pane the reader is in; comparison.tcss does the rest."""
        for name in PANES:
            self.set_class(name == pane, f"-pane-{name}")

    def focus_pane(self, pane: str) -> None:
        """Move to a pane (shown, on a short terminal) and focus its table."""
        self.pane = pane
        tables = self.query(ReuseMatrix if pane == "copied" else CoverageTable)
        if tables:
            self.set_focus(tables.first())
            self._show_status()

    @on(DescendantFocus)
    def follow_focus(self) -> None:
        """The reader clicked into a pane: remember which."""
        if isinstance(self.focused, ReuseMatrix):
            self.pane = "copied"
        elif isinstance(self.focused, CoverageTable):
            self.pane = "coverage"

    def action_switch(self) -> None:
        """Tab: the other pane."""
        self.focus_pane("copied" if self.pane == "coverage" else "coverage")

    # The cursor.

    @on(CellGrid.CellHighlighted)
    def _show_status(self) -> None:
        """Say what the cell under the cursor of the pane on show is."""
        status = self.query_one("#comparison-status", Static)
        if self.pane == "copied":
            status.update(Content(self._matrix_status()))
        else:
            status.update(Content(self._coverage_status()))

    def _coverage_status(self) -> str:
        """The item under the cursor, who reports it, and the outlet's excerpt in full."""
        tables = self.query(CoverageTable)
        if not tables:
            return ""
        table = tables.first()
        row = table.row_at(table.cursor_coordinate.row)
        if row is None:
            return "No outcome, quote or difference to compare."
        text = f"{row.name} · {row.coverage.phrase}"
        outlet = table.outlet_at(table.cursor_coordinate.column)
        if outlet is not None:
            evidence = row.coverage.evidence_from(outlet.source)
            said = f"“{one_line(evidence[0].excerpt)}”" if evidence else "does not report it"
            text += f" · {numbered(table.comparison, outlet)}: {said}"
        return text

    def _matrix_status(self) -> str:
        """How much the two outlets under the cursor share."""
        tables = self.query(ReuseMatrix)
        if not tables:
            return ""
        matrix = tables.first()
        pair = matrix.pair_at(matrix.cursor_coordinate)
        if pair is None:
            return "Move onto a share (→) and press enter to read two outlets side by side."
        row, column = pair
        a = numbered(matrix.comparison, row)
        if row is column:
            return f"{a}: {percent(row.copied_share)} of its text is found in other outlets."
        b = numbered(matrix.comparison, column)
        reuse = self.comparison.reuse if self.comparison else None
        there = percent(reuse.containment(row.source, column.source)) if reuse else "?"
        back = percent(reuse.containment(column.source, row.source)) if reuse else "?"
        return f"{there} of {a} is found in {b}; {back} of {b} in {a} · enter: side by side"

    # Opening what the cursor is on.

    def action_open(self) -> None:
        """Enter (or the key bar): open the cell under the cursor of the pane on show."""
        if self.pane == "copied":
            self.open_pair()
        else:
            self.open_cell()

    @on(CellGrid.CellSelected, "#coverage")
    def open_cell(self) -> None:
        """An excerpt: read it in its article. An item's own cell: go to it in the reader."""
        tables = self.query(CoverageTable)
        if not tables:
            return
        table = tables.first()
        coordinate = table.cursor_coordinate
        row = table.row_at(coordinate.row)
        if row is None:
            return
        outlet = table.outlet_at(coordinate.column)
        if outlet is None:
            key = getattr(row.coverage.item, "id", None)
            cast("BriefingApp", self.app).go_to(SECTION_OF[row.coverage.kind], key)
            return
        evidence = table.evidence_at(coordinate)
        if not evidence:
            said = f"{numbered(table.comparison, outlet)} does not report {row.name}."
            self.notify(said, markup=False)
            return
        from briefing.tui.screens.article import ArticleScreen

        source = outlet.source
        contents = cast("BriefingApp", self.app).main_screen.contents
        cited, cited_for = self.briefing.evidence_in(source), citations(contents, source)
        self.app.push_screen(ArticleScreen(source, cited, evidence[0], cited_for))

    @on(CellGrid.CellSelected, "#matrix")
    def open_pair(self) -> None:
        """A share: the two outlets side by side."""
        tables = self.query(ReuseMatrix)
        if not tables or self.comparison is None:
            return
        matrix = tables.first()
        pair = matrix.pair_at(matrix.cursor_coordinate)
        if pair is None:
            self.notify("Move onto a share to pick the second outlet.", markup=False)
            return
        row, column = pair
        if row is column:
            self.notify("Pick two different outlets: move off the diagonal.", markup=False)
            return
        from briefing.tui.comparison.pair_screen import PairScreen

        self.app.push_screen(PairScreen(self.comparison, row, column))

    def action_close(self) -> None:
        """Back to the reader."""
        self.dismiss()
