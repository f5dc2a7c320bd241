"""The store interface. Callers (CLI, API, query layer) depend on this, never on SQLite.

A PostgreSQL backend implements the same class; :func:`parley.store.open_store`
picks the backend from the URL.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Collection, Iterator, Sequence
from typing import Any

from pydantic import BaseModel, Field

from parley.models import Attribution, Entity, Event, ExtractedArticle, Failure
from parley.store.filters import ArticleFilter, EventFilter, SpeakerFilter, StatementFilter

__all__ = [
    "AddResult",
    "ArticleSummary",
    "CorpusStats",
    "EventLink",
    "NotionContext",
    "NotionTermRow",
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


class NotionContext(BaseModel):
    """A span of an article the notion index holds: one content span of a statement, or one sentence.

    ``attribution`` is the statement's index in the article, None for a sentence (whose words
    are the reporter's where no statement covers them). ``text`` is ``article.text[start:end]``.
    The article's facts come along so that a notion query reads no record."""

    article_id: str
    attribution: int | None = None
    start: int
    end: int
    text: str
    published: str | None = None
    title: str | None = None
    publisher: str | None = None  # provenance publisher, else the outlet
    speaker: str | None = None
    role: str | None = None
    affiliation: str | None = None


def contexts_of_articles(
    texts: dict[str, Sequence[Any]], rows: Sequence[Sequence[Any]]
) -> list[NotionContext]:
    """Notion contexts from both stores' rows, each span cut from its article's text.

    ``texts``: article id -> (text, published, title, storage order); ``rows``: (article id,
    attribution, start, end, publisher, speaker, role, affiliation) in context order. Contexts come
    out in the articles' storage order, each article's in the order given."""
    ordered = sorted(rows, key=lambda r: texts[r[0]][3])  # stable: contexts stay in order
    return [
        NotionContext(
            article_id=r[0], attribution=r[1], start=r[2], end=r[3], text=texts[r[0]][0][r[2] : r[3]],
            published=texts[r[0]][1], title=texts[r[0]][2], publisher=r[4], speaker=r[5], role=r[6],
            affiliation=r[7],
        )
        for r in ordered
    ]


class NotionTermRow(BaseModel):
    """A notion term found at ingest (the terms step), with who said it."""

    article_id: str
    attribution: int | None = None  # the statement whose content holds the term; None: the reporter
    key: str  # folded words, sorted, space-separated: "indivisibl secur"
    surface: str  # the term as written, lower-cased
    speaker: str | None = None
    affiliation: str | None = None
    content: str | None = None  # the statement's words (to count a syndicated repeat once)
    published: str | None = None


class Page(BaseModel):
    """One page of a listing, with the total so that clients can paginate."""

    total: int
    limit: int
    offset: int
    items: list[Any]


