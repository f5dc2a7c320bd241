"""PLOVER event coding on spaCy's dependency parse.

The constructions that find events (:mod:`parley.extract.events.constructions`) read the parse
around each trigger through the readings here:

* actor: the subject; the agent of a passive ("was invaded by Russia"); the antecedent of a
  relative pronoun ("Russia that has invaded Georgia", also in clefts and conjoined relative
  clauses); the subject of a conjoined verb ("annexed Crimea and invaded the Donbass"); the
  subject of the verb governing a complement ("wants to discuss"); the possessor or demonym of a
  nominal event ("Russia's invasion", "the Russian invasion"); "we"/"our" inside a quote is the
  speaker's side.
* recipient: the object, a dative, or the object of with/to/against/on/into/at; a country
  named by its name beats one named through a region ("Crimea's reunification with Russia").
* triggers: the verb and noun lexicons, with verb + object ("lift the blockade") and phrasal
  verbs ("call for"); carriers ("launch an attack", "impose sanctions") take the noun's type.
* negation, aux modes (historical for the perfect, future, hypothetical), date, place,
  quantities, and asserted_by (the attribution whose content holds the trigger).

Word classes, type behaviours and limits are data (:mod:`parley.extract.events.rules`).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from parley.actors.codes import actor_code, is_media, sector_of_role
from parley.actors.gazetteer import country_match, country_name, organisation
from parley.extract.events import grammar
from parley.extract.events.confidence import pleased_speaker
from parley.extract.events.dates import publication_date, resolve_date
from parley.extract.events.lexicon import Entry
from parley.extract.events.modes import instrument_mode, threat_mode
from parley.extract.events.rules import EventRules, default_rules
from parley.models import (
    Entity,
    Event,
    EventActor,
    ExtractedArticle,
    Span,
    Speaker,
    StatementIndex,
    make_span,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["Actor", "Coder", "Context", "as_argument", "code_events", "phrase_span"]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_OBJECTS = ("dobj", "obj", "dative", "attr", "oprd")


def _adverb_particle(child: "Token") -> bool:
    """"troops pulled back from": an adverb right after the verb that the parser did not make a
    particle is read as one (the phrase must still be in the lexicon)."""
    return child.dep_ == "advmod" and child.i == child.head.i + 1


def _verdict(child: "Token") -> bool:
    """"found the officer guilty": an adjective the parser makes the verb's complement is read
    with the verb as one phrase ("find guilty"); "found them not guilty" is none."""
    return child.dep_ in {"ccomp", "oprd", "acomp"} and child.pos_ == "ADJ" and not any(g.dep_ == "neg" for g in child.children)


def hyphen_first(word: "Token") -> "Token | None":
    """The first half of a hyphened word the parser split and hung on its second half: "test" in "test-fired a
    missile" (the whole verb is looked up, "test-fire"), "Iran" in "Iran-backed militias", "Chinese" in "a
    Chinese-funded pipeline"."""
    doc = word.doc
    if word.i < 2 or doc[word.i - 1].text != "-" or doc[word.i - 1].whitespace_:
        return None
    first = doc[word.i - 2]
    return first if first.head.i == word.i and not first.whitespace_ else None


def _object_modifiers(noun: "Token") -> list[str]:
    """Words read with a verb besides its object: the object's compound modifier ("violated the
    ceasefire agreement"), and an adjective the parser hangs on it ("let free 20 prisoners")."""
    return [c.lemma_.lower() for c in noun.children if c.dep_ == "compound"] + [
        c.lower_ for c in noun.children if c.dep_ == "amod" and c.i < noun.i and c.i == noun.head.i + 1]
# A noun phrase's actor is not looked for inside the clauses that modify it ...
_NOT_IN_PHRASE = ("relcl", "acl", "advcl", "ccomp")
# Pronouns of a person, which stand for no news outlet ('"he was turned down," Fox News reported'), and of no person.
_PERSONAL = frozenset({"he", "she", "him", "her"})
_IMPERSONAL = frozenset({"it", "its"})
# ... nor past its punctuation and coordinators.
_PHRASE_BREAKS = ("punct", "cc")
# ... nor into what it is about: "dismissed concerns about Trump's threat" were no one's of Trump's (fresh12, read).
_ABOUT = frozenset({"about", "regarding", "concerning"})


@dataclass
class Actor:
    """An actor or recipient as found: the words naming it, its code and entity, its offsets."""

    name: str
    code: str | None
    entity: str | None
    start: int | None = None
    end: int | None = None
    region_only: bool = False
    # The argument the party was read from, when it is not the coded mention itself: "Police" in
    # "Police arrested ..." coded through the sentence's country (char offsets; the event's span).
    phrase: tuple[int, int] | None = None


def phrase_span(token: "Token") -> tuple[int, int]:
    """The words of a noun phrase up to its head, without a leading determiner: "a car bomb"."""
    first = token.left_edge
    while first.i < token.i and first.pos_ in {"DET", "PUNCT"}:
        first = token.doc[first.i + 1]
    last = token
    for child in token.children:  # "his Iranian counterpart, Mostafa Najjar": the name in apposition
        if child.dep_ == "appos" and child.i > token.i and child.pos_ == "PROPN":
            last = child
    return first.idx, last.idx + len(last.text)


def as_argument(actor: Actor | None, token: "Token | None") -> Actor | None:
    """``actor`` read as the party the argument ``token`` names: its code, the argument's words."""
    if actor is None or token is None or token.pos_ not in {"NOUN", "PROPN"}:
        return actor
    start, end = phrase_span(token)
    return Actor(name=token.doc.text[start:end], code=actor.code, entity=actor.entity, start=actor.start,
                 end=actor.end, region_only=actor.region_only, phrase=(start, end))


def same_actor(a: Actor | None, b: Actor | None) -> bool:
    """The same mention: "Iraqi" police killing "Iraqi" youths are two mentions, both kept."""
    if a is None or b is None:
        return False
    if a.start is not None and b.start is not None:
        return a.start == b.start
    return bool(a.entity and a.entity == b.entity)


class Context:
    """Per-article lookups, built once: token -> entity, attributions by content offsets."""

    def __init__(self, doc: "Doc", partial: ExtractedArticle, rules: EventRules) -> None:
        self.doc = doc
        self.text = partial.text
        self.partial = partial
        self.rules = rules
        self.published: date | None = publication_date(partial.published)
        self.entity_at: dict[int, tuple[Entity, int, int]] = {}  # token index -> (entity, start char, end char)
        starts = [t.idx for t in doc]
        # The dateline's place ("STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS:") is where the story was
        # filed, never a party to an event.
        dateline = partial.dateline.span if partial.dateline and partial.dateline.span else None
        self.dateline: set[int] = {t.i for t in doc if dateline is not None and dateline.start <= t.idx < dateline.end}
        for entity in partial.entities:
            if entity.type not in rules.actor_labels:
                continue
            for mention in entity.mentions:
                if dateline is not None and dateline.start <= mention.start < dateline.end:
                    continue
                self._place(doc, starts, entity, mention.start, mention.end)
        self.own_government = own_government(partial.outlet)
        self.statements = StatementIndex(partial.attributions)
        # where a direct quote's cue verb is: a trigger there only reports the quote
        self.speech_cues = frozenset(a.cue.start for a in partial.attributions if a.cue is not None and a.kind == "direct")
        # a journalist's question turn in a transcript ("Q", "Question:"): what it says is asked, not reported
        # (a statement reported inside it, "Q ... Erdoğan said that the President asked him for a meeting", too)
        self.question_turns = tuple((span.start, span.end) for a in partial.attributions if a.question for span in a.content)
        # the sides speaking in a transcript's turns (affiliation code -> a speaker of it): whom "you" addresses
        self.turn_sides: dict[str | None, Speaker] = {
            affiliation_code(a.speaker.affiliation): a.speaker for a in partial.attributions
            if a.kind == "turn" and a.speaker is not None and a.speaker.affiliation}

    def _place(self, doc: "Doc", starts: list[int], entity: Entity, start: int, end: int) -> None:
        i = max(bisect_right(starts, start) - 1, 0)
        while i < len(doc) and doc[i].idx < end:
            if doc[i].idx + len(doc[i].text) > start:
                self.entity_at.setdefault(i, (entity, start, end))
            i += 1

    def attribution_of(self, char: int) -> int | None:
        return self.statements.at(char)

    def span(self, first: "Token", last: "Token") -> Span:
        return make_span(self.text, first.idx, last.idx + len(last.text))


def own_government(outlet: str | None) -> str | None:
    """The actor code of the government that publishes its own record ("The White House (U.S.)": USAGOV, "Kremlin
    (President of Russia)": RUSGOV); None for a news outlet or an unknown one."""
    name = (outlet or "").split(" (")[0].strip()
    name = name[4:] if name.lower().startswith("the ") else name
    match = organisation(name) if name else None
    return match.actor if match is not None and match.kind == "GOV" else None


