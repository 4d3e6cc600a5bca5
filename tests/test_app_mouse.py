"""The mouse works: clicking a section, an item, an excerpt does what enter would."""

from __future__ import annotations

from app_snapshots.targets import drive, small_app, text_of, until
from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.screens.article import ArticleScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.widgets.article import ArticleText
from briefing.tui.widgets.evidence import EvidenceList
from briefing.tui.widgets.items import ItemList
from briefing.tui.widgets.keybar import KeyBar
from briefing.tui.widgets.sections import SectionList


def test_clicking_a_section_an_item_and_an_excerpt_reads_it_in_its_article() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        # Row 0 is the border; the third section (Quotes) is on row 3.
        assert await pilot.click(SectionList, offset=(5, 3))
        await pilot.pause()
        assert app.screen.query_one(SectionList).highlighted == 2
        items = app.screen.query_one(ItemList)
        assert app.focused is items
        assert await pilot.click(ItemList, offset=(5, 2))  # the second quote
        await pilot.pause()
        assert items.entry is not None and items.entry.key == "mukharji-intel"
        evidence = app.screen.query_one(EvidenceList)
        assert app.focused is evidence
        chosen = evidence.selected_evidence
        assert chosen is not None
        assert await pilot.click(EvidenceList, offset=(5, 2))
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert app.screen.query_one(ArticleText).current == chosen.spans

    drive(small_app(), scenario)


def test_clicking_a_pane_moves_the_reader_there() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        assert await pilot.click("#detail-text", offset=(3, 2))
        await pilot.pause()
        assert screen.pane == "detail" and "-pane-detail" in screen.classes
        assert await pilot.click(EvidenceList, offset=(3, 3))
        await pilot.pause()
        assert screen.pane == "evidence"

    drive(small_app(), scenario)


def test_clicking_a_key_in_the_key_bar_runs_its_command() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        bar = app.screen.query_one(KeyBar)
        column = text_of(bar).index("Help")
        assert await pilot.click(KeyBar, offset=(column, 0))
        await until(pilot, lambda: type(app.screen).__name__ == "HelpScreen")
        bar = app.screen.query_one(KeyBar)
        assert await pilot.click(KeyBar, offset=(text_of(bar).index("Back"), 0))
        await until(pilot, lambda: isinstance(app.screen, MainScreen))

    drive(small_app(), scenario)
