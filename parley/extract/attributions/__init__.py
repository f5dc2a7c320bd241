"""The attribution step: every quote and reported statement, with its speaker resolved.

``STEP.run(doc, partial)`` joins two readings of the article:

1. cue-anchored candidates from the dependency parse (:mod:`.indirect`, ``PARSE_RULES``): indirect
   ("said that ..."), "according to X", "In her words", noun cues ("his claim that ..."), light
   verbs, stance adjectives, headline colons;
2. direct quotations from the quote marks (:mod:`.quotes`), each read by the first rule of
   :data:`.direct.QUOTE_RULES` that claims it: with the cue verb next to it ("...," she said / He
   said: "..."), a name and a colon, a dash signature, or, without a cue, inherited from the
   speaker of the quote just before it (``inferred=True``);

then one resolution pass (:mod:`.resolve`) settles their overlaps: an indirect content holding a
quotation is ``mixed``. Speakers are resolved last, against
:func:`parley.extract.people.find_people` (:mod:`.speakers`). Every word class and threshold the
rules read is data (:mod:`.rules`: ``parley/data/attributions``, ``parley/data/cues``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from parley.extract.attributions.direct import (
    Context,
    TokenIndex,
    clip_to_paragraph,
    quoted_tokens,
    read_quotes,
)
from parley.extract.attributions.indirect import Candidate, colon_headlines, find_candidates
from parley.extract.attributions.quotes import find_quotes
from parley.extract.attributions.resolve import resolve
from parley.extract.attributions.rules import AttributionRules, default_rules, load_rules
from parley.extract.attributions.speakers import ANTECEDENT_CHARS, SpeakerResolver
from parley.extract.people import find_people
from parley.extract.pipeline import Step
from parley.models import Addressee, Attribution, ExtractedArticle, Speaker, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["STEP", "AttributionRules", "default_rules", "extract_attributions", "load_rules"]


def extract_attributions(doc: "Doc", text: str, *, rules: AttributionRules | None = None) -> list[Attribution]:
    """All attributions of an article, in text order (``rules`` default to :func:`default_rules`).

    The parse rules find cue-anchored candidates, the quote rules read each quotation, one
    resolution pass settles their overlaps, and speakers are resolved last.
    """
    rules = rules if rules is not None else default_rules()
    tokens = TokenIndex(doc)
    quotes = find_quotes(text)
    parsed = find_candidates(doc, rules) + colon_headlines(doc, tokens.at, rules)
    for cand in parsed:
        clip_to_paragraph(cand, text)
    ctx = Context(doc, text, rules, tokens, quotes, quoted_tokens(tokens, quotes, len(doc)), parsed)
    read_quotes(ctx)
    return _records(doc, text, resolve(ctx), rules, quoted=[(q.start, q.end) for q in quotes])


def _records(
    doc: "Doc", text: str, results: list[Candidate], rules: AttributionRules, quoted: list[tuple[int, int]] | None = None
) -> list[Attribution]:
    resolver = SpeakerResolver(doc, find_people(doc, text), quoted=quoted)
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
        same_mention = next((r for r in reversed(records) if r.source is not None and cand.source is not None
                             and (r.source.start, r.source.end) == cand.source), None)
        speaker: Speaker | None
        if same_mention is not None and same_mention.speaker is not None:
            # A quote that runs on after its cue ('"...," he added. "..."') is signed by the same mention.
            speaker = same_mention.speaker
        else:
            speaker = resolver.speaker(cand.source, head, previous, cand.content[0][0] if quote_first else None)
        if speaker is not None and cand.source is not None and (previous is None or cand.source[0] > previous[0]):
            previous = (cand.source[0], speaker)
        if speaker is None and head is not None and head.lower_ in rules.first_person and cand.source is not None:
            # "I think ..." inside what someone is reported as saying: that someone.
            speaker = next(
                (r.speaker for r in reversed(records)
                 if r.speaker is not None and r.content[0].start <= cand.source[0] < r.content[-1].end),
                None,
            )
        if speaker is None and head is not None and head.lemma_.lower() in ("report", "statement") and cand.source is not None:
            speaker = _reported_before(records, cand.source[0], head.lemma_.lower(), rules)
        if speaker is None and head is not None and head.lower_ in ("it", "they") and cand.source is not None:
            speaker = _body_antecedent(records, cand.source[0], head.lower_) or resolver.subject_body(head)
        addressee = Addressee(name=cand.addressee, channel=cand.channel) if cand.addressee or cand.channel else None
        records.append(
            Attribution(
                kind=cand.kind,
                content=[make_span(text, s, e) for s, e in cand.content],
                cue=make_span(text, *cand.cue) if cand.cue else None,
                source=make_span(text, *cand.source) if cand.source else None,
                speaker=speaker,
                addressee=addressee,
                inferred=cand.inferred,
                continues=cand.continues,
            )
        )
    return records


def _reported_before(records: list[Attribution], at: int, document: str, rules: AttributionRules) -> Speaker | None:
    """ "..., according to the report": who reported it just before ("CMGM reported that ...") or
    said it in a statement, within a few sentences."""
    for record in _spoken_just_before(records, at):
        cue = record.cue.text.lower() if record.cue is not None else ""
        channel = record.addressee.channel if record.addressee is not None else None
        source_words = set(record.source.text.lower().replace("’", " ").split()) if record.source is not None else set()
        if (document == "report" and ("report" in cue or source_words & rules.report_like)) or (
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


def _run(doc: "Doc", partial: ExtractedArticle, *, rules: AttributionRules | None = None) -> list[Attribution]:
    found = extract_attributions(doc, partial.text, rules=rules)
    # Transcripts hook (issue 15): speaker turns, and readout speakers on official pages.
    from parley.extract.transcripts import apply_transcripts

    return apply_transcripts(doc, partial, found)


STEP = Step(name="attributions", field="attributions", run=_run)
