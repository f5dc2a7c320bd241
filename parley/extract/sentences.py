"""Sentence spans from the parse (used by notion search over reporter sentences)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.pipeline import Step
from parley.models import ExtractedArticle, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc


def sentence_spans(doc: "Doc", partial: ExtractedArticle) -> list[Span]:
    spans = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        spans.append(Span(start=start, end=start + len(text), text=text))
    return spans


STEP = Step(name="sentences", field="sentences", run=sentence_spans)
