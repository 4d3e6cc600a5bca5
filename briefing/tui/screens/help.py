"""`?`: every key, from the same declarations the bindings are built from."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Console, ConsoleOptions, RenderResult
from rich.style import Style
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


TEXT_ROOM = 30
"""The least width a description column needs for the table; narrower, the list is compact."""
HANG = "  "
"""How far a compact entry's wrapped lines sit in (its first line, by one)."""


class KeyList:
    """The key rows as a Rich renderable that lays itself out for the width it is given.

    Measured and drawn through the same call, so the height worked out for
    the box always matches what is drawn at that width.
    """

    def __init__(self, rows: Rows, heading: Style, key: Style) -> None:
        """`rows` from `help_rows`, in these heading and key styles."""
        self.rows = rows
        self.heading = heading
        self.key = key
        self.key_width = 2 + max(len(keys) for _, entries in rows for keys, _ in entries)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """A table of keys beside what they do; narrower, each key and its text as one line."""
        wide = options.max_width >= self.key_width + 2 + TEXT_ROOM
        for number, (heading, entries) in enumerate(self.rows):
            if number and wide:
                yield Text("")
            yield Text(heading, style=self.heading)
            if wide:
                table = Table.grid(padding=(0, 2))
                table.add_column(no_wrap=True, style=self.key, min_width=self.key_width)
                table.add_column(ratio=1)
                for keys, text in entries:
                    table.add_row(Text(f"  {keys}"), Text(text))
                yield table
            else:
                # Compact (a tiny terminal): no blank lines, no key column eating
                # half the width; each key starts a line, its text wrapped under it.
                width = max(1, options.max_width - len(HANG))
                for keys, text in entries:
                    entry = Text.assemble((keys, self.key), " ", text)
                    for place, line in enumerate(entry.wrap(console, width)):
                        yield Text.assemble(HANG[:1] if place == 0 else HANG, line)


class HelpText(Widget):
    """The key list: a table when there is room, a compact list when there is not."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"help-text--heading", "help-text--key"}

    def render(self) -> KeyList:
        """Every key, by group, in the theme's colours."""
        return KeyList(
            help_rows(),
            self.get_component_rich_style("help-text--heading"),
            self.get_component_rich_style("help-text--key"),
        )


class HelpScreen(Screen[None]):
    """A box listing every key; escape or ? closes it."""

    CSS_PATH = "../help.tcss"
    BINDINGS = bindings(CLOSE_COMMANDS)
    # The classes these add (-narrow, -wide; -short, -tall) are what help.tcss sizes the box by.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-narrow"),
        (60, "-wide"),
    ]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-short"),
        (16, "-tall"),
    ]

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
