"""The brief as plain text, wrapped to a width, for a terminal, a pipe or an email.

Layout: the title and dateline, the bottom line, then one block per section
under an upper-case heading. Numbered items hang their text off the number;
every item names its outlets with the footnote numbers of the source list,
and every outcome and quote says how many outlets and independent accounts
report it. The page and its primitives are in text_page.py, the coverage
section in text_coverage.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis import compare
from briefing.model import Briefing, Evidence
from briefing.plain.common import (
    article_paths,
    by_section,
    cited_phrase,
    dateline,
    footnotes,
    items,
    pick,
    source_facts,
)
from briefing.plain.coverage import accounts_phrase
from briefing.plain.text_coverage import coverage
from briefing.plain.text_page import (
    BOLD,
    INDENT,
    NO_BREAK,
    PLAIN,
    TextPage,
    footnoted,
    numbered,
    unglue,
)
from briefing.plain.wrap import columns, display_width, wrap

MIN_COLUMN = 26
"""The narrowest column in which an outlet's own words still read well side by side."""
GAP = 3
"""Spaces between side-by-side columns."""


def header(page: TextPage) -> list[str]:
    """Title, dateline with the count of outlets and accounts, and the bottom line."""
    briefing = page.briefing
    comparison = page.comparison
    counts = accounts_phrase(len(briefing.sources), comparison.independent)
    lines = page.block(briefing.title, "", style=BOLD)
    lines += page.block(dateline(briefing), "")
    lines += page.block(counts, "")
    lines += ["", page.paint("BOTTOM LINE", BOLD)]
    lines += page.block(briefing.bottom_line, style=BOLD)
    return lines


def summary(page: TextPage) -> list[str]:
    """The summary, paragraph by paragraph."""
    return items([page.block(paragraph) for paragraph in page.briefing.summary_paragraphs])


def outcomes(page: TextPage) -> list[str]:
    """The key outcomes, numbered, each with its detail and outlets."""
    entries = page.briefing.outcomes
    blocks = []
    for (first, rest), outcome in zip(numbered(len(entries)), entries, strict=True):
        block = page.block(outcome.title, first, rest, style=BOLD)
        if outcome.detail:
            block += page.block(outcome.detail, rest)
        block += page.reported_line(outcome, rest)
        blocks.append(block)
    return items(blocks)


def quotes(page: TextPage) -> list[str]:
    """Each quote, numbered: who said it, its context, any outlet that words it differently."""
    entries = page.briefing.quotes
    blocks = []
    for (first, rest), quote in zip(numbered(len(entries)), entries, strict=True):
        # The opening mark hangs after the number so the quoted text lines up.
        block = page.block(f"“{quote.text}”", first, rest + " ")
        inner = rest + "  "
        speaker = f"— {quote.speaker}, {quote.role}" if quote.role else f"— {quote.speaker}"
        block += page.block(speaker, inner, inner + "  ", style=BOLD)
        if quote.context:
            block += page.block(f"Context: {quote.context}", inner)
        for evidence in quote.evidence:
            if evidence.excerpt != quote.text:
                label = footnoted(evidence.source.outlet, page.numbers[evidence.source.id])
                words = f"{label} words it: “{evidence.excerpt}”"
                block += page.block(words, inner, inner + "  ", glued=True)
        block += page.reported_line(quote, inner)
        blocks.append(block)
    return items(blocks)


def questions(page: TextPage) -> list[str]:
    """The open questions, numbered, each with why it matters."""
    entries = page.briefing.questions
    blocks = []
    for (first, rest), question in zip(numbered(len(entries)), entries, strict=True):
        block = page.block(question.question, first, rest, style=BOLD)
        if question.why:
            block += page.block(f"Why it matters: {question.why}", rest)
        block += page.sources_line(question.evidence, rest)
        blocks.append(block)
    return items(blocks)


def _account_label(page: TextPage, account: Evidence) -> str:
    """An account's outlet and footnote, glued: "ANI [1]"."""
    return footnoted(account.source.outlet, page.numbers[account.source.id])


