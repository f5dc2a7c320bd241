"""Speakers on unseen news (issue 11): who said it, as one behaviour table of constructions met in
VOA stories, written afresh (no gold text), with cases that must name nobody or find no statement."""

from __future__ import annotations

from typing import Any

import pytest

from parley.extract.attributions import extract_attributions
from parley.models import Attribution

pytestmark = pytest.mark.slow


def attributions(nlp: Any, text: str) -> list[Attribution]:
    return extract_attributions(nlp(text), text)


def speaker_of(found: list[Attribution], words: str) -> str | None:
    """The speaker of the statement whose content holds ``words`` ("-" when no statement holds them)."""
    for a in found:
        if words in a.content_text:
            return a.speaker.name if a.speaker else None
    return "-"


# (text, words of the statement, the speaker's name; None: a statement with no speaker; "-": no statement)
SPEAKERS = [
    # Generational qualifiers: "the younger Lai" is the son introduced later, "the elder Lai" the father.
    (
        'Jimmy Lai, 77, is in prison. His son Sebastien Lai spoke in Washington. '
        '"We are grateful for the help," the younger Lai said at an event.',
        "grateful for the help", "Sebastien Lai",
    ),
    (
        'Jimmy Lai, 77, is in prison. His son Sebastien Lai spoke in Washington. '
        '"Of course I disagree," the elder Lai said in court.',
        "Of course I disagree", "Jimmy Lai",
    ),
    # A bare shared surname stays with the one introduced first.
    (
        'Jimmy Lai, 77, is in prison. His son Sebastien Lai spoke in Washington. "It is rubbish," Lai said.',
        "It is rubbish", "Jimmy Lai",
    ),
    # A surname-first name whose first word the tagger reads as an interjection.
    (
        "The government froze a pipeline. It is looking now at all its rights, said Oh Ei Sun, senior fellow "
        "with the Singapore Institute of International Affairs. Malaysia has lost access at sea, Oh said.",
        "lost access at sea", "Oh Ei Sun",
    ),
    # A first name that looks like a regular past of "say".
    (
        "Sayed Abdul Wajeed Sadat, the provincial head of the Red Crescent Society, told VOA five people had died.",
        "five people had died", "Sayed Abdul Wajeed Sadat",
    ),
]


@pytest.mark.parametrize(("text", "words", "expected"), SPEAKERS)
def test_speakers_on_unseen_news(nlp: Any, text: str, words: str, expected: str | None) -> None:
    assert speaker_of(attributions(nlp, text), words) == expected


def test_bug_sayed_was_read_as_a_form_of_say() -> None:
    from parley.extract.attributions.cues import lexicon

    assert lexicon().verb_form("Sayed") is None
    assert (lexicon().verb_form("Said"), lexicon().verb_form("Stated")) == ("say", "state")
