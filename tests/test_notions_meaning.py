"""What each side says a notion means, the documents it cites for it, its months (compare's meaning).

Hand-built records on both store backends: one sentence a line, each statement's content given.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from click.testing import CliRunner

from parley.ingest.article import build_article
from parley.models import Attribution, ExtractedArticle, Speaker, make_span
from parley.query.notions import compare
from parley.query.notions_meaning import _cues, _documents
from parley.store import open_store


def _article(
    lines: list[str], published: str, statements: list[tuple[range, str, str]], outlet: str = "Kremlin"
) -> ExtractedArticle:
    """``statements``: (lines the statement spans, speaker, affiliation); the content is those lines."""
    text = "\n".join(lines)
    base = ExtractedArticle(**build_article(text=text, published=published, outlet=outlet).model_dump())
    starts, cursor = [], 0
    for line in lines:
        starts.append(cursor)
        cursor += len(line) + 1
    sentences = [make_span(text, s, s + len(line)) for s, line in zip(starts, lines, strict=True)]
    attributions = [
        Attribution(
            kind="direct", speaker=Speaker(name=name, affiliation=affiliation),
            content=[make_span(text, starts[i], starts[i] + len(lines[i])) for i in span],
        )
        for span, name, affiliation in statements
    ]
    return base.model_copy(update={"sentences": sentences, "attributions": attributions})


PUTIN = [
    "Mr President, ladies and gentlemen.",
    "Trade grew by a third last year.",
    "We spoke of the principle of equal and indivisible security, as enshrined in the 1999 Istanbul Charter.",
    "It means that no state may strengthen its security at the expense of the security of others.",
    "The Minsk agreements are not implemented, and the talks in Istanbul went well with the Bucharest Nine.",
    "The weather in Moscow was fine.",
    "Russia signed the NATO-Russia Founding Act, which covers security for all in Europe.",
]
MACRON = "The Paris Charter states the need to respect sovereignty and security."
LAVROV = ["They must follow the principle of indivisibility of security.", "Nothing else was agreed."]
NULAND = ["The United States believes in indivisible security.", "We will talk about it with Moscow."]


@pytest.fixture()
def filled(store_url: str) -> Any:
    articles = [
        # Two statements of Putin's (lines 0-3, 4-6), then Macron's.
        _article([*PUTIN, MACRON], "2022-02-08T10:00",
                 [(range(0, 4), "Vladimir Putin", "RUS"), (range(4, 7), "Vladimir Putin", "RUS"),
                  (range(7, 8), "Emmanuel Macron", "FRA")]),
        _article(LAVROV, "2022-01-20T10:00", [(range(0, 2), "Sergei Lavrov", "RUS")]),
        _article(NULAND, "2022-02-04T10:00", [(range(0, 2), "Victoria Nuland", "USA")]),
    ]
    store = open_store(store_url)
    store.add_articles(articles)
    yield store
    store.close()


def test_defining_passages_documents_and_months_per_side(filled: Any) -> None:
    result = compare(filled, "indivisible security", ["USA", "RUS"])
    usa, rus = (side.meaning for side in result.sides)
    assert usa is not None and rus is not None
    # RUS: Putin defines it ("It means ... at the expense of"), Lavrov only calls it a principle.
    assert (rus.statements, rus.defining, rus.principle_only) == (2, 1, 1)
    first = rus.passages[0]
    assert first.speaker == "Vladimir Putin" and first.defines
    assert "It means that no state" in first.text and "Trade grew" not in first.text  # the notion's sentence and the next
    assert {"means", "requires", "principle"} <= set(first.kinds)
    assert first.documents == ["Istanbul Charter (1999)"]
    # Documents: the Istanbul Charter with the notion; the Founding Act in the same text, where the side's
    # speaker speaks of security with a cue; never Minsk there (no word of the notion, no cue), talks in
    # Istanbul, the Bucharest Nine, nor the Paris Charter, which another side's speaker (Macron) names.
    cited = {d.name: (d.with_notion, d.same_texts) for d in rus.documents}
    assert cited == {"Istanbul Charter (1999)": (1, 0), "NATO-Russia Founding Act": (0, 1)}
    assert [(m.month, m.statements, m.defining) for m in rus.months] == [("2022-01", 1, 0), ("2022-02", 1, 1)]
    # USA: one statement, nothing that says what it means, no document; its month still counted.
    assert (usa.statements, usa.defining, usa.principle_only, usa.passages, usa.documents) == (1, 0, 0, [], [])
    assert [(m.month, m.statements) for m in usa.months] == [("2022-02", 1)]


def test_a_cue_in_the_next_sentence_counts_only_when_it_speaks_of_the_notion_again(store_url: str) -> None:
    lines = ["We discussed indivisible security at length.", "This means the talks will go on in March.",
             "The principle of indivisible security spans more than the right to choose.",
             "It includes a pledge not to strengthen one's own security at the expense of others."]
    articles = [_article(lines[:2], "2022-03-01T10:00", [(range(0, 2), "Sergei Lavrov", "RUS")]),
                _article(lines[2:], "2022-03-02T10:00", [(range(0, 2), "Sergei Ryabkov", "RUS")])]
    with open_store(store_url) as store:
        store.add_articles(articles)
        rus = compare(store, "indivisible security", ["RUS"]).sides[0].meaning
    assert rus is not None and (rus.statements, rus.defining) == (2, 1)
    assert [p.speaker for p in rus.passages] == ["Sergei Ryabkov"]  # "This means the talks ..." is not about it
    assert "at the expense of others" in rus.passages[0].cues


ADDRESS = ["Citizens of Russia, friends.", "Our history is long.",
           "International documents stipulate the principle of equal and indivisible security, which includes "
           "obligations not to strengthen one's own security at the expense of other states.",
           "This is stated in the 1999 OSCE Charter for European Security.", "Trade grew.",
           "The Minsk agreements failed."]


def test_the_reporters_words_on_a_sides_official_page_are_its_own_voice(store_url: str) -> None:
    """An address on kremlin.ru has no speaker label: its sentences are the publishing side's, counted
    apart from its speakers' statements; a news outlet's reporter is nobody's side."""
    articles = [_article(ADDRESS, "2022-02-21T10:00", []),
                _article(["Moscow says it wants indivisible security, which means no NATO expansion."],
                         "2022-02-22T10:00", [], outlet="Daily Mirror")]
    with open_store(store_url) as store:
        store.add_articles(articles)
        usa, rus = (s.meaning for s in compare(store, "indivisible security", ["USA", "RUS"]).sides)
    assert rus is not None and usa is not None
    assert (rus.statements, rus.publisher_sentences, rus.publisher_defining) == (0, 1, 1)
    [passage] = rus.passages
    assert (passage.voice, passage.speaker, passage.outlet) == ("publisher", None, "Kremlin")
    assert passage.text.startswith("International documents") and "This is stated" in passage.text
    # The next sentence names the charter; Minsk, further on, is another matter.
    assert [(d.name, d.with_notion, d.speakers) for d in rus.documents] == [
        ("Istanbul Charter (1999)", 1, ["Kremlin"]), ("documents not named", 1, ["Kremlin"])]  # "International documents"
    assert [(m.month, m.statements, m.publisher) for m in rus.months] == [("2022-02", 0, 1)]
    assert usa.publisher_sentences == 0


