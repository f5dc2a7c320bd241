"""Ingestion as a stream of batches: read -> extract -> store.

Reading and storing happen in this process; extraction runs in worker processes
while this process, the single writer, stores finished batches. Each batch is one
transaction, so a killed run leaves whole batches behind, and a rerun skips what is
already stored and finishes the job.

Workers are forked from this process after it has loaded the pipeline, so the model
is loaded once (not once per worker) and its memory is shared copy-on-write. Each
worker asks the kernel to kill it when its parent dies (``PR_SET_PDEATHSIG``), so a
``kill -9`` or SIGTERM of the ingest leaves no worker behind; where fork is missing
(macOS, Windows) workers are spawned and watch their parent instead. Workers return results
through files, sending only the path (see :func:`extract_batch_to_file`).

The extract step is a pure function of a list of articles
(:func:`extract_batch`), so a distributed engine can run the same step.
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import shutil
import signal
import tempfile
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from parley.errors import ExtractionError
from parley.models import Article, ExtractedArticle, Failure
from parley.store.base import Store

__all__ = ["IngestSummary", "default_workers", "extract_batch", "extract_batch_to_file", "ingest", "read_batch_file"]

# Failures are written to the store in groups of at most this many.
_FAILURES_HELD = 500
ProgressCallback = Callable[[int, int], None]  # (articles done in this call, failures in this call)


@dataclass
class IngestSummary:
    read: int = 0
    ingested: int = 0
    duplicates: int = 0
    new_versions: int = 0
    failed: int = 0
    failure_reasons: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0

    @property
    def articles_per_second(self) -> float:
        return self.read / self.seconds if self.seconds > 0 else 0.0

    @property
    def nothing_read(self) -> bool:
        """True when not a single input became an article (new or already stored)."""
        return self.ingested + self.duplicates == 0

    def to_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "ingested": self.ingested,
            "duplicates": self.duplicates,
            "new_versions": self.new_versions,
            "failed": self.failed,
            "failure_reasons": dict(self.failure_reasons.most_common()),
            "seconds": round(self.seconds, 3),
            "articles_per_second": round(self.articles_per_second, 2),
        }


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1))


def extract_batch(articles: Sequence[Article]) -> tuple[list[ExtractedArticle], list[Failure]]:
    """Extract a batch; an article that breaks a rule becomes a failure instead of sinking the batch."""
    from parley.extract.pipeline import extract_articles

    # spaCy raises ValueError for a text it refuses (E088 too long, ...): that article fails, not the run.
    try:
        return list(extract_articles(articles)), []
    except (ExtractionError, ValueError):
        pass
    done: list[ExtractedArticle] = []
    failures: list[Failure] = []
    for article in articles:
        try:
            done.extend(extract_articles([article]))
        except (ExtractionError, ValueError) as exc:
            failures.append(
                Failure(source=article.source or article.id, reason="extraction failed", detail=str(exc)[:500])
            )
    return done, failures


def extract_batch_to_file(articles: Sequence[Article], folder: str | None = None) -> str:
    """Run :func:`extract_batch` in a worker and leave its result in a file; return the file's path.

    Bug (CI, a hung ``parley ingest`` after kill -9 of a worker): a result sent back through a
    process pool's pipe can be megabytes, and a worker killed halfway through sending it left a
    partial message that CPython's ``ProcessPoolExecutor`` waited on forever, never noticing the
    dead worker. A path is a message short enough (under ``PIPE_BUF``) to be written whole or not
    at all; a worker killed while writing the file sends nothing, and the pool reports it broken.
    """
    result = extract_batch(articles)
    handle, path = tempfile.mkstemp(prefix="parley-batch-", suffix=".pickle", dir=folder)
    with os.fdopen(handle, "wb") as out:
        pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
    return path


def read_batch_file(path: str) -> tuple[list[ExtractedArticle], list[Failure]]:
    """The result :func:`extract_batch_to_file` left at ``path`` (a private file it made); the file is removed."""
    try:
        with open(path, "rb") as handle:
            result: tuple[list[ExtractedArticle], list[Failure]] = pickle.load(handle)
        return result
    finally:
        os.unlink(path)


_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>
_WARM_TEXT = 'The minister said on Monday that talks would go on. "We will talk," she told reporters.'


def warm_pipeline() -> None:
    """Load the pipeline and everything its rules read lazily, so forked workers start ready."""
    extract_batch([Article(id="warm-up", text=_WARM_TEXT)])


def _die_with_parent(parent: int) -> None:
    """Worker initializer: end this worker when ``parent`` ends, however it ends (even ``kill -9``)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
            if os.getppid() != parent:  # the parent died before the request took effect
                os._exit(1)
            return
    except (OSError, AttributeError):
        pass

    def watch() -> None:  # no prctl (not Linux): poll for the parent instead
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="parley-parent-watch", daemon=True).start()


