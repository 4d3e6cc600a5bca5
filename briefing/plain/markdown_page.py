"""What every section of the Markdown brief writes with: escaping, the page, list shapes.

Every string from the briefing is escaped so that it renders literally:
`[sic]`, `*`, `_`, `<` and friends come out as written. Wrapping adds one more
risk, a word that lands at the start of a line and would start a list, a
heading or a setext underline there; `_line_start` escapes those words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from briefing.analysis import Comparison
from briefing.model import Briefing, Evidence, Item
from briefing.plain.common import cited_outlets
from briefing.plain.wrap import wrap

_INLINE = re.compile(r"([\\`*_\[\]<>&~|])")
"""Characters that can start inline markup, HTML or an entity anywhere in a line."""


def escape(text: str) -> str:
    """`text` with every character that could become Markdown markup backslash-escaped."""
    return _INLINE.sub(r"\\\1", text)


def strong(text: str) -> str:
    """`text` escaped and in bold."""
    return f"**{escape(text.strip())}**"


def _line_start(word: str) -> str:
    """Escape a word that would start a block (list item, heading, setext underline) there."""
    if re.fullmatch(r"[-+=]+|#{1,6}", word):
        return "\\" + word
    number = re.fullmatch(r"(\d{1,9})([.)])", word)
    if number:
        return f"{number[1]}\\{number[2]}"
    return word


class MarkdownPage(NamedTuple):
    """The briefing and the settings every Markdown section needs."""

    briefing: Briefing
    width: int
    numbers: dict[str, int]
    """Each source's footnote number, by source id."""
    comparison: Comparison
    """How the outlets covered the briefing: who reports what, and the independent accounts."""

    def para(self, markdown: str, first: str = "", rest: str | None = None) -> list[str]:
        """Already-escaped Markdown wrapped to the page."""
        rest = first if rest is None else rest
        return wrap(markdown, self.width, first, rest, start_of_line=_line_start, break_words=False)

    def cites(self, evidence: Sequence[Evidence]) -> str:
        """The outlets behind an item with their footnotes, escaped: "ANI \\[1\\]"."""
        outlets = cited_outlets(evidence, self.numbers)
        return ", ".join(f"{escape(outlet)} \\[{number}\\]" for outlet, number in outlets)

    def sources_para(self, evidence: Sequence[Evidence], indent: str) -> list[str]:
        """The "Sources:" paragraph under an item, or nothing when it cites none."""
        if not evidence:
            return []
        return ["", *self.para(f"*Sources:* {self.cites(evidence)}", indent)]

    def reported_para(self, item: Item, indent: str) -> list[str]:
        """Under an outcome or quote: how many outlets and accounts report it, and which."""
        if not item.evidence:
            return []
        phrase = self.comparison.coverage_of(item).phrase
        text = f"*{phrase[0].upper()}{phrase[1:]}:* {self.cites(item.evidence)}"
        return ["", *self.para(text, indent)]


def list_item(
    page: MarkdownPage, number: int, total: int, first_line: str
) -> tuple[list[str], str]:
    """The first paragraph of an ordered list item, and the indent its later paragraphs need."""
    marker = list_marker(number, total)
    indent = " " * len(marker)
    return page.para(first_line, marker, indent), indent


def list_marker(number: int, total: int) -> str:
    """An ordered list item's number, padded so that the numbers of a list line up."""
    # Numbers line up, but never with more than 4 spaces after one: 5 would make code.
    marker = f"{number}. "
    return marker.ljust(min(len(f"{total}. "), len(marker) + 3))
