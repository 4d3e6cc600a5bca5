"""Scale: how each stage grows from the 1x to the 100x briefing (bench/make_large.py).

Stages, each timed in this process (median of several runs, cache off):
- load: read the file, parse the YAML and check the schema;
- verify: read the sources and find every excerpt in its source;
- analysis: coverage, copied text and lineages (briefing.analysis.compare);
and, through the real command, `briefing check` with the cache off.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

from pairs import wall_time

from briefing.analysis import compare
from briefing.load import load
from briefing.validate import validate
from briefing.yaml_tree import parse_yaml

SCALES = (1, 10, 100)


def make(folder: Path, scale: int, python: str, bench: Path) -> Path:
    """Write the briefing at `scale` into `folder` and return its path."""
    subprocess.run(
        [python, str(bench / "make_large.py"), str(folder), "--scale", str(scale)],
        check=True,
        capture_output=True,
    )
    return folder / "briefing.yaml"


def median_seconds(action: Callable[[], object], rounds: int) -> float:
    """The median time of `rounds` calls of `action`."""
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        action()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def stage_times(path: Path, rounds: int) -> dict[str, float]:
    """Seconds per stage for the briefing at `path`."""

    def parse() -> object:
        text = path.read_text(encoding="utf-8")
        return validate(parse_yaml(text, str(path)), str(path))

    briefing = load(path)
    parsed = median_seconds(parse, rounds)
    loaded = median_seconds(lambda: load(path), rounds)
    return {
        "load (parse + schema)": parsed,
        "verify (sources + excerpts)": max(loaded - parsed, 0.0),
        "analysis (compare)": median_seconds(lambda: compare(briefing), rounds),
    }


def check_time(briefing_command: str, path: Path, rounds: int) -> float:
    """Median wall time of `briefing check` on `path` with the cache off."""
    os.environ["BRIEFING_NO_CACHE"] = "1"
    try:
        measure = wall_time([briefing_command, "check", str(path)])
        return statistics.median(measure() for _ in range(rounds))
    finally:
        del os.environ["BRIEFING_NO_CACHE"]
