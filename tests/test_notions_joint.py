"""No statement counted twice in a comparison (issue 15): a statement two or more of the compared sides
made together (a joint statement, "the leaders agreed" on a call) counts once, in a joint section, and
in no side's own column; each side shows how many it made, as a reference.

Hand-built records on both store backends (one sentence a line, the notion terms marked as the terms
step would); the comparison read through the query layer, the CLI, the API and the page.
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from parley.ingest.article import build_article
from parley.models import Attribution, ExtractedArticle, Speaker, make_span
from parley.query.notions import Comparison, compare, timeline
from parley.store import open_store

TERMS = ("NATO expansion", "open door")


def _article(line: str, published: str, name: str, affiliation: str) -> ExtractedArticle:
    base = ExtractedArticle(**build_article(text=line, published=published, outlet="Official").model_dump())
    whole = make_span(line, 0, len(line))
    terms = [make_span(line, at, at + len(term)) for term in TERMS if (at := line.find(term)) >= 0]
    return base.model_copy(update={
        "sentences": [whole], "terms": terms,
        "attributions": [Attribution(kind="direct", content=[whole],
                                     speaker=Speaker(name=name, affiliation=affiliation))],
    })


STATEMENTS = [  # (text, published, speaker, affiliation)
    ("Indivisible security rules out NATO expansion to our borders, whatever the open door says.",
     "2022-01-10T10:00", "Vladimir Putin", "RUS"),
    ("Indivisible security cannot close the open door of NATO to anyone.", "2022-01-20T10:00", "Victoria Nuland", "USA"),
    ("Both leaders reaffirmed the principle of indivisible security and discussed NATO expansion in Europe.",
     "2022-02-01T10:00", "Joe Biden and Vladimir Putin", "USA+RUS"),
    ("The two presidents agreed that indivisible security needs strategic stability talks.",
     "2022-02-02T10:00", "Emmanuel Macron and Joe Biden", "FRA+USA"),
    # The wider debate: the terms without the notion's words.
    ("NATO's open door stays open and nations choose their own alliances freely.", "2022-02-03T10:00",
     "Antony Blinken", "USA"),
    ("The sides agreed to keep talking about NATO expansion and the open door next month.", "2022-02-04T10:00",
     "Joe Biden and Vladimir Putin", "USA+RUS"),
    ("NATO expansion eastward threatens Russia and we demand guarantees now.", "2022-02-05T10:00",
     "Vladimir Putin", "RUS"),
]


@pytest.fixture()
def filled(store_url: str) -> Any:
    store = open_store(store_url)
    store.add_articles([_article(*row) for row in STATEMENTS])
    yield store
    store.close()


def _columns(result: Comparison) -> list[tuple[str, tuple[str, int | None]]]:
    """(column, statement id) of every statement a comparison lists, the notion's and the wider debate's."""
    listed = [(s.side, (r.article_id, r.attribution_index)) for s in result.sides for r in s.representative]
    listed += [("joint", (r.article_id, r.attribution_index)) for r in result.joint.representative]
    listed += [(f"{s.side}: passage", (p.article_id, p.attribution_index))
               for s in result.sides if s.meaning for p in s.meaning.passages if p.voice == "speaker"]
    if result.wider is not None:
        listed += [(f"wider {s.side}", (r.article_id, r.attribution_index))
                   for s in result.wider.sides for r in s.representative]
        listed += [("wider joint", (r.article_id, r.attribution_index)) for r in result.wider.joint.representative]
    return listed


def test_bug_joint_statement_in_both_columns(filled: Any) -> None:
    """Bug (issue 15): the US-Russia statement was counted in the USA column and in the RUS column."""
    result = compare(filled, "indivisible security", ["USA", "RUS"], top=50, wider=True)
    usa, rus = result.sides
    assert (usa.statements, usa.speaker_names) == (2, ["Emmanuel Macron and Joe Biden", "Victoria Nuland"])
    assert (rus.statements, rus.speaker_names) == (1, ["Vladimir Putin"])
    assert (usa.joint, rus.joint) == (1, 1)  # shown to each side as a reference, counted in neither
    joint = result.joint
    assert (joint.statements, joint.speaker_names, joint.by_sides, joint.sides) == (
        1, ["Joe Biden and Vladimir Putin"], {"USA+RUS": 1}, ["USA", "RUS"])
    assert usa.statements + rus.statements + joint.statements + result.unassigned == 4
    # Each statement in one column only (a side's passages are its own statements, read again).
    column = {}
    for name, key in _columns(result):
        column.setdefault(key, set()).add(name.removesuffix(": passage"))
    assert {key: names for key, names in column.items() if len(names) > 1} == {}
    ids = [key for name, key in _columns(result) if not name.endswith("passage")]
    assert [key for key, n in Counter(ids).items() if n > 1] == []


def test_joint_statements_in_the_wider_debate_once(filled: Any) -> None:
    wider = compare(filled, "indivisible security", ["USA", "RUS"], wider=True).wider
    assert wider is not None
    usa, rus = wider.sides
    assert (usa.speaker_names, rus.speaker_names) == (["Antony Blinken"], ["Vladimir Putin"])
    assert (usa.joint, rus.joint, wider.joint.statements, wider.joint.by_sides) == (1, 1, 1, {"USA+RUS": 1})
    assert wider.statements == usa.statements + rus.statements + wider.joint.statements + wider.unassigned


@pytest.mark.parametrize(
    ("sides", "series", "joint"),
    [
        (["USA", "RUS"], {"USA": [1, 1], "RUS": [1, 0]}, [0, 1]),
        # France is not compared: the Macron-Biden statement is the USA's own; no joint series.
        (["USA", "GBR"], {"USA": [1, 2], "GBR": [0, 0]}, []),
        (["FRA", "RUS"], {"FRA": [0, 1], "RUS": [1, 1]}, []),
    ],
)
def test_timeline_counts_a_joint_statement_once(filled: Any, sides: list[str], series: dict, joint: list[int]) -> None:
    result = timeline(filled, "indivisible security", sides)
    assert (result.periods, result.series, result.joint) == (["2022-01", "2022-02"], series, joint)


def test_no_joint_section_when_no_statement_is_shared(filled: Any) -> None:
    result = compare(filled, "indivisible security", ["FRA", "RUS"])
    assert result.joint.statements == 0 and result.joint.representative == []
    assert [s.joint for s in result.sides] == [0, 0]


def test_cli_shows_the_joint_row_once(filled: Any) -> None:
    from parley.cli import main

    runner = CliRunner()
    args = ["compare", "indivisible security", "--side", "USA", "--side", "RUS", "--db", filled.url]
    shown = runner.invoke(main, args)
    assert shown.exit_code == 0, shown.output
    assert "│ joint " in shown.output and "USA+RUS" in shown.output
    assert "Joint: statements the sides made together" in shown.output
    assert "per month" in shown.output  # the month-by-month table
    body = json.loads(runner.invoke(main, [*args, "--format", "json"]).output)
    assert [s["statements"] for s in body["sides"]] == [2, 1] and body["joint"]["statements"] == 1


def test_api_and_page_show_the_joint_section(filled: Any) -> None:
    from parley.server import create_app

    client = TestClient(create_app(filled.url))
    body = client.get("/api/notions/compare", params={"notion": "indivisible security", "side": ["USA", "RUS"]}).json()
    assert [(s["side"], s["statements"], s["joint"]) for s in body["sides"]] == [("USA", 2, 1), ("RUS", 1, 1)]
    assert body["joint"]["by_sides"] == {"USA+RUS": 1} and body["timeline"]["joint"] == [0, 1]
    page = client.get("/notions", params={"notion": "indivisible security", "side": ["USA", "RUS"]})
    assert page.status_code == 200
    assert 'data-joint="1"' in page.text and page.text.count('data-joint-ref="1"') == 2
    assert 'data-wider-joint="1"' in page.text and "data-timeline" in page.text


def test_bug_joint_reading_of_the_notion_was_in_no_side_column(filled: Any) -> None:
    """The joint statement's passage on the notion ("Both leaders reaffirmed the principle of indivisible
    security") was in no side's reading of it: each side's column now lists it, marked joint, and counts
    it apart (it is counted in the joint section)."""
    from parley.cli import main

    result = compare(filled, "indivisible security", ["USA", "RUS"])
    for side in result.sides:
        assert side.meaning is not None
        joint = [p for p in side.meaning.passages if p.voice == "joint"]
        assert [p.speaker for p in joint] == ["Joe Biden and Vladimir Putin"], side.side
        assert (side.meaning.joint_statements, side.meaning.joint_defining) == (1, 0)
    assert compare(filled, "indivisible security", ["FRA", "RUS"]).sides[1].meaning.joint_statements == 0
    shown = CliRunner().invoke(main, ["compare", "indivisible security", "--side", "USA", "--side", "RUS",
                                      "--db", filled.url], terminal_width=200)
    assert shown.output.count("with another side: 1 joint statement, 0 defining") == 2
    assert shown.output.count("Putin, joint") == 2  # the passage's "who", in each side's table
    page = TestClient(__import__("parley.server", fromlist=["create_app"]).create_app(filled.url)).get(
        "/notions", params={"notion": "indivisible security", "side": ["USA", "RUS"]}).text
    assert page.count("With another side: 1 joint statement, 0 defining") == 2


def test_bug_joint_affiliation_was_a_default_side(filled: Any) -> None:
    """Bug: with no side named, the most active affiliations could include "USA+RUS", a side nobody is on
    (a joint statement's code counts for each of its sides)."""
    from parley.query import cached

    assert cached.default_sides(filled, "indivisible security") == ["USA", "RUS"]
    assert cached.default_sides(filled, "indivisible security", count=4) == ["USA", "RUS", "FRA"]


def test_chart_draws_the_joint_series_apart(filled: Any) -> None:
    from parley.query.charts import render_timeline

    svg = render_timeline(timeline(filled, "indivisible security", ["USA", "RUS"])).decode()
    assert "joint" in svg  # the legend names the series
    alone = render_timeline(timeline(filled, "indivisible security", ["FRA", "RUS"])).decode()
    assert "joint" not in alone


@pytest.mark.parametrize("sides", [["west=USA,FRA", "USA"], ["a=RUS,USA", "b=GBR,RUS"], ["west=USA,NATO", "U.S."]])
def test_sides_that_share_a_member_are_refused(filled: Any, sides: list[str]) -> None:
    """Overlapping sides would put every statement of the shared member in both columns."""
    from parley.errors import InputError

    with pytest.raises(InputError, match="both hold"):
        compare(filled, "indivisible security", sides)
