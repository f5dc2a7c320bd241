"""Issue 12, read from fresh8 once its blind figures were taken (and from PLV's "calling it dangerous and insulting"):
a disparaging name given with "call"/"describe as" is an accusation; what is only feared or aimed at, what happens as
a rule, what a comment is "on", a question "about" something and a standard met are no events.
Behaviour tables; every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from event_triples import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a disparaging name accuses the party of what is named (its owner), or the party named
        ("China's foreign ministry called the U.S. sanctions illegal.", [("ACCUSE", "CHN", "USA"), ("SANCTION", "USA", None)]),
        ("Russia called Ukraine's attack an act of terrorism.", [("ACCUSE", "RUS", "UKR"), ("ASSAULT", "UKR", None)]),
        ("Erdogan blamed the Syrian government for the attack, calling President Bashar al-Assad a murderer.",
         [("ACCUSE", "TUR", "SYR"), ("ACCUSE", "TUR", "SYR")]),
        ("The opposition called the vote a farce.", [("ACCUSE", None, None)]),
        # the parser may read the object as the predicate and the name as its apposition
        ("US President Donald Trump on Tuesday called Britain's ambassador to the United States a very stupid guy.",
         [("ACCUSE", "USA", "GBR")]),
        # an accusation called baseless is denied
        ("Iran has called the allegations baseless.", [("REJECT", "IRN", None)]),
        # a name that condemns nothing, a call, a name only quoted for what a clause mentions
        ("He called it a success.", []),
        ("Putin called Biden on Tuesday.", [("CONSULT", "RUS", "USA")]),
        ("The U.S. began sending what officials described as illegal aliens to the base.", []),
        # negated, nothing is said
        ("Beijing did not call the decision illegal.", []),
    ],
)
def test_bug_a_disparaging_name_was_no_accusation(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a speaker who says a coded party, or what it did, is a disparaging thing accuses it
        ("Beijing said the U.S. sanctions were illegal.", [("SANCTION", "USA", None), ("ACCUSE", "CHN", "USA")]),
        ("The Kremlin argued that NATO is one of the most hostile and abusive alliances in the world.", [("ACCUSE", "RUS", "IGO")]),
        # a state of affairs, no party, the reporter's own words, a negation: nothing
        ("The minister said it is an unacceptable situation.", []),
        ("The minister said the situation was dangerous.", []),
        ("The U.S. sanctions are illegal.", [("SANCTION", "USA", None)]),
        ("China said Washington's decision was not illegal.", []),
    ],
)
def test_bug_a_party_said_to_be_disparaging_was_no_accusation(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


def test_a_carrier_in_a_reduced_passive_carries_the_noun_it_modifies() -> None:
    """"sanctions imposed on Russia": the noun is the event, its recipient the verb's ("on Russia"), not the noun."""
    assert triples("Sanctions imposed on Russia in 2014 remain in force.") == [("SANCTION", None, "RUS")]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # feared, aimed at, asked leave to do: not done
        ("The refugees said they were terrified of being forced back to China.", []),
        ("The visit is aimed at boosting cooperation with India.", []),
        ("Putin has sought authorization from the Russian parliament to use military force abroad.", [("REQUEST", "RUS", "RUS")]),
        # a rule of how things go, in the present: not an event; one past event stays
        ("People lose their green cards most often when they are convicted of crimes.", []),
        ("When Russian troops attacked the town in 2022, Ukraine protested.", [("ASSAULT", "RUS", None), ("PROTEST", "UKR", "RUS")]),
    ],
)
def test_bug_what_is_feared_aimed_at_or_usual_was_shown(text: str, shown: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text, shown=True) == shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # what a comment or a report is "on" is talked about; a participle beside a request is done
        ("The ministry did not respond to requests for comment on the decision to expel the diplomats.", []),
        ("Russia and the U.S. held talks on Tuesday.", [("CONSULT", "RUS", "USA")]),
        ("One suit seeks to stop officials from moving migrants, alleging the moves violate U.S. law.", [("ACCUSE", None, "USA")]),
        # a question about something asks for nothing; asked for something, it is a request
        ("The secretary was asked about the expansion of the program.", []),
        ("Russia asked the U.S. for an explanation.", [("REQUEST", "RUS", "USA")]),
        # a threat or a deadline met is no meeting; a person met is
        ("That is how we have met every other threat.", []),
        ("Putin met Erdogan in Sochi.", [("CONSULT", "RUS", "TUR")]),
        # comfort taken "in" promises is a feeling
        ("Rights groups take little comfort in the government's words.", []),
    ],
)
def test_bug_topics_questions_and_standards_were_events(text: str, shown: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text, shown=True) == shown


def test_bug_criticizing_someone_s_comments_was_hidden_as_a_request_for_comment() -> None:
    """"criticized Trump's comments" carried the asks_for_comment cue (a reporter's "requesting comment")."""
    from parley.extract.pipeline import extract

    events = extract("China criticized the president's comments.").events
    assert [(e.type, "asks_for_comment" in e.cues) for e in events] == [("ACCUSE", False)]


def test_bug_a_name_before_its_copula_gave_an_inverted_trigger_span() -> None:
    """"how outrageous Russia is being": the name comes before "be"; the trigger span ran backwards and the
    extraction failed (ExtractionError: span outside text) on a White House briefing of the exchange corpus."""
    from parley.extract.pipeline import extract

    events = extract("But they are talking about how outrageous Russia is being, the president said.").events
    assert [(e.type, e.trigger.text) for e in events] == [("ACCUSE", "outrageous Russia is being")]
