"""Trigger senses (``events/senses.tsv``): an everyday verb read as itself is its PLOVER type only
when its arguments say so ("gave food to Gaza" is AID, "delivered an unknown cargo" is none; "a
reporter asked" and "agreed that the plan was flawed" are no REQUEST and no AGREE)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from parley.actors.codes import is_media, sector_of_role
from parley.actors.gazetteer import country_name
from parley.errors import ConfigError

if TYPE_CHECKING:
    from spacy.tokens import Token

    from parley.datafiles import DataFiles
    from parley.extract.events.coder import Coder

__all__ = ["KINDS", "given", "gives_material", "holds", "is_party", "load_senses"]

_COMPLETES = frozenset({"xcomp"})  # a subject is read through the verb an infinitive or gerund completes
# Requirement kinds followed by ":CLASS" (a closed set of kinds, not a lexicon): on the verb's arguments, and on
# the request or purpose around it.
_CLASSED = frozenset({"object", "object_not", "subject", "subject_not"}) | frozenset(
    {"asked_by_party", "purpose_not", "complement_not", "cause_not"})
_ARGUMENTS = frozenset({"party_object", "has_object", "no_object", "object_or_complement", "people_object"}) | frozenset(
    {"no_contest", "offers_something", "no_naming", "plural_object", "active"}) | frozenset(
    {"no_person_object", "on_a_blacklist", "not_published"}) | frozenset(
    {"to_act", "party_named", "not_felt"})  # what the verb acts on
_PARTNERS = frozenset({"with_party", "with_only_party", "partnered", "blames_someone", "object_or_partnered"})  # whom it is done "with" or to
_SAYING = frozenset({"no_that_clause", "no_wh_clause", "no_bare_topic", "no_opinion"})  # what is said
_CLAUSE = frozenset({"no_forecast", "with_clause"})  # whether it has a "that" clause, and what that clause foresees
_QUESTIONS = frozenset({"no_question_to_listener", "no_question_about", "asks_for_something"})  # what is asked, and of whom
KINDS = _CLASSED | _ARGUMENTS | _PARTNERS | _SAYING | _CLAUSE | _QUESTIONS


def load_senses(files: "DataFiles", classes: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """phrase -> its requirements; a requirement or noun class the coder does not know is an error."""
    senses: dict[str, tuple[str, ...]] = {}
    for row in files.rows("events/senses.tsv"):
        phrase, requirement = row[0].lower(), row[1]
        kind, _, name = requirement.partition(":")
        if kind not in KINDS or (kind in _CLASSED) != bool(name) or (name and not set(name.split("|")) <= classes):
            raise ConfigError(f"events/senses.tsv: unknown requirement {requirement!r} of {phrase!r}")
        senses[phrase] = senses.get(phrase, ()) + (requirement,)
    return senses


def _object(verb: "Token") -> "Token | None":
    """The direct object ("was asked a question": the question), else a passive's subject."""
    children = list(verb.children)
    return next((c for c in children if c.dep_ == "dobj"), None) or next(
        (c for c in children if c.dep_ == "nsubjpass"), None)


def given(verb: "Token") -> "list[Token]":
    """What a verb of giving gives: its object, what the object counts ("10,000 tonnes of wheat",
    "a shipment of vaccines", a sum "in" what it is paid as: "$2 billion in Chinese funding"), the things
    named with it ("logistics and financial support"), and the thing a party is provided with
    ("provided Ukraine with missiles")."""
    target = _object(verb)
    if target is None:
        return []
    joined = [c for c in target.children if c.dep_ == "conj"]
    counting = {"of", "in"} if target.ent_type_ == "MONEY" else {"of"}
    counted = [p for prep in target.children if prep.dep_ == "prep" and prep.lower_ in counting for p in prep.children
               if p.dep_ == "pobj"]
    furnished = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with" for p in prep.children
                 if p.dep_ == "pobj"]
    return [target, *joined, *counted, *furnished]


def _acted_on(verb: "Token") -> "list[Token]":
    """What a verb acts on, for a class it must not be: its object, else the noun its participle
    modifies ("a U.N. report to be released next month", "the report released by the OECD") or a relative
    clause with no object of its own is about ("the historic responsibility Russia and the United States share"),
    with the noun that noun is in apposition to."""
    found = _object(verb)
    if found is None and verb.dep_ in {"acl", "relcl"} and (verb.tag_ in {"VBN", "VB"} or not any(
            c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)):
        found = verb.head
    if found is not None and found.tag_ in {"WDT", "WP"} and verb.dep_ == "relcl":
        found = verb.head  # "the challenges that Russia imposed": the antecedent
    if found is None:
        return []
    return [found] + ([found.head] if found.dep_ == "appos" else [])


