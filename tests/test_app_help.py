"""The help screen (`?`) is a list of keys a reader can use at any size, down to 20x6.

At 20x6 the framed two-column table left three lines inside its frame and a
key column as wide as the terminal's half: nothing could be read. Small
terminals get the whole screen (the key bar aside) and one line per key.
"""

from __future__ import annotations

import pytest
from app_snapshots.targets import drive, small_app, text_of
from textual.pilot import Pilot

from briefing.tui.app import BriefingApp
from briefing.tui.screens.help import HelpScreen, help_rows


@pytest.mark.parametrize(
    ("size", "first_key"),
    [
        ((20, 6), " ? Show every key."),  # narrow: a key, then what it does
        ((40, 12), " ? Show every key."),
        ((100, 10), "  ?          Show every key."),  # short but wide: the table, unframed
    ],
)
def test_on_a_small_terminal_the_keys_fill_the_screen_and_scroll(
    size: tuple[int, int], first_key: str
) -> None:
    width, height = size

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        box, text = app.screen.query_one("#help-box"), app.screen.query_one("#help-text")
        # No frame: every row but the key bar's, every column (a scroll bar's aside).
        assert (box.region.x, box.region.y, box.region.width) == (0, 0, width)
        assert box.region.height == height - 1
        assert text.region.x == 0 and text.region.width >= width - 1
        lines = text_of(text).splitlines()
        assert lines[0] == "Everywhere"
        assert lines[1].startswith(first_key)
        assert all(line.startswith(" ") for line in lines[1:5])
        assert len(lines) > box.size.height  # more than fits: it scrolls
        await pilot.press("end")
        await pilot.pause()
        top = round(box.scroll_y)
        assert top > 0
        shown = " ".join(lines[top : top + box.size.height])
        last_key, last_text = help_rows()[-1][1][-1]
        assert f" {last_key} " in shown and last_text.split()[-1] in shown

    drive(small_app(), scenario, size=size)


def test_a_large_terminal_keeps_the_framed_table() -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help-box")
        assert box.border_title == "Keys" and box.region.width < 120
        assert box.styles.border_top[0] == "round"
        lines = text_of(app.screen.query_one("#help-text")).splitlines()
        assert lines[0] == "Everywhere" and lines[1].startswith("  ?          Show every key.")

    drive(small_app(), scenario, size=(120, 40))
