"""An entry as plain text, for `y` (copy): what a reader pastes into a note.

No Textual import; the text is the briefing's own, never markup.
"""

from __future__ import annotations

from briefing.model import Discrepancy, Evidence, Outcome, Question, Quote, Source, TimelineEvent
from briefing.tui.sections import Entry, OutletCoverage, Passage


def citation(evidence: Evidence) -> str:
    """One line naming the outlet (and date) and quoting the excerpt."""
    source = evidence.source
    when = f", {source.published.isoformat()}" if source.published else ""
    return f"{source.outlet}{when}: “{evidence.excerpt}”"


def describe(entry: Entry) -> list[str]:
    """The entry's own lines, without its evidence."""
    subject = entry.subject
    if isinstance(subject, Passage):
        return [f"{subject.heading}: {subject.text}"]
    if isinstance(subject, Outcome):
        return [subject.title, *([subject.detail] if subject.detail else [])]
    if isinstance(subject, Quote):
        who = f"{subject.speaker}, {subject.role}" if subject.role else subject.speaker
        lines = [f"“{subject.text}”", f"— {who}"]
        return lines + ([f"Context: {subject.context}"] if subject.context else [])
    if isinstance(subject, Question):
        return [subject.question, *([f"Why it matters: {subject.why}"] if subject.why else [])]
    if isinstance(subject, Discrepancy):
        lines = [subject.topic]
        for account in subject.accounts:
            reading = f" ({account.reading})" if account.reading else ""
            lines.append(f"{account.source.outlet}{reading}: “{account.excerpt}”")
        return lines + ([f"Assessment: {subject.assessment}"] if subject.assessment else [])
    if isinstance(subject, TimelineEvent):
        return [f"{subject.date.isoformat()}: {subject.event}"]
    if isinstance(subject, Source):
        return source_lines(subject)
    return coverage_lines(subject)


def source_lines(source: Source) -> list[str]:
    """What the briefing knows about an article."""
    lines = [source.outlet]
    if source.headline:
        lines.append(source.headline)
    facts = [
        f"published {source.published.isoformat()}" if source.published else "",
        f"wire copy: {source.wire}" if source.wire else "",
        f"{source.words} words",
    ]
    lines.append(", ".join(fact for fact in facts if fact))
    if source.url:
        lines.append(source.url)
    return lines


def coverage_lines(coverage: OutletCoverage) -> list[str]:
    """How much of the briefing one outlet backs."""
    return [
        coverage.source.outlet,
        f"Cited {coverage.excerpts} times; backs {coverage.items} of the "
        f"{coverage.total_items} items that cite evidence; the only outlet for {coverage.sole}.",
    ]


def as_plain_text(entry: Entry) -> str:
    """The entry and its evidence as plain text, ending in a newline."""
    lines = describe(entry)
    if entry.evidence and not isinstance(entry.subject, Discrepancy):
        lines.append("")
        lines.extend(f"- {citation(evidence)}" for evidence in entry.evidence)
    return "\n".join(lines) + "\n"
