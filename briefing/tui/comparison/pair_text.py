"""Two articles side by side in aligned blocks (pair_layout.py), drawn a line at a time.

A line-API ScrollView: the blocks are wrapped once per width into lines of
both halves, and only the lines on screen are drawn. The first line is the
two outlets' names and stays at the top while the text scrolls under it.
Shared passages are marked, the current one more strongly, and passages the
other article prints elsewhere in a third style (component classes, so the
.tcss decides how each looks).
"""

from __future__ import annotations

from typing import ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.events import Resize
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.commands import SCROLL_COMMANDS, bindings
from briefing.tui.comparison.pair_layout import Block, PairLayout, Piece

GUTTER = " │ "
"""Between the two halves."""

STYLE_OF = {"shared": "pair-text--shared", "moved": "pair-text--moved"}
"""The component class of each kind of piece (plain pieces take the widget's own style)."""


class PairText(ScrollView, can_focus=True):
    """Both texts, block beside block, each aligned passage starting on the same line."""

    BINDINGS = bindings(SCROLL_COMMANDS)
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "pair-text--title",
        "pair-text--gutter",
        "pair-text--shared",
        "pair-text--moved",
        "pair-text--current",
    }

    current: reactive[int | None] = reactive(None, init=False)
    """The aligned passage highlighted most (an index in `layout.aligned`), if any."""

    def __init__(self, layout: PairLayout, titles: tuple[str, str], *, id: str | None = None):
        """Show `layout`, headed by the two outlets' `titles` (left, right)."""
        # (Not `self.layout`: Widget has a property of that name.)
        super().__init__(id=id)
        self.pair = layout
        self.titles = titles
        self._lines: list[Strip] = []
        self._starts: dict[int, int] = {}
        self._width = -1

    def show(self, layout: PairLayout, titles: tuple[str, str]) -> None:
        """Show another pair (or the same one swapped), from the top."""
        self.pair = layout
        self.titles = titles
        self.current = None
        self._relayout()
        self.scroll_to(y=0, animate=False)

    def on_resize(self, event: Resize) -> None:
        """Wrap again at the new width."""
        self._relayout()

    def notify_style_update(self) -> None:
        """The theme or the .tcss changed: draw the lines again in the new styles."""
        super().notify_style_update()
        if self.is_mounted:
            self._relayout()

    def watch_current(self) -> None:
        """Redraw with the new current passage marked."""
        self._relayout()

    def _relayout(self) -> None:
        """Wrap every block at the present width and size the scrolling area to the result."""
        width = self.scrollable_content_region.width
        self._width = width
        self._lines, self._starts = self._build(width)
        self.virtual_size = Size(width, len(self._lines) + 1)
        self.refresh()

    @property
    def lines(self) -> tuple[Strip, ...]:
        """Every line of the view at the present width (the title line aside)."""
        return tuple(self._lines)

    def line_of(self, passage: int) -> int | None:
        """The first line (below the title line) of an aligned passage's block."""
        return self._starts.get(passage)

    def scroll_to_passage(self, passage: int) -> None:
        """Scroll so that the passage's block starts a third of the way down."""
        line = self._starts.get(passage)
        if line is not None:
            self.scroll_to(y=max(0, line + 1 - self.size.height // 3), animate=False)

    def _style(self, piece: Piece, block: Block) -> Style | None:
        """The style a piece is drawn in."""
        if piece.kind == "shared" and block.passage is not None and block.passage == self.current:
            return self.get_component_rich_style("pair-text--current")
        name = STYLE_OF.get(piece.kind)
        return self.get_component_rich_style(name) if name else None

    def _text(self, text: str, pieces: tuple[Piece, ...], block: Block) -> Text:
        """One side of one block, as literal text with its pieces styled."""
        result = Text()
        for piece in pieces:
            result.append(text[piece.start : piece.end], self._style(piece, block))
        return result

    def _build(self, width: int) -> tuple[list[Strip], dict[int, int]]:
        """Every line of the view at `width`, and the line each aligned passage starts on."""
        if width <= 0:
            return [], {}
        console = self.app.console
        left_width = max(1, (width - len(GUTTER)) // 2)
        right_width = max(1, width - len(GUTTER) - left_width)
        gutter = Strip([Segment(GUTTER, self.get_component_rich_style("pair-text--gutter"))])
        blank_left, blank_right = Strip.blank(left_width), Strip.blank(right_width)
        lines: list[Strip] = []
        starts: dict[int, int] = {}
        layout = self.pair
        for block in layout.blocks:
            if lines:
                lines.append(Strip.join([blank_left, gutter, blank_right]))
            if block.passage is not None:
                starts[block.passage] = len(lines)
            left = self._text(layout.left_text, block.left, block).wrap(console, left_width)
            right = self._text(layout.right_text, block.right, block).wrap(console, right_width)
            for number in range(max(len(left), len(right), 1)):
                halves = []
                for wrapped, half, blank in (
                    (left, left_width, blank_left),
                    (right, right_width, blank_right),
                ):
                    if number < len(wrapped):
                        line = wrapped[number]
                        halves.append(
                            Strip(list(line.render(console)), line.cell_len).adjust_cell_length(
                                half
                            )
                        )
                    else:
                        halves.append(blank)
                lines.append(Strip.join([halves[0], gutter, halves[1]]))  # fmt: skip
        return lines, starts

    def _title_line(self, width: int) -> Strip:
        """The two outlets' names over their halves."""
        left_width = max(1, (width - len(GUTTER)) // 2)
        right_width = max(1, width - len(GUTTER) - left_width)
        style = self.get_component_rich_style("pair-text--title")
        left = Text(self.titles[0], style=style, no_wrap=True, overflow="ellipsis")
        right = Text(self.titles[1], style=style, no_wrap=True, overflow="ellipsis")
        left.truncate(left_width, overflow="ellipsis", pad=True)
        right.truncate(right_width, overflow="ellipsis", pad=True)
        gutter = self.get_component_rich_style("pair-text--gutter")
        segments = [*left.render(self.app.console), Segment(GUTTER, gutter)]
        segments += right.render(self.app.console)
        return Strip(segments).crop_extend(0, width, style)

    def render_line(self, y: int) -> Strip:
        """Line `y` of the view: the title line, then the text from the scroll position."""
        width = self.scrollable_content_region.width
        base = self.rich_style
        if y == 0:
            return self._title_line(width).apply_style(base)
        index = int(self.scroll_offset.y) + y - 1
        if width != self._width or index >= len(self._lines):
            return Strip.blank(width, base)
        return self._lines[index].crop_extend(0, width, None).apply_style(base)
