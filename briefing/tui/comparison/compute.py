"""One comparison per briefing: computed once, whoever asks first, and kept for that briefing.

The header asks from a worker thread just after the first paint (for its
count of independent accounts); the comparison view asks when it opens. A lock
makes the second asker wait for the first one's result instead of computing it
again. Only the latest briefing's comparison is kept: the app shows one
briefing at a time, and a reload brings a new `Briefing` object.

`briefing.analysis` is imported on first use, not at start-up.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from briefing.model import Briefing

if TYPE_CHECKING:
    from briefing.analysis import Comparison


class ComparisonCache:
    """The comparison of the latest briefing asked about, matched by identity."""

    def __init__(self) -> None:
        """Nothing computed yet."""
        self._lock = threading.Lock()
        self._latest: tuple[Briefing, Comparison] | None = None

    def get(self, briefing: Briefing) -> Comparison:
        """`compare(briefing)`, computed on the first call for this briefing. Thread-safe."""
        with self._lock:
            latest = self._latest
            if latest is not None and latest[0] is briefing:
                return latest[1]
            from briefing.analysis import compare

            comparison = compare(briefing)
            self._latest = (briefing, comparison)
            return comparison

    def ready(self, briefing: Briefing) -> Comparison | None:
        """The comparison if it is already computed for this briefing; never computes."""
        latest = self._latest
        return latest[1] if latest is not None and latest[0] is briefing else None


COMPARISONS = ComparisonCache()
"""The one cache the header and the comparison view share."""
