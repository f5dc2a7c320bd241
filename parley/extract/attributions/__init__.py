"""The attribution step: every quote and reported statement, with its speaker resolved.

``STEP.run(doc, partial)`` joins two readings of the article:

1. direct quotations from the quote marks (:mod:`.quotes`), each attached to the cue verb
   next to it ("...," she said / He said: "...") or, without a cue, inherited from the
   speaker of the quote just before it (``inferred=True``);
2. cue-anchored attributions from the dependency parse (:mod:`.indirect`): indirect
   ("said that ..."), "according to X", "In her words", noun cues ("his claim that ...");
   an indirect content holding a quotation is ``mixed``.

Speakers are resolved against :func:`parley.extract.people.find_people` (:mod:`.speakers`).
The lexicons are data files under ``parley/data/cues`` (:mod:`.cues`).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from parley.extract.attributions.cues import CueLexicon, lexicon
from parley.extract.attributions.indirect import (
    Candidate,
    adjacent_speaker,
    colon_headlines,
    find_candidates,
    verb_candidate,
)
from parley.extract.attributions.quotes import Quote, find_quotes
from parley.extract.attributions.speakers import ANTECEDENT_CHARS, SpeakerResolver
from parley.extract.people import find_people
from parley.extract.pipeline import Step
from parley.models import Addressee, Attribution, ExtractedArticle, Speaker, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["STEP", "extract_attributions"]

_SENTENCE_END = {".", "!", "?"}
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}

_AFTER_WINDOW = 25
_OPEN_AFTER_WINDOW = 45
# Objects of a cue that name its audience, not its content: "Trump asked reporters".
_AUDIENCE_NOUNS = {"reporter", "journalist", "audience", "crowd", "supporter", "voter", "listener", "viewer", "reader",
                   "interviewer", "host", "moderator", "lawmaker", "delegate", "student", "worker", "people"}
_BEFORE_WINDOW = 30
# Unquoted text allowed between a quote and the next uncued quote that inherits its speaker.
_INFERENCE_GAP_CHARS = 40
_WORD = re.compile(r"\w+")


class _Tokens:
    """Character offset -> token index, by bisection (the doc's tokens are sorted by offset)."""

    def __init__(self, doc: "Doc") -> None:
        self.starts = [t.idx for t in doc]

    def at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)


def _is_speech_like(text: str, quote: Quote) -> bool:
    body = text[quote.content_start : quote.content_end]
    return len(_WORD.findall(body)) >= 4 or body.rstrip().endswith((".", "!", "?", ","))


def _is_embedded_phrase(doc: "Doc", tokens: _Tokens, quote: Quote, text: str) -> bool:
    """A short quoted phrase inside a sentence: a title, a scare quote, a slogan ('a "lesson"').

    Such phrases are not statements of their own; when they sit in reported speech the indirect
    attribution around them becomes mixed.
    """
    body = text[quote.content_start : quote.content_end]
    words = len(_WORD.findall(body))
    if words > 6 or len(quote.parts) > 1:
        return False
    if words <= 2 and not body.rstrip().endswith((".", "!", "?", ",")):
        return True
    j = quote.start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    if j < 0 or text[j] in "\n.!?":
        return False  # '..., Calif.\n\n"Safety," said Grimm': a quote opening a sentence is speech
    i = tokens.at(quote.start) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return False
    prev = doc[i]
    return prev.pos_ in ("DET", "ADP", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM") or prev.lower_ in ("as", "like", "of", "called", "dubbed", "named", "titled")


def _mistagged_cue(tok: "Token", lex: CueLexicon) -> bool:
    """A cue verb the tagger read as a noun: 'prompted the Atlas to state, "..."', '"...," a voice-over states.'"""
    if tok.pos_ != "NOUN" or not tok.text.islower() or not lex.introduces_quote(tok.lemma_.lower()):
        return False
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ == "to":
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return prev is not None and prev.pos_ in ("NOUN", "PROPN", "PRON") and (nxt is None or nxt.text in (".", ",", ":"))


def _naming_cue(doc: "Doc", tokens: _Tokens, quote: Quote, lex: CueLexicon, quoted: list[bool]) -> int | None:
    """The verb that names something with a quoted phrase: 'called the system "rigged"', 'described
    the plan as "absurd"' (a verb of the lexicon with an object-predicate or "as" frame)."""
    first = tokens.at(quote.start)
    inside = first + 1
    for i in range(first - 1, max(-1, first - 16), -1):
        tok = doc[i]
        if tok.text in _SENTENCE_END or tok.text == ";" or "\n" in tok.text or quoted[i] and i < first - 1:
            return None
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or lex.verb_class.get(lemma) not in ("speech", "stance"):
            continue
        frames = lex.verb_frames(lemma)
        if "oprd" not in frames and "prep:as" not in frames:
            return None  # the nearest cue verb reports something else
        phrase = doc[min(inside, len(doc) - 1)]
        while phrase.head.i != phrase.i and phrase.i != tok.i:
            if phrase.head.i == tok.i:
                return tok.i
            phrase = phrase.head
        return tok.i if phrase.i == tok.i else None
    return None


def _closes_quote(doc: "Doc", cue: int, lex: CueLexicon, quoted: list[bool]) -> bool:
    """Whether a cue right after a closed quote reports that quote, not a clause or a quote of its own."""
    verb = doc[cue]
    if not lex.introduces_quote(verb.lemma_.lower()):
        return False
    if any(quoted[i] for i in range(cue + 1, min(len(doc), cue + 4))):
        return False  # 'He answered, "I have no idea."': it introduces the next quote
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "parataxis" and child.i > cue):
            if child.tag_ == "VBG" and doc[child.left_edge.i - 1].text == ",":
                continue  # "Sanders asked rhetorically, shaking his head": a manner, not a content
            return False
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.lemma_.lower() not in _AUDIENCE_NOUNS:
            return False
    return True


