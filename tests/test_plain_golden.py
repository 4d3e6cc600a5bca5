"""Golden files: the plain brief, exactly as `briefing print` writes it, reviewed by eye.

The bundled briefing at 60, 80 and 100 columns is the brief most users read
first; the small one and the special one keep the layout rules easy to see.

Regenerate after a deliberate layout change, then read every changed file:

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_plain_golden.py
    git diff tests/golden/

Every case runs from the repository's root, so that the source list's paths
(given from the current folder) are the same on every machine.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import BUNDLED, ROOT, SMALL, run_briefing

GOLDEN = Path(__file__).resolve().parent / "golden"
SPECIAL = GOLDEN / "special.yaml"
"""Brackets, colons, emoji names, Markdown-special characters, CJK and combining marks."""
EXTENSIONS = {"text": "txt", "markdown": "md"}

CASES = [
    *((BUNDLED, "bundled", fmt, width) for fmt in EXTENSIONS for width in (60, 80, 100)),
    *((SMALL, "small", fmt, width) for fmt in EXTENSIONS for width in (60, 80, 100)),
    *((SPECIAL, "special", fmt, width) for fmt in EXTENSIONS for width in (40, 80)),
]


@pytest.mark.parametrize(
    ("briefing", "name", "fmt", "width"),
    CASES,
    ids=[f"{name}-{fmt}-{width}" for _, name, fmt, width in CASES],
)
def test_print_matches_golden_file(briefing: Path, name: str, fmt: str, width: int) -> None:
    result = run_briefing("print", briefing, "--format", fmt, "--width", str(width), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    golden = GOLDEN / f"{name}-{width}.{EXTENSIONS[fmt]}"
    if os.environ.get("UPDATE_GOLDEN") == "1":
        golden.write_bytes(result.stdout)
        pytest.skip(f"rewrote {golden.name}: review it with git diff")
    assert golden.exists(), f"no golden file {golden.name}: run with UPDATE_GOLDEN=1"
    assert result.stdout.decode() == golden.read_text(encoding="utf-8")
