"""PLOVER event coding on spaCy's dependency parse.

One linear pass over the tokens of each sentence finds triggers (verbs and nouns in the
lexicons), then reads the parse around each trigger:

* actor: the subject; the agent of a passive ("was invaded by Russia"); the antecedent of a
  relative pronoun ("Russia that has invaded Georgia", also in clefts and conjoined relative
  clauses); the subject of a conjoined verb ("annexed Crimea and invaded the Donbass"); the
  subject of the verb governing a complement ("wants to discuss"); the possessor or demonym of a
  nominal event ("Russia's invasion", "the Russian invasion"); "we"/"our" inside a quote is the
  speaker's side.
* recipient: the object, a dative, or the object of with/to/against/on/into/at; a country
  named by its name beats one named through a region ("Crimea's reunification with Russia").
* frames: "agree/threaten/refuse/urge ... to X" are coded once, as the frame; "want/plan to X"
  codes X with aux future; carriers ("launch an attack", "impose sanctions") take the noun's type.
* negation, aux modes (historical for the perfect, future, hypothetical), date, place,
  quantities, and asserted_by (the attribution whose content holds the trigger).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from parley.actors.codes import sector_of_role
from parley.actors.gazetteer import country_match
from parley.extract.events.dates import publication_date, resolve_date
from parley.extract.events.lexicon import FUTURE_TO_AGREE, NEGATED_TO_REJECT, Entry, lexicon
from parley.models import Entity, Event, EventActor, ExtractedArticle, StatementIndex, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["code_events"]

_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_OBJECTS = {"dobj", "obj", "dative", "attr", "oprd"}
_RECIPIENT_PREPS = ("with", "to", "against", "on", "into", "at", "toward", "towards", "upon", "from", "for", "of", "in")
_RELATIVE = {"that", "who", "which", "whom"}
_FIRST_PLURAL = {"we", "our", "us", "ours"}
_FIRST_SINGULAR = {"i", "my", "me", "mine"}
_THIRD = {"he", "she", "it", "they", "him", "her", "them", "its", "their", "his"}
_FUTURE_AUX = {"will", "shall", "'ll", "wo"}
_HYPOTHETICAL_AUX = {"would", "could", "might", "may", "should", "'d"}
_SAY = {"say", "tell", "state", "announce", "claim", "report", "confirm", "add", "declare", "note", "believe", "think", "insist", "stress", "explain"}
_MOVEMENT = {"go", "move", "head", "arrive", "enter", "cross", "advance", "march", "pour", "roll", "send", "transfer"}
_MILITARY_NOUNS = {"troop", "troops", "soldier", "force", "forces", "unit", "battalion", "brigade", "tank", "warship", "army", "personnel"}
_NEGATIONS = {"not", "n't", "never", "no"}
_LOCATIVE = {"in", "on", "at", "near", "along", "to", "inside", "into", "across"}
_BORDER = {"border", "borders", "frontier"}


@dataclass
class _Actor:
    name: str
    code: str | None
    entity: str | None
    start: int | None = None
    end: int | None = None
    region_only: bool = False


class _Context:
    """Per-article lookups, built once: token -> entity, attributions by content offsets."""

    def __init__(self, doc: "Doc", partial: ExtractedArticle) -> None:
        self.doc = doc
        self.text = partial.text
        self.partial = partial
        self.published: date | None = publication_date(partial.published)
        self.entity_at: dict[int, tuple[Entity, int, int]] = {}  # token index -> (entity, start char, end char)
        starts = [t.idx for t in doc]
        # The dateline's place ("STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS:") is where the story was
        # filed, never a party to an event.
        dateline = partial.dateline.span if partial.dateline and partial.dateline.span else None
        for entity in partial.entities:
            if entity.type not in {"COUNTRY", "ORGANIZATION", "PERSON", "NORP"}:
                continue
            for mention in entity.mentions:
                if dateline is not None and dateline.start <= mention.start < dateline.end:
                    continue
                first = bisect_right(starts, mention.start) - 1
                i = max(first, 0)
                while i < len(doc) and doc[i].idx < mention.end:
                    if doc[i].idx + len(doc[i].text) > mention.start:
                        self.entity_at.setdefault(i, (entity, mention.start, mention.end))
                    i += 1
        self.statements = StatementIndex(partial.attributions)

    def attribution_of(self, char: int) -> int | None:
        return self.statements.at(char)


def _entity_actor(ctx: _Context, token: "Token") -> _Actor | None:
    found = ctx.entity_at.get(token.i)
    if found is None:
        return None
    entity, start, end = found
    if not entity.code:
        return None  # "Kurds", a person of unknown affiliation: look further into the phrase
    if token.i > 0 and token.doc[token.i - 1].lower_ == "ethnic":
        return None  # "ethnic Albanians in Serbia" are a group, not the Albanian state
    region_only = False
    if entity.type == "COUNTRY":
        mention_text = ctx.text[start:end]
        match = country_match(mention_text)
        region_only = bool(match and match.via == "region")
    return _Actor(name=ctx.text[start:end], code=entity.code, entity=entity.name, start=start, end=end, region_only=region_only)


def _noun_phrase_actor(ctx: _Context, head: "Token") -> _Actor | None:
    """The actor a noun phrase names: its own entity, else one in its modifiers, with a sector from its head noun."""
    own = _entity_actor(ctx, head)
    if own is not None:
        return own
    candidates: list[_Actor] = []
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in {"relcl", "acl", "advcl", "ccomp", "punct", "cc"}:
                continue
            if child.dep_ == "conj" and token.i != head.i:
                continue
            found = _entity_actor(ctx, child)
            if found is not None:
                candidates.append(found)
            else:
                stack.append(child)
    if not candidates:
        return None
    candidates.sort(key=lambda a: (a.region_only, a.start or 0))
    best = candidates[0]
    sector = sector_of_role(head.lemma_) if head.pos_ == "NOUN" else None
    code = best.code
    if sector and code and len(code) == 3:
        code = f"{code}{sector}"
    # "Russian troops" names the actor by its role; "the sidelines of the G7 summit" by the G7.
    name = ctx.text[head.left_edge.idx : head.idx + len(head.text)] if sector else best.name
    return _Actor(name=name, code=code, entity=best.entity, start=best.start, end=best.end, region_only=best.region_only)


def _speaker_actor(ctx: _Context, token: "Token") -> _Actor | None:
    index = ctx.attribution_of(token.idx)
    if index is None:
        return None
    speaker = ctx.partial.attributions[index].speaker
    if speaker is None:
        return None
    if token.lower_ in _FIRST_SINGULAR:
        code = speaker.affiliation
        sector = sector_of_role(speaker.role) if speaker.role else None
        if code and len(code) == 3 and sector:
            code = f"{code}{sector}"
        return _Actor(name=speaker.name, code=code, entity=speaker.name)
    if speaker.affiliation:
        return _Actor(name=token.text, code=speaker.affiliation, entity=speaker.affiliation)
    return None


def _resolve_relative(token: "Token") -> "Token | None":
    """Antecedent of a relative pronoun subject, also through clefts and conjoined relatives."""
    verb = token.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "relcl":
        return verb.head
    if verb.dep_ in {"ccomp", "advcl", "acl"} and verb.head.lemma_ == "be":
        for child in verb.head.children:
            if child.dep_ in {"attr", "acomp"}:
                return child
    return None


def _subject_of(verb: "Token") -> "Token | None":
    for child in verb.children:
        if child.dep_ in {"nsubj", "csubj"}:
            return child
        if child.dep_ == "nsubjpass" and verb.lemma_.lower() in _STATIVE_PASSIVES:
            return child
    for child in verb.children:  # passive: the agent is the actor
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


# Adjectival passives whose subject is the one who holds the stance: "Israel is opposed to ...".
_STATIVE_PASSIVES = {"oppose", "commit", "determine", "prepare", "resolve", "dedicate", "engage", "involve"}


def _passive_subject(verb: "Token") -> "Token | None":
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    return None


class _Coder:
    def __init__(self, ctx: _Context) -> None:
        self.ctx = ctx
        self.lex = lexicon()
        self.last_actor: _Actor | None = None

    # -- actors ----------------------------------------------------------------------
    def actor_of_token(self, token: "Token", depth: int = 0) -> _Actor | None:
        if depth > 6:
            return None
        lower = token.lower_
        if lower in _RELATIVE and token.dep_ in _SUBJECTS:
            antecedent = _resolve_relative(token)
            return self.actor_of_token(antecedent, depth + 1) if antecedent is not None else None
        if token.pos_ == "PRON" and (lower in _FIRST_PLURAL or lower in _FIRST_SINGULAR):
            return _speaker_actor(self.ctx, token) or self.last_actor
        if token.pos_ == "PRON" and lower in _THIRD:
            return self.pronoun_antecedent(token, depth)
        found = _noun_phrase_actor(self.ctx, token)
        if found is not None:
            return found
        return None

    def pronoun_antecedent(self, token: "Token", depth: int) -> _Actor | None:
        # "Hungary has said it will support ...": the subject of the governing say-verb.
        verb = token.head
        governor = verb.head
        while governor.i != verb.i and governor.dep_ in {"conj", "xcomp", "ccomp"} and governor.lemma_ not in _SAY:
            verb, governor = governor, governor.head
        if governor.i != verb.i and governor.lemma_ in _SAY:
            subject = _subject_of(governor)
            if subject is not None and subject.i != token.i:
                found = self.actor_of_token(subject, depth + 1)
                if found is not None:
                    return found
        return self.last_actor

    def verb_actor(self, verb: "Token", depth: int = 0) -> _Actor | None:
        subject = _subject_of(verb)
        if subject is not None:
            return self.actor_of_token(subject)
        if depth > 5:
            return None
        if verb.dep_ in {"conj", "xcomp", "advcl", "acomp", "pcomp"}:
            # "Norway is willing to send ...", "before allowing ...": the governing clause's subject
            return self.verb_actor(verb.head, depth + 1)
        if verb.dep_ in {"acl", "relcl"}:
            return self.actor_of_token(verb.head)
        return None

    def recipient_of(self, head: "Token", actor: _Actor | None, skip: set[int]) -> _Actor | None:
        """First actor among the objects and prepositional objects of ``head``."""
        found: list[tuple[int, _Actor]] = []
        for child in head.children:
            if child.i in skip:
                continue
            if child.dep_ in _OBJECTS or child.dep_ == "nsubjpass":
                candidate = self.actor_of_token(child)
                if candidate is not None:
                    found.append((0, candidate))
            elif child.dep_ in {"prep", "agent"} and child.lower_ in _RECIPIENT_PREPS:
                rank = 1 + _RECIPIENT_PREPS.index(child.lower_)
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        candidate = self.actor_of_token(pobj)
                        if candidate is not None:
                            found.append((rank, candidate))
        if actor is not None:
            found = [(r, a) for r, a in found if not _same(a, actor)]
        if not found:
            return None
        found.sort(key=lambda item: (item[1].region_only, item[0]))
        return found[0][1]

    # -- triggers --------------------------------------------------------------------
    def verb_entry(self, verb: "Token") -> tuple[Entry, str] | None:
        for lemma in _lemmas(verb):
            if lemma in self.lex.verbs or any(
                f"{lemma} {c.lower_}" in self.lex.verbs for c in verb.children if c.dep_ in {"prt", "prep"}
            ):
                return self.entry_for(verb, lemma)
        return self.entry_for(verb, verb.lemma_.lower())

    def entry_for(self, verb: "Token", lemma: str) -> tuple[Entry, str] | None:
        has_object = False
        for child in verb.children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                has_object = has_object or child.dep_ == "dobj"
                # "violated the ceasefire agreement": the object or its compound modifier
                for word in [child.lemma_.lower()] + [c.lemma_.lower() for c in child.children if c.dep_ == "compound"]:
                    entry = self.lex.verbs.get(f"{lemma} {word}")
                    if entry is not None:
                        return entry, f"{lemma} {word}"
        for child in verb.children:
            # A preposition makes a phrasal verb only without a direct object: "contributed to
            # this report" is not an event, "contributed troops to the force" is.
            if child.dep_ == "prt" or (child.dep_ == "prep" and not has_object):
                entry = self.lex.verbs.get(f"{lemma} {child.lower_}")
                if entry is not None:
                    return entry, f"{lemma} {child.lower_}"
            if child.dep_ == "dobj" and child.lower_ == "fire" and lemma == "open":
                return self.lex.verbs["open fire"], "open fire"
        entry = self.lex.verbs.get(lemma)
        return (entry, lemma) if entry is not None else None

    def noun_entry(self, noun: "Token") -> Entry | None:
        """The noun lexicon entry of a noun, trying "martial law" and "state of emergency" first."""
        lemma = noun.lemma_.lower()
        for child in noun.children:
            if child.dep_ in {"amod", "compound"}:
                entry = self.lex.nouns.get(f"{child.lower_} {lemma}")
                if entry is not None:
                    return entry
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    entry = self.lex.nouns.get(f"{lemma} of {pobj.lemma_.lower()}")
                    if entry is not None:
                        return entry
        return self.lex.nouns.get(lemma) or self.lex.nouns.get(noun.lower_)

    def object_noun(self, verb: "Token") -> "Token | None":
        stative = verb.lemma_.lower() in _STATIVE_PASSIVES  # "forces were engaged in": the forces act
        for child in verb.children:
            if child.dep_ in {"dobj", "obj"} or (child.dep_ == "nsubjpass" and not stative):
                if self.noun_entry(child) is not None:
                    return child
        for child in verb.children:  # "engaged in ethnic cleansing"
            if child.dep_ == "prep" and child.lower_ in {"in", "into"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and self.noun_entry(pobj) is not None:
                        return pobj
        return None

    def code_sentence(self, sentence: "Span") -> list[Event]:
        events: list[tuple[int, Event]] = []
        suppressed: set[int] = set()
        aux_from_frame: dict[int, str] = {}
        type_from_frame: dict[int, tuple[Entry, "Token"]] = {}
        used_nouns: set[int] = set()
        for token in sentence:
            if token.i in suppressed:
                continue
            if token.pos_ in {"VERB", "AUX"} and token.tag_ != "MD":
                event = self.code_verb(token, suppressed, aux_from_frame, type_from_frame, used_nouns, events)
                if event is not None:
                    events.append((token.i, event))
                    if event.actor is not None:
                        self.last_actor = _Actor(event.actor.name, event.actor.code, event.actor.entity)
        for token in sentence:
            if token.pos_ in {"NOUN", "PROPN"} and token.i not in used_nouns:
                entry = self.noun_entry(token)
                if entry is not None:
                    event = self.code_noun(token, entry, events)
                    if event is not None:
                        events.append((token.i, event))
        events.sort(key=lambda item: item[0])
        # Movements last: "another 30,000 going to Belarus" continues the mobilisation before it.
        for token in sentence:
            if token.pos_ == "VERB" and token.i not in suppressed and token.lemma_.lower() in _MOVEMENT:
                before = [item for item in events if item[0] < token.i]
                event = self.movement_event(token, before)
                if event is not None:
                    events.append((token.i, event))
        events.sort(key=lambda item: item[0])
        return [event for _, event in events]

    def code_verb(
        self,
        verb: "Token",
        suppressed: set[int],
        aux_from_frame: dict[int, str],
        type_from_frame: dict[int, tuple[Entry, "Token"]],
        used_nouns: set[int],
        events: list[tuple[int, Event]],
    ) -> Event | None:
        demand = self.demand_event(verb, suppressed, used_nouns)
        if demand is not None:
            return demand
        looked_up = self.verb_entry(verb)
        complements = [c for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"}]
        if looked_up is not None:
            entry, _phrase = looked_up
            if entry.frame == "future":
                for complement in complements:
                    aux_from_frame[complement.i] = "future"
                return None
            if entry.frame == "governs":
                for complement in complements:
                    if complement.dep_ == "xcomp" or entry.type in {"THREATEN", "REQUEST", "REJECT", "AGREE", "ACCUSE"}:
                        suppressed.update(t.i for t in complement.subtree if t.pos_ in {"VERB", "AUX"})
                        used_nouns.update(t.i for t in complement.subtree)
        else:
            entry = None
        noun = self.object_noun(verb)
        kind = entry.type if entry is not None else "-"
        mode = entry.mode if entry is not None else None
        trigger_end = verb
        if noun is not None and entry is not None and (entry.frame == "carrier" or kind == "-"):
            noun_entry = self.noun_entry(noun)
            if noun_entry is not None and noun_entry.type == "MOBILIZE" and verb.lemma_ not in {"send", "deploy", "have", "keep", "station", "mass", "amass", "move", "order"}:
                noun_entry = None  # "killed three soldiers" is not a mobilisation
            if noun_entry is not None:
                kind, mode = noun_entry.type, noun_entry.mode
                used_nouns.add(noun.i)
                trigger_end = noun
        elif noun is not None and entry is not None:
            used_nouns.add(noun.i)
        if kind == "-" or (entry is not None and entry.type == "-" and trigger_end.i == verb.i):
            return None

        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            return self.reduced_passive(verb, kind, mode, trigger_end)
        actor = self.verb_actor(verb)
        passive_subject = _passive_subject(verb)
        skip = {passive_subject.i} if passive_subject is not None and actor is None else set()
        if trigger_end.i != verb.i:
            skip.add(trigger_end.i)  # "has troops in Moldova": the troops are the event, not its recipient
        recipient_head = trigger_end if trigger_end.i != verb.i else verb
        recipient = self.recipient_of(verb, actor, skip)
        if recipient is None and trigger_end.i != verb.i:
            recipient = self.recipient_of(trigger_end, actor, set())
        if recipient is None and kind == "MOBILIZE":
            recipient = self.location_recipient(recipient_head, actor)
        if actor is None and passive_subject is not None and recipient is None:
            recipient = self.actor_of_token(passive_subject)
        if kind in {"REQUEST", "THREATEN", "ACCUSE", "REJECT", "AGREE"} and recipient is None:
            recipient = self.complement_recipient(verb, actor)
        subject = _subject_of(verb)
        if actor is None and (
            (subject is not None and subject.pos_ in {"NOUN", "PROPN"}) or verb.dep_ in {"acl", "relcl"}
        ):
            # "President Dos Santos conceded ...": an office holder unknown to the dictionaries
            # acts for the country the sentence is about.
            actor = self.sentence_country(verb, exclude=recipient)
        if recipient is None:
            recipient = self.subtree_recipient(verb, actor, subject)
        negated = _negated(verb)
        aux = _aux_mode(verb, aux_from_frame)
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if negated and kind in NEGATED_TO_REJECT:
            kind, mode = "REJECT", None
        elif kind in _CONFLICT and (aux == "future" or modals & _FUTURE_AUX):
            # An announced or planned act of force or sanction is a threat (PLOVER manual:
            # THREATEN is ASSAULT + future, coded as the single category).
            kind, mode = "THREATEN", None
        elif not negated and kind in FUTURE_TO_AGREE | {"CONSULT"} and (
            modals & (_FUTURE_AUX | {"would"}) or _willing(verb)
        ):
            # A stated intention to cooperate is AGREE ("Iraq said it would allow ...").
            kind = "AGREE"
        elif aux == "future" and kind in FUTURE_TO_AGREE and not negated:
            kind = "AGREE"
        trigger = make_span(self.ctx.text, verb.idx, trigger_end.idx + len(trigger_end.text)) if trigger_end.i > verb.i else make_span(self.ctx.text, verb.idx, verb.idx + len(verb.text))
        return self.build(kind, mode, negated, aux, actor, recipient, trigger, verb)

    def reduced_passive(self, verb: "Token", kind: str, mode: str | None, trigger_end: "Token") -> Event | None:
        """"the Uyghurs deported by Thailand", "a curfew imposed in Sudan": the noun is the patient."""
        actor = None
        for child in verb.children:
            if child.dep_ == "agent":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actor = self.actor_of_token(pobj)
        recipient = self.actor_of_token(verb.head)
        if actor is None and recipient is None:
            return None  # "a video message released Sunday": no one acts on anyone
        end = trigger_end if trigger_end.i > verb.i else verb
        trigger = make_span(self.ctx.text, verb.idx, end.idx + len(end.text))
        return self.build(kind, mode, _negated(verb), None, actor, recipient, trigger, verb)

    def movement_event(self, verb: "Token", events: list[tuple[int, Event]]) -> Event | None:
        """"another 30,000 going to Belarus", "troops moved into Ukraine": MOBILIZE."""
        if verb.lemma_.lower() not in _MOVEMENT:
            return None
        mover = _subject_of(verb) or (verb.head if verb.dep_ in {"acl", "relcl"} else None)
        if mover is None:
            return None
        is_military = mover.lemma_.lower() in _MILITARY_NOUNS or any(
            c.lemma_.lower() in _MILITARY_NOUNS for c in mover.children if c.dep_ in {"compound", "pobj"}
        )
        previous = events[-1][1] if events else None
        is_more_of_the_same = mover.like_num and previous is not None and previous.type == "MOBILIZE"
        if not (is_military or is_more_of_the_same):
            return None
        actor = self.actor_of_token(mover) if is_military else None
        if actor is None and previous is not None and previous.type == "MOBILIZE" and previous.actor is not None:
            actor = _Actor(previous.actor.name, previous.actor.code, previous.actor.entity)
        recipient = self.recipient_of(verb, actor, set())
        trigger = make_span(self.ctx.text, verb.idx, verb.idx + len(verb.text))
        event = self.build("MOBILIZE", "troops", False, _aux_mode(verb, {}), actor, recipient, trigger, verb)
        quantity = _quantity(mover)
        if quantity:
            event.quantities.append(quantity)
        return event

    def location_recipient(self, head: "Token", actor: _Actor | None) -> _Actor | None:
        """Where troops are: "troops in Moldova", "troops on Russia's borders with Ukraine"."""
        heads = [head] + ([head.head.head] if head.dep_ == "pobj" else []) + ([head.head] if head.dep_ in {"dobj", "nsubj"} else [])
        for owner in heads:
            for prep in owner.children:
                if prep.dep_ != "prep" or prep.lower_ not in _LOCATIVE:
                    continue
                for place in prep.children:
                    if place.dep_ != "pobj":
                        continue
                    if place.lemma_.lower() in _BORDER:
                        for sub in place.children:
                            if sub.dep_ == "prep" and sub.lower_ in {"with", "of"}:
                                for target in sub.children:
                                    found = self.actor_of_token(target)
                                    if found is not None and not _same(found, actor):
                                        return found
                    found = self.actor_of_token(place)
                    if found is not None and not _same(found, actor):
                        return found
        return None

    def border_owner(self, head: "Token") -> _Actor | None:
        owner = head.head.head if head.dep_ == "pobj" else head
        for prep in owner.children:
            if prep.dep_ == "prep":
                for place in prep.children:
                    if place.dep_ == "pobj" and place.lemma_.lower() in _BORDER:
                        for child in place.children:
                            if child.dep_ == "poss":
                                return self.actor_of_token(child)
        return None

    def demand_event(self, verb: "Token", suppressed: set[int], used_nouns: set[int]) -> Event | None:
        """"Russia said that Sudan must return the helicopter": Russia demands it of Sudan."""
        modals = {c.lower_ for c in verb.children if c.dep_ == "aux"}
        if not modals & _OBLIGATION or _negated(verb):
            return None
        sayer = _governing_say(verb)
        if sayer is None:
            return None
        sayer_subject = _subject_of(sayer)
        actor = self.actor_of_token(sayer_subject) if sayer_subject is not None else None
        subject = _subject_of(verb)
        recipient = self.actor_of_token(subject) if subject is not None else None
        if recipient is None:
            return None  # "the frontier should head east": nobody is asked to do anything
        suppressed.update(t.i for t in verb.subtree if t.pos_ in {"VERB", "AUX"})
        used_nouns.update(t.i for t in verb.subtree)
        trigger = make_span(self.ctx.text, verb.idx, verb.idx + len(verb.text))
        return self.build("REQUEST", None, False, None, actor, recipient, trigger, verb)

    def sentence_country(self, verb: "Token", exclude: _Actor | None) -> _Actor | None:
        """First country or organisation named in the sentence; the recipient's only if none other."""
        fallback = None
        for token in verb.sent:
            found = _entity_actor(self.ctx, token)
            if found is None or found.region_only:
                continue
            if not _same(found, exclude):
                return found
            fallback = fallback or found
        return fallback

    def subtree_recipient(self, verb: "Token", actor: _Actor | None, subject: "Token | None") -> _Actor | None:
        """Any other actor named inside the clause: "killed two Iraqi youths", "curfew in Abidjan"."""
        skip = set(t.i for t in subject.subtree) if subject is not None else set()
        for child in verb.children:
            if child.dep_ in {"ccomp", "advcl", "relcl", "conj", "punct"}:
                skip.update(t.i for t in child.subtree)
        for token in verb.subtree:
            if token.i in skip:
                continue
            found = _entity_actor(self.ctx, token)
            if found is not None and not _same(found, actor):
                return found
        # Second chance: purpose and time clauses ("... to demand the resignation of X",
        # "when they blew themselves up in Tel Aviv"), never the reported speech (ccomp).
        subject_tokens = {t.i for t in subject.subtree} if subject is not None else set()
        for child in verb.children:
            if child.dep_ not in {"advcl", "conj"}:
                continue
            for token in child.subtree:
                if token.i in subject_tokens:
                    continue
                found = _entity_actor(self.ctx, token)
                if found is not None and not _same(found, actor):
                    return found
        return None

    def complement_recipient(self, verb: "Token", actor: _Actor | None) -> _Actor | None:
        """"accused Russia of ...", "urged Israel to withdraw": the complement's subject or first object."""
        for child in verb.children:
            if child.dep_ in {"xcomp", "ccomp"}:
                subject = _subject_of(child)
                if subject is not None:
                    found = self.actor_of_token(subject)
                    if found is not None and not _same(found, actor):
                        return found
                found = self.recipient_of(child, actor, set())
                if found is not None:
                    return found
        return None

    def code_noun(self, noun: "Token", entry: Entry, events: list[tuple[int, Event]]) -> Event | None:
        kind, mode = entry.type, entry.mode
        actor: _Actor | None = None
        recipient: _Actor | None = None
        for child in noun.children:
            if child.dep_ in {"poss", "amod", "compound", "nmod"}:
                found = self.actor_of_token(child)
                if found is not None and actor is None:
                    actor = found
            elif child.dep_ == "prep" and child.lower_ == "by":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        actor = self.actor_of_token(pobj) or actor
        if kind == "MOBILIZE":
            if noun.dep_ in {"nsubj", "nsubjpass"}:
                return None  # "Israeli soldiers arrested ...": the soldiers act; they are not the event
            has_number = any(c.dep_ == "nummod" or c.like_num for c in noun.children)
            recipient = self.location_recipient(noun, actor)
            if actor is None:
                actor = self.border_owner(noun)
            if recipient is None or not (has_number or actor is not None):
                return None
        else:
            recipient = self.recipient_of(noun, actor, set())
        if kind == "ACCUSE" and noun.lemma_.lower() == "concern" and noun.dep_ == "nsubj":
            # "Our concern is that it is Russia that ...": the speaker accuses the clause's actor.
            for clause in noun.head.children:
                if clause.dep_ in {"ccomp", "attr"}:
                    recipient = self.clause_actor(clause) or recipient
        if actor is None and recipient is None:
            return None
        if actor is not None and recipient is not None and _same(actor, recipient):
            recipient = None
        trigger = make_span(self.ctx.text, noun.idx, noun.idx + len(noun.text))
        event = self.build(kind, mode, _negated(noun), None, actor, recipient, trigger, noun)
        if kind == "MOBILIZE":
            quantity = _quantity(noun)
            if quantity:
                event.quantities = [quantity]
        return event

    def clause_actor(self, clause: "Token") -> _Actor | None:
        subject = _subject_of(clause)
        if subject is not None and subject.lower_ == "it" and clause.lemma_ == "be":
            for child in clause.children:
                if child.dep_ == "attr":
                    return self.actor_of_token(child)
        if subject is not None:
            return self.actor_of_token(subject)
        return None

    # -- assembling ------------------------------------------------------------------
    def build(
        self,
        kind: str,
        mode: str | None,
        negated: bool,
        aux: str | None,
        actor: _Actor | None,
        recipient: _Actor | None,
        trigger: object,
        head: "Token",
    ) -> Event:
        sentence = head.sent
        event = Event(
            type=kind,
            mode=mode,
            negated=negated,
            aux=aux,
            actor=_event_actor(self.ctx, actor),
            recipient=_event_actor(self.ctx, recipient),
            trigger=trigger,  # type: ignore[arg-type]
            sentence=make_span(self.ctx.text, sentence.start_char, sentence.end_char),
            asserted_by=self.ctx.attribution_of(head.idx),
        )
        depth, probe = 0, head
        while probe.head.i != probe.i and depth < 50:
            depth, probe = depth + 1, probe.head
        event.depth = depth
        event.date = self.date_of(head)
        event.place = self.place_of(head, actor, recipient)
        quantity = None
        for child in head.children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                quantity = _quantity(child)
        if quantity:
            event.quantities.append(quantity)
        return event

    def date_of(self, head: "Token") -> str | None:
        for token in _clause_tokens(head):
            if token.ent_type_ == "DATE" and token.ent_iob_ == "B":
                span = _entity_span(token)
                resolved = resolve_date(span, self.ctx.published)
                if resolved:
                    return resolved
        return None

    def place_of(self, head: "Token", actor: _Actor | None, recipient: _Actor | None) -> str | None:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "at", "near"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in {"GPE", "LOC", "FAC"}:
                        place = _entity_span(pobj.doc[pobj.left_edge.i]) if pobj.left_edge.ent_type_ else pobj.text
                        return place
        return None


