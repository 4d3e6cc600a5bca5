"""The app's eight sections and the entries (rows) each one lists.

Pure data: no Textual import. An `Entry` wraps one model object with what
the lists need (a stable key, a one-line label, the evidence it cites).
The comparison section's entries need the outlets compared: building them
waits for (or computes) the comparison the header started, and imports
`briefing.analysis` then, not at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple, TypeAlias

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

if TYPE_CHECKING:
    from briefing.analysis import OutletSummary


class Passage(NamedTuple):
    """The bottom line or one paragraph of the summary."""

    heading: str
    """What the passage is: "Bottom line" or "Summary, paragraph 2"."""
    text: str


class OutletCoverage(NamedTuple):
    """One outlet in the comparison section: its article and its figures."""

    source: Source
    summary: OutletSummary
    """What it reports and what only its account does (`briefing.analysis.outlet_summary`)."""


Subject: TypeAlias = (
    "Passage | Outcome | Quote | Question | Discrepancy | TimelineEvent | Source | OutletCoverage"
)
"""Anything an entry can show."""

Numbers: TypeAlias = Mapping[str, int]
"""Each source's number by id, as `Briefing.source_numbers` gives it."""
NO_NUMBERS: Numbers = MappingProxyType({})
"""For an entry made without its briefing at hand: articles are then named without numbers."""


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
    briefing: Briefing | None = None
    """The briefing it is from (for who reports the item, once the outlets are compared)."""

    @property
    def numbers(self) -> Numbers:
        """Each source's number by id (`Briefing.source_numbers`): "[2] ANI"."""
        return self.briefing.source_numbers() if self.briefing else NO_NUMBERS


class Support(NamedTuple):
    """An item an excerpt supports, as an article's excerpt list names it."""

    name: str
    """ "Outcome 2", "Difference 5"."""
    reading: str | None = None
    """For a difference: the curator's reading of this account."""


class Labelled(tuple[Evidence, ...]):
    """An article's excerpts, each with the items it supports.

    A tuple like any entry's evidence (the screen hands it to the evidence pane
    as it is), carrying those items along: listed by article, an excerpt would
    otherwise not say what it supports.
    """

    supports: tuple[tuple[Support, ...], ...]
    """For each excerpt, the items citing it, in section order."""

    def __new__(cls, evidence: list[Evidence], supports: list[tuple[Support, ...]]) -> Labelled:
        """The excerpts and, for each one, the items it supports."""
        made = super().__new__(cls, evidence)
        made.supports = tuple(supports)
        return made


def supports_of(evidence: tuple[Evidence, ...]) -> tuple[tuple[Support, ...], ...] | None:
    """For an article's excerpts, the items each supports; None for an item's own excerpts."""
    return evidence.supports if isinstance(evidence, Labelled) else None


class Section(NamedTuple):
    """One of the left-hand sections."""

    id: str
    title: str
    entries: Callable[[Contents], list[Entry]]
    """Builds the section's entries (from the briefing, its sources' numbers, other sections)."""


def _summary(contents: Contents) -> list[Entry]:
    """The bottom line, then each paragraph of the summary."""
    briefing = contents.briefing
    entries = [
        Entry(
            "summary",
            "bottom-line",
            _first_line(f"Bottom line: {briefing.bottom_line}"),
            Passage("Bottom line", briefing.bottom_line),
            (),
            briefing,
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
                briefing,
            )
        )
    return entries


def _outcomes(contents: Contents) -> list[Entry]:
    """One entry per key outcome."""
    briefing = contents.briefing
    return [Entry("outcomes", o.id, o.title, o, o.evidence, briefing) for o in briefing.outcomes]


def _quotes(contents: Contents) -> list[Entry]:
    """One entry per quote, labelled by speaker and words."""
    briefing = contents.briefing
    return [
        Entry("quotes", q.id, f"{q.speaker}: {q.text}", q, q.evidence, briefing)
        for q in briefing.quotes
    ]


