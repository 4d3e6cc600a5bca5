"""Time the outlet comparison at 20 and 200 sources: .venv/bin/python bench/bench_analysis.py

For each size it writes a generated briefing (bench/make_large.py, scales 10
and 100: ~800 words a source), loads it with the real loader (not timed), then
times `compare(briefing)` (coverage, containment of every pair through the
inverted index, lineages) several times and reports the median. It also
reports, for information, the time to find one pair's shared passages on
first request (the lazy part, outside the budget).

Exit status 1 when the median at 200 sources is over the budget (0.5 s), or
when time grows much faster than the text: the growth ratio
(time at 200 / time at 20) / (words at 200 / words at 20) is 1.0 for linear
growth and about 10 for growth with the square of the number of sources; over
2.0 fails.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import make_large

from briefing.analysis import compare
from briefing.load import load
from briefing.model import Briefing

BUDGET_SECONDS = 0.5
"""Largest median allowed for `compare` at 200 sources."""
MAX_GROWTH = 2.0
"""Largest growth ratio allowed (1.0 is linear in total words)."""
SCALES = (10, 100)
"""20 and 200 sources."""


def median_time(action: Callable[[], object], runs: int) -> tuple[float, list[float]]:
    """The median and all wall-clock times of `runs` calls, each after a garbage collection."""
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def measure(briefing: Briefing, runs: int) -> dict[str, float]:
    """Time compare(), and one lazy pair's passages, on a loaded briefing."""
    compare(briefing)  # warm up (regular expressions, imports)
    seconds, times = median_time(lambda: compare(briefing), runs)
    comparison = compare(briefing)
    widest = max(comparison.reuse.pairs, key=lambda pair: pair.shared)
    start = time.perf_counter()
    passages = comparison.reuse.shared_passages(widest.first, widest.second)
    lazy = time.perf_counter() - start
    return {
        "sources": len(briefing.sources),
        "words": sum(source.words for source in briefing.sources),
        "excerpts": sum(len(item.evidence) for item in briefing.items()),
        "lineages": len(comparison.lineages),
        "pairs": len(comparison.reuse.pairs),
        "median": seconds,
        "fastest": min(times),
        "slowest": max(times),
        "lazy": lazy,
        "passages": len(passages),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark, print the table, and return the exit status."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9, help="timed runs per size (default 9)")
    args = parser.parse_args(argv)
    results = []
    with tempfile.TemporaryDirectory(prefix="briefing-bench-") as folder:
        for scale in SCALES:
            path = make_large.write(Path(folder) / f"x{scale}", scale)
            results.append(measure(load(path), args.runs))
    print(f"compare(briefing): median of {args.runs} runs (coverage + containment + lineages)")
    print(
        f"{'sources':>7} {'words':>8} {'excerpts':>8} {'lineages':>8} {'pairs':>6}"
        f" {'median':>9} {'fastest':>9} {'slowest':>9}   lazy passages of the widest pair"
    )
    for r in results:
        print(
            f"{r['sources']:7.0f} {r['words']:8.0f} {r['excerpts']:8.0f} {r['lineages']:8.0f}"
            f" {r['pairs']:6.0f} {r['median'] * 1000:7.1f}ms {r['fastest'] * 1000:7.1f}ms"
            f" {r['slowest'] * 1000:7.1f}ms   {r['lazy'] * 1000:.1f}ms"
            f" ({r['passages']:.0f} passages)"
        )
    small, large = results
    time_growth = large["median"] / small["median"]
    word_growth = large["words"] / small["words"]
    growth = time_growth / word_growth
    print(
        f"growth {small['sources']:.0f} -> {large['sources']:.0f} sources: time x{time_growth:.1f},"
        f" words x{word_growth:.1f}, ratio {growth:.2f} (1.0 = linear in total words)"
    )
    failures = []
    if large["median"] > BUDGET_SECONDS:
        failures.append(f"median {large['median']:.3f}s over the {BUDGET_SECONDS}s budget")
    if growth > MAX_GROWTH:
        failures.append(f"growth ratio {growth:.2f} over {MAX_GROWTH}")
    for failure in failures:
        print(f"FAIL: {failure}", file=sys.stderr)
    if not failures:
        print(f"OK: within {BUDGET_SECONDS}s at {large['sources']:.0f} sources")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
