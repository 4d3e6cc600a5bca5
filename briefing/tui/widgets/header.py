"""The top of the main screen: what the briefing is about, when, where, from how many outlets.

"5 outlets · 3 independent accounts": an outlet is one source (one article),
as in the comparison and the plain brief; the accounts are the comparison's
lineages. Counting accounts needs the comparison, which is computed in a
worker thread once the first screen is painted (never before it), so the
header first shows the outlets alone and adds the accounts when they are
known, a moment later.
"""

from __future__ import annotations

from typing import ClassVar

from textual import work
from textual.content import Content
from textual.message import Message

from briefing.model import Briefing, long_date
from briefing.tui.widgets.parts import PartsStatic


def outlet_counts(outlets: int, accounts: int | None) -> str:
    """ "5 outlets · 3 independent accounts" (only the outlets while the accounts are unknown)."""
    text = f"{outlets} outlet{'s' if outlets != 1 else ''}"
    if accounts is not None:
        text += f" · {accounts} independent account{'s' if accounts != 1 else ''}"
    return text


def header_content(briefing: Briefing, accounts: int | None = None) -> Content:
    """The title on one line, then date, place, outlets (and accounts) and last update."""
    facts = [long_date(briefing.date)]
    if briefing.place:
        facts.append(briefing.place)
    facts.append(outlet_counts(len(briefing.sources), accounts))
    if briefing.updated:
        facts.append(f"updated {long_date(briefing.updated)}")
    return Content.assemble(
        (briefing.title, ".briefing-header--title"),
        "\n",
        (" · ".join(facts), ".briefing-header--facts"),
    )


class BriefingHeader(PartsStatic):
    """Title, date, place, outlet and account counts of the briefing on show."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"briefing-header--title", "briefing-header--facts"}

    def __init__(self, *, id: str | None = None) -> None:
        """An empty header; `show` fills it."""
        super().__init__(id=id)
        self.briefing: Briefing | None = None
        """The briefing on show."""

    def show(self, briefing: Briefing) -> None:
        """Show this briefing's title and facts; count its accounts after the next paint."""
        self.briefing = briefing
        self.update(header_content(briefing))
        self.call_after_refresh(self._count_accounts, briefing)

    # A description of our own: by default Textual writes repr() of every argument,
    # the whole briefing here (milliseconds on the UI thread, more for big ones).
    @work(thread=True, exclusive=True, group="accounts", description="count accounts")
    def _count_accounts(self, briefing: Briefing) -> None:
        """Compare the outlets (off the UI thread), then show the count of accounts.

        The comparison (and its module) is loaded here, in the worker, so that
        nothing of it runs before the first paint.
        """
        from briefing.tui.comparison.compute import COMPARISONS

        accounts = COMPARISONS.get(briefing).independent
        self.app.call_from_thread(self._show_accounts, briefing, accounts)

    class Compared(Message):
        """The briefing's outlets are compared: who reports what is known (`COMPARISONS`)."""

    def _show_accounts(self, briefing: Briefing, accounts: int) -> None:
        """Add the count of accounts, if the briefing is still the one on show."""
        if briefing is self.briefing:
            self.update(header_content(briefing, accounts))
            self.post_message(self.Compared())
