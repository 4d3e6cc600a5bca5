"""The "How outlets covered it" section in text, Markdown and JSON, through the real command.

What the brief prints is read back and checked against the briefing file
itself (which outlets each item cites), and against the accounts the brief
prints, so that a matrix column, a count or an exclusive in the wrong place
fails here.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from conftest import BUNDLED, SMALL, run_briefing
from markdown_it import MarkdownIt
from rich.cells import cell_len

from briefing.analysis import coverage_phrase
from briefing.load import load
from briefing.model import Briefing, Item
from briefing.plain.markdown import render_markdown
from briefing.plain.text import render_text

SPECIAL = Path(__file__).resolve().parent / "golden" / "special.yaml"
HEADING = "HOW OUTLETS COVERED IT"
KINDS = {"Key outcomes": "outcomes", "Quotes": "quotes", "Where outlets differ": "discrepancies"}
"""Matrix group headings, and the briefing section each numbers its rows by."""
NOUNS = {
    "outcome": "outcomes",
    "outcomes": "outcomes",
    "quote": "quotes",
    "quotes": "quotes",
    "discrepancy": "discrepancies",
    "discrepancies": "discrepancies",
}
FOOTNOTE = re.compile(r"\[(\d+)\]")


def _print(*args: str | Path) -> str:
    """`briefing print ARGS`, checked to succeed quietly, as text."""
    result = run_briefing("print", *args)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return result.stdout.decode()


def _section(brief: str) -> list[str]:
    """The coverage section's lines, heading excluded (at 20 columns it wraps)."""
    after = re.split(r"\nHOW\s+OUTLETS\s+COVERED\s+IT\n", brief, maxsplit=1)[1]
    return re.split(r"\n\n(?=[A-Z])", after, maxsplit=1)[0].splitlines()


def _entries(lines: list[str], indent: int) -> list[str]:
    """Entries indented by `indent` whose wrapped lines hang deeper, each joined into one line."""
    entries: list[str] = []
    for line in lines:
        depth = len(line) - len(line.lstrip(" "))
        if depth == indent and line.strip():
            entries.append(line.strip())
        elif depth > indent and entries:
            entries[-1] += " " + line.strip()
        else:
            break
    return entries


def _accounts(section: list[str]) -> list[set[int]]:
    """The accounts the section lists, each as the set of its outlets' footnote numbers."""
    start = section.index("") + 1  # after the totals paragraph
    entries = _entries(section[start:], 4)
    assert entries, section[:10]
    return [{int(n) for n in FOOTNOTE.findall(entry.split(" — ")[0])} for entry in entries]


def _cited(item: Item, numbers: dict[str, int]) -> set[int]:
    """The footnote numbers of the outlets an item cites, read from the briefing itself."""
    return {numbers[evidence.source.id] for evidence in item.evidence}


def _numbers(briefing: Briefing) -> dict[str, int]:
    """Each source's footnote number by id: its place in the briefing's source list."""
    return {source.id: number for number, source in enumerate(briefing.sources, start=1)}


def _lineages_of(cited: set[int], accounts: list[set[int]]) -> int:
    """How many of the printed accounts the cited outlets belong to."""
    return sum(1 for account in accounts if account & cited)


@pytest.fixture(scope="module")
def bundled() -> Briefing:
    """The bundled briefing as loaded."""
    return load(BUNDLED)


@pytest.fixture(scope="module")
def briefs() -> dict[int, str]:
    """The bundled briefing's text brief at the golden widths and at narrow ones."""
    return {width: _print(BUNDLED, "--width", str(width)) for width in (20, 30, 40, 60, 80, 100)}


