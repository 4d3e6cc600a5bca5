"""The command line: load, verify, then either a plain renderer or the app.

    briefing [open] [FILE]           the app on a terminal, else the plain text brief
    briefing check [FILE]            the curator's linter
    briefing print [FILE] [options]  the brief as text, Markdown or JSON
    briefing schema                  the JSON Schema of the format

Exit codes: 0 success; 1 the briefing has problems (each on stderr as
PATH:LINE:COL: message); 2 usage errors, or a FILE that does not exist or is
a folder.
The app and the renderers are imported only on the path that uses them, and
argparse only for a command line that has an option (see `_plain_options`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from types import SimpleNamespace
from typing import TYPE_CHECKING

from briefing import __version__
from briefing.bundled import bundled_briefing

if TYPE_CHECKING:
    import argparse

    from briefing.model import Briefing

Options = SimpleNamespace
"""The parsed command line: what argparse found, as plain attributes."""
Handler = Callable[[Options], int]

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2

COMMANDS = ("open", "check", "print", "schema")
"""The command words; any other first word is a FILE for `open`, the default command."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help", "--version")):
        args.insert(0, "open")
    options = _plain_options(args) or Options(**vars(_parser().parse_args(args)))
    handler: Handler = options.handler
    try:
        return handler(options)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return _quiet_broken_pipe()


_HANDLERS: dict[str, Handler] = {}
"""Each command's function, by name (filled in below, once they are defined)."""
_PRINT_DEFAULTS = {"format": "text", "width": None, "section": None, "color": "auto"}
"""What `print` takes when no option is given (the defaults `_parser` declares too)."""


def _plain_options(args: list[str]) -> Options | None:
    """The options of a command line with no option in it, found without argparse; else None.

    `briefing print FILE`, `briefing check`, `briefing FILE | less`: the usual
    command lines name a command and at most a file. Importing argparse,
    gettext and locale and building the parser takes about 5 ms, a tenth of
    `briefing print`, so these are read here, exactly as argparse reads them
    (a test compares the two); anything else (an option, a word starting with
    "-", one word too many) goes to argparse, which also reports the errors.

    Args:
        args: the command line, its first word a command ("open" already inserted).
    """
    command, rest = args[0], args[1:]
    if command not in _HANDLERS or any(word.startswith("-") for word in rest):
        return None
    if command == "schema":
        return None if rest else Options(handler=_HANDLERS[command])
    if len(rest) > 1:
        return None
    options = Options(file=rest[0] if rest else None, handler=_HANDLERS[command])
    if command == "print":
        vars(options).update(_PRINT_DEFAULTS)
    return options


