"""Behaviour tables: one row per construction the attribution step must read (and texts that hold none)."""

from __future__ import annotations

from typing import Any

import pytest

from parley.extract.attributions import extract_attributions
from parley.models import Attribution

pytestmark = pytest.mark.slow


def attributions(nlp: Any, text: str) -> list[Attribution]:
    return extract_attributions(nlp(text), text)


def find(found: list[Attribution], content: str) -> Attribution:
    for a in found:
        if content in a.content_text or a.content_text in content and len(a.content_text) > 3:
            return a
    raise AssertionError(f"no attribution with content {content!r}; got {[a.content_text for a in found]}")


# text, content (substring of the joined content), kind, cue, source, speaker name
DIRECT = [
    ('"We will not back down," she said. Jane Smith chairs the committee.', "We will not back down,", "direct", "said", "she", "Jane Smith"),
    ('Jane Smith said: "We will not back down."', "We will not back down.", "direct", "said", "Jane Smith", "Jane Smith"),
    ('Jane Smith said, "We will not back down."', "We will not back down.", "direct", "said", "Jane Smith", "Jane Smith"),
    ('“The talks failed,” said Sergei Lavrov, Russia’s foreign minister.', "The talks failed,", "direct", "said", "Sergei Lavrov", "Sergei Lavrov"),
    ("``We are ready,'' the minister added.", "We are ready,", "direct", "added", "the minister", None),
    ("«Nous sommes prêts», said Emmanuel Macron.", "Nous sommes prêts", "direct", "said", "Emmanuel Macron", "Emmanuel Macron"),
    # Split by the cue: one attribution, two content parts.
    ('"The first part," John Kirby said, "and the second part."', "The first part, … and the second part.", "direct", "said", "John Kirby", "John Kirby"),
    # Several sentences in one quote.
    ('"This is bad. It is very bad. We must act," Kirby told reporters.', "This is bad. It is very bad. We must act,", "direct", "told", "Kirby", "Kirby"),
    # A quote over two paragraphs (the first paragraph does not close it).
    ('Pentagon spokesman John Kirby spoke on Monday.\n\n"We are watching closely.\n\n"We will respond," Kirby said.',
     "We are watching closely. … We will respond,", "direct", "said", "Kirby", "John Kirby"),
    # Stray quote mark earlier in the article: the later quote is still found.
    ('The "deal was signed on Monday.\n\n"It is a good day," said Antony Blinken.', "It is a good day,", "direct", "said", "Antony Blinken", "Antony Blinken"),
    # A quote closed by a colon-introduced cue in the previous paragraph.
    ("Kirby continued:\n\n“We are not going to tolerate this.”", "We are not going to tolerate this.", "direct", "continued", "Kirby", "Kirby"),
    # British style: single marks, a plural possessive inside.
    ("‘It is the Ukrainians’ fight, not ours,’ said Boris Johnson.", "It is the Ukrainians’ fight, not ours,", "direct", "said",
     "Boris Johnson", "Boris Johnson"),
    # A quote nested in a quote with the same marks.
    ('"He told me "no way" twice," said Jane Smith.', 'He told me "no way" twice,', "direct", "said", "Jane Smith", "Jane Smith"),
    # A statement named before the quote: by a comma, or closing the previous sentence or paragraph.
    ("The Foreign Ministry issued a statement, “Russia will respond to any provocation.”", "Russia will respond to any provocation.",
     "direct", "issued", "The Foreign Ministry", "Foreign Ministry"),
    ("Sam Lau, the party spokesman, said in a statement.\n\n“There are no paper ballots to recount.”",
     "There are no paper ballots to recount.", "direct", "said", "Sam Lau", "Sam Lau"),
    # A colon after a clause with no speech verb, after a document, after an inverted cue.
    ("Clinton’s response was: “Is the store in Connecticut or Wisconsin?”", "Is the store in Connecticut or Wisconsin?", "direct", "was",
     "Clinton’s response", None),
    ("Not all panels are equal. From the report: “Samples with more elaborate weighting were more accurate.”",
     "Samples with more elaborate weighting were more accurate.", "direct", ":", "the report", None),
    ("Stated Stone:\n\n“I think that the stakes are so high.”", "I think that the stakes are so high.", "direct", "Stated", "Stone", "Stone"),
    # A quoted predicate: the phrase is what the speaker called it.
    ("Trump called the system “rigged” in a tweet on Tuesday.", "the system “rigged”", "mixed", "called", "Trump", None),
    ("Lavrov described the proposal as “absurd.”", "the proposal as “absurd.”", "mixed", "described", "Lavrov", None),
    # A question quote, then a capitalised subject and its cue.
    ('"You think I\'m going to change?" Trump asked reporters. "I\'m not changing."', "You think I'm going to change?", "direct", "asked",
     "Trump", None),
    # A body speaking as "it".
    ("The Foreign Ministry said in a statement that Russia would respond.\n\n“We will not tolerate this,” it added.",
     "We will not tolerate this,", "direct", "added", "it", "Foreign Ministry"),
]


