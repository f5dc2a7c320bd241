"""One store connection per thread, for servers: FastAPI runs each sync route in a worker thread.

SQLite connections must not be shared by threads that use them at the same
time, and opening one per request costs more than the query itself. Each
worker thread of the server keeps its own read connection; WAL mode lets them
read while an ingest writes.
"""

from __future__ import annotations

import threading

from parley.store import Store, open_store

__all__ = ["StorePool", "ThreadStore"]


class StorePool:
    """Lazily opens one :class:`Store` per thread on the same database; ``close()`` closes them all."""

    def __init__(self, db: str) -> None:
        self.db = db
        self._local = threading.local()
        self._opened: list[Store] = []
        self._lock = threading.Lock()
        self.write_lock = threading.Lock()  # one writer at a time: SQLite allows no more
        # Open (and migrate) once up front, so a bad path fails at start-up rather than on the first request.
        self.get()

    def get(self) -> Store:
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            store = open_store(self.db)
            self._local.store = store
            with self._lock:
                self._opened.append(store)
        return store

    def release(self) -> None:
        """Close this thread's store (for short-lived threads, whose connection would otherwise linger)."""
        store: Store | None = getattr(self._local, "store", None)
        if store is None:
            return
        self._local.store = None
        with self._lock:
            self._opened = [s for s in self._opened if s is not store]
        store.close()

    def close(self) -> None:
        with self._lock:
            for store in self._opened:
                store.close()
            self._opened.clear()
        self._local = threading.local()


class ThreadStore:
    """A :class:`Store` stand-in that uses the calling thread's connection from a pool.

    Routes receive this one object whatever thread (event loop or worker) they
    run on; each method call goes to the store of the thread making it.
    """

    def __init__(self, pool: StorePool) -> None:
        self._pool = pool

    def __getattr__(self, name: str) -> object:
        return getattr(self._pool.get(), name)

    def release(self) -> None:
        self._pool.release()
