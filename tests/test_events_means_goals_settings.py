"""Issue 12, read from shown events of unlabelled corpus sentences (session 34): who acts in a "by ...ing" phrase, what
a passive relative clause's noun is, what is only aimed at, what a party is known for, standings granted, and an event
noun that is only the setting of a thing. Every sentence is written for the test, none copied from an evaluation set.
"""

from __future__ import annotations

import pytest
from event_triples import first_shown, triples

Triple = tuple[str, str | None, str | None]


# -- the doer of a gerund after "by", "before", "after" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("France responded to the attack by destroying Ivory Coast's air force.", ("ASSAULT", "FRA", "CIV")),
        ("Russia answered the sanctions by expelling ten American diplomats.", ("SANCTION", "RUS", "USA")),
        ("Canada retaliated by announcing new tariffs on U.S. steel.", ("SANCTION", "CAN", "USA")),
    ],
)
def test_bug_gerund_of_means_had_no_actor(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)


@pytest.mark.parametrize(
    ("text", "kind", "not_actor"),
    [
        # the accused acts, not the accuser
        ("Albanian opponents accused him of allowing graft to flourish.", "CONCEDE", "ALB"),
        # passive gerund: someone else frees him
        ("The Cambodian journalist thanked his supporters after being freed from prison.", "RETREAT", "KHM"),
        # the gerund is the passive's agent
        ("Thousands of civilians were displaced by fighting between rebels and Malian forces.", "ASSAULT", "MLI"),
    ],
)
def test_gerund_of_other_prepositions_keeps_its_own_actor(text: str, kind: str, not_actor: str) -> None:
    assert not [t for t in triples(text) if t[0] == kind and t[1] == not_actor], triples(text)


# -- a passive relative clause acts on its noun ----------------------------------------------------------


def test_bug_passive_relative_clause_made_its_noun_the_actor() -> None:
    text = ("The vessels are operated by the Islamic Republic of Iran Shipping Lines, which itself is sanctioned by "
            "the U.S. Treasury Department.")
    found = [t for t in triples(text) if t[0] == "SANCTION"]
    assert found and all(t[1] != "IRN" for t in found), triples(text)


# -- what is only aimed at --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("North Korea conducted missile tests in an effort to pressure the United States.", "REQUEST"),
        ("Rebels made a bid to oust the president of Chad.", "COERCE"),
        ("The leaders discussed joint efforts to deter further Russian aggression against Ukraine.", "ASSAULT"),
    ],
)
def test_bug_aim_of_an_effort_was_shown_as_done(text: str, kind: str) -> None:
    assert first_shown(text, kind) in {False, None}, triples(text)


def test_what_was_done_in_the_effort_stays_shown() -> None:
    found = triples("North Korea conducted missile tests in an effort to pressure the United States.", shown=True)
    assert any(t[0] == "MOBILIZE" and t[1] == "PRK" for t in found), found


# -- what a party is known for ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The newspaper was known for its investigations into corruption in Guatemala.", "ACCUSE"),
        ("The militia is notorious for attacking journalists in Somalia.", "ASSAULT"),
    ],
)
def test_bug_reputation_was_an_event(text: str, kind: str) -> None:
    assert first_shown(text, kind) is False, triples(text)


# -- a standing granted is no aid ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "aid"),
    [
        ("Khalil was granted lawful permanent residency status in the United States.", False),
        ("Russia granted citizenship to 800,000 people in Ukraine's east.", False),
        ("Japan granted $5 million to Sri Lanka.", True),
    ],
)
def test_bug_granted_residency_was_aid(text: str, aid: bool) -> None:
    assert any(t[0] == "AID" for t in triples(text)) is aid, triples(text)


# -- an event noun that is the setting of a thing --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("Turkey and Russia back rival sides in the Syrian civil war.", "ASSAULT", False),
        # a meeting something stands in took place
        ("Sanctions were among the central topics in our talks with the President of Belarus.", "CONSULT", True),
        # on a verb it is where the act happened
        ("Three Ukrainian soldiers were killed in the Russian attack on the base.", "ASSAULT", True),
    ],
)
def test_event_noun_as_setting_of_a_thing(text: str, kind: str, shown: bool) -> None:
    assert first_shown(text, kind) is shown, triples(text)


# -- what is left open ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("To what extent the United States will defend its longtime ally was not immediately made clear.", False),
        ("It is unclear how the United States will support Taiwan.", None),  # nothing coded, or hidden
        ("This is how we will support Ukraine, the minister said.", True),  # said, not asked
    ],
)
def test_bug_open_question_of_what_will_be_done_was_a_promise(text: str, shown: bool | None) -> None:
    assert first_shown(text, "AGREE") in ({shown} if shown is not None else {None, False}), triples(text)


# -- blocking what is published is censorship ---------------------------------------------------------


def test_blocking_an_app_is_censorship_not_protest() -> None:
    assert [t[0] for t in triples("Russia blocked the messaging app Telegram in 2018.")] == ["COERCE"]


# -- read in the official record: what is refrained from, how something is seen, a notice sent ----------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("We asked the Alliance to refrain from deploying strike weapons near Russia.", "MOBILIZE"),
        ("We do not see this as a concession to Russia.", "CONCEDE"),
    ],
)
def test_bug_refrained_or_viewed_act_was_shown(text: str, kind: str) -> None:
    assert first_shown(text, kind) in {False, None}, triples(text)


def test_bug_notification_sent_to_congress_was_aid() -> None:
    assert not [t for t in triples("We sent a notification up to Congress last Friday.") if t[0] == "AID"]


# -- rallying behind a party; the Pakistani Taliban ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("NATO members rallied around Poland.", ("SUPPORT", "IGO", "POL")),
        ("Thousands rallied in Nairobi against the tax bill.", ("PROTEST", "KEN", "KEN")),  # a rally stays a protest
        # a national group the dictionaries filed under another country's name
        ("The Pakistani Taliban claimed responsibility for the attack on the convoy.", ("ASSAULT", "PAK", None)),
    ],
)
def test_bug_rallying_behind_was_protest_and_pakistani_taliban_afghan(text: str, expected: Triple) -> None:
    assert expected in triples(text, shown=True), triples(text)
