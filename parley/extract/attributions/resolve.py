"""The resolution pass: one place where candidates that overlap are settled.

The quote rules (:mod:`.direct`) and the parse rules (:mod:`.indirect`) read the article
independently; :func:`resolve` keeps, in a fixed order of priority, what each reading adds:

1. the quotations, each with the cue the rules gave it;
2. the parse candidates no quotation replaced (``consumes``), unless a quotation of the same cue
   already covers their content, they report speech inside a quotation, or they have no source
   and are not a passive report or a perception; their kind follows the quotations they hold;
3. minus reported speech nested inside another statement's content (:func:`drop_nested`);

then sorts them in text order and rewrites the ``continues`` links as indices of the result.
"""

from __future__ import annotations

import bisect
import dataclasses
from typing import TYPE_CHECKING

from parley.extract.attributions.direct import Context, overlaps
from parley.extract.attributions.indirect import Candidate
from parley.extract.attributions.rules import AttributionRules

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["drop_nested", "resolve"]


def resolve(ctx: Context) -> list[Candidate]:
    """The attributions of the article in text order, overlaps settled (see the module docstring)."""
    results = list(ctx.found)
    consumed = {c.consumes for c in ctx.found if c.consumes is not None}
    for index, cand in enumerate(ctx.parsed):
        if index in consumed or not _stands_alone(cand, ctx, results):
            continue
        _settle_kind(cand, ctx)
        results.append(cand)
    _split_naming_participles(results, ctx)
    _split_parenthetical_clauses(results, ctx)
    kept = set(drop_nested(results, ctx.rules))
    # A statement's second part goes with its first: both nested in another statement's content.
    for n in sorted(kept, key=lambda n: results[n].content[0][0] if results[n].content else 0):
        cont = results[n].continues
        if cont is not None and not results[n].inferred and cont not in kept:
            kept.discard(n)
    order = sorted(kept, key=lambda n: (results[n].content[0][0], _cue_start(results[n])))
    position = {old: new for new, old in enumerate(order)}
    for old in order:
        cand = results[old]
        if cand.continues is not None:
            cand.continues = position.get(cand.continues)
    return [results[old] for old in order]


def _split_naming_participles(results: list[Candidate], ctx: Context) -> None:
    """ "Modi announced that India will build a parliament, calling it a gift 'from the mother of
    democracy'": the naming participle after the comma is the reporter's own statement (its object
    complement is what was said), not part of the announcement; the outer content ends at the comma."""
    doc = ctx.doc
    for cand in results:
        if cand.frame not in ("oprd", "prep:as") or cand.cue is None or cand.cue_token is None:
            continue
        verb = doc[cand.cue_token]
        if verb.tag_ != "VBG" or verb.dep_ != "advcl" or verb.i == 0 or doc[verb.i - 1].text != ",":
            continue
        comma = doc[verb.i - 1].idx
        for other in results:
            if other is cand or not other.content or not other.content[0][0] < comma < other.content[-1][1]:
                continue
            # The reporter's own naming: "India will cooperate ..., calling it" is still Modi's.
            cand.source, cand.source_head = other.source, other.source_head
            kept = [(s, min(e, comma)) for s, e in other.content if s < comma]
            other.content = [(s, e) for s, e in kept if e > s]
            if other.kind == "mixed" and not any(
                other.content[0][0] <= q.start and q.end <= other.content[-1][1] + 1 for q in ctx.quotes
            ):
                other.kind = "indirect"


def _split_parenthetical_clauses(results: list[Candidate], ctx: Context) -> None:
    """ "X, he said, but Y" with X and Y both clauses: two statements, Y continuing X (VOA's
    convention; PolNeAR's scorer joins them again). "If that happens, he said, Y" stays one: its
    first part is no clause of its own."""
    doc = ctx.doc
    for n, cand in enumerate(list(results)):
        if cand.frame != "parenthetical" or cand.cue_token is None or len(cand.content) != 2:
            continue
        head = doc[cand.cue_token].head
        first, second = cand.content
        if not first[0] <= head.idx < first[1] or not second[0] >= doc[cand.cue_token].idx:
            continue
        clause = next(
            (c for c in head.children if c.dep_ == "conj" and second[0] <= c.idx < second[1] and c.pos_ in ("VERB", "AUX")
             and any(s.dep_ in ("nsubj", "nsubjpass") for s in c.children)),
            None,
        )
        if clause is None:
            continue
        start = next(t.idx for t in clause.subtree if t.idx >= second[0] and t.dep_ != "cc" and not t.is_punct)
        cand.content = [first]
        results.append(dataclasses.replace(cand, content=[(start, second[1])], continues=n, consumes=None))


