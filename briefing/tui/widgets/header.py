"""The top of the main screen: what the briefing is about, when, where, from how many outlets."""

from __future__ import annotations

import datetime
from typing import ClassVar

from textual.content import Content
from textual.widgets import Static

from briefing.model import Briefing

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def long_date(date: datetime.date) -> str:
    """A date as "27 January 2026", the same whatever the locale."""
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def header_content(briefing: Briefing) -> Content:
    """The title on one line, then date, place, outlets and last update."""
    outlets = len({source.outlet for source in briefing.sources})
    facts = [long_date(briefing.date)]
    if briefing.place:
        facts.append(briefing.place)
    facts.append(f"{outlets} outlet{'s' if outlets != 1 else ''}")
    if briefing.updated:
        facts.append(f"updated {long_date(briefing.updated)}")
    return Content.assemble(
        (briefing.title, ".briefing-header--title"),
        "\n",
        (" · ".join(facts), ".briefing-header--facts"),
    )


class BriefingHeader(Static):
    """Title, date, place and outlet count of the briefing on show."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"briefing-header--title", "briefing-header--facts"}

    def show(self, briefing: Briefing) -> None:
        """Show this briefing's title and facts."""
        self.update(header_content(briefing))