def test_a_side_with_no_statement_has_an_empty_meaning(filled: Any) -> None:
    result = compare(filled, "indivisible security", ["USA", "RUS", "CHN"])
    chn = result.sides[2].meaning
    assert chn is not None and (chn.statements, chn.passages, chn.documents, chn.months) == (0, [], [], [])


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("security of one state cannot be strengthened at the expense of another", {"requires"}),
        ("it means that every state may choose", {"means"}),
        ("the principle of indivisible security", {"principle"}),
        ("indivisible security spans more than the right to choose", {"includes"}),
        ("we believe in indivisible security", set()),  # nothing said of what it is
        ("the meanings of words", set()),  # whole words only
    ],
)
def test_meaning_cues(text: str, kinds: set[str]) -> None:
    assert {kind for _, kind in _cues(text)} == kinds


@pytest.mark.parametrize(
    ("text", "documents"),
    [
        ("sealed in the 1975 Helsinki Final Act and the 1999 Istanbul Charter", ["Helsinki Final Act", "Istanbul Charter (1999)"]),
        ("the most recent document was adopted in Astana in 2010", ["Astana Declaration (2010)"]),
        ("the 1999 OSCE Charter for European Security", ["Istanbul Charter (1999)"]),
        ("the commitments the OSCE assumed at the top level in 1999 and 2010", ["Istanbul Charter (1999)",
                                                                                "Astana Declaration (2010)"]),
        ("the 2010 OSCE Summit in Astana", ["Astana Declaration (2010)"]),
        ("the OSCE monitors reported. In 2010 they left", []),  # not in one sentence
        ("Article 10 of the 1949 North Atlantic Treaty", ["North Atlantic Treaty"]),
        ("the North Atlantic Treaty Organization met", []),  # NATO, not its treaty
        ("the talks in Istanbul went well", []),
        ("That's been in all of our founding documents", ["documents not named"]),
        ("as enshrined in many pan-European documents", ["documents not named"]),
        ("the documents on the table", []),
        ("the Bucharest Nine met in Warsaw", []),
        ("they signed a memorandum in Bucharest in 2008", ["Bucharest Summit Declaration"]),
    ],
)
def test_documents(text: str, documents: list[str]) -> None:
    assert [name for name, _ in _documents(text)] == documents


