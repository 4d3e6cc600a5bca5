"""Problems found in a briefing, and the one exception family that carries them."""

from __future__ import annotations

from typing import NamedTuple


class Problem(NamedTuple):
    """One problem with a briefing, pointing at the place in a file that is at fault."""

    path: str
    """The file as the user named it (or as the briefing names it, for a source)."""
    line: int
    """1-based line of the node at fault."""
    column: int
    """1-based column of the node at fault."""
    message: str
    """One line saying what is wrong, and where possible what to do."""

    def __str__(self) -> str:
        # Imported here: a print from the cache never needs it, and its import
        # compiles a regular expression.
        from briefing.safe_text import make_safe

        # Messages quote the file's own text, which may hold escape sequences or
        # newlines: keep every problem to one safe line.
        text = f"{self.path}:{self.line}:{self.column}: {self.message}"
        return make_safe(text.replace("\n", " ").replace("\t", " "))


MAX_PROBLEMS = 200
"""Most problems reported for one file: past it the rest are noise, and a hostile
file could otherwise make millions of them."""


def add_problem(problems: list[Problem], problem: Problem) -> None:
    """Record `problem`; at `MAX_PROBLEMS`, stop the load with the problems found so far."""
    problems.append(problem)
    if len(problems) >= MAX_PROBLEMS:
        stop = f"stopped after {MAX_PROBLEMS} problems; fix these first"
        raise BriefingError([*problems, Problem(problem.path, problem.line, problem.column, stop)])


class BriefingError(Exception):
    """A briefing could not be loaded; `problems` says every reason found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(str(problem) for problem in problems))
        self.problems: tuple[Problem, ...] = tuple(problems)
