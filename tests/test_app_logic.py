"""The app's Textual-free logic: sections, excerpts in context, search, plain text."""

from __future__ import annotations

import contextlib
import re
import subprocess
import sys

import pytest
from conftest import BUNDLED, SMALL

from briefing.analysis import compare
from briefing.load import load
from briefing.model import Briefing
from briefing.problems import BriefingError
from briefing.tui.context import MAX_REACH, in_context
from briefing.tui.find import search
from briefing.tui.plain_item import as_plain_text
from briefing.tui.sections import SECTIONS, Contents
from briefing.tui.widgets.evidence import listing


def briefings() -> list[Briefing]:
    """The small briefing, and the bundled one when it currently loads (it is being curated)."""
    loaded = [load(SMALL)]
    with contextlib.suppress(BriefingError):
        loaded.append(load(BUNDLED))
    return loaded


@pytest.mark.parametrize("briefing", briefings(), ids=lambda b: b.path.name)
def test_every_section_counts_what_it_lists_with_unique_keys(briefing: Briefing) -> None:
    contents = Contents(briefing)
    for section in SECTIONS:
        entries = contents.entries(section.id)
        assert contents.count(section.id) == len(entries)
        assert len({entry.key for entry in entries}) == len(entries)
        assert all(entry.label and "\n" not in entry.label for entry in entries)


@pytest.mark.parametrize("briefing", briefings(), ids=lambda b: b.path.name)
def test_each_excerpt_is_shown_whole_inside_its_context(briefing: Briefing) -> None:
    for item in briefing.items():
        for evidence in item.evidence:
            window = in_context(evidence)
            shown = [window.text[piece.start : piece.end] for piece in window.highlights]
            found = [
                " ".join(evidence.source.text[s.start : s.end].split()) for s in evidence.spans
            ]
            assert shown == found
            assert "  " not in window.text and "\n" not in window.text
            assert len(window.text) <= evidence.span.end - evidence.span.start + 2 * MAX_REACH
            before = evidence.source.text[: window.start]
            if not window.cut_before:  # it starts a sentence (or a line, or the article)
                assert before.strip() == "" or re.search(r"[.!?…][\"'”’)\]]*\s+$|\n\s*$", before)
            after = evidence.source.text[window.end :]
            if not window.cut_after:
                assert after.strip() == "" or re.match(r"\s", after)


@pytest.mark.parametrize("briefing", briefings(), ids=lambda b: b.path.name)
def test_context_stays_within_the_excerpts_own_paragraphs(briefing: Briefing) -> None:
    # Articles put paragraphs (and datelines, bylines, headings) on lines of their
    # own: the context of an excerpt never runs on into the line above or below.
    for item in briefing.items():
        for evidence in item.evidence:
            window = in_context(evidence)
            text = evidence.source.text
            assert "\n" not in text[window.start : evidence.span.start].strip()
            assert "\n" not in text[evidence.span.end : window.end].strip()


def test_context_does_not_run_a_heading_into_the_paragraph() -> None:
    briefing = load(SMALL)
    source = briefing.sources[0]
    text = source.text
    # Any excerpt that starts a paragraph after a short line (a heading, a byline).
    for item in briefing.items():
        for evidence in item.evidence:
            line_start = text.rfind("\n", 0, evidence.span.start) + 1
            if evidence.source.id != source.id or line_start == 0:
                continue
            window = in_context(evidence)
            assert window.start >= line_start, (evidence.excerpt, window.text)


def test_two_articles_of_one_outlet_are_told_apart_by_their_numbers() -> None:
    # The bundled briefing has two ANI articles: every place the app names an
    # article gives its number as the plain brief's source list does.
    briefing = load(BUNDLED)
    outlets = [source.outlet for source in briefing.sources]
    assert len(set(outlets)) < len(outlets)  # the case this test is about
    numbers = briefing.source_numbers()
    labels = [entry.label for entry in Contents(briefing).entries("sources")]
    assert len(set(labels)) == len(labels)
    assert [label.split()[0] for label in labels] == [f"[{n}]" for n in numbers.values()]
    for item in briefing.items():
        shown = listing(item.evidence, numbers)
        heads = [str(block).split("\n")[0] for block in shown.blocks if block is not None]
        named = [head for head in heads if head.startswith("[")]
        assert len(named) == len({e.source.id for e in item.evidence})
        assert len(set(named)) == len(named)
    where = {match.where for match in search(Contents(briefing), "Kallas", limit=500)}
    ani = [f"[{numbers[s.id]}] ANI article" for s in briefing.sources if s.outlet == "ANI"]
    assert set(ani) <= where


def test_context_reaches_to_whole_sentences() -> None:
    briefing = load(SMALL)
    mukharji = next(quote for quote in briefing.quotes if quote.id == "mukharji-intel")
    window = in_context(mukharji.evidence[0])
    assert window.text.endswith(".")
    assert len(window.text) > len(mukharji.text) + 40  # a sentence or two more than the quote


def test_search_is_case_blind_literal_and_covers_items_and_articles() -> None:
    contents = Contents(load(SMALL))
    matches = search(contents, "KALLAS")
    assert any(match.section == "quotes" for match in matches)
    assert any(match.source_id == "ani" for match in matches)
    for match in matches:
        assert match.snippet[match.highlight.start : match.highlight.end].lower() == "kallas"
    assert search(contents, "(.*") == []
    assert search(contents, "   ") == []
    assert len(search(contents, "e", limit=7)) == 7