def test_cli_compare_shows_meaning_documents_and_months(filled: Any) -> None:
    from parley.cli import main

    runner = CliRunner()
    args = ["compare", "indivisible security", "--side", "USA", "--side", "RUS", "--db", filled.url]
    result = runner.invoke(main, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    rus = json.loads(result.stdout)["sides"][1]["meaning"]
    assert (rus["defining"], rus["documents"][0]["name"]) == (1, "Istanbul Charter (1999)")
    result = runner.invoke(main, args, terminal_width=200)
    assert result.exit_code == 0, result.output
    assert "RUS: 1 of 2 statements say what “indivisible security” means or requires" in result.stdout
    assert "documents cited for “indivisible security”" in result.stdout
    assert "2022-01 1 · 2022-02 1 (1 defining)" in result.stdout
    assert "USA: 0 of 1 statements" in result.stdout


def test_api_and_page_show_meaning_documents_and_months(filled: Any) -> None:
    from fastapi.testclient import TestClient

    from parley.server import create_app

    with TestClient(create_app(filled.url)) as client:
        body = client.get("/api/notions/compare?notion=indivisible%20security&side=USA&side=RUS").json()
        rus = body["sides"][1]["meaning"]
        assert rus["passages"][0]["cues"][:2] == ["at the expense of the security of", "means"]
        assert [(d["name"], d["with_notion"], d["same_texts"]) for d in rus["documents"]] == [
            ("Istanbul Charter (1999)", 1, 0), ("NATO-Russia Founding Act", 0, 1)]
        html = client.get("/notions?notion=indivisible+security&side=USA&side=RUS").text
    usa, rus_html = html.split('data-meaning="USA"')[1].split('data-meaning="RUS"')
    assert "0 of 1 statement says what it means or requires" in usa
    assert "Documents it cites" not in usa and "2022-02" in usa
    assert "1 of 2 statements say what it means or requires; 1 more only calls it a principle" in rus_html
    assert "It means that no state may strengthen" in rus_html
    assert '<span class="tag doc">Istanbul Charter (1999)</span>' in rus_html
    assert "NATO-Russia Founding Act" in rus_html and "Minsk" not in rus_html.split("Month by month")[0]


def test_without_indexed_sentences_the_passage_is_cut_around_the_match() -> None:
    from parley.models import Span
    from parley.query.notions import Statement
    from parley.query.notions_meaning import side_meaning

    text = "x " * 2000 + "indivisible security means that no state gains at the expense of another. " + "y " * 2000
    start = text.index("indivisible")
    statement = Statement(kind="attribution", article_id="a", attribution_index=0, speaker="S", affiliation="RUS",
                          published="2022-02-01", text=text, content=[Span(start=0, end=len(text), text=text)],
                          matches=[Span(start=start, end=start + 20, text="indivisible security")],
                          phrases=["indivisible security"])
    meaning = side_meaning([statement], {}, lambda a: a == "RUS", frozenset({"indivisibl", "secur"}))
    [passage] = meaning.passages
    assert passage.defines and "indivisible security means" in passage.text and len(passage.text) <= 700


@pytest.mark.parametrize(
    ("text", "around", "expected"),
    [
        ("short passage", "passage", "short passage"),
        ("a " * 50 + "indivisible security here " + "b " * 50, "indivisible security", "…a a a a"),
        ("indivisible security first " + "b " * 100, "indivisible security", "indivisible security first"),
    ],
)
def test_long_passages_are_cut_around_the_notion(text: str, around: str, expected: str) -> None:
    from parley.query.notions_meaning import _shorten

    cut = _shorten(text, 60, around)
    assert cut.startswith(expected) and around in cut and len(cut) <= 60
