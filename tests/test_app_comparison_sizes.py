"""The comparison and pair views at every size: down to 20x6, and through a run of resizes."""

from __future__ import annotations

import random

import pytest
from app_snapshots.targets import drive, until
from test_app_comparison import open_comparison, seeds_app
from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.comparison.pair_screen import PairScreen
from briefing.tui.comparison.pair_text import PairText
from briefing.tui.screens.comparison import ComparisonScreen
from briefing.tui.screens.main import MainScreen

SIZES = [(20, 6), (24, 8), (40, 10), (60, 11), (80, 24), (100, 29), (120, 40), (240, 70)]


def shown(screen: ComparisonScreen) -> set[str]:
    """The panes that take up room on screen."""
    return {pane for pane in ("coverage", "copied") if screen.query_one(f"#{pane}").region.area}


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_every_key_path_works_at(width: int, height: int) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        screen = await open_comparison(app, pilot)
        for pane in ("copied", "coverage", "copied"):
            await pilot.press("tab")
            await pilot.pause()
            assert screen.pane == pane
            assert pane in shown(screen), f"the pane the reader is in must show at {width}x{height}"
            if height < 30:
                assert shown(screen) == {pane}
            else:
                assert shown(screen) == {"coverage", "copied"}
        await pilot.press("j", "l", "enter")
        await until(pilot, lambda: isinstance(app.screen, PairScreen))
        pair = app.screen
        assert isinstance(pair, PairScreen)
        await until(pilot, lambda: pair.pair_layout is not None)
        await pilot.press("n", "n", "s")
        await until(pilot, lambda: pair.pair_layout is not None)
        await pilot.press("n")
        await pilot.pause()
        assert pair.query_one(PairText).region.area > 0
        await pilot.press("escape", "shift+tab", "enter")
        await pilot.pause()
        await pilot.press("escape", "escape", "escape")
        await until(pilot, lambda: isinstance(app.screen, MainScreen))

    drive(seeds_app(), scenario, size=(width, height))


def test_shrinking_to_20x6_and_back_with_each_view_open_never_raises() -> None:
    steps = [(120, 40), (100, 30), (80, 24), (60, 14), (40, 11), (30, 8), (20, 6), (120, 40)]

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        for size in steps:
            await pilot.resize_terminal(*size)
            await pilot.pause()
        await pilot.press("tab", "j", "l", "enter")
        await until(pilot, lambda: isinstance(app.screen, PairScreen))
        for size in steps:
            await pilot.resize_terminal(*size)
            await pilot.press("n")
            await pilot.pause()
        text = app.screen.query_one(PairText)
        width = text.scrollable_content_region.width
        assert all(line.cell_length == width for line in text.lines)

    drive(seeds_app(), scenario, size=(120, 40))


def test_a_run_of_random_resizes_and_keys_never_raises() -> None:
    chooser = random.Random(20260127)
    keys = ["tab", "shift+tab", "down", "up", "j", "k", "h", "l", "enter", "n", "p", "s", "c"]

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        for _ in range(40):
            await pilot.resize_terminal(chooser.randint(20, 240), chooser.randint(6, 70))
            await pilot.press(chooser.choice(keys))
            if type(app.screen).__name__ == "ArticleScreen" or chooser.random() < 0.2:
                await pilot.press("escape")
            if isinstance(app.screen, MainScreen):
                await pilot.press("c")
        await pilot.pause()
        assert app.return_code is None

    drive(seeds_app(), scenario, size=(80, 24))