def _with_counted(coder: "Coder", nouns: "list[Token]") -> "list[Token]":
    """The nouns and what a word of counting among them counts: "meets 40 percent of Greece's demand" meets a demand."""
    counted = [p for noun in nouns if coder.counts(noun) for prep in noun.children if prep.lower_ == "of"
               for p in prep.children if p.dep_ == "pobj"]
    return [*nouns, *counted]


def _has_object(verb: "Token") -> bool:
    """"sought talks", "talks were sought", "the order sought by the ACLU" (a participle's noun is its
    object); not "seeks to counter China", "less than it had sought"."""
    return _object(verb) is not None or (verb.dep_ in {"acl", "relcl"} and verb.tag_ == "VBN")


def _object_or_complement(verb: "Token") -> bool:
    """"declined to attend", "declined the invitation"; not "the number of refugees declined to
    230,000" (a quantity falling)."""
    return _has_object(verb) or any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children)


def _no_object(verb: "Token") -> bool:
    """"the two sides compromised": no object, not passive (not "the network has been compromised")."""
    return not any(c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in verb.children)


# A match score in the sentence: "6-4", "2–1", "beat the Netherlands 2-1"; not a year range ("2019-20").
_SCORE = re.compile(r"(?<![\d.,/–-])\d{1,3} ?[-–] ?\d{1,3}(?![\d.,/%–-])")
# a vote's margin: "beat her 51% to 36%", "by 12 percentage points" (a PolNeAR train read, session 45)
_MARGIN = re.compile(r"\b\d{1,3}(?:\.\d+)? ?(?:%|percent) to \d{1,3}(?:\.\d+)? ?(?:%|percent)|\bby \d{1,3}(?:\.\d+)? (?:percentage )?points\b")
_NAMED = frozenset({"GPE", "ORG", "LOC"})
# How something offered or promised may hang on the verb besides its object: "offered to send troops",
# "promised that ...", "offered Iran a deal".
_OFFER_COMPLEMENTS = frozenset({"xcomp", "ccomp", "dative"})


def _contest(coder: "Coder", verb: "Token") -> bool:
    """"Russia beat Croatia", "Wales beat Hungary 2-0", "Minnesota beat Buffalo", "production beat forecasts": a win
    in a match, a race or over a figure, not a beating: a score or a vote's margin in the sentence, or what is beaten is a named place
    or organisation, a team ("the Bruins beat the Devils": a plural name that is no people) or a figure. "Police beat
    protesters", "police beat Albanians", "soldiers beat Ahmed", "beaten Russia back from Kharkiv" stay ASSAULT."""
    if any(c.dep_ in {"prt", "advmod"} and c.lower_ in {"back", "off"} for c in verb.children):
        return False  # "Ukraine has beaten Russia back from Kharkiv", "beat off an attack"
    if _SCORE.search(verb.sent.text) or _MARGIN.search(verb.sent.text):
        return True
    return any((t.ent_type_ in _NAMED and t.tag_ in {"NNP", "NNPS"}) or (t.tag_ == "NNPS" and t.ent_type_ != "NORP")
               or _in_class(coder, t, "sport") or _in_class(coder, t, "benchmark") for t in _acted_on(verb))


def _offers_something(coder: "Coder", verb: "Token") -> bool:
    """What is offered or promised is something parties give each other: an act ("offered to send troops",
    "promised that it would withdraw"), a party it is offered to ("offered Iran a deal", "you promised us"), or a
    thing that is an event, aid, a proposal or terms ("offered concessions", "offered talks", "promised $50
    million"). Not a product or a feature ("Amazon offers the MacBook for $700", "the car offers 335
    horsepower"), a remark ("offering the example of", "offers a reminder"), a forecast ("the deals promise to be
    better"), an adjective ("the results are promising") or an aside ("..., I promise")."""
    children = list(verb.children)
    if any(c.dep_ == "ccomp" and c.i < verb.i for c in children):
        return False  # "We'll have more to come, I promise", "— promise you": an aside vouching for what was said
    if any(c.dep_ in _OFFER_COMPLEMENTS and not (c.dep_ == "xcomp" and c.lemma_.lower() == "be") for c in children):
        return True  # not "the deals promise to be even better": a forecast
    to_whom = [p for c in children if c.dep_ == "prep" and c.lower_ == "to" for p in c.children if p.dep_ == "pobj"]
    spoken_to = [c for c in children if c.dep_ == "dobj" and c.tag_ == "PRP" and c.lower_ not in {"it", "this", "that"}]
    if spoken_to or any(_party(coder, p) for p in to_whom + [c for c in children if c.dep_ == "dobj"]):
        return True  # "you promised us", "offered Iran a deal", "offered talks to the Taliban"
    return any(coder.noun_entry(t) is not None or _money(t) or any(
        _in_class(coder, t, name) for name in ("material", "speech_act", "offered", "military")) for t in
        _acted_on(verb) + given(verb))


