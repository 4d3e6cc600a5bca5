"""The app paints at once and shows the briefing when its load (on a thread) is done.

Pilot tests drive the app with a load that waits until the test lets it
finish; a tmux test runs the real command on a bad file.
"""

from __future__ import annotations

import shlex
import shutil
import subprocess
import threading
import time
import uuid
from pathlib import Path

import pytest
from app_snapshots.targets import SMALL, drive, until, words_of
from conftest import BRIEFING_COMMAND, run_briefing
from textual.pilot import Pilot

from briefing.load import load
from briefing.model import Briefing
from briefing.problems import BriefingError, Problem
from briefing.tui.app import BriefingApp, make_app
from briefing.tui.loading import Loading
from briefing.tui.widgets.items import ItemList
from briefing.tui.widgets.sections import SectionList


class HeldLoad:
    """A load that returns (or fails) only when the test releases it."""

    def __init__(self, problem: Problem | None = None) -> None:
        """A load of the small briefing, or one that fails with `problem`."""
        self.release = threading.Event()
        self.problem = problem

    def __call__(self, path: str) -> Briefing:
        """Wait for the test, then load."""
        assert self.release.wait(10), "the test never released the load"
        if self.problem is not None:
            raise BriefingError([self.problem])
        return load(path)


def test_the_frame_is_painted_while_loading_then_the_briefing_shows() -> None:
    held = HeldLoad()
    loading = Loading(str(SMALL), held)

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        header = words_of(app.screen.query_one("#header"))
        assert header == f"Loading {SMALL}…"
        assert app.screen.query_one(ItemList).entries == []
        assert "Key outcomes" not in words_of(app.screen.query_one(SectionList))
        await pilot.press("2", "down")  # keys while loading do no harm
        held.release.set()
        await until(
            pilot, lambda: "Security and Defence" in words_of(app.screen.query_one("#header"))
        )
        assert "Key outcomes 2" in words_of(app.screen.query_one(SectionList))
        assert app.screen.query_one(ItemList).entries
        assert app.loading is None and app.briefing is loading.briefing

    drive(make_app(loading), scenario)


def test_a_briefing_loaded_before_the_app_starts_is_in_its_first_frame() -> None:
    loading = Loading(str(SMALL), load)
    assert loading.wait(10)

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        assert app.loading is None
        assert "Security and Defence" in words_of(app.screen.query_one("#header"))

    drive(make_app(loading), scenario)


def test_a_load_that_fails_ends_the_app_with_exit_code_1() -> None:
    problem = Problem(str(SMALL), 3, 1, "something is wrong")
    held = HeldLoad(problem)
    loading = Loading(str(SMALL), held)
    app = make_app(loading)

    async def scenario(app: BriefingApp, pilot: Pilot[None]) -> None:
        held.release.set()
        await until(pilot, lambda: app.return_code is not None)

    drive(app, scenario)
    assert app.return_code == 1
    assert loading.problems == [problem]


def test_an_unexpected_error_in_the_loader_is_raised_again_in_the_caller() -> None:
    def broken(path: str) -> Briefing:
        """A loader with a bug."""
        raise ZeroDivisionError(path)

    loading = Loading(str(SMALL), broken)
    assert loading.wait(10)
    with pytest.raises(ZeroDivisionError):
        loading.check()


TMUX = shutil.which("tmux")


@pytest.mark.skipif(TMUX is None, reason="tmux is not installed")
def run_in_terminal(tmp_path: Path, command: str) -> tuple[str, str]:
    """Type `command` at a shell in a real terminal (tmux); its exit status and the screen after."""
    status = tmp_path / "status"
    socket = f"briefing-loading-{uuid.uuid4().hex[:8]}"
    tmux = [str(TMUX), "-L", socket, "-f", "/dev/null"]
    subprocess.run(
        [*tmux, "new-session", "-d", "-x", "100", "-y", "30", "env", "PS1=$ ", "sh"], check=True
    )
    try:
        line = f"{command}; echo $? > {shlex.quote(str(status))}"
        subprocess.run([*tmux, "send-keys", line, "Enter"], check=True)
        deadline = time.monotonic() + 20
        while not (status.exists() and status.read_text().strip()):
            assert time.monotonic() < deadline, "the command never ended"
            time.sleep(0.05)
        screen = subprocess.run(
            [*tmux, "capture-pane", "-p", "-J"], capture_output=True, text=True, check=True
        ).stdout
    finally:
        subprocess.run([*tmux, "kill-server"], check=False)
    return status.read_text().strip(), screen


def test_a_bad_file_in_a_terminal_prints_what_check_prints_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema: 1\ntitle: [unclosed\n", encoding="utf-8")
    expected = run_briefing("check", bad).stderr.decode().splitlines()
    assert expected
    briefing = f"{shlex.quote(str(BRIEFING_COMMAND))} {shlex.quote(str(bad))}"
    status, screen = run_in_terminal(tmp_path, briefing)
    assert status == "1"
    for problem in expected:  # on the terminal, once the app (if it started) is gone
        assert problem in screen
    assert "Sections" not in screen  # no app is left on the terminal


def test_with_stderr_redirected_the_brief_is_printed_not_the_app_drawn_into_the_file(
    tmp_path: Path,
) -> None:
    # Textual draws on stderr: redirected, the app would go into the file and
    # leave the terminal blank. The plain brief goes to the terminal instead.
    log = tmp_path / "log"
    briefing = f"{shlex.quote(str(BRIEFING_COMMAND))} {shlex.quote(str(SMALL))}"
    status, screen = run_in_terminal(tmp_path, f"{briefing} 2> {shlex.quote(str(log))}")
    assert status == "0"
    assert log.read_text() == ""
    assert "SOURCES" in screen and "Sections" not in screen
