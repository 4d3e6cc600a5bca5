"""The middle pane's lower half: the selected item in full."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.content import Content
from textual.widgets import Static

from briefing.model import Discrepancy, Outcome, Question, Quote, Source, TimelineEvent, long_date
from briefing.tui.plain_item import coverage_lines, numbered, outlets, source_lines
from briefing.tui.sections import Entry, Passage
from briefing.tui.widgets.parts import PartsStatic
from briefing.tui.widgets.scroll import ScrollPane

if TYPE_CHECKING:
    from briefing.analysis import Comparison, ItemCoverage

HEADING = ".item-detail--heading"
LABEL = ".item-detail--label"
QUOTE = ".item-detail--quote"


def _outlets(entry: Entry, numbers: dict[str, int], coverage: ItemCoverage | None) -> Content:
    """A closing line naming the articles the item cites, in source-number order ("[2] ANI").

    Once the outlets are compared, it says who reports the item, as the brief does.
    """
    if not entry.evidence:
        return Content("No excerpt cited.").stylize(LABEL)
    count = len(entry.evidence)
    excerpts = f"{count} excerpt{'s' if count != 1 else ''}"
    named = outlets(entry.evidence, numbers)
    if coverage is None:  # the outlets are not compared yet (a moment after start-up)
        return Content.assemble((f"{excerpts} from ", LABEL), named)
    phrase = coverage.phrase
    return Content.assemble(
        (f"{phrase[:1].upper()}{phrase[1:]}: ", LABEL), named, (f" · {excerpts}", LABEL)
    )


def _cited(count: int) -> str:
    """How many excerpts the briefing cites from an article (the evidence pane lists them)."""
    if count == 0:
        return "No excerpt cited."
    plural = "s" if count != 1 else ""
    return f"{count} excerpt{plural} cited, each shown under Evidence with the items it supports."


def _labelled(label: str, text: str) -> Content:
    """ "Label: text", the label dimmed."""
    return Content.assemble((f"{label}: ", LABEL), text)


def detail_content(
    entry: Entry, numbers: dict[str, int] | None = None, coverage: ItemCoverage | None = None
) -> Content:
    """Everything the briefing says about one entry, as styled literal text.

    Args:
        entry: The entry.
        numbers: Each source's number (`Briefing.source_numbers`), to name articles by.
        coverage: Who reports the item and how many independent accounts they are.
    """
    numbers = numbers or {}
    subject = entry.subject
    parts: list[Content] = []
    if isinstance(subject, Passage):
        parts = [Content(subject.heading).stylize(HEADING), Content(subject.text)]
    elif isinstance(subject, Outcome):
        parts = [Content(subject.title).stylize(HEADING)]
        parts += [Content(subject.detail)] if subject.detail else []
        parts.append(_outlets(entry, numbers, coverage))
    elif isinstance(subject, Quote):
        parts = [Content(f"“{subject.text}”").stylize(QUOTE), Content(f"— {subject.speaker}")]
        parts += [_labelled("Role", subject.role)] if subject.role else []
        parts += [_labelled("Context", subject.context)] if subject.context else []
        parts.append(_outlets(entry, numbers, coverage))
    elif isinstance(subject, Question):
        parts = [Content(subject.question).stylize(HEADING)]
        parts += [_labelled("Why it matters", subject.why)] if subject.why else []
        parts.append(_outlets(entry, numbers, coverage))
    elif isinstance(subject, Discrepancy):
        parts = [Content(subject.topic).stylize(HEADING)]
        # Each account as the brief gives it: the article, its reading, its own words.
        for account in subject.accounts:
            lines = [Content(numbered(account.source, numbers)).stylize(LABEL)]
            lines += [Content(account.reading)] if account.reading else []
            lines.append(Content(f"“{account.excerpt}”").stylize(QUOTE))
            parts.append(Content("\n").join(lines))
        parts += [_labelled("Assessment", subject.assessment)] if subject.assessment else []
    elif isinstance(subject, TimelineEvent):
        parts = [Content(long_date(subject.date)).stylize(HEADING), Content(subject.event)]
        parts.append(_outlets(entry, numbers, coverage))
    elif isinstance(subject, Source):
        first, *rest = source_lines(subject, numbers)
        parts = [
            Content(first).stylize(HEADING),
            *map(Content, rest),
            Content(_cited(len(entry.evidence))).stylize(LABEL),
        ]
    else:  # an outlet in the comparison section: its figures, counted in the core
        first, *rest = coverage_lines(subject, numbers)
        parts = [Content(first).stylize(HEADING), *map(Content, rest)]
    return Content("\n\n").join(parts)


class ItemDetail(ScrollPane):
    """The selected item in full; scrolls when it is long."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "item-detail--heading",
        "item-detail--label",
        "item-detail--quote",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """An empty pane; `show` fills it."""
        super().__init__(id=id, classes=classes)
        self.numbers: dict[str, int] = {}
        """Each source's number (`Briefing.source_numbers`), set with the briefing."""
        self.comparison: Comparison | None = None
        """The comparison of the briefing's outlets, once it is computed."""

    def compose(self) -> ComposeResult:
        """One text block, filled by `show`."""
        yield PartsStatic(id="detail-text")

    def _coverage(self, entry: Entry | None) -> ItemCoverage | None:
        """Who reports the entry's item, if the outlets are compared and it is an item."""
        if self.comparison is None or entry is None or not entry.evidence:
            return None
        try:
            return self.comparison.coverage_of(entry.subject)  # type: ignore[arg-type]
        except KeyError:  # a passage, an article, an outlet: not an item
            return None

    def show(self, entry: Entry | None) -> None:
        """Show this entry in full (or nothing)."""
        text = self.query_one("#detail-text", Static)
        text.update(
            detail_content(entry, self.numbers, self._coverage(entry))
            if entry
            else Content("Nothing here.")
        )
        self.scroll_home(animate=False)
