"""Every key the app answers to, declared once: key, footer text, action, help.

The bindings, the command palette's commands and the help screen are all built
from these declarations, so they cannot drift apart.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from textual.app import App, SystemCommand
from textual.binding import Binding, BindingType
from textual.widget import Widget

from briefing.tui.sections import SECTIONS


class Command(NamedTuple):
    """One thing a reader can do, and the key that does it."""

    id: str
    """The binding id (users can remap keys by id)."""
    key: str
    """Textual key names, comma-separated when several keys do the same thing."""
    action: str
    """The action run on the node whose bindings hold this command."""
    footer: str
    """The few words shown in the footer."""
    help: str
    """A sentence for the tooltip, the palette and the help screen."""
    show: bool = True
    """Whether the footer shows it."""
    key_display: str | None = None
    """How the footer and help screen write the key, when Textual's own name is unclear."""
    palette: bool = True
    """Whether the command palette offers it."""
    priority: bool = False
    """Whether it works even while a text field has focus."""

    def binding(self) -> Binding:
        """The Textual binding for this command."""
        return Binding(
            self.key,
            self.action,
            self.footer,
            show=self.show,
            key_display=self.key_display,
            priority=self.priority,
            tooltip=self.help,
            id=self.id,
        )

    @property
    def keys_shown(self) -> str:
        """The key(s) as the help screen writes them."""
        if self.key_display:
            return self.key_display
        return " ".join(_KEY_NAMES.get(key, key) for key in self.key.split(","))


_KEY_NAMES = {
    "question_mark": "?",
    "slash": "/",
    "escape": "esc",
    "enter": "enter",
    "shift+tab": "shift+tab",
    "left_square_bracket": "[",
    "right_square_bracket": "]",
    "ctrl+p": "ctrl+p",
}


def bindings(commands: Iterable[Command]) -> list[BindingType]:
    """The bindings for a group of commands."""
    return [command.binding() for command in commands]


def system_commands(
    commands: Iterable[Command], node: App[Any] | Widget
) -> Iterator[SystemCommand]:
    """Palette entries for a group of commands, each running its action on `node`."""
    for command in commands:
        if command.palette:
            yield SystemCommand(
                command.footer.capitalize() if command.footer.islower() else command.footer,
                f"{command.help} ({command.keys_shown})",
                lambda action=command.action: node.run_action(action),
            )


APP_COMMANDS: tuple[Command, ...] = (
    Command("help", "question_mark", "app.help", "Help", "Show every key.", key_display="?"),
    Command(
        "palette",
        "ctrl+p",
        "app.command_palette",
        "Palette",
        "Open the command palette: go to any section, item or article.",
        show=False,
        palette=False,
        priority=True,
    ),
    Command(
        "theme", "t", "app.toggle_dark", "Light/dark", "Switch between light and dark.", show=False
    ),
    Command("quit", "q", "app.quit", "Quit", "Quit the app."),
)
"""Keys that work on every screen."""

MAIN_COMMANDS: tuple[Command, ...] = (
    Command(
        "open",
        "enter",
        "open",
        "Open",
        "Open the selection: a section's items, an item's evidence, an excerpt's article.",
        palette=False,
    ),
    Command("back", "escape", "back", "Back", "Go back to the previous pane.", palette=False),
    Command(
        "next-pane",
        "tab",
        "pane(1)",
        "Next pane",
        "Move to the next pane.",
        show=False,
        palette=False,
    ),
    Command(
        "previous-pane",
        "shift+tab",
        "pane(-1)",
        "Previous pane",
        "Move to the previous pane.",
        show=False,
        palette=False,
    ),
    Command(
        "article",
        "a",
        "article",
        "Article",
        "Open the article of the selected excerpt, the excerpt highlighted.",
    ),
    Command(
        "search",
        "slash",
        "search",
        "Search",
        "Search the briefing and its articles.",
        key_display="/",
    ),
    Command("comparison", "c", "comparison", "Compare", "Compare the outlets."),
    Command("copy", "y", "copy", "Copy", "Copy the selected item as plain text."),
    *(
        Command(
            f"section-{number}",
            str(number),
            f"section({number - 1})",
            f"Section {number}",
            f"Jump to {SECTIONS[number - 1].title}.",
            show=False,
            palette=False,
        )
        for number in range(1, 9)
    ),
)
"""Keys of the main screen (sections, items, evidence)."""

LIST_COMMANDS: tuple[Command, ...] = (
    Command(
        "down",
        "down,j",
        "cursor_down",
        "Down",
        "Move down.",
        show=False,
        palette=False,
        key_display="↓ j",
    ),
    Command(
        "up", "up,k", "cursor_up", "Up", "Move up.", show=False, palette=False, key_display="↑ k"
    ),
    Command(
        "page-down",
        "pagedown",
        "page_down",
        "Page down",
        "Move down a page.",
        show=False,
        palette=False,
    ),
    Command(
        "page-up", "pageup", "page_up", "Page up", "Move up a page.", show=False, palette=False
    ),
    Command("first", "home", "first", "First", "Move to the first.", show=False, palette=False),
    Command("last", "end", "last", "Last", "Move to the last.", show=False, palette=False),
)
"""Movement in every list; the lists declare no other keys (enter belongs to the screen)."""

