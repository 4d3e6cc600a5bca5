"""The text brief's "How outlets covered it": accounts, a matrix, each outlet's figures, exclusives.

The matrix has one column per outlet, labelled with its footnote number and
grouped by account (a wider gap between accounts, as the legend says), and
one row per outcome, quote and discrepancy, numbered as the brief numbers
them. Each row carries
as much of the item's title as fits; when no title fits, only its number;
when not even the columns fit, the matrix becomes a list.
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
    Row,
    accounts_phrase,
    coverage_view,
    threshold_sentence,
)
from briefing.plain.text_page import BOLD, DIM, INDENT, PLAIN, footnoted
from briefing.plain.wrap import display_width, truncate, wrap

if TYPE_CHECKING:
    from briefing.plain.text_page import TextPage

ACCOUNTS = "accounts"
"""The heading of the matrix's last column: independent accounts reporting the item."""
MIN_LABEL = 16
"""The narrowest title worth showing in a row; below this a row shows only its number."""
LABEL_GAP = "  "
"""Between a row's title and its first mark."""
GROUPING = "Columns: outlets by source number, a wider gap between independent accounts."
"""The legend's line for the matrix's column groups (shown when there are several accounts)."""


def _accounts(page: TextPage, view: CoverageView) -> list[str]:
    """The totals, how outlets come to be one account, then each account and its outlets."""
    intro = f"{accounts_phrase(view.outlets, view.independent)}. "
    lines = page.block(intro + threshold_sentence(view.comparison))
    lines.append("")
    for account in view.accounts:
        outlets = ", ".join(footnoted(s.outlet, page.numbers[s.id]) for s in account.outlets)
        named = f"{account.label}: {outlets}" if account.label else outlets
        lines += page.block(f"{named} — {account.note}", INDENT * 2, INDENT * 3, glued=True)
    return lines


class _Grid:
    """The matrix's geometry at one page width: where the title, marks and count go."""

    def __init__(self, page: TextPage, view: CoverageView) -> None:
        """Measure the columns and decide how much title each row can show."""
        self.width = page.width
        self.labels = [f"[{page.numbers[source.id]}]" for source in view.columns]
        self.cell = max(map(len, self.labels))
        self.gaps = [
            0 if index == 0 else 2 if index in view.starts else 1
            for index in range(len(self.labels))
        ]
        marks = self.cell * len(self.labels) + sum(self.gaps)
        longest = max((len(group.rows) for group in view.groups), default=1)
        self.digits = len(str(longest))
        prefix = len(INDENT) + self.digits + 2
        fixed = prefix + marks + len(LABEL_GAP) + len(ACCOUNTS)
        titles = [display_width(row.label) for group in view.groups for row in group.rows]
        room = page.width - fixed - len(LABEL_GAP)
        self.title = min(room, max(titles, default=0)) if room >= MIN_LABEL else 0
        self.fits = page.width >= fixed
        self.left = prefix + self.title + (len(LABEL_GAP) if self.title else 0)

    def heading(self, heading: str) -> list[str]:
        """A group's heading with the column labels on its line, or above them if it is long."""
        title = f"{INDENT}{heading}"
        width = display_width(title)
        if self.fits and width + 1 <= self.left:
            return [title + self.header()[width:]]
        lines = wrap(heading, self.width, INDENT, INDENT)
        return [*lines, self.header()] if self.fits else lines

    def header(self) -> str:
        """The column labels over the marks, and the count's heading."""
        parts = [" " * self.left]
        for gap, label in zip(self.gaps, self.labels, strict=True):
            parts.append(" " * gap + label.center(self.cell))
        parts.append(LABEL_GAP + ACCOUNTS)
        return "".join(parts).rstrip()

    def row(self, page: TextPage, view: CoverageView, row: Row) -> str:
        """One item: its number and title, a mark per outlet, and how many accounts report it."""
        prefix = f"{INDENT}{row.number:>{self.digits}}. "
        if self.title:
            title = truncate(row.label, self.title)
            prefix += title + " " * (self.title - display_width(title)) + LABEL_GAP
        parts = [prefix]
        for gap, source in zip(self.gaps, view.columns, strict=True):
            reported = row.coverage.reported_by(source)
            mark = REPORTED if reported else NOT_REPORTED
            before = (self.cell - 1) // 2
            painted = page.paint(mark, PLAIN if reported else DIM)
            parts.append(" " * (gap + before) + painted + " " * (self.cell - 1 - before))
        count = str(row.coverage.independent)
        parts.append(LABEL_GAP + count.center(len(ACCOUNTS)))
        return "".join(parts).rstrip()


def _matrix(page: TextPage, view: CoverageView) -> list[str]:
    """Who reported what, as a matrix when the columns fit the page, else as a list."""
    grid = _Grid(page, view)
    if grid.fits:
        legend = (
            f"Who reported what: {REPORTED} reported, {NOT_REPORTED} not reported; "
            f"{ACCOUNTS}: how many independent accounts report it."
        )
    else:
        legend = "Who reported what: the outlets reporting each item, and how many accounts."
    lines = page.block(legend)
    if grid.fits and view.starts:
        lines += page.block(GROUPING)
    for group in view.groups:
        if not group.rows:
            continue
        lines += ["", *(page.paint(line, BOLD) for line in grid.heading(group.heading))]
        for row in group.rows:
            if grid.fits:
                lines.append(grid.row(page, view, row))
            else:
                lines += _list_row(page, grid.digits, row)
    return lines


def _list_row(page: TextPage, digits: int, row: Row) -> list[str]:
    """One item when the matrix does not fit: its number, its outlets and its accounts."""
    first = f"{INDENT}{row.number:>{digits}}. "
    numbers = sorted(page.numbers[source.id] for source in row.coverage.sources)
    outlets = " ".join(f"[{number}]" for number in numbers)
    text = f"{outlets or 'none'} — {plural(row.coverage.independent, 'account')}"
    return page.block(text, first, " " * len(first))


def _account_name(page: TextPage, account: Account) -> str:
    """An account by its outlets: "ANI copy (ANI [2], Asianet Newsable [3])", or "UNI [5]"."""
    outlets = ", ".join(footnoted(s.outlet, page.numbers[s.id]) for s in account.outlets)
    return f"{account.label} ({outlets})" if account.label else outlets


def _each_outlet(page: TextPage, view: CoverageView) -> list[str]:
    """How many of the outcomes, quotes and discrepancies each outlet reports (the heading says)."""
    lines = page.block(reports_heading(view.counted), style=BOLD)
    for summary in view.summaries:
        label = footnoted(summary.source.outlet, page.numbers[summary.source.id])
        lines += page.block(f"{label}: {summary.tally}", INDENT * 2, INDENT * 3, glued=True)
    return lines


def _exclusives(page: TextPage, view: CoverageView) -> list[str]:
    """Each account that alone reports some items, and those items; or that none does."""
    lines = page.block(EXCLUSIVES, style=BOLD)
    if not view.exclusives:
        return lines + page.block(NO_EXCLUSIVES, INDENT * 2)
    for exclusive in view.exclusives:
        named = _account_name(page, exclusive.account)
        lines += page.block(f"{named}: {exclusive.items}", INDENT * 2, INDENT * 3, glued=True)
    return lines


def coverage(page: TextPage) -> list[str]:
    """How outlets covered it: nothing when the briefing has fewer than two outlets."""
    view = coverage_view(page.comparison, page.numbers)
    if view is None:
        return []
    exclusives = [_exclusives(page, view)] if view.shows_exclusives else []
    parts = [_accounts(page, view), _matrix(page, view), _each_outlet(page, view), *exclusives]
    return items(parts)
