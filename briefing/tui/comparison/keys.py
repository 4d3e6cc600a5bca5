"""The keys of the comparison view and the pair view.

They are declared in `briefing.tui.commands`, beside every other key, so that
the help screen can list them; this module names them for the comparison code.
"""

from __future__ import annotations

from briefing.tui.commands import COMPARISON_COMMANDS, GRID_COMMANDS, PAIR_COMMANDS

__all__ = ["COMPARISON_COMMANDS", "GRID_COMMANDS", "PAIR_COMMANDS"]
