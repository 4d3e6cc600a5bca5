"""Why an excerpt is not in its source: the closest passage, and the first difference.

`briefing check` reports an excerpt it cannot find with the passage of the
source most like it, both shown around their first difference, and the cause
when it has a name (a changed, missing or extra word; only letter case, quote
marks or dashes), so that the curator sees at once what to fix.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from briefing.verify import (
    DASHES,
    QUOTE_MARKS,
    NormalisedText,
    find_whole,
    loosen,
    unaccent,
    widen_to_words,
)

_CLOSEST_LIMIT = 400_000
"""Longest source (in characters) searched for a closest passage; beyond it we say less."""
CLOSEST_WANTED_CHARS = 160
"""Only the start of a long excerpt is compared: the search costs source x excerpt length."""
_DIFF_WORDS = 300
"""Words of the excerpt and of the passage compared to find their first difference."""
_BEFORE, _AFTER = 40, 40
"""Characters shown before and after the first difference (then to a word's edge)."""
_WORD = 20
"""Longest word finished past the window's end; a text this much longer than the window
is shown whole."""


@dataclass(frozen=True)
class Mismatch:
    """Where an excerpt and the source's closest passage first differ, to show a curator."""

    excerpt: str
    """The excerpt (normalised) around the first difference, "…" where cut."""
    passage: str
    """The source as printed around the same place, "…" where cut."""
    cause: str
    """The difference in plain words ("" when nothing more can be said)."""


def mismatch(wanted: str, source: NormalisedText, original: str) -> Mismatch | None:
    """How `wanted` (a normalised piece not in the source) differs from the source's closest text.

    When the piece is in the source as whole words but for letter case, quote
    marks, dashes (`--` for `—` too) or accents, that place is the passage and
    the cause says so; when it is in the source only inside longer words, the
    cause names them; otherwise the passage is the closest one difflib finds
    and the cause names the first differing words.
    """
    if not wanted:
        return None
    if source.text.strip():
        start = find_whole(source.loose, loosen(wanted))
        if start >= 0:
            return _alike_but(wanted, source, original, start, len(wanted))
        start = source.text.find(wanted)
        if start >= 0:
            return _inside_words(wanted, source, original, start)
        for variant in _dash_variants(wanted):
            start = find_whole(source.plain, unaccent(loosen(variant)))
            if start >= 0:
                return _alike_but(wanted, source, original, start, len(variant))
    found = _closest_range(wanted, source)
    if found is None:
        return None
    return _first_difference(wanted, source, original, *found)


_DOUBLE_DASH = re.compile(r"-{2,3}")
_LONE_DASH = re.compile(r"(?<= )-(?= )")


def _dash_variants(wanted: str) -> list[str]:
    """`wanted`, and with a typed `--` for a dash (after `fold` every dash is `-`), or back."""
    variants = [wanted, _DOUBLE_DASH.sub("-", wanted), _LONE_DASH.sub("--", wanted)]
    return list(dict.fromkeys(variants))


def _alike_but(
    wanted: str, source: NormalisedText, original: str, start: int, length: int
) -> Mismatch:
    """The mismatch of a piece alike to `source.text[start:start + length]`.

    They differ only in letter case, quote marks, dashes or accents.
    """
    passage = source.text[start : start + length]
    changes = _changes(wanted, passage)
    first, at = (changes[0][1], changes[0][3]) if changes else (0, 0)
    ours = _word_at(wanted, first)
    word = _word_span(passage, at)
    its = _printed(source, original, start + word[0], start + word[1])
    kinds = _kinds([(wanted[a:b], passage[c:d]) for _, a, b, c, d in changes])
    cause = f"they differ only in {kinds} (first: {_pair(ours, its)}{_named(ours, its)})"
    return _shown(wanted, first, source, original, at_source=start + at, cause=cause)


def _changes(ours: str, its: str) -> list[tuple[str, int, int, int, int]]:
    """The differing parts of two texts alike but for a few characters, as difflib opcodes."""
    if len(ours) == len(its):
        pairs = enumerate(zip(ours, its, strict=True))
        return [("replace", i, i + 1, i, i + 1) for i, (a, b) in pairs if a != b]
    matcher = difflib.SequenceMatcher(None, ours, its, autojunk=False)
    return [opcode for opcode in matcher.get_opcodes() if opcode[0] != "equal"]


def _inside_words(wanted: str, source: NormalisedText, original: str, start: int) -> Mismatch:
    """The mismatch of a piece found at `start` only as part of longer words."""
    text, end, limit = source.text, start + len(wanted), _WORD * 2
    first, last = widen_to_words(text, start, end, limit)
    longer: list[str] = []
    if first < start:  # the word the piece begins inside
        longer.append(
            _printed(source, original, first, widen_to_words(text, start, start + 1, limit)[1])
        )
    if last > end:  # and the one it ends inside
        longer.append(
            _printed(source, original, widen_to_words(text, end - 1, end, limit)[0], last)
        )
    longer = list(dict.fromkeys(longer))  # "legal" in "illegal": one word
    words = "a longer word" if len(longer) == 1 else "longer words"
    cause = (
        f"found only inside {words} ({', '.join(_quoted(word) for word in longer)}): "
        "extend the excerpt to whole words"
    )
    if first < start:
        return _shown(wanted, 0, source, original, at_source=first, cause=cause)
    at = wanted.rfind(" ") + 1  # from the last word, cut at its end
    return _shown(wanted, at, source, original, at_source=start + at, cause=cause)


def _printed(source: NormalisedText, original: str, start: int, end: int) -> str:
    """`source.text[start:end]` as the source prints it."""
    span = source.to_original(start, end)
    return original[span.start : span.end]


def _kinds(pairs: list[tuple[str, str]]) -> str:
    """'letter case', 'quote marks and dashes', ...: how the differing parts differ."""
    differing = [(a, b) for a, b in pairs if a != b]
    return " and ".join(kind for kind, test in _KINDS if any(test(a, b) for a, b in differing))


_MARK_NAMES = {
    "\u201c": "an opening quote mark",
    "\u201d": "a closing quote mark",
    "\u2018": "an opening single quote mark",
    "\u2019": "a closing single quote mark or apostrophe",
    "\u201e": "a low opening quote mark",
    "\u00ab": "an opening guillemet",
    "\u00bb": "a closing guillemet",
    "\u2014": "an em dash",
    "\u2013": "an en dash",
    "\u2212": "a minus sign",
}
"""What to call the marks a curator is likeliest to mistype; others are named by code."""


def _named(ours: str, its: str) -> str:
    """'; ” is a closing quote mark', '; ʼ is U+02BC': the marks not in ASCII where they differ.

    Accented letters are left out: they show for themselves. Two marks at most.
    """
    marks = [c for c in its if c not in ours and not c.isascii() and not _is_accented(c)]
    marks += [c for c in ours if c not in its and not c.isascii() and not _is_accented(c)]
    return "".join(
        f"; {mark} is {_MARK_NAMES.get(mark, f'U+{ord(mark):04X}')}"
        for mark in list(dict.fromkeys(marks))[:2]
    )


def _is_accented(character: str) -> bool:
    """Whether `character` is an accented letter (it shows for itself: "ó")."""
    return unaccent(character) != character


def _is_case(a: str, b: str) -> bool:
    """Whether two texts differ only in letter case."""
    return a.lower() == b.lower()


def _is_accent(a: str, b: str) -> bool:
    """Whether two texts differ only in accents (and perhaps letter case)."""
    lower_a, lower_b = a.lower(), b.lower()
    return lower_a != lower_b and unaccent(lower_a) == unaccent(lower_b)


def _is_quote(a: str, b: str) -> bool:
    """Whether either of two differing texts holds a quote mark."""
    return any(c in QUOTE_MARKS for c in a + b)


def _is_dash(a: str, b: str) -> bool:
    """Whether either of two differing texts holds a dash."""
    return any(c in DASHES for c in a + b)


_KINDS = (
    ("letter case", _is_case),
    ("accents", _is_accent),
    ("quote marks", _is_quote),
    ("dashes", _is_dash),
)
"""Each way two texts can be loosely alike, and how to tell it from a differing pair."""


def _first_difference(
    wanted: str, source: NormalisedText, original: str, start: int, end: int
) -> Mismatch:
    """The mismatch of a piece against the passage `source.text[start:end]`, word by word."""
    # The passage is placed by its longest match with the piece: widen it by
    # a few words each side, so that words the piece has before or after that
    # match are compared with their neighbours in the source.
    text = source.text
    start = text.rfind(" ", 0, max(0, start - _BEFORE)) + 1
    end = text.find(" ", min(len(text), end + _BEFORE))
    end = len(text) if end < 0 else end
    mine = wanted.split(" ")[:_DIFF_WORDS]
    theirs = text[start:end].split(" ")[: _DIFF_WORDS + 20]
    # Common short words make poor anchors: "the" in a paraphrase would tie it
    # to any "the" of the source. They still extend a match. Words are matched
    # without the quote marks around them, so that '"historic' in the source
    # still anchors "historic" of the piece; the mark is then the difference.
    matcher = difflib.SequenceMatcher(
        _is_filler, [_bare(w) for w in mine], [_bare(w) for w in theirs], autojunk=False
    )
    at_mine, at_theirs = len(wanted), end
    for opcode in matcher.get_opcodes():
        tag, i1, i2, j1, j2 = _unequal(opcode, mine, theirs)
        if tag == "equal" or (tag == "insert" and i1 in (0, len(mine))):
            continue  # the source's words before and after the piece are only context
        # At either end of the piece, compare as many of the source's words as
        # it has, next to the words that match.
        first, last = j1, j2
        if i1 == 0 and tag == "replace":
            first = max(j1, j2 - (i2 - i1))
        if i2 == len(mine):
            last = min(j2, first + (i2 - i1))
        # Common words cannot anchor a match, so a changed word may come after
        # words both share ("was a" before "historic" where the source has
        # '"historic'): the difference starts after them.
        ahead = i1
        while ahead < i2 and first < last and mine[ahead] == theirs[first]:
            ahead, first = ahead + 1, first + 1
        if ahead == i2 and first == last:
            continue
        at_mine = sum(len(word) + 1 for word in mine[:ahead])
        at_theirs = start + sum(len(word) + 1 for word in theirs[:first])
        ours, its = " ".join(mine[ahead:i2]), " ".join(theirs[first:last])
        if ours and its:
            # The source's words as it prints them: a curly quote mark stays curly.
            printed = _printed(source, original, at_theirs, at_theirs + len(its))
            printed = " ".join(printed.split())
            same = len(_common_prefix(ours, its))
            at_mine, at_theirs = at_mine + same, at_theirs + same
            cause = f"first difference: {_pair(ours, printed)}{_kind_of(ours, its, printed)}"
        elif ours:
            words = "an extra word" if i2 - ahead == 1 else "extra words"
            cause = f"first difference: {words} {_quoted(ours)} that the source does not have"
        else:
            words = "a missing word" if last - first == 1 else "missing words"
            printed = _printed(source, original, at_theirs, at_theirs + len(its))
            cause = (
                f"first difference: {words} {_quoted(' '.join(printed.split()))} "
                "that the source has here"
            )
        at_mine = min(at_mine, len(wanted))
        return _shown(wanted, at_mine, source, original, at_source=at_theirs, cause=cause)
    # No word differs in the part compared (a very long piece): show where it ends.
    at_mine = min(sum(len(word) + 1 for word in mine), len(wanted))
    return _shown(wanted, at_mine, source, original, at_source=at_theirs, cause="")


def _bare(word: str) -> str:
    """`word` without the quote marks around it, nor accents ("López" anchors "Lopez")."""
    return unaccent(word.strip(QUOTE_MARKS))


def _unequal(
    opcode: tuple[str, int, int, int, int], mine: list[str], theirs: list[str]
) -> tuple[str, int, int, int, int]:
    """`opcode`; for words equal but for quote marks around them, the first such pair replaced.

    The piece may begin after a quote mark of the source and end before one.
    """
    tag, i1, i2, j1, _ = opcode
    if tag != "equal":
        return opcode
    for at in range(i1, i2):
        ours, its = mine[at], theirs[j1 + at - i1]
        if (
            ours == its
            or (at == 0 and its.endswith(ours))
            or (at == len(mine) - 1 and its.startswith(ours))
            or (len(mine) == 1 and ours in its)
        ):
            continue
        return "replace", at, at + 1, j1 + at - i1, j1 + at - i1 + 1
    return opcode


_FILLERS = frozenset(
    (
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have",
        "in", "is", "it", "its", "of", "on", "or", "that", "the", "this", "to", "was", "were",
        "which", "will", "with",
    )
)  # fmt: skip
"""Words too common to anchor an excerpt to a place in its source."""


def _is_filler(word: str) -> bool:
    """Whether `word` is too common to anchor a comparison."""
    return word.lower() in _FILLERS


def _closest_range(wanted: str, source: NormalisedText) -> tuple[int, int] | None:
    """Where in `source.text` the passage most like `wanted` starts and ends, if any is close."""
    if len(source.text) > _CLOSEST_LIMIT:
        return None
    # Compared without case, accents or kinds of quote marks and dashes (the
    # same length as the text), so that "Lopez" runs on into "López".
    head = unaccent(loosen(wanted[:CLOSEST_WANTED_CHARS]))
    matcher = difflib.SequenceMatcher(None, source.plain, head, autojunk=False)
    best = matcher.find_longest_match(0, len(source.text), 0, len(head))
    # A short excerpt is close when half of it is in the source ("Ana Lopes
    # said" has "Ana Lop"); a longer one needs a dozen characters in a row.
    if best.size < min(12, max(4, (len(head) + 1) // 2)):
        return None
    start = max(0, best.a - best.b)
    # Begin and end on word boundaries, so the passage reads as text.
    start = source.text.rfind(" ", 0, start) + 1
    end = source.text.find(" ", min(len(source.text), start + len(wanted)))
    return start, len(source.text) if end < 0 else end


def closest_passage(wanted: str, source: NormalisedText, original: str) -> str | None:
    """The passage of the source most like `wanted` (normalised), as the source prints it."""
    found = _closest_range(wanted, source) if wanted else None
    if found is None:
        return None
    span = source.to_original(*found)
    return original[span.start : span.end]


def _common_prefix(a: str, b: str) -> str:
    """The longest start `a` and `b` share."""
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return a[:size]


def _shown(
    wanted: str, at: int, source: NormalisedText, original: str, *, at_source: int, cause: str
) -> Mismatch:
    """Both texts around their first difference (`at` in `wanted`, `at_source` in the source).

    The source's window starts as far before the difference as the excerpt's
    does, so that the two read side by side from the same word.
    """
    start, end = _around(wanted, at, _BEFORE, _AFTER)
    excerpt = ("…" if start else "") + wanted[start:end] + ("…" if end < len(wanted) else "")
    text = source.text
    first, last = _around(text, at_source, at - start, max(_AFTER, end - at), whole=False)
    span = source.to_original(first, last)
    # One line, as the problem is printed: an article's line ends are spaces.
    passage = " ".join(original[span.start : span.end].split())
    more = last < len(text.rstrip())  # the article's closing line end is not more text
    passage = ("…" if first else "") + passage + ("…" if more else "")
    return Mismatch(excerpt, passage, cause)


def _around(text: str, at: int, before: int, after: int, *, whole: bool = True) -> tuple[int, int]:
    """Offsets of a window of `text` from `before` characters before `at` to `after` past it.

    With `whole`, a text not much longer than a window is shown whole.
    """
    if whole and len(text) <= _BEFORE + _AFTER + _WORD:
        return 0, len(text)
    start, end = max(0, at - before), min(len(text), at + after)
    if start:
        word_start = text.find(" ", start - 1) + 1  # the first word that starts in the window
        start = word_start if 0 < word_start <= at else start
    word_end = text.find(" ", end)
    word_end = len(text) if word_end < 0 else word_end
    if word_end - end <= _WORD:  # finish the last word if it is not too long
        end = word_end
    return start, end


def _word_at(text: str, at: int) -> str:
    """The word of `text` that holds offset `at`."""
    start, end = _word_span(text, at)
    return text[start:end]


def _word_span(text: str, at: int) -> tuple[int, int]:
    """Where the word of `text` that holds offset `at` starts and ends."""
    start = text.rfind(" ", 0, at) + 1
    end = text.find(" ", at)
    return start, len(text) if end < 0 else end


def _pair(ours: str, its: str) -> str:
    """'"x" where the source has "y"', each side shortened."""
    return f"{_quoted(ours)} where the source has {_quoted(its)}"


def _quoted(text: str, limit: int = 40) -> str:
    """`text` in double quotes, shortened with "…" past `limit` characters.

    A text holding a straight double quote goes in single quotes instead, so
    that the mark is not read as the end of the text ('"historic').
    """
    mark = "'" if '"' in text else '"'
    return mark + (text if len(text) <= limit else text[: limit - 1] + "…") + mark


_UNQUOTED = str.maketrans("", "", QUOTE_MARKS)
"""Deletes quote marks: texts alike without them differ only in quote marks."""


def _kind_of(ours: str, its: str, printed: str) -> str:
    """' (letter case)', ' (quote marks; ʼ is U+02BC)' when two texts differ only so.

    `its` is the source's text normalised, `printed` as the source prints it.
    Otherwise the marks of the source the excerpt lacks, named: ' (” is a
    closing quote mark)'; else ''.
    """
    named = _named(ours, printed)
    if len(ours) != len(its) or unaccent(loosen(ours)) != unaccent(loosen(its)):
        if ours.translate(_UNQUOTED) == its.translate(_UNQUOTED):
            return f" (quote marks{named})"
        return f" ({named[2:]})" if named else ""
    return f" ({_kinds(list(zip(ours, its, strict=True)))}{named})"
