"""RSS/Atom reader (feedparser): each entry carrying its full text becomes an article.

An entry's text is its ``content`` (Atom ``<content>``, RSS ``<content:encoded>``) or, failing
that, its ``summary`` / ``description``, with markup turned into paragraphs. An entry whose text
is shorter than :data:`MIN_FULL_TEXT_WORDS` words is a teaser: its link is fetched and read as
an HTML page only when ``fetch`` is on (see :mod:`parley.ingest.fetch`); otherwise it is
reported as the failure "link only (use --fetch)". Each entry's source is its link, or
``path#entry-N`` when it has none.
"""

from __future__ import annotations

import html
import time
from collections.abc import Iterator
from typing import Any

from parley.errors import ReadError
from parley.ingest.common import failure, make_article
from parley.ingest.dates import normalise_published
from parley.ingest.fetch import fetch_page
from parley.ingest.html import read_html
from parley.models import Article, Failure

__all__ = ["MIN_FULL_TEXT_WORDS", "html_fragment_text", "read_feed"]

# Fewer words than this is a teaser, not a story.
MIN_FULL_TEXT_WORDS = 80
_BLOCKS = {"p", "div", "br", "li", "ul", "ol", "dl", "dt", "dd", "table", "td", "th", "pre", "figure", "figcaption", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}


def html_fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment, one paragraph a block element."""
    if "<" not in fragment:
        return html.unescape(fragment).strip()
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except Exception:  # lxml raises ParserError and ValueError on odd fragments
        return fragment.strip()
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    blocks = (" ".join(part.split()) for part in _split_blocks(root))
    return "\n\n".join(block for block in blocks if block)


def _split_blocks(element: Any) -> list[str]:
    """Text of a block element, split at nested block elements."""
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag in _BLOCKS:
            parts.extend(_split_blocks(child))
            parts.append(child.tail or "")
        else:
            parts[-1] += (child.text_content() if isinstance(child.tag, str) else "") + (child.tail or "")
    return parts


def _entry_text(entry: Any) -> str:
    candidates = [c.get("value", "") for c in entry.get("content", []) if c.get("value")]
    candidates.append(entry.get("summary", "") or "")
    best = max(candidates, key=len)
    return html_fragment_text(best)


def _published(entry: Any) -> str | None:
    """The entry's date as ISO 8601, in the zone the feed wrote it in when it parses."""
    for raw_key, parsed_key in (("published", "published_parsed"), ("updated", "updated_parsed")):
        raw = entry.get(raw_key)
        if raw and normalise_published(raw):
            return normalise_published(raw)
        parsed = entry.get(parsed_key)
        if parsed:  # feedparser's own parse, always converted to UTC
            return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed)
    return None


def read_feed(
    path_label: str, data: bytes, *, fetch: bool = False, allow_private: bool = False
) -> Iterator[Article | Failure]:
    import feedparser

    # feedparser decodes by the XML declaration and HTTP rules itself.
    parsed = feedparser.parse(data)
    if not parsed.entries:
        detail = str(parsed.get("bozo_exception", "no entries")) if parsed.get("bozo") else "no entries"
        yield Failure(source=path_label, reason="invalid feed" if parsed.get("bozo") else "empty", detail=detail)
        return
    feed_title = parsed.feed.get("title")
    for index, entry in enumerate(parsed.entries, start=1):
        link = entry.get("link")
        source = link or f"{path_label}#entry-{index}"
        text = _entry_text(entry)
        author = entry.get("author") or (", ".join(a.get("name", "") for a in entry.get("authors", [])) or None)
        keywords = [t.get("term") for t in entry.get("tags", []) if t.get("term")]
        if len(text.split()) >= MIN_FULL_TEXT_WORDS:
            yield make_article(
                text=text,
                source=source,
                reader="feed",
                url=link,
                title=entry.get("title"),
                author=author,
                published=_published(entry),
                outlet=feed_title,
                keywords=keywords,
                external_id=entry.get("id"),
                metadata={"feed": path_label},
            )
            continue
        if not link:
            yield Failure(source=source, reason="no text", detail="entry has neither full text nor a link")
            continue
        if not fetch:
            yield Failure(source=source, reason="link only (use --fetch)", detail=f"entry text has {len(text.split())} words")
            continue
        try:
            page = fetch_page(link, allow_private=allow_private)
        except ReadError as error:
            yield failure(source, error)
            continue
        for result in read_html(source, page.content, url=page.url, http_charset=page.charset, reader="feed"):
            if isinstance(result, Article):
                updates: dict[str, Any] = {"metadata": {**result.metadata, "feed": path_label, "fetched": True}}
                if not result.title and entry.get("title"):
                    updates["title"] = entry.get("title")
                if not result.published and _published(entry):
                    updates["published"] = _published(entry)
                result = result.model_copy(update=updates)
            yield result