def _lemmas(verb: "Token") -> list[str]:
    """The tagger's lemma, then regular-inflection guesses for when it errs ("staged" -> "stag")."""
    lemma = verb.lemma_.lower()
    word = verb.lower_
    guesses = [lemma]
    if word.endswith("ed"):
        guesses += [word[:-1], word[:-2]] + ([word[:-3]] if len(word) > 4 and word[-3] == word[-4] else [])
        if word.endswith("ied"):
            guesses.append(word[:-3] + "y")
    elif word.endswith("ing"):
        guesses += [word[:-3], word[:-3] + "e"] + ([word[:-4]] if len(word) > 5 and word[-4] == word[-5] else [])
    elif word.endswith("es"):
        guesses += [word[:-1], word[:-2]]
    elif word.endswith("s"):
        guesses.append(word[:-1])
    return guesses


def _clause_tokens(head: "Token") -> list["Token"]:
    tokens: list["Token"] = []
    for child in head.children:
        if child.dep_ in {"ccomp", "xcomp", "relcl", "conj", "advcl"}:
            continue
        tokens.extend(child.subtree)
    return tokens


def _entity_span(token: "Token") -> str:
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[token.i : end].text


def _quantity(noun: "Token") -> str | None:
    if noun.like_num:
        return noun.text
    start = noun.i
    while start > 0 and (noun.doc[start - 1].like_num or noun.doc[start - 1].pos_ == "NUM"):
        start -= 1
    if start == noun.i:
        return None
    return noun.doc[start : noun.i + 1].text


