"""The comparison tables' fixed columns stay apart from the scrolled cells, behind a rule.

Scrolled right, the coverage table's item column ran straight into an outlet
cell cut mid-word ("Outcome 1 · 3 accounts nce Minister"). columns.py places
the columns (pure, checked here on its own) and the grid draws a rule at the
fixed columns' edge (checked in the app, scrolled and not).
"""

from __future__ import annotations

import pytest
from app_snapshots.targets import drive, text_of
from hypothesis import given
from hypothesis import strategies as st
from rich.color import Color
from test_app_colours import contrast
from test_app_comparison import open_comparison, seeds_app
from textual.geometry import Region
from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.comparison.columns import RULE, Columns
from briefing.tui.comparison.coverage_table import CoverageTable
from briefing.tui.comparison.grid import CellGrid
from briefing.tui.comparison.reuse_matrix import ReuseMatrix


def test_the_rule_sits_between_the_fixed_and_the_scrolling_columns() -> None:
    columns = Columns([10, 6, 6, 6], fixed=1)
    assert (columns.fixed_width, columns.scrolling_from, columns.width) == (10, 11, 29)
    assert [columns.column_at(x, 0) for x in (0, 9, 10, 11, 16, 17, 28, 29)] == [
        0, 0, None, 1, 1, 2, 3, None,
    ]  # fmt: skip
    # Scrolled 4 right, the screen column after the rule shows column 1 from its 5th cell.
    assert columns.column_at(11, 4) == 1 and columns.column_at(13, 4) == 2
    assert columns.on_screen(4, 20) == (1, 14, 23)
    assert Columns([10, 6], fixed=0).rule == 0  # nothing to keep apart


@given(
    widths=st.lists(st.integers(1, 12), min_size=1, max_size=12),
    fixed=st.integers(0, 3),
    view=st.integers(1, 60),
    data=st.data(),
)
def test_every_screen_column_and_every_scroll_agree(
    widths: list[int], fixed: int, view: int, data: st.DataObject
) -> None:
    columns = Columns(widths, fixed)
    most = max(0, columns.width - view)
    scroll = data.draw(st.integers(0, most))
    first, left, right = columns.on_screen(scroll, view)
    for x in range(view):
        column = columns.column_at(x, scroll)
        if x < columns.fixed_width:
            assert column is not None and column < columns.fixed
        elif x < columns.scrolling_from:
            assert column is None  # the rule
        elif column is not None:
            at = left + x - columns.scrolling_from  # the grid position drawn there
            assert left <= at < right and column >= first
            assert columns.starts[column] <= at < columns.starts[column + 1]
    # Scrolling to show a column puts all of it on screen when it fits.
    target = data.draw(st.integers(0, len(widths) - 1))
    shown = columns.scroll_to_show(target, scroll, view)
    if target >= columns.fixed and widths[target] <= view - columns.scrolling_from:
        _, left, right = columns.on_screen(shown, view)
        assert left <= columns.starts[target] and columns.starts[target + 1] <= right


def rule_cells(grid: CellGrid) -> list[tuple[str, str]]:
    """Each line's character at the rule's place, and the one just before it (rows only:
    not the horizontal scroll bar, nor the room under the last row)."""
    gutter = grid.styles.gutter  # the coverage table's border
    edge = gutter.left + grid.columns.fixed_width
    rows = grid.header_height + grid.row_count * grid.row_height - round(grid.scroll_y)
    height = min(grid.scrollable_content_region.height, rows)
    lines = grid.render_lines(Region(0, gutter.top, grid.outer_size.width, height))
    return [(line.text[edge], line.text[edge - 1]) for line in lines]


@pytest.mark.parametrize("grid_type", [CoverageTable, ReuseMatrix])
def test_scrolled_right_the_fixed_cells_stay_apart_from_the_scrolled_ones(
    grid_type: type[CellGrid],
) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        screen = await open_comparison(app, pilot)
        grid = screen.query_one(grid_type)
        grid.focus()
        for scrolled in (False, True):
            if scrolled:
                await pilot.press(*["l"] * grid.column_count)  # to the last column
                await pilot.pause()
                assert grid.scroll_x > 0
            assert {rule for rule, _ in rule_cells(grid)} == {RULE * "│"}, text_of(grid)
            assert {before for _, before in rule_cells(grid)} == {" "}  # the cell's padding
        # Drawn to be seen: the rule's colour stands off its background.
        edge = grid.styles.gutter.left + grid.columns.fixed_width
        line = grid.render_lines(Region(0, 3, grid.outer_size.width, 1))[0]
        rule = next(segment for segment in line.crop(edge, edge + 1))
        assert rule.style is not None
        colour, background = rule.style.color, rule.style.bgcolor
        assert isinstance(colour, Color) and isinstance(background, Color)
        assert contrast(colour, background) >= 1.8

    drive(seeds_app(), scenario, size=(60, 40))
