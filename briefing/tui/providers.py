"""The command palette's "go to" commands: every section, item and article by name."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import PurePath
from typing import TYPE_CHECKING

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content

from briefing.model import Source, long_date
from briefing.safe_text import make_safe
from briefing.tui.find import named_items
from briefing.tui.sections import SECTIONS

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp

LABEL_LIMIT = 90
"""Item labels longer than this are cut in the palette."""

Target = tuple[str, str, Callable[[], object]]
"""What the palette shows, the help line under it, and what choosing it does."""


def _cut(text: str) -> str:
    """`text` cut to fit a palette line."""
    return text if len(text) <= LABEL_LIMIT else text[: LABEL_LIMIT - 1] + "…"


def article_help(source: Source) -> str:
    """What tells an article from another of its outlet: "27 January 2026 · 522 words · 001.txt"."""
    facts = [long_date(source.published)] if source.published else []
    facts.append(f"{source.words} words")
    facts.append(make_safe(PurePath(source.file).name))
    return " · ".join(facts)


class GoToProvider(Provider):
    """Go to any section, any item, or read any article."""

    @property
    def _app(self) -> BriefingApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def _sections_and_articles(self) -> list[Target]:
        """One target per section, then one per article."""
        app = self._app
        contents = app.main_screen.contents
        targets: list[Target] = [
            (f"Go to {section.title}", f"{contents.count(section.id)} items (key {number})",
             partial(app.go_to, section.id, None))
            for number, section in enumerate(SECTIONS, 1)
        ]  # fmt: skip
        for source in contents.briefing.sources:
            title = f"Read [{contents.numbers[source.id]}] {source.outlet}"
            title += f": {source.headline}" if source.headline else ""
            read = partial(app.read_article, source.id)
            targets.append((_cut(title), article_help(source), read))
        return targets

    def _items(self) -> list[Target]:
        """One target per item of every section except sources and comparison, named."""
        app = self._app
        return [
            (_cut(entry.label), name, partial(app.go_to, entry.section, entry.key))
            for entry, name in named_items(app.main_screen.contents)
        ]

    async def discover(self) -> Hits:
        """With nothing typed: the sections and the articles."""
        for text, help_text, command in self._sections_and_articles():
            yield DiscoveryHit(Content(text), command, text=text, help=Content(help_text))  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        """Every section, article and item whose name matches what is typed."""
        matcher = self.matcher(query)
        for text, help_text, command in self._sections_and_articles() + self._items():
            score, offsets = matcher.fuzzy_search.match(query, text)
            if score > 0:
                shown = Content(text)  # literal: briefing text is never markup
                for offset in offsets:
                    shown = shown.stylize(matcher.match_style, offset, offset + 1)
                yield Hit(score, shown, command, text=text, help=Content(help_text))  # type: ignore[arg-type]
