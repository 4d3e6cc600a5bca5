"""Every key of the reader, pressed through Textual's Pilot against the real app."""

from __future__ import annotations

import pytest
from app_snapshots.targets import (
    TESTS,
    drive,
    small_app,
    small_briefing,
    text_of,
    until,
    words_of,
)
from textual.pilot import Pilot

from briefing.load import load
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.comparison.reuse_matrix import ReuseMatrix
from briefing.tui.plain_item import as_plain_text
from briefing.tui.screens.article import ArticleScreen
from briefing.tui.screens.comparison import ComparisonScreen
from briefing.tui.screens.help import HelpScreen
from briefing.tui.screens.main import MainScreen
from briefing.tui.screens.search import SearchScreen
from briefing.tui.sections import SECTIONS
from briefing.tui.widgets.article import ArticleScroll, ArticleText
from briefing.tui.widgets.evidence import EvidenceList
from briefing.tui.widgets.items import ItemList
from briefing.tui.widgets.sections import SectionList

BUNDLED = TESTS.parent / "data" / "briefing.yaml"


def focused_id(app: BriefingApp) -> str | None:
    """The id of the focused widget."""
    return app.focused.id if app.focused else None


def play(scenario, size: tuple[int, int] = (120, 40)) -> None:  # type: ignore[no-untyped-def]
    """Run a scenario against the app on the small briefing."""
    drive(small_app(), scenario, size)


def test_starts_in_the_sections_pane_showing_the_bottom_line() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert isinstance(app.screen, MainScreen)
        assert focused_id(app) == "sections"
        assert "agreed a Security and Defence Partnership" in words_of(
            app.screen.query_one("#detail-text")
        )

    play(scenario)


@pytest.mark.parametrize(("down", "up"), [("down", "up"), ("j", "k")])
def test_arrows_and_j_k_move_through_sections_and_items(down: str, up: str) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        sections = app.screen.query_one(SectionList)
        await pilot.press(down)
        assert sections.highlighted == 1
        items = app.screen.query_one(ItemList)
        assert [entry.section for entry in items.entries] == ["outcomes", "outcomes"]
        await pilot.press(down, down, up)
        assert sections.highlighted == 2
        await pilot.press("tab", down)
        assert focused_id(app) == "items" and items.highlighted == 1
        detail = words_of(app.screen.query_one("#detail-text"))
        assert "Shantanu Mukharji" in detail
        await pilot.press(up)
        assert items.highlighted == 0
        assert "Kaja Kallas" in words_of(app.screen.query_one("#detail-text"))

    play(scenario)


def test_tab_and_shift_tab_cycle_through_the_panes() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        seen = []
        for _ in range(4):
            await pilot.press("tab")
            seen.append(focused_id(app))
        assert seen == ["items", "detail", "evidence", "sections"]
        await pilot.press("shift+tab")
        assert focused_id(app) == "evidence"
        await pilot.press("shift+tab", "shift+tab")
        assert focused_id(app) == "items"

    play(scenario)


@pytest.mark.parametrize("number", range(1, 9))
def test_number_keys_jump_to_their_section(number: int) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("tab", "tab")  # start somewhere else
        await pilot.press(str(number))
        await pilot.pause()
        assert app.screen.query_one(SectionList).highlighted == number - 1
        assert focused_id(app) == "items"
        entries = app.screen.query_one(ItemList).entries
        assert entries and {entry.section for entry in entries} == {SECTIONS[number - 1].id}

    play(scenario)


def test_enter_goes_deeper_and_escape_comes_back() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("down", "enter")  # Key outcomes -> its items
        assert focused_id(app) == "items"
        await pilot.press("enter")  # the outcome -> its evidence
        assert focused_id(app) == "evidence"
        evidence = app.screen.query_one(EvidenceList).selected_evidence
        assert evidence is not None and evidence.source.id == "ani"
        await pilot.press("enter")  # the excerpt -> its article
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.query_one(ArticleText).current == evidence.spans
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)
        assert focused_id(app) == "evidence"  # where the reader was
        await pilot.press("escape")
        assert focused_id(app) == "items"
        await pilot.press("escape")
        assert focused_id(app) == "sections"

    play(scenario)


