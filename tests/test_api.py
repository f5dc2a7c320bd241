"""The REST API and web pages, in process (FastAPI TestClient) over a small hand-made corpus."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from web_corpus import XSS, corpus, seed_article, syndicated_copy, unrelated_article

from parley.models import ExtractedArticle
from parley.notions.matching import notion_key
from parley.server import create_app
from parley.store import open_store

TOKEN = "test-token-123"


@pytest.fixture(scope="module")
def db(module_store_url: str) -> str:
    """The corpus on each backend (SQLite file, PostgreSQL schema): every API test runs on both."""
    with open_store(module_store_url) as store:
        store.add_articles(corpus())
    return module_store_url


@pytest.fixture(scope="module")
def client(db: str) -> Any:
    with TestClient(create_app(db)) as c:
        yield c


@pytest.fixture(scope="module")
def seed_id() -> str:
    return seed_article().id


def _json(client: TestClient, url: str, status: int = 200) -> Any:
    response = client.get(url)
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    return response.json()


# ------------------------------------------------------------------------------------------ status and shapes
@pytest.mark.parametrize("url", [
    "/api/stats", "/api/articles", "/api/articles?q=security", "/api/attributions", "/api/attributions/facets",
    "/api/speakers", "/api/speakers/Victoria%20Nuland", "/api/entities", "/api/events", "/api/events/network",
    "/api/failures", "/openapi.json",
])
def test_api_endpoints_answer_json(client: TestClient, url: str) -> None:
    _json(client, url)


@pytest.mark.parametrize("url", [
    "/", "/search", "/search?q=security", "/articles", "/speakers", "/speakers/Victoria%20Nuland", "/notions",
    "/events", "/entities/Russia", "/docs",
])
def test_pages_answer_html(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")


def test_article_is_the_extracted_record(client: TestClient, seed_id: str) -> None:
    body = _json(client, f"/api/articles/{seed_id}")
    assert body.pop("people")[0]["name"] == "Victoria Nuland"  # derived from the record (tests/test_people_of.py)
    assert body == seed_article().to_dict()
    assert ExtractedArticle.model_validate(body).attributions[0].speaker.name == "Victoria Nuland"


def test_article_by_prefix(client: TestClient, seed_id: str) -> None:
    assert _json(client, f"/api/articles/{seed_id[:8]}")["id"] == seed_id


def test_stats_counts_the_corpus(client: TestClient) -> None:
    stats = _json(client, "/api/stats")
    assert (stats["articles"], stats["attributions"], stats["speakers"]) == (5, 11, 4)


def test_statement_carries_its_article(client: TestClient, seed_id: str) -> None:
    item = _json(client, "/api/attributions?speaker=Victoria%20Nuland&limit=1")["items"][0]
    assert set(item) == {"article_id", "index", "article_title", "outlet", "published", "attribution"}
    assert item["article_id"] == seed_id
    assert item["attribution"]["speaker"]["affiliation"] == "USA"


# ------------------------------------------------------------------------------------------ filters
@pytest.mark.parametrize(("query", "expected_speakers"), [
    ("speaker=Victoria%20Nuland", {"Victoria Nuland"}),
    ("speaker=victoria%20nuland", {"Victoria Nuland"}),
    ("affiliation=RUS", {"Maria Zakharova"}),
    ("affiliation=rus&affiliation=UKR", {"Maria Zakharova", "Olena Petrenko"}),
    ("side=RUS", {"Maria Zakharova"}),
    ("side=Russia", {"Maria Zakharova"}),
    ("side=west=USA,GBR", {"Victoria Nuland", "Mallory <b>Hacker</b>"}),
    ("q=harvest", {"Olena Petrenko"}),
    ("q=indivisible%20security", {"Maria Zakharova", "Victoria Nuland"}),
    ("outlet=TASS", {"Maria Zakharova"}),
    ("since=2023-01-01", {"Olena Petrenko", "Mallory <b>Hacker</b>"}),
    ("until=2022-02", {"Victoria Nuland", "Maria Zakharova"}),
    ("since=2022-02-05&until=2022-02-28", {"Maria Zakharova"}),
    ("q=harvest&affiliation=RUS", set()),
])
def test_attribution_filters(client: TestClient, query: str, expected_speakers: set[str]) -> None:
    body = _json(client, f"/api/attributions?{query}&limit=100")
    assert {i["attribution"]["speaker"]["name"] for i in body["items"]} == expected_speakers
    assert body["total"] == len(body["items"])


@pytest.mark.parametrize(("query", "expected"), [
    ("type=ACCUSE", {("USA", "RUS"), ("RUSGOV", "IGONAT")}),
    ("type=ACCUSE&actor=RUS", {("RUSGOV", "IGONAT")}),
    ("recipient=GEO", {("RUS", "GEO")}),
    ("asserter=reporter", {("RUSGOV", "USAGOV")}),
    ("asserter=Maria%20Zakharova", {("RUSGOV", "IGONAT")}),
    ("type=SANCTION", set()),
])
def test_event_filters(client: TestClient, query: str, expected: set[tuple[str, str]]) -> None:
    items = _json(client, f"/api/events?{query}&limit=100")["items"]
    assert {(i["event"]["actor"]["code"], i["event"]["recipient"]["code"]) for i in items} == expected


def test_event_network_counts_edges(client: TestClient) -> None:
    links = _json(client, "/api/events/network?type=ACCUSE")
    assert {(link["actor"], link["recipient"], link["count"]) for link in links} == {("USA", "RUS", 1), ("RUSGOV", "IGONAT", 1)}
    assert next(link for link in links if link["actor"] == "RUSGOV")["asserters"] == ["Maria Zakharova"]


@pytest.mark.parametrize(("query", "names"), [
    ("", ["Victoria Nuland", "Mallory <b>Hacker</b>", "Maria Zakharova", "Olena Petrenko"]),  # ties by name
    ("q=zakh", ["Maria Zakharova"]),
    ("side=USA", ["Victoria Nuland"]),
    ("q=%25", []),  # a LIKE wildcard typed by the user is a literal character
])
def test_speakers_ranked_by_statements(client: TestClient, query: str, names: list[str]) -> None:
    assert [s["name"] for s in _json(client, f"/api/speakers?{query}")["items"]] == names


def test_speaker_detail(client: TestClient) -> None:
    body = _json(client, "/api/speakers/Victoria%20Nuland")
    assert body["speaker"]["role"] == "Under Secretary of State for Political Affairs"
    assert body["speaker"]["affiliation"] == "USA"
    assert body["statements"]["total"] == 8
    assert body["timeline"] == [{"period": "2022-02", "count": 8}]


@pytest.mark.parametrize(("query", "names"), [
    ("type=COUNTRY", {"Russia"}), ("code=USAGOV", {"Victoria Nuland"}), ("name=russia", {"Russia"}), ("type=DOCUMENT", set()),
])
def test_entity_filters(client: TestClient, query: str, names: set[str]) -> None:
    assert {i["entity"]["name"] for i in _json(client, f"/api/entities?{query}")["items"]} == names


def test_facets_count_matching_statements(client: TestClient) -> None:
    facets = {f["name"]: {c["value"]: c["count"] for c in f["counts"]} for f in _json(client, "/api/attributions/facets?q=security")}
    assert facets["speaker"] == {"Victoria Nuland": 6, "Maria Zakharova": 1}
    assert facets["affiliation"] == {"USA": 6, "RUS": 1}
    assert facets["month"] == {"2022-02": 7}


# ------------------------------------------------------------------------------------------ pagination
@pytest.mark.parametrize("url", ["/api/attributions", "/api/articles", "/api/events", "/api/entities", "/api/speakers"])
def test_pages_cover_everything_once_in_a_stable_order(client: TestClient, url: str) -> None:
    everything = _json(client, f"{url}?limit=500")
    paged: list[Any] = []
    for offset in range(0, everything["total"] + 3, 3):
        page = _json(client, f"{url}?limit=3&offset={offset}")
        assert page["total"] == everything["total"]
        assert (page["limit"], page["offset"]) == (3, offset)
        paged.extend(page["items"])
    assert paged == everything["items"]


# ------------------------------------------------------------------------------------------ errors
@pytest.mark.parametrize(("url", "fragment"), [
    ("/api/attributions?limit=0", "limit"),
    ("/api/attributions?limit=501", "limit"),
    ("/api/attributions?limit=ten", "limit"),
    ("/api/attributions?offset=-1", "offset"),
    ("/api/attributions?since=yesterday", "since"),
    ("/api/articles?until=2022-13-45x", "until"),
    ("/api/attributions?q=%21%21%21", "no words"),
    ("/api/articles?q=%22%22", "no words"),
    ("/api/attributions?side=west%3D", "no members"),
    ("/api/events/network?limit=0", "limit"),
    ("/api/speakers/Nobody?limit=-5", "limit"),
])
def test_bad_parameters_are_422_with_a_message(client: TestClient, url: str, fragment: str) -> None:
    body = _json(client, url, 422)
    assert body["status"] == 422
    assert fragment in body["message"]
    assert "Traceback" not in str(body)


@pytest.mark.parametrize(("url", "fragment"), [
    ("/api/articles/doesnotexist", "no article"),
    ("/api/speakers/Nobody%20Here", "no speaker"),
    ("/api/nothing", "no such page"),
])
def test_missing_things_are_404_json(client: TestClient, url: str, fragment: str) -> None:
    body = _json(client, url, 404)
    assert body["status"] == 404 and fragment in body["message"]


def test_missing_page_is_html_404(client: TestClient) -> None:
    response = client.get("/articles/doesnotexist")
    assert response.status_code == 404
    assert "no article with id" in response.text and response.headers["content-type"].startswith("text/html")


def test_internal_error_is_json_without_traceback(tmp_path: Path) -> None:
    """A broken database gives a 500 with a one-line message, not a stack trace."""
    path = tmp_path / "broken.db"
    with open_store(path) as store:
        store.add_articles(corpus())
    with TestClient(create_app(str(path))) as c:
        conn = sqlite3.connect(path)
        conn.execute("DROP TABLE events")
        conn.close()
        response = c.get("/api/events")
        page = c.get("/events")
    assert response.status_code == 500
    assert response.json()["status"] == 500 and "Traceback" not in response.text
    assert page.status_code == 500 and "Traceback" not in page.text


# ------------------------------------------------------------------------------------------ security
@pytest.mark.parametrize("url", ["/", "/api/stats", "/static/parley.css", "/api/nothing", "/nothing", "/docs"])
def test_every_response_has_a_csp(client: TestClient, url: str) -> None:
    csp = client.get(url).headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]


def test_article_text_is_escaped(client: TestClient) -> None:
    article = next(a for a in corpus() if XSS in a.text)
    for url in (f"/articles/{article.id}", "/search?q=alert", "/", f"/speakers/{'Mallory <b>Hacker</b>'}"):
        html = client.get(url).text
        assert XSS not in html and "<b>Hacker</b>" not in html, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html, url


def test_docs_are_served_locally(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "http://" not in html and "https://" not in html
    for asset in ("/docs/assets/swagger-ui-bundle.js", "/docs/assets/swagger-ui.css", "/static/js/docs.js"):
        assert asset in html
        assert client.get(asset).status_code == 200


def test_seed_article_page_colours_every_quote_for_one_speaker(client: TestClient, seed_id: str) -> None:
    html = client.get(f"/articles/{seed_id}").text
    text = html.split('class="article-text"')[1].split("</div>")[0]
    assert text.count('class="qn sp-0"') == 8  # one numbered badge per statement, all in the first colour
    assert "sp-1" not in text
    assert "Victoria Nuland</a> · 8" in html


# ------------------------------------------------------------------------------------------ ingest
def test_ingest_does_not_exist_without_token(client: TestClient) -> None:
    response = client.post("/api/ingest", json={"articles": [{"text": "x"}]})
    assert response.status_code in (404, 405)
    assert "/api/ingest" not in client.get("/openapi.json").json()["paths"]


@pytest.fixture()
def writable(tmp_path: Path) -> Any:
    with TestClient(create_app(str(tmp_path / "w.db"), token=TOKEN)) as c:
        yield c


@pytest.mark.parametrize(("headers", "status"), [
    ({}, 401),
    ({"Authorization": "Bearer wrong"}, 401),
    ({"Authorization": TOKEN}, 401),
    ({"Authorization": f"Basic {TOKEN}"}, 401),
])
def test_ingest_checks_the_token(writable: TestClient, headers: dict[str, str], status: int) -> None:
    response = writable.post("/api/ingest", json={"articles": [{"text": "Hello."}]}, headers=headers)
    assert response.status_code == status
    assert response.json()["status"] == status


def test_ingest_rejects_bad_bodies(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    for body in ({}, {"articles": []}, {"articles": [{"title": "no text"}]}, {"articles": "nope"}):
        response = writable.post("/api/ingest", json=body, headers=auth)
        assert response.status_code == 422 and response.json()["message"].startswith("invalid parameter")


@pytest.mark.slow
def test_ingest_with_token_stores_and_serves(writable: TestClient) -> None:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    article = {"id": "ext-1", "title": "Talks", "published": "2024-01-02T03:04:05Z",
               "text": 'GENEVA - "We are ready to talk," Foreign Minister Sergei Lavrov told reporters on Tuesday.'}
    first = writable.post("/api/ingest", json={"articles": [article]}, headers=auth)
    assert first.status_code == 200, first.text
    assert (first.json()["added"], first.json()["failed"]) == (1, 0)
    again = writable.post("/api/ingest", json={"articles": [article]}, headers=auth).json()
    assert (again["added"], again["duplicates"]) == (0, 1)
    stored = writable.get("/api/articles/ext-1").json()
    assert stored["id"] == first.json()["ids"][0] and stored["title"] == "Talks"


# ------------------------------------------------------------------------------------------ notions
def test_notion_discovery_ranks_shared_phrases(client: TestClient) -> None:
    notions = _json(client, "/api/notions?limit=5")
    top = notions[0]
    assert notion_key(top["phrase"]) == notion_key("indivisible security")
    assert (top["speakers"], top["affiliations"]) == (2, ["RUS", "USA"])


def test_notion_compare_one_entry_per_side(client: TestClient) -> None:
    body = _json(client, "/api/notions/compare?notion=indivisible%20security&side=USA&side=RUS")
    sides = {s["side"]: s for s in body["sides"]}
    assert list(sides) == ["USA", "RUS"]
    assert sides["USA"]["speaker_names"] == ["Victoria Nuland"]
    assert sides["RUS"]["speaker_names"] == ["Maria Zakharova"]
    assert sides["USA"]["statements"] == 5  # the five of Nuland's eight statements that name the notion
    assert body["timeline"] == {"notion": "indivisible security", "by": "month", "periods": ["2022-02"],
                                "series": {"USA": [5], "RUS": [1]}, "joint": []}
    assert body["joint"]["statements"] == 0 and [s["joint"] for s in body["sides"]] == [0, 0]


def test_notion_compare_gives_each_sides_meaning_documents_and_months(client: TestClient) -> None:
    body = _json(client, "/api/notions/compare?notion=indivisible%20security&side=USA&side=RUS")
    usa, rus = (s["meaning"] for s in body["sides"])
    # Nuland's statements and Zakharova's name the notion but say nothing of what it means or requires;
    # Nuland grounds it in "all of our founding documents", none by name.
    assert (usa["statements"], usa["defining"]) == (5, 0)
    assert [p["documents"] for p in usa["passages"]] == [["documents not named"]]
    assert [(d["name"], d["year"], d["with_notion"]) for d in usa["documents"]] == [("documents not named", None, 1)]
    assert usa["months"] == [{"month": "2022-02", "statements": 5, "defining": 0, "speakers": ["Victoria Nuland"],
                              "publisher": 0}]
    assert (rus["statements"], rus["defining"], rus["documents"]) == (1, 0, [])
    assert [m["month"] for m in rus["months"]] == ["2022-02"]


def test_notion_compare_without_sides_picks_the_most_active(client: TestClient) -> None:
    body = _json(client, "/api/notions/compare?notion=indivisibility%20of%20security")
    assert [s["side"] for s in body["sides"]] == ["USA", "RUS"]


@pytest.mark.parametrize(("query", "speakers"), [
    ("notion=indivisible%20security", {"Victoria Nuland", "Maria Zakharova"}),
    ("notion=indivisible%20security&side=RUS", {"Maria Zakharova"}),
    ("notion=indivisible%20security&speaker=Victoria%20Nuland&q=COVID", {"Victoria Nuland"}),
    ("notion=security%20guarantees", set()),  # a different notion that shares a word
    ("notion=harvest%20festival", set()),
])
def test_attributions_filtered_by_notion(client: TestClient, query: str, speakers: set[str]) -> None:
    body = _json(client, f"/api/attributions?{query}&limit=100")
    assert {i["attribution"]["speaker"]["name"] for i in body["items"]} == speakers
    assert body["total"] == len(body["items"])


def test_notion_timeline_per_side(client: TestClient) -> None:
    body = _json(client, "/api/notions/timeline?notion=indivisible%20security&side=USA&side=RUS")
    assert body["periods"] == ["2022-02"] and set(body["series"]) == {"USA", "RUS"}


def test_notion_chart_is_an_svg_image_without_scripts(client: TestClient) -> None:
    response = client.get("/charts/notion-timeline.svg?notion=indivisible%20security&side=USA&side=RUS")
    assert response.status_code == 200 and response.headers["content-type"] == "image/svg+xml"
    assert "<script" not in response.text and response.headers["content-security-policy"].startswith("default-src 'none'")


def test_notion_page_has_a_column_per_side(client: TestClient) -> None:
    html = client.get("/notions?notion=indivisible+security&side=USA&side=RUS").text
    assert 'data-side="USA"' in html and 'data-side="RUS"' in html
    usa = html.split('data-side="USA"')[1].split('data-side="RUS"')[0]
    assert "Victoria Nuland" in usa and "Zakharova" not in usa


# ------------------------------------------------------------------------------------------ syndication
def test_syndication_groups_the_copy_with_the_seed(client: TestClient, seed_id: str) -> None:
    copy_id = syndicated_copy().id
    groups = _json(client, "/api/syndication")
    assert groups["total"] == 1
    assert {m["article_id"] for m in groups["items"][0]["members"]} == {seed_id, copy_id}
    group = _json(client, f"/api/articles/{seed_id}/syndication")
    assert group["origin_id"] == copy_id  # the earlier copy
    assert _json(client, f"/api/articles/{unrelated_article().id}/syndication") is None


def test_article_page_shows_also_published_by(client: TestClient, seed_id: str) -> None:
    html = client.get(f"/articles/{seed_id}").text
    also = html.split("Also published by")[1].split("</div>")[0]
    assert f'href="/articles/{syndicated_copy().id}">TASS</a>' in also


@pytest.mark.parametrize("url", ["/", "/api/stats"])
def test_head_answers_like_get_without_a_body(client: TestClient, url: str) -> None:
    response = client.head(url)
    assert response.status_code == 200 and response.content == b""
    assert "content-security-policy" in response.headers


def test_home_does_not_wait_for_notion_discovery(tmp_path: Path) -> None:
    """The first view starts the corpus scan in the background; a later view lists the notions."""
    import time

    path = tmp_path / "fresh.db"
    with open_store(path) as store:
        store.add_articles(corpus())
    with TestClient(create_app(str(path))) as c:
        first = c.get("/").text
        deadline = time.monotonic() + 20
        while "Finding the most discussed notions" in (later := c.get("/").text) and time.monotonic() < deadline:
            time.sleep(0.1)
    assert "Finding the most discussed notions" in first  # the first view did not wait for the scan
    assert "/notions?notion=indivisib" in later


@pytest.mark.slow
def test_api_ingest_applies_the_reader_checks(writable: TestClient) -> None:
    """Bug: POST /api/ingest skipped the readers' checks (dates kept as written, blank text stored)."""
    auth = {"Authorization": f"Bearer {TOKEN}"}
    good = {"published": "February 4, 2022",
            "text": 'MOSCOW - "We are ready to talk," Foreign Minister Sergei Lavrov told reporters on Tuesday.'}
    blank = {"text": "   "}
    body = writable.post("/api/ingest", json={"articles": [good, blank]}, headers=auth).json()
    assert (body["added"], body["failed"]) == (1, 1)
    assert body["failures"][0]["reason"] == "no text"
    stored = writable.get(f"/api/articles/{body['ids'][0]}").json()
    assert stored["published"].startswith("2022-02-04")


