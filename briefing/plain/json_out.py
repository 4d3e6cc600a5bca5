"""The brief as JSON: the loaded briefing plus what verification found.

The structure is a contract, documented in docs/json-output.md: keys are only
ever added, and a change that removes or redefines one bumps FORMAT_VERSION.
Every optional field is present (null when absent), so consumers can index
without checking.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from briefing.analysis import (
    COUNTED,
    COUNTED_SECTIONS,
    SHINGLE_WORDS,
    Comparison,
    ItemCoverage,
    account_alone,
    account_label,
    compare,
    counted_items,
    outlet_summaries,
)
from briefing.model import Briefing, Evidence, Source
from briefing.plain.common import absolute_path, by_section, citations_in, footnotes, pick
from briefing.plain.coverage import accounts_phrase

FORMAT_VERSION = 1
"""The version of this JSON structure (not of the briefing format)."""

Json = dict[str, Any]


class JsonPage(NamedTuple):
    """The briefing, the footnote numbers its sources carry in every format, and coverage."""

    briefing: Briefing
    numbers: dict[str, int]
    comparison: Comparison


def _date(date: datetime.date | None) -> str | None:
    """A date as ISO 8601 text, or None."""
    return date.isoformat() if date else None


def evidence(entry: Evidence) -> Json:
    """An excerpt, its source, and where each of its pieces was found in the source's text."""
    text = entry.source.text
    return {
        "source": entry.source.id,
        "excerpt": entry.excerpt,
        "spans": [
            {"start": span.start, "end": span.end, "text": text[span.start : span.end]}
            for span in entry.spans
        ],
        "reading": entry.reading,
    }


def _evidence_list(entries: Sequence[Evidence]) -> list[Json]:
    """Every excerpt an item cites."""
    return [evidence(entry) for entry in entries]


def source(page: JsonPage, entry: Source) -> Json:
    """One source: what the briefing says of it, and how the verified text measures."""
    return {
        "id": entry.id,
        "number": page.numbers[entry.id],
        "outlet": entry.outlet,
        "file": entry.file,
        "path": absolute_path(entry.location),
        "published": _date(entry.published),
        "headline": entry.headline,
        "wire": entry.wire,
        "url": entry.url,
        "characters": len(entry.text),
        "words": entry.words,
        "excerpts_cited": len(page.briefing.evidence_in(entry)),
        "citations": citations_in(page.briefing, entry),
    }


def summary(page: JsonPage) -> Json:
    """The summary, as written and split into paragraphs."""
    return {
        "summary": page.briefing.summary,
        "summary_paragraphs": list(page.briefing.summary_paragraphs),
    }


def outcomes(page: JsonPage) -> Json:
    """The key outcomes."""
    return {
        "outcomes": [
            {
                "id": o.id,
                "title": o.title,
                "detail": o.detail,
                "evidence": _evidence_list(o.evidence),
            }
            for o in page.briefing.outcomes
        ]
    }


def quotes(page: JsonPage) -> Json:
    """The quotes; each outlet carrying one is an evidence entry with its own wording."""
    return {
        "quotes": [
            {
                "id": q.id,
                "speaker": q.speaker,
                "role": q.role,
                "text": q.text,
                "context": q.context,
                "evidence": _evidence_list(q.evidence),
            }
            for q in page.briefing.quotes
        ]
    }


def questions(page: JsonPage) -> Json:
    """The open questions."""
    return {
        "questions": [
            {
                "id": q.id,
                "question": q.question,
                "why": q.why,
                "evidence": _evidence_list(q.evidence),
            }
            for q in page.briefing.questions
        ]
    }


def discrepancies(page: JsonPage) -> Json:
    """Where outlets differ; each account is an evidence entry with the curator's reading."""
    return {
        "discrepancies": [
            {
                "id": d.id,
                "topic": d.topic,
                "accounts": _evidence_list(d.accounts),
                "assessment": d.assessment,
            }
            for d in page.briefing.discrepancies
        ]
    }


def timeline(page: JsonPage) -> Json:
    """The dated events."""
    return {
        "timeline": [
            {"date": e.date.isoformat(), "event": e.event, "evidence": _evidence_list(e.evidence)}
            for e in page.briefing.timeline
        ]
    }


def sources(page: JsonPage) -> Json:
    """The sources, numbered as in the text and Markdown briefs."""
    return {"sources": [source(page, entry) for entry in page.briefing.sources]}


