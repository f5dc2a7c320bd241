"""How sure the coder is that an event happened between the parties it names (issue 12).

An event's confidence is built from named cues, each read off the parse around its trigger or off
the event itself, and weighed in ``events/confidence.tsv``:

* who: no coded actor, no coded recipient, an actor acting on its own country;
* how it was read: the construction (a nominal event, a reduced passive), and the lexicon entry
  when its sense is often an everyday one ("released a report", "allowed to return");
* modality: hypothetical, future, a condition ("... if Russia invades"), an obligation ("must stop ..."),
  the inside of a condition ("if the Kremlin agrees": not a fact even for a threat or a promise);
* allegation: the act an accusation is about ("accused of planning to kidnap"); a negated verb the
  trigger is the infinitive of ("No one's going to have joint patrols");
* a feared or prevented event: "the threat of attacks", "to avert a war";
* clause type: a relative clause ("the pact the United States negotiated"), a background clause or
  phrase ("since they seized control", "after the 2014 annexation"), a noun the object of a stance
  ("concerned about Chinese aggression"), an event noun said of something with "be" ("is a
  clear rejection of ...");
* where it is said: in reported speech, with a modal; a verb that only reports a quote ('"...,"
  agreed X'); a reporter's request for comment; a news outlet as the actor.

The confidence is 1 plus the weights of the cues found, clipped to [0, 1]. An event under
``confidence_threshold`` (``events/settings.toml``) is kept but marked partial: ``parley events``
and the UI hide it by default; ``parley events --partial`` lists it, with its cues.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.actors.codes import is_media
from parley.extract.events.grammar import marked as _marked
from parley.models import Event

if TYPE_CHECKING:
    from spacy.tokens import Token

    from parley.extract.events.rules import EventRules

__all__ = ["cues_of", "score"]

# How an alleged act hangs on the verb or noun of the allegation: "accused of planning to ...",
# "charged with killing", "alleged that ... attacked", "allegations that ...".
_CONTENT_DEPS = frozenset({"prep", "pcomp", "ccomp", "xcomp", "acl"})

# A subject that points at a thing or a fact, not a party: "This effectively denies recognition".
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})

# What opens an indirect question: "wondering if he's going to commit", "asked whether talks would resume".
_INDIRECT_QUESTION = frozenset({"if", "whether"})
_ALTERNATIVES = frozenset({"whether"})

# Who is thanked when thanks are a courtesy to those listening.
_AUDIENCE = frozenset({"you", "everyone", "everybody", "all"})

# "feel" as written: as the passive auxiliary of "feels threatened" the tagger leaves it unlemmatised.
_FEEL = frozenset({"feel", "feels", "felt", "feeling"})

# The cues of a clause that did not (yet) happen.
_MODAL_CUES = frozenset({"aux:hypothetical", "aux:future", "condition", "governed:hypothetical", "governed:future"})

# A construction whose accusation is a name a speaker gives a party's deed ("this provocation by the Taliban"): the name
# is said whatever the clause around it asks, fears or foresees, so that clause's cues do not weigh on it. (Not the
# appositive epithet: its apposition often lists what a speaker fears or denies, "a false pretext ...: a provocation in
# the Donbas", and the clause's cues rightly hide it.)
_NAMING = frozenset({"disparaged_deed"})


def _path(anchor: "Token", limit: int) -> list["Token"]:
    """The anchor and its heads up to the sentence root (at most ``limit`` heads: a guard on a cyclic parse)."""
    path, probe = [anchor], anchor
    while probe.head.i != probe.i and len(path) <= limit:
        probe = probe.head
        path.append(probe)
    return path


def _clause_cues(anchor: "Token", rules: "EventRules") -> set[str]:
    """Cues of the clauses above the trigger: relative, background, conditional, obligation."""
    from parley.extract.events import grammar

    found: set[str] = set()
    path = _path(anchor, rules.settings.max_tree_depth)
    for step, (below, token) in enumerate(zip(path, path[1:] + [None], strict=True)):
        if below.dep_ in {"relcl", "acl"} and below.pos_ in {"VERB", "AUX"}:
            found.add("relative_clause")
        if below.dep_ == "advcl" and _marked(below, rules.background):
            found.add("background_clause")
        if token is not None:
            found |= _preposition_cues(below, token, rules)
        if below.dep_ == "advcl" and _marked(below, rules.condition):
            found.add("in_condition")  # "... if the Kremlin agrees": the trigger is what is supposed
        if below.dep_ in {"acl", "relcl"} and token is not None and _supposing_noun(token, rules):
            found.add("in_condition")  # "In the event that there is a renewed Russian incursion, ...": supposed too
        if (below.dep_ in {"ccomp", "pcomp"} and _marked(below, _INDIRECT_QUESTION)) or (
                below.dep_ == "advcl" and _marked(below, _ALTERNATIVES)):
            # "I'm just wondering if he's going to commit to ...": asked, not said; "whether we agree or disagree":
            # either may be, neither is said
            found.add("question")
        if token is not None:
            found |= _charge_cues(anchor, below, token, rules)
        if any(c.dep_ == "advcl" and _marked(c, rules.condition) for c in below.children):
            found.add("condition")
        if any(c.dep_ == "aux" and c.lower_ in rules.obligation for c in below.children):
            found.add("obligation")
        if token is not None and below.dep_ == "xcomp" and token.lemma_.lower() in rules.obligation_verb:
            found.add("obligation")  # "have to respect", "need to stop"
        if below.i != anchor.i and not grammar.performed(anchor, rules):
            found |= _governing_mode(below, rules, anchor, path[step - 1])
    if anchor.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ in rules.earlier for c in anchor.children):
        found.add("background_clause")  # "triggered by previous U.S. sanctions": an earlier event, as background
    if _imperative(anchor):
        found.add("imperative")  # "Just call me and let me know": asked of the listener, not done
    if _once_upon(anchor):
        found.add("background_clause")  # "was once invited to the White House of President Nixon": a life's past
    if _negated_governor(anchor, rules):
        found.add("negated_governor")
    if _alternative(anchor):
        found.add("alternative")  # "instead of calling for an Asian NATO": what is not done
    if _adverb_of(anchor, rules.hedge) or _hedging_adjective(anchor, rules):
        found.add("hedged")  # "will likely develop slowly", "probably attacked", "it is possible to release": a guess
    if _disavowed(anchor):
        found.add("negated_governor")  # "has no intention of sending troops", "no plans to deploy"
    if _asked(anchor) or _open_question(anchor, rules) or _inverted_question(anchor, rules):
        found.add("question")  # "What have you agreed on?": a question asserts nothing
    if _opinion(anchor, rules) or _proposition_object(anchor, rules) or _felt(anchor) or _stated_proposition(anchor, rules):
        found.add("opinion")  # "thinks proposals from the meetings are just talk", "rejected the idea that ..."
    if _requested(anchor, rules) or _asked_for_noun(anchor, rules) or _time_to(anchor) or _urged(anchor, rules):
        found.add("requested")  # "called for the charge to be dropped", "called for sanctions": asked for, not done
    if _generic_when(anchor, rules):
        found.add("generic")  # "people lose their green cards when they're convicted": what happens, not what happened
    if _judged_infinitive(anchor) and not pleased_speaker(anchor, rules):
        found.add("generic")  # "it is irresponsible to accuse us of this": an act judged, no one's and not done
    return found


def _preposition_cues(below: "Token", token: "Token", rules: "EventRules") -> set[str]:
    """What a preposition above the trigger makes of it: background ("after the 2014 annexation"), a topic ("spoke with
    him about China's aggression", "focusing on strengthening partnerships": an aim), not done ("without the UN
    Security Council sanction": none was given)."""
    found: set[str] = set()
    governed = below.dep_ in {"pobj", "pcomp"}
    if (below.dep_ == "pobj" and token.lower_ in rules.background) or (
            below.dep_ == "prep" and below.lower_ == "of" and token.lemma_.lower() in rules.background):
        found.add("background_clause")  # "after the 2014 annexation", "in the wake of the Paris attacks"
    if (governed and (token.lower_ in rules.topic_preps or _said_on(token, rules) or _focused_on(token, rules))) or (
            _listed_topic(below, token, rules)):
        found.add("topic")
    if governed and token.lower_ in rules.absence_preps:
        found.add("negated_governor")
    return found


def _charge_cues(anchor: "Token", below: "Token", token: "Token", rules: "EventRules") -> set[str]:
    """What an accusation or a punishment is about: "accused of planning to kidnap" (what is alleged), "jailed for
    protesting" (the deed punished, the reason given: ``punishment`` in modality.tsv)."""
    found: set[str] = set()
    if token.lemma_.lower() in rules.allegation and (below.dep_ in _CONTENT_DEPS or _charged_object(below, anchor)):
        found.add("allegation_content")
    if below.dep_ == "prep" and below.lower_ == "for" and below.i != anchor.i and token.lemma_.lower() in rules.punishment:
        found.add("reason")
    return found


def _charged_object(below: "Token", anchor: "Token") -> bool:
    """"accused the legislation of attacking civil society": the parser hangs the charge's "of" phrase on the object, so
    the alleged act is reached through it."""
    return below.dep_ == "dobj" and any(
        c.dep_ == "prep" and c.lower_ in {"of", "with"} and c.i < anchor.i and anchor in c.subtree for c in below.children)


def _present(verb: "Token") -> bool:
    """In the simple present: "lose", "are convicted", "is attacked" (no modal, no perfect, no past)."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if not auxiliaries:
        return verb.tag_ in {"VBP", "VBZ"}
    return all(c.tag_ in {"VBP", "VBZ"} and c.lemma_ != "have" for c in auxiliaries)  # not "has attacked"


def _generic_when(anchor: "Token", rules: "EventRules") -> bool:
    """"People lose their green cards most often when they're convicted of crimes": a "when" clause in the present
    under a main clause in the present states what happens as a rule; a verb of saying ("when troops attack, she
    says") or a past main clause ("when they were attacked, they fled") reports one event."""
    opened = any(c.dep_ in {"mark", "advmod"} and c.lower_ in {"when", "whenever"} for c in anchor.children)
    if anchor.dep_ != "advcl" or not opened or not _present(anchor):
        return False
    governor = anchor.head
    return governor.pos_ in {"VERB", "AUX"} and _present(governor) and governor.lemma_.lower() not in rules.say


def pleased_speaker(anchor: "Token", rules: "EventRules") -> bool:
    """"It is a pleasure to welcome the Federal Chancellor", "it is an honor to host you": an infinitive after "it is" and
    a noun of pleasure (``pleasure`` in modality.tsv) is the speaker's own act, not one judged in general."""
    copula = anchor.head
    return anchor.dep_ == "xcomp" and copula.lemma_ == "be" and any(
        c.dep_ == "attr" and c.lemma_.lower() in rules.pleasure for c in copula.children)


def _judged_infinitive(anchor: "Token") -> bool:
    """"It is irresponsible to accuse us of this", "it is wrong to blame China": the infinitive an "it is ADJECTIVE"
    judges names an act in general (exchange shown-event read, session 43); "it is ready to talk" has a subject of its
    own ("it" is a party there, and the adjective no judgement of an act: its infinitive hangs on the adjective)."""
    if anchor.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in anchor.children):
        return False
    copula = anchor.head
    # "it is at the very least irresponsible to ...": the parser may hang the adjective on a preposition
    return (copula.lemma_ == "be" and any(c.dep_ == "nsubj" and c.lower_ == "it" for c in copula.children)
            and any(c.dep_ in {"acomp", "attr"} or (c.dep_ == "prep" and any(p.pos_ == "ADJ" for p in c.children))
                    for c in copula.children))


def _focused_on(preposition: "Token", rules: "EventRules") -> bool:
    """"focusing on achieving peace", "a focus on ending the war": "on" after a word of attention (``focus`` in
    modality.tsv) names an aim or a subject."""
    return preposition.lower_ == "on" and preposition.head.lemma_.lower() in rules.focus


def _listed_topic(below: "Token", verb: "Token", rules: "EventRules") -> bool:
    """"VOA spoke with Armitage about his trip to Taiwan, U.S. support for the island, China's aggression in the region":
    the parser hangs the second item of the list off the verb as a bare noun (npadvmod, dep); it is talked about too, as the
    first item after "about" is (fresh18, read in session 42)."""
    return below.dep_ in {"npadvmod", "dep"} and below.pos_ == "NOUN" and below.i > verb.i and any(
        c.dep_ == "prep" and c.lower_ in rules.topic_preps and c.i < below.i for c in verb.children)


def _said_on(preposition: "Token", rules: "EventRules") -> bool:
    """"requests for comment on the decision to evacuate", "a report on the attacks", "questions on the deal": "on"
    after a word of comment, question or text (``no_comment``, ``question``, ``document`` in the class tables) names
    what is spoken or written about."""
    said = rules.no_comment | rules.question | rules.document
    return preposition.lower_ == "on" and preposition.head.pos_ == "NOUN" and preposition.head.lemma_.lower() in said


def _requested(anchor: "Token", rules: "EventRules") -> bool:
    """"He called for the charge to be dropped", "its call to the authorities to drop all charges", "calls for
    rearming Europe and boosting aid for Kyiv": the trigger is a verb a request (``request`` in modality.tsv: "urge",
    "call for", "call to do") asks for, a few clauses below it, not in a relative clause of its own. An event noun
    asked for stays ("calling for a full investigation": PLV codes the investigation), as does a phone call's purpose
    ("called the president to express his support")."""
    if anchor.pos_ not in {"VERB", "AUX"}:
        return False
    if _asked_by_its_subject(anchor, rules):
        return True
    probe, steps = anchor, 0
    while probe.head.i != probe.i and steps < rules.settings.frame_climb:
        if probe.dep_ in {"relcl", "nsubj", "nsubjpass"} or (probe.dep_ == "advcl" and (
                probe.i < probe.head.i or (probe.tag_ in {"VBG", "VBN"} and not _infinitive(probe)))):
            # "the attacks that he urged ...", "protesters who demanded ...", "the suit seeks to stop ..., alleging the
            # moves violate U.S. law" (a participle beside the request says what its maker does) are not asked for;
            # "called for the charge to be dropped" (a passive infinitive the parser hangs as advcl) is
            return False
        below, probe, steps = probe, probe.head, steps + 1
        if probe.i < anchor.i and (_asks(probe, rules) or _asks_for_marked(probe, below, rules)):
            return True
    return False


def _asked_for_noun(anchor: "Token", rules: "EventRules") -> bool:
    """"called for sanctions against Moscow", "pushing for a ceasefire", "demanded reforms and Bashir's ouster", "calls
    for an end to the blockade": an event noun (or one conjoined with it) that a verb or noun of request asks for, as
    the object of its "for" or as its direct object, names what is asked, not what was done (the precision sets label
    the request alone: "called for his release" is REQUEST)."""
    if anchor.pos_ not in {"NOUN", "PROPN"}:
        return False
    noun = anchor
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ == "for":
        return _asks(noun.head.head, rules)
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in rules.request


def _stated_proposition(anchor: "Token", rules: "EventRules") -> bool:
    """"the false narrative that NATO is threatening Russia": the "that" clause of a story told as untrue
    (``disputed_story`` in noun_classes.tsv) states a view, not an act reported ("a statement on this notion that Russia
    will face severe economic consequences" conveys the threat)."""
    mark = next((c for c in anchor.children if c.dep_ == "mark" and c.lower_ == "that"), None)
    if anchor.dep_ not in {"acl", "ccomp"} or mark is None or mark.i == 0:
        return False
    # the noun right before "that": the parser often hangs the clause on the verb ("spoke on the narrative that ...")
    noun = anchor.doc[mark.i - 1]
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in rules.disputed_story


def _felt(anchor: "Token") -> bool:
    """"Russia feels threatened by the prospect of missile systems": a participle after "feel" says how a party feels,
    not what was done to it (the parser makes "feels" its passive auxiliary, or the participle its complement)."""
    if anchor.tag_ != "VBN":
        return False
    return any(c.dep_ == "auxpass" and c.lower_ in _FEEL for c in anchor.children) or (
        anchor.dep_ in {"acomp", "oprd", "xcomp"} and anchor.head.lower_ in _FEEL)


def _urged(anchor: "Token", rules: "EventRules") -> bool:
    """"stressed the importance of immediately starting talks", "the need for talks": what a noun of urging
    (``urging_noun`` in modality.tsv) is said of, with "of" or "for", is urged, not done."""
    preposition = anchor.head
    return (anchor.dep_ in {"pcomp", "pobj"} and preposition.lower_ in {"of", "for"}
            and preposition.head.lemma_.lower() in rules.urging_noun)


def _time_to(anchor: "Token") -> bool:
    """"It's time to stop Israel's attacks", "it is time for Russia to withdraw its troops": the infinitive of "it is
    time" is urged, not done."""
    head = anchor.head
    return (anchor.dep_ in {"relcl", "acl"} and _infinitive(anchor) and head.lemma_.lower() == "time"
            and head.dep_ == "attr" and (head.head.lemma_ == "be" or head.head.tag_ in {"VBZ", "VBD"}))


def _asks_for_marked(verb: "Token", clause: "Token", rules: "EventRules") -> bool:
    """"called for the charge to be dropped": the parser hangs "for" on the infinitive as its mark."""
    return any(c.dep_ == "mark" and c.i == verb.i + 1 and f"{verb.lemma_.lower()} {c.lower_}" in rules.request
               for c in clause.children)


def _infinitive(verb: "Token") -> bool:
    """A "to" infinitive: "to be dropped", "to seize"."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _asked_by_its_subject(anchor: "Token", rules: "EventRules") -> bool:
    """"reiterated 'its call to the authorities to drop all charges'", "repeated its call to the government to release
    the prisoners": the infinitive a request noun asks for, misattached by the parser (``grammar.misattached_infinitive``),
    is asked for all the same."""
    from parley.extract.events import grammar

    nouns = [c for c in anchor.children if c.dep_ == "nsubj"]
    if anchor.dep_ == "advcl":
        nouns += [c for c in anchor.head.children if c.dep_ == "dobj" and c.i < anchor.i]
    return any(c.pos_ == "NOUN" and f"{c.lemma_.lower()} to do" in rules.request
               and getattr(grammar.misattached_infinitive(c), "i", None) == anchor.i for c in nouns)


def _asks(token: "Token", rules: "EventRules") -> bool:
    """Whether ``token`` asks for something: a verb of request, "call for"/"call on" (the preposition right after
    it), or a noun with its infinitive ("its call to the authorities to drop")."""
    lemma = token.lemma_.lower()
    if lemma in rules.request:
        return True
    if any(c.dep_ == "prep" and c.i == token.i + 1 and f"{lemma} {c.lower_}" in rules.request for c in token.children):
        return True  # "called for", "called on"; not "called the president on Saturday"
    from parley.extract.events import grammar

    return f"{lemma} to do" in rules.request and any(c.dep_ == "acl" and grammar.to_infinitive(c) for c in token.children)


def _forecast(anchor: "Token", rules: "EventRules") -> bool:
    """"Analysts expect that China will retaliate", "It was evident that they would impose ...", "expressed hope that
    Greece would support": the clause is the complement of a belief or a likelihood (``belief`` in modality.tsv), a
    forecast."""
    from parley.extract.events import grammar

    probe, steps = anchor, 0
    while probe.dep_ in {"ccomp", "conj", "xcomp", "acl"} and probe.head.i != probe.i and steps < rules.settings.frame_climb:
        came_by, probe, steps = probe.dep_, probe.head, steps + 1
        if came_by == "acl" and probe.pos_ == "NOUN" and probe.lemma_.lower() in rules.belief:
            return True  # "expressed hope that Greece would support ...": a noun of belief's "that" clause (session 45)
        if came_by != "ccomp":
            continue
        if probe.pos_ in {"VERB", "AUX"} and any(guess in rules.belief for guess in grammar.lemma_guesses(probe)):
            return True  # "Ukraine hopes the EU will impose ...", the tagger's lemma of "hopes" being "hop"
        if probe.lemma_.lower() in rules.belief:
            return True
        if any(c.dep_ == "acomp" and c.lemma_.lower() in rules.belief for c in probe.children):
            return True
    return False


def _opinion(anchor: "Token", rules: "EventRules") -> bool:
    """"A Qiang thinks proposals from the meetings are just talk": the trigger stands, at any depth, in the
    "that" clause of a verb of opinion (``opinion`` in modality.tsv), or in what it judges ("consider X a good
    step"), not in a relative clause below it."""
    probe, steps = anchor, 0
    while probe.head.i != probe.i and steps < rules.settings.frame_climb * 3:
        if probe.dep_ in {"relcl", "acl"}:
            return False  # "the talks that he believes ..." is about the talks
        if probe.dep_ == "ccomp" and probe.head.lemma_.lower() in rules.opinion:
            return True
        if probe.dep_ in {"dobj", "oprd"} and probe.i != anchor.i and probe.head.lemma_.lower() in rules.opinion:
            return True  # "we consider the withdrawal a good step": the event is what is judged
        if probe.dep_ == "pobj" and probe.head.lower_ == "as" and probe.head.head.lemma_.lower() in rules.judging:
            return True  # "we do not see this as a concession": how something is seen
        probe, steps = probe.head, steps + 1
    return False


def _setting_of_thing(anchor: "Token", rules: "EventRules") -> bool:
    """"rival sides in the Syrian civil war", "his role in the talks": an event noun in an "in" or "during" phrase that
    hangs on a noun of no event (``setting`` in prepositions.tsv) is where that thing stands, not an event reported;
    "casualties in the attack" is the same; "killed in the attack" (on a verb) is not."""
    preposition = anchor.head if anchor.dep_ == "pobj" and anchor.pos_ == "NOUN" else None
    if preposition is None or preposition.lower_ not in rules.setting_preps:
        return False
    thing = preposition.head
    return thing.pos_ == "NOUN" and thing.lemma_.lower() not in rules.lexicon.nouns


def _imperative(anchor: "Token") -> bool:
    """"Just call me and let me know", "Stop the war!": a bare verb leading its own sentence with no subject and no
    auxiliary is an order or a plea, nothing reported (a conjoined bare verb shares its first verb's mood)."""
    verb = anchor
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ROOT" or verb.tag_ != "VB":
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "expl", "aux", "auxpass"} for c in verb.children):
        return False
    return all(t.dep_ in {"advmod", "intj", "punct", "discourse"} for t in verb.sent if t.i < verb.i)


