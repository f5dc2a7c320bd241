"""``parley eval events``: PLOVER event coding against gold records or the seed gold."""

from __future__ import annotations

import json

import click
from rich.table import Table

from parley.cli.app import CONTEXT_SETTINGS, err, out
from parley.cli.evaluate import check_floors, eval_group


@eval_group.command("events", context_settings=CONTEXT_SETTINGS)
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--floors", "floors_path", type=click.Path(dir_okay=False), default=None,
              help="JSON floors file; exit 1 when a metric is below its floor.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N records (JSONL).")
@click.option("--errors", "show_errors", is_flag=True, help="List the records coded wrongly (table format).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_events_command(gold: str, floors_path: str | None, limit: int | None, show_errors: bool, fmt: str) -> None:
    """Score PLOVER events against PLOVER JSONL records or a seed gold JSON file.

    JSONL (one sentence, one gold event a line): type accuracy over all records, actor and
    recipient country accuracy (first three letters of the code) over records that have one,
    and the per-type confusion. Seed JSON: each gold event is right when its type, actor and
    recipient countries and its asserter (the quoted speaker or the reporter) all agree; the
    entity list is checked too.

    \b
    Examples:
      parley eval events ../shared/data/plover/gsr-dev.jsonl --floors eval/floors/events-plover-dev.json
      parley eval events tests/fixtures/seed-gold.json --floors eval/floors/events-seed.json
    """
    from parley.eval.events import evaluate_plover, evaluate_seed, load_plover

    if gold.endswith(".json"):
        result = evaluate_seed(gold)
        metrics = {k: result[k] for k in ("events_right", "events_acc", "type_acc", "entities_acc")}
        if fmt == "json":
            out.print_json(json.dumps(result))
        else:
            table = Table(title=f"Seed events · {result['events']} gold events")
            for column in ("gold", "predicted", "ok"):
                table.add_column(column)
            for row in result["rows"]:
                table.add_row(row["gold"], row["predicted"] or "-", "yes" if row["ok"] else "no")
            out.print(table)
            checks = Table(title="Seed entities")
            checks.add_column("check")
            checks.add_column("ok")
            for name, ok in result["entity_checks"].items():
                checks.add_row(name, "yes" if ok else "no")
            out.print(checks)
            out.print(" · ".join(f"{k} {v}" for k, v in metrics.items()))
    else:
        records = load_plover(gold, limit=limit)
        if not records:
            err.print("[red]no gold records read[/red]")
            raise SystemExit(1)
        result = evaluate_plover(records)
        metrics = {k: result[k] for k in ("type_acc", "actor_country_acc", "recipient_country_acc")}
        if fmt == "json":
            out.print_json(json.dumps(result))
        else:
            table = Table(title=f"PLOVER events · {result['records']} records · {result['seconds']} s")
            table.add_column("metric")
            table.add_column("value", justify="right")
            for name, value in metrics.items():
                table.add_row(name, f"{value:.4f}")
            out.print(table)
            out.print("confusion (gold -> predicted counts):")
            for gold_type, counts in result["confusion"].items():
                ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
                out.print(f"  {gold_type:<9} " + ", ".join(f"{name} {count}" for name, count in ranked), highlight=False)
            if show_errors:
                for row in result["errors"]:
                    out.print(f"{row['id']}: gold {row['gold']} predicted {row['predicted']} | {row['text'][:120]}")
    check_floors({k: float(v) for k, v in metrics.items()}, floors_path)
