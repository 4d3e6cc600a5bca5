"""Load a briefing: read the file, check it, read its sources, verify every excerpt.

    load(path) -> Briefing            or raise BriefingError with every problem

The stages run in order and each one stops the load when it finds problems
that would make the next stage's findings meaningless: bytes -> YAML tree ->
schema -> ids and sources -> excerpts.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from briefing import schema as fmt
from briefing.files import MAX_BRIEFING_BYTES, MAX_SOURCE_BYTES, read_regular_file
from briefing.mismatch import CLOSEST_WANTED_CHARS, mismatch
from briefing.model import (
    Briefing,
    Discrepancy,
    Evidence,
    Outcome,
    Question,
    Quote,
    Source,
    TimelineEvent,
    When,
)
from briefing.problems import BriefingError, Problem, add_problem
from briefing.safe_text import make_safe, normalise_newlines
from briefing.validate import validate
from briefing.verify import NormalisedText, SearchEffort, find_whole, locate, normalise
from briefing.yaml_tree import Path as TreePath
from briefing.yaml_tree import YamlTree, parse_yaml

MAX_TOTAL_SOURCE_BYTES = 16 * 1024 * 1024
"""Most bytes read from all the sources of one briefing together."""
SEARCH_BUDGET = 2_000_000_000
"""Most characters of source text searched for excerpts in one load (about a second).

A briefing of 50,000 excerpts over small articles needs a tenth of it; one
that cites an 8 MB article thousands of times is stopped with a clear error."""
SLOW_SEARCH_COST = 64
"""What one character scanned by the whole-word regular expression costs of
`SEARCH_BUDGET`: it runs tens of times slower than `str.find`. Only a source
where an excerpt is found again and again inside longer words (`1` in
`1.1,1.1,...`) needs it; without the charge, such a file took two minutes."""
CLOSEST_PASSAGE_BUDGET = 100_000_000
"""Work (source characters x excerpt characters) spent finding closest passages in one load.

About a second; past it, "not found" messages go without one, so that a file
with thousands of wrong excerpts is reported promptly instead of in minutes.
"""


def load(path: Path | str) -> Briefing:
    """Load and verify the briefing at `path`.

    Raises:
        BriefingError: with every problem found, each pointing at a line and column.
    """
    path = Path(path)
    display = str(path)
    text = _read_text(path, display, MAX_BRIEFING_BYTES, what="briefing")
    tree = parse_yaml(text, display)
    document = validate(tree, display)
    return _Assembler(path, display, tree).assemble(document)


def _read_text(path: Path, display: str, limit: int, *, what: str) -> str:
    """Read a regular UTF-8 text file of at most `limit` bytes, never hanging on odd files."""
    raw = read_regular_file(path, limit, what)
    if isinstance(raw, str):
        raise BriefingError([Problem(display, 1, 1, raw)])
    decoded = _decode(raw)
    if isinstance(decoded, Problem):
        raise BriefingError([Problem(display, decoded.line, decoded.column, decoded.message)])
    return decoded


def _decode(raw: bytes) -> str | Problem:
    """UTF-8 text with newlines normalised, or a Problem (line and column of the bad byte)."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        before = normalise_newlines(raw[: error.start].decode("utf-8-sig", errors="replace"))
        line = before.count("\n") + 1
        column = len(before) - (before.rfind("\n") + 1) + 1
        message = f"not UTF-8 text (byte 0x{raw[error.start]:02x} at line {line}, column {column})"
        return Problem("", line, column, message)
    return normalise_newlines(text)


@dataclass
class _LoadedSource:
    """A source as read from disk, with its normalised text for matching."""

    model: Source
    normalised: NormalisedText


