"""An entry as plain text, for `y` (copy): what a reader pastes into a note.

No Textual import; the text is the briefing's own, never markup. Articles are
named with their number in the source list, as everywhere else ("ANI [2]"):
two articles of one outlet are then told apart in the note too.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.model import Discrepancy, Evidence, Outcome, Question, Quote, Source, TimelineEvent
from briefing.tui.sections import Entry, OutletCoverage, Passage


def numbered(source: Source, numbers: Mapping[str, int]) -> str:
    """The outlet and its article's number, "ANI [2]" (the outlet alone if it has none)."""
    number = numbers.get(source.id)
    return f"{source.outlet} [{number}]" if number is not None else source.outlet


def citation(evidence: Evidence, numbers: Mapping[str, int]) -> str:
    """One line naming the article (and its date) and quoting the excerpt."""
    source = evidence.source
    when = f", {source.published.isoformat()}" if source.published else ""
    return f"{numbered(source, numbers)}{when}: “{evidence.excerpt}”"


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
            lines.append(f"{numbered(account.source, entry.numbers)}{reading}: “{account.excerpt}”")
        return lines + ([f"Assessment: {subject.assessment}"] if subject.assessment else [])
    if isinstance(subject, TimelineEvent):
        return [f"{subject.date.isoformat()}: {subject.event}"]
    if isinstance(subject, Source):
        return source_lines(subject)
    return coverage_lines(subject, entry.numbers)


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


def _sentence(phrase: str) -> str:
    """A phrase as a sentence: capital first letter, full stop."""
    return f"{phrase[:1].upper()}{phrase[1:]}."


def account_line(coverage: OutletCoverage, numbers: Mapping[str, int]) -> str:
    """The outlet's account: "Account: ANI copy, with Asianet Newsable [3], ANI [4]"."""
    summary = coverage.summary
    others = [numbered(s, numbers) for s in summary.lineage.sources if s.id != summary.source.id]
    if summary.account is None or not others:
        return "Account: its own (no other outlet carries its text)"
    return f"Account: {summary.account}, with {', '.join(others)}"


def coverage_lines(coverage: OutletCoverage, numbers: Mapping[str, int]) -> list[str]:
    """One outlet's figures: its account, what it reports and what only its account does
    (those items named as the brief numbers them), and how much of it the briefing cites.

    Counted and worded by `briefing.analysis.OutletSummary`, as in the plain brief.
    """
    summary = coverage.summary
    alone = f": {summary.alone_listed}" if summary.several and summary.alone else ""
    return [
        numbered(coverage.source, numbers),
        account_line(coverage, numbers),
        _sentence(summary.phrase + alone),
        _sentence(summary.cited_phrase),
    ]


def as_plain_text(entry: Entry) -> str:
    """The entry and its evidence as plain text, ending in a newline."""
    lines = describe(entry)
    if entry.evidence and not isinstance(entry.subject, Discrepancy):
        lines.append("")
        lines.extend(f"- {citation(evidence, entry.numbers)}" for evidence in entry.evidence)
    return "\n".join(lines) + "\n"
