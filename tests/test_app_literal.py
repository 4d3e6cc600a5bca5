"""Text from the briefing and its articles is shown literally: never markup, never an action.

tests/app_data/markup.yaml puts `[sic]`, `[/]`, `[b]...[/b]` and `[@click=app.quit]x[/]`
in every kind of field and in the article.
"""

from __future__ import annotations

from app_snapshots.targets import drive, markup_app, text_of, until, words_of
from textual.pilot import Pilot
from textual.widget import Widget

from briefing.tui.app import BriefingApp
from briefing.tui.screens.article import ArticleScreen
from briefing.tui.screens.search import SearchScreen
from briefing.tui.widgets.article import ArticleText

TRAP = "[@click=app.quit]x[/]"


def position_of(widget: Widget, text: str) -> tuple[int, int]:
    """Where `text` starts in what the widget shows (column, row)."""
    for row, line in enumerate(text_of(widget).splitlines()):
        if text in line:
            return line.index(text), row
    raise AssertionError(f"{text!r} is not on screen in {widget!r}:\n{text_of(widget)}")


def test_header_items_detail_and_evidence_show_brackets_as_typed() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        header = words_of(app.screen.query_one("#header"))
        assert "Markup [b]is[/b] text: [sic]" in header
        assert "[red]Nowhere[/red]" in header
        assert f"A quote holds [sic], [/] and {TRAP}." in words_of(
            app.screen.query_one("#detail-text")
        )
        await pilot.press("3")  # Quotes
        await pilot.pause()
        assert f"[b]Minister[/b]: {TRAP}" in words_of(app.screen.query_one("#items"))
        detail = words_of(app.screen.query_one("#detail-text"))
        assert f"“{TRAP} must show as typed”" in detail
        assert "Role: [@click=app.quit]role[/]" in detail
        evidence = words_of(app.screen.query_one("#evidence"))
        assert "[i]Trap[/i] Times" in evidence and TRAP in evidence
        await pilot.press("4")  # Open questions: the why holds an action too
        await pilot.pause()
        assert "[@click=app.bell]Nothing[/], it is text." in words_of(
            app.screen.query_one("#detail-text")
        )

    drive(markup_app(), scenario)


def test_clicking_action_lookalikes_does_nothing_but_select() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        detail = app.screen.query_one("#detail-text")
        column, row = position_of(detail, TRAP)
        await pilot.click(detail, offset=(column + 1, row))
        await pilot.press("3", "enter")  # the quote's evidence
        await pilot.pause()
        evidence = app.screen.query_one("#evidence")
        column, row = position_of(evidence, TRAP)
        await pilot.click(evidence, offset=(column + 1, row))
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        article = app.screen.query_one(ArticleText)
        shown = words_of(article)
        assert f"holds a trap: {TRAP} must show as typed" in shown
        assert "[bold]plain[/bold] text too" in shown
        assert "[link=https://example.com]this[/link]" in shown
        column, row = position_of(article, TRAP)
        await pilot.click(article, offset=(column + 1, row))
        await pilot.pause()
        assert app.return_code is None, "a click on article text must never quit"
        assert isinstance(app.screen, ArticleScreen)

    drive(markup_app(), scenario)


def test_search_and_copy_keep_brackets_literal() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "y")
        assert app.clipboard.startswith("The plan is on track [sic]\nSays [/] the minister.\n")
        await pilot.press("slash", *"[/]")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert len(screen.matches) >= 4  # in items and in the article, the query is not a pattern
        assert "[/]" in words_of(screen.query_one("#results"))

    drive(markup_app(), scenario)
