"""Benchmarks: speed, memory and scale, each against its floor, in one table.

    python bench/run.py [--rounds N] [--only STAGE ...]

Stages: plain (print and check), app (first paint, quit, memory), keys (key
press latency in a section of 1,000 items), scale (1x, 10x, 100x briefings),
comparison (the comparison view at 1x and 100x: `c` to the table on screen,
cursor moves).
Every figure is a median of paired runs (see pairs.py), printed next to the
reference measured in the same run. A figure over its budget is marked FAIL
and makes the command exit 1. Run it from the project's venv, after the
README's set-up:  .venv/bin/python bench/run.py
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import comparison
import keys
from pairs import paired, wall_time
from scale import SCALES, check_growth, in_turn, make, stage_growth
from terminal import clean_environment, terminal

from briefing.load import load

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
BRIEFING = str(BIN / "briefing")
BUNDLED = ROOT / "data" / "briefing.yaml"
MINIMAL_TITLE = "Minimal reference app"
FRAME_TEXT = "Sections"
"""The left pane's title: on screen from the app's first frame, loaded or not."""
KEY_PRESSES = 120
KEY_BUDGET = 0.016
COMPARISON_BUDGET = 0.5
"""`c` to the coverage table on screen, at 100x (seconds)."""
COMPARISON_MOVE_BUDGET = 0.030
"""A cursor move in the comparison's tables to its frame, at 100x (seconds)."""


@dataclass(frozen=True)
class Row:
    """One line of the table."""

    measure: str
    value: str
    reference: str
    ratio: float | None
    budget: str
    ok: bool


def ms(seconds: float) -> str:
    """Seconds as milliseconds for the table."""
    return f"{seconds * 1000:.0f} ms"


def warm_up() -> None:
    """Compile and cache bytecode once, as a user's machine has it after the first run."""
    for command in ([BRIEFING, "check"], [BRIEFING, "print"], [PYTHON, "-c", "import textual.app"]):
        subprocess.run(command, capture_output=True, env=clean_environment(), check=False)


def first_words(text: str, count: int = 3) -> str:
    """The first words of `text`: enough to find it on screen, short enough not to be cut."""
    return " ".join(text.split()[:count])


def bench_plain(rounds: int) -> list[Row]:
    """`briefing print` and `briefing check` against `python -c "import yaml"`."""
    reference = wall_time([PYTHON, "-c", "import yaml"])
    rows = []
    commands = [
        ("briefing print (bundled)", ["print"], {}, 1.5),
        ("briefing check (bundled)", ["check"], {}, 1.5),
        ("briefing print (bundled, cache off)", ["print"], {"BRIEFING_NO_CACHE": "1"}, None),
    ]
    for name, args, env, limit in commands:
        result = paired(wall_time([BRIEFING, *args, str(BUNDLED)], env), reference, rounds)
        rows.append(
            Row(
                name,
                ms(result.subject),
                f"import yaml {ms(result.reference)}",
                result.ratio,
                "1.5x" if limit else "report",
                limit is None or result.ratio <= limit,
            )
        )
    return rows


