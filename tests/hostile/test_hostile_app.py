"""The hostile cases that load, in the real app, in a real terminal (tmux).

For each case with escapes or markup-like text: every item of every section
(keys 1-8, j, home), each article (a, escape), the help (?); the mouse moved
over and clicked on the hostile text. The markup-like text must show as typed and no action
may fire (the app still answers afterwards), the terminal title and the
clipboard must be as they were (tmux records OSC 0/2 title changes and, with
`set-clipboard on`, OSC 52 clipboard writes), and `q` must quit with status 0.
Control tests show that each of these checks can fail.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from conftest import BRIEFING_COMMAND
from hostile.cases import CASES, UNSAFE, Case
from hostile.tmux import TITLE, Pane, Server, boxed, flat, tmux_or_skip

from briefing.load import load
from briefing.model import Briefing, Discrepancy, Outcome, Question, Source, TimelineEvent
from briefing.tui.sections import SECTIONS, Contents, OutletCoverage, Subject

WIDTH, HEIGHT = 100, 30
APP_CASES = [case for case in CASES if case.exit_code == 0 and case.kind in ("escapes", "markup")]
TRAP = "[@click=app.quit]x[/]"
HELP = "Show every key."
"""A line of the help screen (`?`): seeing it proves the app still answers."""
ARTICLE = re.compile(r"excerpt \d+ of \d+")
"""The article view's position line."""
BORDERS = re.compile("[│╭╮╰╯─▁▂▃▄▅▆▇█▌]")
"""Box lines and scroll bars, which split a pane's text from its neighbour's."""

Start = Callable[..., Pane]


@pytest.fixture(scope="module")
def server() -> Iterator[Server]:
    """One tmux server for the module (killed afterwards); each test opens its own windows."""
    tmux = tmux_or_skip()
    started = Server(tmux, WIDTH, HEIGHT)
    try:
        yield started
    finally:
        started.close()


@pytest.fixture
def start(server: Server, tmp_path: Path) -> Iterator[Start]:
    """Run a command in a new window, as a reader would; the windows are closed afterwards."""
    panes: list[Pane] = []
    env = {
        "TERM": "xterm-256color",
        "LC_ALL": "C.UTF-8",
        "BRIEFING_CACHE_DIR": str(tmp_path / "cache"),
    }

    def run(*command: str | Path) -> Pane:
        pane = server.run([str(part) for part in command], tmp_path / f"exit-{len(panes)}", env)
        panes.append(pane)
        return pane

    yield run
    for pane in panes:
        pane.close()


def built(case: Case, tmp_path: Path) -> Path:
    """The case's input, in a folder of its own."""
    folder = tmp_path / "input"
    folder.mkdir()
    return case.build(folder)


def readable(screens: list[str]) -> str:
    """All the text the screens showed, borders removed and wrapping undone."""
    return flat(BORDERS.sub(" ", "\n".join(screens)))


def cells(screen: str, text: str) -> list[tuple[int, int]]:
    """Where `text` starts on the screen (column, row), the key bar (last line) left out."""
    rows = screen.splitlines()[:-1]
    return [
        (match.start(), row)
        for row, line in enumerate(rows)
        for match in re.finditer(re.escape(text), line)
    ]


def still_answers(pane: Pane) -> None:
    """The app has not quit and still obeys a key: `?` shows the help, escape closes it."""
    assert pane.exit_status() is None, "the app quit"
    pane.send("?")
    pane.wait_for_text(HELP)
    pane.send("Escape")
    pane.wait_for(lambda shown: HELP not in shown, "the help to close")


def poke(pane: Pane, targets: tuple[str, ...], home: Callable[[str], bool]) -> int:
    """Move the mouse over, then click, up to two targets on screen; the app must still answer.

    A click may open something (an excerpt opens its article): escape goes back
    to the screen `home` recognises before the next target is looked for.
    """
    done: set[tuple[int, int]] = set()
    for _ in range(2):
        screen = pane.wait_for(home, "the screen to poke")
        places = sorted({place for target in targets for place in cells(screen, target)} - done)
        if not places:
            break
        column, row = places[0]
        done.add(places[0])
        pane.pass_over(max(column - 2, 0), row, 6)
        on_trap = screen.splitlines()[row].startswith(TRAP, column)
        pane.mouse(column + (len(TRAP) - 4 if on_trap else 0), row)  # on the `x` of a trap
        still_answers(pane)
        if not home(pane.screen()):
            pane.send("Escape")
    pane.wait_for(home, "the screen poked")
    return len(done)


