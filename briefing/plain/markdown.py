"""The brief as CommonMark, wrapped to a width so that it reads (and diffs) well as source.

Every string from the briefing is escaped so that it renders literally (see
markdown_page.py, which also holds the page every section writes with).
Lines break only at spaces (a Markdown renderer shows a line break as a
space, so breaking a CJK phrase or a URL would change it); a single word
wider than the page makes a longer line. Footnote numbers are written
`\\[1\\]` (CommonMark has no footnotes) and the source list is an ordered
list with the same numbers. The coverage section, with its one GFM table,
is in markdown_coverage.py.
"""

from __future__ import annotations

from collections.abc import Sequence

from briefing.analysis import compare
from briefing.model import Briefing
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
from briefing.plain.markdown_coverage import coverage
from briefing.plain.markdown_page import (
    MarkdownPage,
    escape,
    list_item,
    list_marker,
    strong,
)
from briefing.plain.wrap import display_width

__all__ = ["escape", "render_markdown"]


def header(page: MarkdownPage) -> list[str]:
    """Title (a setext heading, so that a long title can wrap), dateline and bottom line.

    The dateline ends with the count of outlets and independent accounts.
    """
    briefing = page.briefing
    counts = accounts_phrase(len(briefing.sources), page.comparison.independent)
    title = page.para(escape(briefing.title))
    rule = "=" * max(display_width(line) for line in title)
    return [
        *title,
        rule,
        "",
        *page.para(f"*{escape(dateline(briefing))}*"),
        "",
        *page.para(f"*{escape(counts)}*"),
        "",
        "## Bottom line",
        "",
        *page.para(strong(briefing.bottom_line)),
    ]


def summary(page: MarkdownPage) -> list[str]:
    """The summary, paragraph by paragraph."""
    return items([page.para(escape(p)) for p in page.briefing.summary_paragraphs])


def outcomes(page: MarkdownPage) -> list[str]:
    """The key outcomes as an ordered list."""
    entries = page.briefing.outcomes
    blocks = []
    for number, outcome in enumerate(entries, start=1):
        block, indent = list_item(page, number, len(entries), strong(outcome.title))
        if outcome.detail:
            block += ["", *page.para(escape(outcome.detail), indent)]
        block += page.reported_para(outcome, indent)
        blocks.append(block)
    return items(blocks)


def quotes(page: MarkdownPage) -> list[str]:
    """Each quote, numbered: a block quote with its speaker, then context and outlets."""
    entries = page.briefing.quotes
    blocks = []
    for number, quote in enumerate(entries, start=1):
        marker = list_marker(number, len(entries))
        indent = " " * len(marker)
        block = page.para(f"“{escape(quote.text)}”", marker + "> ", indent + "> ")
        speaker = f"— {strong(quote.speaker)}"
        if quote.role:
            speaker += f", {escape(quote.role)}"
        block += [indent + ">", *page.para(speaker, indent + "> ")]
        if quote.context:
            block += ["", *page.para(f"*Context:* {escape(quote.context)}", indent)]
        for evidence in quote.evidence:
            if evidence.excerpt != quote.text:
                label = f"{escape(evidence.source.outlet)} \\[{page.numbers[evidence.source.id]}\\]"
                words = f"{label} words it: “{escape(evidence.excerpt)}”"
                block += ["", *page.para(words, indent)]
        block += page.reported_para(quote, indent)
        blocks.append(block)
    return items(blocks)


def questions(page: MarkdownPage) -> list[str]:
    """The open questions as an ordered list, each with why it matters."""
    entries = page.briefing.questions
    blocks = []
    for number, question in enumerate(entries, start=1):
        block, indent = list_item(page, number, len(entries), strong(question.question))
        if question.why:
            block += ["", *page.para(f"*Why it matters:* {escape(question.why)}", indent)]
        block += page.sources_para(question.evidence, indent)
        blocks.append(block)
    return items(blocks)


def discrepancies(page: MarkdownPage) -> list[str]:
    """Each point of difference, with every outlet's reading and own words under it."""
    entries = page.briefing.discrepancies
    blocks = []
    for number, discrepancy in enumerate(entries, start=1):
        block, indent = list_item(page, number, len(entries), strong(discrepancy.topic))
        inner = indent + "  "
        for account in discrepancy.accounts:
            label = f"{escape(account.source.outlet)} \\[{page.numbers[account.source.id]}\\]"
            head = f"**{label}:** {escape(account.reading)}" if account.reading else f"**{label}**"
            block += ["", *page.para(head, indent + "- ", inner)]
            block += ["", *page.para(escape(account.excerpt), inner + "> ")]
        if discrepancy.assessment:
            block += ["", *page.para(f"*Assessment:* {escape(discrepancy.assessment)}", indent)]
        blocks.append(block)
    return items(blocks)


def timeline(page: MarkdownPage) -> list[str]:
    """Dated events as a bullet list."""
    blocks = []
    for event in page.briefing.timeline:
        block = page.para(f"**{event.date.isoformat()}:** {escape(event.event)}", "- ", "  ")
        block += page.sources_para(event.evidence, "  ")
        blocks.append(block)
    return items(blocks)


def sources(page: MarkdownPage) -> list[str]:
    """The source list, an ordered list whose numbers are the footnote numbers, paths from here."""
    briefing = page.briefing
    paths = article_paths(briefing)
    blocks = []
    for source in briefing.sources:
        number = page.numbers[source.id]
        cited = cited_phrase(briefing, source)
        facts = " · ".join([strong(source.outlet), *map(escape, source_facts(source)), cited])
        block, indent = list_item(page, number, len(briefing.sources), facts)
        details = []
        if source.headline:
            details.append(f"“{escape(source.headline)}”")
        details.append(f"File: {escape(paths[source.id])}")
        if source.url:
            details.append(f"URL: {escape(source.url)}")
        for detail in details:
            block += ["", *page.para(detail, indent)]
        blocks.append(block)
    return items(blocks)


RENDERS = by_section(
    summary, outcomes, quotes, questions, discrepancies, coverage, timeline, sources
)
"""The Markdown brief's section functions by name; a new section is one more entry."""


def render_markdown(briefing: Briefing, *, width: int, sections: Sequence[str] = ()) -> str:
    """The whole brief as CommonMark, or only the sections named, in the order named."""
    page = MarkdownPage(briefing, width, footnotes(briefing), compare(briefing))
    blocks = [header(page)]
    for heading, render in pick(RENDERS, sections):
        body = render(page)
        if not body and not sections:
            continue  # The full brief leaves out what the briefing has nothing for.
        blocks.append([f"## {heading}", "", *(body or ["None in this briefing."])])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
