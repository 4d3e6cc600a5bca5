"""The bundled briefing meets the editorial bar of issue 3, checked through the real loader."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from conftest import BUNDLED, ROOT, run_briefing

from briefing.load import load
from briefing.model import Briefing, When


@pytest.fixture(scope="module")
def bundled() -> Briefing:
    """The bundled briefing, loaded without the cache."""
    return load(BUNDLED)


def test_check_passes_on_the_bundled_briefing_from_any_folder(tmp_path) -> None:
    result = run_briefing("check", cwd=tmp_path)  # no FILE: the bundled one
    assert result.returncode == 0, result.stderr
    assert b"OK" in result.stdout


def test_one_source_per_seed_file_each_cited(bundled: Briefing) -> None:
    seeds = sorted(path.name for path in (ROOT / "seeds").glob("*.txt"))
    assert sorted(source.path.name for source in bundled.sources) == seeds
    cited = Counter(e.source.id for item in bundled.items() for e in item.evidence)
    assert all(cited[source.id] > 0 for source in bundled.sources), cited


def test_bottom_line_is_one_or_two_sentences(bundled: Briefing) -> None:
    sentences = [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", bundled.bottom_line) if s]
    assert 1 <= len(sentences) <= 2


def test_summary_is_two_to_four_short_paragraphs(bundled: Briefing) -> None:
    paragraphs = bundled.summary_paragraphs
    assert 2 <= len(paragraphs) <= 4
    assert sum(len(p.split()) for p in paragraphs) <= 300  # read in about a minute


def test_every_outcome_has_evidence(bundled: Briefing) -> None:
    """Facts are stated only with evidence."""
    assert len(bundled.outcomes) >= 8
    for outcome in bundled.outcomes:
        assert outcome.evidence, outcome.id


def test_quotes_name_speaker_and_role(bundled: Briefing) -> None:
    speakers = {quote.speaker for quote in bundled.quotes}
    assert {"Kaja Kallas", "Rajnath Singh", "Randhir Jaiswal", "Shantanu Mukharji"} <= speakers
    assert all(quote.role for quote in bundled.quotes)


def test_at_least_five_open_questions_each_with_why(bundled: Briefing) -> None:
    assert len(bundled.questions) >= 5
    assert all(question.why for question in bundled.questions)


def test_discrepancies_show_each_outlet_and_an_assessment(bundled: Briefing) -> None:
    assert len(bundled.discrepancies) >= 5
    for discrepancy in bundled.discrepancies:
        assert len({a.source.id for a in discrepancy.accounts}) >= 2, discrepancy.id
        assert discrepancy.assessment, discrepancy.id
    topics = " ".join(d.topic.lower() for d in bundled.discrepancies)
    for subject in ("signed", "called", "areas", "titled"):
        assert subject in topics, subject


def test_timeline_is_in_date_order_and_reaches_forward(bundled: Briefing) -> None:
    dates = [event.date for event in bundled.timeline]
    assert dates == sorted(dates)
    assert dates[0].year < bundled.date.year  # background (Strategic Compass, attacks)
    day = bundled.date
    assert dates[-1] > When(day.year, day.month, day.day)  # announced for the coming weeks
