"""`?`: every key, from the same declarations the bindings are built from."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Static

from briefing.tui.commands import CLOSE_COMMANDS, HELP_GROUPS, bindings
from briefing.tui.widgets.scroll import ScrollPane


def help_content() -> Content:
    """The keys, group by group, and a word on the mouse and the palette."""
    width = max(len(command.keys_shown) for _, group in HELP_GROUPS for command in group)
    lines: list[Content] = []
    for heading, group in HELP_GROUPS:
        if lines:
            lines.append(Content(""))
        lines.append(Content(heading).stylize(".help-screen--heading"))
        for command in group:
            lines.append(
                Content.assemble(
                    (f"  {command.keys_shown.ljust(width)}  ", ".help-screen--key"),
                    command.help,
                )
            )
    lines += [
        Content(""),
        Content("Mouse").stylize(".help-screen--heading"),
        Content("  Click a pane to move there, an item to open it, an excerpt to read it"),
        Content("  in its article; the wheel scrolls."),
    ]
    return Content("\n").join(lines)


class HelpScreen(Screen[None]):
    """A box listing every key; escape or ? closes it."""

    BINDINGS = bindings(CLOSE_COMMANDS)
    COMPONENT_CLASSES: ClassVar[set[str]] = {"help-screen--heading", "help-screen--key"}

    def compose(self) -> ComposeResult:
        """The key list in a scrolling box."""
        with ScrollPane(id="help-box") as box:
            box.border_title = "Keys"
            yield Static(help_content(), id="help-text")
        yield Footer()

    def on_mount(self) -> None:
        """Focus the box so the arrows scroll it."""
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        """Back to where the reader was."""
        self.dismiss()
