"""A whole article, every excerpt the briefing cites in it marked, one highlighted."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.css.styles import RulesMap

from briefing.model import Evidence, Source, Span
from briefing.tui.widgets.scroll import ScrollPane

CITED = ".article-text--cited"
CURRENT = ".article-text--current"


class ArticleText(Widget):
    """An article's text, built as literal content: nothing in it is markup."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-text--cited", "article-text--current"}

    current: reactive[tuple[Span, ...]] = reactive(())
    """The pieces of text to highlight most (an excerpt, or a search match)."""

    def __init__(self, source: Source, cited: list[Evidence], *, id: str | None = None) -> None:
        """Show `source`, marking each excerpt in `cited`."""
        super().__init__(id=id)
        self.source = source
        self.cited = cited

    def render(self) -> Content:
        """The article with its cited excerpts marked and the current one highlighted."""
        content = Content(self.source.text)
        # Whole styles, not the class names: Textual (8.2) draws a span's class
        # style as a partial one, in which an opaque background is lost and a
        # translucent one fades, so the current excerpt came out as a grey
        # barely darker than the page.
        cited = self.get_visual_style(CITED[1:])
        current = self.get_visual_style(CURRENT[1:])
        for evidence in self.cited:
            for piece in evidence.spans:
                content = content.stylize(cited, piece.start, piece.end)
        for piece in self.current:
            content = content.stylize(current, piece.start, piece.end)
        return content

    def line_of(self, offset: int) -> int:
        """The line (after wrapping at the current width) that holds character `offset`."""
        width = self.size.width
        if width <= 0:
            return 0
        before = Content(self.source.text[:offset])
        rules = cast("RulesMap", self.styles)  # the rules the widget renders with
        return max(0, before.get_height(rules, width) - 1)


class ArticleScroll(ScrollPane):
    """The scrolling frame around an article."""
