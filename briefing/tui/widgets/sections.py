"""The left pane: the eight sections, each with its number key and item count."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.widgets import OptionList

from briefing.tui.commands import LIST_COMMANDS, bindings
from briefing.tui.sections import SECTIONS, Contents

TITLE_WIDTH = max(len(section.title) for section in SECTIONS)


class SectionList(OptionList, inherit_bindings=False):
    """The sections of a briefing; highlighting one shows its items."""

    BINDINGS = bindings(LIST_COMMANDS)
    COMPONENT_CLASSES: ClassVar[set[str]] = {"section-list--key", "section-list--count"}

    def show(self, contents: Contents) -> None:
        """List the sections with their counts, keeping the highlight where it was."""
        highlighted = self.highlighted
        self.set_options(
            Content.assemble(
                (f"{number} ", ".section-list--key"),
                section.title.ljust(TITLE_WIDTH),
                (f" {contents.count(section.id):>3}", ".section-list--count"),
            )
            for number, section in enumerate(SECTIONS, 1)
        )
        self.highlighted = 0 if highlighted is None else highlighted

    @property
    def section_id(self) -> str:
        """The id of the highlighted section."""
        return SECTIONS[self.highlighted or 0].id
