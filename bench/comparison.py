"""The comparison view (`c`) at scale: from the key to the table on screen, and cursor moves.

    python bench/comparison.py --run PATH OUT    the timed app (bench/run.py starts it in tmux)

bench/run.py starts the timed app in a real terminal (tmux, 120x40) on a
bench/make_large.py briefing, waits until the header has counted the
independent accounts (the comparison is then computed: it is computed once,
in a worker thread after the first paint), and then, round after round,
presses `c`, times until the coverage table's title is on the tmux screen,
moves the cursor in the table and in the matrix, and goes back with escape.

The timed app is the real app with two hooks, for this benchmark only: the
moment each key event starts its dispatch in the app, and each moment a
frame is handed to the terminal's writer thread. Per key it records, in
seconds (JSON lines in OUT):
- open (`c`): until the first frame with the coverage table drawn;
- move (an arrow in either table): until the first frame drawn after the
  key moved the cursor.
"""

from __future__ import annotations

import argparse
import inspect
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from frames import on_each_frame, run_and_record
from terminal import Terminal

TABLE_TITLE = "Who reported what"
"""The coverage table's border title: on screen once the table is."""
MAIN_TEXT = "Sections"
"""The reader's left pane title: on screen again after escape."""
ACCOUNTS = "independent account"
"""The header's count, shown once the comparison is computed."""
MOVES = ("Down", "Right", "Down", "Right", "Left", "Up")
"""Cursor keys pressed in each table, each round (tmux key names)."""
MOVE_KEYS = {"down", "up", "left", "right"}


@dataclass(frozen=True)
class Figures:
    """What one briefing's run measured, in seconds."""

    analysis: float
    """From the title on screen to the header's count of accounts (the comparison computed)."""
    opens: list[float]
    """From the `c` keystroke to the coverage table's title on the tmux screen."""
    opens_in_app: list[float]
    """From the `c` key's dispatch to the first frame with the table drawn (app-side)."""
    moves: list[float]
    """From an arrow key's dispatch to the next frame (app-side), in both tables."""


def measure(term: Terminal, python: str, path: Path, out: Path, rounds: int) -> Figures:
    """Run the timed app on `path` in `term` and open the comparison `rounds` times."""
    bench = Path(__file__).resolve().parent
    command = f"{python} {bench / 'comparison.py'} --run {path} {out}"
    (titled, counted), channel = term.start(command, "Generated briefing", ACCOUNTS)
    opens = []
    for _ in range(rounds):
        started = time.monotonic()
        term.press("c")
        opens.append(term.wait_for_text(TABLE_TITLE) - started)
        for pane in ("table", "matrix"):
            for key in MOVES:
                term.press(key)
                time.sleep(0.06)  # one key at a time: each gets its own frames
            if pane == "table":
                term.press("Tab")
                time.sleep(0.1)
        term.press("Escape")
        term.wait_for_text(MAIN_TEXT)
        time.sleep(0.1)
    term.quit(channel)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    return Figures(
        analysis=counted - titled,
        opens=opens,
        opens_in_app=[record["open"] for record in records if "open" in record],
        moves=[record.get("move", float("inf")) for record in records if record["key"] != "c"],
    )


def median_and_p90(values: list[float]) -> tuple[float, float]:
    """The median and the 90th percentile of `values`."""
    ordered = sorted(values)
    return statistics.median(ordered), ordered[int(0.9 * (len(ordered) - 1))]


def run_timed_app(path: str, out: str) -> int:
    """Run the app on `path`; at exit write each timed key's latency (JSON lines) to `out`."""
    from textual import events

    from briefing.cache import load_briefing
    from briefing.tui.app import BriefingApp
    from briefing.tui.comparison.coverage_table import CoverageTable
    from briefing.tui.comparison.grid import CellGrid
    from briefing.tui.screens.comparison import ComparisonScreen

    # A subclass looks for CSS_PATH beside its own module: point it at the app's files.
    app_folder = Path(inspect.getfile(BriefingApp)).parent
    css = BriefingApp.CSS_PATH
    css_paths = [css] if isinstance(css, (str, Path)) else list(css or ())
    drawn: dict[str, float] = {}
    """When a grid last drew lines, by its id."""
    grid_render_lines = CellGrid.render_lines

    def timed_render_lines(grid: CellGrid, crop: object) -> object:
        drawn[grid.id or ""] = time.perf_counter()
        return grid_render_lines(grid, crop)  # type: ignore[arg-type]

    CellGrid.render_lines = timed_render_lines  # type: ignore[assignment,method-assign]

    class TimedApp(BriefingApp):
        """The app, with the time from `c` and from each arrow to the frames after it recorded."""

        CSS_PATH = [app_folder / path for path in css_paths]  # type: ignore[assignment]  # noqa: RUF012

        def __init__(self, *args: object) -> None:
            super().__init__(*args)  # type: ignore[arg-type]
            self.records: list[dict[str, object]] = []
            self.key_at: float | None = None
            self.grid: str | None = None
            self.last_key: events.Key | None = None

        async def on_event(self, event: events.Event) -> None:
            """Note when `c`, or an arrow in a table, starts its dispatch (once per key)."""
            if isinstance(event, events.Key) and event is not self.last_key:
                self.last_key = event
                focused = self.focused
                if event.key == "c" and not isinstance(self.screen, ComparisonScreen):
                    self.key_at, self.grid = time.perf_counter(), None
                    self.records.append({"key": "c"})
                elif event.key in MOVE_KEYS and isinstance(focused, CellGrid):
                    self.key_at, self.grid = time.perf_counter(), focused.id
                    self.records.append({"key": event.key, "grid": focused.id})
            await super().on_event(event)

        def on_mount(self) -> None:
            """Time each frame that leaves the app after a key."""
            on_each_frame(self, self.frame_seen)

        def frame_seen(self) -> None:
            """Record the first frame that shows what the key asked for."""
            key_at = self.key_at
            if key_at is None:
                return
            now = time.perf_counter()
            record = self.records[-1]
            if record["key"] == "c":
                if drawn.get("coverage", 0.0) > key_at and self.screen.query(CoverageTable):
                    record["open"] = now - key_at
                    self.key_at = None
            elif drawn.get(self.grid or "", 0.0) > key_at:
                record["move"] = now - key_at
                self.key_at = None

    app = TimedApp(load_briefing(path))
    return run_and_record(app, app.records, out)


def main() -> int:
    """Run the timed app."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--run", nargs=2, metavar=("PATH", "OUT"), required=True)
    options = parser.parse_args()
    return run_timed_app(*options.run)


if __name__ == "__main__":
    sys.exit(main())
