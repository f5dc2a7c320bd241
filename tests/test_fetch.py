"""Fetch safety: refusal of loopback/private/link-local targets, checked on every hop.

The only server contacted is one this test runs on 127.0.0.1 (allowed with allow_private=True).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from parley.errors import ReadError
from parley.ingest import read_paths
from parley.ingest.fetch import MAX_REDIRECTS, check_url, fetch_page
from parley.models import Article, Failure

PAGE = (
    "<!DOCTYPE html><html><head><title>Talks resume in Vienna</title></head><body><article>"
    "<h1>Talks resume in Vienna</h1>"
    + "<p>VIENNA (Wire) — Negotiators from both sides met for a third day on Tuesday and said that progress "
    "had been made on the exchange of prisoners, though several questions were still open.</p>" * 3
    + "</article></body></html>"
).encode()


class _Handler(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        if self.path == "/story":
            self._send(200, PAGE, "text/html; charset=utf-8")
        elif self.path.startswith("/hop/"):
            left = int(self.path.rsplit("/", 1)[1])
            self.send_response(302)
            self.send_header("Location", "/story" if left == 0 else f"/hop/{left - 1}")
            self.end_headers()
        elif self.path == "/image":
            self._send(200, b"\x89PNG", "image/png")
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(500_000_000))
            self.end_headers()
        else:
            self._send(404, b"not here", "text/plain")

    def _send(self, status: int, body: bytes, content_type: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("url", "detail"),
    [
        ("http://127.0.0.1/", "loopback"),
        ("http://localhost:8080/x", "loopback"),  # a name is resolved, then every address checked
        ("http://[::1]/", "loopback"),
        ("http://10.1.2.3/", "private"),
        ("http://192.168.0.10/", "private"),
        ("http://172.16.5.4/", "private"),
        ("http://169.254.169.254/latest/meta-data", "link-local"),
        ("http://0.0.0.0/", "unspecified"),
        ("http://[::ffff:127.0.0.1]/", "loopback"),  # IPv4-mapped IPv6
        ("ftp://example.org/file", "scheme"),
        ("file:///etc/passwd", "scheme"),
    ],
)
def test_refused_targets(url: str, detail: str) -> None:
    with pytest.raises(ReadError) as raised:
        check_url(url)
    assert raised.value.reason == "fetch refused"
    assert detail in (raised.value.detail or "")


def test_public_address_passes_the_check() -> None:
    check_url("http://93.184.216.34/")  # an IP literal: no DNS, no connection


def test_loopback_refused_without_allow_private(server: str) -> None:
    with pytest.raises(ReadError) as raised:
        fetch_page(f"{server}/story")
    assert raised.value.reason == "fetch refused"


def test_loopback_fetch_with_allow_private(server: str) -> None:
    page = fetch_page(f"{server}/story", allow_private=True)
    assert page.content == PAGE and page.charset == "utf-8"


def test_redirects_followed_and_capped(server: str) -> None:
    page = fetch_page(f"{server}/hop/{MAX_REDIRECTS - 1}", allow_private=True)
    assert page.url.endswith("/story")
    with pytest.raises(ReadError) as raised:
        fetch_page(f"{server}/hop/{MAX_REDIRECTS + 1}", allow_private=True)
    assert raised.value.reason == "fetch failed" and "redirects" in (raised.value.detail or "")


@pytest.mark.parametrize(("path", "reason"), [("/image", "fetch: not HTML"), ("/huge", "too large"), ("/missing", "fetch failed")])
def test_fetch_failures(server: str, path: str, reason: str) -> None:
    with pytest.raises(ReadError) as raised:
        fetch_page(f"{server}{path}", allow_private=True)
    assert raised.value.reason == reason


def _feed(tmp_path: Path, link: str) -> Path:
    path = tmp_path / "teasers.rss"
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Teasers</title>'
        f"<item><title>Talks resume</title><link>{link}</link><description>Short teaser.</description>"
        "<pubDate>Tue, 05 Mar 2024 14:00:00 GMT</pubDate></item></channel></rss>"
    )
    return path


def test_feed_link_fetched_with_fetch_and_allow_private(server: str, tmp_path: Path) -> None:
    feed = _feed(tmp_path, f"{server}/story")
    (article,) = list(read_paths([str(feed)], fetch=True, allow_private=True))
    assert isinstance(article, Article)
    assert article.reader == "feed" and article.url == f"{server}/story"
    assert article.metadata.get("fetched") is True
    assert article.published == "2024-03-05T14:00:00+00:00"  # from the feed, the page has no date
    assert article.dateline is not None and article.dateline.place == "VIENNA"


@pytest.mark.parametrize(("fetch", "allow_private", "reason"), [(False, False, "link only (use --fetch)"), (True, False, "fetch refused")])
def test_feed_link_not_fetched(server: str, tmp_path: Path, fetch: bool, allow_private: bool, reason: str) -> None:
    feed = _feed(tmp_path, f"{server}/story")
    (failure,) = list(read_paths([str(feed)], fetch=fetch, allow_private=allow_private))
    assert isinstance(failure, Failure) and failure.reason == reason
