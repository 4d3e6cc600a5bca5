"""A real terminal for the hostile suite: a private tmux server, one window per command.

tmux parses everything a program writes the way a terminal does, and reports
what a program did to the terminal: the pane title (OSC 0 and 2 change it) and,
with `set-clipboard on`, every clipboard write (OSC 52 becomes a paste buffer).
Keys and mouse events go in with `send-keys`; the screen comes back with
`capture-pane`. One server serves a whole test module (starting one costs more
than a test), and each command gets a window of its own, so that one test's
leftovers never reach the next.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import shutil
import subprocess
import time
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

TMUX = Path("/usr/bin/tmux")
TITLE = "hostile-suite-title"
"""The pane title set before a command starts; the command must leave it alone."""
SESSION = "hostile"


def tmux_or_skip() -> Path:
    """The tmux binary; skips the module without it, unless BRIEFING_REQUIRE_TMUX=1."""
    found = TMUX if TMUX.exists() else shutil.which("tmux")
    if found:
        return Path(found)
    if os.environ.get("BRIEFING_REQUIRE_TMUX") == "1":
        pytest.fail("tmux is required (BRIEFING_REQUIRE_TMUX=1) but not installed")
    pytest.skip("tmux is not installed")


def flat(screen: str) -> str:
    """Screen text with line breaks and runs of spaces folded into one space."""
    return " ".join(screen.split())


def boxed(screen: str, title: str) -> str:
    """The text inside the box titled `title` (a Textual border title), wrapping undone.

    Empty when there is no such box (another screen shows).
    Columns are counted in characters: right for the one-cell characters these
    screens hold (box lines, U+FFFD, Latin text).
    """
    lines = screen.splitlines()
    top = next((row for row, line in enumerate(lines) if f"╭─ {title} " in line), None)
    if top is None:
        return ""
    left = lines[top].index(f"╭─ {title} ")
    right = lines[top].index("╮", left)
    inside = []
    for line in lines[top + 1 :]:
        if line[left : left + 1] != "│":
            break
        inside.append(line[left + 1 : right].rstrip("▁▂▃▄▅▆▇█ "))
    return flat("\n".join(inside))


class Server:
    """A tmux server of our own (a private socket), with the clipboard recorded."""

    def __init__(self, tmux: Path, width: int = 100, height: int = 30) -> None:
        """Start the server with one idle window, every window `width` x `height`."""
        self.binary = tmux
        self.socket = f"briefing-hostile-{uuid.uuid4().hex[:12]}"
        self.tmux(
            "new-session", "-d", "-s", SESSION, "-x", str(width), "-y", str(height),
            "sleep 3600", ";",
            "set-option", "-s", "set-clipboard", "on", ";",
            "set-option", "-g", "default-size", f"{width}x{height}", ";",
            "set-option", "-g", "remain-on-exit", "on", ";",
            "set-option", "-g", "history-limit", "0",
        )  # fmt: skip

    def tmux(self, *args: str) -> str:
        """Run a tmux command against this server and return its output."""
        result = subprocess.run(
            [str(self.binary), "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True, text=True, timeout=10, check=True, env=dict(os.environ),
        )  # fmt: skip
        return result.stdout

    def run(self, command: Sequence[str], exit_file: Path, env: dict[str, str]) -> Pane:
        """Start `command` in a new window under a shell that writes its exit status to a file.

        The shell first sets the pane title to TITLE itself (OSC 2), so the title
        is known before the command can write anything. NO_COLOR and FORCE_COLOR
        are removed: the command sees a plain xterm, as most readers have. So
        are COLUMNS and LINES, which Textual would believe over the pane's size
        (under pytest the process environment holds COLUMNS=80 and LINES=24,
        set outside os.environ, so a child that inherits it gets them).
        """
        assignments = " ".join(shlex.quote(f"{name}={value}") for name, value in env.items())
        line = (
            f"printf '\\033]2;%s\\033\\\\' {TITLE}; "
            f"env -u NO_COLOR -u FORCE_COLOR -u COLUMNS -u LINES {assignments} "
            f"{shlex.join(command)}; "
            f"echo EXIT=$? > {shlex.quote(str(exit_file))}"
        )
        pane = self.tmux(
            "new-window", "-d", "-P", "-F", "#{pane_id}", "-t", SESSION, "sh", "-c", line
        ).strip()
        return Pane(self, pane, exit_file)

    def buffers(self) -> list[str]:
        """The contents of every paste buffer: what OSC 52 clipboard writes have stored."""
        names = self.tmux("list-buffers", "-F", "#{buffer_name}").split()
        return [self.tmux("show-buffer", "-b", name) for name in names]

    def close(self) -> None:
        """Kill the server and everything in it."""
        subprocess.run(
            [str(self.binary), "-L", self.socket, "kill-server"],
            capture_output=True, timeout=10, check=False,
        )  # fmt: skip


class Pane:
    """One command running in a window of its own."""

    def __init__(self, server: Server, pane_id: str, exit_file: Path) -> None:
        """A handle on the pane `pane_id` of `server`."""
        self.server = server
        self.id = pane_id
        self.exit_file = exit_file

    def send(self, *keys: str) -> None:
        """Type keys (tmux key names) into the pane, one at a time."""
        for key in keys:
            self.server.tmux("send-keys", "-t", self.id, key)

    def mouse(self, column: int, row: int, *, button: int = 0, release: bool = True) -> None:
        """Send an SGR mouse event at a cell (0-based) as the terminal would write it."""
        event = f"\x1b[<{button};{column + 1};{row + 1}"
        self.server.tmux("send-keys", "-l", "-t", self.id, event + "M", *[event + "m"] * release)

    def pass_over(self, column: int, row: int, length: int) -> None:
        """Move the pointer (no button held) across `length` cells of a row, left to right."""
        moves = [f"\x1b[<35;{column + 1 + offset};{row + 1}M" for offset in range(length)]
        self.server.tmux("send-keys", "-l", "-t", self.id, *moves)

    def screen(self) -> str:
        """The text on the pane right now."""
        return self.server.tmux("capture-pane", "-p", "-t", self.id)

    def title(self) -> str:
        """The pane's title, which an OSC 0 or 2 sequence would change."""
        return self.info("#{pane_title}")

    def info(self, variable: str) -> str:
        """A tmux format variable of the pane, such as #{pane_dead} or #{alternate_on}."""
        return self.server.tmux("display-message", "-p", "-t", self.id, variable).strip()

    def exit_status(self) -> str | None:
        """What the shell recorded when the command ended, or None while it runs."""
        if not self.exit_file.exists():
            return None
        return self.exit_file.read_text().strip() or None

    def wait_for(self, condition: Callable[[str], bool], what: str, timeout: float = 20) -> str:
        """Poll the screen until `condition(screen)` holds; fail with the screen after `timeout`."""
        deadline = time.monotonic() + timeout
        while True:
            shown = self.screen()
            if condition(shown):
                return shown
            status = self.exit_status()
            if status is not None or time.monotonic() > deadline:
                why = f"the command ended ({status})" if status else "timed out"
                raise AssertionError(f"{why} waiting for {what}; the screen shows:\n{shown}")
            time.sleep(0.05)

    def wait_for_text(self, text: str, timeout: float = 20) -> str:
        """Poll until `text` is on the screen (line breaks and runs of spaces folded)."""
        return self.wait_for(lambda shown: flat(text) in flat(shown), repr(text), timeout)

    def wait_for_exit(self, timeout: float = 20) -> str:
        """Wait for the command to end and return what the shell recorded."""
        deadline = time.monotonic() + timeout
        while (status := self.exit_status()) is None:
            if time.monotonic() > deadline:
                shown = self.screen()
                raise AssertionError(f"the command did not exit; the screen shows:\n{shown}")
            time.sleep(0.05)
        return status

    def close(self) -> None:
        """Kill the window (and the command, if it still runs); gone already is fine."""
        with contextlib.suppress(subprocess.CalledProcessError):
            self.server.tmux("kill-pane", "-t", self.id)