def entity_actor(ctx: Context, token: "Token") -> Actor | None:
    """The coded entity mention ``token`` is part of, if any."""
    found = ctx.entity_at.get(token.i)
    if token.dep_ == "poss" and _other_side(ctx, token.head, found[0] if found is not None else None):
        return None  # "Russia's allies": reckoned from Russia, not Russia
    if _sponsor(ctx, token):
        return None  # "Iran-backed militia groups": Iran backs them, they are not Iran
    if _water_body(ctx, token):
        return None  # "the South China Sea", "the Gulf of Mexico": a sea, not the state it is named after
    if found is None:
        return _named_inside(ctx, token) if token.ent_type_ in {"NORP", "GPE"} else None
    entity, start, end = found
    if not entity.code:
        return _named_inside(ctx, token)  # "Kurds", a person of unknown affiliation: look further into the phrase
    if token.i > 0 and token.doc[token.i - 1].lower_ in ctx.rules.group_modifier:
        return None  # "ethnic Albanians in Serbia" are a group, not the Albanian state
    if entity.type == "COUNTRY" and _venue(ctx, token, start, end):
        return None  # "the Jeddah talks": where the talks were held, not a party to them (issue 12)
    owner = _possessing_country(ctx, token, entity)
    if owner is not None:
        return owner
    region_only = False
    if entity.type == "COUNTRY":
        match = country_match(ctx.text[start:end])
        region_only = bool(match and match.via == "region")
    return Actor(name=ctx.text[start:end], code=entity.code, entity=entity.name, start=start, end=end, region_only=region_only)


def _water_body(ctx: Context, token: "Token") -> bool:
    """A state's name or demonym inside the name of a sea (``water_body`` in noun_classes.tsv): "the South China Sea",
    "the Indian Ocean", "the Gulf of Mexico"."""
    head = token
    while head.dep_ in {"compound", "amod"} and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        head = head.head.head
    return head.i != token.i and head.ent_type_ == "LOC" and head.lemma_.lower() in ctx.rules.water_body


def _venue(ctx: Context, token: "Token", start: int, end: int) -> bool:
    """A place named as the compound modifier of a meeting or its accord (``venue`` in
    noun_classes.tsv) is where it happened: "the Jeddah talks", "the Singapore summit", "delegates at
    the Geneva conference". Not a state's own name ("the Iran talks", "U.S.-China talks": parties),
    nor one of two places joined on the noun ("the Moscow-Kyiv talks": the two governments)."""
    from parley.actors.gazetteer import country_match, names_state

    head = token
    while head.dep_ == "compound" and head.head.i != head.i and head.idx < end:
        head = head.head
    if head.idx < end or head.lemma_.lower() not in ctx.rules.venue and head.lower_ not in ctx.rules.venue:
        return False
    mention = ctx.text[start:end]
    match = country_match(mention)
    if names_state(mention) and not (match is not None and match.via == "capital"):
        return False
    places = {ctx.entity_at[t.i][1] for t in head.subtree if t.i < head.i and t.i in ctx.entity_at}
    return len(places) <= 1


def _named_inside(ctx: Context, token: "Token") -> Actor | None:
    """"the Israeli declaration", a document no dictionary codes: its demonym or country modifier
    names the party (not a person's name, nor a region)."""
    if token.dep_ not in {"amod", "compound", "poss"} or token.ent_type_ in ctx.rules.people_labels - {"NORP"}:
        return None
    if _in_region_demonym(token):
        return None
    if _venue(ctx, token, token.idx, token.idx + len(token.text)):
        return None  # "walked away from the Istanbul agreements", a document named after where it was made
    return country_actor(token.text, token.idx)


def country_actor(text: str, start: int) -> Actor | None:
    """The country ``text`` names by its name or demonym ("Israeli", "U.S."; not a capital or a region), as a party
    at ``start``."""
    match = country_match(text)
    if match is None or match.via not in {"name", "demonym"}:
        return None
    return Actor(name=text, code=match.code, entity=text, start=start, end=start + len(text))


def _in_region_demonym(token: "Token") -> bool:
    """"South American countries": the country demonym ends a region's (actors/region_demonyms.txt)."""
    from parley.actors.gazetteer import gazetteer, normalise

    before = token.doc[token.i - 1] if token.i > 0 else None
    return before is not None and normalise(f"{before.text} {token.text}") in gazetteer().not_countries


def _possessing_country(ctx: Context, token: "Token", entity: Entity) -> Actor | None:
    """"Rwanda's Senate", "Kenya's parliament": a national body named after a country's possessive
    belongs to that country, whatever country the body's name alone suggests ("the Senate" is US)."""
    if entity.type == "COUNTRY" or not entity.code or not entity.country or not entity.sector:
        return None
    head = token
    while head.dep_ == "compound" and head.head.i != head.i:
        head = head.head
    for child in head.children:
        if child.dep_ != "poss" or child.i == token.i:
            continue
        found = ctx.entity_at.get(child.i)
        if found is None or found[0].type != "COUNTRY" or not found[0].code or found[0].code == entity.country:
            continue
        country, start, end = found
        return Actor(name=ctx.text[start : head.idx + len(head.text)], code=f"{country.code}{entity.sector}",
                     entity=country.name, start=start, end=end)
    return None


def _phrase_entities(ctx: Context, head: "Token") -> list[Actor]:
    """Coded entities among the modifiers of a noun phrase, outside its clauses and conjuncts."""
    candidates: list[Actor] = []
    stack = [head]
    while stack:
        token = stack.pop()
        for child in token.children:
            if child.dep_ in _NOT_IN_PHRASE or child.dep_ in _PHRASE_BREAKS or (child.dep_ == "prep" and child.lower_ in _ABOUT):
                continue
            if child.dep_ == "prep" and child.lower_ == "than":
                continue  # "more people than any other president": what the phrase is measured against (PolNeAR read)
            if child.dep_ == "prep" and child.lower_ == "on" and token.lemma_.lower() in ctx.rules.exchanged:
                continue  # "exchanged views on the situation with Russia's recognition of ...": what the views are about
            if child.dep_ == "prep" and child.lower_ == "as" and _named_as(ctx, token):
                continue
            if child.dep_ == "conj" and token.i != head.i:
                continue
            if child.dep_ == "prep" and token.dep_ == "conj" and token.head.i == head.i and _possessed(token):
                continue  # "the region and its ties with Russia": Russia is the ties' partner, not the region's party
            found = entity_actor(ctx, child) or (_the_country(ctx, child) if child.dep_ == "poss" else None)
            if found is not None:
                candidates.append(found)
            else:
                stack.append(child)
    return candidates


def _the_country(ctx: Context, token: "Token") -> Actor | None:
    """"Iran will respond firmly, the country's defense minister warned": "the country" (``own_state`` in
    noun_classes.tsv, with "the" and nothing else) whose official or body acts is the one state the sentence names
    elsewhere."""
    if token.lemma_.lower() not in ctx.rules.own_state or token.lemma_.lower() in {"government", "administration"}:
        return None
    if sector_of_role(token.head.lemma_) is None:
        return None  # "the country's highest civilian honor": a thing, whose giver the sentence says otherwise
    if any(t.dep_ == "relcl" for t in token.ancestors):
        return None  # "a politician who criticized the country's president": what a clause on someone tells (g014)
    if [c.lower_ for c in token.children if c.dep_ != "case"] != ["the"]:
        return None
    inside = {t.i for t in token.head.subtree}
    states = {found.code for t in token.sent if t.i not in inside and (found := entity_actor(ctx, t)) is not None
              and found.code and len(found.code) == 3 and country_name(found.code) is not None}
    if len(states) != 1:
        return None  # none named, or several: whose is not said
    return Actor(name=token.text, code=states.pop(), entity=None, start=token.idx, end=token.idx + len(token.text))


def _second_object(noun: "Token") -> bool:
    """"established ties with Bhutan, a nation neighbouring India": a verb has one direct object; a second one set off
    by a comma is an apposition the parser hung on the verb, to what came before it (PLV read, session 46)."""
    if noun.dep_ != "dobj" or noun.left_edge.i == 0 or noun.doc[noun.left_edge.i - 1].text != ",":
        return False
    return any(c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children)


def _of_a_person(noun: "Token") -> bool:
    """A person's name, or a noun in apposition to one ("Conrad Black, a former newspaper publisher")."""
    return noun.ent_type_ == "PERSON" or (noun.dep_ == "appos" and noun.head.ent_type_ == "PERSON")


def _possessed(noun: "Token") -> bool:
    """A noun with a possessor of its own ("its ties"): a relation of that possessor, not a further party."""
    return any(c.dep_ == "poss" for c in noun.children)


def _plural_before(pronoun: "Token") -> bool:
    """An object "them" after a plural noun of its sentence that is neither a subject nor what "them" hangs on ("met
    with heads of private companies, calling on them to ..."): the people or things just named, not the last actor
    mentioned; "I had discussions with them" still looks further back (fresh18, read in session 42)."""
    if pronoun.lower_ != "them" or pronoun.dep_ not in {"dobj", "dative", "pobj"}:
        return False
    above = {t.i for t in pronoun.ancestors}
    return any(t.tag_ in {"NNS", "NNPS"} and t.dep_ not in {"nsubj", "nsubjpass"} and t.i not in above
               for t in pronoun.sent[: pronoun.i - pronoun.sent.start])


def _other_side(ctx: Context, noun: "Token", possessor: Entity | None) -> bool:
    """"Ukraine's Western partners", "Russia's allies": a relation's possessor is the side the noun is
    reckoned from, not the party it names (``counterpart`` in noun_classes.tsv; a corpus read, session 37). An
    alliance's allies are its members: "NATO's eastern flank allies" stay NATO's."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ctx.rules.counterpart:
        return False
    return not (noun.lemma_.lower() == "ally" and possessor is not None and (possessor.code or "").startswith("IGO"))


def _others_of_kind(token: "Token") -> "Token | None":
    """The conjunct whose kind ``token`` is one of: "He and other senior U.S. officials", "Lavrov and other Russian
    diplomats" (fresh13, read in session 37)."""
    for child in token.children:
        if child.dep_ == "conj" and child.pos_ == "NOUN" and any(
                m.dep_ in {"amod", "det"} and m.lower_ == "other" for m in child.children):
            return child
    return None


