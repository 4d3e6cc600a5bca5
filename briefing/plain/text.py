"""The brief as plain text, wrapped to a width, for a terminal, a pipe or an email.

Layout: the title and dateline, the bottom line, then one block per section
under an upper-case heading. Numbered items hang their text off the number;
every item names its outlets with the footnote numbers of the source list.
Colour, when asked for, is plain ANSI SGR added to whole lines or cells after
wrapping, so widths are always measured on the text alone.
"""

from __future__ import annotations

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
from briefing.plain.wrap import Style, columns, display_width, wrap

BOLD: Style = "1"
DIM: Style = "2"
PLAIN: Style = ""

INDENT = "  "
"""Section bodies sit two columns in from their headings."""
MIN_COLUMN = 26
"""The narrowest column in which an outlet's own words still read well side by side."""
GAP = 3
"""Spaces between side-by-side columns."""
NO_BREAK = "\u00a0"
"""Joins an outlet to its footnote while wrapping; printed as a plain space."""


class TextPage(NamedTuple):
    """The briefing and the settings every text section needs."""

    briefing: Briefing
    width: int
    color: bool
    numbers: dict[str, int]
    """Each source's footnote number, by source id."""

    def paint(self, text: str, style: Style) -> str:
        """`text` in `style` when colour is on; unchanged otherwise."""
        if not (self.color and style and text):
            return text
        return f"\x1b[{style}m{text}\x1b[0m"

    def block(
        self,
        text: str,
        first: str = INDENT,
        rest: str | None = None,
        style: Style = PLAIN,
        *,
        glued: bool = False,
    ) -> list[str]:
        """`text` wrapped to the page, each line painted in `style`.

        With `glued`, the text holds `footnoted` labels: they wrap as one word.
        """
        lines = wrap(text, self.width, first, first if rest is None else rest)
        if glued:
            lines = _unglue(lines)
        return [self.paint(line, style) for line in lines]

    def sources_line(self, evidence: Sequence[Evidence], indent: str) -> list[str]:
        """The "Sources:" line under an item, or nothing when it cites none."""
        if not evidence:
            return []
        outlets = cited_outlets(evidence, self.numbers)
        cited = ", ".join(footnoted(outlet, number) for outlet, number in outlets)
        return self.block(f"Sources: {cited}", indent, style=DIM, glued=True)


def footnoted(outlet: str, number: int) -> str:
    """An outlet and its footnote, "ANI [1]", glued so that wrapping keeps them together."""
    return f"{outlet}{NO_BREAK}[{number}]"


def _unglue(lines: list[str]) -> list[str]:
    """Wrapped lines with the glue of `footnoted` labels printed as plain spaces."""
    return [line.replace(NO_BREAK, " ") for line in lines]


def _numbered(count: int) -> list[tuple[str, str]]:
    """(first-line prefix, hanging indent) for a numbered list, numbers right-aligned."""
    digits = len(str(count))
    prefixes = []
    for number in range(1, count + 1):
        first = f"{INDENT}{number:>{digits}}. "
        prefixes.append((first, " " * len(first)))
    return prefixes


def _items(blocks: list[list[str]]) -> list[str]:
    """Item blocks joined with a blank line between them."""
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block)
    return lines


def header(page: TextPage) -> list[str]:
    """Title, dateline and the bottom line: what every brief starts with."""
    briefing = page.briefing
    lines = page.block(briefing.title, "", style=BOLD)
    lines += page.block(dateline(briefing), "")
    lines += ["", page.paint("BOTTOM LINE", BOLD)]
    lines += page.block(briefing.bottom_line, style=BOLD)
    return lines


def summary(page: TextPage) -> list[str]:
    """The summary, paragraph by paragraph."""
    return _items([page.block(paragraph) for paragraph in page.briefing.summary_paragraphs])


def outcomes(page: TextPage) -> list[str]:
    """The key outcomes, numbered, each with its detail and outlets."""
    entries = page.briefing.outcomes
    blocks = []
    for (first, rest), outcome in zip(_numbered(len(entries)), entries, strict=True):
        block = page.block(outcome.title, first, rest, style=BOLD)
        if outcome.detail:
            block += page.block(outcome.detail, rest)
        block += page.sources_line(outcome.evidence, rest)
        blocks.append(block)
    return _items(blocks)


