"""What the "How outlets covered it" section says, before any format lays it out.

    view = coverage_view(comparison, numbers)   # None: fewer than two outlets, no section
    view.accounts       # each independent account (lineage): label, outlets, note on copied text
    view.columns        # the outlets as matrix columns, grouped by account
    view.groups         # outcomes, quotes, discrepancies: rows numbered as in the brief
    view.exclusives     # the outlets whose account alone reports something, and what

The counting (coverage, copied text, lineages) is `briefing.analysis`; this
module only words it, the same way for text and Markdown, and numbers the
rows as the brief numbers its items, so "3" in the matrix is outcome 3.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from briefing.analysis import Comparison, ItemCoverage, ItemKind, Lineage
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
"""The kinds of item the matrix has rows for: kind, the brief's section for them, row name."""
_PLURALS = {"outcome": "outcomes", "quote": "quotes", "discrepancy": "discrepancies"}


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
    """How much text is copied: "29–69% shared text", or the lone outlet's share found elsewhere."""


class Exclusive(NamedTuple):
    """One outlet and the items its account alone reports."""

    source: Source
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
    exclusives: tuple[Exclusive, ...]
    """The outlets that report something no other account does, in footnote order.

    Empty when none does, or when all outlets are one account (see `shows_exclusives`).
    """

    @property
    def outlets(self) -> int:
        """How many outlets the briefing draws on."""
        return len(self.comparison.outlets)

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


def account_label(lineage: Lineage) -> str | None:
    """What to call an account several outlets carry ("ANI copy"); None for a lone outlet."""
    if lineage.outlets < 2:
        return None
    return f"{lineage.name} copy"


def _note(comparison: Comparison, lineage: Lineage) -> str:
    """The copied-text fact worth stating for one account."""
    if lineage.outlets < 2:
        share = comparison.outlet(lineage.sources[0]).copied_share
        found = f"{percent(share)} of its text" if share else "none of its text"
        return f"its own account; {found} appears in other outlets"
    reuse = comparison.reuse
    members = lineage.sources
    shares = [
        max(reuse.containment(a, b), reuse.containment(b, a))
        for index, a in enumerate(members)
        for b in members[index + 1 :]
    ]
    return f"{percent_range(min(shares), max(shares))} shared text"


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


def number_ranges(numbers: Sequence[int]) -> str:
    """Ascending numbers with runs of three or more shortened: "1, 2, 5–8"."""
    parts: list[str] = []
    start = 0
    while start < len(numbers):
        end = start
        while end + 1 < len(numbers) and numbers[end + 1] == numbers[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(f"{numbers[start]}–{numbers[end]}")
        else:
            parts.extend(str(number) for number in numbers[start : end + 1])
        start = end + 1
    return ", ".join(parts)


def _exclusives(groups: Sequence[Group], source: Source, lineage: Lineage) -> str:
    """The items, by kind and brief number, that this outlet reports and no other account does."""
    parts = []
    for group in groups:
        numbers = [
            row.number
            for row in group.rows
            if row.coverage.exclusive_to == lineage and row.coverage.reported_by(source)
        ]
        if numbers:
            noun = group.kind if len(numbers) == 1 else _PLURALS[group.kind]
            parts.append(f"{noun} {number_ranges(numbers)}")
    return "; ".join(parts)


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
    exclusives: list[Exclusive] = []
    if comparison.independent > 1:
        for outlet in comparison.outlets:
            alone = _exclusives(groups, outlet.source, outlet.lineage)
            if alone:
                exclusives.append(Exclusive(outlet.source, alone))
    return CoverageView(
        comparison, accounts, tuple(columns), frozenset(starts), groups, tuple(exclusives)
    )


NO_EXCLUSIVES = "None: no item is reported by one account alone."
"""What the exclusives part says when no outlet has any."""


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
