"""The article view: the full text of one source, one excerpt highlighted and in view."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, cast

from textual.app import ComposeResult
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from briefing.model import Evidence, Source, Span, long_date
from briefing.tui.commands import APP_COMMANDS, ARTICLE_COMMANDS, bindings
from briefing.tui.sections import Citation
from briefing.tui.widgets.article import ArticleScroll, ArticleText
from briefing.tui.widgets.keybar import KeyBar
from briefing.tui.widgets.parts import PartsStatic

if TYPE_CHECKING:
    from briefing.tui.app import BriefingApp


class ArticleHeading(PartsStatic):
    """The article's outlet and headline, and where the reader is among its excerpts."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"article-screen--outlet", "article-screen--position"}


class ArticleScreen(Screen[None]):
    """One article; n and p step through the excerpts the briefing cites in it."""

    CSS_PATH = "../article.tcss"
    BINDINGS = bindings(ARTICLE_COMMANDS)
    PALETTE_COMMANDS = ARTICLE_COMMANDS
    """What the command palette offers on this screen, beside the app's own commands."""

    index: reactive[int | None] = reactive(None, init=False)
    """Which cited excerpt is highlighted (None: a search match, or nothing yet)."""

    def __init__(
        self,
        source: Source,
        cited: list[Evidence],
        focus: Evidence | Span | None,
        cited_for: dict[tuple[Span, str], list[Citation]] | None = None,
    ) -> None:
        """Show `source`; `cited` is every excerpt the briefing takes from it, in order.

        Args:
            source: The article.
            cited: `Briefing.evidence_in(source)`.
            focus: The excerpt (or a search match) to highlight first; None for the first excerpt.
            cited_for: `sections.citations(contents, source)`: the items citing each excerpt.
        """
        super().__init__()
        self.source = source
        self.cited = cited
        self.cited_for = cited_for or {}
        self._focus = focus
        self.number: int | None = None
        """The article's number in the briefing (`[2] ANI`, as the evidence pane names it)."""

    def compose(self) -> ComposeResult:
        """A heading line, the article, the footer."""
        yield ArticleHeading(id="article-heading")
        with ArticleScroll(id="article-scroll"):
            yield ArticleText(self.source, self.cited, id="article-text")
        yield KeyBar(ARTICLE_COMMANDS, APP_COMMANDS)

    def on_mount(self) -> None:
        """Highlight the excerpt asked for and scroll it into view once laid out."""
        numbers = cast("BriefingApp", self.app).briefing.source_numbers()
        self.number = numbers.get(self.source.id)
        focus = self._focus
        if isinstance(focus, Evidence):
            self.index = self._index_of(focus)
        elif isinstance(focus, Span):
            self.query_one(ArticleText).current = (focus,)
            self._show_heading()
            self.call_after_refresh(self.scroll_to_current)
        else:
            self.index = 0 if self.cited else None
            if not self.cited:
                self._show_heading()
        self.query_one(ArticleScroll).focus()

    def _index_of(self, evidence: Evidence) -> int | None:
        """Where an excerpt sits among those cited in this article."""
        for number, cited in enumerate(self.cited):
            if cited.span == evidence.span and cited.excerpt == evidence.excerpt:
                return number
        return None

    def watch_index(self, index: int | None) -> None:
        """Highlight the excerpt at `index` and bring it into view."""
        text = self.query_one(ArticleText)
        text.current = self.cited[index].spans if index is not None else ()
        self._show_heading()
        self.call_after_refresh(self.scroll_to_current)

    def _show_heading(self) -> None:
        """Outlet, headline, date, and which excerpt is on show."""
        source = self.source
        facts = [source.outlet if self.number is None else f"[{self.number}] {source.outlet}"]
        if source.published:
            facts.append(long_date(source.published))
        if source.headline:
            facts.append(source.headline)
        if self.index is not None:
            position = f"excerpt {self.index + 1} of {len(self.cited)}"
            current = self.cited[self.index]
            # Why the passage is cited: the reader can go to those items from the reader.
            items = self.cited_for.get((current.span, current.excerpt))
            position += f" · cited for {', '.join(c.name for c in items)}" if items else ""
        elif self.query_one(ArticleText).current:
            position = f"search match; {len(self.cited)} cited excerpts"
        else:
            position = "no excerpt of this article is cited"
        heading = Content.assemble(
            (" · ".join(facts), ".article-screen--outlet"),
            "\n",
            (position, ".article-screen--position"),
        )
        self.query_one("#article-heading", Static).update(heading)

    def scroll_to_current(self) -> None:
        """Scroll so that the highlighted text starts a third of the way down."""
        text = self.query_one(ArticleText)
        if not text.current:
            return
        scroll = self.query_one(ArticleScroll)
        line = text.line_of(text.current[0].start)
        scroll.scroll_to(y=max(0, line - scroll.size.height // 3), animate=False)

    def action_excerpt(self, step: int) -> None:
        """Move to the next (1) or previous (-1) excerpt cited in this article."""
        if not self.cited:
            self.notify("The briefing cites nothing from this article.", markup=False)
            return
        if self.index is None:
            current = self.query_one(ArticleText).current
            start = current[0].start if current else -1
            after = [n for n, cited in enumerate(self.cited) if cited.span.start > start]
            before = [n for n, cited in enumerate(self.cited) if cited.span.start < start]
            if step > 0:
                self.index = after[0] if after else 0
            else:
                self.index = before[-1] if before else len(self.cited) - 1
            return
        self.index = (self.index + step) % len(self.cited)

    def action_item(self) -> None:
        """Go to the item that cites the excerpt on show (the first, when several do)."""
        current = self.cited[self.index] if self.index is not None else None
        items = self.cited_for.get((current.span, current.excerpt)) if current else None
        if not items:
            self.notify("No item cites the text on show.", markup=False)
            return
        assert current is not None
        source, cited, cited_for = self.source, self.cited, self.cited_for

        def again() -> ArticleScreen:
            """This article at this excerpt, for escape to come back to."""
            return ArticleScreen(source, cited, current, cited_for)

        cast("BriefingApp", self.app).go_to(items[0].section, items[0].key, again)

    def action_close(self) -> None:
        """Go back to where the reader was."""
        self.dismiss()