def _once_upon(anchor: "Token") -> bool:
    """"Gee was once invited to the White House", "He once headed the party": "once" between the subject and its verb,
    meaning "at one time", sets the event in a life's past; "Once the troops withdrew, ..." (before its subject) is a
    time clause, "met him once" (after the verb) one time, "has once again rejected" one more time."""
    # a conjoined verb shares its subject: "... and was once invited" (once after its auxiliary)
    before = [c.i for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"}]
    return bool(before) and any(
        c.dep_ == "advmod" and c.lower_ == "once" and min(before) < c.i < anchor.i
        and anchor.doc[c.i + 1].lower_ not in {"again", "more"} for c in anchor.children)


def _proposition_object(anchor: "Token", rules: "EventRules") -> bool:
    """"He rejected the idea that migration can lead to enrichment", "dismissed the argument that sanctions work":
    the verb acts on a proposition (a noun of what is said or thought, ``said`` in noun_classes.tsv, with the clause
    stating it), a view about the world, not a refusal of what a party asked ("rejected the idea of talks" stays).
    The parser may read "the idea migration can lead" as a subject inside the verb's own complement clause."""
    if anchor.pos_ not in {"VERB", "AUX"}:
        return False
    said = rules.said
    for child in anchor.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in said and any(c.dep_ in {"acl", "ccomp"} for c in child.children):
            return True
        if child.dep_ == "ccomp" and any(t.lemma_.lower() in said and t.dep_ in {"nsubj", "compound"}
                                         for t in child.subtree if t.i < child.i):
            return True
    return False


def _adverb_of(anchor: "Token", words: frozenset[str]) -> bool:
    """The trigger's clause has one of these adverbs: on the trigger, or for an event noun on the verb it
    hangs on ("cooperation ... will likely develop slowly"), or for a participle clause after its verb on that verb."""
    verb = anchor
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    clauses = {anchor, verb}
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.i > verb.head.i:
        clauses.add(verb.head)  # "will likely increase cooperation, deepening agreements": the participle shares it
    return any(c.dep_ == "advmod" and c.lower_ in words for t in clauses for c in t.children)


def _hedging_adjective(anchor: "Token", rules: "EventRules") -> bool:
    """"It is possible to release the money", "unlikely to attack": the infinitive of an adjective of
    likelihood (``hedge`` in modality.tsv)."""
    return anchor.dep_ == "xcomp" and anchor.head.pos_ == "ADJ" and anchor.head.lower_ in rules.hedge


def _disavowed(anchor: "Token") -> bool:
    """"The President has no intention of sending U.S. troops", "no plans to deploy": the act of a noun
    of intent that "no" denies; "It is not our plan to occupy the Ukrainian territory": or a negated "be" (a transcript
    read, session 36)."""
    probe, steps = anchor, 0
    if anchor.dep_ == "dobj" and anchor.head.dep_ == "pcomp":
        probe = anchor.head  # "no intention of putting American forces in Ukraine": the gerund's event noun
    while probe.dep_ in {"pcomp", "acl", "xcomp", "pobj", "prep"} and probe.head.i != probe.i and steps < 4:
        probe, steps = probe.head, steps + 1
        if probe.pos_ == "NOUN":
            return any(c.dep_ == "det" and c.lower_ == "no" for c in probe.children) or (
                probe.dep_ == "attr" and probe.head.lemma_ == "be" and any(c.dep_ == "neg" for c in probe.head.children))
    return False


def _denied_charge(anchor: "Token", rules: "EventRules") -> bool:
    """"Pakistani officials blamed India, ..., a charge New Delhi quickly rejected", "..., charges the election commission
    denied": a verb after a comma, an allegation noun and the verb's own subject answers the sentence's charge."""
    if anchor.pos_ != "VERB" or not any(c.dep_ == "nsubj" for c in anchor.children):
        return False
    comma = next((t for t in reversed(anchor.doc[anchor.sent.start: anchor.i]) if t.text == ","), None)
    if comma is None:
        return False
    between = [t for t in anchor.doc[comma.i + 1: anchor.i] if t.dep_ != "det"]
    subject = next(c for c in anchor.children if c.dep_ == "nsubj")
    # "charges" right after the comma is often tagged a verb (VBZ): its place, not its tag, makes it the noun
    return (len(between) >= 2 and between[0].tag_ in {"NN", "NNS", "VBZ"} and between[0].lemma_.lower() in rules.allegation
            and comma.i < subject.i < anchor.i and all(t.pos_ not in {"VERB", "AUX"} for t in between[1:]))


def _open_question(anchor: "Token", rules: "EventRules") -> bool:
    """"To what extent the United States will defend its ally was not made clear", "it is unclear how the U.S. will
    respond", "we know which matters we will be discussing": what will or would be done, opened by "how" or a "what"
    or "which" phrase before its subject, is left open (exchange read part, session 43)."""
    auxes = {c.lower_ for c in anchor.children if c.dep_ == "aux"}
    subject = next((c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or not (rules.is_future(auxes) or auxes & rules.hypothetical):
        return False
    if anchor.head.i != anchor.i and anchor.head.lemma_ == "be" and not any(c.dep_ == "acomp" for c in anchor.head.children):
        return False  # "This is how we will support Ukraine": said, not asked ("it is unclear how ..." is asked)
    return anchor.dep_ != "relcl" and any(c.i < subject.i and (
        (c.dep_ == "advmod" and c.lower_ == "how") or (c.dep_ == "prep" and any(_wh_phrase(o) for o in c.children))
        or (c.dep_ == "dobj" and _wh_phrase(c))) for c in anchor.children)


def _wh_phrase(noun: "Token") -> bool:
    """"what", "which matters", "what outcomes": a phrase that asks which (a relative clause's "which" is read apart)."""
    return noun.tag_ in {"WP", "WDT"} or any(d.dep_ == "det" and d.tag_ in {"WP", "WDT"} for d in noun.children)


def _asked(anchor: "Token") -> bool:
    """The trigger's sentence is a question (it ends with a question mark, before any closing quote)."""
    tail = anchor.sent.text.rstrip().rstrip("\"'”’)")
    return tail.endswith("?")


def _inverted_question(anchor: "Token", rules: "EventRules") -> bool:
    """"So why doesn't the U.S. give us the Patriot missile," said ...: a question word, then an auxiliary before the
    subject; the sentence may end in its attribution, not in a question mark (a corpus read, session 36)."""
    subject = next((c for c in anchor.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None:
        return False
    auxiliary = next((c for c in anchor.children if c.dep_ in {"aux", "auxpass"} and c.i < subject.i), None)
    return auxiliary is not None and any(
        c.dep_ == "advmod" and c.lower_ in rules.question_word and c.i < auxiliary.i for c in anchor.children)


def _alternative(anchor: "Token") -> bool:
    """"instead of calling for an Asian NATO", "rather than imposing tariffs": the gerund of the
    alternative a clause sets aside."""
    if anchor.dep_ != "pcomp":
        return False
    marker = anchor.head
    return (marker.lower_ == "of" and any(c.lower_ == "instead" for c in marker.children)) or (
        marker.lower_ == "than" and any(c.lower_ == "rather" for c in marker.children))


def _negated_governor(anchor: "Token", rules: "EventRules") -> bool:
    """"No one's going to have joint patrols", "did not want to attack", "the evidence would not show that
    his client planned to kill": a verb the trigger is the infinitive or "that" complement of (up a chain
    of them) is negated, so the trigger's event is not done, or not said to be."""
    from parley.extract.events import grammar

    if anchor.dep_ == "pcomp" and anchor.head.lower_ == "from" and anchor.head.head.lemma_.lower() in rules.abstention:
        return True  # "refrain from deploying assault weapons": not done
    refused = rules.lexicon.nouns.get(anchor.head.lemma_.lower()) if anchor.dep_ == "acl" else None
    if refused is not None and refused.type == "REJECT" and grammar.to_infinitive(anchor):
        return True  # "Australia's refusal to cave to Beijing's demands": not done
    if anchor.dep_ == "dobj" and anchor.pos_ == "NOUN" and anchor.head.lemma_.lower() in rules.denial:
        return True  # "denied the attack": said not to have happened
    if _ended(anchor, rules):
        return True
    if anchor.dep_ == "advcl" and _infinitive(anchor) and anchor.head.pos_ == "AUX" and any(
            c.dep_ == "neg" for c in anchor.head.children):
        return True  # "I'm not here to set deadlines": what one is not there to do
    probe, steps = anchor, 0
    # through an adjective too: "is not prepared to impose sanctions", "is not ready to send troops"
    while probe.dep_ in {"xcomp", "ccomp", "acomp"} and probe.head.i != probe.i and steps < rules.settings.frame_climb:
        probe, steps = probe.head, steps + 1
        if grammar.negated(probe, rules) and probe.lemma_.lower() not in rules.hesitation:
            return True  # "will not hesitate to impose sanctions" promises them
        if probe.lemma_.lower() in rules.denial:
            return True  # "Iran denies seeking nuclear weapons", "denied that its troops had entered Ukraine"
    return False


def _ended(anchor: "Token", rules: "EventRules") -> bool:
    """"ceased its military operations", "the ban was lifted", "a suspension of aid", "the end of the blockade": an event
    noun a verb or noun of ending (``ending`` in modality.tsv) ends is not reported as done; a meeting or a call ended
    was held all the same ("the President just ended a call with him": its entry's type is in ``joint``), and an ending
    only asked for ("to stop its aggression") leaves the act going on."""
    if anchor.pos_ != "NOUN":
        return False
    entry = rules.lexicon.nouns.get(anchor.lemma_.lower())
    if entry is not None and entry.type in rules.joint:
        return False
    if anchor.dep_ in {"dobj", "nsubjpass"}:
        ending = anchor.head
    elif anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        ending = anchor.head.head
    else:
        return False
    # "called for Russia to stop its aggression against Ukraine": an ending only asked for leaves the act going on
    return ending.lemma_.lower() in rules.ending and not _infinitive(ending)


def _possible_only(anchor: "Token", rules: "EventRules") -> bool:
    """Whether the trigger, or a verb or adjective its infinitive completes, has a modal of possibility (``possibility``
    in modality.tsv): "may reject", "might be willing to make"; not a conjoined clause's ("we may not have to, but
    he is prepared to support changes")."""
    probe, steps = anchor, 0
    while True:
        if any(c.dep_ == "aux" and c.lower_ in rules.possibility for c in probe.children):
            return True
        if probe.dep_ not in {"xcomp", "acomp"} or probe.head.i == probe.i or steps >= rules.settings.frame_climb:
            return False
        probe, steps = probe.head, steps + 1


def _awaited_act(noun: "Token", rules: "EventRules") -> bool:
    """"ready to respond decisively to a Russian attack on Ukraine", "will retaliate against any strike": the act a
    response (``response`` in modality.tsv) is readied or promised for has not happened."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in {"to", "against"} or prep.head.lemma_.lower() not in rules.response:
        return False
    verb = prep.head
    if rules.is_future({c.lower_ for c in verb.children if c.dep_ == "aux"}):
        return True
    return verb.dep_ == "xcomp" and verb.head.lower_ in rules.willingness


def _governing_mode(verb: "Token", rules: "EventRules", anchor: "Token", under: "Token") -> set[str]:
    """"may overreact by threatening", "will add support for": the mode of a clause above the trigger (``under``: the
    clause on the way up that hangs on it). None of a verb of going on over its own infinitive ("will continue to
    support"; "will continue to take escalatory actions and further invade the country" still foresees the invasion),
    nor over a conjoined clause with auxiliaries of its own ("We will keep moving towards this, and we will continue
    working together with you": its own "will continue" says what it is)."""
    from parley.extract.events import grammar

    if verb.lemma_.lower() in rules.continuing and anchor.head.i == verb.i and anchor.dep_ == "xcomp":
        return set()  # "will continue to support": the support goes on now
    if under.dep_ == "conj" and any(c.dep_ in {"aux", "auxpass"} for c in under.children):
        return set()
    auxes = {c.lower_ for c in verb.children if c.dep_ in {"aux", "auxpass"}}
    if auxes & rules.hypothetical:  # "said the tariffs would take effect": the "will" of what was said
        return {"governed:future"} if grammar.backshifted(verb, auxes, rules) else {"governed:hypothetical"}
    if rules.is_future(auxes):
        return {"governed:future"}
    return set()


def _stance_object(anchor: "Token") -> bool:
    """"concerned about Chinese aggression": an event noun a stance adjective is about."""
    return anchor.pos_ in {"NOUN", "PROPN"} and anchor.dep_ == "pobj" and anchor.head.head.pos_ == "ADJ"


def _supposing_noun(token: "Token", rules: "EventRules") -> bool:
    """"in the event", "in case" (``condition_noun`` in modality.tsv): a noun after "in" whose clause is a supposition."""
    return token.lemma_.lower() in rules.condition_noun and token.dep_ == "pobj" and token.head.lower_ == "in"


def _prospect(anchor: "Token", rules: "EventRules") -> bool:
    """"the ongoing threat of attacks", "fears of a war", "to avert a war": an event noun that is only
    feared, risked or prevented (``prospect`` in modality.tsv); "terrified of being forced back", "is aimed at
    boosting cooperation": the gerund of what is feared or aimed at."""
    if anchor.dep_ == "pcomp" and anchor.head.dep_ == "prep":
        governor = anchor.head.head
        words = {governor.lemma_.lower(), governor.lower_}  # "terrified" (lemma "terrify")
        return (anchor.head.lower_ == "of" and bool(words & rules.prospect)) or any(
            f"{word} {anchor.head.lower_}" in rules.prospect for word in words)
    if anchor.dep_ == "xcomp" and anchor.tag_ == "VBG" and anchor.head.lemma_.lower() in rules.prospect:
        return True  # "many fear being deported", "considered imposing sanctions"
    if _aimed(anchor, rules):
        return True
    if anchor.pos_ not in {"NOUN", "PROPN"}:
        return False
    if anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in rules.attain and _aimed(anchor.head, rules):
        return True  # "the campaign to secure his father's release": the release is only aimed at
    if _awaited_act(anchor, rules):
        return True
    if any(c.dep_ == "amod" and c.lower_ in rules.prospective for c in anchor.children):
        return True  # "proposed sanctions", "a possible attack", "the planned visit": not (yet) done
    if anchor.dep_ == "pobj" and anchor.head.lower_ == "of":
        holder = anchor.head.head  # "fears of a war"; "in the event of a Russian invasion"; "ahead of talks"
        return holder.lemma_.lower() in rules.prospect or _supposing_noun(holder, rules) or holder.lower_ == "ahead"
    if anchor.dep_ == "nsubj" and _said_to_be_prospect(anchor.head, rules):
        return True  # "Further Russian assault into Ukraine remains a severe threat": feared, not done
    return anchor.dep_ == "dobj" and anchor.head.lemma_.lower() in rules.prospect


def _said_to_be_prospect(verb: "Token", rules: "EventRules") -> bool:
    """A "be" or "remain" whose predicate noun is a prospect (``prospect`` in modality.tsv): "remains a severe threat",
    "is a real possibility"."""
    return verb.lemma_ in {"be", "remain"} and any(
        c.dep_ == "attr" and c.lemma_.lower() in rules.prospect for c in verb.children)


def _aimed(verb: "Token", rules: "EventRules") -> bool:
    """"aiming to topple the government and impose its rule", "in an effort to pressure the U.S.", "allows the government
    to seize": an act only aimed at (``goal``, ``goal_noun``) or allowed (``permission`` in modality.tsv)."""
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in rules.goal:
        return True
    if _permitted(verb, rules):
        return True
    if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and verb.head.lemma_.lower() in rules.goal_noun:
        return True
    return _aim_after_object(verb, rules)


def _aim_after_object(verb: "Token", rules: "EventRules") -> bool:
    """"brought the campaign to secure his release": the parser hangs the goal noun's "to" infinitive on the verb whose
    object the noun is, as a purpose clause; it is the noun's aim all the same when it follows the noun at once."""
    if verb.dep_ not in {"advcl", "xcomp"} or not _infinitive(verb):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in rules.goal_noun and c.right_edge.i + 1 == verb.left_edge.i
               for c in verb.head.children)


def _permitted(verb: "Token", rules: "EventRules") -> bool:
    """"the law allows the government to seize its assets", "would enable Russia to deploy troops": an act only allowed,
    made possible or authorised (``permission`` in modality.tsv); the parser hangs the infinitive as xcomp or ccomp."""
    # "a law that authorizes firing on foreign vessels": a gerund allowed, as an infinitive
    return verb.dep_ in {"xcomp", "ccomp"} and verb.head.lemma_.lower() in rules.permission and (
        _infinitive(verb) or verb.tag_ == "VBG")


def _predicate_nominal(anchor: "Token") -> bool:
    """"is a clear rejection of ...", "is an attack on national security": an event noun said of
    something with "be" is a judgement, not a report that it happened."""
    return anchor.pos_ == "NOUN" and anchor.dep_ == "attr" and anchor.head.lemma_ == "be"


def _standing_state(anchor: "Token", rules: "EventRules") -> bool:
    """"the train remains blocked", "the border stayed closed", "remains in detention": a state that lasts, not an event
    (the parser reads "remains" as the participle's passive auxiliary, or the participle as its complement)."""
    if any(c.dep_ in {"auxpass", "aux"} and c.lower_ in rules.linking for c in anchor.children):
        return True
    if anchor.dep_ == "conj" and anchor.head.pos_ == "ADJ" and anchor.tag_ in {"VBG", "VBN"}:
        return True  # "the Japanese are friendly and accepting": a participle as an adjective
    if anchor.dep_ == "pobj" and anchor.head.head.lemma_.lower() in rules.linking and anchor.head.head.pos_ in {"VERB", "AUX"}:
        return True  # "the resident remains in detention", "stayed under house arrest": where someone still is
    return anchor.dep_ in {"acomp", "oprd", "xcomp"} and anchor.head.lemma_.lower() in rules.linking


def _held_now(anchor: "Token", rules: "EventRules") -> bool:
    """"The alleged coup plotters ... are also detained there": a present passive of detention with no one who detains
    and no time says where people are held, not that they were arrested ("were detained Tuesday", "is being held" are)."""
    auxiliaries = [c for c in anchor.children if c.dep_ in {"auxpass", "aux"}]
    present = [c for c in auxiliaries if c.dep_ == "auxpass" and c.lower_ in {"is", "are"}]
    timed = any(t.ent_type_ in rules.date_labels for c in anchor.children if c.dep_ not in {"nsubj", "nsubjpass"} for t in c.subtree)
    return (anchor.tag_ == "VBN" and len(present) == 1 and len(auxiliaries) == 1 and not timed
            and not any(c.dep_ == "agent" for c in anchor.children))


def _figurative(anchor: "Token", rules: "EventRules") -> bool:
    """"his trade war with Canada", "started a war of words": an event noun (the trigger, or the object of
    the light verb that triggered) made a figure of speech by its modifier."""
    nouns = [anchor] if anchor.pos_ in {"NOUN", "PROPN"} else [c for c in anchor.children if c.dep_ == "dobj"]
    if anchor.pos_ == "NOUN" and any(c.dep_ in {"compound", "amod"} and c.lemma_.lower() in rules.electoral
                                     for c in anchor.children):
        return True  # "an election rally": a gathering of voters
    if anchor.pos_ == "NOUN" and anchor.lemma_.lower() in rules.gathering and any(
            c.dep_ in {"compound", "poss"} and c.ent_type_ == "PERSON" for c in anchor.children):
        return True  # "a Hillary Clinton rally": a candidate's gathering
    if _fights_for_a_cause(anchor, rules):
        return True
    for noun in nouns:
        for child in noun.children:
            if child.dep_ in {"compound", "amod", "nmod"} and child.lemma_.lower() in rules.figurative:
                return True
            if child.dep_ == "prep" and child.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in rules.figurative for g in child.children
            ):
                return True
    return False


def _fights_for_a_cause(anchor: "Token", rules: "EventRules") -> bool:
    """"I will fight for you", "fight for his employees", "fought for protections": fighting "for" a person or a cause
    (``advocated`` in noun_classes.tsv), with no enemy named, is advocacy; "fought for this city" stays a fight."""
    if anchor.lemma_.lower() != "fight" or anchor.pos_ != "VERB" or any(
            c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ in {"against", "with"}) for c in anchor.children):
        return False
    causes = [p for c in anchor.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    return any(p.pos_ == "PRON" or p.ent_type_ == "PERSON" or p.lemma_.lower() in rules.advocated for p in causes)


def _asks_for_comment(anchor: "Token", rules: "EventRules") -> bool:
    """"requesting comment", "a request for comment", "an inquiry about whether ...": a reporter's
    question, not a demand between parties; "criticized Trump's comments", "called the comments egregious" are about
    words someone said (a possessor or a definite determiner)."""
    if _when_asked(anchor):
        return True
    for child in anchor.children:
        if child.dep_ in {"dobj", "xcomp"} and _comment_asked(child, rules):
            return True
        if child.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ == "for" and any(
                q.dep_ == "pobj" and _comment_asked(q, rules) for q in p.children) for p in child.children):
            return True  # "ignored VOA requests for comment": a reporter's question went unanswered
        if child.dep_ == "prep" and any(p.dep_ == "pobj" and _comment_asked(p, rules) for p in child.children):
            return True
    return False


def _party_asks(event: Event, anchor: "Token") -> bool:
    """A coded party that is not the press asks, as the verb's own subject: "Kenya's opposition demanded answers from
    the government" is a demand; "did not reply to VOA's email requesting comment" stays a reporter's request (the
    participle has no subject of its own; PLV read, session 46)."""
    code = event.actor.code if event.actor is not None else None
    return bool(code) and not is_media(code) and any(c.dep_ == "nsubj" for c in anchor.children)


def _when_asked(anchor: "Token") -> bool:
    """"When asked whom she supported, Ms. Sherry smiled", "When asked for his position during a Fox News interview":
    a passive "asked" in an adverbial clause, by no one named, is an interviewer's question (PolNeAR read, session 46);
    "Russia was asked to withdraw" stays a request."""
    return (anchor.lemma_.lower() == "ask" and anchor.tag_ == "VBN" and anchor.dep_ == "advcl"
            and not any(c.dep_ == "agent" or c.dep_ == "nsubj" for c in anchor.children))


def _comment_asked(word: "Token", rules: "EventRules") -> bool:
    said = any(c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ not in {"a", "an", "any", "no"}) for c in word.children)
    return word.lemma_.lower() in rules.no_comment and not said


def _same_party(event: Event) -> bool:
    """Actor and recipient with the same full code (USA and USA; not AFGREB and AFGGOV: rebels and
    their government are two parties)."""
    actor = event.actor.code if event.actor is not None else None
    return bool(actor) and event.recipient is not None and event.recipient.code == actor


def _sectored(event: Event) -> bool:
    """The actor's code names a sector beside its country (USAGOV, SDNPTY), not a country alone."""
    return event.actor is not None and len(event.actor.code or "") > 3


def _code(party: object) -> str | None:
    code = getattr(party, "code", None)
    return code[:3] if code else None


def _listed_phrase(event: Event, rules: "EventRules") -> bool:
    """Whether the trigger matched a verb phrase listed with a type of its own ("reach agreement",
    "send rescuer"): the phrase already says which sense it is, where a type read from one everyday
    word ("helped", "gave") or a light verb with its noun ("making aid conditional") may not."""
    entry = event.lexicon_entry or ""
    listed = rules.lexicon.verbs.get(entry) if " " in entry else None
    return listed is not None and listed.type == event.type


def _sector_cues(event: Event, rules: "EventRules") -> set[str]:
    """Cues of the parties' sectors: a news outlet acting, private people in diplomacy, the press told."""
    found: set[str] = set()
    if event.actor is not None and event.actor.code and event.actor.code[3:6] == "MED":
        found.add("media_actor")
    sector = event.actor.code[3:6] if event.actor is not None and event.actor.code else ""
    if f"sector:{sector}:{event.type}" in rules.confidence:
        found.add(f"sector:{sector}:{event.type}")  # "tourists visited Vietnam": private people, no diplomacy
    to_sector = event.recipient.code[3:6] if event.recipient is not None and event.recipient.code else ""
    if f"recipient_sector:{to_sector}:{event.type}" in rules.confidence:
        found.add(f"recipient_sector:{to_sector}:{event.type}")  # "shared with VOA details": told the press
    return found


def cues_of(event: Event, anchor: "Token", rules: "EventRules", speech_cues: frozenset[int] = frozenset(),
            question_turns: tuple[tuple[int, int], ...] = ()) -> list[str]:
    """The named cues of an event whose trigger's head is ``anchor``, sorted. ``speech_cues``: the
    offsets of the article's quote cues ("..., agreed Polat Sayim": the trigger only reports a quote);
    ``question_turns``: the character spans of a transcript's journalist questions."""
    naming = event.construction in _NAMING  # a name is given whatever the clause around it asks, fears or foresees
    found = set() if naming else _clause_cues(anchor, rules)
    if anchor.idx in speech_cues and any(c.dep_ == "nsubj" and c.i > anchor.i for c in anchor.children):
        found.add("speech_cue")  # '"...," agreed Polat Sayim': the verb only reports the quote
    if event.construction != "blame" and _alleged(anchor, rules):
        # "officials allegedly offered to pay": what is alleged; "the Guard was allegedly behind the
        # plot" is the allegation itself (the blame construction codes it)
        found.add("allegation_content")
    if _asks_for_comment(anchor, rules) and not _party_asks(event, anchor):
        found.add("asks_for_comment")
    if event.type == "REJECT" and _denied_charge(anchor, rules):
        found -= {"relative_clause", "allegation_content"}  # the denial is reported as done, not part of the charge
    if event.type not in rules.venue_event and _setting_of_thing(anchor, rules):
        found.add("background_clause")  # "backing rival sides in the Syrian civil war": where the sides are
    if _standing_state(anchor, rules) or (event.construction == "nominal" and anchor.lemma_.lower() in rules.relation) or (
            event.mode == "arrest" and _held_now(anchor, rules)):
        found.add("standing_state")  # "our cooperation focuses on the economy": a relation that lasts
    if _figurative(anchor, rules):
        found.add("figurative")
    found |= _sector_cues(event, rules)
    if event.construction == "demand":
        found.discard("obligation")  # "Sudan must return ...": the obligation is the demand itself
    if event.type in rules.modal_type:  # "would be imposed if ...": the threat is the modality
        found -= _MODAL_CUES
        if event.type in rules.possible_not_made and _possible_only(anchor, rules):
            found.add("governed:hypothetical")  # "what concessions Ukraine might be willing to make": not promised
    if (event.aux in {"future", "hypothetical"} or event.type in rules.modal_type) and _forecast(anchor, rules):
        found.add("forecast")  # "it was evident that they would impose restrictions"
    found |= _party_cues(event, anchor, rules)
    if event.construction == "nominal" and event.type in rules.joint and event.recipient is None and not _with_someone(anchor):
        # "the President's trip to Ohio", "the speakers on our call today": with no one ("the President's meeting with
        # Baltic leaders" names its other side, though no dictionary codes it)
        found.add("no_partner")
    if event.construction:
        found.add(f"construction:{event.construction}")
    # a trigger often read in an everyday sense; negated ("did not allow"), it is a refusal
    if f"entry:{event.lexicon_entry}" in rules.confidence and not event.negated:
        found.add(f"entry:{event.lexicon_entry}")
    if not _listed_phrase(event, rules):
        found.add(f"type:{event.type}")
    if event.aux and not (event.type in rules.modal_type and event.aux != "historical"):
        found.add(f"aux:{event.aux}")
    if any(start <= event.trigger.start < end for start, end in question_turns):
        found.add("question")  # "Q ... the President asked him for a meeting": a journalist asks, nobody reports
    if event.asserted_by is not None:
        found.add("reported")
        if found & _MODAL_CUES:
            found.add("quoted_modal")
    if not naming:
        found |= _frame_cues(anchor, rules) | _habit_cues(anchor, rules)
    return sorted(found | _type_cues(event, anchor, rules))


def _audience_thanked(verb: "Token", rules: "EventRules") -> bool:
    """"thank you all for joining", "thank you for taking the time": thanks to an audience ("you", "everyone") for being
    there (``courtesy`` in modality.tsv), or for nothing said ("Thank you, Mr Putin"); not "thank Vice President Harris
    for coming to Romania", a visit thanked."""
    thanked = [c for c in verb.children if c.dep_ == "dobj"]
    if not all(c.lower_ in _AUDIENCE for c in thanked):
        return False
    reasons = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"]
    if thanked and not reasons:
        return True  # "Thank you, Mr Putin.": the words that close a turn, nothing thanked for (session 45)
    return any(g.dep_ == "pcomp" and g.lemma_.lower() in rules.courtesy for c in reasons for g in c.children)


def _type_cues(event: Event, anchor: "Token", rules: "EventRules") -> set[str]:
    """Cues that hold for some types only: an attack in words, an act only tried, thanks for being there."""
    found = set()
    if anchor.lemma_.lower() == "thank" and _audience_thanked(anchor, rules):
        found.add("courtesy")  # "thank you all for joining": a courtesy to the audience
    if event.type == "ASSAULT" and anchor.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in rules.verbal_target for c in anchor.children):
        found.add("figurative")  # "directly attacked Ukraine's right to exist": an attack in words
    if event.type not in rules.future_to_threaten and anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in rules.attempt:
        found.add("prospect")  # "tried to reach a deal": tried, not done ("tried to kill" is an attack all the same)
    return found


def _with_someone(noun: "Token") -> bool:
    """A noun with a "with" or "between" phrase: "meeting with Baltic leaders", "talks between the two sides"."""
    return any(c.dep_ == "prep" and c.lower_ in {"with", "between"} and any(p.dep_ == "pobj" for p in c.children)
               for c in noun.children)


def _party_cues(event: Event, anchor: "Token", rules: "EventRules") -> set[str]:
    """Who the event is between: no coded actor or recipient, no party at all, a self-loop."""
    found: set[str] = set()
    actor, recipient = _code(event.actor), _code(event.recipient)
    if actor is None:
        found.add("no_actor")
    if recipient is None:
        found.add("no_recipient")
    if actor is None and any(c.dep_ in {"nsubj", "csubj"} and c.lower_ in _DEMONSTRATIVES and c.tag_ != "WDT"
                             and c.head.i == anchor.i for c in anchor.children):
        found.add("demonstrative_subject")  # '"This effectively denies recognition to ...": a text or a fact acts
    if event.actor is None and event.recipient is None:
        found.add("no_party")  # "health warnings have been issued": nobody named does anything to anybody
    if _same_party(event) and (event.type not in rules.domestic or _sectored(event)):
        # "the group opposes Chinese investment": not China rejecting China; nor does a government
        # demand of itself (USAGOV REQUEST USAGOV), whatever the type
        found.add("self_loop")
    return found


def _alleged(anchor: "Token", rules: "EventRules") -> bool:
    """"officials allegedly offered to pay", "an alleged Chinese submarine": an adverb, or an event noun's adjective, of
    allegation (``alleged`` in modality.tsv)."""
    return _adverb_of(anchor, rules.alleged) or (anchor.pos_ == "NOUN" and any(
        c.dep_ == "amod" and c.lower_ in rules.alleged for c in anchor.children))


def _frame_cues(anchor: "Token", rules: "EventRules") -> set[str]:
    """What the trigger's noun or clause is framed as: the object of a stance, a prospect, a predicate nominal."""
    found = {"stance_object"} if _stance_object(anchor) else set()
    if _prospect(anchor, rules):
        found.add("prospect")
    if _predicate_nominal(anchor):
        found.add("predicate_nominal")
    return found


def _habit_cues(anchor: "Token", rules: "EventRules") -> set[str]:
    """"we always respect ...", "have been disputing ... for years": a stance or a period summed up (habitual); "the
    Taliban routinely deny providing sanctuary": a habit said outright by an adverb, never one event (routine as well).
    A summary ("has accused Gulen since 2013") still reports events and keeps the lighter cue alone."""
    if any(c.dep_ == "advmod" and c.lower_ in rules.habitual for c in anchor.children) or _known_for(anchor, rules):
        return {"habitual", "routine"}
    if _lasting(anchor, rules) or _recurring(anchor, rules) or _period_summary(anchor):
        return {"habitual"}
    return set()


def _known_for(anchor: "Token", rules: "EventRules") -> bool:
    """"The newspaper was known for its investigations into corruption", "notorious for attacking journalists": what a
    party is known for (``reputation`` in modality.tsv) is a habit or a past, not an event reported."""
    preposition = anchor.head if anchor.dep_ in {"pobj", "pcomp"} else None
    return (preposition is not None and preposition.lower_ == "for"
            and preposition.head.lower_ in rules.reputation)


def _lasting(anchor: "Token", rules: "EventRules") -> bool:
    """"have been disputing fishing rights for years", "has backed the rebels for decades": a plural
    unit of time after "for", with no number, makes the clause a lasting state (``duration`` in
    modality.tsv); "was jailed for two years" is one event."""
    return any(
        prep.dep_ == "prep" and prep.lower_ == "for"
        and any(p.dep_ == "pobj" and p.tag_ == "NNS" and p.lemma_.lower() in rules.duration
                and not any(c.dep_ == "nummod" or c.pos_ == "NUM" for c in p.children) for p in prep.children)
        for prep in anchor.children)


def _recurring(anchor: "Token", rules: "EventRules") -> bool:
    """"bans fishing in the middle of each year", "meets every week": a time said with "each" or "every"
    (``recurring`` in modality.tsv) makes the clause a habit, not one event."""
    for token in anchor.subtree:
        timed = token.dep_ == "npadvmod" or (token.dep_ == "pobj" and token.ent_type_ in rules.date_labels)
        if timed and any(d.dep_ == "det" and d.lower_ in rules.recurring for d in token.children):
            return True
    return False


def _period_summary(anchor: "Token") -> bool:
    """"Since 2009, hundreds of people have been killed": the present perfect with "since" sums up a
    period (a statistic), it does not report one event."""
    perfect = anchor.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in {"has", "have"} for c in anchor.children)
    return perfect and any(c.dep_ == "prep" and c.lower_ == "since" for c in anchor.children)


def score(cues: list[str], weights: dict[str, float]) -> float:
    """1 plus the weights of the cues (a cue without a weight counts 0), clipped to [0, 1]."""
    return round(min(1.0, max(0.0, 1.0 + sum(weights.get(cue, 0.0) for cue in cues))), 3)
