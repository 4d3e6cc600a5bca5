"""Copied text between sources: how much of each article also appears in another, and where.

    reuse = TextReuse(briefing.sources)
    reuse.containment(a, b)      # share of a's text also found in b, 0.0 to 1.0
    reuse.pairs                  # every pair that shares any text, with both shares
    reuse.copied_share(a)        # share of a's text found in any other source
    reuse.shared_passages(a, b)  # the shared passages as spans of a.text and b.text

How much is shared (containment): each article is cut into word 8-grams
("shingles", words as `words.py` defines them); the share of a's text found
in b is the number of a's distinct shingles that b also has, divided by the
number of a's distinct shingles. An article of fewer than 8 words has no
shingles and shares nothing. One inverted index (each shingle that two
sources or more have -> those sources) is built for all sources at once,
with the garbage collector paused (see `_count`), so the cost grows with the
total text plus the pairs that really share text, never with the square of
the number of sources: pairs that share nothing are never looked at. (When
every one of many outlets carries the same wire copy, the sharing pairs are
themselves the square of the outlets: 200 such outlets, 19,900 pairs, take
about 0.6 s.)

Where it is shared (passages): only when asked for one pair, and only for a
pair that shares at least one shingle, an exact aligner (difflib's
SequenceMatcher on the two word sequences, autojunk off) finds every run of
at least 8 identical words, and the result is cached. The first pass finds
the passages in the order both texts give them (what a side-by-side view
aligns); further passes, with the words already matched masked out, find
passages the second article moved around. A passage's span in each source
runs from the first character of its first word to the last character of its
last word: white space and punctuation at its edges are outside the span,
while those inside it are whatever each outlet printed.
"""

from __future__ import annotations

import _thread
import gc
from collections.abc import Sequence
from typing import NamedTuple

from briefing.model import Source, Span

SHINGLE_WORDS = 8
"""Words in one shingle, and the fewest words a shared passage has."""


class PairReuse(NamedTuple):
    """Two sources that share at least one shingle, and how much each carries of the other."""

    first: Source
    """The one listed first in the briefing."""
    second: Source
    shared: int
    """Distinct shingles both have."""
    first_in_second: float
    """Share of `first`'s text also found in `second`, 0.0 to 1.0."""
    second_in_first: float
    """Share of `second`'s text also found in `first`, 0.0 to 1.0."""

    @property
    def share(self) -> float:
        """The larger of the two shares: how much of either one is found in the other."""
        return max(self.first_in_second, self.second_in_first)


class SharedPassage(NamedTuple):
    """A run of at least `SHINGLE_WORDS` identical words found in two sources."""

    first: Span
    """Where the passage sits in the first source's text (the one asked about first)."""
    second: Span
    """Where it sits in the second source's text."""
    words: int
    """How many words it has."""


ReuseCounts = tuple[list[int], list[int], list[tuple[int, int, int]]]
"""Shingles per source, shingles each source shares with any other, and the
shingles each sharing pair (by positions, lower first) has in common."""