def _naming(verb: "Token") -> bool:
    """"a militia called the Wagner Group", "what is called X", "called him a traitor": a name or quality given (an
    object predicate). An active verb whose only complement the parser read as one names no one: "Qatar's Emir called
    Sudanese President Omar al-Bashir" is a phone call."""
    children = list(verb.children)
    if not any(c.dep_ == "oprd" for c in children):
        return False
    return any(c.dep_ == "dobj" for c in children) or not any(c.dep_ == "nsubj" for c in children)


def _causes(verb: "Token") -> "list[Token]":
    """What a passive verb's harm came from: "killed in a helicopter crash", "killed by lightning"."""
    return [p for c in verb.children if c.dep_ in {"prep", "agent"} and c.lower_ in {"in", "by", "during"}
            for p in c.children if p.dep_ == "pobj"]


def _in_class(coder: "Coder", token: "Token | None", name: str) -> bool:
    if token is None:
        return False
    # "military|explosive": a word of either class ("the army hit", "a roadside bomb hit")
    words: frozenset[str] = frozenset().union(*(getattr(coder.rules, part) for part in name.split("|")))
    return token.lemma_.lower() in words or token.lower_ in words


def _money(token: "Token | None") -> bool:
    return token is not None and (token.ent_type_ == "MONEY" or any(t.ent_type_ == "MONEY" for t in token.subtree))


def _sum(coder: "Coder", token: "Token") -> bool:
    """A sum of money: "$50 million", "500 million euros" (coder.sum_of_money), or a phrase holding one."""
    return _money(token) or coder.sum_of_money(token)


def gives_material(coder: "Coder", verb: "Token") -> bool:
    """What the verb gives is material or money and no military unit or weapon of war ("pledged $50
    million", "dispatched relief supplies"; not "sent tanks to the border", a mobilisation), unless the weapons go to
    a state ("sent tanks to Ukraine": military aid)."""
    things = given(verb)
    military = [t for t in things if _in_class(coder, t, "military")]
    if military and all(_in_class(coder, t, "material") for t in military) and _to_a_state(coder, verb):
        military = []  # "sent tanks to Ukraine", "gave Ukraine helicopters": weapons given to a state are aid
    return any(_in_class(coder, t, "material") or _sum(coder, t) for t in things) and not military


def _to_a_state(coder: "Coder", verb: "Token") -> bool:
    """Whether what the verb gives goes to a country named as itself: "to Ukraine", a dative ("gave Ukraine
    helicopters"), the one provided "with" it ("provided Ukraine with tanks"); not "to the border"."""
    takers = [p for prep in verb.children if prep.dep_ in {"prep", "dative"} and prep.lower_ == "to" for p in prep.children
              if p.dep_ == "pobj"] + [c for c in verb.children if c.dep_ == "dative"]
    if any(prep.dep_ == "prep" and prep.lower_ == "with" for prep in verb.children):
        takers += [c for c in verb.children if c.dep_ == "dobj"]
    for taker in takers:
        found = coder.actor_of_token(taker)
        if found is not None and found.code and country_name(found.code[:3]) is not None and (
                taker.ent_type_ == "GPE" or taker.pos_ == "PROPN"):
            return True
    return False


def _clauses(verb: "Token") -> "list[Token]":
    return [c for c in verb.children if c.dep_ == "ccomp"]


