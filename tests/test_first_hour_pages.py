"""Issue 14 item 7: what the entity, speaker, search and events pages show a newcomer.

Each test is named after the defect it guards against.
"""

from __future__ import annotations

from typing import Any

from parley.ingest.article import build_article
from parley.models import Entity, ExtractedArticle, make_span

DATES = ["2023-05-01", "2024-11-20", None, "2022-01-09", "2024-02-14"]


def _with_entity(n: int, published: str | None) -> ExtractedArticle:
    text = f"Story {n}: Moldova said on Monday that the talks in Chisinau would resume (item {n})."
    base = build_article(text=text, external_id=f"story-{n}", outlet="Wire", published=published, title=f"Story {n}")
    start = text.index("Moldova")
    entity = Entity(name="Moldova", type="COUNTRY", code="MDA", country="MDA",
                    mentions=[make_span(text, start, start + len("Moldova"))])
    return ExtractedArticle(**base.model_dump(), entities=[entity])


def test_entity_page_lists_articles_out_of_date_order_no_more(store: Any) -> None:
    store.add_articles([_with_entity(n, d) for n, d in enumerate(DATES)])
    page = store.entities(name="Moldova", limit=10)
    published = [item.published[:10] if item.published else None for item in page.items]
    assert published == ["2024-11-20", "2024-02-14", "2023-05-01", "2022-01-09", None]  # newest first, undated last
    second = store.entities(name="Moldova", limit=2, offset=2)
    assert [item.published[:10] for item in second.items] == ["2023-05-01", "2022-01-09"]


def test_entity_of_another_name_is_not_listed(store: Any) -> None:
    store.add_articles([_with_entity(0, DATES[0])])
    assert store.entities(name="Moldov", limit=10).total == 0


