"""The app can be handed a newly loaded briefing and redraws without restarting."""

from __future__ import annotations

import shutil
from pathlib import Path

from app_snapshots.targets import SMALL, drive, markup_app, small_app, words_of
from textual.pilot import Pilot

from briefing.load import load
from briefing.tui.app import BriefingApp
from briefing.tui.screens.article import ArticleScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.widgets.items import ItemList
from briefing.tui.widgets.sections import SectionList


def edited_copy(folder: Path) -> Path:
    """The small briefing with a new title and one more outcome, beside a copy of its seeds."""
    text = SMALL.read_text(encoding="utf-8")
    text = text.replace(
        "title: India and the EU agree", "title: EDITED India and the EU agree", 1
    ).replace(
        "outcomes:\n",
        "outcomes:\n  - id: added\n    title: An outcome added while the app was open\n"
        '    evidence:\n      - source: uni\n        excerpt: "Security and Defence Partnership"\n',
        1,
    )
    shutil.copytree(SMALL.parent.parent.parent / "seeds", folder / "seeds")
    edited = folder / "tests" / "data" / "edited.yaml"  # where ../../seeds/ finds the copy
    edited.parent.mkdir(parents=True)
    edited.write_text(text, encoding="utf-8")
    return edited


def test_show_briefing_redraws_and_keeps_the_readers_place(tmp_path: Path) -> None:
    edited = load(edited_copy(tmp_path))

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("3", "down")  # the second quote
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, MainScreen)
        app.show_briefing(edited)
        await pilot.pause()
        assert "EDITED India and the EU agree" in words_of(screen.query_one("#header"))
        assert "Key outcomes 3" in words_of(screen.query_one(SectionList))
        items = screen.query_one(ItemList)
        assert items.entry is not None and items.entry.key == "mukharji-intel"
        await pilot.press("2")
        await pilot.pause()
        assert items.entries[0].label == "An outcome added while the app was open"

    drive(small_app(), scenario)


def test_show_briefing_closes_an_open_article_of_the_old_briefing() -> None:
    other = markup_app().briefing

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "a")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        app.show_briefing(other)
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert "Markup [b]is[/b] text" in words_of(app.screen.query_one("#header"))
        assert app.briefing is other

    drive(small_app(), scenario)
