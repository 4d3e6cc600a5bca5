"""An article's excerpts say what they support; the evidence, detail and copy name
articles "[n] Outlet", in source-number order; the timeline's events line up; the
sections pane fits narrow terminals.

The bundled briefing is the real case: its source [1] is cited by 15 items, the
first timeline event cites [2] before [1], and two of [1]'s excerpts share one sentence.
"""

from __future__ import annotations

import itertools
import re

import pytest
from app_snapshots.targets import drive, small_app, text_of, until, words_of
from conftest import BUNDLED
from test_app_terminal import Terminal, flat, start_briefing
from textual.pilot import Pilot

from briefing.load import load
from briefing.model import group_by_source
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.plain_item import as_plain_text
from briefing.tui.screens.main import MainScreen
from briefing.tui.sections import Contents, supports_of
from briefing.tui.widgets.evidence import listing
from briefing.tui.widgets.sections import section_line

ITEM = re.compile(r"(Outcome|Quote|Question|Difference|Timeline event) \d+")


def bundled() -> Contents:
    """The bundled briefing's entries."""
    return Contents(load(BUNDLED))


def test_each_excerpt_of_an_article_names_the_items_it_supports() -> None:
    contents = bundled()
    for entry in contents.entries("sources") + contents.entries("comparison"):
        supports = supports_of(entry.evidence)
        assert supports is not None and len(supports) == len(entry.evidence)
        assert all(supports), entry.label  # every excerpt is cited by something
        shown = listing(entry.evidence, contents.numbers)
        for block in shown.blocks[1:]:  # each block names its items above its context
            assert block is not None and ITEM.match(block.plain), block.plain[:80]
    first = contents.entries("sources")[0].evidence
    top = listing(first, contents.numbers).blocks[0]
    assert top is not None
    lines = top.plain.splitlines()
    assert lines[0] == "[1] Unnamed outlet (file 000)"
    assert lines[1] == "Difference 5 · reading: File 000's opening line uses an informal title."


def test_excerpts_sharing_a_sentence_show_it_once() -> None:
    contents = bundled()
    for entry in contents.entries("sources"):
        shown = listing(entry.evidence, contents.numbers)
        contexts = [block.plain.splitlines()[-1] for block in shown.blocks if block is not None]
        repeated = [a for a, b in itertools.pairwise(contexts) if a == b]
        assert not repeated, repeated
        assert len(shown.evidence) == len(entry.evidence)  # every excerpt is still listed
    # [1]'s two differences 5 and 6 are in one sentence: one block highlights both.
    first = listing(contents.entries("sources")[0].evidence, contents.numbers)
    assert first.block_of[0] == first.block_of[1]


def test_copying_an_article_names_the_item_of_each_excerpt() -> None:
    contents = bundled()
    for entry in contents.entries("sources"):
        lines = as_plain_text(entry).splitlines()
        number = contents.numbers[entry.key]
        assert lines[0] == f"[{number}] {entry.subject.outlet}"  # type: ignore[union-attr]
        excerpts = [line for line in lines if line.startswith("- ")]
        assert len(excerpts) == len(entry.evidence)
        assert all(ITEM.match(line[2:]) for line in excerpts), excerpts
    ani = as_plain_text(contents.entries("sources")[1])
    assert "published 27 January 2026" in ani and "2026-01-27" not in ani
    assert (
        "- Outcome 2, Difference 1 (reading: Says it was signed, without naming a signatory;" in ani
    )