SHARE_DIGITS = 4
"""Decimal places of every share in the coverage object (stable output, no float noise)."""


def _share(value: float) -> float:
    """A share from 0 to 1, rounded for output."""
    return round(value, SHARE_DIGITS)


def _item_refs(briefing: Briefing) -> dict[int, Json]:
    """Where each item sits in this JSON: its section key, index there, and id (None for events)."""
    refs: dict[int, Json] = {}
    for key, entries in (
        ("outcomes", briefing.outcomes),
        ("quotes", briefing.quotes),
        ("questions", briefing.questions),
        ("discrepancies", briefing.discrepancies),
        ("timeline", briefing.timeline),
    ):
        for index, item in enumerate(entries):
            refs[id(item)] = {"section": key, "index": index, "id": getattr(item, "id", None)}
    return refs


def coverage(page: JsonPage) -> Json:
    """How the outlets covered the briefing: accounts, who reports each item, copied text."""
    comparison = page.comparison
    refs = _item_refs(page.briefing)
    reuse = comparison.reuse

    def ref(entry: ItemCoverage) -> Json:
        """An item as a reference into its section."""
        return refs[id(entry.item)]

    lineages = [
        {
            "name": lineage.name,
            "label": account_label(lineage),
            "wire": lineage.wire,
            "sources": [source.id for source in lineage.sources],
            "pairs": [
                {
                    "first": pair.first.id,
                    "second": pair.second.id,
                    "first_in_second": _share(pair.first_in_second),
                    "second_in_first": _share(pair.second_in_first),
                }
                for pair in comparison.within(lineage)
            ],
            "exclusives": [ref(entry) for entry in comparison.exclusives(lineage)],
            "alone": [ref(entry) for entry in account_alone(comparison, lineage)],
        }
        for lineage in comparison.lineages
    ]
    items = [
        {
            **ref(entry),
            "sources": [source.id for source in entry.sources],
            "lineages": [lineage.name for lineage in entry.lineages],
            "outlets": entry.outlets,
            "independent": entry.independent,
            "exclusive_to": entry.exclusive_to.name if entry.exclusive_to else None,
            "phrase": entry.phrase,
        }
        for entry in comparison.items
    ]
    by_source = [
        {
            "source": summary.source.id,
            "number": page.numbers[summary.source.id],
            "lineage": summary.lineage.name,
            "copied_share": _share(summary.outlet.copied_share),
            "items": summary.citing,
            "exclusives": [
                ref(entry)
                for entry in summary.outlet.items
                if entry.exclusive_to == summary.lineage
            ],
            "reports": [ref(entry) for entry in summary.reports],
            "alone": [ref(entry) for entry in summary.alone],
            "phrase": summary.phrase,
        }
        for summary in outlet_summaries(comparison)
    ]
    return {
        "coverage": {
            "outlets": len(comparison.outlets),
            "independent": comparison.independent,
            "phrase": accounts_phrase(len(comparison.outlets), comparison.independent),
            "threshold": comparison.threshold,
            "shingle_words": SHINGLE_WORDS,
            "counted": {
                "sections": list(COUNTED_SECTIONS),
                "items": len(counted_items(comparison)),
                "phrase": COUNTED,
            },
            "lineages": lineages,
            "items": items,
            "by_source": by_source,
            "containment": {
                "sources": [source.id for source in reuse.sources],
                "matrix": [[_share(share) for share in row] for row in reuse.matrix()],
            },
        }
    }


def header(page: JsonPage) -> Json:
    """What every JSON brief starts with, whichever sections are asked for."""
    briefing = page.briefing
    return {
        "format_version": FORMAT_VERSION,
        "file": briefing.location,
        "title": briefing.title,
        "date": briefing.date.isoformat(),
        "place": briefing.place,
        "updated": _date(briefing.updated),
        "bottom_line": briefing.bottom_line,
    }


RENDERS = by_section(
    summary, outcomes, quotes, questions, discrepancies, coverage, timeline, sources
)
"""The JSON brief's section functions by name, each adding its keys."""


def render_json(briefing: Briefing, *, sections: Sequence[str] = ()) -> str:
    """The briefing as JSON: the header keys, then each section's keys in the order asked."""
    page = JsonPage(briefing, footnotes(briefing), compare(briefing))
    document = header(page)
    for _, render in pick(RENDERS, sections):
        document.update(render(page))
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
