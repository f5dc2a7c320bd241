"""Issue 12, read from the tenth fresh sample's errors (fresh10, read on 2026-12-06): general constructions behind them,
as behaviour tables. Every sentence is written for the test, none copied from an evaluation set.
"""

from __future__ import annotations

import pytest
from event_triples import first_shown, triples

from parley.extract.pipeline import extract

Triple = tuple[str, str | None, str | None]


# -- one named person's nationality is no guess for another's ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name the dictionaries do not know met a foreign leader: the leader's country was the actor (UKR -> UKRGOV)
        ("MBS held talks with Ukrainian President Volodymyr Zelenskyy in Riyadh.", ("CONSULT", None, "UKR")),
        ("Navalny met with Russian President Vladimir Putin.", ("CONSULT", None, "RUS")),
        # nor is another country named in the partner's own words (read in the official record)
        ("Secretary Austin will coordinate with his counterparts in both Finland and Sweden.", ("AGREE", None, "FIN")),
        # an office holder acts for the country of what they act on
        ("President Dos Santos conceded defeat in Angola's election.", ("CONCEDE", "AGO", "AGO")),
        # a body or a group still acts in the country the sentence names
        ("Police arrested Russian opposition leader Alexei Navalny in Moscow.", ("COERCE", "RUS", "RUS")),
        ("Police arrested Iraqi protesters in Basra.", ("COERCE", "IRQ", "IRQ")),
    ],
)
def test_bug_actor_borrowed_from_the_person_met(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


# -- a demand whose infinitive the parser misattached ----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the quote before "its" made "call" the subject of "drop"
        'Reporters Without Borders reiterated "its call to the authorities to immediately drop all charges against him."',
        # the infinitive hung on the verb whose object the demand is
        "Amnesty repeated its call to the government to release the prisoners.",
    ],
)
def test_bug_misparsed_call_to_do_was_a_phone_call(text: str) -> None:
    events = extract(text).events
    assert [e.type for e in events if e.type in {"REQUEST", "CONSULT"}] == ["REQUEST"], events
    # what is asked for is coded, not shown
    assert all(e.partial for e in events if e.type not in {"REQUEST", "SUPPORT"}), events


def test_a_call_with_its_purpose_stays_a_phone_call() -> None:
    assert ("CONSULT", "USA", "RUS") in triples("Biden made a call to Putin to discuss Ukraine.", shown=True)


# -- a stance about no one; a view about the world ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.N. special representative in Haiti, Helen La Lime, expressed concern.", []),
        ("China expressed concern on Monday.", []),
        ("We have strong concerns, serious concerns.", []),
        # concern about something is still criticism, of no one named or of the party named
        ("Donors have voiced concern about the political crisis.", [("ACCUSE", None, None)]),
        ("Germany expressed concern about Poland's new law.", [("ACCUSE", "DEU", "POL")]),
        ("China expressed concern that the talks may fail.", [("ACCUSE", "CHN", None)]),
    ],
)
def test_bug_concern_about_nothing_was_an_accusation(text: str, expected: list[Triple]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("Hungary's prime minister rejected the idea migration can lead to cultural enrichment.", False),
        ("She dismissed the argument that sanctions work.", False),
        ("We certainly reject the notion that the riot was legitimate political discourse.", False),
        # a proposal refused is a refusal
        ("Russia rejected the idea of a ceasefire.", True),
        ("Russia rejected the U.S. proposal.", True),
    ],
)
def test_bug_rejecting_a_view_was_a_refusal(text: str, shown: bool) -> None:
    assert first_shown(text, "REJECT") is shown


# -- habits, hopes and aims are not events --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The Taliban routinely deny providing sanctuary to Pakistani militants.", False),
        ("We regularly meet with the management of major German companies.", False),
        # a period summed up still reports events (PLV codes "has accused Gulen since 2013")
        ("Since 2013, Turkey has accused the United States of sheltering Fethullah Gulen.", True),
    ],
)
def test_bug_habit_said_outright_was_shown(text: str, shown: bool) -> None:
    assert first_shown(text) is shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # the tagger's lemma of "hopes" is "hop": the belief verb was missed
        ("Ukraine hopes the EU will impose sanctions on Russia.", False),
        ('"We hope we will round up the cartels," Trump said.', False),
        ("I hope that the President of Iran will accept my invitation.", False),
        ("The EU imposed sanctions on Russia.", True),
    ],
)
def test_bug_what_is_hoped_for_was_shown(text: str, shown: bool) -> None:
    assert first_shown(text) is shown


@pytest.mark.parametrize(
    "text",
    [
        "Canada outlined its agenda, focusing on achieving peace and strengthening defense partnerships with NATO.",
        "The talks will focus on ending the war in Ukraine.",
    ],
)
def test_bug_aim_focused_on_was_shown(text: str) -> None:
    events = extract(text).events
    assert events and all(e.partial for e in events), events
    assert all("topic" in e.cues for e in events), [e.cues for e in events]
