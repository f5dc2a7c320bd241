"""The REST API: read-only listings and records under ``/api``, plus token-gated ingest.

Every read route is a plain (sync) function: FastAPI runs it in its worker thread pool, where
the store gives each thread its own SQLite connection, so a slow query never holds up the event
loop and other requests (issue 14: p95 2.1 s under 50 clients while ingests posted). Filters
arrive as one typed object per listing (:mod:`parley.store.filters`), built by the dependencies
below; a bad value is an :class:`parley.errors.InputError`, answered 422 like a malformed query.
"""

from __future__ import annotations

import hmac
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response
from pydantic import BaseModel

from parley.api.schemas import (
    ArticlePage,
    AttributionPage,
    EntityPage,
    ErrorBody,
    EventPage,
    Facet,
    FacetCount,
    IngestRequest,
    IngestResponse,
    PageOf,
    SpeakerDetail,
    SpeakerPage,
)
from parley.errors import InputError
from parley.models import ExtractedArticle, Failure
from parley.query import cached
from parley.query.filters import affiliation_codes, attributions
from parley.query.memo import memo
from parley.query.notions import Comparison, DiscoveredNotion, Timeline
from parley.query.people import ArticleWithPeople, with_people
from parley.query.speakers import speaker_detail
from parley.store import Store
from parley.store.base import CorpusStats, EventLink, SyndicationGroup
from parley.store.filters import ArticleFilter, EventFilter, SpeakerFilter, StatementFilter, split_codes

__all__ = ["API_DESCRIPTION", "OPENAPI_TAGS", "get_store", "ingest_router", "router"]

API_DESCRIPTION = """\
Read-only access to what parley extracted from the news it ingested: articles with their
attributions (who said what, to whom, through which outlet), speakers, canonical entities,
PLOVER-coded events with who asserts them, notions compared across sides, and syndication groups.

Records have the same JSON shape as `parley extract`. Listings are paginated with `limit` and
`offset` and report `total`; their order is stable (newest first, then by id). Errors are
`{"status": ..., "message": ...}`; a bad filter value (a date that is not one, an unknown event
type or side, a speaker nobody is called) is a 422 whose message lists what is allowed.
`POST /api/ingest` exists only when the server has a token (`PARLEY_TOKEN`) and needs
`Authorization: Bearer <token>`.
"""

OPENAPI_TAGS: list[dict[str, Any]] = [
    {"name": "articles", "description": "Stored articles with all their records."},
    {"name": "statements", "description": "Attributions: who said what."},
    {"name": "speakers", "description": "People and bodies that made statements."},
    {"name": "entities", "description": "Canonical countries, organisations, people, documents."},
    {"name": "events", "description": "PLOVER-coded events and who asserts them."},
    {"name": "notions", "description": "What each side says about a notion."},
    {"name": "corpus", "description": "Counts, syndication groups, failures."},
]

ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"model": ErrorBody, "description": "Not found"},
    422: {"model": ErrorBody, "description": "Invalid parameter"},
}

router = APIRouter(prefix="/api", responses=ERRORS)
ingest_router = APIRouter(prefix="/api", responses=ERRORS)


async def get_store(request: Request) -> Store:
    # async: resolving it costs no thread hop; the object picks each thread's own connection when used.
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]

Limit = Annotated[int, Query(ge=1, le=500, description="Items per page (1-500).")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
Since = Annotated[str | None, Query(max_length=40, description="Published on or after: YYYY[-MM[-DD]].")]
Until = Annotated[str | None, Query(max_length=40, description="Published on or before: YYYY[-MM[-DD]].")]
Text = Annotated[str | None, Query(max_length=200)]
Codes = Annotated[list[str], Query(max_length=20, description="Speaker affiliation code; repeatable.")]
SideList = Annotated[list[str], Query(max_length=10, description="A side: USA, or west=USA,GBR,NATO; repeatable.")]


def json_response(value: BaseModel) -> Response:
    """Serialise a record or page in one pass (pydantic-core), skipping FastAPI's re-validation.

    The response models declared on the routes still document the shape (and the
    schemathesis test checks every response against them); re-validating records
    the store just built costs more than the query on the hot listing routes.
    """
    return Response(value.model_dump_json(), media_type="application/json")


def kept_json(store: Store, key: tuple[Any, ...], compute: Callable[[], BaseModel]) -> Response:
    """A listing's JSON body, kept until the corpus changes (:mod:`parley.query.memo`): a page asked
    for again is one revision query, not a search, record reads and serialisation."""
    body = memo(store, key, lambda: compute().model_dump_json())
    return Response(body, media_type="application/json")


# The filter dependencies are async: FastAPI runs a sync dependency in a worker thread of its own, one
# more thread hop per request for a few attribute checks. Only a side that needs the database to be
# checked (one that is not a country or known organisation) goes to a worker thread.
async def article_filter(outlet: Text = None, since: Since = None, until: Until = None) -> ArticleFilter:
    return ArticleFilter(outlet=outlet, since=since, until=until)


async def statement_filter(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="Full-text query over what was said.")] = None,
    speaker: Annotated[str | None, Query(max_length=200, description="Exact speaker name.")] = None,
    affiliation: Codes = [],  # noqa: B006
    side: SideList = [],  # noqa: B006
    outlet: Text = None,
    article_id: Annotated[str | None, Query(max_length=200)] = None,
    since: Since = None,
    until: Until = None,
) -> StatementFilter:
    codes = await run_in_threadpool(affiliation_codes, store, affiliation, side) if any(s.strip() for s in side) \
        else affiliation_codes(store, affiliation, [])
    return StatementFilter(query=q, speaker=speaker, affiliation=codes,
                           outlet=outlet, article_id=article_id, since=since, until=until)


