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
