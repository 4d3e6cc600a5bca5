"""The JSON brief: the documented structure (docs/json-output.md) and what verification found."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import BUNDLED, ROOT, SMALL, run_briefing

from briefing.load import load
from briefing.verify import fold

NULLABLE_TEXT = (str, type(None))

HEADER = {
    "format_version": int,
    "file": str,
    "title": str,
    "date": str,
    "place": NULLABLE_TEXT,
    "updated": NULLABLE_TEXT,
    "bottom_line": str,
}
SECTIONS = {
    "summary": str,
    "summary_paragraphs": list,
    "outcomes": list,
    "quotes": list,
    "questions": list,
    "discrepancies": list,
    "coverage": dict,
    "timeline": list,
    "sources": list,
}
EVIDENCE = {"source": str, "excerpt": str, "spans": list, "reading": NULLABLE_TEXT}
SPAN = {"start": int, "end": int, "text": str}
ITEMS = {
    "outcomes": {"id": str, "title": str, "detail": NULLABLE_TEXT, "evidence": list},
    "quotes": {
        "id": str,
        "speaker": str,
        "role": NULLABLE_TEXT,
        "text": str,
        "context": NULLABLE_TEXT,
        "evidence": list,
    },
    "questions": {"id": str, "question": str, "why": NULLABLE_TEXT, "evidence": list},
    "discrepancies": {"id": str, "topic": str, "accounts": list, "assessment": NULLABLE_TEXT},
    "timeline": {"date": str, "event": str, "evidence": list},
}
ITEM_REF = {"section": str, "index": int, "id": NULLABLE_TEXT}
COVERAGE = {
    "outlets": int,
    "independent": int,
    "phrase": str,
    "threshold": float,
    "shingle_words": int,
    "counted": dict,
    "lineages": list,
    "items": list,
    "by_source": list,
    "containment": dict,
}
LINEAGE = {
    "name": str,
    "label": NULLABLE_TEXT,
    "wire": NULLABLE_TEXT,
    "sources": list,
    "pairs": list,
    "exclusives": list,
    "alone": list,
}
COUNTED = {"sections": list, "items": int, "phrase": str}
PAIR = {"first": str, "second": str, "first_in_second": float, "second_in_first": float}
ITEM_COVERAGE = {
    **ITEM_REF,
    "sources": list,
    "lineages": list,
    "outlets": int,
    "independent": int,
    "exclusive_to": NULLABLE_TEXT,
    "phrase": str,
}
BY_SOURCE = {
    "source": str,
    "number": int,
    "lineage": str,
    "copied_share": float,
    "items": int,
    "exclusives": list,
    "reports": list,
    "alone": list,
    "phrase": str,
}
CONTAINMENT = {"sources": list, "matrix": list}
SOURCE = {
    "id": str,
    "number": int,
    "outlet": str,
    "file": str,
    "path": str,
    "published": NULLABLE_TEXT,
    "headline": NULLABLE_TEXT,
    "wire": NULLABLE_TEXT,
    "url": NULLABLE_TEXT,
    "characters": int,
    "words": int,
    "excerpts_cited": int,
    "citations": int,
}


def _json(*args: str | Path) -> dict[str, Any]:
    """`briefing print --format json ARGS`, parsed."""
    result = run_briefing("print", "--format", "json", *args, cwd=ROOT)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b"" and result.stdout.endswith(b"}\n")
    document: dict[str, Any] = json.loads(result.stdout)
    return document


def _check_shape(value: dict[str, Any], shape: dict[str, Any], where: str) -> None:
    """`value` has exactly the keys of `shape`, each of the type it names."""
    assert list(value) == list(shape), where
    for key, kind in shape.items():
        assert isinstance(value[key], kind), f"{where}.{key}: {value[key]!r}"


def _article(path: str) -> str:
    """An article's text as the loader reads it: BOM dropped, line ends made LF."""
    text = Path(path).read_bytes().decode("utf-8-sig")
    return text.replace("\r\n", "\n").replace("\r", "\n")


@pytest.mark.parametrize("briefing", [SMALL, BUNDLED], ids=["small", "bundled"])
def test_json_has_the_documented_shape(briefing: Path) -> None:
    document = _json(briefing)
    _check_shape(document, {**HEADER, **SECTIONS}, "top")
    assert document["format_version"] == 1
    for section, shape in ITEMS.items():
        for index, item in enumerate(document[section]):
            _check_shape(item, shape, f"{section}[{index}]")
            for entry in item["accounts" if section == "discrepancies" else "evidence"]:
                _check_shape(entry, EVIDENCE, f"{section}[{index}] evidence")
                assert entry["spans"], f"{section}[{index}]: an excerpt found nowhere"
                for span in entry["spans"]:
                    _check_shape(span, SPAN, f"{section}[{index}] span")
    for index, source in enumerate(document["sources"]):
        _check_shape(source, SOURCE, f"sources[{index}]")
        assert source["number"] == index + 1
    _check_coverage_shape(document["coverage"], len(document["sources"]))


