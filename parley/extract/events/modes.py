"""PLOVER modes that the trigger word alone does not give (``events/modes.tsv``).

An ASSAULT's mode is its weapon, often named beside a trigger that has none ("a bomb attack",
"killed by an improvised explosive device"); a THREATEN's mode is the content of the threat, the
type of the act threatened ("threatened to shell Iraqi towns" is violence). These rules read only
the trigger's own clause, so a weapon named in another clause of the sentence is never borrowed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.events import grammar

if TYPE_CHECKING:
    from spacy.tokens import Token

    from parley.extract.events.rules import EventRules

__all__ = ["instrument_mode", "threat_mode"]

_PATIENTS = frozenset({"dobj", "obj", "nsubjpass"})


def _names(token: "Token") -> list[str]:
    """What a token may name in the instrument table: its lemma, its word, and "modifier lemma"."""
    lemma = token.lemma_.lower()
    found = [lemma, token.lower_]
    found += [f"{child.lower_} {lemma}" for child in token.children if child.dep_ in {"compound", "amod"}]
    return found


def instrument_mode(head: "Token", rules: "EventRules") -> str | None:
    """The ASSAULT mode of the weapon named in ``head``'s own clause (the trigger included); when
    several are named, the one listed first in ``modes.tsv`` ("suicide" before "bomb")."""
    rank = {mode: i for i, mode in enumerate(dict.fromkeys(rules.instruments.values()))}
    found: list[str] = []
    launches = head.lemma_.lower() in rules.launchers  # "fired tear gas": the object is the weapon
    tokens = [head]
    for child in head.children:
        # who is acted on is no weapon ("snipers killed suicide bombers"), unless the verb launches it
        if child.dep_ in grammar.OWN_CLAUSES or (child.dep_ in _PATIENTS and not launches):
            continue
        tokens.extend(child.subtree)
    for token in tokens:
        for name in _names(token):
            mode = rules.instruments.get(name)
            if mode is not None:
                found.append(mode)
    return min(found, key=rank.__getitem__) if found else None


def threat_mode(kind: str, mode: str | None, rules: "EventRules") -> str | None:
    """The THREATEN mode of a threatened act of this type and mode: "COERCE curfew" -> restrict."""
    if mode is not None and f"{kind} {mode}" in rules.threat_modes:
        return rules.threat_modes[f"{kind} {mode}"]
    return rules.threat_modes.get(kind)
