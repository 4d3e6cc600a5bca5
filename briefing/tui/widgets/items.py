"""The middle pane's list: one line per item of the selected section."""

from __future__ import annotations

from textual.content import Content
from textual.widgets import OptionList

from briefing.tui.commands import LIST_COMMANDS, bindings
from briefing.tui.sections import Entry


class ItemList(OptionList, inherit_bindings=False):
    """The entries of one section; only the visible lines are ever rendered."""

    BINDINGS = bindings(LIST_COMMANDS)

    def __init__(self, *, id: str | None = None) -> None:
        """An empty list; `show` fills it."""
        super().__init__(id=id, markup=False)
        self.entries: list[Entry] = []

    def show(self, entries: list[Entry], highlighted: int = 0) -> None:
        """List these entries and highlight one."""
        self.entries = entries
        self.set_options(Content(entry.label) for entry in entries)
        self.highlighted = min(highlighted, len(entries) - 1) if entries else None

    @property
    def entry(self) -> Entry | None:
        """The highlighted entry, if any."""
        if self.highlighted is None or not self.entries:
            return None
        return self.entries[self.highlighted]
