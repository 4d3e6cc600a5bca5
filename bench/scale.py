"""Scale: how each stage grows from the 1x to the 100x briefing (bench/make_large.py).

Stages, each timed in this process (cache off):
- load: read the file, parse the YAML and check the schema;
- verify: read the sources and find every excerpt in its source (a whole
  load, less the parse and schema check timed just before it);
- analysis: coverage, copied text and lineages (briefing.analysis.compare);
and, through the real command, `briefing check` with the cache off.

Within each round the sizes are timed in turn (1x, 10x, 100x, then the other
way round), so that a busy moment of the machine hits all of them alike; the
growth from 10x to 100x is the median of the rounds' own ratios.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pairs import wall_time

from briefing.analysis import compare
from briefing.load import load
from briefing.validate import validate
from briefing.yaml_tree import parse_yaml

SCALES = (1, 10, 100)

Measure = Callable[[], dict[str, float]]
"""One timing of one scale: seconds per stage."""


@dataclass(frozen=True)
class Growth:
    """A stage's median time at each scale, and its median growth from 10x to 100x."""

    seconds: dict[int, float]
    growth: float


def make(folder: Path, scale: int, python: str, bench: Path) -> Path:
    """Write the briefing at `scale` into `folder` and return its path."""
    subprocess.run(
        [python, str(bench / "make_large.py"), str(folder), "--scale", str(scale)],
        check=True,
        capture_output=True,
    )
    return folder / "briefing.yaml"


def timed(action: Callable[[], object]) -> float:
    """The wall time of one call of `action`."""
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def in_turn(measures: dict[int, Measure], rounds: int) -> dict[str, Growth]:
    """Time every scale in turn, `rounds` times: per stage, medians and growth."""
    taken: list[dict[int, dict[str, float]]] = []
    for index in range(rounds):
        order = list(measures) if index % 2 == 0 else list(measures)[::-1]
        taken.append({scale: measures[scale]() for scale in order})
    stages = list(taken[0][SCALES[0]])
    return {
        stage: Growth(
            {
                scale: statistics.median(round_[scale][stage] for round_ in taken)
                for scale in measures
            },
            statistics.median(round_[100][stage] / round_[10][stage] for round_ in taken),
        )
        for stage in stages
    }


def stage_growth(paths: dict[int, Path], rounds: int) -> dict[str, Growth]:
    """Load, verify and analysis at each scale."""
    briefings = {scale: load(path) for scale, path in paths.items()}

    def measure(scale: int) -> Measure:
        path = paths[scale]

        def once() -> dict[str, float]:
            parse = timed(
                lambda: validate(parse_yaml(path.read_text(encoding="utf-8"), str(path)), str(path))
            )
            whole = timed(lambda: load(path))
            return {
                "load (parse + schema)": parse,
                "verify (sources + excerpts)": max(whole - parse, 1e-6),
                "analysis (compare)": timed(lambda: compare(briefings[scale])),
            }

        return once

    return in_turn({scale: measure(scale) for scale in paths}, rounds)


def check_growth(briefing_command: str, paths: dict[int, Path], rounds: int) -> Growth:
    """`briefing check` on each scale with the cache off, through the real command."""

    def measure(path: Path) -> Measure:
        check = wall_time([briefing_command, "check", str(path)], {"BRIEFING_NO_CACHE": "1"})
        return lambda: {"check": check()}

    return in_turn({scale: measure(path) for scale, path in paths.items()}, rounds)["check"]