def _that_clause(coder: "Coder", verb: "Token") -> bool:
    """A finite complement that states a view: "agreed that the plan was flawed", "insisted that the maneuvers were in
    no way linked" (not "agreed to ...", nor "agreed that their countries should cooperate", which is an agreement to
    act, nor the bare verb of a mandative "insisted that Russia withdraw its troops")."""
    rules = coder.rules
    acting = rules.obligation | rules.future | rules.hypothetical | rules.intention | rules.willingness
    return any(not _mandative(verb, c) and not any(g.tag_ == "TO" or (g.dep_ == "aux" and g.lower_ in acting) for g in c.children) and any(
        g.dep_ in {"nsubj", "nsubjpass", "expl"} or g.lower_ == "that" for g in c.children) for c in _clauses(verb))


def _mandative(verb: "Token", clause: "Token") -> bool:
    """A clause in the mandative subjunctive says what is to be done: its bare verb ("insisted that Russia withdraw",
    "insisted that the sanctions be lifted"), or a present verb under a past one ("insisted that the United States lift
    all sanctions", "insisted that Donbass representatives sign this document": the parser's VBP where the tense would
    be past)."""
    if any(g.dep_ == "aux" and g.tag_ == "MD" for g in clause.children):
        return False  # "agreed that this crisis can represent an opportunity": the bare verb of a modal
    if clause.tag_ == "VB" or any(g.dep_ in {"aux", "auxpass"} and g.tag_ == "VB" for g in clause.children):
        return True
    # not "agreed that our positions are very similar", "agreed it's not only an attack": a "be", a pronoun
    subject = next((g for g in clause.children if g.dep_ == "nsubj"), None)
    return (clause.tag_ == "VBP" and verb.tag_ == "VBD" and clause.lemma_ != "be" and subject is not None
            and subject.tag_ in {"NN", "NNP", "NNS", "NNPS"})


def _foresees_others(coder: "Coder", verb: "Token") -> bool:
    """A "that" clause saying what someone else could or might do: "warned that other member states could decide to
    quit" foresees, it threatens nothing; "warned that it could strike back", "warned that Washington would consider
    scaling back" (the warner's own side, or no possibility modal) stay threats."""
    from parley.extract.events import grammar

    rules = coder.rules
    warner = grammar.subject_of(verb, rules)
    for clause in _clauses(verb):
        if not any(c.dep_ == "aux" and c.lower_ in rules.possibility for c in clause.children):
            continue
        subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}), None)
        if subject is None or subject.tag_ in {"PRP", "PRP$"}:
            continue  # "it could strike back": most often the warner's side
        theirs = coder.actor_of_token(subject)
        own = coder.actor_of_token(warner) if warner is not None else None
        if theirs is None or own is None or theirs.code != own.code:
            return True
    return False


def _party(coder: "Coder", token: "Token | None") -> bool:
    found = coder.actor_of_token(token) if token is not None else None
    return found is not None and bool(found.code)


