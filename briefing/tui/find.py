"""Search a briefing and its articles for text: what `/` lists.

No Textual import. Matching is case-insensitive on plain text: the query is
escaped, so it never acts as a pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from briefing.model import Quote, Span, TimelineEvent, long_date
from briefing.tui.plain_item import describe
from briefing.tui.sections import ITEM_NAMES, SECTIONS, Contents, Entry, Passage

SNIPPET_REACH = 40
"""Characters of text shown either side of a match."""


@dataclass(frozen=True)
class Match:
    """One place the query occurs."""

    where: str
    """The item ("Quote 5 · Kaja Kallas"), or the article that holds it ("[2] ANI article")."""
    snippet: str
    """The text around the match, on one line."""
    highlight: Span
    """Where the match sits in `snippet`."""
    section: str | None = None
    """For a match in an item: its section id."""
    key: str | None = None
    """For a match in an item: its entry key."""
    source_id: str | None = None
    """For a match in an article: the source id."""
    span: Span | None = None
    """For a match in an article: where it sits in the article's text."""


def snippet(text: str, start: int, end: int) -> tuple[str, Span]:
    """A one-line snippet of `text` around [start, end), and the match's place in it."""
    left = max(0, start - SNIPPET_REACH)
    right = min(len(text), end + SNIPPET_REACH)
    prefix = "…" if left else ""
    suffix = "…" if right < len(text) else ""
    body = text[left:right].replace("\n", " ")
    return prefix + body + suffix, Span(start - left + len(prefix), end - left + len(prefix))


ITEM_NAME = dict(ITEM_NAMES)
"""What one item of each section is called ("Quote"), by section id."""
SEARCHED = tuple(section.id for section in SECTIONS if section.id not in ("sources", "comparison"))
"""The sections whose items are searched (the articles are searched in full, after them)."""


def item_name(entry: Entry, number: int) -> str:
    """What the reader calls an item: "Outcome 2", "Quote 5 · Kaja Kallas", "Bottom line".

    Args:
        entry: The item.
        number: Its number in its section, from 1 (as the article view's "cited for" counts).
    """
    subject = entry.subject
    if isinstance(subject, Passage):
        return subject.heading
    name = f"{ITEM_NAME[entry.section]} {number}"
    if isinstance(subject, Quote):
        return f"{name} · {subject.speaker}"
    if isinstance(subject, TimelineEvent):
        return f"{name} · {long_date(subject.date)}"
    return name


def named_items(contents: Contents) -> Iterator[tuple[Entry, str]]:
    """Every item of the searched sections, in order, with its name (`item_name`)."""
    for section_id in SEARCHED:
        for number, entry in enumerate(contents.entries(section_id), 1):
            yield entry, item_name(entry, number)


def search(contents: Contents, query: str, limit: int = 500) -> list[Match]:
    """Every match of `query` in the briefing's items, then in its articles, up to `limit`."""
    needle = query.strip()
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    matches: list[Match] = []
    for entry, name in named_items(contents):
        text = "\n".join(describe(entry))
        found = pattern.search(text)
        if found is None and isinstance(entry.subject, TimelineEvent):
            # The app writes "27 January 2026"; a reader may well type 2026-01-27.
            text = f"{entry.subject.date.isoformat()}: {text}"
            found = pattern.search(text)
        if found:
            shown, highlight = snippet(text, found.start(), found.end())
            matches.append(Match(name, shown, highlight, section=entry.section, key=entry.key))
            if len(matches) >= limit:
                return matches
    for source in contents.briefing.sources:
        number = contents.numbers[source.id]
        for found in pattern.finditer(source.text):
            shown, highlight = snippet(source.text, found.start(), found.end())
            span = Span(found.start(), found.end())
            matches.append(
                Match(
                    f"[{number}] {source.outlet} article",
                    shown,
                    highlight,
                    source_id=source.id,
                    span=span,
                )
            )
            if len(matches) >= limit:
                return matches
    return matches
