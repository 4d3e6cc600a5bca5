"""The reference for first paint, quit time and memory: a minimal Textual app.

It shows a header with a title and a footer, as the briefing app does, and
quits on q. bench/run.py starts it exactly as it starts `briefing`. With
BENCH_PAUSE_GC=1 it turns the garbage collector off before importing Textual,
as `briefing` does until its first frame: the reference for how much of the
app's first paint that pause alone explains. With BENCH_FULL_SCREEN=1 its
one line becomes a screenful of plain text: the reference for how much of the
app's first paint is the cost of putting a full screen on the terminal (the
briefing fills every line; the bare reference leaves most of them blank).
"""

import gc
import os

if os.environ.get("BENCH_PAUSE_GC"):
    gc.disable()

from typing import ClassVar  # after the collector is paused

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static

FULL_SCREEN = "\n".join(
    ("Minimal reference app fills the screen with plain text. " * 3)[:118] for _ in range(36)
)
"""Thirty-six lines of 118 characters: a 120x40 screen's worth under the header."""


class MinimalApp(App[None]):
    """A header, one line of text, a footer."""

    TITLE = "Minimal reference app"
    BINDINGS: ClassVar = [("q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        """A header, a line and a footer."""
        yield Header()
        if os.environ.get("BENCH_FULL_SCREEN"):
            yield Static(FULL_SCREEN, markup=False)
        else:
            yield Static("Minimal reference app is on screen.")
        yield Footer()


if __name__ == "__main__":
    MinimalApp().run()
