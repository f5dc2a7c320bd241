"""``parley bench ingest``."""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.table import Table

from parley.cli.app import CONTEXT_SETTINGS, out
from parley.cli.bench import bench_group

_DEFAULTS = ("../shared/data/html-benchmark/html", "examples/voa/voa_stories.jsonl")


@bench_group.command("ingest", context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1)
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Use only the first N files.")
@click.option("--rounds", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--max-ratio", type=float, default=None, help="Exit 1 if reading costs more than this many baselines.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def bench_ingest_command(paths: tuple[str, ...], limit: int | None, rounds: int, max_ratio: float | None, fmt: str) -> None:
    """Time reading alone (readers, HTML extraction, checks; no NLP) against loading the same bytes.

    The baseline reads, gunzips and decodes each file; the ratio says how many baselines reading
    costs. Defaults to the HTML benchmark pages and the bundled VOA corpus, when present.

    \b
    Examples:
      parley bench ingest ../shared/data/html-benchmark/html
      parley bench ingest examples/voa/voa_stories.jsonl --rounds 3 --format json
    """
    from parley.bench.ingest import bench_ingest, collect_files

    sources = list(paths) or [p for p in _DEFAULTS if Path(p).exists()]
    files = collect_files(sources, limit)
    if not files:
        raise click.UsageError("no readable files in the given paths")
    result = bench_ingest(files, rounds=rounds)
    summary = result.to_dict()
    if fmt == "json":
        out.print_json(json.dumps(summary))
    else:
        table = Table(title=f"reading cost vs load+gunzip+decode · {result.files} files · "
                            f"{result.bytes:,} bytes · {rounds} round(s)")
        for column in ("stage", "seconds", "articles/s", "files/s", "ratio to baseline"):
            table.add_column(column, justify="right" if column != "stage" else "left")
        base_round = result.baseline_seconds / rounds
        table.add_row("load+gunzip+decode (baseline)", f"{result.baseline_seconds:.3f}", "",
                      f"{result.files / base_round:.1f}" if base_round else "", "1.00")
        table.add_row("parley readers", f"{result.read_seconds:.3f}", str(summary["articles_per_second"]),
                      str(summary["files_per_second"]), f"{result.ratio:.2f}", style="bold")
        out.print(table)
        out.print(f"{result.articles} articles, {result.failures} failures per round")
    if max_ratio is not None and result.ratio > max_ratio:
        raise click.ClickException(f"reading costs {result.ratio:.2f} baselines > {max_ratio}")
