"""The command line's basic contract: help, version, exit codes."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SMALL, run_briefing

from briefing import cli


def test_check_a_sound_briefing_exits_0_with_a_summary_line() -> None:
    result = run_briefing("check", SMALL)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert b"OK" in result.stdout and b"8 citations (7 distinct excerpts) verified" in result.stdout


def test_missing_file_is_a_usage_error() -> None:
    result = run_briefing("check", "no/such/briefing.yaml")
    assert result.returncode == 2
    assert result.stdout == b""
    assert b"no such file" in result.stderr


def test_version_names_briefing_and_textual() -> None:
    result = run_briefing("--version")
    assert result.returncode == 0
    assert result.stdout.startswith(b"briefing ") and b"textual" in result.stdout


def test_schema_is_json_schema_of_the_format() -> None:
    result = run_briefing("schema")
    assert result.returncode == 0
    schema = json.loads(result.stdout)
    top = schema["$defs"]["BriefingFile"]
    assert {"schema", "title", "date", "bottom_line", "summary", "sources"} <= set(top["required"])
    assert top["additionalProperties"] is False


def test_unknown_option_is_a_usage_error() -> None:
    result = run_briefing("check", "--bogus")
    assert result.returncode == 2
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["brief.yaml"],
        ["open"],
        ["open", "brief.yaml"],
        ["print"],
        ["print", "brief.yaml"],
        ["print", ""],
        ["print", "check"],
        ["print", "with space.yaml"],
        ["check"],
        ["check", "brief.yaml"],
        ["schema"],
    ],
)
def test_a_command_line_without_options_reads_as_argparse_reads_it(args: list[str]) -> None:
    """The quick reading of option-less command lines gives exactly argparse's options."""
    line = args if args and args[0] in cli.COMMANDS else ["open", *args]
    quick = cli._plain_options(line)
    assert quick is not None
    assert vars(quick) == vars(cli._parser().parse_args(line))


@pytest.mark.parametrize(
    "args",
    [
        ["print", "--width", "60"],
        ["print", "-"],
        ["print", "a.yaml", "b.yaml"],
        ["check", "--bogus"],
        ["open", "--", "a.yaml"],
        ["schema", "a.yaml"],
        ["-h"],
        ["--version"],
    ],
)
def test_any_option_or_extra_word_goes_to_argparse(args: list[str]) -> None:
    assert cli._plain_options(args) is None


def test_print_without_options_does_not_import_argparse() -> None:
    """The usual `briefing print FILE` skips argparse, gettext and locale (5 ms of start-up)."""
    script = (
        "import sys\nfrom briefing.cli import main\n"
        f"code = main(['print', {str(SMALL)!r}])\n"
        "assert code == 0, code\n"
        "print(sorted({'argparse', 'gettext', 'locale'} & set(sys.modules)), file=sys.stderr)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stderr.splitlines()[-1] == "[]"


def _headings(text: bytes) -> list[str]:
    """The section headings of a text brief (upper-case lines at the margin), BOTTOM LINE aside."""
    lines = text.decode().splitlines()
    return [line for line in lines if re.fullmatch("[A-Z ]+", line) and line != "BOTTOM LINE"]


@pytest.mark.parametrize(
    "args",
    [
        ["--section", "outcomes", "quotes", SMALL],
        [SMALL, "--section", "outcomes", "quotes"],
        ["--section", "outcomes", SMALL, "--section", "quotes"],
        ["--section=outcomes", SMALL, "--section", "quotes"],
        ["--width", "60", "--section", "outcomes", "quotes", SMALL],
    ],
    ids=["file-after-names", "file-first", "file-between", "equals-form", "after-width"],
)
def test_a_file_after_the_section_names_is_the_file(args: list[object]) -> None:
    """`briefing print --section outcomes quotes FILE` prints those sections of FILE."""
    result = run_briefing("print", *map(str, args))
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert _headings(result.stdout) == ["KEY OUTCOMES", "QUOTES"]


def test_a_misspelt_section_name_is_a_usage_error_with_the_likely_name() -> None:
    result = run_briefing("print", "--section", "outcomes", "qutoes", SMALL)
    assert (result.returncode, result.stdout) == (2, b"")
    assert b"no such section: 'qutoes' (did you mean 'quotes'?)" in result.stderr
    assert b"Traceback" not in result.stderr


def test_a_misspelt_section_name_alone_is_not_taken_for_a_file() -> None:
    result = run_briefing("print", "--section", "outcomes", "qutoes")
    assert (result.returncode, result.stdout) == (2, b"")
    assert b"did you mean 'quotes'?" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["--section", "bogus"], ["--section", "outcomes", "bogus"], ["--section", "bogus", SMALL]],
    ids=["alone", "after-a-name", "before-the-file"],
)
def test_a_word_that_is_neither_section_nor_file_names_the_valid_sections(
    args: list[object],
) -> None:
    """`--section bogus` is no section: say so and list the names, not "no such file"."""
    result = run_briefing("print", *map(str, args))
    assert (result.returncode, result.stdout) == (2, b"")
    last = result.stderr.decode().splitlines()[-1]
    assert last.endswith(
        "no such section or file: 'bogus' (sections: summary, outcomes, quotes, questions, "
        "discrepancies, coverage, timeline, sources)"
    )


