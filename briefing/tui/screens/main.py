"""The main screen: sections on the left, items in the middle, evidence on the right."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.events import DescendantFocus, Resize
from textual.geometry import Size
from textual.reactive import reactive
from textual.screen import Screen
from textual.widget import Widget

from briefing.model import Briefing, Evidence, Span
from briefing.safe_text import make_safe
from briefing.tui.commands import APP_COMMANDS, MAIN_COMMANDS, bindings
from briefing.tui.comparison.compute import COMPARISONS
from briefing.tui.plain_item import as_plain_text
from briefing.tui.sections import SECTIONS, Contents, Entry, citations
from briefing.tui.widgets.blocks import BlockList
from briefing.tui.widgets.detail import ItemDetail
from briefing.tui.widgets.evidence import EvidenceList
from briefing.tui.widgets.header import BriefingHeader
from briefing.tui.widgets.items import ItemList
from briefing.tui.widgets.keybar import KeyBar
from briefing.tui.widgets.sections import SectionList

PANES = ("sections", "items", "detail", "evidence")
"""The panes in tab order; each is also the id of its widget."""

BACK = {"evidence": "items", "detail": "items", "items": "sections"}
"""Where escape goes from each pane (with the panes side by side)."""
BACK_SINGLE = {**BACK, "evidence": "detail"}
"""Where escape goes from each pane when one is shown at a time: items, detail, evidence."""


def breakpoint_classes(size: Size) -> set[str]:
    """The layout classes of a terminal of `size`: MainScreen's breakpoints, and -single."""
    classes = set()
    for limits, value in (
        (MainScreen.HORIZONTAL_BREAKPOINTS, size.width),
        (MainScreen.VERTICAL_BREAKPOINTS, size.height),
    ):
        classes.add([name for low, name in limits if value >= low][-1])
    if classes & {"-tiny", "-short"}:
        classes.add("-single")  # one pane at a time (a class of its own: half the .tcss rules)
    return classes


