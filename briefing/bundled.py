"""Where the briefing that ships with the package lives."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def bundled_briefing() -> Path:
    """The bundled briefing: inside an installed wheel, or at the top of a source checkout."""
    shipped = _PACKAGE / "_bundled" / "data" / "briefing.yaml"
    if shipped.is_file():
        return shipped
    return _PACKAGE.parent / "data" / "briefing.yaml"
