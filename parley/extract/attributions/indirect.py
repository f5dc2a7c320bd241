"""Cue-anchored attributions read from the dependency parse.

One pass over the tokens finds cues (verbs, nouns and phrases of the lexicon); for each,
the parse gives the source (the subject, "according to X", the possessive in "In her
words") and the content (the complement clause, the infinitive, the object or the
prepositional object the lexicon names for that cue). Quote marks play no part here;
:mod:`parley.extract.attributions.quotes` finds direct quotations and the step joins both.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from parley.extract.attributions.rules import AttributionRules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["PARSE_RULES", "Candidate", "colon_headlines", "find_candidates", "verb_candidate"]

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
# Relations through which a cue verb shares the subject of its head: "declined to say", "said and added",
# "..., saying ...", "went on to say".
_SHARES_SUBJECT = ("xcomp", "conj", "advcl", "pcomp")
# Dependents that are not part of a speaker mention after its head: its clauses and appositions ...
_MENTION_CLAUSES = ("relcl", "acl", "appos")
# ... and whatever is coordinated with it.
_MENTION_JOINS = ("punct", "cc", "conj")
# Links climbed from a word to the head of its noun phrase: modifiers and determiners.
_MODIFIER_LINKS = ("compound", "amod", "nmod")
_DETERMINER_LINKS = ("det", "poss", "case")
# Tokens that close a parenthetical cue set off by punctuation (", he said," / ", he said.").
_CLOSES_ASIDE = frozenset(",.—–);!?")
_PUNCT_EDGE = set(",;:—–-.") | {"...", "…"}


# What an attribution's content is: the quotation itself, a report of it, or a report quoting part of it.
Kind = Literal["direct", "indirect", "mixed"]
# The construction that found a candidate: a cue word (a verb, with light verbs and stance
# adjectives, or a noun), a cue phrase ("according to X", "In her words", "as X put it"), or a mark (a
# headline colon, a quotation with its own cue).
CueWordVia = Literal["verb", "noun"]
PhraseVia = Literal["according", "possessive", "as"]
MarkVia = Literal["colon", "quote"]
Via = Literal[CueWordVia, PhraseVia, MarkVia]


@dataclass
class Candidate:
    """An attribution before speaker resolution: token indices and character offsets only.

    Candidates refer to each other by index: ``consumes`` is the index of the parse candidate
    (:func:`find_candidates`) a quotation replaces, ``continues`` the index of the quotation whose
    speaker an uncued one inherits (in the list the candidate sits in).
    """

    cue: tuple[int, int] | None  # char offsets
    cue_token: int | None
    source: tuple[int, int] | None
    source_head: int | None
    content: list[tuple[int, int]]
    kind: Kind = "indirect"
    addressee: str | None = None
    channel: str | None = None
    inferred: bool = False
    via: Via = "verb"
    frame: str = ""  # the lexicon frame the content was read through ("clause", "obj", "light", ...)
    consumes: int | None = None
    continues: int | None = None


def token_bounds(tokens: "list[Token]") -> tuple[int, int] | None:
    """Character bounds of some tokens, trimmed of punctuation at both edges."""
    toks = sorted(tokens, key=lambda t: t.i)
    while toks and (toks[0].is_punct and toks[0].text not in "\"“‘'«(" or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].is_space or toks[-1].text in _PUNCT_EDGE):
        toks.pop()
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _subtree_bounds(token: "Token", exclude: "set[int] | None" = None) -> list[tuple[int, int]]:
    """The subtree's character ranges, split around excluded tokens (the cue's own clause)."""
    if not exclude:
        b = token_bounds(list(token.subtree))
        return [b] if b else []
    ranges: list[tuple[int, int]] = []
    run: list["Token"] = []
    for t in token.subtree:
        if t.i in exclude:
            if run:
                b = token_bounds(run)
                if b:
                    ranges.append(b)
                run = []
            continue
        if run and t.i != run[-1].i + 1:
            b = token_bounds(run)
            if b:
                ranges.append(b)
            run = []
        run.append(t)
    if run:
        b = token_bounds(run)
        if b:
            ranges.append(b)
    return ranges


def np_bounds(token: "Token") -> tuple[int, int] | None:
    """A noun phrase without its relative clauses and appositions: the speaker mention."""
    toks = [token]
    for child in token.children:
        if (child.dep_ in _MENTION_CLAUSES or child.dep_ in _MENTION_JOINS) and child.i > token.i:
            continue
        toks.extend(child.subtree)
    # Keep only the contiguous block around the head.
    idx = sorted(t.i for t in toks)
    doc = token.doc
    start = end = token.i
    s = set(idx)
    while start - 1 in s:
        start -= 1
    while end + 1 in s:
        end += 1
    # Times and numbers that the parse glued to the front ("10:11 US") are not part of the speaker.
    while start < token.i and (doc[start].like_num or doc[start].pos_ in ("NUM", "PUNCT", "SPACE")):
        start += 1
    # A hyphenated name the tokenizer split ("Shafiq-ul-Rehaman"): the whole written word.
    while token.pos_ == "PROPN" and start > 0 and not doc[start - 1].whitespace_ and (
        doc[start - 1].text == "-" or (doc[start - 1].is_alpha and doc[start].text == "-")
    ):
        start -= 1
    return token_bounds([doc[i] for i in range(start, end + 1)])


def adjacent_speaker(
    verb: "Token", outside: "Callable[[int], bool]", rules: AttributionRules
) -> "tuple[tuple[int, int], Token] | None":
    """The noun phrase right next to a quote's cue ("he said", "said Col. Warren"), read from the surface.

    Used when the parse gives the cue no subject, or one inside the quotation.
    """
    doc = verb.doc
    i = verb.i - 1
    while i >= 0 and doc[i].pos_ in ("AUX", "ADV", "PART") and outside(i):
        i -= 1
    if i >= 0 and doc[i].text == ",":
        # Skip a short apposition: '"...," Sarandon, 69, told MSNBC'.
        j = i - 1
        while j >= 0 and i - j <= rules.settings.apposition_max_tokens and doc[j].text != "," and outside(j):
            j -= 1
        if j >= 1 and doc[j].text == "," and outside(j - 1):
            i = j - 1
    # '"...," warned Asli Aydintasbas' / '"Who is dead?" asked Marapira': right after the quotation the
    # name after a tell-like verb is its inverted subject, not the person warned or asked.
    inverted = i >= 0 and not outside(i) and verb.lemma_ != "tell"
    candidates = [i] if verb.lemma_ in rules.tell_verbs and not inverted else [i, verb.i + 1]
    for j in candidates:
        if not 0 <= j < len(doc) or not outside(j):
            continue
        tok = doc[j]
        if tok.pos_ == "DET" and j == verb.i + 1 and j + 1 < len(doc):
            tok = doc[j + 1]
        if tok.pos_ not in ("PRON", "PROPN", "NOUN") or tok.lower_ in ("that", "this", "there"):
            continue
        if tok.lower_ == "it" and not (tok.dep_ == "nsubj" and tok.head.i == verb.i):
            continue  # '"...," it added': a body speaking; any other "it" is not a speaker
        # Climb compounds and modifiers to the head of the noun phrase.
        for _ in range(rules.settings.noun_phrase_climb):
            if (tok.dep_ in _MODIFIER_LINKS or tok.dep_ in _DETERMINER_LINKS) and tok.head.i > tok.i and tok.head.i != verb.i:
                tok = tok.head
            else:
                break
        bounds = np_bounds(tok)
        if bounds is not None and bounds[0] <= verb.idx < bounds[1]:
            # "Continued Stone:": the tagger made the cue a modifier of the name.
            start = verb.idx + len(verb.text_with_ws)
            bounds = (start, bounds[1]) if start < bounds[1] else None
        if bounds is not None:
            return bounds, tok
    return None


def conjuncts(token: "Token") -> "list[Token]":
    """The nouns coordinated with a subject, itself first: "Pakistan and China" -> [Pakistan, China]."""
    found = [token]
    for child in token.children:
        if child.dep_ == "conj" and child.i > token.i and child.pos_ in ("PROPN", "NOUN"):
            found.extend(conjuncts(child))
    return found


def coordinated_bounds(token: "Token") -> tuple[int, int] | None:
    """The speaker mention with everyone coordinated in it: "Both Pakistan and China"."""
    bounds = np_bounds(token)
    others = conjuncts(token)[1:]
    if bounds is None or not others:
        return bounds
    last = np_bounds(others[-1])
    return (bounds[0], last[1]) if last is not None and last[1] > bounds[1] else bounds


def _reduced_relative_noun(verb: "Token") -> "Token | None":
    """The group a participle right after it describes, when the parser hung the participle on the
    clause: in "criticism from legal experts and political groups arguing that ...", the groups argue,
    not the sentence's subject."""
    if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0:
        return None
    if any(c.dep_ in ("nsubj", "aux", "mark") for c in verb.children):
        return None
    before = verb.doc[verb.i - 1]
    if before.tag_ not in ("NNS", "NNPS") and not (before.pos_ == "PROPN" and before.ent_type_ in ("PERSON", "ORG", "NORP")):
        return None
    top = before
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    # Inside a prepositional phrase ("criticism from groups arguing", "with students saying"); an object
    # of the clause's own verb ("left the talks arguing") is what the subject acted on.
    return top if top.dep_ == "pobj" else None


