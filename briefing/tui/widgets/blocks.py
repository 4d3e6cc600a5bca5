"""A scrolling list of blocks of text, one highlighted: the lean list behind the items and evidence.

Textual's OptionList does this job for any list, but the reader's panes redraw
at every key press, and there it took most of the time from the key to the
next frame: it wraps each option twice (to measure it, then to draw it) and
spends about 80 µs of bookkeeping on every line it draws, blank ones included.
This list wraps each block once, when it is shown, keeps its lines, and draws
a line by looking it up (about 35 µs, most of it Textual's own border and
padding work). Blocks of one line each (the items) are drawn only once they
scroll into view, and moving the highlight within the view redraws only the
lines of the two blocks concerned.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Hashable, Iterable, Sequence
from typing import ClassVar, NamedTuple

from rich.segment import Segment
from textual import events
from textual.content import Content
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style
from textual.visual import Padding, Visual

from briefing.tui.commands import LIST_COMMANDS, bindings
from briefing.tui.widgets.parts import legible, whole_styles

BLOCK = "block-list--block"
HIGHLIGHTED = "block-list--highlighted"
ON_HIGHLIGHT = "block-list--on-highlight"
"""Laid over each part of a highlighted block's text: the highlight's text colour (a
part's own colour is picked for the plain background: a blue outlet name on a blue
highlight could not be read)."""
DISABLED = "block-list--disabled"
RULE = "block-list--rule"
KEEP_DRAWN = 64
"""How many drawn blocks (with a key) the list keeps, for when they are shown again."""


class _Look(NamedTuple):
    """What one frame draws with: fixed while the frame's lines are drawn."""

    scroll_y: int
    width: int
    plain: Style
    highlighted: Style
    disabled: Style
    rule: Style


