"""Benchmarks: speed, memory and scale, each against its floor, in one table.

    python bench/run.py [--rounds N] [--quick] [--only NAME ...]

Every figure is a median of paired runs (see pairs.py), printed next to the
reference measured in the same run. A figure over its budget is marked FAIL
and makes the command exit 1. Run it from the project's venv, after the
README's set-up:  .venv/bin/python bench/run.py
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pairs import paired, wall_time
from scale import SCALES, check_time, make, stage_times
from terminal import clean_environment, terminal

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
PYTHON = sys.executable
BIN = Path(PYTHON).parent
BRIEFING = str(BIN / "briefing")
BUNDLED = ROOT / "data" / "briefing.yaml"
BUNDLED_TITLE = "India–EU Security and Defence"
MINIMAL_TITLE = "Minimal reference app"


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


def bench_plain(rounds: int) -> list[Row]:
    """`briefing print` and `briefing check` against `python -c "import yaml"`."""
    reference = wall_time([PYTHON, "-c", "import yaml"])
    rows = []
    for command in ("print", "check"):
        result = paired(wall_time([BRIEFING, command, str(BUNDLED)]), reference, rounds)
        rows.append(
            Row(
                f"briefing {command} (bundled)",
                ms(result.subject),
                f"import yaml {ms(result.reference)}",
                result.ratio,
                "1.5x",
                result.ratio <= 1.5,
            )
        )
    return rows


def bench_app(rounds: int) -> list[Row]:
    """First paint, quit and peak memory of the app against a minimal Textual app."""
    paints: list[tuple[float, float]] = []
    quits: list[tuple[float, float]] = []
    memory: list[tuple[float, float]] = []
    with tempfile.TemporaryDirectory() as scratch, terminal(120, 40, ROOT) as term:
        rss_file = Path(scratch) / "rss"

        def once(command: str, title: str) -> tuple[float, float, float]:
            timed = f"/usr/bin/time -f %M -o {rss_file} {command}"
            paint, channel = term.start(timed, title)
            quit_time = term.quit(channel)
            return paint, quit_time, float(rss_file.read_text().split()[-1]) / 1024

        app = f"{BRIEFING} {BUNDLED}"
        minimal = f"{PYTHON} {BENCH / 'minimal_app.py'}"
        once(app, BUNDLED_TITLE)
        once(minimal, MINIMAL_TITLE)
        for index in range(rounds):
            order = [(app, BUNDLED_TITLE), (minimal, MINIMAL_TITLE)]
            results = [once(*pair) for pair in (order if index % 2 == 0 else order[::-1])]
            ours, theirs = results if index % 2 == 0 else results[::-1]
            paints.append((ours[0], theirs[0]))
            quits.append((ours[1], theirs[1]))
            memory.append((ours[2], theirs[2]))
    return [
        _pair_row("first paint (bundled, 120x40)", paints, ms, "1.15x", 1.15),
        _pair_row("quit: q to exit", quits, ms, "report", None),
        _pair_row("peak memory (bundled)", memory, lambda mb: f"{mb:.0f} MB", "1.5x", 1.5),
    ]


def _pair_row(
    name: str,
    pairs: list[tuple[float, float]],
    show: Callable[[float], str],
    budget: str,
    limit: float | None,
) -> Row:
    ratio = statistics.median(ours / theirs for ours, theirs in pairs)
    return Row(
        name,
        show(statistics.median(ours for ours, _ in pairs)),
        f"minimal app {show(statistics.median(theirs for _, theirs in pairs))}",
        ratio,
        budget,
        limit is None or ratio <= limit,
    )


def first_paint(path: Path, title: str, rounds: int) -> float:
    """Median seconds from the keystroke to `title` on screen, cache off, in tmux."""
    times = []
    with terminal(120, 40, ROOT) as term:
        for _ in range(rounds):
            paint, channel = term.start(f"BRIEFING_NO_CACHE=1 {BRIEFING} {path}", title)
            term.quit(channel)
            times.append(paint)
    return statistics.median(times)


def bench_scale(rounds: int) -> list[Row]:
    """Each stage at 1x, 10x and 100x, with the budgets at 100x and for growth."""
    times: dict[int, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as scratch:
        for scale in SCALES:
            path = make(Path(scratch) / f"x{scale}", scale, PYTHON, BENCH)
            stages = stage_times(path, max(3, rounds // 2))
            stages["briefing check (cache off)"] = check_time(BRIEFING, path, max(3, rounds // 2))
            title = f"Generated briefing at scale {scale}"
            stages["first paint (cache off)"] = first_paint(path, title, max(3, rounds // 2))
            times[scale] = stages
    rows = []
    budgets_at_100 = {
        "briefing check (cache off)": (2.0, "2 s"),
        "analysis (compare)": (0.5, "0.5 s"),
    }
    for stage in times[1]:
        small, middle, large = (times[scale][stage] for scale in SCALES)
        growth = large / middle if middle else 0.0
        limit, label = budgets_at_100.get(stage, (None, ""))
        ok = growth <= 12 and (limit is None or large <= limit)
        budget = "10x->100x <= 12x" + (f"; 100x <= {label}" if label else "")
        if stage.startswith("first paint"):
            ok = ok and large <= 1.5 * small
            budget += "; 100x <= 1.5x 1x"
        rows.append(
            Row(
                f"scale: {stage}",
                f"1x {ms(small)} / 10x {ms(middle)} / 100x {ms(large)}",
                "growth 10x->100x",
                growth,
                budget,
                ok,
            )
        )
    return rows


STAGES: dict[str, Callable[[int], list[Row]]] = {
    "plain": bench_plain,
    "app": bench_app,
    "scale": bench_scale,
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
