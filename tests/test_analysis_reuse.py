"""Copied text: planted shared passages are all found, exactly, and nothing else is reported."""

from __future__ import annotations

import gc
import random
import re
from dataclasses import dataclass
from itertools import combinations, pairwise
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefing.analysis import SHINGLE_WORDS, TextReuse, compare, reuse
from briefing.load import load
from briefing.model import Source

COMMON = ["the", "of", "and", "to", "in", "a", "said", "on", "for", "with"]
"""Words every text shares; they alone must never make two texts look copied."""
EDGE = re.compile(r"^\W+|\W+$")


def make_source(number: int, text: str) -> Source:
    """A source with this text (not on disk: the analysis reads only `text`)."""
    return Source(f"s{number}", f"Outlet {number}", f"s{number}.txt", Path(f"s{number}.txt"), text)


def filler(rng: random.Random, owner: int, start: int, count: int) -> list[str]:
    """`count` words only this source has, a common word between some of them.

    A common word never follows another, so no run of 8 filler words can match
    another source; and filler begins and ends with a word of its own, so that
    a planted passage next to it cannot grow by a common word at its edges.
    """
    out = []
    for k in range(count):
        out.append(f"f{owner}x{start + k}")
        if k < count - 1 and rng.random() < 0.5:
            out.append(rng.choice(COMMON))
    return out


@dataclass
class Plant:
    """One passage planted in several sources."""

    words: list[str]
    holders: tuple[int, ...]

    @property
    def size(self) -> int:
        """How many words the analysis counts in it ("Kallas's" is two)."""
        return len(re.findall(r"\w+", " ".join(self.words)))

    def rendered(self, rng: random.Random) -> str:
        """The passage as one outlet prints it: its own white space between words."""
        gaps = [rng.choice([" ", " ", "  ", "\n", " \n "]) for _ in self.words[1:]]
        return self.words[0] + "".join(
            gap + word for gap, word in zip(gaps, self.words[1:], strict=True)
        )


def plant_words(rng: random.Random, number: int, size: int) -> list[str]:
    """The words of planted passage `number`: its own words, common ones and punctuation."""
    out = []
    for k in range(size):
        word = f"p{number}w{k}" if k in (0, size - 1) or rng.random() < 0.6 else rng.choice(COMMON)
        if 0 < k < size - 1 and rng.random() < 0.2:
            word += rng.choice([",", ".", ";", "'s"])
        out.append(word)
    out[0] = rng.choice(['"', "(", "", ""]) + out[0]  # punctuation at the edges: outside spans
    out[-1] += rng.choice(['."', ".", ")", ""])
    return out


def build(
    rng: random.Random, sources: int, plants: list[Plant], *, reverse: bool = False
) -> tuple[list[Source], dict[int, dict[int, str]]]:
    """Texts of filler with the passages planted in shuffled order; also how each was printed.

    With `reverse`, odd sources print the passages in the reverse order of even ones.
    """
    printed: dict[int, dict[int, str]] = {}
    texts = []
    for owner in range(sources):
        mine = [n for n, plant in enumerate(plants) if owner in plant.holders]
        if reverse:
            mine.sort(reverse=owner % 2 == 1)
        else:
            rng.shuffle(mine)  # another order in each source: crossed passages must be found too
        pieces = filler(rng, owner, 0, rng.randint(5, 60))
        for n in mine:
            printed.setdefault(n, {})[owner] = plants[n].rendered(rng)
            pieces.append(printed[n][owner])
            pieces.extend(filler(rng, owner, 1000 * (n + 1), rng.randint(1, 40)))
        texts.append(" ".join(pieces))
    return [make_source(n, text) for n, text in enumerate(texts)], printed


