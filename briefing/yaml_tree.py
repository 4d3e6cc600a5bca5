"""Read a YAML file into plain Python values, with the position of every node.

We build the tree ourselves from the parser's events instead of calling
`yaml.safe_load`, because a briefing needs stricter rules than YAML's own:

- every scalar is text (`NO` stays "NO", `2026-01-27` stays a string until the
  schema converts it), and an empty plain scalar is None;
- no tags, no anchors, no aliases (so no "billion laughs");
- duplicate keys are errors, keys must be scalars;
- one document per file;
- nesting is bounded, and we stop reading the moment the bound is crossed,
  before the parser has to go any deeper;
- every node's line and column is kept, so that later checks (the schema,
  cross-references) can point at the node at fault.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import yaml

from briefing.problems import BriefingError, Problem, add_problem

try:  # libyaml's parser is much faster; the pure-Python one behaves the same.
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_DEPTH = 32
"""Deepest nesting of mappings and sequences accepted; a briefing needs about 6."""
MAX_NODES = 1_000_000
"""Most YAML nodes (mappings, lists, texts) read; 50,000 items need about 400,000.

Each node costs time and memory: a 16 MB file of `[a,a,a,...` would otherwise
hold eight million of them."""

Path = tuple[str | int, ...]
"""Where a value sits in the tree: mapping keys and sequence indexes from the root."""


@dataclass(frozen=True, slots=True)
class Mark:
    """A 1-based line and column in the file."""

    line: int
    column: int


@dataclass
class YamlTree:
    """The document's value and where each node of it starts."""

    value: Any
    """dicts, lists, str, and None for an empty plain scalar."""
    value_marks: dict[Path, Mark] = field(default_factory=dict)
    """Where the value at each path starts."""
    key_marks: dict[Path, Mark] = field(default_factory=dict)
    """Where the key of each mapping entry starts, by the entry's path."""

    def mark(self, path: Path) -> Mark:
        """The position of the node at `path`, or of its nearest ancestor that has one."""
        while path not in self.value_marks and path:
            path = path[:-1]
        return self.value_marks.get(path, Mark(1, 1))

    def key_mark(self, path: Path) -> Mark:
        """The position of the key of the entry at `path`, falling back to its value."""
        return self.key_marks.get(path) or self.mark(path)


def _mark(event: yaml.Event) -> Mark:
    """Where an event starts, counted from 1 (the parser always says; the types allow None)."""
    start = event.start_mark
    if start is None:
        return Mark(1, 1)
    return Mark(start.line + 1, start.column + 1)


