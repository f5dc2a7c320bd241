"""Direct quotations and the constructions that attribute them, as an ordered registry of rules.

Each rule of :data:`QUOTE_RULES` reads one quotation (the anchor) in the :class:`Context` of its
article and either claims it, with the candidates it found (possibly none: a heading, a scare quote),
or passes it on to the next rule. The first rule that claims a quotation settles it. What a claim
changes in the running state (the quotation later uncued quotes may continue, the quotation a cue
already reports) is written in its :class:`Claim`, not done by the rule.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Literal

from parley.extract.attributions.indirect import Candidate, adjacent_speaker, verb_candidate
from parley.extract.attributions.quotes import Quote
from parley.extract.attributions.rules import AttributionRules

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["QUOTE_RULES", "Claim", "Context", "QuoteRule", "read_quotes"]

_SENTENCE_END = {".", "!", "?"}
# Word classes before a short quoted phrase that make it part of the sentence ('a "lesson"', 'the
# "Butcher"', 'new "rules"'): function words, and nominal words.
_EMBEDDING_FUNCTION_POS = ("DET", "ADP", "CCONJ")
_EMBEDDING_NOMINAL_POS = ("ADJ", "NOUN", "PROPN", "NUM")
# Tokens that end the bare name before a colon ("Pew Research: “...”"): sentence and clause breaks.
_NAME_BREAKS = frozenset(".-—–\n;!?")
_WORD = re.compile(r"\w+")


class TokenIndex:
    """Character offset -> token index, by bisection (the doc's tokens are sorted by offset)."""

    def __init__(self, doc: "Doc") -> None:
        self.starts = [t.idx for t in doc]

    def at(self, char: int) -> int:
        return max(0, bisect.bisect_right(self.starts, char) - 1)


def _is_speech_like(text: str, quote: Quote, rules: AttributionRules) -> bool:
    body = text[quote.content_start : quote.content_end]
    return len(_WORD.findall(body)) >= rules.settings.speech_min_words or body.rstrip().endswith((".", "!", "?", ","))


def _is_embedded_phrase(doc: "Doc", tokens: TokenIndex, quote: Quote, text: str, rules: AttributionRules) -> bool:
    """A short quoted phrase inside a sentence: a title, a scare quote, a slogan ('a "lesson"').

    Such phrases are not statements of their own; when they sit in reported speech the indirect
    attribution around them becomes mixed.
    """
    body = text[quote.content_start : quote.content_end]
    words = len(_WORD.findall(body))
    if words > rules.settings.embedded_max_words or len(quote.parts) > 1:
        return False
    if words <= rules.settings.bare_phrase_max_words and not body.rstrip().endswith((".", "!", "?", ",")):
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
    return prev.pos_ in _EMBEDDING_FUNCTION_POS or prev.pos_ in _EMBEDDING_NOMINAL_POS or prev.lower_ in rules.naming_words


def _mistagged_cue(tok: "Token", rules: AttributionRules) -> bool:
    """A cue verb the tagger read as a noun: 'prompted the Atlas to state, "..."', '"...," a voice-over states.'"""
    if tok.pos_ != "NOUN" or not tok.text.islower() or not rules.cues.introduces_quote(tok.lemma_.lower()):
        return False
    doc = tok.doc
    prev = doc[tok.i - 1] if tok.i > 0 else None
    if prev is not None and prev.lower_ == "to":
        return True
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    return prev is not None and prev.pos_ in ("NOUN", "PROPN", "PRON") and (nxt is None or nxt.text in (".", ",", ":"))


def _naming_cue(doc: "Doc", tokens: TokenIndex, quote: Quote, rules: AttributionRules, quoted: list[bool]) -> int | None:
    """The verb that names something with a quoted phrase: 'called the system "rigged"', 'described
    the plan as "absurd"' (a verb of the lexicon with an object-predicate or "as" frame)."""
    first = tokens.at(quote.start)
    inside = first + 1
    # 'called it "A" and "B"': the second phrase looks back past the first one to the verb.
    coordinated = first >= 2 and doc[first - 1].pos_ == "CCONJ" and quoted[first - 2]
    for i in range(first - 1, max(-1, first - rules.settings.naming_lookback_tokens), -1):
        tok = doc[i]
        if tok.text in _SENTENCE_END or tok.text == ";" or "\n" in tok.text or quoted[i] and i < first - 1 and not coordinated:
            return None
        lemma = tok.lemma_.lower()
        if tok.pos_ != "VERB" or rules.cues.verb_class.get(lemma) not in ("speech", "stance"):
            continue
        frames = rules.cues.verb_frames(lemma)
        if "oprd" not in frames and "prep:as" not in frames:
            return None  # the nearest cue verb reports something else
        phrase = doc[min(inside, len(doc) - 1)]
        while phrase.head.i != phrase.i and phrase.i != tok.i:
            if phrase.head.i == tok.i:
                return tok.i
            phrase = phrase.head
        return tok.i if phrase.i == tok.i else None
    return None


def _closes_quote(doc: "Doc", cue: int, rules: AttributionRules, quoted: list[bool]) -> bool:
    """Whether a cue right after a closed quote reports that quote, not a clause or a quote of its own."""
    verb = doc[cue]
    if not rules.cues.introduces_quote(verb.lemma_.lower()):
        return False
    if any(quoted[i] for i in range(cue + 1, min(len(doc), cue + 1 + rules.settings.next_quote_tokens))):
        return False  # 'He answered, "I have no idea."': it introduces the next quote
    for child in verb.children:
        if child.dep_ in ("ccomp", "xcomp") or (child.dep_ == "parataxis" and child.i > cue):
            if child.tag_ == "VBG" and doc[child.left_edge.i - 1].text == ",":
                continue  # "Sanders asked rhetorically, shaking his head": a manner, not a content
            return False
        if child.dep_ == "dobj" and child.pos_ == "NOUN" and child.lemma_.lower() not in rules.audiences:
            return False
    return True


def _heading_shaped(quote: Quote, text: str, after_marks: str, rules: AttributionRules) -> bool:
    """A short capitalised quotation with no closing punctuation right after one of ``after_marks``
    (the end of a sentence): the shape of a pull-quote subheading."""
    body = text[quote.content_start : quote.content_end].strip(" \"”’'")
    if not body or body[-1] in ",.!?;:—–-" or not body[0].isupper() or len(_WORD.findall(body)) > rules.settings.heading_max_words:
        return False
    j = quote.start - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j < 0 or text[j] in after_marks


def _run_in_heading(quote: Quote, text: str, rules: AttributionRules) -> bool:
    """A pull-quote subheading whose line break the page lost: "... each year. ‘We are very concerned’
    In a statement addressing ...": before the next sentence on the same line, nobody in it said it."""
    if quote.start == 0 or not _heading_shaped(quote, text, ".!?\"”’", rules):
        return False
    after = text[quote.end : quote.end + rules.settings.run_in_lookahead_chars].lstrip(" \t\u00a0")
    return bool(after) and after[0].isupper() and not after.startswith(("I ", "I'", "I’"))


def _heading_before_sentence(doc: "Doc", quote: Quote, text: str, cue: int, rules: AttributionRules) -> bool:
    """A subheading run into a sentence whose cue has a content of its own: "... elsewhere. ‘We don’t
    have a country’ Thai officials initially claimed that ...": the quote is not that content."""
    verb = doc[cue]
    return _heading_shaped(quote, text, ".!?\n\"”’'", rules) and any(
        c.dep_ in ("ccomp", "xcomp") and c.idx > quote.end for c in verb.children
    )


def _cue_token(
    doc: "Doc", tokens: TokenIndex, quote: Quote, rules: AttributionRules, quoted: list[bool], text: str
) -> tuple[int | None, bool]:
    """The cue verb of a direct quotation and whether it follows the quote.

    After it ("...," she said: direct whatever the parse says) or before it (She said: "...").
    """
    after, follows = _cue_after(doc, tokens, quote, rules, quoted, text)
    if follows:
        return after, True
    before = _cue_before(doc, tokens.at(quote.start), rules, quoted)
    if before is not None:
        return before, False
    if after is not None and text[quote.content_end - 1 : quote.content_end] not in (".", "!", "?"):
        return after, False
    return _colon_clause_cue(doc, tokens, quote, rules, quoted, text), False


def _scan_after(doc: "Doc", last: int, limit: int, rules: AttributionRules, quoted: list[bool]) -> int | None:
    """The first cue verb after a quote's last token, within its sentence and line."""
    for i in range(last + 1, limit):
        tok = doc[i]
        if quoted[i] or (tok.text in _SENTENCE_END and i > last + 1) or "\n" in tok.text:
            return None
        if tok.dep_ in ("amod", "pcomp"):
            # "With the added Canadian duty": a participle as an adjective reports nothing; nor does a verb
            # after a preposition ('under "huge pressure" after seeing the updated ChatGPT').
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() in rules.cues.verbs or (
            i - last <= rules.settings.mistagged_cue_window and _mistagged_cue(tok, rules)
        ):
            return i
        if tok.dep_ == "ROOT" and rules.cues.introduces_quote(tok.lemma_.lower()):
            return i  # a mistagged cue ("the editorial read" as a noun) heading its own clause
    return None


def _cue_after(
    doc: "Doc", tokens: TokenIndex, quote: Quote, rules: AttributionRules, quoted: list[bool], text: str
) -> tuple[int | None, bool]:
    """The cue after a quote and whether it surely reports it (else it is only a fallback)."""
    last = tokens.at(max(quote.start, quote.end - 1))
    tail = text[quote.content_end : quote.end + 2]
    last_char = text[quote.content_end - 1 : quote.content_end]
    next_word = doc[last + 1] if last + 1 < len(doc) else None
    # '"...?" she asked' continues the sentence; '"...?" He answered' starts a new one.
    lower_next = next_word is not None and (next_word.text[:1].islower() or next_word.pos_ == "PROPN")
    ends_open = last_char in (",", "—", "-", "–") or "," in tail or (last_char in ("?", "!") and lower_next)
    settings = rules.settings
    # '"...," Trump, the 2016 GOP frontrunner and polling leader in South Carolina ..., said': a quote
    # left open by its comma may wait longer for its cue.
    window = settings.open_after_window if last_char == "," or "," in tail else settings.after_window
    after = _scan_after(doc, last, min(len(doc), last + 1 + window), rules, quoted)
    if after is None or _heading_before_sentence(doc, quote, text, after, rules):
        return None, False
    closed_sentence = last_char in (".", "!", "?")
    colon_after = doc[after + 1 : min(len(doc), after + settings.colon_after_cue_tokens)]
    if closed_sentence and any(t.text == ":" for t in colon_after if not quoted[t.i]):
        return None, False  # '"We will win." Scholz added: "Never."': the cue opens the next quote
    starts_new = next_word is not None and next_word.text[:1].isupper() and next_word.pos_ != "PROPN" and next_word.lower_ not in ("i",)
    close = after - last <= settings.close_cue_tokens
    if not ends_open and last_char == "." and close and not starts_new and not _closes_quote(doc, after, rules, quoted):
        # '"... Russian missiles." Congress called 'anti-Turkish' Monday's testing': a full stop, then
        # a name whose verb has a content of its own starts the next sentence; it reports nothing back.
        return None, False
    if ends_open or (close and not (closed_sentence and starts_new)):
        return after, True
    if closed_sentence and starts_new:
        if close and _closes_quote(doc, after, rules, quoted):
            # '"You think I'm going to change?" Trump asked reporters.': a capitalised subject
            # the tagger did not read as a name, then a cue with nothing of its own to report.
            return after, True
        return None, False  # "...experience.” He adds, “...”: the cue belongs to the next quote
    return after, False


def _cue_before(doc: "Doc", first: int, rules: AttributionRules, quoted: list[bool]) -> int | None:
    """A cue verb before a quote, in its sentence: 'She said: "..."', 'He added, "..."'."""
    for i in range(first - 1, max(-1, first - 1 - rules.settings.before_window), -1):
        tok = doc[i]
        if quoted[i] or tok.text in _SENTENCE_END or "\n" in tok.text:
            return None
        lemma = tok.lemma_.lower()
        if tok.pos_ == "VERB" and lemma in rules.cues.verbs and (
            rules.cues.introduces_quote(lemma) or "clause" in rules.cues.verb_frames(lemma)
        ) or _mistagged_cue(tok, rules):
            return _reporting_above(tok, rules)
    return None


def _reporting_above(tok: "Token", rules: AttributionRules) -> int:
    """The speech verb that reports the clause a cue stands in: in 'Schoff said Ishiba probably knows
    that ..., but "he is sending a signal ..."', the quotation is what Schoff said, not what Ishiba knows."""
    current = tok
    while current.dep_ == "ccomp" and current.head.i != current.i:
        head = current.head
        if head.pos_ == "VERB" and rules.cues.verb_class.get(head.lemma_.lower()) == "speech" and head.i < tok.i:
            return head.i
        current = head
    return tok.i


def _colon_clause_cue(
    doc: "Doc", tokens: TokenIndex, quote: Quote, rules: AttributionRules, quoted: list[bool], text: str
) -> int | None:
    """"Cruz continued:" closing the previous sentence or paragraph, then the quote."""
    j = quote.start - 1
    while j >= 0 and text[j].isspace():
        j -= 1
    if j < 0 or text[j] != ":":
        return None
    for i in range(tokens.at(j) - 1, max(-1, tokens.at(j) - 1 - rules.settings.before_window), -1):
        tok = doc[i]
        if quoted[i] or tok.text in _SENTENCE_END:
            return None
        if tok.pos_ in ("VERB", "AUX") and (
            tok.lemma_.lower() in rules.cues.verbs or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
        ):
            # A clause introducing the colon: "released the following statement:", "Clinton's
            # response was:", "the board was conclusive in its findings:".
            return i
    return None


# Dashes that sign a quote: hyphen, en and em dash, and the quotation dash "―" (U+2015) made for it.
_SIGNING_DASHES = "-—–―"
_DASH_LINE = re.compile(r"(?:\n\s*[-—–―]|[ \t\u00a0]*[—–―])\s*([^\n]{2,120})")
_SIGNATURE_ENDS = ",.;(*_"  # the name signing a quotation ends at these (emphasis marks close an epigraph)
_BARE_SIGNATURE = re.compile(r"[ \t\u00a0]+([A-Z][^\n]{1,119})")


def _opens_paragraph(text: str, start: int) -> bool:
    """Only blank space or emphasis marks ("*", "_") between the last line break and ``start``."""
    line = text.rfind("\n", 0, start) + 1
    return not text[line:start].strip(" \t*_")


def _signature_ends_line(doc: "Doc", after: int, rules: AttributionRules) -> bool:
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
    return len(words) <= rules.settings.signature_tail_words and not any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", []) for t in tail)


def _signing_name(tokens: "list[Token]", rules: AttributionRules) -> bool:
    """Capitalised words, with lower-case joining words inside a title ("Secretary of State Tony Blinken")."""
    if not tokens or len(tokens) > rules.settings.signature_max_tokens or not tokens[-1].text[:1].isupper():
        return False
    return all(t.pos_ == "PROPN" or t.text[:1].isupper() or (0 < k and t.lower_ in rules.name_joiners)
               for k, t in enumerate(tokens))


def _dash_source(doc: "Doc", tokens: TokenIndex, quote: Quote, text: str, rules: AttributionRules) -> Candidate | None:
    """A quote paragraph signed on the next line: '"...."\n\n- Hillary Clinton.'; or, with no dash, a
    paragraph that is only a quotation and its signature ('“...” Secretary of State Tony Blinken, January 7')."""
    match = _DASH_LINE.match(text, quote.end)
    if match is None and _opens_paragraph(text, quote.start):
        match = _BARE_SIGNATURE.match(text, quote.end)
    if match is None:
        return None
    start = match.start(1)
    first = tokens.at(start)
    name_tokens = []
    for tok in doc[first:]:
        if tok.idx >= match.end(1) or (len(tok.text) == 1 and tok.text in _SIGNATURE_ENDS) or "\n" in tok.text:
            break
        name_tokens.append(tok)
    if not _signing_name(name_tokens, rules):
        return None
    head = name_tokens[-1]
    if "\n" not in text[quote.end : start] and not _signature_ends_line(doc, head.i + 1, rules):
        return None
    if not any(ch in _SIGNING_DASHES for ch in text[match.start() : start]):
        if not any(t.ent_type_ == "PERSON" for t in name_tokens):
            return None  # no dash: only a person's name signs ('“...” Reuters' is a credit, not a speaker)
        return Candidate(cue=None, cue_token=None, source=(name_tokens[0].idx, head.idx + len(head.text)),
                         source_head=head.i, content=list(quote.parts), kind="direct", via="quote")
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


def _previous_sentence_cue(doc: "Doc", tokens: TokenIndex, quote: Quote, rules: AttributionRules, quoted: list[bool]) -> int | None:
    """'Dianne Bystrom agreed. "Mainstream Republicans ..."': a short cue sentence with no content of its own."""
    i = tokens.at(quote.start) - 1
    if i < 0 or doc[i].text not in (".", ":") or any("\n" in t.text_with_ws for t in doc[i : tokens.at(quote.start)]):
        return None
    sent = doc[i].sent
    if len(sent) > rules.settings.cue_sentence_max_tokens:
        return None
    for tok in sent:
        if quoted[tok.i] or tok.pos_ != "VERB" or tok.lemma_.lower() not in rules.cues.verbs:
            continue
        if rules.cues.verb_class.get(tok.lemma_.lower()) != "speech" and tok.lemma_.lower() not in rules.agreement_verbs:
            continue
        if any(c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children):
            continue
        return tok.i
    return None


def _statement_cue(doc: "Doc", tokens: TokenIndex, quote: Quote, rules: AttributionRules, quoted: list[bool], text: str) -> int | None:
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
        if quoted[tok.i] or tok.pos_ != "NOUN" or tok.lemma_.lower() not in rules.cues.channels:
            continue
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ in ("in", "via", "through") and head.head.pos_ == "VERB":
            verb = head.head
            if verb.lemma_.lower() not in rules.cues.verbs:
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


def _colon_source(doc: "Doc", tokens: TokenIndex, quote: Quote, text: str, rules: AttributionRules) -> Candidate | None:
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
    while i >= 0 and end_tok - i <= rules.settings.colon_name_max_tokens:
        tok = doc[i]
        if tok.text in _NAME_BREAKS or "\n" in tok.text or tok.pos_ in ("VERB", "AUX"):
            break
        start_tok = i
        i -= 1
    while start_tok < end_tok and doc[start_tok].pos_ in ("ADP", "CCONJ", "ADV"):
        start_tok += 1  # "From the report:", "And Smith:"
    cue = (j, j + 1)
    if start_tok < end_tok and doc[start_tok].text[:1].isupper():
        # "Stated Stone:": the cue verb, read as a name by the tagger, before the speaker.
        word = doc[start_tok]
        if i >= 0 and word.i == i + 1 and doc[i].pos_ in ("VERB", "AUX") and rules.cues.verb_form(doc[i].text):
            cue = (doc[i].idx, doc[i].idx + len(doc[i].text))
        elif end_tok - start_tok >= 2 and rules.cues.verb_form(word.text):
            cue = (word.idx, word.idx + len(word.text))
            start_tok += 1
    span = doc[start_tok:end_tok]
    if not len(span):
        return None
    named = any(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()) for t in span)
    document = span.root.pos_ == "NOUN" and span.root.lemma_.lower() in rules.cues.documents and span[0].pos_ == "DET"
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



