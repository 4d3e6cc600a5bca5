"""What every plain format shares: section order, footnote numbers, dates, outlet labels."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TypeVar

from briefing.model import Briefing, Evidence, Source, group_by_source, long_date

SECTIONS = {
    "summary": "Summary",
    "outcomes": "Key outcomes",
    "quotes": "Quotes",
    "questions": "Open questions",
    "discrepancies": "Where outlets differ",
    "coverage": "How outlets covered it",
    "timeline": "Timeline",
    "sources": "Sources",
}
"""Every section of the brief in brief order: the name `print --section` takes, and its heading."""

Render = TypeVar("Render", bound=Callable[..., object])
"""A format's function for one section: the page (briefing and settings) in, the body out."""


def by_section(*renders: Render) -> dict[str, Render]:
    """A format's section functions by section name, given in brief order and named as the sections.

    Raises:
        ValueError: when a function is missing, out of order or misnamed (a bug, found at import).
    """
    names = [render.__name__ for render in renders]
    if names != list(SECTIONS):
        raise ValueError(f"section functions {names} do not match the sections {list(SECTIONS)}")
    return dict(zip(SECTIONS, renders, strict=True))


def pick(renders: dict[str, Render], names: Sequence[str]) -> list[tuple[str, Render]]:
    """(heading, render) of the sections named, in the order named; every one when none are."""
    unknown = [name for name in names if name not in renders]
    if unknown:
        raise ValueError(f"no such section: {', '.join(unknown)}")
    return [(SECTIONS[name], renders[name]) for name in dict.fromkeys(names or renders)]


def items(blocks: list[list[str]]) -> list[str]:
    """Blocks of lines joined with a blank line between them."""
    lines: list[str] = []
    for block in blocks:
        if lines:
            lines.append("")
        lines.extend(block)
    return lines


def footnotes(briefing: Briefing) -> dict[str, int]:
    """Each source's number in the source list, by source id, counting from 1."""
    return briefing.source_numbers()


def dateline(briefing: Briefing) -> str:
    """The line under the title: place, date and when the briefing was last updated."""
    parts = [briefing.place] if briefing.place else []
    parts.append(long_date(briefing.date))
    if briefing.updated and briefing.updated != briefing.date:
        parts.append(f"updated {long_date(briefing.updated)}")
    return " · ".join(parts)


def cited_outlets(evidence: Sequence[Evidence], numbers: dict[str, int]) -> list[tuple[str, int]]:
    """(outlet, footnote number) for each source an item cites, in footnote order.

    A list of footnotes reads in number order ("[1], [2], [4]") whatever order
    the curator cited them in; the curator's order stays where it is content
    (a discrepancy's accounts, a quote's other wordings) and in the JSON.
    """
    cited = group_by_source(tuple(evidence))
    return sorted(((source.outlet, numbers[source.id]) for source in cited), key=lambda o: o[1])


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
