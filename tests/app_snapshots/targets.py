"""Apps built from stable test data, for the app's tests and snapshot tests.

`textual run tests/app_snapshots/targets.py` shows the small briefing's app by hand.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget

from briefing.load import load
from briefing.model import Briefing
from briefing.tui.app import BriefingApp, make_app

TESTS = Path(__file__).resolve().parent.parent
SMALL = TESTS / "data" / "small.yaml"
MARKUP = TESTS / "app_data" / "markup.yaml"


def small_briefing() -> Briefing:
    """The stable two-source briefing."""
    return load(SMALL)


def small_app() -> BriefingApp:
    """The app on the stable two-source briefing."""
    return make_app(small_briefing())


def markup_app() -> BriefingApp:
    """The app on a briefing whose text looks like markup."""
    return make_app(load(MARKUP))


def text_of(widget: Widget) -> str:
    """What a widget shows on screen right now, as plain text, line by line."""
    width, height = widget.outer_size
    lines = widget.render_lines(Region(0, 0, width, height))
    return "\n".join(line.text.rstrip() for line in lines)


def words_of(widget: Widget) -> str:
    """What a widget shows, as one line: wrapping undone, every run of spaces one space."""
    return " ".join(text_of(widget).split())


async def until(pilot: Pilot[None], condition: Callable[[], bool], timeout: float = 5.0) -> None:
    """Let the app run until `condition()` holds; fail after `timeout` seconds."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not condition():
        if loop.time() > deadline:
            raise AssertionError(f"timed out waiting for {condition.__doc__ or condition}")
        await pilot.pause(0.02)


Scenario = Callable[[BriefingApp, Pilot[None]], Awaitable[None]]


def drive(app: BriefingApp, scenario: Scenario, size: tuple[int, int] = (120, 40)) -> None:
    """Run `app` headless at `size` and play `scenario(app, pilot)` against it."""

    async def main() -> None:
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await scenario(app, pilot)

    asyncio.run(main())


if __name__ == "__main__":
    small_app().run()
