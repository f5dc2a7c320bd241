"""The store interface. Callers (CLI, API, query layer) depend on this, never on SQLite.

A PostgreSQL backend implements the same class; :func:`parley.store.open_store`
picks the backend from the URL.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import BaseModel, Field

from parley.models import Attribution, Entity, Event, ExtractedArticle, Failure

__all__ = [
    "AddResult",
    "ArticleSummary",
    "CorpusStats",
    "Page",
    "SearchHit",
    "Store",
    "StoredAttribution",
    "StoredEntity",
    "StoredEvent",
]


class AddResult(BaseModel):
    added: int = 0
    duplicates: int = 0
    new_versions: int = 0
    added_ids: list[str] = Field(default_factory=list)


class ArticleSummary(BaseModel):
    id: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None
    version: int = 1
    is_latest: bool = True
    attributions: int = 0
    events: int = 0


class SearchHit(ArticleSummary):
    snippet: str = ""
    score: float = 0.0


class StoredAttribution(BaseModel):
    """An attribution with the article it came from (for lists across articles)."""

    article_id: str
    index: int
    article_title: str | None = None
    outlet: str | None = None
    published: str | None = None
    attribution: Attribution


class StoredEntity(BaseModel):
    article_id: str
    index: int
    entity: Entity


class StoredEvent(BaseModel):
    article_id: str
    index: int
    published: str | None = None
    asserter: str | None = None  # speaker name of the asserting attribution; None: the reporter
    event: Event


class CorpusStats(BaseModel):
    articles: int = 0
    versions: int = 0
    outlets: dict[str, int] = Field(default_factory=dict)
    attributions: int = 0
    speakers: int = 0
    entities: int = 0
    events: int = 0
    failures: int = 0
    failure_reasons: dict[str, int] = Field(default_factory=dict)
    first_published: str | None = None
    last_published: str | None = None
    schema_version: int = 0


class Page(BaseModel):
    """One page of a listing, with the total so that clients can paginate."""

    total: int
    limit: int
    offset: int
    items: list[Any]


class Store(ABC):
    """Where articles and their records live. One ``add_articles`` call is one transaction."""

    url: str

    # -- writing -----------------------------------------------------------------
    @abstractmethod
    def add_articles(self, articles: Sequence[ExtractedArticle]) -> AddResult:
        """Store a batch atomically. A known id is a no-op; a new text under a known url is a new version."""

    @abstractmethod
    def add_failures(self, failures: Sequence[Failure]) -> None: ...

    @abstractmethod
    def known_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these article ids are already stored (to skip extraction of duplicates)."""

    # -- reading -----------------------------------------------------------------
    @abstractmethod
    def get_article(self, article_id: str) -> ExtractedArticle:
        """The full record; raises :class:`parley.errors.NotFoundError`. Accepts a unique id prefix."""

    @abstractmethod
    def list_articles(
        self,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        latest_only: bool = True,
        limit: int = 50,
        offset: int = 0,
    ) -> Page: ...

    @abstractmethod
    def iter_articles(self, *, latest_only: bool = True) -> Iterator[ExtractedArticle]: ...

    @abstractmethod
    def search(
        self,
        query: str,
        *,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 20,
        offset: int = 0,
    ) -> Page:
        """Full-text search over article titles and text; items are :class:`SearchHit`."""

    @abstractmethod
    def attributions(
        self,
        *,
        query: str | None = None,
        speaker: str | None = None,
        affiliation: Sequence[str] | None = None,
        outlet: str | None = None,
        article_id: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Attributions across articles; items are :class:`StoredAttribution`."""

    @abstractmethod
    def entities(
        self, *, name: str | None = None, type: str | None = None, code: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> Page: ...

    @abstractmethod
    def events(
        self,
        *,
        type: str | None = None,
        actor: str | None = None,
        recipient: str | None = None,
        asserter: str | None = None,
        article_id: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> Page:
        """Events across articles; items are :class:`StoredEvent`. ``asserter='reporter'`` for the reporter."""

    @abstractmethod
    def failures(self, *, limit: int = 100, offset: int = 0) -> Page: ...

    @abstractmethod
    def stats(self) -> CorpusStats: ...

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
