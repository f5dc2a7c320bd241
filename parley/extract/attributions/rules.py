"""The attribution rules' data: word classes, the cue lexicon and the distances, as one frozen object.

Every word list and threshold the attribution rules read lives in a data file, under
``parley/data/attributions`` (word classes and ``settings.toml``) and ``parley/data/cues`` (the cue
lexicon); :func:`load_rules` reads them through :class:`parley.datafiles.DataFiles` into an
:class:`AttributionRules`, which the rule functions receive as an argument. :func:`default_rules` is
the packaged set, read once per process.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache

from parley.datafiles import DataFiles, packaged
from parley.extract.attributions.cues import CueLexicon, load_lexicon

__all__ = ["AttributionRules", "AttributionSettings", "default_rules", "load_rules"]

_DIR = "attributions"


@dataclass(frozen=True)
class AttributionSettings:
    """Distances and thresholds; ``parley/data/attributions/settings.toml`` says why each has its value."""

    after_window: int
    open_after_window: int
    before_window: int
    mistagged_cue_window: int
    close_cue_tokens: int
    colon_after_cue_tokens: int
    next_quote_tokens: int
    speech_min_words: int
    embedded_max_words: int
    bare_phrase_max_words: int
    cued_phrase_min_words: int
    naming_lookback_tokens: int
    heading_max_words: int
    run_in_lookahead_chars: int
    cue_sentence_max_tokens: int
    colon_name_max_tokens: int
    signature_max_tokens: int
    signature_tail_words: int
    quote_share_of_content: float
    quote_share_of_clause: float
    inference_gap_chars: int
    inference_gap_lines: int
    nested_lookback: int
    apposition_max_tokens: int
    noun_phrase_climb: int
    subject_climb: int
    subjectless_apposition_tokens: int
    heading_max_chars: int
    fronted_lookback_tokens: int
    fronted_min_tokens: int
    headline_colon_max_chars: int
    headline_name_max_words: int
    headline_content_min_words: int


@dataclass(frozen=True)
class AttributionRules:
    """Everything the attribution rules read: the cue lexicon, word classes and settings.

    Each word class is one table under ``parley/data/attributions`` (its header says what it is for).
    """

    cues: CueLexicon
    settings: AttributionSettings
    audiences: frozenset[str]
    tell_verbs: frozenset[str]
    channel_prepositions: frozenset[str]
    copulas: frozenset[str]
    passive_reports: frozenset[str]
    first_person: frozenset[str]
    report_like: frozenset[str]
    naming_words: frozenset[str]
    expletives: frozenset[str]
    reflexives: frozenset[str]
    contrast_marks: frozenset[str]
    continuation_verbs: frozenset[str]
    clock_words: frozenset[str]
    not_speaker_openers: frozenset[str]
    relative_pronouns: frozenset[str]
    name_joiners: frozenset[str]
    posting_verbs: frozenset[str]
    to_addressee_verbs: frozenset[str]
    agreement_verbs: frozenset[str]
    object_reasons: frozenset[str]
    object_arguments: frozenset[str]
    verb_like_nouns: frozenset[str]


def load_rules(files: DataFiles) -> AttributionRules:
    """Read the attribution rules from ``files`` (the packaged data, or a saved component's directory).

    Each word-class field is read from the file named after it (``audiences`` from ``audiences.tsv``).
    """
    classes = {
        f.name: files.words(f"{_DIR}/{f.name}.tsv") for f in fields(AttributionRules) if f.type == "frozenset[str]"
    }
    return AttributionRules(
        cues=load_lexicon(files),
        settings=files.settings(f"{_DIR}/settings.toml", AttributionSettings),
        **classes,
    )


@lru_cache(maxsize=1)
def default_rules() -> AttributionRules:
    """The packaged rules (cached: every article of a process shares them)."""
    return load_rules(packaged())
