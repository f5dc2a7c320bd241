"""Issue 12, read from 70 shown events of unlabelled VOA sentences (outside every labelled part): what a request asks
for, what is only talked about, a plan met with opposition, a passive that shares its subject with the verb
before it. Behaviour tables; every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from event_triples import triples

from parley.extract.pipeline import extract


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a request asks for is not done: coded, not shown; the request is
        ("Reporters Without Borders reiterated its call to the authorities to immediately drop all charges against him.",
         [("REQUEST", "NGO", None)]),
        ("The U.S. called on Russia to withdraw its troops and to stop attacking Ukraine.", [("REQUEST", "USA", "RUS")]),
        # a phone call's purpose is no request: shown
        ("Qatar's Emir called Sudanese President Omar al-Bashir on Saturday to express his support for Sudan.",
         [("CONSULT", "QAT", "SDN"), ("SUPPORT", "QAT", "SDN")]),
        # an event only talked about is not reported
        ("Russia complained about the U.S. sanctions.", [("ACCUSE", "RUS", "USA")]),
    ],
)
def test_bug_requested_and_talked_about_acts_were_shown(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text, shown=True) == expected


def test_a_call_to_do_something_is_a_request_not_a_phone_call() -> None:
    events = extract("Reporters Without Borders reiterated its call to the authorities to drop all charges.").events
    assert [(e.type, e.trigger.text) for e in events if e.type in {"REQUEST", "CONSULT"}] == [("REQUEST", "call")]
    assert [e.type for e in extract("Biden made a call to Putin on Tuesday.").events] == ["CONSULT"]


def test_what_is_asked_for_keeps_its_cue() -> None:
    text = "Reporters Without Borders reiterated its call to the authorities to immediately drop all charges against him."
    drop = next(e for e in extract(text).events if e.type == "CONCEDE")
    assert drop.partial and "requested" in drop.cues
    boost = next(e for e in extract("Leaders met in Paris after calls for boosting aid for Kyiv.").events if e.type == "AID")
    assert boost.partial and "requested" in boost.cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plan "met with" opposition or resistance meets no one
        ("The documentation met with opposition from China's U.N. mission.", []),
        ("The proposal met with strong resistance from Russia.", []),
        # the opposition as a party is still met
        ("Putin met with the Belarusian opposition.", [("CONSULT", "RUS", "BLR")]),
        # a passive that shares its subject with an active verb before it: the subject is acted on
        ("Russia attacked Georgia and was condemned by the United States.",
         [("ASSAULT", "RUS", "GEO"), ("ACCUSE", "USA", "RUS")]),
        ("Iran seized the tanker and was sanctioned by the EU.", [("COERCE", "IRN", "IGO"), ("SANCTION", "IGO", "IRN")]),
    ],
)
def test_bug_met_with_opposition_was_a_meeting_and_a_shared_passive_subject_was_lost(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "they" saying what a plural group no dictionary codes did is that group, not the last actor named
        ("Russia said it would attack. Militants said they released dozens of hostages.",
         [("THREATEN", "RUS", None)]),  # the release is coded with no actor, so not shown
        ("The Russians said they would attack Ukraine.", [("THREATEN", "RUS", "UKR")]),
        # an event named after "over" is what a protest or a sanction is about, not a report of it
        ("Khalil played a prominent role in last year's protests over the war in Gaza.", []),
        ("The EU imposed sanctions on Russia over its annexation of Crimea.", [("SANCTION", "IGO", "RUS")]),
        # a statement issued "on" an event is about it: the statement is not the event
        ("The league also issued a statement on the release of the journalist.", []),
    ],
)
def test_bug_they_after_militants_said_and_events_named_as_grounds_were_coded(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text, shown=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sanction suspended, paused or put off is eased: a concession, not a sanction
        ("The U.S. suspended tariffs on Mexico.", [("CONCEDE", "USA", "MEX")]),
        ("The European Union postponed sanctions on Russia.", [("CONCEDE", "IGO", "RUS")]),
        # suspending what is given still reduces relations
        ("The U.S. suspended aid to Egypt.", [("SANCTION", "USA", "EGY")]),
    ],
)
def test_bug_suspended_tariffs_were_a_sanction(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected
