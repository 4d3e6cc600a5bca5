"""The command palette (ctrl+p) offers every section, item and article by name."""

from __future__ import annotations

import pytest
from app_snapshots.targets import TESTS, drive, small_app, until
from textual.command import CommandList, CommandPalette
from textual.pilot import Pilot

from briefing.load import load
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.screens.article import ArticleScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.widgets.items import ItemList
from briefing.tui.widgets.sections import SectionList


async def choose(app: BriefingApp, pilot: Pilot[None], typed: str, wanted: str) -> None:
    """Open the palette, type, wait for a hit starting `wanted`, choose it."""
    await pilot.press("ctrl+p")
    await until(pilot, lambda: isinstance(app.screen, CommandPalette))
    await pilot.press(*typed)
    commands = app.screen.query_one(CommandList)

    def hits() -> list[str]:
        """The hits' first lines."""
        return [str(option.prompt).split("\n")[0] for option in commands.options]

    def found() -> int | None:
        """The index of the wanted hit, once it is listed."""
        return next((n for n, hit in enumerate(hits()) if hit.startswith(wanted)), None)

    await until(pilot, lambda: found() is not None)
    commands.highlighted = found()
    await pilot.press("enter")
    await until(pilot, lambda: not isinstance(app.screen, CommandPalette))
    await pilot.pause()


@pytest.mark.parametrize(
    ("typed", "wanted", "index"),
    [("where outlets", "Go to Where outlets differ", 4), ("timeline", "Go to Timeline", 5)],
)
def test_the_palette_goes_to_a_section(typed: str, wanted: str, index: int) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await choose(app, pilot, typed, wanted)
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(SectionList).highlighted == index
        assert app.focused is app.screen.query_one(ItemList)

    drive(small_app(), scenario)


def test_the_palette_goes_to_an_item_by_its_words() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await choose(app, pilot, "mukharji", "Shantanu Mukharji: Cooperation on counter-terrorism")
        assert isinstance(app.screen, MainScreen)
        entry = app.screen.query_one(ItemList).entry
        assert entry is not None and entry.key == "mukharji-intel"

    drive(small_app(), scenario)


def test_the_palette_opens_an_article_even_from_another_article() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "a")
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        assert app.screen.source.id == "ani"
        await choose(app, pilot, "read uni", "Read [2] UNI")  # numbered as in the brief
        assert isinstance(app.screen, ArticleScreen) and app.screen.source.id == "uni"
        assert len(app.screen_stack) == 2  # the ANI article was closed, not stacked under

    drive(small_app(), scenario)


def test_the_palette_offers_the_app_commands_declared_with_the_keys() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await choose(app, pilot, "compare", "Compare")
        assert type(app.screen).__name__ == "ComparisonScreen"

    drive(small_app(), scenario)


def test_two_articles_of_one_outlet_have_help_that_tells_them_apart() -> None:
    """ "Read [2] ANI" and "Read [4] ANI" both said "The full article"."""
    briefing = load(TESTS.parent / "data" / "briefing.yaml")

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("ctrl+p")
        await until(pilot, lambda: isinstance(app.screen, CommandPalette))
        await pilot.press(*"read ani")
        commands = app.screen.query_one(CommandList)

        def helps() -> dict[str, str]:
            """Each article hit's help line, by its first line."""
            lines = [str(option.prompt).split("\n") for option in commands.options]
            return {line[0]: line[1] for line in lines if line[0].startswith("Read [")}

        await until(pilot, lambda: {"Read [2] ANI", "Read [4] ANI"} <= set(helps()))
        two, four = helps()["Read [2] ANI"], helps()["Read [4] ANI"]
        assert two != four
        for help_line, source in ((two, briefing.sources[1]), (four, briefing.sources[3])):
            assert help_line == f"27 January 2026 · {source.words} words · {source.file[9:]}"

    drive(make_app(briefing), scenario)
