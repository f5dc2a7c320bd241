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
_BYTES = 64 * 1024 * 1024  # and at most this many bytes of bodies (an article page can be 200 KB)
_kept: OrderedDict[tuple[Any, ...], Any] = OrderedDict()
_sizes: dict[tuple[Any, ...], int] = {}
_lock = threading.Lock()
_counts = {"hits": 0, "misses": 0}
_running: dict[tuple[Any, ...], threading.Event] = {}  # keys being computed, set when done
_WAIT = 5.0  # seconds a request waits for another's computation before it computes itself


def memo(store: Store, key: tuple[Hashable, ...], compute: Callable[[], T]) -> T:
    """``compute()``, or what it returned before for this key and this revision of the corpus.

    After an ingest every client asks again at once: one thread computes each key while the others
    asking for it wait for that result (they would otherwise all run the same query side by side).
    """
    full = (store.url, *store.revision(), *key)
    while True:
        with _lock:
            if full in _kept:
                _kept.move_to_end(full)
                _counts["hits"] += 1
                return _kept[full]
            running = _running.get(full)
            if running is None:
                _counts["misses"] += 1
                _running[full] = threading.Event()
                break
        running.wait(_WAIT)  # then look again: kept now, or the computing thread failed and this one tries
        if not running.is_set():
            return compute()  # a slow computation: do not queue behind it any longer
    try:
        value = compute()
        with _lock:
            _kept[full] = value
            _sizes[full] = _size(value)
            while len(_kept) > _SIZE or (len(_kept) > 1 and sum(_sizes.values()) > _BYTES):
                oldest, _ = _kept.popitem(last=False)
                _sizes.pop(oldest, None)
        return value
    finally:
        with _lock:
            _running.pop(full).set()


def _size(value: Any) -> int:
    """Bytes a kept value holds, roughly: its strings and bytes (a page is a tuple of body and headers)."""
    if isinstance(value, (bytes, str)):
        return len(value)
    if isinstance(value, tuple):
        return sum(_size(v) for v in value)
    return 1024


def stats() -> dict[str, int]:
    with _lock:
        return {**_counts, "kept": len(_kept), "bytes": sum(_sizes.values())}


def clear() -> None:
    with _lock:
        _kept.clear()
        _sizes.clear()
        _counts.update(hits=0, misses=0)