def test_articles_come_in_source_number_order_in_the_evidence_and_the_detail() -> None:
    contents = bundled()
    numbers = contents.numbers
    event = contents.entries("timeline")[0]
    cited = [e.source.id for e in event.evidence]
    assert numbers[cited[0]] > numbers[cited[1]]  # the curator cites [2] before [1]
    grouped = [numbers[source.id] for source in group_by_source(event.evidence, numbers)]
    assert grouped == sorted(grouped)
    assert list(group_by_source(event.evidence)) != list(group_by_source(event.evidence, numbers))
    heads = [
        b.plain.split(" ·")[0].split("\n")[0] for b in listing(event.evidence, numbers).blocks if b
    ]
    assert [h for h in heads if h.startswith("[")] == [
        "[1] Unnamed outlet (file 000)", "[2] ANI", "[3] Asianet Newsable", "[4] ANI",
    ]  # fmt: skip

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        await pilot.press("6")  # the first event: [2] cited before [1]
        detail = app.screen.query_one("#detail-text")
        await until(pilot, lambda: "Reported by" in words_of(detail))
        found = re.search(r"(Reported by [^:]+): (.*?) · (\d+) excerpts", words_of(detail))
        assert found is not None, words_of(detail)
        assert found[2].startswith("[1] Unnamed outlet (file 000), [2] ANI, ")
        named = [int(n) for n in re.findall(r"\[(\d+)\]", found[2])]
        assert named == sorted(named) and len(named) == 4
        await pilot.press("y")  # the copy says it too, in the same words
        assert f"{found[1]}: {found[2]}" in app.clipboard.splitlines()
        await pilot.press("7", "down")  # the second article: named with its number, long date
        await pilot.pause()
        shown = words_of(detail)
        assert shown.startswith("[2] ANI ")
        assert "published 27 January 2026" in shown
        evidence = words_of(app.screen.query_one("#evidence"))
        assert "│ Outcome 2 │ │ Difference 1 · reading: Says it was signed" in evidence

    drive(make_app(load(BUNDLED)), scenario, (140, 50))


def test_timeline_events_line_up_whatever_the_dates_precision() -> None:
    labels = [entry.label for entry in bundled().entries("timeline")]
    assert any(re.match(r"\d{4}-\d\d  ", label) for label in labels)  # a month-only date
    starts = {len(label) - len(label[10:].lstrip()) for label in labels}
    assert starts == {12}, labels


@pytest.mark.parametrize(
    ("width", "expected"),
    [
        (0, "2 Key outcomes           16"),  # not laid out yet: in full
        (29, "5 Where outlets differ    8"),
        (23, "5 Where outlets differ"),  # the names in full come before the counts
        (18, "5 Where outle…   8"),
        (16, "5 Where outlets…"),  # no room for a name and a count: the name
    ],
)
def test_a_section_line_fits_its_width(width: int, expected: str) -> None:
    number, title, count = (2, "Key outcomes", 16) if width == 0 else (5, "Where outlets differ", 8)
    line = section_line(number, title, count, width).plain
    assert line.rstrip() == expected.rstrip()
    assert width == 0 or len(line) <= width


@pytest.mark.parametrize(("width", "height", "most"), [(20, 6, 20), (60, 24, 17), (80, 24, 23)])
def test_the_sections_pane_is_narrow_and_legible_on_small_terminals(
    width: int, height: int, most: int
) -> None:
    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        screen = app.screen
        assert isinstance(screen, MainScreen)
        await pilot.pause()
        sections = screen.query_one("#sections")
        assert sections.size.width <= most
        lines = [line.strip("│ ") for line in text_of(sections).splitlines()]
        lines = [line for line in lines if line[:1].isdigit()]
        assert lines[1].startswith("2 Key outcomes"), lines
        if 18 <= sections.scrollable_content_region.width < 23:  # names cut, counts whole
            assert re.search(r"\s\d+$", lines[1]), lines
        if width == 80:  # the names in full
            assert lines[4] == "5 Where outlets differ", lines
        assert all(
            "…" not in line or line.rstrip().endswith(("…", *"0123456789")) for line in lines
        )

    drive(small_app(), scenario, (width, height))


def test_in_a_real_terminal_section_7_labels_each_excerpt(tmp_path) -> None:  # type: ignore[no-untyped-def]
    terminal = Terminal(140, 45)
    try:
        start_briefing(terminal, BUNDLED, tmp_path / "exit")
        terminal.wait_for_text("Sections")
        terminal.send("7")
        screen = terminal.wait_for_text("Difference 5 · reading: File 000's opening line")
        column = next(
            line.index("╭─ Evidence") for line in screen.splitlines() if "Evidence" in line
        )
        evidence = flat(" ".join(line[column:].strip("│╭╮╰╯─ ") for line in screen.splitlines()))
        assert "File 000's opening line uses an informal title. Difference 6 · reading:" in evidence
        assert evidence.count("major milestone.") == 1  # two excerpts, their sentence shown once
        terminal.send("6")
        screen = terminal.wait_for_text("2022-03")
        starts = {line.index(m.group(1)) for line in screen.splitlines()
                  if (m := re.search(r"││ \d{4}-\d\d(?:-\d\d)?\s+(\S)", line))}  # fmt: skip
        assert len(starts) == 1 and len(screen.split("││ 20")) > 4, screen
        terminal.send("q")
    finally:
        terminal.close()
