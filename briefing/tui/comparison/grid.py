"""A table drawn a line at a time: only the cells on screen are ever built.

Textual's DataTable takes every cell up front, measures every one of them,
and draws whole rows (every column) before cropping them to the screen; with
200 outlets that is hundreds of thousands of cells and seconds of waiting.
This grid asks its subclass for a cell (`cell(row, column)`, `header(column)`)
only when that cell is on screen, renders it once at its column's fixed width,
and keeps the result in a small LRU cache, so that the work of a frame grows
with the size of the terminal, not with the number of outlets or items.

It looks and behaves like the DataTable it replaces: fixed width columns (the
first `fixed_columns` stay put when the rest scroll sideways, a rule between
them and the rest: see columns.py), a header of
`header_height` lines that stays put when the rows scroll, rows of
`row_height` lines, a cell cursor (arrows, page keys, home and end, a click;
enter or a click on the cursor's cell selects), a hover cursor, zebra stripes,
and the same component classes' roles under `cell-grid--*` names, styled in
comparison.tcss.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar, Literal

from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.styled import Styled
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.color import Color
from textual.coordinate import Coordinate
from textual.geometry import Region, Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from briefing.tui.commands import bindings
from briefing.tui.comparison.cells import Cell
from briefing.tui.comparison.columns import Columns
from briefing.tui.comparison.keys import GRID_COMMANDS

PADDING = 1
"""Blank cells on each side of a cell's text (as DataTable's `cell_padding`)."""
CACHE_CELLS = 2048
"""Rendered cells kept: several screens' worth on the largest terminal, whatever the table."""
MAX_LOOKS = 16
"""Sets of styles remembered (focused, blurred, a few themes) before starting afresh."""
HEADER = -1
"""The row index of the header."""
RULE = "│"
"""The rule between the fixed columns and the scrolling ones (columns.RULE wide)."""

PAGE_BINDINGS: list[BindingType] = [
    Binding("enter", "select_cursor", "Select", show=False),
    Binding("pageup", "page_up", "Page up", show=False),
    Binding("pagedown", "page_down", "Page down", show=False),
    Binding("ctrl+home", "scroll_top", "Top", show=False),
    Binding("ctrl+end", "scroll_bottom", "Bottom", show=False),
    Binding("home", "scroll_home", "Home", show=False),
    Binding("end", "scroll_end", "End", show=False),
]
"""The keys DataTable had besides the arrows, kept (not shown in the key bar or the help)."""


