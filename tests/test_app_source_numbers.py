"""Articles are named by their number wherever one outlet could be two articles.

`Briefing.source_numbers()` numbers them as the plain brief's source list
does ("[2] ANI"); the evidence pane and the detail already did, and the
article view's heading and the pair view's heading must too: the seed
briefing has two ANI articles, and "ANI ⇄ ANI" says nothing.
"""

from __future__ import annotations

from app_snapshots.targets import drive, small_briefing, until, words_of
from test_app_comparison import open_comparison, open_pair, seeds_app
from textual.pilot import Pilot

from briefing.tui.app import BriefingApp, make_app
from briefing.tui.comparison.pair_text import PairText
from briefing.tui.screens.article import ArticleScreen


def test_the_pair_view_tells_two_articles_of_one_outlet_apart() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        pair = await open_pair(app, pilot, "j", "l", "l")  # row 2 ANI, column 4 ANI
        assert (pair.left.source.id, pair.right.source.id) == ("s001", "s003")
        assert "ANI [2] ⇄ ANI [4]" in words_of(pair.query_one("#pair-heading"))
        titles = words_of(pair.query_one(PairText)).split(" │ ")
        assert titles[0].startswith("ANI [2] · ") and titles[1].startswith("ANI [4] · ")
        await pilot.press("s")  # swapped: the numbers follow their articles
        await until(pilot, lambda: pair.pair_layout is not None)
        await pilot.pause()
        assert "ANI [4] ⇄ ANI [2]" in words_of(pair.query_one("#pair-heading"))

    drive(seeds_app(), scenario)


def test_the_article_heading_gives_the_articles_number() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "enter", "down", "enter")  # Outcome 1, its second outlet (UNI)
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        assert screen.source.id == "uni"
        number = small_briefing().source_numbers()["uni"]
        heading = words_of(screen.query_one("#article-heading"))
        assert heading.startswith(f"[{number}] {screen.source.outlet} · "), heading

    drive(make_app(small_briefing()), scenario)