class _Builder:
    """Turns a stream of parser events into a `YamlTree`, collecting problems."""

    def __init__(self, display_path: str) -> None:
        self.display_path = display_path
        self.problems: list[Problem] = []
        self.tree = YamlTree(value=None)
        self.nodes = 0
        self.last_scalar: yaml.ScalarEvent | None = None
        """The last text read, key or value: a syntax error just after it may be its fault."""

    def problem(self, mark: Mark, message: str) -> None:
        """Record one problem at `mark`."""
        add_problem(self.problems, Problem(self.display_path, mark.line, mark.column, message))

    def check_node(self, event: yaml.NodeEvent) -> None:
        """Refuse anchors and explicit tags on any node."""
        if event.anchor is not None:
            self.problem(_mark(event), f"anchors (&{event.anchor}) are not allowed in a briefing")
        tag = getattr(event, "tag", None)
        if tag is not None:
            self.problem(_mark(event), f"tags ({tag}) are not allowed in a briefing")

    def build(self, events: Iterator[yaml.Event]) -> YamlTree:
        """Consume every event of the stream."""
        documents = 0
        for event in events:
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self.problem(_mark(event), "a briefing is one YAML document; remove the second")
                    break
                self.tree.value = self.node(next(events), events, (), 1)
        if documents == 0:
            self.problem(Mark(1, 1), "the file is empty; a briefing is a YAML mapping")
        return self.tree

    def node(self, event: yaml.Event, events: Iterator[yaml.Event], path: Path, depth: int) -> Any:
        """Build the value that starts with `event` at `path`."""
        mark = _mark(event)
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self.problem(mark, f"more than {MAX_NODES:,} YAML nodes; a briefing is never so large")
            raise _StopReading
        self.tree.value_marks[path] = mark
        if isinstance(event, yaml.AliasEvent):
            self.problem(mark, f"aliases (*{event.anchor}) are not allowed in a briefing")
            return None
        if isinstance(event, yaml.ScalarEvent):
            self.last_scalar = event
            self.check_node(event)
            # Plain style is None from the Python parser but "" from libyaml's.
            if event.value == "" and not event.style:
                return None
            return event.value
        if depth > MAX_DEPTH:
            self.problem(
                mark, f"nesting deeper than {MAX_DEPTH} levels; a briefing is never so deep"
            )
            raise _StopReading
        if isinstance(event, yaml.SequenceStartEvent):
            self.check_node(event)
            items: list[Any] = []
            for child in events:
                if isinstance(child, yaml.SequenceEndEvent):
                    return items
                items.append(self.node(child, events, (*path, len(items)), depth + 1))
        if isinstance(event, yaml.MappingStartEvent):
            self.check_node(event)
            return self.mapping(events, path, depth)
        raise _StopReading  # pragma: no cover - the parser never yields anything else here

    def mapping(self, events: Iterator[yaml.Event], path: Path, depth: int) -> dict[str, Any]:
        """Build a mapping whose start event has just been read."""
        result: dict[str, Any] = {}
        for key_event in events:
            if isinstance(key_event, yaml.MappingEndEvent):
                return result
            key_mark = _mark(key_event)
            if not isinstance(key_event, yaml.ScalarEvent):
                self.problem(key_mark, "a mapping key must be plain text")
                self.node(key_event, events, (*path, "?"), depth + 1)
                self.node(next(events), events, (*path, "?"), depth + 1)
                continue
            self.last_scalar = key_event
            self.check_node(key_event)
            key = key_event.value
            child_path = (*path, key)
            if key in result:
                first = self.tree.key_marks[child_path]
                self.problem(key_mark, f"duplicate key '{key}' (first given on line {first.line})")
                self.node(next(events), events, (*path, "?"), depth + 1)
                continue
            self.tree.key_marks[child_path] = key_mark
            result[key] = self.node(next(events), events, child_path, depth + 1)
        return result


class _StopReading(Exception):
    """Raised to stop reading when going on would be unsafe or pointless."""


_LIBYAML_TOO_DEEP = "exceeded maximum nesting depth"
"""libyaml's words when nesting passes its own limit of 1,000 levels."""


def parse_yaml(text: str, display_path: str) -> YamlTree:
    """Parse `text` into a `YamlTree`, or raise `BriefingError` with every problem found."""
    try:
        return _parse_with(_Loader, text, display_path)
    except _TooDeepForLibyaml:
        # libyaml's scanner reads up to 1,024 characters ahead, so a line of
        # thousands of brackets trips its limit before the builder has seen
        # the 33rd level; the pure-Python parser, slower but only on this
        # path, lets the builder say where the briefing went too deep.
        return _parse_with(yaml.SafeLoader, text, display_path)


class _TooDeepForLibyaml(Exception):
    """libyaml stopped at its nesting limit before the builder reached ours."""


def _parse_with(loader: type, text: str, display_path: str) -> YamlTree:
    """`parse_yaml` with one PyYAML loader class."""
    builder = _Builder(display_path)
    try:
        tree = builder.build(iter(yaml.parse(text, Loader=loader)))
    except _StopReading:
        tree = builder.tree
    except yaml.MarkedYAMLError as error:
        if error.problem == _LIBYAML_TOO_DEEP and loader is not yaml.SafeLoader:
            raise _TooDeepForLibyaml from error
        builder.problems.append(_syntax_problem(error, text, builder.last_scalar, display_path))
        tree = builder.tree
    except yaml.YAMLError as error:  # reader errors: characters YAML does not allow
        builder.problems.append(_reader_problem(error, text, display_path))
        tree = builder.tree
    if builder.problems:
        raise BriefingError(builder.problems)
    return tree


def _reader_problem(error: yaml.YAMLError, text: str, display_path: str) -> Problem:
    """A problem for PyYAML's reader errors, which carry the bad character but no line."""
    character = getattr(error, "character", None)
    if isinstance(character, int):
        character = chr(character)
    if not isinstance(character, str) or character not in text:
        return Problem(display_path, 1, 1, f"YAML: {error}")
    offset = text.index(character)
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    message = f"character U+{ord(character):04X} is not allowed in a YAML file"
    return Problem(display_path, line, column, message)


