"""`parley bench ingest --speedup`: start-up, steady state and whole run, split on a fake clock."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.bench.scale import parse_marks, run_phases, speedups, write_synthetic
from parley.cli.bench_ingest import _speedup_table

# (started, marks (done, clock), finished) -> startup, steady articles/s, whole
PHASES = [
    (0.0, [(8, 10.0), (16, 12.0), (24, 14.0)], 15.0, 10.0, 4.0, 15.0),
    (100.0, [(8, 103.0), (40, 111.0)], 112.0, 3.0, 4.0, 12.0),
    (0.0, [(0, 1.0), (8, 5.0), (16, 9.0)], 9.5, 5.0, 2.0, 9.5),  # a failure-only mark is not the first batch
]


@pytest.mark.parametrize(("started", "marks", "finished", "startup", "steady", "whole"), PHASES)
def test_run_splits_into_startup_steady_state_and_whole(
    started: float, marks: list[tuple[int, float]], finished: float, startup: float, steady: float, whole: float,
) -> None:
    found = run_phases(started, marks, finished)
    assert (found["startup_seconds"], found["steady_articles_per_second"], found["wall_seconds"]) == (
        startup, steady, whole)


@pytest.mark.parametrize("marks", [[], [(0, 3.0)]])
def test_run_without_a_stored_batch_has_no_startup_or_steady_state(marks: list[tuple[int, float]]) -> None:
    found = run_phases(0.0, marks, 5.0)
    assert (found["startup_seconds"], found["steady_articles_per_second"], found["wall_seconds"]) == (None, None, 5.0)


def test_single_batch_run_has_no_steady_rate() -> None:
    assert run_phases(0.0, [(8, 4.0)], 5.0)["steady_articles_per_second"] is None


def test_speedup_is_given_for_the_whole_run_and_for_steady_state() -> None:
    runs = [{"wall_seconds": 20.0, "steady_articles_per_second": 2.0, "cpu_seconds": 30.0},
            {"wall_seconds": 16.0, "steady_articles_per_second": 3.8, "cpu_seconds": 36.0}]
    speedups(runs)
    assert [(r["speedup"], r["steady_speedup"], r["cpu_ratio"]) for r in runs] == [(1.0, 1.0, 1.0), (1.25, 1.9, 1.2)]


def test_progress_marks_are_read_from_stderr_among_other_lines() -> None:
    stderr = "2026 INFO ray started\nparley-progress 8 1000.5\nwarning\nparley-progress 16 1002.25\n"
    assert parse_marks(stderr) == [(8, 1000.5), (16, 1002.25)]
    assert parse_marks("nothing here\n") == []


def test_speedup_table_has_a_row_per_engine_and_worker_count() -> None:
    runs = [{"workers": 1, "wall_seconds": 20.0, "steady_articles_per_second": 2.0, "cpu_seconds": 3.0},
            {"workers": 2, "wall_seconds": 12.0, "steady_articles_per_second": 3.9, "cpu_seconds": 3.3}]
    speedups(runs)
    table = _speedup_table([{"engine": "ray", "ray_address": "127.0.0.1:6390", "runs": runs}])
    assert table.row_count == 2
    assert [c.header for c in table.columns][:2] == ["engine", "workers"]


def test_synthetic_input_is_distinct_articles_in_jsonl(tmp_path: Path) -> None:
    source = Path("examples/voa/voa_stories.jsonl")
    target = write_synthetic(source, 30, tmp_path / "s.jsonl")
    rows = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 30
    assert len({r["text"] for r in rows}) == 30
    assert {"text", "url", "title", "published"} <= set(rows[0])


@pytest.mark.slow
@pytest.mark.parametrize("engine", ["local", "ray"])
def test_bench_workers_reports_startup_and_steady_state_for_real_runs(tmp_path: Path, engine: str) -> None:
    """The real `parley ingest --progress-marks` in a subprocess, 1 and 2 workers (Ray: a local cluster)."""
    if engine == "ray":
        pytest.importorskip("ray", reason="the Ray engine needs parley[ray]")
    from parley.bench.scale import bench_workers

    source = write_synthetic(Path("examples/voa/voa_stories.jsonl"), 12, tmp_path / "s.jsonl")
    found = bench_workers([str(source)], engine=engine, workers=(1, 2), batch_size=4)
    for run in found["runs"]:
        assert run["articles"] == 12
        assert 0 < run["startup_seconds"] < run["wall_seconds"]
        assert 0 < run["steady_articles"] < 12 and run["steady_articles_per_second"] > 0
    assert found["runs"][1]["steady_speedup"] is not None


def test_sqlite_size_counted_twice_before_a_checkpoint(tmp_path: Path) -> None:
    """The bug: the size of a SQLite database just written counted the write-ahead log beside the file,
    whose pages are new copies of pages the file has (8.44x its text at 2,000 --fill articles instead of
    6.88x). The size is measured after folding the log in, and is the file's own size."""
    from parley.bench.scale import _store_bytes
    from parley.models import ExtractedArticle, article_id
    from parley.store import open_store

    db = tmp_path / "size.db"
    with open_store(str(db)) as store:
        texts = [f"Story {n}: the minister said on Monday that talks would resume soon." * 20 for n in range(200)]
        store.add_articles([ExtractedArticle(id=article_id(t, None), text=t, title=f"Story {n}")
                            for n, t in enumerate(texts)])
        db_bytes, text_bytes = _store_bytes(store)
        assert text_bytes == sum(len(t.encode("utf-8")) for t in texts)
        wal = Path(f"{db}-wal")
        assert not wal.exists() or wal.stat().st_size == 0
        assert db_bytes == db.stat().st_size


def test_parse_marks_reads_a_mark_that_ray_output_shares_a_line_with() -> None:
    """Bug (CI, 2026-12-05): Ray's log thread wrote between a mark and its newline, and the mark's line
    ('parley-progress 4 1796468742.123 2026-12-05 ... INFO ...') no longer split into three fields."""
    from parley.bench.scale import parse_marks

    stderr = ("parley-progress 4 1796468742.123 2026-12-05 11:03:26,831\tINFO streaming_executor.py:214 -- Starting\n"
              "INFO ... finished in 10.84 secondsparley-progress 8 1796468744.500\n"
              "parley-progress 12 1796468746.250\n")
    assert parse_marks(stderr) == [(4, 1796468742.123), (8, 1796468744.5), (12, 1796468746.25)]
    assert parse_marks("no marks here\n") == []
