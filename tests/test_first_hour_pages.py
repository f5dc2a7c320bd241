"""Issue 14 item 7: what the entity, speaker, search and events pages show a newcomer.

Each test is named after the defect it guards against.
"""

from __future__ import annotations

from typing import Any

import pytest

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




# ------------------------------------------------------------------ speaker page
@pytest.fixture(scope="module")
def web(tmp_path_factory: pytest.TempPathFactory) -> Any:
    from fastapi.testclient import TestClient
    from web_corpus import corpus

    from parley.query import cached
    from parley.server import create_app
    from parley.store import open_store

    path = tmp_path_factory.mktemp("web") / "web.db"
    with open_store(path) as store:
        store.add_articles(corpus())
        cached.discover(store)  # the page reads discovery from the cache; fill it now instead of waiting
    with TestClient(create_app(str(path))) as client:
        yield client


@pytest.mark.parametrize(("speaker", "expected"), [
    # notion -> the speaker's own statements on it (the corpus has 6 on the first, by 2 speakers)
    ("Victoria Nuland", [("indivisibility of security", 5), ("peace and security", 2)]),
    ("Maria Zakharova", [("indivisibility of security", 1), ("nato expansion", 1)]),
    ("Nobody Known", []),
])
def test_speaker_notion_counts_are_corpus_wide_no_more(store: Any, speaker: str, expected: list[tuple[str, int]]) -> None:
    from web_corpus import corpus

    from parley.query import cached

    store.add_articles(corpus())
    cached.discover(store)
    found = cached.speaker_notions(store, speaker)
    assert [(n.phrase, n.statements) for n in found or []] == expected


def test_speaker_page_shows_the_speakers_own_notion_counts(web: Any) -> None:
    import re

    page = web.get("/speakers/Victoria%20Nuland").text
    side = page[page.index("<h2>Notions</h2>"):]
    items = re.findall(r'notion=([^"&]+)[^>]*>([^<]+)</a> <span class="muted"[^>]*>(\d+)</span>', side)
    assert [(phrase, int(n)) for _, phrase, n in items] == [("indivisibility of security", 5), ("peace and security", 2)]
    assert "/notions?notion=indivisibility%20of%20security" in side  # shared with another speaker: compare
    assert "/notions?notion=peace%20and%20security" not in side  # hers alone: nothing to compare
