"""The hostile-input suite: files and situations a briefing reader must survive.

A briefing is often someone else's file. Each `Case` below builds one hostile
input in a scratch folder and says what `briefing` must do with it: load it
(exit 0, with every text made terminal-safe) or refuse it with clear problems
(exit 1, each `PATH:LINE:COL: message` on stderr), or a usage error (exit 2).

`CASES` is shared: test_hostile_check.py runs every case through the real
`briefing check`, test_hostile_print.py through `briefing print` and
`briefing FILE`, test_hostile_app.py (the cases that load) through the app in
tmux. Each builds the input with `case.build(folder)` and checks a command's
answer with `assert_answer`, its output with `assert_terminal_safe` and
`case.literal`.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
FILES = Path(__file__).resolve().parent / "files"
ANI = "001_1aefc524b059d3af.txt"
UNI = "004_eb55e478941be5c6.txt"

UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
"""What must never reach a terminal: C0 controls but tab and newline, DEL, C1,
bidirectional embeddings, overrides and isolates. Written out here on purpose,
not imported from briefing.safe_text: the suite checks the code, not itself."""

PROBLEM_LINE = re.compile(
    r"^(?P<path>.+?):(?P<line>[1-9]\d*):(?P<column>[1-9]\d*): (?P<message>\S.*)$"
)
"""One problem as `briefing` reports it."""


@dataclass(frozen=True)
class Case:
    """One hostile input and what `briefing` must do with it."""

    name: str
    kind: str
    """The class of input: escapes, markup, yaml, paths, size, structure."""
    build: Callable[[Path], Path]
    """Writes the input under the given folder and returns the FILE to pass."""
    exit_code: int
    """What `briefing check` exits with: 0 loads, 1 problems, 2 usage error."""
    problem: str | None = None
    """A regex that one problem's message must match (exit 1), or stderr (exit 2)."""
    position: tuple[int, int] | None = None
    """The line and column that problem points at."""
    literal: tuple[str, ...] = ()
    """Texts that must survive loading exactly as written (markup-like text)."""
    timeout: float = 60
    """A hang guard for the command, in seconds; not a speed assertion."""


def assert_terminal_safe(data: bytes) -> None:
    """Output is UTF-8 with no escape, C1 or bidi control character in it."""
    text = data.decode("utf-8")  # a raw 8-bit C1 byte is not UTF-8
    found = UNSAFE.search(text)
    assert found is None, f"unsafe character U+{ord(found.group()):04X} in output: {text!r}"


def problems_in(stderr: bytes) -> list[re.Match[str]]:
    """Every line of stderr parsed as a problem; fails on a line that is not one."""
    lines = stderr.decode("utf-8").splitlines()
    assert lines, "no problem reported"
    parsed = [PROBLEM_LINE.match(line) for line in lines]
    bad = [line for line, match in zip(lines, parsed, strict=True) if match is None]
    assert not bad, f"not PATH:LINE:COL: message: {bad}"
    return [match for match in parsed if match is not None]


def assert_answer(case: Case, file: Path, result: subprocess.CompletedProcess[bytes]) -> None:
    """A command's answer to `case`: the documented exit code and clean, safe streams.

    Exit 0: nothing on stderr and something on stdout. Exit 1: nothing on
    stdout, every stderr line a problem in `file`, one matching the case's
    message at its position. Exit 2: nothing on stdout, the case's message on
    stderr. Never a traceback; never an unsafe character on either stream.
    """
    stderr = result.stderr.decode("utf-8", errors="replace")
    assert b"Traceback" not in result.stderr, stderr[-2000:]
    assert result.returncode == case.exit_code, stderr[:2000]
    assert_terminal_safe(result.stdout)
    assert_terminal_safe(result.stderr)
    if case.exit_code == 0:
        assert result.stderr == b""
        assert result.stdout.strip()
        return
    assert result.stdout == b"", "nothing may be half-written on stdout"
    assert case.problem is not None
    if case.exit_code == 2:
        assert re.search(case.problem, stderr), stderr
        return
    problems = problems_in(result.stderr)
    assert {problem["path"] for problem in problems} == {str(file)}
    matching = [p for p in problems if re.search(case.problem, p["message"])]
    assert matching, f"no problem matches {case.problem!r}: {stderr}"
    if case.position:
        assert (int(matching[0]["line"]), int(matching[0]["column"])) == case.position


