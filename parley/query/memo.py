"""Listing results kept until the corpus changes: a page asked for again costs one cheap query.

Under load most requests repeat (the first page of a search, the speakers list); each would
otherwise run its full-text query, read and decode its records, and serialise them again. A
result is kept under the store's URL and :meth:`Store.revision` (which changes whenever an article
is added, so an ingest makes every kept result unreachable) and the caller's key. Least recently
used results go first; values are whatever the caller computes (the API keeps response bodies).
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from parley.store.base import Store

__all__ = ["clear", "memo", "stats"]

T = TypeVar("T")
_SIZE = 512  # results kept; a page of 50 statements is about 60 KB of JSON
_kept: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_lock = threading.Lock()
_counts = {"hits": 0, "misses": 0}


def memo(store: Store, key: tuple[Hashable, ...], compute: Callable[[], T]) -> T:
    """``compute()``, or what it returned before for this key and this revision of the corpus."""
    full = (store.url, *store.revision(), *key)
    with _lock:
        if full in _kept:
            _kept.move_to_end(full)
            _counts["hits"] += 1
            return _kept[full]
        _counts["misses"] += 1
    value = compute()  # outside the lock: two threads may both compute a new key, never wait on each other
    with _lock:
        _kept[full] = value
        while len(_kept) > _SIZE:
            _kept.popitem(last=False)
    return value


def stats() -> dict[str, int]:
    with _lock:
        return {**_counts, "kept": len(_kept)}


def clear() -> None:
    with _lock:
        _kept.clear()
        _counts.update(hits=0, misses=0)
