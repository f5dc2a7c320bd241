"""Issue 12, read from the twelfth fresh sample's errors (fresh12, read on 2026-12-06, session 36): general
constructions behind them, as behaviour tables. The sentences are written for the test; several shorten or paraphrase
fresh12 sentences (eval/precision-events/fresh12.jsonl, read from this session on), none comes from a blind part.
"""

from __future__ import annotations

import pytest
from event_triples import triples

Triple = tuple[str, str | None, str | None]


# -- "came under attack": the subject is attacked ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Pakistani train came under a gun attack on Tuesday.", ("ASSAULT", None, "PAK")),
        ("Kyiv came under heavy shelling overnight.", ("ASSAULT", None, "UKR")),
        ("The Russian embassy came under attack on Tuesday.", ("ASSAULT", None, "RUS")),
        ("The policy came under criticism from China.", ("ACCUSE", "CHN", None)),
    ],
)
def test_bug_came_under_attack_coded_nothing(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


def test_came_under_with_no_event_codes_nothing() -> None:
    assert triples("The area came under Russian control in 2014.", shown=True) == []  # control is no event


def test_came_under_attack_with_no_coded_party_is_still_an_attack() -> None:
    # session 42: the precision labels count such attacks ("ASSAULT - -": fresh18 x019, fresh12 r022), so the embassy
    # stays as the uncoded party attacked (it coded nothing before)
    assert triples("The embassy came under attack on Tuesday.", shown=True) == [("ASSAULT", None, None)]


# -- an act only allowed, enabled or authorised has not happened ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sudan's new law allows the government to seize the NCP's assets.",
        "The decree authorized Ethiopia's army to detain suspects without trial.",
        "The deal would enable Russia to deploy troops in Belarus.",
    ],
)
def test_bug_an_allowed_act_was_shown_as_done(text: str) -> None:
    assert not [t for t in triples(text, shown=True) if t[0] in {"COERCE", "MOBILIZE"}], triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia allowed the inspectors to visit the plant on Monday.", ("CONCEDE", "RUS", None)),  # the allowing
        ("Iran attacked the base, Iraq said.", ("ASSAULT", "IRN", None)),  # what is said stays
    ],
)
def test_the_allowing_itself_is_still_coded(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


# -- "a Chinese-funded pipeline": a participle joined by a hyphen names a thing -------------------------


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Malaysia last year froze a Chinese-funded gas pipeline.", "AID"),
        ("He was tried under a Beijing-imposed national security law.", "SANCTION"),
        ("A Russian-funded group organized the rally.", "AID"),
    ],
)
def test_bug_hyphened_participle_was_coded_as_an_event(text: str, absent: str) -> None:
    assert not [t for t in triples(text) if t[0] == absent], triples(text)


def test_the_main_verb_beside_a_hyphened_participle_stays() -> None:
    assert ("SANCTION", "MYS", "CHN") in triples("Malaysia last year froze a Chinese-funded gas pipeline.", shown=True)


# -- what something is about is no party to it ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the concerns were no one's named; Trump is what they were about
        ("He dismissed concerns about Trump's threat to impose bigger tariffs.", ("REJECT", None, None)),
        # a stance the verb carries keeps its "about": the accused
        ("The United States voiced concern about China's military drills.", ("ACCUSE", "USA", "CHN")),
        ("Japan expressed concerns about North Korea's missile launches.", ("ACCUSE", "JPN", "PRK")),
    ],
)
def test_bug_recipient_was_taken_from_what_it_was_about(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


def test_an_indirect_question_after_about_is_a_topic() -> None:
    text = "Kenya's announcement came without explanation about why it seeks the camps' closures now."
    assert triples(text, shown=True) == []


# -- a request's addressee named: what they are asked to act on is no recipient ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xi called on them to overcome U.S. restrictions.", ("REQUEST", "CHN", None)),
        ("Xi urged them to withdraw from Ukraine.", ("REQUEST", "CHN", None)),
        ("The UN called on Israel to stop the strikes.", ("REQUEST", "IGO", "ISR")),
        ("The United States called for Russia to withdraw its troops.", ("REQUEST", "USA", "RUS")),
        # "on Saturday" names no addressee: the complement's party is the recipient
        ("Iran on Tuesday threatened to cut off electricity to Azerbaijan.", ("THREATEN", "IRN", "AZE")),
    ],
)
def test_bug_request_took_its_recipient_from_the_requested_act(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


# -- a subject named by a proper noun no dictionary codes borrows no country ------------------------------


def test_bug_uncoded_named_subject_borrowed_the_country_of_its_clause() -> None:
    text = "In March, Quad leaders agreed at a virtual summit to jointly address the challenges China brings."
    assert [t for t in triples(text) if t[0] == "AGREE"] == [("AGREE", None, None)], triples(text)


def test_a_coded_named_subject_keeps_its_code() -> None:
    assert ("ASSAULT", "AFG", "AFG") in triples("Taliban fighters attacked a police post in Kunduz.")


# -- "decrying the move as an interference in Pakistan's affairs" ------------------------------------------


def test_bug_what_a_thing_is_called_named_its_party() -> None:
    text = "Lawmakers passed a resolution, decrying the congressional move as an interference in Pakistan's internal affairs."
    assert ("ACCUSE", None, "PAK") not in triples(text), triples(text)


# -- negated in the passive with no agent: nothing happened, and nobody refused ----------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Mech Dara has been released on bail, but the charge against him in Cambodia has not been dropped.",
        "Russia has not been invited to the summit in Ukraine.",
    ],
)
def test_bug_negated_agentless_passive_was_a_refusal(text: str) -> None:
    assert not [t for t in triples(text) if t[0] == "REJECT"], triples(text)


def test_a_negated_passive_with_its_agent_is_still_a_refusal() -> None:
    assert ("REJECT", "IGO", None) in triples("The sanctions were not lifted by the EU.")


# -- a weapon test carried out is a show of force ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea carried out a missile test on Friday.", ("MOBILIZE", "PRK", None)),
        ("Russia carried out military exercises near the border.", ("MOBILIZE", "RUS", None)),
    ],
)
def test_bug_carried_out_test_coded_nothing(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


def test_what_a_party_is_pressured_to_do_is_requested_not_done() -> None:
    text = "The United States pressured Ukraine to withdraw its troops from the border."
    assert triples(text, shown=True) == [("REQUEST", "USA", "UKR")], triples(text)