def text_fields(value: Any) -> Iterator[str]:
    """Every string held anywhere in a loaded model (NamedTuples, tuples)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from text_fields(item)


# --- building inputs -------------------------------------------------------

HEAD = """\
schema: 1
title: {title}
date: 2026-01-27
bottom_line: {bottom_line}
summary: {summary}
sources:
  - id: ani
    outlet: {outlet}
    file: seeds/{ani}
  - id: uni
    outlet: UNI
    file: {uni_file}
"""
"""The top of a small briefing over two seeds; each case fills in what it attacks."""

OUTCOME = """\
outcomes:
  - id: signed
    title: {outcome}
    evidence:
      - source: {source}
        excerpt: {excerpt}
quotes: []
open_questions: []
"""


def briefing_text(
    *,
    title: str = "A test briefing",
    bottom_line: str = "Something happened.",
    summary: str = "It did.",
    outlet: str = "ANI",
    uni_file: str = f"seeds/{UNI}",
    outcome: str = "Signed",
    source: str = "ani",
    excerpt: str = "signed the security and defence partnership",
    rest: str = "",
) -> str:
    """A small briefing in YAML, with any field replaced by hostile text (already YAML)."""
    head = HEAD.format(
        title=title,
        bottom_line=bottom_line,
        summary=summary,
        outlet=outlet,
        ani=ANI,
        uni_file=uni_file,
    )
    return head + OUTCOME.format(outcome=outcome, source=source, excerpt=excerpt) + rest


def write_briefing(folder: Path, text: str | bytes, name: str = "briefing.yaml") -> Path:
    """Write a briefing and copy the seeds it cites beside it."""
    seeds = folder / "seeds"
    if not seeds.exists():
        seeds.mkdir(parents=True)
        for article in (ANI, UNI):
            shutil.copyfile(SEEDS / article, seeds / article)
    path = folder / name
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def _text(text: str, name: str = "briefing.yaml") -> Callable[[Path], Path]:
    return lambda folder: write_briefing(folder, text, name)


def _with_article(article: bytes, **fields: str) -> Callable[[Path], Path]:
    """A briefing whose second source is `article` (as bytes)."""

    def build(folder: Path) -> Path:
        path = write_briefing(folder, briefing_text(uni_file="article.txt", **fields))
        (folder / "article.txt").write_bytes(article)
        return path

    return build


def _static(name: str) -> Callable[[Path], Path]:
    """A file kept in tests/hostile/files (used in place: it cites ../../../seeds)."""
    return lambda _folder: FILES / name


# --- escapes and bidi -------------------------------------------------------

OSC52 = r"\e]52;c;cHduZWQ=\a"
"""A clipboard write (OSC 52), as a YAML escape."""
TITLE = r"\e]0;pwned\a"
"""A window title change (OSC 0)."""
CLEAR = r"\e[2J\e[H"
CSI8 = r"\x9b31m"
"""8-bit CSI (C1), the one-byte form of ESC [."""
ESCAPES = OSC52 + TITLE + CLEAR + CSI8
OSC52_ST = r"\e]52;c;cHduZWQ=\e\\"
"""A clipboard write ended by ST (ESC \\) rather than BEL, which Rich strips from text."""
TITLE_ST = r"\e]2;pwned\e\\"
"""A window title change (OSC 2) ended by ST."""
BIDI = "\u202eevil\u202c \u2066isolated\u2069 \u202dforced\u202c"

ARTICLE_WITH_ESCAPES = (
    "New Delhi, Jan 27. \x1b]0;pwned\x07The partnership was \x1b[31msigned\x1b[0m today.\n"
    "A clipboard write \x1b]52;c;cHduZWQ=\x07 and an 8-bit CSI \u009b2J hide here.\n"
    "Reversed: \u202eevil\u202c and isolated \u2066text\u2069.\n"
).encode()

MARKUP = (
    "[/]",
    "[bold red]x[/bold red]",
    "[@click=app.quit]x[/]",
    "[link=https://example.com]x[/link]",
    ":heart:",
    "[sic]",
    "[the ministry]",
)

MARKDOWN_LIKE = (
    "*not emphasis*",
    "_nor this_",
    "[a link](https://evil.example)",
    "![an image](https://evil.example/x.png)",
    "<b>tag</b>",
    "<https://evil.example>",
    "`code`",
    "&amp; &lt;",
    "~~struck~~",
    "a | b",
)
"""Text that a Markdown renderer would turn into something else, unless escaped."""
MARKDOWN_BLOCKS = ("# Not a heading", "1. Not a list", "- Nor this", "> Nor a quote")
"""Paragraphs that would start a Markdown block."""


def _quoted(text: str) -> str:
    """`text` as a YAML single-quoted scalar (no escapes: brackets stay literal)."""
    return "'" + text.replace("'", "''") + "'"


ARTICLE_MARKUP = (
    "[@click=app.quit]x[/] is [sic] final",
    "[bold red]binding[/bold red]",
    "[b]Minister[/b]",
    "[link=https://example.com]deal[/link]",
)
"""Markup-like text raw in an article, quoted (section 3) and cited from it."""

ARTICLE_WITH_MARKUP = (
    b'Brussels, Jan 27. The minister said "[@click=app.quit]x[/] is [sic] final" on Tuesday.\n'
    b"Officials called it [bold red]binding[/bold red] and :heart: the "
    b"[link=https://example.com]deal[/link].\n"
)


def _markup_article_and_quote(folder: Path) -> Path:
    """A quote and an excerpt whose words, in the article, look like markup."""
    text = briefing_text(
        uni_file="article.txt", source="uni", excerpt=_quoted(ARTICLE_MARKUP[1])
    ).replace(
        "quotes: []\n",
        "quotes:\n  - id: minister\n    speaker: " + _quoted(ARTICLE_MARKUP[2]) + "\n"
        "    text: " + _quoted(ARTICLE_MARKUP[0]) + "\n    sources: [uni]\n"
        "    context: " + _quoted("Said of " + ARTICLE_MARKUP[3]) + "\n",
    )
    text += (  # the plain brief quotes the excerpts of a discrepancy's accounts
        "discrepancies:\n  - id: binding\n    topic: Binding?\n    accounts:\n"
        "      - {source: uni, excerpt: " + _quoted(ARTICLE_MARKUP[1]) + ", reading: Binding.}\n"
        "      - {source: ani, excerpt: 'signed the security and defence partnership'}\n"
    )
    path = write_briefing(folder, text)
    (folder / "article.txt").write_bytes(ARTICLE_WITH_MARKUP)
    return path


# --- YAML attacks ------------------------------------------------------------


def _deep(opening: str, count: int) -> Callable[[Path], Path]:
    return _text("schema: 1\ntitle: " + opening * count + "\n")


def _deep_block(levels: int) -> Callable[[Path], Path]:
    lines = ["schema: 1"] + [" " * level + f"k{level}:" for level in range(levels)]
    return _text("\n".join(lines) + " x\n")


BILLION_LAUGHS = "schema: 1\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n" + "".join(
    f"{name}: &{name} [{', '.join(['*' + previous] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)


def _bom_crlf(folder: Path) -> Path:
    text = briefing_text(summary="|-\n  First paragraph.\n\n  Second paragraph.")
    return write_briefing(folder, b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode())


# --- paths -------------------------------------------------------------------


def _fifo_briefing(folder: Path) -> Path:
    os.mkfifo(folder / "briefing.yaml")
    return folder / "briefing.yaml"


def _fifo_source(folder: Path) -> Path:
    os.mkfifo(folder / "article.txt")
    return write_briefing(folder, briefing_text(uni_file="article.txt"))


def _loop_briefing(folder: Path) -> Path:
    (folder / "briefing.yaml").symlink_to("briefing.yaml")
    return folder / "briefing.yaml"


def _loop_source(folder: Path) -> Path:
    (folder / "article.txt").symlink_to("article.txt")
    return write_briefing(folder, briefing_text(uni_file="article.txt"))


def _source_symlink_to_device(folder: Path) -> Path:
    (folder / "article.txt").symlink_to("/dev/zero")
    return write_briefing(folder, briefing_text(uni_file="article.txt"))


def _oversized_source(folder: Path) -> Path:
    from briefing.files import MAX_SOURCE_BYTES

    with (folder / "article.txt").open("wb") as article:
        article.truncate(MAX_SOURCE_BYTES + 1)  # sparse: costs no disk
    return write_briefing(folder, briefing_text(uni_file="article.txt"))


def _folder(folder: Path) -> Path:
    (folder / "briefing.yaml").mkdir()
    return folder / "briefing.yaml"


def _missing(folder: Path) -> Path:
    return folder / "no-such-briefing.yaml"


# --- size --------------------------------------------------------------------


def _fifty_megabytes(folder: Path) -> Path:
    line = b"# " + b"x" * 97 + b"\n"
    return write_briefing(folder, briefing_text().encode() + line * (50 * 1024 * 1024 // 100))


ITEMS = 50_000


def _excerpts_inside_numbers(folder: Path) -> Path:
    """An 8 MB source of `1.1,1.1,...` cited 300 times as `1`: every find is inside a number.

    Each search falls back to a slow scan of the whole source; the search
    budget must stop them in seconds, not minutes (two before it was charged)."""
    (folder / "numbers.txt").write_text("1.1," * 2_000_000, encoding="utf-8")
    evidence = "".join("      - {source: uni, excerpt: '1'}\n" for _ in range(300))
    text = briefing_text(uni_file="numbers.txt").replace(
        "outcomes:\n", f"outcomes:\n  - id: o-numbers\n    title: O\n    evidence:\n{evidence}", 1
    )
    return write_briefing(folder, text)


def _many_items(folder: Path) -> Path:
    item = (
        "  - id: o{0}\n    title: Outcome {0}\n    evidence:\n      - source: ani\n"
        "        excerpt: signed the security and defence partnership\n"
    )
    outcomes = "outcomes:\n" + "".join(item.format(number) for number in range(ITEMS))
    head = HEAD.format(
        title="Many",
        bottom_line="B.",
        summary="S.",
        outlet="ANI",
        ani=ANI,
        uni_file=f"seeds/{UNI}",
    )
    return write_briefing(folder, head + outcomes + "quotes: []\nopen_questions: []\n")


# --- the cases ---------------------------------------------------------------

CASES: tuple[Case, ...] = (
    # Escape sequences and bidi controls: loaded, and made safe.
    Case(
        "escapes-in-yaml-strings",
        "escapes",
        _text(
            briefing_text(
                title=f'"{OSC52} title"',
                bottom_line=f'"{TITLE} bottom line"',
                summary=f'"{CLEAR} summary {CSI8}"',
                outlet=f'"ANI {ESCAPES}"',
                outcome=f'"Signed {ESCAPES}"',
                rest=f'timeline:\n  - date: 2026-01-26\n    event: "{ESCAPES}"\n',
            )
        ),
        0,
    ),
    Case(
        "escapes-raw-in-article",
        "escapes",
        _with_article(
            ARTICLE_WITH_ESCAPES, source="uni", excerpt=r'"partnership was \e[31msigned"'
        ),
        0,
    ),
    Case(
        "escape-byte-raw-in-yaml",
        "escapes",
        _text("schema: 1\ntitle: \x1b]0;pwned\x07\n"),
        1,
        r"^character U\+001B is not allowed in a YAML file$",
        (2, 8),
    ),
    Case(
        "c1-raw-in-yaml",
        "escapes",
        _text("schema: 1\ntitle: a \u009b2J b\n"),
        1,
        r"^character U\+009B is not allowed in a YAML file$",
        (2, 10),
    ),
    Case(
        "c1-byte-not-utf8-in-yaml",
        "escapes",
        lambda folder: write_briefing(folder, b"schema: 1\ntitle: a \x9b2J b\n"),
        1,
        r"^not UTF-8 text \(byte 0x9b at line 2, column 10\)$",
        (2, 10),
    ),
    Case(
        "escapes-in-unknown-key",
        "escapes",
        _text(briefing_text(rest=f'"{TITLE}{CLEAR}": 1\n')),
        1,
        r"^unknown key '\ufffd\]0;pwned\ufffd\ufffd\[2J\ufffd\[H' in the briefing",
        (21, 1),
    ),
    Case(
        "escapes-in-missing-excerpt",
        "escapes",
        _with_article(
            ARTICLE_WITH_ESCAPES, source="uni", excerpt=f'"The partnership was {OSC52}{CSI8}"'
        ),
        1,
        r"^excerpt not found in source 'uni' .*\ufffd\]52;c;cHduZWQ=\ufffd\ufffd31m",
        (18, 18),
    ),
    Case(
        "escapes-in-closest-passage",
        "escapes",
        _with_article(
            ARTICLE_WITH_ESCAPES,
            rest="discrepancies:\n  - id: d\n    topic: T\n    accounts:\n"
            "      - {source: uni, excerpt: 'A clipboard write and an 8-bit CSI'}\n"
            "      - {source: uni, excerpt: 'and an 8-bit CSI'}\n",
        ),
        1,
        r'closest passage: "…?A clipboard write \ufffd\]52;c;cHduZWQ=\ufffd',
        (25, 32),
    ),
    Case(
        "escapes-ended-by-st",
        "escapes",
        _text(
            briefing_text(
                title=f'"{OSC52_ST}{TITLE_ST} title"',
                bottom_line=f'"{OSC52_ST} bottom line {TITLE_ST}"',
                outcome=f'"Signed {OSC52_ST}"',
            )
        ),
        0,
    ),
    Case("bidi-in-yaml", "escapes", _text(briefing_text(title=BIDI, outcome=BIDI)), 0),
    Case(
        "bidi-in-unknown-key",
        "escapes",
        _text(briefing_text(rest=f"{BIDI}: 1\n")),
        1,
        r"^unknown key '\ufffdevil\ufffd \ufffdisolated\ufffd \ufffdforced\ufffd'",
        (21, 1),
    ),
    Case("escapes-and-bidi-in-file", "escapes", _static("escapes.yaml"), 0),
    # Markup-like text: kept literally.
    Case(
        "markup-in-text",
        "markup",
        _text(
            briefing_text(
                title=_quoted(" ".join(MARKUP)),
                bottom_line=_quoted(MARKUP[2] + " and " + MARKUP[3]),
                summary=_quoted("Officials [sic] said the ministry [the ministry] agreed."),
                outcome=_quoted(MARKUP[1]),
                rest="timeline:\n  - date: 2026-01-26\n    event: "
                + _quoted(MARKUP[0] + MARKUP[4])
                + "\n",
            )
        ),
        0,
        literal=MARKUP,
    ),
    Case(
        "markdown-in-text",
        "markup",
        _text(
            briefing_text(
                title=_quoted(" ".join(MARKDOWN_LIKE[:5])),
                bottom_line=_quoted(" ".join(MARKDOWN_LIKE[5:])),
                summary="|-\n" + "".join(f"  {block}\n\n" for block in MARKDOWN_BLOCKS).rstrip(),
                outcome=_quoted(MARKDOWN_LIKE[2]),
            )
        ),
        0,
        literal=MARKDOWN_LIKE + MARKDOWN_BLOCKS,
    ),
    Case(
        "markup-in-article-and-quote",
        "markup",
        _markup_article_and_quote,
        0,
        literal=ARTICLE_MARKUP,
    ),
    # YAML attacks and accidents.
    Case(
        "python-tag",
        "yaml",
        _text('schema: 1\ntitle: !!python/object/apply:os.system ["touch pwned"]\n'),
        1,
        r"^tags \(tag:yaml\.org,2002:python/object/apply:os\.system\) are not allowed",
        (2, 8),
    ),
    Case(
        "billion-laughs",
        "yaml",
        _text(BILLION_LAUGHS),
        1,
        r"^anchors \(&a\) are not allowed in a briefing$",
        (2, 4),
    ),
    Case(
        "nesting-100000-brackets",
        "yaml",
        _deep("[", 100_000),
        1,
        r"^nesting deeper than 32 levels",
        (2, 39),
    ),
    Case(
        "nesting-100000-braces",
        "yaml",
        _deep("{a: ", 100_000),
        1,
        r"^nesting deeper than 32 levels",
        (2, 8 + 31 * 4),
    ),
    Case("nesting-deep-block", "yaml", _deep_block(200), 1, r"^nesting deeper than 32 levels"),
    Case(
        "duplicate-keys",
        "yaml",
        _text(briefing_text(rest="title: Again\n")),
        1,
        r"^duplicate key 'title' \(first given on line 2\)$",
        (21, 1),
    ),
    Case(
        "several-documents",
        "yaml",
        _text(briefing_text() + "---\n" + briefing_text()),
        1,
        r"^a briefing is one YAML document",
        (21, 1),
    ),
    Case("empty-file", "yaml", _text(""), 1, r"^the file is empty", (1, 1)),
    Case("only-a-bom", "yaml", _text("\ufeff"), 1, r"^the file is empty", (1, 1)),
    Case(
        "top-level-list", "yaml", _text("- a\n- b\n"), 1, r"^a briefing is a YAML mapping", (1, 1)
    ),
    Case(
        "binary-junk",
        "yaml",
        lambda folder: write_briefing(folder, bytes(range(256)) * 4),
        1,
        r"^not UTF-8 text \(byte 0x80 at line 3, column 115\)$",  # CR ends a line too
        (3, 115),
    ),
    Case("bom-and-crlf", "yaml", _bom_crlf, 0),
    # Paths.
    Case(
        "absolute-source-path",
        "paths",
        _text(briefing_text(uni_file="/etc/passwd")),
        1,
        r"^source file '/etc/passwd' must be relative to the briefing$",
        (12, 11),
    ),
    Case(
        "source-climbs-to-dev-zero",
        "paths",
        _text(briefing_text(uni_file="../" * 40 + "dev/zero")),
        1,
        r"^the source file is not a regular file",
        (12, 11),
    ),
    Case(
        "source-symlink-to-dev-zero",
        "paths",
        _source_symlink_to_device,
        1,
        r"^the source file is not a regular file",
        (12, 11),
    ),
    Case(
        "fifo-source", "paths", _fifo_source, 1, r"^the source file is not a regular file", (12, 11)
    ),
    Case(
        "fifo-briefing", "paths", _fifo_briefing, 1, r"^the briefing file is not a regular", (1, 1)
    ),
    Case(
        "folder-source",
        "paths",
        _text(briefing_text(uni_file="seeds")),
        1,
        r"^the source file is a folder",
        (12, 11),
    ),
    Case("folder-briefing", "paths", _folder, 2, r"is a folder, not a briefing file"),
    Case(
        "missing-source",
        "paths",
        _text(briefing_text(uni_file="seeds/none.txt")),
        1,
        r"^source file not found: seeds/none\.txt$",
        (12, 11),
    ),
    Case("missing-briefing", "paths", _missing, 2, r"no such file"),
    Case(
        "symlink-loop-source",
        "paths",
        _loop_source,
        1,
        r"^cannot read the source file: Too many levels of symbolic links",
        (12, 11),
    ),
    Case(
        "symlink-loop-briefing",
        "paths",
        _loop_briefing,
        1,
        r"^cannot read the briefing file: Too many levels of symbolic links",
        (1, 1),
    ),
    Case(
        "source-not-utf8",
        "paths",
        _with_article(b"Brussels.\nThe partnership was sign\xe9d.\n"),
        1,
        r"^source file 'article\.txt' is not UTF-8 text \(byte 0xe9 at line 2, column 25\)$",
        (12, 11),
    ),
    Case(
        "oversized-source",
        "paths",
        _oversized_source,
        1,
        r"^the source file is [\d,]+ bytes; the limit is",
        (12, 11),
    ),
    # Size.
    Case(
        "fifty-megabyte-yaml",
        "size",
        _fifty_megabytes,
        1,
        r"^the briefing file is [\d,]+ bytes; the limit is",
        (1, 1),
    ),
    Case("fifty-thousand-items", "size", _many_items, 0, timeout=120),
    Case(
        "excerpts-inside-numbers",
        "size",
        _excerpts_inside_numbers,
        1,
        r"^not checked: the excerpts before it searched",
        timeout=30,
    ),
    # Structure.
    Case(
        "wrong-type-deep",
        "structure",
        _text(briefing_text(excerpt="{text: signed}")),
        1,
        r"^'excerpt' should be text, not a mapping$",
        (18, 18),
    ),
    Case(
        "unknown-source-id",
        "structure",
        _text(briefing_text().replace("- source: ani", "- source: anni")),
        1,
        r"^unknown source 'anni'; did you mean 'ani'\?$",
        (17, 17),
    ),
)
"""Every hostile case, by class."""
