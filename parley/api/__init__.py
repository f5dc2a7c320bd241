"""The REST API: routers over the store and the query layer. :mod:`parley.server` mounts them."""

from __future__ import annotations

from parley.api.routes import API_DESCRIPTION, OPENAPI_TAGS, ingest_router, router

__all__ = ["API_DESCRIPTION", "OPENAPI_TAGS", "ingest_router", "router"]
