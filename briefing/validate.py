"""Check a parsed YAML tree against the format's types, reporting every problem.

msgspec does the checking and the converting; it stops at the first error of a
value, so we walk the structure of the declared types and hand each leaf to
msgspec on its own. That way a file with ten mistakes gets ten messages, each
pointing at the node at fault.
"""

from __future__ import annotations

import calendar
import datetime
import difflib
import functools
import re
import types
from collections.abc import Iterable
from typing import Annotated, Any, Literal, TypeVar, Union, get_args, get_origin

import msgspec

from briefing.problems import BriefingError, Problem, add_problem
from briefing.schema import SCHEMA_VERSION, BriefingFile, PartialDay
from briefing.yaml_tree import Path, YamlTree

T = TypeVar("T")


def validate(tree: YamlTree, display_path: str) -> BriefingFile:
    """Convert `tree` to a `BriefingFile`, or raise `BriefingError` with every problem."""
    checker = _Checker(tree, display_path)
    value = tree.value
    if not isinstance(value, dict):
        checker.problem((), f"a briefing is a YAML mapping (key: value), not {_kind(value)}")
    elif "schema" not in value:
        checker.problem((), f"missing 'schema: {SCHEMA_VERSION}' (the format version)")
    elif not isinstance(value["schema"], str):
        checker.problem(
            ("schema",), f"'schema' should be {SCHEMA_VERSION}, not {_kind(value['schema'])}"
        )
    elif value["schema"] != str(SCHEMA_VERSION):
        checker.problem(
            ("schema",),
            f"unsupported schema {_excerpt(value['schema'])!r}: "
            f"this version of briefing reads schema {SCHEMA_VERSION}",
        )
    else:
        checker.check(value, BriefingFile, ())
    if checker.problems:
        raise BriefingError(sorted(checker.problems))
    return msgspec.convert(value, BriefingFile, strict=False)


def _kind(value: object) -> str:
    """How a YAML value is described to a curator."""
    if value is None:
        return "an empty value"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"the text {_excerpt(str(value))!r}"