class Store(ABC):
    """Where articles and their records live. One ``add_articles`` call is one transaction.

    Listings take one typed filter (:mod:`parley.store.filters`), either as an object or as its
    fields by keyword (``store.attributions(speaker="Victoria Nuland")``); the filter validates
    the values, so every backend and every caller sees the same rules. A backend implements the
    ``_``-prefixed methods, which receive the validated filter.
    """

    url: str

    # -- writing -----------------------------------------------------------------
    @abstractmethod
    def add_articles(self, articles: Sequence[ExtractedArticle]) -> AddResult:
        """Store a batch atomically. A known id is a no-op; a new text under a known url is a new version.

        The notion index (:meth:`notion_contexts`, :meth:`notion_terms`) is written in the same
        transaction, so it never lags the articles."""

    @abstractmethod
    def add_failures(self, failures: Sequence[Failure]) -> None: ...

    @abstractmethod
    def known_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these article ids are already stored (to skip extraction of duplicates)."""

    # -- reading: records ----------------------------------------------------------
    @abstractmethod
    def get_article(self, article_id: str) -> ExtractedArticle:
        """The full record; raises :class:`parley.errors.NotFoundError`. Accepts a unique id prefix."""

    def list_articles(
        self, filter: ArticleFilter | None = None, /, *, limit: int = 50, offset: int = 0, **fields: Any
    ) -> Page:
        """Article summaries, newest first; items are :class:`ArticleSummary`."""
        return self._list_articles(ArticleFilter.of(filter, **fields), limit=limit, offset=offset)

    def iter_articles(
        self,
        filter: ArticleFilter | None = None,
        /,
        *,
        contains_any: Sequence[str] | None = None,
        ids: Sequence[str] | None = None,
        **fields: Any,
    ) -> Iterator[ExtractedArticle]:
        """Full records in storage order, streamed. ``since``/``until`` bound ``published`` as in
        :meth:`list_articles` (undated articles drop out when either is given). ``contains_any``:
        word prefixes ("indivisib"), at least one of which must start a word of the title or text;
        a word may be split by hyphens or apostrophes ("non-aggression" starts with "nonag"), and
        the filter may let through more articles than that, never fewer. An empty list matches
        nothing; prefixes must be ASCII letters and digits. ``ids``: only these article ids."""
        return self._iter_articles(ArticleFilter.of(filter, **fields), contains_any=contains_any, ids=ids)

    def search(
        self, query: str, filter: ArticleFilter | None = None, /, *, limit: int = 20, offset: int = 0, **fields: Any
    ) -> Page:
        """Full-text search over article titles and text; items are :class:`SearchHit`, most relevant first
        (SQLite: always; PostgreSQL: when there are at most 100 hits, else newest first, each hit scored)."""
        return self._search(query, ArticleFilter.of(filter, **fields), limit=limit, offset=offset)

    def attributions(
        self, filter: StatementFilter | None = None, /, *, limit: int = 50, offset: int = 0, **fields: Any
    ) -> Page:
        """Attributions across articles, newest first; items are :class:`StoredAttribution`."""
        return self._attributions(StatementFilter.of(filter, **fields), limit=limit, offset=offset)

    def attribution_facets(
        self, filter: StatementFilter | None = None, /, *, size: int = 10, **fields: Any
    ) -> dict[str, list[tuple[str, int]]]:
        """Counts of the attributions matching the filter by speaker, affiliation, outlet and month."""
        return self._attribution_facets(StatementFilter.of(filter, **fields), size=size)

    @abstractmethod
    def entities(
        self, *, name: str | None = None, type: str | None = None, code: str | None = None,
        limit: int = 50, offset: int = 0,
    ) -> Page: ...

    def events(self, filter: EventFilter | None = None, /, *, limit: int = 50, offset: int = 0, **fields: Any) -> Page:
        """Events across articles; items are :class:`StoredEvent`. ``asserter='reporter'`` for the reporter."""
        return self._events(EventFilter.of(filter, **fields), limit=limit, offset=offset)

    def speakers(self, filter: SpeakerFilter | None = None, /, *, limit: int = 50, offset: int = 0, **fields: Any) -> Page:
        """Speakers ranked by number of statements; items are :class:`SpeakerSummary`. ``name`` is a substring."""
        return self._speakers(SpeakerFilter.of(filter, **fields), limit=limit, offset=offset)

    def event_links(self, filter: EventFilter | None = None, /, *, limit: int = 200, **fields: Any) -> list[EventLink]:
        """Actor -> recipient edges of events that have both, most frequent first."""
        return self._event_links(EventFilter.of(filter, **fields), limit=limit)

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

    # -- reading: the notion index ------------------------------------------------
    @abstractmethod
    def notion_contexts(
        self, phrases: Sequence[Sequence[str]], filter: ArticleFilter | None = None, /, *,
        statements_only: bool = False,
    ) -> list[NotionContext]:
        """Statement content spans and sentences that may hold a notion, from the index written at ingest.

        ``phrases``: for each phrase of the notion, its folded content keys
        (:func:`parley.notions.matching.content_keys`). A context is returned when it holds every
        key of some phrase close together (the index may return more, never fewer, than the
        matcher accepts); with the content spans of every attribution of the articles returned,
        so the caller can tell statements from the reporter's words. Latest versions only; dates
        as in :meth:`list_articles`. No article record is read. ``statements_only``: only the content
        spans of the statements whose own spans hold a phrase (no sentence, nor the statements a
        matched sentence overlaps): the wider debate's candidates, half the query's time."""

    @abstractmethod
    def notion_article_contexts(self, article_ids: Sequence[str]) -> list[NotionContext]:
        """Every context the notion index holds for these articles: each statement's content spans
        (with its speaker) and each sentence, in storage order (article, then position). What a
        notion's statements sit in: the sentences around a match and the same text's other
        statements (:mod:`parley.query.notions_meaning`). No article record is read."""

    @abstractmethod
    def notion_word_counts(self, article_ids: Sequence[str], keys: Collection[str]) -> tuple[dict[str, int], int]:
        """The background of key terms: how often each of ``keys`` (folded words) occurs in the texts
        of these articles, summed, and how many countable words they have in all
        (:func:`parley.notions.index.word_counts`)."""

    @abstractmethod
    def notion_terms(self, filter: ArticleFilter | None = None, /) -> Iterator[NotionTermRow]:
        """Every notion term stored at ingest, in storage order (articles, then position)."""

    @abstractmethod
    def notion_term_spread(self, min_articles: int = 2) -> tuple[list[tuple[str, str, int]], int]:
        """How widely each notion term is used: (key, a surface, articles using it) for every term in at least
        ``min_articles`` latest articles, and how many latest articles the index holds (the idf of the
        wider debate in :func:`parley.query.notions.compare`). One aggregate query; no record is read."""

    @abstractmethod
    def close(self) -> None: ...

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- for backends ----------------------------------------------------------------
    @abstractmethod
    def _list_articles(self, f: ArticleFilter, *, limit: int, offset: int) -> Page: ...

    @abstractmethod
    def _iter_articles(
        self, f: ArticleFilter, *, contains_any: Sequence[str] | None, ids: Sequence[str] | None
    ) -> Iterator[ExtractedArticle]: ...

    @abstractmethod
    def _search(self, query: str, f: ArticleFilter, *, limit: int, offset: int) -> Page: ...

    @abstractmethod
    def _attributions(self, f: StatementFilter, *, limit: int, offset: int) -> Page: ...

    @abstractmethod
    def _attribution_facets(self, f: StatementFilter, *, size: int) -> dict[str, list[tuple[str, int]]]: ...

    @abstractmethod
    def _events(self, f: EventFilter, *, limit: int, offset: int) -> Page: ...

    @abstractmethod
    def _event_links(self, f: EventFilter, *, limit: int) -> list[EventLink]: ...

    @abstractmethod
    def _speakers(self, f: SpeakerFilter, *, limit: int, offset: int) -> Page: ...
