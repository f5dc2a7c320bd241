"""What every reader does to what it found: size and language checks, then :func:`build_article`."""

from __future__ import annotations

from typing import Any

from parley.errors import ReadError
from parley.ingest.article import build_article
from parley.ingest.dates import normalise_published
from parley.ingest.decode import check_text_size
from parley.ingest.language import is_english
from parley.models import Article, Failure

__all__ = ["failure", "make_article"]


def failure(source: str, error: ReadError) -> Failure:
    return Failure(source=source, reason=error.reason, detail=error.detail)


def make_article(*, text: str, source: str, reader: str, **fields: Any) -> Article | Failure:
    """An Article, or the Failure saying why this text is not one (empty, too large, not English).

    ``published`` may be in any format a source uses; it is stored as ISO 8601. A raw value that
    is not a date is kept in ``metadata["published_raw"]``.
    """
    try:
        if not text or not text.strip():
            raise ReadError("empty", "no text")
        check_text_size(text)
        if not is_english(text):
            raise ReadError("not English", "too few English function words")
    except ReadError as error:
        return failure(source, error)
    raw_published = fields.pop("published", None)
    published = normalise_published(raw_published)
    if raw_published not in (None, "") and published is None:
        fields["published_raw"] = str(raw_published)
    fields = {key: value for key, value in fields.items() if value not in (None, "", [], {})}
    return build_article(text=text, published=published, source=source, reader=reader, language="en", **fields)
