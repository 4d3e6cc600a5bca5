"""Two outlets side by side: their full texts in aligned blocks, the passages they share marked.

Opened from the matrix of copied text (enter on a share). The shared passages
are found on first request for the pair (difflib, see analysis/reuse.py),
in a worker thread so that a long pair never blocks the keys; n and p step
through the aligned ones, s swaps the sides, escape goes back.
"""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from briefing.analysis import Comparison
from briefing.analysis import SourceCoverage as Outlet
from briefing.tui.commands import APP_COMMANDS, bindings
from briefing.tui.comparison.keys import PAIR_COMMANDS
from briefing.tui.comparison.pair_layout import PairLayout, pair_layout
from briefing.tui.comparison.pair_text import PairText
from briefing.tui.comparison.wording import account_short, numbered, percent
from briefing.tui.widgets.keybar import KeyBar
from briefing.tui.widgets.parts import PartsStatic


def title(comparison: Comparison, outlet: Outlet) -> str:
    """An outlet as the pair view heads its side: "[2] ANI", its account, its words."""
    return (
        f"{numbered(comparison, outlet)} · {account_short(outlet.lineage)} · {outlet.words} words"
    )


class PairHeading(PartsStatic):
    """The two outlets side by side, and what they share."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"pair-screen--heading", "pair-screen--facts"}


class PairScreen(Screen[None]):
    """Two outlets' texts side by side."""

    CSS_PATH = "../comparison.tcss"
    BINDINGS = bindings(PAIR_COMMANDS)
    PALETTE_COMMANDS = PAIR_COMMANDS
    """What the command palette offers on this screen, beside the app's own commands."""
    AUTO_FOCUS = "#pair-text"
    # The classes these add (-short, -tall) are what comparison.tcss lays the heading by.
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-short"),
        (12, "-tall"),
    ]

    def __init__(self, comparison: Comparison, left: Outlet, right: Outlet) -> None:
        """Compare `left` with `right` (both outlets of `comparison`)."""
        super().__init__()
        self.comparison = comparison
        self.left = left
        self.right = right
        self.pair_layout: PairLayout | None = None
        """The blocks on show, once the shared passages are found."""

    def compose(self) -> ComposeResult:
        """The heading, both texts (unmarked until the passages are found), the key bar."""
        yield PairHeading(id="pair-heading")
        empty = pair_layout(self.left.source.text, self.right.source.text, ())
        titles = (title(self.comparison, self.left), title(self.comparison, self.right))
        yield PairText(empty, titles, id="pair-text")
        yield KeyBar(PAIR_COMMANDS, APP_COMMANDS)

    def on_mount(self) -> None:
        """Find the shared passages."""
        self._show_heading("finding the shared passages…")
        self.find_passages(self.left, self.right)

    @work(thread=True, exclusive=True, group="passages")
    def find_passages(self, left: Outlet, right: Outlet) -> None:
        """Find what `left` and `right` share (cached per pair), then show it."""
        passages = self.comparison.reuse.shared_passages(left.source, right.source)
        layout = pair_layout(left.source.text, right.source.text, passages)
        self.app.call_from_thread(self._show, left, right, layout)

    def _show(self, left: Outlet, right: Outlet, layout: PairLayout) -> None:
        """Show the pair laid out, unless the reader has swapped it meanwhile."""
        if (left, right) != (self.left, self.right):
            return
        self.pair_layout = layout
        titles = (title(self.comparison, left), title(self.comparison, right))
        self.query_one(PairText).show(layout, titles)
        self._show_heading()

    def _show_heading(self, status: str | None = None) -> None:
        """Both outlets, how much each carries of the other, and the passage on show."""
        reuse = self.comparison.reuse
        left, right = self.left.source, self.right.source
        names = (
            f"{numbered(self.comparison, self.left)}  ⇄  {numbered(self.comparison, self.right)}"
        )
        facts = [
            f"{percent(reuse.containment(left, right))} of left found in right",
            f"{percent(reuse.containment(right, left))} of right in left",
            status if status is not None else self._position(),
        ]
        heading = Content.assemble(
            (names, ".pair-screen--heading"),
            "\n",
            (" · ".join(facts), ".pair-screen--facts"),
        )
        self.query_one("#pair-heading", Static).update(heading)

    def _position(self) -> str:
        """Which aligned passage is current, and how many there are."""
        layout = self.pair_layout
        if layout is None or not (layout.aligned or layout.moved):
            return "no passage of 8 words or more in common"
        current = self.query_one(PairText).current
        count = len(layout.aligned)
        where = f"passage {current + 1} of {count}" if current is not None else f"{count} aligned"
        moved = f" · {len(layout.moved)} moved" if layout.moved else ""
        return f"{where}{moved}"

    def action_passage(self, step: int) -> None:
        """Go to the next (1) or previous (-1) aligned passage."""
        layout = self.pair_layout
        if layout is None or not layout.aligned:
            self.notify("These two texts share no passage to go to.", markup=False)
            return
        text = self.query_one(PairText)
        count = len(layout.aligned)
        if text.current is None:
            text.current = 0 if step > 0 else count - 1
        else:
            text.current = (text.current + step) % count
        text.scroll_to_passage(text.current)
        self._show_heading()

    def action_swap(self) -> None:
        """Put the right outlet on the left and the left on the right."""
        self.left, self.right = self.right, self.left
        self.pair_layout = None
        self._show_heading("finding the shared passages…")
        self.find_passages(self.left, self.right)

    def action_close(self) -> None:
        """Back to the comparison."""
        self.dismiss()
