"""Syndication: grouping republished copies, on a constructed set, pure and through the store."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from syndication_set import Doc, constructed_set, pairwise_scores

from parley.extract.provenance import find_provenance
from parley.ingest.article import build_article
from parley.models import ExtractedArticle
from parley.store import open_store
from parley.syndication import (
    MATCH_THRESHOLD,
    Member,
    SyndicationIndex,
    body_text,
    choose_origin,
    jaccard,
    shingles,
    signature,
    signature_from_bytes,
    signature_to_bytes,
)


@pytest.fixture(scope="module")
def docs(seed_text: str) -> list[Doc]:
    return constructed_set(seed_text)


@pytest.mark.parametrize("order_seed", [0, 1, 2])
def test_grouping_precision_and_recall_on_the_constructed_set(docs: list[Doc], order_seed: int) -> None:
    cache = {d.id: shingles(d.text) for d in docs}
    index = SyndicationIndex(shingles_of=cache.__getitem__)
    order = list(docs)
    random.Random(order_seed).shuffle(order)  # grouping must not depend on arrival order
    for doc in order:
        index.add(doc.id, cache[doc.id])
    precision, recall = pairwise_scores(docs, index.group_of)
    print(f"syndication order={order_seed} precision={precision:.3f} recall={recall:.3f}")
    assert precision >= 0.95 and recall >= 0.95


def test_copies_and_same_topic_stories_are_on_either_side_of_the_threshold(docs: list[Doc]) -> None:
    by_id = {d.id: shingles(d.text) for d in docs}
    copies = [jaccard(by_id["seed"], by_id[i]) for i in ("seed-tass", "seed-armenpress")]
    same_topic = [jaccard(by_id["seed"], by_id[i]) for i in ("lavrov-letter", "ryabkov-guarantees", "blinken-response")]
    assert min(copies) >= MATCH_THRESHOLD + 0.1
    assert max(same_topic) <= MATCH_THRESHOLD - 0.25


@pytest.mark.parametrize(
    "text, dateline, expected",
    [
        ("MOSCOW (Reuters) - Talks ended.", (0, 18), " Talks ended."),
        ("Talks ended.\nRead more: other story\n© 2022 TASS. All rights reserved.", None, "Talks ended."),
        ("Subscribe to our newsletter\nTalks ended.\nFollow us on Telegram", None, "Talks ended."),
        ("Talks ended.\nReuters contributed to this report.", None, "Talks ended."),
        # A story sentence that merely mentions subscribing is not boilerplate.
        ("Talks ended. Readers who subscribe get more.", None, "Talks ended. Readers who subscribe get more."),
    ],
)
def test_body_text_drops_dateline_and_boilerplate(text: str, dateline: tuple[int, int] | None, expected: str) -> None:
    assert body_text(text, dateline).strip() == expected.strip()


def test_signature_round_trips_through_bytes() -> None:
    sig = signature(shingles("one two three four five six seven"))
    assert signature_from_bytes(signature_to_bytes(sig)).jaccard(sig) == 1.0


@pytest.mark.parametrize(
    "members, origin",
    [
        ([Member("a", "2022-02-04T10:11"), Member("b", "2022-02-04T08:30")], "b"),
        ([Member("a", None), Member("b", "2022-02-05")], "b"),
        ([Member("a", None), Member("b", None)], "a"),
        # The copy the others name wins over an earlier date.
        ([Member("x", "2022-02-04T07:00", "ARTSAKHPRESS", "TASS"), Member("t", "2022-02-04T09:00", "TASS", None)], "t"),
    ],
)
def test_choose_origin(members: list[Member], origin: str) -> None:
    assert choose_origin(members) == origin


def _extracted(doc: Doc) -> ExtractedArticle:
    article = build_article(text=doc.text, outlet=doc.outlet, published=doc.published, external_id=doc.id)
    extracted = ExtractedArticle(**article.model_dump())
    return extracted.model_copy(update={"provenance": find_provenance(extracted)})


def test_store_groups_incrementally_and_rebuilds_on_open(docs: list[Doc], tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    records = {d.id: _extracted(d) for d in docs}
    held_back = "seed-armenpress"
    with open_store(path) as store:
        batch = [records[d.id] for d in docs if d.id != held_back]
        for i in range(0, len(batch), 10):  # several batches: each is one transaction
            store.add_articles(batch[i : i + 10])
    with open_store(path) as store:  # a new process: the index comes back from stored signatures
        store.add_articles([records[held_back]])
        group = store.syndication_group(records["seed"].id)
        assert group is not None
        assert {m.article_id for m in group.members} == {records[i].id for i in ("seed", "seed-tass", held_back)}
        # Every copy credits TASS, and the TASS copy is in the group: it is the origin.
        assert group.origin_id == records["seed-tass"].id
        assert group.members[0].is_origin and group.members[0].outlet == "TASS"
        assert store.syndication_group(records["lavrov-letter"].id) is None
        page = store.syndication_groups(limit=100)
        predicted = {}
        external = {r.id: d for d, r in records.items()}
        for g in page.items:
            for m in g.members:
                predicted[external[m.article_id]] = g.id
        precision, recall = pairwise_scores(docs, predicted)
        print(f"syndication via store precision={precision:.3f} recall={recall:.3f} groups={page.total}")
        assert precision >= 0.95 and recall >= 0.95
        assert page.total == 6


def test_a_copy_joining_two_groups_merges_them(tmp_path: Path, seed_text: str) -> None:
    """Two partial copies that do not match each other are joined by the full story into one group."""
    paragraphs = seed_text.split("\n\n")
    first = ExtractedArticle(**build_article(text="\n\n".join(paragraphs[:7]), outlet="A").model_dump())
    second = ExtractedArticle(**build_article(text="\n\n".join(paragraphs[4:]), outlet="B").model_dump())
    whole = ExtractedArticle(**build_article(text=seed_text, outlet="C").model_dump())
    first_copy = ExtractedArticle(**build_article(text=first.text + "\nRead more: other news", outlet="A2").model_dump())
    second_copy = ExtractedArticle(**build_article(text="Share this:\n" + second.text, outlet="B2").model_dump())
    assert jaccard(shingles(first.text), shingles(second.text)) < MATCH_THRESHOLD
    with open_store(tmp_path / "m.db") as store:
        store.add_articles([first, first_copy])
        store.add_articles([second, second_copy])
        assert store.syndication_groups().total == 2
        store.add_articles([whole])
        group = store.syndication_group(whole.id)
        assert group is not None and group.size == 5
        assert store.syndication_groups().total == 1


@pytest.mark.parametrize("kept_share", [1.0, 0.8, 0.65])
def test_heavily_trimmed_copies_still_group(seed_text: str, kept_share: float) -> None:
    """Extraction noise (a site losing the end of the story) leaves copies at Jaccard 0.5-1.0: still one group."""
    cut = int(len(seed_text) * kept_share)
    copy = "Home | World\nSubscribe to our newsletter\nMOSCOW, Feb 4 (TASS) - " + seed_text[:cut] + "\nTags: Russia, USA"
    cache = {"seed": shingles(seed_text), "copy": shingles(copy)}
    assert jaccard(cache["seed"], cache["copy"]) >= 0.5
    index = SyndicationIndex(shingles_of=cache.__getitem__)
    index.add("seed", cache["seed"])
    group, matched, _ = index.add("copy", cache["copy"])
    assert group is not None and [m[0] for m in matched] == ["seed"]


def test_articles_stored_before_syndication_are_indexed_on_first_use(docs: list[Doc], tmp_path: Path) -> None:
    records = {d.id: _extracted(d) for d in docs if d.family == "seed"}
    path = tmp_path / "old.db"
    with open_store(path) as store:
        store.add_articles([records["seed"], records["seed-tass"]])
        # As if these had been stored by a parley without syndication: no signature, no group.
        store.conn.execute("DELETE FROM syndication_members")
        store.conn.execute("DELETE FROM syndication_groups")
        store.conn.execute("DELETE FROM syndication_signatures")
    with open_store(path) as store:
        store.add_articles([records["seed-armenpress"]])
        group = store.syndication_group(records["seed"].id)
        assert group is not None and group.size == 3
        assert store.conn.execute("SELECT COUNT(*) FROM syndication_signatures").fetchone()[0] == 3


def test_band_rows_are_filled_by_migration_0012_from_stored_signatures(docs: list[Doc], tmp_path: Path) -> None:
    """A database grouped before the band table existed keeps its groups and a later copy joins them."""
    from parley.syndication import BANDS

    records = {d.id: _extracted(d) for d in docs if d.family == "seed"}
    path = tmp_path / "before-0012.db"
    with open_store(path) as store:
        store.add_articles([records["seed"], records["seed-tass"]])
        before = store.syndication_groups()
        # As a parley before migration 0012 left it: no band table.
        store.conn.execute("DROP TABLE syndication_bands")
        store.conn.execute("DELETE FROM schema_version WHERE version = 12")
    with open_store(path) as store:
        assert store.conn.execute("SELECT COUNT(*) FROM syndication_bands").fetchone()[0] == 2 * BANDS
        assert store.syndication_groups() == before
        store.add_articles([records["seed-armenpress"]])
        group = store.syndication_group(records["seed-armenpress"].id)
        assert group is not None and group.size == 3 and group.id == before.items[0].id


def test_writer_keeps_no_index_in_memory(docs: list[Doc], tmp_path: Path) -> None:
    """The LSH bands live in the store (0012): a second store on the same file groups with the first's rows."""
    records = {d.id: _extracted(d) for d in docs if d.family == "seed"}
    path = tmp_path / "two-writers.db"
    with open_store(path) as first, open_store(path) as second:
        first.add_articles([records["seed"]])
        second.add_articles([records["seed-tass"]])
        first.add_articles([records["seed-armenpress"]])
        group = second.syndication_group(records["seed"].id)
        assert group is not None and group.size == 3
        assert not hasattr(first._syndication, "_index")