def _check_coverage_shape(coverage: dict[str, Any], sources: int) -> None:
    """The coverage object and everything in it has the documented keys and types."""
    _check_shape(coverage, COVERAGE, "coverage")
    _check_shape(coverage["counted"], COUNTED, "coverage.counted")
    for index, lineage in enumerate(coverage["lineages"]):
        _check_shape(lineage, LINEAGE, f"coverage.lineages[{index}]")
        for pair in lineage["pairs"]:
            _check_shape(pair, PAIR, f"coverage.lineages[{index}].pairs")
        for key in ("exclusives", "alone"):
            for ref in lineage[key]:
                _check_shape(ref, ITEM_REF, f"coverage.lineages[{index}].{key}")
    for index, item in enumerate(coverage["items"]):
        _check_shape(item, ITEM_COVERAGE, f"coverage.items[{index}]")
    for index, entry in enumerate(coverage["by_source"]):
        _check_shape(entry, BY_SOURCE, f"coverage.by_source[{index}]")
        for key in ("exclusives", "reports", "alone"):
            for ref in entry[key]:
                _check_shape(ref, ITEM_REF, f"coverage.by_source[{index}].{key}")
    _check_shape(coverage["containment"], CONTAINMENT, "coverage.containment")
    matrix = coverage["containment"]["matrix"]
    assert len(matrix) == sources and all(len(row) == sources for row in matrix)
    assert all(isinstance(share, float) and 0 <= share <= 1 for row in matrix for share in row)


def test_json_carries_the_briefing_as_loaded() -> None:
    briefing = load(SMALL)
    document = _json(SMALL)
    assert document["title"] == briefing.title
    assert document["date"] == "2026-01-27" and document["updated"] == "2026-01-28"
    assert [o["id"] for o in document["outcomes"]] == [o.id for o in briefing.outcomes]
    assert [q["speaker"] for q in document["quotes"]] == [q.speaker for q in briefing.quotes]
    assert document["questions"][0]["evidence"] == []
    readings = [a["reading"] for a in document["discrepancies"][0]["accounts"]]
    assert readings == ["Signed.", "Agreed upon."]
    assert [s["excerpts_cited"] for s in document["sources"]] == [3, 4]
    assert [s["citations"] for s in document["sources"]] == [4, 4]


def test_source_paths_are_absolute_without_climbing_and_open_from_anywhere(
    tmp_path: Path,
) -> None:
    """The bundled briefing names its articles '../seeds/...': JSON gives them in full.

    Run from an unrelated folder, so a path that only works from the root fails.
    """
    result = run_briefing("print", "--format", "json", "--section", "sources", cwd=tmp_path)
    assert result.returncode == 0, result.stderr.decode()
    for source in json.loads(result.stdout)["sources"]:
        path = source["path"]
        assert Path(path).is_absolute() and ".." not in Path(path).parts, path
        assert path == str(ROOT.resolve() / "seeds" / Path(source["file"]).name)
        assert Path(path).is_file()


def test_each_source_s_citations_add_up_to_what_check_verified() -> None:
    """check's "150 citations (127 distinct excerpts) verified" is the sum of the sources'."""
    document = _json(BUNDLED, "--section", "sources")
    citations = sum(source["citations"] for source in document["sources"])
    excerpts = sum(source["excerpts_cited"] for source in document["sources"])
    result = run_briefing("check", BUNDLED, cwd=ROOT)
    assert result.returncode == 0
    summary = result.stdout.decode()
    assert f"; {citations} citations ({excerpts} distinct excerpts) verified\n" in summary
    assert citations > excerpts  # some excerpts are cited by several items


@pytest.mark.parametrize("briefing", [SMALL, BUNDLED], ids=["small", "bundled"])
def test_every_span_points_at_its_excerpt_in_the_article(briefing: Path) -> None:
    document = _json(briefing)
    articles = {source["id"]: _article(source["path"]) for source in document["sources"]}
    for source in document["sources"]:
        assert source["characters"] == len(articles[source["id"]])
    entries = [
        entry
        for section in ITEMS
        for item in document[section]
        for entry in item["accounts" if section == "discrepancies" else "evidence"]
    ]
    assert entries
    for entry in entries:
        article = articles[entry["source"]]
        pieces = [p for p in entry["excerpt"].replace("…", "...").split("...") if p.strip()]
        assert len(pieces) == len(entry["spans"])
        previous_end = 0
        for piece, span in zip(pieces, entry["spans"], strict=True):
            assert previous_end <= span["start"] < span["end"] <= len(article)
            assert span["text"] == article[span["start"] : span["end"]]
            # The same text, up to what matching forgives (quote marks, dashes, spacing).
            assert fold(span["text"]).split() == fold(piece).split()
            previous_end = span["end"]


def test_section_keeps_the_header_and_only_the_sections_named_in_order() -> None:
    document = _json(SMALL, "--section", "timeline", "outcomes")
    assert list(document) == [*HEADER, "timeline", "outcomes"]
