"""The keys of the comparison view and the pair view, declared once like every other key.

Bindings, key bar, palette entries (and, once `commands.HELP_GROUPS` lists
them, the help screen) are all built from these declarations.
"""

from __future__ import annotations

from briefing.tui.commands import Command

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
