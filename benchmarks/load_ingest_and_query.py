"""Load test: 50 clients read the API and the web pages for 30 s while articles are ingested over HTTP.

Starts ``parley serve`` (with a token, so ``POST /api/ingest`` exists) on a copy of the given
database, then runs ``--clients`` reader threads, each with its own keep-alive connection, over a
mix of list, search, record and HTML routes, and ``--ingesters`` threads that post the VOA stories
(re-dated and re-worded so every post is a new article) in small batches. At the end it checks:

* no 5xx and no connection error on any request;
* nothing lost: every id the ingest calls returned is served by ``GET /api/articles/{id}``, and the
  article count grew by exactly the number added;
* p95 latency of the reads (the issue's target: under 200 ms on 2 cores).

    make demo      # or: parley ingest examples/voa/voa_stories.jsonl examples/seed/seed-article.txt
    .venv/bin/python benchmarks/load_ingest_and_query.py --db parley.db
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

REPO = Path(__file__).resolve().parents[1]
TOKEN = "load-test-token"
READS = [
    "/api/attributions?q={q}&limit=20", "/api/articles?limit=20", "/api/speakers?limit=20", "/api/events?limit=20",
    "/api/stats", "/search?q={q}", "/articles", "/events", "/speakers", "/articles?page=2", "/api/articles?q={q}",
]
QUERIES = ["security", "Ukraine", "ceasefire", "sanctions", "talks", "China", "president", "war"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    parley = Path(sys.executable).with_name("parley")
    env = {**os.environ, "PARLEY_TOKEN": TOKEN}
    server = subprocess.Popen([str(parley), "serve", "--db", db, "--port", str(port)], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("server did not start within 60 s")


class Results:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.errors: list[str] = []
        self.statuses: dict[int, int] = {}
        self.ingested_ids: list[str] = []
        self.added = 0
        self.posted = 0
        self.ingest_seconds: list[float] = []

    def record(self, status: int, seconds: float, what: str) -> None:
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1
            if status >= 500:
                self.errors.append(f"{status} {what}")
            else:
                self.latencies.append(seconds)


def _request(conn: http.client.HTTPConnection, method: str, path: str, body: bytes | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, bytes, float]:
    started = time.perf_counter()
    conn.request(method, path, body=body, headers=headers or {})
    response = conn.getresponse()
    data = response.read()
    return response.status, data, time.perf_counter() - started


def reader(url: str, stop: float, offset: int, results: Results) -> None:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    n = offset
    while time.monotonic() < stop:
        path = READS[n % len(READS)].format(q=quote(QUERIES[n % len(QUERIES)]))
        n += 1
        try:
            status, _, seconds = _request(conn, "GET", path)
            results.record(status, seconds, path)
        except (OSError, http.client.HTTPException) as exc:
            with results.lock:
                results.errors.append(f"{type(exc).__name__} {path}")
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    conn.close()


def ingester(url: str, stop: float, stories: list[dict[str, object]], number: int, batch: int, results: Results) -> None:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=300)
    sent = 0
    while time.monotonic() < stop:
        articles = []
        for _ in range(batch):
            story = stories[sent % len(stories)]
            # A new article each time: same story, a line naming this post, so its id (a text hash) is new.
            articles.append({**story, "id": f"load-{number}-{sent}",
                             "text": f"{story['text']}\n\n(Load test post {number}-{sent}.)"})
            sent += 1
        body = json.dumps({"articles": articles}).encode()
        headers = {"Content-Type": "application/json", "Authorization": f"Bearer {TOKEN}"}
        try:
            status, data, seconds = _request(conn, "POST", "/api/ingest", body, headers)
        except (OSError, http.client.HTTPException) as exc:
            with results.lock:
                results.errors.append(f"{type(exc).__name__} POST /api/ingest")
            return
        with results.lock:
            results.posted += len(articles)
            results.ingest_seconds.append(seconds)
            if status != 200:
                results.errors.append(f"{status} POST /api/ingest {data[:200]!r}")
                continue
            answer = json.loads(data)
            results.ingested_ids.extend(answer["ids"])
            results.added += answer["added"]
    conn.close()


def _api_article(record: dict[str, object]) -> dict[str, object]:
    """A JSONL record as POST /api/ingest takes it (keywords as a list, no url so each post is new)."""
    keywords = record.get("keywords")
    if isinstance(keywords, str):
        record["keywords"] = [k.strip() for k in keywords.split(",") if k.strip()]
    record.pop("url", None)
    return record


def article_count(url: str) -> int:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    try:
        _, data, _ = _request(conn, "GET", "/api/stats")
        return int(json.loads(data)["articles"])
    finally:
        conn.close()


def missing_ids(url: str, ids: list[str]) -> list[str]:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    missing = [i for i in ids if _request(conn, "GET", f"/api/articles/{i}")[0] != 200]
    conn.close()
    return missing


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="parley.db", help="Database to copy and serve (the original is not changed).")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--ingesters", type=int, default=1)
    parser.add_argument("--batch", type=int, default=4, help="Articles per POST /api/ingest.")
    parser.add_argument("--target-ms", type=float, default=200.0, help="Exit 1 when read p95 is above this.")
    args = parser.parse_args()
    if not Path(args.db).is_file():
        raise SystemExit(f"no database at {args.db}; run `make demo` first")
    folder = Path(tempfile.mkdtemp(prefix="parley-load-"))
    db = folder / "load.db"
    shutil.copy(args.db, db)
    stories = [_api_article(json.loads(line))
               for line in (REPO / "examples/voa/voa_stories.jsonl").read_text().splitlines() if line.strip()]
    server, url = start_server(str(db))
    results = Results()
    try:
        warm = Results()
        reader(url, time.monotonic() + 2, 0, warm)
        before = article_count(url)
        stop = time.monotonic() + args.seconds
        threads = [threading.Thread(target=reader, args=(url, stop, i, results)) for i in range(args.clients)]
        threads += [threading.Thread(target=ingester, args=(url, stop, stories, i, args.batch, results))
                    for i in range(args.ingesters)]
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        after = article_count(url)
        lost = missing_ids(url, results.ingested_ids)
    finally:
        server.terminate()
        server.wait(timeout=20)
        shutil.rmtree(folder, ignore_errors=True)
    ms = [v * 1000 for v in results.latencies]
    p50, p95, p99 = (percentile(ms, p) for p in (50, 95, 99)) if ms else (0.0, 0.0, 0.0)
    print(f"{args.clients} readers + {args.ingesters} ingester(s) for {wall:.1f} s · {len(ms)} reads "
          f"({len(ms) / wall:.0f}/s) · statuses {dict(sorted(results.statuses.items()))}")
    print(f"read latency ms: p50 {p50:.1f} · p95 {p95:.1f} · p99 {p99:.1f} · max {max(ms, default=0):.1f} "
          f"· mean {statistics.fmean(ms) if ms else 0:.1f}")
    print(f"ingest: {results.posted} posted · {results.added} added · articles {before} -> {after} "
          f"· {len(lost)} ids not served · POST p50 {percentile(results.ingest_seconds, 50) if results.ingest_seconds else 0:.2f} s")
    server_errors = [e for e in results.errors if not e[:1].isdigit() or e.startswith("5")]
    if results.errors:
        print("errors:", "; ".join(e[:160] for e in results.errors[:5]), f"({len(results.errors)} in all)")
    nothing_lost = not lost and after - before == results.added
    print(f"no 5xx: {'yes' if not server_errors else 'NO'} · nothing lost: {'yes' if nothing_lost else 'NO'} "
          f"· p95 <= {args.target_ms:.0f} ms: {'yes' if p95 <= args.target_ms else 'NO'}")
    return 0 if not server_errors and nothing_lost and p95 <= args.target_ms else 1


if __name__ == "__main__":
    sys.exit(main())