def _sponsor(ctx: Context, token: "Token") -> bool:
    """Whether ``token`` names the backer in a hyphened participle ("Iran-backed militia groups", "the United
    Nations-backed Government": ``sponsoring`` in verb_classes.tsv) of a party: the party is another (a corpus read and
    fresh13, session 37; PLV marks "U.S.-backed Kurdish fighters" as the fighters). A thing so made or funded stays its
    maker's ("froze a Chinese-funded gas pipeline" acts on China)."""
    top = token
    while top.dep_ == "compound" and top.head.i != top.i and top.head.i > top.i:
        top = top.head
    participle = top.head
    if top.dep_ not in {"npadvmod", "compound", "nmod"} or participle.i <= top.i or participle.tag_ not in {"VBN", "JJ"}:
        return False
    first = hyphen_first(participle)
    if participle.lemma_.lower() not in ctx.rules.sponsoring or first is None or first.i != top.i:
        return False
    backed = participle.head
    lemma = backed.lemma_.lower()
    # a party backed, not a thing funded: "froze a Chinese-funded gas pipeline" is aimed at its funder
    return bool(backed.pos_ == "PROPN" or backed.ent_type_ in {"ORG", "NORP", "GPE", "PERSON"} or sector_of_role(lemma)
                or lemma in ctx.rules.agent | ctx.rules.party_noun | ctx.rules.military)


def _named_as(ctx: Context, noun: "Token") -> bool:
    """"decrying the congressional move as an interference in Pakistan's affairs", "sees the drills as a provocation":
    the object of a verb of naming or judging, whose "as" phrase is what it is called, not whose it is (fresh12, read)."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in ctx.rules.naming | ctx.rules.judging


def noun_phrase_actor(ctx: Context, head: "Token") -> Actor | None:
    """The actor a noun phrase names: its own entity, else one in its modifiers, with a sector from its head noun."""
    own = entity_actor(ctx, head)
    if own is not None:
        return own
    candidates = _phrase_entities(ctx, head)
    if not candidates:
        return None
    candidates.sort(key=lambda a: (a.region_only, a.start or 0))
    best = candidates[0]
    # a border is its country's, with no sector ("the Serbian border" was SRBNON: the agents file's THE_BORDER [~NON])
    sector = sector_of_role(head.lemma_) if head.pos_ == "NOUN" and head.lemma_.lower() not in ctx.rules.border else None
    code = best.code
    if sector and code and len(code) == 3 and country_name(code) is not None:
        code = f"{code}{sector}"  # "Russian troops": RUSMIL; not "a Reuters reporter" (MED is no country): MED
    # "Russian troops" names the actor by its role; "the sidelines of the G7 summit" by the G7.
    name = ctx.text[head.left_edge.idx : head.idx + len(head.text)] if sector else best.name
    # The party is the whole phrase, "an army camp in western Kabul", coded through its entity.
    first, last = phrase_span(head)
    phrase: tuple[int, int] | None = (min(first, best.start if best.start is not None else first), max(last, best.end or last))
    if any(g.dep_ == "conj" for c in head.children if c.dep_ in {"amod", "compound", "poss", "nmod"} for g in c.children):
        phrase = None  # "Israeli and Palestinian negotiators": two parties, each its own mention
    return Actor(name=name, code=code, entity=best.entity, start=best.start, end=best.end,
                 region_only=best.region_only, phrase=phrase)


_TRADED = frozenset({"import", "export", "good", "product", "shipment"})


def affiliation_code(affiliation: str | None) -> str | None:
    """A speaker's affiliation as an actor code: a country stays its ISO code ("USA"); a body is coded as the actor
    dictionaries code it ("NATO" is IGOWSTNAT, as in the news: Stoltenberg's turn in a transcript was coded "NATO",
    exchange read part, session 43); an affiliation the gazetteer does not know stays as written."""
    if not affiliation or country_name(affiliation) is not None:
        return affiliation
    body = organisation(affiliation)
    if body is None:
        return affiliation
    return body.actor or actor_code(body.country, body.sector) or affiliation


def quoted_speaker(ctx: Context, token: "Token") -> Actor | None:
    """The speaker of the statement that holds ``token``, with their role's sector: coded by their affiliation,
    or uncoded ("Gallagher added")."""
    index = ctx.attribution_of(token.idx)
    speaker = ctx.partial.attributions[index].speaker if index is not None else None
    if speaker is None:
        return None
    code = affiliation_code(speaker.affiliation)
    sector = sector_of_role(speaker.role) if speaker.role else None
    if code and len(code) == 3 and sector and country_name(code) is not None:  # not "IGO" + a role's sector
        code = f"{code}{sector}"
    return Actor(name=speaker.name, code=code, entity=speaker.name)


def speaker_actor(ctx: Context, token: "Token") -> Actor | None:
    """"we" or "I" inside a quote: the speaker's side, or the speaker with their role's sector."""
    index = ctx.attribution_of(token.idx)
    if index is None:
        return None
    speaker = ctx.partial.attributions[index].speaker
    if speaker is None:
        return None
    if token.lower_ in ctx.rules.first_singular:
        return quoted_speaker(ctx, token)
    if speaker.affiliation:
        return Actor(name=token.text, code=affiliation_code(speaker.affiliation), entity=speaker.affiliation)
    return None


def addressed_side(ctx: Context, token: "Token") -> Actor | None:
    """"you" in a speaker's turn of a transcript whose other speakers all speak for one other side (a bilateral news
    conference: "I am glad to welcome you to Moscow", Putin to Scholz): that side. Not in a turn that answers a
    journalist's question (the journalist is addressed), nor where no other side, or several, speak."""
    attributions = ctx.partial.attributions
    index = ctx.attribution_of(token.idx)
    turn = attributions[index] if index is not None else None
    if turn is not None and turn.turn is not None:
        turn = attributions[turn.turn]  # a statement reported inside the turn: its speaker's turn
    if turn is None or turn.kind != "turn" or turn.answer_to is not None or turn.speaker is None:
        return None
    own = affiliation_code(turn.speaker.affiliation)
    others = {code: speaker for code, speaker in ctx.turn_sides.items() if code != own}
    if own is None or len(others) != 1:
        return None
    code, speaker = next(iter(others.items()))
    return Actor(name=token.text, code=code, entity=speaker.affiliation)


def _agrees(pronoun: "Token", noun: "Token", titles: frozenset[str] = frozenset()) -> bool:
    """Whether a third-person pronoun can stand for a noun: "he"/"she" for a person (or a person's title, ``titles``:
    "Serbia's president said his country ..."), "it" for no person and no plural; "they" is left alone ("the crimes
    with which they are charged" are the detainees', not those of the clause the noun hangs on)."""
    person = noun.ent_type_ == "PERSON" or (noun.tag_ == "NN" and noun.lemma_.lower() in titles)
    if pronoun.lower_ in {"he", "she", "him", "her", "his"}:
        return person and noun.tag_ not in {"NNS", "NNPS"}
    if pronoun.lower_ in {"it", "its"}:
        return not person and noun.tag_ not in {"NNS", "NNPS"}
    return False


def _plural_speakers(pronoun: "Token", subject: "Token") -> bool:
    """"they" as the subject of what a plural subject says: "Militants said they released dozens"."""
    return pronoun.lower_ == "they" and pronoun.dep_ in {"nsubj", "nsubjpass"} and subject.tag_ in {"NNS", "NNPS"}


def _complement_marks(children: "list[Token]") -> "list[Token]":
    """"We called for Russia to reciprocate": the parser makes "for" the mark of the complement
    clause; read it as the verb's own preposition ("call for"), since the clause is its object."""
    return [m for c in children if c.dep_ in {"advcl", "ccomp"} for m in c.children
            if m.dep_ == "mark" and m.pos_ == "SCONJ" and m.i < c.i and m.lower_ in {"for", "on", "upon"}]