class CellGrid(ScrollView, can_focus=True):
    """A grid of fixed-width columns whose cells are built from the model only when on screen."""

    BINDINGS: ClassVar[list[BindingType]] = [*bindings(GRID_COMMANDS), *PAGE_BINDINGS]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "cell-grid--header",
        "cell-grid--fixed",
        "cell-grid--even-row",
        "cell-grid--odd-row",
        "cell-grid--cursor",
        "cell-grid--fixed-cursor",
        "cell-grid--hover",
        "cell-grid--rule",
    }

    cursor_coordinate: reactive[Coordinate] = reactive(Coordinate(0, 0), init=False)
    """The cell under the cursor (row, column); always inside the grid."""
    hover_coordinate: reactive[Coordinate | None] = reactive(None, init=False)
    """The cell under the mouse, while the mouse moves over the grid."""
    header_height: reactive[int] = reactive(1, init=False)
    """Lines of the header (the screen makes it one line on a short terminal)."""

    @dataclass
    class CellHighlighted(Message):
        """The cursor moved onto a cell."""

        grid: CellGrid
        """The grid whose cursor moved."""
        coordinate: Coordinate
        """Where it is now."""

        @property
        def control(self) -> CellGrid:
            """The grid (so that `@on(..., "#id")` can pick one)."""
            return self.grid

    @dataclass
    class CellSelected(Message):
        """Enter, or a click on the cursor's cell: open what the cell holds."""

        grid: CellGrid
        """The grid the cell is in."""
        coordinate: Coordinate
        """The cell."""

        @property
        def control(self) -> CellGrid:
            """The grid (so that `@on(..., "#id")` can pick one)."""
            return self.grid

    def __init__(
        self,
        widths: Sequence[int],
        row_count: int,
        *,
        fixed_columns: int = 0,
        header_height: int = 1,
        row_height: int = 1,
        zebra_stripes: bool = False,
        cursor_background_priority: Literal["renderable", "css"] = "renderable",
        id: str | None = None,
    ) -> None:
        """A grid of `row_count` rows and one column per width.

        Args:
            widths: Each column's width for its text (the padding comes on top).
            row_count: How many rows (the header aside).
            fixed_columns: How many columns, from the left, stay put when the rest scroll.
            header_height: Lines of the header.
            row_height: Lines of every row.
            zebra_stripes: Shade every other row.
            cursor_background_priority: "css": the cursor's background covers the
                cell's own (as in the matrix, whose cells are shaded).
            id: The widget's id.
        """
        super().__init__(id=id)
        self.columns = Columns([width + 2 * PADDING for width in widths], fixed_columns)
        """Where the columns fall on screen."""
        self.widths = self.columns.widths
        """Each column's width on screen, padding included."""
        self.row_count = row_count
        """How many rows the grid has."""
        self.fixed_columns = self.columns.fixed
        self.row_height = row_height
        self.zebra_stripes = zebra_stripes
        self.cursor_background_priority = cursor_background_priority
        self._cells: LRUCache[tuple[object, ...], list[Strip]] = LRUCache(CACHE_CELLS)
        self._show_hover = False
        self._style_names = sorted(self.COMPONENT_CLASSES)
        self._looks: dict[tuple[Style, ...], int] = {}
        self._frame: tuple[Style, int] = (Style(), 0)
        self._rules: dict[Style, Strip] = {}
        """The rule's cell on a row of each style, for the present styles."""
        self._style_updates = 0
        self._state: tuple[int, object] | None = None
        """The widget's style and the number of its present styles, looked up once per frame."""
        self.set_reactive(CellGrid.header_height, header_height)

    # What a subclass gives.

    def cell(self, row: int, column: int) -> Cell:
        """The cell at (row, column), built from the model."""
        raise NotImplementedError

    def header(self, column: int) -> Cell:
        """The header of a column."""
        raise NotImplementedError

    # Size and geometry.

    @property
    def column_count(self) -> int:
        """How many columns the grid has (fixed ones included)."""
        return len(self.widths)

    @property
    def cached_cells(self) -> int:
        """How many rendered cells the grid holds now (at most CACHE_CELLS)."""
        return len(self._cells)

    def cell_at(self, coordinate: Coordinate) -> Cell:
        """The cell at a coordinate (the header's for row -1)."""
        if coordinate.row == HEADER:
            return self.header(coordinate.column)
        return self.cell(coordinate.row, coordinate.column)

    def on_mount(self) -> None:
        """Size the scrolling area."""
        self._resize_virtual()

    def set_widths(self, widths: Sequence[int]) -> None:
        """New widths for the columns' text (padding aside): the cells are drawn anew at them."""
        columns = Columns([width + 2 * PADDING for width in widths], self.fixed_columns)
        if columns.widths == self.widths:
            return
        self.columns = columns
        self.widths = columns.widths
        self._cells.clear()
        self._resize_virtual()
        self.scroll_to_cell(self.cursor_coordinate)
        self.refresh()

    def _resize_virtual(self) -> None:
        """The scrolling area: every column wide, the header and every row high."""
        self.virtual_size = Size(
            self.columns.width, self.header_height + self.row_count * self.row_height
        )

    def watch_header_height(self) -> None:
        """A new header height: new cells for it, and a new scrolling area."""
        self._cells.clear()
        self._resize_virtual()
        self.refresh()

    def notify_style_update(self) -> None:
        """The theme, the .tcss or the focus changed: draw again (changed styles, new cells)."""
        super().notify_style_update()
        self._style_updates += 1
        self.refresh()

    def validate_cursor_coordinate(self, value: Coordinate) -> Coordinate:
        """Keep the cursor inside the grid."""
        row = max(0, min(value.row, self.row_count - 1))
        column = max(0, min(value.column, self.column_count - 1))
        return Coordinate(row, column)

    def watch_cursor_coordinate(self, old: Coordinate, new: Coordinate) -> None:
        """Redraw, bring the cursor's cell into view, and say where it is."""
        if old != new:
            self.refresh()
            self.scroll_to_cell(new)
            self.post_message(self.CellHighlighted(self, new))

    def watch_hover_coordinate(self) -> None:
        """Redraw with the hover cursor moved."""
        self.refresh()

    def move_cursor(self, *, row: int | None = None, column: int | None = None) -> None:
        """Move the cursor to a row or a column (or both); the other stays."""
        current = self.cursor_coordinate
        self.cursor_coordinate = Coordinate(
            current.row if row is None else row, current.column if column is None else column
        )

    def scroll_to_cell(self, coordinate: Coordinate) -> None:
        """Scroll the least that puts the cell wholly on screen (fixed columns stay put)."""
        view = self.scrollable_content_region.size
        x, y = self.scroll_offset
        x = self.columns.scroll_to_show(coordinate.column, x, view.width)
        room = max(1, view.height - self.header_height)
        top = coordinate.row * self.row_height
        if top + self.row_height - y > room:
            y = top + self.row_height - room
        y = min(y, top)
        self.scroll_to(x, y, animate=False, force=True, immediate=True)

    # Keys.

    def action_cursor_down(self) -> None:
        """Next row."""
        self._show_hover = False
        self.cursor_coordinate = self.cursor_coordinate.down()

    def action_cursor_up(self) -> None:
        """Previous row."""
        self._show_hover = False
        self.cursor_coordinate = self.cursor_coordinate.up()

    def action_cursor_right(self) -> None:
        """Next column (the grid scrolls sideways to show it)."""
        self._show_hover = False
        self.cursor_coordinate = self.cursor_coordinate.right()

    def action_cursor_left(self) -> None:
        """Previous column."""
        self._show_hover = False
        self.cursor_coordinate = self.cursor_coordinate.left()

    def _page(self) -> int:
        """Rows in a screenful."""
        room = self.scrollable_content_region.height - self.header_height
        return max(1, room // self.row_height)

    def action_page_down(self) -> None:
        """A screenful of rows down."""
        self.move_cursor(row=self.cursor_coordinate.row + self._page())

    def action_page_up(self) -> None:
        """A screenful of rows up."""
        self.move_cursor(row=self.cursor_coordinate.row - self._page())

    def action_scroll_top(self) -> None:
        """The first row."""
        self.move_cursor(row=0)

    def action_scroll_bottom(self) -> None:
        """The last row."""
        self.move_cursor(row=self.row_count - 1)

    def action_scroll_home(self) -> None:
        """The first column."""
        self.move_cursor(column=0)

    def action_scroll_end(self) -> None:
        """The last column."""
        self.move_cursor(column=self.column_count - 1)

    def action_select_cursor(self) -> None:
        """Select the cell under the cursor."""
        if self.row_count:
            self.post_message(self.CellSelected(self, self.cursor_coordinate))

    # The mouse.

    def coordinate_at(self, x: int, y: int) -> Coordinate | None:
        """The cell at a point of the widget's content (None off the cells)."""
        if y < self.header_height:
            row = HEADER
        else:
            row = (y - self.header_height + round(self.scroll_y)) // self.row_height
            if row >= self.row_count:
                return None
        column = self.columns.column_at(x, round(self.scroll_x))
        return None if column is None else Coordinate(row, column)

    def _cell_under(self, event: events.MouseEvent) -> Coordinate | None:
        """The cell under the mouse (None off the cells and over the header)."""
        offset = event.get_content_offset(self)
        where = None if offset is None else self.coordinate_at(offset.x, offset.y)
        return None if where is None or where.row == HEADER else where

    def on_click(self, event: events.Click) -> None:
        """A click moves the cursor to the cell; a click on the cursor's cell selects it."""
        where = self._cell_under(event)
        if where is None:
            return
        event.stop()
        if where == self.cursor_coordinate:
            self.action_select_cursor()
        else:
            self.cursor_coordinate = where

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Show the hover cursor on the cell under the mouse."""
        where = self._cell_under(event)
        self._show_hover = where is not None
        self.hover_coordinate = where

    def on_leave(self, event: events.Leave) -> None:
        """No hover cursor once the mouse has left."""
        self._show_hover = False
        self.hover_coordinate = None

    # Drawing.

    def _row_style(self, row: int) -> Style:
        """The style a row's scrolling cells start from."""
        if row == HEADER:
            return self.get_component_rich_style("cell-grid--header")
        if self.zebra_stripes:
            name = "cell-grid--odd-row" if row % 2 else "cell-grid--even-row"
            return self.get_component_rich_style(name)
        return self._frame[0]

    def _cell_styles(self, row: int, column: int) -> tuple[Style, Style]:
        """The style under a cell's text, and the one over it (the cursor's, when it wins)."""
        if row == HEADER:
            return self._row_style(row), Style()
        fixed = column < self.fixed_columns
        base = self.get_component_rich_style("cell-grid--fixed") if fixed else None
        style = base if base is not None else self._row_style(row)
        over = Style()
        where = Coordinate(row, column)
        if self._show_hover and where == self.hover_coordinate:
            over += self.get_component_rich_style("cell-grid--hover")
        if where == self.cursor_coordinate:
            over += self.get_component_rich_style("cell-grid--cursor")
            if fixed:
                over += self.get_component_rich_style("cell-grid--fixed-cursor")
        post = Style()
        if self.cursor_background_priority == "css" and over.bgcolor is not None:
            post = Style.from_color(bgcolor=over.bgcolor)
        return style + over, post

    def _cell_lines(self, row: int, column: int, looks: int) -> list[Strip]:
        """A cell's lines, each as wide as its column: from the cache, or rendered now.

        Args:
            row: The cell's row (-1: the header).
            column: The cell's column.
            looks: The number of the widget's present styles (see `render_lines`).
        """
        where = Coordinate(row, column)
        cursor = where == self.cursor_coordinate
        hover = self._show_hover and where == self.hover_coordinate
        key = (row, column, cursor, hover, self.header_height, looks)
        lines = self._cells.get(key)
        if lines is None:
            pre, post = self._cell_styles(row, column)
            width = self.widths[column]
            height = self.header_height if row == HEADER else self.row_height
            options = self.app.console_options.update_dimensions(width, height)
            if height == 1:
                options = options.update(no_wrap=True)
            renderable = Styled(Padding(self.cell_at(where), (0, PADDING)), pre)
            rendered = self.app.console.render_lines(renderable, options, pad=True)
            lines = [Strip(line, width).apply_style(post) if post else Strip(line, width)
                     for line in rendered[:height]]  # fmt: skip
            lines += [Strip.blank(width, pre)] * (height - len(lines))
            self._cells[key] = lines
        return lines

    def _rule(self, row: int) -> Strip:
        """The rule's cell on a row: its line in the rule's colour, on the row's background."""
        row_style = self._row_style(row)
        rule = self._rules.get(row_style)
        if rule is None:
            style = row_style + self.get_component_rich_style("cell-grid--rule")
            rule = self._rules[row_style] = Strip([Segment(RULE, style)], len(RULE))
        return rule

    def _extend_style(self, row: int) -> Style:
        """The style of the room right of the last column, when the grid is narrower than that."""
        style = self._row_style(row)
        if style.bgcolor is None:
            return Style.from_color(style.color, None)
        faded = Color.from_rich_color(style.bgcolor).blend(self.background_colors[1], 0.25)
        return Style.from_color(style.color, faded.rich_color)

    def render_lines(self, crop: Region) -> list[Strip]:
        """The lines in `crop`, with the widget's styles looked up once for all of them.

        Every set of styles the grid has been drawn in gets a number, which
        is part of each rendered cell's key: a cell is drawn again only when
        the styles really changed (focus, theme), and going back to earlier
        styles (focus back) finds the cells drawn then.
        """
        # Looking the styles up costs more than drawing a screenful from the
        # cache (every refresh empties Textual's own cache of component styles),
        # so they are looked up again only after a style update or a change
        # of pseudo-classes, not on every frame.
        state = (self._style_updates, self.get_pseudo_class_state())
        if state != self._state:
            base = self.rich_style
            looks = (base, *(self.get_component_rich_style(name) for name in self._style_names))
            if len(self._looks) > MAX_LOOKS and looks not in self._looks:
                self._looks.clear()
            self._frame = (base, self._looks.setdefault(looks, len(self._looks)))
            self._rules.clear()
            self._state = state
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        """Line `y` of the widget: the fixed cells, then the scrolling ones from `scroll_x`."""
        width = self.size.width
        base, looks = self._frame
        if y < self.header_height:
            row, line = HEADER, y
        else:
            body = y - self.header_height + round(self.scroll_y)
            row, line = divmod(body, self.row_height)
            if row >= self.row_count:
                return Strip.blank(width, base)
        strips = [self._cell_lines(row, fixed, looks)[line] for fixed in range(self.fixed_columns)]
        if self.columns.rule:
            strips.append(self._rule(row))
        first, left, right = self.columns.on_screen(round(self.scroll_x), width)
        starts = self.columns.starts
        scrolling: list[Strip] = []
        column = first
        while column < self.column_count and starts[column] < right:
            scrolling.append(self._cell_lines(row, column, looks)[line])
            column += 1
        if scrolling:
            strips.append(Strip.join(scrolling).crop(left - starts[first], right - starts[first]))
        used = sum(strip.cell_length for strip in strips)
        if used < width:
            strips.append(Strip([Segment(" " * (width - used), self._extend_style(row))]))
        return Strip.join(strips).adjust_cell_length(width, base).simplify()
