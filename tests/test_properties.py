"""Property tests: whatever the bytes, only BriefingError comes out; valid files round-trip.

- random text and random YAML-ish text: a briefing or a BriefingError, nothing else;
- generated valid briefings (excerpts cut from the seeds), written with
  yaml.safe_dump, load back to the same values;
- valid files mutated (characters and lines deleted, duplicated, replaced,
  bytes inserted): only clean errors, each with a place.

Examples are few by default to keep the suite fast; search harder with
BRIEFING_PROPERTY_EXAMPLES=2000.
"""

from __future__ import annotations

import datetime
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SMALL
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from briefing.load import load
from briefing.model import Briefing
from briefing.problems import BriefingError
from briefing.safe_text import is_safe
from briefing.verify import fold

ROOT = Path(__file__).resolve().parent.parent
SEED_TEXTS = {
    f"s{number}": path for number, path in enumerate(sorted((ROOT / "seeds").glob("*.txt")))
}

EXAMPLES = int(os.environ.get("BRIEFING_PROPERTY_EXAMPLES", "40"))
"""Examples per property: few by default, for a fast suite; raise it to search harder."""
SETTINGS = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with every seed under seeds/, where each example writes its briefing."""
    where = tmp_path_factory.mktemp("properties")
    (where / "seeds").mkdir()
    for path in SEED_TEXTS.values():
        shutil.copyfile(path, where / "seeds" / path.name)
    return where


def load_or_error(path: Path) -> Briefing | None:
    """Load `path`; a BriefingError must point at places; any other exception fails the test."""
    try:
        return load(path)
    except BriefingError as error:
        assert error.problems
        for problem in error.problems:
            assert problem.line >= 1 and problem.column >= 1
            assert is_safe(str(problem)) and "\n" not in str(problem)
        return None


# --- random input ----------------------------------------------------------------

YAML_PIECES = st.sampled_from(
    [
        "schema: 1\n", "title: ", "sources:\n", "  - id: s0\n", "    file: seeds/x\n",
        "- ", ": ", "? ", "&a ", "*a", "!!str ", "!x ", "{", "}", "[", "]", ",", "'", '"',
        "|", ">", "#", "%YAML 1.2\n", "---\n", "...\n", "\n", "  ", "\t", "\r\n", "\ufeff",
        "\\e]0;x\\a", "\x1b", "\x85", "\u2028", "\u202e", "é", "…", "null", "~", "NO",
        "2026-01-27", "0x1F",
    ]
)  # fmt: skip


@SETTINGS
@given(text=st.text(max_size=300))
def test_random_text_gives_only_briefing_errors(folder: Path, text: str) -> None:
    path = folder / "random.yaml"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    assert load_or_error(path) is None


@SETTINGS
@given(pieces=st.lists(st.one_of(YAML_PIECES, st.text(max_size=8)), max_size=60))
def test_random_yaml_gives_only_briefing_errors(folder: Path, pieces: list[str]) -> None:
    path = folder / "yamlish.yaml"
    path.write_text("".join(pieces), encoding="utf-8", errors="surrogatepass")
    load_or_error(path)


@SETTINGS
@given(data=st.binary(max_size=400))
def test_random_bytes_give_only_briefing_errors(folder: Path, data: bytes) -> None:
    path = folder / "bytes.yaml"
    path.write_bytes(data)
    assert load_or_error(path) is None


# --- generated valid briefings -------------------------------------------------

SAFE_TEXT = st.text(
    st.characters(
        categories=["L", "M", "N", "P", "S", "Zs"],
        exclude_characters="\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\x85\xa0",
    ),
    min_size=1,
    max_size=40,
)
"""Text that loading keeps exactly as written (nothing for make_safe to replace)."""
IDS = st.from_regex(r"[a-z0-9]{1,6}(-[a-z0-9]{1,4}){0,2}", fullmatch=True)
DATES = st.dates(datetime.date(1900, 1, 1), datetime.date(2100, 12, 31))
TIMELINE_DATES = st.one_of(
    DATES.map(datetime.date.isoformat),
    DATES.map(lambda day: day.isoformat()[:7]),  # a month, as "2022-03"
    DATES.map(lambda day: day.isoformat()[:4]),  # a year
)
"""A timeline date may be a day, a month or a year (as text: YAML has no month type)."""


@st.composite
def excerpts(draw: st.DrawFn) -> tuple[str, str]:
    """A source id and a verbatim excerpt cut from that seed at word boundaries."""
    source = draw(st.sampled_from(sorted(SEED_TEXTS)))
    words = SEED_TEXTS[source].read_text(encoding="utf-8").split(" ")
    start = draw(st.integers(0, len(words) - 2))
    length = draw(st.integers(1, 12))
    excerpt = " ".join(words[start : start + length]).strip()
    assume(fold(excerpt).replace(".", "").strip())
    return source, excerpt


def evidence_entries(draw: st.DrawFn, least: int, most: int) -> list[dict[str, str]]:
    """Evidence entries as a curator writes them."""
    return [
        {"source": source, "excerpt": excerpt}
        for source, excerpt in draw(st.lists(excerpts(), min_size=least, max_size=most))
    ]


@st.composite
def briefings(draw: st.DrawFn) -> dict[str, Any]:
    """A valid briefing as plain data, ready for yaml.safe_dump."""
    # Item ids share one space with the source ids, so none may be a source's.
    item_ids = IDS.filter(lambda candidate: candidate not in SEED_TEXTS)
    ids = iter(draw(st.lists(item_ids, min_size=40, max_size=40, unique=True)))
    quote_source, quote_text = draw(excerpts())
    other_source, other_wording = draw(excerpts())
    data: dict[str, Any] = {
        "schema": 1,
        "title": draw(SAFE_TEXT),
        "date": draw(DATES),
        "bottom_line": draw(SAFE_TEXT),
        "summary": "\n\n".join(draw(st.lists(SAFE_TEXT, min_size=1, max_size=3))),
        "sources": [
            {"id": source, "outlet": draw(SAFE_TEXT), "file": f"seeds/{path.name}"}
            for source, path in sorted(SEED_TEXTS.items())
        ],
        "outcomes": [
            {"id": next(ids), "title": draw(SAFE_TEXT), "evidence": evidence_entries(draw, 1, 3)}
            for _ in range(draw(st.integers(0, 4)))
        ],
        "quotes": [
            {
                "id": next(ids),
                "speaker": draw(SAFE_TEXT),
                "text": quote_text,
                "sources": [quote_source, {"source": other_source, "excerpt": other_wording}],
            }
        ],
        "open_questions": [
            {"id": next(ids), "question": draw(SAFE_TEXT), "evidence": evidence_entries(draw, 0, 2)}
        ],
    }
    if draw(st.booleans()):
        data["place"] = draw(SAFE_TEXT)
        data["updated"] = draw(DATES)
        data["sources"][0].update(
            published=draw(DATES), headline=draw(SAFE_TEXT), wire="ANI", url="https://x.test/a"
        )
        accounts = evidence_entries(draw, 2, 3)
        for account in accounts:
            account["reading"] = draw(SAFE_TEXT)
        data["discrepancies"] = [{"id": next(ids), "topic": draw(SAFE_TEXT), "accounts": accounts}]
        data["timeline"] = [
            {
                "date": draw(TIMELINE_DATES),
                "event": draw(SAFE_TEXT),
                "evidence": evidence_entries(draw, 0, 2),
            }
        ]
    return data


def _as_text(value: Any) -> Any:
    """`value` with every number and date turned into the text YAML would show."""
    if isinstance(value, dict):
        return {key: _as_text(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_text(item) for item in value]
    return value if isinstance(value, str) else str(value)


def _excerpts_of(entries: list[Any]) -> list[tuple[str, str]]:
    return [
        (entry, "") if isinstance(entry, str) else (entry["source"], entry["excerpt"])
        for entry in entries
    ]


@SETTINGS
@given(data=briefings(), style=st.sampled_from([None, '"', "'"]))
def test_a_generated_briefing_loads_back_to_the_same_values(
    folder: Path, data: dict[str, Any], style: str | None
) -> None:
    path = folder / "generated.yaml"
    # Quoted throughout, the schema and the dates are quoted text: still read as 1 and dates.
    written = data if style is None else _as_text(data)
    path.write_text(
        yaml.safe_dump(written, allow_unicode=True, sort_keys=False, default_style=style),
        encoding="utf-8",
    )
    briefing = load(path)
    assert (briefing.title, briefing.date, briefing.bottom_line, briefing.summary) == (
        data["title"],
        data["date"],
        data["bottom_line"],
        data["summary"],
    )
    assert (briefing.place, briefing.updated) == (data.get("place"), data.get("updated"))
    assert [(s.id, s.outlet, s.published, s.headline) for s in briefing.sources] == [
        (s["id"], s["outlet"], s.get("published"), s.get("headline")) for s in data["sources"]
    ]
    assert [
        (o.id, o.title, [(e.source.id, e.excerpt) for e in o.evidence]) for o in briefing.outcomes
    ] == [(o["id"], o["title"], _excerpts_of(o["evidence"])) for o in data["outcomes"]]
    quote, wanted = briefing.quotes[0], data["quotes"][0]
    assert (quote.speaker, quote.text) == (wanted["speaker"], wanted["text"])
    assert [(e.source.id, e.excerpt) for e in quote.evidence] == [
        (wanted["sources"][0], wanted["text"]),
        *_excerpts_of(wanted["sources"][1:]),
    ]
    assert [(d.topic, [e.reading for e in d.accounts]) for d in briefing.discrepancies] == [
        (d["topic"], [a["reading"] for a in d["accounts"]]) for d in data.get("discrepancies", [])
    ]
    assert [(t.date.isoformat(), t.event) for t in briefing.timeline] == [
        (t["date"], t["event"]) for t in data.get("timeline", [])
    ]
    for item in briefing.items():
        for evidence in item.evidence:
            cut = " ... ".join(evidence.source.text[s.start : s.end] for s in evidence.spans)
            assert fold(cut) == " ... ".join(
                piece.strip() for piece in fold(evidence.excerpt).split("...") if piece.strip()
            )


# --- mutated valid files ---------------------------------------------------------

VALID = SMALL.read_bytes().replace(b"../../seeds/", b"seeds/")


def _mutations() -> st.SearchStrategy[list[tuple[str, int, int, bytes]]]:
    operation = st.tuples(
        st.sampled_from(["delete", "duplicate", "replace", "insert", "drop-line", "copy-line"]),
        st.integers(0, len(VALID)),
        st.integers(1, 40),
        st.binary(min_size=1, max_size=4) | YAML_PIECES.map(str.encode),
    )
    return st.lists(operation, min_size=1, max_size=4)


def mutate(data: bytes, operations: list[tuple[str, int, int, bytes]]) -> Iterator[bytes]:
    """Apply each operation in turn, yielding nothing but the final bytes."""
    for kind, offset, size, piece in operations:
        at = min(offset, len(data))
        lines = data.split(b"\n")
        line = min(at // 40, len(lines) - 1)
        if kind == "delete":
            data = data[:at] + data[at + size :]
        elif kind == "duplicate":
            data = data[:at] + data[at : at + size] * 2 + data[at + size :]
        elif kind == "replace":
            data = data[:at] + piece + data[at + len(piece) :]
        elif kind == "insert":
            data = data[:at] + piece + data[at:]
        elif kind == "drop-line":
            data = b"\n".join(lines[:line] + lines[line + 1 :])
        else:
            data = b"\n".join([*lines[: line + 1], lines[line], *lines[line + 1 :]])
    yield data


@SETTINGS
@given(operations=_mutations())
def test_a_mutated_valid_file_gives_only_clean_errors(
    folder: Path, operations: list[tuple[str, int, int, bytes]]
) -> None:
    path = folder / "mutated.yaml"
    for data in mutate(VALID, operations):
        path.write_bytes(data)
        load_or_error(path)


def test_the_unmutated_file_loads(folder: Path) -> None:
    """The mutation test starts from a valid file (else it would prove little)."""
    path = folder / "mutated.yaml"
    path.write_bytes(VALID)
    assert load_or_error(path) is not None
