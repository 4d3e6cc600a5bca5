"""`?`: every key, from the same declarations the bindings are built from."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widget import Widget

from briefing.tui.commands import APP_COMMANDS, CLOSE_COMMANDS, HELP_GROUPS, bindings
from briefing.tui.sections import SECTIONS
from briefing.tui.widgets.keybar import KeyBar
from briefing.tui.widgets.scroll import ScrollPane

Rows = list[tuple[str, list[tuple[str, str]]]]


def help_rows() -> Rows:
    """Each heading with its (keys, what they do) rows; the eight section keys as one row."""
    rows: Rows = []
    for heading, group in HELP_GROUPS:
        entries = [
            (command.keys_shown, command.help)
            for command in group
            if not command.id.startswith("section-")
        ]
        if any(command.id.startswith("section-") for command in group):
            names = ", ".join(f"{n} {s.title}" for n, s in enumerate(SECTIONS, 1))
            entries.append((f"1-{len(SECTIONS)}", f"Jump to a section: {names}."))
        rows.append((heading, entries))
    rows.append(
        (
            "Mouse",
            [
                ("click", "A pane moves there; an item opens it; an excerpt opens its article;"
                 " a key in the bottom line runs it."),
                ("wheel", "Scrolls the pane under the pointer."),
            ],
        )
    )  # fmt: skip
    return rows


class HelpText(Widget):
    """The key table; wraps each description under itself, beside its key."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"help-text--heading", "help-text--key"}

    def render(self) -> Group:
        """One small table per heading, in the theme's colours."""
        heading_style = self.get_component_rich_style("help-text--heading")
        key_style = self.get_component_rich_style("help-text--key")
        parts: list[Text | Table] = []
        rows = help_rows()
        width = 2 + max(len(keys) for _, entries in rows for keys, _ in entries)
        for heading, entries in rows:
            if parts:
                parts.append(Text(""))
            parts.append(Text(heading, style=heading_style))
            table = Table.grid(padding=(0, 2))
            table.add_column(no_wrap=True, style=key_style, min_width=width)
            table.add_column(ratio=1)
            for keys, text in entries:
                table.add_row(Text(f"  {keys}"), Text(text))
            parts.append(table)
        return Group(*parts)


class HelpScreen(Screen[None]):
    """A box listing every key; escape or ? closes it."""

    CSS_PATH = "../help.tcss"
    BINDINGS = bindings(CLOSE_COMMANDS)

    def compose(self) -> ComposeResult:
        """The key list in a scrolling box."""
        with ScrollPane(id="help-box") as box:
            box.border_title = "Keys"
            yield HelpText(id="help-text")
        yield KeyBar(CLOSE_COMMANDS, APP_COMMANDS)

    def on_mount(self) -> None:
        """Focus the box so the arrows scroll it."""
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        """Back to where the reader was."""
        self.dismiss()
