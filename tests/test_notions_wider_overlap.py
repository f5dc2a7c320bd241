"""The wider debate by word overlap (issue 15, item 3): each side's statements on the notion's subject
without the notion's words or any term beside it, found by the words around the notion's mentions.

A behaviour table of the passage finder, then hand-built one-statement articles on both store backends:
no notion term is marked, so every statement of the debate is there by the words it shares.
"""

from __future__ import annotations

from typing import Any

import pytest

from parley.query.notions import compare
from parley.query.notions_overlap import passages, side_shares
from parley.store import open_store
from tests.handbuilt_records import one_statement_article


def _filler(n: int) -> str:
    """What a statement on the notion says after it: more than window_chars (400) of other matters, words
    of its own ("kbaab", "kbaac", ...), so the words around the notion are a small part of its story (as in
    a briefing or a speech)."""
    letters = "abcdefghij"
    return " " + " ".join(f"k{letters[n]}{letters[j // 100]}{letters[j // 10 % 10]}{letters[j % 10]}"
                          for j in range(90)) + "."


NOTION = [
    ("Indivisible security means no state may strengthen its security at the expense of others, and "
     "Europe's alliances must respect the OSCE Charter.", "2022-01-10T10:00", "Vladimir Putin", "RUS"),
    ("The OSCE Charter enshrines indivisible security: alliances cannot grow at the expense of Europe.",
     "2022-01-20T10:00", "Sergei Lavrov", "RUS"),
    ("Indivisible security in Europe rests on the OSCE Charter, which also says every nation may choose its "
     "alliances.", "2022-01-25T10:00", "Antony Blinken", "USA"),
    ("We read the OSCE Charter on indivisible security as its signatories wrote it: alliances are for each "
     "nation of Europe to choose.", "2022-01-26T10:00", "Jen Psaki", "USA"),
]

# (statement, date, speaker, side, in the wider debate?)
DEBATE = [
    ("Every nation in Europe keeps the sovereign right to choose its own alliances, as the OSCE Charter says.",
     "2022-02-01T10:00", "Jen Psaki", "USA", True),
    ("Alliances that expand at the expense of Russia break the OSCE Charter that Europe signed.",
     "2022-02-02T10:00", "Vladimir Putin", "RUS", True),
    ("Tariffs on steel went up again for the farmers of Ohio.", "2022-02-03T10:00", "Gina Raimondo", "USA", False),
    ("Our alliances with farmers matter.", "2022-02-04T10:00", "Jen Psaki", "USA", False),  # one word shared
    ("Europe's nations choose their alliances under the OSCE Charter.", "2022-02-01T12:00", "Emmanuel Macron",
     "FRA", False),  # on neither side
    ("Every nation in Europe may choose its alliances under the OSCE Charter.", "2024-06-01T10:00",
     "Antony Blinken", "USA", False),  # two years after the notion's last statement
]


@pytest.fixture()
def debate(store_url: str) -> Any:
    articles = [one_statement_article(text + _filler(n), when, who, side) for n, (text, when, who, side) in enumerate(NOTION)]
    # a repeat of Putin's statement elsewhere: the comparison counts it once
    articles.append(one_statement_article(NOTION[0][0] + _filler(0), "2022-01-11T10:00", "Vladimir Putin", "RUS"))
    articles += [one_statement_article(text, when, who, side) for text, when, who, side, _ in DEBATE]
    store = open_store(store_url)
    store.add_articles(articles)
    yield store
    store.close()


def test_statements_sharing_the_words_around_the_notion_are_in_the_wider_debate(debate: Any) -> None:
    wider = compare(debate, "indivisible security", ["USA", "RUS"], wider=True).wider
    assert wider is not None and wider.terms == []  # no term is marked: all of it is by overlap
    found = {s.text for side in wider.sides for s in side.representative}
    for text, _, _, _, expected in DEBATE:
        assert (text in found) is expected, text
    assert [(s.side, s.statements, s.on_terms) for s in wider.sides] == [("USA", 1, 0), ("RUS", 1, 0)]
    assert (wider.statements, wider.on_terms, wider.unassigned) == (2, 0, 0)
    assert {"alliances", "charter", "osce"} <= set(wider.words)  # shown as worded, not as keys ("allianc")


def test_bug_a_repeat_of_a_statement_on_the_notion_was_in_the_wider_debate(debate: Any) -> None:
    """Putin's statement published again the next day: the comparison counts it once, as a repeat, so it
    was not among the notion's statements left out of the wider debate, and stood in it."""
    wider = compare(debate, "indivisible security", ["USA", "RUS"], wider=True).wider
    assert wider is not None
    assert not any("ndivisible" in s.text for side in wider.sides for s in side.representative)


def test_since_and_until_bound_the_wider_debate(debate: Any) -> None:
    wider = compare(debate, "indivisible security", ["USA", "RUS"], until="2022-01-31", wider=True).wider
    assert wider is not None and wider.statements == 0


# passage finder: (text, words and weights, passages expected)
WORDS = {"allianc": 3.0, "choos": 2.0, "charter": 2.0, "europ": 1.0, "nation": 1.0, "farmer": 0.5}


@pytest.mark.parametrize(("text", "expected"), [
    ("Every nation in Europe may choose its alliances.", ["nation in Europe may choose its alliances"]),
    ("Alliances, the Charter, Europe and the right to choose.", ["Alliances, the Charter, Europe and the right to choose"]),
    ("Our alliances with farmers matter.", []),  # two words of six, a small share of their weight
    ("Tariffs on steel went up again.", []),
    ("Nations choose." + " filler" * 200 + " Alliances of Europe.", []),  # the words far apart: no passage
    ("Non-alliance nations of Europe choose.", []),  # "non-alliance" is a word of its own: three words
])
def test_passages_sharing_the_words(text: str, expected: list[str]) -> None:
    found = passages(text, WORDS, frozenset(), reach=400, min_share=0.15, min_shared=4)
    assert [text[a:b] for a, b in found] == expected


def test_a_word_of_one_window_is_not_the_notions() -> None:
    """"covid" beside the notion once (in one of the US side's 6 statements) weighed as much as a word of
    a tenth of the Russian side's windows."""
    shares, _ = side_shares([["alliances and covid", "alliances"], ["alliances", "charter", "charter"]], frozenset())
    assert "covid" not in shares and set(shares) == {"allianc", "charter"}


def test_a_small_side_does_not_outweigh_the_words_of_a_large_one() -> None:
    """Smoothing: a word in 2 of a side's 3 windows ("raft" beside "security guarantees" in the White
    House's words) is not two thirds of what the side says about the notion."""
    small = ["a raft of ideas", "a raft of proposals", "ideas"]
    large = ["binding guarantees"] * 20
    plain, _ = side_shares([small, large], frozenset())
    smoothed, _ = side_shares([small, large], frozenset(), smoothing=5)
    assert plain["raft"] > plain["bind"] / 2 and smoothed["raft"] < smoothed["bind"] / 2


def test_the_index_gives_statements_only_when_asked(debate: Any) -> None:
    """The debate's candidates: the statements whose own spans hold a phrase, no sentence."""
    every = debate.notion_contexts([("allianc",)])
    spoken = debate.notion_contexts([("allianc",)], statements_only=True)
    assert spoken and all(c.attribution is not None for c in spoken)
    assert {(c.article_id, c.attribution) for c in spoken} == {
        (c.article_id, c.attribution) for c in every if c.attribution is not None}
    assert debate.notion_contexts([("tariff",), ("steel",)], statements_only=True) != []
    assert debate.notion_contexts([("nowhere",)], statements_only=True) == []