def bench_app(rounds: int) -> list[Row]:
    """First paint, content, quit and peak memory of the app against a minimal Textual app."""
    bundled = load(BUNDLED)
    title, content = first_words(bundled.title), first_words(f"Bottom line: {bundled.bottom_line}")
    warm: list[tuple[float, float]] = []
    warm_paused: list[tuple[float, float]] = []
    warm_full: list[tuple[float, float]] = []
    filled: list[tuple[float, float]] = []
    cold: list[tuple[float, float]] = []
    cold_filled: list[tuple[float, float]] = []
    quits: list[tuple[float, float]] = []
    memory: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as scratch, terminal(120, 40, ROOT) as term:
        rss_file = Path(scratch) / "rss"

        def once(command: str, *texts: str) -> tuple[list[float], float, float]:
            # Every command goes through `env` (some set a variable): all start alike.
            timed = f"/usr/bin/time -f %M -o {rss_file} env {command}"
            paints, channel = term.start(timed, *texts)
            quit_time = term.quit(channel)
            return paints, quit_time, float(rss_file.read_text().split()[-1]) / 1024

        app = (f"{BRIEFING} {BUNDLED}", title, content)
        app_cold = (f"BRIEFING_NO_CACHE=1 {BRIEFING} {BUNDLED}", title, content)
        minimal = (f"{PYTHON} {BENCH / 'minimal_app.py'}", MINIMAL_TITLE)
        paused = (f"BENCH_PAUSE_GC=1 {PYTHON} {BENCH / 'minimal_app.py'}", MINIMAL_TITLE)
        full = (f"BENCH_FULL_SCREEN=1 {PYTHON} {BENCH / 'minimal_app.py'}", MINIMAL_TITLE)
        for command in (app, minimal):
            once(*command)
        for index in range(rounds):
            order = [app, minimal, app_cold, paused, full]
            runs = order if index % 2 == 0 else order[::-1]
            results = dict(zip((run[0] for run in runs), (once(*run) for run in runs), strict=True))
            ours, theirs, ours_cold, theirs_paused, theirs_full = (results[run[0]] for run in order)
            reference = theirs[0][0]
            warm.append((ours[0][0], reference))
            warm_paused.append((ours[0][0], theirs_paused[0][0]))
            warm_full.append((ours[0][0], theirs_full[0][0]))
            filled.append((ours[0][1], reference))
            cold.append((ours_cold[0][0], reference))
            cold_filled.append((ours_cold[0][1], reference))
            quits.append((ours[1], theirs[1]))
            memory.append((ours[2], theirs[2]))
    return [
        _pair_row("first paint: title (bundled, 120x40)", warm, ms, "1.15x", 1.15),
        _pair_row("first paint: panes' content (bundled)", filled, ms, "report", None),
        _pair_row(
            "first paint: title, against a minimal app that pauses the collector too",
            warm_paused,
            ms,
            "report",
            None,
            reference="minimal app, collector paused",
        ),
        _pair_row(
            "first paint: title, against a minimal app that fills the screen with text",
            warm_full,
            ms,
            "report",
            None,
            reference="minimal app, full screen",
        ),
        _pair_row("first paint: title, cache off", cold, ms, "report", None),
        _pair_row("first paint: content, cache off", cold_filled, ms, "report", None),
        _pair_row("quit: q to exit", quits, ms, "report", None),
        _pair_row("peak memory (bundled)", memory, lambda mb: f"{mb:.0f} MB", "1.5x", 1.5),
    ]


def _pair_row(
    name: str,
    pairs: list[tuple[float, float]],
    show: Callable[[float], str],
    budget: str,
    limit: float | None,
    *,
    reference: str = "minimal app",
) -> Row:
    """A row for a figure measured in pairs with its reference: medians, and the median ratio."""
    ratio = statistics.median(ours / theirs for ours, theirs in pairs)
    return Row(
        name,
        show(statistics.median(ours for ours, _ in pairs)),
        f"{reference} {show(statistics.median(theirs for _, theirs in pairs))}",
        ratio,
        budget,
        limit is None or ratio <= limit,
    )


def bench_keys(rounds: int) -> list[Row]:
    """Key press to frame, moving down a section of 1,000 items (bench/keys.py)."""
    with tempfile.TemporaryDirectory() as scratch, terminal(120, 40, ROOT) as term:
        path = keys.write(Path(scratch) / "keys")
        out = Path(scratch) / "latencies.jsonl"
        command = f"{PYTHON} {BENCH / 'keys.py'} --run {path} {out}"
        _, channel = term.start(command, "Generated briefing")
        term.press("2")  # the key outcomes: 1,000 items
        term.wait_for_text("Outcome 1:")
        time.sleep(1.0)  # let the work after the first paint end (the header's count of accounts)
        for _ in range(max(KEY_PRESSES, rounds * 10)):
            term.press("Down")
            time.sleep(0.06)  # one key at a time: each gets its own frames
        term.quit(channel)
        records = [json.loads(line) for line in out.read_text().splitlines()]
    # A press whose item never had a frame of its own (the next key came first)
    # counts as slower than any other.
    full = sorted(record.get("full", float("inf")) for record in records)
    median = statistics.median(full)
    p90 = full[int(0.9 * (len(full) - 1))]
    first = statistics.median(record["first"] for record in records if "first" in record)
    settled = statistics.median(record["settled"] for record in records if "settled" in record)
    return [
        Row(
            f"key press to frame (1,000 items, {len(full)} presses)",
            f"{ms(median)} (p90 {ms(p90)})",
            f"first frame {ms(first)}, settled {ms(settled)}",
            None,
            "16 ms median",
            median <= KEY_BUDGET,
        )
    ]


