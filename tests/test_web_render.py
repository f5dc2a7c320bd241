"""Server-side rendering: highlighted article text, period filling, the events network."""

from __future__ import annotations

import re

import pytest

from parley.models import Attribution, Entity, ExtractedArticle, Span, Speaker, make_span
from parley.store.base import EventLink, SearchHit
from parley.web.render import (
    country_links,
    event_network_svg,
    fill_periods,
    highlight_article,
    mark_matches,
    snippet_html,
)


def _article(text: str, quotes: list[tuple[str, str]], entities: list[str] = ()) -> ExtractedArticle:
    attributions = []
    for quote, speaker in quotes:
        start = text.index(quote)
        attributions.append(Attribution(kind="direct", content=[make_span(text, start, start + len(quote))],
                                        speaker=Speaker(name=speaker)))
    ents = [Entity(name=e, type="COUNTRY", mentions=[make_span(text, text.index(e), text.index(e) + len(e))])
            for e in entities]
    return ExtractedArticle(id="x", text=text, attributions=attributions, entities=ents)


def _visible(html: str) -> str:
    """The text a reader sees: tags and the numbered badges removed, entities unescaped."""
    html = re.sub(r"<sup[^>]*>\d+</sup>", "", html)
    return re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").replace("&quot;", '"').replace("&#x27;", "'")


@pytest.mark.parametrize(("text", "quotes", "entities"), [
    ('He said: "We are ready." Then he left.', [("We are ready.", "A")], []),
    ('"<script>alert(1)</script>" & more', [("<script>alert(1)</script>", "B")], []),
    ("Russia said Russia is ready.", [("Russia is ready.", "C")], ["Russia"]),
    ("No statements here at all.", [], []),
    ("", [], []),
])
def test_highlighting_keeps_the_text(text: str, quotes: list[tuple[str, str]], entities: list[str]) -> None:
    html = str(highlight_article(_article(text, quotes, entities)))
    assert _visible(html) == text
    assert "<script>" not in html


def test_quotes_of_one_speaker_share_a_colour_and_others_differ() -> None:
    text = '"One," said A. "Two," said B. "Three," said A.'
    html = str(highlight_article(_article(text, [("One,", "A"), ("Two,", "B"), ("Three,", "A")])))
    colours = re.findall(r'class="q (sp-\d)"', html)
    assert colours == ["sp-0", "sp-1", "sp-0"]


def test_entity_inside_a_quote_is_marked_but_links_to_the_quote() -> None:
    """Links cannot nest: the piece of the quote that names an entity links to the statement."""
    text = 'She said: "Russia is ready." Russia agreed.'
    html = str(highlight_article(_article(text, [("Russia is ready.", "A")], ["Russia"])))
    assert '<a href="#a-1" class="q sp-0 ent"' in html
    assert html.count('href="/entities/Russia"') == 0  # only the first mention is an entity mention here


@pytest.mark.parametrize(("points", "expected"), [
    ([("2022-01", 2), ("2022-03", 1)], [("2022-01", 2), ("2022-02", 0), ("2022-03", 1)]),
    ([("2021-12", 1), ("2022-01", 1)], [("2021-12", 1), ("2022-01", 1)]),
    ([("2019-12", 5), ("2025-03", 40)], [("2019", 5), ("2020", 0), ("2021", 0), ("2022", 0), ("2023", 0),
                                         ("2024", 0), ("2025", 40)]),
    ([("2022-W05", 1)], [("2022-W05", 1)]),
    ([], []),
])
def test_fill_periods(points: list[tuple[str, int]], expected: list[tuple[str, int]]) -> None:
    assert fill_periods(points) == expected


def test_country_links_merge_sectors_and_drop_internal_events() -> None:
    links = [
        EventLink(actor="RUSGOV", recipient="UKR", type="ACCUSE", count=2, asserters=["reporter"]),
        EventLink(actor="RUSMIL", recipient="UKRGOV", type="ACCUSE", count=1, asserters=["Nuland"]),
        EventLink(actor="PAK", recipient="PAKREB", type="ASSAULT", count=5, asserters=["reporter"]),
    ]
    assert country_links(links) == [
        EventLink(actor="RUS", recipient="UKR", type="ACCUSE", count=3, asserters=["Nuland", "reporter"]),
    ]


def test_network_svg_escapes_and_links_nodes() -> None:
    svg = str(event_network_svg([EventLink(actor="<X>", recipient="RUS", type="ACCUSE", count=1, asserters=["a&b"])]))
    assert "<X>" not in svg and "&lt;X&gt;" in svg and "a&amp;b" in svg
    assert 'href="/events?actor=RUS"' in svg
    assert str(event_network_svg([])).startswith("<p")


def test_mark_matches() -> None:
    text = "We believe in <indivisible> security."
    content = [make_span(text, 0, len(text))]
    match = Span(start=14, end=36, text="<indivisible> security")
    assert str(mark_matches(content, [match])) == "We believe in <mark>&lt;indivisible&gt; security</mark>."


@pytest.mark.parametrize(("marked", "html"), [
    ("… the \x02indivisible\x03 \x02security\x03 of …", "… the <mark>indivisible</mark> <mark>security</mark> of …"),
    ("<b>\x02x\x03</b>", "&lt;b&gt;<mark>x</mark>&lt;/b&gt;"),
    ("no match", "no match"),
    # Bug: brackets in the article text were taken for match markers.
    ("MOSCOW [Reuters - the \x02security\x03 talks", "MOSCOW [Reuters - the <mark>security</mark> talks"),
])
def test_snippet_html(marked: str, html: str) -> None:
    from parley.store.sqlite import _split_marks

    snippet, marks = _split_marks(marked)
    assert str(snippet_html(SearchHit(id="a", snippet=snippet, marks=marks))) == html


def test_overlapping_statements_show_the_innermost() -> None:
    text = 'He said that "we will talk" and more.'
    html = str(highlight_article(_article(text, [("that \"we will talk\" and more", "A"), ("we will talk", "B")])))
    assert '<a href="#a-2" class="q sp-1" title="B · statement 2" data-a="2">we will talk</a>' in html
    assert _visible(html) == text


@pytest.mark.parametrize(("url", "link"), [
    ("https://www.voanews.com/a/x.html", "https://www.voanews.com/a/x.html"),
    ("HTTP://example.org/", "HTTP://example.org/"),
    ("javascript:alert(1)", None),  # bug: rendered as a link
    (" JavaScript:alert(1)", None),
    ("data:text/html,<script>", None),
    ("/relative/path", None),
    (None, None),
])
def test_only_web_urls_become_links(url: str | None, link: str | None) -> None:
    from parley.web.render import web_link

    assert web_link(url) == link
