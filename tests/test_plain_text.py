"""The text brief: layout properties on the bundled briefing, exact text, sections, colour."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import BUNDLED, SMALL, run_briefing
from rich.cells import cell_len

from briefing.load import load
from briefing.plain import json_out, markdown
from briefing.plain import text as text_format
from briefing.plain.common import SECTIONS, by_section

SPECIAL = Path(__file__).resolve().parent / "golden" / "special.yaml"
WIDTHS = (60, 80, 100)
SGR = re.compile(r"\x1b\[[0-9;]*m")


def _print(*args: str | Path) -> str:
    """`briefing print ARGS`, checked to succeed quietly, as text."""
    result = run_briefing("print", *args)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return result.stdout.decode()


def _flat(text: str) -> str:
    """Text with every run of white space made one space, as a reader sees wrapped text."""
    return " ".join(text.split())


def _headings(text: str) -> list[str]:
    """The brief's section headings: upper-case lines at the left margin."""
    return [line for line in text.splitlines() if line and line == line.upper() and line[0] != " "]


@pytest.fixture(scope="module")
def bundled_briefs() -> dict[int, str]:
    """The bundled briefing's text brief at each width, printed once."""
    return {width: _print(BUNDLED, "--width", str(width)) for width in WIDTHS}


@pytest.mark.parametrize("width", WIDTHS)
def test_bundled_brief_fits_the_width_and_is_printable(
    bundled_briefs: dict[int, str], width: int
) -> None:
    brief = bundled_briefs[width]
    for line in brief.splitlines():
        assert cell_len(line) <= width, line
        assert line == line.rstrip(), f"trailing space: {line!r}"
        assert all(char.isprintable() for char in line), repr(line)
    assert brief.endswith("\n") and not brief.endswith("\n\n")
    # A footnote never wraps away from its outlet (the source list and the coverage
    # matrix's column labels are the only lines that start with one).
    body = brief.split("\nSOURCES\n", 1)[0]
    body = re.sub(r"\nHOW OUTLETS COVERED IT\n.*?\n\n(?=[A-Z])", "\n", body, flags=re.DOTALL)
    assert not re.search(r"^ *\[\d+\]", body, re.MULTILINE)


@pytest.mark.parametrize("width", WIDTHS)
def test_bundled_brief_has_every_outcome_quote_and_section(
    bundled_briefs: dict[int, str], width: int
) -> None:
    briefing = load(BUNDLED)
    brief = bundled_briefs[width]
    flat = _flat(brief)
    assert brief.startswith(briefing.title.split()[0])
    assert _flat(briefing.bottom_line) in flat
    for outcome in briefing.outcomes:
        assert _flat(outcome.title) in flat
    for quote in briefing.quotes:
        assert _flat(quote.speaker) in flat
        assert _flat(quote.text) in flat
    for question in briefing.questions:
        assert _flat(question.question) in flat
    for number, source in enumerate(briefing.sources, start=1):
        assert f"[{number}] {source.outlet}" in flat
    expected = ["BOTTOM LINE", "SUMMARY", "KEY OUTCOMES", "QUOTES", "OPEN QUESTIONS"]
    expected += ["WHERE OUTLETS DIFFER"] if briefing.discrepancies else []
    expected += ["HOW OUTLETS COVERED IT"] if len(briefing.sources) > 1 else []
    expected += ["TIMELINE"] if briefing.timeline else []
    assert _headings(brief)[-len(expected) - 1 :] == [*expected, "SOURCES"]


def test_bottom_line_comes_first_after_the_title_and_dateline() -> None:
    lines = _print(SMALL).splitlines()
    assert lines[0] == "India and the EU agree a Security and Defence Partnership"
    assert lines[1] == "New Delhi · 27 January 2026 · updated 28 January 2026"
    assert lines[2] == "2 outlets, 2 independent accounts"
    assert lines[4] == "BOTTOM LINE"
    assert lines[5].startswith("  India and the European Union agreed")


def test_every_item_names_its_outlets_with_footnotes_into_the_source_list() -> None:
    brief = _print(SMALL, "--width", "100")
    # The partnership outcome, then the quote only UNI carries.
    assert "Reported by 2 outlets, 2 independent accounts: ANI [1], UNI [2]" in brief
    assert "Reported by 1 outlet: UNI [2]" in brief
    assert "Sources: ANI [1]" in brief  # a timeline event
    sources = brief.split("SOURCES\n", 1)[1]
    assert re.search(r"^  \[1\] ANI · ", sources, re.MULTILINE)
    assert re.search(r"^  \[2\] UNI · ", sources, re.MULTILINE)


def test_numbered_items_hang_their_text_off_the_number() -> None:
    brief = _print(SMALL, "--width", "60")
    outcomes = brief.split("KEY OUTCOMES\n", 1)[1].split("\n\n")[0].splitlines()
    assert outcomes[0].startswith("  1. India and the EU agreed")
    assert all(line.startswith("     ") and line[5] != " " for line in outcomes[1:])


def test_discrepancy_accounts_side_by_side_when_they_fit_else_one_under_another() -> None:
    wide = _print(SMALL, "--width", "80")
    assert re.search(r"^ +ANI \[1\] +UNI \[2\]$", wide, re.MULTILINE)
    narrow = _print(SMALL, "--width", "40")
    assert re.search(r"^ +ANI \[1\]: Signed\.$", narrow, re.MULTILINE)
    assert re.search(r"^ +UNI \[2\]: Agreed upon\.$", narrow, re.MULTILINE)
    assert narrow.index("ANI [1]: Signed.") < narrow.index("UNI [2]: Agreed upon.")