def test_api_ingest_refuses_text_longer_than_the_parser_accepts(writable: TestClient) -> None:
    from parley.nlp import MAX_TEXT_CHARS

    auth = {"Authorization": f"Bearer {TOKEN}"}
    response = writable.post("/api/ingest", json={"articles": [{"text": "a " * (MAX_TEXT_CHARS // 2 + 1)}]},
                             headers=auth)
    assert response.status_code == 422


def test_ingest_child_exits_when_the_server_is_killed(tmp_path: Path) -> None:
    """The API extracts in a child process; a server killed with -9 must not leave it running."""
    import os
    import signal
    import subprocess
    import sys
    import time

    script = (
        "import multiprocessing, os, sys, time\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from parley.api.routes import exit_with_parent\n"
        "if __name__ == '__main__':\n"
        "    pool = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context('spawn'),\n"
        "                               initializer=exit_with_parent, initargs=(os.getpid(),))\n"
        "    print(pool.submit(os.getpid).result(), flush=True)\n"
        "    time.sleep(60)\n"
    )
    path = tmp_path / "server.py"
    path.write_text(script, encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(path)], stdout=subprocess.PIPE, text=True)
    assert parent.stdout is not None
    child = int(parent.stdout.readline())
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(child, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    os.kill(child, signal.SIGKILL)
    raise AssertionError("the extraction child outlived its killed server")


@pytest.mark.slow
def test_ingest_after_the_extraction_child_was_killed_says_503_then_recovers(writable: TestClient) -> None:
    """Bug: a killed extraction child (out of memory, kill -9) left a broken pool that failed every later ingest."""
    import os
    import signal

    auth = {"Authorization": f"Bearer {TOKEN}"}

    def post(n: int) -> Any:
        article = {"id": f"ext-{n}", "text": f'"We are ready to talk," Foreign Minister Sergei Lavrov said on day {n}.'}
        return writable.post("/api/ingest", json={"articles": [article]}, headers=auth)

    assert post(1).status_code == 200
    for pid in list(writable.app.state.extractor._processes):  # type: ignore[attr-defined]
        os.kill(pid, signal.SIGKILL)
    dead = post(2)
    assert dead.status_code == 503 and "send it again" in dead.json()["message"], dead.text
    assert post(2).json()["added"] == 1  # a new child extracts the same request
    assert writable.get("/api/articles/ext-1").status_code == 200  # nothing stored before was lost
