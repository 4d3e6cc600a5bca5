"""What every plain format shares: section order, footnote numbers, dates, outlet labels."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import TypeVar

from briefing.model import Briefing, Evidence, Source, group_by_source, long_date
from briefing.safe_text import make_safe

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
    cited = group_by_source(tuple(evidence), numbers)
    return [(source.outlet, numbers[source.id]) for source in cited]


def source_facts(source: Source) -> list[str]:
    """The short facts about a source shown beside its outlet in the source list."""
    facts = []
    if source.published:
        facts.append(f"published {long_date(source.published)}")
    if source.wire:
        facts.append(f"{source.wire} wire copy")
    return facts


def article_paths(briefing: Briefing) -> dict[str, str]:
    """Where each source's article is, by source id, as a path that works from here.

    A briefing names its articles relative to itself (`../seeds/a.txt`), which
    means nothing in the folder the reader ran `briefing` from. When the
    briefing is under the current folder, each path is given relative to the
    current folder (`seeds/a.txt`); else in full. Symlinked folders are
    resolved, so that `..` climbs where the file system does. The paths are
    made terminal-safe: their folders come from the command line, not from
    the (already safe) briefing.
    """
    # os.path, not pathlib: `briefing print` never imports pathlib (a few ms of start-up).
    try:
        here = os.path.realpath(os.getcwd())  # noqa: PTH109
    except OSError:  # the current folder was deleted: only the paths as read mean anything
        return {source.id: make_safe(source.location) for source in briefing.sources}
    relative = _is_under(os.path.realpath(briefing.location), here)
    folders: dict[str, str] = {}
    paths = {}
    for source in briefing.sources:
        folder, name = os.path.split(source.location)
        if folder not in folders:
            folders[folder] = os.path.realpath(os.path.join(here, folder))  # noqa: PTH118
        path = os.path.join(folders[folder], name)  # noqa: PTH118
        paths[source.id] = make_safe(os.path.relpath(path, here) if relative else path)
    return paths


def _is_under(path: str, folder: str) -> bool:
    """Whether `path` is inside `folder` (both absolute, symlinks resolved)."""
    climb = os.path.relpath(path, folder)
    return not (climb == os.pardir or climb.startswith(os.pardir + os.sep))


def plural(count: int, noun: str) -> str:
    """`count` and `noun`, with an s unless there is exactly one."""
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def citations_in(briefing: Briefing, source: Source) -> int:
    """How many times the briefing cites `source`: every piece of evidence, repeats included."""
    return sum(
        1
        for item in briefing.items()
        for evidence in item.evidence
        if evidence.source.id == source.id
    )


def cited_phrase(briefing: Briefing, source: Source, space: str = " ") -> str:
    """What the briefing cites of `source`: "40 excerpts, cited 52 times".

    An excerpt several items cite is one excerpt; `briefing check` counts
    every citation ("150 citations (127 distinct excerpts) verified"). `space`
    goes between the words of "cited 52 times" or "each cited once" (a
    no-break space keeps them on one line).
    """
    excerpts = len(briefing.evidence_in(source))
    if not excerpts:
        return "no excerpts cited"
    citations = citations_in(briefing, source)
    if citations == excerpts:
        cited = f"cited{space}once" if excerpts == 1 else f"each{space}cited{space}once"
        return f"{plural(excerpts, 'excerpt')}, {cited}"
    return f"{plural(excerpts, 'excerpt')}, cited{space}{citations}{space}times"


def absolute_path(location: str) -> str:
    """`location` (an article's path as read) in full, without `..`: the JSON's `path`.

    Its folder's symlinks are resolved, as in the text brief's source list, so
    that `..` climbs where the file system does; the file's own name is kept.
    """
    folder, name = os.path.split(location)
    try:
        return os.path.join(os.path.realpath(folder or os.curdir), name)  # noqa: PTH118
    except OSError:  # the current folder was deleted: the path as read, tidied
        return os.path.normpath(location)
