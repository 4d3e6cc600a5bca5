"""A cache of verified briefings, so that reading one again starts instantly.

Loading a briefing means parsing YAML, checking the schema and finding every
excerpt in its source: tens of milliseconds for the bundled one, and most of
the start-up time of `briefing print`. Like Python's own bytecode cache, we
keep the result of a successful load and use it again only while everything
it was built from is unchanged:

- the briefing file's bytes and the path it was opened by;
- every source file's bytes (each one is hashed again on every use);
- the code that loads and verifies (the core modules' sizes and times).

Values derived from a briefing that take noticeable time to compute (the
copied-text counts of the analysis) can be kept beside its entry with
`remembered`, under the same rules.

Only successful loads are cached; problems are always found afresh. The cache
lives in $BRIEFING_CACHE_DIR, else $XDG_CACHE_HOME/briefing, else
~/.cache/briefing; BRIEFING_NO_CACHE=1 turns it off. It holds at most
`MAX_ENTRIES` entries. Any failure to read or write it is a cache miss, never
an error: the cache can only make loading faster, not different.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import zlib
from collections.abc import Callable
from typing import TypeVar

from briefing.cache_codec import decode, encode
from briefing.files import MAX_BRIEFING_BYTES, MAX_SOURCE_BYTES, read_regular_file
from briefing.model import Briefing

CACHE_VERSION = 1
MAX_ENTRIES = 128
"""Files kept: entries and the values remembered beside them."""
_CORE = os.path.dirname(os.path.realpath(__file__))
_CORE_MODULES = (
    "cache.py", "cache_codec.py", "files.py", "load.py", "model.py", "problems.py", "safe_text.py",
    "schema.py", "validate.py", "verify.py", "mismatch.py", "yaml_tree.py",
    "analysis/reuse.py", "analysis/words.py",
)  # fmt: skip

T = TypeVar("T")

_entries: dict[int, tuple[Briefing, str, str]] = {}
"""For each briefing this process loaded through the cache: itself (so that
its id stays its own), the cache folder and its entry's name."""


def load_briefing(path: str) -> Briefing:
    """Load the briefing at `path`, from the cache when nothing it depends on has changed.

    Raises:
        BriefingError: with every problem found (never from the cache).
    """
    directory = cache_directory()
    raw = read_regular_file(path, MAX_BRIEFING_BYTES, "briefing")
    key = _key(path, raw) if directory is not None and isinstance(raw, bytes) else None
    if key is not None and directory is not None:
        cached = _read_entry(os.path.join(directory, key))
        if cached is not None:
            _entries[id(cached)] = (cached, directory, key)
            return cached
    from briefing.load import load

    briefing = load(path)
    if key is not None and directory is not None:
        _write_entry(directory, key, briefing)
        _entries[id(briefing)] = (briefing, directory, key)
    return briefing


def remembered(briefing: Briefing, name: str, compute: Callable[[], T]) -> T:
    """`compute()`, kept beside the briefing's cache entry and read from there next time.

    The value must be made of builtin types (marshal stores it). For a
    briefing that did not come through the cache, it is simply computed.
    """
    known = _entries.get(id(briefing))
    if known is None or known[0] is not briefing:
        return compute()
    _, directory, key = known
    sidecar = os.path.join(directory, f"{key}.{name}")
    try:
        with open(sidecar, "rb") as handle:
            value: T = marshal.loads(handle.read())
    except (OSError, ValueError, TypeError, EOFError):
        value = compute()
        _write_file(directory, sidecar, marshal.dumps(value))  # type: ignore[arg-type]
    return value


def cache_directory() -> str | None:
    """Where cache entries live, or None when caching is off."""
    if os.environ.get("BRIEFING_NO_CACHE"):
        return None
    chosen = os.environ.get("BRIEFING_CACHE_DIR")
    if chosen:
        return chosen
    base = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    return os.path.join(base, "briefing")


def _key(path: str, raw: bytes) -> str:
    """The entry name for this briefing file, as read, under this code."""
    parts = [f"{CACHE_VERSION}", path, os.path.realpath(path)]
    for name in _CORE_MODULES:
        with contextlib.suppress(OSError):
            info = os.stat(os.path.join(_CORE, name))
            parts.append(f"{name}:{info.st_size}:{info.st_mtime_ns}")
    header = "\0".join(parts).encode()
    # Two independent checksums of everything the entry depends on: a change
    # that leaves both the same by chance is vanishingly unlikely.
    return f"{zlib.crc32(header + raw):08x}{zlib.adler32(raw):08x}{len(raw):x}"


def _fingerprint(location: str) -> tuple[int, int, int, int] | None:
    """What identifies a source file's current bytes, or None if it cannot be read now."""
    raw = read_regular_file(location, MAX_SOURCE_BYTES, "source")
    if not isinstance(raw, bytes):
        return None
    return (len(raw), zlib.crc32(raw), zlib.adler32(raw), os.stat(location).st_mtime_ns)


def _read_entry(entry: str) -> Briefing | None:
    """The cached briefing, if the entry exists and its sources are unchanged."""
    try:
        with open(entry, "rb") as handle:
            stored = marshal.loads(handle.read())
        briefing = decode(stored["briefing"])
        fingerprints = stored["sources"]
    except (OSError, ValueError, TypeError, EOFError, KeyError, IndexError, AttributeError):
        return None
    for source in briefing.sources:
        if fingerprints.get(source.location) != _fingerprint(source.location):
            return None
    return briefing


def _write_entry(directory: str, key: str, briefing: Briefing) -> None:
    """Store a loaded briefing; give up quietly if the cache cannot be written."""
    fingerprints = {s.location: _fingerprint(s.location) for s in briefing.sources}
    data = marshal.dumps({"briefing": encode(briefing), "sources": fingerprints})
    _write_file(directory, os.path.join(directory, key), data)
    # Values remembered beside an older entry of the same name were derived
    # from sources that have changed since.
    with contextlib.suppress(OSError), os.scandir(directory) as entries:
        for entry in entries:
            if entry.name.startswith(f"{key}."):
                os.unlink(entry.path)


def _write_file(directory: str, target: str, data: bytes) -> None:
    """Write a cache file atomically; give up quietly if the cache cannot be written."""
    import tempfile

    try:
        os.makedirs(directory, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, delete=False, suffix=".tmp") as handle:
            handle.write(data)
        os.replace(handle.name, target)
        _evict(directory)
    except OSError:
        return


def _evict(directory: str) -> None:
    """Keep the newest `MAX_ENTRIES` entries."""
    entries = sorted(os.scandir(directory), key=lambda e: e.stat().st_mtime, reverse=True)
    for stale in entries[MAX_ENTRIES:]:
        with contextlib.suppress(OSError):
            os.unlink(stale.path)
