"""The items and evidence lists on a section of many items: keys, paging, the evidence shown.

The lists draw only the lines in view and get the evidence of the items next
to the highlighted one ready ahead of time; these tests check that what the
reader sees is still, at every step, the highlighted item and its own
evidence.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest
import yaml  # type: ignore[import-untyped]  # no stubs in the venv
from app_snapshots.targets import SMALL, drive, text_of, words_of
from textual.pilot import Pilot

from briefing.load import load
from briefing.model import Briefing
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.widgets.evidence import EvidenceList
from briefing.tui.widgets.items import ItemList

ITEMS = 60


@pytest.fixture(scope="module")
def long_briefing(tmp_path_factory: pytest.TempPathFactory) -> Briefing:
    """The small briefing with `ITEMS` key outcomes: even ones cite both outlets, odd ones UNI."""
    folder = tmp_path_factory.mktemp("long")
    data = yaml.safe_load(SMALL.read_text(encoding="utf-8"))
    for source in data["sources"]:
        name = Path(source["file"]).name
        shutil.copy(SMALL.parent / source["file"], folder / name)
        source["file"] = name
    base = data["outcomes"]
    data["outcomes"] = [
        {
            "id": f"o{number}",
            "title": f"Outcome number {number}",
            "evidence": copy.deepcopy(base[number % len(base)]["evidence"]),
        }
        for number in range(ITEMS)
    ]
    path = folder / "long.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return load(path)


def evidence_shown(app: BriefingApp) -> str:
    """The evidence pane's text, on one line."""
    return words_of(app.screen.query_one(EvidenceList))


def outlets_of(app: BriefingApp) -> list[str]:
    """The outlets the highlighted item cites, as the model has them."""
    entry = app.screen.query_one(ItemList).entry
    assert entry is not None
    return list(dict.fromkeys(evidence.source.outlet for evidence in entry.evidence))


def test_each_step_down_and_up_shows_the_items_own_evidence(long_briefing: Briefing) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2")
        items = app.screen.query_one(ItemList)
        for step in ["down"] * 25 + ["up"] * 7:
            await pilot.press(step)
            entry = items.entry
            assert entry is not None
            assert f"Outcome number {items.highlighted}" == entry.label
            assert entry.label in words_of(items)  # scrolled into view
            shown = evidence_shown(app)
            for outlet in ("ANI", "UNI"):
                assert (outlet in outlets_of(app)) == (f"{outlet} · " in shown)
            assert app.screen.query_one(EvidenceList).evidence == list(entry.evidence)

    drive(make_app(long_briefing), scenario)


def test_page_keys_home_and_end_move_by_a_pane(long_briefing: Briefing) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2")
        items = app.screen.query_one(ItemList)
        rows = items.scrollable_content_region.height
        await pilot.press("pagedown")
        assert items.highlighted == rows
        await pilot.press("pagedown", "pageup")
        assert items.highlighted == rows
        await pilot.press("end")
        assert items.highlighted == ITEMS - 1
        assert f"Outcome number {ITEMS - 1}" in text_of(items)
        await pilot.press("home")
        assert items.highlighted == 0
        assert "Outcome number 0" in text_of(items)

    drive(make_app(long_briefing), scenario, size=(100, 30))


def test_a_click_on_an_excerpt_chooses_it_and_opens_its_article(long_briefing: Briefing) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "down", "down")  # outcome 2 cites both outlets
        evidence = app.screen.query_one(EvidenceList)
        assert len(evidence.evidence) == 2
        lines = text_of(evidence).splitlines()
        second = next(row for row, line in enumerate(lines) if "UNI · " in line)
        assert await pilot.click(EvidenceList, offset=(4, second))
        assert evidence.selected_evidence is evidence.evidence[1]
        await pilot.pause()
        assert type(app.screen).__name__ == "ArticleScreen"

    drive(make_app(long_briefing), scenario)


def test_an_item_without_evidence_says_so_and_cannot_be_chosen() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        evidence = app.screen.query_one(EvidenceList)
        assert "No excerpt cited for this item." in evidence_shown(app)
        assert evidence.highlighted is None and evidence.selected_evidence is None
        await pilot.press("tab", "tab", "tab", "down", "enter")
        assert evidence.selected_evidence is None
        assert type(app.screen).__name__ == "MainScreen"

    drive(make_app(load(SMALL)), scenario)
