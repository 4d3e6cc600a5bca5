"""The briefing file format, version 1, declared once as msgspec types.

These types are the single statement of the format: `validate.py` checks a
parsed file against them, and `briefing schema` prints them as JSON Schema.
docs/format.md explains the format for curators.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

import msgspec

SCHEMA_VERSION = 1

ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"

Id = Annotated[
    str,
    msgspec.Meta(
        pattern=ID_PATTERN,
        description="Lowercase letters, digits and hyphens; unique across the whole file.",
    ),
]
Text = Annotated[str, msgspec.Meta(min_length=1)]
Day = Annotated[datetime.date, msgspec.Meta(description="A date as YYYY-MM-DD.")]
PARTIAL_DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
PartialDay = Annotated[
    str,
    msgspec.Meta(
        pattern=PARTIAL_DATE_PATTERN,
        description="A date as YYYY-MM-DD, or YYYY-MM or YYYY when the sources give "
        "only the month or the year.",
    ),
]
"""A timeline date: as precise as the sources are, and no more."""


class _Strict(msgspec.Struct, forbid_unknown_fields=True):
    """Base of every mapping in the format: unknown keys are errors."""


class EvidenceEntry(_Strict):
    """A verbatim excerpt of one source, backing a statement."""

    source: Id
    excerpt: Annotated[
        str,
        msgspec.Meta(
            min_length=1,
            description="Verbatim text of the source; '...' or '…' skips text between pieces.",
        ),
    ]


class AccountEntry(EvidenceEntry):
    """One outlet's version of a disputed point."""

    reading: str | None = None


class SourceEntry(_Strict):
    """One article the briefing was built from."""

    id: Id
    outlet: Text
    file: Annotated[str, msgspec.Meta(min_length=1, description="Relative to the YAML file.")]
    published: Day | None = None
    headline: str | None = None
    wire: str | None = None
    url: str | None = None


class OutcomeEntry(_Strict):
    """A key outcome of the event."""

    id: Id
    title: Text
    evidence: Annotated[list[EvidenceEntry], msgspec.Meta(min_length=1)]
    detail: str | None = None


class QuoteSourceEntry(_Strict):
    """An outlet that words a quote differently from the quote's `text`."""

    source: Id
    excerpt: Text


class QuoteEntry(_Strict):
    """Something said, verbatim, and the outlets that carry it."""

    id: Id
    speaker: Text
    text: Text
    sources: Annotated[list[Id | QuoteSourceEntry], msgspec.Meta(min_length=1)]
    role: str | None = None
    context: str | None = None


class QuestionEntry(_Strict):
    """A question a reader would ask next."""

    id: Id
    question: Text
    why: str | None = None
    evidence: list[EvidenceEntry] = []


class DiscrepancyEntry(_Strict):
    """A point on which outlets differ in fact, framing or naming."""

    id: Id
    topic: Text
    accounts: Annotated[list[AccountEntry], msgspec.Meta(min_length=2)]
    assessment: str | None = None


class TimelineEntry(_Strict):
    """A dated event."""

    date: PartialDay
    event: Text
    evidence: list[EvidenceEntry] = []


class BriefingFile(_Strict):
    """A briefing, as written by its curator."""

    schema: Literal[1]
    title: Text
    date: Day
    bottom_line: Text
    summary: Text
    sources: Annotated[list[SourceEntry], msgspec.Meta(min_length=1)]
    outcomes: list[OutcomeEntry]
    quotes: list[QuoteEntry]
    open_questions: list[QuestionEntry]
    place: str | None = None
    updated: Day | None = None
    discrepancies: list[DiscrepancyEntry] = []
    timeline: list[TimelineEntry] = []


def json_schema() -> dict[str, object]:
    """The JSON Schema of format version 1."""
    schema = msgspec.json.schema(BriefingFile)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = f"briefing format, version {SCHEMA_VERSION}"
    return schema