def _heading_shaped(quote: Quote, text: str, after_marks: str) -> bool:
    """A short capitalised quotation with no closing punctuation right after one of ``after_marks``
    (the end of a sentence): the shape of a pull-quote subheading."""
    body = text[quote.content_start : quote.content_end].strip(" \"”’'")
    if not body or body[-1] in ",.!?;:—–-" or not body[0].isupper() or len(_WORD.findall(body)) > 8:
        return False
    j = quote.start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in after_marks


def _run_in_heading(quote: Quote, text: str) -> bool:
    """A pull-quote subheading whose line break the page lost: "... each year. ‘We are very concerned’
    In a statement addressing ...": before the next sentence on the same line, nobody in it said it."""
    if quote.start == 0 or not _heading_shaped(quote, text, ".!?\"”’"):
        return False
    after = text[quote.end : quote.end + 40].lstrip(" \t\u00a0")
    return bool(after) and after[0].isupper() and not after.startswith(("I ", "I'", "I’"))


def _heading_before_sentence(doc: "Doc", quote: Quote, text: str, cue: int) -> bool:
    """A subheading run into a sentence whose cue has a content of its own: "... elsewhere. ‘We don’t
    have a country’ Thai officials initially claimed that ...": the quote is not that content."""
    verb = doc[cue]
    return _heading_shaped(quote, text, ".!?\n\"”’'") and any(
        c.dep_ in ("ccomp", "xcomp") and c.idx > quote.end for c in verb.children
    )