def _same(a: _Actor | None, b: _Actor | None) -> bool:
    """The same mention: "Iraqi" police killing "Iraqi" youths are two mentions, both kept."""
    if a is None or b is None:
        return False
    if a.start is not None and b.start is not None:
        return a.start == b.start
    return bool(a.entity and a.entity == b.entity)


_OBLIGATION = {"must", "should"}
_CONFLICT = frozenset({"SANCTION", "COERCE", "ASSAULT"})
_WILLING = {"willing", "ready", "prepared", "eager", "determined"}


def _governing_say(verb: "Token") -> "Token | None":
    probe = verb
    for _ in range(3):
        if probe.dep_ not in {"ccomp", "conj"} or probe.head.i == probe.i:
            return None
        probe = probe.head
        if probe.lemma_ in _SAY or probe.lemma_ in {"conclude", "declare", "insist", "warn"}:
            return probe
    return None


def _willing(verb: "Token") -> bool:
    """"Syria is willing to withdraw", "ready to send material to help": under willing/ready/prepared."""
    probe = verb
    for _ in range(3):
        if probe.dep_ not in {"xcomp", "advcl", "conj"} or probe.head.i == probe.i:
            return False
        probe = probe.head
        if probe.lower_ in _WILLING:
            return True
    return False


def _negated(head: "Token") -> bool:
    for child in head.children:
        if child.dep_ == "neg" or (child.lower_ in _NEGATIONS and child.dep_ in {"advmod", "neg"}):
            return True
    return False


