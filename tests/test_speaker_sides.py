"""A speaker's side on an official page (issue 15): their own affiliation; the publisher's side only for
the publisher's own officials. Behaviour table: a transcript on an official page -> each turn speaker's
(name, affiliation)."""

from __future__ import annotations

import pytest

import parley

WHITE_HOUSE = {"outlet": "The White House (U.S.)", "url": "https://www.whitehouse.gov/briefing-room/x/"}
KREMLIN = {"outlet": "Kremlin (President of Russia)", "url": "http://en.kremlin.ru/events/president/news/1"}

MUNICH = (
    "THE VICE PRESIDENT: Good morning. Thank you, Ambassador Ischinger, for the kind introduction.\n\n"
    "AMBASSADOR ISCHINGER: Madam Vice President, thank you so much for this great speech.\n\n"
    "THE VICE PRESIDENT: Thank you. It is an honor to be here.\n\n"
    "AMBASSADOR ISCHINGER: Now, on a slightly more serious note, what about the Alliance?\n\n"
    "THE VICE PRESIDENT: The Alliance is strong.\n"
)
BRIEFING = (
    "MS. PSAKI: Hi, everyone. I have one item for you at the top.\n\n"
    "AMBASSADOR THOMAS-GREENFIELD: Thank you, Jen. We will hold a meeting of the Security Council today.\n\n"
    "MS. PSAKI: Thank you, Ambassador. Questions?\n"
)


GUESTS = (
    "PRESIDENT BIDEN: Thank you all for being here. It is good to see you.\n\n"
    "PRIME MINISTER KARINS: Thank you, Mr. President, for the warm welcome.\n\n"
    "CHANCELLOR NEHAMMER: Thank you. Austria stands with Ukraine.\n\n"
    "FOREIGN MINISTER RINKEVICS: We are grateful to the United States.\n\n"
    "PRESIDENT BIDEN: Thank you.\n"
)
AIDES = (
    "PRESIDENT PUTIN: Good afternoon, colleagues. Let us begin.\n\n"
    "PRIME MINISTER MISHUSTIN: Mr President, the Government has prepared the measures.\n\n"
    "DEPUTY CHIEF OF STAFF KOZAK: The talks in Paris lasted eight hours.\n\n"
    "PRESIDENT PUTIN: Thank you.\n"
)


def _sides(text: str, title: str, published: str, **page: str) -> list[tuple[str | None, str | None]]:
    found = parley.extract(text, steps=["attributions"], title=title, published=published, **page).attributions
    return list(dict.fromkeys((a.speaker.name, a.speaker.affiliation) for a in found if a.kind == "turn" and a.speaker))


@pytest.mark.parametrize(
    ("text", "title", "page", "expected"),
    [
        # The host of the Munich conference (a German) on a White House page takes no US side.
        (MUNICH, "Remarks by Vice President Harris at the Munich Security Conference", WHITE_HOUSE,
         [("Kamala Harris", "USA"), ("Ischinger", None)]),
        # A title that is an office of the publisher keeps the publisher's side.
        (BRIEFING, "Press Briefing by Press Secretary Jen Psaki and Ambassador Linda Thomas-Greenfield",
         WHITE_HOUSE, [("Jen Psaki", "USA"), ("Linda Thomas-Greenfield", "USA")]),
        # Guests with a head's title on the host's page: the host's heads are its office holders.
        (GUESTS, "Remarks by President Biden before a meeting", WHITE_HOUSE,
         [("Joe Biden", "USA"), ("Karins", None), ("Nehammer", None), ("Rinkevics", None)]),
        # The publisher's own officials keep its side: a holder of a head's office, an aide by title.
        (AIDES, "Meeting with Government members", KREMLIN,
         [("Vladimir Putin", "RUS"), ("Mikhail Mishustin", "RUS"), ("Kozak", "RUS")]),
    ],
)
def test_bug_ischinger_was_on_the_us_side(text: str, title: str, page: dict, expected: list) -> None:
    """Bug (issue 15): "AMBASSADOR ISCHINGER:" on a White House page was affiliated USA (the publisher's
    side given to anyone with a title), so the Munich chair's questions counted as US statements."""
    assert _sides(text, title, "2022-02-19", **page) == expected
