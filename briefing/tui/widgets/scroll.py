"""A scrolling pane that also answers to j and k."""

from __future__ import annotations

from textual.containers import VerticalScroll

from briefing.tui.commands import SCROLL_COMMANDS, bindings


class ScrollPane(VerticalScroll):
    """Vertical scrolling with the arrows, page keys, and j/k."""

    BINDINGS = bindings(SCROLL_COMMANDS)
