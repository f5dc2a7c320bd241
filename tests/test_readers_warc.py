"""WARC reader: HTML responses become articles; other records are skipped; damage is one failure."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.ingest import read_paths
from parley.models import Article, Failure

PAGE = Path(__file__).parent / "fixtures" / "html-benchmark" / "html" / "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f.html.gz"
URL = "https://www.ctpost.com/news/us/article/New-SUVs-and-electric-vehicles-highlight-L-A-14848164.php"


def build_warc(path: Path, *, compress: bool, extra_html: bool = False) -> Path:
    html = gzip.decompress(PAGE.read_bytes())
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=compress)
        writer.write_record(writer.create_warc_record(URL, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n")))
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(URL, "response", payload=io.BytesIO(html), http_headers=headers))
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(
            writer.create_warc_record("https://www.ctpost.com/logo.png", "response",
                                      payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"), http_headers=image)
        )
        if extra_html:
            page = b"<html><body><article><p>" + b"Talks resumed on Tuesday in the capital, officials said. " * 8 + b"</p></article></body></html>"
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record("https://example.org/talks", "response",
                                                          payload=io.BytesIO(page), http_headers=headers))
    return path


@pytest.mark.parametrize("compress", [True, False])
def test_html_response_becomes_article(tmp_path: Path, compress: bool) -> None:
    path = build_warc(tmp_path / ("crawl.warc.gz" if compress else "crawl.warc"), compress=compress)
    logged: list[str] = []
    (article,) = list(read_paths([str(path)], log=logged.append))
    assert isinstance(article, Article)
    assert article.reader == "warc"
    assert article.url == URL
    assert article.source == f"{path}#record-2"
    assert article.title == "New SUVs and electric vehicles highlight L.A. Auto Show"
    assert logged == [f"{path}: warc (extension and content)"]


def test_several_pages(tmp_path: Path) -> None:
    path = build_warc(tmp_path / "crawl.warc.gz", compress=True, extra_html=True)
    results = list(read_paths([str(path)]))
    assert [(r.source, r.url) for r in results if isinstance(r, Article)] == [
        (f"{path}#record-2", URL),
        (f"{path}#record-4", "https://example.org/talks"),
    ]


def test_truncated_warc_gz_keeps_whole_records(tmp_path: Path) -> None:
    path = build_warc(tmp_path / "crawl.warc.gz", compress=True, extra_html=True)
    data = path.read_bytes()
    path.write_bytes(data[:-40])  # cut inside the last record
    results = list(read_paths([str(path)]))
    assert [type(r).__name__ for r in results] == ["Article", "Failure"]
    failure = results[-1]
    assert isinstance(failure, Failure)
    assert (failure.source, failure.reason) == (f"{path}#record-4", "truncated gzip")


def test_warc_without_html(tmp_path: Path) -> None:
    path = tmp_path / "images.warc"
    with path.open("wb") as handle:
        writer = WARCWriter(handle, gzip=False)
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://x.org/a.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=image))
    (failure,) = list(read_paths([str(path)]))
    assert isinstance(failure, Failure) and failure.reason == "no HTML pages"


def test_not_a_warc_despite_extension(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_text("just some words, not an archive")
    (failure,) = list(read_paths([str(path)]))
    assert isinstance(failure, Failure) and failure.reason == "unsupported format"
