"""``parley eval attributions``: content-overlap P/R/F1 of attributions, beside textacy's baseline."""

from __future__ import annotations

import json

import click
from rich.table import Table

from parley.cli.app import CONTEXT_SETTINGS, err, out
from parley.cli.evaluate import check_floors, eval_group

_COLUMNS = ("f1@0.3", "p@0.3", "r@0.3", "f1@0.8", "source_acc", "cue_acc", "recall_direct", "recall_indirect", "recall_mixed")
_SEED_COLUMNS = ("speaker_name_acc", "speaker_affiliation_acc", "addressee_acc")


@eval_group.command("attributions", context_settings=CONTEXT_SETTINGS)
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--floors", "floors_path", type=click.Path(dir_okay=False), default=None,
              help="JSON floors file; exit 1 when a parley metric is below its floor.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N documents.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_attributions_command(gold: str, floors_path: str | None, limit: int | None, fmt: str) -> None:
    """Score attributions against PolNeAR-style JSONL or a seed gold JSON file.

    Matching follows the gold sets' README: each gold attribution takes the unmatched
    prediction covering the largest share of its content characters (quotation marks
    ignored); a match needs 0.3 (0.8 reported too). Source and cue accuracy are over
    matched pairs; recall is split by quote type. textacy's direct_quotations runs on the
    same parses as a baseline. The floors gate parley's metrics only.

    \b
    Examples:
      parley eval attributions ../shared/data/polnear/dev.jsonl --floors eval/floors/attributions-polnear-dev.json
      parley eval attributions tests/fixtures/seed-gold.json --format json
    """
    from parley.eval.attributions import evaluate_attributions, load_gold

    docs = load_gold(gold, limit=limit)
    if not docs:
        err.print("[red]no gold documents read[/red]")
        raise SystemExit(1)
    results = evaluate_attributions(docs)
    metrics = {name: scores.metrics() for name, scores in results.items()}
    parley_metrics = metrics["parley"]
    if fmt == "json":
        out.print_json(json.dumps({"documents": len(docs), **metrics}))
    else:
        rows = ["predicted", *_COLUMNS, *(c for c in _SEED_COLUMNS if c in parley_metrics), "seconds"]
        table = Table(title=f"Attributions · {len(docs)} documents · {int(parley_metrics['gold'])} gold")
        table.add_column("metric")
        for name in metrics:
            table.add_column(name, justify="right")
        for row in rows:
            table.add_row(row, *(str(values.get(row, "-")) for values in metrics.values()))
        out.print(table)
    check_floors({k: float(v) for k, v in parley_metrics.items()}, floors_path)
