"""Issue 12, read from PLV's tuned part: whom a request or a threat is addressed to when the clause names them only
as "him"/"her", or only on the verb of saying or the letter it hangs on. Behaviour tables; every sentence is written
for the test.
"""

from __future__ import annotations

import pytest
from event_triples import triples


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "him" as an object is the person named before it who is not its own clause's subject
        ("Zelensky met Biden and urged him to send more weapons.",
         [("CONSULT", "UKR", "USA"), ("REQUEST", "UKR", "USA")]),
        ("Zelensky called Biden, urging him to send more weapons.",
         [("CONSULT", "UKR", "USA"), ("REQUEST", "UKR", "USA")]),
        ("The senators wrote to President Biden urging him to impose sanctions on Russia.", [("REQUEST", None, "USA")]),
        # a person no dictionary codes gives no recipient, and not the last actor either
        ("Police arrested the man and charged him with murder.", [("COERCE", None, None), ("ACCUSE", None, None)]),
    ],
)
def test_bug_him_as_an_object_fell_back_to_the_subject(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle hanging on a letter sent, or on the sending, is addressed to the letter's addressee
        ("US President Donald Trump has sent a letter to the head of the World Health Organization threatening to "
         "pull US funding permanently.", [("THREATEN", "USA", "IGO")]),
        ("The EU sent a letter to Russia urging it to withdraw its troops.", [("REQUEST", "IGO", "RUS")]),
        # its own object still comes first
        ("The EU sent a letter to Russia urging Ukraine to withdraw its troops.", [("REQUEST", "IGO", "UKR")]),
    ],
)
def test_bug_a_threat_in_a_letter_went_to_a_party_its_content_names(
        text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "them" as an object is the parties named together before it, the first of them giving the code
        ("Washington kept tariffs on Mexico, Canada and China to pressure them to stop the flow of drugs.",
         [("SANCTION", "USA", "MEX"), ("REQUEST", "USA", "MEX")]),
        ("Germany met France and Italy and urged them to send more weapons.",
         [("CONSULT", "DEU", "FRA"), ("REQUEST", "DEU", "FRA")]),
        # one party alone is no antecedent for "them": nothing is borrowed
        ("Russia urged them to withdraw.", [("REQUEST", "RUS", None)]),
    ],
)
def test_bug_them_as_an_object_made_a_self_loop(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


def test_bug_him_pardoned_lost_the_person_no_dictionary_codes() -> None:
    from parley.extract.pipeline import extract

    text = "Peter Biar Ajak was released Saturday after South Sudan President Salva Kiir pardoned him."
    pardon = next(e for e in extract(text).events if e.trigger.text == "pardoned")
    assert pardon.recipient is not None and pardon.recipient.name == "Peter Biar Ajak" and pardon.recipient.code is None