async def event_filter(
    type: Annotated[str | None, Query(max_length=200, description="PLOVER type: ACCUSE, ASSAULT, REJECT, ...")] = None,
    actor: Annotated[str | None, Query(max_length=200, description="Actor code prefix (RUS, USAGOV) or name.")] = None,
    recipient: Annotated[str | None, Query(max_length=200, description="Recipient code prefix or name.")] = None,
    asserter: Annotated[str | None, Query(max_length=200, description="Speaker asserting it, or 'reporter'.")] = None,
    article_id: Annotated[str | None, Query(max_length=200)] = None,
    partial: Annotated[bool, Query(description="Include partial events (confidence under the threshold: a hypothetical, a background clause, no coded party...); the UI and CLI hide them.")] = True,
) -> EventFilter:
    return EventFilter(type=split_codes(type), actor=actor, recipient=recipient, asserter=asserter,
                       article_id=article_id, partial=partial)


# ------------------------------------------------------------------------------------------ corpus
@router.get("/stats", response_model=CorpusStats, tags=["corpus"], summary="Corpus counts")
def stats(store: StoreDep) -> Any:
    # Failures are counted too, and recording one does not change the corpus revision: it is in the key.
    return kept_json(store, ("stats", store.failures(limit=1).total), store.stats)


@router.get("/failures", tags=["corpus"], summary="Inputs that could not be ingested")
def failures(store: StoreDep, limit: Limit = 100, offset: Offset = 0) -> dict[str, Any]:
    page = store.failures(limit=limit, offset=offset)
    return {"total": page.total, "limit": page.limit, "offset": page.offset,
            "items": [f.to_dict() for f in page.items if isinstance(f, Failure)]}


