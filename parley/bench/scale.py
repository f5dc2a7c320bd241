"""Scale measured, not assumed: worker speed-up, memory and throughput over a long stream, store size.

* :func:`bench_workers` runs ``parley ingest`` on the same inputs with 1 and with N workers (local
  engine, or Ray actors), each in a fresh process and a fresh database, and reports the speed-up:
  the baseline is the 1-worker run of the same engine in the same benchmark.
* :func:`bench_stream` ingests a stream of distinct synthetic articles (sentences of the bundled
  stories, mixed) and samples the memory of the ingest and its workers as it goes: peak memory
  at each checkpoint, articles/s in the first and the last thousand, database bytes per text byte.
  Memory is PSS (proportional set size), so the model pages that forked workers share are counted
  once, not once per worker.
* :func:`bench_queries` times ``compare`` on the store, the query an analyst waits for.
"""

from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from parley.models import Article, article_id
from parley.store import Store, is_postgres_url, open_store

__all__ = [
    "bench_queries", "bench_stream", "bench_workers", "fill_store", "parse_marks", "run_phases", "speedups",
    "synthetic_articles", "tree_pss", "write_synthetic",
]

_SENTENCE_END = re.compile(r"(?<=[.!?\"”])\s+(?=[A-Z“\"])")


def synthetic_articles(source: Path, count: int, *, sentences: int = 6, seed: int = 13) -> Iterator[Article]:
    """``count`` distinct articles, each ``sentences`` consecutive sentences of a bundled story
    followed by sentences of others: real prose with real quotes, no two texts alike."""
    stories = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    split = [[s for s in _SENTENCE_END.split(story["text"]) if len(s) > 20] for story in stories]
    pool = [sentence for sentences_of in split for sentence in sentences_of]
    rng = random.Random(seed)
    for n in range(count):
        story = split[n % len(split)]
        start = rng.randrange(max(1, len(story) - sentences))
        body = story[start : start + sentences // 2] + rng.sample(pool, sentences - sentences // 2)
        text = " ".join(body)
        url = f"https://bench.example.org/story/{n}"
        day = 1 + n % 28
        yield Article(id=article_id(text, url), text=text, url=url, outlet="Bench", title=f"Story {n}",
                      published=f"2024-{1 + n % 12:02d}-{day:02d}T12:00:00+00:00", source="bench")


def write_synthetic(source: Path, count: int, target: Path) -> Path:
    """``count`` distinct synthetic articles as a JSONL file, an input large enough for start-up to amortise."""
    with target.open("w", encoding="utf-8") as handle:
        for article in synthetic_articles(source, count):
            handle.write(article.model_dump_json(include={"text", "url", "outlet", "title", "published"}) + "\n")
    return target


# -- memory ----------------------------------------------------------------------------------------
def _children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            if int(stat.read_text().rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(stat.parent.name))
        except (OSError, IndexError, ValueError):
            continue
    return found


def _pss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def tree_pss(pid: int | None = None) -> int:
    """Bytes of memory of a process and all its descendants (PSS: shared pages counted once)."""
    root = pid or os.getpid()
    total, todo, seen = 0, [root], set()
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.add(current)
        total += _pss(current)
        todo.extend(_children(current))
    return total


class _Sampler(threading.Thread):
    """Samples the memory of this process tree, recording the peak since the last checkpoint."""

    def __init__(self, every: float = 0.5) -> None:
        super().__init__(name="parley-bench-memory", daemon=True)
        self.every = every
        self.peak = 0
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.peak = max(self.peak, tree_pss())
            self._halt.wait(self.every)

    def stop(self) -> None:
        self._halt.set()
        self.join()


# -- benchmarks ------------------------------------------------------------------------------------
def _store_bytes(store: Store) -> tuple[int, int]:
    """(database bytes, article text bytes)."""
    size = getattr(store, "size", None)
    if size is not None:
        found = size()
        return int(found["database_bytes"]), int(found["text_bytes"])
    path = Path(store.url.removeprefix("sqlite:///"))
    conn = getattr(store, "conn", None)
    if conn is not None:
        # The write-ahead log holds new copies of pages the file already has: fold it in first, or a
        # database measured right after a write counts those pages twice (8.44x instead of 6.88x
        # at 2,000 --fill articles).
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
    text = sum(len(a.text.encode("utf-8")) for a in store.iter_articles(latest_only=False))
    return db, text


def bench_stream(
    db: str, source: Path, checkpoints: Sequence[int], *, workers: int = 2, batch_size: int = 16,
    sentences: int = 6,
) -> dict[str, Any]:
    """Ingest ``max(checkpoints)`` synthetic articles into ``db``; measure at each checkpoint."""
    from parley.runner import ingest

    total = max(checkpoints)
    marks: list[dict[str, Any]] = []
    times: list[tuple[int, float]] = []
    sampler = _Sampler()
    sampler.start()
    started = time.perf_counter()
    state = {"done": 0}

    def progress(done: int, _failed: int) -> None:
        state["done"] += done
        now = time.perf_counter()
        times.append((state["done"], now))
        while len(marks) < len(checkpoints) and state["done"] >= sorted(checkpoints)[len(marks)]:
            marks.append({"articles": state["done"], "seconds": round(now - started, 1),
                          "peak_memory_mb": round(sampler.peak / 2**20, 1),
                          "articles_per_second_last_1000": _rate(times, state["done"] - 1000, state["done"])})
            # A long run says where it is: a run stopped early still leaves its checkpoints on stderr.
            print(json.dumps({"checkpoint": marks[-1]}), file=sys.stderr, flush=True)

    with open_store(db) as store:
        summary = ingest(synthetic_articles(source, total, sentences=sentences), store, workers=workers,
                         batch_size=batch_size, progress=progress)
        sampler.stop()
        db_bytes, text_bytes = _store_bytes(store)
    first = _rate(times, 0, min(1000, total))
    last = _rate(times, max(0, total - 1000), total)
    return {
        "db": db, "workers": workers, "articles": summary.ingested, "failed": summary.failed,
        "seconds": round(summary.seconds, 1), "checkpoints": marks,
        "memory_growth": round(marks[-1]["peak_memory_mb"] / marks[0]["peak_memory_mb"], 3) if marks else None,
        "articles_per_second_first_1000": first, "articles_per_second_last_1000": last,
        "last_over_first": round(last / first, 3) if first else None,
        "database_bytes": db_bytes, "text_bytes": text_bytes,
        "database_over_text": round(db_bytes / text_bytes, 2) if text_bytes else None,
    }


def _rate(times: list[tuple[int, float]], start: int, end: int) -> float:
    """Articles per second between the progress reports nearest to ``start`` and ``end`` done."""
    before = [t for t in times if t[0] <= start]
    after = [t for t in times if t[0] >= end]
    if not after:
        return 0.0
    begin = before[-1] if before else (0, times[0][1])
    finish = after[0]
    seconds = finish[1] - begin[1]
    return round((finish[0] - begin[0]) / seconds, 2) if seconds > 0 else 0.0


def run_phases(started: float, marks: Sequence[tuple[int, float]], finished: float) -> dict[str, Any]:
    """Split one ingest run into start-up, steady state and the whole, from its progress marks.

    ``marks`` are (articles done so far, clock) per stored batch. Start-up runs until the first
    batch is back (process, Ray and pipeline start, the first extraction); steady state is the
    articles after the first batch over the time from the first mark to the last; the whole run
    ends when the process exits (shutdown included).
    """
    whole = finished - started
    result: dict[str, Any] = {"wall_seconds": round(whole, 2), "startup_seconds": None, "steady_seconds": None,
                              "steady_articles": 0, "steady_articles_per_second": None,
                              "articles_per_second": None, "shutdown_seconds": None}
    done = [m for m in marks if m[0] > 0]
    if not done:
        return result
    first_done, first_at = done[0]
    last_done, last_at = done[-1]
    result["startup_seconds"] = round(first_at - started, 2)
    result["shutdown_seconds"] = round(finished - last_at, 2)
    result["articles_per_second"] = round(last_done / whole, 2) if whole > 0 else None
    result["steady_seconds"] = round(last_at - first_at, 2)
    result["steady_articles"] = last_done - first_done
    if last_at > first_at:
        result["steady_articles_per_second"] = round((last_done - first_done) / (last_at - first_at), 2)
    return result


_MARK = re.compile(r"parley-progress (\d+) (\d+(?:\.\d+)?)")


def parse_marks(stderr: str) -> list[tuple[int, float]]:
    """The 'parley-progress DONE EPOCH' marks of ``parley ingest --progress-marks``, wherever they stand
    in stderr: another thread's output (Ray's progress lines) may share their line."""
    return [(int(done), float(at)) for done, at in _MARK.findall(stderr)]


def speedups(runs: list[dict[str, Any]]) -> None:
    """Add to each run its speed-up over the first (1 worker): whole run and steady state, and CPU."""
    base = runs[0]
    for run in runs:
        run["speedup"] = round(base["wall_seconds"] / run["wall_seconds"], 2) if run["wall_seconds"] else None
        steady, base_steady = run.get("steady_articles_per_second"), base.get("steady_articles_per_second")
        run["steady_speedup"] = round(steady / base_steady, 2) if steady and base_steady else None
        # CPU over the 1-worker run: what extra workers cost (model loads, copies), whatever the load.
        run["cpu_ratio"] = round(run["cpu_seconds"] / base["cpu_seconds"], 2) if base.get("cpu_seconds") else None


def load_average() -> float | None:
    try:
        return round(os.getloadavg()[0], 2)
    except OSError:
        return None


def bench_workers(
    inputs: Sequence[str], *, engine: str = "local", workers: Sequence[int] = (1, 2), db: str | None = None,
    batch_size: int = 8, ray_address: str | None = None,
) -> dict[str, Any]:
    """Time ``parley ingest`` per worker count, each in a fresh process and database: start-up
    (until the first batch is stored), steady state (articles/s after it) and the whole run.

    With ``ray_address`` (a cluster started once with ``ray start --head``) the runs join it and
    do not pay ``ray.init`` each time.
    """
    runs = []
    for count in workers:
        with tempfile.TemporaryDirectory(prefix="parley-bench-") as folder:
            target = _fresh_db(db, folder, f"w{count}")
            command = [sys.executable, "-m", "parley.cli", "ingest", *inputs, "--db", target, "--workers",
                       str(count), "--engine", engine, "--batch-size", str(batch_size), "--format", "json",
                       "--progress-marks"]
            if ray_address and engine == "ray":
                command += ["--ray-address", ray_address]
            load_before = load_average()
            cpu_before = _children_cpu()
            started = time.time()
            done = subprocess.run(command, capture_output=True, text=True, check=False)
            finished = time.time()
            cpu = _children_cpu() - cpu_before
            if done.returncode != 0:
                raise RuntimeError(f"{' '.join(command)} failed: {done.stderr[-500:]}")
            summary = json.loads(done.stdout[done.stdout.index("{"):])
            run = {"workers": count, **run_phases(started, parse_marks(done.stderr), finished),
                   "ingest_seconds": summary["seconds"], "cpu_seconds": round(cpu, 2),
                   "articles": summary["ingested"], "load_before": load_before, "load_after": load_average()}
            runs.append(run)
    speedups(runs)
    return {"engine": engine, "inputs": list(inputs), "ray_address": ray_address if engine == "ray" else None,
            "batch_size": batch_size, "runs": runs}


def _children_cpu() -> float:
    """User + system CPU seconds of the finished children of this process (and theirs)."""
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _fresh_db(db: str | None, folder: str, name: str) -> str:
    """A new SQLite file, or a new schema in the given PostgreSQL database."""
    if db and is_postgres_url(db):
        import psycopg

        schema = f"bench_{name}_{os.getpid()}_{int(time.time())}"
        with psycopg.connect(db, autocommit=True) as conn:
            conn.execute(f"CREATE SCHEMA {schema}")
        return f"{db}{'&' if '?' in db else '?'}options=-csearch_path%3D{schema}"
    return str(Path(folder) / f"{name}.db")


def bench_queries(db: str, notion: str, sides: Sequence[str], rounds: int = 3) -> dict[str, Any]:
    """Seconds of ``compare`` on the store, alone and with the wider debate (best and worst of ``rounds``),
    with their statement counts."""
    from parley.query.notions import compare

    timings: dict[bool, list[float]] = {False: [], True: []}
    statements = wider = 0
    with open_store(db) as store:
        articles = store.stats().articles
        for _ in range(rounds):
            for with_wider in (False, True):
                started = time.perf_counter()
                result = compare(store, notion, list(sides), wider=with_wider)
                timings[with_wider].append(time.perf_counter() - started)
            statements = sum(side.statements for side in result.sides) + result.joint.statements
            wider = result.wider.statements if result.wider else 0
    return {"db": db, "articles": articles, "notion": notion, "sides": list(sides), "statements": statements,
            "compare_seconds_best": round(min(timings[False]), 3), "compare_seconds_worst": round(max(timings[False]), 3),
            "wider_statements": wider, "compare_wider_seconds_best": round(min(timings[True]), 3),
            "compare_wider_seconds_worst": round(max(timings[True]), 3)}


def fill_store(db: str, source_db: str, count: int, *, batch_size: int = 100, seed: int = 13) -> dict[str, Any]:
    """Store ``count`` articles made from the extracted articles of ``source_db``, without NLP.

    Article n is source article ``n % len(source)`` with a distinct closing paragraph of random
    words appended: the records (statements, events, entities, terms) are real extraction output
    and their offsets still index the text. Copies of one story group as syndicated, the worst case
    for the repeat-collapsing in ``compare``. For query latency at a size that NLP on a shared
    2-core machine cannot reach in a benchmark run.
    """
    rng = random.Random(seed)
    with open_store(source_db) as source:
        originals = list(source.iter_articles())
    if not originals:
        raise ValueError(f"{source_db} holds no articles to copy")
    words = sorted({w for a in originals[:20] for w in re.findall(r"[a-z]{4,}", a.text)})
    started = time.perf_counter()
    added = 0
    with open_store(db) as store:
        batch = []
        for n in range(count):
            original = originals[n % len(originals)]
            text = f"{original.text}\n\nBackground {n}: {' '.join(rng.sample(words, 40))}."
            url = f"https://bench.example.org/copy/{n}"
            batch.append(original.model_copy(update={"id": article_id(text, url), "text": text, "url": url,
                                                     "external_id": None}))
            if len(batch) >= batch_size or n == count - 1:
                added += store.add_articles(batch).added
                batch = []
        db_bytes, text_bytes = _store_bytes(store)
    return {"db": db, "added": added, "seconds": round(time.perf_counter() - started, 1),
            "database_bytes": db_bytes, "text_bytes": text_bytes,
            "database_over_text": round(db_bytes / text_bytes, 2) if text_bytes else None}
