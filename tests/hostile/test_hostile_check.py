"""Every hostile case through the real `briefing check`, and through the loader itself.

The command must answer with the documented exit code, problems on stderr as
PATH:LINE:COL: message, nothing on stdout when it fails, no traceback, and no
escape, C1 or bidi control character on either stream, within a hang guard.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import run_briefing
from hostile.cases import CASES, Case, assert_terminal_safe, problems_in, text_fields

from briefing.load import load
from briefing.problems import BriefingError


def _input(case: Case, tmp_path: Path) -> Path:
    folder = tmp_path / "input"
    folder.mkdir()
    return case.build(folder)


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_check_answers_hostile_input_cleanly(case: Case, tmp_path: Path) -> None:
    """`briefing check` exits as documented, with clean, safe output."""
    file = _input(case, tmp_path)
    cache = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    result = run_briefing("check", file, env=cache, timeout=case.timeout)
    assert b"Traceback" not in result.stderr
    assert result.returncode == case.exit_code, result.stderr.decode(errors="replace")[:2000]
    assert_terminal_safe(result.stdout)
    assert_terminal_safe(result.stderr)
    if case.exit_code == 0:
        assert result.stderr == b""
        assert re.fullmatch(rb".+: OK: .+ verified\n", result.stdout)
        again = run_briefing("check", file, env=cache, timeout=case.timeout)  # from the cache
        assert (again.returncode, again.stdout, again.stderr) == (0, result.stdout, b"")
        return
    assert result.stdout == b""
    if case.exit_code == 2:
        assert case.problem and re.search(case.problem, result.stderr.decode())
        return
    problems = problems_in(result.stderr)
    assert {problem["path"] for problem in problems} == {str(file)}
    assert case.problem is not None
    matching = [p for p in problems if re.search(case.problem, p["message"])]
    assert matching, f"no problem matches {case.problem!r}: {result.stderr.decode()}"
    if case.position:
        assert (int(matching[0]["line"]), int(matching[0]["column"])) == case.position


@pytest.mark.parametrize(
    "case", [case for case in CASES if case.kind != "size"], ids=lambda case: case.name
)
def test_loader_loads_safely_or_raises_only_its_own_error(case: Case, tmp_path: Path) -> None:
    """In process: a safe model with the literal text kept, or a BriefingError, nothing else."""
    file = _input(case, tmp_path)
    try:
        briefing = load(file)
    except BriefingError as error:
        assert case.exit_code != 0, str(error)
        assert error.problems and all(p.line >= 1 and p.column >= 1 for p in error.problems)
        return
    assert case.exit_code == 0
    texts = list(text_fields(briefing))
    assert texts
    for text in texts:
        assert_terminal_safe(text.encode())
    for literal in case.literal:
        assert any(literal in text for text in texts), literal


def test_escapes_become_visible_replacement_characters() -> None:
    """An escape is not dropped silently: the reader sees that something was there."""
    case = next(case for case in CASES if case.name == "escapes-and-bidi-in-file")
    briefing = load(case.build(Path()))
    assert briefing.title == "\ufffd]0;pwned\ufffd India and the EU \ufffd[2J agree"
    assert briefing.place == "New \ufffdihleD\ufffd"
    assert briefing.outcomes[0].detail == "\ufffd" * 5
    assert "\n\n" in briefing.summary  # newlines are kept: paragraphs still split


def test_excerpt_with_an_escape_matches_the_escape_in_its_article(tmp_path: Path) -> None:
    """Both sides are made safe the same way, so an excerpt copied with its escape still matches."""
    case = next(case for case in CASES if case.name == "escapes-raw-in-article")
    briefing = load(_input(case, tmp_path))
    evidence = briefing.outcomes[0].evidence[0]
    start, end = evidence.span
    assert evidence.source.text[start:end] == "partnership was \ufffd[31msigned"


@pytest.mark.parametrize("exists", [True, False], ids=["ok-line", "no-such-file"])
def test_a_hostile_file_name_does_not_reach_the_terminal_raw(tmp_path: Path, exists: bool) -> None:
    """A file name is text from someone else too (`briefing check *.yaml`)."""
    from hostile.cases import briefing_text, write_briefing

    name = "brief\x1b]0;pwned\x07\u202e.yaml"
    file = write_briefing(tmp_path, briefing_text(), name) if exists else tmp_path / name
    result = run_briefing("check", file, env={"BRIEFING_CACHE_DIR": str(tmp_path / "cache")})
    assert result.returncode == (0 if exists else 2)
    assert_terminal_safe(result.stdout)
    assert_terminal_safe(result.stderr)