def _cue_token(
    doc: "Doc", tokens: _Tokens, quote: Quote, lex: CueLexicon, quoted: list[bool], text: str
) -> tuple[int | None, bool]:
    """The cue verb of a direct quotation and whether it follows the quote.

    After it ("...," she said: direct whatever the parse says) or before it (She said: "...").
    """
    first = tokens.at(quote.start)
    last = tokens.at(max(quote.start, quote.end - 1))
    tail = text[quote.content_end : quote.end + 2]
    last_char = text[quote.content_end - 1 : quote.content_end]
    next_word = doc[last + 1] if last + 1 < len(doc) else None
    # '"...?" she asked' continues the sentence; '"...?" He answered' starts a new one.
    lower_next = next_word is not None and (next_word.text[:1].islower() or next_word.pos_ == "PROPN")
    ends_open = last_char in (",", "—", "-", "–") or "," in tail or (last_char in ("?", "!") and lower_next)
    after: int | None = None
    i = last + 1
    # '"...," Trump, the 2016 GOP frontrunner and polling leader in South Carolina ..., said': a quote
    # left open by its comma may wait longer for its cue.
    limit = min(len(doc), last + 1 + (_OPEN_AFTER_WINDOW if last_char == "," or "," in tail else _AFTER_WINDOW))
    while i < limit:
        tok = doc[i]
        if quoted[i] or (tok.text in _SENTENCE_END and i > last + 1) or "\n" in tok.text:
            break
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.verbs or i - last <= 9 and _mistagged_cue(tok, lex):
            after = i
            break
        if tok.dep_ == "ROOT" and lex.introduces_quote(tok.lemma_.lower()):
            after = i  # a mistagged cue ("the editorial read" as a noun) heading its own clause
            break
        i += 1
    if after is not None and _heading_before_sentence(doc, quote, text, after):
        after = None
    if after is not None:
        closed_sentence = text[quote.content_end - 1 : quote.content_end] in (".", "!", "?")
        if closed_sentence and any(t.text == ":" for t in doc[after + 1 : min(len(doc), after + 5)] if not quoted[t.i]):
            after = None  # '"We will win." Scholz added: "Never."': the cue opens the next quote
    if after is not None:
        next_tok = doc[last + 1] if last + 1 < len(doc) else None
        starts_new = next_tok is not None and next_tok.text[:1].isupper() and next_tok.pos_ != "PROPN" and next_tok.lower_ not in ("i",)
        if ends_open or (after - last <= 4 and not (closed_sentence and starts_new)):
            return after, True
        if closed_sentence and starts_new:
            if after - last <= 4 and _closes_quote(doc, after, lex, quoted):
                # '"You think I'm going to change?" Trump asked reporters.': a capitalised subject
                # the tagger did not read as a name, then a cue with nothing of its own to report.
                return after, True
            after = None  # "...experience.” He adds, “...”: the cue belongs to the next quote
    before: int | None = None
    i = first - 1
    limit = max(-1, first - 1 - _BEFORE_WINDOW)
    while i > limit:
        tok = doc[i]
        if quoted[i] or tok.text in _SENTENCE_END or "\n" in tok.text:
            break
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.verbs and (
            lex.introduces_quote(tok.lemma_.lower()) or "clause" in lex.verb_frames(tok.lemma_.lower())
        ) or _mistagged_cue(tok, lex):
            before = i
            break
        i -= 1
    if before is not None:
        return before, False
    if after is not None and text[quote.content_end - 1 : quote.content_end] not in (".", "!", "?"):
        return after, False
    # "Cruz continued:" closing the previous sentence or paragraph, then the quote.
    j = quote.start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j >= 0 and text[j] == ":":
        i = tokens.at(j) - 1
        stop = max(-1, i - _BEFORE_WINDOW)
        while i > stop:
            tok = doc[i]
            if quoted[i] or tok.text in _SENTENCE_END:
                break
            if tok.pos_ in ("VERB", "AUX") and (
                tok.lemma_.lower() in lex.verbs or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            ):
                # A clause introducing the colon: "released the following statement:", "Clinton's
                # response was:", "the board was conclusive in its findings:".
                return i, False
            i -= 1
    return None, False


# Dashes that sign a quote: hyphen, en and em dash, and the quotation dash "―" (U+2015) made for it.
_SIGNING_DASHES = "-—–―"
_DASH_LINE = re.compile(r"(?:\n\s*[-—–―]|[ \t\u00a0]*[—–―])\s*([^\n]{2,120})")
# What may follow a same-line signature's name: nothing, a full stop, or a short verbless
# description after a comma ("— Maria Lopez, 45, a nurse from Ohio").
_SIGNATURE_TAIL_WORDS = 12


def _signature_ends_line(doc: "Doc", after: int) -> bool:
    """On the quote's own line ('“This is insane.” — Elon Musk'), a name signs the quote only when
    its line ends there, or goes on with a full stop or a short verbless description."""
    tail = []
    for tok in doc[after:]:
        if "\n" in tok.text:
            break
        if not tok.is_space:
            tail.append(tok)
    if not tail or [t.text for t in tail] == ["."]:
        return True
    if tail[0].text != ",":
        return False
    words = [t for t in tail if not t.is_punct]
    return len(words) <= _SIGNATURE_TAIL_WORDS and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in tail)


