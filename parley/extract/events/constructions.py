"""Event constructions: small named rules in one ordered registry, settled in one pass.

A construction reads the parse around one anchor token and proposes a :class:`Candidate`: the
event it codes (or none), and the tokens it claims so that no later construction reads them
again (a governing frame claims its complement: "agreed to withdraw" is one AGREE; a light verb
claims its event noun: "launched an attack" is one ASSAULT). :data:`REGISTRY` lists the
constructions in the order they are tried; :func:`code_sentence` is the resolution pass:

1. every verb, left to right, unless claimed: the first verb construction that takes it wins;
2. every event noun not claimed by a verb construction: the nominal construction;
3. every verb of movement not claimed: the movement construction, which may continue the
   mobilisation before it (linked by the index of that candidate).

Events are returned in sentence order. Word classes and type behaviours are data
(:class:`~parley.extract.events.rules.EventRules`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from parley.actors.codes import is_media, sector_of_role
from parley.extract.events import grammar, senses
from parley.extract.events.coder import (
    Actor,
    Coder,
    as_argument,
    country_actor,
    entity_actor,
    hyphen_first,
    object_antecedent,
    phrase_span,
    quoted_speaker,
    same_actor,
)
from parley.extract.events.confidence import cues_of, score
from parley.extract.events.lexicon import Entry
from parley.extract.events.modes import threat_mode
from parley.models import Event

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from parley.extract.events.rules import EventRules

__all__ = ["REGISTRY", "Candidate", "Construction", "code_sentence", "resolve_sentence"]

# The constructions anchored on a verb, then those anchored on a noun or a verb of movement.
VerbConstruction = Literal["demand", "blame", "epithet", "disparaged", "concerned", "receipt", "future_frame", "conditional_threat", "carrier_without_event", "reduced_passive", "clause", "joint_action"]
ConstructionName = VerbConstruction | Literal["appositive_epithet", "disparaged_deed", "nominal", "movement"]
AnchorKind = Literal["verb", "noun", "movement"]


@dataclass
class Candidate:
    """What one construction proposes at one anchor token."""

    construction: ConstructionName
    anchor: int  # token index of the trigger's head
    event: Event | None  # None: the construction takes the anchor but codes nothing ("wants to ...")
    claims: set[int] = field(default_factory=set)  # verbs no other construction reads
    nouns: set[int] = field(default_factory=set)  # nouns no nominal construction reads
    future: dict[int, str] = field(default_factory=dict)  # complements coded with this aux mode (future, hypothetical)
    continues: int | None = None  # index (in the sentence's candidates) of the event this one goes on with
    # whether a later "we" or "it" may fall back to its actor: not to a quote's speaker the sentence does not name
    remembered: bool = True


@dataclass
class SentenceState:
    """What the resolution pass has settled so far in one sentence."""

    candidates: list[Candidate] = field(default_factory=list)
    claimed: set[int] = field(default_factory=set)
    nouns: set[int] = field(default_factory=set)
    future: dict[int, str] = field(default_factory=dict)
    # (anchor token, candidate index) of the events, in the order coded; sorted after each tier
    order: list[tuple[int, int]] = field(default_factory=list)
    triggers: dict[int, Trigger | None] = field(default_factory=dict)  # a verb's lexicon reading, read once


Rule = Callable[[Coder, "Token", SentenceState], "Candidate | None"]


@dataclass(frozen=True)
class Construction:
    name: ConstructionName
    anchor: AnchorKind
    rule: Rule
    # read even on a token an earlier event claimed: what it codes is another act than the claimer's ("should respond
    # to this provocation by the Taliban": the request claims the noun, the speaker's accusation is in the name)
    reads_claimed: bool = False


@dataclass(frozen=True)
class Trigger:
    """A verb's reading in the lexicon: its type and mode, and its event noun when it carries one."""

    entry: Entry
    kind: str
    mode: str | None
    end: "Token"  # the last token of the trigger: the verb, or the noun it carries
    phrase: str  # the lexicon entry read: "call for", "launch attack" (verb, then the noun it carries)
    claims: frozenset[int]
    nouns: frozenset[int]


# -- triggers --------------------------------------------------------------------------------


def _complements(verb: "Token") -> list["Token"]:
    return [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}]


def _object_control(verb: "Token") -> list["Token"]:
    """"to lobby the EU to abandon the tariffs": an infinitive after the verb's object, which the parser
    sometimes hangs on the verb as an adverbial clause, is what the object is asked to do."""
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return [c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VB" and objects and c.i > objects[0]
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _frame_claims(coder: Coder, verb: "Token", entry: Entry) -> tuple[set[int], set[int]]:
    """"agreed to withdraw", "urged Israel to withdraw": a governing frame holds its complement."""
    claims: set[int] = set()
    nouns: set[int] = set()
    if entry.frame != "governs":
        return claims, nouns
    for complement in _complements(verb) + _object_control(verb):
        if complement.dep_ != "ccomp" or entry.type in coder.rules.complement_frame:
            claims.update(t.i for t in complement.subtree if t.pos_ in {"VERB", "AUX"})
            nouns.update(t.i for t in complement.subtree)
    return claims, nouns


def _undergone(coder: Coder, verb: "Token", noun: "Token") -> bool:
    """"received aid", "received support from Iran": a verb of undergoing (``undergo`` in
    verb_classes.tsv) whose object is an event noun is no event itself; the noun is coded when the
    giver is named ("Pakistan received aid after the floods" codes nothing)."""
    givers = (c for t in (verb, noun) for c in t.children if c.dep_ == "prep" and c.lower_ in {"from", "by"})
    return verb.lemma_.lower() in coder.rules.undergo and coder.noun_entry(noun) is not None and any(givers)


def _carried_noun(coder: Coder, verb: "Token", entry: Entry) -> tuple[Entry | None, "Token | None"]:
    """The event noun a verb carries and its entry: "launched an attack", "imposed sanctions"."""
    if entry.frame == "inert":
        return None, None  # "attended the hearing": the phrase names no event, nor does its noun
    noun = coder.object_noun(verb)
    if noun is None and entry.frame == "carrier":
        noun = _raised_event_noun(coder, verb)
    if noun is None:
        return None, None
    if entry.frame != "carrier" and entry.type != "-":
        if _undergone(coder, verb, noun):
            return None, None  # "Pakistan received aid from China": the noun is the event (AID)
        return None, noun  # the verb is the event; its event noun is not coded again
    noun_entry = coder.noun_entry(noun)
    if noun_entry is not None and noun_entry.type == "MOBILIZE" and (
            (verb.lemma_ not in coder.rules.mobilize_carrier and not _mobilizing_act(coder, noun, noun_entry))
            or not _presence_placed(coder, verb, noun)):
        noun_entry = None  # "killed three soldiers" is not a mobilisation, nor is "Russia has missiles"
    if noun_entry is not None and noun.lemma_.lower() in coder.rules.placed_only:
        noun_entry = None  # "gave the mother custody": no arrest
    if noun_entry is not None and noun_entry.type == "MOBILIZE" and _held_with_party(coder, verb, noun):
        noun_entry = Entry("COOPERATE", None, "")
    return noun_entry, noun if noun_entry is not None else None


def _mobilizing_act(coder: Coder, noun: "Token", entry: Entry) -> bool:
    """"announced the deployment of 230 troops", "began a buildup", "started drills": a MOBILIZE noun that names the
    act of moving troops (deployment, buildup, drill: the troops mode), not the forces moved (``military`` in
    noun_classes.tsv), is a mobilisation under any light verb; "killed three soldiers", "has missiles" stay none, and
    so does an alert not put on troops ("Nigeria went on high alert over mpox")."""
    return noun.lemma_.lower() not in coder.rules.military and entry.mode == "troops"


def _presence_placed(coder: Coder, verb: "Token", noun: "Token") -> bool:
    """A verb that only says forces are there (``presence_carrier``: "has", "keeps") says where: "has troops in
    Moldova", "keeps warships near the strait"; every other carrier ("sent troops") needs no place."""
    if verb.lemma_.lower() not in coder.rules.presence_carrier:
        return True
    return any(c.dep_ == "prep" and c.lower_ in coder.rules.locative_preps for t in (verb, noun) for c in t.children)


def _raised_event_noun(coder: Coder, verb: "Token") -> "Token | None":
    """"declared a state of siege in Bolivia to begin at midnight": the parser makes the event noun
    the subject of the infinitive after a light verb; it is the light verb's object all the same."""
    for clause in (c for c in verb.children if c.dep_ in {"ccomp", "xcomp"} and c.i > verb.i):
        if not grammar.to_infinitive(clause):
            continue
        subject = next((g for g in clause.children if g.dep_ == "nsubj" and g.i < clause.i), None)
        if subject is not None and coder.noun_entry(subject) is not None:
            return subject
    return None


def giving(coder: Coder, verb: "Token", looked_up: tuple[Entry, str] | None) -> tuple[Entry, str] | None:
    """"Japan pledged $50 million to Pakistan", "India dispatched relief supplies", "offered humanitarian
    assistance": a verb of giving (``giving`` in verb_classes.tsv) whose object is material or money
    is AID, whatever its lexicon reading (a pledge, a carrier); a frame it governs stays claimed. A
    verb + object entry is kept: "pledged support" is SUPPORT."""
    lemma = verb.lemma_.lower()
    if lemma not in coder.rules.giving or (looked_up is not None and (
            looked_up[0].type == "AID" or " " in looked_up[1])):
        return looked_up
    if not senses.gives_material(coder, verb):
        return looked_up
    frame = "governs" if looked_up is not None and looked_up[0].frame == "governs" else ""
    return Entry("AID", None, frame), lemma


def _held_with_party(coder: Coder, verb: "Token", noun: "Token") -> bool:
    """"Russia held military exercises with Belarus": an exercise (``exercise`` in noun_classes.tsv)
    held with a party is military cooperation, not a mobilisation ("held exercises near Taiwan")."""
    if noun.lemma_.lower() not in coder.rules.exercise:
        return False
    partners = [p for head in (verb, noun) for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for p in prep.children if p.dep_ == "pobj"]
    joint = any(t.lemma_.lower() in coder.rules.joint_modifier for t in noun.subtree if t.i < noun.i)
    return any(joint or senses.is_party(coder, p) for p in partners)  # "held a joint exercise with the other three"


def _phrase_objects(verb: "Token", phrase: str) -> set[int]:
    """"retaliated with its own tariffs", "hit Iran with sanctions": the object of a verb + preposition + object
    entry is a word of that phrase, not a second event."""
    words = phrase.split()
    if len(words) < 3:
        return set()
    return {o.i for p in verb.children if p.dep_ == "prep" and p.lower_ in words[1:-1]
            for o in p.children if o.dep_ == "pobj" and o.lemma_.lower() == words[-1]}


def verb_trigger(coder: Coder, verb: "Token") -> Trigger | None:
    """The verb's lexicon reading, or None when the verb is not in the lexicon."""
    looked_up = giving(coder, verb, coder.verb_entry(verb))
    if looked_up is None:
        return None
    entry, phrase = looked_up
    noun_entry, noun = _carried_noun(coder, verb, entry)
    if noun_entry is None and not senses.holds(coder, verb, phrase):
        return None  # "delivered an unknown cargo", "agreed that it was flawed": not this sense
    claims, nouns = _frame_claims(coder, verb, entry)
    if noun is not None:
        nouns.add(noun.i)
    nouns.update(_phrase_objects(verb, phrase))
    if noun_entry is not None and noun is not None:
        carried = f"{phrase} {noun.lemma_.lower()}"
        return Trigger(entry, noun_entry.type, noun_entry.mode, noun, carried, frozenset(claims), frozenset(nouns))
    return Trigger(entry, entry.type, entry.mode, verb, phrase, frozenset(claims), frozenset(nouns))


def _trigger(coder: Coder, verb: "Token", state: SentenceState) -> Trigger | None:
    # Several verb constructions read the same trigger: look it up once per verb.
    if verb.i not in state.triggers:
        state.triggers[verb.i] = verb_trigger(coder, verb)
    return state.triggers[verb.i]


# -- verb constructions ----------------------------------------------------------------------


def _needed(verb: "Token") -> bool:
    """"said a reform of the WHO was needed": a passive of needing states an obligation, as "must" does."""
    return verb.lemma_.lower() in {"need", "require"} and any(c.dep_ == "auxpass" for c in verb.children)


def _inferred(verb: "Token") -> bool:
    """"members of the government must have given the orders", "they should have known": a modal with
    "have" and a past participle infers or reproaches what was (not) done; it asks nothing of anyone."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def demand(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"Russia said that Sudan must return the helicopter": Russia demands it of Sudan (REQUEST)."""
    rules = coder.rules
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if not (modals & rules.obligation or _needed(verb)) or _inferred(verb):
        return None
    if grammar.negated(verb, rules) and not modals & rules.obligation:
        return None  # "does not need to return"; "shouldn't give these people back to China" is still asked of them
    sayer = grammar.governing_say(verb, rules)
    if sayer is None:
        return None
    sayer_subject = grammar.subject_of(sayer, rules)
    actor = coder.actor_of_token(sayer_subject) if sayer_subject is not None else None
    subject = grammar.subject_of(verb, rules)
    if subject is not None and subject.pos_ == "PRON" and subject.lower_ in rules.first_plural | rules.first_singular:
        return None  # "he said ... we must take every effort": the speakers bind themselves, they ask no one
    if subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children):
        return None  # "... does not move forward should Russia invade": "should" before its subject, a condition
    recipient = coder.actor_of_token(subject) if subject is not None else None
    done = grammar.passive_subject(verb) if subject is None else None
    if done is not None and done.pos_ in {"NOUN", "PROPN"} and actor is not None and actor.code:
        # "the EU says military intervention in Venezuela must be avoided", "sanctions on Iran must be
        # lifted": a demand by the speaker; the passive's subject is what is done, not who is asked ("it
        # should be seen as a signal", "you must be liberated" demand nothing)
        recipient = None
    elif recipient is None or same_actor(recipient, actor):
        return None  # "the frontier should head east": nobody is asked to do anything; nor is the speaker
    event = coder.build("REQUEST", None, False, None, actor, recipient, coder.ctx.span(verb, verb), verb)
    return Candidate(
        "demand",
        verb.i,
        event,
        claims={t.i for t in verb.subtree if t.pos_ in {"VERB", "AUX"}},
        nouns={t.i for t in verb.subtree},
    )


