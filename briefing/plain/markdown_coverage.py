"""The Markdown brief's "How outlets covered it": accounts, a coverage table, exclusives.

The table is a GitHub Flavored Markdown table (CommonMark itself has none; a
CommonMark-only renderer shows its rows as plain lines of text). Table rows
cannot wrap, so each row's label carries as much of the item's title as lets
the row fit the width; when even "Outcome 16" does not fit, the table becomes
a list, which wraps.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from briefing.plain.common import items, plural
from briefing.plain.coverage import (
    NO_EXCLUSIVES,
    NOT_REPORTED,
    REPORTED,
    CoverageView,
    Group,
    Row,
    accounts_phrase,
    coverage_view,
    threshold_sentence,
)
from briefing.plain.markdown_page import escape
from briefing.plain.wrap import display_width, truncate

if TYPE_CHECKING:
    from briefing.plain.markdown_page import MarkdownPage

ACCOUNTS = "Accounts"
"""The heading of the table's last column: independent accounts reporting the item."""
MIN_TITLE = 12
"""The narrowest title worth adding to a row's label."""


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


def _label(row: Row, digits: int, room: int) -> str:
    """A row's label, "3. India is the third…", escaped, within `room` cells if it can."""
    number = f"{row.number}."
    number += " " * (digits + 1 - len(number))
    room -= len(number) + 1
    if room < MIN_TITLE:
        return number.rstrip()
    cells = room
    while True:  # escaping adds backslashes: shorten the raw title until the escaped one fits
        title = escape(truncate(row.label, cells))
        if display_width(title) <= room or cells <= MIN_TITLE:
            return f"{number} {title}"
        cells -= display_width(title) - room


def _tables(page: MarkdownPage, view: CoverageView) -> list[list[str]] | None:
    """One table per kind of item, or None when their rows cannot fit the width."""
    heads = [_footnote(page.numbers[source.id]) for source in view.columns]
    groups = [group for group in view.groups if group.rows]
    digits = max((len(str(len(group.rows))) for group in groups), default=1)
    room = page.width - len(_line("", 0, heads, heads, ACCOUNTS))
    if room < max((len(group.heading) for group in groups), default=0) or room < digits + 1:
        return None
    return [_table(group, heads, view, digits, room) for group in groups]


def _table(group: Group, heads: list[str], view: CoverageView, digits: int, room: int) -> list[str]:
    """One kind of item as a table: the rows numbered as in the brief, a column per outlet."""
    labels = [_label(row, digits, room) for row in group.rows]
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


def _exclusives(page: MarkdownPage, view: CoverageView) -> list[str]:
    """Each outlet whose account alone reports some items, and those items; or that none does."""
    if not view.exclusives:
        return page.para(f"*Reported by one account only:* {escape(NO_EXCLUSIVES)}")
    entries = []
    for exclusive in view.exclusives:
        source = exclusive.source
        label = f"{escape(source.outlet)} {_footnote(page.numbers[source.id])}"
        entries += page.para(f"{label}: {escape(exclusive.items)}", "- ", "  ")
    return items([page.para("*Reported by one account only:*"), entries])


def coverage(page: MarkdownPage) -> list[str]:
    """How outlets covered it: nothing when the briefing has fewer than two outlets."""
    view = coverage_view(page.comparison, page.numbers)
    if view is None:
        return []
    exclusives = [_exclusives(page, view)] if view.shows_exclusives else []
    return items([_accounts(page, view), _matrix(page, view), *exclusives])
