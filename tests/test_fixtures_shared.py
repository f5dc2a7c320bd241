"""The test fixtures' own behaviour: what one run shares, and what it must not keep for the next."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import demo_db_folder


@pytest.mark.parametrize(
    ("worker", "expected"),
    [
        (None, "/tmp/pytest-of-me/pytest-7"),  # no xdist: the run's own folder, removed with later runs
        ("gw0", "/tmp/pytest-of-me/pytest-7"),  # xdist: the folder above popen-gw0 is the run's
    ],
)
def test_bug_demo_db_cached_across_runs(monkeypatch: pytest.MonkeyPatch, worker: str | None, expected: str) -> None:
    monkeypatch.delenv("PYTEST_XDIST_WORKER", raising=False)
    basetemp = Path("/tmp/pytest-of-me/pytest-7")
    if worker:
        monkeypatch.setenv("PYTEST_XDIST_WORKER", worker)
        basetemp = basetemp / f"popen-{worker}"
    assert demo_db_folder(basetemp) == Path(expected)