def _reduced_passive(verb: "Token") -> bool:
    """ "400 books deemed 'against national interest'": the noun before the participle is what was
    judged, never who judged it."""
    return verb.tag_ == "VBN" and verb.dep_ == "acl" and not any(c.dep_ == "agent" for c in verb.children)



def clip_to_paragraph(cand: Candidate, text: str) -> None:
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


def quoted_by(
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


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]



def quoted_tokens(tokens: TokenIndex, quotes: list[Quote], size: int) -> list[bool]:
    """Token index -> whether it lies inside a quotation, its marks included."""
    quoted = [False] * size
    for q in quotes:
        for part in q.parts:
            for i in range(tokens.at(part[0]), tokens.at(max(part[0], part[1] - 1)) + 1):
                quoted[i] = True
        # The marks themselves belong to the quote too.
        quoted[tokens.at(q.start)] = True
        quoted[tokens.at(max(q.start, q.end - 1))] = True
    return quoted


@dataclass
class Join:
    """An earlier quotation a new one belongs to: its split second half ("parts") or another phrase
    named by the same verb ("through"). Either way the new quotation is a statement of its own that
    ``continues`` the earlier one (same cue and speaker)."""

    index: int  # in Context.found
    how: Literal["parts", "through"]


@dataclass
class Claim:
    """What a quote rule read in a quotation, and how the running state follows from it."""

    found: list[Candidate] = field(default_factory=list)
    # Where the current speaker's turn now ends (an uncued quotation soon after it continues it).
    until: int | None = None
    # The first found candidate becomes the quotation later uncued ones may continue.
    leads: bool = False
    # Index the first found candidate by its cue token: as the first quotation that cue reports, or
    # as the phrase that naming verb names.
    registers: Literal["cue", "naming"] | None = None
    joins: Join | None = None