def _dash_source(doc: "Doc", tokens: _Tokens, quote: Quote, text: str) -> Candidate | None:
    """A quote paragraph signed on the next line: '"...."\n\n- Hillary Clinton.'."""
    match = _DASH_LINE.match(text, quote.end)
    if match is None:
        return None
    start = match.start(1)
    first = tokens.at(start)
    name_tokens = []
    for tok in doc[first:]:
        if tok.idx >= match.end(1) or tok.text in (",", ".", ";", "(") or "\n" in tok.text:
            break
        name_tokens.append(tok)
    if not name_tokens or not all(t.pos_ == "PROPN" or t.text[:1].isupper() for t in name_tokens) or len(name_tokens) > 5:
        return None
    head = name_tokens[-1]
    if "\n" not in text[quote.end : start] and not _signature_ends_line(doc, head.i + 1):
        return None
    dash = match.start() + next(k for k, ch in enumerate(text[match.start() : start]) if ch in _SIGNING_DASHES)
    return Candidate(
        cue=(dash, dash + 1),
        cue_token=None,
        source=(name_tokens[0].idx, head.idx + len(head.text)),
        source_head=head.i,
        content=list(quote.parts),
        kind="direct",
        via="quote",
    )


_BRACKET_SOURCE = re.compile(r"[ \t\u00a0]*\[([A-Z][^\]\n]{1,60}?)\.?\]")


def _bracket_source(quote: Quote, text: str) -> Candidate | None:
    """A quote credited in brackets right after it: '“...” [HuffPost.]' (digest newsletters)."""
    match = _BRACKET_SOURCE.match(text, quote.end)
    if match is None:
        return None
    return Candidate(
        cue=(match.start(1) - 1, match.end()),
        cue_token=None,
        source=(match.start(1), match.start(1) + len(match.group(1))),
        source_head=None,
        content=list(quote.parts),
        kind="direct",
        via="quote",
    )


def _previous_sentence_cue(doc: "Doc", tokens: _Tokens, quote: Quote, lex: CueLexicon, quoted: list[bool]) -> int | None:
    """'Dianne Bystrom agreed. "Mainstream Republicans ..."': a short cue sentence with no content of its own."""
    i = tokens.at(quote.start) - 1
    if i < 0 or doc[i].text not in (".", ":") or any("\n" in t.text_with_ws for t in doc[i : tokens.at(quote.start)]):
        return None
    sent = doc[i].sent
    if len(sent) > 12:
        return None
    for tok in sent:
        if quoted[tok.i] or tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.verbs:
            continue
        if lex.verb_class.get(tok.lemma_.lower()) != "speech" and tok.lemma_.lower() not in ("agree", "disagree"):
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children):
            continue
        return tok.i
    return None


def _statement_cue(doc: "Doc", tokens: _Tokens, quote: Quote, lex: CueLexicon, quoted: list[bool], text: str) -> int | None:
    """The verb of a statement named just before a quote that has no cue of its own.

    'Trump issued a statement, "..."', 'The DNC issued a statement apologizing ...\n\n"..."',
    'Lau said in a statement. "..."': the statement noun is a channel of the lexicon, the object
    of a verb or of "in" under a speech verb; the verb's subject is the source.
    """
    j = quote.start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    while j >= 0 and text[j].isspace():
        j -= 1  # the statement may close the previous paragraph
    if j < 0 or text[j] not in ",:.;—":
        return None
    sent = doc[tokens.at(j)].sent
    for tok in reversed(sent):
        if quoted[tok.i] or tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex.channels:
            continue
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("in", "via", "through") and head.head.pos_ == "VERB":
            verb = head.head
            if verb.lemma_.lower() not in lex.verbs:
                continue
        elif tok.dep_ == "dobj" and head.pos_ == "VERB":
            verb = head
        else:
            continue
        if any(c.dep_ in ("ccomp",) or c.dep_ == "dobj" and c.i != tok.i for c in verb.children):
            return None  # the verb reports a content of its own
        if quoted[verb.i]:
            return None
        return verb.i
    return None


