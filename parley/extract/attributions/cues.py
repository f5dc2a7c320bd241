"""The cue lexicon (``parley/data/cues/*.tsv``), read and compiled once per process.

Lookups are dict and set hits keyed by lemma, so checking every token of an article is cheap.
See the header of each data file for its columns.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from parley.datafiles import DataFiles

if TYPE_CHECKING:
    from collections.abc import Sequence

__all__ = ["CueLexicon", "Phrase", "lexicon", "load_lexicon"]


@dataclass(frozen=True)
class Phrase:
    words: tuple[str, ...]  # lower-case; "*" matches any one word
    type: str  # according | possessive | as


@dataclass(frozen=True)
class CueLexicon:
    verbs: dict[str, tuple[str, ...]]  # lemma -> frames in order
    verb_class: dict[str, str]
    nouns: dict[str, tuple[str, ...]]
    noun_class: dict[str, str]
    phrases_by_first: dict[str, tuple[Phrase, ...]]
    channels: dict[str, str]  # "press conference" -> "press conference"
    platforms: dict[str, str]  # "truth social" -> "Truth Social"
    documents: frozenset[str] = frozenset()  # "statement", "report": stand for whoever issued them
    non_speech_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "claim" -> {"life", "title", ...}
    light_verbs: dict[str, tuple[frozenset[str], frozenset[str]]] = field(default_factory=dict)  # "make" -> (nouns, preps)
    adjectives: dict[str, frozenset[str]] = field(default_factory=dict)  # "critical" -> {"of"}; "that" marks a clause
    irregular_forms: dict[str, str] = field(default_factory=dict)  # "said" -> "say"

    def means_no_statement(self, lemma: str, *object_forms: str) -> bool:
        """Whether this object (its lemma or its written form) turns the verb away from speech ("claiming 500 lives")."""
        listed = self.non_speech_objects.get(lemma, frozenset())
        return any(form in listed for form in object_forms)

    def verb_frames(self, lemma: str) -> tuple[str, ...]:
        return self.verbs.get(lemma, ())

    def introduces_quote(self, lemma: str) -> bool:
        return "quote" in self.verbs.get(lemma, ())

    def verb_form(self, word: str) -> str | None:
        """The cue lemma of an inflected form the tagger did not read as a verb ("Stated Stone:")."""
        low = word.lower()
        if low in self.irregular_forms:
            known = self.irregular_forms[low]
            return known if self.introduces_quote(known) else None
        for lemma in (low, low[:-1], low[:-2], low[:-3] if low.endswith("ied") else None):
            # "Sayed" (a first name) is no form of "say", whose past is irregular ("said").
            if lemma and self.introduces_quote(lemma) and not (low.endswith("ed") and lemma in self.irregular_forms.values()):
                return lemma
        if low.endswith("ied") and self.introduces_quote(low[:-3] + "y"):
            return low[:-3] + "y"
        return None


def _frames(rows: Sequence[Sequence[str]]) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    frames: dict[str, list[str]] = {}
    classes: dict[str, str] = {}
    for lemma, cls, spec in (row[:3] for row in rows):
        merged = frames.setdefault(lemma, [])
        for frame in spec.split(","):
            frame = frame.strip()
            if frame and frame not in merged:
                merged.append(frame)
        classes.setdefault(lemma, cls)
    return {k: tuple(v) for k, v in frames.items()}, classes


def lexicon() -> CueLexicon:
    """The packaged lexicon (cached with the rest of the attribution rules: every article shares it)."""
    from parley.extract.attributions.rules import default_rules  # the rules module builds on this one

    return default_rules().cues


def load_lexicon(files: DataFiles) -> CueLexicon:
    """The cue lexicon compiled from the ``cues/*.tsv`` tables of ``files``."""

    def _rows(name: str) -> list[tuple[str, ...]]:
        return files.rows(f"cues/{name}")

    verbs, verb_class = _frames(_rows("verbs.tsv"))
    nouns, noun_class = _frames(_rows("nouns.tsv"))
    by_first: dict[str, list[Phrase]] = {}
    for pattern, kind in (row[:2] for row in _rows("phrases.tsv")):
        words = tuple(pattern.lower().split())
        by_first.setdefault(words[0], []).append(Phrase(words, kind))
    channels = {row[0].lower(): row[1] for row in _rows("channels.tsv")}
    platforms = {row[0].lower(): row[1] for row in _rows("platforms.tsv")}
    return CueLexicon(
        verbs=verbs,
        verb_class=verb_class,
        nouns=nouns,
        noun_class=noun_class,
        phrases_by_first={k: tuple(sorted(v, key=lambda p: -len(p.words))) for k, v in by_first.items()},
        channels=channels,
        platforms=platforms,
        documents=frozenset(row[0].lower() for row in _rows("documents.tsv")),
        adjectives={row[0]: frozenset(w.strip() for w in row[1].split(",")) for row in _rows("adjectives.tsv") if len(row) > 1},
        light_verbs={
            row[0]: (frozenset(w.strip() for w in row[1].split(",")), frozenset(w.strip() for w in row[2].split(",")))
            for row in _rows("light_verbs.tsv")
            if len(row) > 2
        },
        non_speech_objects={
            row[0]: frozenset(w.strip() for w in row[1].split(",") if w.strip()) for row in _rows("non_speech_objects.tsv") if len(row) > 1
        },
        irregular_forms=files.mapping("cues/irregular_forms.tsv"),
    )