@pytest.mark.parametrize("size", [(40, 12), (100, 10), (20, 6)])
def test_one_pane_at_a_time_enter_shows_the_item_before_its_evidence(
    size: tuple[int, int],
) -> None:
    """Tiny or short terminals: items, then the item in full, then its evidence, then the
    article; escape retraces the steps (enter used to jump past the item to the evidence)."""

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        screen = app.screen
        assert isinstance(screen, MainScreen) and "-single" in screen.classes
        steps = []
        await pilot.press("2")  # Key outcomes: its items
        for _ in range(3):
            steps.append(focused_id(app))
            await pilot.press("enter")
        await pilot.pause()
        assert steps == ["items", "detail", "evidence"]
        assert isinstance(app.screen, ArticleScreen)
        back = []
        for _ in range(4):
            await pilot.press("escape")
            await pilot.pause()
            back.append(focused_id(app))
        assert back == ["evidence", "detail", "items", "sections"]

    play(scenario, size)


def test_the_article_shows_the_excerpt_in_view_and_n_p_step_through_cited_excerpts() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        briefing = small_briefing()
        ani = briefing.source("ani")
        cited = briefing.evidence_in(ani)
        assert len(cited) == 3
        await pilot.press("7", "enter", "enter")  # Sources, ANI, its first excerpt
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        text = screen.query_one(ArticleText)
        scroll = screen.query_one(ArticleScroll)

        async def on_show(index: int) -> None:
            await pilot.pause()
            assert screen.index == index
            assert text.current == cited[index].spans
            line = text.line_of(cited[index].span.start)
            assert scroll.scroll_y <= line < scroll.scroll_y + scroll.size.height
            heading = text_of(screen.query_one("#article-heading"))
            assert f"excerpt {index + 1} of 3" in heading

        await on_show(0)
        for key, index in (("n", 1), ("n", 2), ("n", 0), ("p", 2), ("[", 1), ("]", 2)):
            await pilot.press(key)
            await on_show(index)

    play(scenario, size=(80, 12))


def test_a_opens_the_article_of_the_selected_item_from_the_items_pane() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "down", "a")  # the second outcome, cited from UNI only
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        assert app.screen.source.id == "uni"
        assert "Security of Information Agreement" in str(
            app.screen.query_one(ArticleText).render()
        )

    play(scenario)


def test_slash_searches_items_and_jumps_to_one() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"intel sharing")
        await pilot.pause()
        matches = app.screen.matches
        assert matches and matches[0].section == "quotes" and matches[0].key == "mukharji-intel"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(ItemList).entry.key == "mukharji-intel"  # type: ignore[union-attr]
        assert focused_id(app) == "items"

    play(scenario)


def test_slash_finds_text_only_in_an_article_and_opens_it_there() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"republic day", "down")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        assert screen.matches and all(match.source_id for match in screen.matches)
        assert focused_id(app) == "results"
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        (span,) = app.screen.query_one(ArticleText).current
        assert app.screen.source.text[span.start : span.end].lower() == "republic day"
        await pilot.press("n")  # from a search match, n goes to the next cited excerpt
        await pilot.pause()
        assert app.screen.index is not None

    play(scenario)


def test_escape_leaves_the_search_without_moving() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"kallas", "escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        assert app.screen.query_one(SectionList).highlighted == 0

    play(scenario)


def test_c_shows_the_comparison_view_and_escape_returns() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ComparisonScreen)
        await until(pilot, lambda: bool(app.screen.query("#matrix")))
        assert app.screen.query_one("#matrix", ReuseMatrix).row_count == 2
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen)

    play(scenario)


def test_y_copies_the_selected_item_as_plain_text() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "y")
        entry = app.screen.query_one(ItemList).entry
        assert entry is not None
        assert app.clipboard == as_plain_text(entry)
        assert app.clipboard.startswith(
            "India and the EU agreed a Security and Defence Partnership\n"
        )
        assert "Reported by 2 outlets, 2 independent accounts: [1] ANI, [2] UNI\n" in app.clipboard
        assert (
            "- [2] UNI, 27 January 2026: “India and the European union on Tuesday" in app.clipboard
        )

    play(scenario)


def test_question_mark_lists_every_key_and_closes_again() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        shown = words_of(app.screen.query_one("#help-text"))
        for text in ("Search the briefing", "Copy the selected item", "3 Quotes",
                     "next excerpt", "Quit the app", "command palette"):  # fmt: skip
            assert text in shown
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen)

    play(scenario)


def test_q_quits_with_exit_code_0() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert app.return_code is None
        await pilot.press("q")
        assert app.return_code == 0

    play(scenario)


def test_q_quits_from_the_article_too() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "a")
        await pilot.pause()
        assert isinstance(app.screen, ArticleScreen)
        await pilot.press("q")
        assert app.return_code == 0

    play(scenario)


def test_t_switches_between_light_and_dark() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert app.current_theme.dark
        await pilot.press("t")
        assert not app.current_theme.dark
        await pilot.press("t")
        assert app.current_theme.dark

    play(scenario)


