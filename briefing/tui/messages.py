"""The app's own messages, in one place."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message

from briefing.model import Evidence


@dataclass
class OpenArticle(Message):
    """A reader asked to read an excerpt in its article."""

    evidence: Evidence
    """The excerpt to highlight and scroll to."""
