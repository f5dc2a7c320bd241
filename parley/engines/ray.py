"""Ingestion on Ray Data: files -> articles -> extraction on an actor pool -> store.

The inputs become a Ray Dataset of file paths; reading (``flat_map``) turns each file into
articles or failures with parley's own readers; extraction runs with ``map_batches`` on a pool of
actors, each of which loads the spaCy pipeline once and keeps it. Where results go depends on the
store:

* PostgreSQL (a server every node can reach): each actor writes its own batches. Writes are
  idempotent (``ON CONFLICT``), so a batch retried after a crash is stored once.
* SQLite (a file on the driver's machine): actors send records back and the driver, the single
  writer, stores them batch by batch. Actors still read the file to skip articles already stored,
  so the SQLite case is for one machine.

``extract_batch`` is the same function the local engine runs, so both give the same records.
Needs the optional extra ``parley[ray]``.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from parley.errors import InputError
from parley.models import Article, ExtractedArticle, Failure
from parley.runner import IngestSummary, extract_batch, warm_pipeline
from parley.store import is_postgres_url, open_store

__all__ = ["actor_cpus", "expand_inputs", "ingest_ray"]

ProgressCallback = Callable[[int, int], None]

_WATCHDOG: Any = None

# Bytes of one article row as read (its JSON), to size Ray blocks in articles.
_BLOCK_BYTES_PER_ARTICLE = 8 * 1024

# CPUs a read task asks for; extraction actors get what is left of the cluster, at most one each.
_READ_CPUS = 0.5
# Below this share of a CPU per actor, extraction would crawl: refuse instead of oversubscribing.
_MIN_ACTOR_CPUS = 0.5


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """Files to read, in order: folders walked (hidden entries skipped), globs expanded.

    A path that is neither stays in the list, so that reading it records a "not found" failure
    as the local engine does. Standard input (``-``) cannot be shared with remote workers.
    """
    from parley.ingest.sniff import extension_format

    found: list[str] = []
    for given in paths:
        if given == "-":
            raise InputError("--engine ray reads files, not standard input: save the input to a file first")
        path = Path(given)
        if path.is_dir():
            for root, dirs, names in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                found.extend(str(Path(root) / n) for n in sorted(names)
                             if not n.startswith(".") and extension_format(n) is not None)
        elif not path.exists() and set("*?[") & set(given):
            found.extend(sorted(glob.glob(given, recursive=True)) or [given])
        else:
            found.append(str(path.resolve()) if path.exists() else given)
    return found


def _read_file(row: dict[str, Any]) -> list[dict[str, Any]]:
    """One input file as rows: ``kind`` ("article" or "failure") and the record as JSON."""
    from parley.ingest import read_paths

    return [
        {"kind": "failure" if isinstance(item, Failure) else "article", "json": item.model_dump_json()}
        for item in read_paths([str(row["path"])])
    ]


class _Extractor:
    """A Ray actor: loads the pipeline once, then extracts (and, for PostgreSQL, stores) batches."""

    def __init__(self, store_url: str, write: bool) -> None:
        warm_pipeline()
        self.store = open_store(store_url)
        self.write = write

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        articles: list[Article] = []
        failures: list[Failure] = []
        for kind, record in zip(batch["kind"], batch["json"], strict=True):
            if kind == "failure":
                failures.append(Failure.model_validate_json(record))
            else:
                articles.append(Article.model_validate_json(record))
        known = self.store.known_ids([a.id for a in articles])
        fresh = list({a.id: a for a in articles if a.id not in known}.values())
        duplicates = len(articles) - len(fresh)
        extracted, extraction_failures = extract_batch(fresh) if fresh else ([], [])
        failures += extraction_failures
        if self.write:
            return self._store(len(articles), duplicates, extracted, failures)
        return _rows(len(articles), duplicates, extracted, failures)

    def _store(self, read: int, duplicates: int, extracted: list[ExtractedArticle],
               failures: list[Failure]) -> dict[str, list[Any]]:
        result = self.store.add_articles(extracted)
        self.store.add_failures(failures)
        counts = {"read": read, "added": result.added, "duplicates": duplicates + result.duplicates,
                  "new_versions": result.new_versions}
        return {"kind": ["counts"], "json": [json.dumps(counts)],
                "reasons": [json.dumps([f.reason for f in failures])]}


def _rows(read: int, duplicates: int, extracted: list[ExtractedArticle],
          failures: list[Failure]) -> dict[str, list[Any]]:
    """Records for the driver to store: one row per article or failure, plus one of counts."""
    counts = {"read": read, "added": 0, "duplicates": duplicates, "new_versions": 0}
    kinds = ["counts"] + ["extracted"] * len(extracted) + ["failure"] * len(failures)
    payloads = [json.dumps(counts)] + [a.model_dump_json() for a in extracted] + [f.model_dump_json() for f in failures]
    return {"kind": kinds, "json": payloads, "reasons": [""] * len(kinds)}


def _init_ray(address: str | None, workers: int) -> Any:
    try:
        import ray
    except ImportError as exc:
        raise InputError("--engine ray needs Ray: pip install 'parley[ray]'") from exc
    address = address or os.environ.get("RAY_ADDRESS") or None
    logging.getLogger("ray.data").setLevel(logging.WARNING)  # per-dataset INFO lines would bury the summary
    if not ray.is_initialized():
        if address:
            ray.init(address=address, log_to_driver=False, logging_level=logging.WARNING)
        else:
            # Local: one CPU per extraction actor, plus room for the read tasks next to them. The
            # watchdog ends the cluster's processes if this process dies without shutting it down.
            global _WATCHDOG
            from parley.engines import watchdog

            _WATCHDOG = _WATCHDOG or watchdog.start()
            # address="local": a cluster of its own even when `ray start` runs on this machine (without it,
            # ray.init joins that cluster and refuses num_cpus).
            ray.init(address="local", num_cpus=workers + 1, include_dashboard=False, log_to_driver=False,
                     logging_level=logging.WARNING)
    return ray


def actor_cpus(cluster_cpus: float, workers: int) -> float:
    """CPUs each extraction actor asks for, so that ``workers`` actors and a read task fit the cluster.

    The actors live for the whole run; if they took every CPU the read tasks that feed them could
    never be scheduled and the run would wait forever (2 actors on a ``ray start --num-cpus=2``
    cluster did). One CPU each where the cluster has room, otherwise an equal share of what the
    reads leave; a share under half a CPU is refused with the size the cluster would need.
    """
    if workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    share = min(1.0, (cluster_cpus - _READ_CPUS) / workers)
    if share < _MIN_ACTOR_CPUS:
        needed = workers * _MIN_ACTOR_CPUS + _READ_CPUS
        raise InputError(
            f"the Ray cluster has {cluster_cpus:g} CPUs; --workers {workers} needs at least {needed:g} "
            f"(half a CPU per extraction actor plus {_READ_CPUS:g} for reading): "
            f"use fewer --workers or add CPUs (ray start --num-cpus=N)"
        )
    return round(share, 3)


def ingest_ray(
    paths: Sequence[str],
    store_url: str,
    *,
    workers: int = 2,
    batch_size: int = 16,
    address: str | None = None,
    progress: ProgressCallback | None = None,
) -> IngestSummary:
    """Extract and store every article in ``paths`` with ``workers`` Ray actors. Returns the counts."""
    summary = IngestSummary()
    started = time.perf_counter()
    files = expand_inputs(paths)
    ray = _init_ray(address, workers)
    per_actor = actor_cpus(float(ray.cluster_resources().get("CPU", 0.0)), workers)
    from ray import data as ray_data

    context = ray_data.DataContext.get_current()
    context.execution_options.preserve_order = True  # versions of one url are numbered in input order
    context.enable_progress_bars = False
    # Blocks of about one batch: a file's articles would otherwise form one block, which goes to one
    # actor, so a single large input kept the other actors idle (2 actors: 0.92x one).
    context.target_max_block_size = batch_size * _BLOCK_BYTES_PER_ARTICLE
    write_in_workers = is_postgres_url(store_url)
    dataset = (
        ray_data.from_items([{"path": f} for f in files])
        .flat_map(_read_file, num_cpus=_READ_CPUS)
        # One batch in flight per actor: with Ray's default (several queued on the first actor ready),
        # one actor took 4 of 5 batches while the other still loaded its pipeline.
        .map_batches(_Extractor, batch_size=batch_size, batch_format="numpy", num_cpus=per_actor,
                     compute=ray_data.ActorPoolStrategy(size=workers, max_tasks_in_flight_per_actor=1),
                     fn_constructor_kwargs={"store_url": store_url, "write": write_in_workers})
    )
    with open_store(store_url) as store:
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            _collect(batch, store, summary, progress)
    summary.seconds = time.perf_counter() - started
    return summary


def _collect(batch: dict[str, Any], store: Any, summary: IngestSummary, progress: ProgressCallback | None) -> None:
    """Count what the actors did; store what they sent back (driver-written stores)."""
    extracted: list[ExtractedArticle] = []
    failures: list[Failure] = []
    read = 0
    for kind, payload, reasons in zip(batch["kind"], batch["json"], batch["reasons"], strict=True):
        if kind == "counts":
            counts = json.loads(payload)
            read += counts["read"]
            summary.ingested += counts["added"]
            summary.duplicates += counts["duplicates"]
            summary.new_versions += counts["new_versions"]
            for reason in json.loads(reasons or "[]"):
                summary.failed += 1
                summary.failure_reasons[reason] += 1
        elif kind == "extracted":
            extracted.append(ExtractedArticle.model_validate_json(payload))
        else:
            failures.append(Failure.model_validate_json(payload))
    if extracted or failures:
        result = store.add_articles(extracted)
        store.add_failures(failures)
        summary.ingested += result.added
        summary.duplicates += result.duplicates
        summary.new_versions += result.new_versions
        for failure in failures:
            summary.failed += 1
            summary.failure_reasons[failure.reason] += 1
    summary.read += read
    if progress:
        progress(read, 0)

