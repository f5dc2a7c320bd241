"""Small readings of the dependency parse that the event constructions share.

Each is a pure function of tokens and the :class:`~parley.extract.events.rules.EventRules` word
classes it needs; none knows about entities or actors. Internal to the events package (its public
API is :mod:`parley.extract.events`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.events.rules import EventRules

if TYPE_CHECKING:
    from spacy.tokens import Token

# Clauses that are events of their own: a trigger's date or place is not read inside them.
_OWN_CLAUSES = ("ccomp", "xcomp", "relcl", "conj", "advcl")
OWN_CLAUSES = _OWN_CLAUSES  # the dependencies that open a clause of its own
# Entity labels of a word that names a party, a person among them ("Beijing", "the Ukrainians", "NATO", "Putin").
PARTY_LABELS = frozenset({"GPE", "ORG", "NORP", "PERSON"})


def lemma_guesses(verb: "Token") -> list[str]:
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


def clause_tokens(head: "Token") -> list["Token"]:
    """The tokens of ``head``'s own clause, without the clauses it embeds."""
    tokens: list["Token"] = []
    for child in head.children:
        if child.dep_ in _OWN_CLAUSES:
            continue
        tokens.extend(child.subtree)
    return tokens


def entity_text(token: "Token") -> str:
    """The text of the spaCy entity that starts at ``token``."""
    doc = token.doc
    end = token.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[token.i : end].text


def quantity(noun: "Token") -> str | None:
    """"100,000 troops" -> "100,000 troops"; a number itself; None without a number."""
    if noun.like_num:
        return noun.text
    start = noun.i
    while start > 0 and (noun.doc[start - 1].like_num or noun.doc[start - 1].pos_ == "NUM"):
        start -= 1
    if start == noun.i:
        return None
    return noun.doc[start : noun.i + 1].text


def subject_of(verb: "Token", rules: EventRules) -> "Token | None":
    """Who acts: the subject; the subject of a stative passive ("Israel is opposed"); a passive's agent."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}
                or (c.dep_ == "nsubjpass" and verb.lemma_.lower() in rules.stative_passive)]
    if subjects:
        # "WASHINGTON (AP) - President Trump granted ...": of two subjects a misparse gives a
        # verb, the one nearest before it
        before = [c for c in subjects if c.i < verb.i]
        return before[-1] if before else subjects[0]
    for child in verb.children:  # passive: the agent is the actor
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return grandchild
    return None


def passive_subject(verb: "Token") -> "Token | None":
    for child in verb.children:
        if child.dep_ == "nsubjpass":
            return child
    return None


def first_conjunct(token: "Token") -> "Token":
    """The first of words joined by "and": "Mexico" in "Mexico, Canada and China", "said" in "said and repeated"."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    return token


def relative_antecedent(token: "Token") -> "Token | None":
    """Antecedent of a relative pronoun subject, also through clefts and conjoined relatives."""
    verb = first_conjunct(token.head)
    if verb.dep_ == "relcl":
        return _member_of(verb.head) or verb.head
    if verb.dep_ in {"ccomp", "advcl", "acl"} and verb.head.lemma_ == "be":
        for child in verb.head.children:
            if child.dep_ in {"attr", "acomp"}:
                return child
    return None


def _member_of(group: "Token") -> "Token | None":
    """"Canada and Belgium are among countries that have banned ...", "Norway is one of the countries that ...",
    "Russia is the country that invaded Ukraine": the group a copula's subject is placed in, or the noun it is said to
    be, stands for that subject; None for any other antecedent."""
    probe = group
    if probe.dep_ == "pobj" and probe.head.lower_ == "of" and probe.head.head.dep_ == "attr":
        probe = probe.head.head  # "one of the countries"
    elif probe.dep_ == "pobj" and probe.head.lower_ == "among":
        probe = probe.head
    copula = probe.head
    if probe.dep_ not in {"attr", "prep"} or copula.lemma_ != "be" or group.pos_ != "NOUN":
        return None  # "it is Vladimir Putin who is to blame": a cleft names its own party
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    return None if subject is None or subject.lower_ in {"it", "this", "that"} else subject


def raised_subject(verb: "Token", rules: EventRules, through: frozenset[str] = frozenset({"xcomp", "conj"})) -> "Token | None":
    """The subject of a verb or of the verbs it completes (``through`` these relations): "Britain and
    the EU failed to reach a deal", "troops have begun leaving Afghanistan"."""
    probe, subject = verb, subject_of(verb, rules)
    for _ in range(rules.settings.frame_climb):
        if subject is not None or probe.dep_ not in through or probe.head.i == probe.i:
            break
        probe = probe.head
        subject = subject_of(probe, rules)
    return subject


