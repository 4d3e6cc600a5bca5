"""The source list gives each article's path as it works from where `briefing` was run.

A briefing names its articles relative to itself (`../../seeds/a.txt`); a
reader who copies that path from the brief into their own shell gets "no such
file". The brief gives the path from the current folder when the briefing is
under it, else in full, and every path printed must open from there.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, SMALL, run_briefing

ARTICLES = ("001_1aefc524b059d3af.txt", "004_eb55e478941be5c6.txt")
"""The articles tests/data/small.yaml cites, in its source order."""


def _paths(cwd: Path, briefing: str | Path, fmt: str = "text") -> list[str]:
    """The article paths of the brief's source list, run from `cwd`."""
    result = run_briefing("print", briefing, "--section", "sources", "--format", fmt, cwd=cwd)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    text = result.stdout.decode()
    if fmt == "markdown":  # "File: seeds/001\_1aef….txt", perhaps wrapped after "File:"
        found = re.findall(r"File:\s+(\S+)", text)
        return [path.replace("\\_", "_") for path in found]
    return [line.strip() for line in text.splitlines() if line.strip().endswith(".txt")]


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_from_the_root_paths_are_relative_to_it(fmt: str) -> None:
    assert _paths(ROOT, SMALL, fmt) == [f"seeds/{name}" for name in ARTICLES]


def test_from_a_subfolder_of_the_briefing_s_root_paths_climb_to_the_articles() -> None:
    paths = _paths(ROOT / "tests", "data/small.yaml")
    assert paths == [f"../seeds/{name}" for name in ARTICLES]
    assert all((ROOT / "tests" / path).is_file() for path in paths)


def test_from_elsewhere_paths_are_absolute(tmp_path: Path) -> None:
    paths = _paths(tmp_path, SMALL)
    assert paths == [str(ROOT / "seeds" / name) for name in ARTICLES]


def test_a_symlinked_folder_is_resolved_so_the_path_opens(tmp_path: Path) -> None:
    """`link/../../seeds` read lexically would be wrong: `link` is elsewhere on disk."""
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / "link").symlink_to(SMALL.parent)
    paths = _paths(tmp_path / "work", Path("link") / SMALL.name)
    assert paths == [str(ROOT / "seeds" / name) for name in ARTICLES]
    assert all(Path(path).is_file() for path in paths)


def test_a_folder_name_with_an_escape_sequence_is_printed_harmlessly(tmp_path: Path) -> None:
    """The folders of a path come from the command line, not the checked briefing."""
    folder = tmp_path / "in\x1b[31mred"
    folder.mkdir()
    (folder / "article.txt").write_bytes((ROOT / "seeds" / ARTICLES[0]).read_bytes())
    (folder / "briefing.yaml").write_text(
        "schema: 1\ntitle: T\ndate: 2026-01-27\nbottom_line: B.\nsummary: S.\n"
        "sources:\n  - {id: ani, outlet: ANI, file: article.txt}\n"
        "outcomes:\n  - id: o\n    title: O\n    evidence:\n"
        '      - {source: ani, excerpt: "After India and the European Union signed"}\n'
        "quotes: []\nopen_questions: []\n",
        encoding="utf-8",
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    for fmt in ("text", "markdown"):
        result = run_briefing("print", folder / "briefing.yaml", "--format", fmt, cwd=elsewhere)
        assert result.returncode == 0, result.stderr.decode()
        assert b"\x1b" not in result.stdout
        assert "in\ufffd[31mred" in result.stdout.decode().replace("\\[", "[").replace("\\]", "]")