def _helps_party(coder: "Coder", verb: "Token") -> bool:
    """It acts on a party, or its complement does or has one as subject: "help defend Saudi
    Arabia", "help the U.N. strengthen its forces" (not "helped fuel the growth")."""
    from parley.extract.events import grammar
    from parley.extract.events.constructions import acts_on_party

    target = _object(verb)
    if acts_on_party(coder, verb) or (target is not None and target.pos_ in {"NOUN", "PROPN"}):
        return True  # "helped the refugees": people helped
    return any(acts_on_party(coder, c) or _party(coder, grammar.subject_of(c, coder.rules))
               for c in verb.children if c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"})


def _people_object(coder: "Coder", verb: "Token") -> bool:
    """Its object is people: a person or a group named, people by their role ("eliminated key members of the group",
    "rebels were neutralized") or a pronoun of a person; not "eliminate tariffs", "neutralized the threat"."""
    target = _object(verb)
    if target is None:
        return False
    if target.pos_ == "PRON":
        return target.lower_ in coder.rules.personal_object  # "neutralized them"; not "eliminate it"
    return target.ent_type_ in coder.rules.people_labels | {"ORG", "NORP"} or sector_of_role(target.lemma_) is not None


def _person_object(verb: "Token") -> bool:
    """Its object is one person, named or by their office ("dismissed the defense minister", "Lewandowski was
    dismissed"): an office given or taken away, not a claim or a case rejected."""
    target = _object(verb)
    if target is None:
        return False
    if target.pos_ == "PRON":
        return target.lower_ in {"him", "her", "he", "she"}
    return target.ent_type_ == "PERSON" or (target.tag_ == "NN" and sector_of_role(target.lemma_) is not None)


def _blames_someone(coder: "Coder", verb: "Token") -> bool:
    """Someone is blamed: the object names a party or people, itself or through its possessor or modifiers ("blamed the
    Syrian government", "blamed Netanyahu's hardline policies"), or the blame is put "on" someone ("blamed the violence
    on militants"); not "Critics blame repeated military-led rules and financial mismanagement for the decline"."""
    target = _object(verb)
    if target is None:
        return True  # "the group blamed for the attack": the noun the participle modifies is blamed, as before
    if any(c.dep_ == "prep" and c.lower_ == "on" for c in [*verb.children, *target.children]):
        return True  # the parser hangs "on militants" on the verb or on its object
    from parley.extract.events import grammar

    named = [target, *(c for c in target.children if c.dep_ in {"poss", "compound", "amod"})]
    return _people_object(coder, verb) or any(_party(coder, t) or t.ent_type_ in grammar.PARTY_LABELS for t in named)


def is_party(coder: "Coder", token: "Token") -> bool:
    """A person or a coded party that is not the press."""
    return token.ent_type_ == "PERSON" or (_party(coder, token) and not _press(coder, token))


def _with_partners(verb: "Token") -> "list[Token]":
    """The ones a verb is done "with": "spoke with Putin", "agree with your characterization"."""
    return [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for p in prep.children if p.dep_ == "pobj"]


def _with_party(coder: "Coder", verb: "Token") -> bool:
    """"spoke with Putin", "spoke by phone with the French president": the one spoken with is a
    person or a coded party (not "spoke with reporters"), and no event or reaction ("met with opposition from
    China's U.N. mission" faced it)."""
    return any(is_party(coder, p) and coder.noun_entry(p) is None and not _reaction(coder, p) for p in _with_partners(verb))


def _reaction(coder: "Coder", partner: "Token") -> bool:
    """"met with opposition from China", "met with strong resistance", "will be met with a swift response": a reaction
    (``reaction`` in noun_classes.tsv) named with no definite determiner and no nationality; "met with the
    opposition", "the Belarusian opposition" is a party."""
    return _in_class(coder, partner, "reaction") and not any(
        (c.dep_ == "det" and c.lower_ not in {"a", "an"}) or c.dep_ == "poss" or c.ent_type_ in {"NORP", "GPE"}
        for c in partner.children)


def _with_only_party(coder: "Coder", verb: "Token") -> bool:
    """"met Putin", "met with Putin", "shared intelligence with France"; not "met with surprising
    success", "shared details with VOA": a "with" partner, if any, is a person or a coded party."""
    return not _with_partners(verb) or _with_party(coder, verb)


def _press(coder: "Coder", token: "Token") -> bool:
    """Reporters or a news outlet ("spoke with VOA"): no party to consult."""
    found = coder.actor_of_token(token)
    return _in_class(coder, token, "press") or (found is not None and is_media(found.code))


def _wh_clause(coder: "Coder", verb: "Token") -> bool:
    words = coder.rules.question_word
    return any(any(g.lower_ in words and g.i < c.i for g in c.subtree) for c in _clauses(verb))


def _participle_subject(coder: "Coder", verb: "Token") -> "Token | None":
    """The subject read through the verbs an infinitive or gerund completes ("troops have begun leaving"),
    for a participle clause the subject of the clause it hangs on, and for a participle after a noun that noun:
    "heavy rains flooded the south, killing 12 people" (the rains kill). Read only to rule a sense out:
    a participle that a military subject would let in mostly repeats its clause's event ("carried out
    airstrikes, hitting targets")."""
    from parley.extract.events import grammar

    subject = grammar.raised_subject(verb, coder.rules, _COMPLETES)
    if subject is None and verb.dep_ == "advcl" and verb.tag_ == "VBG":
        subject = grammar.subject_of(verb.head, coder.rules)
    if subject is None and verb.dep_ == "acl" and verb.tag_ == "VBG" and verb.head.pos_ == "NOUN":
        subject = verb.head  # "tourists visiting Egypt": the noun the participle describes does it
    return subject


def _purposes(verb: "Token") -> "list[Token]":
    """The infinitives of purpose on a verb: "marched through the campus [to celebrate] the anniversary"."""
    return [c for c in verb.children if c.dep_ in {"advcl", "xcomp"} and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]


def _complements_of(verb: "Token") -> "list[Token]":
    """The adjectives a verb takes as its complement: "pleaded not guilty", "found them innocent"."""
    return [c for c in verb.children if c.dep_ in {"acomp", "oprd", "ccomp"} and c.pos_ == "ADJ"]


def _bare_topic(coder: "Coder", verb: "Token") -> bool:
    """"I'm not talking about students": said "about" something, with no one talked with or to, no
    object and no second party among the subjects; "talked with Putin about Syria" and "Russia and
    Ukraine are talking about a ceasefire" are consultations."""
    from parley.extract.events import grammar

    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    subject = grammar.subject_of(verb, coder.rules)
    joint = subject is not None and any(c.dep_ == "conj" for c in subject.children)
    return "about" in preps and not preps & {"with", "to"} and not joint and not any(c.dep_ == "dobj" for c in verb.children)


def _opinion(coder: "Coder", verb: "Token") -> bool:
    """"I agree with you", "we agree with your characterization", "I totally agree", "they agree with the removal of
    Gachagua": agreeing with what someone said or did (with no party, event noun or terms named; a corpus read of
    session 36), not to do anything (no infinitive, clause, object or "on"/"to" what)."""
    from parley.extract.events import grammar

    children = list(verb.children)
    if any(c.dep_ in {"xcomp", "ccomp", "dobj"} or (c.dep_ == "prep" and c.lower_ in {"on", "to", "upon"}) for c in children):
        return False
    partners = _with_partners(verb)
    if partners:
        if any(p.pos_ == "PRON" or _in_class(coder, p, "document") or _in_class(coder, p, "said") for p in partners):
            return True
        # "agree with the removal of Gachagua": with no party, no event noun and no terms offered ("agreed with the
        # proposal"), a view
        return not any(_party(coder, p) or p.ent_type_ or coder.noun_entry(p) is not None or _in_class(coder, p, "offered")
                       for p in partners)
    subject = grammar.subject_of(verb, coder.rules)
    # "We agree." in the present, with nothing agreed to, answers what was said ("we agreed" may be the deal itself)
    return subject is not None and (subject.lower_ == "i" or (subject.lower_ == "we" and verb.tag_ == "VBP"))


def _question_to_listener(verb: "Token") -> bool:
    """"Let me ask you —", "I'm just asking you": a question put to the one spoken to, with nothing asked for
    (no infinitive, no clause, no "for"); "we ask you to recognise the republics" is a request."""
    children = list(verb.children)
    if not any(c.dep_ in {"dobj", "dative"} and c.lower_ == "you" for c in children):
        return False
    return not any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ in {"for", "to"}) for c in children)


