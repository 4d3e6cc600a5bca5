"""The brief as CommonMark, wrapped to a width so that it reads (and diffs) well as source.

Every string from the briefing is escaped so that it renders literally:
`[sic]`, `*`, `_`, `<` and friends come out as written. Wrapping adds one more
risk, a word that lands at the start of a line and would start a list, a
heading or a setext underline there; `_line_start` escapes those words.
Lines break only at spaces (a Markdown renderer shows a line break as a
space, so breaking a CJK phrase or a URL would change it); a single word
wider than the page makes a longer line. Footnote numbers are written
`\\[1\\]` (CommonMark has no footnotes) and the source list is an ordered
list with the same numbers.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from briefing.model import Briefing, Evidence
from briefing.plain.common import (
    Section,
    cited_outlets,
    dateline,
    footnotes,
    pick,
    plural,
    source_facts,
)
from briefing.plain.wrap import display_width, wrap

_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
"""Characters that can start inline markup, HTML or an entity anywhere in a line."""


def escape(text: str) -> str:
    """`text` with every character that could become Markdown markup backslash-escaped."""
    return _INLINE.sub(r"\\\1", text)


def strong(text: str) -> str:
    """`text` escaped and in bold."""
    return f"**{escape(text.strip())}**"


def _line_start(word: str) -> str:
    """Escape a word that would start a block (list item, heading, setext underline) there."""
    if re.fullmatch(r"[-+=]+|#{1,6}", word):
        return "\\" + word
    number = re.fullmatch(r"(\d{1,9})([.)])", word)
    if number:
        return f"{number[1]}\\{number[2]}"
    return word


class MarkdownPage(NamedTuple):
    """The briefing and the settings every Markdown section needs."""

    briefing: Briefing
    width: int
    numbers: dict[str, int]
    """Each source's footnote number, by source id."""

    def para(self, markdown: str, first: str = "", rest: str | None = None) -> list[str]:
        """Already-escaped Markdown wrapped to the page."""
        rest = first if rest is None else rest
        return wrap(markdown, self.width, first, rest, start_of_line=_line_start, break_words=False)

    def cites(self, evidence: Sequence[Evidence]) -> str:
        """The outlets behind an item with their footnotes, escaped: "ANI \\[1\\]"."""
        outlets = cited_outlets(evidence, self.numbers)
        return ", ".join(f"{escape(outlet)} \\[{number}\\]" for outlet, number in outlets)

    def sources_para(self, evidence: Sequence[Evidence], indent: str) -> list[str]:
        """The "Sources:" paragraph under an item, or nothing when it cites none."""
        if not evidence:
            return []
        return ["", *self.para(f"*Sources:* {self.cites(evidence)}", indent)]


def _items(blocks: list[list[str]]) -> list[str]:
    """Blocks joined with a blank line between them."""
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block)
    return lines


def _list_item(
    page: MarkdownPage, number: int, total: int, first_line: str
) -> tuple[list[str], str]:
    """The first paragraph of an ordered list item, and the indent its later paragraphs need."""
    # Numbers line up, but never with more than 4 spaces after one: 5 would make code.
    marker = f"{number}. "
    marker = marker.ljust(min(len(f"{total}. "), len(marker) + 3))
    indent = " " * len(marker)
    return page.para(first_line, marker, indent), indent


def header(page: MarkdownPage) -> list[str]:
    """Title (a setext heading, so that a long title can wrap), dateline and bottom line."""
    briefing = page.briefing
    title = page.para(escape(briefing.title))
    rule = "=" * max(display_width(line) for line in title)
    return [
        *title,
        rule,
        "",
        *page.para(f"*{escape(dateline(briefing))}*"),
        "",
        "## Bottom line",
        "",
        *page.para(strong(briefing.bottom_line)),
    ]


def summary(page: MarkdownPage) -> list[str]:
    """The summary, paragraph by paragraph."""
    return _items([page.para(escape(p)) for p in page.briefing.summary_paragraphs])


def outcomes(page: MarkdownPage) -> list[str]:
    """The key outcomes as an ordered list."""
    entries = page.briefing.outcomes
    blocks = []
    for number, outcome in enumerate(entries, start=1):
        block, indent = _list_item(page, number, len(entries), strong(outcome.title))
        if outcome.detail:
            block += ["", *page.para(escape(outcome.detail), indent)]
        block += page.sources_para(outcome.evidence, indent)
        blocks.append(block)
    return _items(blocks)


