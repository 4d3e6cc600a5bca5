"""Any terminal size works: three panes when wide, evidence below the items when narrow,
one pane at a time when tiny (down to 20x6), and no exception on any resize."""

from __future__ import annotations

import random

import pytest
from app_snapshots.targets import drive, small_app
from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.screens.main import PANES, MainScreen

SIZES = [(20, 6), (24, 8), (40, 10), (59, 20), (60, 11), (80, 24), (100, 30), (120, 40), (240, 70)]


def shown(screen: MainScreen) -> set[str]:
    """The panes that take up room on screen."""
    return {pane for pane in PANES if screen.query_one(f"#{pane}").region.area > 0}


@pytest.mark.parametrize(("width", "height"), SIZES)
def test_starts_and_every_key_path_works_at(width: int, height: int) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert "sections" in shown(screen)
        for pane in ("items", "detail", "evidence", "sections"):
            await pilot.press("tab")
            await pilot.pause()
            assert screen.pane == pane
            assert app.focused is screen.query_one(f"#{pane}")
            assert pane in shown(screen), (
                f"the pane the reader is in must be visible at {width}x{height}"
            )
        await pilot.press("2", "enter")
        if "-single" in screen.classes:  # one pane at a time: the item in full, then evidence
            assert screen.pane == "detail"
            await pilot.press("enter")
        assert screen.pane == "evidence"
        await pilot.press("enter")
        await pilot.pause()
        assert type(app.screen).__name__ == "ArticleScreen"
        await pilot.press(
            "n", "escape", "question_mark", "escape", "slash", "escape", "c", "escape"
        )
        await pilot.pause()
        assert app.screen is screen

    drive(small_app(), scenario, size=(width, height))


def test_wide_terminals_show_three_panes_side_by_side() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        screen = app.screen
        sections, items, evidence = (
            screen.query_one(f"#{p}").region for p in ("sections", "items", "evidence")
        )
        assert sections.right <= items.x < items.right <= evidence.x
        assert items.y == evidence.y

    drive(small_app(), scenario, size=(120, 40))


def test_narrow_terminals_put_the_evidence_below_the_items_at_full_width() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        screen = app.screen
        panes = ("sections", "items", "detail", "evidence")
        sections, items, detail, evidence = (screen.query_one(f"#{p}").region for p in panes)
        assert evidence.y >= max(items.bottom, detail.bottom, sections.bottom)
        assert evidence.x == sections.x and evidence.right == items.right == screen.size.width
        assert shown(screen) == set(PANES)

    drive(small_app(), scenario, size=(80, 24))


def test_tiny_terminals_show_only_the_pane_the_reader_is_in() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert shown(screen) == {"sections"}
        await pilot.press("enter")
        await pilot.pause()
        assert shown(screen) == {"items"}
        await pilot.press("escape")
        await pilot.pause()
        assert shown(screen) == {"sections"}

    drive(small_app(), scenario, size=(30, 8))


def test_a_run_of_random_resizes_and_keys_never_raises() -> None:
    chooser = random.Random(20260127)
    keys = ["tab", "shift+tab", "down", "up", "j", "k", "enter", "escape", "3", "7", "8"]

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        for _ in range(25):
            await pilot.resize_terminal(chooser.randint(20, 240), chooser.randint(6, 70))
            await pilot.press(chooser.choice(keys))
            if type(app.screen).__name__ != "MainScreen":
                await pilot.press("escape")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert screen.pane in shown(screen)

    drive(small_app(), scenario, size=(80, 24))