def subject_of(verb: "Token", rules: AttributionRules) -> "Token | None":
    """The subject of a cue verb, climbing through xcomp/conj/advcl to the verb that has one."""
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    if verb.tag_ == "VBN" and agent is not None and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        by = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if by is not None:
            return by  # "asked by a reporter whether ...", "dismissed by ambassador Simon as ..."
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ in ("PROPN", "NOUN") and any(
        c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in verb.children
    ):
        return verb.head  # "CMGM, an outlet covering China news, reported that ...": a past tense read as a participle
    if verb.tag_ == "VBD" and verb.dep_ == "acl" and verb.head.dep_ == "ROOT" and verb.head.pos_ == "PROPN" and verb.head.i < verb.i:
        return verb.head  # "Leavitt called Ford's comments ...": a past tense the parser hung off the name as a clause
    if verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(c.dep_ in ("aux", "auxpass", "nsubj") for c in verb.children):
        return None  # a reduced passive, "Asked about the plan, ...": the asker is not named
    reduced = _reduced_relative_noun(verb)
    if reduced is not None:
        return reduced
    # "X, Glenn Jusnes, a spokesperson for UNHCR Kenya, told VOA": the parser makes the cue a conjunct
    # of the fronted content, whose subject is not the speaker; the person named before the apposition is.
    named = _name_before_apposition(verb, rules) if verb.dep_ == "conj" else None
    found = named or _subject_of(verb, rules) or _name_before_apposition(verb, rules) or _name_right_before(verb)
    return _past_dateline(found, verb, rules) if found is not None else None


def _name_right_before(verb: "Token") -> "Token | None":
    """ "'Hostility is directed at women' Khoshbo believes her book was banned": a subheading run into
    the sentence left the finite cue verb with no subject; the name right before it is."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ") or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return None
    name = doc[verb.i - 1]
    if name.text == "," and verb.i >= 2 and doc[verb.i - 2].ent_type_ == "PERSON" and doc[verb.i - 2].dep_ == "appos":
        # "In an interview with VOA's Bosnian Service, Dodik's lawyer, Anto Nobilo, said ...": the parser
        # hung the speaker on the interview as an apposition; the person named right before the comma speaks.
        return doc[verb.i - 2]
    return name if name.pos_ == "PROPN" and name.text[:1].isupper() and name.ent_type_ in ("PERSON", "") else None


def _name_before_apposition(verb: "Token", rules: AttributionRules) -> "Token | None":
    """ "Willy Neth, coordinator for the International Federation ..., says", "Mark Simon, who worked
    with Lai for decades, argued that": a finite cue verb the parser left with no subject takes the
    person named right before the comma-bounded apposition or relative clause in front of it."""
    doc = verb.doc
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i < 3 or doc[verb.i - 1].text != ",":
        return None
    i = verb.i - 2
    while i > verb.sent.start and verb.i - i <= rules.settings.subjectless_apposition_tokens and doc[i].text != ",":
        if doc[i].text in (".", ";", ":", "?", "!") or doc[i].pos_ == "VERB" and doc[i].dep_ == "ROOT":
            return None
        i -= 1
    name = doc[i - 1] if doc[i].text == "," and i - 1 >= verb.sent.start else None
    if name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return None
    return name


def _text(doc: "Doc", bounds: tuple[int, int]) -> str:
    """The text at character bounds that fall on token edges (``Doc.text`` rebuilds the whole text)."""
    span = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
    return span.text if span is not None else ""


def _past_dateline(subject: "Token", verb: "Token", rules: AttributionRules) -> "Token":
    """The parser makes a dateline or a timestamp the subject ("LONDON — Donald Trump said",
    "5:45 p.m.\nTrump's campaign manager says"): the name after it is."""
    doc = subject.doc
    opens_line = subject.i == 0 or "\n" in doc[subject.i - 1].text_with_ws
    dateline = (opens_line and subject.text.isupper() and len(subject.text) > 2 and subject.i + 1 < len(doc)
                and doc[subject.i + 1].text in ("—", "–", "-", "("))
    clock = subject.lower_ in rules.clock_words or any("\n" in t.text_with_ws for t in doc[subject.i : verb.i])
    if not (dateline or clock) or subject.i > verb.i:
        return subject
    for tok in reversed(doc[subject.i + 1 : verb.i]):
        if tok.pos_ in ("PROPN", "NOUN", "PRON") and (tok.head.i == verb.i or tok.head.i == subject.i) and tok.dep_ in ("nsubj", "appos"):
            return tok
    return subject


def _stray_name_before(verb: "Token", subject: "Token") -> "Token | None":
    """ "Trump, in an interview with Fox News’ “Sunday Morning Futures” show, dodged ...": the parser
    left the person's name hanging (dep, or intj when tagged UH) and took a common noun for the subject."""
    if subject.pos_ != "NOUN":
        return None
    from parley.extract.people import known_person

    for child in verb.children:
        if child.dep_ not in ("dep", "intj") or child.i >= subject.i or not child.text[:1].isupper():
            continue
        if child.ent_type_ == "PERSON" or known_person(child.text) is not None:
            return child
    return None


