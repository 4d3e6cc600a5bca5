"""`/` names the item a match is in ("Quote 5 · Kaja Kallas"), not only its section.

A section name alone ("Quotes") left the reader to guess which of fourteen
quotes a match was in. The number is the item's number in its section, as
the article view's "cited for Quote 5" counts it.
"""

from __future__ import annotations

from app_snapshots.targets import TESTS, drive, until, words_of
from textual.pilot import Pilot
from textual.widgets import OptionList

from briefing.load import load
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.find import search
from briefing.tui.screens.search import SearchScreen
from briefing.tui.sections import Contents

BUNDLED = TESTS.parent / "data" / "briefing.yaml"


def test_a_match_in_an_item_names_the_item() -> None:
    briefing = load(BUNDLED)
    contents = Contents(briefing)
    number = next(n for n, q in enumerate(briefing.quotes, 1) if "two major democracies" in q.text)
    speaker = briefing.quotes[number - 1].speaker
    found = search(contents, "two major democracies")
    assert found[0].where == f"Quote {number} · {speaker}"
    assert number == 5 and speaker == "Kaja Kallas"  # the bundled briefing's, by eye
    # The articles' matches are named by their number first, as everywhere in the app.
    assert {m.where for m in found[1:]} <= {"[2] ANI article", "[4] ANI article"}
    places = {m.where.split(" ")[0] for m in search(contents, "India")}
    assert {"Bottom", "Outcome", "Quote", "Question", "Difference", "Timeline"} <= places
    assert not any(m.where in {"Quotes", "Key outcomes"} for m in search(contents, "India"))


def test_a_timeline_event_is_found_by_its_date_as_written_in_the_file() -> None:
    """The app shows "27 January 2026", but a curator types 2026-01-27 (or 2022-03)."""
    contents = Contents(load(BUNDLED))
    names = [m.where for m in search(contents, "2026-01-27")]
    assert sum(name.startswith("Timeline event") for name in names) == 3
    assert [m.where for m in search(contents, "2022-03")][:1] == ["Timeline event 1 · March 2022"]


def test_the_search_screen_lists_the_item_by_name_and_goes_there() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen))
        await pilot.press(*"two major democracies")
        results = app.screen.query_one("#results", OptionList)
        await until(pilot, lambda: results.option_count > 0)
        first = str(results.get_option_at_index(0).prompt).split("\n")
        assert first[0] == "Quote 5 · Kaja Kallas" and "“When two major" in first[1]
        assert "Quote 5 · Kaja Kallas" in words_of(results)  # and it is on screen
        await pilot.press("enter")
        await until(pilot, lambda: not isinstance(app.screen, SearchScreen))
        await pilot.pause()
        assert "When two major democracies" in words_of(app.screen.query_one("#detail-text"))

    drive(make_app(load(BUNDLED)), scenario)
