"""The PLOVER verb and noun lexicons (``parley/data/plover/*.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass

from parley.datafiles import DataFiles

__all__ = ["Entry", "Lexicon", "load_lexicon", "lexicon"]


@dataclass(frozen=True)
class Entry:
    type: str  # PLOVER type, or "-" for carriers and complement takers without one
    mode: str | None
    frame: str  # "", governs, future, carrier, joint, inert


@dataclass(frozen=True)
class Lexicon:
    verbs: dict[str, Entry]  # "call on" and "call" are separate keys
    nouns: dict[str, Entry]


def _padded(files: DataFiles, relpath: str, columns: int) -> list[tuple[str, ...]]:
    # Trailing empty columns (no mode, no frame) may be left off a row.
    return [(row + ("",) * columns)[:columns] for row in files.rows(relpath)]


def load_lexicon(files: DataFiles) -> Lexicon:
    """Both lexicons from ``files``; a phrase listed twice keeps its last row."""
    verbs = {
        phrase.lower(): Entry(type=kind, mode=mode or None, frame=frame)
        for phrase, kind, mode, frame in _padded(files, "plover/verbs.tsv", 4)
        if phrase
    }
    nouns = {
        lemma.lower(): Entry(type=kind, mode=mode or None, frame="")
        for lemma, kind, mode in _padded(files, "plover/nouns.tsv", 3)
        if lemma
    }
    return Lexicon(verbs=verbs, nouns=nouns)


def lexicon() -> Lexicon:
    """The packaged lexicons (those of :func:`parley.extract.events.rules.default_rules`)."""
    from parley.extract.events.rules import default_rules

    return default_rules().lexicon
