"""An excerpt inside a sentence or two of the article around it.

Pure text work, no Textual import: the evidence pane turns a `Window` into
styled content, and tests can check the arithmetic alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from briefing.model import Evidence, Span

# A sentence ends at . ! ? or … (with any closing quotes or brackets) followed
# by white space, or at a line break (articles put paragraphs on lines).
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+|\n\s*")

MIN_CONTEXT = 100
"""Below this many characters of context, reach one more sentence each way."""
MAX_REACH = 240
"""Never reach further than this from the excerpt, on either side."""


class Window(NamedTuple):
    """A stretch of an article around an excerpt, ready to show on one paragraph."""

    text: str
    """The stretch on one line, each run of white space one space."""
    highlights: tuple[Span, ...]
    """Where each piece of the excerpt sits in `text`."""
    cut_before: bool
    """The stretch starts inside a sentence (show an ellipsis)."""
    cut_after: bool
    """The stretch ends inside a sentence (show an ellipsis)."""
    start: int
    """Where the stretch starts in the article's text."""
    end: int
    """Where the stretch ends in the article's text."""


def sentence_start(text: str, offset: int, limit: int) -> int:
    """Where the sentence holding `offset` starts, looking back no further than `limit`."""
    start = limit
    for match in _SENTENCE_END.finditer(text, limit, offset):
        if match.end() <= offset:
            start = match.end()
    return start


def sentence_end(text: str, offset: int, limit: int) -> int:
    """Where the sentence holding `offset` ends (after its full stop), up to `limit`."""
    match = _SENTENCE_END.search(text, max(offset - 1, 0), limit)
    if match is None:
        return limit
    return match.start() + len(match.group().rstrip())


def in_context(evidence: Evidence) -> Window:
    """The excerpt of `evidence` inside a sentence or two of its source."""
    text = evidence.source.text
    span = evidence.span
    floor = max(0, span.start - MAX_REACH)
    ceiling = min(len(text), span.end + MAX_REACH)
    start = sentence_start(text, span.start, floor)
    end = sentence_end(text, span.end, ceiling)
    if (span.start - start) + (end - span.end) < MIN_CONTEXT:
        # One more whole sentence each way, where a whole one fits within reach,
        # but never from another paragraph (a dateline or heading would run on).
        earlier = sentence_start(text, max(start - 2, floor), floor)
        whole = earlier > floor or floor == 0
        if start > floor and whole and "\n" not in text[earlier:start]:
            start = earlier
        later = sentence_end(text, min(end + 1, ceiling), ceiling)
        whole = later < ceiling or ceiling == len(text)
        if end < ceiling and whole and "\n" not in text[end:later]:
            end = later
    cut_before = start == floor and floor > 0
    cut_after = end == ceiling and ceiling < len(text)
    if cut_before:
        start = _word_after(text, floor, span.start)
    if cut_after:
        end = _word_before(text, ceiling, span.end)
    window, highlights = squash_spaces(
        text[start:end], tuple(Span(p.start - start, p.end - start) for p in evidence.spans)
    )
    return Window(window, highlights, cut_before, cut_after, start, end)


def shared_contexts(evidence: Sequence[Evidence]) -> list[tuple[Window, tuple[int, ...]]]:
    """Each excerpt in context, an excerpt whose context overlaps the one before in that one.

    Two excerpts of one sentence (an article cited for two items, or twice for
    one) would otherwise show the same sentence twice in a row. All of them
    must be from one source.

    Returns:
        Each window, with the positions in `evidence` of the excerpts it highlights.
    """
    merged: list[tuple[Window, tuple[int, ...]]] = []
    spans: list[tuple[Span, ...]] = []
    for index, entry in enumerate(evidence):
        window = in_context(entry)
        if merged and window.start < merged[-1][0].end and window.end > merged[-1][0].start:
            last, shown = merged[-1]
            start, end = min(last.start, window.start), max(last.end, window.end)
            pieces = (*spans[-1], *entry.spans)
            text, highlights = squash_spaces(
                entry.source.text[start:end],
                tuple(Span(p.start - start, p.end - start) for p in pieces),
            )
            cut_before = last.cut_before if last.start <= window.start else window.cut_before
            cut_after = last.cut_after if last.end >= window.end else window.cut_after
            merged[-1] = (
                Window(text, highlights, cut_before, cut_after, start, end),
                (*shown, index),
            )
            spans[-1] = pieces
        else:
            merged.append((window, (index,)))
            spans.append(entry.spans)
    return merged


def squash_spaces(text: str, spans: tuple[Span, ...]) -> tuple[str, tuple[Span, ...]]:
    """`text` on one line, each run of white space one space, and `spans` moved to match."""
    kept: list[str] = []
    moved: list[int] = []  # for each offset of `text`, its offset in the result
    for char in text:
        moved.append(len(kept))
        if not char.isspace():
            kept.append(char)
        elif kept and kept[-1] != " ":
            kept.append(" ")
    moved.append(len(kept))
    while kept and kept[-1] == " ":
        kept.pop()
    squashed = "".join(kept)
    limit = len(squashed)
    return squashed, tuple(
        Span(min(moved[span.start], limit), min(moved[span.end], limit)) for span in spans
    )


def _word_after(text: str, offset: int, limit: int) -> int:
    """The first word boundary at or after `offset` (but not past `limit`)."""
    space = text.find(" ", offset, limit)
    return limit if space == -1 else space + 1


def _word_before(text: str, offset: int, limit: int) -> int:
    """The last word boundary at or before `offset` (but not before `limit`)."""
    space = text.rfind(" ", limit, offset)
    return limit if space == -1 else space
