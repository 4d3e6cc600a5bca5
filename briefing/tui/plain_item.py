"""An entry as plain text, for `y` (copy): what a reader pastes into a note.

No Textual import; the text is the briefing's own, never markup. Articles are
named "[n] Outlet" with their number in the source list, as everywhere in the
app ("[2] ANI"): two articles of one outlet are then told apart in the note too.
"""

from __future__ import annotations

from collections.abc import Mapping

from briefing.model import (
    Discrepancy,
    Evidence,
    Outcome,
    Question,
    Quote,
    Source,
    TimelineEvent,
    group_by_source,
    long_date,
)
from briefing.tui.sections import Entry, OutletCoverage, Passage, Support, supports_of


def numbered(source: Source, numbers: Mapping[str, int]) -> str:
    """The article's number and outlet, "[2] ANI" (the outlet alone if it has none)."""
    number = numbers.get(source.id)
    return f"[{number}] {source.outlet}" if number is not None else source.outlet


def outlets(evidence: tuple[Evidence, ...], numbers: Mapping[str, int]) -> str:
    """The articles an item cites, in source-number order: "[1] Unnamed outlet, [2] ANI"."""
    return ", ".join(numbered(source, numbers) for source in group_by_source(evidence, numbers))


def citation(evidence: Evidence, numbers: Mapping[str, int]) -> str:
    """One line naming the article (and its date) and quoting the excerpt."""
    source = evidence.source
    when = f", {long_date(source.published)}" if source.published else ""
    return f"{numbered(source, numbers)}{when}: “{evidence.excerpt}”"


def reported_by(entry: Entry) -> str | None:
    """ "Reported by 4 outlets, 3 independent accounts: [1] …, [2] …", as the detail says it.

    Waits for (or makes) the comparison of the outlets: copying is one key, not every frame.
    """
    if entry.briefing is None or not entry.evidence:
        return None
    from briefing.tui.comparison.compute import COMPARISONS

    try:
        coverage = COMPARISONS.get(entry.briefing).coverage_of(entry.subject)  # type: ignore[arg-type]
    except KeyError:  # a passage, an article, an outlet: not an item
        return None
    phrase = coverage.phrase
    return f"{phrase[:1].upper()}{phrase[1:]}: {outlets(entry.evidence, entry.numbers)}"


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
        return [f"{long_date(subject.date)}: {subject.event}"]
    if isinstance(subject, Source):
        return source_lines(subject, entry.numbers)
    return coverage_lines(subject, entry.numbers)


def source_lines(source: Source, numbers: Mapping[str, int]) -> list[str]:
    """What the briefing knows about an article, named "[2] ANI"."""
    lines = [numbered(source, numbers)]
    if source.headline:
        lines.append(source.headline)
    facts = [
        f"published {long_date(source.published)}" if source.published else "",
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
    """The outlet's account: "Account: ANI copy, with [3] Asianet Newsable, [4] ANI"."""
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


def supported_items(supports: tuple[Support, ...]) -> str:
    """The items an excerpt supports: "Outcome 2, Difference 1 (reading: Signed.)"."""
    named = [f"{s.name} (reading: {s.reading})" if s.reading else s.name for s in supports]
    return ", ".join(named) or "Cited"


def as_plain_text(entry: Entry) -> str:
    """The entry and its evidence as plain text, ending in a newline.

    An item says who reports it; each excerpt of an article's says which items it supports.
    """
    lines = describe(entry)
    reported = reported_by(entry)
    if reported is not None:
        lines.append(reported)
    supports = supports_of(entry.evidence)
    if supports is not None:
        lines.append("")
        for supported, evidence in zip(supports, entry.evidence, strict=True):
            lines.append(f"- {supported_items(supported)}: “{evidence.excerpt}”")
    elif entry.evidence and not isinstance(entry.subject, Discrepancy):
        lines.append("")
        ordered = group_by_source(entry.evidence, entry.numbers).values()
        lines.extend(f"- {citation(e, entry.numbers)}" for group in ordered for e in group)
    return "\n".join(lines) + "\n"
