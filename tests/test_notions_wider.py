"""The wider debate of a notion comparison (issue 15, item 3): terms that co-occur with the notion, then
each side's statements on them, its own statements on the notion left out.

Hand-built records on both store backends: one sentence a line, each statement's content given, the
notion terms marked as the terms step would.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from parley.ingest.article import build_article
from parley.models import Attribution, ExtractedArticle, Speaker, make_span
from parley.query.notions import compare
from parley.store import open_store

TERMS = ("NATO expansion", "open door", "choose their own alliances")


def _article(lines: list[str], published: str, statements: list[tuple[range, str, str]],
             marked: tuple[str, ...] = TERMS) -> ExtractedArticle:
    """``statements``: (lines the statement spans, speaker, affiliation); the terms ``marked`` are marked."""
    text = "\n".join(lines)
    base = ExtractedArticle(**build_article(text=text, published=published, outlet="Official").model_dump())
    starts, cursor = [], 0
    for line in lines:
        starts.append(cursor)
        cursor += len(line) + 1
    attributions = [
        Attribution(kind="direct", speaker=Speaker(name=name, affiliation=affiliation),
                    content=[make_span(text, starts[i], starts[i] + len(lines[i])) for i in span])
        for span, name, affiliation in statements
    ]
    terms = [make_span(text, at, at + len(term)) for term in marked if (at := text.find(term)) >= 0]
    sentences = [make_span(text, s, s + len(line)) for s, line in zip(starts, lines, strict=True)]
    return base.model_copy(update={"sentences": sentences, "attributions": attributions, "terms": terms})


@pytest.fixture()
def filled(store_url: str) -> Any:
    articles = [
        _article(["Indivisible security rules out NATO expansion to our borders, and the open door is no answer."],
                 "2022-01-10T10:00", [(range(0, 1), "Vladimir Putin", "RUS")]),
        _article(["The principle of indivisible security forbids NATO expansion."],
                 "2022-01-20T10:00", [(range(0, 1), "Sergei Lavrov", "RUS")]),
        _article(["Indivisible security cannot close the open door of NATO."],
                 "2022-02-01T10:00", [(range(0, 1), "Victoria Nuland", "USA")]),
        # The wider debate: the terms without the notion's words.
        _article(["NATO's open door stays open: nations choose their own alliances, and we will never bargain that away."],
                 "2022-02-02T10:00", [(range(0, 1), "Antony Blinken", "USA")]),
        _article(["NATO expansion eastward threatens Russia; we demand guarantees now."],
                 "2022-02-03T10:00", [(range(0, 1), "Vladimir Putin", "RUS")]),
        _article(["Tariffs on steel went up again.", "Nobody spoke of alliances."], "2022-02-04T10:00",
                 [(range(0, 1), "Gina Raimondo", "USA")]),
    ]
    store = open_store(store_url)
    store.add_articles(articles)
    yield store
    store.close()


def test_wider_debate_terms_sides_and_no_statement_counted_twice(filled: Any) -> None:
    result = compare(filled, "indivisible security", ["USA", "RUS"], wider=True)
    assert [(s.side, s.statements) for s in result.sides] == [("USA", 1), ("RUS", 2)]
    wider = result.wider
    assert wider is not None
    assert {t.term for t in wider.terms} == {"nato expansion", "open door"}
    usa, rus = wider.sides
    # Only the statements without the notion: Blinken's and Putin's second; the tariffs statement is on neither.
    assert (usa.statements, usa.speaker_names, rus.statements, rus.speaker_names) == (
        1, ["Antony Blinken"], 1, ["Vladimir Putin"])
    assert (usa.terms["open door"], rus.terms["nato expansion"]) == (1, 1)
    # "open" twice ("open door stays open"); "choose", once in the side's one statement, is no key term
    assert "open" in {t.term for t in usa.key_terms} and "choose" not in {t.term for t in usa.key_terms}
    assert all(t.count >= 2 for t in [*usa.key_terms, *rus.key_terms])  # "guarantees", once, neither
    assert wider.statements == 2 and wider.unassigned == 0


def test_wider_debate_is_left_out_unless_asked(filled: Any) -> None:
    assert compare(filled, "indivisible security", ["USA", "RUS"]).wider is None


def test_a_notion_with_no_term_beside_it_has_no_wider_debate(filled: Any) -> None:
    """"tariffs": no marked term stands beside it twice, so nothing is in the wider debate."""
    wider = compare(filled, "tariffs", ["USA", "RUS"], wider=True).wider
    assert wider is not None and (wider.terms, wider.sides, wider.statements) == ([], [], 0)


def test_cli_compare_wider(filled: Any) -> None:
    from parley.cli import main

    runner = CliRunner()
    args = ["compare", "indivisible security", "--side", "USA", "--side", "RUS", "--db", filled.url]
    result = runner.invoke(main, [*args, "--wider", "--format", "json"])
    assert result.exit_code == 0, result.output
    wider = json.loads(result.stdout)["wider"]
    assert [s["statements"] for s in wider["sides"]] == [1, 1]
    result = runner.invoke(main, [*args, "--wider"], terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "Wider debate around “indivisible security”: 2 other statements" in result.stdout
    assert "USA: in the wider debate" in result.stdout and "Antony Blinken [USA]" in result.stdout
    plain = runner.invoke(main, args, terminal_width=200)
    assert "Wider debate" not in plain.stdout


def test_api_and_page_show_the_wider_debate(filled: Any) -> None:
    from fastapi.testclient import TestClient

    from parley.server import create_app

    with TestClient(create_app(filled.url)) as client:
        url = "/api/notions/compare?notion=indivisible%20security&side=USA&side=RUS"
        assert client.get(url).json()["wider"] is None
        body = client.get(url + "&wider=true").json()
        assert [s["speaker_names"] for s in body["wider"]["sides"]] == [["Antony Blinken"], ["Vladimir Putin"]]
        html = client.get("/notions?notion=indivisible+security&side=USA&side=RUS").text
    wider = html.split('id="wider"')[1]
    usa, rus = wider.split('data-wider-side="USA"')[1].split('data-wider-side="RUS"')
    assert "choose their own alliances" in usa and "NATO expansion eastward" in rus
    assert "Indivisible security cannot close" not in wider  # the notion's own statements stay above


@pytest.fixture()
def door(store_url: str) -> Any:
    """"open door policy" and "open door" both stand beside the notion; the White House keeps a door to
    diplomacy open, which is no open door."""
    marked = ("open door policy", "open door")
    articles = [
        _article(["Indivisible security is no open door policy for the bloc."], "2022-01-10T10:00",
                 [(range(0, 1), "Vladimir Putin", "RUS")], marked),
        _article(["The open door policy ignores indivisible security."], "2022-01-20T10:00",
                 [(range(0, 1), "Sergei Lavrov", "RUS")], marked),
        _article(["NATO's open door stays open to every nation that meets its standards."], "2022-02-02T10:00",
                 [(range(0, 1), "Antony Blinken", "USA")], marked),
        _article(["The door to diplomacy remains open."], "2022-02-03T10:00", [(range(0, 1), "Jen Psaki", "USA")], marked),
    ]
    store = open_store(store_url)
    store.add_articles(articles)
    yield store
    store.close()


def test_bug_open_door_policy_kept_open_door_out_of_the_wider_debate(door: Any) -> None:
    """Of two nested terms beside the notion the longer, rarer one was kept ("open door policy"), so the
    wider debate missed every statement saying only "open door"; the shorter one holds them all."""
    wider = compare(door, "indivisible security", ["USA", "RUS"], wider=True).wider
    assert wider is not None
    assert [t.term for t in wider.terms] == ["open door"]
    usa = wider.sides[0]
    assert usa.speaker_names == ["Antony Blinken"]


def test_bug_door_to_diplomacy_open_was_an_open_door(door: Any) -> None:
    """A term of the debate is a wording: its words in its own order. "The door to diplomacy remains
    open" matched "open door" (the notion matcher turns phrases round) and filled the US column."""
    from parley.query.notions_wider import _in_order

    assert [_in_order(text, "open door") for text in (
        "NATO's open door", "an open-door policy", "open the doors", "the door to diplomacy remains open",
        "door is open")] == [True, True, True, False, False]
    wider = compare(door, "indivisible security", ["USA", "RUS"], wider=True).wider
    assert wider is not None and "Jen Psaki" not in wider.sides[0].speaker_names


@pytest.mark.parametrize(("text", "expected"), [
    ("That’s why it's the alliance we’re building.", ["alliance", "building"]),
    ("We've agreed.", ["agreed"]),
])
def test_bug_contractions_were_key_terms(text: str, expected: list[str]) -> None:
    """"that’s", "it’s", "we’re" were among the US side's distinctive words in a briefing."""
    from parley.notions.index import counted_words

    assert [lowered for _, lowered in counted_words(text)] == expected