def quotes(page: TextPage) -> list[str]:
    """Each quote, who said it, its context, and any outlet that words it differently."""
    blocks = []
    inner = INDENT + "  "
    for quote in page.briefing.quotes:
        # The opening mark hangs in the margin so the quoted text lines up.
        block = page.block(f"“{quote.text}”", INDENT, INDENT + " ")
        speaker = f"— {quote.speaker}, {quote.role}" if quote.role else f"— {quote.speaker}"
        block += page.block(speaker, inner, inner + "  ", style=BOLD)
        if quote.context:
            block += page.block(f"Context: {quote.context}", inner)
        for evidence in quote.evidence:
            if evidence.excerpt != quote.text:
                label = footnoted(evidence.source.outlet, page.numbers[evidence.source.id])
                words = f"{label} words it: “{evidence.excerpt}”"
                block += page.block(words, inner, inner + "  ", glued=True)
        block += page.sources_line(quote.evidence, inner)
        blocks.append(block)
    return _items(blocks)


def questions(page: TextPage) -> list[str]:
    """The open questions, numbered, each with why it matters."""
    entries = page.briefing.questions
    blocks = []
    for (first, rest), question in zip(_numbered(len(entries)), entries, strict=True):
        block = page.block(question.question, first, rest, style=BOLD)
        if question.why:
            block += page.block(f"Why it matters: {question.why}", rest)
        block += page.sources_line(question.evidence, rest)
        blocks.append(block)
    return _items(blocks)


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
            label = _unglue(wrap(_account_label(page, account), column))
            cell = [(line, BOLD) for line in label]
            if account.reading:
                cell += [(line, PLAIN) for line in wrap(account.reading, column)]
            cell += [(line, PLAIN) for line in wrap(f"“{account.excerpt}”", column, "", " ")]
            cells.append(cell)
        rows.append(columns(cells, column, GAP, indent, page.paint))
    return _items(rows)


def _one_under_another(page: TextPage, accounts: Sequence[Evidence], indent: str) -> list[str]:
    """Accounts stacked: outlet and reading on one line, the outlet's own words under it."""
    blocks = []
    for account in accounts:
        label = _account_label(page, account)
        head = f"{label}: {account.reading}" if account.reading else label
        block = page.block(head, indent, indent + "  ", style=BOLD, glued=True)
        block += page.block(f"“{account.excerpt}”", indent + "  ", indent + "   ")
        blocks.append(block)
    return _items(blocks)


def discrepancies(page: TextPage) -> list[str]:
    """Where outlets differ: each outlet's own words side by side when they fit, else stacked."""
    entries = page.briefing.discrepancies
    blocks = []
    for (first, rest), discrepancy in zip(_numbered(len(entries)), entries, strict=True):
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
    return _items(blocks)


def timeline(page: TextPage) -> list[str]:
    """Dated events, the date hanging in its own column."""
    blocks = []
    for event in page.briefing.timeline:
        first = f"{INDENT}{event.date.isoformat()}  "
        rest = " " * display_width(first)
        block = page.block(event.event, first, rest)
        block += page.sources_line(event.evidence, rest)
        blocks.append(block)
    return _items(blocks)


def sources(page: TextPage) -> list[str]:
    """The numbered source list the footnotes point into."""
    briefing = page.briefing
    digits = len(str(len(briefing.sources)))
    blocks = []
    for source in briefing.sources:
        first = f"{INDENT}{f'[{page.numbers[source.id]}]':<{digits + 2}} "
        rest = " " * len(first)
        cited = plural(len(briefing.evidence_in(source)), "excerpt") + " cited"
        facts = " · ".join([source.outlet, *source_facts(source), cited])
        block = page.block(facts, first, rest, style=BOLD)
        if source.headline:
            block += page.block(f"“{source.headline}”", rest, rest + " ")
        block += page.block(source.file, rest)
        if source.url:
            block += page.block(source.url, rest)
        blocks.append(block)
    return _items(blocks)


SECTIONS: tuple[Section[TextPage, list[str]], ...] = (
    Section("summary", "Summary", summary),
    Section("outcomes", "Key outcomes", outcomes),
    Section("quotes", "Quotes", quotes),
    Section("questions", "Open questions", questions),
    Section("discrepancies", "Where outlets differ", discrepancies),
    Section("timeline", "Timeline", timeline),
    Section("sources", "Sources", sources),
)
"""The text brief's sections in brief order; a new section is one more entry."""


def render_text(
    briefing: Briefing, *, width: int, sections: Sequence[str] = (), color: bool = False
) -> str:
    """The whole text brief, or only the sections named, in the order named."""
    page = TextPage(briefing, width, color, footnotes(briefing))
    blocks = [header(page)]
    for section in pick(SECTIONS, sections):
        body = section.render(page)
        if not body and not sections:
            continue  # The full brief leaves out what the briefing has nothing for.
        heading = page.paint(section.heading.upper(), BOLD)
        blocks.append([heading, *(body or page.block("None in this briefing."))])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"
