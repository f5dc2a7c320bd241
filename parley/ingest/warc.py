"""WARC / WARC.gz reader (warcio): each ``response`` record holding an HTML page is an article.

The record's ``WARC-Target-URI`` is the article URL; its source is ``path#record-N`` (N counts
all records from 1, so it points into the file). Records of other types (request, metadata,
revisit) and responses that are not HTML (images, scripts) are skipped silently; a truncated
or corrupt archive (gzip or plain) yields one failure after the records read before the damage.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import Any, BinaryIO

from parley.errors import ReadError
from parley.ingest.common import failure
from parley.ingest.decode import gzip_truncation_offset, is_gzip
from parley.ingest.fetch import MAX_PAGE_BYTES
from parley.ingest.html import read_html
from parley.models import Article, Failure

__all__ = ["read_warc"]

_HTML_TYPES = ("text/html", "application/xhtml+xml")
# A WARC page larger than this is not a news article page; its body is not read into memory.
MAX_RECORD_BYTES = 4 * MAX_PAGE_BYTES


def _charset(content_type: str) -> str | None:
    for part in content_type.split(";")[1:]:
        key, _, value = part.strip().partition("=")
        if key.lower() == "charset" and value:
            return value.strip("\"' ")
    return None


class _Prefix(io.RawIOBase):
    """The first ``limit`` bytes of a stream: the whole records of a truncated WARC.gz."""

    def __init__(self, stream: BinaryIO, limit: int) -> None:
        self._stream = stream
        self._left = limit

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        size = min(len(buffer), self._left)
        if size <= 0:
            return 0
        data = self._stream.read(size)
        buffer[: len(data)] = data
        self._left -= len(data)
        return len(data)


def _bytes_missing(record: Any) -> int:
    """Bytes of a fully read record's declared block that never came (0 for a whole record)."""
    left = getattr(record.raw_stream, "limit", 0)
    return left if isinstance(left, int) and left > 0 else 0


def read_warc(path_label: str, stream: BinaryIO) -> Iterator[Article | Failure]:
    """Articles from a WARC stream (gzip or not); a truncated WARC.gz fails at its first partial record."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    valid_until = None
    if is_gzip(stream.read(2)):
        # warcio reads a truncated gzip member as a shorter record; find where the file breaks first.
        stream.seek(0)
        valid_until = gzip_truncation_offset(stream)
    stream.seek(0)
    if valid_until is not None:
        stream = io.BufferedReader(_Prefix(stream, valid_until))
    number = 0
    pages = 0
    try:
        for record in ArchiveIterator(stream):
            number += 1
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            if not content_type.startswith(_HTML_TYPES):
                continue
            source = f"{path_label}#record-{number}"
            body = record.content_stream().read(MAX_RECORD_BYTES + 1)
            if len(body) > MAX_RECORD_BYTES:
                yield Failure(source=source, reason="too large", detail=f"record over {MAX_RECORD_BYTES:,} bytes")
                continue
            missing = _bytes_missing(record)
            if missing:
                # A plain .warc cut inside a record: warcio hands over the shorter body without complaint.
                yield Failure(source=source, reason="truncated WARC",
                              detail=f"record ends {missing:,} bytes short of its Content-Length")
                return
            if not body.strip():
                yield Failure(source=source, reason="empty", detail="HTML response with no body")
                continue
            pages += 1
            url = record.rec_headers.get_header("WARC-Target-URI")
            try:
                yield from read_html(source, body, url=url, http_charset=_charset(content_type), reader="warc")
            except ReadError as error:
                yield failure(source, error)
    except ArchiveLoadFailed as exc:
        yield Failure(source=path_label, reason="invalid WARC", detail=(str(exc).splitlines() or [""])[0][:200])
        return
    except (AttributeError, ValueError, IndexError, KeyError, TypeError) as exc:
        # warcio's header parser trips over a record cut inside its headers (found by benchmarks/fuzz_readers.py).
        yield Failure(source=f"{path_label}#record-{number + 1}", reason="invalid WARC",
                      detail=f"record headers unreadable: {type(exc).__name__}: {exc}"[:200])
        return
    except (EOFError, OSError) as exc:
        # gzip raises EOFError (truncated) or BadGzipFile (an OSError) mid-archive.
        reason = "truncated gzip" if isinstance(exc, EOFError) else "invalid WARC"
        yield Failure(source=f"{path_label}#record-{number + 1}", reason=reason, detail=str(exc)[:200])
        return
    if valid_until is not None:
        yield Failure(
            source=f"{path_label}#record-{number + 1}",
            reason="truncated gzip",
            detail=f"archive breaks off inside this record (whole records end at byte {valid_until:,})",
        )
        return
    if number == 0:
        yield Failure(source=path_label, reason="empty", detail="no WARC records")
    elif pages == 0:
        yield Failure(source=path_label, reason="no HTML pages", detail=f"{number} records, none an HTML response")
