"""Issue 14: POST /api/ingest checks the token before the body and caps the body while it streams."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from parley.api import ingest_guard
from parley.server import create_app

TOKEN = "s3cret-token"


@pytest.fixture()
def writable(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(create_app(str(tmp_path / "w.db"), token=TOKEN)) as client:
        yield client


def _call(app: Any, headers: list[tuple[bytes, bytes]], chunks: list[bytes]) -> tuple[int, int, bytes]:
    """(status, body messages the app asked for, response body) for one raw ASGI POST /api/ingest."""
    pulled = 0
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        pulled += 1
        if pulled > len(chunks):
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": chunks[pulled - 1], "more_body": pulled < len(chunks)}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST",
             "path": "/api/ingest", "raw_path": b"/api/ingest", "query_string": b"", "headers": headers,
             "scheme": "http", "server": ("127.0.0.1", 8000), "client": ("127.0.0.1", 5000), "root_path": ""}
    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in sent if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body")
    return status, pulled, body


@pytest.mark.parametrize("auth", [None, b"Bearer wrong", b"Basic " + TOKEN.encode()])
def test_ingest_checks_the_token_before_reading_the_body(tmp_path: Path, auth: bytes | None) -> None:
    app = create_app(str(tmp_path / "w.db"), token=TOKEN)
    headers = [(b"content-type", b"application/json"), (b"content-length", b"200000000")]
    if auth:
        headers.append((b"authorization", auth))
    status, pulled, body = _call(app, headers, [b"{" * 1000] * 50)
    assert (status, pulled) == (401, 0)  # refused with not one chunk of the 200 MB read
    assert json.loads(body)["status"] == 401


def test_bad_json_without_a_token_is_401_not_422(writable: TestClient) -> None:
    response = writable.post("/api/ingest", content=b'{"articles": [', headers={"content-type": "application/json"})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"


def test_ingest_body_over_the_declared_cap_is_413_unread(tmp_path: Path) -> None:
    app = create_app(str(tmp_path / "w.db"), token=TOKEN)
    headers = [(b"authorization", f"Bearer {TOKEN}".encode()),
               (b"content-length", str(ingest_guard.MAX_INGEST_BODY_BYTES + 1).encode())]
    status, pulled, body = _call(app, headers, [b"x"])
    assert (status, pulled) == (413, 0)
    assert "request body over" in json.loads(body)["message"]


def test_ingest_body_is_capped_while_it_streams(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ingest_guard, "MAX_INGEST_BODY_BYTES", 10_000)
    app = create_app(str(tmp_path / "w.db"), token=TOKEN)
    headers = [(b"authorization", f"Bearer {TOKEN}".encode()), (b"content-type", b"application/json"),
               (b"transfer-encoding", b"chunked")]  # no length given: counted as it arrives
    status, pulled, body = _call(app, headers, [b" " * 4_000] * 100)
    assert status == 413
    assert pulled <= 4  # stopped at the first chunk past 10,000 bytes, not after 400,000
    assert json.loads(body)["status"] == 413


def test_ingest_with_a_token_still_validates_the_body(writable: TestClient) -> None:
    response = writable.post("/api/ingest", json={"articles": []}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422


@pytest.mark.parametrize(("keywords", "expected"), [
    ("sanctions, Iran ,", ["sanctions", "Iran"]),  # one string, as a JSONL line may give it
    (["sanctions", " Iran "], ["sanctions", "Iran"]),
    ("", []),
    ([], []),
])
def test_ingest_refuses_keywords_given_as_a_string_no_more(writable: TestClient, keywords: Any,
                                                          expected: list[str]) -> None:
    article = {"text": "Officials said on Monday that the talks would resume next week in Geneva.", "keywords": keywords,
               "author": ["Ann Lee", "Bo Chen"]}
    response = writable.post("/api/ingest", json={"articles": [article]}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    stored = writable.get(f"/api/articles/{response.json()['ids'][0]}").json()
    assert stored["keywords"] == expected and stored["author"] == "Ann Lee, Bo Chen"


@pytest.mark.parametrize("keywords", [5, [1, 2], {"a": 1}])
def test_ingest_keywords_of_another_type_are_refused(writable: TestClient, keywords: Any) -> None:
    article = {"text": "Officials said on Monday that the talks would resume.", "keywords": keywords}
    response = writable.post("/api/ingest", json={"articles": [article]}, headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 422
