"""Issue 12 (actors and recipients from the clause's own arguments). Behaviour table; every
sentence is written for the test.

* The party acted on is the clause's object, coded through the place the clause names, when the
  object names people or a body: "tortured an inmate in northern Iran" has the inmate (coded IRN)
  as recipient, not the words "Iran".
* A pronoun subject of a clause that hangs on another ("..., where he met Erdogan") stands for that
  clause's subject when they agree ("he" a person).
"""

from __future__ import annotations

import pytest

from parley.extract.pipeline import extract


def _sides(text: str, kind: str) -> tuple[str | None, str | None, str | None, str | None]:
    """(actor code, actor words, recipient code, recipient words) of the first event of ``kind``."""
    for event in extract(text, published="2022-02-04T10:11").events:
        if event.type == kind:
            actor, recipient = event.actor, event.recipient
            return (actor.code if actor else None, actor.span.text if actor and actor.span else None,
                    recipient.code if recipient else None, recipient.span.text if recipient and recipient.span else None)
    raise AssertionError(f"no {kind} in {text!r}")


@pytest.mark.parametrize(
    ("text", "kind", "recipient_code", "recipient_words"),
    [
        ("Prison guards tortured an inmate to death in northern Iran last month.", "ASSAULT", "IRN", "inmate"),
        ("Gunmen attacked a police station in southern Nigeria on Sunday.", "ASSAULT", "NGA", "police station"),
        # a thing acted on keeps the mention that codes it
        ("The government lifted restrictions on Cuba.", "CONCEDE", "CUB", "Cuba"),
    ],
)
def test_the_object_is_the_recipient_coded_through_the_place(text: str, kind: str, recipient_code: str, recipient_words: str) -> None:
    _, _, code, words = _sides(text, kind)
    assert code is not None and code.startswith(recipient_code)
    assert words is not None and recipient_words in words


@pytest.mark.parametrize(
    ("text", "kind", "actor_code"),
    [
        ("Vladimir Putin arrived in Ankara on Monday, where he met Recep Tayyip Erdogan.", "CONSULT", "RUS"),
        ("Former U.S. President Barack Obama ended his trip in Paris, where he had lunch with French President Emmanuel Macron.",
         "CONSULT", "USA"),
    ],
)
def test_a_pronoun_in_a_hanging_clause_stands_for_the_governing_subject(text: str, kind: str, actor_code: str) -> None:
    code, _, _, _ = _sides(text, kind)
    assert code is not None and code.startswith(actor_code)


@pytest.mark.parametrize(
    ("text", "kind", "actor_code", "recipient_code", "recipient_words"),
    [
        # national bodies known by name (actors/organisations.tsv)
        ("Immigration and Customs Enforcement returned two stolen statues to Peru on Monday.", "RETREAT", "USACOP", "PER", "Peru"),
        ("The U.S. Department of Justice and the FBI have launched an investigation into Acme Widgets Inc.",
         "ACCUSE", "USAJUD", None, "Acme Widgets Inc"),
        # a thing acted on leaves the second subject the other party
        ("The United Kingdom and the United States signed a data sharing agreement.", "SUPPORT", "GBR", "USA", None),
    ],
)
def test_conjoined_subjects_and_named_bodies(text: str, kind: str, actor_code: str, recipient_code: str | None,
                                             recipient_words: str | None) -> None:
    """"X and Y launched an investigation into Z": Z (no dictionary codes it) is the recipient, not Y."""
    actor, _, code, words = _sides(text, kind)
    assert actor == actor_code
    assert code == recipient_code
    assert recipient_words is None or (words is not None and recipient_words in words)


@pytest.mark.parametrize(
    ("text", "kind", "actor_code"),
    [
        ("The United States is the largest donor to Sudan.", "AID", "USA"),
        ("Japan was the biggest donor to the relief effort in Nepal.", "AID", "JPN"),
    ],
)
def test_the_subject_of_be_acts_in_its_event_noun(text: str, kind: str, actor_code: str) -> None:
    code, _, _, _ = _sides(text, kind)
    assert code is not None and code.startswith(actor_code)


def test_being_a_threat_is_no_threat_by_the_subject() -> None:
    """"he is a threat to national security" says what someone is: no THREATEN with the subject as actor."""
    found = extract("Officials said the man is a threat to national security.", published="2022-02-04T10:11").events
    assert not [e for e in found if e.type == "THREATEN" and e.actor is not None and e.actor.span is not None
                and "man" in e.actor.span.text], found