def test_the_detail_says_how_many_outlets_and_independent_accounts_report_the_item() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2")  # Key outcomes: the first one is reported by ANI and UNI
        detail = app.screen.query_one("#detail-text")
        # The outlets are compared in a worker after the first frame; the line follows.
        await until(pilot, lambda: "Reported by" in words_of(detail))
        assert "Reported by 2 outlets, 2 independent accounts: [1] ANI, [2] UNI · 2 excerpts" in (
            words_of(detail)
        )
        await pilot.press("1")  # the bottom line is not an item: no such line
        assert "Reported by" not in words_of(detail)

    play(scenario)


def test_the_article_says_which_items_cite_the_excerpt_on_show() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        briefing = small_briefing()
        await pilot.press("2", "enter", "enter")  # Outcome 1, its first excerpt, its article
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        heading = words_of(screen.query_one("#article-heading"))
        current = screen.cited[screen.index or 0]
        citing = [
            f"Outcome {n}"
            for n, outcome in enumerate(briefing.outcomes, 1)
            if any(e.span == current.span and e.source.id == current.source.id
                   for e in outcome.evidence)
        ]  # fmt: skip
        assert citing and f"cited for {citing[0]}" in heading

    play(scenario)


def test_i_in_an_article_goes_to_the_item_citing_the_excerpt_on_show() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        briefing = small_briefing()
        await pilot.press("7", "enter", "enter")  # Sources, ANI, its first cited excerpt
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        screen = app.screen
        assert isinstance(screen, ArticleScreen)
        await pilot.press("n")  # another excerpt than the one opened
        await pilot.pause()
        current = screen.cited[screen.index or 0]
        citing = next(
            (section, item.id)
            for section, items in (("outcomes", briefing.outcomes), ("quotes", briefing.quotes),
                                   ("questions", briefing.questions),
                                   ("discrepancies", briefing.discrepancies))
            for item in items
            if any(e.span == current.span and e.source.id == current.source.id
                   for e in item.evidence)
        )  # fmt: skip
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        entry = app.screen.query_one(ItemList).entry
        assert entry is not None and (entry.section, entry.key) == citing
        assert focused_id(app) == "items"

    play(scenario)


def bundled_app() -> BriefingApp:
    """The app on the bundled briefing (at 80x24: the reviewer's case)."""
    return make_app(load(BUNDLED))


def test_escape_after_i_goes_back_to_the_article_where_the_reader_was() -> None:
    """README: escape goes "back to where you were"; after `i` that is the article."""

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "a")  # Key outcomes, the first one's article
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await pilot.press("n", "n", "n")
        await pilot.pause()
        article = app.screen
        assert isinstance(article, ArticleScreen) and article.index is not None
        where = (article.source.id, article.index)
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        assert focused_id(app) == "items"
        await pilot.press("escape")
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        back = app.screen
        assert isinstance(back, ArticleScreen)
        await pilot.pause()
        assert (back.source.id, back.index) == where
        assert f"excerpt {where[1] + 1} of" in words_of(back.query_one("#article-heading"))
        await pilot.press("escape")  # then on back, as before
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        await pilot.press("escape")
        assert isinstance(app.screen, MainScreen) and focused_id(app) == "sections"

    drive(bundled_app(), scenario, (80, 24))


def test_after_i_escape_goes_back_a_pane_once_the_reader_has_moved_on() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("2", "a")
        await until(pilot, lambda: isinstance(app.screen, ArticleScreen))
        await pilot.press("i")
        await until(pilot, lambda: isinstance(app.screen, MainScreen))
        await pilot.press("tab", "shift+tab")  # to the detail and back to the items
        assert focused_id(app) == "items"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, MainScreen) and focused_id(app) == "sections"

    drive(bundled_app(), scenario, (80, 24))


@pytest.mark.parametrize("size", [(40, 12), (120, 40)])
def test_enter_on_an_item_without_excerpts_says_so(size: tuple[int, int]) -> None:
    """One pane at a time, enter on the bottom line used to do nothing at all."""

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("1", "enter")  # the bottom line, in full
        entry = app.screen.query_one(ItemList).entry
        assert entry is not None and entry.evidence == ()
        assert focused_id(app) == "detail"
        await pilot.press("enter")
        await pilot.pause()
        assert focused_id(app) == "evidence"
        evidence = app.screen.query_one(EvidenceList)
        assert evidence.display and evidence.region.area > 0  # on screen
        assert "No excerpt cited for this item." in words_of(evidence)
        await pilot.press("escape")  # back the way enter came
        single = "-single" in app.screen.classes
        assert focused_id(app) == ("detail" if single else "items")

    drive(bundled_app(), scenario, size)