def test_a_missing_file_after_the_section_names_is_reported_as_missing() -> None:
    result = run_briefing("print", "--section", "outcomes", "bridge.yaml")
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr == b"briefing: bridge.yaml: no such file\n"


@pytest.mark.parametrize(
    "args",
    [
        [SMALL, "--section", "outcomes", SMALL],
        ["--section", "outcomes", SMALL, SMALL],
        ["--section", "outcomes", SMALL, "--width", "60", SMALL],
        ["--section", SMALL],
    ],
    ids=["file-twice", "two-files-after-names", "file-after-width", "no-name"],
)
def test_two_files_or_no_section_name_is_a_usage_error(args: list[object]) -> None:
    result = run_briefing("print", *map(str, args))
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.startswith(b"usage: briefing print")
    assert b"Traceback" not in result.stderr


@pytest.mark.parametrize("command", [["print"], ["check"], ["open"], []])
def test_a_folder_is_a_usage_error_in_every_command(command: list[str], tmp_path: Path) -> None:
    """A folder is not a briefing file: exit 2 and one line saying so, nothing on stdout."""
    folder = tmp_path / "briefings"
    folder.mkdir()
    result = run_briefing(*command, folder)
    assert (result.returncode, result.stdout) == (2, b"")
    assert result.stderr.decode() == f"briefing: {folder}: is a folder, not a briefing file\n"


def test_help_describes_every_command_it_lists() -> None:
    """`open`, the command `briefing FILE` runs, is listed with what it does."""
    result = run_briefing("--help")
    assert result.returncode == 0
    listed: dict[str, str] = {}
    command = ""
    for line in result.stdout.decode().splitlines():
        words = line.split(maxsplit=1)
        if re.match(r"    \S", line) and words[0] in cli.COMMANDS:
            command = words[0]
            listed[command] = words[1] if len(words) > 1 else ""
        elif command and line.startswith(" " * 6):
            listed[command] += " " + line.strip()  # a description wrapped onto more lines
        else:
            command = ""
    assert set(listed) == set(cli.COMMANDS)
    assert all(listed.values()), listed
    assert "briefing FILE" in listed["open"]


def test_open_names_the_command_briefing_file_runs() -> None:
    """`briefing open FILE` is `briefing FILE`: off a terminal, both print the text brief."""
    opened = run_briefing("open", SMALL)
    assert opened.returncode == 0, opened.stderr
    assert opened.stdout == run_briefing(SMALL).stdout == run_briefing("print", SMALL).stdout
