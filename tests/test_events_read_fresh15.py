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
    "text",
    [
        "The situation is dangerous.",  # the reporter's, and no deed
        '"It is a really dangerous situation," Lavrov said.',  # a state of affairs
        'But the EU President said today "this is the most dangerous moment in European security in a generation."',
        "The White House said any intentional attack or targeting of civilians is a war crime.",  # a rule, no one's deed
        '"This would be an absolutely irresponsible thing to do for us," Putin said.',  # a deed supposed
        '"We have been aggressive in using the tools at our disposal," Psaki said.',  # how it is done; and the speakers
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
