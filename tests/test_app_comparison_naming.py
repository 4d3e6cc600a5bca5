"""The comparison view names outlets "[n] Outlet" and items as the reader does, whole.

Through Pilot against the real app on the bundled briefing, whose two ANI
articles ([2] and [4]) are the case a bare outlet name cannot tell apart.
Defects these pin down: the status line and the toast said "ANI" with no
number; rows said "Discrepancy" (the reader says "Difference") and were cut
to "Discrepancy 6 · 2…"; a long one-word or CJK outlet name vanished from
the header ("[2]…"); at 40x12 the one outlet column on show was 11 cells wide.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from app_snapshots.targets import drive, text_of, until, words_of
from test_app_comparison import BUNDLED, drive_with_notifications, open_comparison, table, toasts
from textual.pilot import Pilot

from briefing.load import load
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.comparison.coverage_table import LABEL_WIDTH, OUTLET_WIDTH, CoverageTable
from briefing.tui.comparison.wording import reach

LONG_NAMES = ("Süddeutsche-Zeitung-Onlineausgabe", "日本経済新聞社の非常に長い名前の新聞社")
"""An outlet name of one long word, and one in CJK (two cells a character)."""


def bundled_app() -> BriefingApp:
    """The app on the bundled briefing."""
    return make_app(load(BUNDLED))


def renamed_briefing(tmp_path: Path, outlet: str) -> Path:
    """The bundled briefing with its first ANI article ([2]) renamed `outlet`."""
    shutil.copytree(BUNDLED.parent.parent / "seeds", tmp_path / "seeds")
    (tmp_path / "data").mkdir()
    text = BUNDLED.read_text(encoding="utf-8")
    old = "  - id: ani-001\n    outlet: ANI\n"
    assert old in text
    path = tmp_path / "data" / "briefing.yaml"
    path.write_text(text.replace(old, f"  - id: ani-001\n    outlet: {outlet}\n"), "utf-8")
    return path


def inside(coverage: CoverageTable) -> list[str]:
    """The table's lines on screen, inside its border."""
    return [line[1:-1] for line in text_of(coverage).split("\n")[1:-1]]


def column_of(coverage: CoverageTable, source_id: str) -> int:
    """The table column of an article."""
    return 1 + [outlet.source.id for outlet in coverage.outlets].index(source_id)


def row_named(coverage: CoverageTable, name: str) -> int:
    """The table row of an item by its name ("Quote 5")."""
    return [row.name for row in coverage.table_rows].index(name)


def test_the_status_line_and_the_toast_name_the_outlet_by_its_number() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        coverage = table(app)
        status = app.screen.query_one("#comparison-status")
        coverage.move_cursor(
            row=row_named(coverage, "Quote 5"), column=column_of(coverage, "ani-003")
        )
        await pilot.pause()
        assert "Quote 5 · reported by 1 outlet · [4] ANI: “When two major" in words_of(status)
        await pilot.press("left", "left")
        assert coverage.outlet_at(coverage.cursor_coordinate.column).source.id == "ani-001"
        assert "· [2] ANI: does not report it" in words_of(status)
        await pilot.press("enter")
        await until(pilot, lambda: "does not report" in toasts(app))
        assert "[2] ANI does not report Quote 5." in toasts(app)

    drive_with_notifications(bundled_app(), scenario)


@pytest.mark.parametrize("size", [(120, 40), (80, 24), (40, 12)])
def test_rows_say_difference_and_who_reports_them_whole(size: tuple[int, int]) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        coverage = table(app)
        names = [row.name for row in coverage.table_rows if row.coverage.kind == "discrepancy"]
        assert names == [f"Difference {n}" for n in range(1, len(names) + 1)] and names
        for number, row in enumerate(coverage.table_rows):
            shown = coverage.cell(number, 0).render(app.console, coverage.widths[0] - 2)
            lines = shown.plain.split("\n")
            assert lines[0].startswith(row.name)
            assert reach(row.coverage) in " ".join(shown.plain.split()), shown.plain
            assert "Discrepancy" not in shown.plain

    drive(bundled_app(), scenario, size)


def test_a_narrow_table_shows_one_outlet_column_whole_and_whole_rows() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        coverage = table(app)
        assert coverage.widths[0] - 2 == LABEL_WIDTH and coverage.widths[1] - 2 == OUTLET_WIDTH
        await pilot.resize_terminal(40, 12)
        await until(pilot, lambda: coverage.widths[0] - 2 < LABEL_WIDTH)
        await pilot.pause()
        room = coverage.scrollable_content_region
        assert coverage.columns.scrolling_from + coverage.widths[1] <= room.width
        assert coverage.widths[1] - 2 >= 16  # an excerpt reads in phrases, not in word stubs
        assert coverage.header_height == 1
        assert room.height - coverage.header_height >= 2 * coverage.row_height - 1
        shown = [line[: room.width] for line in inside(coverage)]  # scrollbars aside
        assert shown[0].rstrip().endswith("[1] Unnamed outlet…"), shown[0]
        assert shown[1].startswith(" Outcome 1 "), shown[1]
        await pilot.resize_terminal(120, 40)  # and back
        await until(pilot, lambda: coverage.widths[0] - 2 == LABEL_WIDTH)
        assert coverage.header_height > 1

    drive(bundled_app(), scenario)


@pytest.mark.parametrize("outlet", LONG_NAMES)
@pytest.mark.parametrize("size", [(120, 30), (60, 20), (40, 12)])
def test_a_long_outlet_name_is_cut_to_its_column_not_dropped(
    tmp_path: Path, outlet: str, size: tuple[int, int]
) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await open_comparison(app, pilot)
        coverage = table(app)
        coverage.move_cursor(column=column_of(coverage, "ani-001"))
        await pilot.pause()
        header = inside(coverage)[0]
        assert f"[2] {outlet[:4]}" in header, header
        start = header.index("[2] ")
        assert "…" in header[start:], header  # cut, and said to be
        assert outlet not in header

    drive(make_app(load(renamed_briefing(tmp_path, outlet))), scenario, size)
