"""Key terms of a notion comparison read what each statement says around the notion (``window_chars`` of
``parley/data/notions/wider.toml``), not the whole statement: a 20,000-character address on the demo
database gave the Russian side "ussr", "soviet", "lenin's", "motherland" for "indivisible security".

Hand-built records on both store backends, one statement a line.
"""

from __future__ import annotations

from typing import Any

import pytest
from handbuilt_records import one_statement_article

from parley.query.notions import compare
from parley.store import open_store

# After some 500 characters of function words (no term): the far end of a long address.
FAR = ("It is as it was. " * 30 + "The motherland remembers its glorious history.",
       "So it is, as it has been. " * 20 + "Our glorious motherland remembers everything.")


@pytest.fixture()
def filled(store_url: str) -> Any:
    articles = [
        one_statement_article("Indivisible security means no bloc expands at the expense of others. " + FAR[0],
                 "2022-01-10T10:00", "Vladimir Putin", "RUS"),
        one_statement_article("Indivisible security forbids bloc expansion at the expense of a neighbour. " + FAR[1],
                 "2022-01-20T10:00", "Sergei Lavrov", "RUS"),
        one_statement_article("Indivisible security cannot close the open door: nations choose their own alliances.",
                 "2022-02-01T10:00", "Victoria Nuland", "USA"),
        one_statement_article("On indivisible security, nations choose their own alliances and the open door stays.",
                 "2022-02-02T10:00", "Antony Blinken", "USA"),
    ]
    store = open_store(store_url)
    store.add_articles(articles)
    yield store
    store.close()


@pytest.mark.parametrize(("side", "listed", "not_listed"), [
    ("RUS", {"expense"}, {"motherland", "glorious", "history", "remembers"}),  # far from the notion: none
    ("USA", {"open door", "choose their own alliances"}, {"expense", "motherland"}),  # the other side's: none
])
def test_bug_key_terms_came_from_the_far_end_of_a_long_address(filled: Any, side: str, listed: set[str], not_listed: set[str]) -> None:
    result = compare(filled, "indivisible security", ["USA", "RUS"])
    terms = {t.term for s in result.sides if s.side == side for t in s.key_terms}
    words = {w for t in terms for w in t.split()}
    assert listed <= terms and not (not_listed & words), terms


def test_statement_counts_and_representatives_still_read_the_whole_statement(filled: Any) -> None:
    result = compare(filled, "indivisible security", ["USA", "RUS"])
    rus = next(s for s in result.sides if s.side == "RUS")
    assert rus.statements == 2
    assert all("motherland" in s.text for s in rus.representative)
