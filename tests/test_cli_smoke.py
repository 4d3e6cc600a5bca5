"""The command line's basic contract: help, version, exit codes."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import SMALL, run_briefing

from briefing import cli


def test_check_a_sound_briefing_exits_0_with_a_summary_line() -> None:
    result = run_briefing("check", SMALL)
    assert result.returncode == 0, result.stderr
    assert result.stderr == b""
    assert b"OK" in result.stdout and b"8 excerpts verified" in result.stdout


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
