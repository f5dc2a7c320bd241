"""The committed output schema matches the models, and real extraction output validates against it."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema

from parley.schema import output_schema

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "extract.schema.json"


def test_committed_schema_matches_the_models():
    committed = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    assert committed == output_schema(), "regenerate with: parley schema > docs/extract.schema.json"


def test_seed_extraction_is_schema_valid(seed_extracted):
    record = seed_extracted.to_dict()
    jsonschema.validate(record, output_schema())
    for key in ("id", "text", "title", "outlet", "published", "dateline", "entities", "attributions", "events"):
        assert key in record


def test_every_span_indexes_the_text(seed_extracted):
    text = seed_extracted.text
    spans = list(seed_extracted.sentences)
    for entity in seed_extracted.entities:
        spans.extend(entity.mentions)
    for attribution in seed_extracted.attributions:
        spans.extend(attribution.content)
        spans.extend(s for s in (attribution.cue, attribution.source) if s)
    for event in seed_extracted.events:
        spans.append(event.trigger)
    assert spans
    for span in spans:
        assert text[span.start : span.end] == span.text


def test_parley_extract_stays_callable_after_submodule_imports(seed_text):
    """Bug: importing parley.extract.* rebound ``parley.extract`` to the subpackage."""
    import parley
    import parley.extract.pipeline  # noqa: F401
    import parley.extract.sentences  # noqa: F401

    assert callable(parley.extract)
    assert parley.extract(seed_text[:300]).text == seed_text[:300]
