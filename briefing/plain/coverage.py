"""What the "How outlets covered it" section says, before any format lays it out.

    view = coverage_view(comparison, numbers)   # None: fewer than two outlets, no section
    view.accounts       # each independent account (lineage): label, outlets, note on copied text
    view.columns        # the outlets as matrix columns, grouped by account
    view.groups         # outcomes, quotes, discrepancies: rows numbered as in the brief
    view.summaries      # what each outlet reports (`briefing.analysis.OutletSummary`)
    view.exclusives     # the accounts that alone report something, and what

The counting (coverage, copied text, lineages, each outlet's figures) is
`briefing.analysis`; this module only words it, the same way for text and
Markdown, and numbers the rows as the brief numbers its items, so "3" in the
matrix is outcome 3.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from briefing.analysis import (
    Comparison,
    ItemCoverage,
    ItemKind,
    Lineage,
    OutletSummary,
    account_alone,
    account_label,
    counted_items,
    numbered,
    outlet_summaries,
)
from briefing.model import Discrepancy, Item, Outcome, Quote, Source
from briefing.plain.common import SECTIONS, plural

REPORTED = "●"
"""The matrix mark for an outlet that reports the item."""
NOT_REPORTED = "·"
"""The matrix mark for an outlet that does not."""

GROUPS: tuple[tuple[ItemKind, str, str], ...] = (
    ("outcome", "outcomes", "Outcome"),
    ("quote", "quotes", "Quote"),
    ("discrepancy", "discrepancies", "Discrepancy"),
)
"""The kinds of item the matrix has rows for: kind, the brief's section for them, row name.

They are the items each outlet's figures count (`briefing.analysis.COUNTED_KINDS`)."""


class Row(NamedTuple):
    """One item of the matrix: its number in the brief, a one-line label, who reports it."""

    number: int
    label: str
    """The item in one line: an outcome's title, "speaker: quote", a discrepancy's topic."""
    coverage: ItemCoverage


class Group(NamedTuple):
    """The rows of one kind of item, in brief order."""

    kind: ItemKind
    heading: str
    """The heading of the brief's own section for these items ("Key outcomes")."""
    name: str
    """What one row is called ("Outcome"), for labels such as "Outcome 3"."""
    rows: tuple[Row, ...]


class Account(NamedTuple):
    """One independent account (a lineage), as the brief words it."""

    lineage: Lineage
    label: str | None
    """"ANI copy" for an account several outlets carry; None for an outlet on its own."""
    outlets: tuple[Source, ...]
    note: str
    """How much text is copied: "in each pair, 28–69% of one's text appears in the other",
    or the lone outlet's share found in the others."""


class Exclusive(NamedTuple):
    """One account and the items it alone reports."""

    account: Account
    items: str
    """The items as the brief numbers them ("outcomes 5, 6, 14–16; quote 3")."""


class CoverageView(NamedTuple):
    """Everything the section shows, worded and numbered, for any format to lay out."""

    comparison: Comparison
    accounts: tuple[Account, ...]
    columns: tuple[Source, ...]
    """The outlets in matrix order: account by account, briefing order within each."""
    starts: frozenset[int]
    """Column positions (after the first) where a new account begins."""
    groups: tuple[Group, ...]
    summaries: tuple[OutletSummary, ...]
    """What each outlet reports, in footnote order."""
    exclusives: tuple[Exclusive, ...]
    """The accounts that report something no other account does, in the order of `accounts`.

    Empty when none does, or when all outlets are one account (see `shows_exclusives`).
    """

    @property
    def outlets(self) -> int:
        """How many outlets the briefing draws on."""
        return len(self.comparison.outlets)

    @property
    def counted(self) -> int:
        """How many items each outlet's figures count: the outcomes, quotes and discrepancies."""
        return len(counted_items(self.comparison))

    @property
    def independent(self) -> int:
        """How many independent accounts they are."""
        return self.comparison.independent

    @property
    def shows_exclusives(self) -> bool:
        """Whether to say what one account alone reports: only when there are several accounts."""
        return self.independent > 1


