"""Extracted records built by hand for store and query tests: no pipeline, no model."""

from __future__ import annotations

from parley.ingest.article import build_article
from parley.models import Attribution, ExtractedArticle, Speaker, make_span

__all__ = ["one_statement_article"]


def one_statement_article(line: str, published: str, speaker: str, side: str) -> ExtractedArticle:
    """An article of one sentence that is all one direct statement by ``speaker`` of ``side``."""
    base = ExtractedArticle(**build_article(text=line, published=published, outlet="Official").model_dump())
    span = make_span(line, 0, len(line))
    return base.model_copy(update={"sentences": [span], "attributions": [
        Attribution(kind="direct", speaker=Speaker(name=speaker, affiliation=side), content=[span])]})
