"""``parley eval html``: body extraction F1 on the HTML article-extraction benchmark."""

from __future__ import annotations

import json

import click
from rich.table import Table

from parley.cli.app import CONTEXT_SETTINGS, err, out
from parley.cli.evaluate import check_floors, eval_group


@eval_group.command("html", context_settings=CONTEXT_SETTINGS)
@click.argument("directory", type=click.Path(exists=True, file_okay=False))
@click.option("--floors", "floors_path", type=click.Path(dir_okay=False), default=None,
              help="JSON floors file; exit 1 when a metric is below its floor.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N pages (sorted by id).")
@click.option("--worst", type=click.IntRange(min=0), default=0, show_default=True, help="List the N worst pages.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_html_command(directory: str, floors_path: str | None, limit: int | None, worst: int, fmt: str) -> None:
    """Score HTML body extraction (token 4-gram shingle precision/recall/F1 vs ground-truth.json).

    DIRECTORY holds ground-truth.json and html/<id>.html.gz, as the article-extraction
    benchmark lays them out. Reports pages/s of decoding plus extraction.

    \b
    Examples:
      parley eval html ../shared/data/html-benchmark
      parley eval html ../shared/data/html-benchmark --floors eval/floors/html.json --worst 5
    """
    from parley.eval.html import evaluate_html

    result = evaluate_html(directory, limit=limit)
    metrics = result.metrics()
    worst_pages = sorted(result.pages, key=lambda p: p.f1)[:worst]
    if fmt == "json":
        payload = {**metrics, "worst": [vars(p) for p in worst_pages]}
        out.print_json(json.dumps(payload))
    else:
        table = Table(title=f"HTML body extraction · {metrics['pages']} pages · {metrics['pages_per_second']} pages/s")
        for name in ("precision", "recall", "f1", "mean_f1", "failed_pages"):
            table.add_column(name, justify="right")
        table.add_row(*(str(metrics[name]) for name in ("precision", "recall", "f1", "mean_f1", "failed_pages")))
        out.print(table)
        for page in worst_pages:
            out.print(f"{page.f1:.3f}  P={page.precision:.3f} R={page.recall:.3f}  {page.url or page.id}"
                      + (f"  ({page.failure})" if page.failure else ""))
    if metrics["pages"] == 0:
        err.print("[red]no pages scored[/red]")
        raise SystemExit(1)
    check_floors({k: float(v) for k, v in metrics.items()}, floors_path)