def _noun_read_as_verb(verb: "Token", rules: AttributionRules) -> "Token | None":
    """ "Andrew Lebovich of the affairs think tank Clingendael said": "think" parsed as a verb before
    the cue, holding the sentence's real subject; that subject (verb_like_nouns.tsv)."""
    doc = verb.doc
    for child in verb.children:
        if child.i < verb.i and child.pos_ == "VERB" and child.i + 1 < len(doc) and (
            f"{child.lower_} {doc[child.i + 1].lower_}" in rules.verb_like_nouns
        ):
            return next((c for c in child.children if c.dep_ == "nsubj" and c.i < child.i), None)
    return None


def _subject_of(verb: "Token", rules: AttributionRules) -> "Token | None":
    misread = _noun_read_as_verb(verb, rules)
    if misread is not None:
        return misread
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if len(subjects) == 2 and subjects[0].tag_ == "WP" and subjects[1].tag_ != "WP":
        return subjects[1]  # "what he says is ...": "what" is what is said, "he" says it
    if len(subjects) >= 2 and subjects[-1].text[:1].isupper() and subjects[-1].pos_ in ("PROPN", "NOUN"):
        # "The charity Doctors Without Borders says", "Speaking at the Atlantic Council, a think tank,
        # ..., Robert O'Brien said": the parser split a description from the name; the name is last.
        return subjects[-1]
    current = verb
    for _ in range(rules.settings.subject_climb):
        split = [c for c in current.children if c.dep_ == "nsubj" and c.i < current.i]
        if current.i != verb.i and len(split) >= 2 and split[-1].text[:1].isupper() and split[-1].pos_ in ("PROPN", "NOUN"):
            # "Communist Party control Chinese President Xi Jinping recently convened ..., calling on
            # them to ...": a subheading run into the sentence is a second subject; the name is last.
            return split[-1]
        for child in current.children:
            if child.dep_ in ("nsubj", "csubj"):
                stray = _stray_name_before(current, child)
                if stray is not None:
                    return stray
                if current.tag_ == "VBG" and child.i > current.i and not any(a.dep_ == "aux" for a in current.children):
                    continue  # "..., saying Mr. Trump reminds us": the content's subject, misattached
                return child
            if child.dep_ == "nsubjpass":
                agent = next((c for c in current.children if c.dep_ == "agent"), None)
                if agent is not None:
                    return next((c for c in agent.children if c.dep_ == "pobj"), None)
                return None
        if current.dep_ in _SHARES_SUBJECT and current.head.i != current.i:
            head = current.head
            # '"Romney had a crazy policy," adding ...': the participle hangs off the reported clause;
            # its speaker is the subject of the verb that reports that clause.
            # Not when the clause hangs off a noun: "Communist Party control [Xi Jinping convened ...,
            # calling on them]" is a subheading the parser made the root.
            if current.tag_ == "VBG" and head.dep_ == "ccomp" and head.head.i != head.i and head.head.i < current.i \
                    and head.head.pos_ in ("VERB", "AUX"):
                head = head.head
            current = head
            continue
        if current.dep_ == "acl" and current.tag_ in ("VBG",) and current.head.pos_ in ("PROPN", "NOUN"):
            noun = current.head
            reflexive = any(c.dep_ == "dobj" and c.lower_ in rules.reflexives for c in current.children)
            if noun.dep_ in ("dobj", "dative") and noun.head.pos_ == "VERB" and not reflexive:
                current = noun.head  # "The senator emailed supporters saying ...": the senator
                continue
            return noun  # "an outside group backing Rubio"
        return None
    return None


def _leading_time_phrase(clause: "Token", verb: "Token") -> "list[Token]":
    """ "said on Monday (that) he ...": the parser hangs the cue's time phrase on the clause; it is when
    the statement was made, not part of it. Only a phrase right after the cue, before the clause's
    subject or "that"."""
    doc = clause.doc
    out: list["Token"] = []
    for child in clause.children:
        if child.i < clause.left_edge.i or child.i > clause.i or child.i != verb.i + 1 + len(out):
            continue
        span = list(child.subtree)
        if child.dep_ == "prep" and any(t.ent_type_ in ("DATE", "TIME") for t in span):
            out.extend(span)
        elif child.dep_ in ("npadvmod", "advmod") and child.ent_type_ in ("DATE", "TIME"):
            out.extend(span)
        else:
            break
    if out and doc[out[-1].i + 1 : clause.i + 1] and not any(
        t.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for t in doc[out[-1].i + 1 : clause.i + 1]
    ):
        return []  # what follows is not a clause opening: keep everything
    return out


# What a frame reader finds: the content ranges, the token that extends the cue (a preposition) and
# the frame it was read through.
_FrameReading = tuple[list[tuple[int, int]], "Token | None", str]


def _content_from_frames(verb: "Token", frames: tuple[str, ...], rules: AttributionRules) -> _FrameReading:
    """Content ranges for a cue verb, the token that extends the cue (a preposition), and the frame used."""
    children = list(verb.children)
    for frame in frames:
        reader = _prep_content if frame.startswith("prep:") else _FRAME_READERS.get(frame)
        found = reader(verb, children, frame, rules) if reader is not None else None
        if found is not None:
            return found
    return [], None, ""


def _clause_content(verb: "Token", children: "list[Token]", frame: str, rules: AttributionRules) -> _FrameReading | None:
    """A finite complement clause: "said (that) ...", also a parenthetical "..., he said."."""
    readings = (
        _what_said_is, _complement_clause, _asked_whether, _channel_clause, _subject_xcomp, _parenthetical_clause, _fronted_before_name,
        _object_then_predicate, _comma_clause_after,
    )
    for reading in readings:
        found = reading(verb, children, rules)
        if found:
            return found, None, "parenthetical" if reading is _parenthetical_clause else frame
    return None


