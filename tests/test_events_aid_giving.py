"""Issue 12 (AID): giving material, money, peacekeepers or rescue workers to a party is AID; the
same verbs with other objects are not. Behaviour table; every sentence is written for the test.
Each row: the sentence, the types expected among its events (empty: no event at all), and the
actor's and recipient's countries of the first event of the first type (None: not checked).
"""

from __future__ import annotations

import pytest

from parley.extract.pipeline import extract


def _events(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.actor.code[:3] if e.actor and e.actor.code else None,
             e.recipient.code[:3] if e.recipient and e.recipient.code else None)
            for e in extract(text, published="2022-02-04T10:11").events]


@pytest.mark.parametrize(
    ("text", "kinds", "actor", "recipient"),
    [
        # material flown, rushed or supported with
        ("Japan flew relief goods to the Philippines after the typhoon.", ["AID"], "JPN", "PHL"),
        ("The United States rushed emergency food aid to Ethiopia.", ["AID"], "USA", "ETH"),
        ("Germany has been supporting Ukraine with weapons.", ["AID"], "DEU", "UKR"),
        ("China gave Cambodia two patrol boats.", ["AID"], "CHN", "KHM"),
        # peacekeepers and rescue workers sent abroad; whom they help is the recipient, not the workers
        ("Ghana sent 800 peacekeepers to South Sudan.", ["AID"], "GHA", "SSD"),
        ("Brazil dispatched rescuers to Mozambique after the cyclone.", ["AID"], "BRA", "MOZ"),
        ("Mexico sent firefighters to help Chile battle wildfires.", ["AID"], "MEX", "CHL"),
        # not aid: troops to a border, verbal support, a flight
        ("Russia sent 3,000 troops to the border with Ukraine.", ["MOBILIZE"], "RUS", None),
        ("The senator supported the plan.", ["SUPPORT"], None, None),
        ("The pilot flew the plane to Paris on Monday.", [], None, None),
    ],
)
def test_giving_is_aid(text: str, kinds: list[str], actor: str | None, recipient: str | None) -> None:
    found = _events(text)
    assert sorted({k for k, _, _ in found}) == sorted(kinds), found
    if kinds:
        first = next(e for e in found if e[0] == kinds[0])
        assert actor is None or first[1] == actor, found
        assert recipient is None or first[2] == recipient, found
