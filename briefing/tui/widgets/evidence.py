"""The right pane: an item's excerpts, grouped by outlet, each inside its context."""

from __future__ import annotations

from typing import ClassVar, NamedTuple

from textual.content import Content

from briefing.model import Evidence, group_by_source, long_date
from briefing.tui.context import in_context
from briefing.tui.widgets.blocks import DISABLED, RULE, BlockList

OUTLET = ".evidence-list--outlet"
READING = ".evidence-list--reading"
CONTEXT = ".evidence-list--context"
EXCERPT = ".evidence-list--excerpt"


def excerpt_block(
    evidence: Evidence, *, first_of_outlet: bool, number: int | None = None
) -> Content:
    """An excerpt in its sentence or two of context, the excerpt itself highlighted.

    The first excerpt of each outlet carries the article's number, outlet and
    date above it.
    """
    window = in_context(evidence)
    body = Content(window.text).stylize(CONTEXT)
    for piece in window.highlights:
        body = body.stylize(EXCERPT, piece.start, piece.end)
    body = Content.assemble("…" if window.cut_before else "", body, "…" if window.cut_after else "")
    lines: list[Content] = []
    if first_of_outlet:
        source = evidence.source
        facts = [source.outlet if number is None else f"[{number}] {source.outlet}"]
        if source.published:
            facts.append(long_date(source.published))
        if source.wire and source.wire != source.outlet:
            facts.append(f"{source.wire} copy")
        lines.append(Content(" · ".join(facts)).stylize(OUTLET))
    if evidence.reading:
        lines.append(Content(f"Reading: {evidence.reading}").stylize(READING))
    lines.append(body)
    return Content("\n").join(lines)


class Listing(NamedTuple):
    """An item's excerpts as the pane lists them: grouped by outlet, a rule between outlets."""

    evidence: list[Evidence]
    """The excerpts in the order shown."""
    blocks: list[Content | None]
    """One block per excerpt, None for each rule."""
    keys: list[tuple[Evidence, bool] | None]
    """What each block shows (the excerpt, and whether it names the outlet)."""
    block_of: list[int]
    """For each excerpt in `evidence`, the index of its block."""


def listing(evidence: tuple[Evidence, ...], numbers: dict[str, int] | None = None) -> Listing:
    """The blocks that list these excerpts (each article named with its number in `numbers`)."""
    numbers = numbers or {}
    result = Listing([], [], [], [])
    for group in group_by_source(evidence).values():
        if result.blocks:
            result.blocks.append(None)
            result.keys.append(None)
        for number, entry in enumerate(group):
            result.evidence.append(entry)
            result.block_of.append(len(result.blocks))
            block = excerpt_block(
                entry, first_of_outlet=number == 0, number=numbers.get(entry.source.id)
            )
            result.blocks.append(block)
            result.keys.append((entry, number == 0))
    return result


NO_EXCERPT = Content("No excerpt cited for this item.")


class EvidenceList(BlockList):
    """The excerpts behind the selected item; enter opens one in its article."""

    ANNOUNCE_HIGHLIGHT = False  # the screen asks for `selected_evidence` when it needs it

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        DISABLED,
        RULE,
        "evidence-list--outlet",
        "evidence-list--reading",
        "evidence-list--context",
        "evidence-list--excerpt",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """An empty list; `show` fills it."""
        super().__init__(id=id, classes=classes)
        self.evidence: list[Evidence] = []
        self._block_of: list[int] = []
        self.numbers: dict[str, int] = {}
        """Each source's number (`Briefing.source_numbers`), set with the briefing."""
        self._listings: dict[tuple[Evidence, ...], Listing] = {}
        """Listings built ahead of time (see `prepare`), by the excerpts they list."""

    def show(self, evidence: tuple[Evidence, ...]) -> None:
        """List these excerpts, one block per outlet, in the briefing's order."""
        shown = self._listings.pop(evidence, None) or listing(evidence, self.numbers)
        self._listings.clear()
        self.evidence = shown.evidence
        self._block_of = shown.block_of
        if shown.blocks:
            self.set_blocks(shown.blocks, 0, keys=shown.keys)
        else:
            self.set_blocks([NO_EXCERPT], None, disabled=[0])

    def prepare(self, evidence: tuple[Evidence, ...]) -> None:
        """Build and draw the listing of these excerpts now, for a `show` that may follow.

        The screen calls this for the items next to the highlighted one while
        the app is idle, so that moving to one of them does not wait for its
        excerpts to be found in context and wrapped.
        """
        if evidence and evidence not in self._listings:
            ahead = listing(evidence, self.numbers)
            self._listings[evidence] = ahead
            self.draw_ahead(ahead.blocks, ahead.keys, 0)

    @property
    def selected_evidence(self) -> Evidence | None:
        """The highlighted excerpt, if any."""
        if self.highlighted is None or not self.evidence:
            return None
        return self.evidence[self._block_of.index(self.highlighted)]
