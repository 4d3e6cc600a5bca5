"""Lineages: the threshold at its edges, wires, transitivity, naming, and the real seed articles."""

from __future__ import annotations

import datetime
import itertools
from pathlib import Path

import pytest
from conftest import BUNDLED

from briefing.analysis import (
    LINEAGE_THRESHOLD,
    SHINGLE_WORDS,
    Lineage,
    TextReuse,
    compare,
    find_lineages,
)
from briefing.load import load
from briefing.model import Source

SEEDS = Path(__file__).resolve().parent / "data" / "analysis" / "seeds.yaml"


def make_source(
    number: int,
    words: list[str],
    *,
    wire: str | None = None,
    outlet: str | None = None,
    published: datetime.date | None = None,
) -> Source:
    """A source whose text is these words (not on disk: the analysis reads only `text`)."""
    return Source(
        f"s{number}",
        outlet or f"Outlet {number}",
        f"s{number}.txt",
        f"s{number}.txt",
        " ".join(words),
        published=published,
        wire=wire,
    )


def own_words(owner: int, count: int) -> list[str]:
    """Words no other source has."""
    return [f"o{owner}w{k}" for k in range(count)]


def sharing(shared: int, total_a: int, total_b: int) -> list[list[str]]:
    """Two word lists of `total_a` and `total_b` words, the first `shared` words the same."""
    passage = [f"shared{k}" for k in range(shared)]
    return [
        passage + own_words(0, total_a - shared),
        own_words(1, total_b - shared) + passage,
    ]


def groups(lineages: tuple[Lineage, ...]) -> list[list[str]]:
    """Each lineage as the ids of its sources."""
    return [[source.id for source in lineage.sources] for lineage in lineages]


def test_threshold_is_one_fifth() -> None:
    """The documented value: a fifth of either article word for word in the other."""
    assert LINEAGE_THRESHOLD == 0.2


@pytest.mark.parametrize(
    ("shared_words", "together"),
    [
        (SHINGLE_WORDS - 1 + 20, True),  # 20 of 100 shingles: exactly 0.2
        (SHINGLE_WORDS - 1 + 19, False),  # 19 of 100: just under
        (SHINGLE_WORDS - 1 + 21, True),  # just over
    ],
)
@pytest.mark.parametrize("reverse", [False, True])
def test_threshold_edges(shared_words: int, together: bool, reverse: bool) -> None:
    """At exactly 0.2 of the smaller text the two join; one shingle less and they do not.

    The larger text carries far less than 0.2 of itself in the smaller: the rule
    takes the larger of the two shares, whichever source is listed first.
    """
    small_words, large_words = sharing(shared_words, 100 + SHINGLE_WORDS - 1, 400)
    sources = [make_source(0, small_words), make_source(1, large_words)]
    if reverse:
        sources.reverse()
    reuse = TextReuse(sources)
    small = sources[1] if reverse else sources[0]
    large = sources[0] if reverse else sources[1]
    assert reuse.containment(small, large) == (shared_words - SHINGLE_WORDS + 1) / 100
    assert reuse.containment(large, small) < 0.1
    lineages = find_lineages(sources, reuse)
    assert len(lineages) == (1 if together else 2)
    assert len(find_lineages(sources, reuse, threshold=0.0)) == 1
    assert len(find_lineages(sources, reuse, threshold=1.01)) == 2


def test_lineages_are_transitive() -> None:
    """a copies b and b copies c: one lineage, though a and c share nothing."""
    a = own_words(0, 50) + [f"ab{k}" for k in range(40)]
    b = [f"ab{k}" for k in range(40)] + own_words(1, 10) + [f"bc{k}" for k in range(40)]
    c = [f"bc{k}" for k in range(40)] + own_words(2, 50)
    d = own_words(3, 90)
    sources = [make_source(n, words) for n, words in enumerate([a, b, c, d])]
    reuse = TextReuse(sources)
    assert reuse.pair(sources[0], sources[2]) is None
    assert groups(find_lineages(sources, reuse)) == [["s0", "s1", "s2"], ["s3"]]


def test_same_wire_is_one_lineage_whatever_the_text() -> None:
    """Sources declaring the same wire (case and spaces aside) join, though they share no text."""
    sources = [
        make_source(0, own_words(0, 50), wire="ANI"),
        make_source(1, own_words(1, 50), wire=" ani "),
        make_source(2, own_words(2, 50), wire="PTI"),
        make_source(3, own_words(3, 50)),
        make_source(4, own_words(4, 50), wire="  "),
    ]
    lineages = find_lineages(sources, TextReuse(sources))
    assert groups(lineages) == [["s0", "s1"], ["s2"], ["s3"], ["s4"]]
    assert [lineage.name for lineage in lineages] == ["ANI", "PTI", "Outlet 3", "Outlet 4"]
    assert [lineage.wire for lineage in lineages] == ["ANI", "PTI", None, None]


