"""Issue 12, read from fresh7 once its blind figures were taken: the two sides a hyphen pairs before an event noun,
forces a state only owns, a detention someone is still in, an act that is only judged or weighed, a finger or a gun pointed.
Behaviour tables; every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from event_triples import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two parties joined by a hyphen before the event noun are its two sides; the venue is not a party
        ("U.S.-Ukraine talks in Jeddah, Saudi Arabia, ended on Tuesday.", [("CONSULT", "USA", "UKR")]),
        ("Russia-Ukraine talks in Istanbul ended.", [("CONSULT", "RUS", "UKR")]),
        ("Russian-Ukrainian talks in Istanbul ended.", [("CONSULT", "RUS", "UKR")]),
        ("Israeli-Palestinian clashes erupted in Jerusalem.", [("ASSAULT", "ISR", "PSE")]),
        # a hyphenated modifier that is not a second party pairs nothing; talks "with" a party are as before
        ("The U.S.-led coalition attacked the town.", [("ASSAULT", None, None)]),
        ("Putin held talks with Erdogan in Istanbul.", [("CONSULT", "RUS", "TUR")]),
    ],
)
def test_bug_paired_parties_before_talks_gave_the_venue_as_recipient(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "have"/"keep" forces is a mobilisation only where the sentence says where
        ("Russia has missiles, so do Iraq, Iran, Syria.", []),
        ("Iran has nuclear weapons.", []),
        ("Russia has troops in Moldova.", [("MOBILIZE", "RUS", "MDA")]),
        ("China keeps warships near the strait.", [("MOBILIZE", "CHN", None)]),
        # a carrier that moves forces needs no place
        ("Russia has deployed missiles.", [("MOBILIZE", "RUS", None)]),
    ],
)
def test_bug_owning_missiles_was_a_mobilisation(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # where someone still is, after a linking verb, is a state, not an arrest: coded, not shown
        ("The New York resident remains in detention in Louisiana although he has not been charged.", []),
        # what is judged ("consider X a good step") or weighed ("is considering sanctions") did not happen here
        ("We consider the withdrawal of forces by America a good step, said Akhundzada.", []),
        ("Russia is considering sanctions against Ukraine.", []),
        ("The EU is weighing new sanctions on Russia.", []),
        # imposed, the sanctions are shown as before
        ("The EU imposed new sanctions on Russia.", [("SANCTION", "IGO", "RUS")]),
    ],
)
def test_bug_a_lasting_detention_and_a_judged_withdrawal_were_shown(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text, shown=True) == expected


def test_a_lasting_detention_is_still_coded_with_its_cue() -> None:
    from parley.extract.pipeline import extract

    events = extract("The New York resident remains in detention in Louisiana.").events
    assert [(e.type, e.partial, "standing_state" in e.cues) for e in events] == [("COERCE", True, True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pakistan's prime minister pointed a finger at India for the attack.", [("ACCUSE", "PAK", "IND")]),
        ("She pointed to the map.", []),
        # a gun pointed at someone is a threat
        ("Chinese soldiers pointed rifles at Indian troops.", [("THREATEN", "CHN", "IND")]),
    ],
)
def test_bug_pointing_a_finger_or_a_gun_at_a_party_was_no_event(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected
