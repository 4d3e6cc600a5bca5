"""Every hostile case through the real `briefing print` (text, Markdown, JSON) and `briefing FILE`.

`briefing FILE` with stdin and stdout not terminals prints the text brief: the
same answer as `briefing print FILE`. Whatever the file holds, each command
exits as the README documents, reports problems on stderr as
PATH:LINE:COL: message with nothing on stdout, never shows a traceback, and
never writes an escape, C1 or bidi control character. Markup-like text comes
out as written: literally in the text brief and the JSON, and escaped in the
Markdown so that a Markdown renderer (markdown-it-py) shows it as written.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
from conftest import run_briefing
from hostile.cases import (
    CASES,
    UNSAFE,
    Case,
    assert_answer,
    assert_terminal_safe,
    briefing_text,
    write_briefing,
)
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt

from briefing.load import load
from briefing.plain import render
from briefing.problems import BriefingError

MODES: dict[str, tuple[str, ...]] = {
    "text": ("print",),
    "markdown": ("print", "--format", "markdown"),
    "json": ("print", "--format", "json"),
    "open": (),
}
"""Each way to get the plain brief; "open" is `briefing FILE` away from a terminal."""

LOADABLE = [case for case in CASES if case.exit_code == 0]
SHOWN = [case for case in LOADABLE if case.kind in ("escapes", "markup")]
"""Loadable cases whose hostile text reaches the output."""

SGR = re.compile(r"\x1b\[[0-9;]*m")
"""Select Graphic Rendition: the only sequence the coloured text brief may write itself."""


def flat(text: str) -> str:
    """Text with line breaks and runs of spaces folded into one space (wrapping undone)."""
    return " ".join(text.split())


Answer = Callable[[Case, str], tuple[Path, subprocess.CompletedProcess[bytes]]]
"""The file a case built and what the command answered in a mode."""


@pytest.fixture(scope="module")
def answer(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Answer:
    """Each case built once (with a cache of its own) and run once per mode, in parallel.

    The commands the selected tests need run up front on every CPU, the
    slowest case first: the text brief of a case (which fills its cache),
    then its other modes.
    Each keeps its own hang guard; a timeout is raised in the test that asks.
    """
    inputs: dict[str, tuple[Path, dict[str, str]]] = {}
    answers: dict[tuple[str, str], subprocess.CompletedProcess[bytes] | Exception] = {}

    def built(case: Case) -> tuple[Path, dict[str, str]]:
        if case.name not in inputs:
            folder = tmp_path_factory.mktemp(case.name)
            (folder / "input").mkdir()
            file = case.build(folder / "input")
            inputs[case.name] = (file, {"BRIEFING_CACHE_DIR": str(folder / "cache")})
        return inputs[case.name]

    def run(case: Case, mode: str) -> None:
        file, env = built(case)
        try:
            answers[case.name, mode] = run_briefing(
                *MODES[mode], file, env=env, timeout=case.timeout
            )
        except subprocess.TimeoutExpired as error:
            answers[case.name, mode] = error

    wanted: set[tuple[Case, str]] = set()
    for item in request.session.items:
        params = getattr(item, "callspec", None)
        if item.module is request.module and params and "case" in params.params:
            wanted |= {(params.params["case"], "text"), (params.params["case"], "markdown")}
            wanted.add((params.params["case"], params.params.get("mode", "text")))
    for case, _ in wanted:
        built(case)
    with ThreadPoolExecutor(os.cpu_count() or 2) as pool:

        def text_then_the_rest(case: Case) -> list[Future[None]]:
            if (case, "text") in wanted:
                run(case, "text")
            modes = [mode for other, mode in wanted if other is case and mode != "text"]
            return [pool.submit(run, case, mode) for mode in modes]

        slowest_first = sorted({case for case, _ in wanted}, key=lambda case: -case.timeout)
        chains = [pool.submit(text_then_the_rest, case) for case in slowest_first]
        for chain in chains:
            for job in chain.result():
                job.result()

    def get(case: Case, mode: str) -> tuple[Path, subprocess.CompletedProcess[bytes]]:
        if (case.name, mode) not in answers:
            run(case, mode)
        result = answers[case.name, mode]
        if isinstance(result, Exception):
            raise result
        return built(case)[0], result

    return get


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_print_answers_hostile_input_cleanly(case: Case, mode: str, answer: Answer) -> None:
    """The documented exit code, clean streams, and a safe, literal brief when it loads."""
    file, result = answer(case, mode)
    assert_answer(case, file, result)
    if case.exit_code != 0:
        return
    if mode == "open":  # `briefing FILE | less` gets exactly what `briefing print FILE` gives
        assert result.stdout == answer(case, "text")[1].stdout
    if case.kind not in ("escapes", "markup"):
        return
    output = result.stdout.decode()
    if mode == "json":
        shown = list(strings_in(json.loads(output)))
        for text in shown:
            assert UNSAFE.search(text) is None, f"JSON holds an unsafe character: {text!r}"
        for literal in case.literal:
            assert any(literal in text for text in shown), literal
        visible = "\n".join(shown)
    elif mode == "markdown":
        visible = markdown_visible_text(output)
        for literal in case.literal:
            assert flat(literal) in flat(visible), f"{literal!r} not shown as written"
    else:
        visible = output
        for literal in case.literal:
            assert flat(literal) in flat(output), literal
    # The plain brief does not quote an outcome's excerpts (the JSON does), so
    # the escapes of escapes-raw-in-article show only in the JSON.
    if case.kind == "escapes" and (mode == "json" or case.name != "escapes-raw-in-article"):
        assert "\ufffd" in visible, "an escape must show as a visible replacement character"


@pytest.mark.parametrize("case", SHOWN, ids=lambda case: case.name)
def test_coloured_text_brief_writes_only_its_own_colours(
    case: Case, answer: Answer, tmp_path: Path
) -> None:
    """With --color always, the only escapes are the brief's own SGR colours."""
    file, _ = answer(case, "text")
    env = {"BRIEFING_CACHE_DIR": str(tmp_path / "cache")}
    result = run_briefing("print", "--color", "always", file, env=env, timeout=case.timeout)
    assert (result.returncode, result.stderr) == (0, b"")
    coloured = result.stdout.decode()
    assert SGR.search(coloured), "--color always wrote no colour: the test would prove nothing"
    plain = SGR.sub("", coloured)
    assert_terminal_safe(plain.encode())
    for literal in case.literal:
        assert flat(literal) in flat(plain), literal


def test_markdown_check_sees_markup_that_is_not_escaped() -> None:
    """The Markdown check can fail: unescaped brackets and tags do not show as written."""
    visible = markdown_visible_text("[x](https://example.com) *a* <b>c</b> \\[sic\\]\n")
    assert "[x](https://example.com)" not in visible and "*a*" not in visible
    assert "<b>" in visible and "[sic]" in visible  # raw HTML is reported back as visible


@pytest.mark.parametrize("case", SHOWN, ids=lambda case: case.name)
def test_no_markdown_link_html_or_code_comes_from_briefing_text(case: Case, answer: Answer) -> None:
    """The Markdown of hostile text parses to text, emphasis, lists, quotes and tables only."""
    _, result = answer(case, "markdown")
    types = {token.type for token in walk(MARKDOWN.parse(result.stdout.decode()))}
    assert not types & {"link_open", "image", "html_inline", "html_block", "code_inline"}, types
    assert not types & {"fence", "code_block", "s_open"}, types


# --- Markdown, as a renderer shows it ---------------------------------------------

MARKDOWN = MarkdownIt("commonmark").enable(["table", "strikethrough"])
"""CommonMark plus the GitHub tables and strikethrough most readers render."""


def walk(tokens: list[Any]) -> Iterator[Any]:
    """Every token, inline children included."""
    for token in tokens:
        yield token
        yield from walk(token.children or [])


def markdown_visible_text(markdown: str) -> str:
    """The text a Markdown renderer shows for `markdown`: what a reader would see.

    Raw HTML is kept as written (it is what a reader would see if the renderer
    escapes it, and it fails the literal checks if the renderer obeys it).
    """
    shown = []
    for token in walk(MARKDOWN.parse(markdown)):
        if token.type in ("text", "code_inline", "html_inline", "html_block", "fence"):
            shown.append(token.content)
        elif token.type in ("softbreak", "hardbreak", "paragraph_close", "heading_close"):
            shown.append("\n")
    return "".join(shown)


def strings_in(value: Any) -> Iterator[str]:
    """Every string (keys too) in decoded JSON."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings_in(item)


# --- property: mutated files, rendered in process -----------------------------------

EXAMPLES = int(os.environ.get("BRIEFING_PROPERTY_EXAMPLES", "40"))
"""Examples per property: few by default, for a fast suite; raise it to search harder."""

HOSTILE_PIECES = st.sampled_from(
    [
        "\x1b]52;c;cHduZWQ=\x07", "\x1b]0;pwned\x07", "\x1b[2J", "\x1b[31m", "\x9b31m", "\x1b",
        "\x07", "\x08", "\x7f", "\x85", "\x9d0;t\x9c", "\u202e", "\u202a", "\u2066", "\u2069",
        "\u2028", "\t", "\r", "\n", "\n\n", "[/]", "[bold red]x[/bold red]",
        "[@click=app.quit]x[/]", "[link=https://e.com]x[/link]", ":heart:", "[sic]", "*", "_",
        "`", "<b>", "&amp;", "\\", "#", "1.", "- ", "> ", "|", "~~", "é", "e\u0301", "中文",
        "\U0001f600", "\ufeff", "\u200b", " ", "  ",
    ]
)  # fmt: skip
HOSTILE_TEXT = st.lists(HOSTILE_PIECES | st.text(max_size=8), min_size=1, max_size=8).map("".join)
FIELDS = ("title", "bottom_line", "summary", "outlet", "outcome")


def _double_quoted(text: str) -> str:
    """`text` as a YAML double-quoted scalar: characters YAML forbids raw are escaped."""
    escaped = []
    for char in text:
        code = ord(char)
        if char in '"\\':
            escaped.append("\\" + char)
        elif code < 0x20 or 0x7F <= code <= 0x9F:
            escaped.append(f"\\x{code:02x}")
        elif char in "\u2028\u2029\ufeff":
            escaped.append(f"\\u{code:04x}")
        else:
            escaped.append(char)
    return '"' + "".join(escaped) + '"'


@st.composite
def hostile_files(draw: st.DrawFn) -> bytes:
    """A small valid briefing with hostile text in some fields, then maybe a few bytes mutated."""
    fields = draw(st.dictionaries(st.sampled_from(FIELDS), HOSTILE_TEXT, min_size=1))
    text = briefing_text(**{name: _double_quoted(value) for name, value in fields.items()})
    data = text.encode()
    for offset, piece in draw(
        st.lists(st.tuples(st.integers(0, len(data)), st.binary(max_size=3)), max_size=2)
    ):
        data = data[:offset] + piece + data[offset + len(piece) :]
    return data


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=hostile_files())
def test_any_mutated_file_that_loads_renders_safely(tmp_path: Path, data: bytes) -> None:
    """Whatever loads renders in every format and width with no unsafe character."""
    path = write_briefing(tmp_path, data)
    try:
        briefing = load(path)
    except BriefingError:
        return  # a clean refusal: the loader's own tests check how it reads
    for format in ("text", "markdown", "json"):
        for width in (20, 80):
            output = render(briefing, format=format, width=width, color="never")
            assert_terminal_safe(output.encode())
    coloured = render(briefing, format="text", width=60, color="always")
    assert_terminal_safe(SGR.sub("", coloured).encode())


def test_the_property_reaches_the_renderers(tmp_path: Path) -> None:
    """Hostile text in every field still loads, so the property renders something."""
    value = _double_quoted("\x1b]0;pwned\x07 \u202e [@click=app.quit]x[/] \x9b")
    text = briefing_text(**{name: value for name in FIELDS})
    briefing = load(write_briefing(tmp_path, text))
    assert "[@click=app.quit]x[/]" in render(briefing, format="text", width=1000)
