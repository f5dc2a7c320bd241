"""Cost of reading (parsing, extraction of HTML bodies, checks) relative to just loading the bytes.

The baseline is what any reader must do anyway: read each file, gunzip it and decode it as text.
The ratio ``read / baseline`` is stable across machines where absolute pages/s is not.
"""

from __future__ import annotations

import gzip
import os
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from parley.ingest import read_paths
from parley.ingest.sniff import extension_format
from parley.models import Article

__all__ = ["IngestBenchmark", "bench_ingest", "collect_files"]


@dataclass
class IngestBenchmark:
    files: int
    bytes: int
    articles: int
    failures: int
    rounds: int
    baseline_seconds: float
    read_seconds: float

    @property
    def ratio(self) -> float:
        return self.read_seconds / self.baseline_seconds if self.baseline_seconds else 0.0

    def to_dict(self) -> dict[str, object]:
        per_round = self.read_seconds / self.rounds if self.rounds else 0.0
        return {
            "files": self.files,
            "bytes": self.bytes,
            "articles": self.articles,
            "failures": self.failures,
            "rounds": self.rounds,
            "baseline_seconds": round(self.baseline_seconds, 4),
            "read_seconds": round(self.read_seconds, 4),
            "articles_per_second": round(self.articles / per_round, 1) if per_round else None,
            "files_per_second": round(self.files / per_round, 1) if per_round else None,
            "ratio_to_baseline": round(self.ratio, 2),
        }


def collect_files(paths: Sequence[str], limit: int | None = None) -> list[Path]:
    """Readable files under ``paths`` (folders walked, unknown extensions skipped), sorted."""
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for root, _dirs, names in os.walk(path):
                found.extend(Path(root) / n for n in sorted(names) if extension_format(n) and not n.startswith("."))
        elif path.is_file():
            found.append(path)
    found.sort()
    return found[:limit] if limit else found


def _load(path: Path) -> str:
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data.decode("utf-8", errors="replace")


def bench_ingest(files: Sequence[Path], rounds: int = 1) -> IngestBenchmark:
    total_bytes = sum(f.stat().st_size for f in files)
    baseline = 0.0
    reading = 0.0
    articles = failures = 0
    for _ in range(rounds):
        started = time.perf_counter()
        for path in files:
            _load(path)
        baseline += time.perf_counter() - started
        started = time.perf_counter()
        articles = failures = 0
        for item in read_paths([str(f) for f in files]):
            if isinstance(item, Article):
                articles += 1
            else:
                failures += 1
        reading += time.perf_counter() - started
    return IngestBenchmark(len(files), total_bytes, articles, failures, rounds, baseline, reading)
