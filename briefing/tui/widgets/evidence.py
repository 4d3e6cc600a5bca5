"""The right pane: an item's excerpts, grouped by outlet, each inside its context."""

from __future__ import annotations

from typing import ClassVar

from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from briefing.model import Evidence, group_by_source
from briefing.tui.commands import LIST_COMMANDS, bindings
from briefing.tui.context import in_context
from briefing.tui.widgets.header import long_date

OUTLET = ".evidence-list--outlet"
READING = ".evidence-list--reading"
CONTEXT = ".evidence-list--context"
EXCERPT = ".evidence-list--excerpt"


def excerpt_block(evidence: Evidence, *, first_of_outlet: bool) -> Content:
    """An excerpt in its sentence or two of context, the excerpt itself highlighted.

    The first excerpt of each outlet carries the outlet's name and date above it.
    """
    window = in_context(evidence)
    body = Content(window.text).stylize(CONTEXT)
    for piece in window.highlights:
        body = body.stylize(EXCERPT, piece.start, piece.end)
    body = Content.assemble("…" if window.cut_before else "", body, "…" if window.cut_after else "")
    lines: list[Content] = []
    if first_of_outlet:
        source = evidence.source
        facts = [source.outlet]
        if source.published:
            facts.append(long_date(source.published))
        if source.wire and source.wire != source.outlet:
            facts.append(f"{source.wire} copy")
        lines.append(Content(" · ".join(facts)).stylize(OUTLET))
    if evidence.reading:
        lines.append(Content(f"Reading: {evidence.reading}").stylize(READING))
    lines.append(body)
    return Content("\n").join(lines)


class EvidenceList(OptionList, inherit_bindings=False):
    """The excerpts behind the selected item; enter opens one in its article."""

    BINDINGS = bindings(LIST_COMMANDS)
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "evidence-list--outlet",
        "evidence-list--reading",
        "evidence-list--context",
        "evidence-list--excerpt",
    }

    def __init__(self, *, id: str | None = None) -> None:
        """An empty list; `show` fills it."""
        super().__init__(id=id, markup=False)
        self.evidence: list[Evidence] = []

    def show(self, evidence: tuple[Evidence, ...]) -> None:
        """List these excerpts, one block per outlet, in the briefing's order."""
        ordered: list[Evidence] = []
        options: list[Option | None] = []
        for group in group_by_source(evidence).values():
            if options:
                options.append(None)  # a rule between outlets
            for number, entry in enumerate(group):
                ordered.append(entry)
                options.append(Option(excerpt_block(entry, first_of_outlet=number == 0)))
        if not options:
            options.append(Option(Content("No excerpt cited for this item."), disabled=True))
        self.evidence = ordered
        self.set_options(options)
        self.highlighted = 0 if ordered else None
        self.scroll_home(animate=False)

    @property
    def selected_evidence(self) -> Evidence | None:
        """The highlighted excerpt, if any."""
        if self.highlighted is None or not self.evidence:
            return None
        return self.evidence[self.highlighted]
