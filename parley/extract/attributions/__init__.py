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
from parley.extract.attributions.speakers import SpeakerResolver
from parley.extract.people import find_people
from parley.extract.pipeline import Step
from parley.models import Addressee, Attribution, ExtractedArticle, Speaker, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["STEP", "extract_attributions"]

_SENTENCE_END = {".", "!", "?"}
_FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}

_AFTER_WINDOW = 25
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
    i = tokens.at(quote.start) - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0:
        return False
    prev = doc[i]
    return prev.pos_ in ("DET", "ADP", "ADJ", "NOUN", "PROPN", "CCONJ", "NUM") or prev.lower_ in ("as", "like", "of", "called", "dubbed", "named", "titled")


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
    limit = min(len(doc), last + 1 + _AFTER_WINDOW)
    while i < limit:
        tok = doc[i]
        if quoted[i] or (tok.text in _SENTENCE_END and i > last + 1) or "\n" in tok.text:
            break
        if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.verbs:
            after = i
            break
        if tok.dep_ == "ROOT" and lex.introduces_quote(tok.lemma_.lower()):
            after = i  # a mistagged cue ("the editorial read" as a noun) heading its own clause
            break
        i += 1
    if after is not None:
        closed_sentence = text[quote.content_end - 1 : quote.content_end] in (".", "!", "?")
        next_tok = doc[last + 1] if last + 1 < len(doc) else None
        starts_new = next_tok is not None and next_tok.text[:1].isupper() and next_tok.pos_ != "PROPN" and next_tok.lower_ not in ("i",)
        if ends_open or (after - last <= 4 and not (closed_sentence and starts_new)):
            return after, True
        if closed_sentence and starts_new:
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
        ):
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
            if tok.pos_ == "VERB" and (
                tok.lemma_.lower() in lex.verbs or any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
            ):
                # A clause introducing the colon: "released the following statement:".
                return i, False
            i -= 1
    return None, False


_DASH_LINE = re.compile(r"\n\s*[-—–]\s*([^\n]{2,120})")


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
    return Candidate(
        cue=(match.start(), start),
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
    if i < 0 or doc[i].text not in (".", ":") or "\n" in doc.text[doc[i].idx : quote.start]:
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


def _colon_source(doc: "Doc", tokens: _Tokens, quote: Quote, text: str) -> Candidate | None:
    """A quote introduced by a bare name and a colon: "Pew Research: “...”", "Blumenthal and Cohen: “...”"."""
    j = quote.start - 1
    while j >= 0 and text[j].isspace() and text[j] != "\n":
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
    span = doc[start_tok:end_tok]
    if not len(span) or not any(t.pos_ == "PROPN" or (t.pos_ == "NOUN" and t.text[:1].isupper()) for t in span):
        return None
    return Candidate(
        cue=(j, j + 1),
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
                mutual = outer.cue is not None and own[0] <= outer.cue[0] < own[1]
                if mutual and at > outer.cue[0]:
                    continue
                nested = True
                break
            if nested:
                continue
        kept.append(cand)
    return kept


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
    for quote in quotes:
        parts = list(quote.parts)
        cue_i, cue_follows = _cue_token(doc, tokens, quote, lex, quoted, text)
        if _is_embedded_phrase(doc, tokens, quote, text) and not (
            cue_follows and len(_WORD.findall(text[quote.content_start : quote.content_end])) >= 3
        ):
            continue
        if cue_i is not None:
            existing = direct_by_cue.get(cue_i)
            if existing is not None:
                between = text[existing.content[-1][1] : quote.start]
                if not any(ch in between for ch in ".!?") or between.strip(" \"”’'“,") == "":
                    existing.content.extend(parts)
                    last_direct_end = quote.end
                    continue
            cand = by_cue.get(cue_i) or verb_candidate(doc[cue_i], lex)
            if cand is None:
                continue
            touching = [r for r in cand.content if _overlaps(r, (quote.start, quote.end))]
            if touching and not cue_follows:
                extent = (min(r[0] for r in touching), max(r[1] for r in touching))
                if quote.end - quote.start < 0.7 * (extent[1] - extent[0]):
                    # A quoted phrase inside reported speech (says Obama is "obsessed"): a mixed attribution.
                    continue
                consumed.add(id(cand))
            source, source_head = cand.source, cand.source_head
            if source is None or _overlaps(source, (quote.start, quote.end)):
                near = adjacent_speaker(doc[cue_i], lambda i: not quoted[i])
                if near is not None:
                    source, source_head = near[0], near[1].i
                elif source is not None:
                    source, source_head = None, None
            direct = _quoted_by(cand, parts, source, source_head)
            if existing is None:
                direct_by_cue[cue_i] = direct
            results.append(direct)
            cue_sentence_end = doc[cue_i].sent.end_char if cue_i > tokens.at(quote.start) else quote.end
            last_direct, last_direct_end = direct, max(quote.end, cue_sentence_end)
            continue
        prev_cue = _previous_sentence_cue(doc, tokens, quote, lex, quoted)
        if prev_cue is not None and prev_cue not in direct_by_cue:
            cand = by_cue.get(prev_cue) or verb_candidate(doc[prev_cue], lex)
            if cand is not None:
                direct = _quoted_by(cand, parts, cand.source, cand.source_head)
                direct_by_cue[prev_cue] = direct
                consumed.add(id(cand))
                results.append(direct)
                last_direct, last_direct_end = direct, quote.end
                continue
        colon = _colon_source(doc, tokens, quote, text) or _dash_source(doc, tokens, quote, text) or _bracket_source(quote, text)
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
        if cand.via == "colon" and any(_overlaps(extent, r) for d in direct_by_cue.values() for r in d.content):
            continue
        if any(extent[0] <= qs and qe <= extent[1] + 1 for qs, qe in quote_extents):
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
        speaker = resolver.speaker(cand.source, head, previous)
        if speaker is not None and cand.source is not None and (previous is None or cand.source[0] > previous[0]):
            previous = (cand.source[0], speaker)
        if speaker is None and head is not None and head.lower_ in _FIRST_PERSON and cand.source is not None:
            # "I think ..." inside what someone is reported as saying: that someone.
            speaker = next(
                (r.speaker for r in reversed(records)
                 if r.speaker is not None and r.content[0].start <= cand.source[0] < r.content[-1].end),
                None,
            )
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
                continues=index_of.get(cand.extra.get("continues")),  # type: ignore[arg-type]
            )
        )
    return records


def _run(doc: "Doc", partial: ExtractedArticle) -> list[Attribution]:
    return extract_attributions(doc, partial.text)


STEP = Step(name="attributions", field="attributions", run=_run)