@dataclass
class Context:
    """One article as the quote rules read it, and the state their claims build up."""

    doc: "Doc"
    text: str
    rules: AttributionRules
    tokens: TokenIndex
    quotes: list[Quote]
    quoted: list[bool]  # token index -> inside a quotation (see quoted_tokens)
    parsed: list[Candidate]  # the parse candidates, clipped to their paragraph
    by_cue: dict[int, int] = field(default_factory=dict)  # cue verb token -> index in parsed
    found: list[Candidate] = field(default_factory=list)  # what the quote rules found, in order
    direct_by_cue: dict[int, int] = field(default_factory=dict)  # cue token -> index in found
    named_by: dict[int, int] = field(default_factory=dict)  # naming verb token -> index in found
    speaking: int | None = None  # index in found of the quotation uncued ones may continue
    speaking_until: int = -1

    def __post_init__(self) -> None:
        self.by_cue = {c.cue_token: n for n, c in enumerate(self.parsed) if c.via == "verb" and c.cue_token is not None}

    def reporting(self, cue: int) -> tuple[Candidate | None, int | None]:
        """The parse candidate of a cue verb with its index in ``parsed``, or one read for it now (no index)."""
        index = self.by_cue.get(cue)
        if index is not None:
            return self.parsed[index], index
        return verb_candidate(self.doc[cue], self.rules), None

    def accept(self, quote: Quote, claim: Claim) -> None:
        first = len(self.found)
        self.found.extend(claim.found)
        if claim.found and claim.registers is not None:
            cue = claim.found[0].cue_token
            assert cue is not None, "a registered quotation has a cue token"
            if claim.registers == "cue":
                self.direct_by_cue.setdefault(cue, first)
            else:
                self.named_by[cue] = first
        if claim.joins is not None:
            earlier = self.found[claim.joins.index]
            # '"A," she said, "B."', 'called it "A" and "B"': two statements, the second linked to
            # the first (VOA's convention; PolNeAR's counts one, and its scorer joins them again).
            second = quoted_by(earlier, list(quote.parts), earlier.source, earlier.source_head)
            second.continues = claim.joins.index
            self.found.append(second)
        if claim.leads and claim.found:
            self.speaking = first
        if claim.until is not None:
            self.speaking_until = claim.until


