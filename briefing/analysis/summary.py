"""What one outlet contributes to a briefing, counted and worded once for every view.

    summary = outlet_summary(comparison, source)
    summary.reports       # the counted items it reports, in briefing order
    summary.alone         # of those, the ones no other account reports
    summary.counted       # how many counted items the briefing has (the base)
    summary.phrase        # "reports 14 of the 38 outcomes, quotes and discrepancies,
                          #  3 of them reported by no other account"
    summary.tally         # "14, 3 of them reported by no other account" (under a heading
                          #  that names the base, `reports_heading(summary.counted)`)
    summary.cited_phrase  # "19 excerpts cited by 20 items, open questions and timeline ..."
    account_alone(comparison, lineage)   # the counted items only that account reports
    numbered(comparison, entries)        # "outcomes 5, 6, 14–16; quotes 1, 2"

The app's comparison list and detail, its coverage table, the text copied
with `y`, and the plain brief's coverage section (text, Markdown, JSON) all
take their per-outlet figures from here, so that they agree.

What is counted (the base): the outcomes, quotes and discrepancies, the
items that say what happened, who said what, and where the accounts differ.
Every one of them must cite evidence (the format requires it), and they are
the rows of both coverage tables (`briefing print` and the app's `c`), so a
count here is a count of rows the reader can see. Open questions are left
out because an outlet does not report a question (its excerpts show why the
question is open, and a question may cite none); timeline events because
they restate outcomes with a date, so counting both would count one fact
twice.

"Only its account": an item counts as reported by no other account when
every outlet that reports it is of one lineage (see lineage.py), so the three
outlets carrying ANI copy share their exclusives. With a single lineage in
the briefing nothing is exclusive, and the phrases say nothing about it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from briefing.analysis.compare import Comparison
from briefing.analysis.coverage import ItemCoverage, ItemKind, SourceCoverage
from briefing.analysis.lineage import Lineage
from briefing.model import Source

COUNTED_KINDS: tuple[ItemKind, ...] = ("outcome", "quote", "discrepancy")
"""The kinds of item the per-outlet counts count, in brief order (see the module doc)."""
COUNTED_SECTIONS: tuple[str, ...] = ("outcomes", "quotes", "discrepancies")
"""The same kinds as the brief's (and the JSON's) section names."""
COUNTED = "outcomes, quotes and differences"
"""The base in words, as every count of it says it: "differences", as the app and the
brief call the items of "Where outlets differ" (the file and JSON keys say "discrepancies")."""
_NOUNS: dict[ItemKind, tuple[str, str]] = {
    "outcome": ("outcome", "outcomes"),
    "quote": ("quote", "quotes"),
    "discrepancy": ("difference", "differences"),
    "question": ("open question", "open questions"),
    "timeline": ("timeline event", "timeline events"),
}


def _plural(count: int, word: str) -> str:
    """`count` and `word`, with an s unless the count is one."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def account_label(lineage: Lineage) -> str | None:
    """What to call an account several outlets carry ("ANI copy"); None for a lone outlet."""
    if lineage.outlets < 2:
        return None
    return f"{lineage.name} copy"


def reports_heading(counted: int) -> str:
    """The heading over a list of tallies: "What each outlet reports, of the 38 outcomes, ..."."""
    return f"What each outlet reports, of the {counted} {COUNTED}"


def counted_items(comparison: Comparison) -> tuple[ItemCoverage, ...]:
    """The briefing's outcomes, quotes and discrepancies: the base of every per-outlet count."""
    return tuple(entry for entry in comparison.items if entry.kind in COUNTED_KINDS)


def account_alone(comparison: Comparison, lineage: Lineage) -> tuple[ItemCoverage, ...]:
    """The counted items this account alone reports; none when the briefing has one account."""
    return tuple(entry for entry in counted_items(comparison) if entry.exclusive_to == lineage)


def _alone_phrase(reports: int, alone: int) -> str:
    """What only its account reports, said after the count of what it reports."""
    if alone == 0:
        return f"{'each ' if reports > 1 else ''}also reported by another account"
    if alone == reports and reports > 1:
        return "none of them reported by another account"
    if alone == reports:
        return "reported by no other account"
    return f"{alone} of them reported by no other account"