@pytest.mark.parametrize(("text", "content", "kind", "cue", "source", "speaker"), DIRECT)
def test_direct_quotes(nlp: Any, text: str, content: str, kind: str, cue: str, source: str, speaker: str | None) -> None:
    a = find(attributions(nlp, text), content)
    assert a.kind == kind
    assert a.cue is not None and a.cue.text.startswith(cue)
    assert a.source is not None and a.source.text == source
    if speaker is not None:
        assert a.speaker is not None and a.speaker.name == speaker
    for span in a.content:
        assert text[span.start : span.end] == span.text
        assert not span.text.startswith(('"', "“", "'", "«"))


INDIRECT = [
    ("Jane Smith said the talks had failed.", "the talks had failed", "indirect", "said", "Jane Smith"),
    ("Jane Smith said that the talks had failed.", "that the talks had failed", "indirect", "said", "Jane Smith"),
    ("Lavrov told reporters that Moscow would respond.", "that Moscow would respond", "indirect", "told", "Lavrov"),
    ("According to Lavrov, the talks failed.", "the talks failed", "indirect", "According to", "Lavrov"),
    ("The talks failed, according to Russian officials.", "The talks failed", "indirect", "according to", "Russian officials"),
    ("Stoltenberg warned that Russia was massing troops.", "that Russia was massing troops", "indirect", "warned", "Stoltenberg"),
    ("Zelensky urged the West to send more weapons.", "to send more weapons", "indirect", "urged", "Zelensky"),
    ("Moscow accused Kyiv of shelling the plant.", "shelling the plant", "indirect", "accused", "Moscow"),
    ("Guterres called for an immediate ceasefire.", "an immediate ceasefire", "indirect", "called for", "Guterres"),
    ("Officials believe the attack was planned for months.", "the attack was planned for months", "indirect", "believe", "Officials"),
    ("The ministry denied the report.", "the report", "indirect", "denied", "The ministry"),
    ("She insisted the deal was fair.", "the deal was fair", "indirect", "insisted", "She"),
    ("The economy, he said, is growing.", "The economy", "indirect", "said", "he"),
    ("The economy is growing, Janet Yellen said on Monday.", "The economy is growing", "indirect", "said", "Janet Yellen"),
    ("In her words, the people of Russia deserve security.", "the people of Russia deserve security", "indirect", "In her words", "her"),
    ("The White House said in a statement that the talks would resume.", "that the talks would resume", "indirect", "said", "The White House"),
    ("Trump wrote on Truth Social that the election was stolen.", "that the election was stolen", "indirect", "wrote", "Trump"),
    # Light verbs: the object noun is the speech act, the preposition's object what it is about.
    ("Donald Trump has made comments about the possibility of voter fraud.", "the possibility of voter fraud", "indirect",
     "has made comments about", "Donald Trump"),
    ("Senator Chuck Grassley raised questions about the nominee's record.", "the nominee's record", "indirect",
     "raised questions about", "Senator Chuck Grassley"),
    ("Blackwell also took a shot at Hillary Clinton.", "Hillary Clinton", "indirect", "took a shot at", "Blackwell"),
    ("Trump notably made no mention of Jeb Bush.", "Jeb Bush", "indirect", "made no mention of", "Trump"),
    # Stance adjectives after a copula.
    ("Republicans have been critical of Clinton's use of personal email.", "Clinton's use of personal email", "indirect",
     "have been critical of", "Republicans"),
    ("Officials are confident that the talks will resume.", "that the talks will resume", "indirect", "are confident", "Officials"),
    # Mixed: reported speech with a quoted phrase inside.
    ('Biden called the agreement a "significant achievement" for peace.', "the agreement a \"significant achievement\"", "mixed", "called", "Biden"),
    ('Rubio says Obama is "obsessed" with the issue.', 'Obama is "obsessed" with the issue', "mixed", "says", "Rubio"),
]


@pytest.mark.parametrize(("text", "content", "kind", "cue", "source"), INDIRECT)
def test_indirect_and_mixed(nlp: Any, text: str, content: str, kind: str, cue: str, source: str) -> None:
    a = find(attributions(nlp, text), content)
    assert a.kind == kind
    assert a.cue is not None and a.cue.text.lower().startswith(cue.lower())
    assert a.source is not None and a.source.text == source


@pytest.mark.parametrize(
    "text",
    [
        "",
        "The river flows through the valley and the town sleeps.",
        "Troops crossed the border on Monday and shelled three villages.",
        "Prices rose by 5% in March.",
        # A title and a scare quote are not statements.
        'She watched "Saturday Night Live" with friends.',
        'The so-called "peace plan" was never published.',
        # Light verbs and adjectives with other objects say nothing.
        "He made a deal with the company.",
        "She took a seat at the table.",
        "The door was open and the room was critical to the plan.",
        "It is clear that the talks failed.",
        # Killing and winning are not claims.
        "The virus spread to 13 countries, claiming more than 500 lives.",
        # Stray and unbalanced quote marks alone yield nothing.
        'The " mark stands alone here and another ” there.',
    ],
)
def test_texts_without_attributions(nlp: Any, text: str) -> None:
    assert attributions(nlp, text) == []


