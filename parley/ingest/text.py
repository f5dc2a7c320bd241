"""Plain-text reader: the whole file is one article, its text kept byte-for-byte as decoded.

A title is taken from the first line when it looks like a headline (short, no closing full
stop, more text after it), or from a wire timestamp line in the lead such as TASS's
``February 4, 2022, 10:11 US believes in indivisible security ...``, which also gives the
publication time. Either way the article text stays the full original text: offsets index it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from parley.ingest.common import make_article
from parley.ingest.decode import decode_bytes
from parley.models import Article, Failure

__all__ = ["find_title", "read_text"]

_MAX_TITLE_CHARS = 200
_MAX_TITLE_WORDS = 25
_LEAD_LINES = 5
_BYLINE = re.compile(r"^(?:By|BY|From|Posted|Updated|Published)\b")
_STAMP = re.compile(
    r"^(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|December)"
    r" \d{1,2}, \d{4})(?:,? (?P<time>\d{1,2}:\d{2}(?::\d{2})?))?\s+(?P<title>\S.*)$"
)


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= _MAX_TITLE_WORDS or len(line) > _MAX_TITLE_CHARS:
        return False
    if line.rstrip()[-1] in ".,;:":
        return False
    if _BYLINE.match(line):
        return False
    return any(c.isalpha() for c in line)


def find_title(text: str) -> tuple[str | None, str | None]:
    """(title, published as written) from the lead of a plain-text article, either may be None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:_LEAD_LINES]
    if len(lines) < 2:
        return None, None
    for index, line in enumerate(lines):
        stamp = _STAMP.match(line)
        if stamp and _looks_like_headline(stamp.group("title")):
            written = stamp.group("date") + (f" {stamp.group('time')}" if stamp.group("time") else "")
            title = lines[0] if index > 0 and _looks_like_headline(lines[0]) else stamp.group("title")
            return title, written
    if _looks_like_headline(lines[0]):
        return lines[0], None
    return None, None


def read_text(source: str, data: bytes) -> Iterator[Article | Failure]:
    text = decode_bytes(data)
    title, published = find_title(text)
    yield make_article(text=text, source=source, reader="text", title=title, published=published)
