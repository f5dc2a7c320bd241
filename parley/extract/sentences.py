"""Sentence spans from the parse (used by notion search over reporter sentences)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.models import Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["sentence_spans"]


def sentence_spans(doc: "Doc") -> list[Span]:
    """Each sentence of the parse, trimmed of surrounding whitespace; blank ones are left out."""
    spans = []
    for sent in doc.sents:
        text = sent.text.strip()
        if not text:
            continue
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        spans.append(Span(start=start, end=start + len(text), text=text))
    return spans
