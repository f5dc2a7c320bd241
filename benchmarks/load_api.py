"""Load test of the statement search API on loopback: N concurrent clients, bounded requests.

Starts ``parley serve`` on a free loopback port over the given database (or uses
``--url``), sends ``GET /api/attributions?q=...`` from ``--clients`` threads, each
with its own keep-alive connection, until ``--requests`` have been sent, then
prints latency percentiles. Exits 1 when p95 exceeds ``--target-ms``.

With ``--ingesters N`` the server gets a token and N more clients keep posting new articles to
``POST /api/ingest`` while the readers run (issue 14: SQLite work on the event loop made p95
2.1 s under 50 clients while two ingests posted). The database is written to: use a copy.

    .venv/bin/python benchmarks/load_api.py --db /tmp/copy.db --clients 50 --ingesters 2

    make demo   # or: parley ingest examples/voa/voa_stories.jsonl examples/seed/seed-article.txt
    .venv/bin/python benchmarks/load_api.py --db parley.db
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote, urlsplit

QUERIES = [
    "security", "indivisible security", "Ukraine", "Russia", "ceasefire", "sanctions", "president", "talks",
    "war", "Syria", "election", "peace", "\"told reporters\"", "government", "attack", "China",
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: str, token: str = "") -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    parley = Path(sys.executable).with_name("parley")
    command = [str(parley), "serve", "--db", db, "--host", "127.0.0.1", "--port", str(port)]
    env = {**os.environ, "PARLEY_TOKEN": token}
    server = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"server exited: {server.stderr.read().decode() if server.stderr else ''}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return server, url
        except OSError:
            time.sleep(0.1)
    server.terminate()
    raise SystemExit("server did not start within 30 s")


def client(url: str, paths: list[str], latencies: list[float], errors: list[str]) -> None:
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    for path in paths:
        started = time.perf_counter()
        try:
            conn.request("GET", path)
            response = conn.getresponse()
            body = response.read()
            elapsed = time.perf_counter() - started
            if response.status != 200:
                errors.append(f"{response.status} {path}")
                continue
            json.loads(body)
            latencies.append(elapsed)
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{type(exc).__name__} {path}")
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    conn.close()


def ingester(url: str, token: str, rows: list[dict[str, object]], stop: threading.Event, number: int,
             posted: list[int], errors: list[str]) -> None:
    """Post two new articles at a time until ``stop``: the VOA stories, each made new by a unique last line."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
    i = 0
    while not stop.is_set():
        batch = []
        for row in (rows[i % len(rows)], rows[(i + 1) % len(rows)]):
            tag = f"load-{os.getpid()}-{number}-{i}"
            batch.append({"id": tag, "url": f"{row.get('url')}#{tag}", "title": row.get("title"),
                          "published": row.get("published"), "outlet": "VOA",
                          "text": f"{row['text']}\nLoad test copy {tag}."})
            i += 1
        try:
            conn.request("POST", "/api/ingest", body=json.dumps({"articles": batch}), headers=headers)
            response = conn.getresponse()
            response.read()
            if response.status != 200:
                errors.append(f"{response.status} POST /api/ingest")
            else:
                posted.append(len(batch))
        except (OSError, http.client.HTTPException) as exc:
            errors.append(f"{type(exc).__name__} POST /api/ingest")
            conn.close()
            conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=120)
    conn.close()


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="parley.db", help="Database to serve (ignored with --url).")
    parser.add_argument("--url", help="Use a running server instead of starting one (loopback only).")
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--requests", type=int, default=2000, help="Total requests across all clients.")
    parser.add_argument("--limit", type=int, default=20, help="Page size asked for.")
    parser.add_argument("--target-ms", type=float, default=50.0, help="Fail when p95 is above this.")
    parser.add_argument("--ingesters", type=int, default=0, help="Clients posting articles meanwhile.")
    parser.add_argument("--ingest-file", default=str(Path(__file__).resolve().parents[1] / "examples/voa/voa_stories.jsonl"),
                        help="JSONL articles the ingesters post (made new with a unique line each time).")
    parser.add_argument("--token", default="load-test-token", help="Bearer token (with --url: the server's).")
    args = parser.parse_args()

    server = None
    if args.url:
        host = urlsplit(args.url).hostname
        if host not in ("127.0.0.1", "localhost", "::1"):
            raise SystemExit("--url must be a loopback address")
        url = args.url.rstrip("/")
    else:
        if "://" not in args.db and not Path(args.db).exists():  # a PostgreSQL URL is checked by the server
            raise SystemExit(f"no database at {args.db}; run `make demo` or `parley ingest ...` first")
        server, url = start_server(args.db, args.token if args.ingesters else "")
    stop = threading.Event()
    posted: list[int] = []
    ingest_errors: list[str] = []
    rows = [json.loads(line) for line in Path(args.ingest_file).read_text(encoding="utf-8").splitlines()
            if line.strip()] if args.ingesters else []
    writers = [threading.Thread(target=ingester, args=(url, args.token, rows, stop, n, posted, ingest_errors))
               for n in range(args.ingesters)]
    try:
        # Warm up: first requests open the per-thread connections and fill SQLite's page cache.
        warm: list[float] = []
        client(url, [f"/api/attributions?q={quote(q)}&limit={args.limit}" for q in QUERIES], warm, [])
        paths = [f"/api/attributions?q={quote(QUERIES[i % len(QUERIES)])}&limit={args.limit}"
                 for i in range(args.requests)]
        shares = [paths[i :: args.clients] for i in range(args.clients)]
        latencies: list[float] = []
        errors: list[str] = []
        threads = [threading.Thread(target=client, args=(url, share, latencies, errors)) for share in shares]
        for w in writers:
            w.start()
        deadline = time.monotonic() + 120
        while writers and not posted and not ingest_errors and time.monotonic() < deadline:
            time.sleep(0.2)  # the first ingest loads the spaCy model: measure once ingests really run
        started = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = time.perf_counter() - started
        stop.set()
        for w in writers:
            w.join()
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=10)
    if not latencies:
        print(f"no successful request; errors: {errors[:5]}")
        return 1
    ms = [v * 1000 for v in latencies]
    p50, p95, p99 = (percentile(ms, p) for p in (50, 95, 99))
    print(f"GET /api/attributions?q=... · {args.clients} concurrent clients · {len(ms)} ok · {len(errors)} errors "
          f"· {len(ms) / wall:.0f} req/s over {wall:.1f} s")
    print(f"latency ms: p50 {p50:.1f} · p95 {p95:.1f} · p99 {p99:.1f} · max {max(ms):.1f} · mean {statistics.fmean(ms):.1f}")
    if errors:
        print("first errors:", ", ".join(errors[:5]))
    if args.ingesters:
        print(f"meanwhile {args.ingesters} ingesters posted {sum(posted)} articles in {len(posted)} requests; "
              f"{len(ingest_errors)} ingest errors {ingest_errors[:3]}")
    ok = p95 <= args.target_ms and not errors and not ingest_errors
    print(f"target p95 <= {args.target_ms:.0f} ms: {'met' if ok else 'NOT met'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
