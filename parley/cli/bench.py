"""``parley bench``: speed measured as ratios against a baseline taken in the same run."""

from __future__ import annotations

import importlib

from parley.cli.app import CONTEXT_SETTINGS, main


@main.group("bench", context_settings=CONTEXT_SETTINGS)
def bench_group() -> None:
    """Benchmarks. Machines are noisy: each reports a ratio to a baseline measured in the same run.

    \b
    Examples:
      parley bench extract --limit 40
      parley bench ingest ../shared/data/html-benchmark
    """


_BENCH_MODULES: tuple[str, ...] = ("parley.cli.bench_extract", "parley.cli.bench_ingest")

for _module in _BENCH_MODULES:
    importlib.import_module(_module)
