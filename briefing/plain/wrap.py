"""Wrap text by display width, not by code points.

A wide character (most CJK) takes two terminal cells, a combining mark none;
rich's cell tables say which is which (`rich.cells` alone is cheap to import:
it does not pull in the rest of rich). Lines break at spaces and between two
wide characters, never inside a grapheme (a letter and its combining marks,
an emoji sequence); a word longer than the line is cut at grapheme edges.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rich.cells import cell_len, split_graphemes

_SPACES = re.compile(r"[ \t\n\r\f\v]+")
"""Where a line may break. Only ASCII white space: a no-break space stays put."""

_NO_LINE_START = frozenset("、。，．：；！？）］｝〕〉》」』】〙〗〟ー・々ゝゞヽヾ")
"""Wide punctuation that must not begin a line (CJK closing marks, iteration marks)."""

Style = str
"""An SGR parameter string such as "1" (bold); "" means plain."""


def display_width(text: str) -> int:
    """How many terminal cells `text` takes."""
    return cell_len(text)


def _pieces(word: str) -> list[str]:
    """Split a word where a line may break inside it: between two wide graphemes."""
    if word.isascii():
        return [word]
    spans, _ = split_graphemes(word)
    pieces: list[str] = []
    current = ""
    previous_wide = False
    for start, end, cells in spans:
        grapheme = word[start:end]
        wide = cells == 2
        if current and wide and previous_wide and grapheme[0] not in _NO_LINE_START:
            pieces.append(current)
            current = ""
        current += grapheme
        previous_wide = wide
    pieces.append(current)
    return pieces


def _cut(text: str, cells: int) -> tuple[str, str]:
    """The longest head of `text` that fits in `cells` (at least one grapheme), and the rest."""
    spans, _ = split_graphemes(text)
    used = 0
    for index, (start, _end, width) in enumerate(spans):
        if used + width > cells and index > 0:
            return text[:start], text[start:]
        used += width
    return text, ""


def wrap(
    text: str,
    width: int,
    first: str = "",
    rest: str = "",
    *,
    start_of_line: Callable[[str], str] | None = None,
    break_words: bool = True,
) -> list[str]:
    """Wrap `text` into lines of at most `width` cells, prefixed by `first`, then by `rest`.

    A line is wider than `width` only when `break_words` is off and one word
    (with its prefix) is wider than that.

    Args:
        text: The text; runs of white space (newlines too) count as one space.
        width: The widest a line may be, prefix included.
        first: What the first line starts with (an indent, a list number).
        rest: What every later line starts with (a hanging indent).
        start_of_line: Rewrites a word that lands at the start of a line (Markdown
            uses it to escape what would otherwise start a list or a heading).
        break_words: Whether a line may also break between wide characters and
            inside a word too long for it. Markdown says no: a renderer turns every
            line break into a space, which would split a CJK name or a URL.

    Returns:
        The lines, without trailing spaces; at least one.
    """
    lines: list[str] = []
    prefix, line, used = first, "", display_width(first)
    for word in _SPACES.split(text.strip()):
        if not word:
            continue
        for index, found in enumerate(_pieces(word) if break_words else [word]):
            piece = found
            gap = " " if index == 0 else ""
            cells = display_width(piece)
            if line and used + len(gap) + cells <= width:
                line, used = line + gap + piece, used + len(gap) + cells
                continue
            if line:
                lines.append(prefix + line)
                prefix, line, used = rest, "", display_width(rest)
            if start_of_line is not None:
                piece = start_of_line(piece)
            # A piece wider than the whole line is cut at grapheme edges.
            while break_words and used + display_width(piece) > width:
                head, piece = _cut(piece, width - used)
                if not piece:
                    piece = head
                    break
                lines.append(prefix + head)
                prefix, used = rest, display_width(rest)
            line, used = piece, used + display_width(piece)
    lines.append(prefix + line)
    return [each.rstrip() for each in lines]


def columns(
    cells: Sequence[Sequence[tuple[str, Style]]],
    column_width: int,
    gap: int,
    indent: str,
    paint: Callable[[str, Style], str],
) -> list[str]:
    """Lay out cells side by side: each is a list of (line, style), padded on plain widths."""
    height = max(len(cell) for cell in cells)
    rows: list[str] = []
    for row in range(height):
        parts: list[str] = []
        for number, cell in enumerate(cells):
            line, style = cell[row] if row < len(cell) else ("", "")
            last = number == len(cells) - 1
            padding = "" if last else " " * (column_width - display_width(line) + gap)
            parts.append(paint(line, style) + padding)
        rows.append((indent + "".join(parts)).rstrip())
    return rows
