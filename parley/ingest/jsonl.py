"""JSON Lines reader (also a JSON array file or a single JSON object): one article an object.

Fields: ``id`` -> external_id, ``url``, ``title``, ``text``, ``published``, ``author`` (a string
or a list of names), ``outlet`` (or ``source`` when it is a string), ``section``, ``keywords``
(a list or a comma-separated string). Any other field is kept in ``metadata``. Each line is
its own unit: a line that is not JSON fails alone and the next line is still read.
"""

from __future__ import annotations

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


def _lines(stream: BinaryIO) -> Iterable[tuple[int, bytes | None]]:
    """(line number, line) with over-long lines reported as None and skipped without being kept."""
    number = 0
    while True:
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


def read_jsonl_stream(path_label: str, stream: BinaryIO) -> Iterator[Article | Failure]:
    """Articles from JSON Lines; a stream starting with ``[`` is read as one JSON document."""
    first = stream.peek(64)[:64] if hasattr(stream, "peek") else b""
    if first.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"["):
        yield from read_json_document(path_label, read_capped(stream, MAX_FILE_BYTES))
        return
    for number, line in _lines(stream):
        source = f"{path_label}:{number}"
        if line is None:
            yield Failure(source=source, reason="too large", detail=f"line longer than {MAX_LINE_BYTES:,} bytes")
            continue
        if number == 1 and line.startswith(b"\xef\xbb\xbf"):
            line = line[3:]
        if not line.strip():
            continue
        try:
            obj = json.loads(decode_bytes(line))
        except ReadError as error:
            yield failure(source, error)
            continue
        except ValueError as exc:
            if number == 1 and line.lstrip().startswith(b"{"):
                # A pretty-printed single object spans lines: read the file as one document.
                rest = read_capped(stream, MAX_FILE_BYTES)
                yield from read_json_document(path_label, line + rest)
                return
            yield Failure(source=source, reason="invalid JSON", detail=str(exc))
            continue
        yield article_from_object(obj, source)


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
