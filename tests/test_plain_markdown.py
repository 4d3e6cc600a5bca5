"""The Markdown brief, read back by a real CommonMark parser (markdown-it-py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import BUNDLED, SMALL, run_briefing
from markdown_it import MarkdownIt
from markdown_it.token import Token

from briefing.load import load
from briefing.plain.markdown import escape, render_markdown

SPECIAL = Path(__file__).resolve().parent / "golden" / "special.yaml"
SECTION_HEADINGS = [
    "Bottom line",
    "Summary",
    "Key outcomes",
    "Quotes",
    "Open questions",
    "Where outlets differ",
    "How outlets covered it",
    "Timeline",
    "Sources",
]


def _markdown(*args: str | Path) -> str:
    """`briefing print --format markdown ARGS`, checked to succeed quietly."""
    result = run_briefing("print", "--format", "markdown", *args)
    assert result.returncode == 0, result.stderr.decode()
    assert result.stderr == b""
    return result.stdout.decode()


def _parse(markdown: str) -> list[Token]:
    """The CommonMark block tokens of `markdown`."""
    return MarkdownIt("commonmark").parse(markdown)


def _headings(tokens: list[Token]) -> list[tuple[str, str]]:
    """(tag, text) of every heading."""
    return [
        (token.tag, " ".join(tokens[index + 1].content.split()))
        for index, token in enumerate(tokens)
        if token.type == "heading_open"
    ]


def _rendered_text(tokens: list[Token]) -> str:
    """What a reader sees: the text of every inline, markup gone, soft breaks as spaces."""
    parts = []
    for token in tokens:
        if token.type != "inline":
            continue
        for child in token.children or []:
            if child.type in ("text", "code_inline", "html_inline"):
                parts.append(child.content)
            elif child.type in ("softbreak", "hardbreak"):
                parts.append(" ")
        parts.append("\n")
    return "".join(parts)


@pytest.mark.parametrize("width", [60, 80, 100])
def test_bundled_markdown_has_the_title_and_every_section_heading(width: int) -> None:
    briefing = load(BUNDLED)
    tokens = _parse(_markdown(BUNDLED, "--width", str(width)))
    headings = _headings(tokens)
    assert headings[0] == ("h1", " ".join(briefing.title.split()))
    assert headings[1:] == [("h2", heading) for heading in SECTION_HEADINGS]


@pytest.mark.parametrize("width", [60, 80, 100])
def test_bundled_markdown_renders_every_item_literally(width: int) -> None:
    briefing = load(BUNDLED)
    text = " ".join(_rendered_text(_parse(_markdown(BUNDLED, "--width", str(width)))).split())
    for item in (*briefing.outcomes, *briefing.questions):
        words = item.title if hasattr(item, "title") else item.question  # type: ignore[union-attr]
        assert " ".join(words.split()) in text
    for quote in briefing.quotes:
        assert " ".join(quote.text.split()) in text
        assert quote.speaker in text
    # Every list the brief numbers is a real list, not text that looks like one.
    tokens = _parse(_markdown(BUNDLED, "--width", str(width)))
    ordered = [token for token in tokens if token.type == "ordered_list_open"]
    assert len(ordered) == 5  # outcomes, quotes, questions, discrepancies, sources


def test_special_characters_render_exactly_as_written() -> None:
    briefing = load(SPECIAL)
    for width in ("40", "80"):
        tokens = _parse(_markdown(SPECIAL, "--width", width))
        text = " ".join(_rendered_text(tokens).split())
        for original in (
            briefing.title,
            briefing.bottom_line,
            *briefing.summary_paragraphs,
            *(outcome.title for outcome in briefing.outcomes),
            *(question.question for question in briefing.questions),
            *(account.excerpt for d in briefing.discrepancies for account in d.accounts),
            briefing.sources[0].url or "",
        ):
            assert " ".join(original.split()) in text, original
        # Nothing in the file became markup: no links, no emphasis of its own, no HTML.
        kinds = {child.type for token in tokens if token.children for child in token.children}
        assert not kinds & {"link_open", "html_inline", "image", "code_inline"}
        assert not any(token.type in ("html_block", "code_block", "fence") for token in tokens)


def test_words_that_would_start_a_block_at_a_line_start_stay_text() -> None:
    # Across these widths the summary wraps so that "1." and "#" land at line starts.
    briefing = load(SPECIAL)
    starts = set()
    for width in range(24, 81):
        markdown = render_markdown(briefing, width=width)
        starts |= {line.split()[0] for line in markdown.splitlines() if line.split()}
        tokens = _parse(markdown)
        assert [tag for tag, _ in _headings(tokens)].count("h1") == 1
        text = " ".join(_rendered_text(tokens).split())
        assert "1. This is not a list. # Nor a heading." in text, width
    assert {"1\\.", "\\#"} <= starts  # the cases this test is about did occur


def test_markdown_is_wrapped_but_never_splits_a_word() -> None:
    markdown = _markdown(SMALL, "--width", "60")
    # Coverage table rows keep whole titles (a Markdown reader wraps a table's cells).
    wrapped = [line for line in markdown.splitlines() if not line.startswith("| ")]
    assert max(len(line) for line in wrapped) <= 60
    assert any(len(line) > 60 for line in markdown.splitlines() if line.startswith("| "))
    special = _markdown(SPECIAL, "--width", "40")
    # The long URL and the CJK sentence stay whole (a renderer shows a break as a space).
    assert "https://example.com/news/2026/03/03/a-very-long-address-that-will-not-fit" in special
    assert "新华社报道说，双方同意在海上安全、网络安全和反恐等领域加强合作" in special


def test_escape_makes_markup_characters_literal() -> None:
    original = "[sic] *bold* _it_ <b>x</b> &amp; `code` ~~gone~~ a|b \\ :ship:"
    rendered = MarkdownIt("commonmark").render(escape(original))
    assert rendered == (
        "<p>[sic] *bold* _it_ &lt;b&gt;x&lt;/b&gt; &amp;amp; `code` ~~gone~~ a|b \\ :ship:</p>\n"
    )


def test_section_prints_only_those_sections_in_the_order_given() -> None:
    tokens = _parse(_markdown(SMALL, "--section", "timeline", "summary"))
    assert [text for _, text in _headings(tokens)[1:]] == ["Bottom line", "Timeline", "Summary"]
