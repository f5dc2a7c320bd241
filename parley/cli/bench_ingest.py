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
@click.option("--speedup", is_flag=True, help="Scale: full ingest of PATHS with 1 worker, then with --workers.")
@click.option("--engine", "engines", type=click.Choice(["local", "ray"]), multiple=True,
              help="Engine(s) for --speedup (repeatable; default local).")
@click.option("--workers", type=click.IntRange(min=2), default=2, show_default=True,
              help="Workers to compare with one (--speedup) or to ingest with (--stream).")
@click.option("--ray-address", default=None, metavar="HOST:PORT",
              help="--speedup with --engine ray joins this cluster (`ray start --head` once) instead of "
                   "starting Ray per run.")
@click.option("--synthetic", type=click.IntRange(min=1), default=None, metavar="N",
              help="--speedup on N distinct synthetic articles made from PATHS[0] (a JSONL corpus), so "
                   "start-up amortises.")
@click.option("--batch-size", type=click.IntRange(min=1), default=8, show_default=True,
              help="Articles per batch in --speedup runs.")
@click.option("--stream", "checkpoints", default=None, metavar="N[,N...]",
              help="Scale: ingest max(N) distinct synthetic articles, memory and speed at each N.")
@click.option("--fill", type=click.IntRange(min=1), default=None, metavar="N",
              help="Scale: store N copies of the articles in --from into --db, without NLP (for query latency).")
@click.option("--from", "source_db", default=None, help="Database whose extracted articles --fill copies.")
@click.option("--compare", "notion", default=None, help="Scale: time `compare NOTION --side USA --side RUS` on --db.")
@click.option("--db", default=None, help="Database for the scale runs (SQLite path or postgresql:// URL; "
                                         "default: a temporary SQLite file).")
def bench_ingest_command(
    paths: tuple[str, ...], limit: int | None, rounds: int, max_ratio: float | None, fmt: str, speedup: bool,
    engines: tuple[str, ...], workers: int, ray_address: str | None, synthetic: int | None, batch_size: int,
    checkpoints: str | None, fill: int | None, source_db: str | None, notion: str | None, db: str | None,
) -> None:
    """Time reading alone (readers, HTML extraction, checks; no NLP) against loading the same bytes;
    or, with --speedup, --stream or --compare, measure how ingest and queries scale.

    The baseline reads, gunzips and decodes each file; the ratio says how many baselines reading
    costs. Defaults to the HTML benchmark pages and the bundled VOA corpus, when present.
    Scale runs report ratios too: N workers over 1 worker, memory at the last checkpoint over the
    first, articles/s in the last thousand over the first. --speedup splits each run into start-up
    (until the first batch is stored), steady state (articles/s after it) and the whole run, and
    gives the speed-up for both. Results: docs/scale.md.

    \b
    Examples:
      parley bench ingest ../shared/data/html-benchmark/html
      parley bench ingest examples/voa/voa_stories.jsonl --rounds 3 --format json
      parley bench ingest examples/voa/voa_stories.jsonl --speedup --engine local --engine ray
      parley bench ingest examples/voa/voa_stories.jsonl --speedup --synthetic 400 --engine ray \
          --ray-address 127.0.0.1:6390
      parley bench ingest --stream 1000,10000 --db postgresql://localhost/bench
      parley bench ingest --fill 10000 --from parley.db --db postgresql://localhost/bench
      parley bench ingest --compare "indivisible security" --db postgresql://localhost/bench
    """
    if fill:
        if not (db and source_db):
            raise click.UsageError("--fill needs --from (extracted articles) and --db (where to store copies)")
        from parley.bench.scale import fill_store

        out.print_json(json.dumps(fill_store(db, source_db, fill)))
    if speedup or checkpoints or notion:
        _scale(list(paths) or ["examples/voa/voa_stories.jsonl"], speedup, engines or ("local",), workers,
               checkpoints, notion, db, fmt, ray_address=ray_address, synthetic=synthetic, batch_size=batch_size)
        return
    if fill:
        return
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


def _scale(paths: list[str], speedup: bool, engines: tuple[str, ...], workers: int, checkpoints: str | None,
           notion: str | None, db: str | None, fmt: str, *, ray_address: str | None = None,
           synthetic: int | None = None, batch_size: int = 8) -> None:
    import tempfile

    from parley.bench.scale import bench_queries, bench_stream, bench_workers, write_synthetic

    results: dict[str, object] = {}
    if speedup:
        with tempfile.TemporaryDirectory(prefix="parley-synthetic-") as folder:
            inputs = ([str(write_synthetic(Path(paths[0]), synthetic, Path(folder) / f"synthetic-{synthetic}.jsonl"))]
                      if synthetic else paths)
            benches = [bench_workers(inputs, engine=e, workers=(1, workers), db=db, batch_size=batch_size,
                                     ray_address=ray_address) for e in engines]
        if synthetic:
            for found in benches:
                found["inputs"] = [f"{synthetic} synthetic articles from {paths[0]}"]
        results["speedup"] = benches
    if checkpoints:
        try:
            marks = sorted({int(n) for n in checkpoints.split(",")})
        except ValueError as exc:
            raise click.BadParameter(f"{checkpoints!r} is not a list of counts like 1000,10000",
                                     param_hint="--stream") from exc
        with tempfile.TemporaryDirectory(prefix="parley-stream-") as folder:
            target = db or str(Path(folder) / "stream.db")
            results["stream"] = bench_stream(target, Path(paths[0]), marks, workers=workers)
    if notion:
        if not db:
            raise click.UsageError("--compare needs --db (the database to query)")
        results["compare"] = bench_queries(db, notion, ["USA", "RUS"])
    if fmt == "json":
        out.print_json(json.dumps(results))
        return
    if speedup:
        out.print(_speedup_table(results.pop("speedup")))  # type: ignore[arg-type]
        if not results:
            return
    table = Table(title="parley scale benchmark")
    table.add_column("measure")
    table.add_column("value", justify="right")
    for name, value in _flatten(results):
        table.add_row(name, str(value))
    out.print(table)


_SPEEDUP_COLUMNS = (
    ("engine", None), ("workers", "workers"), ("articles", "articles"), ("start-up s", "startup_seconds"),
    ("steady art/s", "steady_articles_per_second"), ("whole s", "wall_seconds"), ("speed-up whole", "speedup"),
    ("speed-up steady", "steady_speedup"), ("CPU ratio", "cpu_ratio"), ("load", "load_before"),
)


def _speedup_table(found: list[dict[str, object]]) -> Table:
    """One row per engine and worker count: start-up, steady state, whole run, both speed-ups."""
    table = Table(title="N workers over 1: start-up (first batch stored), steady state (after it), whole run")
    for name, _key in _SPEEDUP_COLUMNS:
        table.add_column(name, justify="left" if name == "engine" else "right")
    for bench in found:
        for run in bench["runs"]:  # type: ignore[attr-defined]
            cells = [str(bench["engine"]) + (" @cluster" if bench.get("ray_address") else "")]
            cells += ["" if run.get(key) is None else str(run[key]) for _name, key in _SPEEDUP_COLUMNS[1:]]
            table.add_row(*cells)
    return table


def _flatten(value: object, prefix: str = "") -> list[tuple[str, object]]:
    if isinstance(value, dict):
        return [row for key, item in value.items() for row in _flatten(item, f"{prefix}{key}.")]
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [row for i, item in enumerate(value) for row in _flatten(item, f"{prefix}{i}.")]
    return [(prefix.rstrip("."), value)]
