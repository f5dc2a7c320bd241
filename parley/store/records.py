"""Article records stored once: spans as offsets into the text, compressed for SQLite.

Every span of a record (sentences, statement contents, cues, mentions, event triggers) repeats a
slice of the article text, which made records about 9x their text, and the attribution, entity and
event rows used to keep their own JSON again beside the article's. Now the article's record is the
only copy: spans are written as ``{"start", "end", "~": 1}`` and put back from the text on read,
so records round-trip exactly; the child rows hold only the columns queries filter and sort on,
and their JSON is read back from the article's record.

Both backends store the compact record without the text (the ``text`` column holds it) as
zlib-compressed JSON (:func:`pack`); PostgreSQL stored it as jsonb with the text until its migration 0011.
"""

from __future__ import annotations

import json
import threading
import zlib
from collections import OrderedDict
from collections.abc import Callable, Hashable, Sequence
from typing import Any

from parley.models import Attribution, ExtractedArticle

__all__ = ["CONTENT", "compact", "expand", "pack", "unpack", "unpack_article", "part", "stored_content", "RecordCache"]

_SPAN_KEYS = {"start", "end", "text"}


def compact(value: Any, text: str) -> Any:
    """The record without the text of its spans: ``{"start", "end", "~"}`` where ``text[start:end]`` says it."""
    if isinstance(value, dict):
        if value.keys() == _SPAN_KEYS and isinstance(value["start"], int) and isinstance(value["end"], int) \
                and value["text"] == text[value["start"] : value["end"]]:
            return {"start": value["start"], "end": value["end"], "~": 1}
        return {key: compact(item, text) if key != "text" else item for key, item in value.items()}
    if isinstance(value, list):
        return [compact(item, text) for item in value]
    return value


def expand(value: Any, text: str) -> Any:
    """Undo :func:`compact`: every offset-only span gets its text back."""
    if isinstance(value, dict):
        if "~" in value:
            return {"start": value["start"], "end": value["end"], "text": text[value["start"] : value["end"]]}
        return {key: expand(item, text) for key, item in value.items()}
    if isinstance(value, list):
        return [expand(item, text) for item in value]
    return value


def pack(record: dict[str, Any]) -> bytes:
    """A record (``model_dump(mode="json")``) as SQLite stores it: compact, without its text, zlib."""
    text = record["text"]
    body = compact({key: item for key, item in record.items() if key != "text"}, text)
    return zlib.compress(json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack(stored: bytes | str, text: str) -> dict[str, Any]:
    """The compact record (spans still offsets) with its text back; JSON text of older rows as it is."""
    if isinstance(stored, str):  # written before migration 0006 (or by hand): the full JSON record
        return json.loads(stored)
    data = json.loads(zlib.decompress(stored))
    data["text"] = text
    return data


def unpack_article(stored: bytes | str, text: str) -> ExtractedArticle:
    if isinstance(stored, str):
        return ExtractedArticle.model_validate_json(stored)
    return ExtractedArticle.model_validate(expand(unpack(stored, text), text))


def part(record: dict[str, Any], field: str, idx: int) -> Any:
    """One attribution, entity or event of an unpacked record, its spans' text restored."""
    return expand(record[field][idx], record["text"])


class RecordCache:
    """Unpacked records of recently read articles, shared by the threads of one process.

    Statement, entity and event pages take their JSON from the article's record; decompressing and
    parsing whole records on every page made the statement API about 2.6x slower on the demo corpus.
    Keys must change whenever a record can (the store keys by article id, rowid and ingest time)."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self._items: OrderedDict[Hashable, dict[str, Any]] = OrderedDict()
        self._lock = threading.Lock()

    def get_many(
        self, keys: Sequence[Hashable], load: Callable[[list[Hashable]], dict[Hashable, dict[str, Any]]]
    ) -> dict[Hashable, dict[str, Any]]:
        """The record of each key; ``load`` gets the keys not cached and returns their records."""
        found: dict[Hashable, dict[str, Any]] = {}
        with self._lock:
            for key in keys:
                if key in self._items:
                    self._items.move_to_end(key)
                    found[key] = self._items[key]
        missing = [key for key in keys if key not in found]
        if missing:
            loaded = load(missing)
            found.update(loaded)
            with self._lock:
                for key, record in loaded.items():
                    self._items[key] = record
                    self._items.move_to_end(key)
                while len(self._items) > self.size:
                    self._items.popitem(last=False)
        return found


# A statement's content as stored (migration 0007): '' where it is the slice of the article text between
# its first and last offsets, read back as that slice.
CONTENT = "COALESCE(NULLIF({t}.content, ''), SUBSTR({a}.text, {t}.content_start + 1, {t}.content_end - {t}.content_start))"


def stored_content(text: str, attribution: Attribution) -> str:
    """What the ``content`` column holds for a statement: '' when :data:`CONTENT` can slice it from the text."""
    content = attribution.content_text
    if not attribution.content or content == text[attribution.content[0].start : attribution.content[-1].end]:
        return ""
    return content
