"""Lineages: groups of sources that are one account, however many outlets print it.

    lineages = find_lineages(briefing.sources, reuse)   # tuple[Lineage, ...]

Two sources are in one lineage when either carries a large part of the other's
text, that is when the share of one found in the other (`TextReuse.containment`,
word 8-gram shingles) is at least `LINEAGE_THRESHOLD`, or when both declare the
same `wire` (compared ignoring case and surrounding spaces). The relation is
made transitive: if a shares with b and b with c, then a, b and c are one
lineage even when a and c share little. A source that shares with nobody is a
lineage of its own.

Why 0.2. Measured on the five bundled seed articles (word 8-grams):
  the three carrying ANI copy:  001/002 0.686, 001/003 0.465, 002/003 0.286
  (the larger share of each pair); every other pair: at most 0.055
  (000/002: the unnamed article paraphrases the ANI copy and keeps a few
  8-word phrases), 004 (UNI) shares at most 0.006 with anyone.
0.2 sits well between the two groups: the ANI copies stay together even if
their weakest link (0.286) were a quarter shorter, and a paraphrase would
have to keep nearly four times as many word-for-word phrases as 000 does
before it counted as a copy. Read as a rule: "a fifth of either article is
word-for-word in the other".

Naming: a lineage is named after the wire its sources declare (the one most
of them declare; on a tie, the first declared in the briefing); otherwise
after the outlet of its earliest source (by `published`, undated sources
after dated ones, ties in briefing order). When two lineages would get the
same name, the later ones get " (2)", " (3)", ...
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from briefing.analysis.reuse import TextReuse
from briefing.model import Source

LINEAGE_THRESHOLD = 0.2
"""The share of one source found in another at or above which they are one lineage."""


class Lineage(NamedTuple):
    """Sources that are one account: they copy each other's text or carry the same wire."""

    name: str
    """What to call it: its wire, else the outlet of its earliest source (see the module doc)."""
    sources: tuple[Source, ...]
    """Its sources, in briefing order."""
    wire: str | None
    """The wire its sources declare (the most common one if several), as the briefing spells it."""

    def __repr__(self) -> str:
        """A short description: the name and the ids of its sources."""
        return f"<Lineage {self.name!r}: {', '.join(source.id for source in self.sources)}>"

    def __contains__(self, source: object) -> bool:
        """Whether the source (matched by id) belongs to this lineage."""
        return isinstance(source, Source) and any(s.id == source.id for s in self.sources)

    @property
    def outlets(self) -> int:
        """How many sources it has."""
        return len(self.sources)


def _wire_key(wire: str | None) -> str | None:
    """A declared wire as compared: case-folded, spaces collapsed; None when blank."""
    if wire is None:
        return None
    key = " ".join(wire.split()).casefold()
    return key or None


class _Groups:
    """Union-find over source positions."""

    def __init__(self, size: int) -> None:
        """Every position in a group of its own."""
        self.parent = list(range(size))

    def find(self, member: int) -> int:
        """The group's representative (path halving)."""
        parent = self.parent
        while parent[member] != member:
            parent[member] = parent[parent[member]]
            member = parent[member]
        return member

    def join(self, a: int, b: int) -> None:
        """Merge the groups of `a` and `b`, keeping the lower representative."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self.parent[max(root_a, root_b)] = min(root_a, root_b)


def find_lineages(
    sources: Sequence[Source], reuse: TextReuse, threshold: float = LINEAGE_THRESHOLD
) -> tuple[Lineage, ...]:
    """Group the sources into lineages, ordered by their first source in briefing order."""
    position = {source.id: number for number, source in enumerate(sources)}
    groups = _Groups(len(sources))
    for pair in reuse.pairs:
        if pair.share >= threshold:
            groups.join(position[pair.first.id], position[pair.second.id])
    first_with_wire: dict[str, int] = {}
    for number, source in enumerate(sources):
        key = _wire_key(source.wire)
        if key is not None:
            groups.join(first_with_wire.setdefault(key, number), number)
    members: dict[int, list[Source]] = {}
    for number, source in enumerate(sources):
        members.setdefault(groups.find(number), []).append(source)
    lineages: list[Lineage] = []
    used: Counter[str] = Counter()
    for group in members.values():
        wire = _main_wire(group)
        name = wire if wire is not None else _earliest(group).outlet
        used[name] += 1
        if used[name] > 1:
            name = f"{name} ({used[name]})"
        lineages.append(Lineage(name, tuple(group), wire))
    return tuple(lineages)


def _main_wire(group: list[Source]) -> str | None:
    """The wire most of the group declare (first declared on a tie), as first spelt."""
    spelling: dict[str, str] = {}
    votes: Counter[str] = Counter()
    for source in group:
        key = _wire_key(source.wire)
        if key is not None and source.wire is not None:
            spelling.setdefault(key, source.wire.strip())
            votes[key] += 1
    if not votes:
        return None
    best = max(votes.values())
    return next(spelling[key] for key in spelling if votes[key] == best)


def _earliest(group: list[Source]) -> Source:
    """The group's earliest source: dated before undated, then in briefing order."""
    latest = datetime.date.max
    return min(group, key=lambda source: source.published or latest)