@pytest.mark.parametrize("width", [60, 80, 100])
def test_the_bundled_brief_counts_five_outlets_and_three_independent_accounts(
    briefs: dict[int, str], width: int
) -> None:
    brief = briefs[width]
    header = brief.split("\nBOTTOM LINE\n", 1)[0].splitlines()
    assert "5 outlets, 3 independent accounts" in header
    section = " ".join(line.strip() for line in _section(brief))
    assert section.startswith("5 outlets, 3 independent accounts.")
    accounts = _accounts(_section(brief))
    assert len(accounts) == 3 and set().union(*accounts) == {1, 2, 3, 4, 5}
    assert sorted(map(len, accounts)) == [1, 1, 3]  # the ANI copy, and two on their own
    assert "ANI copy: ANI [2], Asianet Newsable [3], ANI [4] — " in section


@pytest.mark.parametrize("width", [40, 60, 80, 100])
def test_every_outlet_has_a_column_and_every_mark_matches_the_briefing(
    bundled: Briefing, briefs: dict[int, str], width: int
) -> None:
    section = _section(briefs[width])
    numbers = _numbers(bundled)
    accounts = _accounts(section)
    rows_seen = {kind: 0 for kind in KINDS.values()}
    columns: dict[int, int] = {}
    kind = ""
    for line in section:
        if line.rstrip().endswith("accounts") and "[" in line:  # the column labels
            columns = {int(m[1]): m.start() + 1 for m in FOOTNOTE.finditer(line)}
            assert sorted(columns) == list(range(1, len(bundled.sources) + 1)), line
            count_column = line.index("accounts")
        heading = line.split("  [")[0].strip()
        if heading in KINDS:
            kind = KINDS[heading]
            continue
        row = re.match(r"^ +(\d+)\. ", line)
        if not (row and kind and columns):
            continue
        item = getattr(bundled, kind)[int(row[1]) - 1]
        marked = {number for number, at in columns.items() if line[at] == "●"}
        blank = {number for number, at in columns.items() if line[at] == "·"}
        cited = _cited(item, numbers)
        assert marked == cited and blank == set(columns) - cited, line
        assert int(line[count_column:]) == _lineages_of(cited, accounts), line
        rows_seen[kind] += 1
    assert rows_seen == {kind: len(getattr(bundled, kind)) for kind in rows_seen}


def test_narrow_widths_list_the_outlets_instead_of_a_matrix(
    bundled: Briefing, briefs: dict[int, str]
) -> None:
    numbers = _numbers(bundled)
    for width in (20, 30):
        section = _section(briefs[width])
        assert not any("●" in line for line in section)
        accounts = _accounts(section)
        start = next(n for n, line in enumerate(section) if line.strip() == "Key outcomes")
        rows: list[str] = []
        for line in section[start + 1 : section.index("", start)]:
            if re.match(r"^ +\d+\. ", line):
                rows.append(line.strip())
            else:
                rows[-1] += " " + line.strip()
        assert len(rows) == len(bundled.outcomes)
        for outcome, row in zip(bundled.outcomes, rows, strict=True):
            listed, count = row.split(". ", 1)[1].split(" — ")
            cited = _cited(outcome, numbers)
            assert {int(n) for n in FOOTNOTE.findall(listed)} == cited
            assert int(count.split()[0]) == _lineages_of(cited, accounts)


def _counted(briefing: Briefing) -> list[tuple[str, int, Item]]:
    """The items each outlet's figures count: (section, number in it, item)."""
    return [
        (kind, number, item)
        for kind in KINDS.values()
        for number, item in enumerate(getattr(briefing, kind), start=1)
    ]


def _spans(items: str) -> set[tuple[str, int]]:
    """ "outcomes 5, 6, 14–16; quote 3" read back as (section, number) pairs."""
    found = set()
    for part in items.split("; "):
        noun, spans = part.split(" ", 1)
        for span in spans.split(", "):
            low, _, high = span.partition("–")
            for number in range(int(low), int(high or low) + 1):
                found.add((NOUNS[noun], number))
    return found


