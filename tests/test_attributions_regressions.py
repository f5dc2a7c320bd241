"""One test per bug found while tuning on PolNeAR train and the VOA corpus."""

from __future__ import annotations

from typing import Any

import pytest

from parley.extract.attributions import extract_attributions
from parley.models import Attribution

pytestmark = pytest.mark.slow


def attributions(nlp: Any, text: str) -> list[Attribution]:
    return extract_attributions(nlp(text), text)


def by_cue(found: list[Attribution], cue: str) -> list[Attribution]:
    return [a for a in found if a.cue is not None and a.cue.text.endswith(cue)]


def test_bug_modal_will_in_a_name_is_not_part_of_the_cue(nlp: Any) -> None:
    text = "Will Wang, a Chinese student, said the internet is used heavily in everyday life."
    [a] = by_cue(attributions(nlp, text), "said")
    assert a.cue is not None and a.cue.text == "said"


def test_bug_complement_clause_is_not_read_as_a_parenthetical(nlp: Any) -> None:
    found = attributions(nlp, "Lavrov told reporters that Moscow would respond.")
    assert [a.cue.text for a in found if a.cue] == ["told"]


def test_bug_report_nested_in_another_statement_is_not_a_new_attribution(nlp: Any) -> None:
    found = attributions(nlp, "Critics suggest Europe can't afford to defend Ukraine.")
    assert [a.cue.text for a in found if a.cue] == ["suggest"]


def test_bug_participle_takes_the_reporting_subject(nlp: Any) -> None:
    text = 'Trump told Newsmax that Mitt Romney "had a crazy policy," adding, "He lost all of the Latino vote."'
    found = attributions(nlp, text)
    adding = [a for a in found if a.cue is not None and a.cue.text == "adding"]
    assert adding and adding[0].speaker is not None and adding[0].speaker.name == "Trump"


def test_bug_unnamed_spokesperson_is_not_an_unrelated_person(nlp: Any) -> None:
    text = (
        "Jimmy Lai, a businessman, has been jailed since 2020. A State Department spokesperson called for his release. "
        '"His detention is unjust," the spokesperson added in a statement.'
    )
    a = next(a for a in attributions(nlp, text) if "unjust" in a.content_text)
    assert a.speaker is not None and a.speaker.name == "State Department spokesperson"
    assert a.speaker.affiliation == "USA"
    assert a.addressee is not None and a.addressee.channel == "statement"


def test_bug_pronoun_continues_the_speaker_just_quoted(nlp: Any) -> None:
    text = (
        "Malaysian Prime Minister Mahathir Mohamad visited Singapore. "
        "Malaysia has lost access at sea by responding too late in the past, Oh Ei Sun said. "
        'I think this administration learned," he said.'
    )
    a = next(a for a in attributions(nlp, text) if "administration learned" in a.content_text)
    assert a.speaker is not None and a.speaker.name == "Oh Ei Sun"


def test_bug_salient_subject_beats_a_nearer_mention(nlp: Any) -> None:
    text = (
        "Nenad Stevandic, a close ally of Milorad Dodik, denounced the moves. "
        '"We are absolutely right," he said.'
    )
    a = next(a for a in attributions(nlp, text) if "absolutely right" in a.content_text)
    assert a.speaker is not None and a.speaker.name == "Nenad Stevandic"


def test_bug_quote_ending_a_sentence_does_not_take_the_next_sentences_verb(nlp: Any) -> None:
    text = (
        '"I do not believe there will be an arrest," Nobilo said. "Bosnia needs this defused." '
        "Nenad Stevandic, a close ally of Dodik, denounced the moves."
    )
    a = next(a for a in attributions(nlp, text) if "Bosnia needs" in a.content_text)
    assert a.speaker is not None and a.speaker.name == "Nobilo"


def test_bug_question_quote_is_not_the_answerers(nlp: Any) -> None:
    text = 'The host asked, "Would you have told her?" He answered, "I have no idea."'
    found = attributions(nlp, text)
    answer = next(a for a in found if "no idea" in a.content_text)
    assert "Would you" not in answer.content_text


def test_bug_fronted_content_with_a_misparsed_cue(nlp: Any, seed_text: str) -> None:
    a = next(a for a in attributions(nlp, seed_text) if a.cue is not None and a.cue.text == "has told")
    assert a.content[0].text.startswith("The United States believes")
    assert a.source is not None and a.source.text.endswith("Victoria Nuland")
