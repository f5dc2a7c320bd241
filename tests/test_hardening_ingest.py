"""Issue 14, edge defects in the readers: each test is named after the defect it pins down."""

from __future__ import annotations

import gzip
import io
import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.errors import ReadError
from parley.ingest import decode, fetch, read_paths
from parley.ingest.jsonl import MAX_FAILURES_BEFORE_AN_ARTICLE
from parley.models import Article, Failure

TEXT = (
    "WASHINGTON — The State Department said on Friday that talks with its allies on export controls would "
    "continue next month, after a first round ended without agreement on how to treat older chips."
)


def _kinds(results: list[Article | Failure]) -> list[str]:
    return [type(r).__name__ for r in results]


def _good_lines(n: int) -> list[str]:
    return [json.dumps({"id": f"good-{i}", "text": f"{TEXT} Round {i}."}) for i in range(n)]


# ------------------------------------------------------------------ JSON Lines
@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # a malformed first line used to send the whole file to the pretty-printed-object fallback
        (['{"id": "bad", "text": "unterminated', *_good_lines(5)], ["Failure"] + ["Article"] * 5),
        ([*_good_lines(2), '{"id": "bad", "text": "unterminated', *_good_lines(3)],
         ["Article"] * 2 + ["Failure"] + ["Article"] * 3),
        (['{"id": "bad"', "", "", *_good_lines(1)], ["Failure", "Article"]),
        (['{"id": "bad"'], ["Failure"]),
    ],
)
def test_malformed_first_jsonl_line_loses_only_that_line(tmp_path: Path, lines: list[str], expected: list[str]) -> None:
    path = tmp_path / "news.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    results = list(read_paths([str(path)]))
    assert _kinds(results) == expected
    bad = [r for r in results if isinstance(r, Failure)]
    assert all(f.reason == "invalid JSON" for f in bad)
    assert [r.external_id for r in results if isinstance(r, Article)] == [
        json.loads(line)["id"] for line in lines if line.startswith('{"id": "good')
    ]


def test_pretty_printed_object_is_still_one_article(tmp_path: Path) -> None:
    path = tmp_path / "one.json"
    path.write_text(json.dumps({"id": "x1", "text": TEXT}, indent=2), encoding="utf-8")
    (article,) = list(read_paths([str(path)]))
    assert isinstance(article, Article) and article.external_id == "x1"


def test_file_of_empty_objects_gives_up_instead_of_piling_failures(tmp_path: Path) -> None:
    path = tmp_path / "empty.jsonl.gz"
    path.write_bytes(gzip.compress(b"{}\n" * 200_000))
    results = list(read_paths([str(path)]))
    assert len(results) == MAX_FAILURES_BEFORE_AN_ARTICLE + 1
    assert results[-1].reason == "too many failures"  # type: ignore[union-attr]
    assert all(isinstance(r, Failure) for r in results)


def test_bad_lines_after_a_good_one_are_each_recorded(tmp_path: Path) -> None:
    path = tmp_path / "mixed.jsonl"
    path.write_text("\n".join([*_good_lines(1), *(["{}"] * (MAX_FAILURES_BEFORE_AN_ARTICLE + 5))]) + "\n")
    results = list(read_paths([str(path)]))
    assert _kinds(results) == ["Article"] + ["Failure"] * (MAX_FAILURES_BEFORE_AN_ARTICLE + 5)


def test_jsonl_gz_has_a_cap_on_decompressed_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(decode, "MAX_GZIP_FLOOR_BYTES", 1_000_000)
    path = tmp_path / "newlines.jsonl.gz"
    path.write_bytes(gzip.compress(b"\n" * 20_000_000))  # 20 KB that unpacks to 20 MB: a ratio of 1,000
    started = time.perf_counter()
    results = list(read_paths([str(path)]))
    assert time.perf_counter() - started < 10
    assert [(type(r).__name__, r.reason) for r in results] == [("Failure", "too large")]  # type: ignore[union-attr]


def test_blank_lines_cost_no_python_loop(tmp_path: Path) -> None:
    path = tmp_path / "sparse.jsonl"
    path.write_bytes(b"\n" * 5_000_000 + _good_lines(1)[0].encode() + b"\n")
    started = time.perf_counter()
    (article,) = list(read_paths([str(path)]))
    assert time.perf_counter() - started < 5
    assert isinstance(article, Article) and article.source == f"{path}:5000001"