class Coder:
    """Reads actors, recipients and triggers for the constructions; remembers the last actor."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.rules = ctx.rules
        self.lex = ctx.rules.lexicon
        self.last_actor: Actor | None = None
        # the two sides of the last meeting coded with both: whom "the two leaders" of a readout are
        self.last_meeting: tuple[Actor, Actor] | None = None

    def event_actor(self, actor: Actor | None) -> EventActor | None:
        """``actor`` as an event's party record."""
        return _event_actor(self.ctx, actor)

    # -- actors ----------------------------------------------------------------------
    def past_dateline(self, token: "Token") -> "Token":
        """"CAIRO (AP) - President Fawzi granted ...": a dateline parsed as the subject stands for
        the words in apposition to it after the dateline."""
        if token.i not in self.ctx.dateline:
            return token
        return next((c for c in token.children if c.dep_ == "appos" and c.i not in self.ctx.dateline), token)

    def actor_of_token(self, token: "Token", depth: int = 0) -> Actor | None:
        if depth > self.rules.settings.actor_depth:
            return None
        token = self.past_dateline(token)
        lower, rules = token.lower_, self.rules
        if lower in rules.relative and token.dep_ in _SUBJECTS:
            antecedent = grammar.relative_antecedent(token)
            return self.actor_of_token(antecedent, depth + 1) if antecedent is not None else None
        others = _others_of_kind(token)
        if others is not None and (token.pos_ == "PRON" or (token.pos_ == "PROPN" and noun_phrase_actor(self.ctx, token) is None)):
            found = self.actor_of_token(others, depth + 1)
            if found is not None and found.code:
                return found  # "He and other senior U.S. officials held talks": one of them
        if token.pos_ == "PRON" and (lower in rules.first_plural or lower in rules.first_singular):
            return speaker_actor(self.ctx, token) or self.own_voice(token) or self.last_actor
        if token.pos_ == "PRON" and lower in rules.third:
            return self.pronoun_antecedent(token, depth)
        if token.pos_ == "PRON" and lower in rules.second and (addressed := addressed_side(self.ctx, token)) is not None:
            return addressed
        return noun_phrase_actor(self.ctx, token) or self.own_head(token) or self.possessed_state(token, depth)

    def named_person(self, token: "Token") -> bool:
        """A token of a person's name as the entity pass reads it, whatever label NER gave it."""
        found = self.ctx.entity_at.get(token.i)
        return found is not None and found[0].type == "PERSON"

    def is_person(self, token: "Token") -> bool:
        """A person's name, by NER or by the entity pass."""
        return token.ent_type_ == "PERSON" or self.named_person(token)

    def possessed_state(self, token: "Token", depth: int) -> Actor | None:
        """"Putin said his country will not lift the ban": a state noun (``own_state`` in noun_classes.tsv) whose
        possessive is a pronoun is the state of the party the pronoun stands for; "his government" its government."""
        if token.tag_ != "NN" or token.lemma_.lower() not in self.rules.own_state:
            return None  # not "both our countries": each side's
        owner = next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)
        if owner is None or any(c.dep_ in {"amod", "compound", "nmod"} for c in token.children):
            return None  # "his home country", "their host nation": another state than theirs
        # whose, from the sentence or the speaker only: the last party named elsewhere is too often another's
        if owner.lower_ in self.rules.first_plural or owner.lower_ in self.rules.first_singular:
            found = speaker_actor(self.ctx, owner) or self.own_voice(owner)
        else:
            antecedent = self.possessive_antecedent(owner)
            found = self.actor_of_token(antecedent, depth + 1) if antecedent is not None else None
        if found is None or not found.code or country_name(country := found.code[:3]) is None:
            return None
        code = f"{country}GOV" if token.lemma_.lower() in {"government", "administration"} else country
        return Actor(name=self.ctx.text[owner.idx : token.idx + len(token.text)], code=code, entity=found.entity,
                     start=owner.idx, end=token.idx + len(token.text))

    def own_voice(self, token: "Token") -> Actor | None:
        """"We are continuing to closely consult with Allies" in a White House statement no one is quoted in: a
        government's own record speaks for that government, not for the last party it named ("Russia", exchange
        shown-event read, session 43). Not inside a quote whose speaker is unknown: that is someone else's voice."""
        code = self.ctx.own_government
        if code is None or self.ctx.attribution_of(token.idx) is not None:
            return None
        return Actor(name=token.text, code=code, entity=None, start=token.idx, end=token.idx + len(token.text))

    def own_head(self, token: "Token") -> Actor | None:
        """"The President met with the Qatari leader" in a White House briefing, "the President" in a Kremlin transcript:
        the bare title of a head of government (``own_head`` in noun_classes.tsv, with "the" and nothing else naming
        whose) in a government's own record is that government's; in the news it stays unknown."""
        code = self.ctx.own_government
        if code is None or token.lemma_.lower() not in self.rules.own_head or token.tag_ in {"NNS", "NNPS"}:
            return None  # "The Presidents agreed": both sides
        modifiers = [c for c in token.children if c.dep_ not in {"det", "punct", "case"}]  # "the President's meeting"
        if modifiers or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
            return None
        return Actor(name=token.text, code=code, entity=None, start=token.idx, end=token.idx + len(token.text))

    def antecedent_token(self, token: "Token") -> "Token | None":
        """The words a subject pronoun stands for: "The ELN has said it will release ...": the ELN."""
        if token.pos_ != "PRON" or token.lower_ not in self.rules.third | self.rules.first_plural:
            return None
        verb, governor, say = token.head, token.head.head, self.rules.say
        while governor.i != verb.i and governor.dep_ in {"conj", "xcomp", "ccomp"} and governor.lemma_ not in say:
            verb, governor = governor, governor.head
        if governor.i != verb.i and governor.lemma_ in say:
            subject = grammar.subject_of(governor, self.rules)
            if subject is not None and subject.i != token.i and subject.pos_ in {"NOUN", "PROPN"}:
                return subject
        return self.governing_subject(token)

    def governing_subject(self, token: "Token") -> "Token | None":
        """"Putin arrived in Ankara, where he met Erdogan", "the army entered the town after it
        shelled ...": a pronoun subject of a clause that hangs on another stands for that clause's
        subject, if they agree (a person for "he"/"she", not a person for "it"); not a possessive
        ("due to its crackdown" may be anyone's)."""
        if token.dep_ not in _SUBJECTS or token.lower_ not in self.rules.third or token.head.dep_ in {"ROOT", "ccomp"}:
            return None
        for verb in _verbs_above(token.head, self.rules.settings.clause_depth):
            subject = grammar.subject_of(verb, self.rules)
            if subject is not None and subject.i != token.i and subject.pos_ in {"NOUN", "PROPN"}:
                return subject if _agrees(token, subject) else None
        return None

    def pronoun_antecedent(self, token: "Token", depth: int) -> Actor | None:
        # "Hungary has said it will support ...": the subject of the governing say-verb.
        verb = token.head
        governor = verb.head
        say = self.rules.say
        while governor.i != verb.i and governor.dep_ in {"conj", "xcomp", "ccomp"} and governor.lemma_ not in say:
            verb, governor = governor, governor.head
        if governor.i != verb.i and governor.lemma_ in say:
            subject = grammar.subject_of(governor, self.rules)
            if subject is not None and subject.i != token.i:
                found = self.actor_of_token(subject, depth + 1)
                if found is not None and ((token.lower_ in _PERSONAL and is_media(found.code)) or (
                        token.lower_ in _IMPERSONAL and self.is_person(subject))):
                    # '"... but he was turned down," Fox News reported': "he" is no outlet (PolNeAR read); "we would
                    # impose sanctions if it invaded, Biden said": "it" is not Biden
                    found = None
                if found is not None:
                    return found
                if subject.pos_ in {"NOUN", "PROPN"} and (_agrees(token, subject) or _plural_speakers(token, subject)):
                    # "The rebel group said it would attack", "Militants said they released dozens": the group,
                    # which no dictionary codes, not the last actor of an earlier sentence (issue 12)
                    return None
        governing = self.governing_subject(token) or self.possessive_antecedent(token) or object_antecedent(token, self.rules)
        found = self.actor_of_token(governing, depth + 1) if governing is not None else None
        if found is None and governing is not None and _agrees(token, governing):
            return None  # an antecedent in the sentence, uncoded: not the last actor mentioned
        if found is None and _plural_before(token):
            return None
        return found or self.last_actor

    def possessive_antecedent(self, token: "Token") -> "Token | None":
        """"The rebel group announced its attack", "the governor said his arrest ...": a possessive
        "its"/"his"/"her" stands for the subject of a clause it is in that comes before it and agrees
        with it (issue 12: it fell back to the last actor mentioned, often another sentence's)."""
        if token.dep_ != "poss" or token.lower_ not in self.rules.third:
            return None
        for verb in _verbs_above(token, self.rules.settings.clause_depth + 2):
            subject = grammar.subject_of(verb, self.rules)
            if (subject is not None and subject.i < token.i and token.i not in {t.i for t in subject.subtree}
                    and subject.pos_ in {"NOUN", "PROPN"} and _agrees(token, subject, self.rules.person_title)):
                return subject
        return None

    def verb_actor(self, verb: "Token", depth: int = 0) -> Actor | None:
        subject = grammar.subject_of(verb, self.rules) or self.mistagged_subject(verb)
        if subject is not None:
            return self.actor_of_token(subject)
        if depth > self.rules.settings.clause_depth:
            return None
        if pleased_speaker(verb, self.rules):  # "It is a pleasure to welcome ...": the speaker welcomes
            return quoted_speaker(self.ctx, verb) or self.own_voice(verb)
        if verb.dep_ == "xcomp" and (raised := grammar.passive_subject(verb.head)) is not None:
            # "Obama is scheduled to attend", "Iran is expected to reject": the passive's subject acts
            return self.actor_of_token(raised)
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
            return None  # "the leader is dead, killed in an operation": the governing subject is the victim
        if verb.dep_ == "pcomp" and verb.head.lower_ in self.rules.manner_preps and verb.head.head.pos_ in {"VERB", "AUX"}:
            if any(c.dep_ in {"auxpass", "nsubjpass"} for c in [*verb.children, *verb.head.head.children]):
                # "thanked his supporters after being freed": he is freed, by someone else; "civilians were displaced
                # by fighting between rebels and forces": the gerund is the passive's agent
                return None
            # "France responded to the attack by destroying Ivory Coast's air force": who responded destroys
            return self.verb_actor(verb.head.head, depth + 1)
        if verb.dep_ in {"conj", "xcomp", "advcl", "acomp", "pcomp"}:
            # "Norway is willing to send ...", "before allowing ...": the governing clause's subject
            return self.verb_actor(verb.head, depth + 1)
        if verb.dep_ in {"acl", "relcl"}:
            author = self.document_author(verb)
            found = self.actor_of_token(author) if author is not None else None
            if found is None and any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children):
                return None  # "Iran Shipping Lines, which itself is sanctioned": the noun is what is acted on
            return found or self.actor_of_token(verb.head)
        return None

    def mistagged_subject(self, verb: "Token") -> "Token | None":
        """"USAID provided shelter materials": a main verb with no subject, whose dependent before it is a
        name the entity pass knows, which the tagger read as an adverb; that name is the subject."""
        if verb.dep_ != "ROOT":
            return None
        return next((c for c in verb.children if c.i < verb.i and c.dep_ in {"advmod", "npadvmod", "dep"}
                     and c.i in self.ctx.entity_at and c.left_edge.i == c.i), None)

    def document_author(self, verb: "Token") -> "Token | None":
        """"The EU issued a statement condemning Russia": who issued the document a reduced
        relative hangs on (``document`` in noun_classes.tsv) is who condemns."""
        document = verb.head
        if verb.dep_ not in {"acl", "relcl"} or document.dep_ not in {"dobj", "nsubjpass"}:
            return None
        if document.lemma_.lower() not in self.rules.document:
            return None
        return grammar.subject_of(document.head, self.rules)

    def clause_actor(self, clause: "Token") -> Actor | None:
        """Who acts in a clause; in a cleft ("it is Russia that ..."), the one it singles out."""
        subject = grammar.subject_of(clause, self.rules)
        if subject is not None and subject.lower_ == "it" and clause.lemma_ == "be":
            for child in clause.children:
                if child.dep_ == "attr":
                    return self.actor_of_token(child)
        if subject is not None:
            return self.actor_of_token(subject)
        return None

    # -- recipients ------------------------------------------------------------------
    def recipient_of(self, head: "Token", actor: Actor | None, skip: set[int], kind: str | None = None) -> Actor | None:
        """First actor among the objects and prepositional objects of ``head``; for an event ``kind`` done "against"
        someone (``against_target`` in types.tsv), the party "against" first."""
        found: list[tuple[float, Actor]] = []
        preps = self.rules.recipient_preps
        children = [c for c in head.children if c.i not in skip and not self.reason_phrase(c) and not self.fronted_event(c, head)
                    and not self.barred_activity(c)]
        # "returned six Iraqi artifacts to the government of Iraq": the party a thing goes to
        # ranks before the thing
        goes_to = any(c.dep_ == "dobj" and self._thing(c) for c in children)
        topic = head.lemma_.lower() in self.rules.topic  # "discussed Libya with Trump": Trump
        children = [c for c in children if not _second_object(c)]
        for child in children:
            if (child.dep_ in _OBJECTS and child.pos_ != "ADP") or child.dep_ == "nsubjpass":
                restated = self._restated_act(child, kind)
                # "reaffirmed U.S. support for Ukraine": the object restates the act; its owner is the actor's side
                candidate = self.recipient_of(restated, actor, set(), kind) if restated is not None else (
                    self._border_partner(child, head, actor) or self.actor_of_token(child))
                if candidate is not None:
                    found.append((len(preps) + 1 if topic and child.dep_ == "dobj" else 0, candidate))
                if topic and child.dep_ == "dobj":
                    found += self._partner_on_topic(child, preps)
            elif child.dep_ in {"prep", "agent", "dative"} and child.lower_ in preps:  # "granted a pardon to X": "to" a dative
                if child.lower_ == "in" and kind in self.rules.joint:
                    continue  # "cooperating in Syria", "met in Geneva": where, not with whom (a corpus read, session 36)
                if self.on_topic(child, kind):
                    continue  # "held talks on Syria": what about, not with whom (session 38)
                rank = -1 if goes_to and child.lower_ == "to" else 1 + preps.index(child.lower_)
                if child.lower_ == "against" and kind in self.rules.against_target:
                    rank = -2
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        candidate = self.actor_of_token(pobj)
                        if candidate is not None:
                            found.append((rank, candidate))
        if actor is not None:
            found = [(r, a) for r, a in found if not same_actor(a, actor)]
        if not found:
            return None
        found.sort(key=lambda item: (item[1].region_only, item[0]))
        return found[0][1]

    def _partner_on_topic(self, topic: "Token", preps: tuple[str, ...]) -> list[tuple[float, Actor]]:
        """"discussed the situation in Ukraine with Russia": the parser hangs the partner's "with" on what is discussed;
        it ranks as a "with" on the verb, before the places the topic names."""
        return [(1 + preps.index("with"), candidate) for prep in topic.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for pobj in prep.children if pobj.dep_ == "pobj" and pobj.ent_type_ in {"GPE", "ORG", "PERSON", "NORP"}
                and (candidate := self.actor_of_token(pobj)) is not None]

    def _restated_act(self, obj: "Token", kind: str | None) -> "Token | None":
        """An object that is an event noun of the verb's own type ("reaffirmed the United States' support for Ukraine",
        "approved $800 million in assistance to Ukraine"): the act restated, whose own words name the recipient."""
        noun = self.paid_as(obj)
        entry = self.noun_entry(noun) if noun.pos_ == "NOUN" else None
        pledged = noun.lemma_.lower() in self.rules.pledged  # "reaffirmed the United States' commitment to Ukraine"
        return noun if kind is not None and ((entry is not None and entry.type == kind) or pledged) else None

    def sum_of_money(self, token: "Token") -> bool:
        """"$2 billion", and "500 million euros", "1 billion rupees" (a currency, ``currency`` in noun_classes.tsv, with a
        number: the model often tags these CARDINAL, not MONEY)."""
        return token.ent_type_ == "MONEY" or (token.lemma_.lower() in self.rules.currency and any(
            c.dep_ == "nummod" or c.like_num for c in token.children))

    def paid_as(self, token: "Token") -> "Token":
        """What a sum is paid "in" ("$800 million in security assistance": the assistance); any other token itself."""
        if not self.sum_of_money(token):
            return token
        return next((p for prep in token.children if prep.lower_ == "in" for p in prep.children if p.dep_ == "pobj"), token)

    def on_topic(self, prep: "Token", kind: str | None) -> bool:
        """The "on" phrase of an event type whose "on" says what it is about (``on_topic`` in types.tsv): "held talks on
        Syria", "exchanged views on the situation with Russia's recognition of ...": a topic, whose parties are none."""
        return prep.dep_ == "prep" and prep.lower_ == "on" and kind in self.rules.on_topic

    def barred_activity(self, prep: "Token") -> bool:
        """The "from" phrase of a verb of barring (``barring`` in verb_classes.tsv): what is barred, whose places are no
        party ("are barred from travel to the United States", "banned from entering the country")."""
        if prep.dep_ != "prep" or prep.lower_ != "from" or prep.head.lemma_.lower() not in self.rules.barring:
            return False
        # "banned seafood imports from Japan": goods banned "from" a state come from it (the parser hangs "from" on the verb)
        return not any(c.dep_ == "dobj" and c.lemma_.lower() in _TRADED for c in prep.head.children)

    def _answers(self, prep: "Token") -> bool:
        """"in response to Russia's military build-up": a preposition naming what an act answers (``reaction`` in
        noun_classes.tsv) names no one acting, nor a meeting's partner."""
        return prep.dep_ == "prep" and any(p.dep_ == "pobj" and p.lemma_.lower() in self.rules.reaction
                                           for p in prep.children)

    def reason_phrase(self, prep: "Token") -> bool:
        """"on charges of spying for Israel", "on suspicion of insulting the state", "in connection
        with the attack": a preposition giving the reason names no recipient, whoever it mentions."""
        return prep.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in self.rules.reason for p in prep.children)

    def fronted_event(self, prep: "Token", head: "Token") -> bool:
        """"On a visit to Ghana, the president praised ...": a preposition before the verb whose
        object is another event sets the scene; whom that event concerns is no recipient here."""
        return prep.dep_ == "prep" and prep.i < head.i and any(
            p.dep_ == "pobj" and self.noun_entry(p) is not None for p in prep.children)

    def _thing(self, obj: "Token") -> bool:
        """Whether an object is a thing ("six Iraqi artifacts", "Russian-made arms"), not a party
        named as the object (an entity, a person, a pronoun, people by their role)."""
        if obj.pos_ == "PRON" or obj.ent_type_ in self.rules.people_labels:
            return False
        return entity_actor(self.ctx, obj) is None and sector_of_role(obj.lemma_) is None

    def _border_neighbour(self, place: "Token", actor: Actor | None) -> Actor | None:
        """"on Russia's borders with Ukraine": Ukraine; also when the parser hangs "with Ukraine" on the
        verb beside "along the border" ("beefed up its presence along the border with the Gaza Strip")."""
        siblings = [c for c in place.head.head.children if c.i > place.i] if place.dep_ == "pobj" else []
        for sub in list(place.children) + siblings:
            if sub.dep_ == "prep" and sub.lower_ in self.rules.border_preps:
                for target in sub.children:
                    found = self.actor_of_token(target)
                    if found is not None and not same_actor(found, actor):
                        return found
        return None

    def _border_partner(self, obj: "Token", verb: "Token", actor: Actor | None) -> Actor | None:
        """"closed Venezuela's land borders with Brazil and Colombia": a border closed or opened is closed on the country
        across it, named "with" on the border or on the verb (the border's owner is the actor's side)."""
        if obj.lemma_.lower() not in self.rules.border:
            return None
        for prep in [*obj.children, *(c for c in verb.children if c.i > obj.i)]:
            if prep.dep_ == "prep" and prep.lower_ in self.rules.border_preps and prep.lower_ != "of":
                for target in prep.children:
                    found = self.actor_of_token(target) if target.dep_ == "pobj" else None
                    if found is not None and not same_actor(found, actor):
                        return found
        return None

    def location_recipient(self, head: "Token", actor: Actor | None) -> Actor | None:
        """Where troops are: "troops in Moldova", "troops on Russia's borders with Ukraine"."""
        heads = [head] + ([head.head.head] if head.dep_ == "pobj" else []) + ([head.head] if head.dep_ in {"dobj", "nsubj"} else [])
        for owner in heads:
            for prep in owner.children:
                if prep.dep_ != "prep" or prep.lower_ not in self.rules.locative_preps:
                    continue
                for place in prep.children:
                    if place.dep_ != "pobj":
                        continue
                    if place.lemma_.lower() in self.rules.border:
                        neighbour = self._border_neighbour(place, actor)
                        if neighbour is not None:
                            return neighbour
                    found = self.actor_of_token(place)
                    if found is not None and not same_actor(found, actor):
                        return found
        return None

    def border_owner(self, head: "Token") -> Actor | None:
        """"troops on Russia's borders": Russia."""
        owner = head.head.head if head.dep_ == "pobj" else head
        for prep in owner.children:
            if prep.dep_ == "prep":
                for place in prep.children:
                    if place.dep_ == "pobj" and place.lemma_.lower() in self.rules.border:
                        for child in place.children:
                            if child.dep_ == "poss":
                                return self.actor_of_token(child)
        return None

    def sentence_country(self, verb: "Token", exclude: Actor | None, *, domestic: bool = True, kind: str | None = None) -> Actor | None:
        """First country or organisation named in the sentence outside the clause's object; the
        recipient's only if none other and ``domestic`` ("Up to 100 ethnic Albanians demonstrated in
        Serbia": Serbians, in Serbia). "The ruling party condemned Russia" is not Russia condemning Russia
        (issue 12: self-loops); "the heads of state condemned the threats made by the United States" is not
        the United States condemning: a party named in a clause inside what is acted on is no guess for
        who acts (a party named in the object itself is: "police arrested Iraqi protesters")."""
        acted_on = {t.i for c in verb.children if c.dep_ in {"dobj", "dative"} for clause in c.subtree
                    if clause.dep_ in {"acl", "relcl"} for t in clause.subtree}
        # "Akhundzada alleged that the American side violated the agreement": what is said or alleged names whom
        # it is about; "the government, which believed the vessels were Chinese, demanded ...": a clause on the
        # subject says what the subject thinks or did, not who it is (a corpus read, session 37)
        if verb.lemma_.lower() in self.rules.say | self.rules.allegation:
            acted_on |= {t.i for c in verb.children if c.dep_ == "ccomp" for t in c.subtree}
        subject = grammar.subject_of(verb, self.rules)
        if subject is not None:
            acted_on |= {t.i for clause in subject.subtree if clause.dep_ == "relcl" and clause.i != subject.i
                         for t in clause.subtree}
        # "the leaders exchanged views on ... Russia's recognition of ...": a topic too; so is a reason or what is spoken
        # of ("With respect to Iran, the two leaders discussed this": session 45)
        acted_on |= {t.i for head in [verb, *(c for c in verb.children if c.dep_ == "dobj")] for p in head.children
                     if self.on_topic(p, kind) or self.reason_phrase(p) or self._answers(p) for t in p.subtree}
        if verb.lemma_.lower() in self.rules.topic:  # "the leaders discussed ... Russian aggression": a topic, no party
            # (also what "including" adds to it: "..., including preparations to impose costs on Russia")
            acted_on |= {t.i for c in verb.children if c.dep_ == "dobj" or (
                c.dep_ == "prep" and (c.lower_ in self.rules.topic_preps or c.lower_ == "including")) for t in c.subtree}
        fallback = None
        for token in verb.sent:
            if token.i in acted_on or self._border_name(token) or self._venue_of_joint_act(token, kind, exclude):
                continue
            found = entity_actor(self.ctx, token)
            if found is None or found.region_only or (found.code or "")[3:6] == "MED" or found.code == "MED":
                continue  # "Police arrested New York Times reporter John Smith in Myanmar": an outlet is no country
            if not same_actor(found, exclude):
                return found
            fallback = fallback or found
        # "had lunch with [former President Tsai Ing-wen]": a meeting of a party with itself is no guess (fresh6, read)
        return fallback if domestic and not self.done_together(kind) else None

    def done_together(self, kind: str | None) -> bool:
        """A meeting or joint work (``joint`` in types.tsv), not a promise, whose modality is the event (``modal_type``:
        "Omar Khalil agreed to step down from the Sudanese cabinet" is Sudan's own)."""
        return kind in self.rules.joint and kind not in self.rules.modal_type

    def _venue_of_joint_act(self, token: "Token", kind: str | None, other: Actor | None) -> bool:
        """"the two leaders held talks in Vienna", "discussed the summit in Geneva": where a meeting or an accord
        happens is seldom who takes part (an exchange corpus read, session 45), unless it is the other side's own
        country ("Activists met Chinese officials in Beijing": Chinese activists); a protest or an arrest "in Serbia"
        is still done by Serbians (``domestic``)."""
        if kind not in self.rules.joint:
            return False
        found = entity_actor(self.ctx, token)
        if found is None or (other is not None and other.code and (found.code or "")[:3] == other.code[:3]):
            return False
        head = token
        while head.dep_ in {"compound", "amod", "flat", "appos"} and head.head.i != head.i:
            head = head.head
        return head.dep_ == "pobj" and head.head.lower_ in self.rules.place_preps

    def _border_name(self, token: "Token") -> bool:
        """"near the Cameroon border": a country that only says which border is a place, not who acts."""
        return token.dep_ in {"compound", "amod"} and token.head.lemma_.lower() in self.rules.border

    def _first_entity(self, tokens: "list[Token]", skip: set[int], actor: Actor | None) -> Actor | None:
        for token in tokens:
            if token.i in skip:
                continue
            found = entity_actor(self.ctx, token)
            if found is not None and not same_actor(found, actor):
                return found
        return None

    def _meeting_before(self, prep: "Token", verb: "Token") -> bool:
        """A phrase before the verb naming a meeting held first, which sets the scene and is not acted on: "Following
        talks with Mauritius Prime Minister Ramgoolam, both leaders reaffirmed ..." (read part p050, session 47)."""
        if prep.dep_ != "prep" or prep.i > verb.i:
            return False
        entries = [self.noun_entry(p) for p in prep.children if p.dep_ == "pobj" and p.pos_ == "NOUN"]
        return any(entry is not None and entry.type == "CONSULT" for entry in entries)

    def subtree_recipient(self, verb: "Token", actor: Actor | None, subject: "Token | None", kind: str | None = None) -> Actor | None:
        """Any other actor named inside the clause: "killed two Iraqi youths", "curfew in Abidjan"; in what something is
        about only for an accusation ("complained about the U.S. sanctions"); where a joint event (``joint`` in types.tsv)
        is held is not its other party ("cooperating in Syria")."""
        beside = self._beside_the_act(verb, actor, kind)
        subject_tokens = ({t.i for t in subject.subtree} if subject is not None else set()) | beside
        skip = set(subject_tokens)
        topic = verb.lemma_.lower() in self.rules.topic  # "discussed ... Russian aggression": what is talked about
        # "calling on them to overcome U.S. restrictions": whom it asks is named; what they are to act on is not it
        addressed = self.addressed(verb)
        for child in verb.children:
            if child.dep_ in {"ccomp", "advcl", "relcl", "conj", "punct"} or self.reason_phrase(child) or (
                    topic and (child.dep_ == "dobj" or (child.dep_ == "prep" and child.lower_ == "including"))) or (addressed and child.dep_ == "xcomp") or self.barred_activity(child) or self._meeting_before(child, verb):
                skip.update(t.i for t in child.subtree)
            elif child.dep_ == "prep" and child.lower_ == "since":
                # "providing since the start of the Biden Administration more than $6.3 billion ... to support Ukraine":
                # a time the act is counted from names no party acted on (exchange corpus diff, session 43); "after"
                # often names the other side ("called off the strike after the agreement with the government": PLV)
                skip.update(t.i for t in child.subtree)
        # "imposed a curfew in the province, where forces are battling Taliban militants": a "where" clause says what
        # else happens at the place; the parties it names are not acted on
        skip.update(t.i for clause in verb.subtree if clause.dep_ == "relcl" and clause.i != verb.i
                    and any(c.lower_ == "where" for c in clause.children) for t in clause.subtree)
        # "to address the challenges China brings": a relative clause with no relative word tells what its own subject
        # does ("an attack in which gunmen stormed the mosque in Egypt" still tells of the attack)
        skip.update(t.i for clause in verb.subtree if clause.dep_ == "relcl" and clause.i != verb.i
                    and any(c.dep_ == "nsubj" for c in clause.children)
                    and not any(t.lower_ in self.rules.relative for t in clause.subtree if t.i < clause.i) for t in clause.subtree)
        # "has deported more people than any other president — more than even President George W. Bush": what an act is
        # measured against is not acted on (PolNeAR read, session 46)
        skip.update(t.i for comparison in verb.subtree if comparison.lower_ == "than" for t in comparison.subtree)
        # "granted a pardon to Conrad Black, a publisher who has written a biography of Trump": what a relative clause
        # tells of a person is no party to the act done to them (PLV read, session 46)
        skip.update(t.i for clause in verb.subtree if clause.dep_ == "relcl" and clause.i != verb.i
                    and _of_a_person(clause.head) for t in clause.subtree)
        # "dismissed concerns about Trump's threat": what something is about is not acted on (fresh12, read)
        if kind != "ACCUSE":
            skip.update(t.i for prep in verb.subtree if (prep.dep_ == "prep" and prep.lower_ in _ABOUT) or self.on_topic(prep, kind)
                        for t in prep.subtree)
        found = self._first_entity(list(verb.subtree), skip, actor)
        if found is not None:
            return found
        # Second chance: purpose and time clauses ("... to demand the resignation of X",
        # "when they blew themselves up in Tel Aviv"), never the reported speech (ccomp), nor when a request names
        # whom it asks ("called on democratic nations to ..., as trade is weaponized by Beijing": not Beijing).
        if addressed:
            return None
        for child in verb.children:
            # not a clause of saying: "rejected the warrant, telling journalists he would ask Russia ..."
            # nor the purpose of a meeting or a joint act: "agreed to work together to ensure that our engagement with
            # Russia is coordinated" is no cooperation with Russia (a promise's purpose may name whom it is made to:
            # "committed assets to support efforts led by France"; an exchange corpus read, session 45)
            if child.dep_ in {"advcl", "conj"} and child.lemma_.lower() not in self.rules.say and not (
                    self.done_together(kind) and child.dep_ == "advcl" and grammar.to_infinitive(child)):
                found = self._first_entity(list(child.subtree), subject_tokens, actor)
                if found is not None:
                    return found
        return None

    def _beside_the_act(self, verb: "Token", actor: Actor | None, kind: str | None) -> set[int]:
        """Tokens of a clause that name no party it acts on: where a joint event is held ("cooperating in Syria"), what a
        meeting answers ("consulting on a common approach in response to Russia's military build-up"), the actor's own
        forces moved ("8,000 US troops have been stationed in ..."; "forces of the UN mission in the Central African
        Republic have been deployed" still aim at the CAR); all but the partner's own words when a meeting's partner is
        named "with", if uncoded ("consult closely with our European allies to determine ...")."""
        found: set[int] = set()
        if kind in self.rules.joint:
            found.update(t.i for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "in" for t in prep.subtree)
        if self.done_together(kind):
            partners = [prep for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
                        and any(p.dep_ == "pobj" for p in prep.children)]
            if partners:
                # only in the partner's own words ("with our allies and partners and Congress", "with all our partners,
                # including ... US President Joseph Biden"), not in a clause about them ("with the ALDE group, which is
                # led by the former Belgian prime minister")
                named = {t.i for prep in partners for t in prep.subtree} - {
                    t.i for prep in partners for clause in prep.subtree if clause.dep_ == "relcl" for t in clause.subtree}
                found.update(t.i for t in verb.subtree if t.i not in named)
            found.update(t.i for prep in verb.subtree if self._answers(prep) for t in prep.subtree)
        moved = grammar.passive_subject(verb) if kind == "MOBILIZE" else None
        if moved is not None and actor is not None and actor.code:
            found.update(t.i for t in moved.subtree if (party := entity_actor(self.ctx, t)) is not None
                         and (party.code or "")[:3] == actor.code[:3])
        return found

    def addressed(self, verb: "Token") -> bool:
        """Whether a verb of asking (``request`` in modality.tsv) names whom it asks: an object ("urged them"), or "on"
        a party ("calling on them"; not "on Saturday")."""
        lemma = verb.lemma_.lower()
        if lemma not in self.rules.request and f"{lemma} on" not in self.rules.request:
            return False
        return any(c.dep_ in {"dobj", "dative"} or (c.dep_ == "prep" and c.lower_ == "on" and any(
            p.dep_ == "pobj" and p.ent_type_ not in self.rules.date_labels for p in c.children)) for c in verb.children)

    def complement_recipient(self, verb: "Token", actor: Actor | None, objects: bool = True) -> Actor | None:
        """"accused Russia of ...", "urged Israel to withdraw": the complement's subject or (``objects``) first object."""
        marked = {m.head.i for m in _complement_marks(list(verb.children))}  # "called for Russia to withdraw"
        for child in verb.children:
            if child.dep_ in {"xcomp", "ccomp"} or child.i in marked:
                subject = grammar.subject_of(child, self.rules)
                if subject is not None:
                    found = self.actor_of_token(subject)
                    if found is not None and not same_actor(found, actor):
                        return found
                found = self.recipient_of(child, actor, set()) if objects else None
                if found is not None:
                    return found
        return None

    # -- triggers --------------------------------------------------------------------
    def verb_entry(self, verb: "Token") -> tuple[Entry, str] | None:
        """The lexicon entry of a verb (and the phrase it matched), trying inflection guesses; a
        reduced passive's noun is its object ("people evacuated from Haiti")."""
        children = list(verb.children)  # read once: spaCy builds a Token on every access
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            phrase = f"{verb.lemma_.lower()} {verb.head.lemma_.lower()}"
            if phrase in self.lex.verbs:
                return self.lex.verbs[phrase], phrase
        # "called Britain's ambassador a stupid guy on Tuesday": a preposition of time makes no phrasal verb
        children = [c for c in children if not (c.dep_ == "prep" and any(
            p.dep_ == "pobj" and p.ent_type_ in self.rules.date_labels for p in c.children))]
        children += _complement_marks(children)
        particles = [c.lower_ for c in children if c.dep_ in {"prt", "prep"}]
        verbs = self.lex.verbs
        first = hyphen_first(verb)
        if first is not None and f"{first.lower_}-{verb.lemma_.lower()}" in verbs:
            return verbs[f"{first.lower_}-{verb.lemma_.lower()}"], f"{first.lower_}-{verb.lemma_.lower()}"
        for lemma in grammar.lemma_guesses(verb):
            if lemma in verbs or any(f"{lemma} {word}" in verbs for word in particles):
                return self.entry_for(children, lemma)
        return self.entry_for(children, verb.lemma_.lower())

    def _object_entry(self, children: "list[Token]", lemma: str) -> tuple[Entry, str] | None:
        """"violated the ceasefire agreement": the verb with its object or the object's compound modifier."""
        for child in children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                if self.counts(child):  # "withdrew the batch of 200 peacekeepers", "sent hundreds of doctors"
                    child = next((p for prep in child.children if prep.lower_ == "of" for p in prep.children
                                  if p.dep_ == "pobj"), child)
                child = self.paid_as(child)  # "approved $800 million in security assistance": the assistance
                # "called off the talks": verb, particle and object listed together ("call off talk"),
                # so "called the talks productive" is no cancellation
                particles = [f"{p.lower_} " for p in children if p.dep_ == "prt"]
                for word in [child.lemma_.lower()] + _object_modifiers(child):
                    for phrase in [f"{lemma} {p}{word}" for p in particles] + [f"{lemma} {word}"]:
                        entry = self.lex.verbs.get(phrase)
                        if entry is not None:
                            return entry, phrase
        return self._prepositional_object_entry(children, lemma)

    def _prepositional_object_entry(self, children: "list[Token]", lemma: str) -> tuple[Entry, str] | None:
        """"agreed to a trade deal", "agreed on a deal": a verb, its preposition and that preposition's
        object listed together (verbs.tsv ``agree to deal``), so the object settles the type."""
        for prep in children:
            if prep.dep_ != "prep":
                continue
            for pobj in prep.children:
                if pobj.dep_ not in {"pobj", "pcomp"}:  # "barred ... from entering the United States": a pcomp
                    continue
                # "put ... on a heightened sense of readiness", "a state of alert": what the light noun is "of"
                within = [p.lemma_.lower() for of in pobj.children if of.dep_ == "prep" and of.lower_ == "of"
                          for p in of.children if p.dep_ == "pobj"]
                for word in [pobj.lemma_.lower()] + _object_modifiers(pobj) + within:
                    phrase = f"{lemma} {prep.lower_} {word}"
                    entry = self.lex.verbs.get(phrase)
                    if entry is not None:
                        return entry, phrase
        return None

    def counts(self, noun: "Token") -> bool:
        """A noun that counts what its "of" names: "a batch of", "hundreds of", "300 of its citizens"."""
        return noun.lemma_.lower() in self.rules.partitive or noun.lower_ in self.rules.counting or noun.pos_ == "NUM"

    def entry_for(self, children: "list[Token]", lemma: str) -> tuple[Entry, str] | None:
        """The entry of a verb with these children read as ``lemma``: verb + infinitive, verb + object, phrasal verb,
        lemma."""
        for child in children:  # "ordered the French ambassador to leave the country": an expulsion (``order to leave``)
            phrase = f"{lemma} to {child.lemma_.lower()}"
            if child.dep_ in {"xcomp", "ccomp", "advcl"} and phrase in self.lex.verbs and grammar.to_infinitive(child):
                return self.lex.verbs[phrase], phrase
        found = self._object_entry(children, lemma)
        if found is not None:
            return found
        # "was returned to Spain": a passive's subject is its object, unless the passive is stative
        # ("forces were engaged in ethnic cleansing")
        stative = lemma in self.rules.stative_passive
        has_object = any(child.dep_ == "dobj" or (child.dep_ == "nsubjpass" and not stative) for child in children)
        for child in children:
            # A preposition makes a phrasal verb only without a direct object: "contributed to
            # this report" is not an event, "contributed troops to the force" is.
            phrase = f"{lemma} {child.lower_}"
            if child.dep_ in {"prt", "mark"} or (child.dep_ == "prep" and not has_object) or _verdict(child) or _adverb_particle(child):
                entry = self.lex.verbs.get(phrase)
                if entry is not None:
                    return entry, phrase
            if child.dep_ == "dobj" and phrase in self.rules.written_object and phrase in self.lex.verbs:
                return self.lex.verbs[phrase], phrase
        entry = self.lex.verbs.get(lemma)
        return (entry, lemma) if entry is not None else None

    def noun_entry(self, noun: "Token") -> Entry | None:
        """The noun lexicon entry of a noun, trying "martial law" and "state of emergency" first;
        none for a date ("on March 24" is no march)."""
        if noun.ent_type_ in self.rules.date_labels:
            return None
        lemma = noun.lemma_.lower()
        if noun.dep_ == "pobj" and (idiom := self.lex.nouns.get(f"{noun.head.lower_} {lemma}")) is not None and idiom.type == "-":
            return None  # "he was in charge of Ukraine": no charge
        for child in noun.children:
            if child.dep_ in {"amod", "compound"}:
                entry = self.lex.nouns.get(f"{child.lower_} {lemma}")
                if entry is not None:
                    return entry if entry.type != "-" else None  # "a great deal of experience": no deal
            elif child.dep_ == "prep" and child.lower_ in self.rules.noun_of_preps:
                for pobj in child.children:
                    entry = self.lex.nouns.get(f"{lemma} {child.lower_} {pobj.lemma_.lower()}")
                    if entry is not None:
                        return entry
            if child.dep_ == "prep" and (entry := self.lex.nouns.get(f"{lemma} {child.lower_}")) is not None and not (
                    (objects := [p for p in child.children if p.dep_ == "pobj"])
                    and all(p.ent_type_ in self.rules.date_labels for p in objects)):
                # the preposition's object is no date: "a strike on Rafah" is an attack, "a strike on Friday" a walkout
                # "Washington's call for full denuclearization": a demand, not a phone call; "a demonstration of the
                # power of our sanctions": no protest
                return entry if entry.type != "-" else None
            if child.dep_ == "acl" and grammar.to_infinitive(child) and (entry := self.lex.nouns.get(f"{lemma} to do")) is not None:
                return entry  # "its call to the authorities to drop all charges": a demand too
        if (entry := self.lex.nouns.get(f"{lemma} to do")) is not None and grammar.misattached_infinitive(noun) is not None:
            return entry  # the same, parsed as the subject of the infinitive it asks for or beside it
        found = self.lex.nouns.get(lemma) or self.lex.nouns.get(noun.lower_)
        if found is None and lemma in self.rules.light_noun:
            # "a mediation effort", "the curfew order": the event is the modifier
            for child in noun.children:
                if child.dep_ == "compound" and (found := self.lex.nouns.get(child.lemma_.lower())) is not None:
                    break
        return found

    def object_noun(self, verb: "Token") -> "Token | None":
        """The event noun a verb carries: its object ("launched an attack"), or "engaged in ethnic cleansing"."""
        stative = verb.lemma_.lower() in self.rules.stative_passive  # "forces were engaged in": the forces act
        for child in verb.children:
            if child.dep_ in {"dobj", "obj"} or (child.dep_ == "nsubjpass" and not stative):
                if self.noun_entry(child) is not None:
                    return child
                grows = child.lemma_.lower() in self.rules.growth  # "announced a sharp increase in military aid"
                if self.counts(child) or grows:  # "issued a series of warnings"
                    preps = {"of", "in"} if grows else {"of"}
                    for pobj in (p for prep in child.children if prep.lower_ in preps for p in prep.children):
                        if pobj.dep_ == "pobj" and self.noun_entry(pobj) is not None:
                            return pobj
                paid = self.paid_as(child)  # "received $2 billion in military aid", "500 million euros in aid"
                if paid.i != child.i and self.noun_entry(paid) is not None:
                    return paid
        if any(c.dep_ == "dobj" and c.lemma_.lower() in self.rules.document for c in verb.children):
            return None  # "issued a statement on the release": what the statement is about, not what was issued
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and self.noun_entry(verb.head) is not None:
            return verb.head  # "the lawsuits filed against the department", "sanctions imposed on Russia": a reduced passive
        for child in verb.children:
            # "engaged in ethnic cleansing"; not "In cooperation with partners, USAID provided ..."
            if child.dep_ == "prep" and child.i > verb.i and child.lower_ in self.rules.event_object_preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and self.noun_entry(pobj) is not None:
                        return pobj
        return None

    # -- assembling ------------------------------------------------------------------
    def build(
        self,
        kind: str,
        mode: str | None,
        negated: bool,
        aux: str | None,
        actor: Actor | None,
        recipient: Actor | None,
        trigger: Span,
        head: "Token",
    ) -> Event:
        sentence = head.sent
        if mode is None and kind == "ASSAULT":
            mode = instrument_mode(head, self.rules)
        elif mode is None and kind == "THREATEN":
            mode = self.threatened_mode(head)
        event = Event(
            type=kind,
            mode=mode,
            negated=negated,
            aux=aux,
            actor=_event_actor(self.ctx, actor),
            recipient=_event_actor(self.ctx, recipient),
            trigger=trigger,
            sentence=make_span(self.ctx.text, sentence.start_char, sentence.end_char),
            asserted_by=self.ctx.attribution_of(head.idx),
        )
        event.depth = grammar.tree_depth(head, self.rules)
        event.date = self.date_of(head)
        event.place = self.place_of(head)
        found = None
        for child in head.children:
            if child.dep_ in {"dobj", "nsubjpass"}:
                found = grammar.quantity(child)
        if found:
            event.quantities.append(found)
        return event

    def threatened_mode(self, head: "Token") -> str | None:
        """The content of a threat: the type of the act its complement or object names ("threatened to
        shell Iraqi towns", "threatened a new military offensive"), as a THREATEN mode."""
        for child in head.children:
            entry: Entry | None = None
            if child.dep_ in {"xcomp", "ccomp"} and child.pos_ in {"VERB", "AUX"}:
                found = self.verb_entry(child)
                entry = found[0] if found is not None else None
                if entry is not None and entry.frame == "carrier":
                    noun = self.object_noun(child)
                    entry = self.noun_entry(noun) if noun is not None else None
            elif child.dep_ == "dobj":
                entry = self.noun_entry(child)
            if entry is not None and entry.type != "-":
                mode = threat_mode(entry.type, entry.mode, self.rules)
                if mode is not None:
                    return mode
        return None

    def date_of(self, head: "Token") -> str | None:
        for token in grammar.clause_tokens(head):
            if token.ent_type_ in self.rules.date_labels and token.ent_iob_ == "B":
                resolved = resolve_date(grammar.entity_text(token), self.ctx.published, self.rules.calendar)
                if resolved:
                    return resolved
        return None

    def place_of(self, head: "Token") -> str | None:
        for child in head.children:
            if child.dep_ == "prep" and child.lower_ in self.rules.place_preps:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and pobj.ent_type_ in self.rules.place_labels:
                        return grammar.entity_text(pobj.doc[pobj.left_edge.i]) if pobj.left_edge.ent_type_ else pobj.text
        return None


