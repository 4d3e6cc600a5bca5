"""Where the briefing that ships with the package lives."""

from __future__ import annotations

import os

_PACKAGE = os.path.dirname(os.path.realpath(__file__))


def bundled_briefing() -> str:
    """The bundled briefing: inside an installed wheel, or at the top of a source checkout."""
    shipped = os.path.join(_PACKAGE, "_bundled", "data", "briefing.yaml")
    if os.path.isfile(shipped):
        return shipped
    return os.path.join(os.path.dirname(_PACKAGE), "data", "briefing.yaml")
