"""Wrapping by display width: wide characters, combining marks, hanging indents."""

from __future__ import annotations

import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len, get_character_cell_size

from briefing.plain.wrap import NARROW_RANGES, _wrap_words, columns, display_width, truncate, wrap


def test_words_wrap_at_spaces_with_a_hanging_indent() -> None:
    text = "India and the European Union agreed a Security and Defence Partnership"
    assert wrap(text, 30, "  1. ", "     ") == [
        "  1. India and the European",
        "     Union agreed a Security",
        "     and Defence Partnership",
    ]


def test_wide_characters_take_two_cells_and_may_break_between_them() -> None:
    lines = wrap("习近平主席与欧盟代表会谈", 10)
    assert lines == ["习近平主席", "与欧盟代表", "会谈"]
    assert all(cell_len(line) <= 10 for line in lines)


def test_closing_cjk_punctuation_never_starts_a_line() -> None:
    lines = wrap("一二三四。五六", 8)
    assert lines == ["一二三", "四。五六"]


def test_combining_marks_take_no_cells_and_stay_with_their_letter() -> None:
    word = "Zoe\u0308"  # e + combining diaeresis: 3 cells, 4 code points
    lines = wrap(" ".join([word] * 6), 11)
    assert lines == [f"{word} {word} {word}"] * 2  # 11 cells a line, 14 code points
    assert wrap("e\u0301" * 12, 5) == ["e\u0301" * 5, "e\u0301" * 5, "e\u0301" * 2]


def test_a_word_longer_than_the_line_is_cut_unless_words_must_stay_whole() -> None:
    url = "https://example.com/a/very/long/path"
    assert wrap(url, 16, "- ", "  ") == ["- https://exampl", "  e.com/a/very/l", "  ong/path"]
    assert wrap(f"see {url}", 16, break_words=False) == ["see", url]


def test_a_no_break_space_does_not_break() -> None:
    assert wrap("27\u00a0January 2026", 12) == ["27\u00a0January", "2026"]


def test_columns_pad_by_display_width() -> None:
    rows = columns(
        [[("岸田文雄", "")], [("Zoe\u0308", "")]],
        column_width=10,
        gap=2,
        indent="  ",
        paint=lambda text, style: text,
    )
    assert rows == ["  岸田文雄    Zoe\u0308"]
    assert cell_len(rows[0].split("Zoe")[0]) == 2 + 10 + 2


_TEXT = st.text(
    alphabet=st.sampled_from(
        ["a", "b", "Z", " ", " ", "\n", "-", "[", "]", ":", "习", "近", "。", "\u0301", "é", "🚢"]
    ),
    max_size=200,
)


@given(text=_TEXT, width=st.integers(min_value=6, max_value=60))
def test_no_line_is_wider_than_the_width_and_nothing_is_lost(text: str, width: int) -> None:
    lines = wrap(text, width, "  ", "    ")
    assert all(cell_len(line) <= width for line in lines), lines
    assert "".join("".join(lines).split()) == "".join(text.split())


_NARROW_TEXT = st.text(
    alphabet=st.sampled_from(["a", "b", "Z", " ", " ", "\n", "-", "“", "”", "–", "é", "\u00a0"]),
    max_size=200,
)


@given(
    text=_NARROW_TEXT,
    width=st.integers(min_value=4, max_value=60),
    hanging=st.sampled_from(["", "  ", "     "]),
)
def test_the_line_at_a_time_path_wraps_exactly_as_the_word_at_a_time_path(
    text: str, width: int, hanging: str
) -> None:
    expected = _wrap_words(text, width, "1. ", hanging, start_of_line=None, break_words=True)
    assert wrap(text, width, "1. ", hanging) == expected


def test_every_character_counted_narrow_without_rich_is_one_cell_for_rich_too() -> None:
    """The blocks measured by length (no rich import) agree with rich's own tables."""
    for low, high in NARROW_RANGES:
        for code in range(ord(low), ord(high) + 1):
            assert get_character_cell_size(chr(code)) == 1, hex(code)


@given(
    text=st.lists(
        st.sampled_from(["a", " ", "“", "é", "Ω", "→", "●", "习", "\u0301", "👍🏽"]), max_size=60
    ).map("".join)
)
def test_display_width_and_truncation_measure_as_rich_does(text: str) -> None:
    assert display_width(text) == cell_len(text)
    assert cell_len(truncate(text, 10)) <= 10


def test_typographic_text_wraps_without_importing_rich() -> None:
    """rich's tables (2 ms to import) are read only for a character outside the narrow blocks."""
    script = (
        "import sys\nfrom briefing.plain.wrap import truncate, wrap\n"
        "text = '“Quoted” — café, naïve… 5 €, Ω → ●' * 9\n"
        "wrap(text, 30)\nwrap(text.replace(' ', ''), 30)\ntruncate(text, 12)\n"
        "print('rich' in sys.modules)\nwrap('习近平主席与欧盟', 8)\nprint('rich' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "True"]