def object_antecedent(token: "Token", rules: EventRules) -> "Token | None":
    """"Zelensky met Biden and urged him to ...", "wrote to President Biden, urging him to ...": "him" or "her" as an
    object stands for the nearest person named before it in the sentence who is not the subject of its own clause
    (who would be "himself"); issue 12: it fell back to the last actor mentioned, often the subject."""
    if token.dep_ not in {"dobj", "dative", "pobj"} or token.lower_ not in {"him", "her", "them", "it"}:
        return None
    verb = token.head.head if token.dep_ == "pobj" else token.head
    subject = grammar.raised_subject(verb, rules, frozenset({"xcomp", "conj", "advcl"}))
    own = {t.i for t in subject.subtree} if subject is not None else set()
    for noun in reversed(token.sent[: token.i - token.sent.start]):
        if noun.i in own or noun.dep_ == "compound":
            continue
        if token.lower_ == "it":
            # "fighting an insurgency against the Pakistani state, accusing it of ...": only a verb done to a party;
            # "The Duma has passed it, and I will sign it" signs a law
            if verb.lemma_.lower() in rules.addressing and _state_named(noun):
                return noun
            continue
        if noun.pos_ != "PROPN":
            continue
        if token.lower_ == "them":
            if noun.dep_ == "conj" or any(c.dep_ == "conj" for c in noun.children):
                return grammar.first_conjunct(noun)  # "tariffs on Mexico, Canada and China to pressure them"
        elif _agrees(token, noun):
            return noun
    return None


