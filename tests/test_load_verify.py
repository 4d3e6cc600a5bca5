"""Matching an excerpt against its source, rule by rule, and mapping spans back.

The rules (docs/format.md): compare after Unicode NFKC; curly quotes and
primes become ' and "; hyphens and dashes U+2010 to U+2015 become -; every
run of white space becomes one space; case is kept; `...` or `…` skips text,
its pieces in order; each piece begins and ends on a word's edge
(tests/test_verify_boundaries.py). A span is always in the source's own characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_briefing
from hostile.cases import ANI, SEEDS, UNI

from briefing.load import load
from briefing.mismatch import closest_passage, mismatch
from briefing.model import Span
from briefing.verify import fold, locate, normalise


def found(excerpt: str, source: str) -> list[str]:
    """The source text of each piece of `excerpt`, or fail when it is not found."""
    spans = locate(excerpt, normalise(source))
    assert not isinstance(spans, str), f"{excerpt!r} not found in {source!r} (missing {spans!r})"
    return [source[span.start : span.end] for span in spans]


def missing(excerpt: str, source: str) -> str:
    """The piece of `excerpt` that is not found, or fail when it is found."""
    result = locate(excerpt, normalise(source))
    assert isinstance(result, str), f"{excerpt!r} unexpectedly found in {source!r}"
    return result


def test_case_is_kept() -> None:
    assert missing("after india", "After India signed.") == "after india"
    assert found("After India", "After India signed.") == ["After India"]


@pytest.mark.parametrize(
    ("excerpt", "source", "span"),
    [
        ("final fix", "the \ufb01nal \ufb01x", "\ufb01nal \ufb01x"),  # ligatures
        (
            "ABC 123",
            "\uff21\uff22\uff23 \uff11\uff12\uff13",
            "\uff21\uff22\uff23 \uff11\uff12\uff13",
        ),
        ("x2", "x\u00b2", "x\u00b2"),  # superscript two
        ("\ufb01nal", "final", "final"),  # on the excerpt's side too
    ],
)
def test_nfkc_on_both_sides(excerpt: str, source: str, span: str) -> None:
    assert found(excerpt, source) == [span]


@pytest.mark.parametrize("curly", ["\u2018", "\u2019", "\u201a", "\u201b", "\u2032", "\u2035"])
def test_curly_single_quotes_and_primes_are_straight(curly: str) -> None:
    assert found("it's", f"it{curly}s") == [f"it{curly}s"]
    assert found(f"it{curly}s", "it's") == ["it's"]


@pytest.mark.parametrize("curly", ["\u201c", "\u201d", "\u201e", "\u201f", "\u2033", "\u2036"])
def test_curly_double_quotes_and_double_primes_are_straight(curly: str) -> None:
    assert found('"yes"', f"{curly}yes{curly}") == [f"{curly}yes{curly}"]


@pytest.mark.parametrize("dash", [chr(code) for code in range(0x2010, 0x2016)])
def test_hyphens_and_dashes_are_one_hyphen(dash: str) -> None:
    assert found("India-EU", f"India{dash}EU") == [f"India{dash}EU"]
    assert found(f"India{dash}EU", "India-EU") == ["India-EU"]


def test_other_dash_like_characters_are_not_folded() -> None:
    """The rule names U+2010 to U+2015 only: a minus sign is not a hyphen."""
    assert missing("India-EU", "India\u2212EU") == "India-EU"


@pytest.mark.parametrize(
    "space", [" \t ", "\n", "\n\n  ", "\u00a0", "\u2009", "\u3000", "\t"], ids=repr
)
def test_every_run_of_white_space_is_one_space(space: str) -> None:
    source = f"security{space}and  defence"
    assert found("security and defence", source) == [source]
    assert found(f"security{space}and\n\tdefence", "security and defence") == [
        "security and defence"
    ]


def test_white_space_is_not_optional() -> None:
    assert missing("securityand", "security and") == "securityand"


@pytest.mark.parametrize("ellipsis", ["...", "\u2026", " ... ", " \u2026 "])
def test_an_ellipsis_skips_text_and_keeps_each_piece(ellipsis: str) -> None:
    source = "India and the EU agreed a partnership on Tuesday in New Delhi."
    assert found(f"India and the EU{ellipsis}in New Delhi", source) == [
        "India and the EU",
        "in New Delhi",
    ]


def test_pieces_must_come_in_the_source_order() -> None:
    source = "First the talks, then the signing."
    assert found("First ... signing", source) == ["First", "signing"]
    assert missing("signing ... First", source) == "First"


def test_a_piece_is_searched_after_the_end_of_the_one_before() -> None:
    """Pieces do not overlap: the second 'the' must follow the first 'the talks'."""
    assert found("the talks ... the", "the talks, the end") == ["the talks", "the"]
    assert missing("the talks ... the", "xx the talks") == "the"


def test_an_excerpt_of_only_ellipses_and_space_has_nothing_to_find() -> None:
    assert missing("... \u2026  ", "anything") == ""


def test_an_ellipsis_in_the_source_itself_still_matches_across() -> None:
    """ANI prints 'as well...It was': an excerpt quoting it exactly must match."""
    source = "Thank you for that as well...It was a proud moment."
    assert found("as well...It was", source) == ["as well", "It was"]


def test_spans_point_at_curly_quotes_and_dashes_in_the_source() -> None:
    source = "He said \u201cThank you\u201d \u2013 twice."
    assert found('"Thank you" - twice', source) == ["\u201cThank you\u201d \u2013 twice"]


@pytest.mark.parametrize(
    ("excerpt", "source", "span"),
    [
        ("caf\u00e9 is", "the cafe\u0301 is open", "cafe\u0301 is"),  # decomposed source
        ("cafe\u0301 is", "the caf\u00e9 is open", "caf\u00e9 is"),  # decomposed excerpt
        ("x\u0302\u0323 y", "x\u0323\u0302 y", "x\u0323\u0302 y"),  # marks in another order
        ("\uac00", "x \u1100\u1161 y", "\u1100\u1161"),  # Hangul jamo compose
        ("\u09cb", "a \u09c7\u09be b", "\u09c7\u09be"),  # a two-part Bengali vowel sign
        (
            "\u041f\u0430\u0440\u0442\u043d\u0435\u0440",
            "\u201c\u041f\u0430\u0440\u0442\u043d\u0435\u0440\u201d",
            "\u041f\u0430\u0440\u0442\u043d\u0435\u0440",
        ),
    ],
    ids=["decomposed-source", "decomposed-excerpt", "mark-order", "hangul", "bengali", "cyrillic"],
)
def test_spans_map_back_through_combining_marks(excerpt: str, source: str, span: str) -> None:
    assert found(excerpt, source) == [span]


def test_a_span_inside_a_changed_word_starts_and_ends_on_its_characters() -> None:
    """A curly quote inside a word of another script does not widen the span."""
    source = "\u00ab\u0434\u0430\u201d \u043d\u0435\u0442"
    assert found("\u0434\u0430", source) == ["\u0434\u0430"]


def test_an_empty_source_finds_nothing_and_does_not_fail() -> None:
    assert missing("x", "") == "x"


def test_closest_passage_quotes_the_source_as_printed() -> None:
    source = "The partnership was \u201csigned\u201d on Tuesday in New Delhi by both sides."
    wanted = 'The partnership was "sealed" on Tuesday in New Delhi'
    passage = closest_passage(wanted, normalise(source), source)
    assert passage is not None
    assert passage.startswith("The partnership was \u201csigned\u201d on Tuesday")


def test_closest_passage_gives_up_when_nothing_is_close() -> None:
    source = "Completely unrelated words about the weather."
    assert closest_passage("zzzz qqqq xxxx", normalise(source), source) is None


def _write(folder: Path, article: bytes, excerpt: str) -> Path:
    (folder / "article.txt").write_bytes(article)
    (folder / "b.yaml").write_text(
        "schema: 1\ntitle: T\ndate: 2026-01-27\nbottom_line: B.\nsummary: S.\n"
        "sources:\n  - {id: a, outlet: A, file: article.txt}\n"
        "outcomes:\n  - id: o\n    title: O\n    evidence:\n"
        f"      - {{source: a, excerpt: '{excerpt}'}}\n"
        "quotes: []\nopen_questions: []\n",
        encoding="utf-8",
    )
    return folder / "b.yaml"


def test_loaded_spans_index_the_loaded_source_text_with_crlf_and_bom(tmp_path: Path) -> None:
    """CRLF becomes LF at load time; spans index that text, curly quotes and all."""
    article = "\ufeffLine one.\r\nHe said \u201cyes\u201d\r\n\r\nto the \u2013 deal.\r\n".encode()
    briefing = load(_write(tmp_path, article, 'said "yes" to the - deal'))
    evidence = briefing.outcomes[0].evidence[0]
    assert "\r" not in evidence.source.text and not evidence.source.text.startswith("\ufeff")
    start, end = evidence.span
    assert evidence.source.text[start:end] == "said \u201cyes\u201d\n\nto the \u2013 deal"


def test_loaded_spans_with_combining_marks_cover_the_marks(tmp_path: Path) -> None:
    article = "Le cafe\u0301 de\u0301cide\u0301.\n".encode()
    briefing = load(_write(tmp_path, article, "caf\u00e9 d\u00e9cid\u00e9"))
    evidence = briefing.outcomes[0].evidence[0]
    assert evidence.spans == (Span(3, 17),)
    assert evidence.source.text[3:17] == "cafe\u0301 de\u0301cide\u0301"


def test_every_excerpt_of_the_seeds_round_trips_through_its_span() -> None:
    """Cut excerpts from real articles; each is found exactly where it was cut."""
    for name in (ANI, UNI):
        text = (SEEDS / name).read_text(encoding="utf-8")
        normalised = normalise(text)
        words = text.split(" ")
        for start in range(0, len(words) - 8, 7):
            excerpt = " ".join(words[start : start + 8]).strip()
            spans = locate(excerpt, normalised)
            assert not isinstance(spans, str), excerpt
            first = text.find(excerpt)
            assert (spans[0].start, spans[-1].end) == (first, first + len(excerpt))


SENTENCE = (
    "While tailored to each partner country's specific priorities, the partnerships cover a "
    "broad spectrum of cooperation areas. These include peacebuilding, conflict prevention "
    "and crisis management, as well as defence initiatives and capability development"
)


@pytest.mark.parametrize("index", range(len(SENTENCE.split())))
def test_a_changed_word_anywhere_is_named_and_shown_on_both_sides(index: int) -> None:
    """However late the mistake, the two texts shown differ and the cause names the word."""
    source = "Preamble text here. " + SENTENCE + " And a sentence after it."
    words = SENTENCE.split()
    wanted = fold(" ".join([*words[:index], "Xylophone", *words[index + 1 :]]))
    found = mismatch(wanted, normalise(source), source)
    assert found is not None
    assert found.excerpt != found.passage
    assert "Xylophone" in found.excerpt and words[index] in found.passage
    assert found.cause == f'first difference: "Xylophone" where the source has "{words[index]}"'


@pytest.mark.parametrize(
    ("wanted", "cause"),
    [
        ("the Partnerships cover", 'they differ only in letter case (first: "Partnerships"'),
        ("partner country\u02bcs specific", "they differ only in quote marks"),
        ("partner country`s specific", "they differ only in quote marks"),
        ("cooperation areas\u2212These", None),  # a dash for a space: a changed word
        ("cover a spectrum of cooperation", 'first difference: a missing word "broad"'),
        ("cover a very broad spectrum", 'first difference: an extra word "very"'),
        ("cover a broad spectrum of cooperation areas; these", 'first difference: "areas;'),
    ],
)
def test_near_misses_say_what_differs(wanted: str, cause: str | None) -> None:
    found = mismatch(fold(wanted), normalise(SENTENCE), SENTENCE)
    assert found is not None
    assert found.cause.startswith(cause or "first difference: ")


@pytest.mark.parametrize(
    ("wanted", "source"),
    [
        ("x", ""),
        ("x", "   "),
        ("\u0130stanbul is large", "\u0130STANBUL IS LARGE and old"),
        ("a much longer excerpt than the source it is said to come from", "a much"),
        ("...", "text"),
        ("word", "\u0130" * 50),
    ],
)
def test_mismatch_never_fails_on_odd_texts(wanted: str, source: str) -> None:
    found = mismatch(fold(wanted), normalise(source), source)
    assert found is None or isinstance(found.cause, str)


QUOTED = (
    'Officials met on Tuesday. It was a "historic step forward" for both sides, and talks went on.'
)


@pytest.mark.parametrize("opening", ['"', "\u201c", "'", "\u2018"])
@pytest.mark.parametrize(
    "wanted",
    [
        "It was a historic step forward",
        "was a historic step forward for both sides",
        "a historic step",
        "said historic step",  # not in the source: "said" is the first difference
    ],
)
def test_a_quote_mark_before_a_word_is_the_difference_not_the_words_before_it(
    opening: str, wanted: str
) -> None:
    """'"historic' in the source still anchors "historic": the mark is named, not "was a"."""
    closing = {'"': '"', "\u201c": "\u201d", "'": "'", "\u2018": "\u2019"}[opening]
    source = QUOTED.replace('"historic', opening + "historic").replace(
        'forward"', "forward" + closing
    )
    found = mismatch(fold(wanted), normalise(source), source)
    assert found is not None
    if wanted.startswith("said"):
        assert found.cause.startswith('first difference: "said" where the source has "a"')
        return
    # The source's mark as it prints it; a straight double quote in single quotes.
    its = f"'{opening}historic'" if opening == '"' else f'"{opening}historic"'
    named = {"\u201c": "; \u201c is an opening quote mark", "\u2018": ""}.get(opening, "")
    if opening == "\u2018":
        named = "; \u2018 is an opening single quote mark"
    assert found.cause == (
        f'first difference: "historic" where the source has {its} (quote marks{named})'
    )
    # Both texts are shown from the same word.
    assert found.passage.lstrip("…").split()[0] == found.excerpt.lstrip("…").split()[0]


def test_a_quote_mark_after_a_word_inside_the_piece_is_named() -> None:
    found = mismatch(fold("historic step forward for both side"), normalise(QUOTED), QUOTED)
    assert found is not None
    assert found.cause.startswith('first difference: "forward" where the source has \'forward"\'')
    assert found.cause.endswith(" (quote marks)")


@pytest.mark.parametrize("wanted", ['a "historic stop forward', 'historic stop forward" for'])
def test_a_piece_may_begin_after_or_end_before_a_quote_mark(wanted: str) -> None:
    """Its first word may lack the source's opening mark, its last word the closing one."""
    found = mismatch(fold(wanted), normalise(QUOTED), QUOTED)
    assert found is not None
    assert found.cause == 'first difference: "stop" where the source has "step"'


def test_check_names_the_quote_mark_the_excerpt_lacks(tmp_path: Path) -> None:
    """Through the real command: the first difference is the quote mark before "historic"."""
    path = _write(tmp_path, QUOTED.encode(), "It was a historic step forward for both sides")
    result = run_briefing("check", path)
    assert (result.returncode, result.stdout) == (1, b"")
    assert result.stderr.decode("utf-8").splitlines() == [
        f"{path}:12:30: excerpt not found in source 'a' (article.txt): "
        '"It was a historic step forward for both sides"; '
        'closest passage: "…It was a "historic step forward" for both sides, and…"; '
        'first difference: "historic" where the source has \'"historic\' (quote marks)'
    ]
