"""Articles are named by their number wherever one outlet could be two articles.

`Briefing.source_numbers()` numbers them as the plain brief's source list
does ("[2] ANI"); the evidence pane and the detail already did, and the
article view's heading and the pair view's heading must too: the seed
briefing has two ANI articles, and "ANI ⇄ ANI" says nothing. The number comes
first ("[2] ANI ⇄ [4] ANI"), as everywhere in the app.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from app_snapshots.targets import drive, small_briefing, until, words_of
from test_app_comparison import SEEDS, matrix, open_comparison, open_pair, seeds_app, table
from textual.pilot import Pilot

from briefing.load import load
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.comparison.pair_text import PairText
from briefing.tui.screens.article import ArticleScreen


def test_the_pair_view_tells_two_articles_of_one_outlet_apart() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        pair = await open_pair(app, pilot, "j", "l", "l")  # row 2 ANI, column 4 ANI
        assert (pair.left.source.id, pair.right.source.id) == ("s001", "s003")
        assert "[2] ANI ⇄ [4] ANI" in words_of(pair.query_one("#pair-heading"))
        titles = words_of(pair.query_one(PairText)).split(" │ ")
        assert titles[0].startswith("[2] ANI · ") and titles[1].startswith("[4] ANI · ")
        await pilot.press("s")  # swapped: the numbers follow their articles
        await until(pilot, lambda: pair.pair_layout is not None)
        await pilot.pause()
        assert "[4] ANI ⇄ [2] ANI" in words_of(pair.query_one("#pair-heading"))

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


def test_the_comparison_names_outlets_by_source_number_not_by_column(tmp_path: Path) -> None:
    """Columns go account by account; the numbers stay those of the source list.

    With UNI listed second, the ANI account's columns come first: the table,
    the matrix and the legend must still call UNI [2] and the later ANI [5].
    """
    data = yaml.safe_load(SEEDS.read_text(encoding="utf-8"))
    (tmp_path / "seeds").mkdir()
    for source in data["sources"]:
        article = (SEEDS.parent / source["file"]).resolve()
        shutil.copyfile(article, tmp_path / "seeds" / article.name)
        source["file"] = f"seeds/{article.name}"
    by_id = {source["id"]: source for source in data["sources"]}
    data["sources"] = [by_id[i] for i in ("s001", "s004", "s000", "s002", "s003")]
    path = tmp_path / "reordered.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        header = " ".join(words_of(table(app)).split())
        assert header.index("[1] ANI") < header.index("[4] Asianet") < header.index("[5] ANI")
        assert header.index("[5] ANI") < header.index("[2] UNI")
        legend = " ".join(words_of(app.screen.query_one("#lineages")).split())
        assert "ANI copy: [1] ANI, [4] Asianet Newsable, [5] ANI" in legend
        rows = " ".join(words_of(matrix(app)).split())
        assert "[2] UNI" in rows and "[5] ANI" in rows

    drive(make_app(load(path)), scenario)