def check(sources: list[Source], plants: list[Plant], printed: dict[int, dict[int, str]]) -> None:
    """Every planted pair found with exact spans and counts; no other pair reported."""
    found = TextReuse(sources)
    expected_pairs = {pair for plant in plants for pair in combinations(plant.holders, 2)}
    reported = {(int(p.first.id[1:]), int(p.second.id[1:])) for p in found.pairs}
    assert reported == expected_pairs
    for a, b in combinations(range(len(sources)), 2):
        first, second = sources[a], sources[b]
        planted = [n for n, plant in enumerate(plants) if {a, b} <= set(plant.holders)]
        passages = found.shared_passages(first, second)
        assert len(passages) == len(planted)
        got = {
            (first.text[p.first.start : p.first.end], second.text[p.second.start : p.second.end])
            for p in passages
        }
        want = {(EDGE.sub("", printed[n][a]), EDGE.sub("", printed[n][b])) for n in planted}
        assert got == want
        # Containment: each planted passage of w words adds w - 7 shingles to the pair.
        shared = sum(plants[n].size - SHINGLE_WORDS + 1 for n in planted)
        for one, other in ((first, second), (second, first)):
            total = found.shingles(one)
            expected = shared / total if total else 0.0
            assert found.containment(one, other) == pytest.approx(expected)


@settings(max_examples=60, deadline=None)
@given(
    seed=st.integers(0, 2**32),
    sources=st.integers(2, 6),
    shape=st.lists(st.tuples(st.integers(8, 40), st.integers(2, 3)), max_size=6),
)
def test_planted_passages_found_exactly_and_nothing_else(
    seed: int, sources: int, shape: list[tuple[int, int]]
) -> None:
    """Random sources and planted passages (some in three sources): the index finds them all."""
    rng = random.Random(seed)
    plants = [
        Plant(plant_words(rng, n, size), tuple(sorted(rng.sample(range(sources), holders))))
        for n, (size, holders) in enumerate(shape)
        if holders <= sources
    ]
    built, printed = build(rng, sources, plants)
    check(built, plants, printed)


@pytest.mark.parametrize("size", [SHINGLE_WORDS - 1, SHINGLE_WORDS, SHINGLE_WORDS + 1])
def test_shortest_passage_is_eight_words(size: int) -> None:
    """Seven words in common is not copied text; eight words is one shingle and one passage."""
    rng = random.Random(size)
    plants = [Plant([f"p0w{k}" for k in range(size)], (0, 1))]
    built, printed = build(rng, 2, plants)
    found = TextReuse(built)
    if size < SHINGLE_WORDS:
        assert found.pairs == ()
        assert found.shared_passages(*built) == ()
        assert found.containment(*built) == 0.0
    else:
        assert [pair.shared for pair in found.pairs] == [size - SHINGLE_WORDS + 1]
        check(built, plants, printed)


def test_three_passages_in_crossed_order_and_copied_share() -> None:
    """Passages printed in another order are all found; copied share counts each shingle once."""
    rng = random.Random(7)
    plants = [
        Plant(plant_words(rng, 0, 30), (0, 1)),
        Plant(plant_words(rng, 1, 20), (0, 1)),
        Plant(plant_words(rng, 2, 12), (0, 1, 2)),
    ]
    built, printed = build(rng, 3, plants, reverse=True)
    check(built, plants, printed)
    found = TextReuse(built)
    copied = sum(plant.size - SHINGLE_WORDS + 1 for plant in plants)
    assert found.copied_share(built[0]) == pytest.approx(copied / found.shingles(built[0]))
    third = plants[2].size - SHINGLE_WORDS + 1
    assert found.copied_share(built[2]) == pytest.approx(third / found.shingles(built[2]))


def test_passages_are_found_only_when_asked_and_only_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """compare() aligns no pair; asking for a pair aligns it once; a pair sharing nothing never."""
    calls: list[int] = []
    real = reuse.aligned_blocks

    def counting(a: list[str], b: list[str], min_words: int) -> list[tuple[int, int, int]]:
        calls.append(1)
        return real(a, b, min_words)

    monkeypatch.setattr(reuse, "aligned_blocks", counting)
    rng = random.Random(3)
    plants = [Plant(plant_words(rng, 0, 25), (0, 1))]
    built, _ = build(rng, 3, plants)
    found = TextReuse(built)
    assert calls == []
    first = found.shared_passages(built[0], built[1])
    assert calls == [1]
    again = found.shared_passages(built[0], built[1])
    swapped = found.shared_passages(built[1], built[0])
    assert calls == [1]
    assert again == first
    assert [(p.second, p.first) for p in swapped] == [(p.first, p.second) for p in first]
    assert found.shared_passages(built[0], built[2]) == ()
    assert calls == [1]