def on_main(screen: str) -> bool:
    """Whether the main screen shows (not the article view)."""
    return "Key outcomes" in screen and not ARTICLE.search(screen)


def on_article(screen: str) -> bool:
    """Whether the article view shows."""
    return bool(ARTICLE.search(screen))


def in_box(title: str, text: str) -> Callable[[str], bool]:
    """Whether a screen shows `text` (flattened) in the box titled `title`."""
    return lambda shown: text in boxed(shown, title)


def in_article(text: str) -> Callable[[str], bool]:
    """Whether a screen is the article view showing `text` (flattened)."""
    return lambda shown: on_article(shown) and text in flat(shown)


def main_text(subject: Subject) -> str:
    """What the Detail pane shows first for an item: its own words."""
    if isinstance(subject, Source):
        return subject.outlet
    if isinstance(subject, OutletCoverage):
        return subject.source.outlet
    if isinstance(subject, Outcome):
        return subject.title
    if isinstance(subject, Question):
        return subject.question
    if isinstance(subject, Discrepancy):
        return subject.topic
    if isinstance(subject, TimelineEvent):
        return subject.event
    return subject.text  # a passage of the summary, or a quote


def walk(pane: Pane, case: Case, briefing: Briefing) -> list[str]:
    """Read all of the briefing as a reader would, poking the hostile text; every screen seen."""
    contents = Contents(briefing)
    title = flat(briefing.title)
    screens = [
        pane.wait_for(lambda shown: title in flat(shown.split("╭")[0]), "the title in the header")
    ]
    assert max(map(len, screens[0].splitlines())) == WIDTH, "the app fills the pane"

    # A click reaches the app: on "2 Key outcomes" in the section list.
    column, row = cells(screens[0], "Key outcomes")[0]
    pane.mouse(column, row)
    first = flat(main_text(contents.entries("outcomes")[0].subject))
    screens.append(pane.wait_for(in_box("Detail", first), "the click on Key outcomes"))

    # Every section by its key, every item of it; each article the first time a
    # section's first item cites it.
    targets = (TRAP, "\ufffd", *case.literal)
    poked = 0
    articles: set[str] = set()
    for number, section in enumerate(SECTIONS, 1):
        pane.send(str(number))
        entries = contents.entries(section.id)
        if not entries:
            screens.append(pane.wait_for(in_box("Detail", "Nothing here."), "an empty section"))
        # Down the list (j), then back to the top: each item shown in full, as typed.
        for place, entry in enumerate(entries):
            detail = flat(main_text(entry.subject))
            screens.append(pane.wait_for(in_box("Detail", detail), f"Detail: {detail!r}"))
            pane.send("j" if place < len(entries) - 1 else "Home")
        if len(entries) > 1:
            first = flat(main_text(entries[0].subject))
            pane.wait_for(in_box("Detail", first), f"Detail: {first!r}")
        if entries and entries[0].evidence and entries[0].evidence[0].source.id not in articles:
            articles.add(entries[0].evidence[0].source.id)
            pane.send("a")
            start, end = entries[0].evidence[0].spans[0]
            excerpt = flat(entries[0].evidence[0].source.text[start:end])
            screens.append(pane.wait_for(in_article(excerpt), f"the article, showing {excerpt!r}"))
            poked += poke(pane, targets, on_article)
            pane.send("Escape")
            screens.append(pane.wait_for(lambda shown: not ARTICLE.search(shown), "back"))
        if number in (1, 3):
            poked += poke(pane, targets, on_main)
    assert poked, "no hostile text was on screen to move over and click"
    still_answers(pane)
    return screens


@pytest.mark.parametrize("case", APP_CASES, ids=lambda case: case.name)
def test_hostile_text_shows_literally_and_harmlessly_in_the_app(
    case: Case, server: Server, start: Start, tmp_path: Path
) -> None:
    """As typed on screen, no action fired, title and clipboard untouched, `q` quits with 0."""
    file = built(case, tmp_path)
    briefing = load(file)
    clipboard = server.buffers()
    pane = start(BRIEFING_COMMAND, file)
    try:
        screens = walk(pane, case, briefing)
        seen = readable(screens)
        for literal in case.literal:
            assert flat(literal) in seen, f"{literal!r} is not on screen as typed"
        if case.kind == "escapes":
            assert "\ufffd" in seen, "an escape must show as a visible replacement character"
        for screen in screens:
            assert UNSAFE.search(screen) is None, screen
        pane.send("q")
        assert pane.wait_for_exit() == "EXIT=0"
        assert pane.info("#{alternate_on}") == "0", "the terminal's main screen is back"
    finally:  # checked even when the walk failed: what the app did to the terminal
        terminal = (pane.title(), server.buffers())
        assert terminal == (TITLE, clipboard), "the terminal title (OSC 0/2) or clipboard (OSC 52)"


@pytest.mark.parametrize("case", APP_CASES, ids=lambda case: case.name)
def test_print_to_a_real_terminal_leaves_it_alone(
    case: Case, server: Server, start: Start, tmp_path: Path
) -> None:
    """`briefing print` on a terminal (colour on): same title, same clipboard, text as typed."""
    file = built(case, tmp_path)
    clipboard = server.buffers()
    pane = start(BRIEFING_COMMAND, "print", file, "--section", "summary", "outcomes", "quotes")
    assert pane.wait_for_exit() == "EXIT=0"
    shown = pane.screen()
    assert UNSAFE.search(shown) is None, shown
    assert (pane.title(), server.buffers()) == (TITLE, clipboard)
    assert "SUMMARY" in shown


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("escapes-and-bidi-in-file", "\ufffd]52;c;cHduZWQ=\ufffd They agreed a partnership."),
        ("markup-in-text", f"Bottom line: {TRAP} and [link=https://example.com]x[/link]"),
    ],
)
def test_copy_puts_only_the_safe_literal_text_on_the_clipboard(
    name: str, expected: str, server: Server, start: Start, tmp_path: Path
) -> None:
    """`y` is the one way the app writes the clipboard: the reader asks, and gets safe text."""
    case = next(case for case in CASES if case.name == name)
    before = server.buffers()
    pane = start(BRIEFING_COMMAND, built(case, tmp_path))
    pane.wait_for_text("Key outcomes")
    pane.send("y")  # the bottom line is selected at start
    pane.wait_for(lambda _: len(server.buffers()) > len(before), "the copy")
    copied = server.buffers()[0]  # the newest buffer is listed first
    assert expected in copied
    assert UNSAFE.search(copied) is None, copied
    pane.send("q")
    assert pane.wait_for_exit() == "EXIT=0"
    assert pane.title() == TITLE


# --- controls: each check above can fail -------------------------------------------


def test_the_title_and_clipboard_checks_see_a_program_that_writes_them(
    server: Server, start: Start
) -> None:
    """A program that prints OSC 52 and OSC 2 raw is caught by the same checks."""
    before = server.buffers()
    pane = start("printf", "\\033]52;c;cHduZWQ=\\a\\033]2;changed\\a")
    assert pane.wait_for_exit() == "EXIT=0"
    assert pane.title() == "changed"
    assert server.buffers() == ["pwned", *before]


def test_the_click_check_sees_an_action_that_fires(start: Start, tmp_path: Path) -> None:
    """Real markup in a Textual app: the same click on the `x` quits it."""
    script = tmp_path / "trap.py"
    script.write_text(
        "from textual.app import App\n"
        "from textual.widgets import Static\n\n\n"
        "class Trap(App[None]):\n"
        "    def compose(self):\n"
        f"        yield Static({TRAP + ' trap ready'!r})\n\n\n"
        "Trap().run()\n"
    )
    pane = start(sys.executable, script)
    shown = pane.wait_for_text("x trap ready")
    assert TRAP not in shown  # Textual read it as markup: an action sits on the x
    column, row = cells(shown, "x trap ready")[0]
    pane.mouse(column, row)
    assert pane.wait_for_exit() == "EXIT=0"
