"""Partial events (no coded actor) are hidden by the events page and `parley events` unless asked for (issue 12)."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient

from parley.server import create_app
from parley.store import open_store


def test_events_page_and_api_hide_partial_events_only_when_asked(demo_db: Path) -> None:
    with open_store(demo_db) as store:
        everything = store.events(limit=1).total
        complete = store.events(partial=False, limit=1).total
    assert 0 < complete < everything
    client = TestClient(create_app(str(demo_db)))
    assert client.get("/api/events?limit=1").json()["total"] == everything  # the API keeps every event by default
    assert client.get("/api/events?limit=1&partial=false").json()["total"] == complete
    page = client.get("/events")
    assert page.status_code == 200 and 'name="partial" value="true">' in page.text  # box offered, not ticked
    assert 'name="partial" value="true" checked>' in client.get("/events?partial=true").text


def test_events_page_says_why_an_event_was_coded(tmp_path: Path) -> None:
    # issue 12: the trigger cell's tooltip names the construction, the entry, the confidence and its cues
    # (a fresh database: the shared demo one may have been built by an older checkout)
    import parley

    db = tmp_path / "why.db"
    text = "Russia attacked Ukraine on Monday. Russia could invade Moldova next year."
    with open_store(db) as store:
        store.add_articles([parley.extract(text, published="2024-01-02", url="https://example.org/why")])
    client = TestClient(create_app(str(db)))
    page = client.get("/events?partial=true").text
    assert 'title="why: clause · attack · confidence 1.0' in page
    assert "aux:hypothetical" in page and '<span class="tag">partial</span>' in page  # shown on request, says so
    assert '<span class="tag">partial</span>' not in client.get("/events").text


def test_events_and_article_pages_show_the_mode(tmp_path: Path) -> None:
    # an event's PLOVER mode (events/modes.tsv: the weapon an ASSAULT names) beside its type
    import parley

    db = tmp_path / "mode.db"
    article = parley.extract("Rebels wounded three Malian soldiers in a bomb attack on Monday.", published="2024-01-02",
                             url="https://example.org/mode")
    assert [(e.type, e.mode) for e in article.events] == [("ASSAULT", "explosives")]
    with open_store(db) as store:
        store.add_articles([article])
    client = TestClient(create_app(str(db)))
    shown = '<span class="muted small" title="PLOVER mode">explosives</span>'
    assert shown in client.get("/events?partial=true").text
    assert shown in client.get(f"/articles/{article.id}").text
