"""Named entities from spaCy's NER, grouped by surface form and label."""

from __future__ import annotations

from typing import TYPE_CHECKING

from parley.extract.pipeline import Step
from parley.models import Entity, ExtractedArticle, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

_TYPES = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "ORG": "ORGANIZATION",
    "NORP": "NORP",
    "LAW": "DOCUMENT",
    "FAC": "LOCATION",
    "EVENT": "EVENT",
}


def ner_entities(doc: "Doc", partial: ExtractedArticle) -> list[Entity]:
    grouped: dict[tuple[str, str], Entity] = {}
    for ent in doc.ents:
        kind = _TYPES.get(ent.label_)
        if kind is None:
            continue
        key = (ent.text, kind)
        entity = grouped.setdefault(key, Entity(name=ent.text, type=kind, label=ent.label_))
        entity.mentions.append(Span(start=ent.start_char, end=ent.end_char, text=ent.text))
    return list(grouped.values())


STEP = Step(name="entities", field="entities", run=ner_entities)
