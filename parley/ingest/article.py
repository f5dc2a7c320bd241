"""Building an :class:`Article` from what a reader found: id, dateline, title, date."""

from __future__ import annotations

from typing import Any

from parley.models import Article, article_id

_ARTICLE_FIELDS = set(Article.model_fields)


def build_article(*, text: str, **fields: Any) -> Article:
    """An Article with its id and dateline filled in; unknown fields go to ``metadata``.

    ``text`` is kept exactly as given: every offset later reported indexes into it.
    """
    from parley.ingest.dateline import parse_dateline

    known = {k: v for k, v in fields.items() if k in _ARTICLE_FIELDS and v is not None}
    extra = {k: v for k, v in fields.items() if k not in _ARTICLE_FIELDS and v is not None}
    metadata = dict(known.pop("metadata", {}) or {})
    metadata.update(extra)
    known.pop("id", None)
    if isinstance(known.get("keywords"), str):
        known["keywords"] = [k.strip() for k in known["keywords"].split(",") if k.strip()]
    article = Article(id=article_id(text, known.get("url")), text=text, metadata=metadata, **known)
    if article.dateline is None:
        dateline = parse_dateline(text, published=article.published)
        if dateline is not None:
            article = article.model_copy(update={"dateline": dateline})
    if article.outlet is None and article.dateline is not None and article.dateline.outlet:
        article = article.model_copy(update={"outlet": article.dateline.outlet})
    return article
