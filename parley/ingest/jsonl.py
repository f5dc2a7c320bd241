"""JSON Lines reader (also a JSON array file or a single JSON object): one article an object.

Fields: ``id`` -> external_id, ``url``, ``title``, ``text``, ``published``, ``author`` (a string
or a list of names), ``outlet`` (or ``source`` when it is a string), ``section``, ``keywords``
(a list or a comma-separated string). Any other field is kept in ``metadata``. Each line is
its own unit: a line that is not JSON fails alone and the next line is still read.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from parley.errors import ReadError
from parley.ingest.common import failure, make_article
from parley.ingest.decode import MAX_FILE_BYTES, MAX_TEXT_CHARS, decode_bytes, read_capped
from parley.ingest.html import outlet_of
from parley.models import Article, Failure

__all__ = ["article_from_object", "read_json_document", "read_jsonl_stream"]

# A JSON line holds one article: its text cap, plus room for escapes and metadata.
MAX_LINE_BYTES = 4 * MAX_TEXT_CHARS + 1_000_000
# A file whose first lines are all bad is given up after this many, with one failure saying so:
# a stream of `{}` lines must not become millions of failure rows.
MAX_FAILURES_BEFORE_AN_ARTICLE = 1000
_WHITESPACE = b" \t\r\n\f\v"
_KNOWN = {"id", "url", "title", "text", "published", "author", "outlet", "source", "section", "keywords"}


def _names(value: Any) -> str | None:
    if isinstance(value, list):
        names = [str(v).strip() for v in value if v not in (None, "")]
        return ", ".join(names) or None
    if isinstance(value, dict):
        return _names(value.get("name"))
    return str(value).strip() if value not in (None, "") else None


def _keywords(value: Any) -> list[str]:
    if isinstance(value, str):
        return [k.strip() for k in value.split(",") if k.strip()]
    if isinstance(value, list):
        return [str(k).strip() for k in value if str(k).strip()]
    return []


def article_from_object(obj: Any, source: str) -> Article | Failure:
    """The article one JSON object describes, or why it is not one."""
    if not isinstance(obj, dict):
        return Failure(source=source, reason="not a JSON object", detail=f"got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str) or not text.strip():
        return Failure(source=source, reason="no text", detail="object has no non-empty 'text' field")
    outlet = obj.get("outlet")
    if outlet in (None, "") and isinstance(obj.get("source"), str):
        outlet = obj["source"]
    url = obj.get("url") if isinstance(obj.get("url"), str) else None
    if outlet in (None, ""):
        outlet = outlet_of(url)  # "voanews.com" -> "VOA": the publisher, when the record does not name it
    metadata = {key: value for key, value in obj.items() if key not in _KNOWN}
    if obj.get("source") not in (None, "") and outlet is not obj.get("source"):
        metadata["source"] = obj["source"]
    external_id = obj.get("id")
    return make_article(
        text=text,
        source=source,
        reader="jsonl",
        external_id=str(external_id) if external_id not in (None, "") else None,
        url=url,
        title=_names(obj.get("title")),
        author=_names(obj.get("author")),
        published=obj.get("published"),
        outlet=_names(outlet),
        section=_names(obj.get("section")),
        keywords=_keywords(obj.get("keywords")),
        metadata=metadata,
    )


def _skip_blank(stream: BinaryIO) -> int:
    """Skip a run of whitespace in bulk (a file of newlines costs C speed, not a loop a line); newlines skipped."""
    if not hasattr(stream, "peek"):
        return 0
    newlines = 0
    while True:
        buffered = stream.peek(1 << 16)
        if not buffered:
            return newlines
        blank = len(buffered) - len(buffered.lstrip(_WHITESPACE))
        if blank == 0:
            return newlines
        newlines += stream.read(blank).count(b"\n")


def _lines(stream: BinaryIO, number: int = 0) -> Iterable[tuple[int, bytes | None]]:
    """(line number, line) with over-long lines reported as None and skipped without being kept."""
    while True:
        number += _skip_blank(stream)
        line = stream.readline(MAX_LINE_BYTES + 1)
        if not line:
            return
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while True:  # drain the rest of the over-long line in bounded pieces
                rest = stream.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield number, None
            continue
        yield number, line


class _Chain(io.RawIOBase):
    """Bytes already read, then the rest of the stream: lets a reader look ahead and change its mind."""

    def __init__(self, head: bytes, stream: BinaryIO) -> None:
        self._head = memoryview(head)
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self._head:
            size = min(len(buffer), len(self._head))
            buffer[:size] = self._head[:size]
            self._head = self._head[size:]
            return size
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_jsonl_stream(path_label: str, stream: BinaryIO) -> Iterator[Article | Failure]:
    """Articles from JSON Lines; a stream starting with ``[`` is read as one JSON document."""
    first = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        yield from read_json_document(path_label, read_capped(stream, MAX_FILE_BYTES))
        return
    articles = 0
    failures = 0
    for number, item in _items(path_label, stream):
        yield item
        if isinstance(item, Article):
            articles += 1
            continue
        failures += 1
        if not articles and failures >= MAX_FAILURES_BEFORE_AN_ARTICLE:
            yield Failure(
                source=f"{path_label}:{number + 1}",
                reason="too many failures",
                detail=f"gave up after {failures:,} bad lines and no article; nothing after line {number:,} read",
            )
            return
    if not articles and not failures:  # only blank lines: say so rather than yield nothing (found by the fuzzer)
        yield Failure(source=path_label, reason="empty", detail="no JSON line in the input")


_PRETTY_PRINTED = Failure(source="", reason="pretty-printed")  # a marker, never yielded


def _items(path_label: str, stream: BinaryIO) -> Iterator[tuple[int, Article | Failure]]:
    for number, line in _lines(stream):
        item = _line_item(path_label, number, line)
        if item is _PRETTY_PRINTED:
            yield from _first_line_unparsed(path_label, line or b"", stream)
            return
        if item is not None:
            yield number, item


def _line_item(path_label: str, number: int, line: bytes | None) -> Article | Failure | None:
    """What one line holds: an article, a failure, None for a blank line, or the pretty-printed marker."""
    source = f"{path_label}:{number}"
    if line is None:
        return Failure(source=source, reason="too large", detail=f"line longer than {MAX_LINE_BYTES:,} bytes")
    if number == 1 and line.startswith(b"\xef\xbb\xbf"):
        line = line[3:]
    if not line.strip():
        return None
    try:
        obj = json.loads(decode_bytes(line))
    except ReadError as error:
        return failure(source, error)
    except ValueError as exc:
        if number == 1 and line.lstrip().startswith(b"{"):
            return _PRETTY_PRINTED
        return Failure(source=source, reason="invalid JSON", detail=str(exc))
    return article_from_object(obj, source)


def _first_line_unparsed(path_label: str, line: bytes, stream: BinaryIO) -> Iterator[tuple[int, Article | Failure]]:
    """A first line that opens an object but does not close it.

    If the whole input (up to one article's size) is one JSON object, it was pretty-printed: read
    it as a document. Otherwise line 1 is just bad: it fails alone and the lines after it are read.
    """
    ahead = stream.read(MAX_LINE_BYTES + 1)
    if len(ahead) <= MAX_LINE_BYTES:
        try:
            document = json.loads(decode_bytes(line + ahead))
        except (ReadError, ValueError):
            document = None
        if isinstance(document, dict):
            yield 1, article_from_object(document, path_label)
            return
    try:
        json.loads(decode_bytes(line.removeprefix(b"\xef\xbb\xbf")))
        detail = "line 1 is not one JSON object"
    except ReadError as error:
        detail = f"{error.reason}: {error.detail}"
    except ValueError as exc:
        detail = str(exc)
    yield 1, Failure(source=f"{path_label}:1", reason="invalid JSON", detail=detail)
    rest = io.BufferedReader(_Chain(ahead, stream), buffer_size=1 << 16)
    for number, next_line in _lines(rest, number=1):
        item = _line_item(path_label, number, next_line)
        if item is not None:
            yield number, item


def read_json_document(path_label: str, data: bytes) -> Iterator[Article | Failure]:
    """A JSON array of article objects (``path#item-N``) or a single object (``path``)."""
    try:
        document = json.loads(decode_bytes(data))
    except ReadError as error:
        yield failure(path_label, error)
        return
    except ValueError as exc:
        yield Failure(source=path_label, reason="invalid JSON", detail=str(exc))
        return
    if isinstance(document, list):
        if not document:
            yield Failure(source=path_label, reason="empty", detail="JSON array with no items")
        for index, item in enumerate(document, start=1):
            yield article_from_object(item, f"{path_label}#item-{index}")
        return
    yield article_from_object(document, path_label)
