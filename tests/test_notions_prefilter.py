"""The notion prefilter (word prefixes looked up in the store's full-text index) never loses a match."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

import parley
from parley.notions.matching import Notion, resolve_notion, stem
from parley.query.notions import _notion_matches, _safe_prefix_length, _word_prefixes, compare
from parley.store import open_store

VOA_STORIES = (1, 3, 26, 30, 48)  # rule of law, sanctions, indivisibility: found by grep in the text
EDGE_TEXT = (
    'Officials spoke in Vienna on Tuesday.\n'
    '"Security is indivisible, and the non-aggression pact must hold," the Russian envoy said.\n'
    '"We will not accept a nonaggression treaty that ignores cyber-security," a U.S. diplomat told reporters.\n'
    'Diplomats said the rules of law and sanctioned banks were discussed.'
)
NOTIONS = [
    "indivisible security", "rule of law", "sanctions", "security guarantees", "nonaggression pact",
    "non-aggression pact", "cybersecurity", "sphere of influence", "NATO enlargement", "territorial integrity",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, shared_dir: Path) -> Any:
    seed = (Path(__file__).parent / "fixtures" / "seed-article.txt").read_text(encoding="utf-8")
    rows = [json.loads(line) for line in (shared_dir / "data/voa/voa_stories.jsonl").read_text().splitlines()]
    articles = [
        parley.extract(seed, published="2022-02-04T10:11", url="https://example.org/seed", outlet="TASS"),
        parley.extract(seed, published="2022-02-05T08:00", url="https://example.org/seed-copy", outlet="Copy"),
        parley.extract(EDGE_TEXT, published="2022-03-01T09:00", url="https://example.org/edge", outlet="Wire"),
    ]
    for i in VOA_STORIES:
        row = rows[i]
        articles.append(parley.extract(row["text"], url=row["url"], title=row["title"], published=row["published"],
                                       outlet="VOA"))
    store = open_store(tmp_path_factory.mktemp("prefilter") / "p.db")
    store.add_articles(articles)
    yield store
    store.close()


def _dump(result: Any) -> dict[str, Any]:
    data = result.model_dump()
    data.pop("articles_searched")  # the index skips articles the cheap text check would have parsed for nothing
    return data


@pytest.mark.parametrize("name", NOTIONS)
@pytest.mark.parametrize(("since", "until"), [(None, None), ("2022-01-01", "2022-12-31"), ("2021", "2021-05")])
def test_notion_results_identical_with_and_without_prefilter(corpus, name, since, until):
    notion = resolve_notion(name)
    fast, fast_texts = _notion_matches(corpus, notion, since=since, until=until)
    slow, slow_texts = _notion_matches(corpus, notion, since=since, until=until, prefilter=False)
    assert _dump(fast) == _dump(slow)
    assert fast_texts == slow_texts
    assert fast.articles_searched <= slow.articles_searched


@pytest.mark.parametrize(("name", "found"), [
    ("indivisible security", True), ("rule of law", True), ("sanctions", True), ("nonaggression pact", True),
    ("cybersecurity", True), ("territorial integrity", False),
])
def test_the_corpus_exercises_the_notions(corpus, name, found):
    result, _ = _notion_matches(corpus, resolve_notion(name))
    assert bool(result.statements or result.reporter) is found


def test_compare_reuses_matched_texts(corpus):
    result = compare(corpus, "indivisible security", ["USA", "RUS"])
    assert sum(s.statements for s in result.sides) + result.unassigned > 0


def test_every_corpus_word_starts_with_its_key_prefix(corpus):
    """The safety argument, checked on real words: a word's text starts with the prefix of its key."""
    checked = 0
    for article in corpus.iter_articles():
        for word in re.findall(r"[^\W_]+(?:['’][^\W_]+)*", article.text):
            key = stem(word)
            prefix = key[: _safe_prefix_length(key)]
            assert re.sub(r"['’]", "", word.lower()).startswith(prefix), (word, key, prefix)
            checked += 1
    assert checked > 1000


@pytest.mark.parametrize(("notion", "expected"), [
    (Notion("indivisible security", ("indivisibility of security",)), ["indivisi"]),
    (Notion("sanctions"), ["sanction"]),
    (Notion("rule of law"), ["rul"]),
    (Notion("security guarantees", ("security assurances",)), ["assuranc", "guarant"]),
    (Notion("UN"), None),  # two letters select nothing: read everything
    (Notion("sécurité"), None),  # not plain ASCII: the index folds accents its own way
    (Notion("ox"), None),
])
def test_word_prefixes(notion, expected):
    assert _word_prefixes(notion) == expected
