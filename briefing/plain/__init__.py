"""The plain brief: the briefing as text, Markdown or JSON, for pipes, files and email.

    render(briefing, format="text", width=None, sections=(), color="auto") -> str

Only the chosen format's module is imported. Nothing here imports textual,
nor any of rich but its cell-width tables, so `briefing print` starts fast.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence
from typing import Literal, TextIO

from briefing.model import Briefing

__all__ = ["DEFAULT_WIDTH", "MAX_TERMINAL_WIDTH", "render", "resolve_width", "use_color"]

DEFAULT_WIDTH = 80
"""The width when stdout is not a terminal and no --width is given."""
MAX_TERMINAL_WIDTH = 100
"""The widest a terminal brief gets: longer lines are hard to read."""
MIN_WIDTH = 20
"""Narrower terminals still get 20 columns; below that nothing reads."""

Format = Literal["text", "markdown", "json"]
Color = Literal["auto", "always", "never"]


def render(
    briefing: Briefing,
    *,
    format: Format = "text",
    width: int | None = None,
    sections: Sequence[str] = (),
    color: Color = "auto",
) -> str:
    """The brief in `format`: every section in brief order, or only those named, in that order.

    Args:
        briefing: The loaded, verified briefing.
        format: "text", "markdown" or "json".
        width: Columns to wrap to; None picks one from stdout (see `resolve_width`).
        sections: Section names (summary, outcomes, ...); empty means all.
        color: "always", "never", or "auto" (see `use_color`); text only.

    Raises:
        ValueError: for an unknown format or section name.
    """
    if format == "json":
        from briefing.plain.json_out import render_json

        return render_json(briefing, sections=sections)
    columns = resolve_width(width, sys.stdout)
    if format == "markdown":
        from briefing.plain.markdown import render_markdown

        return render_markdown(briefing, width=columns, sections=sections)
    if format == "text":
        from briefing.plain.text import render_text

        colored = use_color(color, sys.stdout, os.environ)
        return render_text(briefing, width=columns, sections=sections, color=colored)
    raise ValueError(f"no such format: {format}")


def _is_terminal(stream: TextIO) -> bool:
    """Whether `stream` is a terminal (False for a closed or file-less stream)."""
    try:
        return stream.isatty()
    except (ValueError, OSError):
        return False


def resolve_width(width: int | None, stream: TextIO) -> int:
    """`width` if given; else the terminal's width capped at 100; else 80 (not a terminal)."""
    if width is not None:
        return width
    if not _is_terminal(stream):
        return DEFAULT_WIDTH
    try:
        columns = os.get_terminal_size(stream.fileno()).columns
    except (ValueError, OSError):
        return DEFAULT_WIDTH
    if columns <= 0:
        return DEFAULT_WIDTH
    return max(MIN_WIDTH, min(columns, MAX_TERMINAL_WIDTH))


def use_color(color: Color, stream: TextIO, environ: Mapping[str, str]) -> bool:
    """Colour if "always"; if "auto", only on a terminal, with NO_COLOR unset and TERM not dumb."""
    if color == "always":
        return True
    if color == "never":
        return False
    if environ.get("NO_COLOR") or environ.get("TERM") == "dumb":
        return False
    return _is_terminal(stream)
