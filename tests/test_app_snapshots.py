"""Snapshots of the reader on the stable small briefing (tests/data/small.yaml).

Update after an intended change with `pytest tests/test_app_snapshots.py --snapshot-update`,
then look at the report before committing the new SVGs.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from app_snapshots.targets import small_app, until, words_of
from textual.pilot import Pilot

SIZES = [(120, 40), (80, 24)]

SnapCompare = Callable[..., bool]


def pressing(*keys: str, then: str, more: tuple[str, ...] = ()) -> Callable[[Pilot[None]], object]:
    """A run_before that presses `keys`, waits for the screen named `then`, presses `more`.

    (snap_compare runs run_before before its own key presses, hence keys here.)
    """

    async def run_before(pilot: Pilot[None]) -> None:
        """Press, wait, press."""
        await pilot.press(*keys)
        await until(pilot, lambda: type(pilot.app.screen).__name__ == then)
        await pilot.press(*more)
        await pilot.pause()

    return run_before


async def compared(pilot: Pilot[None]) -> None:
    """Wait until the outlets are compared: the header and the detail say so a moment
    after the first frame (a worker compares them), and a snapshot must not race it."""
    header = pilot.app.screen.query_one("#header")
    await until(pilot, lambda: "independent" in words_of(header))
    await pilot.pause()
    await pilot.pause()


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
class TestMainScreen:
    """The three panes."""

    def test_on_start(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        assert snap_compare(small_app(), terminal_size=size, run_before=compared)

    def test_a_quote_and_its_evidence(
        self, snap_compare: SnapCompare, size: tuple[int, int]
    ) -> None:
        quote = ["3", "enter"]
        assert snap_compare(small_app(), press=quote, terminal_size=size, run_before=compared)

    def test_where_outlets_differ(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        assert snap_compare(small_app(), press=["5"], terminal_size=size, run_before=compared)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
class TestArticleView:
    """An excerpt read in its article."""

    def test_first_excerpt(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        opened = pressing("7", "enter", "enter", then="ArticleScreen")
        assert snap_compare(small_app(), terminal_size=size, run_before=opened)

    def test_next_excerpt(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        stepped = pressing("7", "enter", "enter", then="ArticleScreen", more=("n", "n"))
        assert snap_compare(small_app(), terminal_size=size, run_before=stepped)


@pytest.mark.parametrize("size", SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
class TestHelpScreen:
    """Every key."""

    def test_help(self, snap_compare: SnapCompare, size: tuple[int, int]) -> None:
        shown = pressing("question_mark", then="HelpScreen")
        assert snap_compare(small_app(), terminal_size=size, run_before=shown)
