"""The app's eight sections and the entries (rows) each one lists.

Pure data: no Textual import. An `Entry` wraps one model object with what
the lists need (a stable key, a one-line label, the evidence it cites).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from briefing.model import (
    Briefing,
    Discrepancy,
    Evidence,
    Outcome,
    Question,
    Quote,
    Source,
    Span,
    TimelineEvent,
    long_date,
)


class Passage(NamedTuple):
    """The bottom line or one paragraph of the summary."""

    heading: str
    """What the passage is: "Bottom line" or "Summary, paragraph 2"."""
    text: str


class OutletCoverage(NamedTuple):
    """How much of the briefing one outlet backs (a stand-in until the comparison lands)."""

    source: Source
    excerpts: int
    """How many distinct excerpts the briefing cites from this outlet."""
    items: int
    """How many items cite this outlet at least once."""
    sole: int
    """How many items cite this outlet and no other."""
    total_items: int
    """How many items cite any evidence at all."""


Subject = (
    Passage | Outcome | Quote | Question | Discrepancy | TimelineEvent | Source | OutletCoverage
)
"""Anything an entry can show."""


class Entry(NamedTuple):
    """One row of a section's item list."""

    section: str
    """The id of the section that lists it."""
    key: str
    """Stable within a briefing: used to keep the selection across reloads."""
    label: str
    """One line for the item list."""
    subject: Subject
    evidence: tuple[Evidence, ...]
    """The excerpts shown in the evidence pane, in order."""


class Section(NamedTuple):
    """One of the left-hand sections."""

    id: str
    title: str
    entries: Callable[[Briefing], list[Entry]]


def _summary(briefing: Briefing) -> list[Entry]:
    """The bottom line, then each paragraph of the summary."""
    entries = [
        Entry(
            "summary",
            "bottom-line",
            _first_line(f"Bottom line: {briefing.bottom_line}"),
            Passage("Bottom line", briefing.bottom_line),
            (),
        )
    ]
    paragraphs = briefing.summary_paragraphs
    for number, paragraph in enumerate(paragraphs, 1):
        heading = f"Summary, paragraph {number}" if len(paragraphs) > 1 else "Summary"
        entries.append(
            Entry(
                "summary",
                f"summary-{number}",
                _first_line(paragraph),
                Passage(heading, paragraph),
                (),
            )
        )
    return entries


def _outcomes(briefing: Briefing) -> list[Entry]:
    """One entry per key outcome."""
    return [Entry("outcomes", o.id, o.title, o, o.evidence) for o in briefing.outcomes]


def _quotes(briefing: Briefing) -> list[Entry]:
    """One entry per quote, labelled by speaker and words."""
    return [Entry("quotes", q.id, f"{q.speaker}: {q.text}", q, q.evidence) for q in briefing.quotes]


def _questions(briefing: Briefing) -> list[Entry]:
    """One entry per open question."""
    return [Entry("questions", q.id, q.question, q, q.evidence) for q in briefing.questions]


def _discrepancies(briefing: Briefing) -> list[Entry]:
    """One entry per point where outlets differ."""
    return [Entry("discrepancies", d.id, d.topic, d, d.accounts) for d in briefing.discrepancies]


def _timeline(briefing: Briefing) -> list[Entry]:
    """One entry per dated event (events have no id: the key is date and position)."""
    return [
        Entry(
            "timeline",
            f"{event.date.isoformat()}-{number}",
            f"{event.date.isoformat()}  {event.event}",
            event,
            event.evidence,
        )
        for number, event in enumerate(briefing.timeline, 1)
    ]


def _sources(briefing: Briefing) -> list[Entry]:
    """One entry per article, with every excerpt the briefing cites from it."""
    entries = []
    for number, source in enumerate(briefing.sources, 1):
        # Numbered as in the plain brief's source list: two articles of one
        # outlet (the bundled briefing has two from ANI) are told apart.
        label = f"[{number}] {source.outlet}"
        label += f": {source.headline}" if source.headline else ""
        label += f" · {long_date(source.published)}" if source.published else ""
        entries.append(
            Entry("sources", source.id, label, source, tuple(briefing.evidence_in(source)))
        )
    return entries


