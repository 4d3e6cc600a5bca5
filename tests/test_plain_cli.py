"""`briefing print` and bare `briefing` off a terminal, through the real command.

Pipes, a closed reader, bad input, a real pseudo-terminal for the width and
colour defaults, and the promise that this path never imports textual.
"""

from __future__ import annotations

import fcntl
import os
import pty
import re
import shlex
import struct
import subprocess
import sys
import termios
from pathlib import Path

import pytest
from conftest import BRIEFING_COMMAND, BUNDLED, SMALL, run_briefing
from rich.cells import cell_len

SGR = re.compile(r"\x1b\[[0-9;]*m")


def _shell(pipeline: str, tmp_path: Path) -> subprocess.CompletedProcess[bytes]:
    """Run a bash pipeline whose exit status is `briefing`'s (pipefail), not a terminal."""
    environment = {**os.environ, "NO_COLOR": "1"}
    return subprocess.run(
        ["bash", "-c", f"set -o pipefail; {pipeline}"],
        cwd=tmp_path,
        env=environment,
        capture_output=True,
        stdin=subprocess.DEVNULL,
        timeout=60,
        check=False,
    )


def _on_terminal(*args: str, columns: int, env: dict[str, str]) -> str:
    """Run `briefing ARGS` with stdout on a pseudo-terminal `columns` wide; what it showed."""
    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 50, columns, 0, 0))
    environment = {key: value for key, value in os.environ.items() if key != "NO_COLOR"}
    environment.pop("COLUMNS", None)
    environment.update({"TERM": "xterm-256color", **env})
    process = subprocess.Popen(
        [str(BRIEFING_COMMAND), *args],
        stdin=subprocess.DEVNULL,
        stdout=follower,
        stderr=subprocess.PIPE,
        env=environment,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # EIO: the other end is closed
            break
        if not chunk:
            break
        chunks.append(chunk)
    os.close(leader)
    assert process.wait(timeout=60) == 0
    assert process.stderr is not None and process.stderr.read() == b""
    return b"".join(chunks).decode().replace("\r\n", "\n")


def test_bare_briefing_off_a_terminal_prints_the_text_brief() -> None:
    printed = run_briefing("print", SMALL)
    bare = run_briefing(SMALL)  # stdin /dev/null, stdout a pipe
    assert bare.returncode == 0 and bare.stderr == b""
    assert bare.stdout == printed.stdout
    assert bare.stdout.startswith(b"India and the EU agree")


def test_bare_briefing_with_a_terminal_on_stdin_only_still_prints(tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    try:
        result = run_briefing(SMALL, stdin=follower)
    finally:
        os.close(follower)
        os.close(leader)
    assert result.returncode == 0
    assert result.stdout == run_briefing("print", SMALL).stdout


def test_bare_briefing_without_a_file_prints_the_bundled_brief() -> None:
    bare = run_briefing()
    assert bare.returncode == 0, bare.stderr
    assert bare.stdout == run_briefing("print", BUNDLED).stdout


def test_default_width_off_a_terminal_is_80_whatever_columns_says() -> None:
    result = run_briefing("print", BUNDLED, env={"COLUMNS": "200"})
    widths = [cell_len(line) for line in result.stdout.decode().splitlines()]
    assert max(widths) == 80


@pytest.mark.parametrize(("columns", "expected"), [(72, 72), (160, 100)])
def test_on_a_terminal_the_width_is_the_terminals_capped_at_100(
    columns: int, expected: int
) -> None:
    shown = SGR.sub("", _on_terminal("print", str(BUNDLED), columns=columns, env={}))
    assert max(cell_len(line) for line in shown.splitlines()) == expected


def test_on_a_terminal_colour_is_on_unless_no_color_or_never() -> None:
    assert "\x1b[1m" in _on_terminal("print", str(SMALL), columns=80, env={})
    assert "\x1b" not in _on_terminal("print", str(SMALL), columns=80, env={"NO_COLOR": "1"})
    assert "\x1b" not in _on_terminal("print", str(SMALL), "--color", "never", columns=80, env={})
    assert "\x1b" not in _on_terminal("print", str(SMALL), columns=80, env={"TERM": "dumb"})


def test_print_into_head_ends_quietly_with_exit_0(tmp_path: Path) -> None:
    command = shlex.quote(str(BRIEFING_COMMAND))
    result = _shell(f"{command} print {shlex.quote(str(BUNDLED))} | head -3", tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert len(result.stdout.splitlines()) == 3


def test_a_reader_that_goes_away_before_the_output_ends_is_no_error(tmp_path: Path) -> None:
    # Far more output than a pipe holds, so the write really meets a closed pipe.
    source = SMALL.parent / "../../seeds/001_1aefc524b059d3af.txt"
    (tmp_path / "article.txt").write_bytes(source.read_bytes())
    outcomes = "".join(
        f"  - id: o{number}\n"
        f"    title: Outcome number {number} of a very long briefing\n"
        "    evidence:\n"
        '      - {source: ani, excerpt: "After India and the European Union signed"}\n'
        for number in range(2000)
    )
    (tmp_path / "long.yaml").write_text(
        "schema: 1\ntitle: Long\ndate: 2026-01-27\nbottom_line: Long.\nsummary: Long.\n"
        "sources:\n  - {id: ani, outlet: ANI, file: article.txt}\n"
        f"outcomes:\n{outcomes}quotes: []\nopen_questions: []\n",
        encoding="utf-8",
    )
    command = shlex.quote(str(BRIEFING_COMMAND))
    for reader in ("head -3", "head -c 10", "true"):
        result = _shell(f"{command} print long.yaml | {reader}", tmp_path)
        assert result.returncode == 0, (reader, result.stderr)
        assert result.stderr == b"", reader


def test_a_stdout_that_cannot_encode_the_brief_gets_replacements_not_a_traceback() -> None:
    result = run_briefing("print", SMALL, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert b"New Delhi ? 27 January 2026" in result.stdout


@pytest.mark.parametrize("command", [["print"], [], ["print", "--format", "json"]])
def test_an_invalid_briefing_reports_what_check_reports_and_prints_nothing(
    tmp_path: Path, command: list[str]
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "schema: 1\ntitle: Bad\ndate: 2026-02-30\nbottom_line: x\nsummary: x\n"
        "sources:\n  - {id: a, outlet: A, file: missing.txt}\n"
        "outcomes: []\nquotes: []\nopen_questions: []\nsurprise: 1\n",
        encoding="utf-8",
    )
    check = run_briefing("check", bad)
    assert check.returncode == 1 and check.stderr
    result = run_briefing(*command, bad)
    assert result.returncode == 1
    assert result.stdout == b""
    assert result.stderr == check.stderr
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args", [["print"], ["print", "--format", "markdown"], ["print", "--format", "json"], []]
)
def test_the_plain_path_never_imports_textual(args: list[str]) -> None:
    result = subprocess.run(
        [sys.executable, "-X", "importtime", str(BRIEFING_COMMAND), *args, str(SMALL)],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        env={**os.environ, "NO_COLOR": "1"},
        timeout=60,
        check=False,
    )
    assert result.returncode == 0
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in result.stderr.decode().splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }
    assert "briefing.plain" in imported  # the measurement saw the renderer load
    assert not {name for name in imported if name.split(".")[0] == "textual"}
