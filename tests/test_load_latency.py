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
def client(tmp_path: Path) -> Any:
    path = tmp_path / "memo.db"
    with open_store(path) as store:
        store.add_articles([a for a in corpus() if a.id != unrelated_article().id])
    memo.clear()
    with TestClient(create_app(str(path), token=TOKEN)) as c:
        yield c


@pytest.mark.parametrize("url", [
    "/api/attributions?q=security&limit=5", "/api/articles?limit=5", "/api/articles?q=security",
    "/api/speakers", "/api/entities?type=PERSON", "/api/events",
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
