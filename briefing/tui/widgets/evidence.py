"""The right pane: an item's excerpts, grouped by outlet, each inside its context."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from typing import ClassVar, NamedTuple

from textual.content import Content, Span
from textual.strip import Strip
from textual.style import Style

from briefing.model import Evidence, Source, group_by_source, long_date
from briefing.tui.context import Window, shared_contexts
from briefing.tui.sections import Support, supports_of
from briefing.tui.widgets.blocks import DISABLED, HIGHLIGHTED, ON_HIGHLIGHT, RULE, BlockList
from briefing.tui.widgets.parts import inverted, legible

OUTLET = ".evidence-list--outlet"
CITED = ".evidence-list--cited"
READING = ".evidence-list--reading"
CONTEXT = ".evidence-list--context"
EXCERPT = ".evidence-list--excerpt"
EXCERPT_ON_HIGHLIGHT = ".evidence-list--excerpt-on-highlight"
"""The excerpt in the highlighted block, drawn in reverse: the highlight's own text colour
(legible on it) as its background. Its tint alone, on a highlight, differed from the
context's background in hue, hardly in brightness (about 1.1:1)."""


def _body(window: Window) -> Content:
    """The context, its excerpts highlighted, an ellipsis where it is cut."""
    body = Content(window.text).stylize(CONTEXT)
    for piece in window.highlights:
        body = body.stylize(EXCERPT, piece.start, piece.end)
    return Content.assemble("…" if window.cut_before else "", body, "…" if window.cut_after else "")


def _outlet_line(source: Source, number: int | None) -> Content:
    """The article's number, outlet, date and wire: "[2] ANI · 27 January 2026"."""
    facts = [source.outlet if number is None else f"[{number}] {source.outlet}"]
    if source.published:
        facts.append(long_date(source.published))
    if source.wire and source.wire != source.outlet:
        facts.append(f"{source.wire} copy")
    return Content(" · ".join(facts)).stylize(OUTLET)


def support_lines(supports: Sequence[tuple[Support, ...]]) -> list[str]:
    """What excerpts support: "Outcome 1, Quote 5" on a line, then "Difference 5 · reading: …"."""
    found = [support for each in supports for support in each]
    names = [support.name for support in dict.fromkeys(found) if not support.reading]
    lines = [", ".join(names)] if names else []
    lines += [f"{s.name} · reading: {s.reading}" for s in dict.fromkeys(found) if s.reading]
    return lines


def excerpt_block(
    evidence: Sequence[Evidence],
    window: Window,
    *,
    first_of_outlet: bool,
    number: int | None = None,
    supports: Sequence[tuple[Support, ...]] | None = None,
) -> Content:
    """Excerpts of one article in their sentence or two of context, the excerpts highlighted.

    Args:
        evidence: The excerpts (more than one when their contexts overlap).
        window: Their context (`context.shared_contexts`).
        first_of_outlet: Name the article (number, outlet, date) above it.
        number: The article's number in the source list.
        supports: For an article's excerpts, the items each supports (else each
            excerpt's reading, for a difference's accounts).
    """
    lines: list[Content] = []
    if first_of_outlet:
        lines.append(_outlet_line(evidence[0].source, number))
    if supports is not None:
        lines += [Content(line).stylize(CITED) for line in support_lines(supports)]
    else:
        readings = dict.fromkeys(entry.reading for entry in evidence if entry.reading)
        lines += [Content(f"Reading: {reading}").stylize(READING) for reading in readings]
    lines.append(_body(window))
    return Content("\n").join(lines)


class Listing(NamedTuple):
    """An item's excerpts as the pane lists them: grouped by outlet, a rule between outlets."""

    evidence: list[Evidence]
    """The excerpts in the order shown."""
    blocks: list[Content | None]
    """One block per excerpt (or per run of excerpts sharing their context), None for each rule."""
    keys: list[Hashable | None]
    """What each block shows (its excerpts, whether it names the outlet, what they support)."""
    block_of: list[int]
    """For each excerpt in `evidence`, the index of its block."""


def listing(evidence: tuple[Evidence, ...], numbers: Mapping[str, int] | None = None) -> Listing:
    """The blocks that list these excerpts, outlets in source-number order (as the brief
    lists footnotes), each article named with its number in `numbers`."""
    numbers = numbers or {}
    supported = supports_of(evidence)
    support_of = dict(zip(evidence, supported, strict=True)) if supported is not None else None
    result = Listing([], [], [], [])
    for group in group_by_source(evidence, numbers).values():
        if result.blocks:
            result.blocks.append(None)
            result.keys.append(None)
        for position, (window, shown) in enumerate(shared_contexts(group)):
            excerpts = [group[index] for index in shown]
            supports = None if support_of is None else [support_of[entry] for entry in excerpts]
            for entry in excerpts:
                result.evidence.append(entry)
                result.block_of.append(len(result.blocks))
            number = numbers.get(excerpts[0].source.id)
            first = position == 0
            block = excerpt_block(
                excerpts, window, first_of_outlet=first, number=number, supports=supports
            )
            result.blocks.append(block)
            result.keys.append(
                (tuple(excerpts), first, None if supports is None else tuple(supports))
            )
    return result


NO_EXCERPT = Content("No excerpt cited for this item.")


class EvidenceList(BlockList):
    """The excerpts behind the selected item; enter opens one in its article."""

    ANNOUNCE_HIGHLIGHT = False  # the screen asks for `selected_evidence` when it needs it

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        DISABLED,
        RULE,
        "evidence-list--outlet",
        "evidence-list--cited",
        "evidence-list--reading",
        "evidence-list--context",
        "evidence-list--excerpt",
        "evidence-list--excerpt-on-highlight",
    }

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        """An empty list; `show` fills it."""
        super().__init__(id=id, classes=classes)
        self.evidence: list[Evidence] = []
        self._block_of: list[int] = []
        self.numbers: dict[str, int] = {}
        """Each source's number (`Briefing.source_numbers`), set with the briefing."""
        self._listings: dict[tuple[tuple[Evidence, ...], object], Listing] = {}
        """Listings built ahead of time (see `prepare`), by excerpts and what they support."""

    def show(self, evidence: tuple[Evidence, ...]) -> None:
        """List these excerpts, grouped by outlet in source-number order."""
        ahead = self._listings.pop((evidence, supports_of(evidence)), None)
        shown = ahead or listing(evidence, self.numbers)
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
        key = (evidence, supports_of(evidence))
        if evidence and key not in self._listings:
            ahead = listing(evidence, self.numbers)
            self._listings[key] = ahead
            self.draw_ahead(ahead.blocks, ahead.keys, 0)

    def _draw_block(self, block: Content | None, width: int, style: Style) -> list[Strip]:
        """Draw a block; in the highlighted one, each excerpt in reverse (EXCERPT_ON_HIGHLIGHT)."""
        classes = self._classes_of.get(style, ())
        if block is not None and HIGHLIGHTED in classes:
            look = legible(self.get_visual_style(*classes, EXCERPT_ON_HIGHLIGHT[1:], ON_HIGHLIGHT))
            excerpt = inverted(look)
            spans = [
                Span(s.start, s.end, excerpt) if s.style == EXCERPT else s for s in block.spans
            ]
            block = Content(block.plain, spans, block.cell_length)
        return super()._draw_block(block, width, style)

    @property
    def selected_evidence(self) -> Evidence | None:
        """The highlighted excerpt, if any."""
        if self.highlighted is None or not self.evidence:
            return None
        return self.evidence[self._block_of.index(self.highlighted)]