def quotes(page: MarkdownPage) -> list[str]:
    """Each quote as a block quote with its speaker, then context and outlets."""
    blocks = []
    for quote in page.briefing.quotes:
        block = page.para(f"“{escape(quote.text)}”", "> ")
        speaker = f"— {strong(quote.speaker)}"
        if quote.role:
            speaker += f", {escape(quote.role)}"
        block += [">", *page.para(speaker, "> ")]
        if quote.context:
            block += ["", *page.para(f"*Context:* {escape(quote.context)}")]
        for evidence in quote.evidence:
            if evidence.excerpt != quote.text:
                label = f"{escape(evidence.source.outlet)} \\[{page.numbers[evidence.source.id]}\\]"
                block += ["", *page.para(f"{label} words it: “{escape(evidence.excerpt)}”")]
        block += page.sources_para(quote.evidence, "")
        blocks.append(block)
    return _items(blocks)


def questions(page: MarkdownPage) -> list[str]:
    """The open questions as an ordered list, each with why it matters."""
    entries = page.briefing.questions
    blocks = []
    for number, question in enumerate(entries, start=1):
        block, indent = _list_item(page, number, len(entries), strong(question.question))
        if question.why:
            block += ["", *page.para(f"*Why it matters:* {escape(question.why)}", indent)]
        block += page.sources_para(question.evidence, indent)
        blocks.append(block)
    return _items(blocks)


def discrepancies(page: MarkdownPage) -> list[str]:
    """Each point of difference, with every outlet's reading and own words under it."""
    entries = page.briefing.discrepancies
    blocks = []
    for number, discrepancy in enumerate(entries, start=1):
        block, indent = _list_item(page, number, len(entries), strong(discrepancy.topic))
        inner = indent + "  "
        for account in discrepancy.accounts:
            label = f"{escape(account.source.outlet)} \\[{page.numbers[account.source.id]}\\]"
            head = f"**{label}:** {escape(account.reading)}" if account.reading else f"**{label}**"
            block += ["", *page.para(head, indent + "- ", inner)]
            block += ["", *page.para(escape(account.excerpt), inner + "> ")]
        if discrepancy.assessment:
            block += ["", *page.para(f"*Assessment:* {escape(discrepancy.assessment)}", indent)]
        blocks.append(block)
    return _items(blocks)


def timeline(page: MarkdownPage) -> list[str]:
    """Dated events as a bullet list."""
    blocks = []
    for event in page.briefing.timeline:
        block = page.para(f"**{event.date.isoformat()}:** {escape(event.event)}", "- ", "  ")
        block += page.sources_para(event.evidence, "  ")
        blocks.append(block)
    return _items(blocks)


def sources(page: MarkdownPage) -> list[str]:
    """The source list, an ordered list whose numbers are the footnote numbers."""
    briefing = page.briefing
    blocks = []
    for source in briefing.sources:
        number = page.numbers[source.id]
        cited = plural(len(briefing.evidence_in(source)), "excerpt") + " cited"
        facts = " · ".join([strong(source.outlet), *map(escape, source_facts(source)), cited])
        block, indent = _list_item(page, number, len(briefing.sources), facts)
        details = []
        if source.headline:
            details.append(f"“{escape(source.headline)}”")
        details.append(f"File: {escape(source.file)}")
        if source.url:
            details.append(f"URL: {escape(source.url)}")
        for detail in details:
            block += ["", *page.para(detail, indent)]
        blocks.append(block)
    return _items(blocks)


SECTIONS: tuple[Section[MarkdownPage, list[str]], ...] = (
    Section("summary", "Summary", summary),
    Section("outcomes", "Key outcomes", outcomes),
    Section("quotes", "Quotes", quotes),
    Section("questions", "Open questions", questions),
    Section("discrepancies", "Where outlets differ", discrepancies),
    Section("timeline", "Timeline", timeline),
    Section("sources", "Sources", sources),
)
"""The Markdown brief's sections in brief order; a new section is one more entry."""


def render_markdown(briefing: Briefing, *, width: int, sections: Sequence[str] = ()) -> str:
    """The whole brief as CommonMark, or only the sections named, in the order named."""
    page = MarkdownPage(briefing, width, footnotes(briefing))
    blocks = [header(page)]
    for section in pick(SECTIONS, sections):
        body = section.render(page)
        if not body and not sections:
            continue  # The full brief leaves out what the briefing has nothing for.
        blocks.append([f"## {section.heading}", "", *(body or ["None in this briefing."])])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
