"""Each outlet's figures agree everywhere: the app's section 8, its `y` copy, the comparison
table's headers, and `briefing print` (JSON and text), read from each as a reader gets it.

The app is driven with Textual's Pilot; the plain brief is the real command.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from app_snapshots.targets import drive, until, words_of
from conftest import BUNDLED, run_briefing
from textual.coordinate import Coordinate
from textual.pilot import Pilot

from briefing.load import load
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.comparison.coverage_table import CoverageTable
from briefing.tui.comparison.grid import HEADER
from briefing.tui.screens.comparison import ComparisonScreen
from briefing.tui.widgets.detail import ItemDetail
from briefing.tui.widgets.items import ItemList


def _print(*args: str) -> str:
    """`briefing print ARGS` on the bundled briefing, checked to succeed."""
    result = run_briefing("print", *args, BUNDLED)
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def _coverage() -> dict[str, Any]:
    """The JSON brief's coverage object."""
    coverage: dict[str, Any] = json.loads(_print("--format", "json", "--section", "coverage"))[
        "coverage"
    ]
    return coverage


def on_entry(items: ItemList, key: str) -> Callable[[], bool]:
    """Whether the items list has the entry with `key` highlighted."""
    return lambda: items.entry is not None and items.entry.key == key


def test_section_8_copy_the_table_and_print_give_the_same_figures() -> None:
    briefing = load(BUNDLED)
    numbers = briefing.source_numbers()
    coverage = _coverage()
    counted = coverage["counted"]["items"]
    by_source = {entry["source"]: entry for entry in coverage["by_source"]}
    text = " ".join(_print("--section", "coverage", "--width", "100").split())
    assert f"What each outlet reports, of the {counted} outcomes, quotes and differences" in text
    for source in briefing.sources:  # the text brief's tallies are the JSON's counts
        figures = by_source[source.id]
        reports, alone = len(figures["reports"]), len(figures["alone"])
        assert f"{source.outlet} [{numbers[source.id]}]: {reports}, " in text
        assert figures["phrase"].startswith(f"reports {reports} of the {counted} outcomes")
        assert (f"{alone} of them" in figures["phrase"]) == bool(alone)

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("8")  # the comparison section, its outlets focused
        items = app.screen.query_one(ItemList)
        detail = app.screen.query_one(ItemDetail).query_one("#detail-text")
        for source in briefing.sources:
            number, phrase = numbers[source.id], by_source[source.id]["phrase"]
            await until(pilot, on_entry(items, f"outlet-{source.id}"))
            await pilot.pause()
            entry = items.entry
            assert entry is not None
            assert entry.label == f"[{number}] {source.outlet}: {phrase}"
            shown = words_of(detail)
            assert shown.startswith(f"[{number}] {source.outlet}")  # the app's naming
            assert phrase[1:] in shown  # "Reports 14 of the 38 ...", as a sentence
            await pilot.press("y")
            assert app.clipboard.splitlines()[0] == f"[{number}] {source.outlet}"
            assert phrase[1:] in app.clipboard
            await pilot.press("down")
        await pilot.press("c")
        await until(pilot, lambda: bool(app.screen.query(CoverageTable)))
        assert isinstance(app.screen, ComparisonScreen)
        table = app.screen.query_one(CoverageTable)
        assert len(table.table_rows) == counted  # the rows are the counted items
        legend = table.cell_at(Coordinate(HEADER, 0)).plain
        assert "rows reported" in legend and "Only its account has" in legend
        for column, outlet in enumerate(table.outlets, 1):
            figures = by_source[outlet.source.id]
            reports, alone = len(figures["reports"]), len(figures["alone"])
            header = table.cell_at(Coordinate(HEADER, column)).plain
            assert f"{outlet.words} words · {reports} of {counted}" in header
            assert header.rstrip().endswith(f"{alone} of the {reports}" if alone else "none")

    drive(make_app(briefing), scenario, size=(160, 50))