def percent(share: float) -> str:
    """A share as a whole percentage; "under 1%" rather than a misleading "0%" for a trace."""
    if 0 < share < 0.005:
        return "under 1%"
    return f"{round(share * 100)}%"


def percent_range(low: float, high: float) -> str:
    """Two shares as "29–69%", or one figure when they round alike."""
    if percent(low) == percent(high):
        return percent(high)
    if low < 0.005:
        return f"0–{percent(high)}"
    return f"{round(low * 100)}–{percent(high)}"


def _note(comparison: Comparison, lineage: Lineage) -> str:
    """The copied-text fact worth stating for one account.

    For several outlets, the range of the comparison matrix's cells among
    them, each way round ("in each pair, 28–69% of one's text appears in the
    other"), so that every figure the matrix shows for the account is inside it.
    """
    if lineage.outlets < 2:
        share = comparison.outlet(lineage.sources[0]).copied_share
        found = f"{percent(share)} of its text" if share else "none of its text"
        return f"its own account; {found} appears in other outlets"
    shares = comparison.reuse.shares_among(lineage.sources)
    if not max(shares):
        return "no text in common word for word"  # one account by their declared wire
    found = f"{percent_range(min(shares), max(shares))} of one's text appears in the other"
    return f"in each pair, {found}" if lineage.outlets > 2 else found


def item_label(item: Item) -> str:
    """One line for an item in the matrix: the title, "speaker: “quote”", or the topic."""
    if isinstance(item, Outcome):
        text = item.title
    elif isinstance(item, Quote):
        text = f"{item.speaker}: “{item.text}”"
    elif isinstance(item, Discrepancy):
        text = item.topic
    else:
        text = ""
    return " ".join(text.split())


def coverage_view(comparison: Comparison, numbers: dict[str, int]) -> CoverageView | None:
    """Word and number the comparison for the brief (`numbers`: footnotes by source id).

    None when the briefing has fewer than two outlets: then there is nothing to compare.
    """
    briefing = comparison.briefing
    if len(briefing.sources) < 2:
        return None
    entries: dict[ItemKind, Sequence[Item]] = {
        "outcome": briefing.outcomes,
        "quote": briefing.quotes,
        "discrepancy": briefing.discrepancies,
    }
    groups = tuple(
        Group(
            kind,
            SECTIONS[section],
            name,
            tuple(
                Row(number, item_label(item), comparison.coverage_of(item))
                for number, item in enumerate(entries[kind], start=1)
            ),
        )
        for kind, section, name in GROUPS
    )
    accounts = tuple(
        Account(lineage, account_label(lineage), lineage.sources, _note(comparison, lineage))
        for lineage in comparison.lineages
    )
    columns: list[Source] = []
    starts: set[int] = set()
    for lineage in comparison.lineages:
        if columns:
            starts.add(len(columns))
        columns.extend(sorted(lineage.sources, key=lambda source: numbers[source.id]))
    exclusives = tuple(
        Exclusive(account, numbered(comparison, alone))
        for account in accounts
        if (alone := account_alone(comparison, account.lineage))
    )
    summaries = outlet_summaries(comparison)
    return CoverageView(
        comparison, accounts, tuple(columns), frozenset(starts), groups, summaries, exclusives
    )


NO_EXCLUSIVES = "None: no outcome, quote or discrepancy is reported by one account alone."
"""What the exclusives part says when no account has any."""
EXCLUSIVES = "Reported by one account only"
"""The heading of the part that lists, account by account, what no other account reports."""


def accounts_phrase(outlets: int, independent: int) -> str:
    """The briefing's totals in words: "5 outlets, 3 independent accounts"."""
    return f"{plural(outlets, 'outlet')}, {plural(independent, 'independent account')}"


def threshold_sentence(comparison: Comparison) -> str:
    """How outlets come to count as one account, with the threshold in use."""
    return (
        "Outlets count as one account when at least "
        f"{percent(comparison.threshold)} of one's text appears word for word in the other, "
        "or when they carry the same wire copy."
    )
