"""Shared fixtures: the real command, the real files."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# Keep the developer's own cache out of the tests: every run, and every
# `briefing` command the tests start, uses a fresh cache folder of its own.
os.environ["BRIEFING_CACHE_DIR"] = tempfile.mkdtemp(prefix="briefing-test-cache-")
os.environ.pop("BRIEFING_NO_CACHE", None)

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
BUNDLED = ROOT / "data" / "briefing.yaml"
SMALL = DATA / "small.yaml"
BRIEFING_COMMAND = Path(sys.executable).parent / "briefing"
"""The installed console script, from the same environment as the tests."""


def run_briefing(
    *args: str | os.PathLike[str],
    cwd: Path | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 60,
    stdin: int | None = subprocess.DEVNULL,
) -> subprocess.CompletedProcess[bytes]:
    """Run the real `briefing` command, stdin and stdout not terminals, and return its result."""
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    environment.pop("FORCE_COLOR", None)
    return subprocess.run(
        [str(BRIEFING_COMMAND), *map(str, args)],
        cwd=cwd,
        env=environment,
        capture_output=True,
        stdin=stdin,
        timeout=timeout,
        check=False,
    )


@pytest.fixture
def small_briefing() -> Path:
    """A small valid briefing over the seeds that only tests use."""
    return SMALL
