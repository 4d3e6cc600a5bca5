"""briefing: a terminal reader for hand-curated news briefings."""

__version__ = "0.1.0"
