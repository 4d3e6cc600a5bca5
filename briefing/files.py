"""Read a file named in (or as) a briefing without ever hanging or over-reading.

Only regular files are read: a device, a FIFO, a socket or a folder is refused
before it is opened, and reading stops one byte past the limit.
"""

from __future__ import annotations

import os
import stat

MAX_BRIEFING_BYTES = 16 * 1024 * 1024
"""Largest briefing file read; far beyond any hand-curated one."""
MAX_SOURCE_BYTES = 8 * 1024 * 1024
"""Largest article read; a news article is rarely over 100 kB."""


def read_regular_file(path: str | os.PathLike[str], limit: int, what: str) -> bytes | str:
    """The file's bytes, or a one-line message saying why they cannot be read.

    Args:
        path: the file; symlinks are followed (a loop is reported, not followed forever).
        limit: the most bytes accepted.
        what: how to name the file in messages ("briefing", "source").
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return f"{what} file not found"
    except OSError as error:
        return f"cannot read the {what} file: {error.strerror or error}"
    if stat.S_ISDIR(info.st_mode):
        return f"the {what} file is a folder, not a file"
    if not stat.S_ISREG(info.st_mode):
        return f"the {what} file is not a regular file (a device, FIFO or socket)"
    if info.st_size > limit:
        return f"the {what} file is {info.st_size:,} bytes; the limit is {limit:,}"
    try:
        # O_NONBLOCK: should the file be swapped for a FIFO after the check, open won't hang.
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        return f"cannot read the {what} file: {error.strerror or error}"
    if len(data) > limit:
        return f"the {what} file is over the limit of {limit:,} bytes"
    return data
