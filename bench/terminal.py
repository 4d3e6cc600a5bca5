"""A real terminal for benchmarks: tmux, driven with send-keys and read with capture-pane.

Times are taken from just before the keystroke that starts a program until
its text is on the tmux screen, so they include everything a user waits for:
interpreter start, imports, loading, the first frame reaching the terminal.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

POLL_SECONDS = 0.002
"""How often the screen is read while waiting; both sides of a pair wait the same way."""


def clean_environment() -> dict[str, str]:
    """The environment a user's terminal has: bytecode caching on, no colour overrides."""
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env.pop("NO_COLOR", None)
    env["TERM"] = "xterm-256color"
    return env


@dataclass
class Terminal:
    """One tmux server with one window, at a fixed size."""

    socket: str
    width: int
    height: int

    def tmux(self, *args: str, check: bool = True) -> str:
        """Run a tmux command against this server and return its output."""
        result = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            check=check,
            env=clean_environment(),
        )
        return result.stdout

    def screen(self) -> str:
        """What the terminal shows now, lines that wrapped joined again."""
        return self.tmux("capture-pane", "-p", "-J", "-t", "bench")

    def wait_for_text(self, text: str, timeout: float = 30.0) -> float:
        """Wait until `text` is on screen; return the monotonic time it was first seen."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.screen():
                return time.monotonic()
            time.sleep(POLL_SECONDS)
        raise TimeoutError(f"{text!r} never appeared on screen:\n{self.screen()}")

    def start(self, command: str, *texts: str) -> tuple[list[float], str]:
        """Type `command` at the shell and time until each of `texts` shows, in turn.

        Returns:
            The seconds from the keystroke to each text, and the name of the
            tmux channel that is signalled when the command exits.
        """
        channel = f"done-{uuid.uuid4().hex[:8]}"
        self.tmux("send-keys", "-t", "bench", f"clear; {command}; tmux wait-for -S {channel}")
        self.wait_for_text(channel, timeout=5)  # the shell has echoed the whole command line
        started = time.monotonic()
        self.tmux("send-keys", "-t", "bench", "Enter")
        return [self.wait_for_text(text) - started for text in texts], channel

    def press(self, *keys: str) -> None:
        """Send keys (tmux key names) to the program in the window."""
        self.tmux("send-keys", "-t", "bench", *keys)

    def quit(self, channel: str, key: str = "q") -> float:
        """Press `key` and time until the program has exited."""
        started = time.monotonic()
        self.tmux("send-keys", "-t", "bench", key)
        subprocess.run(
            ["tmux", "-L", self.socket, "wait-for", channel],
            check=True,
            timeout=30,
            env=clean_environment(),
        )
        return time.monotonic() - started


@contextmanager
def terminal(width: int = 120, height: int = 40, cwd: Path | None = None) -> Iterator[Terminal]:
    """A fresh tmux server running a plain shell; killed on exit."""
    if shutil.which("tmux") is None:
        raise SystemExit("bench: tmux is needed (apt-get install tmux)")
    term = Terminal(f"bench-{uuid.uuid4().hex[:8]}", width, height)
    shell = "env PS1='$ ' sh"
    term.tmux(
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        "bench",
        "-x",
        str(width),
        "-y",
        str(height),
        "-c",
        str(cwd or Path.cwd()),
        shell,
    )
    try:
        term.wait_for_text("$", timeout=10)
        yield term
    finally:
        term.tmux("kill-server", check=False)