def governing_say(verb: "Token", rules: EventRules) -> "Token | None":
    """The say-verb a few clauses up that reports ``verb``: "Russia *said* that Sudan must return ..."."""
    probe = verb
    for _ in range(rules.settings.frame_climb):
        if probe.dep_ not in {"ccomp", "conj"} or probe.head.i == probe.i:
            return None
        probe = probe.head
        if probe.lemma_ in rules.say or probe.lemma_ in rules.demand_say:
            return probe
    return None


def willing(verb: "Token", rules: EventRules) -> bool:
    """"Syria is willing to withdraw", "ready to send material to help": under willing/ready/prepared."""
    return willingness_word(verb, rules) is not None


def willingness_word(verb: "Token", rules: EventRules) -> "Token | None":
    """The willing/ready/prepared a verb hangs on ("Syria is willing to withdraw"), if any."""
    probe = verb
    for _ in range(rules.settings.frame_climb):
        if probe.dep_ not in {"xcomp", "advcl", "conj"} or probe.head.i == probe.i:
            return None
        probe = probe.head
        if probe.lower_ in rules.willingness:
            return probe
    return None


def ready_to(verb: "Token", rules: EventRules) -> bool:
    """"we're also prepared to impose novel export controls": willing, and not "not prepared to"."""
    word = willingness_word(verb, rules)
    return word is not None and not negated(word, rules) and not negated(word.head, rules)


_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj"})


def negated(head: "Token", rules: EventRules) -> bool:
    """"did not recognize", "never met", "failed to reach", "no longer recognizes"; a subject that says no one did it
    ("No country has recognized ...", "neither NATO nor the USA can accept"); a clause after "nor"."""
    if head.dep_ == "xcomp" and head.head.lemma_.lower() in rules.negation:
        return True  # "failed to reach a deal"
    for child in head.children:
        if child.dep_ == "neg" or (child.lower_ in rules.negation and child.dep_ in {"advmod", "neg"}):
            return True
        if child.lower_ in rules.negated_adverb and any(g.dep_ == "neg" for g in child.children):
            return True  # "will no longer recognize"
        if child.dep_ in {"nsubj", "nsubjpass"} and any(
                (d.dep_ == "det" and d.lower_ in rules.negation) or (d.dep_ in {"preconj", "det"} and d.lower_ == "neither")
                for d in child.children):
            return True  # "No country has recognized ...", "neither NATO nor the USA can accept ..."
    if any(c.dep_ == "cc" and c.lower_ == "nor" and c.i == head.sent.start for c in head.children):
        return True  # "Nor will the library accept any funding": a sentence opened by "nor" denies as the one before it
    return _after_nor(head) or _or_under_negation(head, rules)


def _after_nor(head: "Token") -> bool:
    """"No expansion is being planned; nor is it discussed": a clause joined by "nor" is denied as the one before it."""
    if head.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"}:
        return False
    return any(c.dep_ == "cc" and c.lower_ == "nor" and head.head.i < c.i < head.i for c in head.head.children)


def _or_under_negation(head: "Token", rules: EventRules) -> bool:
    """"Iran has not recognized Israel or accepted its borders", "hasn't endorsed her or conceded his bid": a verb joined
    by "or" to a negated one, with no subject of its own, shares its negation (a PolNeAR train read, session 45)."""
    if head.dep_ != "conj" or head.pos_ not in {"VERB", "AUX"} or any(c.dep_ in _OWN_SUBJECT for c in head.children):
        return False
    first = head.head
    joined_by_or = any(c.dep_ == "cc" and c.lower_ == "or" and first.i < c.i < head.i for c in first.children)
    return joined_by_or and any(c.dep_ == "neg" or (c.lower_ in rules.negation and c.dep_ == "advmod") for c in first.children)


def backshifted(verb: "Token", auxiliaries: set[str], rules: EventRules) -> bool:
    """"The president said the tariffs would take effect Wednesday": in a clause reported by a past verb of saying,
    "would" (``backshift`` in modality.tsv) is the "will" of what was said, not a possibility; not with another modal
    or a condition ("said Russia would pay a price if it invaded")."""
    modals = auxiliaries & (rules.hypothetical | rules.ability)
    if not modals or not modals <= rules.backshift or verb.dep_ != "ccomp":
        return False
    sayer = verb.head
    return (sayer.lemma_.lower() in rules.say and sayer.tag_ == "VBD"
            and not any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in rules.condition for m in c.children)
                        for c in verb.children))


