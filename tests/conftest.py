"""Shared fixtures. The spaCy model is loaded once per test process (parley.nlp caches it).

Store fixtures run each test on both backends: SQLite in a temporary file and PostgreSQL in a
fresh schema of a real server. The server is ``$PARLEY_TEST_POSTGRES_URL`` (``.ci/run`` starts one),
else one this test process starts with ``.ci/postgres``; the PostgreSQL cases are skipped, with the
reason, only where neither works.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
FIXTURES = REPO / "tests" / "fixtures"
SHARED = Path(os.environ.get("PARLEY_SHARED", REPO.parent / "shared"))


@pytest.fixture(scope="session")
def nlp() -> Any:
    from parley.nlp import get_nlp

    return get_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (FIXTURES / "seed-article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold() -> dict[str, Any]:
    return json.loads((FIXTURES / "seed-gold.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def seed_extracted(seed_text: str) -> Any:
    import parley

    return parley.extract(seed_text, published="2022-02-04T10:11")


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.exists():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


BACKENDS = ["sqlite", "postgres"]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def postgres_server() -> Any:
    """The URL of a running PostgreSQL server (skips, with the reason, when there is none)."""
    try:
        import psycopg
    except ImportError:
        pytest.skip("psycopg is not installed (pip install 'parley[postgres]')")
    url = os.environ.get("PARLEY_TEST_POSTGRES_URL")
    started: Path | None = None
    if not url:
        # Not under pytest's tmp dir: that is private to root and the server runs as `postgres`.
        holder = Path(tempfile.mkdtemp(prefix="parley-test-pg-"))
        holder.chmod(0o755)
        started = holder / "cluster"
        run = subprocess.run(["bash", str(REPO / ".ci" / "postgres"), "start", str(started), str(_free_port())],
                             capture_output=True, text=True, timeout=120)
        if run.returncode != 0:
            pytest.skip(f"no PostgreSQL server: set PARLEY_TEST_POSTGRES_URL or install postgresql ({run.stderr[-300:]})")
        url = run.stdout.strip().splitlines()[-1]
        # The server is a daemon: stop it at exit too, should the session end without fixture teardown.
        atexit.register(_stop_server, started)
    try:
        psycopg.connect(url, connect_timeout=10).close()
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL server at {url} does not answer: {exc}")
    yield url
    if started is not None:
        _stop_server(started)


def _stop_server(cluster: Path) -> None:
    if cluster.exists():
        subprocess.run(["bash", str(REPO / ".ci" / "postgres"), "stop", str(cluster)], capture_output=True, timeout=120)
    shutil.rmtree(cluster.parent, ignore_errors=True)


def _fresh_schema(server: str) -> tuple[str, Any]:
    """A URL whose connections see only a new, empty schema, and the function that drops it."""
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(server, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {name}")

    def drop() -> None:
        with psycopg.connect(server, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA IF EXISTS {name} CASCADE")

    separator = "&" if "?" in server else "?"
    return f"{server}{separator}options=-csearch_path%3D{name}", drop


@pytest.fixture()
def new_postgres_url(postgres_server: str) -> Any:
    """A function returning a new, empty PostgreSQL database (schema) at each call; all dropped after the test."""
    drops: list[Any] = []

    def make() -> str:
        url, drop = _fresh_schema(postgres_server)
        drops.append(drop)
        return url

    yield make
    for drop in drops:
        drop()


@pytest.fixture()
def postgres_url(postgres_server: str) -> Any:
    """A new, empty PostgreSQL database (a fresh schema) for tests about PostgreSQL only."""
    url, drop = _fresh_schema(postgres_server)
    yield url
    drop()


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Any:
    """A new, empty database on each backend: a SQLite path or a PostgreSQL URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "test.db")
        return
    url, drop = _fresh_schema(request.getfixturevalue("postgres_server"))
    yield url
    drop()


@pytest.fixture(scope="module", params=BACKENDS)
def module_store_url(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Any:
    """Like ``store_url``, shared by the tests of one module (a corpus built once per backend)."""
    if request.param == "sqlite":
        yield str(tmp_path_factory.mktemp("db") / "module.db")
        return
    url, drop = _fresh_schema(request.getfixturevalue("postgres_server"))
    yield url
    drop()


@pytest.fixture()
def store(store_url: str) -> Any:
    from parley.store import open_store

    s = open_store(store_url)
    yield s
    s.close()


# What ``make demo`` ingests (keep in step with the Makefile's demo target).
DEMO_INPUTS = ("examples/voa/voa_stories.jsonl", "examples/seed/seed-article.txt", "examples/exchange/exchange.jsonl")


def demo_db_folder(basetemp: Path) -> Path:
    """The folder one test run shares between its xdist workers (each has basetemp/popen-gwN)."""
    return basetemp.parent if os.environ.get("PYTEST_XDIST_WORKER") else basetemp


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database (VOA stories, the seed, the exchange corpus), built once for the whole run.

    xdist workers share the run's base temporary folder; the first to take the lock builds it.
    Without xdist the run's own folder holds it: the folder above it outlives the run, and a
    database cached there kept an older run's extraction and schema
    (test_bug_demo_db_cached_across_runs).
    """
    import fcntl

    from parley.ingest import read_paths
    from parley.runner import ingest
    from parley.store import open_store

    shared = demo_db_folder(tmp_path_factory.getbasetemp())
    path = shared / "demo-parley.db"
    with open(shared / "demo-parley.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (shared / "demo-parley.done").exists():
            # Two extraction processes: the other xdist worker mostly waits on this lock (the demo database's tests
            # come early in both), so a second core cuts the build by two fifths (one process 406 s, two 239 s; session 43).
            workers = min(2, os.cpu_count() or 1)
            with open_store(path) as store:
                summary = ingest(read_paths([str(REPO / name) for name in DEMO_INPUTS]), store, workers=workers)
            assert summary.failed == 0 and summary.ingested > 78, summary
            (shared / "demo-parley.done").write_text("ok")
    return path


@pytest.fixture()
def fail_event_inserts() -> Any:
    """A function that makes every later insert into ``events`` fail, on either backend."""
    return _fail_event_inserts


def _fail_event_inserts(store: Any) -> None:
    if store.url.startswith("postgresql"):
        store.conn.execute(
            "CREATE FUNCTION boom() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$ LANGUAGE plpgsql"
        )
        store.conn.execute("CREATE TRIGGER boom BEFORE INSERT ON events FOR EACH ROW EXECUTE FUNCTION boom()")
    else:
        store.conn.execute("CREATE TRIGGER boom BEFORE INSERT ON events BEGIN SELECT RAISE(ABORT, 'boom'); END")
