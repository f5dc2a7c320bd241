"""Issue 12 (recall that transfers): verbs of receiving and light verbs whose event noun the
parser hides. Behaviour table; every sentence is written for the test.

* A verb of receiving ("received", "got", "obtained", "accepted", "secured") with material or money
  as its object and the party it came "from" named is AID: the giver acts, the receiver is the
  recipient. No giver, or a giver that is no party, or a thing that is neither material nor money:
  no AID.
* "declared a state of emergency in X to take effect at midnight": the parser makes the event noun
  the subject of the infinitive; the light verb still carries it, and its subject acts.
"""

from __future__ import annotations

import pytest

from tests.event_triples import triples


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("Kenya received doses of vaccine from Britain.", "AID", "GBR", "KEN"),
        ("Ghana got two million doses of the vaccine from France last week.", "AID", "FRA", "GHA"),
        ("Ukraine obtained ammunition from Poland in March.", "AID", "POL", "UKR"),
        ("Malawi accepted a loan of 50 million dollars from the World Bank.", "AID", "IGO", "MWI"),
        ("Armenia secured a three billion dollar loan from Russia.", "AID", "RUS", "ARM"),
        ("The rebels have received weapons and money from Iran.", "AID", "IRN", None),
        ("Jordan has received food and medical supplies from Saudi Arabia.", "AID", "SAU", "JOR"),
        # no "from": the giver is the party that names what was received (was AGREE PAK -> CHN,
        # CONSULT KEN -> CHN: "accepted" and "received" read as agreeing and receiving a visitor)
        ("Pakistan accepted $2 billion in Chinese funding for the project.", "AID", "CHN", "PAK"),
        ("Kenya received Chinese vaccines last month.", "AID", "CHN", "KEN"),
    ],
)
def test_receiving_material_from_a_party_is_aid_by_the_giver(text: str, kind: str, actor: str, recipient: str | None) -> None:
    found = triples(text)
    event = next((e for e in found if e[0] == kind), None)
    assert event is not None, found
    assert event[1] == actor, found
    assert recipient is None or event[2] == recipient, found


@pytest.mark.parametrize(
    "text",
    [
        "The band received five million dollars from ticket sales.",  # no party gave it
        "Kenya did not receive any vaccines from Britain.",  # denied
        "The museum received a painting from a private collector.",  # no material or money
        "The farmers got their seed from the market.",  # a place, not a party
        "Kenya received $40 million last year.",  # a sum names no giver
    ],
)
def test_receiving_without_a_giving_party_is_no_aid(text: str) -> None:
    assert not [e for e in triples(text) if e[0] == "AID"], triples(text)


@pytest.mark.parametrize(
    ("text", "kind", "actor", "recipient"),
    [
        ("Bolivian authorities declared a state of siege in Bolivia to begin at midnight on Friday in the east.",
         "COERCE", "BOL", "BOL"),
        ("Peruvian officials declared a curfew in Lima to last until the end of the month.", "COERCE", "PER", "PER"),
    ],
)
def test_light_verb_carries_the_event_noun_the_parser_made_a_subject(text: str, kind: str, actor: str, recipient: str) -> None:
    found = triples(text)
    assert (kind, actor, recipient) in found, found


@pytest.mark.parametrize(
    ("text", "kind", "recipient"),
    [
        ("Nearly 40 countries have agreed to share tax data under a French law.", "AGREE", None),
        ("Several European nations called for sanctions against Moscow on Monday.", "REQUEST", "RUS"),
        ("Some Western governments condemned the crackdown in Belarus.", "ACCUSE", "BLR"),
    ],
)
def test_several_states_act_for_no_one_country_named_elsewhere(text: str, kind: str, recipient: str | None) -> None:
    """Issue 12 (self-loops): "countries", "nations", "governments" in the plural are several states;
    the country the sentence names elsewhere is not their code (was FRA AGREE FRA, RUS REQUEST RUS)."""
    found = triples(text)
    event = next((e for e in found if e[0] == kind), None)
    assert event is not None, found
    assert event[1] is None, found
    assert recipient is None or event[2] == recipient, found


@pytest.mark.parametrize(
    ("text", "kind", "actor"),
    [
        ("Ghana is sending troops to the African Union peacekeeping force in Somalia.", "AID", "GHA"),
        ("Fiji sent 200 soldiers to Lebanon to serve as peacekeepers.", "AID", "FJI"),
        # no peacekeeping named: a mobilisation
        ("Russia sent 3,000 troops to the border with Ukraine.", "MOBILIZE", "RUS"),
    ],
)
def test_troops_sent_for_peacekeeping_are_aid(text: str, kind: str, actor: str) -> None:
    """PLOVER: AID includes peacekeeping; troops sent as or for a peacekeeping force are no mobilisation."""
    found = triples(text)
    assert (kind, actor) in [(k, a) for k, a, _ in found], found
    assert kind == "MOBILIZE" or "MOBILIZE" not in [k for k, _, _ in found], found


@pytest.mark.parametrize(
    ("text", "kinds", "actor", "recipient"),
    [
        # information handed to a party is cooperation (CAMEO 064)
        ("Spain provided information on the suspects to Morocco.", ["COOPERATE"], "ESP", "MAR"),
        ("The Dutch government gave passenger data to the Australian government.", ["COOPERATE"], "NLD", "AUS"),
        # joint exercises performed by the armies of two countries
        ("The armies of Chile and Peru performed joint exercises in May.", ["COOPERATE"], "CHL", "PER"),
        # no party: nothing
        ("The website provides information to travellers.", [], None, None),
        ("The ministry released a report on Monday.", [], None, None),
        ("The surgeon performed an operation on Monday.", [], None, None),
    ],
)
def test_information_given_and_joint_exercises_are_cooperation(text: str, kinds: list[str], actor: str | None,
                                                              recipient: str | None) -> None:
    found = triples(text)
    assert sorted({k for k, _, _ in found}) == kinds, found
    if kinds:
        assert (kinds[0], actor, recipient) in found, found


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Police in Nigeria enforced a curfew in Kano on Sunday.", ["COERCE"]),
        ("The army enforced a blockade of the port.", ["COERCE"]),
        # no event noun carried: nothing
        ("The city enforced its parking rules.", []),
    ],
)
def test_enforce_carries_its_event_noun(text: str, kinds: list[str]) -> None:
    assert sorted({k for k, _, _ in triples(text)}) == kinds, triples(text)
