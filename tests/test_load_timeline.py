"""The timeline is chronological: sorted by date at load, in file order within a day.

A curator may list events in any order (the day's news first, the background
after); every reader shows them oldest first, and `briefing check` does not
treat the file's order as a problem.
"""

from __future__ import annotations

import json
from pathlib import Path

from conftest import run_briefing
from hostile.cases import briefing_text, write_briefing

from briefing.load import load

TIMELINE = """\
timeline:
  - date: 2026-01-27
    event: Signed in New Delhi.
  - date: 2026-01-26
    event: Kallas announces the signing.
  - date: 2026-01-27
    event: A joint statement follows.
  - date: 2022-03-01
    event: Talks begin.
"""
IN_ORDER = [
    ("2022-03-01", "Talks begin."),
    ("2026-01-26", "Kallas announces the signing."),
    ("2026-01-27", "Signed in New Delhi."),
    ("2026-01-27", "A joint statement follows."),
]


def test_the_loader_sorts_the_timeline_by_date_and_keeps_the_order_within_a_day(
    tmp_path: Path,
) -> None:
    briefing = load(write_briefing(tmp_path, briefing_text(rest=TIMELINE)))
    assert [(event.date.isoformat(), event.event) for event in briefing.timeline] == [
        (day, text) for day, text in IN_ORDER
    ]


def test_check_accepts_a_timeline_out_of_order_and_print_shows_it_in_order(
    tmp_path: Path,
) -> None:
    path = write_briefing(tmp_path, briefing_text(rest=TIMELINE))
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    checked = run_briefing("check", path, env=env)
    assert (checked.returncode, checked.stderr) == (0, b"")
    printed = run_briefing("print", path, "--format", "json", "--section", "timeline", env=env)
    assert printed.returncode == 0, printed.stderr
    events = json.loads(printed.stdout)["timeline"]
    assert [(event["date"], event["event"]) for event in events] == IN_ORDER