def _partnered(coder: "Coder", verb: "Token") -> bool:
    """"discussed Syria with Putin", "the two leaders discussed trade", "called Lavrov to discuss Syria": talks need a
    second side, said with "with", among several subjects, or in the call or visit the verb is the purpose of; "He'll
    also discuss how the investments will help" (one speaker) is a speech."""
    from parley.extract.events import grammar

    if _with_partners(verb):
        return True
    if verb.dep_ in {"xcomp", "advcl", "acl", "relcl", "pcomp"} and (verb.head.pos_ in {"NOUN", "PROPN"} or any(
            c.dep_ in {"dobj", "dative"} for c in verb.head.children) or _with_partners(verb.head)):
        return True  # "called Lavrov to discuss", "a meeting to discuss"; not "he's going to talk about"
    # "I want to start out by discussing Russia's recognition of ...": a gerund after a preposition is done by the subject
    # of the verb the preposition hangs on (an exchange corpus read, session 45)
    governing = verb.head.head if verb.dep_ == "pcomp" and verb.head.dep_ == "prep" else verb
    subject = grammar.raised_subject(governing if governing.pos_ in {"VERB", "AUX"} else verb, coder.rules, _COMPLETES)
    if subject is None:
        return True  # the passive "was discussed", an imperative: the parties are not said
    plural = "Plur" in subject.morph.get("Number", []) or subject.tag_ in {"NNS", "NNPS"}  # "we", "they", "leaders"
    return plural or any(c.dep_ == "conj" for c in subject.children)