def _questions(contents: Contents) -> list[Entry]:
    """One entry per open question."""
    briefing = contents.briefing
    return [
        Entry("questions", q.id, q.question, q, q.evidence, briefing) for q in briefing.questions
    ]


def _discrepancies(contents: Contents) -> list[Entry]:
    """One entry per point where outlets differ."""
    briefing = contents.briefing
    return [
        Entry("discrepancies", d.id, d.topic, d, d.accounts, briefing)
        for d in briefing.discrepancies
    ]


def _timeline(contents: Contents) -> list[Entry]:
    """One entry per dated event (events have no id: the key is date and position).

    The dates are padded to the longest, so that the events line up whether
    a date is a day, a month or a year ("2022-03   The EU…").
    """
    briefing = contents.briefing
    width = max((len(event.date.isoformat()) for event in briefing.timeline), default=0)
    return [
        Entry(
            "timeline",
            f"{event.date.isoformat()}-{number}",
            f"{event.date.isoformat():<{width}}  {event.event}",
            event,
            event.evidence,
            briefing,
        )
        for number, event in enumerate(briefing.timeline, 1)
    ]


def _sources(contents: Contents) -> list[Entry]:
    """One entry per article, with every excerpt the briefing cites from it."""
    briefing, numbers = contents.briefing, contents.numbers
    entries = []
    for source in briefing.sources:
        # Numbered as in the plain brief's source list: two articles of one
        # outlet (the bundled briefing has two from ANI) are told apart.
        label = f"[{numbers[source.id]}] {source.outlet}"
        label += f": {source.headline}" if source.headline else ""
        label += f" · {long_date(source.published)}" if source.published else ""
        evidence = cited_excerpts(contents, source)
        entries.append(Entry("sources", source.id, label, source, evidence, briefing))
    return entries


def _comparison(contents: Contents) -> list[Entry]:
    """One entry per outlet: what it reports, and what only its account does."""
    briefing, numbers = contents.briefing, contents.numbers
    # Imported here: the analysis is not needed until this section is shown.
    from briefing.analysis import outlet_summaries
    from briefing.tui.comparison.compute import COMPARISONS

    entries = []
    for summary in outlet_summaries(COMPARISONS.get(briefing)):
        source = summary.source
        label = f"[{numbers[source.id]}] {source.outlet}: {summary.phrase}"
        evidence = cited_excerpts(contents, source)
        coverage = OutletCoverage(source, summary)
        entries.append(
            Entry("comparison", f"outlet-{source.id}", label, coverage, evidence, briefing)
        )
    return entries


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
        self.numbers: Numbers = MappingProxyType(briefing.source_numbers())
        """Each source's number by id, shared by every entry (read-only)."""
        self._entries: dict[str, list[Entry]] = {}

    def entries(self, section_id: str) -> list[Entry]:
        """The entries of one section."""
        if section_id not in self._entries:
            self._entries[section_id] = SECTION_BY_ID[section_id].entries(self)
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


def cited_excerpts(contents: Contents, source: Source) -> Labelled:
    """Every excerpt the briefing cites from `source`, in article order, each with the items
    citing it (`citations`, as the article view names them) and a difference's reading."""
    cited_for = citations(contents, source)
    excerpts = contents.briefing.evidence_in(source)
    supports = []
    for evidence in excerpts:
        found = []
        for cited in cited_for.get((evidence.span, evidence.excerpt), []):
            difference = cited.section == "discrepancies"
            found.append(
                Support(cited.name, _reading(contents, cited, evidence) if difference else None)
            )
        supports.append(tuple(found))
    return Labelled(excerpts, supports)


def _reading(contents: Contents, cited: Citation, evidence: Evidence) -> str | None:
    """The curator's reading of `evidence` in the difference `cited` names."""
    index = contents.find(cited.section, cited.key)
    if index is None:
        return None
    for account in contents.entries(cited.section)[index].evidence:
        if (account.span, account.excerpt) == (evidence.span, evidence.excerpt):
            return account.reading
    return None