@dataclass
class _Assembler:
    """Builds the model from a validated document, collecting cross-check problems."""

    path: Path
    display: str
    tree: YamlTree
    problems: list[Problem] = field(default_factory=list)
    sources: dict[str, _LoadedSource | None] = field(default_factory=dict)
    """Every declared source id; None where the file could not be read."""
    closest_budget: int = field(default_factory=lambda: CLOSEST_PASSAGE_BUDGET)
    """What is left of `CLOSEST_PASSAGE_BUDGET`."""
    search_budget: int = field(default_factory=lambda: SEARCH_BUDGET)
    """What is left of `SEARCH_BUDGET`."""
    effort: SearchEffort = field(default_factory=SearchEffort)
    """Slow scanning not yet charged to `search_budget`."""
    source_bytes: int = 0
    """Bytes read from sources so far."""

    def problem(self, at: TreePath, message: str) -> None:
        """Record a problem at the node at `at`."""
        mark = self.tree.mark(at)
        add_problem(self.problems, Problem(self.display, mark.line, mark.column, message))

    def assemble(self, document: fmt.BriefingFile) -> Briefing:
        """Check ids, read the sources, verify evidence, and build the Briefing."""
        self.check_ids(document)
        for index, entry in enumerate(document.sources):
            self.sources.setdefault(entry.id, self.read_source(entry, ("sources", index)))
        briefing = Briefing(
            location=str(self.path),
            title=make_safe(document.title),
            date=document.date,
            place=_safe(document.place),
            updated=document.updated,
            bottom_line=make_safe(document.bottom_line),
            summary=make_safe(normalise_newlines(document.summary)),
            sources=tuple(s.model for s in self.sources.values() if s is not None),
            outcomes=tuple(self.outcome(o, i) for i, o in enumerate(document.outcomes)),
            quotes=tuple(self.quote(q, i) for i, q in enumerate(document.quotes)),
            questions=tuple(self.question(q, i) for i, q in enumerate(document.open_questions)),
            discrepancies=tuple(
                self.discrepancy(d, i) for i, d in enumerate(document.discrepancies)
            ),
            timeline=_in_date_order(self.event(e, i) for i, e in enumerate(document.timeline)),
        )
        if self.problems:
            raise BriefingError(sorted(self.problems))
        return briefing

    def check_ids(self, document: fmt.BriefingFile) -> None:
        """Ids are unique across sources, outcomes, quotes, questions and discrepancies."""
        sections: list[tuple[str, Sequence[object]]] = [
            ("sources", document.sources),
            ("outcomes", document.outcomes),
            ("quotes", document.quotes),
            ("open_questions", document.open_questions),
            ("discrepancies", document.discrepancies),
        ]
        first_seen: dict[str, int] = {}
        for section, entries in sections:
            for index, entry in enumerate(entries):
                item_id: str = getattr(entry, "id")  # noqa: B009 - every entry here has an id
                at = (section, index, "id")
                if item_id in first_seen:
                    line = first_seen[item_id]
                    self.problem(at, f"duplicate id '{item_id}' (first used on line {line})")
                else:
                    first_seen[item_id] = self.tree.mark(at).line

    def read_source(self, entry: fmt.SourceEntry, at: TreePath) -> _LoadedSource | None:
        """Read one source's article, or record why it cannot be read."""
        file_at = (*at, "file")
        relative = Path(entry.file)
        if relative.is_absolute() or entry.file.startswith("~"):
            self.problem(file_at, f"source file '{entry.file}' must be relative to the briefing")
            return None
        target = self.path.parent / relative
        if self.source_bytes >= MAX_TOTAL_SOURCE_BYTES:
            limit = f"{MAX_TOTAL_SOURCE_BYTES:,}"
            self.problem(file_at, f"source file not read: the sources before it total {limit}")
            return None
        if "\0" in entry.file:
            self.problem(file_at, "source file path holds a NUL character")
            return None
        raw = read_regular_file(target, MAX_SOURCE_BYTES, "source")
        if isinstance(raw, str):
            self.problem(file_at, f"{raw}: {entry.file}")
            return None
        self.source_bytes += len(raw)
        decoded = _decode(raw)
        if isinstance(decoded, Problem):
            self.problem(file_at, f"source file '{entry.file}' is {decoded.message}")
            return None
        text = make_safe(decoded)
        model = Source(
            id=entry.id,
            outlet=make_safe(entry.outlet),
            file=make_safe(entry.file),
            location=str(target),
            text=text,
            published=entry.published,
            headline=_safe(entry.headline),
            wire=_safe(entry.wire),
            url=_safe(entry.url),
        )
        return _LoadedSource(model, normalise(text))

    def evidence(
        self, source_id: str, excerpt: str, at: TreePath, *, reading: str | None = None
    ) -> Evidence | None:
        """Find one excerpt in its source; record a problem when that fails."""
        if source_id not in self.sources:
            self.problem((*at, "source"), _unknown_source(source_id, list(self.sources)))
            return None
        loaded = self.sources[source_id]
        if loaded is None:
            return None  # the source's own problem is already reported
        excerpt = make_safe(excerpt)
        if not self.afford_search(loaded, (*at, "excerpt")):
            return None
        found = locate(excerpt, loaded.normalised, self.effort)
        if isinstance(found, str):
            self.problem((*at, "excerpt"), self.not_found("excerpt", found, loaded))
            return None
        return Evidence(loaded.model, excerpt, found, _safe(reading))

    def evidence_list(
        self, entries: Sequence[fmt.EvidenceEntry], at: TreePath
    ) -> tuple[Evidence, ...]:
        """Verify a list of evidence entries."""
        found = (
            self.evidence(entry.source, entry.excerpt, (*at, index))
            for index, entry in enumerate(entries)
        )
        return tuple(evidence for evidence in found if evidence is not None)

    def outcome(self, entry: fmt.OutcomeEntry, index: int) -> Outcome:
        """Build one outcome."""
        evidence = self.evidence_list(entry.evidence, ("outcomes", index, "evidence"))
        return Outcome(entry.id, make_safe(entry.title), _safe(entry.detail), evidence)

    def quote(self, entry: fmt.QuoteEntry, index: int) -> Quote:
        """Build one quote: each outlet must carry its text, or the wording it gives."""
        at: TreePath = ("quotes", index, "sources")
        text = make_safe(entry.text)
        evidence: list[Evidence] = []
        for number, ref in enumerate(entry.sources):
            if isinstance(ref, str):
                found = self.quoted_in(ref, text, (*at, number), index)
            else:
                found = self.evidence(ref.source, ref.excerpt, (*at, number))
            if found is not None:
                evidence.append(found)
        return Quote(
            entry.id,
            make_safe(entry.speaker),
            _safe(entry.role),
            text,
            _safe(entry.context),
            tuple(evidence),
        )

    def quoted_in(self, source_id: str, text: str, at: TreePath, index: int) -> Evidence | None:
        """Check that a source named by bare id carries the quote's text."""
        if source_id not in self.sources:
            self.problem(at, _unknown_source(source_id, list(self.sources)))
            return None
        loaded = self.sources[source_id]
        if loaded is None or not self.afford_search(loaded, at):
            return None
        found = locate(text, loaded.normalised, self.effort)
        if isinstance(found, str):
            message = self.not_found("quote text", found, loaded)
            self.problem(
                at,
                f"{message}; if this outlet words it differently, "
                "give {source, excerpt} with its wording",
            )
            return None
        return Evidence(loaded.model, text, found)

    def question(self, entry: fmt.QuestionEntry, index: int) -> Question:
        """Build one open question."""
        evidence = self.evidence_list(entry.evidence, ("open_questions", index, "evidence"))
        return Question(entry.id, make_safe(entry.question), _safe(entry.why), evidence)

    def discrepancy(self, entry: fmt.DiscrepancyEntry, index: int) -> Discrepancy:
        """Build one discrepancy, each account with its reading."""
        at: TreePath = ("discrepancies", index, "accounts")
        found = (
            self.evidence(a.source, a.excerpt, (*at, number), reading=a.reading)
            for number, a in enumerate(entry.accounts)
        )
        accounts = tuple(evidence for evidence in found if evidence is not None)
        return Discrepancy(entry.id, make_safe(entry.topic), accounts, _safe(entry.assessment))

    def afford_search(self, loaded: _LoadedSource, at: TreePath) -> bool:
        """Charge one search of `loaded` to the budget; when it is spent, say so at `at`.

        The slow scanning of the searches before it is charged here too.
        """
        self.search_budget -= len(loaded.normalised.text)
        self.search_budget -= self.effort.slow_chars * SLOW_SEARCH_COST
        self.effort.slow_chars = 0
        if self.search_budget >= 0:
            return True
        self.problem(
            at,
            f"not checked: the excerpts before it searched {SEARCH_BUDGET:,} characters "
            "of source text, the most one briefing may",
        )
        return False

    def not_found(self, what: str, piece: str, loaded: _LoadedSource) -> str:
        """Say that `piece` is not in the source, and quote the closest passage if any."""
        source = loaded.model
        if not piece:
            return f"{what} has no text to look for (only white space or '...')"
        if find_whole(loaded.normalised.text, piece, effort=self.effort) >= 0:
            return (
                f"{what} pieces out of order in source '{source.id}' ({source.file}): "
                f'"{_shorten(piece)}" is there, but not after the piece before it'
            )
        message = f"{what} not found in source '{source.id}' ({source.file}): "
        cost = len(loaded.normalised.text) * (1 + min(len(piece), CLOSEST_WANTED_CHARS))
        if cost > self.closest_budget:
            return f'{message}"{_shorten(piece)}"'
        self.closest_budget -= cost
        found = mismatch(piece, loaded.normalised, source.text)
        if found is None:
            return f'{message}"{_shorten(piece)}"'
        # Both sides around their first difference: cut at the same length from
        # the start, a late difference would show two identical texts.
        message += f'"{found.excerpt}"; closest passage: "{found.passage}"'
        return f"{message}; {found.cause}" if found.cause else message

    def event(self, entry: fmt.TimelineEntry, index: int) -> TimelineEvent:
        """Build one timeline event."""
        evidence = self.evidence_list(entry.evidence, ("timeline", index, "evidence"))
        return TimelineEvent(When.parse(entry.date), make_safe(entry.event), evidence)


def _in_date_order(events: Iterable[TimelineEvent]) -> tuple[TimelineEvent, ...]:
    """The timeline sorted by date; events of the same date keep the curator's order.

    A timeline is chronological by definition, so every reader (print, app,
    JSON) shows it in order whatever order the file lists it in.
    """
    return tuple(sorted(events, key=lambda event: event.date))


def _safe(text: str | None) -> str | None:
    return None if text is None else make_safe(text)


def _unknown_source(source_id: str, known: list[str]) -> str:
    close = difflib.get_close_matches(source_id, known, n=1, cutoff=0.6)
    hint = f"; did you mean '{close[0]}'?" if close else f"; sources are: {', '.join(known)}"
    return f"unknown source '{source_id}'{hint}"


def _shorten(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
