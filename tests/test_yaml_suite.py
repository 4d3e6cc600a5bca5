"""Every input of the public YAML test suite, loaded as if it were a briefing.

Whatever the input, the loader ends one of two ways: a loaded briefing, or a
BriefingError whose every problem has a line and a column. Never another
exception, a hang or a crash. The corpus lives outside the repository
(../shared/corpora/yaml-test-suite); without it these tests are skipped.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import ROOT, run_briefing
from hostile.cases import assert_terminal_safe, problems_in

from briefing.load import load
from briefing.problems import BriefingError

SUITE = Path(
    os.environ.get("BRIEFING_YAML_SUITE", ROOT.parent / "shared" / "corpora" / "yaml-test-suite")
)
INPUTS = sorted(SUITE.glob("valid/*")) + sorted(SUITE.glob("error/*"))
needs_suite = pytest.mark.skipif(not INPUTS, reason=f"YAML test suite not found at {SUITE}")


def _as_briefing(case: Path, tmp_path: Path) -> Path:
    """The input under a briefing's name, in a folder of its own."""
    path = tmp_path / f"{case.parent.name}-{case.name}.yaml"
    path.write_bytes(case.read_bytes())
    return path


@needs_suite
def test_the_whole_suite_is_there() -> None:
    """The README of the corpus promises 308 valid and 94 error inputs."""
    assert len(list(SUITE.glob("valid/*"))) == 308
    assert len(list(SUITE.glob("error/*"))) == 94


@needs_suite
@pytest.mark.parametrize("case", INPUTS, ids=lambda case: f"{case.parent.name}/{case.name}")
def test_loader_ends_in_a_briefing_or_its_own_error(case: Path, tmp_path: Path) -> None:
    """Only BriefingError escapes, and each of its problems points at a place."""
    path = _as_briefing(case, tmp_path)
    try:
        load(path)
    except BriefingError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.path == str(path)
            assert problem.line >= 1 and problem.column >= 1
            assert problem.message and "\n" not in str(problem)
        assert_terminal_safe(str(error).encode())


COMMAND_CASES = (
    "valid/2XXW.yaml",
    "valid/6BCT.yaml",
    "error/4EJS.yaml",
    "error/CXX2.yaml",
    "valid/J7PZ.yaml",
)
"""A handful run through the real command: a set, tabs, a tab error, an anchor, an omap."""


@needs_suite
@pytest.mark.parametrize("name", COMMAND_CASES)
def test_check_answers_a_suite_input_cleanly(name: str, tmp_path: Path) -> None:
    """Exit 1 with problems on stderr, nothing on stdout, no traceback."""
    case = SUITE / name
    if not case.exists():
        pytest.skip(f"{name} is not in this copy of the suite")
    path = _as_briefing(case, tmp_path)
    result = run_briefing("check", path, env={"BRIEFING_CACHE_DIR": str(tmp_path / "cache")})
    assert result.returncode == 1
    assert result.stdout == b""
    assert b"Traceback" not in result.stderr
    assert_terminal_safe(result.stderr)
    assert {match["path"] for match in problems_in(result.stderr)} == {str(path)}
