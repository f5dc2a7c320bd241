"""The JSON Schema of ``parley extract`` output, generated from the models.

``docs/extract.schema.json`` is this schema, committed; a test fails when they drift,
so every change to the output shape is visible in review.
"""

from __future__ import annotations

from typing import Any

from parley.query.people import ArticleWithPeople

SCHEMA_ID = "https://parley.invalid/schema/extract-article.json"


def output_schema() -> dict[str, Any]:
    schema = ArticleWithPeople.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = SCHEMA_ID
    schema["title"] = "parley extracted article"
    schema.setdefault("properties", {})["parley_id"] = {
        "type": "string",
        "description": "parley's content-hash id, present when `id` is the input's own id (JSONL input).",
    }
    # Keys fixed by the foundation: later versions keep them.
    schema["required"] = sorted(
        set(schema.get("required", []))
        | {"id", "text", "title", "outlet", "published", "dateline", "entities", "attributions", "events"}
    )
    return schema