def _aux_mode(verb: "Token", from_frame: dict[int, str]) -> str | None:
    heads = [verb]
    probe = verb
    while probe.dep_ == "conj" and probe.head.i != probe.i and len(heads) < 5:
        probe = probe.head
        heads.append(probe)
    for head in heads:
        auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
        lowered = {a.lower_ for a in auxes}
        if lowered & _HYPOTHETICAL_AUX or any(c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in head.children):
            return "hypothetical"
        if lowered & _FUTURE_AUX or ("going" in lowered and "to" in lowered):
            return "future"
        if head.i in from_frame:
            return from_frame[head.i]
        if any(a.lemma_ == "have" for a in auxes) and head.tag_ == "VBN":
            return "historical"
        if head.dep_ == "xcomp" and head.head.i in from_frame:
            return from_frame[head.head.i]
    return None


def _event_actor(ctx: _Context, actor: _Actor | None) -> EventActor | None:
    if actor is None:
        return None
    span = make_span(ctx.text, actor.start, actor.end) if actor.start is not None and actor.end is not None else None
    return EventActor(name=actor.name, code=actor.code, entity=actor.entity, span=span)


def code_events(doc: "Doc", partial: ExtractedArticle) -> list[Event]:
    """PLOVER events of a parsed article (the pure function behind the ``events`` step)."""
    ctx = _Context(doc, partial)
    coder = _Coder(ctx)
    events: list[Event] = []
    for sentence in doc.sents:
        events.extend(coder.code_sentence(sentence))
    return events
