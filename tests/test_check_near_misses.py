"""Common slips in an excerpt, through the real `briefing check`: each gets a closest
passage and names its cause, however short the excerpt."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import run_briefing

ARTICLE = (
    "The council met on Monday. Mayor Ana López said the budget was final -- the office "
    "\u2014 a figure of three million \u2014 is funded.\n"
    "Her deputy said: \u201cWe will not reopen it.\u201d Nobody asked.\n"
)


def _check(folder: Path, article: str, excerpt: str) -> str:
    """The one problem `briefing check` reports for a briefing citing `excerpt` of `article`."""
    (folder / "article.txt").write_text(article, encoding="utf-8")
    quoted = excerpt.replace("'", "''")
    (folder / "b.yaml").write_text(
        "schema: 1\ntitle: T\ndate: 2026-01-27\nbottom_line: B.\nsummary: S.\n"
        "sources:\n  - {id: a, outlet: A, file: article.txt}\n"
        "outcomes:\n  - id: o\n    title: O\n    evidence:\n"
        f"      - {{source: a, excerpt: '{quoted}'}}\n"
        "quotes: []\nopen_questions: []\n",
        encoding="utf-8",
    )
    result = run_briefing("check", folder / "b.yaml", env={"BRIEFING_CACHE_DIR": str(folder)})
    assert (result.returncode, result.stdout) == (1, b"")
    lines = result.stderr.decode("utf-8").splitlines()
    assert len(lines) == 1, lines
    return lines[0].split(": ", 1)[1]


@pytest.mark.parametrize(
    ("excerpt", "passage", "cause"),
    [
        (
            "Mayor Ana Lopez",
            "…Mayor Ana López said the budget",
            'they differ only in accents (first: "Lopez" where the source has "López")',
        ),
        (
            "MAYOR ANA LOPEZ",
            "…Mayor Ana López said",
            "they differ only in letter case and accents",
        ),
        (
            "Mayor Ana Lopez said the budget is final",
            "…Mayor Ana López said the budget was final",
            'first difference: "Lopez" where the source has "López" (accents)',
        ),
        (
            "office -- a figure",
            "…office — a figure of three million",
            'they differ only in dashes (first: "--" where the source has "—"; — is an em dash)',
        ),
        (
            "was final \u2014 the office",
            "…was final -- the office",
            'they differ only in dashes (first: "-" where the source has "--")',
        ),
        (
            "Ana Lopes said",  # short, and a letter changed: still a closest passage
            "…Ana López said the budget",
            'first difference: "Lopes" where the source has "López"',
        ),
        (
            "We will not reopen it,",
            "…will not reopen it.” Nobody asked.",
            'first difference: "it," where the source has "it.”" (” is a closing quote mark)',
        ),
    ],
)
def test_a_slip_gets_a_closest_passage_and_its_cause(
    tmp_path: Path, excerpt: str, passage: str, cause: str
) -> None:
    message = _check(tmp_path, ARTICLE, excerpt)
    assert message.startswith("excerpt not found in source 'a' (article.txt): ")
    assert f'; closest passage: "{passage}' in message, message
    assert cause in message, message


def test_a_straight_double_quote_of_the_source_is_not_read_as_the_end_of_the_text(
    tmp_path: Path,
) -> None:
    """A word holding a straight " is shown in single quotes, so it reads unambiguously."""
    article = 'Officials met. It was a "historic step" forward.\n'
    message = _check(tmp_path, article, "It was a historic step forward")
    assert message.endswith(
        'first difference: "historic" where the source has \'"historic\' (quote marks)'
    )
