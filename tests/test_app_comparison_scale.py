"""The comparison view at 200 outlets: every key works, and only the cells on screen are built.

The briefing is the benchmark's own 100x one (bench/make_large.py: 200 sources
of about 800 words, 900 outcomes, quotes and discrepancies), written once per
run by the real generator. No timing here (bench/comparison.py measures it):
these tests catch a view that breaks, or goes back to building every cell,
when there are many outlets.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from app_snapshots.targets import TESTS, drive, text_of, until, words_of
from textual.coordinate import Coordinate
from textual.pilot import Pilot

from briefing.load import load
from briefing.model import Briefing
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.comparison.coverage_table import CoverageTable
from briefing.tui.comparison.grid import CellGrid
from briefing.tui.comparison.reuse_matrix import FIXED, ReuseMatrix
from briefing.tui.screens.article import ArticleScreen
from briefing.tui.screens.comparison import ComparisonScreen
from briefing.tui.widgets.article import ArticleText

MAKE_LARGE = TESTS.parent / "bench" / "make_large.py"
OUTLETS = 200


@pytest.fixture(scope="module")
def large(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    """The 200-outlet briefing, written by the benchmark's generator."""
    folder = tmp_path_factory.mktemp("large")
    command = [sys.executable, str(MAKE_LARGE), str(folder), "--scale", "100"]
    subprocess.run(command, check=True, capture_output=True, timeout=120)
    return load(Path(folder) / "briefing.yaml")


async def open_comparison(app: BriefingApp, pilot: Pilot[None]) -> ComparisonScreen:
    """Press c and wait until the coverage table is there and drawn."""
    await pilot.press("c")
    await until(pilot, lambda: bool(app.screen.query(CoverageTable)), timeout=30)
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, ComparisonScreen)
    return screen


def first_line(grid: CellGrid, coordinate: Coordinate, width: int) -> str:
    """The first line of a cell as the model gives it, at its column's width."""
    text = grid.cell_at(coordinate).render(grid.app.console, width)
    return text.wrap(grid.app.console, width)[0].plain.strip()


def status(app: BriefingApp) -> str:
    """The comparison's status line."""
    return words_of(app.screen.query_one("#comparison-status"))


def test_the_last_of_200_outlets_is_reached_shown_and_opened(large: Briefing) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        table = app.screen.query_one(CoverageTable)
        assert table.column_count == 1 + OUTLETS == 1 + len(large.sources)
        last = table.outlets[-1]
        # A row the last outlet reports, then the last column.
        row = next(
            n for n, item in enumerate(table.table_rows) if item.coverage.evidence_from(last.source)
        )
        table.move_cursor(row=row)
        await pilot.press("end")
        await pilot.pause()
        assert table.cursor_coordinate == Coordinate(row, OUTLETS)
        shown = text_of(table)
        named = f"[{large.source_numbers()[last.source.id]}] {last.source.outlet}"
        assert named in shown, "the last outlet's header is on screen"
        excerpt = first_line(table, table.cursor_coordinate, 24)
        assert excerpt.startswith("“") and excerpt in shown, "its excerpt is on screen"
        assert f"{last.source.outlet}: “" in status(app)
        # The item column stays put while the outlets scroll.
        assert table.table_rows[row].name.split()[0] in shown
        # One step left, then back: the cursor answers and the status follows.
        await pilot.press("h")
        assert table.cursor_coordinate == Coordinate(row, OUTLETS - 1)
        assert table.outlets[-2].source.outlet in status(app)
        await pilot.press("l", "enter")
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        article = app.screen
        assert isinstance(article, ArticleScreen) and article.source is last.source
        evidence = table.table_rows[row].coverage.evidence_from(last.source)[0]
        assert article.query_one(ArticleText).current == evidence.spans

    drive(make_app(large), scenario, size=(120, 40))


def test_the_matrix_reaches_the_last_pair_of_200_outlets(large: Briefing) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        await pilot.press("tab", "end", "ctrl+end")
        await pilot.pause()
        matrix = app.screen.query_one(ReuseMatrix)
        assert matrix.cursor_coordinate == Coordinate(OUTLETS - 1, FIXED + OUTLETS - 1)
        last, other = matrix.outlets[-1], matrix.outlets[-2]
        numbers = large.source_numbers()
        named = f"[{numbers[last.source.id]}] {last.source.outlet}"
        assert f"{named}: " in status(app)  # on the diagonal
        shown = text_of(matrix)
        assert str(numbers[last.source.id]) in shown.splitlines()[0], "its number heads a column"
        assert named in shown, "and names the last row"
        await pilot.press("h")
        assert f"of {named} is found in [{numbers[other.source.id]}] " in status(app)
        assert other.source.outlet in status(app)

    drive(make_app(large), scenario, size=(120, 40))


def test_only_the_cells_on_screen_are_built(large: Briefing) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        table = app.screen.query_one(CoverageTable)
        # 901 rows of 201 cells, and a screen that shows a few dozen of them:
        # fewer cells built than one row across all outlets holds.
        assert 0 < table.cached_cells < table.column_count
        await pilot.press("tab")
        await pilot.pause()
        matrix = app.screen.query_one(ReuseMatrix)
        assert 0 < matrix.cached_cells < matrix.column_count * 4
        await pilot.press("end", "ctrl+end")
        await pilot.pause()
        # Crossing the whole matrix builds what is on screen on the way, not every share.
        assert matrix.cached_cells < OUTLETS * OUTLETS // 10

    drive(make_app(large), scenario, size=(120, 40))
