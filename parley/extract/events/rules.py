"""The event coder's rules as data: word classes, type behaviours and walk limits.

Everything the constructions of :mod:`parley.extract.events.constructions` read besides the parse
comes from files under ``parley/data/`` (``plover/*.tsv`` for the trigger lexicons,
``events/*`` for the rest), each with a header saying what its table is for. :func:`load_rules`
reads them into one frozen :class:`EventRules`; :func:`default_rules` is the packaged set, read
once per process. Pass ``rules=`` to :func:`parley.extract.events.code_events` to code with
another set (a saved component's data, an experiment).
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from parley.datafiles import DataFiles, packaged
from parley.errors import ConfigError
from parley.extract.events.dates import Calendar, load_calendar
from parley.extract.events.lexicon import Lexicon, load_lexicon
from parley.extract.events.senses import load_senses

__all__ = ["EventRules", "EventSettings", "default_rules", "load_rules"]


@dataclass(frozen=True)
class EventSettings:
    """Limits of the coder's walks over the parse (``events/settings.toml`` says why each)."""

    actor_depth: int
    clause_depth: int
    frame_climb: int
    conjunct_chain: int
    max_tree_depth: int
    confidence_threshold: float


@dataclass(frozen=True)
class EventRules:
    """Every table the event coder reads; one field per concept (see the data files' headers)."""

    lexicon: Lexicon
    settings: EventSettings
    calendar: Calendar
    # pronouns.tsv: what a pronoun stands for
    relative: frozenset[str]
    first_plural: frozenset[str]
    first_singular: frozenset[str]
    second: frozenset[str]
    third: frozenset[str]
    personal_object: frozenset[str]
    concern_state: frozenset[str]
    # modality.tsv: when an event happens, whether it is real or denied
    future: frozenset[str]
    future_phrases: tuple[frozenset[str], ...]
    hypothetical: frozenset[str]
    backshift: frozenset[str]
    ability: frozenset[str]
    later_time: frozenset[str]
    courtesy: frozenset[str]
    pleasure: frozenset[str]
    condition: frozenset[str]
    intention: frozenset[str]
    obligation: frozenset[str]
    negation: frozenset[str]
    negated_adverb: frozenset[str]
    willingness: frozenset[str]
    background: frozenset[str]
    hesitation: frozenset[str]
    earlier: frozenset[str]
    obligation_verb: frozenset[str]
    habitual: frozenset[str]
    duration: frozenset[str]
    recurring: frozenset[str]
    hedge: frozenset[str]
    alleged: frozenset[str]
    linking: frozenset[str]
    continuing: frozenset[str]
    intent_noun: frozenset[str]
    allegation: frozenset[str]
    punishment: frozenset[str]
    jointly: frozenset[str]
    denial: frozenset[str]
    ending: frozenset[str]
    attain: frozenset[str]
    prospect: frozenset[str]
    belief: frozenset[str]
    opinion: frozenset[str]
    request: frozenset[str]
    focus: frozenset[str]
    possibility: frozenset[str]
    goal: frozenset[str]
    attempt: frozenset[str]
    urging_noun: frozenset[str]
    goal_noun: frozenset[str]
    condition_noun: frozenset[str]
    permission: frozenset[str]
    prospective: frozenset[str]
    reputation: frozenset[str]
    judging: frozenset[str]
    abstention: frozenset[str]
    response: frozenset[str]
    # prepositions.tsv: what a preposition's object is to an event
    recipient_preps: tuple[str, ...]  # ordered: the first listed wins
    locative_preps: frozenset[str]
    border_preps: frozenset[str]
    place_preps: frozenset[str]
    agent_preps: frozenset[str]
    event_object_preps: frozenset[str]
    noun_of_preps: frozenset[str]
    topic_preps: frozenset[str]
    manner_preps: frozenset[str]
    setting_preps: frozenset[str]
    absence_preps: frozenset[str]
    # verb_classes.tsv: verbs with a role in constructions
    hosting: frozenset[str]
    say: frozenset[str]
    demand_say: frozenset[str]
    movement: frozenset[str]
    journey: frozenset[str]
    stative_passive: frozenset[str]
    mobilize_carrier: frozenset[str]
    presence_carrier: frozenset[str]
    performative: frozenset[str]
    naming: frozenset[str]
    needs_party: frozenset[str]
    party_object: frozenset[str]
    intransitive: frozenset[str]
    undergo: frozenset[str]
    linking_judgement: frozenset[str]
    designating: frozenset[str]
    addressing: frozenset[str]
    undergo_under: frozenset[str]
    placing: frozenset[str]
    giving: frozenset[str]
    receiving: frozenset[str]
    topic: frozenset[str]
    blame: frozenset[str]
    holding: frozenset[str]
    consequence_verb: frozenset[str]
    wronging: frozenset[str]
    wanting: frozenset[str]
    not_asked: frozenset[str]
    no_comment: frozenset[str]
    no_answer: frozenset[str]
    verbal_attack: frozenset[str]
    owning: frozenset[str]
    # noun_classes.tsv: nouns and modifiers with a role in constructions
    military: frozenset[str]
    border: frozenset[str]
    group_modifier: frozenset[str]
    stance: frozenset[str]
    figurative: frozenset[str]
    electoral: frozenset[str]
    verbal_target: frozenset[str]
    verbal_manner: frozenset[str]
    disputed_story: frozenset[str]
    written_object: frozenset[str]
    document: frozenset[str]
    said: frozenset[str]
    proof: frozenset[str]
    standing: frozenset[str]
    cut_back: frozenset[str]
    relation: frozenset[str]
    deed: frozenset[str]
    circumstance: frozenset[str]
    proscribed: frozenset[str]
    blacklist: frozenset[str]
    pledged: frozenset[str]
    water_body: frozenset[str]
    person_title: frozenset[str]
    partitive: frozenset[str]
    growth: frozenset[str]
    counting: frozenset[str]
    light_noun: frozenset[str]
    speech_act: frozenset[str]
    material: frozenset[str]
    question: frozenset[str]
    press: frozenset[str]
    question_word: frozenset[str]
    agent: frozenset[str]
    party_noun: frozenset[str]
    counterpart: frozenset[str]
    sponsoring: frozenset[str]
    barring: frozenset[str]
    reason: frozenset[str]
    placed_only: frozenset[str]
    exercise: frozenset[str]
    nations: frozenset[str]
    observer: frozenset[str]
    consequence: frozenset[str]
    paid_penalty: frozenset[str]
    private_visitor: frozenset[str]
    directive: frozenset[str]
    peacekeeping: frozenset[str]
    joint_modifier: frozenset[str]
    explosive: frozenset[str]
    hazard: frozenset[str]
    upheaval: frozenset[str]
    exchanged: frozenset[str]
    sport: frozenset[str]
    benchmark: frozenset[str]
    offered: frozenset[str]
    wrongdoing: frozenset[str]
    festive: frozenset[str]
    share: frozenset[str]
    abstract: frozenset[str]
    reaction: frozenset[str]
    venue: frozenset[str]
    mission: frozenset[str]
    outsider: frozenset[str]
    verdict: frozenset[str]
    protester: frozenset[str]
    armed_by_state: frozenset[str]
    harm_done: frozenset[str]
    currency: frozenset[str]
    price: frozenset[str]
    envoy: frozenset[str]
    disparaging: frozenset[str]
    own_head: frozenset[str]
    own_state: frozenset[str]
    gathering: frozenset[str]
    impersonal: frozenset[str]
    worker: frozenset[str]
    advocated: frozenset[str]
    # types.tsv: how PLOVER types behave under grammar
    negated_to_reject: frozenset[str]
    negated_past_none: frozenset[str]
    intention_to_agree: frozenset[str]
    modal_to_agree: frozenset[str]
    future_to_threaten: frozenset[str]
    complement_frame: frozenset[str]
    domestic: frozenset[str]
    source: frozenset[str]
    modal_type: frozenset[str]
    possible_not_made: frozenset[str]
    joint: frozenset[str]
    other_side: frozenset[str]
    place_target: frozenset[str]
    state_act: frozenset[str]
    mission_target: frozenset[str]
    venue_event: frozenset[str]
    against_target: frozenset[str]
    on_topic: frozenset[str]
    asked_from: frozenset[str]
    # labels.tsv: entity labels
    actor_labels: frozenset[str]
    place_labels: frozenset[str]
    date_labels: frozenset[str]
    people_labels: frozenset[str]
    name_labels: frozenset[str]
    # confidence.tsv: the weight of each named cue of an event's confidence
    confidence: dict[str, float]
    # senses.tsv: what a trigger read as itself needs of its arguments (phrase -> requirements)
    senses: dict[str, tuple[str, ...]]
    # modes.tsv: modes the trigger word alone does not give (word -> ASSAULT mode, in priority order;
    # "TYPE" or "TYPE mode" of a threatened act -> THREATEN mode)
    instruments: dict[str, str]
    launchers: frozenset[str]
    threat_modes: dict[str, str]

    def is_future(self, auxiliaries: set[str]) -> bool:
        """Auxiliaries (lower case) of a verb that make it future: "will", or all of "going to"."""
        return bool(auxiliaries & self.future) or any(phrase <= auxiliaries for phrase in self.future_phrases)


