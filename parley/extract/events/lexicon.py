"""The PLOVER verb and noun lexicons (``parley/data/plover/*.tsv``), loaded once per process."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from parley.actors.dictionaries import data_path, read_tsv

__all__ = ["Entry", "Lexicon", "lexicon"]

# PLOVER types whose negation is a refusal: "does not recognize" is REJECT, not "no SUPPORT".
NEGATED_TO_REJECT = frozenset({"SUPPORT", "AGREE", "COOPERATE", "CONSULT", "AID", "CONCEDE", "RETREAT"})
# Verbal cooperation stated as an intention is AGREE (PLOVER manual: "AGREE could be SUPPORT + future").
FUTURE_TO_AGREE = frozenset({"SUPPORT", "COOPERATE", "AID", "CONCEDE", "RETREAT"})


@dataclass(frozen=True)
class Entry:
    type: str  # PLOVER type, or "-" for carriers and complement takers without one
    mode: str | None
    frame: str  # "", governs, future, carrier


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Entry]  # "call on" and "call" are separate keys
    nouns: dict[str, Entry]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    verbs = {
        phrase.lower(): Entry(type=kind, mode=mode or None, frame=frame)
        for phrase, kind, mode, frame in read_tsv(data_path("plover", "verbs.tsv"), 4)
        if phrase
    }
    nouns = {
        lemma.lower(): Entry(type=kind, mode=mode or None, frame="")
        for lemma, kind, mode in read_tsv(data_path("plover", "nouns.tsv"), 3)
        if lemma
    }
    return Lexicon(verbs=verbs, nouns=nouns)
