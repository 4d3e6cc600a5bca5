"""The core never imports textual, and the loader imports neither textual nor rich.

Each module is imported in a fresh interpreter (this test process has long
since imported everything), and we look at what landed in sys.modules.
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys

import pytest
from conftest import SMALL

LOADER = (
    "briefing.load",
    "briefing.model",
    "briefing.verify",
    "briefing.schema",
    "briefing.validate",
    "briefing.yaml_tree",
    "briefing.safe_text",
    "briefing.problems",
)
"""Reading and checking a briefing: plain Python, PyYAML and msgspec only."""
CORE = ("briefing.plain", "briefing.analysis")
"""The rest of the core: may use rich to render, never textual."""

PROBE = """
import importlib, json, sys
importlib.import_module(sys.argv[1])
print(json.dumps(sorted({m.split(".")[0] for m in sys.modules} & {"textual", "rich"})))
"""


def _ui_packages_imported_by(module: str) -> list[str]:
    """Which of textual and rich a fresh interpreter holds after importing `module`."""
    result = subprocess.run(
        [sys.executable, "-c", PROBE, module], capture_output=True, text=True, check=True
    )
    packages: list[str] = json.loads(result.stdout)
    return packages


@pytest.mark.parametrize("module", LOADER)
def test_the_loader_imports_neither_textual_nor_rich(module: str) -> None:
    assert _ui_packages_imported_by(module) == []


@pytest.mark.parametrize("module", CORE)
def test_the_core_does_not_import_textual(module: str) -> None:
    if importlib.util.find_spec(module) is None:
        pytest.skip(f"{module} does not exist yet")
    assert "textual" not in _ui_packages_imported_by(module)


def test_briefing_check_does_not_import_textual_or_rich() -> None:
    """The whole `check` path, run in process in a fresh interpreter."""
    script = (
        "import sys\nfrom briefing.cli import main\n"
        f"code = main(['check', {str(SMALL)!r}])\n"
        "assert code == 0, code\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'textual', 'rich'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        check=True,
        env={"BRIEFING_NO_CACHE": "1", "PATH": ""},
    )
    assert result.stdout.splitlines()[-1] == "[]"