class OutletSummary(NamedTuple):
    """One outlet's share of the briefing: what it reports, and what only its account does."""

    comparison: Comparison
    """The comparison it is part of (to number its items as the briefing does)."""
    outlet: SourceCoverage
    reports: tuple[ItemCoverage, ...]
    """The counted items (outcomes, quotes, discrepancies) it reports, in briefing order."""
    alone: tuple[ItemCoverage, ...]
    """Of `reports`, the items no other account reports (empty with a single account)."""
    counted: int
    """How many counted items the briefing has: the base of `reports`."""
    excerpts: int
    """How many distinct excerpts of it the briefing cites (as the source list counts them)."""

    def __repr__(self) -> str:
        """A short description: the source's id and its counts."""
        return (
            f"<OutletSummary {self.source.id!r}: {len(self.reports)} of {self.counted},"
            f" {len(self.alone)} alone>"
        )

    @property
    def source(self) -> Source:
        """The outlet's article."""
        return self.outlet.source

    @property
    def lineage(self) -> Lineage:
        """The account it belongs to."""
        return self.outlet.lineage

    @property
    def account(self) -> str | None:
        """What its account is called when several outlets carry it ("ANI copy"); else None."""
        return account_label(self.lineage)

    @property
    def several(self) -> bool:
        """Whether the briefing has several accounts (else nothing is reported by one alone)."""
        return self.comparison.independent > 1

    @property
    def alone_listed(self) -> str:
        """`alone` as the brief numbers the items: "outcomes 5, 6, 14–16; quote 3"."""
        return numbered(self.comparison, self.alone)

    @property
    def citing(self) -> int:
        """How many items of every kind cite it (open questions and timeline events included)."""
        return len(self.outlet.items)

    @property
    def tally(self) -> str:
        """The counts alone, for under a heading that names the base: "14, 3 of them ..."."""
        if not self.reports:
            return "none"
        if not self.several:
            return str(len(self.reports))
        return f"{len(self.reports)}, {_alone_phrase(len(self.reports), len(self.alone))}"

    @property
    def phrase(self) -> str:
        """What it reports, with the base: "reports 14 of the 38 outcomes, quotes and ..."."""
        if not self.reports:
            return f"reports none of the {self.counted} {COUNTED}"
        phrase = f"reports {len(self.reports)} of the {self.counted} {COUNTED}"
        if not self.several:
            return phrase
        return f"{phrase}, {_alone_phrase(len(self.reports), len(self.alone))}"

    @property
    def cited_phrase(self) -> str:
        """How much of it is cited: "19 excerpts cited by 20 items, open questions and ..."."""
        excerpts = _plural(self.excerpts, "excerpt")
        if not self.citing:
            return f"{excerpts} cited"
        return (
            f"{excerpts} cited by {_plural(self.citing, 'item')}, "
            "open questions and timeline events included"
        )


def outlet_summary(comparison: Comparison, source: Source) -> OutletSummary:
    """One outlet's summary (the source matched by id)."""
    return _summary(comparison, comparison.outlet(source), len(counted_items(comparison)))


def outlet_summaries(comparison: Comparison) -> tuple[OutletSummary, ...]:
    """Every outlet's summary, in briefing order."""
    counted = len(counted_items(comparison))
    return tuple(_summary(comparison, outlet, counted) for outlet in comparison.outlets)


def _summary(comparison: Comparison, outlet: SourceCoverage, counted: int) -> OutletSummary:
    """The summary of one outlet of a briefing with `counted` counted items."""
    reports = tuple(entry for entry in outlet.items if entry.kind in COUNTED_KINDS)
    alone = tuple(entry for entry in reports if entry.exclusive_to == outlet.lineage)
    excerpts = len(comparison.briefing.evidence_in(outlet.source))
    return OutletSummary(comparison, outlet, reports, alone, counted, excerpts)


def number_ranges(numbers: Iterable[int]) -> str:
    """Ascending numbers with runs of three or more shortened: "1, 2, 5–8"."""
    ordered = list(numbers)
    parts: list[str] = []
    start = 0
    while start < len(ordered):
        end = start
        while end + 1 < len(ordered) and ordered[end + 1] == ordered[end] + 1:
            end += 1
        if end - start >= 2:
            parts.append(f"{ordered[start]}–{ordered[end]}")
        else:
            parts.extend(str(number) for number in ordered[start : end + 1])
        start = end + 1
    return ", ".join(parts)


def numbered(comparison: Comparison, entries: Iterable[ItemCoverage]) -> str:
    """Items by kind and by their number in their section: "outcomes 5, 6, 14–16; quote 3"."""
    wanted = {id(entry.item) for entry in entries}
    briefing = comparison.briefing
    sections: tuple[tuple[ItemKind, tuple[object, ...]], ...] = (
        ("outcome", briefing.outcomes),
        ("quote", briefing.quotes),
        ("question", briefing.questions),
        ("discrepancy", briefing.discrepancies),
        ("timeline", briefing.timeline),
    )
    parts = []
    for kind, items in sections:
        numbers = [number for number, item in enumerate(items, 1) if id(item) in wanted]
        if numbers:
            one, many = _NOUNS[kind]
            parts.append(f"{one if len(numbers) == 1 else many} {number_ranges(numbers)}")
    return "; ".join(parts)
