"""The left pane: the eight sections, each with its number key and item count."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.content import Content

from briefing.tui.sections import SECTIONS, Contents
from briefing.tui.widgets.blocks import BlockList

TITLE_WIDTH = max(len(section.title) for section in SECTIONS)
COUNT_WIDTH = 4
"""A space and up to three digits."""
SHORTEST_TITLE = 12
"""Below this many columns for a title, the counts give their room to the names."""


def section_line(number: int, title: str, count: int, width: int) -> Content:
    """One section's line, fitted to `width` columns (0: not laid out yet, in full).

    Names in full come first (the counts go when only they do not fit); then
    names cut with an ellipsis beside their counts; below `SHORTEST_TITLE`
    columns for a name, the counts go too: a name says more.
    """
    if width <= 0 or width >= 2 + TITLE_WIDTH + COUNT_WIDTH:
        room, with_count = TITLE_WIDTH, True
    elif width >= 2 + TITLE_WIDTH:
        room, with_count = TITLE_WIDTH, False
    else:
        room = width - 2 - COUNT_WIDTH
        with_count = room >= SHORTEST_TITLE
        room = room if with_count else max(width - 2, 1)
    shown = title if len(title) <= room else title[: room - 1].rstrip() + "…"
    parts: list[str | tuple[str, str]] = [(f"{number} ", ".section-list--key")]
    if with_count:
        parts += [shown.ljust(room), (f" {count:>3}", ".section-list--count")]
    else:
        parts.append(shown)
    return Content.assemble(*parts)


class SectionList(BlockList):
    """The sections of a briefing; highlighting one shows its items."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"section-list--key", "section-list--count"}

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """An empty list; `show` fills it."""
        super().__init__(one_line=True, id=id, classes=classes)
        self._contents: Contents | None = None
        self._fitted = -1
        """The width the lines were fitted to."""

    def show(self, contents: Contents) -> None:
        """List the sections with their counts, keeping the highlight where it was."""
        self._contents = contents
        width = self.scrollable_content_region.width
        self._fitted = width
        lines = [
            section_line(number, section.title, contents.count(section.id), width)
            for number, section in enumerate(SECTIONS, 1)
        ]
        self.set_blocks(lines, self.highlighted or 0)

    def _fit(self, contents: Contents) -> None:
        """Fit the lines to the width, unless they already read the same (a wide pane)."""
        width = self.scrollable_content_region.width
        lines = [
            section_line(number, section.title, contents.count(section.id), width).plain
            for number, section in enumerate(SECTIONS, 1)
        ]
        self._fitted = width
        if lines != [block.plain for block in self._blocks if block is not None]:
            self.show(contents)

    def on_resize(self, event: events.Resize) -> None:
        """Fit the lines to the new width (names cut, or the counts dropped, when narrow)."""
        if self._contents is not None and self.scrollable_content_region.width != self._fitted:
            self._fit(self._contents)

    @property
    def section_id(self) -> str:
        """The id of the highlighted section."""
        return SECTIONS[self.highlighted or 0].id