# Resolution: text, content, expected speaker name, role substring, affiliation
RESOLUTION = [
    # Pronoun to the nearest person of the same gender.
    ("Victoria Nuland met reporters. Ms. Nuland was calm. \"We are ready,\" she said.", "We are ready,", "Victoria Nuland", None, None),
    ("Antony Blinken and Victoria Nuland spoke. Nuland left early. \"I must go,\" she said.", "I must go,", "Victoria Nuland", None, None),
    # Surname and title to the fullest name.
    ('Sergei Lavrov arrived. "We will see," Lavrov said.', "We will see,", "Sergei Lavrov", None, None),
    ('Sergei Lavrov arrived. "We will see," Mr. Lavrov said.', "We will see,", "Sergei Lavrov", None, None),
    # Description to the person whose role and affiliation fit.
    ("US Under Secretary of State Victoria Nuland spoke in Moscow. \"We want peace,\" the US diplomat continued.",
     "We want peace,", "Victoria Nuland", "Under Secretary of State", "USA"),
    ("Russian Foreign Minister Sergei Lavrov spoke. \"No,\" the minister said.", "No,", "Sergei Lavrov", "Foreign Minister", "RUS"),
    # Documents stand for whoever issued them; news organisations are bodies.
    ("A statement from the Foreign Ministry said Russia would respond.", "Russia would respond", "Foreign Ministry", None, None),
    ("The NISA statement said five militants were killed.", "five militants were killed", "NISA", None, None),
    ("A recent United Nations report said the attacks had increased.", "the attacks had increased", "United Nations", None, "UN"),
    ("The Reuters news agency reported that the ship had sailed.", "that the ship had sailed", "Reuters", None, None),
    ("The media watchdog Reporters Without Borders said the arrests were unjust.", "the arrests were unjust",
     "Reporters Without Borders", None, None),
    ("Neither China nor anyone else replied. Neither China said the deal was fair.", "the deal was fair", "China", None, None),
    # "they" after a group's statement.
    ("Rights groups said the arrests were unjust. They called for the release of the journalists.", "the release of the journalists",
     "Rights groups", None, None),
    # Role and affiliation from an apposition.
    ('"Talks resume on Monday," said Geir Pedersen, the U.N. special envoy for Syria.', "Talks resume on Monday,",
     "Geir Pedersen", "special envoy for Syria", "UN"),
]


@pytest.mark.parametrize(("text", "content", "name", "role", "affiliation"), RESOLUTION)
def test_speaker_resolution(nlp: Any, text: str, content: str, name: str, role: str | None, affiliation: str | None) -> None:
    a = find(attributions(nlp, text), content)
    assert a.speaker is not None and a.speaker.name == name
    if role is not None:
        assert a.speaker.role is not None and role in a.speaker.role
    if affiliation is not None:
        assert a.speaker.affiliation == affiliation


def test_inferred_speaker_for_following_quote(nlp: Any) -> None:
    text = '"They deserve better," Kirby said. "We don\'t need this."'
    found = attributions(nlp, text)
    first = find(found, "They deserve better,")
    second = find(found, "We don't need this.")
    assert not first.inferred
    assert second.inferred and second.speaker is not None and second.speaker.name == "Kirby"
    assert second.continues == found.index(first)


@pytest.mark.parametrize(
    ("text", "content", "addressee", "channel"),
    [
        ("Victoria Nuland has told TASS in an interview that talks would go on.", "talks would go on", "TASS", "interview"),
        ("Lavrov told reporters that Moscow would respond.", "Moscow would respond", "reporters", None),
        ("The ministry said in a statement that the talks would resume.", "the talks would resume", None, "statement"),
        ("Trump wrote on Truth Social that the election was stolen.", "the election was stolen", None, "Truth Social"),
        ("Musk said on X that the deal was off.", "the deal was off", None, "X"),
        ('"We are ready," Zelensky said in an interview with VOA.', "We are ready,", "VOA", "interview"),
        # The platform of a post says more than "post"; a name keeps no article.
        ("The ministry said in a post on Telegram that the strikes would continue.", "the strikes would continue", None, "Telegram"),
        ("Lavrov told the Security Council that Russia would veto it.", "Russia would veto it", "Security Council", None),
        # Nobody is told anything here.
        ("The ministry said the strikes would continue.", "the strikes would continue", None, None),
    ],
)
def test_addressee_and_channel(nlp: Any, text: str, content: str, addressee: str | None, channel: str | None) -> None:
    a = find(attributions(nlp, text), content)
    got = a.addressee
    if addressee is None and channel is None:
        assert got is None
        return
    assert got is not None
    assert got.name == addressee
    assert got.channel == channel
