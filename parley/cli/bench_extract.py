"""``parley bench extract``."""

from __future__ import annotations

import json

import click
from rich.table import Table

from parley.cli.app import CONTEXT_SETTINGS, err, out
from parley.cli.bench import bench_group
from parley.models import Article, Failure


@bench_group.command("extract", context_settings=CONTEXT_SETTINGS)
@click.argument("paths", nargs=-1)
@click.option("--limit", type=click.IntRange(min=1), default=40, show_default=True, help="Articles to use.")
@click.option("--rounds", type=click.IntRange(min=1), default=3, show_default=True)
@click.option("--max-ratio", type=float, default=None,
              help="Exit 1 if any single step costs more than this fraction of the parse.")
@click.option("--process/--no-process", default=True, show_default=True,
              help="Also time the whole `parley extract` process against spaCy's nlp.pipe (start-up cancelled out).")
@click.option("--process-rounds", type=click.IntRange(min=1), default=1, show_default=True)
@click.option("--max-process-ratio", type=float, default=None,
              help="Exit 1 if the `parley extract` process costs more than this multiple of nlp.pipe.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def bench_extract_command(
    paths: tuple[str, ...], limit: int, rounds: int, max_ratio: float | None, process: bool,
    process_rounds: int, max_process_ratio: float | None, fmt: str,
) -> None:
    """Time each parley component against spaCy's parse of the same texts (ratio, same run, CPU seconds).

    Then, unless --no-process, time the whole `parley extract` process on all the articles and on
    the first one alone: (all - one) / spaCy's nlp.pipe over all but the first, start-up cancelled out,
    in CPU seconds (wall time on a shared machine measures the neighbours).
    Defaults to the bundled VOA corpus plus the seed article.

    \b
    Examples:
      parley bench extract
      parley bench extract --no-process --rounds 5
      parley bench extract examples/voa/voa_stories.jsonl --limit 77 --rounds 5 --format json
    """
    from parley.bench.extract import bench_extract, bench_process
    from parley.ingest import read_paths

    sources = list(paths) or ["examples/voa/voa_stories.jsonl", "examples/seed/seed-article.txt"]
    articles: list[Article] = []
    for item in read_paths(sources):
        if isinstance(item, Failure):
            err.print(f"[yellow]skipped[/yellow] {item.source}: {item.reason}")
            continue
        articles.append(item)
    articles = articles[-limit:] if len(articles) > limit else articles
    if not articles:
        raise click.UsageError("no readable articles in the given paths")
    if process and len(articles) < 2:
        raise click.UsageError("the process benchmark needs at least two articles (or pass --no-process)")
    result = bench_extract(articles, rounds=rounds)
    whole = bench_process(articles, rounds=process_rounds) if process else None
    if fmt == "json":
        payload = result.to_dict()
        if whole is not None:
            payload["process"] = whole.to_dict()
        out.print_json(json.dumps(payload))
    else:
        table = Table(title=f"extraction cost vs spaCy parse · {result.articles} articles · "
                            f"{result.characters:,} chars · {rounds} rounds")
        table.add_column("stage")
        table.add_column("CPU seconds", justify="right")
        table.add_column("ratio to parse", justify="right")
        table.add_row("spaCy parse (baseline)", f"{result.parse_seconds:.3f}", "1.000")
        for name, seconds in result.step_seconds.items():
            table.add_row(name, f"{seconds:.3f}", f"{result.ratio(name):.3f}")
        total = sum(result.step_seconds.values())
        table.add_row("all parley steps", f"{total:.3f}", f"{total / result.parse_seconds:.3f}", style="bold")
        out.print(table)
        if whole is not None:
            table = Table(title=f"`parley extract` process vs spaCy nlp.pipe · {whole.articles} articles "
                                f"minus the first · {whole.rounds} round(s)")
            table.add_column("stage")
            table.add_column("CPU seconds", justify="right")
            table.add_column("ratio to nlp.pipe", justify="right")
            table.add_column("wall seconds", justify="right")
            table.add_row("spaCy nlp.pipe (baseline)", f"{whole.pipe_cpu:.3f}", "1.000", f"{whole.pipe_wall:.3f}")
            table.add_row("all articles", f"{whole.all_cpu:.3f}", "", f"{whole.all_wall:.3f}")
            table.add_row("first article", f"{whole.one_cpu:.3f}", "", f"{whole.one_wall:.3f}")
            table.add_row("all minus first", f"{whole.all_cpu - whole.one_cpu:.3f}",
                          f"{whole.ratio:.3f}", f"{whole.all_wall - whole.one_wall:.3f}", style="bold")
            out.print(table)
    if max_ratio is not None:
        worst = max(result.step_seconds, key=result.ratio)
        if result.ratio(worst) > max_ratio:
            err.print(f"[red]step {worst} costs {result.ratio(worst):.3f} of the parse > {max_ratio}[/red]")
            raise SystemExit(1)
    if max_process_ratio is not None and whole is not None and whole.ratio > max_process_ratio:
        err.print(f"[red]the parley extract process costs {whole.ratio:.3f} of nlp.pipe > {max_process_ratio}[/red]")
        raise SystemExit(1)