def test_copied_text_names_each_article_by_number_and_quotes_each_excerpt() -> None:
    contents = Contents(load(SMALL))
    outcome = contents.entries("outcomes")[0]
    assert as_plain_text(outcome) == (
        "India and the EU agreed a Security and Defence Partnership\n"
        "ANI says it was signed; UNI says it was agreed upon.\n"
        "Reported by 2 outlets, 2 independent accounts: [1] ANI, [2] UNI\n"
        "\n"
        "- [1] ANI, 27 January 2026: “After India and the European Union signed the security"
        " and defence partnership”\n"
        "- [2] UNI, 27 January 2026: “India and the European union on Tuesday agreed upon a"
        " Security and Defence Partnership”\n"
    )
    discrepancy = contents.entries("discrepancies")[0]
    assert as_plain_text(discrepancy).splitlines()[1:3] == [
        "[1] ANI (Signed.): “After India and the European Union signed the security and defence"
        " partnership”",
        "[2] UNI (Agreed upon.): “agreed upon a Security and Defence Partnership”",
    ]


def test_the_two_ani_articles_are_told_apart_in_copied_text() -> None:
    briefing = load(BUNDLED)
    contents = Contents(briefing)
    for section in ("outcomes", "quotes", "timeline", "sources", "comparison"):
        for entry in contents.entries(section):
            for line in as_plain_text(entry).splitlines():
                assert not line.startswith("- ANI"), line  # "[n] Outlet", never "ANI [n]"
                if re.match(r"- \[\d\] ANI", line):
                    assert re.match(r"- \[[24]\] ANI", line), line


# Section 8: each outlet's figures, from briefing.analysis.OutletSummary.

FIGURES = re.compile(
    r"[Rr]eports (\d+) of the (\d+) outcomes, quotes and differences, "
    r"(?:(\d+) of them reported by no other account|each also reported by another account)"
)


def _recount(briefing: Briefing) -> dict[str, tuple[int, int, int]]:
    """Per source id, recounted from the items' evidence (the accounts are the analysis's):
    (counted items it reports, how many there are, of its items those only its account reports).
    """
    accounts = {s.id: {m.id for m in lineage.sources} for lineage in compare(briefing).lineages
                for s in lineage.sources}  # fmt: skip
    counted = [*briefing.outcomes, *briefing.quotes, *briefing.discrepancies]
    cited = [{e.source.id for e in item.evidence} for item in counted]
    figures = {}
    for source in briefing.sources:
        reports = [ids for ids in cited if source.id in ids]
        alone = [ids for ids in reports if ids <= accounts[source.id]]
        figures[source.id] = (len(reports), len(counted), len(alone))
    return figures


def test_comparison_entries_give_each_outlets_figures_with_their_base() -> None:
    briefing = load(BUNDLED)
    entries = Contents(briefing).entries("comparison")
    numbers = briefing.source_numbers()
    figures = _recount(briefing)
    assert figures["uni-004"] == (20, 38, 10)  # 16 + 14 + 8 counted items; not 57 items
    for entry, source in zip(entries, briefing.sources, strict=True):
        assert entry.label.startswith(f"[{numbers[source.id]}] {source.outlet}: reports ")
        found = FIGURES.search(entry.label)
        assert found, entry.label
        assert (int(found[1]), int(found[2]), int(found[3] or 0)) == figures[source.id]
        copied = as_plain_text(entry)
        assert f"[{numbers[source.id]}] {source.outlet}" == copied.splitlines()[0]
        again = FIGURES.search(copied)
        assert again and again[0][1:] == found[0][1:]  # the same words, as a sentence


def test_comparison_detail_names_the_account_and_counts_excerpts_and_items() -> None:
    briefing = load(BUNDLED)
    entries = {e.subject.source.id: e for e in Contents(briefing).entries("comparison")}  # type: ignore[union-attr]
    uni = as_plain_text(entries["uni-004"]).split("\n\n")[0].splitlines()
    assert uni == [
        "[5] UNI",
        "Account: its own (no other outlet carries its text)",
        "Reports 20 of the 38 outcomes, quotes and differences, 10 of them reported by no"
        " other account: outcomes 7–12; quotes 9–11, 14.",
        "40 excerpts cited by 29 items, open questions and timeline events included.",
    ]
    ani = as_plain_text(entries["ani-001"]).splitlines()
    assert ani[1] == "Account: ANI copy, with [3] Asianet Newsable, [4] ANI"
    assert ani[2].endswith("3 of them reported by no other account: quotes 1, 2, 7.")
    # "40 excerpts": the distinct excerpts the source list counts; "29 items": all that cite it.
    source = briefing.source("uni-004")
    assert len(briefing.evidence_in(source)) == 40
    assert (
        sum(any(e.source.id == "uni-004" for e in item.evidence) for item in briefing.items()) == 29
    )


def test_the_apps_logic_modules_do_not_import_textual() -> None:
    modules = ["briefing.tui.sections", "briefing.tui.context", "briefing.tui.find",
               "briefing.tui.plain_item"]  # fmt: skip
    code = f"import sys; import {', '.join(modules)}; print('textual' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
