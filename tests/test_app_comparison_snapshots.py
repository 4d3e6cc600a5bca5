"""Snapshots of the comparison view and the pair view on the five seed articles.

The fixture is tests/data/analysis/seeds.yaml (stable: owned by the analysis
tests): five outlets, three accounts. Update after an intended change with
`pytest tests/test_app_comparison_snapshots.py --snapshot-update`, then look at
the report before committing the new SVGs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from app_snapshots.targets import until
from test_app_comparison import seeds_app
from textual.pilot import Pilot

from briefing.tui.comparison.coverage_table import CoverageTable
from briefing.tui.comparison.pair_screen import PairScreen

SIZES = [(120, 40), (80, 24)]

SnapCompare = Callable[..., bool]


def comparison_open(*keys: str) -> Callable[[Pilot[None]], object]:
    """A run_before that presses c, waits for the panes, then presses `keys`."""

    async def run_before(pilot: Pilot[None]) -> None:
        """Open the comparison, then press."""
        await pilot.press("c")
        await until(pilot, lambda: bool(pilot.app.screen.query(CoverageTable)))
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


def pair_open(*keys: str) -> Callable[[Pilot[None]], object]:
    """A run_before that opens 2 ANI against 3 Asianet Newsable, waits, then presses `keys`."""

    async def run_before(pilot: Pilot[None]) -> None:
        """Open the comparison, then the pair, then press."""
        await comparison_open("tab", "j", "l", "enter")(pilot)
        await until(pilot, lambda: isinstance(pilot.app.screen, PairScreen))
        screen = pilot.app.screen
        assert isinstance(screen, PairScreen)
        await until(pilot, lambda: screen.pair_layout is not None)
        await pilot.press(*keys)
        await pilot.pause()

    return run_before


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
class TestComparisonView:
    """The coverage table and the matrix of copied text."""

    def test_on_open(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        assert snap_compare(seeds_app(), terminal_size=size, run_before=comparison_open())

    def test_cursor_moved_on(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        moved = comparison_open("j", "j", "l", "l")
        assert snap_compare(seeds_app(), terminal_size=size, run_before=moved)

    def test_matrix(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        matrix = comparison_open("tab", "j", "l")
        assert snap_compare(seeds_app(), terminal_size=size, run_before=matrix)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
class TestPairView:
    """Two outlets side by side."""

    def test_on_open(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        assert snap_compare(seeds_app(), terminal_size=size, run_before=pair_open())

    def test_second_passage(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        assert snap_compare(seeds_app(), terminal_size=size, run_before=pair_open("n", "n"))
