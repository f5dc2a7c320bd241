"""Issue 12 (SUPPORT, COERCE): votes, thanks and approval are SUPPORT; the internet cut is
COERCE. Behaviour table; every sentence is written for the test. Each row: the
sentence and the types expected among its events (empty: no event at all).
"""

from __future__ import annotations

import pytest

from parley.extract.pipeline import extract


def _kinds(text: str) -> set[str]:
    return {e.type for e in extract(text, published="2022-02-04T10:11").events}


@pytest.mark.parametrize(
    ("text", "kinds"),
    [
        ("Spain voted for the resolution on Palestine.", {"SUPPORT"}),
        ("The UN chief appreciated Bangladesh's generosity toward refugees.", {"SUPPORT"}),
        ("Germany signalled its approval of the Polish plan.", {"SUPPORT"}),
        ("Ethiopian authorities cut off internet access in Tigray.", {"COERCE"}),
        ("The government of Iran shut down the internet across the country.", {"COERCE"}),
        # not events: a crowd leaving, a poll, people named for whom they back
        ("The crowd dispersed peacefully after the match.", set()),
        ("The president's approval rating fell to 40 percent.", set()),
        ("His supporters gathered outside the stadium in the rain.", set()),
    ],
)
def test_support_and_coerce_wording(text: str, kinds: set[str]) -> None:
    assert _kinds(text) == kinds