SCROLL_COMMANDS: tuple[Command, ...] = (
    Command(
        "scroll-down",
        "j",
        "scroll_down",
        "Down",
        "Scroll down.",
        show=False,
        palette=False,
        key_display="↓ j",
    ),
    Command(
        "scroll-up",
        "k",
        "scroll_up",
        "Up",
        "Scroll up.",
        show=False,
        palette=False,
        key_display="↑ k",
    ),
)
"""Vim-style scrolling, added to every scrolling text pane."""

ARTICLE_COMMANDS: tuple[Command, ...] = (
    Command(
        "next-excerpt",
        "n,right_square_bracket",
        "excerpt(1)",
        "Next",
        "Go to the next excerpt the briefing cites in this article.",
        key_display="n ]",
    ),
    Command(
        "previous-excerpt",
        "p,left_square_bracket",
        "excerpt(-1)",
        "Previous",
        "Go to the previous excerpt the briefing cites in this article.",
        key_display="p [",
    ),
    Command(
        "go-to-item",
        "i",
        "item",
        "Item",
        "Go to the item that cites the excerpt on show (the first, when several do);"
        " escape comes back here.",
    ),
    Command(
        "close-article", "escape", "close", "Back", "Go back to where you were.", palette=False
    ),
)
"""Keys of the article view."""

CLOSE_COMMANDS: tuple[Command, ...] = (
    Command("close", "escape", "close", "Back", "Go back.", palette=False),
)
"""Keys of the help and comparison screens."""

SEARCH_COMMANDS: tuple[Command, ...] = (
    Command(
        "search-go",
        "enter",
        "go",
        "Go",
        "Go to the highlighted match (the first, from the field).",
        palette=False,
    ),
    Command(
        "search-matches",
        "down",
        "results",
        "Matches",
        "Move from the field to the matches.",
        show=False,
        palette=False,
        key_display="↓",
    ),
    Command("search-close", "escape", "close", "Back", "Leave the search.", palette=False),
)
"""Keys of the search screen."""

# The comparison view and the pair view (briefing/tui/comparison/).

GRID_COMMANDS: tuple[Command, ...] = (
    Command(
        "grid-down",
        "down,j",
        "cursor_down",
        "Down",
        "Move down a row (the next item, or the next outlet in the matrix).",
        show=False,
        palette=False,
        key_display="↓ j",
    ),
    Command(
        "grid-up",
        "up,k",
        "cursor_up",
        "Up",
        "Move up a row.",
        show=False,
        palette=False,
        key_display="↑ k",
    ),
    Command(
        "grid-right",
        "right,l",
        "cursor_right",
        "Right",
        "Move right a column (the next outlet); the table scrolls sideways.",
        show=False,
        palette=False,
        key_display="→ l",
    ),
    Command(
        "grid-left",
        "left,h",
        "cursor_left",
        "Left",
        "Move left a column.",
        show=False,
        palette=False,
        key_display="← h",
    ),
)
"""Moving the cursor in the coverage table and the matrix (arrows, or h j k l)."""

COMPARISON_COMMANDS: tuple[Command, ...] = (
    Command(
        "comparison-open",
        "enter",
        "open",
        "Open",
        "Open the cell: an excerpt in its article, an item in the reader;"
        " in the matrix, the two outlets side by side.",
        palette=False,
    ),
    Command(
        "comparison-switch",
        "tab",
        "switch",
        "Table/matrix",
        "Move between the coverage table and the matrix of copied text.",
    ),
    Command(
        "comparison-switch-back",
        "shift+tab",
        "switch",
        "Table/matrix",
        "Move between the coverage table and the matrix of copied text.",
        show=False,
        palette=False,
    ),
    Command(
        "comparison-close",
        "escape",
        "close",
        "Back",
        "Go back to the reader.",
        palette=False,
    ),
)
"""Keys of the comparison view."""

PAIR_COMMANDS: tuple[Command, ...] = (
    Command(
        "shared-next",
        "n,right_square_bracket",
        "passage(1)",
        "Next",
        "Go to the next passage the two outlets share.",
        key_display="n ]",
    ),
    Command(
        "shared-previous",
        "p,left_square_bracket",
        "passage(-1)",
        "Previous",
        "Go to the previous passage the two outlets share.",
        key_display="p [",
    ),
    Command("pair-swap", "s", "swap", "Swap", "Swap the two outlets left and right."),
    Command("pair-close", "escape", "close", "Back", "Go back to the comparison.", palette=False),
)
"""Keys of the pair view (two outlets side by side)."""


HELP_GROUPS: tuple[tuple[str, tuple[Command, ...]], ...] = (
    ("Everywhere", APP_COMMANDS),
    ("Main screen", MAIN_COMMANDS),
    ("Lists", LIST_COMMANDS),
    ("Article and other text panes", ARTICLE_COMMANDS + SCROLL_COMMANDS),
    ("Search", SEARCH_COMMANDS),
    ("Comparison", COMPARISON_COMMANDS + GRID_COMMANDS),
    ("Two outlets side by side", PAIR_COMMANDS),
)
"""What the help screen lists, under which heading."""
