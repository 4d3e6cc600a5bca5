"""Timeline dates as precise as the sources: a day, a month (2022-03) or a year (2022).

Background in news copy is often dated "in March 2022" or "since 2004"; a
curator forced to write a day would put a fact in the briefing that no
source gives. These tests go through the real commands and the real format.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_briefing
from hostile.cases import briefing_text, write_briefing

from briefing.model import When

TIMELINE = """timeline:
  - date: 2026-01-27
    event: The partnership is signed.
  - date: 2022-03
    event: The EU adopts its Strategic Compass.
  - date: 2022
    event: Talks begin.
  - date: 2022-03-05
    event: A day in that March.
"""


def _briefing(tmp_path: Path) -> Path:
    return write_briefing(tmp_path, briefing_text(rest=TIMELINE))


def test_check_accepts_a_month_or_a_year(tmp_path: Path) -> None:
    result = run_briefing("check", _briefing(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    assert b"4 timeline events" in result.stdout


def test_the_timeline_sorts_a_year_before_its_months_and_a_month_before_its_days(
    tmp_path: Path,
) -> None:
    """JSON gives each date exactly as the curator wrote it, in date order."""
    result = run_briefing("print", "--format", "json", _briefing(tmp_path))
    assert result.returncode == 0, result.stderr.decode()
    dates = [event["date"] for event in json.loads(result.stdout)["timeline"]]
    assert dates == ["2022", "2022-03", "2022-03-05", "2026-01-27"]


def test_the_text_brief_shows_no_day_the_sources_do_not_give(tmp_path: Path) -> None:
    result = run_briefing("print", "--section", "timeline", "--width", "80", _briefing(tmp_path))
    timeline = result.stdout.decode().split("TIMELINE\n", 1)[1]
    assert "2022-03-01" not in timeline
    dated = [line for line in timeline.splitlines() if line[2:3].isdigit()]
    assert [line.split("  ")[1] for line in dated] == [
        "2022",
        "2022-03",
        "2022-03-05",
        "2026-01-27",
    ]
    texts = ["Talks", "The EU", "A day", "The"]
    starts = {line.index(text) for line, text in zip(dated, texts, strict=True)}
    assert starts == {14}, "every event's text starts in one column, after the longest date"


def test_a_month_survives_the_load_cache(tmp_path: Path) -> None:
    """The second run loads from the cache: the month must not turn into a day."""
    path = _briefing(tmp_path)
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    first = run_briefing("print", "--format", "json", path, env=env)
    assert any((tmp_path / "cache").iterdir())
    again = run_briefing("print", "--format", "json", path, env=env)
    assert first.returncode == again.returncode == 0
    assert json.loads(again.stdout)["timeline"] == json.loads(first.stdout)["timeline"]
    assert json.loads(again.stdout)["timeline"][1]["date"] == "2022-03"


def test_long_form_reads_as_a_reader_says_it() -> None:
    assert [When(2022).long(), When(2022, 3).long(), When(2022, 3, 5).long()] == [
        "2022",
        "March 2022",
        "5 March 2022",
    ]
