"""One small bad file per rule of the format, each saying what `briefing check` must report.

Every file in tests/bad/ starts with its expected problems, one per line:

    # expect: LINE:COL: message
    # expect-total: N        (optional: N problems in all, when not all are listed)

The loader must report exactly those problems (and, without `expect-total`,
no others); the real command must print them on stderr, one per line as
PATH:LINE:COL: message, exit 1, and leave stdout empty.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import run_briefing
from hostile.cases import assert_terminal_safe, problems_in

from briefing.load import load
from briefing.problems import BriefingError

BAD = Path(__file__).resolve().parent / "bad"
FILES = sorted(BAD.glob("*.yaml"))


@dataclass(frozen=True)
class Expected:
    """What a bad file says it must produce."""

    problems: tuple[str, ...]
    """Each as 'LINE:COL: message'."""
    total: int


def expected(path: Path) -> Expected:
    """Read the `# expect` header of a bad file (bytes: some files are not UTF-8 past it)."""
    problems: list[str] = []
    total: int | None = None
    for raw in path.read_bytes().split(b"\n"):
        if raw.startswith(b"# expect: "):
            problems.append(raw[len(b"# expect: ") :].decode("utf-8"))
        elif raw.startswith(b"# expect-total: "):
            total = int(raw[len(b"# expect-total: ") :])
    assert problems, f"{path.name} has no '# expect:' line"
    return Expected(tuple(problems), len(problems) if total is None else total)


RULES = {
    # the format
    "schema_unsupported", "schema_missing", "schema_not_text", "required_missing_top",
    "required_missing_nested", "types_top_level", "types_entries", "types_leaves",
    "unknown_key_top", "unknown_key_nested", "bad_ids", "bad_dates", "empty_required_lists",
    "empty_text", "discrepancy_one_account",
    # cross-checks
    "duplicate_ids", "unknown_source", "excerpt_not_found", "quote_not_in_source",
    "excerpt_pieces_out_of_order", "excerpt_only_ellipsis",
    # what a "not found" message says: where excerpt and source first differ, and how
    "excerpt_late_difference", "excerpt_letter_case", "excerpt_quote_mark", "excerpt_dash",
    "excerpt_missing_word", "excerpt_accent", "excerpt_double_hyphen", "quote_closing_mark",
    # safe YAML
    "yaml_tag", "yaml_anchor_alias", "billion_laughs", "duplicate_key", "several_documents",
    "empty", "top_level_list", "top_level_text", "complex_key", "too_deep", "binary_junk",
    "not_utf8",
    # YAML traps: libyaml's words, the true place, and what to do
    "yaml_colon_in_value", "yaml_tab_indent", "yaml_tab_before_entry",
    "yaml_quote_inside_double_quotes", "yaml_apostrophe_inside_single_quotes",
    "yaml_unclosed_quote", "yaml_unclosed_quote_runs_on", "yaml_key_without_colon",
    # source files
    "source_absolute", "source_dev_zero", "source_folder", "source_missing", "source_not_utf8",
    "source_nul_in_path",
}  # fmt: skip
"""Every rule of the format that has its own bad file."""


def test_there_is_a_bad_file_for_every_rule() -> None:
    """A guard against a rule's file being removed or renamed by accident."""
    assert {path.stem for path in FILES} == RULES


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_loader_reports_exactly_the_expected_problems(path: Path) -> None:
    """Each rule's message and position, and nothing else."""
    want = expected(path)
    with pytest.raises(BriefingError) as caught:
        load(path)
    found = [f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems]
    assert {p.path for p in caught.value.problems} == {str(path)}
    missing = [problem for problem in want.problems if problem not in found]
    assert not missing, f"expected but not reported: {missing}\nreported: {found}"
    assert len(found) == want.total, f"reported: {found}"


@pytest.mark.parametrize("path", FILES, ids=lambda path: path.stem)
def test_check_prints_each_problem_and_exits_1(path: Path, tmp_path: Path) -> None:
    """Through the real command: exit 1, stderr only, one safe line per problem."""
    result = run_briefing("check", path, env={"BRIEFING_CACHE_DIR": str(tmp_path)})
    assert result.returncode == 1, result.stderr
    assert result.stdout == b""
    assert b"Traceback" not in result.stderr
    assert_terminal_safe(result.stderr)
    reported = problems_in(result.stderr)
    assert {match["path"] for match in reported} == {str(path)}
    lines = [f"{m['line']}:{m['column']}: {m['message']}" for m in reported]
    want = expected(path)
    assert [line for line in want.problems if line not in lines] == []
    assert len(lines) == want.total
