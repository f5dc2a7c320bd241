"""Ingesting through the CLI: summaries, idempotence, exit codes, kill-and-rerun."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli import main

REPO = Path(__file__).resolve().parents[1]
VOA = REPO / "examples" / "voa" / "voa_stories.jsonl"
SEED = REPO / "examples" / "seed" / "seed-article.txt"


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _count(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_ingest_twice_adds_nothing_the_second_time(tmp_path):
    db = str(tmp_path / "p.db")
    code, out, _ = run("ingest", str(SEED), "--db", db, "--workers", "1", "--format", "json")
    assert code == 0
    assert json.loads(out)["ingested"] == 1
    code, out, _ = run("ingest", str(SEED), "--db", db, "--workers", "1", "--format", "json")
    summary = json.loads(out)
    assert code == 0
    assert (summary["ingested"], summary["duplicates"], summary["failed"]) == (0, 1, 0)


def test_failures_are_recorded_and_the_batch_goes_on(tmp_path):
    db = tmp_path / "p.db"
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 8)
    code, out, _ = run("ingest", str(SEED), str(tmp_path / "empty.txt"), str(tmp_path / "binary.txt"),
                       "--db", str(db), "--workers", "1", "--format", "json")
    summary = json.loads(out)
    assert code == 0
    assert summary["ingested"] == 1 and summary["failed"] == 2
    assert _count(db, "failures") == 2


def test_nothing_readable_exits_non_zero_and_keeps_what_was_stored(tmp_path):
    db = str(tmp_path / "p.db")
    run("ingest", str(SEED), "--db", db, "--workers", "1", "--quiet")
    (tmp_path / "empty.txt").write_text("")
    code, _, err = run("ingest", str(tmp_path / "empty.txt"), "--db", db, "--workers", "1")
    assert code == 1
    assert "nothing could be read" in err
    assert _count(Path(db), "articles") == 1


def test_missing_path_is_a_failure_not_a_traceback(tmp_path):
    code, _, err = run("ingest", str(tmp_path / "nope.txt"), "--db", str(tmp_path / "p.db"), "--workers", "1")
    assert code == 1
    assert "Traceback" not in err


@pytest.mark.slow
def test_killed_ingest_leaves_a_consistent_db_and_rerun_finishes(tmp_path):
    db = tmp_path / "kill.db"
    cmd = [sys.executable, "-m", "parley", "ingest", str(VOA), "--db", str(db), "--workers", "1",
           "--batch-size", "4", "--quiet"]
    proc = subprocess.Popen(cmd, cwd=REPO, start_new_session=True)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            stored = _count(db, "articles")
        except sqlite3.Error:
            continue
        if stored >= 8:
            break
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    assert 0 < stored < 77, "the run should have been killed mid-way"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        partial = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        # whole batches only, and no record without its article
        assert partial % 4 == 0
        assert conn.execute(
            "SELECT COUNT(*) FROM attributions WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0] == 0
    rerun = subprocess.run([*cmd[:-1], "--format", "json"], cwd=REPO, capture_output=True, text=True, check=True)
    summary = json.loads(rerun.stdout)
    assert summary["ingested"] == 77 - partial
    assert summary["duplicates"] == partial
    assert _count(db, "articles") == 77


def test_text_longer_than_the_parser_accepts_is_a_failure_not_a_crash(tmp_path):
    """Bug: the readers admitted 5 M characters while spaCy refuses more than 1 M (E088 crashed the run)."""
    from parley.nlp import MAX_TEXT_CHARS

    big = tmp_path / "big.txt"
    big.write_text("The minister said the talks would go on. " * (MAX_TEXT_CHARS // 40))
    code, out, _ = run("ingest", str(big), str(SEED), "--db", str(tmp_path / "p.db"), "--workers", "1",
                       "--format", "json")
    summary = json.loads(out)
    assert code == 0
    assert (summary["ingested"], summary["failed"]) == (1, 1)
    assert summary["failure_reasons"] == {"too large": 1}


def test_extract_prints_schema_valid_json_for_the_seed():
    import jsonschema

    from parley.schema import output_schema

    code, out, _ = run("extract", str(SEED))
    assert code == 0
    record = json.loads(out)
    jsonschema.validate(record, output_schema())
    assert record["title"] == "US believes in indivisible security, wants to discuss it with Russia - US diplomat"
    assert (record["dateline"]["place"], record["dateline"]["outlet"]) == ("STEPANAKERT", "ARTSAKHPRESS")


def test_extract_jsonl_keeps_the_input_id_and_text(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()[:2]]
    source.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
    code, out, _ = run("extract", str(source), "--format", "jsonl")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert [(r["id"], r["text"]) for r in records] == [(line["id"], line["text"]) for line in lines]
    assert all(len(r["parley_id"]) == 20 for r in records)


def test_extract_of_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_text("")
    code, out, err = run("extract", str(tmp_path / "empty.txt"))
    assert code == 1 and out == ""
    assert "empty" in err
