"""Search a briefing and its articles for text: what `/` lists.

No Textual import. Matching is case-insensitive on plain text: the query is
escaped, so it never acts as a pattern.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from briefing.model import Span
from briefing.tui.plain_item import describe
from briefing.tui.sections import SECTION_BY_ID, Contents

SNIPPET_REACH = 40
"""Characters of text shown either side of a match."""


@dataclass(frozen=True)
class Match:
    """One place the query occurs."""

    where: str
    """The section of the item, or the outlet whose article holds it."""
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


def search(contents: Contents, query: str, limit: int = 500) -> list[Match]:
    """Every match of `query` in the briefing's items, then in its articles, up to `limit`."""
    needle = query.strip()
    if not needle:
        return []
    pattern = re.compile(re.escape(needle), re.IGNORECASE)
    matches: list[Match] = []
    for entry in contents.all_entries():
        if entry.section in ("sources", "comparison"):
            continue  # the articles are searched below, in full
        text = "\n".join(describe(entry))
        found = pattern.search(text)
        if found:
            shown, highlight = snippet(text, found.start(), found.end())
            where = SECTION_BY_ID[entry.section].title
            matches.append(Match(where, shown, highlight, section=entry.section, key=entry.key))
            if len(matches) >= limit:
                return matches
    for number, source in enumerate(contents.briefing.sources, 1):
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
