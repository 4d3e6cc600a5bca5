"""What every section of the text brief writes with: the page, its styles and its list shapes.

Colour, when asked for, is plain ANSI SGR added to whole lines or cells after
wrapping, so widths are always measured on the text alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from briefing.analysis import Comparison
from briefing.model import Briefing, Evidence, Item
from briefing.plain.common import cited_outlets
from briefing.plain.wrap import Style, wrap

BOLD: Style = "1"
DIM: Style = "2"
PLAIN: Style = ""

INDENT = "  "
"""Section bodies sit two columns in from their headings."""
NO_BREAK = "\u00a0"
"""Joins an outlet to its footnote while wrapping; printed as a plain space."""


class TextPage(NamedTuple):
    """The briefing and the settings every text section needs."""

    briefing: Briefing
    width: int
    color: bool
    numbers: dict[str, int]
    """Each source's footnote number, by source id."""
    comparison: Comparison
    """How the outlets covered the briefing: who reports what, and the independent accounts."""

    def paint(self, text: str, style: Style) -> str:
        """`text` in `style` when colour is on; unchanged otherwise."""
        if not (self.color and style and text):
            return text
        return f"\x1b[{style}m{text}\x1b[0m"

    def block(
        self,
        text: str,
        first: str = INDENT,
        rest: str | None = None,
        style: Style = PLAIN,
        *,
        glued: bool = False,
    ) -> list[str]:
        """`text` wrapped to the page, each line painted in `style`.

        With `glued`, the text holds `footnoted` labels: they wrap as one word.
        """
        lines = wrap(text, self.width, first, first if rest is None else rest)
        if glued:
            lines = unglue(lines)
        return [self.paint(line, style) for line in lines]

    def cited(self, evidence: Sequence[Evidence]) -> str:
        """The outlets behind an item with their footnotes, glued: "ANI [1], UNI [2]"."""
        outlets = cited_outlets(evidence, self.numbers)
        return ", ".join(footnoted(outlet, number) for outlet, number in outlets)

    def sources_line(self, evidence: Sequence[Evidence], indent: str) -> list[str]:
        """The "Sources:" line under an item, or nothing when it cites none."""
        if not evidence:
            return []
        return self.block(f"Sources: {self.cited(evidence)}", indent, style=DIM, glued=True)

    def reported_line(self, item: Item, indent: str) -> list[str]:
        """Under an outcome or quote: how many outlets and accounts report it, and which."""
        if not item.evidence:
            return []
        phrase = self.comparison.coverage_of(item).phrase
        text = f"{phrase[0].upper()}{phrase[1:]}: {self.cited(item.evidence)}"
        return self.block(text, indent, style=DIM, glued=True)


def footnoted(outlet: str, number: int) -> str:
    """An outlet and its footnote, "ANI [1]", glued so that wrapping keeps them together."""
    return f"{outlet}{NO_BREAK}[{number}]"


def unglue(lines: list[str]) -> list[str]:
    """Wrapped lines with the glue of `footnoted` labels printed as plain spaces."""
    return [line.replace(NO_BREAK, " ") for line in lines]


def numbered(count: int) -> list[tuple[str, str]]:
    """(first-line prefix, hanging indent) for a numbered list, numbers right-aligned."""
    digits = len(str(count))
    prefixes = []
    for number in range(1, count + 1):
        first = f"{INDENT}{number:>{digits}}. "
        prefixes.append((first, " " * len(first)))
    return prefixes