def _colon_source(doc: "Doc", tokens: _Tokens, quote: Quote, text: str, lex: CueLexicon) -> Candidate | None:
    """A quote introduced by a bare name and a colon: "Pew Research: “...”", "Blumenthal and Cohen: “...”".

    Also a cue before the name ("Stated Stone:", a paragraph of its own) and a document ("From the
    report: “...”").
    """
    j = quote.start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] != ":":
        return None
    end_tok = tokens.at(j)
    i = end_tok - 1
    start_tok = end_tok
    while i >= 0 and end_tok - i <= 8:
        tok = doc[i]
        if tok.text in (".", "-", "—", "–", "\n", ";", "!", "?") or "\n" in tok.text or tok.pos_ in ("VERB", "AUX"):
            break
        start_tok = i
        i -= 1
    while start_tok < end_tok and doc[start_tok].pos_ in ("ADP", "CCONJ", "ADV"):
        start_tok += 1  # "From the report:", "And Smith:"
    cue = (j, j + 1)
    if start_tok < end_tok and doc[start_tok].text[:1].isupper():
        # "Stated Stone:": the cue verb, read as a name by the tagger, before the speaker.
        word = doc[start_tok]
        if i >= 0 and word.i == i + 1 and doc[i].pos_ in ("VERB", "AUX") and lex.verb_form(doc[i].text):
            cue = (doc[i].idx, doc[i].idx + len(doc[i].text))
        elif end_tok - start_tok >= 2 and lex.verb_form(word.text):
            cue = (word.idx, word.idx + len(word.text))
            start_tok += 1
    span = doc[start_tok:end_tok]
    if not len(span):
        return None
    named = any(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()) for t in span)
    document = span.root.pos_ == "NOUN" and span.root.lemma_.lower() in lex.documents and span[0].pos_ == "DET"
    if not named and not document:
        return None
    return Candidate(
        cue=cue,
        cue_token=None,
        source=(span[0].idx, span[-1].idx + len(span[-1].text)),
        source_head=span.root.i,
        content=list(quote.parts),
        kind="direct",
        via="quote",
    )


_PASSIVE_REPORTS = {"say", "report", "expect", "believe", "think", "consider", "know", "see", "estimate", "predict",
                    "rumor", "rumour", "allege", "fear", "suspect", "understand", "view", "describe", "quote", "ask"}


def _drop_nested(results: list[Candidate]) -> list[Candidate]:
    """Drop reported speech nested in another statement's content.

    "Critics suggest Europe can't afford to defend Ukraine": Europe defends nothing here, the critics'
    statement carries it (PolNeAR does not annotate such nested reports either). When two contents
    contain each other's cues, a parse has run one into the other ("<content>, Nuland has told
    TASS"): the later cue is the reporting one and stays.
    """
    by_id = {id(c): c for c in results}
    spans = sorted((c.content[0][0], c.content[-1][1], id(c)) for c in results if c.content)
    starts = [s for s, _e, _i in spans]
    kept = []
    for cand in results:
        if cand.kind in ("indirect", "mixed") and cand.cue is not None and cand.content:
            at = cand.cue[0]
            own = (cand.content[0][0], cand.content[-1][1])
            i = bisect.bisect_right(starts, at) - 1
            nested = False
            for j in range(i, max(-1, i - 50), -1):
                s, e, ident = spans[j]
                if ident == id(cand) or not s <= at < e:
                    continue
                outer = by_id[ident]
                outer_cue = outer.cue
                mutual = outer_cue is not None and own[0] <= outer_cue[0] < own[1]
                if mutual and outer_cue is not None and at > outer_cue[0]:
                    continue
                nested = True
                break
            if nested:
                continue
        kept.append(cand)
    return kept


def _reduced_passive(verb: "Token") -> bool:
    """ "400 books deemed 'against national interest'": the noun before the participle is what was
    judged, never who judged it."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ == "agent" for c in verb.children)


def _passive_report(verb: "Token") -> bool:
    """ "Trump is expected to win", "it was reported that ...": a report with no named source."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in _PASSIVE_REPORTS
        and (any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ in ("advcl", "acl"))
    )


def _clip_to_paragraph(cand: Candidate, text: str) -> None:
    """Keep reported content inside the cue's paragraph: parses that run across paragraphs are wrong."""
    if cand.cue is None or not cand.content:
        return
    start = text.rfind("\n", 0, cand.cue[0]) + 1
    end = text.find("\n", cand.cue[1])
    end = len(text) if end < 0 else end
    clipped = []
    for s, e in cand.content:
        s, e = max(s, start), min(e, end)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            clipped.append((s, e))
    cand.content = clipped