def _comparison(briefing: Briefing) -> list[Entry]:
    """One entry per outlet with how much of the briefing it backs."""
    entries = []
    for coverage in outlet_coverage(briefing):
        source = coverage.source
        label = (
            f"{source.outlet}: backs {coverage.items} of {coverage.total_items} items, "
            f"{coverage.sole} alone"
        )
        evidence = tuple(briefing.evidence_in(source))
        entries.append(Entry("comparison", f"outlet-{source.id}", label, coverage, evidence))
    return entries


def outlet_coverage(briefing: Briefing) -> list[OutletCoverage]:
    """For each source: excerpts cited, items backed, items backed by it alone."""
    cited = [{evidence.source.id for evidence in item.evidence} for item in briefing.items()]
    cited = [ids for ids in cited if ids]
    return [
        OutletCoverage(
            source=source,
            excerpts=len(briefing.evidence_in(source)),
            items=sum(source.id in ids for ids in cited),
            sole=sum(ids == {source.id} for ids in cited),
            total_items=len(cited),
        )
        for source in briefing.sources
    ]


def _first_line(text: str, limit: int = 120) -> str:
    """The start of `text`, cut at a word near `limit` characters."""
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > 0 else limit] + "…"


SECTIONS: tuple[Section, ...] = (
    Section("summary", "Bottom line & summary", _summary),
    Section("outcomes", "Key outcomes", _outcomes),
    Section("quotes", "Quotes", _quotes),
    Section("questions", "Open questions", _questions),
    Section("discrepancies", "Where outlets differ", _discrepancies),
    Section("timeline", "Timeline", _timeline),
    Section("sources", "Sources", _sources),
    Section("comparison", "Comparison", _comparison),
)
"""In the order of the left pane; keys 1 to 8 jump to them."""

SECTION_BY_ID = {section.id: section for section in SECTIONS}


class Contents:
    """A briefing's entries, built one section at a time when first asked for."""

    def __init__(self, briefing: Briefing) -> None:
        """Remember the briefing; build nothing yet."""
        self.briefing = briefing
        self._entries: dict[str, list[Entry]] = {}

    def entries(self, section_id: str) -> list[Entry]:
        """The entries of one section."""
        if section_id not in self._entries:
            self._entries[section_id] = SECTION_BY_ID[section_id].entries(self.briefing)
        return self._entries[section_id]

    def count(self, section_id: str) -> int:
        """How many entries a section lists, without building them when the model knows."""
        briefing = self.briefing
        known = {
            "summary": 1 + len(briefing.summary_paragraphs),
            "outcomes": len(briefing.outcomes),
            "quotes": len(briefing.quotes),
            "questions": len(briefing.questions),
            "discrepancies": len(briefing.discrepancies),
            "timeline": len(briefing.timeline),
            "sources": len(briefing.sources),
            "comparison": len(briefing.sources),
        }
        return known[section_id]

    def find(self, section_id: str, key: str) -> int | None:
        """The position of the entry with `key` in a section, if it is there."""
        for index, entry in enumerate(self.entries(section_id)):
            if entry.key == key:
                return index
        return None

    def all_entries(self) -> list[Entry]:
        """Every entry of every section, in order."""
        return [entry for section in SECTIONS for entry in self.entries(section.id)]


ITEM_NAMES = (
    ("outcomes", "Outcome"),
    ("quotes", "Quote"),
    ("questions", "Question"),
    ("discrepancies", "Difference"),
    ("timeline", "Timeline event"),
)
"""What one item of each section is called, by section id ("Outcome 2")."""


class Citation(NamedTuple):
    """An item that cites an excerpt: what it is called, and where the reader finds it."""

    name: str
    """ "Outcome 2"."""
    section: str
    key: str
    """The entry's key in its section."""


def citations(contents: Contents, source: Source) -> dict[tuple[Span, str], list[Citation]]:
    """For each excerpt the briefing takes from `source`, the items citing it, in section order.

    Keyed as an excerpt is found in its article: where it is and what it says.
    """
    found: dict[tuple[Span, str], list[Citation]] = {}
    for section, kind in ITEM_NAMES:
        for number, entry in enumerate(contents.entries(section), 1):
            for evidence in entry.evidence:
                if evidence.source.id == source.id:
                    cited = found.setdefault((evidence.span, evidence.excerpt), [])
                    if not any(c.key == entry.key and c.section == section for c in cited):
                        cited.append(Citation(f"{kind} {number}", section, entry.key))
    return found
