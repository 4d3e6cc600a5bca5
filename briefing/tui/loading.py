"""A briefing loaded on a thread of its own, started before the app is imported.

The command line starts the load first and imports Textual while it runs; the
app then paints its frame at once and shows the briefing when the load is done
(at once too, for a briefing in the cache). No Textual import here: this
module is imported before Textual is.
"""

from __future__ import annotations

import datetime
import threading
from collections.abc import Callable

from briefing.model import Briefing
from briefing.problems import BriefingError, Problem

QUICK_LOAD_SECONDS = 0.05
"""How long to wait for a briefing before painting a frame that says it is loading:
long enough for one in the cache, or a small one."""


class Loading:
    """A briefing being loaded (and verified) on another thread."""

    def __init__(self, path: str, load: Callable[[str], Briefing]) -> None:
        """Start loading `path` with `load` (which raises BriefingError for a bad file)."""
        self.path = path
        self.briefing: Briefing | None = None
        """The briefing, once loaded."""
        self.problems: list[Problem] = []
        """What is wrong with the file, if it could not be loaded."""
        self.failure: BaseException | None = None
        """An unexpected error in the loader (a bug): raised again by `check`."""
        self._load = load
        self._done = threading.Event()
        threading.Thread(target=self._run, name="briefing-load", daemon=True).start()

    def _run(self) -> None:
        """Load, keeping the briefing or its problems."""
        try:
            self.briefing = self._load(self.path)
        except BriefingError as error:
            self.problems = list(error.problems)
        except BaseException as error:  # handed to the main thread by check()
            self.failure = error
        finally:
            self._done.set()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait up to `timeout` seconds (None: as long as it takes); whether the load is over."""
        return self._done.wait(timeout)

    @property
    def done(self) -> bool:
        """Whether the load is over (loaded or failed)."""
        return self._done.is_set()

    def check(self) -> None:
        """Raise, in the calling thread, an unexpected error the loader met."""
        if self.failure is not None:
            raise self.failure

    def placeholder(self) -> Briefing:
        """An empty briefing that stands for this one until it is loaded."""
        return Briefing(
            location=self.path,
            title="Loading…",
            date=datetime.date.today(),
            place=None,
            updated=None,
            bottom_line="",
            summary="",
            sources=(),
            outcomes=(),
            quotes=(),
            questions=(),
            discrepancies=(),
            timeline=(),
        )