def _quoted_by(
    cand: Candidate, parts: list[tuple[int, int]], source: tuple[int, int] | None, source_head: int | None
) -> Candidate:
    """A direct quotation reported by the cue (and addressee) of ``cand``."""
    return Candidate(
        cue=cand.cue,
        cue_token=cand.cue_token,
        source=source,
        source_head=source_head,
        content=parts,
        kind="direct",
        addressee=cand.addressee,
        channel=cand.channel,
        via="quote",
    )


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def extract_attributions(doc: "Doc", text: str) -> list[Attribution]:
    """All attributions of an article, in text order."""
    lex = lexicon()
    tokens = _Tokens(doc)
    quotes = find_quotes(text)
    quoted = [False] * len(doc)
    for q in quotes:
        for part in q.parts:
            for i in range(tokens.at(part[0]), tokens.at(max(part[0], part[1] - 1)) + 1):
                quoted[i] = True
        # The marks themselves belong to the quote too.
        quoted[tokens.at(q.start)] = True
        quoted[tokens.at(max(q.start, q.end - 1))] = True
    candidates = find_candidates(doc, lex) + colon_headlines(doc, tokens.at)
    for cand in candidates:
        _clip_to_paragraph(cand, text)
    by_cue: dict[int, Candidate] = {c.cue_token: c for c in candidates if c.via == "verb" and c.cue_token is not None}

    results: list[Candidate] = []
    direct_by_cue: dict[int, Candidate] = {}
    consumed: set[int] = set()  # ids of candidates turned into direct quotes
    last_direct: Candidate | None = None
    last_direct_end = -1
    named_by: dict[int, Candidate] = {}  # naming verb -> its attribution ('called the plan "absurd"')
    for quote in quotes:
        parts = list(quote.parts)
        if _run_in_heading(quote, text):
            continue
        cue_i, cue_follows = _cue_token(doc, tokens, quote, lex, quoted, text)
        if _is_embedded_phrase(doc, tokens, quote, text) and not (
            cue_follows and len(_WORD.findall(text[quote.content_start : quote.content_end])) >= 3
        ):
            naming = _naming_cue(doc, tokens, quote, lex, quoted)
            if naming is not None and naming in named_by:
                # '... called protesters "illegals" and "thugs"': one statement, now running to this quote.
                earlier = named_by[naming]
                earlier.content = [(earlier.content[0][0], quote.end)]
                earlier.kind = "mixed"
            elif naming is not None:
                namer = by_cue.get(naming) or verb_candidate(doc[naming], lex)
                if namer is not None and namer.source is not None and not any(
                    _overlaps(r, (quote.start, quote.end)) for r in namer.content
                ):
                    # 'called the system "rigged"': what was named and what it was called, as the
                    # object-predicate frame reads it when the parse finds it.
                    begin = doc[naming + 1].idx if naming + 1 < len(doc) else quote.start
                    named = _quoted_by(namer, parts, namer.source, namer.source_head)
                    if begin < quote.start:
                        named.content, named.kind = [(begin, quote.end)], "mixed"
                        if namer.content and all(begin <= a and b <= quote.end for a, b in namer.content):
                            consumed.add(id(namer))  # "described the proposal" is part of it
                    named_by[naming] = named
                    results.append(named)
            continue
        if cue_i is not None:
            existing = direct_by_cue.get(cue_i)
            if existing is not None:
                between = text[existing.content[-1][1] : quote.start]
                if not any(ch in between for ch in ".!?") or between.strip(" \"”’'“,") == "":
                    existing.content.extend(parts)
                    last_direct_end = quote.end
                    continue
            reporting = by_cue.get(cue_i) or verb_candidate(doc[cue_i], lex)
            if reporting is None:
                continue
            if _reduced_passive(doc[cue_i]) and any(
                c.cue_token != cue_i and any(a <= quote.start and quote.content_end <= b + 1 for a, b in c.content) for c in candidates
            ):
                # 'Prosecutors told the court they would present "substantial evidence" found on his phone':
                # the quote is part of what the prosecutors said, not something "found" said.
                continue
            touching = [r for r in reporting.content if _overlaps(r, (quote.start, quote.end))]
            if touching and not cue_follows:
                extent = (min(r[0] for r in touching), max(r[1] for r in touching))
                if quote.end - quote.start < 0.7 * (extent[1] - extent[0]):
                    # A quoted phrase inside reported speech (says Obama is "obsessed"): a mixed attribution.
                    continue
                consumed.add(id(reporting))
            source, source_head = reporting.source, reporting.source_head
            if (source is None or _overlaps(source, (quote.start, quote.end))) and not _reduced_passive(doc[cue_i]):
                near = adjacent_speaker(doc[cue_i], lambda i: not quoted[i])
                if near is not None:
                    source, source_head = near[0], near[1].i
                elif source is not None:
                    source, source_head = None, None
            direct = _quoted_by(reporting, parts, source, source_head)
            if existing is None:
                direct_by_cue[cue_i] = direct
            results.append(direct)
            cue_sentence_end = doc[cue_i].sent.end_char if cue_i > tokens.at(quote.start) else quote.end
            last_direct, last_direct_end = direct, max(quote.end, cue_sentence_end)
            continue
        prev_cue = _previous_sentence_cue(doc, tokens, quote, lex, quoted)
        if prev_cue is None:
            prev_cue = _statement_cue(doc, tokens, quote, lex, quoted, text)
        if prev_cue is not None and prev_cue not in direct_by_cue:
            previous = by_cue.get(prev_cue) or verb_candidate(doc[prev_cue], lex)
            if previous is not None:
                direct = _quoted_by(previous, parts, previous.source, previous.source_head)
                direct_by_cue[prev_cue] = direct
                consumed.add(id(previous))
                results.append(direct)
                last_direct, last_direct_end = direct, quote.end
                continue
        colon = _colon_source(doc, tokens, quote, text, lex) or _dash_source(doc, tokens, quote, text) or _bracket_source(quote, text)
        if colon is not None:
            results.append(colon)
            last_direct, last_direct_end = colon, quote.end
            continue
        if last_direct is not None and _is_speech_like(text, quote):
            gap = text[last_direct_end : quote.start]
            unquoted = re.sub(r"[\s\"“”‘’'«»,.:;—–-]", "", gap)
            if len(unquoted) <= _INFERENCE_GAP_CHARS and gap.count("\n") <= 2:
                follower = _quoted_by(last_direct, parts, last_direct.source, last_direct.source_head)
                follower.inferred = True
                follower.extra["continues"] = id(last_direct)
                results.append(follower)
                last_direct_end = quote.end
                continue
        last_direct = None

    quote_extents = [(q.start, q.end) for q in quotes]
    for cand in candidates:
        if id(cand) in consumed or not cand.content:
            continue
        if cand.source is None and not (
            cand.cue_token is not None
            and (_passive_report(doc[cand.cue_token]) or lex.verb_class.get(doc[cand.cue_token].lemma_.lower()) == "perception")
        ):
            continue
        if cand.cue_token is not None and quoted[cand.cue_token]:
            # Speech reported inside a quotation ("I think ...") is the quoted speaker's, not a new attribution.
            continue
        if cand.via == "verb" and cand.cue_token in direct_by_cue:
            # The cue introduces a quotation; a second content is kept only when it lies outside the quote.
            quote_parts = direct_by_cue[cand.cue_token].content
            if any(_overlaps(r, p) for r in cand.content for p in quote_parts):
                continue
        extent = (cand.content[0][0], cand.content[-1][1])
        if cand.via == "colon" and any(_overlaps(extent, r) for d in results if d.kind == "direct" for r in d.content):
            continue
        whole = next((q for q in quotes if q.start <= extent[0] + 1 and extent[1] <= q.end + 1 and q.end - 1 <= extent[1]), None)
        if whole is not None:
            # '"We will win the war," according to a statement': the content is the quotation itself.
            cand.content, cand.kind = list(whole.parts), "direct"
        elif any(extent[0] <= qs and qe <= extent[1] + 1 for qs, qe in quote_extents):
            cand.kind = "mixed"
        else:
            # 'called the proposal "absurd."': the parse ends the content inside the quote's closing
            # punctuation; the content runs to the closing mark.
            closing = next((qe for qs, qe in quote_extents if extent[0] <= qs < extent[1] < qe <= extent[1] + 3), None)
            if closing is not None:
                cand.content[-1] = (cand.content[-1][0], closing)
                cand.kind = "mixed"
        results.append(cand)

    results = _drop_nested(results)
    results.sort(key=lambda c: (c.content[0][0], c.cue[0] if c.cue else -1))
    return _records(doc, text, results)