def test_curator_text_comes_out_exactly_as_written() -> None:
    briefing = load(SPECIAL)
    for width in ("40", "80"):
        flat = _flat(_print(SPECIAL, "--width", width))
        # Breaks between two CJK characters add no space: compare without spaces too.
        solid = "".join(flat.split())
        for text in ("[sic]", "[the ministry]", ":ship:", "🚢", "*all_clear* <done> & dusted"):
            assert text in flat
        for text in (briefing.title, briefing.bottom_line, *briefing.summary_paragraphs):
            assert "".join(text.split()) in solid
        assert "Zoe\u0308 Dvor\u030cák" in flat  # combining marks kept, not normalised


def test_cjk_wraps_by_display_width() -> None:
    brief = _print(SPECIAL, "--width", "40")
    lines = brief.splitlines()
    for line in lines:
        assert cell_len(line) <= 40, line
    cjk = [line for line in lines if "安全" in line or "对话" in line]
    # 40 columns hold about 19 wide characters after the indent, not 38.
    assert cjk and all(cell_len(line) > len(line) for line in cjk)
    assert any(cell_len(line) >= 38 for line in cjk)


def test_section_prints_only_those_sections_in_the_order_given() -> None:
    brief = _print(SMALL, "--section", "sources", "quotes")
    assert _headings(brief) == ["BOTTOM LINE", "SOURCES", "QUOTES"]
    assert "KEY OUTCOMES" not in brief and "Reported by 1 outlet: ANI [1]" in brief


def _minimal(folder: Path, *, title: str = "Minimal", bottom_line: str = "Bottom line.") -> Path:
    """A valid briefing with one outcome and nothing else, written into `folder`."""
    article = (SMALL.parent / "../../seeds/001_1aefc524b059d3af.txt").resolve()
    (folder / "article.txt").write_bytes(article.read_bytes())
    path = folder / "briefing.yaml"
    path.write_text(
        "schema: 1\n"
        f'title: "{title}"\n'
        "date: 2026-01-27\n"
        f'bottom_line: "{bottom_line}"\n'
        "summary: Summary.\n"
        "sources:\n"
        '  - {id: ani, outlet: "ANI \\e[5m", file: article.txt}\n'
        "outcomes:\n"
        "  - id: o\n"
        '    title: "Outcome \\e[1m"\n'
        "    evidence:\n"
        '      - {source: ani, excerpt: "After India and the European Union signed"}\n'
        "quotes: []\n"
        "open_questions: []\n",
        encoding="utf-8",
    )
    return path


def test_the_full_brief_leaves_out_sections_the_briefing_has_nothing_for(tmp_path: Path) -> None:
    brief = _print(_minimal(tmp_path))
    assert _headings(brief) == ["BOTTOM LINE", "SUMMARY", "KEY OUTCOMES", "SOURCES"]


def test_a_named_section_the_briefing_lacks_says_so(tmp_path: Path) -> None:
    brief = _print(_minimal(tmp_path), "--section", "timeline", "questions")
    assert _headings(brief) == ["BOTTOM LINE", "TIMELINE", "OPEN QUESTIONS"]
    assert brief.count("None in this briefing.") == 2


def test_unknown_section_is_a_usage_error() -> None:
    result = run_briefing("print", SMALL, "--section", "gossip")
    assert result.returncode == 2
    assert result.stdout == b"" and b"Traceback" not in result.stderr


def test_no_escape_sequences_unless_colour_is_asked_for() -> None:
    plain = _print(SMALL)  # stdout is a pipe, and NO_COLOR is set
    assert "\x1b" not in plain
    assert "\x1b" not in _print(SMALL, "--color", "never")
    colour = _print(SMALL, "--color", "always")
    assert "\x1b[1mBOTTOM LINE\x1b[0m" in colour
    assert SGR.sub("", colour) == plain


def test_colour_auto_stays_off_in_a_pipe_even_without_no_color() -> None:
    result = run_briefing("print", SMALL, env={"NO_COLOR": ""})
    assert result.returncode == 0 and b"\x1b" not in result.stdout


def test_text_from_the_file_cannot_inject_escape_sequences(tmp_path: Path) -> None:
    evil = _minimal(
        tmp_path,
        title="Evil \\e[2J\\e]0;pwned\\a title \\x9b31m",
        bottom_line="Bottom \\e[31mred\\e[0m line \\u202e",
    )
    for colour in ("never", "always"):
        brief = _print(evil, "--color", colour)
        # Only the renderer's own SGR codes, never anything from the file.
        leftover = SGR.sub("", brief) if colour == "always" else brief
        assert "\x1b" not in leftover and "\x07" not in leftover and "\x9b" not in leftover
        assert "\u202e" not in brief
        assert set(SGR.findall(brief)) <= {"\x1b[0m", "\x1b[1m", "\x1b[2m"}
        assert "Evil �[2J�]0;pwned� title �31m" in brief


def test_every_format_has_every_section_of_the_one_table_in_brief_order() -> None:
    for module in (text_format, markdown, json_out):
        assert list(module.RENDERS) == list(SECTIONS), module.__name__


def test_section_functions_out_of_order_or_missing_are_refused() -> None:
    functions = list(text_format.RENDERS.values())
    with pytest.raises(ValueError, match="do not match the sections"):
        by_section(*functions[1:])
    with pytest.raises(ValueError, match="do not match the sections"):
        by_section(functions[1], functions[0], *functions[2:])