def test_failures_from_a_file_with_no_article_are_stored_as_they_come(tmp_path: Path) -> None:
    from parley.runner import ingest
    from parley.store import open_store

    sizes: list[int] = []

    def items() -> Iterator[Failure]:
        for i in range(1_300):
            yield Failure(source=f"f.jsonl:{i}", reason="no text")

    with open_store(tmp_path / "p.db") as store:
        original = store.add_failures

        def spy(failures: Any) -> None:
            sizes.append(len(failures))
            original(failures)

        store.add_failures = spy  # type: ignore[method-assign]
        summary = ingest(items(), store, workers=1)
        assert summary.failed == 1_300
        assert store.failures(limit=1).total == 1_300
    assert max(sizes) <= 500


# ------------------------------------------------------------------ WARC
def _warc(path: Path) -> Path:
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        for n in range(2):
            page = (b"<html><body><article><p>" + f"Talks resumed on day {n} in the capital, officials said. ".encode() * 30
                    + b"</p></article></body></html>")
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(f"https://example.org/{n}", "response",
                                                          payload=io.BytesIO(page), http_headers=headers))
    return path


@pytest.mark.parametrize(("cut", "expected"), [(0, ["Article", "Article"]), (300, ["Article", "Failure"]),
                                               (1500, ["Article", "Failure"])])
def test_truncated_plain_warc_is_a_failure_not_a_short_article(tmp_path: Path, cut: int, expected: list[str]) -> None:
    path = _warc(tmp_path / "crawl.warc")
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - cut])
    results = list(read_paths([str(path)]))
    assert _kinds(results) == expected
    if cut:
        assert results[-1].reason == "truncated WARC"  # type: ignore[union-attr]
        assert results[-1].source == f"{path}#record-2"


# ------------------------------------------------------------------ fetch
@pytest.mark.parametrize(
    "url",
    ["http://[2002:7f00:1::]/", "http://[2002:a00:1::1]/", "http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/"],
)
def test_fetch_refuses_6to4_and_teredo_forms_of_private_addresses(url: str) -> None:
    with pytest.raises(ReadError) as raised:
        fetch.check_url(url)
    assert raised.value.reason == "fetch refused"


class _Slow(BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        body = b"<html><body><p>" + b"x" * 2000 + b"</p></body></html>"
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            if self.path == "/trickle":
                for byte in body:
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.05)
            else:
                self.wfile.write(body)
        except OSError:
            return  # the client gave up, as it should

    def log_message(self, *args: object) -> None:
        return None


@pytest.fixture(scope="module")
def slow_server() -> Iterator[int]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Slow)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield int(httpd.server_address[1])
    httpd.shutdown()
    httpd.server_close()


def test_fetch_timeout_is_overall_not_per_read(slow_server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(fetch, "TIMEOUT_SECONDS", 1.0)
    started = time.perf_counter()
    with pytest.raises(ReadError) as raised:
        fetch.fetch_page(f"http://127.0.0.1:{slow_server}/trickle", allow_private=True)
    assert time.perf_counter() - started < 3
    assert "took longer than" in (raised.value.detail or "")


def test_fetch_connects_to_the_address_it_checked(slow_server: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """DNS rebinding: a second resolution would answer differently; parley must not ask twice."""
    real = socket.getaddrinfo
    answers: list[str] = []

    def rebinding(host: str, *args: Any, **kwargs: Any) -> Any:
        if host == "news.rebind.test":
            answers.append(host)
            if len(answers) > 1:
                raise socket.gaierror("asked twice")
            return real("127.0.0.1", *args, **kwargs)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", rebinding)
    page = fetch.fetch_page(f"http://news.rebind.test:{slow_server}/page", allow_private=True)
    assert page.url == f"http://news.rebind.test:{slow_server}/page"
    assert len(answers) == 1 and page.content.startswith(b"<html>")


def test_warc_cut_inside_record_headers_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    """Found by benchmarks/fuzz_readers.py: warcio raised AttributeError on a header line cut short."""
    path = tmp_path / "cut.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-")
    results = list(read_paths([str(path)]))
    assert [(type(r).__name__, r.reason) for r in results] == [("Failure", "invalid WARC")]  # type: ignore[union-attr]


@pytest.mark.parametrize("content", [b"\t", b"\n\n \r\n", b"\xef\xbb\xbf\n"])
def test_jsonl_of_only_blank_lines_is_a_failure_not_silence(tmp_path: Path, content: bytes) -> None:
    """Found by benchmarks/fuzz_readers.py: a whitespace-only .jsonl produced no result at all."""
    path = tmp_path / "blank.jsonl"
    path.write_bytes(content)
    assert [(type(r).__name__, r.reason) for r in read_paths([str(path)])] == [("Failure", "empty")]  # type: ignore[union-attr]