def _complement_clause(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    clauses = [c for c in children if c.dep_ == "ccomp"]
    exclude_lead = {t.i for c in clauses if c.i > verb.i for t in _leading_time_phrase(c, verb)}
    # Two complements (a heading run into the sentence, then the real one): the one after the verb.
    after_verb = [c for c in clauses if c.i > verb.i] if len(clauses) > 1 else []
    if len(after_verb) == 2 and after_verb[0].right_edge.i + 1 == after_verb[1].left_edge.i and not exclude_lead:
        # "said IS Sahel's strategy appears ...": the parser read "IS" as a verb and cut one clause in two.
        bounds = token_bounds(list(verb.doc[after_verb[0].left_edge.i : after_verb[1].right_edge.i + 1]))
        if bounds:
            return [bounds]
    for child in after_verb or children:
        if child.dep_ in ("ccomp",) or (child.dep_ == "parataxis" and child.i > verb.i):
            ranges = _subtree_bounds(child, exclude=exclude_lead or None)
            if ranges:
                return ranges + _rest_after_aside(verb, child, children)
    return _gerund_subject_clause(verb, children)


def _comma_clause_after(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    """ "He also argues, revenue accrued from hunting does not benefit Botswanans": a comma right after the
    cue, then a clause with a subject of its own, which the parser made the cue's conjunct."""
    doc = verb.doc
    if verb.i + 1 >= len(doc) or doc[verb.i + 1].text != "," or any(c.dep_ == "cc" and c.i > verb.i for c in children):
        return []
    for conj in (c for c in children if c.dep_ == "conj" and c.i > verb.i and c.pos_ in ("VERB", "AUX")):
        if any(g.dep_ in ("nsubj", "nsubjpass") for g in conj.children) and conj.left_edge.i == verb.i + 2:
            return _subtree_bounds(conj)
    return []


def _rest_after_aside(verb: "Token", clause: "Token", children: "list[Token]") -> list[tuple[int, int]]:
    """ "That's one argument, he believes, for Washington's commitment to Europe's security": the
    phrase after a parenthetical cue finishes the fronted clause; the parser hangs it on the cue."""
    doc = verb.doc
    if clause.i > verb.i or verb.i + 1 >= len(doc) or doc[verb.i + 1].text != ",":
        return []
    rest = [c for c in children if c.i > verb.i + 1 and c.dep_ == "prep"]
    if not rest:
        return []
    bounds = token_bounds([t for c in rest for t in c.subtree])
    return [bounds] if bounds else []


def _gerund_subject_clause(verb: "Token", children: "list[Token]") -> list[tuple[int, int]]:
    """ "He said creating such a body would demonstrate resolve": the parser made the gerund that is
    the clause's subject a complement of the cue ("said creating") and hung the clause on it."""
    gerund = next((c for c in children if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.i == verb.i + 1), None)
    if gerund is None or not any(c.dep_ == "ccomp" and c.i > gerund.i for c in gerund.children):
        return []
    return _subtree_bounds(gerund)


def _what_said_is(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    """ "in what he says is an effort to stanch the flow of drugs", "what he said was 'a nasty tariff'":
    what was said is the predicate of "is", not the clause around "what"."""
    copula = verb.head if verb.dep_ == "csubj" else next((c for c in children if c.dep_ == "ccomp"), None)
    if copula is None or copula.lemma_ != "be" or not any(
        t.tag_ == "WP" and t.lower_ == "what" and t.i < verb.i for t in (*copula.children, *children)
    ):
        return []
    attr = next((c for c in copula.children if c.dep_ in ("attr", "acomp") and c.i > verb.i), None)
    if attr is None:
        return []
    ranges = _subtree_bounds(attr)
    before = verb.doc[attr.left_edge.i - 1] if attr.left_edge.i > 0 else None
    if ranges and before is not None and before.text in "\"“‘'" and before.i > copula.i:
        ranges[0] = (before.idx, ranges[0][1])  # the opening mark the parser hung on the copula
    return ranges


def _asked_whether(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    """ "asked the elder Lai if he agreed": the question (an if/whether clause the parser hangs off
    the verb as an adverbial after its object) is what the asker said, not the person asked."""
    asked = next((c for c in children if c.dep_ in ("dobj", "dative") and c.i > verb.i), None)
    for child in children:
        if child.dep_ == "advcl" and asked is not None and child.i > asked.i and any(
            c.dep_ == "mark" and c.lower_ in ("if", "whether") and c.i == child.left_edge.i for c in child.children
        ):
            return _subtree_bounds(child)
    return []


def _channel_clause(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    """ "told TASS in an interview that ...": the clause hangs off the channel noun."""
    for child in children:
        if child.dep_ != "prep":
            continue
        for pobj in child.children:
            for clause in pobj.children:
                if clause.dep_ in ("relcl", "acl") and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    ranges = _subtree_bounds(clause)
                    if ranges:
                        return ranges
    return _audience_clause(verb, children, rules)


def _audience_clause(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    """ "told a cabinet meeting that he had met with security officials": the parser read the
    complement as a relative clause of the audience, with "that" as its object although the clause
    has an object or complement of its own. Only after a tell-like verb."""
    if verb.lemma_.lower() not in rules.tell_verbs:
        return []
    for obj in (c for c in children if c.dep_ in ("dobj", "dative") and c.i > verb.i):
        for clause in (c for c in obj.children if c.dep_ == "relcl"):
            that = next((c for c in clause.children if c.lower_ == "that" and c.i == clause.left_edge.i), None)
            has_subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children)
            # "the committee that she had seen" is a relative clause: "that" is the only object it has.
            own_object = any(
                c.dep_ in ("ccomp", "xcomp", "attr", "acomp", "dative") or (c.dep_ == "dobj" and c.i != that.i if that else False)
                or (c.dep_ == "prep" and c.lower_ in ("with", "to", "about", "on"))
                for c in clause.children
            )
            if that is None or that.dep_ != "dobj" or not has_subject or not own_object:
                continue
            bounds = token_bounds([t for t in clause.subtree if t.i != that.i])
            if bounds:
                return [bounds]
    return []


def _subject_xcomp(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    """Parsers often read a bare complement clause as xcomp: "economists say taxing X encourages Y"."""
    for child in children:
        if child.dep_ == "xcomp" and child.i > verb.i and any(c.dep_ in ("nsubj", "csubj") for c in child.children):
            ranges = _subtree_bounds(child)
            if ranges:
                return ranges
    return []


def _parenthetical_clause(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    """A parenthetical cue: "The economy, he said, is growing." / "..., he said."."""
    if not (verb.dep_ in ("parataxis", "ccomp") and verb.head.i != verb.i) or any(
        c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "dobj" and verb.lemma_ not in rules.tell_verbs) for c in children
    ):
        return []
    head = verb.head
    sub = sorted(t.i for t in verb.subtree if not t.is_punct)
    doc = verb.doc
    # Set off by punctuation: ", he said," or ", he said." (not "told reporters that X would respond").
    set_off = sub[0] > 0 and doc[sub[0] - 1].text in (",", "—", "–", "(") and (
        sub[-1] + 1 >= len(doc) or doc[sub[-1] + 1].text in _CLOSES_ASIDE
        or doc[sub[-1]].text in (",", ".")
    )
    if head.pos_ in ("VERB", "AUX") and set_off and (verb.i > head.i or verb.dep_ == "parataxis"):
        return _subtree_bounds(head, exclude={t.i for t in verb.subtree})
    # "He also argues, revenue accrued from hunting does not benefit Botswanans": the cue opens the
    # sentence, a comma sets the clause off, and the parser made the cue the aside.
    leads = verb.dep_ in ("parataxis", "ccomp") and verb.i < head.i and sub[0] == verb.sent.start and sub[-1] + 1 < len(doc) \
        and doc[sub[-1] + 1].text == ","
    if head.pos_ in ("VERB", "AUX") and leads and any(c.dep_ in ("nsubj", "nsubjpass") for c in children):
        return _subtree_bounds(head, exclude={t.i for t in verb.subtree})
    return []


def _object_then_predicate(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    """ "cautioned the proposed ban should not add any burden": a complement clause without "that" the
    parser split into the verb's object and a conjoined verb (a modal, no subject of its own)."""
    obj = next((c for c in children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return []
    for conj in (c for c in children if c.dep_ == "conj" and c.i > obj.i and c.pos_ in ("VERB", "AUX")):
        own = {c.dep_ for c in conj.children}
        if "nsubj" not in own and "cc" not in own and any(c.dep_ == "aux" and c.tag_ == "MD" for c in conj.children) \
                and conj.left_edge.i == obj.right_edge.i + 1:
            bounds = token_bounds(list(verb.doc[obj.left_edge.i : conj.right_edge.i + 1]))
            return [bounds] if bounds else []
    return []


def _fronted_before_name(verb: "Token", children: "list[Token]", rules: AttributionRules) -> list[tuple[int, int]]:
    """ "Programs are feeling the strain, Glenn Jusnes, a spokesperson for UNHCR, told VOA": the parser
    makes the cue a conjunct of the fronted content; the content is what comes before the name."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or any(c.dep_ in ("ccomp", "xcomp", "nsubj") for c in children):
        return []
    name = _name_before_apposition(verb, rules)
    if name is None or name.left_edge.i <= verb.head.left_edge.i:
        return []
    bounds = token_bounds(list(verb.doc[verb.head.left_edge.i : name.left_edge.i]))
    return [bounds] if bounds else []


def _inf_content(verb: "Token", children: "list[Token]", frame: str, rules: AttributionRules) -> _FrameReading | None:
    """A to-infinitive complement: "vowed to ...", "urged Congress to ..."."""
    for child in children:
        if child.dep_ == "xcomp" or (child.dep_ == "ccomp" and any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)):
            ranges = _subtree_bounds(child)
            if ranges:
                return ranges, None, frame
    return None


def _oprd_content(verb: "Token", children: "list[Token]", frame: str, rules: AttributionRules) -> _FrameReading | None:
    """ "called the report outrageous": the object and its predicate together."""
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    pred = next((c for c in children if c.dep_ == "oprd"), None)
    if obj is not None and pred is not None:
        ranges = _subtree_bounds(obj) + _subtree_bounds(pred)
        if ranges:
            return [(ranges[0][0], ranges[-1][1])], None, frame
    return None


def _obj_content(verb: "Token", children: "list[Token]", frame: str, rules: AttributionRules) -> _FrameReading | None:
    """The direct object: "denied the report", "proposed a safe zone"."""
    for child in children:
        if child.dep_ == "dobj" and child.pos_ not in ("PRON",):
            reason = next(
                (c for c in children if c.dep_ == "prep" and c.i == child.right_edge.i + 1 and (c.lower_ in rules.object_reasons
                 or (c.lower_ in rules.object_arguments and not _circumstance(c, rules)))),
                None,
            )
            if reason is not None:
                # "slammed Moise for the jailbreak": the object with what it is blamed or praised for.
                bounds = token_bounds(list(child.doc[child.left_edge.i : reason.right_edge.i + 1]))
                return ([bounds] if bounds else []), None, frame
            ranges = _subtree_bounds(child)
            if ranges:
                return ranges, None, frame
    return None


def _circumstance(prep: "Token", rules: AttributionRules) -> bool:
    """ "denied the report on Monday", "announced the plan in a statement", "repeated the claim to
    reporters": a phrase after the object that says when, where or to whom, not what was said."""
    pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if pobj is None:
        return not any(c.dep_ == "pcomp" for c in prep.children)
    lemma = pobj.lemma_.lower()
    return (
        pobj.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "FAC") or pobj.pos_ == "PRON"
        or lemma in rules.cues.channels or lemma in rules.audiences or lemma in rules.clock_words
        or (pobj.pos_ == "PROPN" and prep.lower_ in ("to", "in"))
    )


def _prep_content(verb: "Token", children: "list[Token]", frame: str, rules: AttributionRules) -> _FrameReading | None:
    """The object of the frame's preposition: "called for a ceasefire", "accused X of lying"."""
    prep_word = frame[5:]
    for child in children:
        if child.dep_ in ("prep", "prt", "agent") and child.lower_ == prep_word:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                ranges = _joined_objects_bounds(objects)
                if ranges:
                    return ranges, child, frame
    return _object_attached_act(children, prep_word, frame)


def _object_attached_act(children: "list[Token]", prep_word: str, frame: str) -> _FrameReading | None:
    """The frame's preposition parsed onto the direct object: "accused [the U.N. envoy of
    misrepresenting ...]" (the tagger hangs "of" on "envoy"). Only with an act (a gerund) after it,
    so that "accused the leader of Russia" reads no content from "Russia"."""
    for obj in children:
        if obj.dep_ != "dobj":
            continue
        for prep in obj.children:
            if prep.dep_ != "prep" or prep.lower_ != prep_word:
                continue
            acts = [c for c in prep.children if c.dep_ == "pcomp" or (c.dep_ == "pobj" and c.tag_ == "VBG")]
            if acts:
                ranges = _joined_objects_bounds(acts)
                if ranges:
                    return ranges, prep, frame
    return None


def _joined_objects_bounds(objects: "list[Token]") -> list[tuple[int, int]]:
    """The first object's span, with the objects the tokenizer split off the same written word:
    "called for de-escalation" parses as three objects "de", "-", "escalation"."""
    first = objects[0]
    end = first.right_edge
    for obj in objects[1:]:
        if obj.left_edge.i != end.i + 1 or end.whitespace_:
            break
        end = obj.right_edge
    if end.i == first.right_edge.i:
        return _subtree_bounds(first)
    bounds = token_bounds(list(first.doc[first.left_edge.i : end.i + 1]))
    return [bounds] if bounds else []


_FrameReader = Callable[["Token", "list[Token]", str, AttributionRules], "_FrameReading | None"]
# The lexicon's frames (cues/verbs.tsv) and how each reads a content; "prep:P" is read by _prep_content.
_FRAME_READERS: dict[str, _FrameReader] = {
    "clause": _clause_content,
    "inf": _inf_content,
    "oprd": _oprd_content,
    "obj": _obj_content,
}


def _addressee(verb: "Token", rules: AttributionRules) -> tuple[str | None, str | None]:
    """To whom and through which channel: "told TASS in an interview", "wrote on X"."""
    name: str | None = None
    channel: str | None = None
    heads = [verb]
    heads.extend(c for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ in rules.posting_verbs)
    for head in heads:
        for child in head.children:
            if (
                name is None
                and child.dep_ in ("dobj", "dative")
                and verb.lemma_ in rules.tell_verbs
                and (child.pos_ in ("PROPN", "PRON") or child.lemma_.lower() in rules.audiences)
            ):
                bounds = np_bounds(child)
                if bounds and child.lower_ not in ("it", "that", "this"):
                    name = _text(verb.doc, bounds)
            if child.dep_ == "prep" and child.lower_ in rules.channel_prepositions:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                words = " ".join(t.lower_ for t in pobj.subtree if t.pos_ not in ("DET", "PUNCT") and t.i <= pobj.i)
                last2 = " ".join(words.split()[-2:])
                if child.lower_ in ("on", "via", "in") and (pobj.lower_ in rules.cues.platforms or words in rules.cues.platforms):
                    if pobj.lower_ == "x" and pobj.text != "X":
                        continue
                    channel = rules.cues.platforms.get(words) or rules.cues.platforms[pobj.lower_]
                elif child.lower_ in ("in", "during", "at", "via", "through") and (last2 in rules.cues.channels or pobj.lemma_.lower() in rules.cues.channels):
                    channel = rules.cues.channels.get(last2) or rules.cues.channels[pobj.lemma_.lower()]
                    # "in a post on Telegram": the platform says more than the post.
                    for on in (c for c in pobj.children if c.dep_ == "prep" and c.lower_ in ("on", "via")):
                        platform = next((c for c in on.children if c.dep_ == "pobj"), None)
                        if platform is not None and platform.lower_ in rules.cues.platforms and not (platform.lower_ == "x" and platform.text != "X"):
                            channel = rules.cues.platforms[platform.lower_]
                    with_obj = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "with"), None)
                    if with_obj is not None and name is None:
                        inner = next((c for c in with_obj.children if c.dep_ == "pobj"), None)
                        if inner is not None:
                            bounds = np_bounds(inner)
                            if bounds:
                                name = _text(verb.doc, bounds)
                elif child.lower_ == "to" and verb.lemma_ in rules.to_addressee_verbs and pobj.pos_ in ("PROPN", "NOUN"):
                    if name is None:
                        bounds = np_bounds(pobj)
                        if bounds:
                            name = _text(verb.doc, bounds)
    if name is not None:
        name = re.sub(r"^(?:the)\s+", "", name)  # "the BBC", "the Security Council": the name itself
    return name, channel


def _fronted_clause(verb: "Token", rules: AttributionRules) -> tuple[list[tuple[int, int]], "list[Token]"] | None:
    """Content fronted before a sentence-final cue: "<clause>, US official Victoria Nuland has told TASS."

    Read from the surface, because parsers often attach such a cue as a relative clause of the
    last noun of the content. The tokens between the last comma and the cue must be a bare noun
    phrase (the source), and nothing after the cue may be a verb.
    """
    sent = verb.sent
    doc = verb.doc
    finite = verb.tag_ in ("VBD", "VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children)
    if not finite or any(t.pos_ == "VERB" for t in doc[verb.i + 1 : sent.end]):
        return None
    comma = None
    for i in range(verb.i - 1, max(sent.start, verb.i - rules.settings.fronted_lookback_tokens) - 1, -1):
        tok = doc[i]
        if tok.text == ",":
            comma = i
            break
        if tok.pos_ == "VERB" or tok.text in ("\"", "“", "”"):
            return None
    if comma is None or comma - sent.start < rules.settings.fronted_min_tokens or comma + 1 >= verb.i:
        return None
    source = [t for t in doc[comma + 1 : verb.i] if t.pos_ != "AUX" and t.dep_ not in ("advmod", "neg")]
    if not source or not any(t.pos_ in ("PROPN", "NOUN", "PRON") for t in source):
        return None
    if source[0].pos_ in ("ADP", "SCONJ", "CCONJ", "VERB") or source[0].lower_ in rules.not_speaker_openers:
        return None  # ", under an office known as ...": not a speaker
    if source[0].lower_ in rules.relative_pronouns:
        return None  # '"...," said Judge Antony Mrima, who heard the case': a relative clause, not a fronted report
    if source[-1].pos_ == "PRON" and len(source) > 1:
        return None  # ", slower pace of life and the internationalism he has found": a relative clause
    content = token_bounds(list(doc[sent.start : comma]))
    return ([content], source) if content else None


def _cut_contrasting_report(verb: "Token", content: list[tuple[int, int]], rules: AttributionRules) -> list[tuple[int, int]]:
    """End the content before a contrasting report of someone else: in "Lavrov said the talks had
    failed, while Blinken said they would go on", Blinken's statement is not part of Lavrov's
    (the parser hangs the while-clause inside the complement)."""
    start, end = content[0][0], content[-1][1]
    for tok in verb.doc[verb.i + 1 :]:
        if tok.idx >= end:
            break
        if tok.idx < start or tok.dep_ not in ("advcl", "conj") or rules.cues.verb_form(tok.text) is None:
            continue
        if not any(c.dep_ == "mark" and c.lower_ in rules.contrast_marks for c in tok.children):
            continue
        if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or not any(
            c.dep_ in ("ccomp", "xcomp", "parataxis", "dobj") for c in tok.children
        ):
            continue
        cut = tok.left_edge
        while cut.i > 0 and verb.doc[cut.i - 1].is_punct:
            cut = verb.doc[cut.i - 1]
        kept = [(s, min(e, cut.idx)) for s, e in content if s < cut.idx]
        kept = [token_bounds([t for t in verb.doc.char_span(s, e, alignment_mode="expand") or []]) or (s, e) for s, e in kept]
        return [r for r in kept if r[1] > r[0]] or content
    return content


def _cut_participle_report(verb: "Token", content: list[tuple[int, int]], rules: AttributionRules) -> list[tuple[int, int]]:
    """End the content before a report the same speaker goes on with: in "The minister said the talks
    had failed, adding that new talks were planned", what she added is a statement of its own (VOA's
    convention), though the parser hangs the participle inside the complement."""
    start, end = content[0][0], content[-1][1]
    doc = verb.doc
    for tok in doc[verb.i + 1 :]:
        if tok.idx >= end:
            break
        if tok.idx <= start or tok.tag_ != "VBG" or tok.dep_ not in ("advcl", "conj") or doc[tok.i - 1].text != ",":
            continue
        if tok.lemma_.lower() not in rules.continuation_verbs:
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children) or not any(c.dep_ == "ccomp" for c in tok.children):
            continue
        cut = doc[tok.i - 1].idx
        kept = [(s, min(e, cut)) for s, e in content if s < cut]
        return [r for r in kept if r[1] > r[0]] or content
    return content


def _time_subject(subject: "Token | None") -> bool:
    """ "The past few weeks have seen China rolling out ...": a time reports nothing."""
    return subject is not None and subject.pos_ == "NOUN" and subject.ent_type_ in ("DATE", "TIME")


def _expletive_subject(subject: "Token", verb: "Token", frame: str, rules: AttributionRules) -> bool:
    """ "It is said that ..." names no source; "It said the claims were false" (a body) does."""
    if subject.lower_ not in rules.expletives:
        return False
    if subject.dep_ != "nsubj":
        return True
    return frame in ("clause", "") and not (
        subject.lower_ == "it" and subject.head.i == verb.i and verb.tag_ in ("VBD", "VBZ", "VBP")
        and rules.cues.verb_class.get(verb.lemma_.lower()) == "speech"
        and not any(c.dep_ in ("auxpass", "expl") for c in verb.children)
    )


def verb_candidate(verb: "Token", rules: AttributionRules) -> Candidate | None:
    frames = rules.cues.verb_frames(verb.lemma_.lower())
    content, prep, frame = _content_from_frames(verb, frames, rules)
    if frame == "obj" and any(
        c.dep_ == "dobj" and rules.cues.means_no_statement(verb.lemma_.lower(), c.lemma_.lower(), c.lower_)
        for c in verb.children
    ):
        return None
    subject = subject_of(verb, rules)
    if _time_subject(subject):
        return None
    if content and frame == "clause":
        content = _cut_participle_report(verb, _cut_contrasting_report(verb, content, rules), rules)
    if not content and "clause" in frames:
        fronted = _fronted_clause(verb, rules)
        if fronted is not None:
            content, source_tokens = fronted
            frame = "fronted"
            subject = next((t for t in reversed(source_tokens) if t.pos_ in ("PROPN", "NOUN", "PRON")), None)
    if subject is not None and _expletive_subject(subject, verb, frame, rules):
        subject = None
    cue_tokens = [verb]
    cue_tokens.extend(c for c in verb.children if c.dep_ == "prt")
    # Auxiliaries and negation right before the verb belong to the cue: "has told", "did not say".
    i = verb.i - 1
    while i >= 0 and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in ("aux", "neg", "advmod") and verb.doc[i].lower_ != "to":
        if verb.doc[i].dep_ != "advmod":
            cue_tokens.append(verb.doc[i])
        i -= 1
    if prep is not None:
        cue_tokens.append(prep)
    cue_start = min(t.idx for t in cue_tokens)
    cue_end = max(t.idx + len(t.text) for t in cue_tokens)
    if rules.cues.verb_class.get(verb.lemma_.lower()) == "perception":
        # "X seems to ...", "it appears that ...": the writer's impression, with no source (as PolNeAR marks it).
        subject = None
    if frame == "fronted":
        source = token_bounds(source_tokens)
    else:
        source = coordinated_bounds(subject) if subject is not None else None
    if subject is not None and subject.lower_ in rules.relative_pronouns and subject.head.dep_ == "relcl":
        # "Smith, who said ...": the mention is "who"; the speaker is the noun it relates to.
        subject = subject.head.head
    name, channel = _addressee(verb, rules)
    return Candidate(
        cue=(cue_start, cue_end),
        cue_token=verb.i,
        source=source,
        source_head=subject.i if subject is not None else None,
        content=content,
        addressee=name,
        channel=channel,
        via="verb",
        frame=frame,
    )


def _noun_candidate(noun: "Token", rules: AttributionRules) -> Candidate | None:
    frames = rules.cues.nouns.get(noun.lemma_.lower(), ())
    source_tok = None
    for child in noun.children:
        if child.dep_ == "poss":
            source_tok = child
        elif child.dep_ == "prep" and child.lower_ in ("by", "from") and source_tok is None:
            source_tok = next((c for c in child.children if c.dep_ == "pobj"), None)
    if source_tok is None:
        return None
    content: list[tuple[int, int]] = []
    prep_tok = None
    for frame in frames:
        for child in noun.children:
            if frame == "clause" and child.dep_ in ("acl", "ccomp") and any(c.lower_ == "that" and c.dep_ == "mark" for c in child.children):
                content = _subtree_bounds(child)
            elif frame == "inf" and child.dep_ in ("acl", "xcomp") and any(c.lower_ == "to" for c in child.children):
                content = _subtree_bounds(child)
            elif frame.startswith("prep:") and child.dep_ == "prep" and child.lower_ == frame[5:]:
                obj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    content = _subtree_bounds(obj)
                    prep_tok = child
            if content:
                break
        if content:
            break
    if not content:
        return None
    cue_end_tok = prep_tok or noun
    return Candidate(
        cue=(noun.idx, cue_end_tok.idx + len(cue_end_tok.text)),
        cue_token=noun.i,
        source=np_bounds(source_tok),
        source_head=source_tok.i,
        content=content,
        via="noun",
    )


def _match_phrase(doc: "Doc", i: int, rules: AttributionRules):  # -> tuple[Phrase, int] | None
    phrases = rules.cues.phrases_by_first.get(doc[i].lower_)
    if not phrases:
        return None
    for phrase in phrases:
        at = i
        star = None
        ok = True
        for word in phrase.words:
            if at >= len(doc):
                ok = False
                break
            tok = doc[at]
            if word == "*":
                if tok.pos_ == "PROPN":
                    # A named possessor: "In Putin's words", "in Forbes’ words".
                    while at + 1 < len(doc) and doc[at + 1].pos_ == "PROPN":
                        at += 1
                    star = doc[at]
                    if at + 1 < len(doc) and doc[at + 1].text in ("'s", "’s", "'", "’"):
                        at += 1
                elif tok.pos_ in ("PRON", "DET") or tok.tag_ in ("PRP$", "WP$"):
                    star = tok
                else:
                    ok = False
                    break
            elif tok.lower_ != word:
                ok = False
                break
            at += 1
        if ok:
            return phrase, at - i, star
    return None


def _phrase_candidate(doc: "Doc", i: int, phrase_match, rules: AttributionRules) -> Candidate | None:
    phrase, n, matched_star = phrase_match
    first, last = doc[i], doc[i + n - 1]
    sent = first.sent
    if phrase.type == "according":
        # "according to X": the object of the last word is the source.
        pobj = next((c for c in last.children if c.dep_ == "pobj"), None)
        if pobj is None and i + n < len(doc):
            pobj = doc[i + n] if doc[i + n].pos_ in ("PROPN", "NOUN", "PRON") else None
        if pobj is None:
            return None
        source = np_bounds(pobj)
        phrase_tokens = {t.i for t in first.subtree} | set(range(i, i + n)) | {t.i for t in pobj.subtree}
        anchor = first.head if first.head.i != first.i else first
        root = anchor if anchor.pos_ in ("VERB", "AUX") else sent.root
        content = _subtree_bounds(root, exclude=phrase_tokens)
        if not content:
            content = _subtree_bounds(sent.root, exclude=phrase_tokens)
        return Candidate(
            cue=(first.idx, last.idx + len(last.text)),
            cue_token=i,
            source=source,
            source_head=pobj.i,
            content=content,
            via="according",
        )
    if phrase.type == "possessive":
        star = matched_star
        if star is None:
            return None
        phrase_tokens = set(range(i, i + n))
        root = sent.root
        content = _subtree_bounds(root, exclude=phrase_tokens)
        return Candidate(
            cue=(first.idx, last.idx + len(last.text)),
            cue_token=i,
            source=(star.idx, star.idx + len(star.text)),
            source_head=star.i,
            content=content,
            via="possessive",
        )
    if phrase.type == "as":
        star = matched_star
        if star is None or star.lower_ in ("it", "this", "that"):
            return None
        verb = doc[i + n - 1] if phrase.words[-1] not in ("it",) else doc[i + n - 2]
        phrase_tokens = set(range(i, i + n)) | {t.i for t in verb.subtree}
        content = _subtree_bounds(sent.root, exclude=phrase_tokens)
        return Candidate(
            cue=(verb.idx, verb.idx + len(verb.text)),
            cue_token=verb.i,
            source=(star.idx, star.idx + len(star.text)),
            source_head=star.i,
            content=content,
            via="as",
        )
    return None


def colon_headlines(doc: "Doc", tokens_at: Callable[[int], int], rules: AttributionRules) -> list[Candidate]:
    """Headline-style attributions: "Graham: Trump's Rhetoric Destroying GOP's Chance"."""
    text = doc.text
    found = []
    offset = 0
    for line in text.split("\n"):
        colon = line.find(":")
        if 0 < colon <= rules.settings.headline_colon_max_chars:
            prefix = line[:colon].strip()
            rest_start = offset + colon + 1
            while rest_start < offset + len(line) and text[rest_start].isspace():
                rest_start += 1
            rest_end = offset + len(line.rstrip())
            words = prefix.split()
            if (
                1 <= len(words) <= rules.settings.headline_name_max_words
                and prefix[:1].isupper()
                and not any(ch.isdigit() or ch in ",;\"“”" for ch in prefix)
                and len(text[rest_start:rest_end].split()) >= rules.settings.headline_content_min_words
            ):
                first = tokens_at(offset + line.index(prefix[0]))
                last = tokens_at(offset + colon - 1)
                prefix_tokens = doc[first : last + 1]
                if not any(t.pos_ in ("VERB", "AUX") for t in prefix_tokens) and any(
                    t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in prefix_tokens
                ):
                    src_start = offset + line.index(prefix[0])
                    content_start, content_end = rest_start, rest_end
                    if text[content_start : content_start + 1] in "\"“‘'" and text[content_end - 1 : content_end] in "\"”’'":
                        content_start, content_end = content_start + 1, content_end - 1
                    found.append(
                        Candidate(
                            cue=(offset + colon, offset + colon + 1),
                            cue_token=None,
                            source=(src_start, src_start + len(prefix)),
                            source_head=prefix_tokens.root.i,
                            content=[(content_start, content_end)],
                            via="colon",
                        )
                    )
        offset += len(line) + 1
    return found


def light_verb_candidate(verb: "Token", rules: AttributionRules) -> Candidate | None:
    """ "made comments about voter fraud", "took a shot at Clinton", "made no mention of Jeb Bush":
    the object noun carries the speech act; what it is about follows a preposition."""
    nouns, preps = rules.cues.light_verbs[verb.lemma_.lower()]
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
    if obj is None:
        return None
    prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ in preps and c.i > obj.i), None)
    if prep is None:
        prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in preps and c.i > obj.i), None)
    pobj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None) if prep is not None else None
    if prep is None or pobj is None:
        return None
    content = _subtree_bounds(pobj)
    subject = subject_of(verb, rules)
    if not content or subject is None or subject.lower_ in rules.expletives:
        return None
    cue_tokens = [verb, prep, *(t for t in verb.doc[verb.i : prep.i] if t.dep_ in ("neg", "aux") and t.head.i == verb.i)]
    i = verb.i - 1
    while i >= 0 and verb.doc[i].head.i == verb.i and verb.doc[i].dep_ in ("aux", "neg"):
        cue_tokens.append(verb.doc[i])
        i -= 1
    return _spanned_candidate(cue_tokens, verb, subject, content, "light")


def adjective_candidate(adjective: "Token", rules: AttributionRules) -> Candidate | None:
    """ "Republicans have been critical of Clinton's email", "officials are confident (that) talks resume"."""
    if adjective.dep_ != "acomp" or adjective.head.lemma_.lower() not in rules.copulas:
        return None
    allowed = rules.cues.adjectives[adjective.lemma_.lower()]
    cue_end = adjective
    content: list[tuple[int, int]] = []
    for child in adjective.children:
        if child.i < adjective.i:
            continue
        if child.dep_ == "prep" and child.lower_ in allowed:
            pobj = next((c for c in child.children if c.dep_ in ("pobj", "pcomp")), None)
            if pobj is not None:
                content, cue_end = _subtree_bounds(pobj), child
                break
        if child.dep_ == "ccomp" and "that" in allowed:
            content = _subtree_bounds(child)
            break
    copula = adjective.head
    subject = subject_of(copula, rules)
    if not content or subject is None or subject.lower_ in rules.expletives:
        return None
    cue_tokens = [adjective, cue_end, *(c for c in copula.children if c.dep_ in ("aux", "neg") and c.i < adjective.i), copula]
    return _spanned_candidate(cue_tokens, adjective, subject, content, "adjective")


def _spanned_candidate(
    cue_tokens: "list[Token]", anchor: "Token", subject: "Token", content: list[tuple[int, int]], frame: str
) -> Candidate:
    """A candidate whose cue runs over several words ("made no mention of", "have been critical of")."""
    return Candidate(
        cue=(min(t.idx for t in cue_tokens), max(t.idx + len(t.text) for t in cue_tokens)),
        cue_token=anchor.i,
        source=coordinated_bounds(subject),
        source_head=subject.i,
        content=content,
        via="verb",
        frame=frame,
    )


def phrase_rule(doc: "Doc", tok: "Token", rules: AttributionRules) -> "tuple[Candidate, list[int]] | None":
    """A multi-word cue starting at ``tok`` ("according to X", "In her words", "as X put it") and the
    tokens it covers (no other rule reads them)."""
    match = _match_phrase(doc, tok.i, rules)
    if match is None:
        return None
    cand = _phrase_candidate(doc, tok.i, match, rules)
    if cand is None:
        return None
    covered = list(range(tok.i, tok.i + match[1]))
    if match[0].type == "as":
        covered.append(cand.cue_token or tok.i)
    return cand, covered


def verb_rule(doc: "Doc", tok: "Token", rules: AttributionRules) -> Candidate | None:
    """A cue verb with its subject and the content its lexicon frames name: "said (that) ..."."""
    if tok.lower_ == "think" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("tank", "tanks"):
        return None  # "the Council of Advanced Policy Studies think tank"
    if tok.pos_ == "VERB" and tok.lemma_.lower() in rules.cues.verbs:
        return verb_candidate(tok, rules)
    return None


def adjective_rule(doc: "Doc", tok: "Token", rules: AttributionRules) -> Candidate | None:
    """A stance adjective after a copula: "Republicans have been critical of ..."."""
    if tok.pos_ == "ADJ" and tok.lemma_.lower() in rules.cues.adjectives:
        return adjective_candidate(tok, rules)
    return None


def light_verb_rule(doc: "Doc", tok: "Token", rules: AttributionRules) -> Candidate | None:
    """A light verb whose object carries the speech act: "made comments about voter fraud"."""
    if tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in rules.cues.light_verbs:
        return light_verb_candidate(tok, rules)
    return None


def noun_rule(doc: "Doc", tok: "Token", rules: AttributionRules) -> Candidate | None:
    """A cue noun with its possessor or "by/from" source: "his claim that ...", "criticism from X"."""
    if tok.pos_ == "NOUN" and tok.lemma_.lower() in rules.cues.nouns:
        return _noun_candidate(tok, rules)
    return None


ParseRule = Callable[["Doc", "Token", AttributionRules], "Candidate | None"]
# The parse constructions anchored on one token, in order: the first that finds a candidate wins.
# A cue phrase (phrase_rule) is tried before them and hides the tokens it covers.
PARSE_RULES: tuple[ParseRule, ...] = (verb_rule, adjective_rule, light_verb_rule, noun_rule)


def find_candidates(doc: "Doc", rules: AttributionRules) -> list[Candidate]:
    """Every cue in the article with its source and content (content may be empty: a quote cue)."""
    found: list[Candidate] = []
    covered: set[int] = set()
    for tok in doc:
        if tok.i in covered:
            continue
        phrase = phrase_rule(doc, tok, rules)
        if phrase is not None:
            found.append(phrase[0])
            covered.update(phrase[1])
            continue
        cand = next((c for rule in PARSE_RULES if (c := rule(doc, tok, rules)) is not None), None)
        if cand is not None:
            found.append(cand)
    return found
