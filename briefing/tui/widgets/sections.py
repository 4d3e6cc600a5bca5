"""The left pane: the eight sections, each with its number key and item count."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content

from briefing.tui.sections import SECTIONS, Contents
from briefing.tui.widgets.blocks import BlockList

TITLE_WIDTH = max(len(section.title) for section in SECTIONS)


class SectionList(BlockList):
    """The sections of a briefing; highlighting one shows its items."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"section-list--key", "section-list--count"}

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """An empty list; `show` fills it."""
        super().__init__(one_line=True, id=id, classes=classes)

    def show(self, contents: Contents) -> None:
        """List the sections with their counts, keeping the highlight where it was."""
        self.set_blocks(
            [
                Content.assemble(
                    (f"{number} ", ".section-list--key"),
                    section.title.ljust(TITLE_WIDTH),
                    (f" {contents.count(section.id):>3}", ".section-list--count"),
                )
                for number, section in enumerate(SECTIONS, 1)
            ],
            self.highlighted or 0,
        )

    @property
    def section_id(self) -> str:
        """The id of the highlighted section."""
        return SECTIONS[self.highlighted or 0].id
