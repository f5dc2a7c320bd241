"""Issue 12, read from 40 shown events of unlabelled VOA sentences (outside every labelled part, 2026-12-06): promises and
refusals only said to be possible, aims, a hedge on the verb a participle clause follows, proof offered. Behaviour
tables; every sentence is written for the test.
"""

from __future__ import annotations

import pytest
from event_triples import first_shown, triples

from parley.extract.pipeline import extract


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        # a modal of possibility: no promise and no refusal is made
        ("Diplomats want to know what concessions Ukraine might be willing to make.", "AGREE", False),
        ("Russia may reject the plan.", "REJECT", False),
        ("Some members may not immediately agree on more complex proposals.", "REJECT", False),
        # said outright, or as an intention, they are made
        ("Ukraine is willing to make concessions.", "AGREE", True),
        ("Russia rejected the U.S. plan.", "REJECT", True),
        # a conjoined clause's modal is its own
        ("We may not have to go that far, but Germany is prepared to support the changes.", "AGREE", True),
    ],
)
def test_bug_promise_or_refusal_only_possible_was_shown(text: str, kind: str, shown: bool) -> None:
    assert first_shown(text, kind) is shown


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        ("The group conducts bombings in Somalia, aiming to topple the government and impose its rule.", "THREATEN", False),
        ("The talks aim to end the war in Ukraine.", "AGREE", False),
        # the participle clause after a hedged verb is hedged too
        ("Japan will likely increase cooperation with NATO, deepening security agreements with Australia.", "AGREE", False),
        ("Russia attacked Ukraine on Monday, killing dozens of civilians.", "ASSAULT", True),
    ],
)
def test_bug_aim_or_hedged_participle_was_shown(text: str, kind: str, shown: bool) -> None:
    assert first_shown(text, kind) is shown


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The spokesman offered no evidence for his claims.", []),
        ("Russia offered to mediate between Armenia and Azerbaijan.", ["AGREE"]),
        # proof shared with another state is cooperation (PLV codes it so)
        ("Turkish officials shared evidence with Saudi Arabia.", ["COOPERATE"]),
    ],
)
def test_bug_offering_evidence_was_a_promise(text: str, expected: list[str]) -> None:
    assert [e.type for e in extract(text).events] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "reduce" is a sanction when what is cut back is what one state gives or keeps with another
        ("The U.S. reduced military aid to Colombia.", [("SANCTION", "USA", "COL")]),
        ("The United Nations reduced food supplies to the refugee camp in Thailand.", [("SANCTION", "IGO", "THA")]),
        ("China reduced imports of Australian coal.", [("SANCTION", "CHN", "AUS")]),
        # not a dependence, a risk or barriers
        ("The government in China is reducing its dependence on imports of high-technology products.", []),
        ("Russia and the United States agreed on steps to reduce the risk of conflict.", [("AGREE", "RUS", "USA")]),
    ],
)
def test_bug_reducing_anything_was_a_sanction(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    assert triples(text) == expected


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # "once" after the subject: at one time, a life's past
        ("Gee was once invited to the White House by President Nixon.", False),
        ("Putin once met Obama in Paris.", False),
        # one more time, or a time clause, is no such past
        ("Bangladesh has once again rejected an Indian proposal.", True),
        ("Once the talks collapsed, Russia attacked Ukraine.", True),
        # after the verb it is one time; last in the text it must not look past the end (review bug)
        ("Putin met Obama once", True),
    ],
)
def test_bug_event_of_a_life_long_past_was_shown(text: str, shown: bool) -> None:
    events = [e for e in extract(text).events if e.type in {"REQUEST", "CONSULT", "REJECT", "ASSAULT"}]
    assert events, text
    assert (not events[-1].partial) is shown, events[-1].cues


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "reduce to" destroys only when it is rubble, ruins or ashes
        ('"Turkish relations are so reduced to these two guys," said the analyst.', []),
        # the shelling is the event "reduced" tells: one event (session 38)
        ("The shelling by Russian forces reduced the Ukrainian town to rubble.", ["ASSAULT"]),
    ],
)
def test_bug_reduced_to_was_an_attack(text: str, expected: list[str]) -> None:
    assert [e.type for e in extract(text).events] == expected


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        # a fear or a worry stated as a proposition is a view; rebuffing it refuses no one
        ("The Commerce chief rebuffed fears that the tariffs would cause a recession in the United States.", "REJECT", False),
        # "repeatedly" sums up a habit, like "routinely"
        ("Western nations have repeatedly called for an inclusive government in Syria.", "REQUEST", False),
        ("Western nations called on Monday for an inclusive government in Syria.", "REQUEST", True),
    ],
)
def test_bug_fear_rebuffed_or_repeated_call_was_shown(text: str, kind: str, shown: bool) -> None:
    assert first_shown(text, kind) is shown


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        # read in the official record: an order or a plea, a condition put first, a habit
        ("Just call me and let me know if he knows.", "CONSULT", None),
        ("Stop the war in Ukraine now!", "RETREAT", False),
        ("A big ally like the U.S. constantly consults with Estonia.", "CONSULT", False),
        ("The U.S. consulted with Estonia on Monday.", "CONSULT", True),
    ],
)
def test_bug_order_or_constant_habit_was_shown(text: str, kind: str, shown: bool | None) -> None:
    assert first_shown(text, kind) is shown


def test_bug_inverted_condition_was_a_demand() -> None:
    # "should Russia invade" is "if Russia invades", no demand that Russia invade
    events = extract("We will work with Germany to ensure that Nord Stream 2 does not move forward should Russia invade.").events
    assert "REQUEST" not in [e.type for e in events], events
    assert [e.type for e in extract("Russia said that Sudan must return the helicopter.").events] == ["REQUEST"]


@pytest.mark.parametrize(
    ("text", "kind", "shown"),
    [
        # the act a response is readied or promised for has not happened
        ("We are ready to respond decisively to a Russian attack on Ukraine.", "ASSAULT", False),
        ("NATO responded to the Russian attack on Ukraine with sanctions.", "ASSAULT", True),
        # "met with" a reaction, even an indefinite one, meets no one
        ("Any move across the border will be met with a swift and severe response from the United States.", "AGREE", None),
        ("Biden met with a Russian delegation in Geneva.", "CONSULT", True),
    ],
)
def test_bug_awaited_attack_or_met_response_was_shown(text: str, kind: str, shown: bool | None) -> None:
    assert first_shown(text, kind) is shown


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # a guess at who is behind something is no accusation yet
        ("Some commentators suggested French presidential ambitions may be behind his skepticism.", False),
        ("The government said Taliban militants were responsible for the attack.", True),
    ],
)
def test_bug_guess_at_blame_was_shown(text: str, shown: bool) -> None:
    assert first_shown(text, "ACCUSE") is shown
