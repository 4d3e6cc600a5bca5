"""Turn a Briefing into plain tuples for `marshal`, and back.

`marshal` is built into the interpreter, so reading a cache entry costs no
import; it only stores builtin types, so each model class is flattened to a
tuple of its fields here. Sources are stored once and referred to by index.
"""

from __future__ import annotations

import datetime
from typing import Any

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
    When,
)

Flat = tuple[Any, ...]


def _day(value: datetime.date | None) -> int | None:
    return None if value is None else value.toordinal()


def _undate(value: int | None) -> datetime.date | None:
    return None if value is None else datetime.date.fromordinal(value)


def encode(briefing: Briefing) -> Flat:
    """The briefing as nested tuples of builtin values."""
    index = {source.id: number for number, source in enumerate(briefing.sources)}

    def evidence(entries: tuple[Evidence, ...]) -> Flat:
        return tuple(
            (index[e.source.id], e.excerpt, tuple(tuple(s) for s in e.spans), e.reading)
            for e in entries
        )

    return (
        briefing.location,
        briefing.title,
        _day(briefing.date),
        briefing.place,
        _day(briefing.updated),
        briefing.bottom_line,
        briefing.summary,
        tuple(
            (
                s.id,
                s.outlet,
                s.file,
                s.location,
                s.text,
                _day(s.published),
                s.headline,
                s.wire,
                s.url,
            )
            for s in briefing.sources
        ),
        tuple((o.id, o.title, o.detail, evidence(o.evidence)) for o in briefing.outcomes),
        tuple(
            (q.id, q.speaker, q.role, q.text, q.context, evidence(q.evidence))
            for q in briefing.quotes
        ),
        tuple((q.id, q.question, q.why, evidence(q.evidence)) for q in briefing.questions),
        tuple((d.id, d.topic, evidence(d.accounts), d.assessment) for d in briefing.discrepancies),
        tuple((tuple(t.date), t.event, evidence(t.evidence)) for t in briefing.timeline),
    )


def decode(flat: Flat) -> Briefing:
    """The briefing `encode` flattened."""
    (
        path,
        title,
        day,
        place,
        updated,
        bottom_line,
        summary,
        sources,
        outcomes,
        quotes,
        questions,
        discrepancies,
        timeline,
    ) = flat
    models = tuple(
        Source(sid, outlet, file, where, text, _undate(published), headline, wire, url)
        for sid, outlet, file, where, text, published, headline, wire, url in sources
    )

    def evidence(entries: Flat) -> tuple[Evidence, ...]:
        return tuple(
            Evidence(models[number], excerpt, tuple(Span(*s) for s in spans), reading)
            for number, excerpt, spans, reading in entries
        )

    return Briefing(
        location=path,
        title=title,
        date=datetime.date.fromordinal(day),
        place=place,
        updated=_undate(updated),
        bottom_line=bottom_line,
        summary=summary,
        sources=models,
        outcomes=tuple(Outcome(i, t, d, evidence(e)) for i, t, d, e in outcomes),
        quotes=tuple(Quote(i, s, r, t, c, evidence(e)) for i, s, r, t, c, e in quotes),
        questions=tuple(Question(i, q, w, evidence(e)) for i, q, w, e in questions),
        discrepancies=tuple(Discrepancy(i, t, evidence(a), s) for i, t, a, s in discrepancies),
        timeline=tuple(TimelineEvent(When(*d), t, evidence(e)) for d, t, e in timeline),
    )
