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


# ------------------------------------------------------------------ events graph
def _graph(*links: tuple[str, str, str, int]) -> str:
    from parley.store.base import EventLink
    from parley.web.render import event_network_svg

    return str(event_network_svg([EventLink(actor=a, recipient=r, type=t, count=n, asserters=["reporter"])
                                  for a, r, t, n in links]))


def _nodes(svg: str) -> list[tuple[float, list[str], str]]:
    """(radius, label lines, tooltip) of each node."""
    import re

    found = []
    for m in re.finditer(r'<circle[^>]* r="([\d.]+)" class="node"><title>([^<]*)</title></circle>(<text.*?</text>)', svg):
        lines = re.findall(r">([^<>]+)<", m.group(3))
        found.append((float(m.group(1)), lines, m.group(2)))
    return found


def test_events_graph_shows_codes_instead_of_names_no_more() -> None:
    svg = _graph(("RUS", "UKR", "ASSAULT", 3), ("IGOUNO", "RUS", "ACCUSE", 1), ("USA", "PSE", "SUPPORT", 1))
    nodes = {" ".join(lines): tip for _, lines, tip in _nodes(svg)}
    assert nodes == {
        "Russia": "Russia (RUS): 4 event(s)", "Ukraine": "Ukraine (UKR): 3 event(s)",
        "United Nations": "United Nations (IGOUNO): 1 event(s)", "United States": "United States (USA): 1 event(s)",
        "Palestinian Territories": "Palestinian Territories (PSE): 1 event(s)",
    }
    assert "<title>Russia (RUS) ASSAULT Ukraine (UKR) · 3 event(s)" in svg  # edges name both ends too


@pytest.mark.parametrize(("code", "label"), [
    ("COD", ["COD"]),  # "Democratic Republic of the Congo" does not fit: the code, named in the tooltip
    ("ZZZ", ["ZZZ"]),  # an unknown code stays as given
    ("IMGMUSISI", ["Islamic", "State"]),
])
def test_events_graph_label_of_a_long_or_unknown_name(code: str, label: list[str]) -> None:
    nodes = _nodes(_graph((code, "RUS", "ACCUSE", 1)))
    assert label in [lines for _, lines, _ in nodes]


def test_events_graph_labels_overflow_their_circles_no_more() -> None:
    codes = ["GBR", "EU", "IGOUNO", "PSE", "SAU", "NATO", "IMGMUSISI", "USA"]
    svg = _graph(*[(code, "RUS", "ACCUSE", 1) for code in codes], ("RUS", "UKR", "ASSAULT", 40))
    for radius, lines, _ in _nodes(svg):
        # 11px Helvetica Bold (its AFM widths): the corners of the text box lie inside the circle
        width, height = max(_bold_width(x) for x in lines) * 11 / 1000, len(lines) * 11 * 1.1
        assert (width / 2) ** 2 + (height / 2) ** 2 <= radius**2, (lines, radius)


_AFM = dict(zip("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ", [
    556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778,
    556, 556, 500, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778, 722, 667, 611,
    722, 667, 944, 667, 667, 611, 278], strict=True))


def _bold_width(text: str) -> int:
    return sum(_AFM.get(c, 722) for c in text)


def test_events_graph_shows_self_loops_no_more() -> None:
    from parley.store.base import EventLink
    from parley.web.render import country_links

    links = [EventLink(actor="RUSGOV", recipient="RUSMIL", type="ACCUSE", count=2, asserters=["reporter"]),
             EventLink(actor="RUS", recipient="RUS", type="ASSAULT", count=1, asserters=["reporter"])]
    assert country_links(links) == []
    assert _graph(("RUS", "RUS", "ASSAULT", 1)).startswith("<p")  # nothing left to draw: said so, no loop
    svg = _graph(("RUS", "RUS", "ASSAULT", 1), ("RUS", "UKR", "ASSAULT", 1))
    assert svg.count('class="edge') == 1


# ------------------------------------------------------------------ search
@pytest.mark.parametrize(("url", "link"), [
    ("/search?notion=indivisibility%20of%20security", "/notions?notion=indivisibility%20of%20security"),
    ("/search?q=indivisible%20security", "/notions?notion=indivisible%20security"),
])
def test_search_for_a_notion_does_not_link_to_the_notion_page_no_more(web: Any, url: str, link: str) -> None:
    page = web.get(url).text
    assert f'class="to-notion" href="{link}"' in page


def test_search_without_words_has_no_notion_link(web: Any) -> None:
    assert 'class="to-notion"' not in web.get("/search?speaker=Victoria%20Nuland").text


def test_events_page_offers_types_its_filter_refuses_no_more(web: Any) -> None:
    import re

    from parley.store.filters import event_types

    page = web.get("/events").text
    offered = re.findall(r'<option value="([A-Z]+)"', page)
    assert offered == list(event_types())
    for event_type in offered[:3]:
        assert web.get(f"/events?type={event_type}").status_code == 200


# ------------------------------------------------------------------ entity page events
def test_entity_page_event_rows_without_date_trigger_or_asserter_no_more(web: Any) -> None:
    import re
    from html import unescape

    page = web.get("/entities/Russia").text
    side = page[page.index("As actor"):page.index("As recipient")]
    rows = [re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", "", row))).strip()
            for row in re.findall(r"<li>(.*?)</li>", side, re.S)]
    assert "4 Feb 2022 Russia (RUS) ASSAULT Georgia (GEO) · “Russia that has invaded Georgia” · Victoria Nuland article" in rows
    # a bare sector code is named by its country; the reporter asserts what no statement holds
    assert any(r.startswith("4 Feb 2022 Russia (RUSGOV) REQUEST United States (USAGOV) ·") and r.endswith("reporter article")
               for r in rows), rows


@pytest.mark.parametrize(("code", "name"), [
    ("RUS", "Russia"), ("RUSGOV", "Russia"), ("USAMIL", "United States"), ("IGOUNO", "United Nations"),
    ("IMGMUSISI", "Islamic State"), ("ZZZGOV", "ZZZGOV"), ("IGOXYZ", "IGOXYZ"),  # unknown: as given
])
def test_actor_codes_are_named(code: str, name: str) -> None:
    from parley.web.render import actor_display_name

    assert actor_display_name(code) == name


@pytest.mark.parametrize("url", ["/events", "/events?partial=true"])
def test_events_page_tables_show_names_with_codes(web: Any, url: str) -> None:
    page = web.get(url).text
    assert "Russia (RUS)" in page and "Georgia (GEO)" in page
    assert '<td title="RUS">Russia</td>' in page  # the links table: the name, the code on hover


def test_article_page_events_show_names_with_codes(web: Any) -> None:
    from web_corpus import seed_article

    assert "Russia (RUS)" in web.get(f"/articles/{seed_article().id}").text
