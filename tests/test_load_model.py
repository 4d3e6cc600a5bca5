"""What a successful load gives, and the loader's bounds on work.

Every scalar is read as text and converted by the schema, so `NO` stays "NO";
an empty value of an optional key is None; dates are dates; all problems of a
stage are reported together; and no file can make the loader do unbounded work.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest
import yaml
from conftest import SMALL
from hostile.cases import ANI, briefing_text, write_briefing

from briefing import load as load_module
from briefing import yaml_tree
from briefing.load import load
from briefing.problems import MAX_PROBLEMS, BriefingError
from briefing.verify import fold


def problems(path: Path) -> list[str]:
    """Each problem of a failing load as 'LINE:COL: message'."""
    with pytest.raises(BriefingError) as caught:
        load(path)
    return [f"{p.line}:{p.column}: {p.message}" for p in caught.value.problems]


def test_the_small_briefing_loads_with_every_excerpt_where_it_was_found() -> None:
    briefing = load(SMALL)
    assert briefing.counts()["sources"] == 2 and briefing.counts()["outcomes"] == 2
    assert briefing.date == datetime.date(2026, 1, 27)
    assert briefing.updated == datetime.date(2026, 1, 28)
    assert briefing.sources[0].published == datetime.date(2026, 1, 27)
    assert len(briefing.summary_paragraphs) == 2
    evidence = [entry for item in briefing.items() for entry in item.evidence]
    assert len(evidence) == 8
    for entry in evidence:
        cut = " ... ".join(entry.source.text[span.start : span.end] for span in entry.spans)
        assert fold(cut) == fold(entry.excerpt)


@pytest.mark.parametrize("text", ["NO", "yes", "2026", "1e3", "0x1F", "null", "~", "true", ".inf"])
def test_every_scalar_stays_the_text_it_was_written_as(tmp_path: Path, text: str) -> None:
    path = write_briefing(tmp_path, briefing_text(title=text, outlet=text))
    briefing = load(path)
    assert briefing.title == text
    assert briefing.sources[0].outlet == text


def test_an_empty_optional_value_is_none(tmp_path: Path) -> None:
    """libyaml and the pure-Python parser differ here; the loader does not."""
    text = briefing_text().replace("date: 2026-01-27\n", "date: 2026-01-27\nplace:\n", 1)
    briefing = load(write_briefing(tmp_path, text))
    assert briefing.place is None


def test_a_quoted_date_is_still_checked_as_a_date(tmp_path: Path) -> None:
    text = briefing_text().replace("date: 2026-01-27", "date: '2026-02-30'", 1)
    assert problems(write_briefing(tmp_path, text)) == [
        "3:7: 'date' '2026-02-30' is not a real date: February 2026 has no day 30 (it has 28 days)"
    ]


def test_bom_and_crlf_load_to_the_same_briefing(tmp_path: Path) -> None:
    text = briefing_text(summary="|-\n  One.\n\n  Two.")
    plain = load(write_briefing(tmp_path / "lf", text))
    crlf = write_briefing(tmp_path / "crlf", b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())
    windows = load(crlf)
    assert windows.summary == plain.summary == "One.\n\nTwo."
    assert [(o.title, [(e.excerpt, e.spans) for e in o.evidence]) for o in windows.outcomes] == [
        (o.title, [(e.excerpt, e.spans) for e in o.evidence]) for o in plain.outcomes
    ]


def test_cross_check_problems_come_together_in_file_order(tmp_path: Path) -> None:
    text = briefing_text(
        excerpt="'sealed the security and defence partnership'",
        rest="timeline:\n  - date: 2026-01-26\n    event: E\n    evidence:\n"
        "      - {source: reuters, excerpt: x}\n",
    ).replace("  - id: uni", "  - id: ani", 1)
    found = problems(write_briefing(tmp_path, text))
    assert [line.split(": ")[0] for line in found] == ["10:9", "18:18", "25:18"]
    assert "duplicate id 'ani'" in found[0]
    assert "excerpt not found" in found[1] and "closest passage" in found[1]
    assert "unknown source 'reuters'" in found[2]


def test_problems_stop_at_the_cap_with_a_last_line_saying_so(tmp_path: Path) -> None:
    keys = "".join(f"k{number}: x\n" for number in range(MAX_PROBLEMS * 3))
    found = problems(write_briefing(tmp_path, briefing_text(rest=keys)))
    assert len(found) == MAX_PROBLEMS + 1
    assert found[-1].endswith(f"stopped after {MAX_PROBLEMS} problems; fix these first")


def test_nodes_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A 16 MB file of `[a,a,a,...` would be eight million nodes: the count is capped."""
    monkeypatch.setattr(yaml_tree, "MAX_NODES", 100)
    text = "schema: 1\ntitle: [" + "a, " * 200 + "]\n"
    assert problems(write_briefing(tmp_path, text)) == [
        "2:300: more than 100 YAML nodes; a briefing is never so large"
    ]