def _state_named(noun: "Token") -> bool:
    """A state or body an object "it" can stand for: a named country or organisation ("Pakistan", "NATO"), or a
    singular noun a country's name qualifies ("the Pakistani state", "the Chinese government")."""
    if noun.tag_ in {"NNS", "NNPS"}:
        return False
    if noun.pos_ == "PROPN":
        return noun.ent_type_ in {"GPE", "ORG"}
    return noun.pos_ == "NOUN" and any(c.dep_ in {"amod", "compound"} and c.ent_type_ in {"GPE", "NORP"} for c in noun.children)


def _verbs_above(token: "Token", steps: int) -> "Iterator[Token]":
    """The verbs on the way up from ``token`` to the root, ``steps`` heads at most, nearest first."""
    probe = token
    for _ in range(steps):
        if probe.head.i == probe.i:
            return
        probe = probe.head
        if probe.pos_ in {"VERB", "AUX"}:
            yield probe


def _event_actor(ctx: Context, actor: Actor | None) -> EventActor | None:
    if actor is None:
        return None
    start, end = actor.phrase if actor.phrase is not None else (actor.start, actor.end)
    span = make_span(ctx.text, start, end) if start is not None and end is not None else None
    return EventActor(name=actor.name, code=actor.code, entity=actor.entity, span=span)


def code_events(doc: "Doc", partial: ExtractedArticle, *, rules: EventRules | None = None) -> list[Event]:
    """PLOVER events of a parsed article (the pure function behind the ``events`` step).

    ``rules`` are the word classes, lexicons and limits to code with (default: the packaged ones).
    """
    from parley.extract.events.constructions import code_sentence
    from parley.extract.paragraph_breaks import is_heading

    coder = Coder(Context(doc, partial, rules or default_rules()))
    events: list[Event] = []
    for sentence in doc.sents:
        if not is_heading(sentence):  # "Chinese demand", run into the next sentence: a section's title, no event
            events.extend(code_sentence(coder, sentence))
    return events
