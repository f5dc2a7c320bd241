"""Canonical entities: dictionary-corrected NER, merged mentions, documents."""

from __future__ import annotations

import pytest

from parley.extract.entities import find_documents, find_entities
from parley.extract.pipeline import extract


@pytest.fixture(scope="module")
def seed_article(seed_text: str):
    return extract(seed_text, published="2022-02-04T10:11")


def _entities(nlp, text: str):
    return find_entities(nlp(text), text)


def test_seed_entities(seed_article) -> None:
    entities = seed_article.entities
    countries = {e.code: e for e in entities if e.type == "COUNTRY"}
    for code in ("USA", "RUS", "GEO", "MDA", "UKR", "BLR"):
        assert code in countries
    ukraine_mentions = {m.text for m in countries["UKR"].mentions}
    assert {"Crimea", "the Donbass"} <= ukraine_mentions
    assert {"Crimea", "Donbas"} <= set(countries["UKR"].regions)
    usa_mentions = {m.text for m in countries["USA"].mentions}
    assert {"The United States", "US", "Washington", "America"} <= usa_mentions
    organisations = {e.name for e in entities if e.type == "ORGANIZATION"}
    assert {"TASS", "ARTSAKHPRESS", "Russian Foreign Ministry", "US Department of State"} <= organisations
    assert any(e.type == "ORGANIZATION" and e.kind == "IGO" and "OSCE" in {m.text for m in e.mentions} for e in entities)
    documents = {e.name: e for e in entities if e.type == "DOCUMENT"}
    assert documents["Charter for European Security"].year == 1999
    assert documents["Charter for European Security"].by == "OSCE"
    assert "Astana Declaration" in documents


def test_bare_surname_tagged_gpe_is_not_a_place(seed_article) -> None:
    for entity in seed_article.entities:
        if entity.type in {"LOCATION", "COUNTRY"}:
            assert all(m.text != "Nuland" for m in entity.mentions)


def test_crimea_tagged_org_is_ukraine(nlp) -> None:
    entities = _entities(nlp, "The United States does not recognize Crimea's reunification with Russia.")
    assert not any(e.type == "ORGANIZATION" and e.name == "Crimea" for e in entities)
    ukraine = next(e for e in entities if e.code == "UKR")
    assert ukraine.region == "Crimea"


def test_mention_offsets_index_the_text(seed_text, seed_article) -> None:
    for entity in seed_article.entities:
        for mention in entity.mentions:
            assert seed_text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Moscow rejected the proposal.", "RUS"),
        ("The Kremlin said nothing.", "RUS"),
        ("Kyiv welcomed the decision.", "UKR"),
        ("Ukrainian officials met in Kyiv.", "UKR"),
        ("US diplomats arrived on Monday.", "USA"),
        # a country demonym that looks like a region's stays the country's
        ("South African troops entered Mozambique.", "ZAF"),
        ("North Korean envoys arrived in Beijing.", "PRK"),
    ],
)
def test_metonyms_and_demonyms_are_countries(nlp, text: str, code: str) -> None:
    assert code in {e.code for e in _entities(nlp, text) if e.type == "COUNTRY"}


@pytest.mark.parametrize(
    "text",
    ["Let us talk about it.", "Tell us what you think.", "The weather was cold and wet."],
)
def test_no_country_in_plain_text(nlp, text: str) -> None:
    assert not [e for e in _entities(nlp, text) if e.type == "COUNTRY"]


@pytest.mark.parametrize(
    "text",
    ["South American countries condemned the coup.", "Latin American states rejected the plan.",
     "North American leaders met on Monday.", "Native American tribes sued the agency."],
)
def test_bug_region_demonym_is_not_the_country_inside_it(nlp, text: str) -> None:
    """Bug: the "American" of "South American countries" was coded the United States (issue 12)."""
    assert "USA" not in {e.code for e in _entities(nlp, text)}


@pytest.mark.parametrize(
    ("text", "not_actor"),
    [
        ("Latin American states rejected the plan.", "USA"),
        # nor does a region's subject take the country the sentence is about
        ("South American countries condemned the coup in Bolivia.", "BOL"),
        ("African leaders condemned the coup in Niger.", "NER"),
        ("Western officials accused Russia of sabotage.", "RUS"),
    ],
)
def test_bug_region_demonym_is_no_event_party(text: str, not_actor: str) -> None:
    from parley.extract.pipeline import extract

    events = extract(text).events
    assert events and not any(e.actor is not None and (e.actor.code or "").startswith(not_actor) for e in events)


@pytest.mark.parametrize(
    ("text", "name", "year", "by"),
    [
        ("guided by the 1999 OSCE Charter for European Security and", "Charter for European Security", 1999, "OSCE"),
        ("and the Astana Declaration, adopted during the 2010 OSCE summit", "Astana Declaration", 2010, "OSCE"),
        ("Iran must comply with Resolution 2231.", "Resolution 2231", None, None),
        ("under UN resolution 242 the", "Resolution 242", None, None),
        ("Both sides cite the Minsk agreements.", "Minsk agreements", None, None),
        ("the Treaty on Conventional Armed Forces in Europe", "Treaty on Conventional Armed Forces in Europe", None, None),
    ],
)
def test_documents(text: str, name: str, year: int | None, by: str | None) -> None:
    found = find_documents(text)
    assert [(d.name, d.year, d.by) for d in found] == [(name, year, by)]


@pytest.mark.parametrize("text", ["They reached an agreement.", "The treaty was signed.", "A declaration followed."])
def test_no_document_without_a_name(text: str) -> None:
    assert find_documents(text) == []


@pytest.mark.parametrize(
    ("text", "code", "coded"),
    [
        # a capital after a name particle is part of the name, not the country
        ("Mexican authorities arrested members of the Santa Rosa de Lima gang.", "PER", False),
        ("Rodrigo de Lima Baena Soares spoke for the delegation.", "PER", False),
        # a multiword country-like name that NER continues into another place is that other place
        ("The army declared a state of siege in Santa Cruz Barillas on May 3.", "BOL", False),
        # ... while the places themselves and their own parts stay coded
        ("Police in Lima said the protest was peaceful.", "PER", True),
        ("Police in New York City said the suspect fled.", "USA", True),
        ("Ursula von der Leyen spoke in La Paz on Monday.", "BOL", True),
    ],
)
def test_bug_de_lima_and_santa_cruz_barillas_coded_as_countries(nlp, text: str, code: str, coded: bool) -> None:
    """ "de Lima" became Lima/PER and "Santa Cruz Barillas" (Guatemala) was coded BOL."""
    assert (code in {e.code for e in _entities(nlp, text) if e.type == "COUNTRY"}) is coded