def aux_mode(verb: "Token", from_frame: dict[int, str], rules: EventRules) -> str | None:
    """hypothetical, future or historical, from the auxiliaries of the verb or of the verbs it is conjoined to."""
    heads = [verb]
    probe = verb
    while probe.dep_ == "conj" and probe.head.i != probe.i and len(heads) < rules.settings.conjunct_chain:
        probe = probe.head
        heads.append(probe)
    for head in heads:
        auxes = [c for c in head.children if c.dep_ in {"aux", "auxpass"}]
        lowered = {a.lower_ for a in auxes}
        if backshifted(head, lowered, rules):
            return "future"
        if lowered & (rules.hypothetical | rules.ability) or any(c.dep_ == "mark" and c.lower_ in rules.condition for c in head.children):
            return "hypothetical"
        if rules.is_future(lowered):
            return "future"
        if head.i in from_frame:
            return from_frame[head.i]
        if any(a.lemma_ == "have" for a in auxes) and head.tag_ == "VBN":
            return "historical"
        if head.dep_ == "xcomp" and head.head.i in from_frame:
            return from_frame[head.head.i]
        if head.dep_ == "acl" and head.head.lemma_.lower() in rules.intent_noun and to_infinitive(head):
            return "future"  # "has plans to invade Ukraine", "its goal to retake Crimea"
        if planned_for_later(head, rules):
            return "future"  # "he has a call with the B9 this afternoon", "is meeting Putin tomorrow"
    return None


def planned_for_later(verb: "Token", rules: EventRules) -> bool:
    """A present tense with a time still to come (``later_time`` in modality.tsv) says what is planned: "has a call
    this afternoon", "is meeting Putin tomorrow", "holds talks next week"; not "met this afternoon"."""
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    present = verb.tag_ in {"VBZ", "VBP"} and not auxes
    progressive = verb.tag_ == "VBG" and any(a.tag_ in {"VBZ", "VBP"} for a in auxes)
    if not (present or progressive):
        return False
    # the parser may hang the time on the object: "has a call with the B9 this afternoon"
    timed = [*verb.children, *(g for c in verb.children if c.dep_ == "dobj" for g in c.children if g.dep_ == "npadvmod")]
    # a time, not an event to come: "support the invitation to the upcoming summit" is said now
    return any(c.dep_ in {"npadvmod", "advmod", "prep", "tmod"} and any(
        t.lower_ in rules.later_time and t.ent_type_ in {"DATE", "TIME"} for t in c.subtree) for c in timed)


def tree_depth(head: "Token", rules: EventRules) -> int:
    """How many heads up the root is (the main event of a sentence is the shallowest)."""
    depth, probe = 0, head
    while probe.head.i != probe.i and depth < rules.settings.max_tree_depth:
        depth, probe = depth + 1, probe.head
    return depth


def marked(clause: "Token", words: frozenset[str]) -> bool:
    """Whether a clause is opened by one of ``words`` as its subordinator ("if", "when", "whether")."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in clause.children)


def to_infinitive(clause: "Token") -> bool:
    """Whether a clause is a "to" infinitive: "to drop all charges", "to begin at midnight"."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in clause.children)


def misattached_infinitive(noun: "Token") -> "Token | None":
    """The "to" infinitive a noun with its possessor asks for when the parser hung it elsewhere: "its call to the
    authorities to drop" with "call" the subject of "drop", "repeated its call to the government to release" with
    "release" on "repeated". None without a possessor (a standing demand has one; "made a call to Putin to discuss
    Ukraine" is a phone call and its purpose) or without such an infinitive."""
    if not any(c.dep_ == "poss" for c in noun.children):
        return None
    if noun.dep_ == "nsubj":
        return noun.head if to_infinitive(noun.head) else None
    if noun.dep_ != "dobj":
        return None
    return next((c for c in noun.head.children if c.dep_ == "advcl" and c.i > noun.i and to_infinitive(c)), None)


def performed(verb: "Token", rules: EventRules) -> bool:
    """"I want to thank you", "we would like to congratulate ...": a verb done by saying it (``performative`` in
    verb_classes.tsv), wanted by the speaker, is done as it is said."""
    if verb.lemma_.lower() not in rules.performative or verb.dep_ != "xcomp" or verb.head.lemma_.lower() not in {"want", "like"}:
        return False
    subject = subject_of(verb.head, rules)
    return subject is not None and (subject.lower_ in rules.first_singular or subject.lower_ in rules.first_plural)
