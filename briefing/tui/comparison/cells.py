"""Cells of the comparison tables: literal text, styled and clipped when the table draws them.

A `Cell` keeps its text as parts tagged with a component class name, not as a
styled Text. The style is looked up in the table's component classes when the
cell is drawn, so the .tcss decides the look and a theme change restyles every
cell (the grid clears its cache of rendered cells on every style update). Each
paragraph of a cell is clipped to its number of lines at the width the column
really has, ending in "…" when cut. Every piece of text becomes a rich Text
built from plain strings: nothing from a file is ever read as markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from rich.console import Console, ConsoleOptions, JustifyMethod, RenderResult
from rich.measure import Measurement
from rich.style import Style
from rich.text import Text

Part = tuple[str, str | None]
"""A piece of text and the component class it is drawn with (None: the cell's own style)."""


class StyleSource(Protocol):
    """What a cell asks for its styles: the widget's component classes."""

    def get_component_rich_style(self, *names: str, partial: bool = False) -> Style:
        """The rich style of a component class."""
        ...


class Paragraph(NamedTuple):
    """Text that wraps onto at most `lines` lines, and an optional tail kept at its end."""

    parts: tuple[Part, ...]
    lines: int = 1
    tail: tuple[Part, ...] = ()
    """Kept visible even when the text is cut (e.g. "+1 more")."""


def one_line(text: str) -> str:
    """Text with every run of white space (newlines too) made one space."""
    return " ".join(text.split())


def clip(text: Text, width: int, lines: int, console: Console, tail: Text | None = None) -> Text:
    """`text` (then `tail`) as at most `lines` lines of `width` cells, cut with "…" if it is longer.

    Args:
        text: The text to fit.
        width: The width it wraps at.
        lines: The most lines it may take.
        console: The console that measures it.
        tail: Text that must stay at the end, cut text or not.
    """
    if width <= 0 or lines <= 0:
        return Text()
    whole = Text.assemble(text, " ", tail) if tail is not None and tail.plain else text
    if lines == 1:
        # Cut, not wrapped: wrapping moves a word longer than the line ("[2]
        # Süddeutsche-Zeitung-Onlineausgabe", a name in CJK) to a line of its
        # own, and the one line kept would be "[2]…".
        if whole.cell_len <= width:
            return whole
        kept = [text.copy()]
    else:
        wrapped = whole.wrap(console, width)
        if len(wrapped) <= lines:
            return whole
        kept = list(text.wrap(console, width)[:lines])
    ending = Text("…")
    if tail is not None and tail.plain:
        ending.append(" ")
        ending.append_text(tail)
    last = kept[-1]
    last.rstrip()
    last.truncate(max(0, width - ending.cell_len))
    last.rstrip()
    last.append_text(ending)
    last.truncate(width, overflow="ellipsis")
    kept[-1] = last
    return Text("\n").join(kept)


class Cell:
    """A table cell: paragraphs of literal text, styled and clipped when drawn."""

    __slots__ = ("justify", "paragraphs", "source", "style")

    def __init__(
        self,
        source: StyleSource,
        paragraphs: Sequence[Paragraph],
        justify: JustifyMethod = "left",
        style: str | None = None,
    ) -> None:
        """A cell drawn with `source`'s component styles.

        Args:
            source: The table (its component classes give the styles).
            paragraphs: The cell's text, top to bottom.
            justify: How each line sits in the cell.
            style: A component class for the whole cell, the space around its text included.
        """
        self.source = source
        self.paragraphs = tuple(paragraphs)
        self.justify = justify
        self.style = style

    @property
    def plain(self) -> str:
        """The cell's whole text, unclipped, paragraphs on their own lines."""
        return "\n".join(
            "".join(text for text, _ in (*paragraph.parts, *paragraph.tail))
            for paragraph in self.paragraphs
        )

    def __repr__(self) -> str:
        """The text, for test failures."""
        return f"Cell({self.plain!r})"

    def _text(self, parts: Sequence[Part]) -> Text:
        """Parts as one Text, each in its component style, over the cell's own style."""
        base = self.source.get_component_rich_style(self.style) if self.style else ""
        text = Text(justify=self.justify, style=base)
        for piece, name in parts:
            style = self.source.get_component_rich_style(name) if name else None
            text.append(piece, style)
        return text

    def render(self, console: Console, width: int) -> Text:
        """The cell's text at `width`, each paragraph clipped to its lines."""
        clipped = [
            clip(
                self._text(paragraph.parts),
                width,
                paragraph.lines,
                console,
                self._text(paragraph.tail) if paragraph.tail else None,
            )
            for paragraph in self.paragraphs
        ]
        if len(clipped) == 1:
            return clipped[0]
        return Text("\n", justify=self.justify).join(clipped)

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        """Draw the cell at the width the table gives it."""
        yield self.render(console, options.max_width)

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        """About as wide as its widest paragraph on one line.

        Counts characters rather than building and measuring the text: the
        comparison's columns all have fixed widths, which the measure does not
        change, and nothing in the view needs it to be exact.
        """
        widest = max(
            (sum(len(text) for text, _ in (*p.parts, *p.tail)) for p in self.paragraphs),
            default=0,
        )
        return Measurement(min(widest, 1), min(widest, options.max_width))
