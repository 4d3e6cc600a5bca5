"""`c`: the comparison view. A placeholder until the comparison analysis lands.

It shows, per outlet, how much of the briefing it backs. The real view (shared
copy, lineages) will replace this module; the app only needs `ComparisonScreen(briefing)`.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static

from briefing.model import Briefing
from briefing.tui.commands import APP_COMMANDS, CLOSE_COMMANDS, bindings
from briefing.tui.sections import outlet_coverage
from briefing.tui.widgets.keybar import KeyBar


class ComparisonScreen(Screen[None]):
    """A table of outlets: excerpts cited, items backed, items backed by it alone."""

    BINDINGS = bindings(CLOSE_COMMANDS)

    def __init__(self, briefing: Briefing) -> None:
        """Compare the outlets of `briefing`."""
        super().__init__()
        self.briefing = briefing

    def compose(self) -> ComposeResult:
        """A heading, the table, a note on what is coming, the footer."""
        yield Static(Content("Comparison of outlets"), id="comparison-heading")
        yield DataTable(id="comparison-table", cursor_type="row", zebra_stripes=True)
        yield Static(
            Content("Shared copy and independent lineages will appear here."),
            id="comparison-note",
        )
        yield KeyBar(CLOSE_COMMANDS, APP_COMMANDS)

    def on_mount(self) -> None:
        """Fill the table."""
        table = self.query_one(DataTable)
        table.add_columns("Outlet", "Published", "Wire", "Words", "Excerpts", "Items", "Alone")
        for coverage in outlet_coverage(self.briefing):
            source = coverage.source
            table.add_row(
                Text(source.outlet),
                source.published.isoformat() if source.published else "",
                Text(source.wire or ""),
                str(source.words),
                str(coverage.excerpts),
                f"{coverage.items} of {coverage.total_items}",
                str(coverage.sole),
            )
        table.focus()

    def action_close(self) -> None:
        """Back to where the reader was."""
        self.dismiss()
