"""The web UI in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

The server runs in a thread on a free loopback port over a small database built
here: the seed article and three VOA stories through the real pipeline, plus two
hand-made statements (a Russian one on the seed's notion, and one whose text is a
script tag). Screenshots go to tests/artifacts/ (gitignored).
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = Path("/usr/bin/chromium")
pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
]

REPO = Path(__file__).resolve().parents[1]
ARTIFACTS = REPO / "tests" / "artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def corpus_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    from web_corpus import russian_article, syndicated_copy, xss_article

    from parley.ingest.article import build_article
    from parley.runner import extract_batch
    from parley.store import open_store

    articles = [build_article(text=(REPO / "examples/seed/seed-article.txt").read_text(encoding="utf-8"),
                              title="US believes in indivisible security, wants to discuss it with Russia - US diplomat",
                              published="2022-02-04T10:11", outlet="ARTSAKHPRESS")]
    with open(REPO / "examples/voa/voa_stories.jsonl", encoding="utf-8") as lines:
        for line in list(lines)[:3]:
            record = json.loads(line)
            articles.append(build_article(external_id=record.pop("id"), outlet="VOA", **record))
    path = tmp_path_factory.mktemp("browser") / "browser.db"
    with open_store(path) as store:
        extracted, failed = extract_batch(articles)  # as `parley ingest` does: a failing article is recorded
        store.add_articles(extracted)
        store.add_failures(failed)
        store.add_articles([russian_article(), xss_article(), syndicated_copy()])
    return str(path)


@pytest.fixture(scope="module")
def server(corpus_db: str) -> Iterator[str]:
    import uvicorn

    from parley.server import create_app

    port = _free_port()
    config = uvicorn.Config(create_app(corpus_db), host="127.0.0.1", port=port, log_level="warning")
    instance = uvicorn.Server(config)
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    """A page that records console errors (CSP violations land there) and fails on any JS dialog."""
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    tab = context.new_page()
    tab.problems = []
    tab.on("console", lambda m: tab.problems.append(m.text) if m.type == "error" else None)
    tab.on("pageerror", lambda e: tab.problems.append(str(e)))
    tab.on("dialog", lambda d: (tab.problems.append(f"dialog opened: {d.message}"), d.dismiss()))
    yield tab
    context.close()


def _shot(tab: Any, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def _open(tab: Any, url: str, name: str) -> None:
    response = tab.goto(url)
    assert response is not None and response.status == 200, url
    tab.wait_for_load_state("networkidle")
    _shot(tab, name)
    assert tab.problems == [], f"{url}: {tab.problems}"


@pytest.mark.parametrize(("path", "name", "selector"), [
    ("/", "home", ".stats"),
    ("/search?q=security", "search", ".col-facets"),
    ("/articles", "articles", "table.tbl"),
    ("/speakers", "speakers", "table.tbl"),
    ("/speakers/Maria%20Zakharova", "speaker", "svg.chart"),
    ("/notions", "notions", "#compare-form"),
    ("/events", "events", "svg.network"),
    ("/entities/Russia", "entity", "h1"),
    ("/docs", "api-docs", ".swagger-ui .info"),
])
def test_page_renders_without_errors(server: str, page: Any, path: str, name: str, selector: str) -> None:
    _open(page, server + path, name)
    assert page.locator(selector).first.is_visible()


def test_click_from_quote_to_speaker_and_article(server: str, page: Any) -> None:
    _open(page, server + "/search?q=indivisibility", "search-indivisibility")
    quote = page.locator(".quote", has_text="NATO expansion").first
    quote.locator("a.who").click()
    page.wait_for_load_state()
    assert page.url.endswith("/speakers/Maria%20Zakharova")
    assert page.locator("h1").inner_text() == "Maria Zakharova"
    _shot(page, "speaker-from-quote")
    page.locator(".quote a.in-article").first.click()
    page.wait_for_load_state()
    assert "/articles/" in page.url and page.url.endswith("#a-1")
    assert "Zakharova" in page.locator("h1").inner_text()
    assert page.locator("#a-1 .who").inner_text() == "Maria Zakharova"
    assert page.locator(".article-text a.q").first.get_attribute("title").startswith("Maria Zakharova")
    _shot(page, "article-from-quote")


def test_notion_compare_shows_one_column_per_side(server: str, page: Any) -> None:
    _open(page, server + "/notions", "notions-form")
    page.fill("input[name=notion]", "indivisible security")
    sides = page.locator("input[name=side]")
    sides.nth(0).fill("USA")
    sides.nth(1).fill("RUS")
    page.click("#compare-form button[type=submit]")
    page.wait_for_load_state("networkidle")
    _shot(page, "notion-compare")
    assert page.problems == []
    columns = page.locator(".side-col[data-side]")  # the wider debate's columns carry data-wider-side
    assert columns.count() == 2
    assert columns.nth(0).get_attribute("data-side") == "USA"
    assert "Maria Zakharova" in columns.nth(1).inner_text()
    # Each side's reading of the notion: how many statements say what it means, and its months.
    assert page.locator(".meaning").count() == 2
    assert "statement" in page.locator('.meaning[data-meaning="RUS"]').inner_text()
    assert page.locator(".meaning table.months tbody tr").count() >= 2
    assert page.locator("img.chart-img").evaluate("img => img.complete && img.naturalWidth > 0")


def test_seed_article_quotes_share_one_colour_labelled_nuland(server: str, page: Any) -> None:
    from parley.extract.pipeline import available_steps

    if "attributions" not in available_steps():
        pytest.skip("this build has no attribution step")
    _open(page, server + "/articles?q=indivisible", "articles-indivisible")
    page.locator("a", has_text="US believes in indivisible security").first.click()
    page.wait_for_load_state("networkidle")
    _shot(page, "seed-article")
    # The seed has 8 gold statements, all by Victoria Nuland: one legend entry, one colour for all of them.
    legend = page.locator(".legend .swatch", has_text="Victoria Nuland")
    assert legend.count() == 1
    assert int(legend.inner_text().rsplit("·", 1)[1]) >= 8
    colour = next(c for c in legend.get_attribute("class").split() if c.startswith("sp-"))
    badges = page.locator(".stmt", has=page.locator("a.who", has_text="Victoria Nuland")).locator(".qn")
    classes = badges.evaluate_all("els => els.map(e => e.className)")
    assert len(classes) >= 8 and set(classes) == {f"qn {colour}"}
    assert "TASS" in page.locator(".provenance .also").inner_text()  # the syndicated copy


def test_script_in_a_quote_renders_as_text(server: str, page: Any) -> None:
    _open(page, server + "/search?q=alert", "xss-search")
    assert "<script>alert(1)</script>" in page.locator(".quote blockquote").first.inner_text()
    page.locator(".quote a.in-article").first.click()
    page.wait_for_load_state("networkidle")
    _shot(page, "xss-article")
    assert "<script>alert(1)</script>" in page.locator(".article-text").inner_text()
    assert page.locator(".article-text script").count() == 0
    assert page.problems == []


# ------------------------------------------------------------------ pagination (issue 14)
@pytest.fixture(scope="module")
def demo_server(demo_db: Path) -> Iterator[str]:
    """The web UI over the demo database: enough rows for every list to have a second page."""
    import uvicorn

    from parley.server import create_app

    port = _free_port()
    instance = uvicorn.Server(uvicorn.Config(create_app(str(demo_db)), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not instance.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the demo server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.mark.parametrize(("path", "name", "row"), [
    ("/search?q=Trump", "search", ".quote"),
    ("/events", "events", "table.tbl tbody tr"),
    ("/articles", "articles", "table.tbl tbody tr"),
    ("/speakers", "speakers", "table.tbl tbody tr"),
])
def test_pagination_is_missing_on_list_pages_no_more(demo_server: str, page: Any, path: str, name: str, row: str) -> None:
    """Each list page links to its second page, and the link is followed by a click, not typed."""
    _open(page, demo_server + path, f"{name}-page-1")
    pager = page.locator("nav.pager")
    assert pager.is_visible(), f"{path}: no pager"
    first_rows = page.locator(row).all_inner_texts()
    assert first_rows
    page.locator("nav.pager a[rel=next]").click()
    page.wait_for_load_state("networkidle")
    _shot(page, f"{name}-page-2")
    assert "page=2" in page.url
    assert page.locator("nav.pager a[rel=prev]").is_visible()
    second_rows = page.locator(row).all_inner_texts()
    assert second_rows and second_rows != first_rows
    assert page.problems == [], f"{page.url}: {page.problems}"
