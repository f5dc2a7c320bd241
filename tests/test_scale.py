"""Beyond one process: workers that die with their parent, kill -9 then rerun, many writers, same answers.

Each case runs the real ``parley ingest`` in a subprocess on the bundled VOA stories and checks the
store against the golden extraction of the same stories (tests/fixtures/golden), on SQLite and on
PostgreSQL.
"""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from parley.models import ExtractedArticle, article_id
from parley.store import open_store

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "fixtures" / "golden" / "extract-voa-seed.jsonl.gz"
VOA = REPO / "examples" / "voa" / "voa_stories.jsonl"
STORIES = 12  # enough for several batches in flight, few enough to keep the suite quick


def _golden() -> dict[str, dict[str, Any]]:
    rows = [json.loads(line) for line in gzip.decompress(GOLDEN.read_bytes()).decode("utf-8").splitlines()]
    return {r.get("parley_id", r["id"]): r for r in rows}


@pytest.fixture(scope="module")
def stories(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("stories") / "voa-subset.jsonl"
    path.write_text("".join(VOA.read_text(encoding="utf-8").splitlines(keepends=True)[:STORIES]), encoding="utf-8")
    return path


def _ingest(db: str, inputs: Path, *extra: str) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "parley.cli", "ingest", str(inputs), "--db", db, "-q", *extra]
    return subprocess.Popen(command, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _children(pid: int) -> list[int]:
    """Live child processes of ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid and fields[0] != "Z":
            found.append(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def _wait_for(condition: Any, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(0.05)


def _stored(db: str) -> int:
    try:
        with open_store(db) as store:
            return store.stats().articles
    except Exception:  # noqa: BLE001 - the database may not exist yet while the ingest starts
        return 0


def _assert_matches_golden(db: str) -> None:
    """Every story stored once, with exactly the records the golden extraction has: none lost or doubled."""
    golden = _golden()
    with open_store(db) as store:
        stats = store.stats()
        stored = {a.id: a for a in store.iter_articles(latest_only=False)}
    assert len(stored) == stats.versions == stats.articles == STORIES
    for article in stored.values():
        expected = golden[article.id]
        assert (len(article.attributions), len(article.events)) == (
            len(expected["attributions"]), len(expected["events"])), article.id
    assert stats.attributions == sum(len(golden[i]["attributions"]) for i in stored)
    assert stats.events == sum(len(golden[i]["events"]) for i in stored)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM], ids=["SIGKILL", "SIGTERM"])
def test_worker_processes_do_not_outlive_a_killed_ingest(tmp_path: Path, stories: Path, signum: int) -> None:
    """Bug (issue 14): two spaCy workers were alive 180 s after kill -9 of the parent, 10 s after SIGTERM."""
    db = str(tmp_path / "k.db")
    process = _ingest(db, stories, "--workers", "2", "--batch-size", "1")
    _wait_for(lambda: len(_children(process.pid)) >= 2, 120, "two workers")
    workers = _children(process.pid)
    process.send_signal(signum)
    process.wait(timeout=30)
    _wait_for(lambda: not any(_alive(w) for w in workers), 5, f"workers {workers} to end with their parent")


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("victim", ["driver", "worker"])
def test_kill_9_mid_run_then_rerun_loses_and_doubles_nothing(store_url: str, stories: Path, victim: str) -> None:
    process = _ingest(store_url, stories, "--workers", "2", "--batch-size", "1")
    _wait_for(lambda: _stored(store_url) >= 2, 180, "the first stored articles")
    os.kill(process.pid if victim == "driver" else _children(process.pid)[0], signal.SIGKILL)
    _out, err = process.communicate(timeout=60)
    assert process.returncode != 0
    if victim == "worker":  # the driver says what happened and how to finish, in one line
        assert "an extraction worker died" in err and "run the same command again" in err, err
    assert _stored(store_url) < STORIES, "the run finished before the kill: the test proved nothing"
    rerun = _ingest(store_url, stories, "--workers", "2")
    _out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    _assert_matches_golden(store_url)


def test_a_worker_sends_back_a_path_not_its_extraction(tmp_path: Path) -> None:
    """Bug (CI, ``parley ingest`` hung 60 s after kill -9 of a worker): a worker killed halfway through
    sending a large result through the pool's pipe left a partial message that CPython's
    ProcessPoolExecutor waited on forever. Workers now leave results in files and send the path, a
    message under PIPE_BUF that a pipe takes whole or not at all."""
    import select
    from multiprocessing.reduction import ForkingPickler

    from parley.models import Article
    from parley.runner import extract_batch, extract_batch_to_file, read_batch_file

    text = " ".join(f'"We are ready to talk about item {n}," Foreign Minister Sergei Lavrov said.' for n in range(60))
    articles = [Article(id="long", text=text)]
    path = extract_batch_to_file(articles, str(tmp_path))
    assert len(bytes(ForkingPickler.dumps((0, None, path, None)))) < select.PIPE_BUF // 4
    result = read_batch_file(path)
    assert result == extract_batch(articles) and len(result[0][0].attributions) >= 50
    assert not Path(path).exists() and not list(tmp_path.iterdir())


# -- the Ray engine: its local cluster dies with the driver; a killed driver or actor loses nothing -------
def _ray_processes(pid: int) -> dict[int, int]:
    from parley.engines.watchdog import ray_processes_below

    return ray_processes_below(pid)


@pytest.mark.slow
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("backend, victim", [("sqlite", "driver"), ("postgres", "actor")])
def test_ray_kill_9_mid_run_then_rerun_loses_and_doubles_nothing(
    tmp_path: Path, stories: Path, request: pytest.FixtureRequest, backend: str, victim: str
) -> None:
    """Bug: after kill -9 of a Ray ingest, the local cluster's agents stayed alive, orphaned (issue 13).

    One case per backend, each about 30 s: the driver killed on SQLite (the driver writes), an
    extraction actor killed on PostgreSQL (actors write; Ray restarts the actor and retries its batch).
    """
    pytest.importorskip("ray", reason="the Ray engine needs parley[ray]")
    db = str(tmp_path / "r.db") if backend == "sqlite" else request.getfixturevalue("new_postgres_url")()
    process = _ingest(db, stories, "--engine", "ray", "--workers", "2", "--batch-size", "1")
    _wait_for(lambda: _stored(db) >= 1, 180, "the first stored articles")
    cluster = _ray_processes(process.pid)
    actors = [pid for pid in cluster if "MapBatches" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace")]
    assert actors, "no extraction actor found"
    os.kill(process.pid if victim == "driver" else actors[0], signal.SIGKILL)
    at_kill = _stored(db)
    process.communicate(timeout=120)
    assert at_kill < STORIES, "the run finished before the kill: the test proved nothing"
    if victim == "driver":
        _wait_for(lambda: not any(_alive(pid) for pid in cluster), 15, "the Ray cluster to end with its driver")
    rerun = _ingest(db, stories, "--engine", "ray", "--workers", "2")
    _out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    _assert_matches_golden(db)


# -- many writers at once (PostgreSQL) ----------------------------------------------------------------
def _article(n: int, url: str | None = None) -> ExtractedArticle:
    text = f"Story number {n}: the minister said talks would resume."
    url = url if url is not None else f"https://example.org/{n}"
    return ExtractedArticle(id=article_id(text, url), text=text, url=url, title=f"Story {n}", outlet="Wire",
                            published=f"2024-01-{1 + n % 28:02d}T10:00")


def test_concurrent_writers_on_postgres_lose_and_double_nothing(postgres_url: str) -> None:
    url = postgres_url
    open_store(url).close()
    articles = [_article(n) for n in range(120)]
    # Versions of one url written at once by every writer: numbered 1..n with no gap and no twin.
    versions = [_article(1000 + n, url="https://example.org/live") for n in range(8)]
    errors: list[BaseException] = []

    def writer(seed: int) -> None:
        try:
            with open_store(url) as store:
                order = articles[seed::2] + articles + versions[seed % 2::2] + versions
                for i in range(0, len(order), 10):
                    store.add_articles(order[i : i + 10])
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(seed,)) for seed in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    with open_store(url) as store:
        stats = store.stats()
        assert (stats.versions, stats.articles) == (128, 121)
        live = [s for s in store.list_articles(latest_only=False, limit=500).items if s.url.endswith("/live")]
        assert sorted(s.version for s in live) == list(range(1, 9))
        assert sum(s.is_latest for s in live) == 1


# -- same answers everywhere -------------------------------------------------------------------------
def _answers(db: str) -> dict[str, Any]:
    """What an analyst sees: articles, statements, speakers and events, as plain data."""
    with open_store(db) as store:
        return {
            "articles": sorted((a.model_dump() for a in store.iter_articles(latest_only=False)),
                               key=lambda a: a["id"]),
            "statements": [s.model_dump() for s in store.attributions(limit=100_000).items],
            "speakers": [s.model_dump() for s in store.speakers(limit=100_000).items],
            "events": [e.model_dump() for e in store.events(limit=100_000).items],
            "entities": store.entities(limit=100_000).total,
        }


@pytest.mark.slow
def test_local_sqlite_local_postgres_and_ray_postgres_give_the_same_answers(
    tmp_path: Path, stories: Path, new_postgres_url: Any
) -> None:
    pytest.importorskip("ray", reason="the Ray engine needs parley[ray]")
    seed = REPO / "examples" / "seed" / "seed-article.txt"
    targets = {
        "local->sqlite": (str(tmp_path / "local.db"), ["--workers", "2"]),
        "local->postgres": (new_postgres_url(), ["--workers", "2"]),
        "ray->postgres": (new_postgres_url(), ["--engine", "ray", "--workers", "2"]),
    }
    for name, (db, options) in targets.items():
        command = [sys.executable, "-m", "parley.cli", "ingest", str(stories), str(seed), "--db", db, "-q", *options]
        done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=600, check=False)
        assert done.returncode == 0, f"{name}: {done.stderr[-2000:]}"
    answers = {name: _answers(db) for name, (db, _) in targets.items()}
    reference = answers["local->sqlite"]
    assert len(reference["articles"]) == STORIES + 1 and reference["statements"] and reference["events"]
    for name in ("local->postgres", "ray->postgres"):
        for part in reference:
            assert answers[name][part] == reference[part], f"{name} differs from local->sqlite in {part}"


def test_a_rerun_removes_the_result_folder_a_killed_run_left(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run killed with -9 leaves its folder of worker results; the next run removes it, not a live run's."""
    import tempfile

    from parley import runner

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f"parley-ingest-{dead.pid}-abc"
    live = tmp_path / f"parley-ingest-{os.getpid()}-def"
    other = tmp_path / "parley-ingest-notapid"
    for folder in (left, live, other):
        folder.mkdir()
    (left / "parley-batch-1.pickle").write_bytes(b"x")
    runner._remove_spools_of_dead_runs()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([live.name, other.name])
