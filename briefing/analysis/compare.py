"""The side-by-side comparison of outlets, computed once from a briefing.

    comparison = compare(briefing)
    comparison.lineages                  # who is one account (see lineage.py)
    comparison.items                     # per item: outlets, lineages, phrase, excerpts
    comparison.outlets                   # per outlet: lineage, words, items, copied share
    comparison.reuse                     # copied text between outlets (see reuse.py)
    comparison.exclusives(lineage)       # what only that lineage reports
    comparison.within(lineage)           # the copied-text pairs inside a lineage

Everything is computed in `compare` except the shared passages of a pair,
which `comparison.reuse.shared_passages(a, b)` computes on first request.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import NamedTuple

from briefing.analysis.coverage import ItemCoverage, SourceCoverage, item_coverage
from briefing.analysis.lineage import LINEAGE_THRESHOLD, Lineage, find_lineages
from briefing.analysis.reuse import PairReuse, TextReuse
from briefing.cache import remembered
from briefing.model import Briefing, Item, Source


class Comparison(NamedTuple):
    """How the outlets of one briefing covered it: coverage, copied text and lineages."""

    briefing: Briefing
    threshold: float
    """The lineage threshold used (see `LINEAGE_THRESHOLD`)."""
    reuse: TextReuse
    """Copied text between every pair of outlets; shared passages on request."""
    lineages: tuple[Lineage, ...]
    """Every lineage, ordered by its first source in briefing order."""
    items: tuple[ItemCoverage, ...]
    """Every item of `Briefing.items()`, in that order, with who reports it."""
    outlets: tuple[SourceCoverage, ...]
    """Every source, in briefing order, with what it reports."""
    item_positions: MappingProxyType[int, int]
    """Where each item (by identity) sits in `items`."""
    source_positions: MappingProxyType[str, int]
    """Where each source (by id) sits in `outlets`."""

    def __repr__(self) -> str:
        """A short description, not the whole briefing."""
        return (
            f"<Comparison of {len(self.outlets)} outlets: {len(self.lineages)} lineages,"
            f" {len(self.items)} items, threshold {self.threshold}>"
        )

    @property
    def independent(self) -> int:
        """How many independent accounts (lineages) the briefing's outlets are."""
        return len(self.lineages)

    def coverage_of(self, item: Item) -> ItemCoverage:
        """Who reports this item (one of this briefing's items, as `Briefing.items()` gave it)."""
        position = self.item_positions.get(id(item))
        if position is None or self.items[position].item is not item:
            raise KeyError(f"not an item of this briefing: {item!r:.60}")
        return self.items[position]

    def outlet(self, source: Source) -> SourceCoverage:
        """What this outlet (matched by id) reports."""
        return self.outlets[self.source_positions[source.id]]

    def lineage_of(self, source: Source) -> Lineage:
        """The lineage this outlet belongs to."""
        return self.outlet(source).lineage

    def within(self, lineage: Lineage) -> tuple[PairReuse, ...]:
        """The pairs of this lineage's outlets that share text, with their shares (its evidence)."""
        members = {source.id for source in lineage.sources}
        return tuple(
            pair
            for pair in self.reuse.pairs
            if pair.first.id in members and pair.second.id in members
        )

    def exclusives(self, lineage: Lineage) -> tuple[ItemCoverage, ...]:
        """The items this lineage alone reports (none when the briefing has a single lineage)."""
        return tuple(entry for entry in self.items if entry.exclusive_to == lineage)


def compare(briefing: Briefing, threshold: float = LINEAGE_THRESHOLD) -> Comparison:
    """Compare the outlets of a briefing: coverage, copied text, lineages and exclusives."""
    # The counts take most of the time on a small briefing and depend only on
    # the sources' texts, so they are kept beside the briefing's cache entry.
    counts = remembered(briefing, "reuse", lambda: TextReuse(briefing.sources).counts())
    reuse = TextReuse(briefing.sources, counts)
    lineages = find_lineages(briefing.sources, reuse, threshold)
    lineage_of = {source.id: lineage for lineage in lineages for source in lineage.sources}
    order = {lineage.name: number for number, lineage in enumerate(lineages)}
    several = len(lineages) > 1
    items = tuple(item_coverage(item, lineage_of, order, several) for item in briefing.items())
    cited: dict[str, list[ItemCoverage]] = {source.id: [] for source in briefing.sources}
    for entry in items:
        for source in entry.sources:
            cited[source.id].append(entry)
    outlets = tuple(
        SourceCoverage(
            source,
            lineage_of[source.id],
            source.words,
            reuse.copied_share(source),
            tuple(cited[source.id]),
        )
        for source in briefing.sources
    )
    item_positions: dict[int, int] = {id(entry.item): n for n, entry in enumerate(items)}
    source_positions = {source.id: n for n, source in enumerate(briefing.sources)}
    return Comparison(
        briefing,
        threshold,
        reuse,
        lineages,
        items,
        outlets,
        MappingProxyType(item_positions),
        MappingProxyType(source_positions),
    )