def test_case_ligatures_and_punctuation_do_not_hide_a_copy() -> None:
    """Words compare after NFKC and case folding; punctuation and spacing between them do not."""
    original = "Kallas , EU High Representative for Foreign Affairs and the ﬁnal Security Policy"
    copy = "KALLAS, EU high representative for foreign affairs and the final security policy!"
    built = [make_source(0, f"x1 x2 {original} y1"), make_source(1, f"z1 {copy} z2")]
    found = TextReuse(built)
    (passage,) = found.shared_passages(*built)
    assert built[0].text[passage.first.start : passage.first.end] == original
    assert built[1].text[passage.second.start : passage.second.end] == copy.rstrip("!")
    assert passage.words == 12


def test_short_and_empty_sources_share_nothing() -> None:
    """A source under eight words has no shingles: shares are zero, never a division by zero."""
    built = [make_source(0, ""), make_source(1, "one two three"), make_source(2, "one two three")]
    found = TextReuse(built)
    assert found.pairs == ()
    assert [found.shingles(s) for s in built] == [0, 0, 0]
    assert [found.copied_share(s) for s in built] == [0.0, 0.0, 0.0]
    assert found.containment(built[1], built[1]) == 0.0
    assert found.matrix() == ((0.0,) * 3,) * 3


SEEDS = Path(__file__).resolve().parent / "data" / "analysis" / "seeds.yaml"


def test_seed_passages_are_the_same_words_in_both_articles() -> None:
    """The real ANI copies: each passage is the same words in both; the Kallas quote is one."""
    comparison = compare(load(SEEDS))
    ani, asianet = comparison.briefing.source("s001"), comparison.briefing.source("s002")
    passages = comparison.reuse.shared_passages(ani, asianet)
    texts = []
    for passage in passages:
        left = ani.text[passage.first.start : passage.first.end]
        right = asianet.text[passage.second.start : passage.second.end]
        assert re.findall(r"\w+", left.casefold()) == re.findall(r"\w+", right.casefold())
        assert passage.words == len(re.findall(r"\w+", left)) >= SHINGLE_WORDS
        texts.append(left)
    assert any(
        "The signing of the Security and Defence Partnership is a milestone, and we can build on"
        in text
        for text in texts
    )
    # Passages are in the first article's order and never overlap.
    starts = [p.first for p in passages]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(starts))


def test_passage_of_common_words_in_long_texts_is_found() -> None:
    """Eight of the most frequent words in a row, in texts long enough for difflib's autojunk
    to ignore frequent words: the aligner (autojunk off) still finds the passage, exactly."""
    rng = random.Random(11)
    plants = [Plant(["the", "of", "and", "to", "in", "a", "said", "on"], (0, 1))]
    built, printed = build(rng, 2, plants)
    built = [
        make_source(n, " ".join(filler(rng, n, 0, 300)) + " " + printed[0][n]) for n in range(2)
    ]
    printed = {0: {n: printed[0][n] for n in range(2)}}
    assert all(source.words > 400 for source in built)
    check(built, plants, printed)


@settings(max_examples=200, deadline=None)
@given(
    sets=st.lists(st.sets(st.integers(0, 40), max_size=15), max_size=12),
)
def test_shared_counts_match_counting_every_pair_directly(sets: list[set[int]]) -> None:
    """The two-pass index finds exactly the pairs, and counts, of comparing every pair."""
    pairs, copied = reuse._shared_counts(sets)
    expected = {
        (a, b): len(sets[a] & sets[b])
        for a, b in combinations(range(len(sets)), 2)
        if sets[a] & sets[b]
    }
    assert pairs == expected
    others = [set().union(*(s for k, s in enumerate(sets) if k != n)) for n in range(len(sets))]
    assert copied == [len(mine & rest) for mine, rest in zip(sets, others, strict=True)]


@pytest.mark.parametrize("enabled", [True, False])
def test_counting_leaves_the_garbage_collector_as_it_found_it(enabled: bool) -> None:
    """The collector is paused while the counts are built, then left as it was."""
    rng = random.Random(7)
    sources = [make_source(n, " ".join(filler(rng, n, 0, 50))) for n in range(3)]
    was = gc.isenabled()
    try:
        if enabled:
            gc.enable()
        else:
            gc.disable()
        TextReuse(sources)
        assert gc.isenabled() is enabled
    finally:
        if was:
            gc.enable()
        else:
            gc.disable()