def _records(doc: "Doc", text: str, results: list[Candidate]) -> list[Attribution]:
    resolver = SpeakerResolver(doc, find_people(doc, text))
    index_of = {id(cand): i for i, cand in enumerate(results)}
    records: list[Attribution] = []
    previous: tuple[int, Speaker] | None = None
    for cand in results:
        head = doc[cand.source_head] if cand.source_head is not None else None
        if cand.source is not None and "\n" in text[cand.source[0] : cand.source[1]]:
            # A mention never spans paragraphs: "Reaction\n\nOfficials said" is a heading, then the source.
            start = text.rfind("\n", cand.source[0], cand.source[1]) + 1
            while start < cand.source[1] and text[start].isspace():
                start += 1
            cand.source = (start, cand.source[1]) if start < cand.source[1] else None
            if head is not None and (cand.source is None or head.idx < cand.source[0]):
                head = None
        quote_first = cand.kind == "direct" and cand.content and cand.source is not None and cand.content[0][0] < cand.source[0]
        speaker = resolver.speaker(cand.source, head, previous, cand.content[0][0] if quote_first else None)
        if speaker is not None and cand.source is not None and (previous is None or cand.source[0] > previous[0]):
            previous = (cand.source[0], speaker)
        if speaker is None and head is not None and head.lower_ in _FIRST_PERSON and cand.source is not None:
            # "I think ..." inside what someone is reported as saying: that someone.
            speaker = next(
                (r.speaker for r in reversed(records)
                 if r.speaker is not None and r.content[0].start <= cand.source[0] < r.content[-1].end),
                None,
            )
        if speaker is None and head is not None and head.lemma_.lower() in ("report", "statement") and cand.source is not None:
            speaker = _reported_before(records, cand.source[0], head.lemma_.lower())
        if speaker is None and head is not None and head.lower_ in ("it", "they") and cand.source is not None:
            speaker = _body_antecedent(records, cand.source[0], head.lower_) or resolver.subject_body(head)
        addressee = Addressee(name=cand.addressee, channel=cand.channel) if cand.addressee or cand.channel else None
        records.append(
            Attribution(
                kind=cand.kind,  # type: ignore[arg-type]
                content=[make_span(text, s, e) for s, e in cand.content],
                cue=make_span(text, *cand.cue) if cand.cue else None,
                source=make_span(text, *cand.source) if cand.source else None,
                speaker=speaker,
                addressee=addressee,
                inferred=cand.inferred,
                continues=index_of.get(continued) if isinstance(continued := cand.extra.get("continues"), int) else None,
            )
        )
    return records