def _asks_for_something(verb: "Token") -> bool:
    """"asked Russia for an explanation", "asked them to leave", "asked the court", "was asked to resign": something or
    someone is asked; "I'm just asking —" asks a question of no one, nor does a briefing's "I'll ask Daleep first",
    "being able to ask all three" or "I was asked that yesterday" (a person, a number or a pronoun asked, and nothing
    asked for: a question, a corpus read of the exchange, session 38)."""
    if any(c.dep_ in {"xcomp", "ccomp", "dative"} or (c.dep_ == "prep" and c.lower_ == "for") for c in verb.children):
        return True
    asked = _object(verb)
    if asked is None:
        return _has_object(verb)  # "the order sought by the ACLU": the participle's noun is what is asked
    if any(c.dep_ == "prep" and c.lower_ == "for" for c in asked.children):
        return True  # "asked U.S. President Donald Trump for sanctions relief", the "for" hung on the name
    return not (asked.pos_ in {"PRON", "NUM"} or asked.ent_type_ == "PERSON")


def _question_about(verb: "Token") -> bool:
    """"The Secretary was asked about the expansion", "asked Russia about its troops": a question about something,
    with nothing asked for (no infinitive, no clause, no "for"); "asked Russia for an explanation" is a request."""
    children = list(verb.children)
    if not any(c.dep_ == "prep" and c.lower_ == "about" for c in children):
        return False
    return not any(c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "prep" and c.lower_ == "for") for c in children)


def _active(verb: "Token") -> bool:
    """"Putin informed his French counterpart", not "the President has been briefed" (by his own staff)."""
    return not any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _plural_object(verb: "Token") -> bool:
    """"bombers were holding hostages"; not the figure "will hold the world hostage"."""
    found = _object(verb)
    return found is not None and found.tag_ in {"NNS", "NNPS"}


# Requirements read from the verb's own arguments alone.
def _no_person_object(verb: "Token") -> bool:
    return not _person_object(verb)


def _object_or_partnered(coder: "Coder", verb: "Token") -> bool:
    return _has_object(verb) or _partnered(coder, verb)


_ON_THE_VERB: dict[str, Callable[["Token"], bool]] = {
    "has_object": _has_object, "no_object": _no_object, "object_or_complement": _object_or_complement,
    "plural_object": _plural_object, "active": _active,
}
_ON_THE_VERB["no_person_object"] = _no_person_object


def _to_act(verb: "Token") -> bool:
    """An infinitive says what the one pushed is to do: "pushing Israel to allow more aid into Gaza"; not "pushed its
    troops into the city"."""
    from parley.extract.events import grammar

    # the parser may read it as one of purpose: "pushed Serbia [dobj] to recognize [advcl] Kosovo"
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return any((c.dep_ in {"xcomp", "ccomp"} or (c.dep_ == "advcl" and objects and min(objects) < c.i))
               and grammar.to_infinitive(c) for c in verb.children)


_ON_THE_VERB["to_act"] = _to_act

def _not_felt(coder: "Coder", verb: "Token") -> bool:
    """Not a feeling: "I was also struck by the generosity of the people of Warsaw" is the speaker moved (exchange corpus
    read, session 47); "the convoy was struck by a missile", "we were struck by a roadside bomb" stay attacks."""
    felt_by = coder.rules.first_singular | coder.rules.first_plural | coder.rules.second
    if not any(c.dep_ == "nsubjpass" and c.lower_ in felt_by for c in verb.children):
        return True
    agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return any(_in_class(coder, p, "military|explosive") for p in agents)

# Who it is done with or to.
_ON_THE_PARTIES: dict[str, Callable[["Coder", "Token"], bool]] = {
    "with_party": _with_party, "with_only_party": _with_only_party, "partnered": _partnered,
    "object_or_partnered": _object_or_partnered, "people_object": _people_object,
}
_ON_THE_PARTIES["blames_someone"] = _blames_someone
_ON_THE_PARTIES["not_felt"] = _not_felt


def _on_a_blacklist(coder: "Coder", verb: "Token") -> bool:
    """The list a party is put "on" or "to", or taken "off" or "from", is of sanctions or proscribed groups (``blacklist``
    in noun_classes.tsv): "added 10 Iranian officials to its sanctions list", "removed Cuba from the list of state
    sponsors of terrorism"; not "added Mexico to the list of countries eligible for visas"."""
    lists = [p for prep in verb.children if prep.dep_ == "prep" and prep.lower_ in {"to", "on", "from", "off"}
             for p in prep.children if p.dep_ == "pobj"]
    return any(t.lemma_.lower() in coder.rules.blacklist for found in lists for t in found.subtree if t.i != found.i)


