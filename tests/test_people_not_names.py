"""Words the tagger calls PERSON that are nobody: seen as speakers of the demo database ("Repub-",
"Laughs", "Build Back Better", "Department", "Douyin"), each the antecedent a "he" took. A behaviour
table: the text, and the people it must (not) hold; every sentence is written for the test."""

from __future__ import annotations

import pytest

from parley.extract.pipeline import extract


def people(text: str) -> list[str]:
    return [e.name for e in extract(text, published="2022-02-04").entities if e.type == "PERSON"]


def speakers(text: str) -> list[str | None]:
    return [a.speaker.name if a.speaker else None for a in extract(text, published="2022-02-04").attributions]


@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        # a word cut off mid-speech
        ("He voted with Repub- — he voted against the amendment, but then he put out a statement saying "
         "that he would support it.", "Repub-"),
        # a transcript's stage note
        ("Q Does he have anywhere specific? MS. PSAKI: [Laughs.] He feels he would like to go there.", "Laughs"),
        # a programme's name, only ever a modifier
        ("The Build Back Better agenda is big. The Build Back Better plan passed the House. He wants to get it done.",
         "Build Back Better"),
        # a body, after a word that is also a title ("Justice", "General")
        ("He encouraged states to adopt red flags through the Justice Department. In June he announced a plan.",
         "Department"),
        ("According to the initial plan of the General Headquarters, troops will advance.", "Headquarters"),
        # a platform
        ("He amassed 12 million followers on Douyin, where he posts clips praising life in China.", "Douyin"),
    ],
)
def test_bug_junk_names_as_people_are_nobody(text: str, nobody: str) -> None:
    assert nobody not in people(text)
    assert nobody not in speakers(text)


@pytest.mark.parametrize(
    ("text", "somebody"),
    [
        # real names stay: a surname-only senator, a name that modifies a noun once but also speaks
        ("Senator Manchin said on Monday that he would vote against the bill.", "Manchin"),
        ("The Sergei Lavrov interview aired on Monday. Sergei Lavrov said the talks had failed.", "Sergei Lavrov"),
        ("Justice Breyer said he would retire at the end of the term.", "Breyer"),
    ],
)
def test_real_names_are_kept(text: str, somebody: str) -> None:
    assert somebody in people(text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the tagger's PERSON runs past a possessive into what the person owns: the name ends at the possessive
        ("This trip will deliver on President Biden’s Indo-Pacific strategy. In Japan, President Biden will meet "
         "Prime Minister Kishida.", "Joe Biden"),
        ("President Macron’s Renaissance Party lost seats. Emmanuel Macron spoke on Monday.", "Emmanuel Macron"),
    ],
)
def test_bug_a_possessive_inside_a_person_span_made_a_person_of_the_thing_owned(text: str, person: str) -> None:
    found = people(text)
    assert person in found and not any("’s" in name for name in found)