def _side_by_side(
    page: TextPage, accounts: Sequence[Evidence], indent: str, count: int
) -> list[str]:
    """Accounts in `count` columns, row after row, each cell: outlet, reading, own words."""
    column = (page.width - len(indent) - GAP * (count - 1)) // count
    rows: list[list[str]] = []
    for start in range(0, len(accounts), count):
        cells = []
        for account in accounts[start : start + count]:
            label = unglue(wrap(_account_label(page, account), column))
            cell = [(line, BOLD) for line in label]
            if account.reading:
                cell += [(line, PLAIN) for line in wrap(account.reading, column)]
            cell += [(line, PLAIN) for line in wrap(f"“{account.excerpt}”", column, "", " ")]
            cells.append(cell)
        rows.append(columns(cells, column, GAP, indent, page.paint))
    return items(rows)


def _one_under_another(page: TextPage, accounts: Sequence[Evidence], indent: str) -> list[str]:
    """Accounts stacked: outlet and reading on one line, the outlet's own words under it."""
    blocks = []
    for account in accounts:
        label = _account_label(page, account)
        head = f"{label}: {account.reading}" if account.reading else label
        block = page.block(head, indent, indent + "  ", style=BOLD, glued=True)
        block += page.block(f"“{account.excerpt}”", indent + "  ", indent + "   ")
        blocks.append(block)
    return items(blocks)


def discrepancies(page: TextPage) -> list[str]:
    """Where outlets differ: each outlet's own words side by side when they fit, else stacked."""
    entries = page.briefing.discrepancies
    blocks = []
    for (first, rest), discrepancy in zip(numbered(len(entries)), entries, strict=True):
        block = page.block(discrepancy.topic, first, rest, style=BOLD)
        fit = (page.width - len(rest) + GAP) // (MIN_COLUMN + GAP)
        count = min(len(discrepancy.accounts), fit)
        block.append("")
        if count >= 2:
            block += _side_by_side(page, discrepancy.accounts, rest, count)
        else:
            block += _one_under_another(page, discrepancy.accounts, rest)
        if discrepancy.assessment:
            block += ["", *page.block(f"Assessment: {discrepancy.assessment}", rest)]
        blocks.append(block)
    return items(blocks)


def timeline(page: TextPage) -> list[str]:
    """Dated events, the date hanging in its own column.

    The column is as wide as the longest date, so that a month (2022-03) or a
    year (2022) does not pull its event's text out of line with the others.
    """
    blocks = []
    dates = [event.date.isoformat() for event in page.briefing.timeline]
    column = max(map(len, dates), default=0)
    for event, date in zip(page.briefing.timeline, dates, strict=True):
        first = f"{INDENT}{date:<{column}}  "
        rest = " " * display_width(first)
        block = page.block(event.event, first, rest)
        block += page.sources_line(event.evidence, rest)
        blocks.append(block)
    return items(blocks)


def sources(page: TextPage) -> list[str]:
    """The numbered source list the footnotes point into, with each article's path from here."""
    briefing = page.briefing
    digits = len(str(len(briefing.sources)))
    paths = article_paths(briefing)
    blocks = []
    for source in briefing.sources:
        first = f"{INDENT}{f'[{page.numbers[source.id]}]':<{digits + 2}} "
        rest = " " * len(first)
        cited = cited_phrase(briefing, source, NO_BREAK)
        facts = " · ".join([source.outlet, *source_facts(source), cited])
        block = page.block(facts, first, rest, style=BOLD, glued=True)
        if source.headline:
            block += page.block(f"“{source.headline}”", rest, rest + " ")
        block += page.block(paths[source.id], rest)
        if source.url:
            block += page.block(source.url, rest)
        blocks.append(block)
    return items(blocks)


RENDERS = by_section(
    summary, outcomes, quotes, questions, discrepancies, coverage, timeline, sources
)
"""The text brief's section functions by name; a new section is one more entry (and heading)."""


def render_text(
    briefing: Briefing, *, width: int, sections: Sequence[str] = (), color: bool = False
) -> str:
    """The whole text brief, or only the sections named, in the order named."""
    page = TextPage(briefing, width, color, footnotes(briefing), compare(briefing))
    blocks = [header(page)]
    for heading, render in pick(RENDERS, sections):
        body = render(page)
        if not body and not sections:
            continue  # The full brief leaves out what the briefing has nothing for.
        title = page.block(heading.upper(), "", style=BOLD)
        blocks.append([*title, *(body or page.block("None in this briefing."))])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
