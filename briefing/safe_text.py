"""Make text from a briefing or an article safe to show on a terminal.

Everything read from a file passes through `make_safe` once, at load time, so
nothing downstream (renderers, the app) ever has to think about escape
sequences again.
"""

from __future__ import annotations

import re

REPLACEMENT = "\N{REPLACEMENT CHARACTER}"

# C0 controls except tab and newline, DEL, C1 controls, and the bidirectional
# embeddings, overrides and isolates that can make text display in an order
# other than the one it is stored in (the "Trojan Source" characters).
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def normalise_newlines(text: str) -> str:
    """Turn CRLF and lone CR line ends into LF."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def make_safe(text: str) -> str:
    """Replace every terminal-unsafe character with a visible replacement character."""
    return _UNSAFE.sub(REPLACEMENT, text)


def is_safe(text: str) -> bool:
    """Whether `text` holds no character that `make_safe` would replace."""
    return _UNSAFE.search(text) is None
