"""`parley notions` on a small real corpus: the seed and VOA stories through real extraction."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from syndication_set import republish

from parley.extract.pipeline import extract_articles
from parley.ingest import read_paths
from parley.ingest.article import build_article
from parley.models import ExtractedArticle, Failure
from parley.query.notions import DiscoveredNotion, discover_notions
from parley.store import open_store

REPO = Path(__file__).resolve().parents[1]
# Stories on Syria, the Houthis, tariffs, North Korea and an Islamic State leader (whose text gave
# the old tokenizer "al-rufay'i was killed", "terror group's", "body was later", "another member").
VOA_IDS = {"8011115", "8010694", "8010418", "7638284", "7808748", "8006924", "8004380", "6184244", "6181235"}
# What the old tokenizer proposed from these texts.
JUNK = ["big war right", "cold hundred", "body was later", "al-rufay", "sides understand", "terror group's",
        "another member", "coastal region near", "little bit"]


@pytest.fixture(scope="module")
def corpus(seed_text: str) -> list[ExtractedArticle]:
    voa = [a for a in read_paths([str(REPO / "examples/voa/voa_stories.jsonl")])
           if not isinstance(a, Failure) and a.external_id in VOA_IDS]
    seed = build_article(text=seed_text, published="2022-02-04T10:11", outlet="ARTSAKHPRESS")
    assert len(voa) == len(VOA_IDS)
    return list(extract_articles([*voa, seed]))


def _discover(tmp_path: Path, articles: list[ExtractedArticle], **kwargs: Any) -> list[DiscoveredNotion]:
    with open_store(tmp_path / "d.db") as store:
        store.add_articles(articles)
        return discover_notions(store, **kwargs)


def _wordings(found: list[DiscoveredNotion]) -> list[str]:
    return [w for d in found for w in (d.phrase, *d.variants)]


def test_top_notions_are_notions(corpus: list[ExtractedArticle], tmp_path: Path) -> None:
    found = _discover(tmp_path, corpus, limit=15)
    top = [d.phrase for d in found]
    assert "tariffs" in top[:3]
    for notion in ("denuclearization", "trade war", "territorial integrity", "sovereignty"):
        assert notion in top, (notion, top)
    tariffs = found[top.index("tariffs")]
    assert tariffs.speakers >= 5 and tariffs.sides >= 3 and "tariff" in tariffs.variants
    assert "Donald Trump" in tariffs.speaker_names
    # ranked by distinct speakers, then sides, then statements
    order = [(-d.speakers, -d.sides, -d.statements) for d in found]
    assert order == sorted(order)


def test_no_junk_candidates(corpus: list[ExtractedArticle], tmp_path: Path) -> None:
    everything = _wordings(_discover(tmp_path, corpus, limit=1000, min_speakers=0))
    assert len(everything) > 100
    for junk in JUNK:
        assert not any(junk in w for w in everything), junk
    # actors and names are not notions
    for actor in ("security forces", "prime minister", "victoria nuland", "islamic state", "united states"):
        assert actor not in everything


def test_indivisible_security_is_one_notion_with_its_wordings(corpus: list[ExtractedArticle], tmp_path: Path) -> None:
    found = _discover(tmp_path, corpus, limit=1000)
    [notion] = [d for d in found if "indivisible security" in (d.phrase, *d.variants)]
    assert {notion.phrase, *notion.variants} >= {"indivisible security", "indivisibility of security"}
    assert "Victoria Nuland" in notion.speaker_names and "USA" in notion.affiliations


def test_reporter_only_notions_follow_the_spoken_ones(corpus: list[ExtractedArticle], tmp_path: Path) -> None:
    spoken = _discover(tmp_path, corpus, limit=1000, min_speakers=1)
    everything = _discover(tmp_path / "all", corpus, limit=1000, min_speakers=0)
    assert all(d.speakers >= 1 for d in spoken)
    assert [d.phrase for d in everything[: len(spoken)]] == [d.phrase for d in spoken]
    rest = everything[len(spoken):]
    assert all(d.speakers == 0 for d in rest)
    # statements whose speaker is unknown, then what only the reporter says
    assert [d.statements > 0 for d in rest] == sorted((d.statements > 0 for d in rest), reverse=True)
    reporter_only = [d for d in rest if not d.statements]
    assert reporter_only and all(d.reporter >= 1 and d.articles >= 1 for d in reporter_only)


def test_syndicated_copies_count_once(corpus: list[ExtractedArticle], tmp_path: Path, seed_text: str) -> None:
    rng = random.Random(5)
    copies = []
    for outlet in ("Armenpress", "News.am"):
        text = republish(seed_text, dateline=f"YEREVAN, FEBRUARY 4, {outlet.upper()}:", outlet=outlet, rng=rng)
        copies.append(build_article(text=text, published="2022-02-04T15:00", outlet=outlet))
    with_copies = [*corpus, *extract_articles(copies)]
    alone = {d.phrase: d for d in _discover(tmp_path, corpus, limit=1000)}
    repeated = {d.phrase: d for d in _discover(tmp_path / "copies", with_copies, limit=1000)}
    key = "indivisibility of security" if "indivisibility of security" in alone else "indivisible security"
    assert repeated[key].statements == alone[key].statements
    assert repeated[key].articles == alone[key].articles == 1


def test_old_records_without_terms_are_not_parsed_at_query_time(corpus: list[ExtractedArticle], tmp_path: Path) -> None:
    """Records written before the terms step have no terms to index: discovery skips them instead of
    parsing them (issue 10: no spaCy at query time); records with terms are found as before."""
    new = _discover(tmp_path / "new", corpus, limit=30)
    old_records = [a.model_copy(update={"terms": [], "steps": [s for s in a.steps if s != "terms"]}) for a in corpus[1:]]
    mixed = _discover(tmp_path / "mixed", [corpus[0], *old_records], limit=1000)
    alone = _discover(tmp_path / "alone", [corpus[0]], limit=1000)
    assert new and mixed == alone


def test_discovery_reads_the_index_not_the_records(corpus: list[ExtractedArticle], tmp_path: Path,
                                                   monkeypatch: Any) -> None:
    """Discovery and compare neither parse nor read a record: both answer with the parser and the
    record reader broken."""
    import parley.nlp
    from parley.query.notions import compare
    from parley.store.sqlite import SQLiteStore

    expected = _discover(tmp_path / "before", corpus, limit=20)
    with open_store(tmp_path / "d.db") as store:
        store.add_articles(corpus)
        expected_compare = compare(store, "indivisible security", ["USA", "RUS"])

        def broken(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("a notion query must not parse or read records")

        monkeypatch.setattr(parley.nlp, "get_nlp", broken)
        monkeypatch.setattr(SQLiteStore, "_iter_articles", broken)
        monkeypatch.setattr(SQLiteStore, "get_article", broken)
        assert discover_notions(store, limit=20) == expected
        assert compare(store, "indivisible security", ["USA", "RUS"]) == expected_compare


def test_cli_notions_json_and_table(corpus: list[ExtractedArticle], tmp_path: Path) -> None:
    from parley.cli import main

    db = tmp_path / "cli.db"
    with open_store(db) as store:
        store.add_articles(corpus)
    runner = CliRunner()
    result = runner.invoke(main, ["notions", "--db", str(db), "--limit", "5", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert len(data) == 5 and data[0]["phrase"] == "tariffs" and "reporter" in data[0]
    result = runner.invoke(main, ["notions", "--db", str(db), "--limit", "3", "--min-speakers", "0"])
    assert result.exit_code == 0 and "tariffs" in result.output


@pytest.mark.parametrize(
    ("first", "second", "counted"),
    [
        # the copy's unattributed headline fragment is inside the origin's statement: one statement
        ((None, None, {"us", "believ", "indivis", "secur"}), ("victoria nuland", "USA", {"us", "believ", "indivis", "secur", "discuss", "russia"}), 1),
        (("victoria nuland", "USA", {"us", "believ", "indivis", "secur", "discuss", "russia"}), (None, None, {"us", "believ", "indivis", "secur"}), 1),
        # two speakers' statements sharing words stay two
        (("sergei lavrov", "RUS", {"indivis", "secur"}), ("victoria nuland", "USA", {"indivis", "secur", "discuss"}), 2),
        # an unattributed statement with words of its own is its own
        ((None, None, {"indivis", "secur", "charter"}), ("victoria nuland", "USA", {"indivis", "secur", "discuss"}), 2),
    ],
)
def test_bug_copy_headline_fragment_counted_as_a_second_statement(
    first: tuple[Any, Any, set[str]], second: tuple[Any, Any, set[str]], counted: int
) -> None:
    """A republished copy that ran the headline into the body read "US believes in indivisible security" as
    an unattributed statement the origin does not have (seen once blank lines ended sentences)."""
    from parley.query.notions import _Tally

    tally = _Tally()
    for speaker, affiliation, words in (first, second):
        tally.add_statement("g1", speaker, affiliation, frozenset(words))
    assert tally.statement_count == counted