def test_names_most_declared_wire_then_earliest_outlet_then_numbered() -> None:
    """Naming rules: the most declared wire; else the earliest dated source's outlet; no repeats."""
    copy = [f"c{k}" for k in range(60)]
    day = datetime.date(2026, 1, 27)
    sources = [
        # One lineage by copied text, wires X, Y, Y: named Y.
        make_source(0, copy, wire="X"),
        make_source(1, own_words(1, 5) + copy, wire="Y"),
        make_source(2, own_words(2, 5) + copy, wire="y"),
        # No wire: undated first source, then two dated ones: the earliest dated names it.
        make_source(3, [f"d{k}" for k in range(60)], outlet="Undated"),
        make_source(4, [f"d{k}" for k in range(60)], outlet="Later", published=day),
        make_source(
            5, [f"d{k}" for k in range(60)], outlet="Earlier", published=day.replace(day=1)
        ),
        # Two more lineages whose earliest outlet is also "Earlier".
        make_source(6, own_words(6, 50), outlet="Earlier"),
        make_source(7, own_words(7, 50), outlet="Earlier"),
    ]
    lineages = find_lineages(sources, TextReuse(sources))
    assert groups(lineages) == [["s0", "s1", "s2"], ["s3", "s4", "s5"], ["s6"], ["s7"]]
    assert [lineage.name for lineage in lineages] == ["Y", "Earlier", "Earlier (2)", "Earlier (3)"]
    assert sources[4] in lineages[1]
    assert sources[4] not in lineages[0]


def seed_containment() -> dict[tuple[str, str], float]:
    """The larger share of each pair of the five seed articles, keyed by file numbers."""
    briefing = load(SEEDS)
    reuse = TextReuse(briefing.sources)
    number = {source.id: source.path.name[:3] for source in briefing.sources}
    return {
        (number[a.id], number[b.id]): max(reuse.containment(a, b), reuse.containment(b, a))
        for a, b in itertools.combinations(briefing.sources, 2)
    }


def test_threshold_separates_the_seed_articles_with_room() -> None:
    """The measured shares behind 0.2: ANI copies at 0.28 or more, every other pair under 0.06."""
    shares = seed_containment()
    ani = {("001", "002"), ("001", "003"), ("002", "003")}
    copies = [share for pair, share in shares.items() if pair in ani]
    others = [share for pair, share in shares.items() if pair not in ani]
    assert min(copies) > 0.25
    assert max(others) < 0.06
    assert max(others) < LINEAGE_THRESHOLD < min(copies)
    # 000 paraphrases the ANI copy: it keeps a few 8-word phrases, far below the threshold.
    assert 0 < shares[("000", "002")] < LINEAGE_THRESHOLD / 3


def test_seed_articles_form_three_lineages_from_their_text_alone() -> None:
    """No wire declared: 001, 002, 003 (the ANI copy) are one lineage; 000 and 004 stand alone."""
    briefing = load(SEEDS)
    assert all(source.wire is None for source in briefing.sources)
    comparison = compare(briefing)
    assert groups(comparison.lineages) == [["s000"], ["s001", "s002", "s003"], ["s004"]]
    assert [lineage.name for lineage in comparison.lineages] == ["Unnamed", "ANI", "UNI"]
    inside = [(p.first.id, p.second.id) for p in comparison.within(comparison.lineages[1])]
    assert inside == [("s001", "s002"), ("s001", "s003"), ("s002", "s003")]
    assert comparison.within(comparison.lineages[0]) == ()


@pytest.mark.skipif(not BUNDLED.exists(), reason="no bundled briefing in this checkout")
def test_bundled_briefing_has_five_outlets_and_three_independent_lineages() -> None:
    """The bundled briefing: the three ANI-copy files form one lineage, 000 and 004 stand alone."""
    comparison = compare(load(BUNDLED))
    assert len(comparison.outlets) == 5
    assert comparison.independent == 3
    files = sorted(
        sorted(s.path.name[:3] for s in lineage.sources) for lineage in comparison.lineages
    )
    assert files == [["000"], ["001", "002", "003"], ["004"]]
