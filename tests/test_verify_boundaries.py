"""An excerpt is found only as whole words: it may not begin or end inside a word.

The rule (docs/format.md, and beside `find_whole` in briefing/verify.py):
where the excerpt's edge is a letter or digit, the source may not go on with
a letter, digit or combining mark there, nor with an apostrophe between
letters ("India's") or a "." or "," between digits ("3.5"). An edge that is
punctuation is fine; hyphens and dashes separate words; scripts written
without spaces (Chinese, Thai, ...) split anywhere but before a mark.

The messages are checked through the real `briefing check` on real files.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from conftest import run_briefing
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing import verify
from briefing.load import load
from briefing.verify import find_whole, fold, locate, normalise

ARTICLE = (
    "The court called the illegal repairs to the bridge a scandal. "
    "Delhi\u2019s navy and the EU-India talks, said Singh\u2013Kaja Kallas. "
    "They don't agree on the \u20ac3.5 billion for 10,000 troops.\n"
)


def write(folder: Path, article: str, *excerpts: str) -> Path:
    """A briefing whose one outcome cites each excerpt from `article`; line 15 is the first."""
    (folder / "article.txt").write_text(article, encoding="utf-8")
    evidence = "".join(
        f"      - source: a\n        excerpt: '{excerpt.replace(chr(39), chr(39) * 2)}'\n"
        for excerpt in excerpts
    )
    path = folder / "b.yaml"
    path.write_text(
        "schema: 1\ntitle: T\ndate: 2026-01-27\nbottom_line: B.\nsummary: S.\n"
        "sources:\n  - id: a\n    outlet: A\n    file: article.txt\n"
        "outcomes:\n  - id: o\n    title: O\n    evidence:\n"
        f"{evidence}quotes: []\nopen_questions: []\n",
        encoding="utf-8",
    )
    return path


def check(path: Path) -> tuple[int, str]:
    """Exit code and stderr of the real `briefing check`."""
    result = run_briefing("check", path)
    return result.returncode, result.stderr.decode("utf-8")


def found(excerpt: str, source: str) -> str | None:
    """The source text the excerpt's pieces cover (joined by ' ... '), or None if not found."""
    spans = locate(excerpt, normalise(source))
    if isinstance(spans, str):
        return None
    return " ... ".join(source[span.start : span.end] for span in spans)


def test_check_rejects_an_excerpt_cut_from_a_longer_word(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE, "legal repairs to the bridge")
    result = run_briefing("check", path)
    assert (result.returncode, result.stdout) == (1, b"")
    [line] = result.stderr.decode("utf-8").splitlines()
    assert line.startswith(f"{path}:15:18: ") and "legal repairs to the bridge" in line


@pytest.mark.parametrize(
    ("excerpt", "longer"),
    [
        ("legal repairs to the bridge", '("illegal")'),
        ("called the illegal repair", '("repairs")'),
        ("legal repair", '("illegal", "repairs")'),
        ("Delhi", '("Delhi\u2019s")'),
        ("They don", '("don\'t")'),
        ("5 billion", '("3.5")'),
        ("000 troops", '("10,000")'),
    ],
)
def test_check_says_an_excerpt_cut_from_a_longer_word_is_found_only_inside_it(
    tmp_path: Path, excerpt: str, longer: str
) -> None:
    path = write(tmp_path, ARTICLE, "the bridge a scandal", excerpt)
    code, stderr = check(path)
    assert code == 1
    words = "a longer word" if ", " not in longer else "longer words"
    [line] = stderr.splitlines()
    assert line.startswith(f"{path}:17:18: excerpt not found in source 'a' (article.txt): ")
    assert line.endswith(f"; found only inside {words} {longer}: extend the excerpt to whole words")
    # The passage shown is the source's, widened to the whole words.
    assert longer.split('"')[1] in stderr.split("closest passage: ", 1)[1]


def test_a_mid_word_match_is_skipped_for_a_whole_one_later(tmp_path: Path) -> None:
    """ "legal" first occurs inside "illegal"; the whole word later is the one cited."""
    article = "An illegal act. A legal one.\n"
    code, _ = check(write(tmp_path, article, "legal"))
    assert code == 0
    evidence = load(tmp_path / "b.yaml").outcomes[0].evidence[0]
    assert evidence.spans[0].start == article.index(" legal") + 1


@pytest.mark.parametrize(
    ("excerpt", "source", "span"),
    [
        ("India\u2019s", "India\u2019s navy", "India\u2019s"),  # the whole word
        ("India'", "India\u2019s navy", "India\u2019"),  # an edge that is punctuation is fine
        ("EU", "the EU-India talks", "EU"),  # a hyphen separates words
        ("India talks", "the EU-India talks", "India talks"),
        ("Kaja Kallas", "Singh\u2013Kaja Kallas", "Kaja Kallas"),  # so does a dash
        ("yes", "he said \u2018yes\u2019.", "yes"),  # quote marks around a word
        ("said 'yes", "he said \u2018yes\u2019.", "said \u2018yes"),
        ("3.5", "\u20ac3.5 billion", "3.5"),  # a currency sign is not part of the number
        ("caf\u00e9", "Le cafe\u0301 noir", "cafe\u0301"),  # the mark is inside the excerpt
        ("\u4e2d\u56fd", "\u6211\u4eec\u4e2d\u56fd\u4eba", "\u4e2d\u56fd"),  # Chinese: no spaces
        ("\u0e44\u0e17\u0e22", "\u0e1b\u0e23\u0e30\u0e40\u0e17\u0e28\u0e44\u0e17\u0e22", None),
        ("snake_case", "a snake_case name", "snake_case"),
    ],
)
def test_whole_words_and_edges_that_are_not_letters_are_found(
    excerpt: str, source: str, span: str | None
) -> None:
    assert found(excerpt, source) == (span or excerpt)