def _syntax_problem(
    error: yaml.MarkedYAMLError, text: str, last: yaml.ScalarEvent | None, display_path: str
) -> Problem:
    """libyaml's words for a syntax error, with what to do for the usual traps.

    libyaml says where it noticed the error, which for an unclosed quote or a
    key without its colon is a line or more after the mistake: there, and
    wherever else the true place is known, the problem points at it instead.
    """
    reason = error.problem or error.context or "not valid YAML"
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    where = Mark(line, column)
    trap = _trap(error, text, last, where)
    if trap is None:
        return Problem(display_path, line, column, f"YAML: {reason}")
    at, hint = trap
    noticed = f" (at line {line}, column {column})" if at.line != line else ""
    return Problem(display_path, at.line, at.column, f"YAML: {reason}{noticed}; {hint}")


_QUOTE_INSIDE = {
    '"': 'to put " inside a value, write \\" or put the whole value in single quotes '
    "(writing each ' in it as '')",
    "'": "to put ' inside a value, write it twice ('') or put the whole value in double quotes",
}
"""How to write a quote mark inside a value quoted with it."""


def _trap(
    error: yaml.MarkedYAMLError, text: str, last: yaml.ScalarEvent | None, where: Mark
) -> tuple[Mark, str] | None:
    """Where a usual YAML mistake is, and what to do; None when the error is none of them."""
    reason = error.problem or ""
    context = error.context or ""
    started = error.context_mark
    if context.startswith("while scanning a quoted scalar") and started is not None:
        return Mark(started.line + 1, started.column + 1), (
            "the quoted value that starts here is never closed: end it with the same quote mark"
        )
    if "could not find expected ':'" in reason and started is not None:
        return Mark(started.line + 1, started.column + 1), (
            "this line has no ':' after its key (write 'key: value'; "
            "if it goes on with the text above, indent it)"
        )
    if reason.startswith("mapping values are not allowed"):
        return where, _colon_hint(_line(text, where.line))
    character = _line(text, where.line)[where.column - 1 : where.column]
    if "tab" in reason or (character == "\t" and "cannot start any token" in reason):
        return where, "this is a tab: YAML indents with spaces, never tabs"
    if "cannot start any token" in reason and character in ("@", "`", "%"):
        return where, f"a value cannot start with {character!r}: put the whole value in quotes"
    if "sequence entries are not allowed" in reason:
        return where, "a value cannot start with '- ': put the whole value in quotes"
    if "expected '-' indicator" in reason:
        return where, "this line is indented unlike the entries above it: line it up with theirs"
    if "expected key" in reason or "but found '<scalar>'" in reason:
        return _quote_trap(last, where)
    return None


def _quote_trap(last: yaml.ScalarEvent | None, where: Mark) -> tuple[Mark, str] | None:
    """A quoted value closed by a quote meant to be inside it, with text after it."""
    if last is None or last.style not in _QUOTE_INSIDE or last.end_mark is None:
        return None
    end = last.end_mark
    if end.line + 1 != where.line:
        return None
    if last.start_mark is not None and last.start_mark.line < end.line:
        start = last.start_mark
        return Mark(start.line + 1, start.column + 1), (
            f"the value quoted here runs on to line {end.line + 1}: is its closing quote missing?"
        )
    kind = "double" if last.style == '"' else "single"
    return Mark(end.line + 1, end.column), (
        f"the {kind}-quoted value ends at this quote, with more text after it: "
        f"{_QUOTE_INSIDE[last.style]}"
    )


def _colon_hint(line: str) -> str:
    """What to do about a ': ' inside a plain value, with the line quoted when it is short."""
    key, colon, value = line.strip().removeprefix("- ").partition(": ")
    value = value.partition(" #")[0].strip()  # " #" starts a comment in a plain value
    if not colon or not key or not value or len(value) > 60 or key.startswith(("'", '"')):
        return "a value holding ': ' must be in quotes"
    # Double quotes read backslashes as escapes; single quotes double their own.
    plain = '"' not in value and "\\" not in value
    quoted = f'"{value}"' if plain else "'" + value.replace("'", "''") + "'"
    return f"a value holding ': ' must be in quotes: {key}: {quoted}"


def _line(text: str, number: int) -> str:
    """Line `number` (from 1) of `text`, or "" past its end."""
    start = 0
    for _ in range(number - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return ""
    end = text.find("\n", start)
    return text[start : len(text) if end < 0 else end]
