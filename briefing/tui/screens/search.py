"""`/`: search the briefing and its articles, then jump to a match."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from briefing.tui.commands import APP_COMMANDS, LIST_COMMANDS, SEARCH_COMMANDS, bindings
from briefing.tui.find import Match, search
from briefing.tui.sections import Contents
from briefing.tui.widgets.keybar import KeyBar

SHOWN = 500
"""The most matches listed (the status line says when there are more)."""


class Results(OptionList, inherit_bindings=False):
    """The matches; enter (the screen's) or a click jumps to one."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(LIST_COMMANDS)
    COMPONENT_CLASSES: ClassVar[set[str]] = {"results--where", "results--match"}


def match_prompt(match: Match) -> Content:
    """Where the match is, then the text around it with the match highlighted."""
    snippet = Content(match.snippet).stylize(
        ".results--match", match.highlight.start, match.highlight.end
    )
    return Content.assemble((match.where, ".results--where"), "\n", snippet)


class SearchScreen(Screen[Match | None]):
    """A search field over a list of matches; dismissed with the chosen match."""

    CSS_PATH = "../search.tcss"
    BINDINGS: ClassVar[list[BindingType]] = bindings(SEARCH_COMMANDS)

    def __init__(self, contents: Contents, query: str = "") -> None:
        """Search `contents`, starting from `query`."""
        super().__init__()
        self.contents = contents
        self.matches: list[Match] = []
        self._query = query

    def compose(self) -> ComposeResult:
        """The field, a status line, the matches and the footer."""
        yield Input(self._query, placeholder="Search the briefing and its articles", id="query")
        yield Static(id="search-status")
        yield Results(id="results", markup=False)
        yield KeyBar(SEARCH_COMMANDS, APP_COMMANDS)

    def on_mount(self) -> None:
        """Start typing at once."""
        self.query_one("#query", Input).focus()
        self.show_matches(self._query)

    @on(Input.Changed, "#query")
    def search_as_the_reader_types(self, event: Input.Changed) -> None:
        """List the matches of what is typed so far."""
        self.show_matches(event.value)

    @on(Input.Submitted, "#query")
    def go_to_the_first_match(self) -> None:
        """Enter in the field: go to the first match, if there is one."""
        if self.matches:
            self.dismiss(self.matches[0])

    def action_go(self) -> None:
        """Enter in the list: go to the highlighted match."""
        results = self.query_one("#results", Results)
        if self.matches and results.highlighted is not None:
            self.dismiss(self.matches[results.highlighted])

    @on(OptionList.OptionSelected, "#results")
    def go_to_the_chosen_match(self, event: OptionList.OptionSelected) -> None:
        """Enter or a click on a match: go there."""
        self.dismiss(self.matches[event.option_index])

    def show_matches(self, query: str) -> None:
        """Search for `query` and list what is found."""
        found = search(self.contents, query, limit=SHOWN + 1)
        self.matches = found[:SHOWN]
        results = self.query_one("#results", Results)
        results.set_options(Option(match_prompt(match)) for match in self.matches)
        if not query.strip():
            status = "Type to search the items and the full text of every article."
        elif not found:
            status = "No match."
        elif len(found) > SHOWN:
            status = f"The first {SHOWN} matches."
        else:
            status = f"{len(found)} match{'es' if len(found) != 1 else ''}."
        self.query_one("#search-status", Static).update(Content(status))

    def action_results(self) -> None:
        """Move from the field to the matches."""
        results = self.query_one("#results", Results)
        if self.matches:
            results.focus()
            results.highlighted = results.highlighted or 0

    def action_close(self) -> None:
        """Leave the search without going anywhere."""
        self.dismiss(None)