# The class tables: (file, suffix that makes a class name a field name, whether words are lower-cased).
# Every class in a file is an EventRules field and every field comes from exactly one file.
_TABLES: tuple[tuple[str, str, bool], ...] = (
    ("events/pronouns.tsv", "", True),
    ("events/modality.tsv", "", True),
    ("events/prepositions.tsv", "_preps", True),
    ("events/verb_classes.tsv", "", True),
    ("events/noun_classes.tsv", "", True),
    ("events/types.tsv", "", False),  # PLOVER type names are upper case
    ("events/labels.tsv", "_labels", False),  # entity labels are upper case
)
_NOT_CLASSES = frozenset({"lexicon", "settings", "calendar", "future_phrases", "confidence"}) | {
    "senses", "instruments", "launchers", "threat_modes"}


def _classes(files: DataFiles, relpath: str, suffix: str, lower: bool) -> dict[str, tuple[str, ...]]:
    """A ``word<TAB>class`` table as ``{field name: words in file order}``; an unknown class is an error."""
    names = {f.name for f in fields(EventRules)} - _NOT_CLASSES
    found: dict[str, dict[str, None]] = {}
    for row in files.rows(relpath, min_columns=2):
        word, name = (row[0].lower() if lower else row[0]), row[1] + suffix
        if name not in names:
            raise ConfigError(f"{relpath}: unknown class {row[1]!r} for {word!r}")
        found.setdefault(name, {}).setdefault(word, None)
    return {name: tuple(words) for name, words in found.items()}


