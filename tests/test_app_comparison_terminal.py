"""The comparison view end to end in a real terminal (tmux), on the five seed articles."""

from __future__ import annotations

import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import BRIEFING_COMMAND
from rich.cells import cell_len
from test_app_terminal import TMUX, Terminal, exit_status, flat

SEEDS = Path(__file__).resolve().parent / "data" / "analysis" / "seeds.yaml"

pytestmark = pytest.mark.skipif(not TMUX.exists(), reason="tmux is not installed")


def start_briefing(terminal: Terminal, briefing: Path, exit_file: Path) -> None:
    """Type the real command at the shell, recording its exit status in `exit_file`.

    COLUMNS and LINES are unset for it: the test run exports COLUMNS=80 and
    LINES=24, which Textual would take over the size of the pane.
    """
    command = f"{shlex.quote(str(BRIEFING_COMMAND))} {shlex.quote(str(briefing))}"
    terminal.send(
        f"env -u COLUMNS -u LINES {command}; echo EXIT=$? > {shlex.quote(str(exit_file))}",
        "Enter",
    )


@pytest.fixture
def wide_terminal() -> Iterator[Terminal]:
    """A 120x40 terminal, killed after the test."""
    term = Terminal(120, 40)
    try:
        yield term
    finally:
        term.close()


def test_compare_outlets_read_a_pair_side_by_side_and_quit(
    wide_terminal: Terminal, tmp_path: Path
) -> None:
    terminal = wide_terminal
    exit_file = tmp_path / "exit"
    start_briefing(terminal, SEEDS, exit_file)
    terminal.wait_for_text("5 outlets · 3 independent accounts")

    terminal.send("c")
    shown = flat(terminal.wait_for_text("ANI copy: [2] ANI, [3] Asianet Newsable, [4] ANI"))
    expected = [
        "Who reported what",
        "Copied text",
        "[1] Unnamed",
        "[2] ANI",
        "[3] Asianet Newsable",
    ]
    expected += ["ANI copy, 3 outlets", "own account", "found elsewhere"]
    for text in expected:
        assert text in shown
    assert "own accounts: [1] Unnamed, [5] UNI" in shown

    terminal.send("Tab", "j", "l")
    terminal.wait_for_text("of [2] ANI is found in [3] Asianet Newsable")
    terminal.send("Enter")
    terminal.wait_for_text("[2] ANI ⇄ [3] Asianet Newsable")
    terminal.send("n")
    terminal.wait_for_text("passage 1 of")
    terminal.send("Escape")
    terminal.wait_for_text("Who reported what")
    terminal.send("Escape")
    terminal.wait_for(lambda screen: "Who reported what" not in screen, "the reader")
    terminal.wait_for_text("Key outcomes")
    terminal.send("q")
    assert exit_status(exit_file) == "EXIT=0"


@pytest.mark.parametrize(
    ("outlet", "size", "cut"),
    [
        ("Süddeutsche-Zeitung-Onlineausgabe", (60, 20), "[2] Süddeutsche-Zeitung…"),
        ("日本経済新聞社の非常に長い名前の新聞社", (40, 12), "[2] 日本経済新聞社…"),
    ],
)
def test_a_long_outlet_name_is_cut_in_the_header_in_a_real_terminal(
    tmp_path: Path, outlet: str, size: tuple[int, int], cut: str
) -> None:
    """The header showed "[2]…" for these names; CJK takes two cells a character."""
    from test_app_comparison_naming import renamed_briefing

    terminal = Terminal(*size)
    try:
        exit_file = tmp_path / "exit"
        start_briefing(terminal, renamed_briefing(tmp_path, outlet), exit_file)
        terminal.wait_for_text("Key outcomes")
        terminal.send("c")
        terminal.wait_for_text("Who reported what")
        terminal.send("l")  # onto [2]'s column
        shown = terminal.wait_for_text(cut)
        header = next(line for line in shown.splitlines() if "[2]" in line)
        assert header.endswith("│") and cell_len(header) == size[0]  # the border stays put
        terminal.send("Escape")
        terminal.wait_for(lambda screen: "Who reported what" not in screen, "the reader")
        terminal.send("q")
        assert exit_status(exit_file) == "EXIT=0"
    finally:
        terminal.close()