def _parser() -> argparse.ArgumentParser:
    """The command line's parser: every command, option, help text and error message."""
    import argparse

    from briefing.plain.common import SECTIONS

    class _HelpFormatter(argparse.HelpFormatter):
        """argparse's formatter, told the width so that it need not import shutil.

        argparse builds a formatter for every argument it is given, and the
        default one imports shutil (3 ms) to ask the terminal's width.
        """

        def __init__(self, prog: str) -> None:
            try:
                width = os.get_terminal_size(sys.stderr.fileno()).columns - 2
            except (OSError, ValueError):
                width = 78
            super().__init__(prog, width=max(width, 40))

    class _VersionAction(argparse.Action):
        """Print the versions and exit; asks the installed metadata only when used."""

        def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
            print(_version())
            parser.exit()

    def _width(text: str) -> int:
        """A --width value: a whole number of columns from 20 to 1000."""
        try:
            width = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
        if not 20 <= width <= 1000:
            raise argparse.ArgumentTypeError("width must be between 20 and 1000")
        return width

    parser = argparse.ArgumentParser(
        prog="briefing",
        formatter_class=_HelpFormatter,
        description="Read a hand-curated news briefing whose every statement cites its sources.",
        epilog="With no command: the app on a terminal, else the plain text brief. "
        "Exit codes: 0 ok, 1 the briefing has problems, 2 usage error, missing file or a folder.",
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, default=argparse.SUPPRESS)
    commands = parser.add_subparsers(metavar="COMMAND", prog="briefing")

    class _FileAction(argparse.Action):
        """FILE, refused when `--section` already took a word as the file."""

        def __call__(
            self,
            parser: argparse.ArgumentParser,
            namespace: argparse.Namespace,
            value: object,
            *_: object,
        ) -> None:
            if namespace.file is not None:
                message = f"one FILE only, not {namespace.file!r} and {value!r}"
                raise argparse.ArgumentError(self, message)
            namespace.file = value

    class _SectionsAction(argparse.Action):
        """--section NAME ...: the names, and the FILE after them when none came before.

        argparse gives an option taking one or more values every word up to
        the next option, so `--section outcomes quotes brief.yaml` hands the
        file to --section; the one word that is not a section name is the
        file, unless a file came before it or it looks like a misspelt name.
        """

        def __call__(
            self,
            parser: argparse.ArgumentParser,
            namespace: argparse.Namespace,
            values: object,
            *_: object,
        ) -> None:
            words = [str(word) for word in values] if isinstance(values, list) else [str(values)]
            names = [word for word in words if word in SECTIONS]
            others = [word for word in words if word not in SECTIONS]
            if len(others) == 1 and namespace.file is None and _may_be_file(others[0]):
                namespace.file = others.pop()
            if others:
                raise argparse.ArgumentError(self, _no_such_section(others[0]))
            if not names:
                raise argparse.ArgumentError(self, "name at least one section before FILE")
            namespace.section = [*(namespace.section or ()), *names]

    def _may_be_file(word: str) -> bool:
        """Whether a word among the section names is the FILE.

        It is when it exists, or when it looks like a path (a folder or an
        extension in it) and is no misspelt section name; a bare word such as
        `bogus` is reported as no section rather than as a missing file.
        """
        if os.path.lexists(word):
            return True
        looks_like_path = os.sep in word or "/" in word or "." in word
        return looks_like_path and _close_section(word) is None

    def _close_section(word: str) -> str | None:
        """The section name `word` is probably a misspelling of, if any."""
        import difflib

        close = difflib.get_close_matches(word.lower(), SECTIONS, n=1, cutoff=0.6)
        return close[0] if close else None

    def _no_such_section(word: str) -> str:
        """The error for a word that is no section name, with the likeliest one."""
        close = _close_section(word)
        if close:
            return f"no such section: {word!r} (did you mean {close!r}?)"
        return f"no such section or file: {word!r} (sections: {', '.join(SECTIONS)})"

    def add(name: str, text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=text, description=text, formatter_class=_HelpFormatter)
        sub.set_defaults(handler=_HANDLERS[name])
        if name != "schema":
            # The default is set on the parser, not the argument: an argument's
            # default would be set again after --section has taken the file.
            sub.set_defaults(file=None)
            sub.add_argument(
                "file",
                nargs="?",
                metavar="FILE",
                action=_FileAction,
                default=argparse.SUPPRESS,
                help="the briefing (default: the bundled one)",
            )
        return sub

    add(
        "open",
        "the app on a terminal, else the plain text brief (the default: briefing FILE)",
    )
    add("check", "check a briefing and report every problem")
    printer = add("print", "write the brief as plain text, Markdown or JSON")
    printer.add_argument(
        "--format", choices=("text", "markdown", "json"), default=_PRINT_DEFAULTS["format"]
    )
    printer.add_argument("--width", type=_width, metavar="N", help="wrap text to N columns")
    printer.add_argument(
        "--section",
        action=_SectionsAction,
        nargs="+",
        metavar="NAME",
        help=f"print only these sections, in this order: {', '.join(SECTIONS)} "
        "(FILE may follow the names)",
    )
    printer.add_argument(
        "--color", choices=("auto", "always", "never"), default=_PRINT_DEFAULTS["color"]
    )
    add("schema", "print the JSON Schema of the briefing format")
    return parser


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        textual = version("textual")
    except PackageNotFoundError:  # pragma: no cover
        textual = "not installed"
    return f"briefing {__version__} (textual {textual})"


def _load(options: Options) -> Briefing | int:
    """Load the briefing the options name, or print its problems and return the exit code."""
    from briefing.cache import load_briefing
    from briefing.problems import BriefingError

    path: str = options.file or bundled_briefing()
    if _not_a_briefing_file(path):
        return EXIT_USAGE
    try:
        return load_briefing(path)
    except BriefingError as error:
        for problem in error.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEMS


def _not_a_briefing_file(path: str) -> bool:
    """Say so and return True when FILE names nothing, or a folder: usage errors (exit 2).

    Anything else that cannot be read (a FIFO, a device, a symlink loop) is a
    problem with the briefing, reported by the loader as PATH:LINE:COL.
    """
    if not os.path.lexists(path):
        reason = "no such file"
    elif os.path.isdir(path):
        reason = "is a folder, not a briefing file"
    else:
        return False
    print(f"briefing: {_safe(path)}: {reason}", file=sys.stderr)
    return True


def _check(options: Options) -> int:
    loaded = _load(options)
    if isinstance(loaded, int):
        return loaded
    counts = ", ".join(_count(number, name) for name, number in loaded.counts().items())
    # A citation is one piece of evidence; an excerpt cited by several items is
    # one excerpt, as the source list counts them ("40 excerpts, cited 52 times").
    citations = sum(len(item.evidence) for item in loaded.items())
    excerpts = sum(len(loaded.evidence_in(source)) for source in loaded.sources)
    print(
        f"{_safe(loaded.location)}: OK: {counts}; "
        f"{_count(citations, 'citations')} ({_count(excerpts, 'distinct excerpts')}) verified"
    )
    return EXIT_OK


def _count(number: int, plural: str) -> str:
    """'1 quote', '2 quotes', '1 discrepancy', '3 timeline events'."""
    if number != 1:
        return f"{number} {plural}"
    singular = plural[:-3] + "y" if plural.endswith("ies") else plural[:-1]
    return f"{number} {singular}"


def _print(options: Options) -> int:
    loaded = _load(options)
    if isinstance(loaded, int):
        return loaded
    from briefing.plain import render

    text = render(
        loaded,
        format=options.format,
        width=options.width,
        sections=tuple(options.section or ()),
        color=options.color,
    )
    # A stdout whose encoding cannot show a character (PYTHONIOENCODING=ascii,
    # a Latin-1 locale) gets "?" for it rather than a traceback.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(errors="replace")
    sys.stdout.write(text)
    sys.stdout.flush()
    return EXIT_OK


def _open(options: Options) -> int:
    if not _interactive():
        options.format, options.width, options.section, options.color = "text", None, None, "auto"
        return _print(options)
    path: str = options.file or bundled_briefing()
    if _not_a_briefing_file(path):
        return EXIT_USAGE
    import gc

    # Start-up allocates much and frees little: no garbage collection until the
    # app's first frame is out (tui.app.run turns it back on).
    gc.disable()
    from briefing.cache import load_briefing
    from briefing.tui.app import make_app, run
    from briefing.tui.loading import QUICK_LOAD_SECONDS, Loading

    # The load runs on a thread, so that the app paints at once even for a big
    # briefing and shows it when the load is done. It starts after the imports:
    # they read hundreds of files, and each read would then wait for the thread
    # to hand back the interpreter lock. For the same reason the lock changes
    # hands every half millisecond (Python's default: 5 ms).
    sys.setswitchinterval(0.0005)
    loading = Loading(path, load_briefing)
    # A briefing in the cache (or a small one) is there within milliseconds:
    # wait that long, so that the first frame shows it rather than "Loading".
    if loading.wait(QUICK_LOAD_SECONDS) and loading.briefing is None:
        code = EXIT_PROBLEMS  # a bad file: no app, only its problems
    else:
        code = run(make_app(loading))
    loading.check()
    if loading.problems:
        for problem in loading.problems:
            print(problem, file=sys.stderr)
        return EXIT_PROBLEMS
    return code


def _interactive() -> bool:
    """Whether to open the app: every end is a terminal that can draw it.

    Standard error too: Textual draws the app there (so that standard output
    can be piped), and `briefing 2> log` on a terminal would otherwise draw the
    whole app into the log and leave the terminal blank.
    """
    term = os.environ.get("TERM", "")
    ends = (sys.stdin, sys.stdout, sys.stderr)
    return all(end.isatty() for end in ends) and term not in ("", "dumb")


def _schema(options: Options) -> int:
    import json

    from briefing.schema import json_schema

    print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
    return EXIT_OK


def _safe(text: str) -> str:
    """`text` with terminal-unsafe characters replaced (imported only when something is said)."""
    from briefing.safe_text import make_safe

    return make_safe(text)


def _quiet_broken_pipe() -> int:
    """The reader went away (`briefing print | head`): stop quietly, as `cat` does."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK


_HANDLERS.update(open=_open, check=_check, print=_print, schema=_schema)