def _spawned_worker(parent: int) -> None:
    _die_with_parent(parent)
    warm_pipeline()


def _pool(n_workers: int) -> ProcessPoolExecutor:
    """Extraction workers that share this process's loaded pipeline and die with it."""
    if "fork" in multiprocessing.get_all_start_methods():
        warm_pipeline()  # before forking: every worker inherits the loaded model
        return ProcessPoolExecutor(max_workers=n_workers, mp_context=multiprocessing.get_context("fork"),
                                   initializer=_die_with_parent, initargs=(os.getpid(),))
    return ProcessPoolExecutor(max_workers=n_workers, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_spawned_worker, initargs=(os.getpid(),))


def _batches(items: Iterable[Article | Failure], size: int, on_failure: Callable[[Failure], None]) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Failure):
            on_failure(item)
            continue
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    items: Iterable[Article | Failure],
    store: Store,
    *,
    workers: int | None = None,
    batch_size: int = 16,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Extract and store every article in ``items``; record every failure. Returns the counts."""
    summary = IngestSummary()
    started = time.perf_counter()
    pending_failures: list[Failure] = []

    def on_failure(failure: Failure) -> None:
        summary.failed += 1
        summary.failure_reasons[failure.reason] += 1
        pending_failures.append(failure)
        if len(pending_failures) >= _FAILURES_HELD:  # a file with no good article must not pile them up in memory
            flush_failures()

    def flush_failures() -> None:
        if pending_failures:
            store.add_failures(pending_failures)
            if progress:
                progress(0, len(pending_failures))
            pending_failures.clear()

    def fresh(batch: list[Article]) -> list[Article]:
        """Drop articles already stored or repeated inside the batch: no extraction for duplicates."""
        known = store.known_ids([a.id for a in batch])
        seen: set[str] = set()
        keep = []
        for article in batch:
            if article.id in known or article.id in seen:
                summary.duplicates += 1
                continue
            seen.add(article.id)
            keep.append(article)
        return keep

    def write(extracted: list[ExtractedArticle], failures: list[Failure], n_read: int) -> None:
        for failure in failures:
            on_failure(failure)
        result = store.add_articles(extracted)
        summary.ingested += result.added
        summary.duplicates += result.duplicates
        summary.new_versions += result.new_versions
        flush_failures()
        if progress:
            progress(n_read, 0)

    n_workers = default_workers() if workers is None else max(1, workers)
    batches = _batches(items, batch_size, on_failure)
    if n_workers == 1:
        for batch in batches:
            summary.read += len(batch)
            todo = fresh(batch)
            flush_failures()
            extracted, failures = extract_batch(todo) if todo else ([], [])
            write(extracted, failures, len(batch))
    else:
        try:
            _run_pool(n_workers, batches, summary, fresh, flush_failures, write)
        except BrokenProcessPool as exc:
            raise ExtractionError(
                f"an extraction worker died (killed, or out of memory) after {summary.ingested} articles were "
                "stored; everything stored is kept: run the same command again to finish"
            ) from exc
    flush_failures()
    summary.seconds = time.perf_counter() - started
    return summary


_SPOOL_PREFIX = "parley-ingest-"


def _remove_spools_of_dead_runs() -> None:
    """Remove the result folders that ingests killed with -9 left behind (each folder names its run's pid)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_SPOOL_PREFIX}*-*"):
        pid = folder.name.removeprefix(_SPOOL_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _run_pool(
    n_workers: int,
    batches: Iterator[list[Article]],
    summary: IngestSummary,
    fresh: Callable[[list[Article]], list[Article]],
    flush_failures: Callable[[], None],
    write: Callable[[list[ExtractedArticle], list[Failure], int], None],
) -> None:
    """Extract batches on worker processes, storing results in order as they finish."""
    _remove_spools_of_dead_runs()
    # The folder outlives the pool: on the way out the pool's workers finish before their folder goes.
    with tempfile.TemporaryDirectory(prefix=f"{_SPOOL_PREFIX}{os.getpid()}-") as spool, _pool(n_workers) as pool:
        in_flight: deque[tuple[Future[str], int]] = deque()
        for batch in batches:
            summary.read += len(batch)
            todo = fresh(batch)
            flush_failures()
            if not todo:
                write([], [], len(batch))
                continue
            in_flight.append((pool.submit(extract_batch_to_file, todo, spool), len(batch)))
            # Bound memory: never more than two batches per worker waiting to be stored.
            while len(in_flight) >= 2 * n_workers:
                future, n_read = in_flight.popleft()
                write(*read_batch_file(future.result()), n_read)
        while in_flight:
            future, n_read = in_flight.popleft()
            write(*read_batch_file(future.result()), n_read)
