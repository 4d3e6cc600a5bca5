"""The Markdown brief's "How outlets covered it": accounts, tables, outlets' figures, exclusives.

The tables are GitHub Flavored Markdown tables (CommonMark itself has none; a
CommonMark-only renderer shows their rows as plain lines of text). Each row
carries the item's whole title: a Markdown reader wraps a table's cells, and
a title cut short there would hide words no other part of the brief repeats
next to the marks. So table rows may run past the width (the rest of the
section wraps to it). When not even the outlet columns and the headings fit
the width, the tables become a list, which wraps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.analysis import reports_heading
from briefing.plain.common import items, plural
from briefing.plain.coverage import (
    EXCLUSIVES,
    NO_EXCLUSIVES,
    NOT_REPORTED,
    REPORTED,
    Account,
    CoverageView,
    Group,
    Row,
    accounts_phrase,
    coverage_view,
    threshold_sentence,
)
from briefing.plain.markdown_page import escape
from briefing.plain.wrap import display_width

if TYPE_CHECKING:
    from briefing.plain.markdown_page import MarkdownPage

ACCOUNTS = "Accounts"
"""The heading of the table's last column: independent accounts reporting the item."""


def _footnote(number: int) -> str:
    """A footnote number as escaped Markdown: "\\[1\\]"."""
    return f"\\[{number}\\]"


def _accounts(page: MarkdownPage, view: CoverageView) -> list[str]:
    """The totals, how outlets come to be one account, then a list of the accounts."""
    intro = f"**{accounts_phrase(view.outlets, view.independent)}.**"
    blocks = [page.para(f"{intro} {escape(threshold_sentence(view.comparison))}")]
    entries = []
    for account in view.accounts:
        outlets = ", ".join(
            f"{escape(s.outlet)} {_footnote(page.numbers[s.id])}" for s in account.outlets
        )
        named = f"**{escape(account.label)}:** {outlets}" if account.label else outlets
        entries += page.para(f"{named} — {escape(account.note)}", "- ", "  ")
    blocks.append(entries)
    return items(blocks)


def _label(row: Row, digits: int) -> str:
    """A row's label: its number and its whole title, escaped ("3. India is the third ...")."""
    number = f"{row.number}."
    number += " " * (digits + 1 - len(number))
    return f"{number} {escape(row.label)}"


def _tables(page: MarkdownPage, view: CoverageView) -> list[list[str]] | None:
    """One table per kind of item, or None when its outlet columns and headings cannot fit."""
    heads = [_footnote(page.numbers[source.id]) for source in view.columns]
    groups = [group for group in view.groups if group.rows]
    digits = max((len(str(len(group.rows))) for group in groups), default=1)
    room = page.width - len(_line("", 0, heads, heads, ACCOUNTS))
    if room < max((len(group.heading) for group in groups), default=0) or room < digits + 1:
        return None
    return [_table(group, heads, view, digits) for group in groups]


def _table(group: Group, heads: list[str], view: CoverageView, digits: int) -> list[str]:
    """One kind of item as a table: the rows numbered as in the brief, a column per outlet."""
    labels = [_label(row, digits) for row in group.rows]
    width = max(display_width(label) for label in [group.heading, *labels])
    rule = [":" + "-" * (len(head) - 2) + ":" for head in heads]
    lines = [
        _line(group.heading, width, heads, heads, ACCOUNTS),
        f"| :{'-' * (width - 1)} | {' | '.join(rule)} | :{'-' * (len(ACCOUNTS) - 2)}: |",
    ]
    for row, label in zip(group.rows, labels, strict=True):
        marks = [REPORTED if row.coverage.reported_by(s) else NOT_REPORTED for s in view.columns]
        lines.append(_line(label, width, marks, heads, str(row.coverage.independent)))
    return lines


def _line(label: str, width: int, cells: list[str], heads: list[str], count: str) -> str:
    """One table row: the label padded to `width`, every cell to its column heading's width."""
    padded = [cell.center(len(head)) for cell, head in zip(cells, heads, strict=True)]
    pad = " " * (width - display_width(label))
    return f"| {label}{pad} | {' | '.join(padded)} | {count:^{len(ACCOUNTS)}} |"


def _list(page: MarkdownPage, view: CoverageView) -> list[str]:
    """Who reported what as a list, for widths the table does not fit."""
    entries = []
    for group in view.groups:
        for row in group.rows:
            numbers = sorted(page.numbers[source.id] for source in row.coverage.sources)
            outlets = " ".join(_footnote(number) for number in numbers) or "none"
            count = plural(row.coverage.independent, "account")
            entries += page.para(f"{group.name} {row.number}: {outlets} — {count}", "- ", "  ")
    return entries


def _matrix(page: MarkdownPage, view: CoverageView) -> list[str]:
    """Who reported what: the legend, then the table (or the list when it does not fit)."""
    tables = _tables(page, view)
    if tables is None:
        legend = "*Who reported what:* the outlets reporting each item, and how many accounts."
        return items([page.para(legend), _list(page, view)])
    legend = (
        f"*Who reported what:* {REPORTED} reported, {NOT_REPORTED} not reported; "
        f"*{ACCOUNTS}:* how many independent accounts report it. Items are numbered "
        "as in their own sections."
    )
    if view.starts:
        legend += " Columns: outlets by source number, grouped by independent account."
    return items([page.para(legend), *tables])


def _account_name(page: MarkdownPage, account: Account) -> str:
    """An account by its outlets: "ANI copy (ANI \\[2\\], Asianet Newsable \\[3\\])", escaped."""
    outlets = ", ".join(
        f"{escape(s.outlet)} {_footnote(page.numbers[s.id])}" for s in account.outlets
    )
    return f"{escape(account.label)} ({outlets})" if account.label else outlets


def _each_outlet(page: MarkdownPage, view: CoverageView) -> list[str]:
    """How many of the outcomes, quotes and discrepancies each outlet reports (the heading says)."""
    entries = []
    for summary in view.summaries:
        source = summary.source
        label = f"{escape(source.outlet)} {_footnote(page.numbers[source.id])}"
        entries += page.para(f"{label}: {escape(summary.tally)}", "- ", "  ")
    return items([page.para(f"*{escape(reports_heading(view.counted))}:*"), entries])


def _exclusives(page: MarkdownPage, view: CoverageView) -> list[str]:
    """Each account that alone reports some items, and those items; or that none does."""
    if not view.exclusives:
        return page.para(f"*{EXCLUSIVES}:* {escape(NO_EXCLUSIVES)}")
    entries = []
    for exclusive in view.exclusives:
        named = _account_name(page, exclusive.account)
        entries += page.para(f"{named}: {escape(exclusive.items)}", "- ", "  ")
    return items([page.para(f"*{EXCLUSIVES}:*"), entries])


def coverage(page: MarkdownPage) -> list[str]:
    """How outlets covered it: nothing when the briefing has fewer than two outlets."""
    view = coverage_view(page.comparison, page.numbers)
    if view is None:
        return []
    exclusives = [_exclusives(page, view)] if view.shows_exclusives else []
    parts = [_accounts(page, view), _matrix(page, view), _each_outlet(page, view), *exclusives]
    return items(parts)
