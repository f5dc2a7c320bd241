"""One typed filter per listing, validated the same way in the store, the CLI, the API and the web
pages (issue 14 defect 3: bad filter values passed silently)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient
from web_corpus import corpus

from parley.errors import InputError
from parley.server import create_app
from parley.store import open_store
from parley.store.filters import ArticleFilter, EventFilter, StatementFilter, check_date, event_types


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = tmp_path_factory.mktemp("filters") / "f.db"
    with open_store(path) as store:
        store.add_articles(corpus())
    return str(path)


@pytest.fixture(scope="module")
def client(db: str) -> Any:
    with TestClient(create_app(db)) as c:
        yield c


def _cli(db: str, *args: str) -> Any:
    from parley.cli import main

    return CliRunner().invoke(main, [*args, "--db", db])


# -- the filter objects ---------------------------------------------------------------------------
@pytest.mark.parametrize(("value", "expected"), [
    ("2022", "2022"), ("2022-02", "2022-02"), ("2022-02-04", "2022-02-04"), ("2022-02-04T10:11", "2022-02-04T10:11"),
    ("2025-03-14 20:30:26Z", "2025-03-14 20:30:26Z"), (" 2024-02-29 ", "2024-02-29"), ("", None), (None, None),
])
def test_dates_accepted(value: str | None, expected: str | None) -> None:
    assert check_date(value, "since") == expected


@pytest.mark.parametrize("value", [
    "yesterday", "2025-13-45", "2025-13", "2023-02-29", "2022-2", "22-02-04", "2022/02/04", "2022-02-04T25:00",
    "2022-02-04; DROP TABLE articles",
])
def test_dates_refused_with_the_format(value: str) -> None:
    with pytest.raises(InputError, match=r"is not a date.*YYYY-MM-DD"):
        check_date(value, "since")


def test_since_after_until_matches_nothing_and_says_so() -> None:
    with pytest.raises(InputError, match="after until"):
        ArticleFilter(since="2024-05", until="2024-01")
    assert ArticleFilter(since="2024-01-05", until="2024-01").until == "2024-01"  # same month: fine


@pytest.mark.parametrize(("typed", "types"), [
    ("accuse", ("ACCUSE",)), ("ACCUSE,REJECT", ("ACCUSE", "REJECT")), (["assault", " "], ("ASSAULT",)), (None, ()),
])
def test_event_types_accepted(typed: Any, types: tuple[str, ...]) -> None:
    assert EventFilter(type=typed).type == types


def test_event_types_come_from_the_plover_lexicons() -> None:
    assert len(event_types()) == 16 and {"ACCUSE", "ASSAULT", "REJECT"} <= set(event_types())


def test_filters_are_frozen_values_and_reject_unknown_fields(db: str) -> None:
    f = StatementFilter(speaker="Victoria Nuland", affiliation=["usa", "USA", "rus"])
    assert f.affiliation == ("USA", "RUS") and hash(f) == hash(StatementFilter.of(f))
    with pytest.raises(Exception):  # noqa: B017 - pydantic's frozen-instance error
        f.speaker = "x"  # type: ignore[misc]
    with open_store(db) as store, pytest.raises(InputError, match="no field speakr"):
        store.attributions(speakr="Victoria Nuland")


def test_store_takes_the_filter_or_its_fields_alike(db: str) -> None:
    with open_store(db) as store:
        by_object = store.attributions(StatementFilter(speaker="Victoria Nuland"), limit=100)
        by_fields = store.attributions(speaker="Victoria Nuland", limit=100)
        assert by_object.total == by_fields.total > 0
        with pytest.raises(InputError, match="not a date"):
            store.list_articles(since="yesterday")
        with pytest.raises(InputError, match="event type FOO"):
            store.events(type="FOO")


# -- the defects, through every interface -----------------------------------------------------------
def test_since_yesterday_fails_with_the_date_format(db: str, client: TestClient) -> None:
    for command in (["attributions"], ["search", "security"], ["notions"], ["compare", "security", "--side", "USA"]):
        result = _cli(db, *command, "--since", "yesterday")
        assert result.exit_code == 2, (command, result.output)
        assert "since 'yesterday' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD" in result.output
    response = client.get("/api/attributions?since=yesterday")
    assert response.status_code == 422 and "YYYY-MM-DD" in response.json()["message"]
    page = client.get("/search?since=yesterday")
    assert page.status_code == 200 and "is not a date" in page.text


def test_since_2025_13_45_fails_with_the_date_format(db: str, client: TestClient) -> None:
    result = _cli(db, "attributions", "--since", "2025-13-45")
    assert result.exit_code == 2 and "since '2025-13-45' is not a date (month must be in 1..12)" in result.output
    for url in ("/api/attributions?since=2024-13-45", "/api/articles?until=2025-13-45",
                "/api/attributions/facets?since=2024-02-30"):
        response = client.get(url)
        assert response.status_code == 422, url
        assert "is not a date" in response.json()["message"]


def test_events_type_foo_lists_the_allowed_types(db: str, client: TestClient) -> None:
    result = _cli(db, "events", "--type", "FOO")
    assert result.exit_code == 2
    assert "event type FOO is unknown; allowed: ACCUSE, AGREE, AID, ASSAULT" in result.output
    response = client.get("/api/events?type=FOO")
    assert response.status_code == 422 and "allowed: ACCUSE" in response.json()["message"]
    assert client.get("/api/events/network?type=FOO").status_code == 422
    assert client.get("/events?type=FOO").status_code == 422
    assert _cli(db, "events", "--type", "accuse").exit_code == 0


def test_compare_side_zzz_lists_the_allowed_sides(db: str, client: TestClient) -> None:
    result = _cli(db, "compare", "indivisible security", "--side", "ZZZ")
    assert result.exit_code == 2
    assert "unknown side 'ZZZ'" in result.output and "NATO" in result.output and "alpha-3" in result.output
    response = client.get("/api/notions/compare?notion=indivisible%20security&side=ZZZ")
    assert response.status_code == 422 and "unknown side 'ZZZ'" in response.json()["message"]
    assert client.get("/api/attributions?side=west=USA,ZZZ").status_code == 422
    # real sides still work: a country, an organisation, a group, and an affiliation only the data knows
    for sides in (["USA"], ["NATO"], ["west=USA,GBR,NATO"], ["RUS", "UKR"]):
        args = [a for s in sides for a in ("--side", s)]
        assert _cli(db, "compare", "indivisible security", *args).exit_code == 0, sides


def test_speaker_nuland_says_did_you_mean_victoria_nuland(db: str, client: TestClient) -> None:
    result = _cli(db, "attributions", "--speaker", "Nuland")
    assert result.exit_code == 2 and "no speaker named 'Nuland'; did you mean Victoria Nuland?" in result.output
    response = client.get("/api/attributions?speaker=Nuland")
    assert response.status_code == 422 and "did you mean Victoria Nuland" in response.json()["message"]
    assert "did you mean Victoria Nuland" in client.get("/search?speaker=Nuland").text
    # an exact name (any case) is fine, also when other filters leave nothing
    assert _cli(db, "attributions", "--speaker", "victoria nuland").exit_code == 0
    empty = client.get("/api/attributions?speaker=Victoria%20Nuland&since=2030").json()
    assert empty["total"] == 0
    nobody = _cli(db, "attributions", "--speaker", "Zzyzx Qwerty")
    assert nobody.exit_code == 2 and "no speaker named 'Zzyzx Qwerty' in this database" in nobody.output


def test_valid_filters_still_answer(db: str, client: TestClient) -> None:
    body = client.get("/api/attributions?affiliation=USA&since=2022&until=2022-02-04").json()
    assert body["total"] > 0
    assert {i["attribution"]["speaker"]["affiliation"] for i in body["items"]} == {"USA"}
    assert client.get("/api/events?type=ACCUSE,ASSAULT").status_code == 200
    result = _cli(db, "attributions", "--affiliation", "usa", "--since", "2022-02", "--format", "json")
    assert result.exit_code == 0 and '"total"' in result.output


def test_bad_values_do_not_create_a_database(tmp_path: Path) -> None:
    """A filter that cannot be valid fails before the store is opened."""
    missing = tmp_path / "none.db"
    result = _cli(str(missing), "attributions", "--since", "yesterday")
    assert result.exit_code == 2 and not missing.exists()
    result = _cli(str(missing), "events", "--type", "FOO")
    assert result.exit_code == 2 and not missing.exists()

