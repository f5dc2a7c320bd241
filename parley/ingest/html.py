"""HTML reader: the article body and metadata with trafilatura, the date with htmldate.

Extraction options were chosen on the HTML benchmark (``parley eval html``): favouring precision
and leaving out reader comments gives the best body F1 (see ``docs/ingest.md``). The date comes
from htmldate (called by trafilatura with ``original_date``, so the publication date rather
than the last modification), asked for a time too; a time of 00:00 with no zone is htmldate's
filler and is dropped. The outlet is the site name, else the host name of the URL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any, TypedDict
from urllib.parse import urlsplit

from parley.errors import ReadError
from parley.ingest.common import failure, make_article
from parley.ingest.decode import declared_html_charset, decode_bytes
from parley.models import Article, Failure

__all__ = [
    "HtmlExtraction", "TRAFILATURA_OPTIONS", "TrafilaturaOptions", "extract_html", "host_of", "outlet_of", "read_html",
]


class TrafilaturaOptions(TypedDict, total=False):
    """The ``trafilatura.bare_extraction`` switches we set (typed so each is checked against its parameter)."""

    favor_precision: bool
    include_comments: bool


# Measured on the HTML benchmark (181 pages): these beat the defaults by ~0.015 F1.
TRAFILATURA_OPTIONS: TrafilaturaOptions = {"favor_precision": True, "include_comments": False}
# Fewer words than this is a menu, a paywall stub or an error page, not a story.
MIN_BODY_WORDS = 15
# Second pass for pages where precision mode keeps fewer words than this.
_FALLBACK_WORDS = 50
_FALLBACK_OPTIONS: TrafilaturaOptions = {"include_comments": False}
_DATE_PARAMS = {"original_date": True, "extensive_search": True, "outputformat": "%Y-%m-%dT%H:%M:%S%z"}
_FILLER_TIME = re.compile(r"T00:00:00$")


@dataclass
class HtmlExtraction:
    text: str
    title: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    description: str | None = None
    keywords: list[str] = field(default_factory=list)
    section: str | None = None
    url: str | None = None


def extract_html(html: str, url: str | None = None) -> HtmlExtraction:
    """Body text and metadata of one HTML page; raises ReadError when there is no body."""
    document = _extract(html, url, TRAFILATURA_OPTIONS)
    text = _text_of(document)
    if len(text.split()) < _FALLBACK_WORDS:
        # Precision mode sometimes keeps only a boilerplate block (a reprint notice) and drops the
        # story; trafilatura's balanced mode then finds it. Keep the longer of the two.
        balanced = _extract(html, url, _FALLBACK_OPTIONS)
        if len(_text_of(balanced)) > len(text):
            document, text = balanced, _text_of(balanced)
    if document is None or len(text.split()) < MIN_BODY_WORDS:
        raise ReadError("no article body", f"trafilatura found {len(text.split())} words of main text")
    published = document.date
    if published and _FILLER_TIME.search(published):
        published = published[:10]
    page_url = url or document.url
    outlet = document.sitename or outlet_of(page_url)
    keywords = [k.strip() for tag in (document.tags or []) for k in tag.split(",") if k.strip()]
    return HtmlExtraction(
        text=text,
        title=document.title,
        author=document.author,
        published=published,
        outlet=outlet,
        description=document.description,
        keywords=keywords,
        section=(document.categories or [None])[0],
        url=page_url,
    )


def _extract(html: str, url: str | None, options: TrafilaturaOptions) -> Any:
    import trafilatura

    try:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=True, date_extraction_params=_DATE_PARAMS, **options
        )
    except Exception as exc:  # trafilatura/lxml raise many kinds on malformed markup
        raise ReadError("unparsable HTML", f"{type(exc).__name__}: {exc}") from exc


def _text_of(document: Any) -> str:
    return ((getattr(document, "text", None) or "") if document is not None else "").strip()


def host_of(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.") or None


@lru_cache(maxsize=1)
def _known_outlets() -> dict[str, str]:
    table: dict[str, str] = {}
    lines = resources.files("parley").joinpath("data/ingest/outlets.tsv").read_text(encoding="utf-8")
    for line in lines.splitlines():
        if line.strip() and not line.startswith("#"):
            domain, name = line.split("\t", 1)
            table[domain.strip().lower()] = name.strip()
    return table


def outlet_of(url: str | None) -> str | None:
    """The publisher's name for a URL: a known outlet ("voanews.com" -> "VOA"), else its host."""
    host = host_of(url)
    if host is None:
        return None
    known = _known_outlets()
    parts = host.lower().split(".")
    for i in range(len(parts) - 1):
        name = known.get(".".join(parts[i:]))
        if name:
            return name
    return host


def read_html(
    source: str, data: bytes, *, url: str | None = None, http_charset: str | None = None, reader: str = "html"
) -> Iterator[Article | Failure]:
    """One article from one HTML page (``reader`` names the caller for WARC and feed pages)."""
    html = decode_bytes(data, charsets=(http_charset, declared_html_charset(data)))
    try:
        found = extract_html(html, url=url)
    except ReadError as error:
        yield failure(source, error)
        return
    metadata = {"description": found.description} if found.description else {}
    yield make_article(
        text=found.text,
        source=source,
        reader=reader,
        url=found.url,
        title=found.title,
        author=found.author,
        published=found.published,
        outlet=found.outlet,
        keywords=found.keywords,
        section=found.section,
        metadata=metadata,
    )