def test_exclusives_are_listed_by_account_and_none_is_missed(
    bundled: Briefing, briefs: dict[int, str]
) -> None:
    """Each account whose outlets alone report some items, naming its outlets, once."""
    section = _section(briefs[100])
    numbers = _numbers(bundled)
    accounts = _accounts(section)
    start = section.index("  Reported by one account only")
    listed: list[tuple[set[int], set[tuple[str, int]]]] = []
    for entry in _entries(section[start + 1 :], 4):
        label, items = entry.rsplit(": ", 1)
        listed.append(({int(n) for n in FOOTNOTE.findall(label)}, _spans(items)))
    expected = []
    for account in accounts:  # in the order the accounts are listed above
        alone = {
            (kind, number)
            for kind, number, item in _counted(bundled)
            if _cited(item, numbers) <= account
        }
        if alone:
            expected.append((account, alone))
    assert listed == expected
    assert [outlets for outlets, _ in listed] == [{2, 3, 4}, {5}]  # ANI copy, then UNI
    flat = " ".join(" ".join(section).split())
    assert "ANI copy (ANI [2], Asianet Newsable [3], ANI [4]): outcomes 5, 6, 14–16;" in flat


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_each_outlets_figures_are_counted_from_the_briefing(bundled: Briefing, fmt: str) -> None:
    """ "What each outlet reports, of the 38 outcomes, quotes and differences": each count
    recounted from the briefing file, the base stated once in the heading."""
    brief = _print(BUNDLED, "--format", fmt, "--width", "100", "--section", "coverage")
    flat = " ".join(brief.replace("\\", "").split())
    numbers = _numbers(bundled)
    accounts = _accounts(_section(_print(BUNDLED, "--width", "100", "--section", "coverage")))
    counted = _counted(bundled)
    heading = f"What each outlet reports, of the {len(counted)} outcomes, quotes and differences"
    assert heading in flat
    assert len(counted) == 38
    for source in bundled.sources:
        number = numbers[source.id]
        account = next(account for account in accounts if number in account)
        reports = [item for _, _, item in counted if number in _cited(item, numbers)]
        alone = [item for item in reports if _cited(item, numbers) <= account]
        tally = f"{source.outlet} [{number}]: {len(reports)}, "
        tally += (
            f"{len(alone)} of them reported by no other account"
            if alone
            else ("each also reported by another account")
        )
        assert tally in flat, tally


@pytest.mark.parametrize("width", [60, 80, 100])
def test_every_outcome_and_quote_says_how_many_outlets_and_accounts_report_it(
    bundled: Briefing, briefs: dict[int, str], width: int
) -> None:
    brief = briefs[width]
    flat = " ".join(brief.split())
    numbers = _numbers(bundled)
    accounts = _accounts(_section(brief))
    for item in (*bundled.outcomes, *bundled.quotes):
        cited = _cited(item, numbers)
        phrase = coverage_phrase(len(cited), _lineages_of(cited, accounts))
        outlets = {evidence.source.id: evidence.source for evidence in item.evidence}
        in_order = sorted(outlets.values(), key=lambda source: numbers[source.id])
        names = ", ".join(f"{s.outlet} [{numbers[s.id]}]" for s in in_order)
        assert f"{phrase[0].upper()}{phrase[1:]}: {names}" in flat


@pytest.mark.parametrize("path", [BUNDLED, SMALL, SPECIAL], ids=["bundled", "small", "special"])
def test_every_width_from_the_minimum_up_fits(path: Path) -> None:
    briefing = load(path)
    for width in range(20, 121):
        for line in render_text(briefing, width=width).splitlines():
            assert cell_len(line) <= width, (width, line)
        markdown = render_markdown(briefing, width=width)
        section = markdown.split("## How outlets covered it\n", 1)[-1].split("\n## ")[0]
        for line in section.splitlines():
            # Table rows keep whole titles (a Markdown reader wraps cells); the rest wraps.
            assert cell_len(line) <= width or line.startswith("| "), (width, line)