def bench_scale(rounds: int) -> list[Row]:
    """Each stage at 1x, 10x and 100x, with the budgets at 100x and for growth."""
    runs = max(5, rounds // 2)
    with tempfile.TemporaryDirectory() as scratch, terminal(120, 40, ROOT) as term:
        paths = {scale: make(Path(scratch) / f"x{scale}", scale, PYTHON, BENCH) for scale in SCALES}
        stages = stage_growth(paths, runs)
        stages["briefing check (cache off)"] = check_growth(BRIEFING, paths, runs)

        def paint(scale: int) -> Callable[[], dict[str, float]]:
            """A measurer of the app's frame, then its title, on one scale (cache off)."""
            command = f"env BRIEFING_NO_CACHE=1 {BRIEFING} {paths[scale]}"
            title = f"Generated briefing at scale {scale}"

            def once() -> dict[str, float]:
                (frame, titled), channel = term.start(command, FRAME_TEXT, title)
                term.quit(channel)
                return {
                    "first paint: frame (cache off)": frame,
                    "first paint: title (cache off)": titled,
                }

            return once

        stages.update(in_turn({scale: paint(scale) for scale in SCALES}, runs))
    budgets_at_100 = {
        "briefing check (cache off)": (2.0, "2 s"),
        "analysis (compare)": (0.5, "0.5 s"),
    }
    rows = []
    for stage, growth in stages.items():
        small, middle, large = (growth.seconds[scale] for scale in SCALES)
        limit, label = budgets_at_100.get(stage, (None, ""))
        ok = growth.growth <= 12 and (limit is None or large <= limit)
        budget = "10x->100x <= 12x" + (f"; 100x <= {label}" if label else "")
        if stage.startswith("first paint: frame"):
            ok = ok and large <= 1.5 * small
            budget += "; 100x <= 1.5x 1x"
        rows.append(
            Row(
                f"scale: {stage}",
                f"1x {ms(small)} / 10x {ms(middle)} / 100x {ms(large)}",
                "growth 10x->100x",
                growth.growth,
                budget,
                ok,
            )
        )
    return rows


def bench_comparison(rounds: int) -> list[Row]:
    """The comparison view at 1x and 100x (bench/comparison.py), in tmux at 120x40."""
    figures: dict[int, comparison.Figures] = {}
    with tempfile.TemporaryDirectory() as scratch, terminal(120, 40, ROOT) as term:
        for scale in (1, 100):
            folder = Path(scratch) / f"x{scale}"
            path = make(folder, scale, PYTHON, BENCH)
            out = Path(scratch) / f"comparison-{scale}.jsonl"
            figures[scale] = comparison.measure(term, PYTHON, path, out, max(5, rounds))
    small, large = figures[1], figures[100]
    opened, opened_small = statistics.median(large.opens), statistics.median(small.opens)
    in_app, in_app_p90 = comparison.median_and_p90(large.opens_in_app)
    move, move_p90 = comparison.median_and_p90(large.moves)
    move_small, _ = comparison.median_and_p90(small.moves)
    return [
        Row(
            "comparison: c to the table on screen (100x: 200 outlets, tmux)",
            f"{ms(opened)} (in the app {ms(in_app)}, p90 {ms(in_app_p90)})",
            f"1x {ms(opened_small)}",
            opened / opened_small,
            "100x <= 0.5 s",
            opened <= COMPARISON_BUDGET,
        ),
        Row(
            f"comparison: cursor move to frame (100x, {len(large.moves)} presses, in the app)",
            f"{ms(move)} (p90 {ms(move_p90)})",
            f"1x {ms(move_small)}",
            move / move_small,
            "30 ms median",
            move <= COMPARISON_MOVE_BUDGET,
        ),
        Row(
            "comparison: analysis in the worker, first paint to count of accounts (100x)",
            ms(large.analysis),
            f"1x {ms(small.analysis)}",
            large.analysis / small.analysis,
            "report",
            True,
        ),
    ]


STAGES: dict[str, Callable[[int], list[Row]]] = {
    "plain": bench_plain,
    "app": bench_app,
    "keys": bench_keys,
    "scale": bench_scale,
    "comparison": bench_comparison,
}


def print_table(rows: list[Row]) -> None:
    """The results as a Markdown table (pasted as is into docs/performance.md)."""
    header = ("measure", "briefing", "reference", "ratio", "budget", "")
    lines = [header, ("---",) * 6]
    for row in rows:
        ratio = "" if row.ratio is None else f"{row.ratio:.2f}x"
        lines.append(
            (row.measure, row.value, row.reference, ratio, row.budget, "ok" if row.ok else "FAIL")
        )
    for line in lines:
        print("| " + " | ".join(line) + " |")


def main() -> int:
    """Run the chosen stages and print the table; exit 1 if a budget fails."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=11, help="paired rounds per figure")
    parser.add_argument("--only", nargs="+", choices=list(STAGES), help="run only these stages")
    options = parser.parse_args()
    warm_up()
    rows: list[Row] = []
    for name in options.only or STAGES:
        print(f"running {name} ...", file=sys.stderr)
        rows.extend(STAGES[name](options.rounds))
    print_table(rows)
    return 0 if all(row.ok for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
