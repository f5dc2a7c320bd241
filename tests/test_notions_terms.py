"""The terms step: noun phrases and defined terms trimmed to the notion they name."""

from __future__ import annotations

from typing import Any

import pytest

import parley
from parley.extract.pipeline import available_steps
from parley.extract.terms import term_key

# Terms read the parse and the entity step's mentions, not the attributions.
STEPS = ["sentences", "entities", "terms"]


def _terms(text: str) -> list[str]:
    return [t.text for t in parley.extract(text, steps=STEPS).terms]


@pytest.mark.parametrize("text, expected", [
    # the founding article's notion, in its wordings
    ("The United States believes in indivisible security and wants to discuss it with Russia.",
     ["indivisible security"]),
    ("We all believe in indivisibility of security.", ["indivisibility of security"]),
    ("Moscow insists on the principle of indivisible security.", ["indivisible security"]),
    ("The indivisible nature of security is at stake.", ["indivisible nature of security"]),
    ("Security is indivisible, Lavrov said.", ["Security is indivisible"]),
    ("Security is not indivisible, he said.", ["Security"]),  # a denial is no "indivisible security"
    # "X of Y" with a bare Y is one notion
    ("The rule of law must be respected, she said.", ["rule of law"]),
    ("The two sides discussed NATO expansion and the use of force.", ["NATO expansion", "use of force"]),
    ("They debated freedom of expression.", ["freedom of expression"]),
    ("It declared a state of emergency.", ["state of emergency"]),
    # trimmed of determiners, possessors, quantifiers, evaluative and temporal adjectives, names
    ("He called for a ceasefire and humanitarian aid for Gaza.", ["ceasefire", "humanitarian aid"]),
    ("A two-state solution is the only way forward.", ["two-state solution"]),
    ("The U.S. sanctions on Iran hurt the nuclear deal.", ["sanctions", "nuclear deal"]),
    ("Russia's big new sanctions are a huge problem.", ["sanctions"]),
    ("Nobody needs a big war right now.", ["war"]),  # not "big war right"
    ("They demand greater autonomy.", ["autonomy"]),
    ("They respect China's sovereignty and territorial integrity.", ["sovereignty", "territorial integrity"]),
    ("The five-year transitional period began.", ["transitional period"]),
    ("Sweeping new economic and political sanctions were announced.", ["economic and political sanctions"]),
    # "the start of X", "a lot of X": the notion is X
    ("He mentioned the start of pro-democracy protests and the end of the war.", ["pro-democracy protests", "war"]),
    # defined terms keep their words
    ('"The so-called special military operation will continue," Putin said.', ["special military operation"]),
    ('Officials denounced what they called "salami slicing" tactics.', ["salami slicing"]),
    ("Beijing warned against what it called a ‘Cold War mentality’ in Asia.", ["Cold War mentality"]),
])
def test_terms(nlp: Any, text: str, expected: list[str]) -> None:
    assert _terms(text) == expected


@pytest.mark.parametrize("text", [
    # the junk the old tokenizer proposed from the seed and the VOA corpus
    "Kids are sitting in the freezing cold hundred thousand troops on the border.",
    "The body was later found near the coastal region.",
    "Al-Rufay'i was killed, officials said.",
    "The terror group's leader was killed.",
    "Another member of the group said they would return.",
    # actors, names, numbers and plain words are not notions
    "Security forces killed three militants, the prime minister said.",
    "Victoria Nuland spoke to TASS at 10:11 on Friday.",
    "The Trump administration met the Village de Dieu gang.",
    "A lot of pressure was put on the government.",
    "The market reopened after the release of the report.",
    "Yes, he said.",
    '"We will win," he said.',
    # quoted, but speech or a prepositional phrase, not a term
    'Officials praised the "cleanest streets in the world" and their "efficient" work.',
    "The market fell, for example steel, at noon local time.",
])
def test_no_notion(nlp: Any, text: str) -> None:
    assert _terms(text) == []


def test_terms_index_the_text_and_skip_the_dateline(seed_extracted: Any) -> None:
    article = seed_extracted
    assert article.terms
    for span in article.terms:
        assert article.text[span.start : span.end] == span.text
    dateline = article.dateline.span
    assert not any(dateline.start <= t.start < dateline.end for t in article.terms)
    keys = {term_key(t.text) for t in article.terms}
    assert term_key("indivisible security") in keys and term_key("OSCE Charter") in keys


@pytest.mark.parametrize("a, b, same", [
    ("indivisibility of security", "indivisible security", True),
    ("the indivisible nature of security", "indivisible security", True),
    ("Security is indivisible", "indivisible security", True),
    ("sanctions", "sanction", True),
    ("security guarantees", "indivisible security", False),
    ("principle of security", "security", True),
    ("rule of law", "law", False),
])
def test_term_key_folds_like_notion_matching(a: str, b: str, same: bool) -> None:
    assert (term_key(a) == term_key(b)) is same


def test_terms_step_runs_after_attributions() -> None:
    steps = available_steps()
    assert steps.index("attributions") < steps.index("terms") < steps.index("events")
