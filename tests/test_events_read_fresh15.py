"""Issue 12, read from fresh15's errors once fresh16 took its place as the blind check (session 39): general
constructions behind them, as behaviour tables."""

from __future__ import annotations

import pytest
from event_triples import triples

Triple = tuple[str, str | None, str | None]


# -- a speaker's disparaging judgement of a deed: "This is an absolutely baseless case," ... said ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The United Nations says their treatment may amount to crimes against humanity.", ("ACCUSE", "IGO", None)),
        ('"This is an absolutely baseless case," the Chinese foreign ministry said.', ("ACCUSE", "CHN", None)),
        ("Moscow said the move was a provocation.", ("ACCUSE", "RUS", None)),
        ("Kyiv said the strike was a war crime.", ("ACCUSE", "UKR", None)),
        ('"Any further movement of NATO to the East is unacceptable," Putin said.', ("ACCUSE", "RUS", "IGO")),
        ("China said the U.S. sanctions were illegal.", ("ACCUSE", "CHN", "USA")),
    ],
)
def test_a_deed_said_to_be_a_disparaging_thing_is_an_accusation_by_the_speaker(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"These allegations are false," the Chinese foreign ministry said.', ("REJECT", "CHN", None)),
        ('"The accusations are absurd," Russian Foreign Minister Sergei Lavrov said.', ("REJECT", "RUS", None)),
    ],
)
def test_bug_allegations_called_false_were_an_accusation_not_a_denial(text: str, expected: Triple) -> None:
    found = triples(text, shown=True)
    assert expected in found and not [t for t in found if t[0] == "ACCUSE"], triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The situation is dangerous.",  # the reporter's, and no deed
        '"It is a really dangerous situation," Lavrov said.',  # a state of affairs
        'But the EU President said today "this is the most dangerous moment in European security in a generation."',
        "The White House said any intentional attack or targeting of civilians is a war crime.",  # a rule, no one's deed
        '"This would be an absolutely irresponsible thing to do for us," Putin said.',  # a deed supposed
        '"We have been aggressive in using the tools at our disposal," Psaki said.',  # how it is done; and the speakers
        '"The Kenyan government has been aggressive in using the tools at its disposal," Psaki said.',  # how it is done
    ],
)
def test_judgements_that_accuse_no_one(text: str) -> None:
    assert not [t for t in triples(text, shown=True) if t[0] == "ACCUSE"], triples(text)


# -- "spoke out against": a denunciation -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia spoke out against the NATO expansion.", ("ACCUSE", "RUS", "IGO")),
        ("The Kenyan opposition spoke against the finance bill.", ("ACCUSE", "KEN", None)),
    ],
)
def test_speaking_out_against_is_an_accusation(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


def test_speaking_out_about_is_no_accusation() -> None:
    assert triples("He spoke out about his experience.") == []


# -- a demand that something not be done: "shouldn't give these people back" ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Beijing said Washington should not interfere in its internal affairs.", ("REQUEST", "CHN", "USA")),
        ("Russia said that Sudan must not return the ship.", ("REQUEST", "RUS", "SDN")),
        ("Russia said that Sudan must return the ship.", ("REQUEST", "RUS", "SDN")),
    ],
)
def test_bug_a_negated_obligation_was_no_demand(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


def test_what_need_not_be_done_is_no_demand() -> None:
    assert not [t for t in triples("Russia said that Sudan does not need to return the ship.") if t[0] == "REQUEST"]


# -- military operations and weapons tests are events; other operations and tests are not ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched a special military operation in Ukraine.", ("ASSAULT", "RUS", "UKR")),
        ("Kenya launched an operation against al-Shabab in the Boni Forest.", ("ASSAULT", "KEN", "SOM")),
        ("Somali government soldiers are conducting operations against al-Shabab.", ("ASSAULT", "SOM", "SOM")),
        ("North Korea conducted a missile test on Friday.", ("MOBILIZE", "PRK", None)),
    ],
)
def test_military_operations_and_weapons_tests(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm's operations in China grew.",
        "The government conducted a census last year.",
        "Kenya conducted COVID tests at the airport.",
    ],
)
def test_operations_and_tests_that_are_no_event(text: str) -> None:
    assert triples(text) == [], triples(text)


# -- a designation as a terrorist group is a sanction ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan and the United States have designated BLA a terrorist group.", ("SANCTION", "PAK", "PAK")),
        ("The United States designated the Houthis as a terrorist organization.", ("SANCTION", "USA", "YEM")),
        ("Russia designated the outlets as foreign agents.", ("SANCTION", "RUS", None)),
    ],
)
def test_a_designation_as_a_proscribed_kind_is_a_sanction(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "Biden designated Qatar as a Major Non-NATO Ally.",
        "NATO has designated Russia an adversary.",
        # a standing status, not a designation made
        "Al-Sharaa's HTS is an Islamist group that is designated as a terrorist organization by the United States.",
    ],
)
def test_designations_that_sanction_no_one(text: str) -> None:
    assert not [t for t in triples(text, shown=True) if t[0] == "SANCTION"], triples(text)


# -- an object "it" of a verb done to a party is the state named before it ---------------------------------------


def test_bug_object_it_fell_back_to_the_last_actor_of_the_article() -> None:
    text = ("The United States and Pakistan have both designated BLA as a terrorist group. The separatist group has been "
            "fighting a deadly insurgency against the Pakistani state, accusing it of exploiting the rich natural "
            "resources of the impoverished province.")
    found = [t for t in triples(text) if t[0] == "ACCUSE"]
    assert found == [("ACCUSE", None, "PAK")], triples(text)


# -- "will not hesitate to" promises; force promised in response is a threat; supplies shut off ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not hesitate to impose sanctions on Russia," Blinken said.', ("THREATEN", "USA", "RUS")),
        ('"If the United States escalates, I will shut the electricity off completely," Ford said.', ("THREATEN", None, "USA")),
        ("Police responded with force to the protest.", ("ASSAULT", None, None)),
    ],
)
def test_promised_force_and_supplies_shut_off(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


def test_force_used_without_hesitation_is_no_threat() -> None:
    assert triples("Russia did not hesitate to invade Ukraine.") == [("ASSAULT", "RUS", "UKR")]


# -- giving way to pressure, and refusing to -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kenya will not bow to pressure from the United Nations.", ("REJECT", "KEN", "IGO")),
        ("China will not bow to U.S. pressure.", ("REJECT", "CHN", "USA")),
        ("Nigeria's president said his administration will not succumb to mounting pressure from criminal groups.",
         ("REJECT", "NGA", None)),
        ("The Kenyan government caved to the protesters' demands.", ("CONCEDE", "KEN", None)),
    ],
)
def test_giving_way_to_pressure(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


def test_succumbing_to_injuries_is_no_event() -> None:
    assert triples("He succumbed to his injuries.") == []


def test_bug_what_a_refusal_refuses_was_shown_as_done() -> None:
    text = "China punished Australia for its refusal to cave to Beijing's demands."
    assert not [t for t in triples(text, shown=True) if t[0] == "CONCEDE"], triples(text)
