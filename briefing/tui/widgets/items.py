"""The middle pane's list: one line per item of the selected section."""

from __future__ import annotations

from textual.content import Content

from briefing.tui.sections import Entry
from briefing.tui.widgets.blocks import BlockList


class ItemList(BlockList):
    """The entries of one section, a line each; only the lines in view are ever drawn."""

    ANNOUNCE_HIGHLIGHT = False  # the screen watches `highlighted` itself

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """An empty list; `show` fills it."""
        super().__init__(one_line=True, id=id, classes=classes)
        self.entries: list[Entry] = []

    def show(self, entries: list[Entry], highlighted: int = 0) -> None:
        """List these entries and highlight one."""
        self.entries = entries
        self.set_blocks(
            [Content(entry.label) for entry in entries], highlighted if entries else None
        )

    @property
    def entry(self) -> Entry | None:
        """The highlighted entry, if any."""
        if self.highlighted is None or not self.entries:
            return None
        return self.entries[self.highlighted]
