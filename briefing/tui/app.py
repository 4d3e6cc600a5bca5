"""The reader app: `make_app` builds it, `run` runs it, `show_briefing` reloads it."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable

from textual import work
from textual.app import App, SystemCommand
from textual.screen import Screen
from textual.worker import get_current_worker

from briefing.model import Briefing
from briefing.tui.commands import APP_COMMANDS, bindings, system_commands
from briefing.tui.loading import Loading
from briefing.tui.providers import GoToProvider
from briefing.tui.screens.main import MainScreen


class BriefingApp(App[None]):
    """A briefing in three panes, its evidence one key away."""

    CSS_PATH = "briefing.tcss"
    BINDINGS = bindings(APP_COMMANDS)
    COMMANDS = App.COMMANDS | {GoToProvider}
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, briefing: Briefing | Loading) -> None:
        """An app showing `briefing`, or the briefing `Loading` loads once it is loaded."""
        super().__init__()
        self.loading: Loading | None = None
        """The load in progress, until its briefing is shown."""
        if isinstance(briefing, Loading):
            if briefing.done and briefing.briefing is not None:
                briefing = briefing.briefing  # loaded already (from the cache, say)
            else:
                self.loading = briefing
                briefing = briefing.placeholder()
        self.briefing = briefing
        self._main_screen: MainScreen | None = None

    @property
    def main_screen(self) -> MainScreen:
        """The three-pane screen at the bottom of the stack."""
        if self._main_screen is None:
            loading = self.loading.path if self.loading else None
            self._main_screen = MainScreen(self.briefing, self.size, loading=loading)
        return self._main_screen

    def on_mount(self) -> None:
        """Wait for the briefing being loaded, if it is not there yet."""
        if self.loading is not None:
            self._wait_for_briefing(self.loading)

    @work(thread=True, group="load", description="wait for the briefing")
    def _wait_for_briefing(self, loading: Loading) -> None:
        """Wait (off the UI thread) for the load to end, then show the briefing or quit."""
        worker = get_current_worker()
        while not loading.wait(0.05):
            if worker.is_cancelled:
                return
        self.call_from_thread(self._loaded, loading)

    def _loaded(self, loading: Loading) -> None:
        """The load is over: show the briefing, or quit (the caller prints the problems)."""
        if not self.main_screen.is_mounted:  # the load beat the first frame
            self.call_after_refresh(self._loaded, loading)
        elif loading.briefing is None:
            self.exit(return_code=1)
        else:
            self.loading = None
            self.show_briefing(loading.briefing)

    def get_default_screen(self) -> Screen[None]:
        """The main screen is the bottom of the stack; it is built once the size is known."""
        return self.main_screen

    def show_briefing(self, briefing: Briefing) -> None:
        """Show a newly loaded briefing without restarting, back on the main screen."""
        self.briefing = briefing
        self._back_to_main()
        self.main_screen.show_briefing(briefing)

    def _back_to_main(self) -> None:
        """Close every screen above the main one."""
        while len(self.screen_stack) > 1 and self.screen is not self.main_screen:
            self.pop_screen()

    def go_to(
        self,
        section_id: str,
        key: str | None = None,
        come_back: Callable[[], Screen[None]] | None = None,
    ) -> None:
        """Go to a section (and an entry of it) on the main screen.

        Args:
            section_id: The section.
            key: The entry to highlight in it.
            come_back: Builds the screen escape goes back to (see MainScreen.go_to).
        """
        self._back_to_main()
        self.main_screen.go_to(section_id, key, come_back)

    def read_article(self, source_id: str) -> None:
        """Open an article at the first excerpt the briefing cites from it."""
        self._back_to_main()
        self.main_screen.open_article(None, source_id)

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        """Textual's own commands, then ours, from the same declarations as the keys."""
        yield from super().get_system_commands(screen)
        yield from system_commands(APP_COMMANDS, self)
        yield from system_commands(getattr(screen, "PALETTE_COMMANDS", ()), screen)

    def action_help(self) -> None:
        """Show the keys (or close the list if it is showing)."""
        from briefing.tui.screens.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            self.screen.dismiss()
        else:
            self.push_screen(HelpScreen())

    def action_toggle_dark(self) -> None:
        """Switch between the light and the dark theme."""
        self.theme = "textual-light" if self.current_theme.dark else "textual-dark"


def make_app(briefing: Briefing | Loading) -> BriefingApp:
    """The app for `briefing` (or one being loaded), as the command line and the tests build it."""
    return BriefingApp(briefing)


COLLECT_AFTER = 10_000
"""Allocations between two collections of young objects once the app is up (Python's: 700)."""


def run(app: BriefingApp) -> int:
    """Run `app` on the terminal until the reader quits; return the exit code.

    The command line turns the garbage collector off before it loads and
    imports anything: start-up allocates much and frees little, and a full
    collection then walks every module and widget (tens of milliseconds, once
    or twice before the first frame). Once the frame is out, what exists is
    frozen (kept out of later collections: it lives as long as the app), and
    the collector comes back on, collecting young objects after 10,000
    allocations rather than 700: a key press allocates tens of thousands of
    short-lived objects, which would otherwise cost a few milliseconds of
    collections per key.
    """
    app.call_after_refresh(_collect_from_now_on)
    app.run()
    return app.return_code or 0


def _collect_from_now_on() -> None:
    """Freeze what start-up made and turn the collector back on, at a calmer pace."""
    gc.freeze()
    gc.set_threshold(COLLECT_AFTER, *gc.get_threshold()[1:])
    gc.enable()
