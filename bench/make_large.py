"""Write a large, valid briefing for benchmarks: python bench/make_large.py FOLDER [--scale N].

At scale N the briefing has 2*N sources of about 800 words and 30*N excerpts
(scale 100: 200 sources, 3,000 excerpts), every excerpt copied from its
source so that `briefing check FOLDER/briefing.yaml` passes. The text is made
of invented words drawn with a Zipf-like frequency (as in real prose, a few
words are everywhere), and the copying looks like news: sources come in
groups of five, three of which carry one wire story (most of its paragraphs,
a few words edited, plus paragraphs of their own; only the first declares
`wire:`) while two write their own. The same seed always writes the same files.
"""

from __future__ import annotations

import argparse
import datetime
import random
import sys
from itertools import accumulate
from pathlib import Path

import yaml  # type: ignore[import-untyped]  # no stubs in the venv

WORDS_PER_SOURCE = 800
SOURCES_PER_SCALE = 2
EXCERPTS_PER_SCALE = 30
GROUP = 5
"""Sources per group; the first `CARRIERS` of each group carry the group's wire story."""
CARRIERS = 3
DAY = datetime.date(2026, 1, 27)


class Writer:
    """Invented prose from one seeded random generator."""

    def __init__(self, seed: int) -> None:
        """Build the vocabulary and its Zipf-like weights."""
        self.random = random.Random(seed)
        syllables = [c + v for c in "bcdfghklmnprstvz" for v in "aeiou"]
        vocabulary: set[str] = set()
        while len(vocabulary) < 6000:
            size = self.random.choice((1, 2, 2, 3, 3, 4))
            vocabulary.add("".join(self.random.choice(syllables) for _ in range(size)))
        self.vocabulary = sorted(vocabulary)
        self.random.shuffle(self.vocabulary)
        self.cumulative = list(accumulate(1 / (rank + 1) for rank in range(len(self.vocabulary))))

    def sentence(self) -> str:
        """One sentence of 8 to 24 words."""
        count = self.random.randint(8, 24)
        chosen = self.random.choices(self.vocabulary, cum_weights=self.cumulative, k=count)
        if count > 12 and self.random.random() < 0.5:
            chosen[self.random.randrange(3, count - 3)] += ","
        return " ".join(chosen).capitalize() + "."

    def paragraph(self) -> list[str]:
        """One paragraph of 3 to 5 sentences, as a list of words."""
        return " ".join(self.sentence() for _ in range(self.random.randint(3, 5))).split(" ")

    def story(self, words: int) -> list[list[str]]:
        """Paragraphs adding up to about `words` words."""
        paragraphs: list[list[str]] = []
        while sum(map(len, paragraphs)) < words:
            paragraphs.append(self.paragraph())
        return paragraphs

    def carry(self, wire: list[list[str]]) -> list[list[str]]:
        """A republished wire story: most paragraphs kept, a few words edited, own ones added."""
        kept = [list(p) for p in wire if self.random.random() < 0.85] or [list(wire[0])]
        for paragraph in kept:
            for _ in range(len(paragraph) // 50):
                paragraph[self.random.randrange(len(paragraph))] = self.random.choice(
                    self.vocabulary
                )
        while sum(map(len, kept)) < WORDS_PER_SOURCE:
            kept.insert(self.random.randrange(len(kept) + 1), self.paragraph())
        return kept


def build(scale: int, seed: int = 1) -> tuple[dict[str, object], dict[str, str]]:
    """The briefing (as YAML-ready data) and its source files (name -> text) at one scale."""
    writer = Writer(seed)
    rng = writer.random
    count = SOURCES_PER_SCALE * scale
    wires = [writer.story(700) for _ in range((count + GROUP - 1) // GROUP)]
    texts: list[list[list[str]]] = []
    sources: list[dict[str, object]] = []
    for number in range(count):
        group, place = divmod(number, GROUP)
        carries = place < CARRIERS
        texts.append(writer.carry(wires[group]) if carries else writer.story(WORDS_PER_SOURCE))
        entry: dict[str, object] = {
            "id": f"s{number:03d}",
            "outlet": f"Outlet {number:03d}",
            "file": f"sources/s{number:03d}.txt",
            "published": (DAY + datetime.timedelta(days=number % 3)).isoformat(),
        }
        if carries and place == 0:
            entry["wire"] = f"Wire {group}"
        sources.append(entry)

    def excerpt(number: int) -> str:
        """A verbatim run of 5 to 16 words from one paragraph of source `number`."""
        paragraph = rng.choice(texts[number])
        size = min(len(paragraph), rng.randint(5, 16))
        start = rng.randrange(len(paragraph) - size + 1)
        return " ".join(paragraph[start : start + size])

    def evidence(numbers: list[int]) -> list[dict[str, object]]:
        """One excerpt from each of these sources."""
        return [{"source": f"s{n:03d}", "excerpt": excerpt(n)} for n in numbers]

    def near(size: int) -> list[int]:
        """`size` sources of one group (distinct where it allows): coverage overlaps, as in news."""
        start = min(rng.randrange(0, count, GROUP), max(0, count - GROUP))
        members = list(range(start, min(start + GROUP, count)))
        chosen = rng.sample(members, min(size, len(members)))
        return chosen + rng.choices(members, k=size - len(chosen))  # repeats only at scale 1

    # Per scale unit: 3 outcomes x 3 excerpts, 3 quotes x 2, 3 questions x 1,
    # 3 discrepancies x 2, 3 timeline events x 2: 30 excerpts.
    outcomes, quotes, questions, discrepancies, timeline = [], [], [], [], []
    for unit in range(scale):
        for k in range(3):
            outcomes.append(
                {
                    "id": f"o{unit}-{k}",
                    "title": f"Outcome {unit}.{k}",
                    "evidence": evidence(near(3)),
                }
            )
            first, *others = near(2)
            quotes.append(
                {
                    "id": f"q{unit}-{k}",
                    "speaker": f"Speaker {unit}.{k}",
                    "text": excerpt(first),
                    "sources": [f"s{first:03d}", *evidence(others)],
                }
            )
            questions.append(
                {
                    "id": f"w{unit}-{k}",
                    "question": f"Question {unit}.{k}?",
                    "evidence": evidence(near(1)),
                }
            )
            accounts = evidence(near(2))
            for account, reading in zip(accounts, ("One reading.", "Another."), strict=False):
                account["reading"] = reading
            discrepancies.append(
                {"id": f"d{unit}-{k}", "topic": f"Topic {unit}.{k}", "accounts": accounts}
            )
            timeline.append(
                {
                    "date": (DAY - datetime.timedelta(days=k)).isoformat(),
                    "event": f"Event {unit}.{k}",
                    "evidence": evidence(near(2)),
                }
            )
    briefing: dict[str, object] = {
        "schema": 1,
        "title": f"Generated briefing at scale {scale}",
        "date": DAY.isoformat(),
        "bottom_line": "A generated briefing for benchmarks.",
        "summary": "Invented text.\n\nEvery excerpt is copied from its source.",
        "sources": sources,
        "outcomes": outcomes,
        "quotes": quotes,
        "open_questions": questions,
        "discrepancies": discrepancies,
        "timeline": timeline,
    }
    files = {
        f"sources/s{n:03d}.txt": "\n\n".join(" ".join(p) for p in text) + "\n"
        for n, text in enumerate(texts)
    }
    return briefing, files


def write(folder: Path, scale: int, seed: int = 1) -> Path:
    """Write the briefing and its sources into `folder`; return the briefing's path."""
    briefing, files = build(scale, seed)
    for name, text in files.items():
        target = folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
    path = folder / "briefing.yaml"
    path.write_text(
        yaml.safe_dump(briefing, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8"
    )
    return path


def main(argv: list[str] | None = None) -> int:
    """Parse the command line and write the briefing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="where to write briefing.yaml and sources/")
    parser.add_argument("--scale", type=int, default=1, help="1, 10 or 100 (any N >= 1 works)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    if args.scale < 1:
        parser.error("--scale must be at least 1")
    path = write(args.folder, args.scale, args.seed)
    sources, excerpts = SOURCES_PER_SCALE * args.scale, EXCERPTS_PER_SCALE * args.scale
    print(f"{path}: {sources} sources, {excerpts} excerpts")
    return 0


if __name__ == "__main__":
    sys.exit(main())