class TextReuse:
    """Copied text between every pair of a set of sources; computed once, read-only after.

    Sources are named by `Source` objects (matched by id) throughout.
    """

    __slots__ = (
        "_cache",
        "_index",
        "_lock",
        "_pairs",
        "_shared",
        "_shingles",
        "_sources",
        "_words",
    )

    def __init__(self, sources: Sequence[Source], counts: ReuseCounts | None = None) -> None:
        """Index every source's shingles and find every pair that shares any.

        Args:
            sources: the sources to compare.
            counts: what `counts()` returned for these same sources, to skip the work.
        """
        self._sources = tuple(sources)
        self._index = {source.id: number for number, source in enumerate(self._sources)}
        self._words: list[list[str]] | None = None
        if counts is None:
            self._words, counts = _count(self._sources)
        self._shingles, self._shared, pair_counts = counts
        self._pairs: dict[tuple[int, int], PairReuse] = {
            (a, b): self._pair((a, b), count) for a, b, count in pair_counts
        }
        self._cache: dict[tuple[int, int], tuple[SharedPassage, ...]] = {}
        # _thread rather than threading: threading costs 2 ms to import on every print.
        self._lock = _thread.allocate_lock()

    @property
    def sources(self) -> tuple[Source, ...]:
        """The sources compared, in the order given."""
        return self._sources

    def counts(self) -> ReuseCounts:
        """The counts everything but the passages derive from, as builtin values."""
        pairs = [(a, b, pair.shared) for (a, b), pair in self._pairs.items()]
        return (list(self._shingles), list(self._shared), pairs)

    @property
    def pairs(self) -> tuple[PairReuse, ...]:
        """Every pair that shares at least one shingle, in the order the sources are given."""
        return tuple(self._pairs.values())

    def pair(self, a: Source, b: Source) -> PairReuse | None:
        """What `a` and `b` share, or None when they share no shingle (or are the same source)."""
        return self._pairs.get(self._key(a, b))

    def containment(self, a: Source, b: Source) -> float:
        """Share of `a`'s text also found in `b` (against itself: 1.0, or 0.0 with no shingle)."""
        if a.id == b.id:
            return 1.0 if self.shingles(a) else 0.0
        found = self.pair(a, b)
        if found is None:
            return 0.0
        return found.first_in_second if found.first.id == a.id else found.second_in_first

    def matrix(self) -> tuple[tuple[float, ...], ...]:
        """`containment(row, column)` for every pair, rows and columns in source order."""
        return tuple(tuple(self.containment(a, b) for b in self._sources) for a in self._sources)

    def shares_among(self, sources: Sequence[Source]) -> list[float]:
        """`containment(a, b)` for every ordered pair of different `sources`.

        These are the matrix's cells among them, both ways round; a pair that
        shares nothing gives 0.0 twice.
        """
        return [self.containment(a, b) for a in sources for b in sources if a.id != b.id]

    def shingles(self, source: Source) -> int:
        """How many distinct shingles the source has (0 when it has fewer than 8 words)."""
        return self._shingles[self._index[source.id]]

    def copied_share(self, source: Source) -> float:
        """Share of the source's text also found in at least one other source."""
        number = self._index[source.id]
        total = self._shingles[number]
        return self._shared[number] / total if total else 0.0

    def shared_passages(self, a: Source, b: Source) -> tuple[SharedPassage, ...]:
        """Every passage of at least 8 words that `a` and `b` share, in `a`'s order.

        Computed on first request for the pair, then cached; empty at once for
        a pair that shares no shingle. Safe to call from several threads.
        """
        key = self._key(a, b)
        if key not in self._pairs:
            return ()
        with self._lock:
            passages = self._cache.get(key)
            if passages is None:
                passages = self._align(*key)
                self._cache[key] = passages
        if self._index[a.id] == key[0]:
            return passages
        swapped = (SharedPassage(p.second, p.first, p.words) for p in passages)
        return tuple(sorted(swapped, key=lambda passage: passage.first))

    def _key(self, a: Source, b: Source) -> tuple[int, int]:
        """The pair's key: both positions, lower first."""
        first, second = self._index[a.id], self._index[b.id]
        return (first, second) if first <= second else (second, first)

    def _pair(self, pair: tuple[int, int], shared: int) -> PairReuse:
        """The record for one pair that shares `shared` shingles."""
        first, second = pair
        return PairReuse(
            self._sources[first],
            self._sources[second],
            shared,
            shared / self._shingles[first],
            shared / self._shingles[second],
        )

    def _align(self, first: int, second: int) -> tuple[SharedPassage, ...]:
        """Find the passages two sources share and turn them into spans of their texts."""
        from briefing.analysis.words import word_offsets, words

        if self._words is None:
            self._words = [words(source.text) for source in self._sources]
        blocks = aligned_blocks(self._words[first], self._words[second], SHINGLE_WORDS)
        offsets_a = word_offsets(self._sources[first].text)
        offsets_b = word_offsets(self._sources[second].text)
        return tuple(
            SharedPassage(
                Span(offsets_a[i][0], offsets_a[i + size - 1][1]),
                Span(offsets_b[j][0], offsets_b[j + size - 1][1]),
                size,
            )
            for i, j, size in sorted(blocks)
        )


def _count(sources: Sequence[Source]) -> tuple[list[list[str]], ReuseCounts]:
    """Every source's words, and the counts: shingles, shingles shared with any other, pairs.

    The garbage collector is paused meanwhile. The build makes a few large
    containers (a word list and a shingle set for each source, the set of
    every shingle seen) and no reference cycle, but a collection of young
    objects walks every one of them: the more sources, the more such
    containers each collection walks and the more collections come, so that
    time grew with the square of the sources (at 200 sources one collection
    took 10 ms, a fifteenth of the analysis; at 20, none came). Nothing here
    can be garbage that only the collector frees, so the pause costs no memory.
    """
    # Imported here: the counts usually come from the cache, and words.py
    # brings unicodedata and a regular expression to compile.
    from briefing.analysis.words import words

    collecting = gc.isenabled()
    gc.disable()
    try:
        sequences = [words(source.text) for source in sources]
        sets = [_shingles(sequence) for sequence in sequences]
        shared, copied = _shared_counts(sets)
    finally:
        if collecting:
            gc.enable()
    pairs = sorted((a, b, count) for (a, b), count in shared.items())
    return sequences, ([len(shingles) for shingles in sets], copied, pairs)