# Documents a later "the report" may stand for: "According to the Global Terrorism Index 2025 ...
# According to the report, ...".
_REPORT_LIKE = {"report", "index", "study", "survey", "analysis", "review", "assessment"}


def _reported_before(records: list[Attribution], at: int, document: str) -> Speaker | None:
    """ "..., according to the report": who reported it just before ("CMGM reported that ...") or
    said it in a statement, within a few sentences."""
    for record in _spoken_just_before(records, at):
        cue = record.cue.text.lower() if record.cue is not None else ""
        channel = record.addressee.channel if record.addressee is not None else None
        source_words = set(record.source.text.lower().replace("’", " ").split()) if record.source is not None else set()
        if (document == "report" and ("report" in cue or source_words & _REPORT_LIKE)) or (
            document == "statement" and channel == "statement"
        ):
            return record.speaker
    return None


def _body_antecedent(records: list[Attribution], at: int, pronoun: str) -> Speaker | None:
    """ "it"/"they" as a source: the body or group that spoke just before, when that speaker fits.

    "The ministry said in a statement ... "...," it added." Only the nearest earlier named speaker
    (within a few sentences) is tried: when it is a person, or too far, the pronoun stays unresolved.
    """
    wanted = ("organization",) if pronoun == "it" else ("organization", "group")
    nearest = next((r.speaker for r in _spoken_just_before(records, at)), None)
    return nearest if nearest is not None and nearest.type in wanted else None


def _spoken_just_before(records: list[Attribution], at: int) -> Iterator[Attribution]:
    """The attributions with a resolved speaker whose mention comes before ``at``, nearest first, within
    :data:`ANTECEDENT_CHARS`."""
    for record in reversed(records):
        if record.source is None or record.source.start >= at:
            continue
        if at - record.source.start > ANTECEDENT_CHARS:
            return
        if record.speaker is not None:
            yield record


def _run(doc: "Doc", partial: ExtractedArticle) -> list[Attribution]:
    found = extract_attributions(doc, partial.text)
    # Transcripts hook (issue 15): speaker turns, and readout speakers on official pages.
    from parley.extract.transcripts import apply_transcripts

    return apply_transcripts(doc, partial, found)


STEP = Step(name="attributions", field="attributions", run=_run)
