"""Coverage: which outlet reports which item, and how many independent accounts back each item.

Here an "outlet" is one source of the briefing (one article): two articles
from the same news organisation are two columns, two outlets, and usually one
lineage. "Items" are everything `Briefing.items()` yields (outcomes, quotes,
open questions, discrepancies, timeline events); an item is reported by an
outlet when one of its evidence entries cites that source.

`coverage_phrase(outlets, independent)` words the count the same way for every
view: "reported by 3 outlets, 1 independent account".
"""

from __future__ import annotations

from typing import Literal, NamedTuple

from briefing.analysis.lineage import Lineage
from briefing.model import (
    Discrepancy,
    Evidence,
    Item,
    Outcome,
    Question,
    Quote,
    Source,
    group_by_source,
)

ItemKind = Literal["outcome", "quote", "question", "discrepancy", "timeline"]
"""What kind of item an item is, as a short lowercase word."""


def kind_of(item: Item) -> ItemKind:
    """The item's kind."""
    if isinstance(item, Outcome):
        return "outcome"
    if isinstance(item, Quote):
        return "quote"
    if isinstance(item, Question):
        return "question"
    if isinstance(item, Discrepancy):
        return "discrepancy"
    return "timeline"


def _plural(count: int, word: str) -> str:
    """`count` and `word`, with an s unless the count is one."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def coverage_phrase(outlets: int, independent: int) -> str:
    """How many outlets report an item and how many independent accounts they are, in words.

    Examples: "reported by 3 outlets, 1 independent account"; "reported by
    1 outlet"; "cited from no outlet" (an item without evidence).
    """
    if outlets == 0:
        return "cited from no outlet"
    if outlets == 1:
        return "reported by 1 outlet"
    return f"reported by {outlets} outlets, {_plural(independent, 'independent account')}"


class ItemCoverage(NamedTuple):
    """One item and the outlets (and lineages) that report it."""

    item: Item
    kind: ItemKind
    by_source: tuple[tuple[Source, tuple[Evidence, ...]], ...]
    """Each outlet that reports it, with its excerpts, in the order the item cites them."""
    lineages: tuple[Lineage, ...]
    """The lineages of those outlets, in the order of `Comparison.lineages`."""
    exclusive_to: Lineage | None
    """The one lineage that reports it, when the briefing has several lineages; else None."""

    def __repr__(self) -> str:
        """A short description: the item's kind and id, and who reports it."""
        name = getattr(self.item, "id", None) or getattr(self.item, "event", "")[:30]
        ids = ", ".join(source.id for source in self.sources)
        return f"<ItemCoverage {self.kind} {name!r}: [{ids}], {self.independent} lineages>"

    @property
    def sources(self) -> tuple[Source, ...]:
        """The outlets that report it."""
        return tuple(source for source, _ in self.by_source)

    @property
    def outlets(self) -> int:
        """How many outlets report it."""
        return len(self.by_source)

    @property
    def independent(self) -> int:
        """How many independent accounts (lineages) report it."""
        return len(self.lineages)

    @property
    def phrase(self) -> str:
        """The counts in words, e.g. "reported by 3 outlets, 1 independent account"."""
        return coverage_phrase(self.outlets, self.independent)

    def evidence_from(self, source: Source) -> tuple[Evidence, ...]:
        """The excerpts this outlet gives for the item; empty when it does not report it."""
        for cited, evidence in self.by_source:
            if cited.id == source.id:
                return evidence
        return ()

    def reported_by(self, source: Source) -> bool:
        """Whether this outlet reports the item."""
        return any(cited.id == source.id for cited, _ in self.by_source)


class SourceCoverage(NamedTuple):
    """One outlet: its lineage, its size, what it reports and how much of it is copied."""

    source: Source
    lineage: Lineage
    words: int
    """Words in its text (white-space separated, as `Source.words`)."""
    copied_share: float
    """Share of its text (word 8-grams) also found in at least one other outlet, 0.0 to 1.0."""
    items: tuple[ItemCoverage, ...]
    """Every item that cites it, in briefing order."""

    def __repr__(self) -> str:
        """A short description: the source's id, its lineage and how many items cite it."""
        return (
            f"<SourceCoverage {self.source.id!r} in {self.lineage.name!r}: {len(self.items)} items>"
        )

    def of_kind(self, kind: ItemKind) -> tuple[ItemCoverage, ...]:
        """The items of one kind that cite it."""
        return tuple(entry for entry in self.items if entry.kind == kind)

    @property
    def outcomes(self) -> tuple[ItemCoverage, ...]:
        """The outcomes that cite it."""
        return self.of_kind("outcome")

    @property
    def quotes(self) -> tuple[ItemCoverage, ...]:
        """The quotes it carries."""
        return self.of_kind("quote")

    @property
    def questions(self) -> tuple[ItemCoverage, ...]:
        """The open questions that cite it."""
        return self.of_kind("question")

    @property
    def discrepancies(self) -> tuple[ItemCoverage, ...]:
        """The discrepancies it gives an account in."""
        return self.of_kind("discrepancy")

    @property
    def timeline(self) -> tuple[ItemCoverage, ...]:
        """The timeline events that cite it."""
        return self.of_kind("timeline")


def item_coverage(
    item: Item, lineage_of: dict[str, Lineage], order: dict[str, int], several: bool
) -> ItemCoverage:
    """Build one item's coverage.

    Args:
        item: the item.
        lineage_of: each source id's lineage.
        order: each lineage's position (by name) in the comparison's lineages.
        several: whether the briefing has more than one lineage (else nothing is exclusive).
    """
    groups = group_by_source(item.evidence)
    by_source = tuple((source, tuple(evidence)) for source, evidence in groups.items())
    found = {lineage_of[source.id].name: lineage_of[source.id] for source in groups}
    lineages = tuple(sorted(found.values(), key=lambda lineage: order[lineage.name]))
    exclusive = lineages[0] if several and len(lineages) == 1 else None
    return ItemCoverage(item, kind_of(item), by_source, lineages, exclusive)
