"""Wrap text by display width, not by code points.

A wide character (most CJK) takes two terminal cells, a combining mark none;
rich's cell tables say which is which. Lines break at spaces and between two
wide characters, never inside a grapheme (a letter and its combining marks,
an emoji sequence); a word longer than the line is cut at grapheme edges.

Most briefings are ASCII plus a few typographic marks (curly quotes, dashes,
accented letters), all one cell wide: `NARROW_RANGES` names such blocks, so
that such text is measured by its length without asking rich, whose tables
take about 2 ms to import. A test checks that rich agrees on every one of
them; rich is imported at the first character outside them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

_SPACES = re.compile(r"[ \t\n\r\f\v]+")
"""Where a line may break. Only ASCII white space: a no-break space stays put."""

_NO_LINE_START = frozenset("、。，．：；！？）］｝〕〉》」』】〙〗〟ー・々ゝゞヽヾ")
"""Wide punctuation that must not begin a line (CJK closing marks, iteration marks)."""

Style = str
"""An SGR parameter string such as "1" (bold); "" means plain."""


NARROW_RANGES = (
    ("\u00a0", "\u024f"),  # Latin-1 Supplement, Latin Extended-A and -B
    ("\u0370", "\u03ff"),  # Greek and Coptic
    ("\u0400", "\u0482"),  # Cyrillic letters (its combining marks follow)
    ("\u2010", "\u2027"),  # dashes, quotation marks, bullets, ellipsis
    ("\u2030", "\u205e"),  # per mille, primes, guillemets, other punctuation
    ("\u20a0", "\u20c0"),  # currency signs
    ("\u2100", "\u214f"),  # letterlike symbols (numero, trade mark)
    ("\u2190", "\u21ff"),  # arrows
    ("\u25a0", "\u25fc"),  # geometric shapes (the coverage matrix's marks)
)
"""Blocks of characters that take one terminal cell each, no combining mark among them."""


def _cell_len(text: str) -> int:
    """rich's measure of `text`, importing rich's cell tables on first use."""
    from rich.cells import cell_len

    return cell_len(text)


def display_width(text: str) -> int:
    """How many terminal cells `text` takes."""
    # Text is terminal-safe (no control characters), so ASCII is one cell a character.
    return len(text) if _single_cell(text) else _cell_len(text)


def _pieces(word: str) -> list[str]:
    """Split a word where a line may break inside it: between two wide graphemes."""
    if _single_cell(word):
        return [word]
    from rich.cells import split_graphemes

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
    if _single_cell(text):  # one cell a character, and each character a grapheme
        size = max(cells, 1)
        return text[:size], text[size:]
    from rich.cells import split_graphemes

    spans, _ = split_graphemes(text)
    used = 0
    for index, (start, _end, width) in enumerate(spans):
        if used + width > cells and index > 0:
            return text[:start], text[start:]
        used += width
    return text, ""


def truncate(text: str, cells: int) -> str:
    """`text` cut at a grapheme edge to fit `cells` (at least 2), ending in "…" when cut."""
    if _single_cell(text):
        if len(text) <= cells:
            return text
        head = text[: cells - 1]
    else:
        if _cell_len(text) <= cells:
            return text
        head, _ = _cut(text, cells - 1)
        if display_width(head) > cells - 1:  # one grapheme wider than the room: show none of it
            head = ""
    return head.rstrip(" ,;:—–-") + "…"


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
    flat = text if text.isascii() else " ".join(_SPACES.split(text.strip()))
    if _single_cell(flat):
        lines = _wrap_narrow(flat, width - display_width(first), width - display_width(rest))
        if lines is not None and (
            start_of_line is None or all(_starts_safely(line, start_of_line) for line in lines)
        ):
            return [(first + lines[0]).rstrip(), *[(rest + line).rstrip() for line in lines[1:]]]
    return _wrap_words(
        text, width, first, rest, start_of_line=start_of_line, break_words=break_words
    )


_NARROW: set[str] = set()
"""Non-ASCII characters already found to take exactly one cell (curly quotes, dashes, é)."""


def _single_cell(text: str) -> bool:
    """Whether every character of `text` takes exactly one cell (so width is length)."""
    if text.isascii() or _NARROW.issuperset(text):
        return True
    unknown = set(text).difference(_NARROW)
    if all(char.isascii() or _narrow(char) for char in unknown):
        _NARROW.update(unknown)
        return True
    return False


def _narrow(char: str) -> bool:
    """Whether one character takes exactly one cell: in `NARROW_RANGES`, else as rich says."""
    if any(low <= char <= high for low, high in NARROW_RANGES):
        return True
    from rich.cells import get_character_cell_size

    return get_character_cell_size(char) == 1


def _starts_safely(line: str, start_of_line: Callable[[str], str]) -> bool:
    """Whether the word a line starts with needs no rewriting."""
    word = line.split(" ", 1)[0]
    return start_of_line(word) == word


def _wrap_narrow(text: str, first: int, rest: int) -> list[str] | None:
    """Greedy wrapping of one-cell-a-character text into `first`, then `rest` columns.

    The common case, done a line at a time rather than a word at a time. None
    when a word is longer than its line: the general path cuts it.
    """
    flat = " ".join(text.split()) if text.isascii() else text
    lines: list[str] = []
    start, room = 0, first
    while len(flat) - start > room:
        cut = flat.rfind(" ", start, start + room + 1)
        if cut <= start:
            return None
        lines.append(flat[start:cut])
        start, room = cut + 1, rest
    lines.append(flat[start:])
    return lines


def _wrap_words(
    text: str,
    width: int,
    first: str,
    rest: str,
    *,
    start_of_line: Callable[[str], str] | None,
    break_words: bool,
) -> list[str]:
    """Greedy wrapping a word (or a piece of a CJK run) at a time, measuring display width."""
    lines: list[str] = []
    prefix, line, used = first, "", display_width(first)
    words = text.split() if text.isascii() else _SPACES.split(text.strip())
    for word in words:
        pieces = _pieces(word) if break_words and not word.isascii() else (word,)
        gap = 1
        for found in pieces:
            piece = found
            cells = len(found) if found.isascii() else display_width(found)
            if line and used + gap + cells <= width:
                line = f"{line} {piece}" if gap else line + piece
                used += gap + cells
                gap = 0
                continue
            gap = 0
            if line:
                lines.append(prefix + line)
                prefix, line, used = rest, "", display_width(rest)
            if start_of_line is not None:
                piece = start_of_line(piece)
                cells = display_width(piece)
            # A piece wider than the whole line is cut at grapheme edges.
            while break_words and used + cells > width:
                head, tail = _cut(piece, width - used)
                if not tail:
                    break
                lines.append(prefix + head)
                prefix, used = rest, display_width(rest)
                piece, cells = tail, display_width(tail)
            line, used = piece, used + cells
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
