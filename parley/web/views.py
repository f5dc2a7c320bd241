"""The web UI: server-rendered pages over the same store, filters and query functions as the API.

A sibling of :mod:`parley.api`, never importing it: both build their filters with
:mod:`parley.store.filters` and :mod:`parley.query.filters`, and read cached notion results from
:mod:`parley.query.cached`. Routes are sync, so FastAPI runs them in its worker threads.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from parley.errors import InputError, NotFoundError
from parley.query import cached
from parley.query.filters import affiliation_codes, attributions
from parley.query.memo import memo
from parley.query.people import people_of
from parley.query.speakers import speaker_detail
from parley.store import Store
from parley.store.filters import (
    ArticleFilter,
    EventFilter,
    SpeakerFilter,
    StatementFilter,
    event_types,
    split_codes,
)
from parley.web.render import (
    EVENT_TONE,
    actor_display_name,
    bar_chart,
    country_links,
    entity_url,
    event_network_svg,
    event_tone,
    fill_periods,
    fmt_date,
    highlight_article,
    mark_matches,
    snippet_html,
    speaker_colours,
    speaker_url,
    web_link,
)

if TYPE_CHECKING:
    from parley.query.notions import SpeakerNotion

__all__ = ["STATIC_DIR", "get_store", "render_error", "router"]

HERE = Path(__file__).resolve().parent
STATIC_DIR = str(HERE / "static")
templates = Jinja2Templates(directory=str(HERE / "templates"))  # autoescape is on for .html
templates.env.filters["date"] = fmt_date
templates.env.filters["web_link"] = web_link
templates.env.globals.update(speaker_url=speaker_url, entity_url=entity_url, event_tone=event_tone, code_name=actor_display_name,
                             mark_matches=mark_matches, snippet_html=snippet_html)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


async def get_store(request: Request) -> Store:
    # The server puts a per-thread store on app.state; async: resolving it costs no thread hop.
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
PAGE = 25
OptText = Annotated[str | None, Query(max_length=200)]
OptDate = Annotated[str | None, Query(max_length=40)]  # checked by the filter, which says what is allowed
PageNo = Annotated[int, Query(ge=1, le=10_000)]


def render_error(status: int, message: str) -> Response:
    template = templates.env.get_template("error.html")
    return HTMLResponse(template.render(status=status, message=message, nav="", q=""), status_code=status)


def _page(request: Request, name: str, **context: Any) -> HTMLResponse:
    context.setdefault("nav", "")
    context.setdefault("q", "")
    return templates.TemplateResponse(request, name, context)


def _kept(request: Request, store: Store, build: Callable[[], Response], *extra: Hashable) -> Response:
    """The page as built before for this URL, while the corpus is unchanged (:mod:`parley.query.memo`).

    For pages that show only what the store holds; a page that may show "computing…" is not kept.
    """
    def render() -> tuple[bytes, int, str | None]:
        response = build()
        return bytes(response.body), response.status_code, response.media_type

    body, status, media_type = memo(store, ("page", request.url.path, request.url.query, *extra), render)
    return Response(body, status_code=status, media_type=media_type)


def kept_page(view: Callable[..., Response]) -> Callable[..., Response]:
    """A route kept by :func:`_kept`; the view takes ``request`` and ``store`` (FastAPI passes keywords)."""

    @functools.wraps(view)
    def route(**kwargs: Any) -> Response:
        return _kept(kwargs["request"], kwargs["store"], lambda: view(**kwargs))

    return route


def _pager(request: Request, total: int, page: int, per_page: int = PAGE) -> dict[str, Any]:
    """Previous/next links that keep every other query parameter."""
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]

    def link(n: int) -> str:
        return "?" + urlencode([*params, ("page", str(n))])

    last = max(1, -(-total // per_page))
    return {
        "total": total, "page": page, "last": last,
        "first_item": (page - 1) * per_page + 1 if total else 0,
        "last_item": min(page * per_page, total),
        "prev": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < last else None,
    }


def _split_sides(values: list[str]) -> list[str]:
    """Sides from form fields: one field may hold several (``USA RUS``), and empty fields are skipped."""
    return [part for value in values for part in value.split() if part]


def _discovered_notions(store: Store, limit: int) -> list[Any]:
    return cached.discover(store, limit=limit)


# ------------------------------------------------------------------------------------------ home
@router.get("/")
def home(request: Request, store: StoreDep) -> Response:
    notions = cached.discover_nowait(store, limit=12)

    def build() -> Response:
        stats = store.stats()
        latest = store.attributions(limit=8)
        speakers = store.speakers(limit=8)
        return _page(request, "home.html", stats=stats, latest=latest.items, speakers=speakers.items,
                     notions=notions, nav="home")

    if notions is None:  # "finding notions…": not kept, the next view shows them
        return build()
    return _kept(request, store, build)  # (the page shows no failure count, which the revision would miss)


# ------------------------------------------------------------------------------------------ search
@router.get("/search")
@kept_page
def search(
    request: Request,
    store: StoreDep,
    q: OptText = None,
    speaker: OptText = None,
    side: Annotated[list[str], Query(max_length=10)] = [],  # noqa: B006
    outlet: OptText = None,
    since: OptDate = None,
    until: OptDate = None,
    month: Annotated[str | None, Query(pattern=r"^\d{4}-\d{2}$")] = None,
    notion: OptText = None,
    page: PageNo = 1,
) -> HTMLResponse:
    q = (q or "").strip() or None
    notion = (notion or "").strip() or None
    if month:
        since = until = month
    side = _split_sides(side)
    error = None
    facets: dict[str, list[tuple[str, int]]] = {}
    try:
        f = StatementFilter(query=q, speaker=speaker, affiliation=affiliation_codes(store, [], side), outlet=outlet,
                            since=since, until=until)
        if notion:  # statements on a notion: the query layer matches its variants; no facets
            results = cached.notion_attributions(store, notion, f, limit=PAGE, offset=(page - 1) * PAGE)
        else:
            results = attributions(store, f, limit=PAGE, offset=(page - 1) * PAGE)
            facets = store.attribution_facets(f, size=12)
        articles = store.search(q, limit=5) if q else None
    except InputError as exc:
        error, results, facets, articles = str(exc), None, {}, None
    base = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]

    def toggle(key: str, value: str) -> str:
        """The URL with this facet value set, or removed when it is already set."""
        kept = [(k, v) for k, v in base if k != key and not (key == "month" and k in ("since", "until"))]
        if (key, value) not in base:
            kept.append((key, value))
        return "/search?" + urlencode(kept)

    active = {(k, v) for k, v in base if v}
    return _page(
        request, "search.html", q=q or "", notion=notion, results=results, facets=facets, articles=articles, error=error,
        pager=_pager(request, results.total, page) if results else None, toggle=toggle, active=active,
        filters={"speaker": speaker, "side": side, "outlet": outlet, "since": since if not month else None,
                 "until": until if not month else None, "month": month},
        nav="search",
    )


# ------------------------------------------------------------------------------------------ articles
@router.get("/articles")
@kept_page
def articles(
    request: Request, store: StoreDep, q: OptText = None, outlet: OptText = None, page: PageNo = 1
) -> HTMLResponse:
    q = (q or "").strip() or None
    error = None
    try:
        f = ArticleFilter(outlet=outlet)
        if q:
            listing = store.search(q, f, limit=PAGE, offset=(page - 1) * PAGE)
        else:
            listing = store.list_articles(f, limit=PAGE, offset=(page - 1) * PAGE)
    except InputError as exc:
        error, listing = str(exc), None
    return _page(request, "articles.html", listing=listing, q=q or "", outlet=outlet, error=error,
                 pager=_pager(request, listing.total, page) if listing else None, nav="articles")


@router.get("/articles/{article_id}")
@kept_page
def article(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    record = store.get_article(article_id)
    colours = speaker_colours(record)
    statements = []
    legend: Counter[str] = Counter()  # statements per speaker, in order of first appearance
    for i, attribution in enumerate(record.attributions):
        name = attribution.speaker.name if attribution.speaker else "?"
        statements.append({"n": i + 1, "a": attribution, "colour": colours[name], "name": name})
        legend[name] += 1
    events = []
    for event in record.events:
        asserter = "reporter"
        if event.asserted_by is not None and 0 <= event.asserted_by < len(record.attributions):
            speaker = record.attributions[event.asserted_by].speaker
            asserter = speaker.name if speaker else f"statement {event.asserted_by + 1}"
        events.append({"e": event, "asserter": asserter,
                       "statement": event.asserted_by + 1 if event.asserted_by is not None else None})
    entities: dict[str, list[Any]] = defaultdict(list)
    for entity in sorted(record.entities, key=lambda e: (-len(e.mentions), e.name)):
        entities[entity.type].append(entity)
    group = store.syndication_group(record.id)
    return _page(
        request, "article.html", article=record, text=highlight_article(record), statements=statements,
        legend=[(name, colours[name], n) for name, n in legend.items()], events=events,
        entities=sorted(entities.items()), group=group, people=people_of(record),
        speaker_names={a.speaker.name for a in record.attributions if a.speaker}, nav="articles",
    )


# ------------------------------------------------------------------------------------------ speakers
@router.get("/speakers")
@kept_page
def speakers(
    request: Request, store: StoreDep, q: OptText = None,
    side: Annotated[list[str], Query(max_length=10)] = [],  # noqa: B006
    page: PageNo = 1,
) -> HTMLResponse:
    side = _split_sides(side)
    f = SpeakerFilter(name=q, affiliation=affiliation_codes(store, [], side))
    listing = store.speakers(f, limit=PAGE * 2, offset=(page - 1) * PAGE * 2)
    return _page(request, "speakers.html", listing=listing, name_q=q or "", side=", ".join(side),
                 pager=_pager(request, listing.total, page, PAGE * 2), nav="speakers")


@router.get("/speakers/{name:path}")
def speaker(request: Request, store: StoreDep, name: str, page: PageNo = 1) -> HTMLResponse:
    detail = speaker_detail(store, name, limit=PAGE, offset=(page - 1) * PAGE)
    points = fill_periods([(p.period, p.count) for p in detail.timeline])
    unit = "year" if points and len(points[0][0]) == 4 else "month"
    chart = bar_chart(points, label=f"Statements by {detail.speaker.name} per {unit}")
    notions = _speaker_notions(store, detail.speaker.name)
    return _page(request, "speaker.html", d=detail, chart=chart, notions=notions,
                 pager=_pager(request, detail.statements.total, page), nav="speakers")


def _speaker_notions(store: Store, name: str) -> list[SpeakerNotion] | None:
    return cached.speaker_notions(store, name)


# ------------------------------------------------------------------------------------------ entities
@router.get("/entities/{name:path}")
@kept_page
def entity(request: Request, store: StoreDep, name: str, page: PageNo = 1) -> HTMLResponse:
    listing = store.entities(name=name, limit=PAGE, offset=(page - 1) * PAGE)
    if not listing.total:
        raise NotFoundError(f"no entity named {name!r}")
    first = listing.items[0].entity
    key = first.code or first.name
    events_as_actor = store.events(actor=key, limit=10)
    events_as_recipient = store.events(recipient=key, limit=10)
    is_speaker = bool(store.attributions(speaker=first.name, limit=1).total)
    return _page(request, "entity.html", entity=first, listing=listing,
                 as_actor=events_as_actor, as_recipient=events_as_recipient, is_speaker=is_speaker,
                 pager=_pager(request, listing.total, page), nav="")


# ------------------------------------------------------------------------------------------ notions
@router.get("/notions")
def notions(
    request: Request,
    store: StoreDep,
    notion: OptText = None,
    side: Annotated[list[str], Query(max_length=10)] = [],  # noqa: B006
) -> HTMLResponse:
    notion = (notion or "").strip()
    side = _split_sides(side)
    discovered = _discovered_notions(store, 25)
    comparison, error, chosen = None, None, side
    if notion:
        try:
            chosen = side or cached.default_sides(store, notion)
            if chosen:
                comparison = cached.compare(store, notion, chosen, wider=True)
            else:
                error = f"No statement on “{notion}” comes from a speaker with a known affiliation."
        except InputError as exc:
            error = str(exc)
    chart_query = urlencode([("notion", notion), *[("side", s) for s in chosen]])
    return _page(request, "notions.html", notion=notion, sides=chosen, discovered=discovered,
                 comparison=comparison, error=error, chart_query=chart_query, nav="notions")


@router.get("/charts/notion-timeline.svg", response_class=Response)
def notion_timeline_chart(
    store: StoreDep,
    notion: Annotated[str, Query(min_length=1, max_length=200)],
    side: Annotated[list[str], Query(max_length=10)] = [],  # noqa: B006
    interval: Annotated[str, Query(pattern="^(week|month)$")] = "month",
) -> Response:
    svg = cached.timeline_svg(store, notion, [s for s in side if s.strip()], interval)
    # A chart is an image: no script may run in it; matplotlib's SVG needs its own inline <style>.
    return Response(svg, media_type="image/svg+xml",
                    headers={"content-security-policy": "default-src 'none'; style-src 'unsafe-inline'",
                             "cache-control": "no-store"})


# ------------------------------------------------------------------------------------------ events
@router.get("/events")
@kept_page
def events(
    request: Request,
    store: StoreDep,
    type: OptText = None,
    actor: OptText = None,
    recipient: OptText = None,
    asserter: OptText = None,
    partial: bool = False,
    page: PageNo = 1,
) -> HTMLResponse:
    # Partial events (low confidence) are hidden unless asked for, as in `parley events` (issue 12).
    f = EventFilter(type=split_codes(type), actor=actor, recipient=recipient, asserter=asserter, partial=partial)
    # The graph answers "who accuses, threatens, rejects or attacks whom" unless the user picks types.
    graph_types = list(f.type) or [t for t, tone in EVENT_TONE.items() if tone in ("hostile", "force")]
    links = store.event_links(f.model_copy(update={"type": tuple(graph_types), "actor": None, "recipient": None}),
                              limit=1000)
    if actor or recipient:
        links = [
            link for link in links
            if (not actor or link.actor.upper().startswith(actor.upper()))
            and (not recipient or link.recipient.upper().startswith(recipient.upper()))
        ]
    graph_links = country_links(links, max_nodes=16)
    listing = store.events(f, limit=PAGE, offset=(page - 1) * PAGE)
    all_types = event_types()  # what the type filter accepts (reading every stored type cost 15-20 ms a page)
    return _page(request, "events.html", graph=event_network_svg(graph_links), links=links, listing=listing,
                 graph_types=graph_types, graph_edges=len(graph_links),
                 all_types=all_types, type=type or "", actor=actor or "",
                 recipient=recipient or "", asserter=asserter or "", partial=partial,
                 pager=_pager(request, listing.total, page), nav="events")
