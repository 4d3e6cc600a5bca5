"""The pure parts of the comparison view: aligned blocks for the pair view, clipped cells."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.console import Console
from rich.text import Text

from briefing.analysis import SharedPassage, compare
from briefing.analysis.reuse import TextReuse
from briefing.load import load
from briefing.model import Source, Span
from briefing.tui.comparison.cells import clip
from briefing.tui.comparison.pair_layout import aligned_chain, pair_layout

SEEDS = Path(__file__).resolve().parent / "data" / "analysis" / "seeds.yaml"
FILLER = [
    "lorem",
    "ipsum",
    "dolor",
    "sit",
    "amet",
    "consectetur",
    "adipiscing",
    "elit",
    "sed",
    "do",
    "eiusmod",
    "tempor",
]


def source(ident: str, text: str) -> Source:
    """A source with this text."""
    return Source(ident, ident.upper(), f"{ident}.txt", f"{ident}.txt", text)


def filler(seed: int, words: int) -> str:
    """Words no other filler shares 8 in a row with (numbered, so never repeated)."""
    chooser = random.Random(seed)
    return " ".join(f"{chooser.choice(FILLER)}{seed}x{n}" for n in range(words))


PLANTED_ONE = "the minister said the partnership would be signed at the summit next month"
PLANTED_TWO = "both sides agreed to deepen cooperation on maritime security and counter terrorism"


def planted_pair() -> tuple[Source, Source]:
    """Two texts sharing two passages, the second text giving them in the other order."""
    a = f"{filler(1, 30)}. “{PLANTED_ONE}.” {filler(2, 20)}\n\n{PLANTED_TWO}, {filler(3, 25)}."
    b = f"{filler(4, 12)} {PLANTED_TWO}. {filler(5, 40)}: {PLANTED_ONE}! {filler(6, 10)}"
    return source("a", a), source("b", b)


def covered(text: str, pieces: list[tuple[int, int]]) -> str:
    """What of `text` the pieces leave out."""
    kept = bytearray(b"\x01" * len(text))
    for start, end in pieces:
        kept[start:end] = b"\x00" * (end - start)
    return "".join(char for char, left in zip(text, kept, strict=True) if left)


def test_the_longer_of_two_crossed_passages_is_aligned_the_other_marked_moved() -> None:
    a, b = planted_pair()
    passages = TextReuse([a, b]).shared_passages(a, b)
    assert len(passages) == 2
    layout = pair_layout(a.text, b.text, passages)
    assert len(layout.aligned) == 1 and len(layout.moved) == 1
    aligned = layout.aligned[0]
    assert a.text[aligned.first.start : aligned.first.end] == PLANTED_ONE  # 14 words beat 12
    moved = layout.moved[0]
    assert b.text[moved.second.start : moved.second.end] == PLANTED_TWO
    (block,) = [block for block in layout.blocks if block.passage == 0]
    assert [(p.kind, a.text[p.start : p.end]) for p in block.left] == [
        ("plain", "“"),
        ("shared", PLANTED_ONE),
        ("plain", ".”"),
    ]
    assert [(p.kind, b.text[p.start : p.end]) for p in block.right] == [
        ("shared", PLANTED_ONE),
        ("plain", "!"),
    ]
    marked = [
        (p.kind, a.text[p.start : p.end])
        for block in layout.blocks
        for p in block.left
        if p.kind == "moved"
    ]
    assert marked == [("moved", PLANTED_TWO)]


def test_passages_in_the_same_order_are_all_aligned_with_their_glued_quote_marks() -> None:
    a = source("a", f"{filler(1, 20)} “{PLANTED_ONE}.” {filler(2, 9)} {PLANTED_TWO}")
    b = source("b", f"{filler(3, 5)}\n\n“{PLANTED_ONE},” {filler(4, 30)} ({PLANTED_TWO})")
    layout = pair_layout(a.text, b.text, TextReuse([a, b]).shared_passages(a, b))
    assert len(layout.aligned) == 2 and not layout.moved
    rows = [
        (a.text[block.left[0].start : block.left[-1].end] if block.left else "",
         b.text[block.right[0].start : block.right[-1].end] if block.right else "")
        for block in layout.blocks
    ]  # fmt: skip
    assert rows[1] == (f"“{PLANTED_ONE}.”", f"“{PLANTED_ONE},”")
    assert rows[3] == (PLANTED_TWO, f"({PLANTED_TWO})")
    assert [block.passage for block in layout.blocks] == [None, 0, None, 1]


def test_texts_that_share_nothing_are_one_block_each_side_whole() -> None:
    a, b = source("a", f"  {filler(1, 40)}\n"), source("b", filler(2, 50))
    layout = pair_layout(a.text, b.text, TextReuse([a, b]).shared_passages(a, b))
    assert not layout.aligned and not layout.moved
    (block,) = layout.blocks
    assert a.text[block.left[0].start : block.left[-1].end] == a.text.strip()
    assert b.text[block.right[0].start : block.right[-1].end] == b.text


@pytest.mark.parametrize("pair", list(itertools.permutations(range(5), 2)))
def test_on_the_seed_articles_every_character_but_edge_space_is_in_one_block(
    pair: tuple[int, int],
) -> None:
    briefing = load(SEEDS)
    comparison = compare(briefing)
    a, b = (briefing.sources[n] for n in pair)
    passages = comparison.reuse.shared_passages(a, b)
    layout = pair_layout(a.text, b.text, passages)
    for side, text in (("left", a.text), ("right", b.text)):
        pieces = [(p.start, p.end) for block in layout.blocks for p in getattr(block, side)]
        assert pieces == sorted(pieces)
        assert all(end <= start for (_, end), (start, _) in itertools.pairwise(pieces))
        assert covered(text, pieces).strip() == ""
    # Shared pieces are exactly the passages' spans; moved ones too.
    shared_left = [
        Span(p.start, p.end) for block in layout.blocks for p in block.left if p.kind == "shared"
    ]
    assert shared_left == [passage.first for passage in layout.aligned]
    assert len(layout.aligned) + len(layout.moved) == len(passages)
    seconds = [passage.second.start for passage in layout.aligned]
    assert seconds == sorted(seconds)


def passage(first: int, second: int, words: int) -> SharedPassage:
    """A passage at word-like positions (10 characters a word) in both texts."""
    return SharedPassage(
        Span(first * 10, (first + words) * 10), Span(second * 10, (second + words) * 10), words
    )


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 6)), max_size=7), st.randoms())
def test_the_aligned_chain_is_the_heaviest_that_rises_in_both_texts(
    slots: list[tuple[int, int]], chooser: random.Random
) -> None:
    # Disjoint passages in the first text, shuffled in the second.
    firsts = sorted({slot for slot, _ in slots})
    seconds = list(firsts)
    chooser.shuffle(seconds)
    weights = dict(slots)
    passages = [passage(f * 8, s * 8, weights[f]) for f, s in zip(firsts, seconds, strict=True)]
    chain = aligned_chain(passages)
    assert chain == sorted(chain)
    assert all(
        passages[x].second.start < passages[y].second.start for x, y in itertools.pairwise(chain)
    )
    best = max(
        (
            sum(passages[n].words for n in subset)
            for size in range(len(passages) + 1)
            for subset in itertools.combinations(range(len(passages)), size)
            if all(
                passages[x].second.start < passages[y].second.start
                for x, y in itertools.pairwise(subset)
            )
        ),
        default=0,
    )
    assert sum(passages[n].words for n in chain) == best


CONSOLE = Console(width=200, color_system=None)


@pytest.mark.parametrize("width", [1, 5, 12, 26])
@pytest.mark.parametrize("lines", [1, 2, 3])
def test_clip_fits_the_cell_and_marks_a_cut(width: int, lines: int) -> None:
    text = Text("Defence Minister Rajnath Singh met a high-level European Union delegation")
    clipped = clip(text, width, lines, CONSOLE, Text("+1 more"))
    wrapped = clipped.wrap(CONSOLE, width)
    assert len(wrapped) <= lines
    assert all(line.cell_len <= width for line in wrapped)
    if width >= 12:
        assert clipped.plain.startswith("D")
        assert clipped.plain.endswith("… +1 more")


def test_clip_leaves_text_that_fits_alone() -> None:
    text = Text("on track [sic]")
    assert clip(text, 26, 1, CONSOLE) is text
    assert clip(text, 26, 1, CONSOLE, Text("+1 more")).plain == "on track [sic] +1 more"
