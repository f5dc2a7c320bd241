"""RSS/Atom reader on hand-written feeds: full-text entries, teasers, dates with their zones."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.ingest import read_paths
from parley.ingest.feed import html_fragment_text
from parley.models import Article, Failure

FEEDS = Path(__file__).parent / "fixtures" / "feeds"


def _by_source(path: Path) -> dict[str, Article | Failure]:
    return {r.source: r for r in read_paths([str(path)])}


@pytest.mark.parametrize(
    ("source", "field", "expected"),
    [
        ("https://wire.example.org/2024/03/grain-corridor", "title", "Ministers meet in Geneva to discuss grain corridor"),
        ("https://wire.example.org/2024/03/grain-corridor", "published", "2024-03-04T09:15:00+01:00"),
        ("https://wire.example.org/2024/03/grain-corridor", "author", "Ana Petrova"),
        ("https://wire.example.org/2024/03/grain-corridor", "outlet", "Parley Test Wire"),
        ("https://wire.example.org/2024/03/grain-corridor", "external_id", "wire-2024-0001"),
        ("https://wire.example.org/2024/03/grain-corridor", "keywords", ["Diplomacy", "Trade"]),
        ("https://wire.example.org/2024/03/grain-corridor", "reader", "feed"),
        ("https://wire.example.org/2024/03/water-talks", "published", "2024-03-05T14:00:00+00:00"),
        ("https://wire.example.org/2024/03/water-talks", "url", "https://wire.example.org/2024/03/water-talks"),
    ],
)
def test_rss_entries(source: str, field: str, expected: object) -> None:
    article = _by_source(FEEDS / "world.rss")[source]
    assert isinstance(article, Article)
    assert getattr(article, field) == expected


def test_rss_content_encoded_becomes_paragraphs() -> None:
    article = _by_source(FEEDS / "world.rss")["https://wire.example.org/2024/03/grain-corridor"]
    assert isinstance(article, Article)
    assert article.text.startswith("GENEVA, March 4 (Wire) - Foreign ministers")
    assert "\n\n\"We agreed that food must never be used as a weapon,\"" in article.text
    assert "<p>" not in article.text
    assert article.dateline is not None and article.dateline.resolved_date == "2024-03-04"


def test_teaser_without_fetch_is_a_failure() -> None:
    results = _by_source(FEEDS / "world.rss")
    teaser = results["http://127.0.0.1:9/2024/03/summit"]
    assert isinstance(teaser, Failure) and teaser.reason == "link only (use --fetch)"
    assert sum(isinstance(r, Article) for r in results.values()) == 2


def test_teaser_fetch_refused_on_loopback() -> None:
    results = {r.source: r for r in read_paths([str(FEEDS / "world.rss")], fetch=True)}
    teaser = results["http://127.0.0.1:9/2024/03/summit"]
    assert isinstance(teaser, Failure) and teaser.reason == "fetch refused"
    assert "loopback" in (teaser.detail or "")


def test_atom_entries() -> None:
    results = _by_source(FEEDS / "world.atom")
    article = results["https://atom.example.org/news/ceasefire-talks"]
    assert isinstance(article, Article)
    assert article.published == "2024-04-02T10:30:00+03:00"
    assert article.author == "Omar Haddad"
    assert article.keywords == ["Middle East"]
    assert article.text.startswith("DOHA, April 2 (Atom) — The envoy")
    summary_only = results["https://atom.example.org/news/ministers-next-week"]
    assert isinstance(summary_only, Failure) and summary_only.reason == "link only (use --fetch)"


def test_feed_saved_as_html_is_read_as_feed(tmp_path: Path) -> None:
    path = tmp_path / "feed.html"
    path.write_bytes((FEEDS / "world.atom").read_bytes())
    logged: list[str] = []
    results = list(read_paths([str(path)], log=logged.append))
    assert logged == [f"{path}: feed (content is feed despite .html)"]
    assert {r.reader for r in results if isinstance(r, Article)} == {"feed"}


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("<p>One.</p><p>Two <b>bold</b>.</p>", "One.\n\nTwo bold."),
        ("One<br>Two", "One\n\nTwo"),
        ("<div>Intro<ul><li>a</li><li>b</li></ul>tail</div>", "Intro\n\na\n\nb\n\ntail"),
        ("plain &amp; simple", "plain & simple"),
        ("<p>a<script>x()</script> b</p>", "a b"),
        ("", ""),
    ],
)
def test_html_fragment_text(fragment: str, text: str) -> None:
    assert html_fragment_text(fragment) == text
