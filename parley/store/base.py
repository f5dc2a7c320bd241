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
    "EventLink",
    "Page",
    "SearchHit",
    "SpeakerSummary",
    "Store",
    "StoredAttribution",
    "StoredEntity",
    "StoredEvent",
    "SyndicationGroup",
    "SyndicationMember",
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
    snippet: str = ""  # plain text around the matches
    marks: list[tuple[int, int]] = Field(default_factory=list)  # matched words: offsets into ``snippet``
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
    article_title: str | None = None
    published: str | None = None
    entity: Entity


class StoredEvent(BaseModel):
    article_id: str
    index: int
    article_title: str | None = None
    published: str | None = None
    asserter: str | None = None  # speaker name of the asserting attribution; None: the reporter
    event: Event


class SpeakerSummary(BaseModel):
    """A speaker across the corpus: the role and affiliation most often given, and how much they said."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    type: str | None = None
    statements: int = 0
    articles: int = 0
    first_published: str | None = None
    last_published: str | None = None


class EventLink(BaseModel):
    """Events of one type from one actor to one recipient, counted (an edge of the events network)."""

    actor: str  # actor code when known, else name
    recipient: str
    type: str
    count: int
    asserters: list[str] = Field(default_factory=list)  # speaker names; "reporter" for the article's voice


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


class SyndicationMember(BaseModel):
    """One published copy of a syndicated story."""

    article_id: str
    outlet: str | None = None  # the publisher of this copy
    published: str | None = None
    title: str | None = None
    url: str | None = None
    is_origin: bool = False
    similarity: float | None = None  # exact Jaccard with the copy it was matched to when added


class SyndicationGroup(BaseModel):
    """Copies of one story across outlets; ``origin_id`` is the copy the others came from."""

    id: int
    origin_id: str
    size: int
    members: list[SyndicationMember] = Field(default_factory=list)


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
    def iter_articles(
        self,
        *,
        latest_only: bool = True,
        since: str | None = None,
        until: str | None = None,
        contains_any: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
    ) -> Iterator[ExtractedArticle]:
        """Full records in storage order, streamed. ``since``/``until`` bound ``published`` as in
        :meth:`list_articles` (undated articles drop out when either is given). ``contains_any``:
        word prefixes ("indivisib"), at least one of which must start a word of the title or text;
        a word may be split by hyphens or apostrophes ("non-aggression" starts with "nonag"), and
        the filter may let through more articles than that, never fewer. An empty list matches
        nothing; prefixes must be ASCII letters and digits. ``ids``: only these article ids."""

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
    def speakers(
        self, *, name: str | None = None, affiliation: Sequence[str] | None = None, limit: int = 50, offset: int = 0
    ) -> Page:
        """Speakers ranked by number of statements; items are :class:`SpeakerSummary`. ``name`` is a substring."""

    @abstractmethod
    def attribution_facets(
        self,
        *,
        query: str | None = None,
        speaker: str | None = None,
        affiliation: Sequence[str] | None = None,
        outlet: str | None = None,
        since: str | None = None,
        until: str | None = None,
        size: int = 10,
    ) -> dict[str, list[tuple[str, int]]]:
        """Counts of the attributions matching the filters by speaker, affiliation, outlet and month."""

    @abstractmethod
    def event_links(
        self, *, type: Sequence[str] | None = None, asserter: str | None = None, limit: int = 200
    ) -> list[EventLink]:
        """Actor -> recipient edges of events that have both, most frequent first."""

    @abstractmethod
    def syndication_group(self, article_id: str) -> SyndicationGroup | None:
        """The group of republished copies an article belongs to (None when it has no known copy)."""

    @abstractmethod
    def syndication_groups(self, *, limit: int = 50, offset: int = 0) -> Page:
        """Syndication groups, largest first; items are :class:`SyndicationGroup`."""

    @abstractmethod
    def failures(self, *, limit: int = 100, offset: int = 0) -> Page: ...

    @abstractmethod
    def stats(self) -> CorpusStats: ...

    @abstractmethod
    def revision(self) -> tuple[int, int]:
        """A cheap token that changes whenever articles are added: keys caches of derived results."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
