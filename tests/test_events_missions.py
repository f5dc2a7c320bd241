"""Issue 12, who acts on whom (noticed while reading fresh6 and the bundled corpus): a protest at a
state's embassy, and people said to be foreign. Behaviour tables; every sentence is written for the test.
(Money or goods named by their giver's nationality are in test_events_receiving.py.)
"""

from __future__ import annotations

import pytest
from event_triples import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a protest held at a state's mission is aimed at that state; the protesters are guessed
        # from the city it is held in, not from the embassy
        ("Protesters rallied outside the Russian embassy in Kyiv on Sunday.", ("PROTEST", "UKR", "RUS")),
        ("Thousands of people protested in front of the Chinese consulate in Istanbul.", ("PROTEST", "TUR", "CHN")),
        # an embassy the sentence names only by its city is some other state's: no recipient from the city
        ("Protesters rallied outside the embassy in Kyiv.", ("PROTEST", "UKR", None)),
    ],
)
def test_bug_protest_at_an_embassy_was_coded_as_the_embassy_state_protesting(
        text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert triples(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "foreign" people are not of the country the sentence names: no guessed actor
        ("Foreign influencers cooperate with the Chinese government to promote its narrative.",
         ("COOPERATE", None, "CHN")),
        ("Overseas investors met Chinese officials in Beijing.", ("CONSULT", None, "CHN")),
        # without "foreign", people act for the country the sentence names, as before
        ("Activists met Chinese officials in Beijing.", ("CONSULT", "CHN", "CHN")),
    ],
)
def test_bug_foreign_people_acted_for_the_country_the_sentence_names(
        text: str, expected: tuple[str, str | None, str | None]) -> None:
    assert triples(text) == [expected]