def test_the_section_alone_and_its_place_in_the_brief() -> None:
    alone = _print(SMALL, "--section", "coverage", "--width", "80")
    assert f"\n\n{HEADING}\n" in alone and "KEY OUTCOMES" not in alone
    full = _print(SMALL, "--width", "80")
    assert full.index("WHERE OUTLETS DIFFER") < full.index(HEADING) < full.index("TIMELINE")


def _markdown_tables(markdown: str) -> list[list[list[str]]]:
    """Every table a GFM table parser finds: rows of cell texts, the header row first."""
    tokens = MarkdownIt("commonmark").enable("table").parse(markdown)
    tables: list[list[list[str]]] = []
    row: list[str] | None = None
    for token in tokens:
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "inline" and row is not None:
            row.append(token.content)
        elif token.type == "tr_close" and row is not None:
            tables[-1].append(row)
            row = None
    return tables


def test_markdown_has_a_real_table_per_kind_of_item_with_a_column_per_outlet(
    bundled: Briefing,
) -> None:
    markdown = _print(BUNDLED, "--format", "markdown", "--width", "100")
    tables = _markdown_tables(markdown)
    numbers = _numbers(bundled)
    assert [table[0][0] for table in tables] == list(KINDS)
    for table, kind in zip(tables, KINDS.values(), strict=True):
        header = table[0]
        assert header[-1] == "Accounts"
        columns = [int(FOOTNOTE.fullmatch(cell.replace("\\", ""))[1]) for cell in header[1:-1]]
        assert sorted(columns) == list(range(1, len(bundled.sources) + 1))
        items = getattr(bundled, kind)
        assert len(table) == len(items) + 1
        for number, (item, row) in enumerate(zip(items, table[1:], strict=True), start=1):
            assert row[0].startswith(f"{number}.")
            assert "…" not in row[0]  # the whole title, never cut
            title = {"outcomes": "title", "quotes": "text", "discrepancies": "topic"}[kind]
            assert " ".join(getattr(item, title).split()) in row[0].replace("\\", "")
            marked = {
                column for column, cell in zip(columns, row[1:-1], strict=True) if cell == "●"
            }
            assert marked == _cited(item, numbers)
    # Without the table extension, a CommonMark renderer still reads every heading.
    plain = MarkdownIt("commonmark").parse(markdown)
    assert not any(token.type.startswith("table") for token in plain)


def test_markdown_falls_back_to_a_list_when_the_table_cannot_fit() -> None:
    markdown = _print(BUNDLED, "--format", "markdown", "--width", "40")
    section = markdown.split("## How outlets covered it\n", 1)[1].split("\n## ")[0]
    assert _markdown_tables(markdown) == []
    assert "- Outcome 1: \\[1\\]" in section


def _json(path: Path) -> dict[str, Any]:
    """The coverage object of `briefing print --format json --section coverage`."""
    document: dict[str, Any] = json.loads(_print(path, "--format", "json", "--section", "coverage"))
    coverage: dict[str, Any] = document["coverage"]
    return coverage


@pytest.mark.parametrize("path", [BUNDLED, SMALL, SPECIAL], ids=["bundled", "small", "special"])
def test_json_coverage_agrees_with_the_briefing(path: Path) -> None:
    briefing = load(path)
    coverage = _json(path)
    ids = [source.id for source in briefing.sources]
    assert coverage["outlets"] == len(ids)
    assert coverage["independent"] == len(coverage["lineages"])
    members = [lineage["sources"] for lineage in coverage["lineages"]]
    every = [source for sources in members for source in sources]
    assert sorted(every) == sorted(ids)  # every outlet in exactly one lineage
    lineage_of = {
        source: lineage["name"] for lineage in coverage["lineages"] for source in lineage["sources"]
    }
    sections = ("outcomes", "quotes", "questions", "discrepancies", "timeline")
    expected = [(key, index) for key in sections for index in range(len(getattr(briefing, key)))]
    assert [(item["section"], item["index"]) for item in coverage["items"]] == expected
    for entry in coverage["items"]:
        item = getattr(briefing, entry["section"])[entry["index"]]
        assert entry["id"] == getattr(item, "id", None)
        cited = list(dict.fromkeys(evidence.source.id for evidence in item.evidence))
        assert entry["sources"] == cited and entry["outlets"] == len(cited)
        assert sorted(entry["lineages"]) == sorted({lineage_of[source] for source in cited})
        assert entry["independent"] == len(entry["lineages"])
        assert entry["phrase"] == coverage_phrase(entry["outlets"], entry["independent"])
        alone = entry["lineages"][0] if len(entry["lineages"]) == 1 else None
        assert entry["exclusive_to"] == (alone if coverage["independent"] > 1 else None)
    matrix = coverage["containment"]["matrix"]
    assert coverage["containment"]["sources"] == ids
    for lineage in coverage["lineages"]:
        refs = [(ref["section"], ref["index"]) for ref in lineage["exclusives"]]
        only = [
            (e["section"], e["index"])
            for e in coverage["items"]
            if e["exclusive_to"] == lineage["name"]
        ]
        assert refs == only
        for pair in lineage["pairs"]:
            first, second = ids.index(pair["first"]), ids.index(pair["second"])
            assert pair["first_in_second"] == matrix[first][second]
            assert pair["second_in_first"] == matrix[second][first]
    for entry, source in zip(coverage["by_source"], ids, strict=True):
        assert entry["source"] == source and entry["lineage"] == lineage_of[source]
        for ref in entry["exclusives"]:
            found = coverage["items"][
                [(e["section"], e["index"]) for e in coverage["items"]].index(
                    (ref["section"], ref["index"])
                )
            ]
            assert found["exclusive_to"] == entry["lineage"] and source in found["sources"]
    _check_figures(coverage)


def _check_figures(coverage: dict[str, Any]) -> None:
    """Each outlet's figures: the counted items it reports, those only its lineage reports."""
    sections = ["outcomes", "quotes", "discrepancies"]
    assert coverage["counted"]["sections"] == sections
    assert coverage["counted"]["phrase"] == "outcomes, quotes and differences"
    counted = [e for e in coverage["items"] if e["section"] in sections]
    assert coverage["counted"]["items"] == len(counted)

    def refs(entries: list[dict[str, Any]]) -> list[tuple[str, int]]:
        return [(entry["section"], entry["index"]) for entry in entries]

    for lineage in coverage["lineages"]:
        only = [e for e in counted if e["exclusive_to"] == lineage["name"]]
        assert refs(lineage["alone"]) == refs(only)
    for entry in coverage["by_source"]:
        reports = [e for e in counted if entry["source"] in e["sources"]]
        alone = [e for e in reports if e["lineages"] == [entry["lineage"]]]
        if coverage["independent"] == 1:
            alone = []
        assert refs(entry["reports"]) == refs(reports)
        assert refs(entry["alone"]) == refs(alone)
        assert entry["phrase"].startswith(
            f"reports {len(reports)} of the {len(counted)} outcomes, quotes and differences"
        )
        if alone and len(alone) < len(reports):
            assert entry["phrase"].endswith(f", {len(alone)} of them reported by no other account")


def test_json_coverage_of_the_bundled_briefing() -> None:
    coverage = _json(BUNDLED)
    assert (coverage["outlets"], coverage["independent"]) == (5, 3)
    assert coverage["phrase"] == "5 outlets, 3 independent accounts"
    (ani,) = [lineage for lineage in coverage["lineages"] if len(lineage["sources"]) == 3]
    assert ani["label"] == "ANI copy" and len(ani["pairs"]) == 3
    assert all(
        max(p["first_in_second"], p["second_in_first"]) >= coverage["threshold"]
        for p in ani["pairs"]
    )
    # The older keys count every section (open questions, timeline events too): larger.
    assert (len(ani["exclusives"]), len(ani["alone"])) == (21, 14)
    assert [len(entry["alone"]) for entry in coverage["by_source"]] == [0, 3, 6, 8, 10]
    assert coverage["by_source"][4]["phrase"] == (
        "reports 20 of the 38 outcomes, quotes and differences,"
        " 10 of them reported by no other account"
    )


