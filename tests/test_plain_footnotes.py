"""Footnotes in one list read in source-number order, in the text and Markdown briefs.

A curator cites outlets in whatever order the evidence came to hand; a reader
scanning "Sources: ANI [2], Unnamed outlet [1], Asianet Newsable [3]" looks
for an order that is not there. Lists of footnotes (an item's "Sources:" and
"Reported by ...:" lines) are sorted by number; the JSON keeps the briefing's
order, which is data.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from conftest import ROOT, SMALL, run_briefing

ANI = (
    "      - source: ani\n"
    '        excerpt: "After India and the European Union signed the security and defence'
    ' partnership"\n'
)
UNI = (
    "      - source: uni\n"
    '        excerpt: "India and the European union on Tuesday agreed upon a Security and'
    ' Defence Partnership"\n'
)


@pytest.fixture
def uni_cited_first(tmp_path: Path) -> Path:
    """The small briefing with its first outcome citing UNI [2] before ANI [1]."""
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    folder = tmp_path / "briefings" / "small"
    folder.mkdir(parents=True)
    text = SMALL.read_text(encoding="utf-8")
    assert ANI + UNI in text
    path = folder / "small.yaml"
    path.write_text(text.replace(ANI + UNI, UNI + ANI, 1), encoding="utf-8")
    return path


def _print(*args: str | Path) -> str:
    """`briefing print ARGS`, checked to succeed quietly, as text."""
    result = run_briefing("print", *args)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return result.stdout.decode()


def test_text_lists_footnotes_in_number_order(uni_cited_first: Path) -> None:
    brief = _print(uni_cited_first, "--section", "outcomes", "--width", "100")
    assert "Reported by 2 outlets, 2 independent accounts: ANI [1], UNI [2]" in brief
    assert "UNI [2], ANI [1]" not in brief


def test_markdown_lists_footnotes_in_number_order(uni_cited_first: Path) -> None:
    brief = _print(
        uni_cited_first, "--section", "outcomes", "--format", "markdown", "--width", "100"
    )
    assert "ANI \\[1\\], UNI \\[2\\]" in brief
    assert "UNI \\[2\\], ANI \\[1\\]" not in brief


def test_json_keeps_the_briefing_order(uni_cited_first: Path) -> None:
    document = json.loads(_print(uni_cited_first, "--format", "json"))
    assert [entry["source"] for entry in document["outcomes"][0]["evidence"]] == ["uni", "ani"]
    first = document["coverage"]["items"][0]
    assert (first["section"], first["index"], first["sources"]) == ("outcomes", 0, ["uni", "ani"])


def test_the_bundled_brief_has_no_footnote_list_out_of_order() -> None:
    """Every "Sources:" and "Reported by" list of the bundled brief reads [1], [2], ... upwards."""
    brief = _print("--width", "100", "--section", "outcomes", "quotes", "timeline")
    # Each list ends its item, and each item ends at a blank line.
    lists = re.findall(r"(?:Sources|Reported by[^:\n]*): (.*?)(?:\n\n|\Z)", brief, re.DOTALL)
    assert len(lists) > 20
    for cited in lists:
        numbers = [int(number) for number in re.findall(r"\[(\d+)\]", cited)]
        assert numbers and numbers == sorted(numbers), cited
