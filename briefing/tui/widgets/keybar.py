"""The bottom line: the keys of this screen, from the command declarations; click one to run it.

One widget drawing one line, in place of Textual's Footer, which mounts a widget
per key and rebuilds them all whenever the focus moves: too slow for a first
paint and for every keystroke.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.binding import Binding
from textual.content import Content
from textual.style import Style
from textual.widget import Widget

from briefing.tui.commands import Command

PALETTE = Command("palette", "ctrl+p", "app.command_palette", "Palette", "Open the palette.")
"""Shown last on every key bar (its binding is declared with the app's commands)."""


class KeyBar(Widget):
    """A one-line list of keys and what they do."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"key-bar--key", "key-bar--label"}

    def __init__(self, *groups: Sequence[Command]) -> None:
        """Show the commands of `groups` that are marked to show, in order, then the palette."""
        super().__init__()
        self.commands = [command for group in groups for command in group if command.show]
        self.commands.append(PALETTE)

    def _key(self, command: Command) -> str:
        """The key as the app writes it (⏎ for enter, ^p for ctrl+p)."""
        first = command.key.split(",")[0]
        binding = Binding(first, command.action, key_display=command.key_display)
        return self.app.get_key_display(binding)

    def render(self) -> Content:
        """Each key and its few words; clicking runs the command's action."""
        parts = []
        for command in self.commands:
            action = command.action if "." in command.action else f"screen.{command.action}"
            parts.append(
                Content.assemble(
                    (f" {self._key(command)} ", ".key-bar--key"),
                    (f"{command.footer} ", ".key-bar--label"),
                ).stylize(Style.from_meta({"@click": action}))
            )
        return Content("").join(parts)