def _two_outlets(folder: Path, *, one_wire: bool = False) -> Path:
    """ANI and UNI, whose one outcome both report: no exclusives; one account if `one_wire`."""
    seeds = SMALL.parent.parent.parent / "seeds"
    for name, seed in (("ani", "001_1aefc524b059d3af.txt"), ("uni", "004_eb55e478941be5c6.txt")):
        (folder / f"{name}.txt").write_bytes((seeds / seed).read_bytes())
    wire = ", wire: ANI" if one_wire else ""
    path = folder / "briefing.yaml"
    path.write_text(
        "schema: 1\ntitle: Two outlets\ndate: 2026-01-27\nbottom_line: Agreed.\nsummary: Agreed.\n"
        "sources:\n"
        f"  - {{id: ani, outlet: ANI, file: ani.txt{wire}}}\n"
        f"  - {{id: uni, outlet: UNI, file: uni.txt{wire}}}\n"
        "outcomes:\n"
        "  - id: agreed\n"
        "    title: India and the EU agreed a partnership\n"
        "    evidence:\n"
        '      - {source: ani, excerpt: "After India and the European Union signed"}\n'
        '      - {source: uni, excerpt: "agreed upon a Security and Defence Partnership"}\n'
        "quotes: []\nopen_questions: []\n",
        encoding="utf-8",
    )
    return path


def test_no_exclusives_is_said_once_not_none_for_every_outlet(tmp_path: Path) -> None:
    """Two accounts that report the same things: one line, in text and Markdown; [] in JSON."""
    path = _two_outlets(tmp_path)
    text = _print(path, "--section", "coverage", "--width", "80")
    assert "2 outlets, 2 independent accounts" in text
    assert not re.search(r": none$", text, re.MULTILINE)
    after = text.split("  Reported by one account only\n", 1)[1]
    assert after == (
        "    None: no outcome, quote or discrepancy is reported by one account alone.\n"
    )
    assert "ANI [1]: 1, also reported by another account" in text
    markdown = _print(path, "--section", "coverage", "--format", "markdown", "--width", "120")
    assert markdown.endswith(
        "\n*Reported by one account only:* None: no outcome, quote or discrepancy is reported"
        " by one account alone.\n"
    )
    assert not re.search(r": none$", markdown, re.MULTILINE)
    coverage = json.loads(_print(path, "--format", "json", "--section", "coverage"))["coverage"]
    assert [entry["exclusives"] for entry in coverage["by_source"]] == [[], []]
    assert [entry["alone"] for entry in coverage["by_source"]] == [[], []]
    assert [lineage["exclusives"] for lineage in coverage["lineages"]] == [[], []]
    assert [lineage["alone"] for lineage in coverage["lineages"]] == [[], []]


def test_one_account_has_no_exclusives_part_and_no_column_groups(tmp_path: Path) -> None:
    path = _two_outlets(tmp_path, one_wire=True)
    text = _print(path, "--section", "coverage", "--width", "80")
    assert "2 outlets, 1 independent account" in text
    assert "Reported by one account only" not in text
    assert "    ANI [1]: 1\n" in text  # nothing is anyone's alone: only the count
    assert "Columns:" not in text
    assert re.search(r"\[1\] \[2\]  accounts", text)


