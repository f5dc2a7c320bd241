"""Issue 12, recall read from fresh10's missed events (read on 2026-12-06, session 33): phrases and one construction
PLOVER codes that parley missed. Behaviour tables; every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from event_triples import triples

Triple = tuple[str, str | None, str | None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "hit X with" a sanction, a tariff or a levy
        ("The U.S. hit Russia with new sanctions.", ("SANCTION", "USA", "RUS")),
        ("The EU hit China with tariffs on electric cars.", ("SANCTION", "IGO", "CHN")),
        # attending a state's inauguration or a funeral abroad is a visit
        ("The White House sent a delegation to attend the inauguration of Taiwan's new president.", ("CONSULT", "USA", "TWN")),
        # hostages taken (unknown gunmen act where the people taken are: the domestic guess, as PLOVER codes it)
        ("Gunmen took 20 Nigerian passengers hostage.", ("ASSAULT", "NGA", "NGA")),
    ],
)
def test_bug_phrase_coded_nothing(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the group a copula's subject is placed in stands for it
        ("Canada and Belgium are among countries that have banned importation of wildlife trophies.", ("SANCTION", "CAN", None)),
        ("Norway is one of the countries that sent troops to Mali.", ("MOBILIZE", "NOR", "MLI")),
        ("Russia is the country that invaded Ukraine.", ("ASSAULT", "RUS", "UKR")),
    ],
)
def test_bug_relative_clause_on_a_group_lost_its_actor(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


@pytest.mark.parametrize(
    "text",
    [
        "The storm hit Florida with heavy rain.",
        "He attended the hearing on Monday.",
    ],
)
def test_everyday_senses_stay_silent(text: str) -> None:
    assert triples(text) == []