@pytest.mark.parametrize(
    ("excerpt", "source"),
    [
        ("legal", "illegal"),
        ("repair", "repairs"),
        ("Indi", "India"),
        ("2026", "20260"),
        ("\u00e9t\u00e9", "\u00e9t\u00e9s"),  # letters outside ASCII
        ("\u041c\u043e\u0441\u043a\u0432", "\u041c\u043e\u0441\u043a\u0432\u0430"),  # Cyrillic
        ("\u0939", "\u0939\u093f\u0902\u0926\u0940"),  # Devanagari: a vowel sign follows
        ("\u0e01", "\u0e01\u0e34"),  # Thai: a vowel mark follows
        ("\u0301x", "e\u0301x"),  # a mark that belongs to the letter before
        ("snake", "a snake_case name"),
        ("agreed up ... ship", "agreed upon a partnership"),  # each piece of an ellipsis
    ],
)
def test_an_excerpt_that_begins_or_ends_inside_a_word_is_not_found(
    excerpt: str, source: str
) -> None:
    assert found(excerpt, source) is None


def test_pieces_of_an_ellipsis_name_the_cut_word(tmp_path: Path) -> None:
    path = write(tmp_path, ARTICLE, "The court called ... legal repairs")
    code, stderr = check(path)
    assert code == 1
    assert stderr.startswith(f"{path}:15:18: excerpt not found in source 'a' (article.txt): ")
    assert stderr.rstrip().endswith(
        '; found only inside a longer word ("illegal"): extend the excerpt to whole words'
    )


def test_an_excerpt_found_only_before_the_piece_before_it_is_out_of_order(tmp_path: Path) -> None:
    """Out of order is said only of a piece that is in the source as whole words."""
    path = write(tmp_path, ARTICLE, "the bridge ... The court")
    code, stderr = check(path)
    assert (code, "excerpt pieces out of order" in stderr) == (1, True)


def test_quote_text_is_found_as_whole_words_too(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text(ARTICLE, encoding="utf-8")
    path = tmp_path / "b.yaml"
    path.write_text(
        "schema: 1\ntitle: T\ndate: 2026-01-27\nbottom_line: B.\nsummary: S.\n"
        "sources:\n  - id: a\n    outlet: A\n    file: article.txt\n"
        "outcomes: []\n"
        "quotes:\n  - id: q\n    speaker: S\n    text: legal repairs to the bridge\n"
        "    sources: [a]\nopen_questions: []\n",
        encoding="utf-8",
    )
    code, stderr = check(path)
    assert code == 1
    assert "quote text not found in source 'a'" in stderr
    assert 'found only inside a longer word ("illegal")' in stderr


def test_the_bundled_briefing_checks_clean() -> None:
    assert run_briefing("check").returncode == 0


# --- the fast way and the regular expression agree --------------------------------

ALPHABET = [
    *"ab1'.,-_ \n",
    "\u00e9",  # a letter outside ASCII
    "\u0301",  # a combining mark
    "\u0e01",  # a Thai letter
    "\u0e34",  # a Thai vowel mark
    "\u4e2d",  # a Chinese character
    "\U00020001",  # one beyond U+FFFF
    "\U0001d165",  # a combining mark beyond U+FFFF
]
TEXTS = st.lists(st.sampled_from(ALPHABET), max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(
    text=TEXTS,
    piece=st.lists(st.sampled_from(ALPHABET), min_size=1, max_size=3).map("".join),
    start=st.integers(0, 5),
)
def test_the_regular_expression_finds_what_the_edge_checks_allow(
    text: str, piece: str, start: int
) -> None:
    """`find_whole` checks the first matches one by one, then hands over to a regex: alike."""
    one_by_one = _find_whole_with_retries(text, piece, start, retries=10**9)
    by_regex = _find_whole_with_retries(text, piece, start, retries=0)
    assert one_by_one == by_regex


def _find_whole_with_retries(text: str, piece: str, start: int, *, retries: int) -> int:
    saved = verify._RETRIES
    verify._RETRIES = retries
    try:
        return find_whole(text, piece, start)
    finally:
        verify._RETRIES = saved


@pytest.mark.parametrize(
    ("text", "piece"),
    [
        ("a" * 2_000_000, "a"),  # every match inside one long word
        ("a'" * 1_000_000, "a"),  # every match joined by an apostrophe
        ("1.1," * 500_000, "1"),  # every match inside a number
        ("x" * 2_000_000, "x" * 1000),  # a long piece: looking back past it costs nothing
        ("x " * 1_000_000, "x " * 500 + "y"),  # almost there, a million times
    ],
)
def test_a_hostile_source_is_searched_in_linear_time(text: str, piece: str) -> None:
    """Millions of matches inside longer words cost about one scan of the source (~0.1 s)."""
    started = time.perf_counter()
    assert find_whole(text, piece) == -1
    assert time.perf_counter() - started < 3


def test_folding_keeps_word_edges_where_the_reader_sees_them() -> None:
    """A curly apostrophe is folded to ' and still joins "India" to "s"."""
    assert find_whole(fold("India\u2019s"), "India") == -1
    assert find_whole(fold("\u2018India\u2019 said"), "India") == 1