def _shingles(sequence: list[str]) -> set[int]:
    """The distinct word 8-grams of a word sequence, each as its 64-bit hash.

    Hashes, not tuples of words: sets of small ints cost a third of the time
    and leave the garbage collector nothing to scan. Two different shingles
    share a hash with odds of about 1 in 10^9 for a thousand articles; the
    passages are found on the words themselves, so a collision could at
    worst add one shingle to a pair's count, never a wrong span.
    """
    return set(map(hash, zip(*(sequence[k:] for k in range(SHINGLE_WORDS)), strict=False)))


def _shared_counts(sets: list[set[int]]) -> tuple[dict[tuple[int, int], int], list[int]]:
    """Shingles shared by each pair that shares any, and by each source with any other.

    First the shingles held by two sources or more ("repeated") are found
    with one set of every shingle seen so far, and each source's repeated
    shingles are kept. Then the sources are taken in order with an index of
    the repeated shingles seen so far, each mapped to the latest source that
    has it. For a new source, the latest holders of the shingles it shares
    with earlier sources, and the earlier partners of those holders, are the
    only sources it can share anything with (a shingle's earlier holders are
    all partners of its latest one); for each of them the count is the size
    of the intersection of the two sets of repeated shingles. Every step over
    individual shingles runs inside C (set operations, map, dict.update), so
    the cost grows with the total text plus the pairs that do share text;
    pairs that share nothing cost nothing.

    Why so: an index of every shingle would be a dict as large as the text
    (130,000 entries for 200 articles), and an index holding every source of
    a shingle (as a bit set, one bit a source) costs more per shingle the more
    sources there are; either way time grew faster than the text.
    """
    seen: set[int] = set()
    repeated: set[int] = set()
    for shingles in sets:
        repeated |= shingles & seen
        seen |= shingles
    del seen  # the largest structure here: free it before the next one
    shared = [shingles & repeated for shingles in sets]
    latest: dict[int, int] = {}
    partners: list[set[int]] = []
    counts: dict[tuple[int, int], int] = {}
    for number, mine in enumerate(shared):
        found: set[int] = set()
        known = mine & latest.keys()
        if known:
            holders = set(map(latest.__getitem__, known))
            candidates = holders.union(*(partners[holder] for holder in holders))
            for other in sorted(candidates):
                count = len(shared[other] & mine)
                if count:
                    counts[other, number] = count
                    found.add(other)
        partners.append(found)
        latest.update(dict.fromkeys(mine, number))
    return counts, [len(mine) for mine in shared]


_MASK_A = object()
_MASK_B = object()
"""Stand-ins for words already matched: equal to nothing in the other sequence."""


def aligned_blocks(
    a: Sequence[str], b: Sequence[str], min_words: int
) -> list[tuple[int, int, int]]:
    """Every run of at least `min_words` equal words in `a` and `b`: (start in a, start in b, size).

    Each word of either sequence belongs to at most one run. The first pass
    keeps both orders (an alignment); each later pass masks the words matched
    so far and looks again, catching passages that come in another order.
    """
    first: list[object] = list(a)
    second: list[object] = list(b)
    blocks: list[tuple[int, int, int]] = []
    while True:
        found = _in_order_blocks(first, second, min_words)
        if not found:
            return blocks
        blocks.extend(found)
        for i, j, size in found:
            first[i : i + size] = [_MASK_A] * size
            second[j : j + size] = [_MASK_B] * size


def _in_order_blocks(
    a: list[object], b: list[object], min_words: int
) -> list[tuple[int, int, int]]:
    """The runs of at least `min_words` equal items that keep the order of both sequences.

    The same recursion as difflib's get_matching_blocks, except that it stops
    in any region whose longest match is too short, which keeps it fast on
    texts that share only common words outside their copied passages.
    """
    import difflib  # only when a pair's passages are asked for

    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    blocks: list[tuple[int, int, int]] = []
    regions = [(0, len(a), 0, len(b))]
    while regions:
        a_low, a_high, b_low, b_high = regions.pop()
        if min(a_high - a_low, b_high - b_low) < min_words:
            continue
        i, j, size = matcher.find_longest_match(a_low, a_high, b_low, b_high)
        if size < min_words:
            continue
        blocks.append((i, j, size))
        regions.append((a_low, i, b_low, j))
        regions.append((i + size, a_high, j + size, b_high))
    return blocks
