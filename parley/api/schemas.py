"""Response and request bodies of the REST API that are not records of their own.

Records (articles, attributions, events, entities) are served as the pydantic
models of :mod:`parley.models` and :mod:`parley.store.base`, so the JSON is the
same as ``parley extract`` and ``parley show --format json`` print.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field, field_validator

from parley.nlp import MAX_TEXT_CHARS
from parley.query.speakers import FacetCount, PeriodCount, SpeakerDetail
from parley.store.base import (
    ArticleSummary,
    SearchHit,
    SpeakerSummary,
    StoredAttribution,
    StoredEntity,
    StoredEvent,
)

T = TypeVar("T")

__all__ = [
    "ArticlePage",
    "AttributionPage",
    "EntityPage",
    "ErrorBody",
    "EventPage",
    "Facet",
    "FacetCount",
    "IngestArticle",
    "IngestRequest",
    "IngestResponse",
    "PageOf",
    "PeriodCount",
    "SpeakerDetail",
    "SpeakerPage",
]


class ErrorBody(BaseModel):
    """Every error: the HTTP status and one readable line."""

    status: int
    message: str
    errors: list[dict[str, Any]] | None = Field(
        default=None, description="For 422: each invalid parameter with its location and reason."
    )


class PageOf(BaseModel, Generic[T]):
    """One page of a listing; ``total`` counts every match so clients can paginate with limit/offset."""

    total: int
    limit: int
    offset: int
    items: list[T]


class ArticlePage(PageOf[SearchHit | ArticleSummary]):
    pass


class AttributionPage(PageOf[StoredAttribution]):
    pass


class EntityPage(PageOf[StoredEntity]):
    pass


class EventPage(PageOf[StoredEvent]):
    pass


class SpeakerPage(PageOf[SpeakerSummary]):
    pass


class Facet(BaseModel):
    name: str  # speaker, affiliation, outlet, month
    counts: list[FacetCount]


class IngestArticle(BaseModel):
    """One article to ingest: the same fields as a line of a JSONL input."""

    text: str = Field(min_length=1, max_length=MAX_TEXT_CHARS)
    id: str | None = Field(default=None, description="Your own id, kept as external_id.")
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = Field(default=None, description="ISO 8601 date or datetime.")
    section: str | None = None
    keywords: list[str] = Field(default_factory=list, description='A list, or one string: "sanctions, Iran".')

    # As in a JSONL line: keywords may be one comma-separated string, the author a list of names.
    @field_validator("keywords", mode="before")
    @classmethod
    def _keywords(cls, value: Any) -> Any:
        if isinstance(value, str):
            return [k.strip() for k in value.split(",") if k.strip()]
        if isinstance(value, list) and all(isinstance(k, str) for k in value):
            return [k.strip() for k in value if k.strip()]
        return value  # anything else is refused by the type check (422)

    @field_validator("author", mode="before")
    @classmethod
    def _author(cls, value: Any) -> Any:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return ", ".join(v.strip() for v in value if v.strip()) or None
        return value


class IngestRequest(BaseModel):
    articles: list[IngestArticle] = Field(min_length=1, max_length=500)


class IngestResponse(BaseModel):
    added: int
    duplicates: int
    new_versions: int
    failed: int
    ids: list[str] = Field(description="parley ids of the articles, in request order (failed ones omitted).")
    failures: list[dict[str, Any]] = Field(default_factory=list)
