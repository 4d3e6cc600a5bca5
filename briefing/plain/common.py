"""What every plain format shares: section order, footnote numbers, dates, outlet labels."""

from __future__ import annotations

import datetime
from collections.abc import Callable, Sequence
from typing import Generic, NamedTuple, TypeVar

from briefing.model import Briefing, Evidence, Source, group_by_source

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
"""Month names, spelled out here so that no locale setting can change the output."""

Page = TypeVar("Page")
"""What a format's section functions receive: the briefing plus that format's settings."""
Output = TypeVar("Output")
"""What a format's section functions return: lines for text and Markdown, JSON values."""


class Section(NamedTuple, Generic[Page, Output]):
    """One section of the brief in one format; a format is an ordered tuple of these."""

    name: str
    """The name `briefing print --section` takes."""
    heading: str
    """The heading readers see."""
    render: Callable[[Page], Output]
    """Renders the section's body; an empty result means the briefing has nothing for it."""


def pick(
    available: Sequence[Section[Page, Output]], names: Sequence[str]
) -> list[Section[Page, Output]]:
    """The sections named, in the order named; every section, in brief order, when none are."""
    if not names:
        return list(available)
    by_name = {section.name: section for section in available}
    unknown = [name for name in names if name not in by_name]
    if unknown:
        raise ValueError(f"no such section: {', '.join(unknown)}")
    return [by_name[name] for name in dict.fromkeys(names)]


def footnotes(briefing: Briefing) -> dict[str, int]:
    """Each source's number in the source list, by source id, counting from 1."""
    return {source.id: number for number, source in enumerate(briefing.sources, start=1)}


def long_date(date: datetime.date) -> str:
    """A date as readers write it: 27 January 2026."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def dateline(briefing: Briefing) -> str:
    """The line under the title: place, date and when the briefing was last updated."""
    parts = [briefing.place] if briefing.place else []
    parts.append(long_date(briefing.date))
    if briefing.updated and briefing.updated != briefing.date:
        parts.append(f"updated {long_date(briefing.updated)}")
    return " · ".join(parts)


def cited_outlets(evidence: Sequence[Evidence], numbers: dict[str, int]) -> list[tuple[str, int]]:
    """(outlet, footnote number) for each source an item cites, in the order first cited."""
    return [(source.outlet, numbers[source.id]) for source in group_by_source(tuple(evidence))]


def source_facts(source: Source) -> list[str]:
    """The short facts about a source shown beside its outlet in the source list."""
    facts = []
    if source.published:
        facts.append(f"published {long_date(source.published)}")
    if source.wire:
        facts.append(f"{source.wire} wire copy")
    return facts


def plural(count: int, noun: str) -> str:
    """`count` and `noun`, with an s unless there is exactly one."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"