class Anchor:
    """A quotation being read, with its cue found on first use (a heading needs none)."""

    def __init__(self, quote: Quote, ctx: Context) -> None:
        self.quote = quote
        self._ctx = ctx

    @cached_property
    def cue(self) -> tuple[int | None, bool]:
        """The cue token of the quotation and whether it follows the quotation."""
        ctx = self._ctx
        return _cue_token(ctx.doc, ctx.tokens, self.quote, ctx.rules, ctx.quoted, ctx.text)


QuoteRule = Callable[["Doc", Anchor, Context], "Claim | None"]


def run_in_heading(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """A pull-quote subheading run into the text: nobody in the article said it."""
    return Claim() if _run_in_heading(anchor.quote, ctx.text, ctx.rules) else None


def title_of_work(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """The title of a show, book or film after its owner: 'told NBC’s “Meet the Press”', 'on CBS’ “Face
    the Nation.”': nobody's statement."""
    quote, text = anchor.quote, ctx.text
    words = text[quote.content_start : quote.content_end].strip(" .,").split()
    if not words or len(words) > ctx.rules.settings.embedded_max_words or len(quote.parts) > 1:
        return None
    if not all(w[:1].isupper() or (len(w) < 4 and w.isalpha()) or not w[:1].isalpha() for w in words) or not words[0][:1].isupper():
        return None
    before = text[max(0, quote.start - 4) : quote.start].rstrip()
    return Claim() if before.lower().endswith(("’s", "'s", "s’", "s'")) else None


def embedded_phrase(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """A short quoted phrase inside a sentence ('a "lesson"'): no statement of its own, except what
    the verb naming it says ('called the system "rigged"')."""
    quote, text = anchor.quote, ctx.text
    cue_follows = anchor.cue[1]
    words = len(_WORD.findall(text[quote.content_start : quote.content_end]))
    if not _is_embedded_phrase(doc, ctx.tokens, quote, text, ctx.rules) or (
        cue_follows and words >= ctx.rules.settings.cued_phrase_min_words
    ):
        return None
    naming = _naming_cue(doc, ctx.tokens, quote, ctx.rules, ctx.quoted)
    if naming is None:
        return Claim()
    if naming in ctx.named_by:
        # '... called protesters "illegals" and "thugs"': one statement, now running to this quote.
        return Claim(joins=Join(ctx.named_by[naming], "through"))
    return Claim(_named_phrase(doc, quote, naming, ctx), registers="naming")


def _named_phrase(doc: "Doc", quote: Quote, naming: int, ctx: Context) -> list[Candidate]:
    namer, index = ctx.reporting(naming)
    if namer is None or namer.source is None or any(overlaps(r, (quote.start, quote.end)) for r in namer.content):
        return []
    # 'called the system "rigged"': what was named and what it was called, as the
    # object-predicate frame reads it when the parse finds it.
    begin = doc[naming + 1].idx if naming + 1 < len(doc) else quote.start
    named = quoted_by(namer, list(quote.parts), namer.source, namer.source_head)
    if begin < quote.start:
        named.content, named.kind = [(begin, quote.end)], "mixed"
        if namer.content and all(begin <= a and b <= quote.end for a, b in namer.content):
            named.consumes = index  # "described the proposal" is part of it
    return [named]


def cued_quote(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """A quotation with its cue verb: '"...," she said', 'He said: "..."', the second half of a split
    quotation ('"...," he said. "..."')."""
    cue, cue_follows = anchor.cue
    if cue is None:
        return None
    quote = anchor.quote
    existing = ctx.direct_by_cue.get(cue)
    if existing is not None:
        last = max(c.content[-1][1] for n, c in enumerate(ctx.found) if n == existing or (c.continues == existing and not c.inferred))
        between = ctx.text[last : quote.start]
        if not any(ch in between for ch in ".!?") or between.strip(" \"”’'“,") == "":
            return Claim(until=quote.end, joins=Join(existing, "parts"))
    reporting, index = ctx.reporting(cue)
    if reporting is None:
        return Claim()
    if _reduced_passive(doc[cue]) and any(
        c.cue_token != cue and any(a <= quote.start and quote.content_end <= b + 1 for a, b in c.content) for c in ctx.parsed
    ):
        # 'Prosecutors told the court they would present "substantial evidence" found on his phone':
        # the quote is part of what the prosecutors said, not something "found" said.
        return Claim()
    touching = [r for r in reporting.content if overlaps(r, (quote.start, quote.end))]
    consumes = None
    if touching and not cue_follows:
        extent = (min(r[0] for r in touching), max(r[1] for r in touching))
        if quote.end - quote.start < ctx.rules.settings.quote_share_of_content * (extent[1] - extent[0]):
            # A quoted phrase inside reported speech (says Obama is "obsessed"): a mixed attribution.
            return Claim()
        consumes = index
    source, source_head = _quote_source(doc, cue, reporting, quote, ctx)
    direct = quoted_by(reporting, list(quote.parts), source, source_head)
    direct.consumes = consumes
    if cue_follows:
        _take_clause_before(direct, doc, quote, ctx)
    cue_sentence_end = doc[cue].sent.end_char if cue > ctx.tokens.at(quote.start) else quote.end
    return Claim([direct], until=max(quote.end, cue_sentence_end), leads=True, registers="cue")


def _quote_source(
    doc: "Doc", cue: int, reporting: Candidate, quote: Quote, ctx: Context
) -> tuple[tuple[int, int] | None, int | None]:
    """The speaker mention of a cued quotation: the cue's subject, or the words next to the cue when
    the parse gives none or one inside the quotation."""
    source, source_head = reporting.source, reporting.source_head
    if (source is None or overlaps(source, (quote.start, quote.end))) and not _reduced_passive(doc[cue]):
        near = adjacent_speaker(doc[cue], lambda i: not ctx.quoted[i], ctx.rules)
        if near is not None:
            return near[0], near[1].i
        if source is not None:
            return None, None
    return source, source_head


def _take_clause_before(direct: Candidate, doc: "Doc", quote: Quote, ctx: Context) -> None:
    """ 'Ishiba's call for ... stems from uncertainty in relying "solely on the alliance," said Daniel
    Sneider': a quotation that finishes a clause its sentence opens, with the cue after it, reports the
    whole clause (a mixed statement), not only the quoted words. Not after a comma, colon or dash,
    where the words before are a frame ("According to X, ...") or another statement."""
    if len(quote.parts) != 1:
        return
    first = ctx.tokens.at(quote.start)
    start = doc[first].sent.start
    before = ctx.text[doc[start].idx : quote.start]
    if start >= first or not before.strip() or any(ch in before for ch in ",;:—–-\"“”") or any(ctx.quoted[start:first]):
        return
    if not before.rstrip()[-1:].isalnum():
        return
    if quote.end - quote.start >= ctx.rules.settings.quote_share_of_clause * (quote.end - doc[start].idx):
        # The quotation is most of the clause: a direct quotation, as it reads. (Not also when the words
        # before hold a cue of their own, 'He also wants Japan "...," Sneider said': PolNeAR annotates
        # that inner statement, VOA's gold does not; cue accuracy on PolNeAR dev fell 0.9415 -> 0.9375.)
        return
    direct.content = [(doc[start].idx, quote.end)]
    direct.kind = "mixed"


def cue_sentence(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """A quotation after a sentence that only introduces it: 'Dianne Bystrom agreed. "..."',
    'Trump issued a statement, "..."'."""
    quote = anchor.quote
    cue = _previous_sentence_cue(doc, ctx.tokens, quote, ctx.rules, ctx.quoted)
    if cue is None:
        cue = _statement_cue(doc, ctx.tokens, quote, ctx.rules, ctx.quoted, ctx.text)
    if cue is None or cue in ctx.direct_by_cue:
        return None
    previous, index = ctx.reporting(cue)
    if previous is None:
        return None
    direct = quoted_by(previous, list(quote.parts), previous.source, previous.source_head)
    direct.consumes = index
    return Claim([direct], until=quote.end, leads=True, registers="cue")


def _signed(cand: Candidate | None, quote: Quote) -> Claim | None:
    return None if cand is None else Claim([cand], until=quote.end, leads=True)


def colon_name(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """A quotation introduced by a name and a colon: 'Pew Research: “...”'."""
    return _signed(_colon_source(doc, ctx.tokens, anchor.quote, ctx.text, ctx.rules), anchor.quote)


def dash_signature(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """A quotation signed with a dash: '"...."\n\n- Hillary Clinton.'."""
    return _signed(_dash_source(doc, ctx.tokens, anchor.quote, ctx.text, ctx.rules), anchor.quote)


def bracket_credit(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """A quotation credited in brackets: '“...” [HuffPost.]'."""
    return _signed(_bracket_source(anchor.quote, ctx.text), anchor.quote)


def continued_speech(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """An uncued quotation right after another: the same speaker goes on (``inferred``)."""
    quote, text = anchor.quote, ctx.text
    if ctx.speaking is None or not _is_speech_like(text, quote, ctx.rules):
        return None
    gap = text[ctx.speaking_until : quote.start]
    unquoted = re.sub(r"[\s\"“”‘’'«»,.:;—–-]", "", gap)
    if len(unquoted) > ctx.rules.settings.inference_gap_chars or gap.count("\n") > ctx.rules.settings.inference_gap_lines:
        return None
    last = ctx.found[ctx.speaking]
    follower = quoted_by(last, list(quote.parts), last.source, last.source_head)
    follower.inferred = True
    follower.continues = ctx.speaking
    return Claim([follower], until=quote.end)


def reporter_before(doc: "Doc", anchor: Anchor, ctx: Context) -> Claim | None:
    """An uncued quotation opening the sentence right after one in which someone reported something:
    that reporter goes on ('Aurangzeb underlined ..., saying it would help ... “They want a backstop
    ...”', '“...,” according to Harsh Pant, the vice president ... “So, to offset that, ...”'). The
    last report of that sentence gives the speaker (``inferred``); a line break ends the turn."""
    quote, text = anchor.quote, ctx.text
    if not _is_speech_like(text, quote, ctx.rules):
        return None
    i = ctx.tokens.at(quote.start) - 1
    if i < 0 or doc[i].text not in (".", "!", "?") or "\n" in text[doc[i].idx : quote.start]:
        return None
    sent = doc[i].sent
    own = doc[ctx.tokens.at(max(quote.start, quote.end - 1))].sent
    if any(c.cue_token is not None and own.start <= c.cue_token < own.end and not ctx.quoted[c.cue_token] for c in ctx.parsed):
        return None  # a cue of its own sentence reports it ('“...,” according to Harsh Pant')
    reports = [(c.cue_token, n, True) for n, c in enumerate(ctx.found) if c.source is not None and c.cue_token is not None]
    reports += [(c.cue_token, n, False) for n, c in enumerate(ctx.parsed) if c.source is not None and c.cue_token is not None]
    inside = [r for r in reports if r[0] is not None and sent.start <= r[0] < sent.end and not ctx.quoted[r[0]]]
    # Not a report nested in another one's content ("Canos-Donnay said she hoped that including oral
    # storytelling ... would show ..."): the one who reports it goes on.
    outer = [r for r in inside if not any(_reports_inside(r, other, ctx) for other in inside if other is not r)]
    if not outer:
        return None
    _cue, n, direct = max(outer, key=lambda r: (r[0], r[2]))
    last = ctx.found[n] if direct else ctx.parsed[n]
    follower = quoted_by(last, list(quote.parts), last.source, last.source_head)
    follower.inferred = True
    follower.continues = n if direct else None
    return Claim([follower], until=quote.end)


def _reports_inside(report: tuple[int, int, bool], other: tuple[int, int, bool], ctx: Context) -> bool:
    """Whether ``report``'s cue lies in the content of ``other`` (both: cue token, index, from found)."""
    cand = ctx.found[other[1]] if other[2] else ctx.parsed[other[1]]
    at = ctx.doc[report[0]].idx
    return any(start <= at < end for start, end in cand.content)


# The quote constructions, in order: the first that claims a quotation settles it.
QUOTE_RULES: tuple[QuoteRule, ...] = (
    run_in_heading,
    title_of_work,
    embedded_phrase,
    cued_quote,
    cue_sentence,
    colon_name,
    dash_signature,
    bracket_credit,
    continued_speech,
    reporter_before,
)


def read_quotes(ctx: Context, rules: tuple[QuoteRule, ...] = QUOTE_RULES) -> None:
    """Read every quotation of the article with the first rule that claims it."""
    for quote in ctx.quotes:
        anchor = Anchor(quote, ctx)
        claim = next((c for rule in rules if (c := rule(ctx.doc, anchor, ctx)) is not None), None)
        if claim is None:
            ctx.speaking = None  # an unattributed quotation ends the current speaker's turn
        else:
            ctx.accept(quote, claim)
