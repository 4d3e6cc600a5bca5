"""What the timed apps of bench/keys.py and bench/comparison.py share.

Both time a key from its dispatch to the frames that follow it, so both
wrap the driver's write (the one place where every finished frame leaves
the app) and, once the app exits, write one JSON line per key press.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

SYNC_MARKERS = ("\x1b[?2026h", "\x1b[?2026l")
"""The synchronised-output brackets around a frame: they are no frame themselves."""


def on_each_frame(app: Any, seen: Callable[[], None]) -> None:
    """Call `seen` just before each frame the app writes to the terminal."""
    # Bench only: the driver (a private attribute of the app) is reached
    # because its write is where each finished frame leaves the app.
    driver = app._driver
    assert driver is not None
    write = driver.write

    def timed_write(data: str) -> None:
        if data not in SYNC_MARKERS:
            seen()
        write(data)

    driver.write = timed_write


def run_and_record(app: Any, records: Sequence[dict[str, Any]], out: str) -> int:
    """Run the app as the command line runs it, then write its records to `out`."""
    from briefing.tui.app import run

    run(app)
    Path(out).write_text("".join(json.dumps(record) + "\n" for record in records))
    return 0