def blame(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"The government said Taliban militants were responsible", "the Guard was allegedly behind the
    plot": holding a party to blame is an accusation (ACCUSE) by whoever says so, of the subject."""
    rules = coder.rules
    if verb.lemma_.lower() in rules.holding and not grammar.negated(verb, rules):
        return _held_to_blame(coder, verb)
    if verb.lemma_.lower() in rules.wronging and not grammar.negated(verb, rules):
        return _said_to_wrong(coder, verb, state)
    if verb.lemma_ != "be" or grammar.negated(verb, rules):
        return None
    # "guilty of violating the ceasefire": the violation itself is the event, coded as such
    blamed = any(c.dep_ == "acomp" and c.lower_ in rules.blame and not any(
        g.dep_ == "pcomp" for p in c.children for g in p.children) for c in verb.children) or any(
        c.dep_ == "prep" and c.lower_ in rules.blame and any(p.dep_ == "pobj" and not _backed(coder, p) for p in c.children)
        for c in verb.children
    )
    subject = grammar.subject_of(verb, rules)
    if not blamed or subject is None:
        return None
    recipient = coder.actor_of_token(subject) or uncoded_party(coder, subject)
    if recipient is None:
        return None
    actor = _sayer_actor(coder, grammar.governing_say(verb, rules))
    # "French ambitions may be behind his skepticism": a guess at blame, not blame (aux hypothetical)
    hedge = "hypothetical" if any(c.dep_ == "aux" and c.lower_ in rules.possibility for c in verb.children) else None
    event = coder.build("ACCUSE", "allege", False, hedge, actor, recipient, coder.ctx.span(verb, verb), verb)
    return Candidate("blame", verb.i, event)


def _said_to_wrong(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"The State Department said China had violated the agreement", "Lavrov said Washington was meddling in ...": a
    speaker saying a coded party did a wrong (``wronging`` in verb_classes.tsv) accuses it (ACCUSE by the speaker), when
    the lexicon has no event of its own for the verb ("violated the ceasefire" is an attack). The reporter's own
    "China violated the agreement" accuses no one here."""
    trigger = _trigger(coder, verb, state)
    if trigger is not None and not (" " in trigger.phrase and trigger.phrase.split()[-1] in coder.rules.wrongdoing):
        return None  # "said China had committed genocide": a crime committed is accused, whatever else it is
    clause = verb
    while clause.dep_ == "conj" and clause.head.i != clause.i:
        clause = clause.head  # "said China had violated the agreement and ignored ...": the first reported verb
    if any(t.tag_ == "''" for t in verb.doc[clause.i:verb.i]):
        return None  # 'says that "We always respect ...," and here, Russia has violated ...': the quote ended
    sayer = clause.head if clause.dep_ == "ccomp" and clause.head.lemma_ in coder.rules.say else None
    if sayer is None:
        return None  # "China always says ..., and here, Russia has violated the sovereignty of Ukraine": not said by China
    subject = grammar.subject_of(verb, coder.rules)
    # "said Myanmar's military committed genocide": forces and bodies named by their role are parties too
    named = subject is not None and (_party_word(coder, subject) or _party_noun(coder, subject)
                                     or subject.lemma_.lower() in coder.rules.military)
    recipient = coder.actor_of_token(subject) if named and subject is not None else None
    if sayer.dep_ == "advcl" and sayer.tag_ == "VBG" and grammar.subject_of(sayer, coder.rules) is None:
        sayer = sayer.head  # "Ukraine threw a tantrum, claiming that Russia was interfering": Ukraine claims
    actor = _sayer_actor(coder, sayer)
    if recipient is None or not recipient.code or _same_country(actor, recipient):
        return None
    event = coder.build("ACCUSE", "allege", False, None, actor, recipient, coder.ctx.span(verb, verb), verb)
    return Candidate("blame", verb.i, event)


def _held_to_blame(coder: Coder, verb: "Token") -> Candidate | None:
    """"Iran holds Israel responsible for the killing", "will hold Russia accountable": a verb of holding (``holding``
    in verb_classes.tsv) whose adjective is a word of blame accuses its object, the adjective's subject as parsed."""
    rules = coder.rules
    for adjective in verb.children:
        if adjective.dep_ not in {"ccomp", "oprd", "xcomp", "acomp"} or adjective.lower_ not in rules.blame:
            continue
        held = next((c for c in adjective.children if c.dep_ == "nsubj"), None) or next(
            (c for c in verb.children if c.dep_ == "dobj"), None)
        if held is None:
            return None
        recipient = coder.actor_of_token(held) or uncoded_party(coder, held)
        subject = grammar.subject_of(verb, rules)
        if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
            subject = grammar.subject_of(verb.head, rules)  # "ordered sanctions on Khamenei, holding him responsible"
        actor = (coder.actor_of_token(subject) or uncoded_party(coder, subject)) if subject is not None else None
        if recipient is None or same_actor(actor, recipient) or (actor is not None and actor.code and actor.code == recipient.code):
            return None  # "holding him responsible": not the holder, whoever the pronoun was read as
        aux = "future" if rules.is_future({c.lower_ for c in verb.children if c.dep_ == "aux"}) else None
        event = coder.build("ACCUSE", "allege", False, aux, actor, recipient, coder.ctx.span(verb, verb), verb)
        return Candidate("blame", verb.i, event)
    return None


def _sayer_actor(coder: Coder, sayer: "Token | None") -> Actor | None:
    """Who says what a clause holds: the say-verb's subject, coded or in its own words ("the government said ...")."""
    subject = grammar.subject_of(sayer, coder.rules) if sayer is not None else None
    if subject is None:
        return None
    return coder.actor_of_token(subject) or uncoded_party(coder, subject)


def epithet(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"He called the ruling 'arbitrary'", "calling Assad a murderer", "described the raid as an act of aggression":
    a naming verb (``naming`` in verb_classes.tsv) that gives its object a disparaging name (``disparaging`` in
    noun_classes.tsv) is an accusation (ACCUSE) by its subject of the object's party; an accusation so named is
    denied ("called the allegations baseless": REJECT). Other names code nothing here ("called it a success";
    "Putin called Biden" is read as a call by the clause construction), nor does a name only quoted for what a
    clause mentions ("sending what officials described as 'illegal aliens'"). A designating verb (``designating`` in
    verb_classes.tsv) that names its object a proscribed kind (``proscribed`` in noun_classes.tsv) is a sanction by
    its subject ("designated BLA a terrorist group"); "designated Qatar as a Major Non-NATO Ally" codes nothing."""
    rules = coder.rules
    lemma = verb.lemma_.lower()
    if lemma not in rules.naming | rules.designating or grammar.negated(verb, rules):
        return None
    named = _object_of(verb) or next((c for c in verb.children if c.dep_ == "dative" or (c.dep_ in _NAMING and any(
        a.dep_ == "appos" for a in c.children))), None)  # "called Britain's ambassador [oprd] a very stupid guy"
    if named is not None and named.lower_ == "what":
        return None
    if lemma in rules.designating:
        # "designated BLA a terrorist group", "declared the foundation an extremist organisation": a sanction
        if named is None or not any(_named_with(rules.proscribed, name) for name in _names_given(verb)):
            return None
        if any(c.dep_ == "auxpass" and c.tag_ in {"VBZ", "VBP"} for c in verb.children):
            return None  # "HTS is an Islamist group that is designated as a terrorist organization": a standing status
        entry = Entry("SANCTION", None, "")
    elif not any(_disparaging(rules, name) for name in _names_given(verb)):
        return None
    else:
        denied = named is not None and named.lemma_.lower() in rules.allegation
        entry = Entry("REJECT", None, "") if denied else Entry("ACCUSE", "disapprove", "")
    trigger = Trigger(entry, entry.type, entry.mode, verb, verb.lemma_.lower(), frozenset(), frozenset())
    arguments = clause_arguments(coder, verb, trigger)
    actor = arguments.actor
    recipient = None if arguments.recipient_guessed else arguments.recipient  # the named thing's party, or none
    owner = _owner(coder, named)
    if owner is not None and (recipient is None or not recipient.code):
        recipient = owner  # "called Washington's decision a gross violation": Washington is accused, not the decision
        if arguments.actor_guessed and same_actor(actor, owner):
            actor = uncoded_party(coder, grammar.subject_of(verb, rules))  # the sentence's country was the owner
    aux = grammar.aux_mode(verb, state.future, rules)
    event = coder.build(entry.type, entry.mode, False, aux, actor, recipient, coder.ctx.span(verb, verb), verb)
    return Candidate("epithet", verb.i, event)


# Subjects that point at a thing or a state of affairs, not at a party: "it is an unacceptable situation".
_THINGS = frozenset({"it", "this", "that", "these", "those"})
# Determiners that make a subject a kind, not a deed: "any intentional attack", "all ransomware attacks".
_ANY = frozenset({"any", "all", "every", "no"})


def disparaged(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"Trump contended that the EU is 'one of the most hostile and abusive' ...", "Beijing said the U.S. sanctions were
    illegal", '"This is an absolutely baseless case," Gallagher said': a speaker who says a party, what it did, or
    what is being done ("this", a deed such as "the revocation of his house arrest") is a disparaging thing
    (``disparaging`` in noun_classes.tsv), or amounts to one ("may amount to crimes against humanity"), accuses it
    (ACCUSE by the speaker; the recipient is the party named, if any). Only what is said: the reporter's "the
    situation is dangerous" names no party, and a quote or a verb of saying must hold the clause."""
    rules = coder.rules
    if verb.lemma_.lower() not in rules.linking_judgement or grammar.negated(verb, rules):
        return None
    names = [c for c in verb.children if c.dep_ in {"acomp", "attr", "dobj"}] + [
        p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "to" for p in prep.children if p.dep_ == "pobj"]
    name = next((n for n in names + [c for n in names for c in n.conjuncts] if _disparaging(rules, n)), None)
    if name is None:
        return None
    subject = grammar.subject_of(verb, rules)
    if subject is None or (subject.lower_ in _THINGS and not _deed(rules, subject)):
        return None  # "it is a really dangerous situation": a state of affairs, not a party
    if subject.lower_ in rules.first_plural | rules.first_singular or _manner_of_doing(name):
        return None  # speakers do not accuse themselves; "has been aggressive in using the tools" is praise
    if subject.lower_ in {"this", "that"} and name.pos_ == "NOUN" and name.lemma_.lower() in rules.circumstance:
        return None  # "this is the most dangerous moment in European security": a time, not a deed
    recipient = coder.actor_of_token(subject)
    recipient = recipient if recipient is not None and recipient.code else _owner(coder, subject)
    sayer = grammar.governing_say(verb, rules)
    if sayer is None and coder.ctx.attribution_of(verb.idx) is None:
        return None
    if recipient is None and (not _deed(rules, subject) or any(c.dep_ == "det" and c.lower_ in _ANY for c in subject.children)):
        return None  # "any intentional attack on civilians is a war crime": a rule, no one's deed
    actor = _sayer_actor(coder, sayer) if sayer is not None else quoted_speaker(coder.ctx, verb)
    first, last = sorted((verb, name), key=lambda token: token.i)  # "how hostile is it": the name may come first
    # "this would be an absolutely irresponsible thing to do": a deed supposed; "may amount to crimes" still accuses
    aux = grammar.aux_mode(verb, state.future, rules) if any(
        c.dep_ == "aux" and c.lower_ in rules.future | rules.intention for c in verb.children) else None
    # '"These allegations are false," the ministry said': an accusation so named is denied (REJECT), as in the epithet
    denied = subject.lemma_.lower() in rules.allegation
    kind, mode = ("REJECT", None) if denied else ("ACCUSE", "disapprove")
    event = coder.build(kind, mode, False, aux, actor, recipient, coder.ctx.span(first, last), verb)
    return Candidate("disparaged", verb.i, event, remembered=sayer is not None)


def concerned(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"The United States is deeply concerned about Russia's military buildup", "we are alarmed by the arrests of
    Ukrainian citizens": a party that is concerned, alarmed or troubled (``concern_state`` in noun_classes.tsv) about,
    by, with or over what a coded party does accuses it (ACCUSE, as "voiced concern over"), when the concern is said by
    the one who has it (``_own_concern``); concern about no one's deed ("concerned about the economy") codes nothing,
    as the stance nouns (fresh17, read in session 42)."""
    rules = coder.rules
    if verb.lemma_ != "be" or grammar.negated(verb, rules):
        return None
    state_word = next((c for c in verb.children if c.dep_ == "acomp" and c.lower_ in rules.concern_state), None)
    if state_word is None:
        return None
    about = [p for prep in state_word.children if prep.dep_ == "prep" and prep.lower_ in _CONCERN_PREPS
             for p in prep.children if p.dep_ == "pobj"]
    subject = grammar.subject_of(verb, rules)
    if subject is None or not _own_concern(coder, verb, subject):
        return None
    actor = coder.actor_of_token(subject)
    recipient = next((found for p in about if (found := _concern_party(coder, p)) is not None), None)
    if recipient is None or (actor is not None and _same_country(actor, recipient)):
        return None  # "we are concerned about any U.S. personnel presence in Kazakhstan", said by the United States
    aux = grammar.aux_mode(verb, state.future, rules)
    event = coder.build("ACCUSE", "disapprove", False, aux, actor, recipient, coder.ctx.span(verb, state_word), verb)
    return Candidate("concerned", verb.i, event)


def _own_concern(coder: Coder, verb: "Token", subject: "Token") -> bool:
    """The concerned party says so: "we are deeply concerned", "France said it was concerned", or the reporter's own
    clause ("The United States is deeply concerned about ..."); not an analyst's "although India and Japan are both
    concerned about Chinese aggression" (p160), which describes others' state of mind."""
    if subject.lower_ in coder.rules.first_plural | coder.rules.first_singular:
        return True
    sayer = grammar.governing_say(verb, coder.rules)
    if sayer is None:
        return verb.dep_ == "ROOT"
    return same_actor(_sayer_actor(coder, sayer), coder.actor_of_token(subject))


def _concern_party(coder: Coder, thing: "Token") -> Actor | None:
    """Whose deed a concern is about: a party named ("concerned about Russia"), the deed's own modifier ("Russia's
    military buildup", "the Chinese drills") or its "of" party ("the recent actions of Serbia"); not a place the deed is
    in ("the exacerbation of tensions in Ukraine", "the massing of troops on the Ukrainian border")."""
    doers = [thing] + [p for prep in thing.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children
                       if p.dep_ == "pobj"]
    for doer in doers:
        found = entity_actor(coder.ctx, doer)
        if found is not None and found.code:
            return found
    return _owner(coder, thing)


# What a state of concern is about: "concerned about", "alarmed by", "troubled with", "worried over".
_CONCERN_PREPS = frozenset({"about", "by", "with", "over", "at"})


def appositive_epithet(coder: Coder, noun: "Token", state: SentenceState) -> Candidate | None:
    """'"Israel, the cruel terrorist state, attacks the Muslims in Jerusalem," Erdogan said': a disparaging name set
    beside a coded party in apposition, inside what a speaker says, accuses that party (ACCUSE by the speaker). The
    reporter's own apposition ("Hamas, a U.S.-designated terrorist group, ...") accuses no one."""
    if noun.dep_ != "appos" or not _disparaging(coder.rules, noun) or coder.noun_entry(noun) is not None:
        return None  # "this Russian aggression", "an invasion of our lands": an event noun, which nominal codes
    party = coder.actor_of_token(noun.head)
    if party is None or not party.code:
        return None
    speaker = quoted_speaker(coder.ctx, noun)
    if speaker is None or same_actor(speaker, party):
        return None
    event = coder.build("ACCUSE", "disapprove", False, None, speaker, party, coder.ctx.span(noun, noun), noun)
    return Candidate("appositive_epithet", noun.i, event, remembered=False)


# How a noun is given as a name, not named as a deed: in apposition, as a predicate.
_NAMED_AS = frozenset({"appos", "attr", "oprd"})


def disparaged_deed(coder: Coder, noun: "Token", state: SentenceState) -> Candidate | None:
    """'"The U.N. should respond to this provocation by the Taliban," she said': a disparaging noun for a deed
    (``disparaging`` in noun_classes.tsv: "provocation", "lies", "meddling") whose doer is a coded party ("by the
    Taliban", "Moscow's lies", "Chinese propaganda"), in a speaker's own quoted words, accuses that party (ACCUSE by the
    speaker). The reporter's own words accuse no one; a noun a verb of accusing takes ("condemned the provocation")
    is that verb's event; an event noun ("aggression", "invasion") is coded by nominal."""
    rules = coder.rules
    if noun.pos_ != "NOUN" or noun.dep_ in _NAMED_AS or noun.lemma_.lower() not in rules.disparaging:
        return None  # "This is Chinese propaganda": a name given (disparaged, epithet), not a deed named
    if coder.noun_entry(noun) is not None or _taken_by_accusation(noun, state):
        return None
    doer = _doer(coder, noun)
    if doer is None or not doer.code:
        return None
    speaker = quoted_speaker(coder.ctx, noun) if _quoted_words(coder, noun) else None
    if speaker is None or same_actor(speaker, doer):
        return None
    event = coder.build("ACCUSE", "disapprove", False, None, speaker, doer, coder.ctx.span(noun, noun), noun)
    return Candidate("disparaged_deed", noun.i, event, remembered=False)


def _quoted_words(coder: Coder, token: "Token") -> bool:
    """Whether ``token`` is in a party's own words, a direct or mixed quote: an indirect one is the reporter's
    wording ("rejected claims of a provocation by Pakistan" names the claims rejected, not the Taliban's words), and an
    observer's (``observer`` in noun_classes.tsv: "said a Japan expert") is comment."""
    index = coder.ctx.attribution_of(token.idx)
    if index is None:
        return False
    attribution = coder.ctx.partial.attributions[index]
    role = attribution.speaker.role if attribution.speaker is not None else None
    if role and any(word.lower() in coder.rules.observer for word in role.split()):
        return False  # an analyst's words comment on events; they accuse no one
    return attribution.kind in {"direct", "mixed"}


def _doer(coder: Coder, noun: "Token") -> Actor | None:
    """Who did the deed a noun names: "by the Taliban", "Moscow's lies", "Chinese propaganda"."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "by":
            found = next((coder.actor_of_token(p) for p in prep.children if p.dep_ == "pobj"), None)
            if found is not None:
                return found
    return _owner(coder, noun)


def _taken_by_accusation(noun: "Token", state: SentenceState) -> bool:
    """Whether a verb of accusing already coded takes the noun: "condemned the provocation by Taiwan"."""
    head = noun.head
    while head.dep_ == "prep" and head.head.i != head.i:
        head = head.head  # "warned against this provocation"
    trigger = state.triggers.get(head.i)
    return trigger is not None and trigger.kind == "ACCUSE"


def _manner_of_doing(name: "Token") -> bool:
    """"aggressive in using the tools at our disposal": an adjective of how something is done, not a name for it."""
    return name.pos_ == "ADJ" and any(p.dep_ == "prep" and p.lower_ == "in" and any(
        g.dep_ in {"pcomp", "pobj"} and g.tag_ == "VBG" for g in p.children) for p in name.children)


def _deed(rules: "EventRules", subject: "Token") -> bool:
    """A subject that is something done, whose doer a disparaging name condemns: "this" or "that" in speech ("This is
    an absolutely baseless case"), an event noun ("their treatment", "the transfers") or a deed (``deed`` in
    noun_classes.tsv: "the move", "this latest revocation of his house arrest")."""
    lemma = subject.lemma_.lower()
    return subject.lower_ in {"this", "that"} or (subject.pos_ == "NOUN" and (
        lemma in rules.deed or lemma in rules.lexicon.nouns))


def _owner(coder: Coder, thing: "Token | None") -> Actor | None:
    """The coded party a thing named is of: "Washington's decision", "the U.S. sanctions", "Chinese propaganda"."""
    return modifier_party(coder, thing, None) if thing is not None else None


def _names_given(verb: "Token") -> list["Token"]:
    """What a naming verb calls its object, however the parser hangs it: a predicate ("called the ruling arbitrary"),
    a noun in apposition to the object ("called the ambassador a very stupid guy"), or "as" a noun ("described the
    attack as terrorism"), with their conjuncts ("dangerous and insulting")."""
    names = [c for c in verb.children if c.dep_ in _NAMING | {"xcomp"} and c.pos_ in {"ADJ", "NOUN", "PROPN"}]
    objects = [c for c in verb.children if c.dep_ in {"dobj", "dative"}]
    # "designated BLA a terrorist group": the parser may read the name as a second object (not one set off by a comma)
    names += [o for o in objects[1:] if o.dep_ == "dobj" and o.doc[o.left_edge.i - 1].text != ","]
    # the parser may read the object itself as the predicate ("called Britain's ambassador [oprd] a stupid guy")
    names += [c for o in objects + names for c in o.children if c.dep_ == "appos"]
    for holder in [verb, *objects]:  # "as terrorism", "as unacceptable" (parsed as the preposition's modifier)
        names += [p for prep in holder.children if prep.dep_ == "prep" and prep.lower_ == "as"
                  for p in prep.children if p.pos_ in {"NOUN", "ADJ"}]
    return names + [c for name in names for c in name.conjuncts]


def _named_with(words: frozenset[str], name: "Token") -> bool:
    """Whether a name given is, or is described by, one of ``words``: "a terrorist group", "extremist"."""
    described = [name] + [c for c in name.children if c.dep_ in {"amod", "compound"}]
    return any(word.lemma_.lower() in words or word.lower_ in words for word in described)


def _disparaging(rules: "EventRules", name: "Token") -> bool:
    """"arbitrary", "a murderer", "a very stupid guy", "an act of aggression", "one of the most hostile and abusive
    authorities": the name or a word describing it condemns."""
    described = [name] + [p for prep in name.children if prep.dep_ == "prep" and prep.lower_ == "of"
                          for p in prep.children if p.dep_ == "pobj"]  # "an act of aggression", "one of the most hostile"
    words = described + [c for d in described for c in d.children if c.dep_ in {"amod", "compound"}]
    words += [c for w in list(words) for c in w.conjuncts]  # "the most hostile and abusive"
    return any(word.lemma_.lower() in rules.disparaging or word.lower_ in rules.disparaging for word in words)


def _backed(coder: Coder, token: "Token") -> bool:
    """"We will be behind them 100 percent", "the world is behind Ukraine": to be behind a party or a person is to
    back it, not to be to blame for something."""
    return token.pos_ == "PRON" or token.ent_type_ in {"PERSON", "GPE", "NORP"} or entity_actor(coder.ctx, token) is not None


def _giver(coder: Coder, verb: "Token") -> Actor | None:
    """The party a thing was received "from": on the verb or on what it received ("doses of vaccine
    from Britain"); a coded party or a name, not a place or a source of money ("from ticket sales");
    else the coded party that names what was received ("Chinese vaccines", "$2 billion in World Bank loans")."""
    given = senses.given(verb)
    heads = [verb, *given]
    for prep in (c for head in heads for c in head.children if c.dep_ == "prep" and c.lower_ == "from"):
        for pobj in (p for p in prep.children if p.dep_ == "pobj"):
            found = coder.actor_of_token(pobj)
            if found is not None and found.code:
                return found
            if pobj.pos_ == "PROPN" and pobj.ent_type_ not in coder.rules.place_labels:
                return uncoded_party(coder, pobj)
    return next((found for thing in given if thing.ent_type_ != "MONEY"
                 if (found := modifier_party(coder, thing, None)) is not None), None)


def receipt(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"Kenya received doses of vaccine from Britain", "Malawi obtained a loan from the World Bank":
    a verb of receiving (``receiving`` in verb_classes.tsv) whose object is material or money, from
    a named party, is AID by that party (the actor) to the subject (the recipient). "Pakistan
    received aid after the floods" names no giver: nothing here; an event noun of another type
    received is coded as that noun ("received support from China")."""
    rules = coder.rules
    if verb.lemma_.lower() not in rules.receiving or grammar.negated(verb, rules) or not senses.gives_material(coder, verb):
        return None
    kinds = {entry.type for t in senses.given(verb) if (entry := coder.noun_entry(t)) is not None}
    giver = _giver(coder, verb)
    if giver is None or (kinds and "AID" not in kinds):
        return None  # "received support from China": the event noun says what was given (SUPPORT)
    subject = grammar.subject_of(verb, rules)
    receiver = coder.verb_actor(verb) or uncoded_party(coder, subject)
    if receiver is not None and same_actor(giver, receiver):
        return None
    aux = grammar.aux_mode(verb, state.future, rules)
    event = coder.build("AID", None, False, aux, giver, receiver, coder.ctx.span(verb, verb), verb)
    nouns = {t.i for t in senses.given(verb) for t in t.subtree}
    return Candidate("receipt", verb.i, event, nouns=nouns)


def future_frame(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"wants to discuss", "plans to send": nothing coded here; the complement is coded with aux future.
    A "that" clause with a subject of its own is a wish about another party, not an intention: "she hopes
    the United States and Britain can coordinate" is coded hypothetical."""
    trigger = _trigger(coder, verb, state)
    if trigger is None or trigger.entry.frame != "future":
        return None
    wished = {c.i: "hypothetical" if _own_subject(coder, c, verb) else "future" for c in _complements(verb)}
    wanted = _wanted_of_a_party(coder, verb)
    if wanted is not None:
        return wanted
    return Candidate("future_frame", verb.i, None, future=wished)


def _wanted_of_a_party(coder: Coder, verb: "Token") -> Candidate | None:
    """"Washington wants Beijing to use its influence", "the United States wants Russia to withdraw": what a party wants
    (``wanting`` in verb_classes.tsv) another coded party to do, in an infinitive with that party as its subject, is a
    request of that party (REQUEST); the act asked for is not coded as done. Not negated, not a wish about oneself."""
    rules = coder.rules
    if verb.lemma_.lower() not in rules.wanting or grammar.negated(verb, rules):
        return None
    subject = grammar.subject_of(verb, rules)
    actor = coder.actor_of_token(subject) if subject is not None else None
    for clause in _complements(verb):
        asked = grammar.subject_of(clause, rules)
        if asked is None or not grammar.to_infinitive(clause) or asked.i < verb.i:
            continue
        if not _party_word(coder, asked) or clause.lemma_.lower() in rules.not_asked:
            return None  # "want it to proceed", "wants this conflict to end": a thing; "wants NATO to be ...", "wanted
            # Putin to understand": a state or a thought wished for, nothing asked to be done
        recipient = coder.actor_of_token(asked)
        if recipient is None or not recipient.code or _same_country(actor, recipient):
            return None
        aux = grammar.aux_mode(verb, {}, rules)
        event = coder.build("REQUEST", None, False, aux, actor, recipient, coder.ctx.span(verb, verb), verb)
        claims = {t.i for t in clause.subtree if t.pos_ in {"VERB", "AUX"}}
        return Candidate("future_frame", verb.i, event, claims=claims, nouns={t.i for t in clause.subtree})
    return None


def _same_country(one: Actor | None, other: Actor | None) -> bool:
    """Both coded, in the same country ("USAGOV" and "USA"): a party does not accuse, ask, threaten or join itself."""
    return bool(one is not None and other is not None and one.code and other.code and one.code[:3] == other.code[:3])




def _party_word(coder: Coder, token: "Token") -> bool:
    """A word that can name a party: a name, a people or a body ("Beijing", "the Ukrainians", "NATO"), or a personal
    pronoun ("us", "them": ``personal_object`` in pronouns.tsv); not "it", "this", nor a thing named with a party in its
    modifiers ("this conflict in Ukraine")."""
    if token.pos_ == "PRON":
        return token.lower_ in coder.rules.personal_object
    return token.pos_ == "PROPN" or token.ent_type_ in grammar.PARTY_LABELS


def _own_subject(coder: Coder, clause: "Token", frame: "Token") -> bool:
    """A complement clause whose subject is not the frame's (nor a pronoun that may stand for it)."""
    subject = grammar.subject_of(clause, coder.rules)
    return clause.dep_ == "ccomp" and subject is not None and subject.pos_ in {"NOUN", "PROPN"} and not any(
        t.i == subject.i for t in frame.children)


def conditional_threat(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"Sanctions could follow if Ankara went ahead", "there would be severe consequences if Russia invaded", "Russia
    would pay a heavy price if it invaded": a penalty (``consequence`` in noun_classes.tsv) that will or would come
    (``consequence_verb`` in verb_classes.tsv) if a coded party acts threatens that party (THREATEN, by whoever says
    so); the party that would face or pay it is the one threatened."""
    rules = coder.rules
    lemma = verb.lemma_.lower()
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if lemma not in rules.consequence_verb or not (rules.is_future(auxes) or auxes & rules.hypothetical):
        return None
    condition = next((c for c in verb.children if c.dep_ == "advcl" and grammar.marked(c, rules.condition)), None)
    penalty = next((c for c in verb.children if c.dep_ in {"nsubj", "attr", "dobj"} and (c.lemma_.lower() in rules.consequence or (
        c.dep_ == "dobj" and c.lemma_.lower() in rules.paid_penalty))), None)
    if condition is None or penalty is None or grammar.negated(verb, rules):
        return None
    threatened = grammar.subject_of(verb, rules) if penalty.dep_ == "dobj" else grammar.subject_of(condition, rules)
    recipient = coder.actor_of_token(threatened) if threatened is not None else None
    if recipient is None or not recipient.code:
        return None
    actor = _sayer_actor(coder, grammar.governing_say(verb, rules)) or quoted_speaker(coder.ctx, verb)
    if _same_country(actor, recipient):
        return None
    event = coder.build("THREATEN", None, False, None, actor, recipient, coder.ctx.span(min(verb, penalty, key=lambda t: t.i), max(verb, penalty, key=lambda t: t.i)), verb)
    # the sayer is not whom a later "they" stands for ("they will face financial and economic sanctions": the Russians)
    return Candidate("conditional_threat", verb.i, event, nouns={penalty.i}, remembered=False)


def carrier_without_event(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"launched a website", "held a press conference": a light verb whose object is no event."""
    trigger = _trigger(coder, verb, state)
    if trigger is None or not (trigger.kind == "-" or (trigger.entry.type == "-" and trigger.end.i == verb.i)):
        return None
    return Candidate("carrier_without_event", verb.i, None, claims=set(trigger.claims), nouns=set(trigger.nouns))


def reduced_passive(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"the Uyghurs deported by Thailand", "a curfew imposed in Sudan": the noun is the patient."""
    trigger = _trigger(coder, verb, state)
    if trigger is None or not (verb.dep_ == "acl" and verb.tag_ == "VBN"):
        return None
    actor = None
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    actor = coder.actor_of_token(pobj)
    recipient = coder.actor_of_token(verb.head)
    if trigger.end.i == verb.head.i:  # "the lawsuits filed against the department": the noun is the event, not its patient
        recipient = coder.recipient_of(verb, actor, set())
    event = None
    if (actor is not None or recipient is not None) and not (  # "a video message released Sunday": no one acts on anyone
        everyday(coder, verb, trigger) and _document(coder, verb.head)
    ) and party_object(coder, verb, trigger):
        end = trigger.end if trigger.end.i > verb.i else verb
        negated = grammar.negated(verb, coder.rules)
        event = coder.build(trigger.kind, trigger.mode, negated, None, actor, recipient, coder.ctx.span(verb, end), verb)
    return Candidate("reduced_passive", verb.i, event, claims=set(trigger.claims), nouns=set(trigger.nouns))


# Where only a noun can stand: a verb-tagged word there is a mistagged plural noun.
_NOUN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


def _subject_before(verb: "Token") -> bool:
    """Whether the word before ``verb`` is its subject."""
    return verb.i > 0 and (left := verb.doc[verb.i - 1]).dep_ == "nsubj" and left.head.i == verb.i


def clause(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """A verb trigger with its subject and objects: active, passive ("was invaded by"), conjoined
    ("annexed Crimea and invaded the Donbass"), governing a complement, or carrying an event noun."""
    if verb.tag_ == "VBZ" and verb.dep_ in _NOUN_DEPS and not _subject_before(verb):
        # "last year's Columbia University protests ... has prompted questions": a plural noun read as a verb (right
        # after its own subject, "The German government supports engaged discussions", it is the verb misattached)
        return None
    trigger = _trigger(coder, verb, state)
    if trigger is None:
        return None
    # "a Chinese-funded pipeline" names a thing, "it was striking how" judges, "declined to comment" refuses no party
    if _hyphened_modifier(verb) or _judging_participle(verb) or _no_comment(coder, verb, trigger):
        return Candidate("clause", verb.i, None, claims=set(trigger.claims), nouns=set(trigger.nouns))
    negated = grammar.negated(verb, coder.rules)
    if negated and (trigger.kind == "REJECT" or _agentless_passive(verb) or verb.lemma_.lower() == "have" or (
            trigger.kind in coder.rules.negated_past_none and _past(verb))):
        # "I have not discussed this with him", "I don't have any call to predict", "we don't have an assessment of that
        # ... the humanitarian assistance": nothing happened, and nothing was refused; "did not reject the proposal",
        # "I'm not ruling anything out": no refusal either
        return Candidate("clause", verb.i, None, claims=set(trigger.claims), nouns=set(trigger.nouns))
    if trigger.end.i != verb.i and any(c.dep_ == "det" and c.lower_ == "no" for c in trigger.end.children):
        # "the Malian leadership has no complaints about ...", "there were no talks": the event noun is denied
        return Candidate("clause", verb.i, None, claims=set(trigger.claims), nouns=set(trigger.nouns))
    arguments = clause_arguments(coder, verb, trigger)
    aux = None if grammar.performed(verb, coder.rules) else grammar.aux_mode(verb, state.future, coder.rules)
    kind, mode = shifted_type(coder, verb, trigger, negated, aux)
    actor, recipient = arguments.actor, arguments.recipient
    if recipient is None and _stance_carried(coder, verb, trigger):
        # "the representative expressed concern", "China voiced its concerns": a stance about no one (as the noun
        # alone, "echoed their concerns"), no accusation
        return Candidate("clause", verb.i, None, claims=set(trigger.claims), nouns=set(trigger.nouns))
    end = trigger.end if trigger.end.i > verb.i else verb
    event = None
    # a document as object codes nothing ("released a report"), unless the entry names it ("provided information")
    document = trigger.phrase == verb.lemma_.lower() and _document(coder, _object_of(verb))
    if not (everyday(coder, verb, trigger) and (not arguments.own_party() or document)) and (
        party_object(coder, verb, trigger) and not (_purpose(verb) and not _coded(actor) and not _gathered_to_protest(coder, verb, kind))
    ):
        event = coder.build(kind, mode, negated, aux, actor, recipient, coder.ctx.span(verb, end), verb)
    return Candidate("clause", verb.i, event, claims=set(trigger.claims), nouns=set(trigger.nouns))


def _hyphened_modifier(verb: "Token") -> bool:
    """"froze a Chinese-funded gas pipeline", "a Beijing-imposed national security law": a participle joined by a
    hyphen to who did it, before a noun, says what the thing is, not that anything happened (fresh12, read)."""
    return verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.i < verb.head.i and hyphen_first(verb) is not None


def _judging_participle(verb: "Token") -> bool:
    """"it was striking how the Ukrainian authorities ...", "it is threatening that ...": a participle said of "it" and
    the clause it introduces is an adjective of judgement, not an act (a transcript read, session 36)."""
    children = list(verb.children)
    return (verb.tag_ == "VBG" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in children)
            and any(c.dep_ == "aux" and c.lemma_ == "be" for c in children) and any(c.dep_ == "ccomp" for c in children)
            and not any(c.dep_ in {"dobj", "dative"} for c in children))


def _stance_carried(coder: Coder, verb: "Token", trigger: Trigger) -> bool:
    """Whether the trigger is a verb carrying a stance noun read as ACCUSE (``stance`` in noun_classes.tsv) that says
    nothing of what it is about: "expressed concern", not "voiced concern about the political crisis" or "concern
    that the talks may fail" (an accusation of no one named, still an event)."""
    noun = trigger.end
    if trigger.kind != "ACCUSE" or noun.i == verb.i or noun.lemma_.lower() not in coder.rules.stance:
        return False
    about = coder.rules.topic_preps | {"at", "for", "with"}
    return not any((c.dep_ == "prep" and c.lower_ in about) or c.dep_ in {"ccomp", "acl"}
                   for c in (*noun.children, *verb.children))


def _agentless_passive(verb: "Token") -> bool:
    """"the charge has not been dropped", "the sanctions were not lifted": negated in the passive with no one named who
    did not act, it says what has not happened, not that anyone refused (fresh12, read)."""
    return any(c.dep_ == "auxpass" for c in verb.children) and not any(c.dep_ == "agent" for c in verb.children)


def _past(verb: "Token") -> bool:
    """Said in the past or the perfect, with no modal: "did not meet", "has not discussed", "hadn't talked"; or going on
    now: "we are not discussing this" (a fact of the moment, no refusal; an exchange corpus read, session 45)."""
    auxiliaries = {c.lemma_.lower() for c in verb.children if c.dep_ == "aux"}
    if verb.tag_ in {"VBD", "VBN"} and auxiliaries <= {"do", "have"}:
        return True
    if verb.tag_ == "VBG" and auxiliaries == {"be"} and any(c.dep_ == "aux" and c.tag_ in {"VBP", "VBZ"} for c in verb.children):
        return True
    return auxiliaries == {"do"} and any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)  # "did not meet"


def _coded(party: Actor | None) -> bool:
    return party is not None and bool(party.code)


def everyday(coder: Coder, verb: "Token", trigger: Trigger) -> bool:
    """An everyday verb ("provide", "help", "allow") read as itself, not carrying an event noun:
    an event only with a coded party among its own arguments ("farms provided electricity" is
    none, nor is "the Chinese Americans helped ... in Houston", whose country only the sentence names)."""
    lemma, needs_party = verb.lemma_.lower(), coder.rules.needs_party
    # a phrasal verb listed whole is everyday too: "stood by the road" is no SUPPORT; so is a verb of
    # giving read as AID: "the farmers sent their wheat to the mill" is none
    giving = trigger.kind == "AID" and lemma in coder.rules.giving
    if trigger.end.i != verb.i:  # a carried noun listed with its verb: "giving communities funding to fight crime"
        return trigger.phrase in needs_party
    return (trigger.phrase == lemma and (lemma in needs_party or giving)) or trigger.phrase in needs_party


_NAMING = frozenset({"oprd", "ccomp", "attr"})


def _no_comment(coder: Coder, verb: "Token", trigger: Trigger) -> bool:
    """"refused to comment", "declined to respond", "declined to say when": a frame whose complement is only speaking
    (or, for a refusal, only telling)."""
    speaking = coder.rules.no_comment | (coder.rules.no_answer if trigger.kind == "REJECT" else frozenset())
    if trigger.kind == "THREATEN":
        speaking = speaking - coder.rules.response  # "warned Poland that it would respond": the response threatened
    return trigger.end.i == verb.i and any(
        c.dep_ in {"xcomp", "ccomp"} and c.lemma_.lower() in speaking and not _answers_a_party(coder, c)
        for c in verb.children
    )


def _answers_a_party(coder: Coder, speaking: "Token") -> bool:
    """"refused to respond to a request from the U.S.": the speaking answers a request or an event."""
    for child in speaking.children:
        targets = [child] if child.dep_ == "dobj" else [p for p in child.children if p.dep_ == "pobj"] if child.dep_ == "prep" else []
        if any(t.lemma_.lower() in coder.rules.speech_act or coder.noun_entry(t) is not None for t in targets):
            return True
    return False


def _purpose(verb: "Token") -> bool:
    """An infinitive of purpose or a noun's infinitive: "sold quotas to support conservation",
    "ways to oppose the limits". With no coded actor it says what someone means to do, not who did
    what ("France sent experts to investigate" stays coded: France acts)."""
    return verb.dep_ in {"advcl", "acl", "relcl"} and grammar.to_infinitive(verb)


def _gathered_to_protest(coder: Coder, verb: "Token", kind: str) -> bool:
    """"Hundreds gathered in Nairobi to protest against the finance bill": people who gather, assemble or march (a verb
    listed as PROTEST) to protest did protest, though no dictionary codes them (noticed in session 41's corpus read)."""
    if kind != "PROTEST" or verb.dep_ != "advcl":
        return False
    entry = coder.lex.verbs.get(verb.head.lemma_.lower())
    return entry is not None and entry.type == "PROTEST"


def _object_of(verb: "Token") -> "Token | None":
    """What a verb acts on: its object, a passive's subject, or the noun a reduced passive modifies."""
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"}:
            return child
    return verb.head if verb.dep_ == "acl" else None


def _document(coder: Coder, token: "Token | None") -> bool:
    """"released a report", "shared details", "released a lot of data": the object (or what a word of counting before
    it counts) is a thing published, not a party."""
    if token is not None and token.lemma_.lower() in coder.rules.partitive:
        token = next((p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                      if p.dep_ == "pobj"), token)
    return token is not None and token.lemma_.lower() in coder.rules.document


def party_object(coder: Coder, verb: "Token", trigger: Trigger) -> bool:
    """Whether a ``party_object`` verb read as itself ("call", "receive", "charge") acts on a party:
    "Putin called Biden", "he was charged"; not "calling it exclusionary", "received $5 million"
    (issue 12); an ``intransitive`` one has no object. Other verbs always pass."""
    lemma = verb.lemma_.lower()
    if trigger.phrase != lemma or trigger.end.i != verb.i:
        return True
    if lemma in coder.rules.intransitive:
        # "demonstrate the value"; "rallied Europe to stand up against ...": the one rallied is the clause's subject
        return not any(child.dep_ == "dobj" or (child.dep_ in {"ccomp", "xcomp"} and any(
            g.dep_ == "nsubj" and g.i < child.i for g in child.children)) for child in verb.children)
    if lemma not in coder.rules.party_object:
        return True
    return acts_on_party(coder, verb) or (trigger.kind == "ACCUSE" and (_charged_people(verb) or _charged_that(coder, verb)))


def _charged_that(coder: Coder, verb: "Token") -> bool:
    """"The Pentagon charged that Chinese hackers had stolen defence secrets": a charge laid in a "that" clause (an
    allegation, PLOVER ACCUSE) names its party as the clause's subject; "charged that it was owed money" names none."""
    return any(c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
               and any(g.dep_ in {"nsubj", "nsubjpass"} and coder.actor_of_token(g) is not None and g.tag_ not in {"PRP", "PRP$"}
                       for g in c.children) for c in verb.children)


def _charged_people(verb: "Token") -> bool:
    """"Hong Kong authorities charged 47 activists": people named by their role (a sector: activists, journalists,
    officials) are accused, though no dictionary codes them; "charged a fee" names no one."""
    target = _object_of(verb)
    return target is not None and target.pos_ == "NOUN" and sector_of_role(target.lemma_) not in {None, "UNK"}


def acts_on_party(coder: Coder, verb: "Token") -> bool:
    """Whether the verb's object (or its dative, or a naming verb's predicate) is a party."""
    lemma = verb.lemma_.lower()
    children = list(verb.children)
    target = _object_of(verb) or next((c for c in children if c.dep_ == "dative"), None)
    naming = [c for c in children if c.dep_ in _NAMING or (c.dep_ == "xcomp" and c.tag_ == "VBG")  # 'calling it "hyping up"'
              or (c.dep_ == "prep" and c.lower_ == "as" and lemma in coder.rules.naming)]  # "called as witnesses": a role
    if naming and target is not None:
        return False  # naming: "called the death a significant achievement", "calling him a correspondent"
    if _named_as(children):
        return False  # two nouns after it, however parsed: "called Canada one of the highest tariffing nations"
    target = target or next((c for c in naming if c.dep_ == "oprd"), None)  # "called Lavrov to discuss"
    if target is None:
        return False
    rules = coder.rules
    if coder.noun_entry(target) is not None:  # "is hosting the summit": the object is an event;
        return lemma not in rules.undergo  # "received aid" is not a visit
    if target.pos_ == "PRON":  # "as you've called it": a thing is named, not phoned
        return target.lower_ not in _THINGS and (
            target.lower_ in rules.third or target.lower_ in rules.first_plural or target.lower_ in rules.first_singular)
    if target.ent_type_ == "PERSON":
        return True
    if lemma in rules.undergo and _amount_of(target):
        return False  # "Germany received 50.7 billion cubic metres of Russian gas": a quantity of a thing, no visitor
    found = coder.actor_of_token(target)
    return found is not None and bool(found.code)


def _amount_of(noun: "Token") -> bool:
    """A counted measure "of" something: "50.7 billion cubic metres of Russian gas" (not "two Russian diplomats")."""
    return any(c.dep_ in {"nummod", "quantmod"} or c.like_num for c in noun.children) and any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _named_as(children: "list[Token]") -> bool:
    """Two noun phrases after the verb with no comma between them, however the parser hangs them: "called Canada one
    of the highest tariffing nations", "calling Sweden and Finland our friends"; not "received the UAE Ambassador to
    Bahrain, Abdulridha Khori" (a name in apposition)."""
    nouns = sorted((c for c in children if c.dep_ in _NAMING | {"dobj"} and c.pos_ in {"NOUN", "PROPN", "NUM", "PRON"}),
                   key=lambda c: c.i)
    return len(nouns) > 1 and nouns[1].left_edge.i > 0 and nouns[1].doc[nouns[1].left_edge.i - 1].lower_ != ","


def without_self_loop(coder: Coder, kind: str, actor: Actor | None, recipient: Actor | None) -> Actor | None:
    """The recipient, unless it is the actor's own country where that makes no event between two
    parties: read for an everyday verb whose actor only the sentence names ("these farms provided
    Spain's electricity" is not ESP AID ESP; issue 12). Force, arrests and protests happen inside a
    country (``domestic`` in types.tsv), as do two distinct bodies of one state (USAGOV, USALEG)."""
    if actor is None or recipient is None or not actor.code or not recipient.code or kind in coder.rules.domestic:
        return recipient
    a, r = actor.code, recipient.code
    if a[:3] != r[:3] or (len(a) > 3 and len(r) > 3 and a != r):
        return recipient
    return None


# -- a clause's arguments and type -----------------------------------------------------------

RecipientRule = Callable[[Coder, "Token", Trigger, "Actor | None"], "Actor | None"]


def object_recipient(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """"invaded Georgia", "imposed sanctions on Russia": an object or a recipient preposition."""
    passive = grammar.passive_subject(verb)
    # "8,000 US troops have been stationed in East European countries": the forces moved are not whom it is done to
    skip = {passive.i} if passive is not None and (actor is None or trigger.kind == "MOBILIZE") else set()
    if trigger.end.i != verb.i:
        skip.add(trigger.end.i)  # "has troops in Moldova": the troops are the event, not its recipient
    return coder.recipient_of(verb, actor, skip, trigger.kind)


def carried_noun_recipient(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """"launched an attack on Ukraine": the event noun's own recipient."""
    return coder.recipient_of(trigger.end, actor, set(), trigger.kind) if trigger.end.i != verb.i else None


def troop_location(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """"has troops in Moldova": where troops are is whom a mobilisation is aimed at."""
    return coder.location_recipient(trigger.end, actor) if trigger.kind == "MOBILIZE" else None


def modifier_party(coder: Coder, noun: "Token", actor: Actor | None) -> Actor | None:
    """The coded party a noun's own modifier names ("Chinese funding", "the Russian embassy", "China's
    aid"), other than ``actor``; not one in its prepositional phrases ("the embassy in Kyiv", "funding for Kenya")."""
    for child in noun.children:
        found = entity_actor(coder.ctx, child) if child.dep_ in {"amod", "compound", "poss"} else None
        if found is not None and found.code and not same_actor(found, actor):
            return found
    return None


def _mission(coder: Coder, place: "Token") -> "Token | None":
    """The embassy or consulate a place names: itself, or the one "in front of" names."""
    if place.lemma_.lower() in coder.rules.mission:
        return place
    return next((p for prep in place.children if prep.dep_ == "prep" and prep.lower_ == "of" for p in prep.children
                 if p.dep_ == "pobj" and p.lemma_.lower() in coder.rules.mission), None)


def mission_recipient(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """"rallied outside the Russian embassy in Kyiv", "protested in front of the Chinese consulate": a
    protest held at a state's mission is aimed at that state, named by the mission's own modifier (not
    by the city it is in: "the embassy in Kyiv" is some other state's)."""
    if trigger.kind not in coder.rules.mission_target:
        return None
    heads = [verb] + ([trigger.end] if trigger.end.i != verb.i else [])
    for place in (p for head in heads for prep in head.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj"):
        mission = _mission(coder, place)
        found = modifier_party(coder, mission, actor) if mission is not None else None
        if found is not None:
            return found
    return None


def passive_patient(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """"Georgia was invaded": with no agent, the passive subject is the recipient; so is the subject a passive shares
    with the active verb before it ("Malawi avoided a hit but was struck by Chido": Malawi was struck)."""
    passive = grammar.passive_subject(verb)
    if passive is None and verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        shared = grammar.subject_of(verb.head, coder.rules)
        found = coder.actor_of_token(shared) if shared is not None else None
        return found if not same_actor(found, actor) else None
    return coder.actor_of_token(passive) if actor is None and passive is not None else None


def complement_subject(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """"urged Israel to withdraw", "accused Russia of ...": the complement's subject or object."""
    # a governing verb of any type too: "allow the WFP to deliver food", "forced Greece to withdraw"
    governs = trigger.kind in coder.rules.complement_frame or (trigger.entry.frame == "governs" and trigger.end.i == verb.i)
    # with no object, whom the complement is about: "welcomed Putin to mediate" (Putin its subject)
    governs = governs or (trigger.end.i == verb.i and not any(c.dep_ in {"dobj", "dative"} for c in verb.children))
    # "calling on them to overcome U.S. restrictions": with its addressee named but not coded, what they are asked to
    # act on is no recipient (fresh12, read)
    return coder.complement_recipient(verb, actor, objects=not coder.addressed(verb)) if governs else None


# Subordinators of the condition a refusal waits on: "will not end the strike until the authorities meet its demands".
_AWAITING = frozenset({"until", "unless"})


def _awaited(coder: Coder, verb: "Token", trigger: Trigger) -> "Token | None":
    """Whom a refusal (a REJECT, or a negated act that is one) waits on: the agent ("until their demands are met by the
    authorities") or the subject ("until the authorities fulfill its demands", "until the management is sacked") of its
    "until" or "unless" clause."""
    refusal = trigger.kind == "REJECT" or (grammar.negated(verb, coder.rules) and trigger.kind in coder.rules.negated_to_reject)
    if not refusal:
        return None
    for clause in verb.children:
        if clause.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _AWAITING for c in clause.children):
            continue
        agent = next((p for c in clause.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
        return agent or next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return None


def awaited_party(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """A refusal until someone acts is aimed at that one: "Teachers will not end the strike until the Palestinian
    authorities meet their demands" (REJECT of the authorities)."""
    awaited = _awaited(coder, verb, trigger)
    found = coder.actor_of_token(awaited) if awaited is not None else None
    return found if found is not None and not same_actor(found, actor) else None


def _joint(coder: Coder, trigger: Trigger) -> bool:
    """A joint act: its type is one (types.tsv ``joint``), or its lexicon phrase is (verbs.tsv frame ``joint``)."""
    return trigger.kind in coder.rules.joint or trigger.entry.frame == "joint"


def conjoined_subject(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """"India and Pakistan agreed to a ceasefire to end the fighting in Kashmir": the second of two
    conjoined subjects of a joint act is the other party, before anyone named inside the complement
    (not so in "Britain and France called for Russia to withdraw")."""
    return conjoined_party(coder, grammar.raised_subject(verb, coder.rules), actor, coded=True) if _joint(coder, trigger) else None


# Tried in order; the first that finds a recipient wins.
def conjoined_before_objects(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """"British and EU negotiators failed to reach a deal on the Irish border": the other party of a
    joint act before what its object names, unless it is done "with" someone ("Pelosi and senators
    held talks with King Abdullah")."""
    heads = [verb] + ([trigger.end] if trigger.end.i != verb.i else [])
    if any(c.dep_ == "prep" and c.lower_ == "with" for head in heads for c in head.children):
        return None
    return conjoined_subject(coder, verb, trigger, actor)


def addressee_recipient(coder: Coder, verb: "Token", trigger: Trigger, actor: Actor | None) -> Actor | None:
    """"sent a letter to the WHO threatening to pull US funding", "sent a letter to Russia urging it to withdraw": a
    participle hanging on a verb of saying, on a document sent or on the document itself is addressed to whom that
    verb is, not to a party its own complement names (issue 12: the US, from "US funding")."""
    if verb.tag_ != "VBG" or verb.i < verb.head.i:
        return None
    rules, head = coder.rules, verb.head
    if verb.dep_ == "acl" and head.lemma_.lower() in rules.document and head.dep_ == "dobj":
        head = head.head  # "a letter ... urging": the letter's sender and addressee
    elif verb.dep_ != "advcl" or (head.lemma_.lower() not in rules.say and not any(
            c.dep_ == "dobj" and c.lemma_.lower() in rules.document for c in head.children)):
        return None
    to = (p for c in head.children if c.dep_ in {"prep", "dative"} and c.lower_ == "to" for p in c.children if p.dep_ == "pobj")
    return next((found for p in to if (found := coder.actor_of_token(p)) is not None and not same_actor(found, actor)), None)


RECIPIENT_RULES: tuple[RecipientRule, ...] = (
    awaited_party,
    conjoined_before_objects,
    object_recipient,
    addressee_recipient,
    carried_noun_recipient,
    mission_recipient,
    troop_location,
    passive_patient,
    conjoined_subject,
    complement_subject,
)


def _people(subject: "Token | None") -> bool:
    """A person or people: "President Dos Santos", "elders", "a group of Chechen refugees"."""
    if subject is None or subject.tag_ in {"NNS", "NNPS"} or subject.ent_type_ in {"NORP", "PERSON"}:
        return True
    if any(c.dep_ == "prep" and any(p.tag_ == "NNS" for p in c.children) for c in subject.children):
        return True  # "a group of refugees"
    return subject.pos_ == "PROPN" or sector_of_role(subject.lemma_) in {"GOV", "JUD", "ELI", "MIL", "COP"}


def _both_sides(subject: "Token") -> bool:
    """"both leaders", "the two presidents", "both sides": two parties named before, whom the first country the
    sentence names does not code ("Following talks with Mauritius Prime Minister Ramgoolam, both leaders ...": India's
    and Mauritius's; read part p050, session 47). "Two gunmen" is no such pair."""
    if subject.tag_ not in {"NNS", "NNPS"}:
        return False
    children = list(subject.children)
    definite = any(c.dep_ == "det" and c.lower_ == "the" for c in children)
    return any((c.lower_ == "both" and c.dep_ in {"det", "predet"}) or (c.lower_ == "two" and definite) for c in children)


def _agentive(coder: Coder, subject: "Token") -> bool:
    """Whether a subject can act for a country: a person, people, a group or a political noun
    ("officials", "the ministry", "the ruling party"), not "a storm" or "the best way" (issue 12:
    guessed actors showed the subject's words with a country code)."""
    if subject.dep_ != "nsubj":  # "killed by an explosive device outside the Iraqi city": Iraq's
        return True
    return _people(subject) or sector_of_role(subject.lemma_) is not None or subject.lemma_.lower() in coder.rules.agent


@dataclass
class Arguments:
    """A clause's actor and recipient, and whether each was read from the clause's own arguments
    (subject, objects, prepositions, its subtree) or guessed from the whole sentence."""

    actor: Actor | None
    recipient: Actor | None
    actor_guessed: bool = False
    recipient_guessed: bool = False
    named_subject: bool = False  # an organisation no dictionary codes: "ICE returned the manuscript"

    def own_party(self) -> bool:
        """Whether a coded party comes from the clause's own arguments, or its subject names an organisation."""
        return (_coded(self.actor) and not self.actor_guessed) or (_coded(self.recipient) and not self.recipient_guessed) or self.named_subject


def conjoined_party(coder: Coder, subject: "Token | None", actor: Actor | None, *, coded: bool) -> Actor | None:
    """"India and Pakistan agreed to a ceasefire", "Jordan and the United States began exercises":
    the second of two conjoined subjects is the other party; not of "neither NATO nor the USA can accept", "either
    Russia or China" (each acts alone)."""
    if subject is None or any(c.lower_ in {"neither", "either"} and c.dep_ in {"preconj", "det"} for c in subject.children):
        return None
    for child in _second_parties(subject):
        found = coder.actor_of_token(child) if coded else uncoded_party(coder, child)
        if found is not None and not same_actor(found, actor) and not (
            actor is not None and actor.entity and found.entity == actor.entity
        ):
            return found
    return None


def _second_parties(subject: "Token") -> list["Token"]:
    """The others named with a subject: "India and Pakistan", "British and EU negotiators", "the
    summit between the EU and Turkey", "the armies of Brazil and Argentina"."""
    found = [c for c in subject.children if c.dep_ == "conj"]
    for child in subject.children:
        if child.dep_ in {"amod", "compound", "poss", "nmod"}:
            found += [c for c in child.children if c.dep_ == "conj"]
        elif child.dep_ == "prep" and child.lower_ in {"between", "of"}:  # "the armies of Brazil and Argentina"
            found += [c for p in child.children if p.dep_ == "pobj" for c in p.children if c.dep_ == "conj"]
    return found


def joint_action(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"France and Germany will jointly develop a new fighter jet", "India will build the port together with Japan":
    two coded parties doing anything jointly or together (``jointly`` in modality.tsv) cooperate (COOPERATE), when the
    verb is no event of its own; each party acts alone in "either ... or", and a verb of saying or being does nothing."""
    rules = coder.rules
    if verb.pos_ != "VERB" or verb.lemma_.lower() in rules.say or _trigger(coder, verb, state) is not None:
        return None
    # "together with Japan": the parser hangs "together" on the preposition
    withs = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"]
    marked = any(c.dep_ == "advmod" and c.lower_ in rules.jointly for c in verb.children) or any(
        c.dep_ == "advmod" and c.lower_ in rules.jointly for w in withs for c in w.children)
    if not marked or grammar.negated(verb, rules):
        return None
    subject = grammar.subject_of(verb, rules)
    actor = coder.actor_of_token(subject) if subject is not None else None
    if actor is None or not actor.code:
        return None
    partner = conjoined_party(coder, subject, actor, coded=True) or next(
        (coder.actor_of_token(p) for w in withs for p in w.children if p.dep_ == "pobj"), None)
    if partner is None or not partner.code or _same_country(actor, partner):
        return None
    aux = None if grammar.performed(verb, rules) else grammar.aux_mode(verb, state.future, rules)
    event = coder.build("COOPERATE", None, False, aux, actor, partner, coder.ctx.span(verb, verb), verb)
    return Candidate("joint_action", verb.i, event, remembered=False)  # "China and Russia ...": no one party for "he"


def clause_arguments(coder: Coder, verb: "Token", trigger: Trigger) -> Arguments:
    """Actor and recipient of a verb trigger."""
    actor = coder.verb_actor(verb) or _state_of_place(coder, verb, trigger) or _forces_owner(coder, verb, trigger)
    recipient = None
    if actor is None and trigger.end.i != verb.i:
        # "cooperation between the Philippines and the United States was strengthened"
        actor, recipient = hyphen_pair(coder, trigger.end)
        if actor is None:
            actor, recipient = between_parties(coder, trigger.end)
    if actor is None:
        actor, recipient = _passive_parties(coder, verb, trigger)
    if recipient is None:
        recipient = next((found for rule in RECIPIENT_RULES if (found := rule(coder, verb, trigger, actor)) is not None), None)
    subject = grammar.subject_of(verb, coder.rules)
    subject = coder.past_dateline(subject) if subject is not None else None
    if actor is None and subject is not None:
        subject = coder.antecedent_token(subject) or subject  # "Farc has said it will release ...": Farc
    if recipient is None and _joint(coder, trigger) and not _names_party(coder, _patient(coder, verb, trigger, subject)):
        # "Britain and France signed a pact": the other party; not when the clause acts on a party no
        # dictionary codes ("the DOJ and the FBI launched an investigation into AMC": AMC)
        recipient = conjoined_party(coder, grammar.raised_subject(verb, coder.rules), actor, coded=True)
    guessed = False
    if actor is None and ((subject is not None and subject.pos_ in {"NOUN", "PROPN"} and _agentive(coder, subject)
                           and not _regional(coder, subject) and not _outsider(coder, subject)
                           and not _uncoded_name(coder, subject) and not _both_sides(subject))
                          or (subject is None and verb.dep_ in {"acl", "relcl"})):
        # "President Dos Santos conceded ...": an office holder unknown to the dictionaries
        # acts for the country the sentence is about; people ("elders", "ethnic Albanians") may act
        # in the recipient's own country, a body in the singular ("the ruling party") is no self-loop.
        actor = coder.sentence_country(verb, exclude=recipient, domestic=_people(subject), kind=trigger.kind)
        actor = _not_borrowed(coder, verb, actor, recipient, subject, trigger.kind)
        guessed = actor is not None
        # "German journalist Mesale Tolu, who was arrested": the noun a passive clause hangs on is who it is done to
        passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
        named_by = subject if subject is not None else coder.document_author(verb) or (None if passive else verb.head)
        actor = as_argument(actor, named_by)
    recipient_guessed = False
    if recipient is None:
        # "complained about the U.S. sanctions", "voiced concern about China's drills": what is blamed
        recipient = coder.subtree_recipient(verb, actor, subject, trigger.kind)
        recipient_guessed = recipient is not None
    recipient = _people_acted_on(coder, verb, trigger, subject, recipient, recipient_guessed)
    if guessed and everyday(coder, verb, trigger):
        recipient = without_self_loop(coder, trigger.kind, actor, recipient)
    if actor is None and subject is not None:
        actor = uncoded_party(coder, subject)
    elif actor is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        # "Three thousand employees stopped work, staging a sit-in": the governing clause's subject
        # acts, named though no dictionary codes it
        governing = grammar.subject_of(verb.head, coder.rules)
        actor = uncoded_party(coder, governing) if governing is not None else None
    if recipient is None:
        joint = conjoined_party(coder, subject, actor, coded=False) if _joint(coder, trigger) else None
        recipient = joint or uncoded_party(coder, _patient(coder, verb, trigger, subject)) or conjoined_party(
            coder, subject, actor, coded=False)
    named = subject is not None and (
        (subject.pos_ == "PROPN" or (subject.is_upper and len(subject) > 1)) and subject.ent_type_ not in coder.rules.people_labels
        or (subject.dep_ == "nsubjpass" and subject.ent_type_ == "PERSON")  # "Ajak was released"
    )
    return Arguments(actor, recipient, guessed, recipient_guessed, named)


def _passive_parties(coder: Coder, verb: "Token", trigger: Trigger) -> tuple[Actor | None, Actor | None]:
    """A passive with no agent whose own words name the parties: "a peace deal between Armenia and Azerbaijan was
    signed" (the two sides of the deal), "Iranian oil exports were hit with new U.S. sanctions" (the instrument's owner
    acts on the passive subject)."""
    subject = grammar.passive_subject(verb)
    if subject is None or any(c.dep_ == "agent" for c in verb.children):
        return None, None
    if coder.noun_entry(subject) is not None:
        paired = between_parties(coder, subject)
        if paired[0] is not None:
            return paired
    for index in _phrase_objects(verb, trigger.phrase):
        owner = _owner(coder, verb.doc[index])
        if owner is not None and owner.code:
            return owner, coder.actor_of_token(subject)
    return None, None


def _not_borrowed(coder: Coder, verb: "Token", actor: Actor | None, recipient: Actor | None,
                  subject: "Token | None", kind: str) -> Actor | None:
    """A guessed actor, unless it is the maker of the request or proposal the clause acts on (``speech_act``
    in noun_classes.tsv), read from the object's own words: "the judge rejected Kenya's request" names no
    party for the judge; Kenya asked, it did not refuse (issue 12: KEN -> KEN); nor is a named subject the country of
    the partner it acts "with" (``_borrowed_from_recipient``); nor, for a type not done at home (``domestic`` in
    types.tsv), is a subject the party it acts on when that party is named as itself ("Bennett called for the Taliban
    to ...", "export controls deny something to Russia": session 37's corpus read). A country named for the people or
    body acted on still lends its code ("opened investigations against Chilean officials")."""
    if actor is None or recipient is None or actor.start is None:
        return actor
    if subject is not None and subject.pos_ == "PROPN" and _borrowed_from_recipient(verb, actor, recipient):
        return None
    if _listed_with_recipient(verb, actor, recipient):
        return None
    if not same_actor(actor, recipient):
        return actor
    if subject is not None and kind not in coder.rules.domestic and recipient.phrase is None:
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.lemma_.lower() in coder.rules.speech_act:
            if any(t.idx == actor.start for t in child.subtree if t.i != child.i):
                return None
    return actor


def _listed_with_recipient(verb: "Token", actor: Actor, recipient: Actor) -> bool:
    """Whether a guessed actor is one of a list the recipient heads: "many of whom were deported to Honduras, Venezuela
    or other countries" names destinations, none of them the deporter (a corpus read, session 38)."""
    doc = verb.doc
    first = doc.char_span(actor.start, actor.end, alignment_mode="expand") if actor.start is not None and actor.end is not None else None
    other = doc.char_span(recipient.start, recipient.end, alignment_mode="expand") if recipient.start is not None and recipient.end is not None else None
    return first is not None and other is not None and first.root.i != other.root.i and first.root in other.root.conjuncts


def _borrowed_from_recipient(verb: "Token", actor: Actor, recipient: Actor) -> bool:
    """Whether a guessed actor is named only inside the partner the clause acts "with": "MBS held a meeting with
    Ukrainian President Zelenskyy" names no country for MBS (issue 12: UKR -> UKRGOV), nor does "Secretary Austin will
    coordinate with his counterparts in both Finland and Sweden" make Austin Swedish. Read for a subject that is a
    name: one named party's country says nothing of its partner's; a body or a group still acts where the sentence
    is ("police arrested Russian opposition leader Navalny"), and an office holder for the country of what they act
    on ("President Dos Santos conceded defeat in Angola's election")."""
    if actor.start is None or recipient.start is None or recipient.end is None:
        return False
    span = verb.doc.char_span(recipient.start, recipient.end, alignment_mode="expand")
    if span is None:
        return False
    probe, steps = span.root, 0
    while probe.head.i != probe.i and probe.i != verb.i and steps < 8:
        if probe.dep_ == "pobj" and probe.head.lower_ == "with":
            last = probe.right_edge
            return probe.left_edge.idx <= actor.start < last.idx + len(last.text)
        probe, steps = probe.head, steps + 1
    return False


def _regional(coder: Coder, subject: "Token") -> bool:
    """"South American countries", "African leaders": a subject its own region or people names, which no
    dictionary codes, acts for that region, not for the country the sentence is about; so do several
    states (``nations`` in noun_classes.tsv) with no country named in their own words."""
    from parley.actors.gazetteer import gazetteer, normalise

    if subject.tag_ == "NNS" and subject.lemma_.lower() in coder.rules.nations:
        return True  # "Nearly 70 countries", "some European nations": several states, none of them named
    regions = gazetteer().not_countries
    if subject.pos_ == "PROPN" and (subject.ent_type_ == "LOC" or normalise(subject.text) in regions):
        return True  # "Europe imposed tariffs on Chinese cars": Europe's, not China's
    for child in subject.children:
        if child.dep_ not in {"amod", "compound"} or coder.actor_of_token(child) is not None:
            continue
        words = " ".join(t.text for t in child.subtree)  # "South American"
        if child.ent_type_ == "LOC" or normalise(words) in regions or normalise(child.text) in regions:
            return True
    return False


# spaCy labels of a proper noun that names a party: a place, an organisation, a group.
_NAMED_PARTY = frozenset({"GPE", "ORG", "NORP"})
# Sectors of armed groups, which act for the country they fight in ("Seleka rebels seized power": CAF rebels).
_ARMED_SECTORS = frozenset({"REB", "UAF", "INS"})


def _uncoded_name(coder: Coder, subject: "Token") -> bool:
    """"Quad leaders agreed to address the challenges China brings": the subject is named by a proper noun no
    dictionary codes, so it is some party of its own, not the country the sentence names (fresh12, read)."""
    return subject.pos_ == "NOUN" and sector_of_role(subject.lemma_) not in _ARMED_SECTORS and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ in _NAMED_PARTY and coder.actor_of_token(c) is None
        for c in subject.children)


def _outsider(coder: Coder, subject: "Token") -> bool:
    """"Foreign influencers", "overseas investors": people said not to be of the country the sentence
    names (``outsider`` in noun_classes.tsv), so it lends them no code."""
    return any(c.dep_ == "amod" and c.lower_ in coder.rules.outsider for c in subject.children)


def _state_of_place(coder: Coder, verb: "Token", trigger: Trigger) -> Actor | None:
    """"The journalist was arrested in Niger": with no agent, the state where an act of state
    (``state_act`` in types.tsv) happens does it."""
    if trigger.kind not in coder.rules.state_act or grammar.passive_subject(verb) is None:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for place in prep.children:
                found = coder.actor_of_token(place) if place.dep_ == "pobj" else None
                if found is not None and found.code and len(found.code) == 3:
                    return found
    return None


def _forces_owner(coder: Coder, verb: "Token", trigger: Trigger) -> Actor | None:
    """"Russian troops were deployed to Belarus", "forces of the U.N. mission have been deployed":
    with no agent, whose forces were moved (``military`` in noun_classes.tsv) mobilised them."""
    subject = grammar.passive_subject(verb)
    if trigger.kind != "MOBILIZE" or subject is None or any(c.dep_ == "agent" for c in verb.children):
        return None
    if coder.counts(subject):  # "thousands of Indian soldiers"
        subject = next((p for prep in subject.children if prep.lower_ == "of" for p in prep.children
                        if p.dep_ == "pobj"), subject)
    if subject.lemma_.lower() not in coder.rules.military and subject.lower_ not in coder.rules.military:
        return None
    return coder.actor_of_token(subject)


def _people_acted_on(coder: Coder, verb: "Token", trigger: Trigger, subject: "Token | None",
                     recipient: Actor | None, guessed: bool) -> Actor | None:
    """The people a clause acts on, coded through the country it names: "freed blogger Razan
    Ghazzawi, arrested in a raid on the Syrian Centre", "arrested two men in Mombasa", "tortured an
    inmate to death in western Iran", "attacked an army camp in Kabul" (the party is the object's
    words, its code the place's). A thing
    ("lifted restrictions on Cuba") keeps the mention that codes it, as does a party that is not a
    country ("a biography of Trump")."""
    if recipient is None or not recipient.code or len(recipient.code) != 3:
        return recipient
    patient = _patient(coder, verb, trigger, subject)
    if patient is None or patient.pos_ == "PRON" or coder.actor_of_token(patient) is not None:
        return recipient
    person = patient.ent_type_ in coder.rules.people_labels or patient.pos_ == "PROPN"
    counting = coder.rules.counting
    counted = trigger.kind in coder.rules.domestic and (
        (patient.tag_ == "NNS" and any(c.dep_ == "nummod" or c.lower_ in counting for c in patient.children))
        or patient.lemma_.lower() in counting)  # "two men", "several suspects", "a handful of journalists"
    inside = recipient.start is not None and patient.left_edge.idx <= recipient.start <= patient.right_edge.idx
    named = patient.ent_type_ in coder.rules.people_labels
    sent = verb.lemma_.lower() in coder.rules.giving  # "sent firefighters to help Chile": what is sent is no party
    if (guessed and (person or (not inside and not sent and _party_noun(coder, patient)))) or (
            not guessed and not inside and (named or counted or _party_noun(coder, patient))):
        return as_argument(recipient, patient)
    return recipient


def _names_party(coder: Coder, token: "Token | None") -> bool:
    """Whether a clause's patient names a party, coded or not: a name that is no place ("AMC
    Entertainment"), a person, people or a body ("an inmate"); not a thing ("a pact")."""
    if token is None or token.pos_ not in {"NOUN", "PROPN"}:
        return False
    if token.pos_ == "PROPN":
        return token.ent_type_ not in coder.rules.place_labels and token.ent_type_ not in coder.rules.date_labels
    return token.ent_type_ in coder.rules.people_labels or _party_noun(coder, token)


def _party_noun(coder: Coder, noun: "Token") -> bool:
    """A common noun that names people or a body ("a handful of journalists", "an inmate", "the
    ruling party"), not a thing ("its troops" are the actor's own, "its borders", "ammunition")."""
    lemma = noun.lemma_.lower()
    return (sector_of_role(lemma) not in {None, "NON", "MIL"} or lemma in coder.rules.agent
            or lemma in coder.rules.counting or lemma in coder.rules.party_noun)


def _patient(coder: Coder, verb: "Token", trigger: Trigger, subject: "Token | None") -> "Token | None":
    """Whom a clause acts on when no coded entity is there: the object, a passive's subject, the
    object of the carried event noun ("launched an investigation into Kempinski"), or the subject
    of a demand's complement ("demanded that Yediyurappa step down")."""
    heads = [verb] + ([trigger.end] if trigger.end.i != verb.i else [])
    awaited = _awaited(coder, verb, trigger)
    if awaited is not None and awaited.pos_ in {"NOUN", "PROPN"}:
        return awaited  # "will not end the strike until the authorities fulfill its demands"
    if trigger.kind in coder.rules.complement_frame:
        for child in verb.children:
            if child.dep_ in {"ccomp", "xcomp"} and (inner := grammar.subject_of(child, coder.rules)) is not None:
                if inner.pos_ in {"NOUN", "PROPN"}:
                    return inner
            elif child.dep_ == "xcomp" and child.pos_ == "VERB":
                heads.append(child)  # "agreed to lift sanctions against the North", "threatened to shell the tree"
    objects: list["Token"] = []
    parties: list["Token"] = []
    places: list["Token"] = []
    for head in heads:
        for child in head.children:
            if child.i == trigger.end.i or (subject is not None and child.i == subject.i):
                continue
            if child.dep_ in {"dobj", "nsubjpass"}:
                objects.append(child)
                # "reduced military aid to European allies": whom the thing goes to; "lifted a
                # boycott of the university": whom the event lifted was aimed at; "condemned a
                # protest by white farmers": who did the event condemned
                aimed = {"to"} | ({"by", "of", "on", "against"} if coder.noun_entry(child) is not None else set()) | (
                    {"from"} if trigger.kind in coder.rules.asked_from else set())  # "demanded support from the government"
                parties.extend(p for prep in child.children if prep.dep_ == "prep" and prep.lower_ in aimed
                               for p in prep.children if p.dep_ == "pobj")
            elif child.dep_ == "prep" and child.lower_ in {"in", "at", "inside"} and trigger.kind in coder.rules.place_target:
                places.extend(p for p in child.children if p.dep_ == "pobj" and p.ent_type_ not in coder.rules.date_labels)
            elif child.dep_ in {"prep", "dative"} and (child.lower_ in {"against", "into", "on", "with", "to"} or (
                    head.i == trigger.end.i != verb.i and child.lower_ in {"for", "of"}) or (
                    child.lower_ == "from" and trigger.kind in coder.rules.asked_from)) and not coder.reason_phrase(child):
                # "voiced support for President Mensah": the carried event noun's own party too
                parties.extend(p for p in child.children if p.dep_ == "pobj" and p.ent_type_ not in coder.rules.date_labels
                               and (coder.noun_entry(p) is None or p.lemma_.lower() in coder.rules.speech_act)
                               and not _bare_outcome(p))
                # not "on Sunday", nor an event; but "conceded to the demands of the truck drivers"
    # "returned the painting to the Art Loss Register", "granted asylum to Assange": the party a
    # thing goes to, before the thing; a person or a pronoun as object stays first.
    for found in [o for o in objects if o.ent_type_ == "PERSON" or o.pos_ == "PRON"] + parties + objects + places:
        return _speaker_of(coder, found)
    return None


def _bare_outcome(token: "Token") -> bool:
    """"tortured a detainee to death", "returned to power", "fled to safety": a bare singular common
    noun after a preposition is where the act ends, not a party."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and not any(True for _ in token.children) and not token.ent_type_


def _speaker_of(coder: Coder, token: "Token") -> "Token":
    """"a request from the prime minister", "the demands of the truck drivers": who made it."""
    if token.lemma_.lower() not in coder.rules.speech_act:
        return token
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "of", "by"}:
            for pobj in prep.children:
                if pobj.dep_ == "pobj":
                    return pobj
    return token


def uncoded_party(coder: Coder, token: "Token | None") -> Actor | None:
    """A party no dictionary codes ("Siemens", "Boko Haram members"): its words, no code. It says who
    the event is about; an event whose actor has no code stays partial. An object "him"/"her" is the person it
    stands for ("Peter Biar Ajak was released after Kiir pardoned him")."""
    if token is not None and token.pos_ == "PRON":
        token = object_antecedent(token, coder.rules)
    if token is None or token.pos_ not in {"NOUN", "PROPN"}:
        return None
    start, end = phrase_span(token)
    return Actor(name=token.doc.text[start:end], code=None, entity=None, start=start, end=end)


# Sectors of people as such (actors/roles.tsv), not of states, bodies or firms: measures imposed on
# them restrict a population (COERCE) rather than sanction a party.
_POPULATION_SECTORS = frozenset({"CVL", "JRN", "EDU", "REF"})


def _hosted_visit(verb: "Token") -> bool:
    """"welcomed Zelensky to the White House", "welcome you to Moscow": a person welcomed to a named place (not troops
    or refugees welcomed "here": a deployment or shelter accepted)."""
    people = any(c.dep_ == "dobj" and (c.ent_type_ == "PERSON" or c.lower_ in {"him", "her", "you"}
                                       or sector_of_role(c.lemma_) == "GOV") for c in verb.children)  # "the Federal Chancellor"
    placed = any(c.dep_ == "prep" and c.lower_ in {"to", "in", "at"} and any(
        p.dep_ == "pobj" and p.ent_type_ in {"GPE", "FAC", "LOC", "ORG"} for p in c.children) for c in verb.children)
    return people and placed


def _on_population(verb: "Token") -> bool:
    """"The Taliban have imposed strict measures against women in Afghanistan", "imposed new
    restrictions on journalists": what is imposed falls on people, by their role ("women", "journalists",
    "residents"), not on a state or a firm ("restrictions on Chinese companies" stays a SANCTION)."""
    from parley.actors.codes import sector_of_role

    return any(
        prep.dep_ == "prep" and prep.lower_ in {"on", "against"} and any(
            p.dep_ == "pobj" and p.tag_ == "NNS" and sector_of_role(p.lemma_.lower()) in _POPULATION_SECTORS
            for p in prep.children)
        for child in [verb, *[c for c in verb.children if c.dep_ == "dobj"]] for prep in child.children)


def _blamed_for(verb: "Token", rules: "EventRules") -> bool:
    """"Trump attacked The Wall Street Journal for refusing to support his plans": an attack word
    (``verbal_attack`` in verb_classes.tsv) aimed at someone "for" what they did is criticism."""
    if verb.lemma_.lower() not in rules.verbal_attack:
        return False
    # aimed at a named party or a person, not a place or a thing ("attacked the school for teaching girls")
    aimed = any(c.dep_ == "dobj" and (c.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"} or c.pos_ == "PRON" or any(
        t.pos_ == "PROPN" and t.ent_type_ in {"PERSON", "ORG"} for t in c.lefts)) for c in verb.children)
    return aimed and any(
        c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ == "pcomp" and p.tag_ == "VBG" for p in c.children)
        for c in verb.children)


def _in_words(noun: "Token", rules: "EventRules") -> bool:
    """"launched a scathing attack on the government", "profane and sexist attacks": an attack noun described as made in
    words (``verbal_manner`` in noun_classes.tsv) is criticism."""
    return noun.pos_ == "NOUN" and any(c.dep_ in {"amod", "conj"} and c.lower_ in rules.verbal_manner
                                       for a in noun.children if a.dep_ == "amod" for c in [a, *a.children])


def _travel_abroad(coder: Coder, verb: "Token") -> bool:
    """"barred from travel to the United States", "banned from traveling to the EU": the journey barred goes "to" or
    "into" a state, so the bar is a visa ban, a sanction; "banned women from traveling without a male escort" is a
    restriction at home (session 46)."""
    journeys = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for p in c.children
                if p.dep_ in {"pobj", "pcomp"}]
    places = [q for j in journeys for c in j.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
              for q in c.children if q.dep_ == "pobj"]
    return any((found := coder.actor_of_token(q)) is not None and found.code is not None and len(found.code) == 3
               for q in places)


def _person_on_person(coder: Coder, subject: "Token | None", heads: "list[Token]") -> bool:
    """"Trump launched a pre-emptive attack against Obama", "Sanders attacked Clinton", "Trump clashed with Megyn Kelly":
    an attack word (``verbal_attack`` in verb_classes.tsv) by one named person on another, with no weapon, is a war of
    words (PolNeAR read, session 46). A person's party or office does not make it a battle."""
    rules = coder.rules
    if subject is None or not coder.named_person(subject) or not any(h.lemma_.lower() in rules.verbal_attack for h in heads):
        return False
    targets = [c for h in heads for c in h.children if c.dep_ == "dobj"] + [
        p for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in {"against", "on", "with"}
        for p in c.children if p.dep_ == "pobj"]
    named = [t for t in targets if coder.named_person(t) or any(c.dep_ == "poss" and coder.named_person(c) for c in t.children)]
    armed = any(t.lemma_.lower() in rules.instruments for h in heads for t in h.subtree)
    return bool(named) and not armed


def _at_named_outlet(coder: Coder, verb: "Token") -> bool:
    """"Trump also attacked The Wall Street Journal": an attack word (``verbal_attack``) whose object is a news outlet
    named (an organisation of the media sector) criticises it; "gunmen attacked the newspaper's offices" and
    "attacked journalists" stay force."""
    if verb.lemma_.lower() not in coder.rules.verbal_attack:
        return False
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    found = coder.actor_of_token(target) if target is not None and target.ent_type_ == "ORG" else None
    return found is not None and is_media(found.code)


def _promised_force(coder: Coder, verb: "Token", trigger: Trigger) -> tuple[str, str | None] | None:
    """"Pyongyang vowed to attack Seoul": a promise frame (AGREE, ``governs``) whose infinitive is
    force, a sanction or coercion (types.tsv ``future_to_threaten``) promises harm: a threat. The
    complement's type and mode, or None ("vowed to cooperate" stays AGREE)."""
    if trigger.kind != "AGREE" or trigger.entry.frame != "governs" or trigger.end.i != verb.i:
        return None
    for complement in _complements(verb):
        if complement.dep_ != "xcomp":
            continue
        found = coder.verb_entry(complement)
        # read in its event sense only: "agreed on steps to reduce the risk of conflict" promises no sanction
        if found is not None and found[0].type in coder.rules.future_to_threaten and senses.holds(coder, complement, found[1]):
            return found[0].type, found[0].mode or None
    return None


def _undeterred(verb: "Token", rules: "EventRules") -> bool:
    """"I will not hesitate to shut the electricity off", "would not hesitate to use force": the infinitive of a negated
    verb of hesitation (``hesitation`` in modality.tsv) said of what is to come is promised."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.lemma_.lower() in rules.hesitation and grammar.negated(head, rules)
            and any(c.dep_ == "aux" and (c.lower_ in rules.future or c.lower_ in rules.intention) for c in head.children))


# A conditional that says what one side would do, not what could happen ("Russia could attack if talks fail": a guess).
_WOULD = frozenset({"would", "'d"})


def _own_or_unnamed_side(verb: "Token", rules: "EventRules") -> bool:
    """The side that would act is the speaker's ("we would impose sanctions if ...") or goes unnamed ("costs that would
    be imposed on Russia if it invades"): a stated policy; "Russia would attack if ..." said of a third party is a guess."""
    subject = grammar.subject_of(verb, rules)
    if subject is None:
        return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or grammar.passive_subject(verb) is not None
    return subject.lower_ in rules.first_plural or subject.lower_ in rules.first_singular


def _into_the_sea(coder: Coder, verb: "Token") -> bool:
    """"fired a ballistic missile into the sea", "launched missiles into waters off its coast": a weapon fired at no one
    named, into a sea (``water_body`` in noun_classes.tsv, or "water(s)")."""
    heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # "fired missiles at Kyiv": on the object too
    targets = [prep for head in heads for prep in head.children if prep.dep_ == "prep" and prep.lower_ in {"at", "against"}]
    seas = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "into" for p in prep.children
            if p.dep_ == "pobj" and (p.lemma_.lower() in coder.rules.water_body or p.lemma_.lower() == "water")]
    return bool(seas) and not targets


def shifted_type(coder: Coder, verb: "Token", trigger: Trigger, negated: bool, aux: str | None) -> tuple[str, str | None]:
    """The type grammar makes of the trigger's: refusals, threats and intentions (docs/events.md)."""
    rules = coder.rules
    kind, mode = trigger.kind, trigger.mode
    modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if kind == "ASSAULT" and (_blamed_for(verb, rules) or _at_named_outlet(coder, verb) or _in_words(trigger.end, rules)
                              or _person_on_person(coder, grammar.subject_of(verb, rules), [verb, trigger.end])):
        return "ACCUSE", None  # "attacked the newspaper for refusing ...", "launched a scathing attack": criticism
    if kind == "ASSAULT" and _into_the_sea(coder, verb):
        kind, mode = "MOBILIZE", "weapons"  # "fired a ballistic missile into the sea": a test, a show of force
    if kind == "COERCE" and mode == "restrict" and _travel_abroad(coder, verb):
        kind, mode = "SANCTION", "discontinue"  # "barred from travel to the United States": a visa ban (read part s054)
    if kind == "SANCTION" and trigger.phrase == "impose" and _on_population(verb):
        kind, mode = "COERCE", None  # "imposed strict measures against women": repression, not a sanction
    if negated and kind in rules.negated_to_reject:
        return "REJECT", None
    if kind == "SUPPORT" and verb.lemma_.lower() in rules.hosting and _hosted_visit(verb):
        kind, mode = "CONSULT", None  # "Biden welcomed Zelensky to the White House": a visit hosted
    promised = _promised_force(coder, verb, trigger)
    if promised is not None:
        return "THREATEN", threat_mode(promised[0], promised[1], rules)
    reported_would = bool(modals & rules.intention) and grammar.governing_say(verb, rules) is not None
    # "the costs that would be imposed on Russia if it further invades Ukraine": force or a penalty that would come if
    # someone acts is a conditional threat (PLOVER THREATEN; exchange read part d076, session 46)
    conditional = bool(modals & _WOULD) and _own_or_unnamed_side(verb, rules) and any(
        c.dep_ == "advcl" and grammar.marked(c, rules.condition) for c in verb.children)
    if kind in rules.future_to_threaten and (aux == "future" or modals & rules.future or reported_would or conditional
                                             or _undeterred(verb, rules)
                                             or (not negated and grammar.ready_to(verb, rules))):
        # An announced or planned act of force or sanction is a threat (PLOVER manual:
        # THREATEN is ASSAULT + future, coded as the single category); so is one reported
        # with "would" ("said they would boycott the elections") or one a party stands ready to take ("we're also
        # prepared to impose novel export controls", exchange read, session 43). Its mode is what is threatened.
        return "THREATEN", threat_mode(kind, mode, rules)
    if grammar.performed(verb, rules):
        return kind, mode  # "I want to thank you, Jens": thanked, not promised
    if not negated and kind in rules.intention_to_agree | rules.modal_to_agree and (
        modals & (rules.future | rules.intention) or grammar.willing(verb, rules) or grammar.planned_for_later(verb, rules)
    ):
        # a stated intention to cooperate: "Iraq said it would allow ..."; PLV codes "will meet" so too (tried
        # and dropped: "will meet" as CONSULT, PLV type found even 0.8781 -> 0.8686, odd 1 mod 4 0.8707 -> 0.8555)
        return "AGREE", mode
    if aux == "future" and kind in rules.intention_to_agree and not negated:
        return "AGREE", mode
    return kind, mode


# -- nominal events --------------------------------------------------------------------------


def _nominal_actor(coder: Coder, noun: "Token", kind: str) -> Actor | None:
    """"Russia's invasion", "the Russian invasion", "the invasion by Russia"; "criticism from
    the U.N." (``from`` names the source of a type that is not a move away, ``source`` in types.tsv)."""
    actor: Actor | None = None
    agents = coder.rules.agent_preps | ({"from"} if kind in coder.rules.source else set())
    for child in noun.children:
        if child.dep_ == "poss" and child.pos_ == "PRON" and noun.dep_ == "dobj":
            # "Erdogan reiterated his support for ...": the possessive is the verb's subject
            subject = grammar.subject_of(noun.head, coder.rules)
            found = coder.actor_of_token(subject) if subject is not None else None
            if found is not None and actor is None:
                actor = found
        elif child.dep_ in {"poss", "amod", "compound", "nmod"} and child != _struck_city(coder, noun, kind):
            found = coder.actor_of_token(child)
            if found is not None and actor is None:
                actor = found
        elif child.dep_ == "prep" and child.lower_ in agents:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    actor = coder.actor_of_token(pobj) or actor
    return actor


def _struck_city(coder: Coder, noun: "Token", kind: str) -> "Token | None":
    """"the Kabul attack", "the Paris terror attacks": a city (not a state's own name) named on an attack is where it
    struck, its country the recipient, not who attacked (a PolNeAR train read, session 45)."""
    from parley.actors.gazetteer import names_state

    if kind != "ASSAULT":
        return None
    for child in (c for c in noun.children if c.dep_ == "compound" and c.i < noun.i and c.i in coder.ctx.entity_at):
        entity, start, end = coder.ctx.entity_at[child.i]
        if entity.type == "COUNTRY" and entity.code and not names_state(coder.ctx.text[start:end]):
            return child
    return None


def between_parties(coder: Coder, noun: "Token") -> tuple[Actor | None, Actor | None]:
    """"talks between Russia and Ukraine", "clashes between Indian and Pakistani troops", "cooperation
    between the Philippines and the United States": the two parties an event noun is "between"."""
    for pobj in (p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "between"
                 for p in prep.children if p.dep_ == "pobj"):
        first = coder.actor_of_token(pobj)
        second = conjoined_party(coder, pobj, first, coded=True)
        if first is not None and second is not None:
            return first, second
    return None, None


def hyphen_pair(coder: Coder, noun: "Token") -> tuple[Actor | None, Actor | None]:
    """"Russia-Ukraine talks", "Russian-Ukrainian talks", "U.S.-Ukraine talks": two parties joined by a hyphen
    before an event noun are its two sides, the first the actor (the parser hangs the first on the second, or
    keeps "U.S.-Ukraine" one token); not the talks' venue ("in Jeddah")."""
    for child in (c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"} and c.i < noun.i):
        first = next((g for g in child.children if g.i == child.i - 2 and child.doc[child.i - 1].tag_ == "HYPH"), None)
        pair = (coder.actor_of_token(first), coder.actor_of_token(child)) if first is not None else _pair_in_token(child)
        if pair[0] is not None and pair[1] is not None and pair[0].code != pair[1].code:
            return pair
    return None, None


def _pair_in_token(token: "Token") -> tuple[Actor | None, Actor | None]:
    """"U.S.-Ukraine", one token: each side of its hyphen looked up as a country."""
    left, hyphen, right = token.text.rpartition("-")
    if not hyphen or not left or not right:
        return None, None
    return country_actor(left, token.idx), country_actor(right, token.idx + len(left) + 1)


_LINKING = frozenset({"be", "remain", "become"})


def _kind_of(coder: Coder, noun: "Token") -> str | None:
    """The type of an event noun, None for any other token."""
    entry = coder.noun_entry(noun) if noun.pos_ == "NOUN" else None
    return entry.type if entry is not None else None


def _copula_subject(coder: Coder, noun: "Token") -> Actor | None:
    """"The United States is the largest donor to Sudan": the named subject of "be" is the event
    noun's actor; "he is a threat to national security" says what someone is, not what he did."""
    entry = coder.noun_entry(noun)
    said = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lower_ == "one" else noun
    # "Norway is one of the biggest donors to ...", "the United States remains the largest single donor of ..."
    if said.dep_ != "attr" or said.head.lemma_ not in _LINKING or entry is None or entry.type == "THREATEN":
        return None
    subject = grammar.subject_of(said.head, coder.rules)
    return coder.actor_of_token(subject) if subject is not None and subject.pos_ in {"NOUN", "PROPN"} else None


def _undergoing(coder: Coder, noun: "Token") -> "Token | None":
    """The verb of undergoing (``undergo`` in verb_classes.tsv) whose object the event noun is:
    "received aid", or the amount it counts: "received $2 billion in military aid"; "came under attack" (the noun
    after "under" of a verb of ``undergo_under``)."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "under" and noun.head.head.lemma_.lower() in coder.rules.undergo_under:
        return noun.head.head
    head = noun
    if noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.ent_type_ == "MONEY":
        head = noun.head.head
    if head.dep_ != "dobj" or head.head.lemma_.lower() not in coder.rules.undergo:
        return None
    return head.head


def _came_under(coder: Coder, noun: "Token") -> bool:
    """"The train came under attack", "the convoy came under fire": what the subject underwent happened, though
    neither side is a coded party (fresh18, read in session 42)."""
    verb = _undergoing(coder, noun)
    return verb is not None and noun.head.lower_ == "under" and grammar.subject_of(verb, coder.rules) is not None


def _threatened(coder: Coder, noun: "Token", actor: Actor | None, kind: str) -> Actor | None:
    """"Moscow's threat to cut off gas supplies to Ukraine": a threat's recipient is whom the act it threatens is done to
    (the act itself is only threatened: ``goal_noun`` in modality.tsv, the prospect cue)."""
    if kind != "THREATEN":
        return None
    acts = [c for c in noun.children if c.dep_ == "acl" and grammar.to_infinitive(c)]
    return next((found for act in acts if (found := coder.recipient_of(act, actor, set())) is not None), None)


def _undergoer(coder: Coder, noun: "Token", actor: Actor | None) -> Actor | None:
    """"Iran faces criticism from the U.N.", "Kenya received aid": the subject of a verb of
    undergoing (``undergo`` in verb_classes.tsv) is on the receiving end of its event noun."""
    verb = _undergoing(coder, noun)
    if verb is None:
        return None
    subject = grammar.subject_of(verb, coder.rules)
    found = coder.actor_of_token(subject) if subject is not None else None
    return found if found is not None and not same_actor(found, actor) else None


def _undergone_source(coder: Coder, noun: "Token") -> Actor | None:
    """"Yemen received aid from Iran": the parser hangs "from Iran" on the verb of undergoing;
    it names who gave what the noun says."""
    verb = _undergoing(coder, noun)
    if verb is None:
        return None
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in {"from", "by"}:
            for pobj in prep.children:
                if pobj.dep_ == "pobj" and (found := coder.actor_of_token(pobj)) is not None:
                    return found
    return None


def _owned_by(coder: Coder, noun: "Token") -> Actor | None:
    """"Al-Shabab claimed responsibility for the hotel attack": who claims or takes responsibility for the event
    noun did it."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "for" else None
    if holder is None or holder.lemma_.lower() != "responsibility" or holder.dep_ != "dobj":
        return None
    verb = holder.head
    return coder.verb_actor(verb) if verb.lemma_.lower() in coder.rules.owning else None


def _placed(coder: Coder, noun: "Token") -> tuple[Actor | None, Actor | None]:
    """"China placed the scholar under house arrest", "put its army on alert": a verb of placing
    (``placing`` in verb_classes.tsv) gives the event noun after "under"/"on" its subject as actor
    and its object as recipient."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"under", "on", "into"} or prep.head.lemma_.lower() not in coder.rules.placing:
        return None, None
    verb = prep.head
    subject = grammar.subject_of(verb, coder.rules)
    target = next((c for c in verb.children if c.dep_ == "dobj"), None)
    actor = coder.actor_of_token(subject) if subject is not None else None
    recipient = coder.actor_of_token(target) if target is not None else None
    return actor, (recipient if recipient is not None and not same_actor(recipient, actor) else None)


# Prepositions whose object takes part in another act: its agent, its partner, its opponent.
_PARTY_PREPS = frozenset({"by", "with", "against", "between"})


def _troops(coder: Coder, noun: "Token", actor: Actor | None) -> tuple[Actor | None, Actor | None] | None:
    """"100,000 troops on Russia's borders with Ukraine": troops where they are, or nothing."""
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return None  # "Israeli soldiers arrested ...": the soldiers act; they are not the event
    if noun.dep_ == "pobj" and noun.head.lower_ in _PARTY_PREPS:
        return None  # "shelling by Ukrainian forces in Donetsk", "served with NATO forces in Kosovo": a party to another act
    has_number = any(c.dep_ == "nummod" or c.like_num for c in noun.children)
    recipient = coder.location_recipient(noun, actor)
    if actor is None:
        actor = coder.border_owner(noun)
    if recipient is None or not (has_number or actor is not None):
        return None
    return actor, recipient


def _mobilizing_deed(coder: Coder, noun: "Token", entry: Entry, actor: Actor | None) -> tuple[Actor | None, Actor | None] | None:
    """"Russia's build-up of troops", "China's military drills near Taiwan": a noun of the act of moving troops (not
    who is moved: "troops", "soldiers" are read by ``_troops``; not a weapon: "you buy Russian missiles") with its own
    actor is the act, where it happens or not (exchange read part, session 43)."""
    if actor is None or entry.mode != "troops" or noun.lemma_.lower() in coder.rules.military or noun.dep_ == "compound":
        return None
    return actor, coder.location_recipient(noun, actor)


def _stance_recipient(coder: Coder, noun: "Token", recipient: Actor | None) -> Actor | None:
    """"Our concern is that it is Russia that ...": the speaker accuses the clause's actor."""
    for child in noun.head.children:
        if child.dep_ in {"ccomp", "attr"}:
            recipient = coder.clause_actor(child) or recipient
    return recipient


def _lend_parties(coder: Coder, event: Event, told_by: Candidate, state: SentenceState) -> None:
    """The verb event that tells a noun's event takes the parties the noun names where it has none coded."""
    told = told_by.event
    assert told is not None
    if not (told.actor and told.actor.code) and event.actor and event.actor.code:
        told.actor = event.actor
    if not (told.recipient and told.recipient.code) and event.recipient and event.recipient.code:
        told.recipient = event.recipient
    explain(coder, told_by, state, coder.ctx.doc[told_by.anchor])  # its confidence, with the parties it now has


def _somewhere(coder: Coder, verb: "Token") -> bool:
    """"is in Tehran", "was in Kyiv": a "be" that says in which state its subject is."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(p.dep_ == "pobj" and coder.actor_of_token(p) is not None
                                                           for p in c.children) for c in verb.children)


def _told_in_talks(coder: Coder, noun: "Token") -> tuple[Actor | None, Actor | None]:
    """"Putin told Biden in a phone call that ...", "Macron said in a phone call with Zelensky": talks that are the
    setting of a verb of saying are held by its speaker with whom it is told to (``say`` in verb_classes.tsv)."""
    verb = noun.head.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for" and (verb.lemma_.lower() in coder.rules.movement | coder.rules.journey
                                                               or (verb.lemma_ == "be" and _somewhere(coder, verb))):
        # "arrived in New Delhi for talks with Indian officials", "is in Tehran for talks": who travels holds them
        return coder.verb_actor(verb), None
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"in", "during"} or verb.lemma_.lower() not in coder.rules.say:
        return None, None
    actor = coder.verb_actor(verb)
    told = coder.recipient_of(verb, actor, {t.i for t in noun.head.subtree})  # "told Biden", "said to Zelensky"
    partners = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "with" for p in c.children if p.dep_ == "pobj"]
    if told is None and not any(coder.actor_of_token(p) is not None for p in partners):
        return None, None  # "told reporters in a briefing", "said in a meeting with publishers": no party talked with
    return actor, told


def _told_by_its_verb(noun: "Token", kind: str, state: SentenceState) -> Candidate | None:
    """"Coordinated airstrikes by the Somali army have killed 50 militants": an event noun that is the
    subject of a verb coded with the same type names the event that verb tells; it is not a second one, it
    lends that event the parties its own words name ("a Taliban attack on a government compound ... has killed")."""
    if noun.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return next((candidate for anchor, index in state.order if anchor == noun.head.i and (
        (event := (candidate := state.candidates[index]).event) is not None and event.type == kind)), None)


def _retyped(coder: Coder, noun: "Token", entry: Entry, actor: Actor | None) -> Entry:
    """The entry of an event noun as its party or its words make it: a state's strikes are attacks, an attack described
    as made in words ("Rubio's scathing attack on Christie") is criticism."""
    if _state_strike(coder, noun, entry, actor):
        return Entry("ASSAULT", None, entry.frame)
    if entry.type == "ASSAULT" and (_in_words(noun, coder.rules) or _person_on_person(
            coder, next((c for c in noun.children if c.dep_ == "poss"), None), [noun]) or _faced_from_person(coder, noun)):
        return Entry("ACCUSE", None, entry.frame)  # "Rubio's attacks on Christie": words
    return entry


def _faced_from_person(coder: Coder, noun: "Token") -> bool:
    """"Rubio and Christie faced increasing attacks from Bush and Kasich": attacks a named person undergoes ("face" and
    the like: ``undergo``) from a named person, with no weapon, are words (PolNeAR read, session 47)."""
    sources = [p for c in noun.children if c.dep_ == "prep" and c.lower_ in {"from", "by"} for p in c.children
               if p.dep_ == "pobj"]
    verb = _undergoing(coder, noun) if any(coder.named_person(p) for p in sources) else None
    target = grammar.subject_of(verb, coder.rules) if verb is not None else None
    armed = any(t.lemma_.lower() in coder.rules.instruments for t in noun.subtree)
    return target is not None and coder.named_person(target) and not armed


def _state_strike(coder: Coder, noun: "Token", entry: Entry, actor: Actor | None) -> bool:
    """"Dozens died in Israeli strikes", "Russian strikes hit Kharkiv": a walkout noun (``armed_by_state`` in
    noun_classes.tsv) whose actor is a state or its forces names an armed strike; unions and workers strike."""
    code = (actor.code if actor is not None else None) or ""
    if entry.type != "PROTEST" or noun.lemma_.lower() not in coder.rules.armed_by_state or not code:
        return False
    if code[3:6] in {"GOV", "MIL"}:
        return True  # "strikes by the Israeli military"
    # a bare country named on the noun itself ("Israeli strikes"), not the nationality of who strikes ("the strike by
    # South African miners")
    return len(code) == 3 and any(c.dep_ in {"amod", "compound", "poss", "nmod"} and coder.actor_of_token(c) is not None
                                  for c in noun.children)


def _event_noun_entry(coder: Coder, noun: "Token") -> Entry | None:
    """The lexicon entry of a noun that names an event here, not a name, a kind of thing or a setting."""
    entry = coder.noun_entry(noun)
    if entry is None or noun.ent_type_ in coder.rules.name_labels or noun.ent_type_ in coder.rules.date_labels:
        return None  # "the Organization for Economic Cooperation": a name, not cooperation; "March 24" no march
    under = noun.head if noun.dep_ == "pobj" and noun.head.lower_ == "under" else None
    if noun.dep_ == "compound" or (under is not None and (under.head.pos_ in {"NOUN", "PROPN", "PRON"} or under.i < under.head.i)):
        # "Japanese occupation photos", "attack helicopters": the noun names a kind of thing; "life under the
        # Japanese occupation", "Under the deal, ...": the setting of something else ("put under investigation"
        # is an event)
        return None
    if noun.lemma_.lower() in coder.rules.needs_party and any(
            p.dep_ == "pobj" and _document(coder, p) for prep in noun.children if prep.lower_ == "of" for p in prep.children):
        return None  # "our release of his medical report": a document published, no one freed
    return entry


def _part_of_another(coder: Coder, noun: "Token", entry: Entry, state: SentenceState) -> bool:
    """"announced the deployment of 230 troops": the troops are what the carried deployment moves; "the largest donor of
    humanitarian assistance": the assistance is what the donor gives, one act."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    owner = noun.head.head
    coded = owner.i in state.nouns or any(anchor == owner.i for anchor, _ in state.order)
    return (entry.type == "MOBILIZE" and owner.i in state.nouns) or (coded and _kind_of(coder, owner) == entry.type)


def nominal(coder: Coder, noun: "Token", state: SentenceState) -> Candidate | None:
    """A nominal event: "Russia's invasion of Ukraine", "US sanctions on Russia", "troops in Moldova"."""
    entry = _event_noun_entry(coder, noun)
    if entry is None or _part_of_another(coder, noun, entry, state):
        return None
    placed = _placed(coder, noun)
    if noun.lemma_.lower() in coder.rules.placed_only and placed == (None, None):
        return None  # "took two men into custody" is an arrest; "died in custody" none
    paired = hyphen_pair(coder, noun)
    actor = (paired[0] or _nominal_actor(coder, noun, entry.type) or _owned_by(coder, noun) or _undergone_source(coder, noun)
             or placed[0] or _copula_subject(coder, noun))
    paired = between_parties(coder, noun) if actor is None else paired
    actor = actor or paired[0]
    if actor is None and entry.type == "CONSULT":  # "Putin told Biden in a phone call"
        actor, told = _told_in_talks(coder, noun)
        paired = (paired[0], paired[1] or told)
    if actor is None and noun.dep_ == "conj" and noun.head.i in state.nouns and noun.head.dep_ == "dobj":
        # "expressed its rejection and condemnation of ...": the light verb's subject acts in both
        actor = coder.verb_actor(noun.head.head)
    came_under = _came_under(coder, noun)  # "the convoy came under attack": kept though no party is coded
    if entry.type == "MOBILIZE":
        found = (_troops(coder, noun, actor) or ((placed[0], None) if placed[0] is not None else None)
                 or _mobilizing_deed(coder, noun, entry, actor))
        if found is None:  # "put its army on high alert": the placing verb's subject mobilises
            return None
        actor, recipient = found
    else:
        skip = {t.i for p in noun.children if p.lower_ == "from" and entry.type in coder.rules.source for t in p.subtree}
        recipient = (paired[1] or coder.recipient_of(noun, actor, skip, entry.type) or _undergoer(coder, noun, actor)
                     or placed[1] or _threatened(coder, noun, actor, entry.type))
        struck = _struck_city(coder, noun, entry.type)
        if recipient is None and struck is not None:
            recipient = coder.actor_of_token(struck)
        if recipient is None and noun.dep_ == "conj":  # "its rejection and condemnation of the plan"
            recipient = coder.recipient_of(noun.head, actor, skip | {noun.i})
        if recipient is None and came_under:
            recipient = uncoded_party(coder, grammar.subject_of(noun.head.head, coder.rules))
    if entry.type == "ACCUSE" and noun.lemma_.lower() in coder.rules.stance:
        if noun.dep_ == "nsubj":
            recipient = _stance_recipient(coder, noun, recipient)
        if recipient is None:
            return None  # "echoed their concerns": a stance about no one
    if actor is None and recipient is None and noun.lemma_.lower() not in coder.rules.harm_done and not came_under:
        return None  # a harm done to people is an attack though no party is named ("died after torture"), kept partial
    if actor is not None and recipient is not None and same_actor(actor, recipient):
        recipient = None
    entry = _retyped(coder, noun, entry, actor)
    negated = grammar.negated(noun, coder.rules)
    event = coder.build(entry.type, entry.mode, negated, None, actor, recipient, coder.ctx.span(noun, noun), noun)
    told_by = _told_by_its_verb(noun, entry.type, state)
    if told_by is not None:
        _lend_parties(coder, event, told_by, state)
        return None
    if entry.type == "MOBILIZE":
        amount = grammar.quantity(noun)
        if amount:
            event.quantities = [amount]
    return Candidate("nominal", noun.i, event)


# -- movements -------------------------------------------------------------------------------


def _mover(coder: Coder, verb: "Token") -> "Token | None":
    return grammar.subject_of(verb, coder.rules) or (verb.head if verb.dep_ in {"acl", "relcl"} else None)


def movement(coder: Coder, verb: "Token", state: SentenceState) -> Candidate | None:
    """"another 30,000 going to Belarus", "troops moved into Ukraine": MOBILIZE, continuing the
    mobilisation before it when the mover is only a number."""
    mover = _mover(coder, verb)
    if mover is None:
        return None
    military = coder.rules.military
    is_military = mover.lemma_.lower() in military or any(
        c.lemma_.lower() in military for c in mover.children if c.dep_ in {"compound", "pobj"}
    )
    before = [index for anchor, index in state.order if anchor < verb.i]
    previous_index = before[-1] if before else None
    previous = state.candidates[previous_index].event if previous_index is not None else None
    is_more_of_the_same = mover.like_num and previous is not None and previous.type == "MOBILIZE"
    if not (is_military or is_more_of_the_same):
        return _official_visit(coder, verb, mover)
    if verb.lemma_.lower() not in coder.rules.movement:
        return None  # "troops flew home": a journey verb moves troops only where it is listed as movement too
    actor = coder.actor_of_token(mover) if is_military else None
    if actor is None and previous is not None and previous.type == "MOBILIZE" and previous.actor is not None:
        actor = Actor(previous.actor.name, previous.actor.code, previous.actor.entity)
    recipient = coder.recipient_of(verb, actor, set())
    aux = grammar.aux_mode(verb, {}, coder.rules)
    event = coder.build("MOBILIZE", "troops", False, aux, actor, recipient, coder.ctx.span(verb, verb), verb)
    amount = grammar.quantity(mover)
    if amount:
        event.quantities.append(amount)
    return Candidate("movement", verb.i, event, continues=previous_index if is_more_of_the_same else None)


def _meeting_purpose(coder: Coder, clause: "Token") -> bool:
    """An infinitive of purpose that is a meeting: "to meet with NATO leaders", "to discuss the crisis"."""
    entry = coder.lex.verbs.get(clause.lemma_.lower())
    return clause.dep_ in {"advcl", "xcomp"} and grammar.to_infinitive(clause) and entry is not None and entry.type == "CONSULT"


def _official_visit(coder: Coder, verb: "Token", mover: "Token") -> Candidate | None:
    """"Modi arrived in Washington", "the U.N. chief travelled to Kabul": an official of a government or an
    international organisation who journeys to another state visits it (CONSULT, PLOVER's visit; future: intent,
    as "will visit"). Not a journey "for" talks or a visit (the noun codes it) nor one home."""
    if verb.lemma_.lower() not in coder.rules.journey or verb.pos_ != "VERB":
        return None
    if any(c.dep_ == "prt" and c.lower_ != "on" for c in verb.children):
        return None  # "it all came down to", "went back to Kyiv"; "went on to Poland" still journeys
    if mover.pos_ == "PRON" and mover.lower_ not in coder.rules.first_singular | coder.rules.first_plural:
        return None  # "it came from Russia": a pronoun read through the last party named is no traveller
    actor = coder.actor_of_token(mover)
    code = actor.code if actor is not None else None
    if not code or not (code[3:6] == "GOV" or code.startswith("IGO")):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(coder.noun_entry(p) is not None for p in c.children)
           for c in verb.children) or any(_meeting_purpose(coder, c) for c in verb.children):
        # "arrived in Washington for a two-day visit", "flew to Beijing for talks with Xi", "will travel to Brussels to
        # meet with NATO leaders": the meeting it is made for codes it
        return None
    recipient = coder.recipient_of(verb, actor, set())
    if recipient is None or not recipient.code or recipient.code[:3] == code[:3] or recipient.code.startswith("IGO"):
        return None
    entry = coder.lex.verbs.get("visit")
    if entry is None or grammar.negated(verb, coder.rules):
        return None  # "did not travel to India" is no refusal
    aux = grammar.aux_mode(verb, {}, coder.rules)
    trigger = Trigger(entry, entry.type, entry.mode, verb, "visit", frozenset({verb.i}), frozenset())
    kind, mode = shifted_type(coder, verb, trigger, False, aux)  # "will travel to Washington": intent, AGREE
    event = coder.build(kind, mode, False, aux, actor, recipient, coder.ctx.span(verb, verb), verb)
    return Candidate("movement", verb.i, event)


# -- the registry and the resolution pass ----------------------------------------------------

REGISTRY: tuple[Construction, ...] = (
    Construction("demand", "verb", demand),
    Construction("blame", "verb", blame),
    Construction("epithet", "verb", epithet),
    Construction("disparaged", "verb", disparaged),
    Construction("concerned", "verb", concerned),
    Construction("receipt", "verb", receipt),
    Construction("future_frame", "verb", future_frame),
    Construction("conditional_threat", "verb", conditional_threat),
    Construction("carrier_without_event", "verb", carrier_without_event),
    Construction("reduced_passive", "verb", reduced_passive),
    Construction("clause", "verb", clause),
    Construction("joint_action", "verb", joint_action),
    Construction("appositive_epithet", "noun", appositive_epithet),
    Construction("disparaged_deed", "noun", disparaged_deed, reads_claimed=True),
    Construction("nominal", "noun", nominal),
    Construction("movement", "movement", movement),
)

_TIERS: tuple[AnchorKind, ...] = ("verb", "noun", "movement")


def _anchors(coder: Coder, sentence: "Span") -> dict[AnchorKind, list["Token"]]:
    """The anchor tokens of each tier, read in one walk over the sentence."""
    tiers: dict[AnchorKind, list["Token"]] = {"verb": [], "noun": [], "movement": []}
    movement = coder.rules.movement
    for token in sentence:
        pos = token.pos_
        if pos in {"VERB", "AUX"} and token.tag_ != "MD":
            tiers["verb"].append(token)
        elif pos in {"NOUN", "PROPN"}:
            tiers["noun"].append(token)
        if pos == "VERB" and token.lemma_.lower() in movement | coder.rules.journey:
            tiers["movement"].append(token)
    return tiers


def _claimed(tier: AnchorKind, token: "Token", state: SentenceState) -> bool:
    """Whether an accepted candidate has claimed ``token`` for the tier's constructions."""
    return token.i in (state.nouns if tier == "noun" else state.claimed)


def explain(coder: Coder, candidate: Candidate, state: SentenceState, anchor: "Token") -> None:
    """Say why the candidate's event was coded: its construction and lexicon entry, and whether it
    is partial (its confidence, from named cues, is under the threshold)."""
    event = candidate.event
    if event is None:
        return
    event.construction = candidate.construction
    trigger = state.triggers.get(anchor.i)
    if trigger is not None:
        event.lexicon_entry = trigger.phrase
    elif candidate.construction == "demand":  # the obligation modal: "must", "should"
        event.lexicon_entry = next((c.lower_ for c in anchor.children if c.dep_ == "aux"), None)
    else:  # a nominal event's noun, a verb of movement
        event.lexicon_entry = anchor.lemma_.lower()
    rules = coder.rules
    event.cues = cues_of(event, anchor, rules, coder.ctx.speech_cues, coder.ctx.question_turns)
    event.confidence = score(event.cues, rules.confidence)
    event.partial = event.confidence < rules.settings.confidence_threshold
    if "self_loop" in event.cues and event.type in rules.other_side:
        # "we will keep working together on ... centres for Russian military equipment" (Russia speaking): cooperation
        # (other_side in types.tsv) has no other side in the actor's own country; the cue still weighs (session 43)
        event.recipient = None


def unreal(event: Event | None, sentence: "Span") -> bool:
    """Nothing is said to have happened in a question ("Who is dead?", "Should Taiwan upgrade
    its army?"). Conditions stay coded, with aux hypothetical: PLOVER gold codes "would ..." events."""
    return event is not None and sentence.text.rstrip(" \"'\u201d\u2019").endswith("?")


def _conjoined_repeat(coder: Coder, candidate: Candidate, state: SentenceState) -> bool:
    """"ambushed a bus and killed 18": a verb conjoined to one coded with the same type (and no
    other coded actor), its result participle ("detonated a bomb, killing four") or its infinitive of purpose ("took
    to the streets to protest tax hikes"), is the same event told in two steps; it adds its recipient to the first if
    that had none."""
    event, token = candidate.event, coder.ctx.doc[candidate.anchor]
    # "detonated her explosives near a convoy, killing one": a result participle tells the same event
    result = token.dep_ == "advcl" and token.tag_ == "VBG" and not any(c.dep_ in {"nsubj", "mark"} for c in token.children)
    # "took to the streets to protest tax hikes", "gathered to protest": a purpose of the same type is the same act
    purpose = token.dep_ in {"advcl", "xcomp"} and grammar.to_infinitive(token) and not any(
        c.dep_ == "nsubj" for c in token.children)
    result = result or purpose
    if event is None or not (token.dep_ == "conj" or result) or candidate.construction != "clause":
        return False
    heads = {token.head.i}
    if token.dep_ == "conj" and token.head.dep_ == "advcl" and token.head.tag_ == "VBG":
        heads.add(token.head.head.i)  # "..., killing one and injuring four": both results of the first verb
    for anchor, index in state.order:
        first = state.candidates[index].event
        if anchor not in heads or first is None or first.type != event.type:
            continue
        if purpose and first.partial and not event.partial:
            continue  # "summoned the ambassador to complain": the purpose said outright stays
        if (result or anchor != token.head.i) and first.mode and event.mode and first.mode != event.mode:
            continue  # "declared a state of siege, suspending ... and arresting opponents": two acts
        codes = (first.actor.code if first.actor else None), (event.actor.code if event.actor else None)
        if all(codes) and codes[0] != codes[1]:
            continue
        if event.recipient is not None and (first.recipient is None or (not first.recipient.code and event.recipient.code)):
            first.recipient = event.recipient
        return True
    return False


def _denied(candidate: Candidate) -> bool:
    """"The U.N. did not invite Afghan women": a negated event that has no reading as a refusal
    (``negated_to_reject`` in types.tsv) did not happen; it codes nothing."""
    event = candidate.event
    return event is not None and event.negated and event.type != "REJECT"


def _peacekeeping(coder: Coder, candidate: Candidate) -> None:
    """"Japan is sending troops to the UN peacekeeping force in South Sudan", "peacekeeping troops
    arrived in Monrovia": a mobilisation whose clause names peacekeeping (``peacekeeping`` in
    noun_classes.tsv) is aid (PLOVER: AID includes peacekeeping)."""
    event = candidate.event
    if event is None or event.type != "MOBILIZE":
        return
    clause = coder.ctx.doc[candidate.anchor]
    while clause.pos_ not in {"VERB", "AUX"} and clause.head.i != clause.i:
        clause = clause.head
    words = coder.rules.peacekeeping
    if any(t.lemma_.lower() in words or t.lower_ in words for t in clause.subtree):
        event.type, event.mode = "AID", None


def _the_two_sides(coder: Coder, candidate: Candidate, state: SentenceState) -> None:
    """"President Biden spoke today with President Zelenskyy of Ukraine. ... The two leaders agreed to stay in close
    touch": in a government's own readout, "the leaders", "the two presidents", "both sides" doing something together (``joint`` in
    types.tsv) are the two sides of the last meeting the article coded with both (session 47)."""
    event = candidate.event
    if event is None or event.type not in coder.rules.joint:
        return  # whatever actor the clause guessed ("Building on Joseph Biden's desire ..., the presidents agreed")
    verb = coder.ctx.doc[candidate.anchor]
    subject = grammar.subject_of(verb, coder.rules) if verb.pos_ in {"VERB", "AUX"} else None
    if coder.last_meeting is None or coder.ctx.own_government is None or subject is None or not _two_sides_named(coder, subject):
        return  # in the news "the two presidents" may be any pair named before ("Putin is courting Erdogan": u078)
    event.actor, event.recipient = (coder.event_actor(side) for side in coder.last_meeting)
    explain(coder, candidate, state, verb)


def _two_sides_named(coder: Coder, subject: "Token") -> bool:
    """"the leaders", "the two presidents", "both sides", "the Presidents": the plural of a title or of "side"."""
    lemma = subject.lemma_.lower()
    word = lemma if subject.tag_ == "NNS" else subject.lower_[:-1] if subject.tag_ == "NNPS" else ""
    determined = any(c.dep_ in {"det", "predet", "nummod"} and c.lower_ in {"the", "both", "two"} for c in subject.children)
    return determined and (word in coder.rules.person_title or word in {"leader", "side"})


def _accept(coder: Coder, candidate: Candidate, state: SentenceState) -> None:
    _peacekeeping(coder, candidate)
    _the_two_sides(coder, candidate, state)
    if _denied(candidate) or unreal(candidate.event, coder.ctx.doc[candidate.anchor].sent) or _conjoined_repeat(coder, candidate, state):
        candidate.event = None  # its claims stand: the words were read, they code nothing
    state.candidates.append(candidate)
    state.claimed |= candidate.claims
    state.nouns |= candidate.nouns
    state.future.update(candidate.future)
    event = candidate.event
    if event is None:
        return
    state.order.append((candidate.anchor, len(state.candidates) - 1))
    if event.actor is not None and event.actor.code and candidate.remembered and candidate.construction not in (
            "nominal", "movement"):
        # The actor of the last verb event is whom a later "we" or "it" falls back to.
        coder.last_actor = Actor(event.actor.name, event.actor.code, event.actor.entity)
    if event.type == "CONSULT" and event.actor is not None and event.recipient is not None and event.actor.code and (
            event.recipient.code and event.actor.code[:3] != event.recipient.code[:3]):
        coder.last_meeting = (Actor(event.actor.name, event.actor.code, event.actor.entity),
                              Actor(event.recipient.name, event.recipient.code, event.recipient.entity))


def resolve_sentence(coder: Coder, sentence: "Span") -> SentenceState:
    """The resolution pass over one sentence: each tier's anchors left to right, the first construction wins."""
    state = SentenceState()
    anchors = _anchors(coder, sentence)
    for tier in _TIERS:
        constructions = [c for c in REGISTRY if c.anchor == tier]
        for token in anchors[tier]:
            claimed = _claimed(tier, token, state)
            for construction in constructions:
                if claimed and not construction.reads_claimed:
                    continue
                candidate = construction.rule(coder, token, state)
                if candidate is not None:
                    explain(coder, candidate, state, token)
                    _accept(coder, candidate, state)
                    break
        state.order.sort(key=lambda item: item[0])
    return state


def code_sentence(coder: Coder, sentence: "Span") -> list[Event]:
    """The events of one sentence, in sentence order."""
    state = resolve_sentence(coder, sentence)
    return [event for _, index in state.order if (event := state.candidates[index].event) is not None]
