"""How the comparison view words and orders things. Pure Python: no Textual or Rich.

Outlets are shown account by account (lineage by lineage, in the comparison's
order; briefing order within one), so that the outlets of one account sit next
to each other; each is named by its source number, "[2] ANI", as everywhere
else in the app and the plain brief, so two articles of one outlet are told apart.
"""

from __future__ import annotations

from typing import NamedTuple

from briefing.analysis import LINEAGE_THRESHOLD, Comparison, ItemCoverage, ItemKind, Lineage
from briefing.analysis import SourceCoverage as Outlet
from briefing.model import Discrepancy, Outcome, Question, Quote

KINDS: tuple[tuple[ItemKind, str], ...] = (
    ("outcome", "Outcome"),
    ("quote", "Quote"),
    ("discrepancy", "Difference"),
)
"""The kinds of item the coverage table has rows for, and what one row of each is called
(as the reader calls them: sections.ITEM_NAMES; a discrepancy is a "Difference")."""

SECTION_OF: dict[ItemKind, str] = {
    "outcome": "outcomes",
    "quote": "quotes",
    "discrepancy": "discrepancies",
}
"""The reader's section for each kind (to go to an item from its row)."""

LEVELS: tuple[tuple[float, str], ...] = (
    (0.5, "most"),
    (LINEAGE_THRESHOLD, "much"),
    (0.05, "some"),
    (0.0, "trace"),
)
"""Shade names by the share they start at (checked in this order); no share at all is "none".
"much" starts at the lineage threshold: from that shade on, two outlets are one account."""


class Row(NamedTuple):
    """One row of the coverage table: an item, its kind's name and its number in that kind."""

    coverage: ItemCoverage
    name: str
    """"Outcome 3": the kind's name and the item's number among its kind."""
    label: str
    """The item in one line: a title, "speaker: “quote”", or a topic."""


def outlet_order(comparison: Comparison) -> tuple[Outlet, ...]:
    """The outlets account by account, in briefing order within each."""
    return tuple(
        comparison.outlet(source) for lineage in comparison.lineages for source in lineage.sources
    )


def source_number(comparison: Comparison, outlet: Outlet) -> int:
    """The outlet's number in the briefing's source list (from 1)."""
    return comparison.briefing.source_numbers()[outlet.source.id]


def numbered(comparison: Comparison, outlet: Outlet) -> str:
    """ "[2] ANI": the outlet by its source number, and its name."""
    return f"[{source_number(comparison, outlet)}] {outlet.source.outlet}"


def table_rows(comparison: Comparison) -> tuple[Row, ...]:
    """The outcomes, quotes and discrepancies, numbered within their kind, in briefing order."""
    rows = []
    for kind, name in KINDS:
        entries = [entry for entry in comparison.items if entry.kind == kind]
        for number, entry in enumerate(entries, 1):
            rows.append(Row(entry, f"{name} {number}", item_label(entry)))
    return tuple(rows)


def item_label(entry: ItemCoverage) -> str:
    """One line for an item: an outcome's title, "speaker: “quote”", a discrepancy's topic."""
    item = entry.item
    if isinstance(item, Outcome):
        text = item.title
    elif isinstance(item, Quote):
        text = f"{item.speaker}: “{item.text}”"
    elif isinstance(item, Discrepancy):
        text = item.topic
    elif isinstance(item, Question):
        text = item.question
    else:
        text = item.event
    return " ".join(text.split())


def percent(share: float) -> str:
    """A share as a whole percentage; "<1%" for a trace rather than a misleading "0%"."""
    if 0 < share < 0.005:
        return "<1%"
    return f"{round(share * 100)}%"


def level(share: float) -> str:
    """The shade name for a share of copied text (see LEVELS)."""
    if share <= 0:
        return "none"
    return next(name for start, name in LEVELS if share >= start)


def account_name(lineage: Lineage) -> str:
    """What the view calls an account: "ANI copy" when several outlets carry it, else its name."""
    return f"{lineage.name} copy" if lineage.outlets > 1 else lineage.name


def account_short(lineage: Lineage) -> str:
    """An outlet's account in a word or two: "ANI copy", or "own account"."""
    return account_name(lineage) if lineage.outlets > 1 else "own account"


def account_line(lineage: Lineage) -> str:
    """An outlet's account in a few words: "ANI copy, 3 outlets" or "own account"."""
    if lineage.outlets > 1:
        return f"{account_name(lineage)}, {lineage.outlets} outlets"
    return "own account"


def reach(entry: ItemCoverage) -> str:
    """Who reports an item, in a few words: "3 accounts", "only UNI", "no outlet"."""
    if entry.outlets == 0:
        return "no outlet"
    if entry.exclusive_to is not None:
        return f"only {account_name(entry.exclusive_to)}"
    return f"{entry.independent} account{'s' if entry.independent != 1 else ''}"
