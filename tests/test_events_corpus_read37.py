"""Issue 12, read from random samples of the events shown on the bundled corpus (session 37, seeds 37001-37003 over
sentences outside the labelled precision set): general constructions behind the wrong ones, as behaviour tables."""

from __future__ import annotations

import pytest
from event_triples import triples

Triple = tuple[str, str | None, str | None]


# -- a relation's possessor is the side it is reckoned from, not the party it names ---------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Ukraine's Western partners condemned Russia.", ("ACCUSE", "UKR", "RUS")),
        ("Hezbollah guerrillas killed the deputy chief of Israel's militia ally in southern Lebanon.", ("ASSAULT", "LBN", "ISR")),
    ],
)
def test_bug_possessor_of_partners_or_ally_was_the_party(text: str, wrong: Triple) -> None:
    found = triples(text)
    assert wrong not in found, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lavrov met his Iranian counterpart in Moscow.", ("CONSULT", "RUS", "IRN")),  # a demonym still names
        ("America's NATO allies pledged more aid to Ukraine.", ("AID", "IGO", "UKR")),  # so does a compound
        ("He stood in solidarity with NATO's eastern flank allies.", ("SUPPORT", None, "IGO")),  # an alliance's allies
        ("Russia has threatened its neighbours.", ("THREATEN", "RUS", None)),
    ],
)
def test_relation_nouns_keep_their_other_modifiers(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


def test_possessor_country_of_allies_is_no_actor() -> None:
    assert not any(t[1] == "RUS" for t in triples("Russia's allies condemned the sanctions.")), triples(
        "Russia's allies condemned the sanctions.")


# -- a city naming an accord is where it was made -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Ukrainian side walked away from the Istanbul agreements.",
        "In return, we saw the provocation in Bucha and, most importantly, the Ukrainian side walked away from the Istanbul agreements.",
    ],
)
def test_bug_city_of_an_accord_was_its_party(text: str) -> None:
    assert not any(t[1] == "TUR" or t[2] == "TUR" for t in triples(text)), triples(text)


def test_accord_named_after_a_state_keeps_it() -> None:
    assert ("RETREAT", None, "IRN") in triples("Trump withdrew from the Iran nuclear deal.")


# -- everyday senses: fighting fires, "pardon me" ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia sent specially equipped aircraft to fight fires in Greece.",
        "Firefighters fought wildfires across the region.",
    ],
)
def test_bug_fighting_fires_was_an_assault(text: str) -> None:
    assert not any(t[0] == "ASSAULT" for t in triples(text)), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "We have complete trust in the committee and the July — pardon me — Select Committee's ability to do their work.",
        "Pardon me.",
        "But there is a stereotype we often hear, especially in Russia, pardon me for repeating it, that we are like little brothers.",
    ],
)
def test_bug_pardon_me_was_a_pardon(text: str) -> None:
    assert not any(t[0] == "CONCEDE" for t in triples(text)), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukrainian troops fought Russian forces near Kharkiv.", ("ASSAULT", "UKR", "RUS")),
        ("Belarus pardoned the opposition activist.", ("CONCEDE", "BLR", None)),
    ],
)
def test_fighting_forces_and_pardoning_people_stay(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


# -- a subject no dictionary codes does not take the code of the party it acts on, named as itself --------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Bennett called for the Taliban to lift the travel ban.", ("REQUEST", "AFGREB", "AFGREB")),
        ("Akhundzada alleged that the Taliban had violated the agreement.", ("ACCUSE", "AFG", "AFG")),
        ("Export controls deny something to Russia that it needs.", ("REJECT", "RUS", "RUS")),
    ],
)
def test_bug_subject_borrowed_the_recipients_code(text: str, wrong: Triple) -> None:
    assert wrong not in triples(text), triples(text)


def test_office_holder_acting_on_compatriots_keeps_their_country() -> None:
    text = "Judge Alejandro Rivera opened fraud investigations against 28 Chilean government officials."
    assert ("ACCUSE", "CHL", "CHL") in triples(text), triples(text)


# -- who acts is not guessed from what they say, nor from a clause describing them ----------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("\"Unfortunately, the American side has so far violated the signed agreement repeatedly,\" Akhundzada alleged.",
         ("ACCUSE", "USA", "USA")),
        ("The suits allege that the U.S. government has overstepped its bounds.", ("ACCUSE", "USA", "USA")),
        ("The government, which believed the vessels were operated by the Chinese military, demanded that Beijing remove them.",
         ("REQUEST", "CHN", "CHN")),
        ("Representatives of countries that invest significant resources in the Russian economy are taking part in this meeting.",
         ("CONSULT", "RUS", None)),
    ],
)
def test_bug_actor_was_guessed_from_said_content_or_subject_clause(text: str, wrong: Triple) -> None:
    assert wrong not in triples(text), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a clause of demanding, not of saying: the country the demand is about is still the guess
        ("Ibo traditional elders have demanded that control of the Nigerian Interior Ministry be taken away from Hausa "
         "politicians.", ("REQUEST", "NGA", "NGA")),
        ("Akhundzada alleged that the American side has violated the agreement.", ("ACCUSE", None, "USA")),
    ],
)
def test_said_content_still_names_the_recipient(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)
