"""Property-based tests over the OpenAPI schema: whatever the parameters, no server error.

schemathesis generates valid and invalid parameters for every operation in
``/openapi.json`` and calls the app in process (ASGI). Responses must never be
5xx and must match the schema they document.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance
from web_corpus import corpus

from parley.server import create_app
from parley.store import open_store


def _app() -> object:
    # The schema is loaded at import time, before fixtures exist; each process (xdist worker) gets its own db.
    db = Path(tempfile.mkdtemp(prefix="parley-schemathesis-")) / "api.db"
    with open_store(db) as store:
        store.add_articles(corpus())
    # With a token the write route is in the schema too (its body and auth are fuzzed; no valid token is sent).
    return create_app(str(db), token="not-sent-by-the-fuzzer")


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())
# Invalid parameters too: they must give a 4xx with a message, never a 5xx.
schema.config.generation.update(modes=[GenerationMode.POSITIVE, GenerationMode.NEGATIVE], allow_x00=True)


@schema.parametrize()
@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@pytest.mark.filterwarnings("ignore")
def test_no_server_errors(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error, response_schema_conformance])
