"""The loaded briefing: immutable, verified, and safe to show on a terminal.

Every text field here has already been through `safe_text.make_safe`, and
every excerpt has been found in its source (its spans say where).

The classes are NamedTuples rather than dataclasses: they are as immutable
and as readable, and importing and defining them costs a fraction of the
time, which matters because `briefing print` must start about as fast as
Python itself.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from collections.abc import Mapping
    from pathlib import Path


_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(date: datetime.date | When) -> str:
    """A date as "27 January 2026", whatever the locale (as the brief and the app write it).

    A timeline date known only to the month or the year reads "March 2022" or "2022".
    """
    if isinstance(date, When):
        return date.long()
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


class When(NamedTuple):
    """A timeline date as precise as the sources give it: a day, a month or a year.

    News background is often dated "in March 2022" or "since 2004"; writing
    a day the sources do not give would put a false fact in the briefing.
    Unknown parts are 0, so a year sorts before its months and a month
    before its days.
    """

    year: int
    month: int = 0
    day: int = 0

    @classmethod
    def parse(cls, text: str) -> When:
        """`YYYY-MM-DD`, `YYYY-MM` or `YYYY` (already checked by the loader)."""
        return cls(*(int(part) for part in text.split("-")))

    def isoformat(self) -> str:
        """As the curator writes it: 2022-03-01, 2022-03 or 2022."""
        parts = [f"{self.year:04d}", f"{self.month:02d}", f"{self.day:02d}"]
        return "-".join(parts[: 1 + bool(self.month) + bool(self.day)])

    def long(self) -> str:
        """As a reader reads it: 1 March 2022, March 2022 or 2022."""
        month = f"{_MONTHS[self.month - 1]} {self.year}" if self.month else str(self.year)
        return f"{self.day} {month}" if self.day else month


class Span(NamedTuple):
    """A half-open range of character offsets in a source's text."""

    start: int
    end: int


class Source(NamedTuple):
    """One article the briefing was built from."""

    id: str
    outlet: str
    file: str
    """The path as the briefing gives it, relative to the briefing."""
    location: str
    """Where the article was read from: the briefing's folder joined with `file`."""
    text: str
    """The article's full text, newlines normalised, made terminal-safe."""
    published: datetime.date | None = None
    headline: str | None = None
    wire: str | None = None
    """The wire service whose copy the article carries, if the curator says so."""
    url: str | None = None

    @property
    def path(self) -> Path:
        """`location` as a Path."""
        return _as_path(self.location)

    @property
    def words(self) -> int:
        """How many words the article has."""
        return len(self.text.split())


class Evidence(NamedTuple):
    """A verbatim excerpt of one source, and where it sits in that source."""

    source: Source
    excerpt: str
    """The excerpt as the curator wrote it."""
    spans: tuple[Span, ...]
    """Where each piece of the excerpt (split at '...') was found in `source.text`."""
    reading: str | None = None
    """For a discrepancy: the curator's one-line reading of this account."""

    @property
    def span(self) -> Span:
        """From the start of the first piece to the end of the last."""
        return Span(self.spans[0].start, self.spans[-1].end)


class Outcome(NamedTuple):
    """A key outcome of the event."""

    id: str
    title: str
    detail: str | None
    evidence: tuple[Evidence, ...]


class Quote(NamedTuple):
    """Something said, and each outlet that carries it in its own words."""

    id: str
    speaker: str
    role: str | None
    text: str
    context: str | None
    evidence: tuple[Evidence, ...]
    """One entry per outlet; its excerpt is `text` unless that outlet words it differently."""


class Question(NamedTuple):
    """An open question a reader would ask next."""

    id: str
    question: str
    why: str | None
    evidence: tuple[Evidence, ...]


class Discrepancy(NamedTuple):
    """A point where outlets differ, each in its own words."""

    id: str
    topic: str
    accounts: tuple[Evidence, ...]
    assessment: str | None

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """The accounts, under the name every other item uses."""
        return self.accounts


class TimelineEvent(NamedTuple):
    """A dated event."""

    date: When
    event: str
    evidence: tuple[Evidence, ...]


Item = Outcome | Quote | Question | Discrepancy | TimelineEvent
"""Anything in a briefing that cites evidence."""


class Briefing(NamedTuple):
    """A whole briefing, loaded and verified."""

    location: str
    """The briefing file, as it was opened."""
    title: str
    date: datetime.date
    place: str | None
    updated: datetime.date | None
    bottom_line: str
    summary: str
    sources: tuple[Source, ...]
    outcomes: tuple[Outcome, ...]
    quotes: tuple[Quote, ...]
    questions: tuple[Question, ...]
    discrepancies: tuple[Discrepancy, ...]
    timeline: tuple[TimelineEvent, ...]

    @property
    def path(self) -> Path:
        """`location` as a Path."""
        return _as_path(self.location)

    @property
    def summary_paragraphs(self) -> tuple[str, ...]:
        """The summary split at blank lines, each paragraph on one line."""
        paragraphs = (" ".join(p.split()) for p in self.summary.split("\n\n"))
        return tuple(p for p in paragraphs if p)

    def counts(self) -> dict[str, int]:
        """How many of each kind of entry the briefing holds, by section name."""
        return {
            "sources": len(self.sources),
            "outcomes": len(self.outcomes),
            "quotes": len(self.quotes),
            "questions": len(self.questions),
            "discrepancies": len(self.discrepancies),
            "timeline events": len(self.timeline),
        }

    def source(self, source_id: str) -> Source:
        """The source with this id."""
        for source in self.sources:
            if source.id == source_id:
                return source
        raise KeyError(source_id)

    def source_numbers(self) -> dict[str, int]:
        """Each source's number by id, from 1 in the briefing's order.

        The plain brief's footnotes and the app both name articles by it, so
        that two articles of one outlet can be told apart.
        """
        return {source.id: number for number, source in enumerate(self.sources, 1)}

    def items(self) -> Iterator[Item]:
        """Every item that cites evidence, section by section."""
        yield from self.outcomes
        yield from self.quotes
        yield from self.questions
        yield from self.discrepancies
        yield from self.timeline

    def evidence_in(self, source: Source) -> list[Evidence]:
        """Every excerpt the briefing cites from `source`, in the order they appear in it."""
        found = {
            (evidence.span, evidence.excerpt): evidence
            for item in self.items()
            for evidence in item.evidence
            if evidence.source.id == source.id
        }
        return sorted(found.values(), key=lambda evidence: evidence.span)


def group_by_source(
    evidence: tuple[Evidence, ...], numbers: Mapping[str, int] | None = None
) -> dict[Source, list[Evidence]]:
    """An item's evidence grouped by outlet, each group in the item's order.

    The groups come in the order the item first cites each outlet, or, given
    each source's number (`Briefing.source_numbers`), in number order: as a
    list of footnotes reads ("[1], [2], [4]"), whatever order the curator
    cited them in.
    """
    groups: dict[Source, list[Evidence]] = {}
    for entry in evidence:
        groups.setdefault(entry.source, []).append(entry)
    if numbers is None:
        return groups
    # Sources without a number (none, in a loaded briefing) keep their place after the rest.
    last = len(numbers) + 1
    return dict(sorted(groups.items(), key=lambda group: numbers.get(group[0].id, last)))


def _as_path(location: str) -> Path:
    """A Path, importing pathlib only when someone asks (it is not needed to print)."""
    from pathlib import Path

    return Path(location)
