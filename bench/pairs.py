"""Paired measurements: each figure is timed next to its reference, in the same run.

On a noisy machine absolute times drift; the ratio of two runs taken back to
back drifts much less. Every figure here is the median over rounds, and the
order of the two sides alternates from round to round so that neither side
always runs on a warmer (or colder) machine.
"""

from __future__ import annotations

import statistics
import subprocess
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from terminal import clean_environment


@dataclass(frozen=True)
class Paired:
    """Medians of a measured thing, of its reference, and of the per-round ratio."""

    subject: float
    reference: float
    ratio: float


def paired(subject: Callable[[], float], reference: Callable[[], float], rounds: int) -> Paired:
    """Measure `subject` and `reference` alternately, `rounds` times each."""
    subjects: list[float] = []
    references: list[float] = []
    for index in range(rounds):
        if index % 2:
            references.append(reference())
            subjects.append(subject())
        else:
            subjects.append(subject())
            references.append(reference())
    ratios = [s / r for s, r in zip(subjects, references, strict=True)]
    return Paired(
        statistics.median(subjects), statistics.median(references), statistics.median(ratios)
    )


def wall_time(command: Sequence[str], env: Mapping[str, str] | None = None) -> Callable[[], float]:
    """A measurer of one run of `command` (with `env` added), output discarded, stdin not a tty."""
    environment = {**clean_environment(), **(env or {})}

    def measure() -> float:
        started = time.perf_counter()
        subprocess.run(
            command,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env=environment,
            check=True,
        )
        return time.perf_counter() - started

    return measure
