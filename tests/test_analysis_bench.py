"""The benchmark's generator writes valid briefings whose copying the analysis sees as planned."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, run_briefing

from briefing.analysis import compare
from briefing.load import load

MAKE_LARGE = ROOT / "bench" / "make_large.py"


def generate(folder: Path, scale: int) -> Path:
    """Run the generator as a user would; return the briefing it wrote."""
    result = subprocess.run(
        [sys.executable, str(MAKE_LARGE), str(folder), "--scale", str(scale)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().endswith(f"{2 * scale} sources, {30 * scale} excerpts")
    return folder / "briefing.yaml"


@pytest.mark.parametrize("scale", [1, 10])
def test_generated_briefing_passes_check(tmp_path: Path, scale: int) -> None:
    """`briefing check` accepts it: every excerpt is really in its source."""
    path = generate(tmp_path, scale)
    result = run_briefing("check", path)
    assert result.returncode == 0, result.stderr.decode()
    assert f"{2 * scale} sources" in result.stdout.decode()
    assert f"{30 * scale} citations (" in result.stdout.decode()


def test_generated_sources_have_about_800_words_and_planned_lineages(tmp_path: Path) -> None:
    """Groups of five: three carry one wire story (one lineage), two write their own."""
    briefing = load(generate(tmp_path, 10))
    assert all(700 <= source.words <= 1100 for source in briefing.sources)
    comparison = compare(briefing)
    sizes = [lineage.outlets for lineage in comparison.lineages]
    assert sizes == [3, 1, 1] * 4
    assert [lineage.name for lineage in comparison.lineages[::3]] == [f"Wire {g}" for g in range(4)]


def test_same_seed_same_files(tmp_path: Path) -> None:
    """The generator is deterministic, so benchmark runs compare like with like."""
    first = generate(tmp_path / "a", 1).read_bytes()
    second = generate(tmp_path / "b", 1).read_bytes()
    assert first == second