def _cue_start(cand: Candidate) -> int:
    return cand.cue[0] if cand.cue else -1


def _stands_alone(cand: Candidate, ctx: Context, results: list[Candidate]) -> bool:
    """Whether a parse candidate no quotation replaced is an attribution of its own."""
    doc, rules = ctx.doc, ctx.rules
    if not cand.content:
        return False
    if _in_heading(ctx.text, cand.content[0][0], rules.settings.heading_max_chars):
        # "US believes in indivisible security, wants to discuss it with Russia - US diplomat": a
        # headline retells a statement the article reports in full; it is not one of its own.
        return False
    if cand.source is None and not (
        cand.cue_token is not None
        and (_passive_report(doc[cand.cue_token], rules) or rules.cues.verb_class.get(doc[cand.cue_token].lemma_.lower()) == "perception")
    ):
        return False
    if cand.cue_token is not None and ctx.quoted[cand.cue_token]:
        # Speech reported inside a quotation ("I think ...") is the quoted speaker's, not a new attribution.
        return False
    if cand.via == "verb" and cand.cue_token in ctx.direct_by_cue:
        # The cue introduces a quotation; a second content is kept only when it lies outside the quote.
        lead = ctx.direct_by_cue[cand.cue_token]
        quote_parts = [p for n, d in enumerate(ctx.found) if n == lead or (d.continues == lead and not d.inferred) for p in d.content]
        if any(overlaps(r, p) for r in cand.content for p in quote_parts):
            return False
    extent = (cand.content[0][0], cand.content[-1][1])
    return not (cand.via == "colon" and any(overlaps(extent, r) for d in results if d.kind == "direct" for r in d.content))


def _in_heading(text: str, at: int, longest: int) -> bool:
    """Whether offset ``at`` lies in a heading: a short line of its own (not the whole text) that
    does not end as a sentence does."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    line = text[start:end].strip()
    if not line or len(line) > longest or (start == 0 and end == len(text)):
        return False
    return line[-1] not in _SENTENCE_CLOSERS


# The last characters a sentence (or a quotation that ends one) may close on.
_SENTENCE_CLOSERS = ".!?:\"”’')»"


def _settle_kind(cand: Candidate, ctx: Context) -> None:
    """A content that is a quotation is direct; one holding a quotation is mixed."""
    extent = (cand.content[0][0], cand.content[-1][1])
    quote_extents = [(q.start, q.end) for q in ctx.quotes]
    whole = next((q for q in ctx.quotes if q.start <= extent[0] + 1 and extent[1] <= q.end + 1 and q.end - 1 <= extent[1]), None)
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


def drop_nested(results: list[Candidate], rules: AttributionRules) -> list[int]:
    """The indices of ``results`` that are not reported speech nested in another statement's content.

    "Critics suggest Europe can't afford to defend Ukraine": Europe defends nothing here, the critics'
    statement carries it (PolNeAR does not annotate such nested reports either). When two contents
    contain each other's cues, a parse has run one into the other ("<content>, Nuland has told
    TASS"): the later cue is the reporting one and stays.
    """
    spans = sorted((c.content[0][0], c.content[-1][1], n) for n, c in enumerate(results) if c.content)
    starts = [s for s, _e, _n in spans]
    return [n for n, cand in enumerate(results) if not _nested(n, cand, results, spans, starts, rules)]


def _nested(
    n: int, cand: Candidate, results: list[Candidate], spans: list[tuple[int, int, int]], starts: list[int], rules: AttributionRules
) -> bool:
    if cand.kind not in ("indirect", "mixed") or cand.cue is None or not cand.content:
        return False
    at = cand.cue[0]
    own = (cand.content[0][0], cand.content[-1][1])
    i = bisect.bisect_right(starts, at) - 1
    for j in range(i, max(-1, i - rules.settings.nested_lookback), -1):
        s, e, other = spans[j]
        if other == n or not s <= at < e:
            continue
        outer_cue = results[other].cue
        mutual = outer_cue is not None and own[0] <= outer_cue[0] < own[1]
        if mutual and outer_cue is not None and at > outer_cue[0]:
            continue
        return True
    return False


def _passive_report(verb: "Token", rules: AttributionRules) -> bool:
    """ "Trump is expected to win", "it was reported that ...": a report with no named source."""
    return (
        verb.tag_ == "VBN"
        and verb.lemma_.lower() in rules.passive_reports
        and (any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children) or verb.dep_ in ("advcl", "acl"))
    )

