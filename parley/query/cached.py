"""Notion queries for interactive use (the API and the web pages), cached per corpus revision.

The logic lives in :mod:`parley.query.notions`; this module keeps results until an article is
added (a page view should not redo a corpus-wide discovery), runs discovery in the background
for pages that must not wait, and lists statements on a notion with the statement filter.
"""

from __future__ import annotations

import threading
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from parley.errors import InputError
from parley.query.notions import (
    Comparison,
    DiscoveredNotion,
    SpeakerCounts,
    SpeakerNotion,
    Timeline,
    discover_notions_by_speaker,
    notion_matches,
)
from parley.query.notions import (
    compare as _compare,
)
from parley.query.notions import (
    timeline as _timeline,
)
from parley.store.base import Page, Store, StoredAttribution
from parley.store.filters import StatementFilter

__all__ = [
    "compare",
    "default_sides",
    "discover",
    "discover_nowait",
    "notion_attributions",
    "speaker_notions",
    "timeline",
    "timeline_svg",
]

T = TypeVar("T")
_cache: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_cache_lock = threading.Lock()
_CACHE_SIZE = 64


def _generation(store: Store) -> tuple[str, int, int]:
    """Changes whenever an article is added: results cached under it are never stale."""
    return (store.url, *store.revision())


def _cached(store: Store, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
    """Notion queries read every matching article; a page view should not redo that until the corpus changes."""
    full = (*_generation(store), *key)
    with _cache_lock:
        if full in _cache:
            _cache.move_to_end(full)
            return _cache[full]
    value = compute()
    with _cache_lock:
        _cache[full] = value
        while len(_cache) > _CACHE_SIZE:
            _cache.popitem(last=False)
    return value


_running: set[tuple[Any, ...]] = set()


def _in_background(store: Store, key: tuple[Any, ...], compute: Callable[[], T]) -> T | None:
    """The cached value, or None while a background thread computes it (pages must not wait on a corpus scan)."""
    full = (*_generation(store), *key)
    with _cache_lock:
        if full in _cache:
            return _cache[full]
        if full in _running:
            return None
        _running.add(full)

    def work() -> None:
        try:
            _cached(store, key, compute)
        finally:
            with _cache_lock:
                _running.discard(full)
            release = getattr(store, "release", None)  # the thread is done with its own connection
            if release is not None:
                release()

    threading.Thread(target=work, name="parley-discovery", daemon=True).start()
    return None


# ------------------------------------------------------------------------------------------ notions
def _discovery(store: Store) -> tuple[list[DiscoveredNotion], SpeakerCounts]:
    return discover_notions_by_speaker(store, limit=300)


def discover(store: Store, *, limit: int = 30) -> list[DiscoveredNotion]:
    return _cached(store, ("discover",), lambda: _discovery(store))[0][:limit]


def discover_nowait(store: Store, *, limit: int = 30) -> list[DiscoveredNotion] | None:
    """Like :func:`discover`, but None (and the scan started) when it is not computed yet."""
    found = _in_background(store, ("discover",), lambda: _discovery(store))
    return None if found is None else found[0][:limit]


def speaker_notions(store: Store, speaker: str, *, limit: int = 15) -> list[SpeakerNotion] | None:
    """The discovered notions this speaker uses, with their own statement counts, most used first.

    From the corpus-wide discovery (None while it is computed); the counts are the speaker's, not the corpus's.
    """
    found = _in_background(store, ("discover",), lambda: _discovery(store))
    if found is None:
        return None
    notions, by_speaker = found
    own = by_speaker.get(speaker.strip().casefold(), {})
    rank = {n.phrase: i for i, n in enumerate(notions)}
    shared = {n.phrase: n.speakers for n in notions}
    phrases = sorted(own, key=lambda p: (-own[p], rank.get(p, len(rank))))[:limit]
    return [SpeakerNotion(phrase=p, statements=own[p], speakers=shared.get(p, 1)) for p in phrases]


def default_sides(store: Store, notion: str, *, count: int = 2) -> list[str]:
    """When the user names no side: the affiliations that speak most about the notion."""
    from parley.notions.sides import member_code

    result = _cached(store, ("matches", notion), lambda: notion_matches(store, notion, reporter=False))
    # A joint statement's affiliation ("USA+RUS") counts for each of its sides: it is no side of its own.
    counts = Counter(member_code(part) for s in result.statements if s.affiliation
                     for part in s.affiliation.split("+") if part.strip())
    return [code for code, _ in counts.most_common(count)]


def compare(store: Store, notion: str, sides: Sequence[str], *, wider: bool = False) -> Comparison:
    return _cached(store, ("compare", notion, tuple(sides), wider),
                   lambda: _compare(store, notion, list(sides), wider=wider))


def timeline(store: Store, notion: str, sides: Sequence[str], interval: str) -> Timeline:
    return _cached(store, ("timeline", notion, tuple(sides), interval),
                   lambda: _timeline(store, notion, list(sides), by=interval))  # type: ignore[arg-type]


def timeline_svg(store: Store, notion: str, sides: Sequence[str], interval: str) -> bytes:
    from parley.query.charts import render_timeline

    chosen = list(sides) or default_sides(store, notion)
    if not chosen:
        raise InputError(f"no statement on {notion!r} has a speaker with an affiliation to chart")
    return render_timeline(timeline(store, notion, chosen, interval), "svg")


def notion_attributions(store: Store, notion: str, f: StatementFilter, *, limit: int = 50, offset: int = 0) -> Page:
    """Statements on a notion, filtered and paginated like :meth:`Store.attributions` (same order)."""
    from parley.notions.sides import member_code

    result = _cached(store, ("matches", notion, f.since, f.until),
                     lambda: notion_matches(store, notion, since=f.since, until=f.until, reporter=False, collapse=False))
    keys = [(s.article_id, s.attribution_index) for s in result.statements if s.attribution_index is not None]
    meta = {(s.article_id, s.attribution_index): s for s in result.statements}
    codes = {member_code(a) for a in f.affiliation} if f.affiliation else None
    full_id = store.get_article(f.article_id).id if f.article_id else None
    wanted = _attribution_keys(store, f.query) if f.query else set()
    selected = []
    for key in keys:
        s = meta[key]
        if f.speaker and (s.speaker or "").casefold() != f.speaker.casefold():
            continue
        if codes is not None and (not s.affiliation or member_code(s.affiliation) not in codes):
            continue
        if f.outlet and (s.outlet or "").casefold() != f.outlet.casefold():
            continue
        if full_id and s.article_id != full_id:
            continue
        if f.query and key not in wanted:
            continue
        selected.append(s)
    # The store's order: newest first, then article id, then position in the article.
    selected.sort(key=lambda s: (s.article_id, s.attribution_index or 0))
    selected.sort(key=lambda s: s.published or "", reverse=True)
    selected.sort(key=lambda s: s.published is None)
    items = []
    articles: dict[str, Any] = {}
    for s in selected[offset : offset + limit]:
        if s.article_id not in articles:
            articles[s.article_id] = store.get_article(s.article_id)
        article = articles[s.article_id]
        items.append(StoredAttribution(
            article_id=article.id, index=s.attribution_index or 0, article_title=article.title,
            outlet=article.outlet, published=article.published,
            attribution=article.attributions[s.attribution_index or 0],
        ))
    return Page(total=len(selected), limit=limit, offset=offset, items=items)


def _attribution_keys(store: Store, q: str) -> set[tuple[str, int | None]]:
    keys: set[tuple[str, int | None]] = set()
    offset = 0
    while True:
        page = store.attributions(query=q, limit=500, offset=offset)
        keys.update((item.article_id, item.index) for item in page.items)
        offset += 500
        if offset >= page.total or offset >= 20_000:
            return keys
