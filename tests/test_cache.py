"""The load cache makes a second start fast and never serves a stale briefing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import ROOT, SMALL, run_briefing


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A copy of the small briefing and its two sources that a test may edit."""
    (tmp_path / "data").mkdir()
    (tmp_path / "seeds").mkdir()
    text = SMALL.read_text(encoding="utf-8").replace("../../seeds/", "../seeds/")
    (tmp_path / "data" / "brief.yaml").write_text(text, encoding="utf-8")
    for seed in ("001_1aefc524b059d3af.txt", "004_eb55e478941be5c6.txt"):
        shutil.copy(ROOT / "seeds" / seed, tmp_path / "seeds" / seed)
    return tmp_path


def cache_env(tmp_path: Path) -> dict[str, str]:
    """An environment whose cache folder the test can look into."""
    return {"BRIEFING_CACHE_DIR": str(tmp_path / "cache")}


def test_a_second_run_reads_the_cache_and_prints_the_same(workspace: Path) -> None:
    env = cache_env(workspace)
    brief = workspace / "data" / "brief.yaml"
    first = run_briefing("check", brief, env=env)
    entries = list((workspace / "cache").iterdir())
    second = run_briefing("check", brief, env=env)
    assert first.returncode == second.returncode == 0
    assert first.stdout == second.stdout
    assert len(entries) == 1
    assert list((workspace / "cache").iterdir()) == entries


def test_a_changed_source_is_verified_again(workspace: Path) -> None:
    env = cache_env(workspace)
    brief = workspace / "data" / "brief.yaml"
    assert run_briefing("check", brief, env=env).returncode == 0
    source = workspace / "seeds" / "004_eb55e478941be5c6.txt"
    stat = source.stat()
    edited = source.read_text(encoding="utf-8").replace("agreed upon", "agreed on")
    source.write_text(edited, encoding="utf-8")
    os.utime(source, ns=(stat.st_atime_ns, stat.st_mtime_ns))  # even with the old time
    result = run_briefing("check", brief, env=env)
    assert result.returncode == 1
    assert b"excerpt not found in source 'uni'" in result.stderr


def test_a_changed_briefing_is_loaded_again(workspace: Path) -> None:
    env = cache_env(workspace)
    brief = workspace / "data" / "brief.yaml"
    assert run_briefing("check", brief, env=env).returncode == 0
    brief.write_text(brief.read_text(encoding="utf-8").replace("schema: 1", "schema: 2"))
    result = run_briefing("check", brief, env=env)
    assert result.returncode == 1
    assert b"unsupported schema" in result.stderr


def test_a_corrupt_entry_is_a_miss_not_an_error(workspace: Path) -> None:
    env = cache_env(workspace)
    brief = workspace / "data" / "brief.yaml"
    first = run_briefing("check", brief, env=env)
    for entry in (workspace / "cache").iterdir():
        entry.write_bytes(b"\x00garbage" * 10)
    second = run_briefing("check", brief, env=env)
    assert second.returncode == 0
    assert second.stdout == first.stdout
    assert second.stderr == b""


def test_an_unwritable_cache_folder_changes_nothing(workspace: Path) -> None:
    blocker = workspace / "not-a-folder"
    blocker.write_text("a file where the cache folder should be")
    result = run_briefing(
        "check", workspace / "data" / "brief.yaml", env={"BRIEFING_CACHE_DIR": str(blocker)}
    )
    assert result.returncode == 0
    assert result.stderr == b""


def test_the_cache_can_be_turned_off(workspace: Path) -> None:
    env = {**cache_env(workspace), "BRIEFING_NO_CACHE": "1"}
    assert run_briefing("check", workspace / "data" / "brief.yaml", env=env).returncode == 0
    assert not (workspace / "cache").exists()


def test_the_copied_text_counts_follow_a_changed_source(workspace: Path) -> None:
    """The analysis counts kept beside an entry are never reused for changed sources."""
    env = cache_env(workspace)
    brief = workspace / "data" / "brief.yaml"
    before = run_briefing("print", brief, "--section", "coverage", env=env)
    assert b"2 outlets, 2 independent accounts" in before.stdout
    assert any(name.name.endswith(".reuse") for name in (workspace / "cache").iterdir())
    ani = (workspace / "seeds" / "001_1aefc524b059d3af.txt").read_text(encoding="utf-8")
    uni = workspace / "seeds" / "004_eb55e478941be5c6.txt"
    uni.write_text(uni.read_text(encoding="utf-8") + "\n\n" + ani, encoding="utf-8")
    after = run_briefing("print", brief, "--section", "coverage", env=env)
    assert after.returncode == 0, after.stderr
    assert b"2 outlets, 1 independent account" in after.stdout
