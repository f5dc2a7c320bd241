"""Issue 12 (arguments): the party a clause acts on is its own object when the object names people
or a body, coded through the country the clause names; a thing (troops, borders) is never the party.

Behaviour table; every sentence is written for the test (none comes from an evaluation set).
Each row: the sentence, the event type, and the recipient's words and country (None: not checked).
"""

from __future__ import annotations

import pytest

from parley.extract.pipeline import extract


def _recipients(text: str, kind: str) -> list[tuple[str | None, str | None]]:
    found = []
    for event in extract(text, published="2022-02-04T10:11").events:
        if event.type != kind:
            continue
        party = event.recipient
        if party is None:
            found.append((None, None))
            continue
        words = text[party.span.start : party.span.end] if party.span else party.name
        found.append((words, party.code[:3] if party.code else None))
    return found


@pytest.mark.parametrize(
    ("text", "kind", "words", "country"),
    [
        # people counted or named by their role: the object, coded through the place named
        ("Police in Kenya arrested a handful of reporters during a rally in Nairobi.", "COERCE", "handful", "KEN"),
        ("Guards tortured an inmate to death in western Egypt.", "ASSAULT", "inmate to death in western Egypt", "EGY"),
        # a place the object is in codes it; the object is the party
        ("The army shelled a village in eastern Ukraine.", "ASSAULT", "village in eastern Ukraine", "UKR"),
    ],
)
def test_people_acted_on_are_the_object(text: str, kind: str, words: str, country: str | None) -> None:
    found = _recipients(text, kind)
    assert any(w == words and (country is None or c == country) for w, c in found), found


@pytest.mark.parametrize(
    ("text", "kind", "not_words", "words"),
    [
        # a thing the actor moves or opens is not the party: the country named stays the recipient
        ("Kenya is willing to open its borders for aid convoys to enter Somalia.", "AGREE", "its borders", "Somalia"),
        ("Israel is willing to withdraw its troops from southern Lebanon.", "AGREE", "its troops", "Lebanon"),
    ],
)
def test_things_are_not_the_party_acted_on(text: str, kind: str, not_words: str, words: str) -> None:
    found = _recipients(text, kind)
    assert all(w != not_words for w, _ in found), found
    assert any(w == words for w, _ in found), found


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # a preposition giving the reason names no recipient, whatever country it mentions
        ("Iranian police arrested a tourist on charges of spying for Israel.", "COERCE", "tourist"),
        ("Turkish prosecutors opened an investigation into the singer on suspicion of insulting the Turkish state.",
         "ACCUSE", "singer"),
        ("The Egyptian court sentenced the blogger on grounds of spreading false news about Egypt.", "COERCE", "blogger"),
        ("Police in Kenya detained the journalist in connection with the attack on a Somali hotel.", "COERCE", "journalist"),
    ],
)
def test_a_reason_is_not_the_recipient(text: str, kind: str, words: str) -> None:
    found = _recipients(text, kind)
    assert [w for w, _ in found] == [words], found


@pytest.mark.parametrize(
    ("text", "kind", "words", "country"),
    [
        # who issued a document acts in the clause that hangs on it, coded or not
        ("The EU issued a statement condemning Russia.", "ACCUSE", "The EU", "IGO"),
        ("Human Rights Watch released a report accusing the Ethiopian army of abuses.", "ACCUSE", "Human Rights Watch", "NGO"),
        ("The Kenyan parliament passed a resolution criticizing President Ruto for the tax increase.",
         "ACCUSE", "Kenyan parliament", "KEN"),
        ("The ministry published a statement welcoming the agreement with Iran.", "SUPPORT", "ministry", None),
    ],
)
def test_who_issued_a_document_acts(text: str, kind: str, words: str, country: str | None) -> None:
    events = [e for e in extract(text, published="2022-02-04T10:11").events if e.type == kind]
    actors = [(text[e.actor.span.start : e.actor.span.end], e.actor.code) for e in events if e.actor and e.actor.span]
    assert any(w == words and (country is None or (c or "")[:3] == country) for w, c in actors), actors


@pytest.mark.parametrize(
    ("text", "kind", "words"),
    [
        # the carried event noun's own party: "support for X", "support of X"
        ("Nigerian President Ahmed Bello voiced his strong support for President John Mensah.", "SUPPORT",
         "President John Mensah"),
        # a fronted event sets the scene: the country visited is not whom the praise is for
        ("On a visit to Ghana, Nigerian President Ahmed Bello voiced his strong support of President John Mensah.",
         "SUPPORT", "President John Mensah"),
    ],
)
def test_the_event_noun_names_its_party(text: str, kind: str, words: str) -> None:
    found = _recipients(text, kind)
    assert [w for w, _ in found] == [words], found


def test_a_sentence_with_no_event_gives_none() -> None:
    assert extract("The inmates ate lunch in a prison in western Egypt.", published="2022-02-04T10:11").events == []
