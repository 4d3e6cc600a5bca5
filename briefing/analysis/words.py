"""Words of an article as the copied-text analysis sees them.

A word is a run of letters, digits or underscores (the regular expression
`\\w+`); everything between words (spaces, punctuation, quote marks) is
ignored, so that "Kallas , EU" and "Kallas, EU" read as the same words. Words
are compared after Unicode NFKC and case folding, so that a headline's
capitals or a typographic ligature do not hide a copy.
"""

from __future__ import annotations

import re
import unicodedata

WORD = re.compile(r"\w+")
"""One word of an article."""


def _normalise(word: str) -> str:
    """One word as compared: NFKC, then case-folded."""
    return unicodedata.normalize("NFKC", word).casefold()


def words(text: str) -> list[str]:
    """The article's words, normalised for comparison, in order."""
    raw = WORD.findall(text)
    # Normalising the joined text is much faster than word by word; it is only
    # wrong when NFKC turns one word into several (rare compatibility forms),
    # which the count check catches.
    joined = unicodedata.normalize("NFKC", " ".join(raw)).casefold().split(" ")
    if len(joined) == len(raw):
        return joined
    return [_normalise(word) for word in raw]


def word_offsets(text: str) -> list[tuple[int, int]]:
    """Where each word of `words(text)` sits in `text`: (start, end) character offsets."""
    return [match.span() for match in WORD.finditer(text)]
