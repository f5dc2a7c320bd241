"""Key terms of a comparison (issue 15): words and two-word phrases one side uses and the others do not,
ranked by the log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008)."""

from __future__ import annotations

import pytest

from parley.notions.matching import stem
from parley.query.key_terms import _terms, key_terms, prior_counts
from parley.query.notions import Statement


def _statement(text: str) -> Statement:
    return Statement(kind="attribution", article_id="a", text=text, content=[], matches=[], phrases=[])


@pytest.mark.parametrize(
    ("text", "phrases"),
    [
        ("NATO's open door stays open.", ["nato’s open", "open door", "door stays", "stays open"]),
        # Function words inside a phrase, up to two: the phrase as written.
        ("Nations choose their own alliances.", ["nations choose", "choose their own alliances"]),
        ("the spheres of influence", ["spheres of influence"]),
        # A conjunction, a pronoun, punctuation or a stop-term ends a phrase: nothing joined across them.
        ("Russia and NATO", []),
        ("Ukraine, Georgia; Moldova.", []),
        ("security guarantees", []),  # "security": the notion's own word, left out with its phrases
        ("Putin said sanctions", []),
        ("", []),
    ],
)
def test_phrases_of_a_text(text: str, phrases: list[str]) -> None:
    found = [surface for key, surface in _terms(text.replace("'", "’"), frozenset({stem("security")})) if " " in key]
    assert found == phrases


def _rank(mine: list[str], others: list[str], top: int = 5) -> list[str]:
    a, b = [_statement(t) for t in mine], [_statement(t) for t in others]
    prior, total = prior_counts(a + b, {}, 0, frozenset())
    return [t.term for t in key_terms(a, b, prior, total, frozenset(), top)]


US = ["Nations choose their own alliances; the open door of NATO stays.",
      "The open door is not negotiable, and nations choose their own alliances.",
      "We keep the open door and the right of nations to choose their own alliances."]
RU = ["NATO expansion threatens Russia and breaks every promise.", "NATO expansion must stop: guarantees now.",
      "The door to NATO expansion must be closed for good."]


def test_a_phrase_only_one_side_uses_ranks_high_and_hides_its_words() -> None:
    us = _rank(US, RU)
    assert {"open door", "choose their own alliances"} <= set(us[:3])
    assert "door" not in us and "alliances" not in us  # their uses are the phrases'
    assert "nato expansion" in _rank(RU, US)[:2]


def test_a_phrase_used_once_is_no_key_term() -> None:
    assert "spheres of influence" not in _rank(["spheres of influence are over", "talks go on"], ["talks go on"])


def test_no_key_term_when_the_side_said_nothing() -> None:
    assert _rank([], RU) == []
    assert _rank(["and the", "or so"], RU) == []


# A behaviour table (issue 15, item 3): what one side says and the other does not ranks high; what both
# say as often, and what a side said once, does not rank at all.
SMALL = ["We must talk about the open door.", "The open door stays and nations choose their own alliances.",
         "Nations choose their own alliances, and the open door stays."]
LARGE = ["We talk and talk, we talk every week about security guarantees.",
         "Talk is cheap; security guarantees are what we need, and we talk.",
         "Talks again: we talk to them, they talk to us, security guarantees first.",
         "The open door is a threat to us.", "Security guarantees, written and signed, talk or no talk."]


@pytest.mark.parametrize(
    ("mine", "others", "ranked", "absent"),
    [
        (SMALL, LARGE, ["open door", "choose their own alliances"], ["talk", "door", "alliances"]),
        (LARGE, SMALL, ["security guarantees"], ["open door"]),
        # Both sides use "dialogue" as often: neither lists it.
        (["dialogue; allies", "dialogue; allies"], ["dialogue; guarantees", "dialogue; guarantees"],
         ["allies"], ["dialogue"]),
        (["dialogue; guarantees", "dialogue; guarantees"], ["dialogue; allies", "dialogue; allies"],
         ["guarantees"], ["dialogue"]),
    ],
)
def test_key_terms_table(mine: list[str], others: list[str], ranked: list[str], absent: list[str]) -> None:
    found = _rank(mine, others, top=6)
    assert set(ranked) <= set(found[:4])
    assert not set(absent) & set(found)


def test_a_word_a_small_side_used_once_is_no_key_term() -> None:
    """Bug: "talk", once in the US side's few words against nine uses by the Russian side's many, was the US
    side's first key term of "indivisible security" on the demo database (z 3.3)."""
    us = _rank(["We talk.", "Peace, peace and peace.", "Peace now."], LARGE * 3)
    assert "talk" not in us and "peace" in us


def test_min_z_leaves_out_weak_terms(monkeypatch: pytest.MonkeyPatch) -> None:
    import dataclasses

    from parley.query import key_terms as module

    assert _rank(SMALL, LARGE)
    strict = dataclasses.replace(module._settings(), min_z=50.0)
    monkeypatch.setattr(module, "_settings", lambda: strict)
    assert _rank(SMALL, LARGE) == []