# ------------------------------------------------------------------------------------------ articles
@router.get("/articles", response_model=ArticlePage, tags=["articles"], summary="List or search articles")
def list_articles(
    store: StoreDep,
    f: Annotated[ArticleFilter, Depends(article_filter)],
    q: Annotated[str | None, Query(max_length=200, description="Full-text query over titles and texts.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Newest first; with ``q``, best match first, each hit with a snippet."""
    key = ("articles", f.model_dump_json(), q, limit, offset)
    if q and q.strip():
        return kept_json(store, key, lambda: store.search(q, f, limit=limit, offset=offset))
    return kept_json(store, key, lambda: store.list_articles(f, limit=limit, offset=offset))


ArticleId = Annotated[str, Path(min_length=1, max_length=200, description="parley id, unique prefix (6+), or the input's id.")]


@router.get("/articles/{article_id}", response_model=ArticleWithPeople, tags=["articles"],
            summary="One article with all its records")
def get_article(store: StoreDep, article_id: ArticleId) -> Any:
    """The stored record: text, dateline, sentences, entities, attributions, events, provenance, and its
    ``people``: each person with every mention (name, surname, role description, pronoun) and ``also_called``."""
    return json_response(with_people(store.get_article(article_id)))


@router.get("/articles/{article_id}/syndication", response_model=SyndicationGroup | None, tags=["articles"],
            summary="Other copies of this story")
def article_syndication(store: StoreDep, article_id: ArticleId) -> SyndicationGroup | None:
    """The syndication group of the article (origin and every copy), or ``null`` when it stands alone."""
    return store.syndication_group(article_id)


# ------------------------------------------------------------------------------------------ statements
@router.get("/attributions", response_model=AttributionPage, tags=["statements"], summary="Statements")
def list_attributions(
    store: StoreDep,
    f: Annotated[StatementFilter, Depends(statement_filter)],
    notion: Annotated[str | None, Query(max_length=200, description="Only statements about this notion.")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    """Newest first (then article id and position in the article), so pages never overlap."""
    if notion:
        return json_response(cached.notion_attributions(store, notion, f, limit=limit, offset=offset))
    return kept_json(store, ("attributions", f.model_dump_json(), limit, offset),
                     lambda: attributions(store, f, limit=limit, offset=offset))


@router.get("/attributions/facets", response_model=list[Facet], tags=["statements"],
            summary="Counts of matching statements by speaker, affiliation, outlet and month")
def attribution_facets(
    store: StoreDep,
    f: Annotated[StatementFilter, Depends(statement_filter)],
    size: Annotated[int, Query(ge=1, le=100)] = 10,
) -> list[Facet]:
    facets = store.attribution_facets(f, size=size)
    return [Facet(name=name, counts=[FacetCount(value=v, count=c) for v, c in counts]) for name, counts in facets.items()]


# ------------------------------------------------------------------------------------------ speakers
@router.get("/speakers", response_model=SpeakerPage, tags=["speakers"], summary="Speakers, most statements first")
def list_speakers(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=200, description="Part of the name.")] = None,
    affiliation: Codes = [],  # noqa: B006
    side: SideList = [],  # noqa: B006
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    f = SpeakerFilter(name=q, affiliation=affiliation_codes(store, affiliation, side))
    return kept_json(store, ("speakers", f.model_dump_json(), limit, offset),
                     lambda: store.speakers(f, limit=limit, offset=offset))


@router.get("/speakers/{name:path}", response_model=SpeakerDetail, tags=["speakers"],
            summary="One speaker: role, affiliation, statements over time")
def get_speaker(
    store: StoreDep,
    name: Annotated[str, Path(min_length=1, max_length=200)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> SpeakerDetail:
    return speaker_detail(store, name, limit, offset)


# ------------------------------------------------------------------------------------------ entities
@router.get("/entities", response_model=EntityPage, tags=["entities"], summary="Canonical entities per article")
def list_entities(
    store: StoreDep,
    name: Annotated[str | None, Query(max_length=200, description="Exact canonical name.")] = None,
    type: Annotated[str | None, Query(max_length=40, description="COUNTRY, ORGANIZATION, PERSON, DOCUMENT, ...")] = None,
    code: Annotated[str | None, Query(max_length=40, description="Actor code: USA, RUSGOV, IGOUNO, ...")] = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return kept_json(store, ("entities", name, type, code, limit, offset),
                     lambda: store.entities(name=name, type=type, code=code, limit=limit, offset=offset))


# ------------------------------------------------------------------------------------------ events
@router.get("/events", response_model=EventPage, tags=["events"], summary="PLOVER events")
def list_events(
    store: StoreDep,
    f: Annotated[EventFilter, Depends(event_filter)],
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    return kept_json(store, ("events", f.model_dump_json(), limit, offset),
                     lambda: store.events(f, limit=limit, offset=offset))


@router.get("/events/network", response_model=list[EventLink], tags=["events"],
            summary="Who does what to whom: actor -> recipient edges with counts")
def event_network(
    store: StoreDep,
    type: Annotated[list[str], Query(max_length=20, description="PLOVER types; repeatable.")] = [],  # noqa: B006
    asserter: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 200,
) -> list[EventLink]:
    return store.event_links(EventFilter(type=tuple(t for t in type if t.strip()), asserter=asserter), limit=limit)


# ------------------------------------------------------------------------------------------ notions
NotionText = Annotated[str, Query(min_length=1, max_length=200, description="The notion, e.g. indivisible security.")]


@router.get("/notions", response_model=list[DiscoveredNotion], tags=["notions"],
            summary="The notions most discussed in the store")
def list_notions(store: StoreDep, limit: Annotated[int, Query(ge=1, le=300)] = 30) -> list[DiscoveredNotion]:
    """Noun phrases and defined terms ranked by how many distinct speakers and sides use them."""
    return cached.discover(store, limit=limit)


def _sides_or_default(store: Store, notion: str, side: list[str]) -> list[str]:
    sides = [s for s in side if s.strip()] or cached.default_sides(store, notion)
    if not sides:
        raise InputError(f"no statement on {notion!r} comes from a speaker with a known affiliation; name a side")
    return sides


@router.get("/notions/compare", response_model=Comparison, tags=["notions"], summary="What each side says about a notion")
def compare_notion(
    store: StoreDep, notion: NotionText, side: SideList = [], wider: bool = False  # noqa: B006
) -> Comparison:
    """Per side: statements, distinct speakers, first and last date, representative statements, key terms,
    and ``meaning``: the passages that say what the notion means or requires (with their cues), the
    documents the side cites for it (with the notion, or elsewhere in the same texts) and its statements
    month by month; and the timeline. A statement two or more of the sides made together (a joint statement,
    "the leaders agreed" on a call) is counted once, in ``joint`` (and the timeline's ``joint`` series), not
    in each side's; each side's ``joint`` is how many it made there. Without ``side``, the two affiliations
    that speak most about the notion.
    With ``wider=true``, ``wider``: the terms that co-occur with the notion across the corpus ("nato
    expansion", "open door"), the words around its mentions (``words``), and each side's other statements
    on those terms or sharing enough of those words (``on_terms`` of them on a term), its distinctive words
    there and its representative statements; the notion's own statements are not counted there again."""
    return cached.compare(store, notion, _sides_or_default(store, notion, side), wider=wider)


@router.get("/notions/timeline", response_model=Timeline, tags=["notions"],
            summary="Statements on a notion per period and side")
def notion_timeline(
    store: StoreDep,
    notion: NotionText,
    side: SideList = [],  # noqa: B006
    interval: Annotated[str, Query(pattern="^(week|month)$")] = "month",
) -> Timeline:
    return cached.timeline(store, notion, _sides_or_default(store, notion, side), interval)


# ------------------------------------------------------------------------------------------ syndication
class SyndicationPage(PageOf[SyndicationGroup]):
    pass


@router.get("/syndication", response_model=SyndicationPage, tags=["corpus"],
            summary="Groups of republished copies of one story")
def syndication_groups(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    return store.syndication_groups(limit=limit, offset=offset)


# ------------------------------------------------------------------------------------------ ingest
_extractor_lock = threading.Lock()


def exit_with_parent(parent: int) -> None:
    """In the extraction child: exit when the server is gone, even killed with -9 (no orphan keeps
    a spaCy pipeline in memory)."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, name="parley-parent-watch", daemon=True).start()


def extract_elsewhere(request: Request, articles: list[Any]) -> tuple[list[ExtractedArticle], list[Failure]]:
    """Extract in a child process of the server, not in one of its threads.

    spaCy's parse holds the GIL for most of its run: in a server thread it starved every read
    request (p95 1.8 s instead of 0.4 s under 50 clients while two clients posted articles).
    One child (started on the first ingest, with "spawn": forking a process with threads is
    unsafe) loads the pipeline once and extracts batch after batch; the server only stores.
    """
    from parley.runner import extract_batch_to_file, read_batch_file

    if not articles:
        return [], []
    state = request.app.state
    with _extractor_lock:
        if getattr(state, "extractor", None) is None:
            state.extractor = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                                  initializer=exit_with_parent, initargs=(os.getpid(),))
        executor: ProcessPoolExecutor = state.extractor
    try:
        return read_batch_file(executor.submit(extract_batch_to_file, articles).result())
    except BrokenProcessPool as exc:
        # Bug: a child killed (out of memory, kill -9) left a broken pool that failed every later ingest.
        with _extractor_lock:
            if getattr(state, "extractor", None) is executor:
                state.extractor = None  # the next request starts a new child
        executor.shutdown(wait=False)
        raise HTTPException(503, "the extraction process died (killed, or out of memory); nothing of this "
                                 "request was stored: send it again") from exc


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    expected: str = request.app.state.token
    scheme, _, given = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "a valid 'Authorization: Bearer <token>' header is required",
                            headers={"WWW-Authenticate": "Bearer"})


@ingest_router.post("/ingest", response_model=IngestResponse, tags=["ingest"], summary="Ingest articles",
                    dependencies=[Depends(require_token)],
                    responses={401: {"model": ErrorBody, "description": "Missing or wrong token"},
                               503: {"model": ErrorBody, "description": "The extraction process died: send again"}})
async def ingest(request: Request, body: IngestRequest) -> IngestResponse:
    """Extract and store articles given as JSON (the fields of a JSONL input line)."""
    return await run_in_threadpool(_ingest_sync, request, body)


def _ingest_sync(request: Request, body: IngestRequest) -> IngestResponse:
    from parley.ingest.jsonl import article_from_object
    from parley.models import Article

    # The same checks as a JSONL line read from a file: size, English, dates normalised to ISO 8601.
    articles: list[Article] = []
    failed: list[Failure] = []
    for number, item in enumerate(body.articles):
        read = article_from_object(item.model_dump(exclude_none=True), source=f"POST /api/ingest#{number}")
        if isinstance(read, Failure):
            failed.append(read)
        else:
            articles.append(read.model_copy(update={"reader": "api"}))
    extracted, failed_extraction = extract_elsewhere(request, articles)
    failed.extend(failed_extraction)
    pool = request.app.state.pool
    with pool.write_lock:
        store: Store = pool.get()
        result = store.add_articles(extracted)
        if failed:
            store.add_failures(failed)
    return IngestResponse(
        added=result.added, duplicates=result.duplicates, new_versions=result.new_versions, failed=len(failed),
        ids=[a.id for a in extracted], failures=[f.to_dict() for f in failed],
    )
