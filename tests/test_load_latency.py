"""Issue 14, load: p95 over 1 s with 50 clients while two ingests post. Two causes, one test each.

* Nagle's algorithm on the served connections: a response written in two pieces waited out the
  client's 40 ms delayed ACK (asyncio turns Nagle off only on sockets created as IPPROTO_TCP).
* Every repeat of a listing re-ran its search, record reads and serialisation: listings are now kept
  until the corpus changes (parley.query.memo), and an ingest makes them stale at once.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_corpus import corpus, unrelated_article

from parley.cli.serve import _bind
from parley.query import memo
from parley.server import create_app
from parley.store import open_store

TOKEN = "memo-token"


def test_served_connections_wait_out_delayed_acks_no_more() -> None:
    listening = _bind("127.0.0.1", 0)
    try:
        port = listening.getsockname()[1]
        with socket.create_connection(("127.0.0.1", port)):
            accepted, _ = listening.accept()
            with accepted:
                # what asyncio checks before it turns Nagle off (base_events._set_nodelay) ...
                assert accepted.proto == socket.IPPROTO_TCP
                # ... and the option itself, inherited from the listening socket
                assert accepted.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0
    finally:
        listening.close()


def test_asyncio_turns_nagle_off_on_a_served_connection() -> None:
    async def served_nodelay() -> int:
        listening = _bind("127.0.0.1", 0)
        found: list[int] = []

        async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
            found.append(writer.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))
            writer.close()

        server = await asyncio.start_server(handle, sock=listening)
        port = listening.getsockname()[1]
        _, writer = await asyncio.open_connection("127.0.0.1", port)
        for _ in range(100):
            if found:
                break
            await asyncio.sleep(0.01)
        writer.close()
        server.close()
        return found[0]

    assert asyncio.run(served_nodelay()) != 0


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    from parley.query import cached

    path = tmp_path / "memo.db"
    with open_store(path) as store:
        store.add_articles([a for a in corpus() if a.id != unrelated_article().id])
        cached.discover(store)  # the home page keeps nothing while discovery is pending
    memo.clear()
    return path


@pytest.fixture
def client(db_path: Path) -> Any:
    with TestClient(create_app(str(db_path), token=TOKEN)) as c:
        yield c


@pytest.mark.parametrize("url", [
    "/api/attributions?q=security&limit=5", "/api/articles?limit=5", "/api/articles?q=security",
    "/api/speakers", "/api/entities?type=PERSON", "/api/events", "/api/stats",
])
def test_listings_recomputed_on_every_request_no_more(client: Any, url: str) -> None:
    first = client.get(url)
    before = memo.stats()
    again = client.get(url)
    after = memo.stats()
    assert again.status_code == 200 and again.content == first.content
    assert (after["hits"] - before["hits"], after["misses"] - before["misses"]) == (1, 0)


def test_a_new_ingest_makes_kept_listings_stale(client: Any) -> None:
    url = "/api/articles?limit=50"
    before = client.get(url).json()["total"]
    assert client.get(url).json()["total"] == before  # kept
    article = unrelated_article()
    posted = client.post("/api/ingest", json={"articles": [{"text": article.text, "title": article.title}]},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert posted.status_code == 200, posted.text
    assert client.get(url).json()["total"] == before + 1


def test_different_filters_are_kept_apart(client: Any) -> None:
    everything = client.get("/api/attributions?limit=50").json()["total"]
    nuland = client.get("/api/attributions?limit=50&speaker=Victoria%20Nuland").json()["total"]
    assert 0 < nuland < everything
    assert client.get("/api/attributions?limit=50&speaker=Nobody%20Known").status_code == 422  # errors are not kept
    assert client.get("/api/attributions?limit=50&speaker=Nobody%20Known").status_code == 422


def test_clients_asking_at_once_after_an_ingest_compute_a_listing_once(tmp_path: Path) -> None:
    import threading
    import time

    with open_store(tmp_path / "herd.db") as store:
        store.add_articles(corpus())
        memo.clear()
        calls: list[int] = []

        def slow() -> str:
            calls.append(1)
            time.sleep(0.2)
            return "page"

        results: list[str] = []
        threads = [threading.Thread(target=lambda: results.append(memo.memo(store, ("herd",), slow))) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert results == ["page"] * 8 and len(calls) == 1


def test_a_failed_computation_is_not_kept_and_waiters_try_again(tmp_path: Path) -> None:
    with open_store(tmp_path / "fail.db") as store:
        memo.clear()

        def fail() -> str:
            raise ValueError("boom")

        with pytest.raises(ValueError):
            memo.memo(store, ("fail",), fail)
        assert memo.memo(store, ("fail",), lambda: "ok") == "ok"


@pytest.mark.parametrize("url", ["/search?q=security", "/articles", "/articles?page=1", "/speakers", "/events",
                                 "/entities/Russia", "/"])
def test_list_pages_rendered_on_every_request_no_more(client: Any, url: str) -> None:
    first = client.get(url)
    before = memo.stats()
    again = client.get(url)
    after = memo.stats()
    assert again.status_code == 200 and again.text == first.text
    assert again.headers["content-type"].startswith("text/html")
    assert "content-security-policy" in again.headers  # the server's headers still apply
    assert (after["hits"] - before["hits"], after["misses"] - before["misses"]) == (1, 0)


def test_a_new_ingest_changes_kept_pages(client: Any) -> None:
    before = client.get("/articles").text
    article = unrelated_article()
    posted = client.post("/api/ingest", json={"articles": [{"text": article.text, "title": "A brand new title"}]},
                         headers={"Authorization": f"Bearer {TOKEN}"})
    assert posted.status_code == 200, posted.text
    after = client.get("/articles").text
    assert "A brand new title" in after and "A brand new title" not in before


def test_a_missing_entity_page_is_not_kept(client: Any) -> None:
    assert client.get("/entities/Nobody%20Known").status_code == 404
    assert client.get("/entities/Nobody%20Known").status_code == 404


def test_a_new_failure_changes_the_kept_counts(client: Any, db_path: Path) -> None:
    from parley.models import Failure

    before = client.get("/api/stats").json()["failures"]
    with open_store(db_path) as store:  # failures do not change the corpus revision
        store.add_failures([Failure(source="broken.jsonl:3", reason="invalid JSON", detail="line 3")])
    assert client.get("/api/stats").json()["failures"] == before + 1


def test_kept_results_are_bounded_in_bytes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memo, "_BYTES", 10_000)
    with open_store(tmp_path / "bytes.db") as store:
        memo.clear()
        for i in range(10):
            memo.memo(store, ("big", i), lambda: b"x" * 3_000)
        assert memo.stats()["bytes"] <= 10_000 and memo.stats()["kept"] == 3
        calls: list[int] = []
        memo.memo(store, ("big", 9), lambda: calls.append(1) or b"")  # the newest is still kept
        assert calls == []
