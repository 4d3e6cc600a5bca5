"""The command line's basic contract: help, version, exit codes."""

from __future__ import annotations

import json

from conftest import SMALL, run_briefing


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
