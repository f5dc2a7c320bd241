"""Issue 12, read from fresh13's errors once fresh14 took its place as the blind check (session 37): general
constructions behind them, as behaviour tables."""

from __future__ import annotations

import pytest
from event_triples import triples

Triple = tuple[str, str | None, str | None]


# -- "He and other senior U.S. officials": one of the others ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He and other senior U.S. officials held talks with Russian officials in Riyadh on Feb. 18.", ("CONSULT", "USA", "RUS")),
        ("Smith and other British lawmakers condemned Russia.", ("ACCUSE", "GBR", "RUS")),
    ],
)
def test_bug_pronoun_among_other_officials_took_another_antecedent(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


def test_a_coded_name_keeps_its_own_code_beside_other_partners() -> None:
    text = "Once again, I would like to thank President Putin and our other CSTO partners for their support."
    assert not any(t[2] == "IGO" for t in triples(text)), triples(text)


# -- a hyphened participle of backing names the backer, not the party -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US military struck Iran-backed militia groups in Iraq.", ("ASSAULT", "USA", "IRQ")),
        ("Turkey will begin a military operation against U.S-backed Kurdish fighters in Syria.", ("THREATEN", "TUR", "SYR")),
        ("The Saudi-led coalition declared a ceasefire.", ("RETREAT", "SAU", None)),  # who leads it is its party
    ],
)
def test_backer_in_a_hyphened_participle_is_not_the_party(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Erdogan reiterated Turkey's support for the United Nations-backed Government of National Accord.", ("SUPPORT", "TUR", "IGO")),
        ("Ukraine accused Russian-backed separatists of shelling the town.", ("ACCUSE", "UKR", "RUS")),
    ],
)
def test_bug_backer_was_the_recipient(text: str, wrong: Triple) -> None:
    assert wrong not in triples(text), triples(text)


def test_a_thing_funded_stays_its_funders() -> None:
    assert ("SANCTION", "MYS", "CHN") in triples("Malaysia last year froze a Chinese-funded gas pipeline.")


# -- what a verb of barring bars is no party ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Under the sanctions, Berisha and his wife are barred from travel to the United States.", ("COERCE", None, "USA")),
        ("Berisha was banned from entering the United States.", ("COERCE", None, "USA")),
        ("Afghan authorities have barred women from many workplaces, including the U.N.", ("COERCE", "AFG", "IGO")),
    ],
)
def test_bug_place_of_the_barred_activity_was_the_recipient(text: str, wrong: Triple) -> None:
    assert wrong not in triples(text), triples(text)


def test_the_barred_party_stays_the_recipient() -> None:
    # barring officials from entering a country is a visa ban, SANCTION since session 42 (labels s054, x063)
    text = "The United States has barred three top Albanian officials from entering the United States."
    assert ("SANCTION", "USA", "ALB") in triples(text), triples(text)