def _weights(files: DataFiles, relpath: str) -> dict[str, float]:
    """A ``cue<TAB>weight`` table."""
    weights: dict[str, float] = {}
    for row in files.rows(relpath, min_columns=2):
        try:
            weights[row[0]] = float(row[1])
        except ValueError as exc:
            raise ConfigError(f"{relpath}: weight of {row[0]!r} is not a number: {row[1]!r}") from exc
    return weights


def _modes(files: DataFiles, relpath: str) -> dict[str, dict[str, str]]:
    """``modes.tsv`` by kind: instrument word -> ASSAULT mode, launcher verb -> "-", threatened type ->
    THREATEN mode, each in file order."""
    tables: dict[str, dict[str, str]] = {"instrument": {}, "launcher": {}, "threat": {}}
    for row in files.rows(relpath, min_columns=3):
        if row[1] not in tables:
            raise ConfigError(f"{relpath}: unknown kind {row[1]!r} for {row[0]!r} (instrument, launcher or threat)")
        key = row[0] if row[1] == "threat" else row[0].lower()
        tables[row[1]].setdefault(key, row[2])
    return tables


def load_rules(files: DataFiles) -> EventRules:
    """The event rules read from ``files`` (the packaged data, or a saved component's directory)."""
    tables: dict[str, tuple[str, ...]] = {}
    for relpath, suffix, lower in _TABLES:
        tables.update(_classes(files, relpath, suffix, lower))
    missing = sorted({f.name for f in fields(EventRules)} - _NOT_CLASSES - set(tables))
    if missing:
        raise ConfigError(f"event rules: no words for {', '.join(missing)} under {files.root}")
    future = tables.pop("future")
    classes: dict[str, Any] = {name: frozenset(words) for name, words in tables.items()}
    classes["recipient_preps"] = tables["recipient_preps"]
    modes = _modes(files, "events/modes.tsv")
    return EventRules(
        lexicon=load_lexicon(files),
        settings=files.settings("events/settings.toml", EventSettings),
        calendar=load_calendar(files),
        confidence=_weights(files, "events/confidence.tsv"),
        senses=load_senses(files, frozenset(tables)),
        instruments=modes["instrument"],
        launchers=frozenset(modes["launcher"]),
        threat_modes=modes["threat"],
        future=frozenset(w for w in future if " " not in w),
        future_phrases=tuple(frozenset(w.split()) for w in future if " " in w),  # "going to"
        **classes,
    )


@lru_cache(maxsize=1)
def default_rules() -> EventRules:
    """The packaged event rules, read once per process."""
    return load_rules(packaged())
