"""The reader app: `make_app` builds it, `run` runs it, `show_briefing` reloads it."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.screen import Screen

from briefing.model import Briefing
from briefing.tui.commands import APP_COMMANDS, bindings, system_commands
from briefing.tui.providers import GoToProvider
from briefing.tui.screens.main import MainScreen


class BriefingApp(App[None]):
    """A briefing in three panes, its evidence one key away."""

    CSS_PATH = "briefing.tcss"
    BINDINGS = bindings(APP_COMMANDS)
    COMMANDS = App.COMMANDS | {GoToProvider}
    ENABLE_COMMAND_PALETTE = True

    def __init__(self, briefing: Briefing) -> None:
        """An app showing `briefing`."""
        super().__init__()
        self.briefing = briefing
        self._main_screen: MainScreen | None = None

    @property
    def main_screen(self) -> MainScreen:
        """The three-pane screen at the bottom of the stack."""
        if self._main_screen is None:
            self._main_screen = MainScreen(self.briefing, self.size)
        return self._main_screen

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

    def go_to(self, section_id: str, key: str | None = None) -> None:
        """Go to a section (and an entry of it) on the main screen."""
        self._back_to_main()
        self.main_screen.go_to(section_id, key)

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


def make_app(briefing: Briefing) -> BriefingApp:
    """The app for `briefing`, as the command line and the tests build it."""
    return BriefingApp(briefing)


def run(briefing: Briefing) -> int:
    """Run the app on the terminal until the reader quits; return the exit code."""
    app = make_app(briefing)
    app.run()
    return app.return_code or 0
