"""`vpdesk selftest` in-process: every step passes in a temporary vault, and the real vault is not touched."""

from __future__ import annotations

from pathlib import Path

from vpdesk.services.selftest import run_selftest


def test_every_step_passes_and_leaves_nothing_behind(home: Path) -> None:
    before = sorted(home.iterdir())
    results = run_selftest()
    assert [name for name, ok, _ in results if not ok] == []
    assert len(results) == 9
    assert sorted(home.iterdir()) == before  # the adviser's vault folder is not where it works