def test_excerpt_search_is_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    size = len((Path(__file__).parents[1] / "seeds" / ANI).read_text(encoding="utf-8"))
    monkeypatch.setattr(load_module, "SEARCH_BUDGET", size * 2)
    evidence = "".join(
        f"  - id: o{n}\n    title: O\n    evidence:\n"
        "      - {source: ani, excerpt: signed the security and defence partnership}\n"
        for n in range(4)
    )
    text = briefing_text(rest="").replace("outcomes:\n", "outcomes:\n" + evidence, 1)
    found = problems(write_briefing(tmp_path, text))
    assert len(found) == 3  # the first two fit in the budget
    assert all("not checked: the excerpts before it searched" in line for line in found)


def test_slow_whole_word_scans_are_charged_to_the_search_budget(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`1` found only inside numbers (`1.1,1.1,...`) makes the search scan with a regular
    expression, tens of times slower than a plain find: each costs more of the budget."""
    article = "1.1," * 50_000
    monkeypatch.setattr(load_module, "SEARCH_BUDGET", len(article) * 20)  # 20 plain finds
    evidence = "".join("      - {source: uni, excerpt: '1'}\n" for _ in range(10))
    text = briefing_text(uni_file="numbers.txt", rest="").replace(
        "outcomes:\n", f"outcomes:\n  - id: o-numbers\n    title: O\n    evidence:\n{evidence}", 1
    )
    path = write_briefing(tmp_path, text)
    (tmp_path / "numbers.txt").write_text(article, encoding="utf-8")
    found = problems(path)
    assert "found only inside a longer word" in found[0]
    assert all("not checked: the excerpts before it searched" in line for line in found[1:])
    assert len(found) == 11  # every excerpt, and the outcome's ANI one, has its line


def test_closest_passages_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module, "CLOSEST_PASSAGE_BUDGET", 0)
    text = briefing_text(excerpt="'sealed the security and defence partnership'")
    [line] = problems(write_briefing(tmp_path, text))
    assert "excerpt not found" in line and "closest passage" not in line


def test_source_bytes_are_bounded_in_total(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(load_module, "MAX_TOTAL_SOURCE_BYTES", 10)
    [line] = problems(write_briefing(tmp_path, briefing_text()))
    assert line.startswith("12:11: source file not read: the sources before it total 10")


def test_a_long_excerpt_against_a_long_source_is_reported_promptly(tmp_path: Path) -> None:
    """The closest-passage search compares only the start of a long excerpt.

    No timing here (the hang guard is pytest's own run time): without the
    bound this one excerpt costs minutes of difflib.
    """
    article = ("The partnership was signed in New Delhi on Tuesday. " * 6000).encode()
    (tmp_path / "article.txt").write_bytes(article)
    excerpt = "'" + "The partnership was sealed in New Delhi on Tuesday. " * 400 + "'"
    text = briefing_text(uni_file="article.txt", excerpt=excerpt).replace(
        "- source: ani", "- source: uni", 1
    )
    [line] = problems(write_briefing(tmp_path, text))
    assert 'closest passage: "The partnership was signed in New Delhi' in line


@pytest.mark.parametrize("start", ["@", "`", "%", "- "])
def test_a_value_starting_with_a_yaml_indicator_is_told_to_be_quoted(
    tmp_path: Path, start: str
) -> None:
    [line] = problems(write_briefing(tmp_path, briefing_text(title=f"{start}handle says")))
    assert line.startswith("2:8: YAML: ")
    assert line.endswith(f"a value cannot start with {start!r}: put the whole value in quotes")


YAML_TRAPS = sorted((Path(__file__).parent / "bad").glob("yaml_*.yaml"))


@pytest.mark.parametrize("path", YAML_TRAPS, ids=lambda path: path.stem)
def test_yaml_traps_get_the_same_place_and_advice_without_libyaml(
    path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PyYAML's own parser words its errors differently; the place and the advice stay."""
    with_libyaml = problems(path)
    monkeypatch.setattr(yaml_tree, "_Loader", yaml.SafeLoader)
    without = problems(path)
    assert [line.split(": ")[0] for line in without] == [
        line.split(": ")[0] for line in with_libyaml
    ]
    assert [line.split("; ", 1)[-1] for line in without] == [
        line.split("; ", 1)[-1] for line in with_libyaml
    ]