class MainScreen(Screen[None]):
    """The three panes; on small terminals the .tcss shows one pane at a time."""

    BINDINGS = bindings(MAIN_COMMANDS)
    PALETTE_COMMANDS = MAIN_COMMANDS
    """What the command palette offers on this screen, beside the app's own commands."""
    # The classes these add to the screen (-tiny, -narrow, -wide; -short, -medium, -tall)
    # are what briefing.tcss lays the panes out by.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-tiny"),
        (60, "-narrow"),
        (110, "-wide"),
    ]
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [  # type: ignore[misc]
        (0, "-short"),
        (12, "-medium"),
        (30, "-tall"),
    ]

    AUTO_FOCUS = "#sections"

    pane: reactive[str] = reactive("sections", init=False)
    """The pane the reader is in (the only one shown on a tiny terminal)."""

    def __init__(
        self, briefing: Briefing, size: Size | None = None, *, loading: str | None = None
    ) -> None:
        """Show `briefing`, laid out for a terminal of `size` when it is known.

        Starting with the classes the breakpoints and the first pane would add
        saves restyling every widget once more before the first paint.

        Args:
            briefing: The briefing (a placeholder while `loading`).
            size: The terminal's size, when known.
            loading: The file being loaded, if the briefing is not there yet:
                the panes stay empty until `show_briefing` is called.
        """
        classes = {"-pane-sections"}
        if size is not None:
            classes |= breakpoint_classes(size)
        super().__init__(classes=" ".join(sorted(classes)))
        self.contents = Contents(briefing)
        self._chosen: dict[str, str] = {}
        """Per section, the key of the entry last highlighted (kept across reloads)."""
        self._section_shown: str | None = None
        """The section whose entries the items pane lists."""
        self._entry_shown: Entry | None = None
        """The entry the detail and evidence panes show."""
        self._come_back: Callable[[], Screen[None]] | None = None
        """After `i` in an article: the article again, which escape on the items pane reopens."""
        self._loading = loading

    @property
    def briefing(self) -> Briefing:
        """The briefing on show."""
        return self.contents.briefing

    @property
    def entry_shown(self) -> Entry | None:
        """The entry the detail and evidence panes show."""
        return self._entry_shown

    def compose(self) -> ComposeResult:
        """Header, the panes, the key bar."""
        yield BriefingHeader(id="header")
        yield SectionList(id="sections", classes="pane")
        with Vertical(id="middle"):
            yield ItemList(id="items", classes="pane")
            yield ItemDetail(id="detail", classes="pane")
        yield EvidenceList(id="evidence", classes="pane")
        yield KeyBar(MAIN_COMMANDS, APP_COMMANDS)

    def on_resize(self, event: Resize) -> None:
        """Tiny or short: one pane at a time (the breakpoints set the other classes)."""
        self.set_class("-single" in breakpoint_classes(event.size), "-single")

    def on_mount(self) -> None:
        """Fill the panes for the first section."""
        for pane, title in zip(PANES, ("Sections", "Items", "Detail", "Evidence"), strict=True):
            self.query_one(f"#{pane}").border_title = title
        if self._loading is None:
            self.show_briefing(self.briefing)
        else:
            self.query_one(BriefingHeader).update(Content(f"Loading {make_safe(self._loading)}…"))
        # Follow the items' highlight as it moves, not when its message arrives: the
        # frame drawn after a key press then shows the new item's detail and
        # evidence too, rather than the highlight alone and the rest a frame later.
        self.watch(self.query_one(ItemList), "highlighted", self.show_highlighted_item, init=False)

    def show_briefing(self, briefing: Briefing) -> None:
        """Show a (newly loaded) briefing, keeping the reader's place where it still exists."""
        self._loading = None
        self.contents = Contents(briefing)
        self._section_shown = None
        self._come_back = None
        self.query_one(BriefingHeader).show(briefing)
        numbers = briefing.source_numbers()  # articles named by number, as in the brief
        self.query_one(EvidenceList).numbers = numbers
        self.query_one(ItemDetail).numbers = numbers
        self.query_one(ItemDetail).comparison = COMPARISONS.ready(briefing)
        self.query_one(SectionList).show(self.contents)
        self.show_section(self.query_one(SectionList).section_id)

    # Moving through the briefing.

    @on(BlockList.Highlighted, "#sections")
    def show_highlighted_section(self) -> None:
        """A section was highlighted: list its items (unless a key already did)."""
        section_id = self.query_one(SectionList).section_id
        if section_id != self._section_shown:
            self.show_section(section_id)

    def show_section(self, section_id: str) -> None:
        """List a section's entries, highlighting the one last chosen there."""
        self._section_shown = section_id
        entries = self.contents.entries(section_id)
        key = self._chosen.get(section_id)
        found = self.contents.find(section_id, key) if key else None
        items = self.query_one(ItemList)
        items.show(entries, found or 0)
        if items.entry is not self._entry_shown:
            self.show_entry(items.entry)

    def show_highlighted_item(self) -> None:
        """An item was highlighted: show it in full, and its evidence (unless already shown)."""
        entry = self.query_one(ItemList).entry
        if entry is not None:
            self._chosen[entry.section] = entry.key
        if entry is not self._entry_shown:
            self.show_entry(entry)

    @on(BriefingHeader.Compared)
    def show_coverage(self) -> None:
        """The outlets are compared: the detail pane adds who reports the item on show."""
        detail = self.query_one(ItemDetail)
        detail.comparison = COMPARISONS.ready(self.briefing)
        detail.show(self._entry_shown)

    def show_entry(self, entry: Entry | None) -> None:
        """Show an entry in the detail and evidence panes."""
        self._entry_shown = entry
        self.query_one(ItemDetail).show(entry)
        self.query_one(EvidenceList).show(entry.evidence if entry else ())
        self.call_after_refresh(self._prepare_neighbours, entry)

    def _prepare_neighbours(self, entry: Entry | None) -> None:
        """Once the frame is out, get the evidence of the items above and below ready.

        The next key most often moves to one of them: its excerpts are then
        already found in context and wrapped, and the frame it asks for only
        has to be composed.
        """
        items = self.query_one(ItemList)
        if entry is None or entry is not self._entry_shown or items.highlighted is None:
            return
        evidence = self.query_one(EvidenceList)
        for index in (items.highlighted + 1, items.highlighted - 1):
            if 0 <= index < len(items.entries):
                evidence.prepare(items.entries[index].evidence)

    def go_to(
        self,
        section_id: str,
        key: str | None = None,
        come_back: Callable[[], Screen[None]] | None = None,
    ) -> None:
        """Show a section (and one of its entries) and move to the items pane.

        Args:
            section_id: The section.
            key: The entry to highlight in it (the one last chosen there, if None).
            come_back: What escape goes back to from the items pane (the article
                the reader came from, rebuilt by this call); None: the pane before.
        """
        self._come_back = None
        if key is not None:
            self._chosen[section_id] = key
        # Show the section now rather than when the highlight's message arrives, so
        # that keys typed straight after (2, enter, enter) act on its items.
        self.query_one(SectionList).highlighted = [s.id for s in SECTIONS].index(section_id)
        self.show_section(section_id)
        self.focus_pane("items")
        self._come_back = come_back

    # Panes.

    def watch_pane(self, pane: str) -> None:
        """Mark the screen with the pane the reader is in; the .tcss does the rest."""
        for name in PANES:
            self.set_class(name == pane, f"-pane-{name}")
        if pane != "items":
            self._come_back = None  # the reader has moved on from where `i` put them

    def focus_pane(self, pane: str) -> None:
        """Move to a pane (which the .tcss shows, on a tiny terminal) and focus it."""
        self.pane = pane
        # Focus now (not after a refresh, as Widget.focus does) so that the very next
        # key, however fast it comes, goes to this pane.
        self.set_focus(self.query_one(f"#{pane}"))

    @on(DescendantFocus)
    def follow_focus(self) -> None:
        """The reader clicked (or tabbed) into a pane: remember which.

        Reads the focus as it is now, not the event's widget: focus events from a
        burst of keys can arrive out of order.
        """
        node: Widget | None = self.focused
        while node is not None and node is not self:
            if node.id in PANES:
                self.pane = node.id
                return
            node = node.parent if isinstance(node.parent, Widget) else None

    # Actions (keys, palette, mouse).

    def action_pane(self, step: int) -> None:
        """Move to the next (1) or previous (-1) pane."""
        self.focus_pane(PANES[(PANES.index(self.pane) + step) % len(PANES)])

    def action_section(self, index: int) -> None:
        """Jump to the section at `index` (keys 1 to 8)."""
        self.go_to(SECTIONS[index].id)

    def action_open(self) -> None:
        """Enter: go one step deeper from the pane the reader is in.

        This calls the handlers directly (a click reaches them by message) so that
        keys typed in a burst (2, enter, enter) each see the previous one's result.
        """
        if self.pane == "sections":
            self.open_section()
        elif self.pane == "items":
            self.open_item()
        elif self.pane == "evidence":
            self.open_excerpt()
        else:
            # The evidence pane, even with nothing in it: it says "No excerpt cited
            # for this item.", which one pane at a time is otherwise never seen.
            self.focus_pane("evidence")

    def action_back(self) -> None:
        """Escape: back to the article `i` came from, else one pane back (the way enter came)."""
        if self._come_back is not None and self.pane == "items":
            screen, self._come_back = self._come_back(), None
            self.app.push_screen(screen)
            return
        back = BACK_SINGLE if self.has_class("-single") else BACK
        if self.pane in back:
            self.focus_pane(back[self.pane])

    @on(BlockList.Selected, "#sections")
    def open_section(self) -> None:
        """A section was chosen: move to its items."""
        self.focus_pane("items")

    @on(BlockList.Selected, "#items")
    def open_item(self) -> None:
        """An item was chosen: its evidence (the comparison view for an outlet).

        One pane at a time, the item in full comes first (enter there goes on to
        its evidence): otherwise the reader would never see the item itself.
        """
        entry = self.query_one(ItemList).entry
        if entry is None:
            return
        if entry is not self._entry_shown:
            self.show_entry(entry)
        if entry.section == "comparison":
            self.action_comparison()
        elif entry.evidence and not self.has_class("-single"):
            self.focus_pane("evidence")
        else:
            self.focus_pane("detail")

    @on(BlockList.Selected, "#evidence")
    def open_excerpt(self) -> None:
        """An excerpt was chosen: read it in its article."""
        evidence = self.query_one(EvidenceList).selected_evidence
        if evidence is not None:
            self.open_article(evidence)

    def action_article(self) -> None:
        """Open the selected excerpt (or the item's first) in its article."""
        evidence_list = self.query_one(EvidenceList)
        evidence = evidence_list.selected_evidence
        if evidence is None and evidence_list.evidence:
            evidence = evidence_list.evidence[0]
        if evidence is None:
            self.notify("No excerpt cited for this item.", markup=False)
            return
        self.open_article(evidence)

    def open_article(self, focus: Evidence | Span | None, source_id: str | None = None) -> None:
        """Show an article, an excerpt (or a search match) highlighted and in view.

        Args:
            focus: The excerpt, a span of the article, or None for its first excerpt.
            source_id: The article, when `focus` is not an excerpt.
        """
        from briefing.tui.screens.article import ArticleScreen

        self._come_back = None
        if isinstance(focus, Evidence):
            source = focus.source
        else:
            assert source_id is not None
            source = self.briefing.source(source_id)
        cited, cited_for = self.briefing.evidence_in(source), citations(self.contents, source)
        self.app.push_screen(ArticleScreen(source, cited, focus, cited_for))

    def action_search(self) -> None:
        """Search the briefing and its articles, then go to the chosen match."""
        from briefing.tui.find import Match
        from briefing.tui.screens.search import SearchScreen

        def go(match: Match | None) -> None:
            """Go to the chosen match."""
            if match is None:
                return
            if match.section is not None:
                self.go_to(match.section, match.key)
            elif match.source_id is not None:
                self.open_article(match.span, match.source_id)

        self.app.push_screen(SearchScreen(self.contents), go)

    def action_comparison(self) -> None:
        """Show the comparison of outlets."""
        from briefing.tui.screens.comparison import ComparisonScreen

        self._come_back = None
        self.app.push_screen(ComparisonScreen(self.briefing))

    def action_copy(self) -> None:
        """Copy the highlighted item, with its evidence, as plain text."""
        entry = self.query_one(ItemList).entry
        if entry is None:
            self.notify("Nothing to copy.", markup=False)
            return
        self.app.copy_to_clipboard(as_plain_text(entry))
        self.notify("Copied the item as plain text.", markup=False)