class BlockList(ScrollView, can_focus=True):
    """Blocks of literal text (None: a rule between groups); up and down move the highlight."""

    BINDINGS = bindings(LIST_COMMANDS)
    # A list that shows rules or disabled blocks adds RULE and DISABLED to its own
    # COMPONENT_CLASSES: each class costs every restyle of every list a little.
    # ON_HIGHLIGHT is for every list whose blocks have parts (sections, evidence).
    COMPONENT_CLASSES: ClassVar[set[str]] = {BLOCK, HIGHLIGHTED, ON_HIGHLIGHT}

    ANNOUNCE_HIGHLIGHT: ClassVar[bool] = True
    """Whether a move of the highlight posts `Highlighted` (a message through every
    container up to the screen: not worth its time at each key when nobody listens)."""

    highlighted: reactive[int | None] = reactive(None, init=False, repaint=False)
    """The index of the highlighted block, or None when no block can have it."""

    class Highlighted(Message):
        """A block was highlighted."""

        def __init__(self, block_list: BlockList, index: int) -> None:
            """Block `index` of `block_list` is highlighted."""
            super().__init__()
            self.block_list = block_list
            self.index = index

        @property
        def control(self) -> BlockList:
            """The list (so that `@on(..., "#id")` can tell lists apart)."""
            return self.block_list

    class Selected(Message):
        """A block was clicked (enter belongs to the screen)."""

        def __init__(self, block_list: BlockList, index: int) -> None:
            """Block `index` of `block_list` was clicked."""
            super().__init__()
            self.block_list = block_list
            self.index = index

        @property
        def control(self) -> BlockList:
            """The list (so that `@on(..., "#id")` can tell lists apart)."""
            return self.block_list

    def __init__(
        self, *, one_line: bool = False, id: str | None = None, classes: str | None = None
    ) -> None:
        """An empty list; `set_blocks` fills it.

        Args:
            one_line: Every block is one line (cut to the width, never wrapped).
            id: The widget's id.
            classes: The widget's classes.
        """
        super().__init__(id=id, classes=classes)
        self.one_line = one_line
        self._blocks: list[Content | None] = []
        self._disabled: frozenset[int] = frozenset()
        self._has_rules = False
        """Whether any block is a rule (None)."""
        self._lines: list[tuple[int, int]] = []
        """For each line of the list: the block it belongs to and the line within that block."""
        self._starts: list[int] = []
        """For each block: the line it starts on (and one more entry: the line count)."""
        self._keys: list[Hashable | None] = []
        """For each block, what the caller says it shows (None: nothing to keep it by)."""
        self._drawn: dict[tuple[int, Style], list[Strip]] = {}
        """Blocks drawn in a style at `_width`."""
        self._kept: OrderedDict[tuple[Hashable, int, Style], list[Strip]] = OrderedDict()
        """Blocks drawn earlier (or ahead of time), by key, width and style; the latest last."""
        self._width = 0
        """The width the blocks were measured at (0: not yet)."""
        self._look: _Look | None = None
        self._classes_of: dict[Style, tuple[str, ...]] = {}
        """The component classes each style the blocks are drawn in was made from."""

    # Content.

    def set_blocks(
        self,
        blocks: Iterable[Content | None],
        highlighted: int | None = 0,
        disabled: Iterable[int] = (),
        keys: Sequence[Hashable | None] = (),
    ) -> None:
        """Show these blocks (None: a rule), one highlighted, from the top.

        Args:
            blocks: The blocks, in order.
            highlighted: The block to highlight first.
            disabled: Blocks that cannot be highlighted.
            keys: For each block, what it shows (hashable): a block drawn before
                under the same key (see `draw_ahead`) is not drawn again.
        """
        self._blocks = list(blocks)
        # Found once here: `None in blocks` at every draw would compare None with
        # each block through Content.__eq__ (a thousand calls for a long list).
        self._has_rules = any(block is None for block in self._blocks)
        self._keys = list(keys) or [None] * len(self._blocks)
        self._disabled = frozenset(disabled)
        self._drawn.clear()
        self._measure(self._valid(highlighted))
        self.scroll_to(y=0, animate=False, immediate=True)
        self.set_reactive(BlockList.highlighted, None)  # a new list: announce even the same index
        self.highlighted = highlighted
        self.refresh()

    def _valid(self, index: int | None) -> int | None:
        """`index`, or the nearest block after (else before) it that can be highlighted."""
        if index is None or not self._blocks:
            return None
        index = min(max(index, 0), len(self._blocks) - 1)
        return self._step(index, 1) if self._step(index, 1) is not None else self._step(index, -1)

    def _selectable(self, index: int) -> bool:
        """Whether block `index` can have the highlight."""
        return self._blocks[index] is not None and index not in self._disabled

    def _step(self, start: int, step: int) -> int | None:
        """The first block from `start` on, going by `step`, that can have the highlight."""
        index = start
        while 0 <= index < len(self._blocks):
            if self._selectable(index):
                return index
            index += step
        return None

    # Measuring and drawing.

    def _measure(self, highlighted: int | None = None) -> None:
        """Wrap every block at the current width (once) and size the list to its lines.

        The block about to be highlighted is drawn in that style straight away:
        the same lines, and one wrapping fewer.
        """
        width = self.scrollable_content_region.width
        self._width = width
        self._lines = []
        self._starts = []
        if width > 0:
            for index, block in enumerate(self._blocks):
                self._starts.append(len(self._lines))
                if block is None or self.one_line:
                    height = 1
                else:
                    classes = (BLOCK, HIGHLIGHTED) if index == highlighted else (BLOCK,)
                    height = len(self._draw(index, self._style(*classes)))
                self._lines.extend((index, line) for line in range(height))
        self._starts.append(len(self._lines))
        self.virtual_size = Size(width, len(self._lines))

    def _draw(self, index: int, style: Style) -> list[Strip]:
        """Block `index` as lines of the list's width, in `style` (kept for the next time)."""
        strips = self._drawn.get((index, style))
        if strips is None:
            key = self._keys[index]
            kept = None if key is None else (key, self._width, style)
            strips = self._kept.get(kept) if kept is not None else None
            if strips is None:
                strips = self._draw_block(self._blocks[index], self._width, style)
                if kept is not None:
                    self._keep(kept, strips)
            self._drawn[(index, style)] = strips
        return strips

    def _style(self, *classes: str) -> Style:
        """The style of blocks drawn in these component classes (remembering the classes).

        A highlighted block's text is kept legible on the highlight, whatever the theme.
        """
        style = self.get_visual_style(*classes)
        if HIGHLIGHTED in classes:
            style = legible(style)
        self._classes_of[style] = classes
        return style

    def _draw_block(self, block: Content | None, width: int, style: Style) -> list[Strip]:
        """One block (None: a rule) as lines `width` wide, in `style`."""
        if block is None:
            return [Strip([Segment("─" * width, style.rich_style)], width)]
        # Its parts styled on top of the block's own classes (highlighted or not),
        # a highlighted block's text colour over them.
        classes = self._classes_of.get(style, (BLOCK,))
        over = (ON_HIGHLIGHT,) if HIGHLIGHTED in classes else ()
        block = whole_styles(block, self, *classes, over=over)
        # Padding given to the blocks in the .tcss is drawn in the block's own
        # style, so that a highlight spans it; the list's padding is not.
        padding = self.get_component_styles(BLOCK).padding
        visual = Padding(block, padding) if padding else block
        height = 1 if self.one_line else None
        drawn = Visual.to_strips(self, visual, width, height, style)
        return [strip.extend_cell_length(width, style.rich_style) for strip in drawn]

    def _keep(self, kept: tuple[Hashable, int, Style], strips: list[Strip]) -> None:
        """Remember a drawn block by key, forgetting the oldest beyond `KEEP_DRAWN`."""
        self._kept[kept] = strips
        self._kept.move_to_end(kept)
        while len(self._kept) > KEEP_DRAWN:
            self._kept.popitem(last=False)

    def draw_ahead(
        self, blocks: Sequence[Content | None], keys: Sequence[Hashable], highlighted: int | None
    ) -> None:
        """Draw blocks that may be shown soon (while the app is idle), so that `set_blocks`
        with the same keys finds them drawn: plain, and the one to highlight highlighted."""
        width = self.scrollable_content_region.width
        if width <= 0:
            return
        plain = self._style(BLOCK)
        for index, (block, key) in enumerate(zip(blocks, keys, strict=True)):
            classes = (BLOCK, HIGHLIGHTED) if index == highlighted else (BLOCK,)
            style = plain if len(classes) == 1 else self._style(*classes)
            if block is not None and (key, width, style) not in self._kept:
                self._keep((key, width, style), self._draw_block(block, width, style))

    def render_lines(self, crop: Region) -> list[Strip]:
        """Draw the lines in `crop`, with what they share worked out once."""
        self._look = self._current_look()
        try:
            return super().render_lines(crop)
        finally:
            self._look = None

    def _current_look(self) -> _Look:
        """Scroll position, width and styles as they are now (measured again for a new width)."""
        if self._width != self.scrollable_content_region.width:
            self._drawn.clear()
            self._measure(self.highlighted)
        plain = self._style(BLOCK)
        return _Look(
            scroll_y=self.scroll_offset.y,
            width=self._width,
            plain=plain,
            highlighted=self._style(BLOCK, HIGHLIGHTED),
            disabled=self._style(BLOCK, DISABLED) if self._disabled else plain,
            rule=self._style(RULE) if self._has_rules else plain,
        )

    def render_line(self, y: int) -> Strip:
        """Line `y` of the pane: a line of whichever block is scrolled there."""
        look = self._look or self._current_look()  # the mouse asks for single lines
        number = look.scroll_y + y
        if number >= len(self._lines):
            return Strip.blank(look.width, look.plain.rich_style)
        index, line = self._lines[number]
        if self._blocks[index] is None:
            style = look.rule
        elif index in self._disabled:
            style = look.disabled
        elif index == self.highlighted:
            style = look.highlighted
        else:
            style = look.plain
        return self._draw(index, style)[line]

    def notify_style_update(self) -> None:
        """The styles changed (focus, theme): draw the blocks afresh."""
        super().notify_style_update()
        self._drawn.clear()
        self._kept.clear()
        self._classes_of.clear()
        self.refresh()

    # The highlight.

    def validate_highlighted(self, index: int | None) -> int | None:
        """Keep the highlight on a block that can have it."""
        return self._valid(index)

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        """Redraw the two blocks, bring the new one into view, tell the screen."""
        for index in (old, new):
            self._refresh_block(index)
        if new is not None:
            self.scroll_to_highlight()
            if self.ANNOUNCE_HIGHLIGHT:
                self.post_message(self.Highlighted(self, new))

    def _refresh_block(self, index: int | None) -> None:
        """Mark the lines of block `index` that are in view for redrawing."""
        if index is None or index + 1 >= len(self._starts):
            return
        top = self._starts[index] - round(self.scroll_offset.y) + self.styles.gutter.top
        self.refresh(Region(0, top, self.size.width, self._starts[index + 1] - self._starts[index]))

    def scroll_to_highlight(self) -> None:
        """Scroll the highlighted block into view (its top, when it is taller than the pane)."""
        index = self.highlighted
        if index is None or index + 1 >= len(self._starts):
            return
        start, end = self._starts[index], self._starts[index + 1]
        self.scroll_to_region(
            Region(0, start, self._width, end - start), animate=False, force=True, immediate=True
        )

    # Keys and the mouse.

    def action_cursor_down(self) -> None:
        """Highlight the next block."""
        self._move_to(self._step(0 if self.highlighted is None else self.highlighted + 1, 1))

    def action_cursor_up(self) -> None:
        """Highlight the previous block."""
        start = len(self._blocks) - 1 if self.highlighted is None else self.highlighted - 1
        self._move_to(self._step(start, -1))

    def action_first(self) -> None:
        """Highlight the first block."""
        self._move_to(self._step(0, 1))

    def action_last(self) -> None:
        """Highlight the last block."""
        self._move_to(self._step(len(self._blocks) - 1, -1))

    def action_page_down(self) -> None:
        """Highlight the block about a pane's height further down."""
        self._page(1)

    def action_page_up(self) -> None:
        """Highlight the block about a pane's height further up."""
        self._page(-1)

    def _page(self, direction: int) -> None:
        """Move the highlight by about a pane's height of lines."""
        if self.highlighted is None or not self._lines:
            return
        line = self._starts[self.highlighted] + direction * self.scrollable_content_region.height
        block = self._lines[min(max(line, 0), len(self._lines) - 1)][0]
        found = self._step(block, direction)
        self._move_to(found if found is not None else self._step(block, -direction))

    def _move_to(self, index: int | None) -> None:
        """Highlight block `index`, if there is one."""
        if index is not None:
            self.highlighted = index

    def on_click(self, event: events.Click) -> None:
        """A click highlights the block under the mouse and chooses it."""
        offset = event.get_content_offset(self)
        if offset is None:
            return
        number = round(self.scroll_offset.y) + offset.y
        if 0 <= number < len(self._lines):
            index = self._lines[number][0]
            if self._selectable(index):
                self.highlighted = index
                self.post_message(self.Selected(self, index))