def _excerpt(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unwrap(annotation: Any) -> tuple[Any, tuple[Any, ...]]:
    """Split `Annotated[T, meta...]` into T and its metadata."""
    if get_origin(annotation) is Annotated:
        base, *metadata = get_args(annotation)
        return base, tuple(metadata)
    return annotation, ()


class _Checker:
    """Walks a value alongside the type it should have, collecting problems."""

    def __init__(self, tree: YamlTree, display_path: str) -> None:
        self.tree = tree
        self.display_path = display_path
        self.problems: list[Problem] = []

    def problem(self, path: Path, message: str, *, at_key: bool = False) -> None:
        """Record a problem at the node at `path` (or at its key)."""
        mark = self.tree.key_mark(path) if at_key else self.tree.mark(path)
        add_problem(self.problems, Problem(self.display_path, mark.line, mark.column, message))

    def check(self, value: Any, annotation: Any, path: Path) -> None:
        """Check `value` against `annotation`, recursing into structs and lists."""
        base, metadata = _unwrap(annotation)
        origin = get_origin(base)
        if isinstance(base, type) and issubclass(base, msgspec.Struct):
            self.check_struct(value, base, path)
        elif origin is list:
            self.check_list(value, get_args(base)[0], metadata, path)
        elif origin in (Union, types.UnionType):
            self.check_union(value, get_args(base), path)
        else:
            self.check_leaf(value, annotation, path)

    def check_struct(self, value: Any, struct: type[msgspec.Struct], path: Path) -> None:
        """Check a mapping: unknown keys, missing keys, then every field."""
        name = _field_owner(struct, path)
        if not isinstance(value, dict):
            self.problem(path, f"{name} should be a mapping (key: value), not {_kind(value)}")
            return
        fields = _fields(struct)
        suggested: set[str] = set()
        for key in value:
            if key not in fields:
                close = _closest_key(key, list(fields))
                suggested.add(close or "")
                self.problem((*path, key), _unknown_key(key, name, close, fields), at_key=True)
        for key, field in fields.items():
            if key in value:
                self.check(value[key], field.type, (*path, key))
            elif field.required and key not in suggested:  # "did you mean" already says it
                self.problem(path, f"{name} is missing '{key}'")

    def check_list(self, value: Any, item: Any, metadata: tuple[Any, ...], path: Path) -> None:
        """Check a list and each of its items."""
        label = _label(path)
        if not isinstance(value, list):
            self.problem(path, f"'{label}' should be a list, not {_kind(value)}")
            return
        least = min((m.min_length for m in metadata if getattr(m, "min_length", None)), default=0)
        if len(value) < least:
            needed = "at least one entry" if least == 1 else f"at least {least} entries"
            self.problem(path, f"'{label}' needs {needed}")
        for index, entry in enumerate(value):
            self.check(entry, item, (*path, index))

    def check_union(self, value: Any, options: tuple[Any, ...], path: Path) -> None:
        """Check a value against the option of a union that has its shape."""
        if value is None and type(None) in options:
            return
        structs = [o for o in options if isinstance(o, type) and issubclass(o, msgspec.Struct)]
        if isinstance(value, dict) and structs:
            self.check(value, structs[0], path)
            return
        leaves = [o for o in options if o not in structs and o is not type(None)]
        if len(leaves) == 1:  # not a mapping: it can only be meant as the one leaf type
            self.check(value, leaves[0], path)
            return
        self.check_leaf(value, Union[tuple(o for o in options if o is not type(None))], path)  # noqa: UP007

    def check_leaf(self, value: Any, annotation: Any, path: Path) -> None:
        """Let msgspec check and convert one scalar, translating its message."""
        label = _label(path)
        if isinstance(value, dict | list):
            self.problem(path, f"'{label}' should be text, not {_kind(value)}")
            return
        try:
            msgspec.convert(value, annotation, strict=False)
        except msgspec.ValidationError as error:
            self.problem(path, _leaf_message(label, value, annotation, str(error)))
            return
        if annotation is PartialDay:  # the pattern checks the shape; the calendar is ours
            message = _partial_date_message(label, str(value))
            if message:
                self.problem(path, message)


@functools.cache
def _fields(struct: type[msgspec.Struct]) -> dict[str, msgspec.structs.FieldInfo]:
    """A struct's fields by their name in the file (msgspec re-reads annotations on each call)."""
    return {field.encode_name: field for field in msgspec.structs.fields(struct)}


def _field_owner(struct: type[msgspec.Struct], path: Path) -> str:
    """How to name the mapping at `path` in a message."""
    if not path:
        return "the briefing"
    where = ".".join(str(part) if isinstance(part, str) else f"[{part}]" for part in path)
    return f"this entry ({where.replace('.[', '[')})"


def _label(path: Path) -> str:
    """The key a value sits under, for messages."""
    for part in reversed(path):
        if isinstance(part, str):
            return part
    return "value"


def _closest_key(key: str, known: list[str]) -> str | None:
    """The known key an unknown one is most likely a typo of, if any is close."""
    close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    return close[0] if close else None


def _unknown_key(key: str, owner: str, close: str | None, known: Iterable[str]) -> str:
    """The message for an unknown key, with a suggestion when one is close."""
    hint = f"; did you mean '{close}'?" if close else f"; expected one of: {', '.join(known)}"
    return f"unknown key '{_excerpt(key)}' in {owner}{hint}"


_DATE_SHAPE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
"""Month names in English whatever the locale (calendar.month_name follows LC_TIME)."""


def _date_message(label: str, value: str) -> str:
    """Why `value` is not a date: the wrong shape, or a day the calendar does not have."""
    shape = _DATE_SHAPE.fullmatch(value)
    if shape is None:
        return f"'{label}' should be a date as YYYY-MM-DD, not {_excerpt(value)!r}"
    year, month, day = (int(part) for part in shape.groups())
    if year == 0:
        reason = "there is no year 0"
    elif not 1 <= month <= 12:
        reason = f"there is no month {month} (months run from 01 to 12)"
    else:
        days = calendar.monthrange(year, month)[1]
        reason = f"{_MONTHS[month - 1]} {year} has no day {day} (it has {days} days)"
    return f"'{label}' {value!r} is not a real date: {reason}"


_PARTIAL_DATE_SHAPE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _partial_date_message(label: str, value: str) -> str | None:
    """Why a timeline date is no real day, month or year; None when it is one."""
    shape = _PARTIAL_DATE_SHAPE.fullmatch(value)
    if shape is None:
        return (
            f"'{label}' should be a date as YYYY-MM-DD, or YYYY-MM or YYYY when the sources "
            f"give only the month or the year, not {_excerpt(value)!r}"
        )
    year, month, day = (int(part) if part else None for part in shape.groups())
    if day is not None:
        return _date_message(label, value) if not _real_day(value) else None
    if year == 0:
        return f"'{label}' {value!r} is not a real date: there is no year 0"
    if month is not None and not 1 <= month <= 12:
        reason = f"there is no month {month} (months run from 01 to 12)"
        return f"'{label}' {value!r} is not a real date: {reason}"
    return None


def _real_day(value: str) -> bool:
    """Whether YYYY-MM-DD names a day the calendar has."""
    try:
        msgspec.convert(value, datetime.date)
    except msgspec.ValidationError:
        return False
    return True


def _leaf_message(label: str, value: Any, annotation: Any, reason: str) -> str:
    """A curator-facing message for a scalar msgspec refused."""
    base, metadata = _unwrap(annotation)
    if value is None:
        return f"'{label}' is empty; it needs a value"
    if annotation is PartialDay:
        return _partial_date_message(label, str(value)) or f"'{label}': {reason}"
    shown = _excerpt(str(value))
    if "date" in repr(base) or "RFC3339" in reason:
        return _date_message(label, str(value))
    if any(getattr(m, "pattern", None) for m in metadata):
        return f"'{label}' {shown!r} is not a valid id: use lowercase letters, digits and hyphens"
    if get_origin(base) is Literal:
        allowed = " or ".join(repr(a) for a in get_args(base))
        return f"'{label}' should be {allowed}, not {shown!r}"
    if "length" in reason:
        return f"'{label}' is empty; it needs text"
    return f"'{label}': {re.sub(r' - at `.*`$', '', reason).replace('`', '')}"
