"""A side's key terms leave out the sentences in which it reports or rejects the other side's frame
(cues in ``parley/data/notions/others_frame.txt``): on the demo database the Kremlin quoting the US
"freedom to choose alliances" back to reject it gave the Russian side "choose" and "open-door".

Behaviour table of the window filter, then hand-built records on both store backends.
"""

from __future__ import annotations

from typing import Any

import pytest
from handbuilt_records import one_statement_article

from parley.query.notions import compare
from parley.query.notions_wider import _own_words
from parley.store import open_store


@pytest.mark.parametrize(("window", "expected"), [
    # a sentence reporting the other side's frame is left out, the speaker's own sentence kept
    ("Security spans more than alliances, which our colleagues keep reiterating. It forbids gains at others' expense.",
     "It forbids gains at others' expense."),
    ("They take the only element that suits them; security is indivisible.", "security is indivisible."),
    ("The so-called open door is a threat. We want guarantees.", "We want guarantees."),
    # no cue: nothing is left out (must return the window unchanged)
    ("Nations choose their own alliances. The door stays open.", "Nations choose their own alliances. The door stays open."),
    ("Colleagues keep working on it.", "Colleagues keep working on it."),  # not "our colleagues", not "keep reiterating"
    # naming the other side is not reporting its frame: the US side's own "allies and partners"
    ("We will consult our partners and allies. The door stays open.", "We will consult our partners and allies. The door stays open."),
    # every sentence holds a cue: the window is kept whole rather than emptied
    ("Our colleagues say so.", "Our colleagues say so."),
])
def test_sentences_reporting_the_other_sides_frame(window: str, expected: str) -> None:
    assert _own_words(window) == expected


@pytest.fixture()
def filled(store_url: str) -> Any:
    articles = [
        one_statement_article("Indivisible security is more than the freedom to choose alliances, which our colleagues keep "
                 "reiterating. Indivisible security forbids gains at the expense of others.",
                 "2022-01-10T10:00", "Vladimir Putin", "RUS"),
        one_statement_article("Indivisible security: they take the freedom to choose alliances, the only element that suits them. "
                 "No bloc may expand at the expense of a neighbour.", "2022-01-20T10:00", "Sergei Lavrov", "RUS"),
        one_statement_article("Indivisible security cannot close the open door: nations choose their own alliances.",
                 "2022-02-01T10:00", "Victoria Nuland", "USA"),
        one_statement_article("On indivisible security, nations choose their own alliances and the open door stays.",
                 "2022-02-02T10:00", "Antony Blinken", "USA"),
    ]
    store = open_store(store_url)
    store.add_articles(articles)
    yield store
    store.close()


def _words(result: Any, side: str) -> set[str]:
    return {w for s in result.sides if s.side == side for t in s.key_terms for w in t.term.split()}


def test_bug_us_frame_quoted_by_the_kremlin_was_a_russian_key_term(filled: Any) -> None:
    result = compare(filled, "indivisible security", ["USA", "RUS"])
    assert "expense" in _words(result, "RUS") and not {"choose", "alliances"} & _words(result, "RUS")
    assert {"choose", "alliances"} <= _words(result, "USA")


def test_statements_are_still_counted_and_shown_whole(filled: Any) -> None:
    rus = next(s for s in compare(filled, "indivisible security", ["USA", "RUS"]).sides if s.side == "RUS")
    assert rus.statements == 2 and all("choose alliances" in s.text for s in rus.representative)