def test_the_legend_explains_the_wider_gaps_between_accounts(briefs: dict[int, str]) -> None:
    """The wider gaps in the matrix header fall exactly between the accounts the legend names."""
    section = _section(briefs[80])
    accounts = _accounts(section)
    assert "Columns: outlets by source number, a wider gap between independent accounts." in (
        " ".join(" ".join(section).split())
    )
    header = next(line for line in section if line.strip().startswith("Key outcomes"))
    columns = re.findall(r"(\s+)\[(\d+)\]", header.split("Key outcomes", 1)[1])
    groups: list[set[int]] = []
    for gap, number in columns:
        if not groups or len(gap) > 1:  # the first column, or a wider gap: a new account
            groups.append(set())
        groups[-1].add(int(number))
    assert groups == accounts


@pytest.mark.parametrize("fmt", ["text", "markdown"])
def test_an_account_s_shared_text_range_spans_the_matrix_cells_among_its_outlets(
    fmt: str,
) -> None:
    """The brief's "in each pair, 28–69%" is the lowest and highest matrix cell among the
    account's outlets, each way round, as JSON (and the app's comparison) gives them."""
    coverage = json.loads(
        run_briefing("print", "--format", "json", "--section", "coverage", BUNDLED).stdout
    )["coverage"]
    ids, matrix = coverage["containment"]["sources"], coverage["containment"]["matrix"]
    ani = next(lineage for lineage in coverage["lineages"] if len(lineage["sources"]) > 2)
    rows = [ids.index(source) for source in ani["sources"]]
    cells = [matrix[i][j] for i in rows for j in rows if i != j]
    low, high = round(min(cells) * 100), round(max(cells) * 100)
    assert (low, high) == (28, 69)  # [3] in [4] is 28%: inside the range, not under it
    result = run_briefing(
        "print", "--format", fmt, "--section", "coverage", "--width", "200", BUNDLED
    )
    brief = " ".join(result.stdout.decode().split())
    assert f"in each pair, {low}–{high}% of one's text appears in the other" in brief
    assert "shared text" not in brief


def _one_wire_coverage(folder: Path, first: str, second: str) -> str:
    """The coverage section of a briefing of two articles of one declared wire."""
    (folder / "a.txt").write_text(first, encoding="utf-8")
    (folder / "b.txt").write_text(second, encoding="utf-8")
    (folder / "b.yaml").write_text(
        "schema: 1\ntitle: T\ndate: 2026-01-27\nbottom_line: B.\nsummary: S.\n"
        "sources:\n  - {id: a, outlet: A, file: a.txt, wire: W}\n"
        "  - {id: b, outlet: B, file: b.txt, wire: W}\n"
        "outcomes:\n  - id: o\n    title: O\n    evidence:\n"
        "      - {source: a, excerpt: one}\n      - {source: b, excerpt: two}\n"
        "quotes: []\nopen_questions: []\n",
        encoding="utf-8",
    )
    result = run_briefing("print", "--section", "coverage", "--width", "200", folder / "b.yaml")
    assert result.returncode == 0, result.stderr.decode()
    return result.stdout.decode()


def test_two_outlets_of_one_wire_sharing_no_text_say_so(tmp_path: Path) -> None:
    brief = _one_wire_coverage(
        tmp_path,
        "one " + " ".join(f"v{number}" for number in range(40)),
        "two " + " ".join(f"w{number}" for number in range(40)),
    )
    assert "W copy: A [1], B [2] — no text in common word for word" in brief


def test_two_outlets_give_the_share_each_way_without_each_pair(tmp_path: Path) -> None:
    """A shares nearly all of its text with B; B, twice as long, under half of its own."""
    shared = " ".join(f"s{number}" for number in range(40))
    extra = " ".join(f"x{number}" for number in range(41))
    brief = _one_wire_coverage(tmp_path, f"one {shared}", f"{extra} {shared} two")
    # Shares of 8-word shingles: 33 of A's 34, 33 of B's 75.
    assert "W copy: A [1], B [2] — 44–97% of one's text appears in the other" in brief
    assert "in each pair" not in brief
