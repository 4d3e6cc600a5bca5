"""End to end in a real terminal: tmux runs the installed `briefing` command.

Keys go in with `send-keys`, the screen comes back with `capture-pane`. Each test
uses its own tmux server (a private socket) and kills it afterwards.
"""

from __future__ import annotations

import shlex
import subprocess
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import BRIEFING_COMMAND, BUNDLED, SMALL, run_briefing

from briefing.load import load

TMUX = Path("/usr/bin/tmux")
MARKUP = Path(__file__).resolve().parent / "app_data" / "markup.yaml"
TITLE = "briefing-e2e-title"
"""The pane title set before the app starts; the app must leave it alone."""

pytestmark = pytest.mark.skipif(not TMUX.exists(), reason="tmux is not installed")


class Terminal:
    """A shell in a tmux pane of a private tmux server."""

    def __init__(self, width: int, height: int) -> None:
        """Start the server and a plain shell in a pane of `width` x `height`."""
        self.socket = f"briefing-test-{uuid.uuid4().hex[:12]}"
        self.tmux(
            "start-server", ";",
            "set-option", "-g", "default-terminal", "screen-256color", ";",
            "new-session", "-d", "-s", "e2e", "-x", str(width), "-y", str(height),
            "env", "PS1=$ ", "sh",
        )  # fmt: skip
        self.tmux("select-pane", "-t", "e2e", "-T", TITLE)

    def tmux(self, *args: str) -> str:
        """Run a tmux command against this server and return its output."""
        result = subprocess.run(
            [str(TMUX), "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True, text=True, timeout=10, check=True,
        )  # fmt: skip
        return result.stdout

    def send(self, *keys: str) -> None:
        """Type keys (tmux key names) into the pane."""
        for key in keys:
            self.tmux("send-keys", "-t", "e2e", key)

    def screen(self) -> str:
        """The text on the pane right now."""
        return self.tmux("capture-pane", "-p", "-t", "e2e")

    def title(self) -> str:
        """The pane's title (what an OSC 0 or 2 sequence from the app would change)."""
        return self.tmux("display-message", "-p", "-t", "e2e", "#{pane_title}").strip()

    def wait_for(self, condition: Callable[[str], bool], what: str, timeout: float = 20) -> str:
        """Poll the screen until `condition(screen)` holds; fail with the screen after `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if condition(shown):
                return shown
            if time.monotonic() > deadline:
                raise AssertionError(f"timed out waiting for {what}; the screen shows:\n{shown}")
            time.sleep(0.05)

    def wait_for_text(self, text: str, timeout: float = 20) -> str:
        """Poll until `text` is on the screen (wrapping undone)."""
        return self.wait_for(lambda shown: text in flat(shown), repr(text), timeout)

    def close(self) -> None:
        """Kill the server and everything in it."""
        subprocess.run(
            [str(TMUX), "-L", self.socket, "kill-server"], capture_output=True, check=False
        )


def flat(screen: str) -> str:
    """Screen text with line breaks and runs of spaces folded into one space."""
    return " ".join(screen.split())


@pytest.fixture
def terminal() -> Iterator[Terminal]:
    """A 100x30 terminal, killed after the test."""
    term = Terminal(100, 30)
    try:
        yield term
    finally:
        term.close()


def start_briefing(terminal: Terminal, briefing: Path, exit_file: Path) -> None:
    """Type the real command at the shell, recording its exit status in `exit_file`."""
    command = f"{shlex.quote(str(BRIEFING_COMMAND))} {shlex.quote(str(briefing))}"
    terminal.send(f"{command}; echo EXIT=$? > {shlex.quote(str(exit_file))}", "Enter")


def exit_status(exit_file: Path, timeout: float = 20) -> str:
    """Wait for the command to end and return what it recorded."""
    deadline = time.monotonic() + timeout
    while not exit_file.exists() or not exit_file.read_text().strip():
        if time.monotonic() > deadline:
            raise AssertionError("the app did not exit")
        time.sleep(0.05)
    return exit_file.read_text().strip()


def bundled_if_sound() -> list[Path]:
    """The bundled briefing, when it currently passes `briefing check` (it is being curated)."""
    return [BUNDLED] if run_briefing("check", BUNDLED).returncode == 0 else []


@pytest.mark.parametrize("path", [SMALL, *bundled_if_sound()], ids=lambda path: path.name)
def test_read_an_excerpt_in_its_article_and_quit(
    terminal: Terminal, tmp_path: Path, path: Path
) -> None:
    briefing = load(path)
    exit_file = tmp_path / "exit"
    assert terminal.title() == TITLE

    start_briefing(terminal, path, exit_file)
    shown = terminal.wait_for_text("Key outcomes")
    assert " ".join(briefing.title.split()[:4]) in flat(shown)
    assert f"{len(briefing.sources)} outlets" in flat(shown)

    # Key outcomes, then enter to its evidence, then enter to the article.
    first = briefing.outcomes[0].evidence[0]
    terminal.send("2")
    terminal.wait_for_text(" ".join(briefing.outcomes[0].title.split()[:4]))
    terminal.send("Enter")
    terminal.wait_for_text(first.source.outlet)
    terminal.send("Enter")
    cited = briefing.evidence_in(first.source)
    total = len(cited)
    number = 1 + [(e.span, e.excerpt) for e in cited].index((first.span, first.excerpt))
    shown = terminal.wait_for_text(f"excerpt {number} of {total}")
    piece = first.source.text[first.spans[0].start : first.spans[0].end]
    assert " ".join(piece.split()[:6]) in flat(shown), "the excerpt is in view"

    if total > 1:
        terminal.send("n")
        terminal.wait_for_text(f"excerpt {number % total + 1} of {total}")
    terminal.send("Escape")
    terminal.wait_for_text("Where outlets differ")

    terminal.send("q")
    assert exit_status(exit_file) == "EXIT=0"
    assert terminal.title() == TITLE, "the app must not change the terminal title"
    after = terminal.wait_for(lambda s: "Where outlets differ" not in s, "the app's screen to go")
    assert "$" in after  # back at the shell prompt: the terminal was restored

    # The title check can fail: a program that does set the title is seen.
    terminal.send("printf '\\033]2;changed\\033\\\\'", "Enter")
    terminal.wait_for(lambda _: terminal.title() == "changed", "the control title change")


def test_markup_in_the_file_shows_literally_in_a_real_terminal(
    terminal: Terminal, tmp_path: Path
) -> None:
    exit_file = tmp_path / "exit"
    start_briefing(terminal, MARKUP, exit_file)
    shown = terminal.wait_for_text("Markup [b]is[/b] text: [sic]")
    assert "[red]Nowhere[/red]" in shown
    terminal.send("3")
    shown = terminal.wait_for_text("[b]Minister[/b]: [@click=app.quit]x[/]")
    assert "“[@click=app.quit]x[/] must show as typed”" in flat(shown)
    terminal.send("Enter", "Enter")
    shown = terminal.wait_for_text("excerpt 2 of 3")
    assert "[bold]plain[/bold] text too" in flat(shown)
    terminal.send("q")
    assert exit_status(exit_file) == "EXIT=0"