_ON_THE_PARTIES["on_a_blacklist"] = _on_a_blacklist
_AUDIENCE = frozenset({"press", "public", "media"})


def _not_published(coder: "Coder", verb: "Token") -> bool:
    """Nothing is given out "to" the press or the public: "will post it online and release it to the press" publishes a
    text; "released the prisoners to the Red Cross" frees people."""
    return not any(prep.dep_ == "prep" and prep.lower_ == "to" and (p.lemma_.lower() in _AUDIENCE or _press(coder, p))
                   for prep in verb.children for p in prep.children if p.dep_ == "pobj")


_ON_THE_PARTIES["not_published"] = _not_published


def _party_named(coder: "Coder", verb: "Token") -> bool:
    """Its object is a person or a coded party ("pushed Serbia", "pushing the President"), or a personal pronoun ("pushes
    us"); not a thing ("pushing the boulders up the hill")."""
    target = _object(verb)
    if target is None:
        return False
    if target.pos_ == "PRON":
        return target.lower_ in coder.rules.personal_object
    return is_party(coder, target) or sector_of_role(target.lemma_) is not None


_ON_THE_PARTIES["party_named"] = _party_named


def _holds(coder: "Coder", verb: "Token", requirement: str) -> bool:
    from parley.extract.events import grammar

    kind, _, name = requirement.partition(":")
    if kind == "object":  # "air defense systems": what the thing is for names its class too
        return any(_in_class(coder, t, name) or _sum(coder, t) or any(
            c.dep_ == "compound" and _in_class(coder, c, name) for c in t.children) for t in given(verb))
    if kind == "object_not":
        return not any(_in_class(coder, t, name) for t in _with_counted(coder, _acted_on(verb)))
    if kind == "subject":  # "thousands of textile workers stopped work": what is counted
        subject = grammar.raised_subject(verb, coder.rules, _COMPLETES)
        return subject is not None and any(_in_class(coder, t, name) for t in _with_counted(coder, [subject]))
    if kind == "subject_not":
        subject = _participle_subject(coder, verb)
        # a pronoun is read as what it stands for: "the Kremlin said it demands guarantees" is the Kremlin's demand
        stands_for = coder.antecedent_token(subject) if subject is not None and subject.pos_ == "PRON" else None
        return not _in_class(coder, stands_for or subject, name)
    if kind == "purpose_not":
        return not any(_in_class(coder, t, name) for t in _purposes(verb))
    if kind == "complement_not":
        return not any(_in_class(coder, t, name) for t in _complements_of(verb))
    if kind == "cause_not":
        return not any(_in_class(coder, t, name) for t in _causes(verb))
    if kind == "no_naming":
        return not _naming(verb)
    if kind == "no_contest":
        return not _contest(coder, verb)
    if kind == "offers_something":
        return _offers_something(coder, verb)
    if kind == "no_bare_topic":
        return not _bare_topic(coder, verb)
    if kind == "no_opinion":
        return not _opinion(coder, verb)
    if kind == "no_forecast":
        return not _foresees_others(coder, verb)
    if kind == "with_clause":
        # "..., I assure you": the parser hangs the clause before; "assured visiting Minister Payne that ...": on the
        # participle it misread
        below = [c for x in verb.children if x.dep_ == "xcomp" for c in _clauses(x)]
        return any(c.i > verb.i for c in _clauses(verb) + below)
    if kind == "no_question_to_listener":
        return not _question_to_listener(verb)
    if kind == "no_question_about":
        return not _question_about(verb)
    if kind == "asks_for_something":
        return _asks_for_something(verb)
    if kind == "asked_by_party":
        return not _in_class(coder, _object(verb), name) or _party(coder, grammar.subject_of(verb, coder.rules))
    if kind == "no_that_clause":
        return not _that_clause(coder, verb)
    if kind == "no_wh_clause":
        return not _wh_clause(coder, verb)
    if kind in _ON_THE_VERB:
        return _ON_THE_VERB[kind](verb)
    if kind in _ON_THE_PARTIES:
        return _ON_THE_PARTIES[kind](coder, verb)
    return _helps_party(coder, verb)


def holds(coder: "Coder", verb: "Token", phrase: str) -> bool:
    """Whether the verb, read as the lexicon ``phrase``, meets every requirement of its sense."""
    return all(_holds(coder, verb, requirement) for requirement in coder.rules.senses.get(phrase, ()))
