"""``parley eval events``: PLOVER event coding against gold records, PLV records, the seed gold or
the hand-labelled precision set."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import click
from rich.table import Table

from parley.cli.app import CONTEXT_SETTINGS, err, out
from parley.cli.evaluate import check_floors, eval_group

_CORPUS = "examples/voa/voa_stories.jsonl"


def _metric_table(title: str, metrics: dict[str, float]) -> Table:
    table = Table(title=title)
    table.add_column("metric")
    table.add_column("value", justify="right")
    for name, value in metrics.items():
        table.add_row(name, f"{value:.4f}" if isinstance(value, float) else str(value))
    return table


def _seed(gold: str, fmt: str) -> dict[str, float]:
    from parley.eval.events import evaluate_seed

    result = evaluate_seed(gold)
    metrics = {k: result[k] for k in ("events_right", "events_acc", "type_acc", "entities_acc")}
    if fmt == "json":
        out.print_json(json.dumps(result))
        return metrics
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
    return metrics


def _print_errors(rows: list[dict[str, Any]]) -> None:
    """One line a wrongly coded record; printed as plain text, since "[hidden]" and a quote's "[attackers]" read as
    rich markup would vanish."""
    for row in rows:
        out.print(f"{row['id']}: gold {row['gold']} predicted {row['predicted']} | {row['text'][:120]}",
                  markup=False, highlight=False)


def _plover(records: list[dict[str, Any]], fmt: str, show_errors: bool) -> dict[str, float]:
    from parley.eval.events import evaluate_plover

    result = evaluate_plover(records)
    metrics = {k: result[k] for k in ("type_acc", "actor_country_acc", "recipient_country_acc")}
    if result["mode_records"]:  # the records whose gold gives a mode
        metrics["mode_acc"] = result["mode_acc"]
    if fmt == "json":
        out.print_json(json.dumps(result))
        return metrics
    out.print(_metric_table(f"PLOVER events · {result['records']} records · {result['seconds']} s", metrics))
    out.print("confusion (gold -> predicted counts):")
    for gold_type, counts in result["confusion"].items():
        ranked = sorted(counts.items(), key=lambda item: (-item[1], item[0]))
        out.print(f"  {gold_type:<9} " + ", ".join(f"{name} {count}" for name, count in ranked), highlight=False)
    if result["mode_errors"]:
        out.print(f"modes missed (of {result['mode_records']} records with a mode; gold -> found): "
                  + ", ".join(f"{k} {n}" for k, n in result["mode_errors"].items()), highlight=False)
    if show_errors:
        _print_errors(result["errors"])
    return metrics


def _plv(records: list[dict[str, Any]], fmt: str, show_errors: bool) -> dict[str, float]:
    from parley.eval.events import evaluate_plv

    result = evaluate_plv(records)
    metrics = {k: result[k] for k in ("type_found", "type_actor_recipient", "type_found_complete")}
    metrics.update({f"recall_{kind}": row["recall"] for kind, row in result["per_type"].items()})
    if fmt == "json":
        out.print_json(json.dumps(result))
        return metrics
    table = _metric_table(f"PLV events · {result['records']} records · {result['seconds']} s", metrics)
    out.print(table)
    if show_errors:
        _print_errors(result["errors"])
    return metrics


def _precision(folder: str, corpus: str, fmt: str, show_errors: bool, threshold: float | None) -> dict[str, float]:
    from parley.eval.events import FRESH_PARTS, FRESH_SAMPLES, evaluate_precision

    result = evaluate_precision(folder, corpus, threshold)
    metrics = {k: result[k] for k in ("precision", "recall", "silent_when_none", "precision_complete", "recall_complete",
                                      "silent_when_none_complete", "events_per_article", "complete_per_article")}
    for part in FRESH_PARTS:  # the fresh check samples are gated too (fresh_precision_complete ...)
        for key in ("precision_complete", "recall_complete", "silent_when_none_complete"):
            if part in result["halves"]:
                metrics[f"{part}_{key}"] = result["halves"][part][key]
    if fmt == "json":
        out.print_json(json.dumps(result))
        return metrics
    title = (f"Event precision set · {result['sentences']} sentences, {result['gold_events']} labelled events, "
             f"{result['emitted']} emitted · {result['articles']} articles · {result['seconds']} s")
    out.print(_metric_table(title, metrics))
    for half, scores in result["halves"].items():
        label = {"even": " (tuned)", "odd": " (held out)",
                 **{part: f" ({what})" for part, (_, what) in FRESH_SAMPLES.items()}}[half]
        out.print(f"{half} ids{label}: "
                  + " · ".join(f"{k} {v:.4f}" for k, v in scores.items()), highlight=False)
    if show_errors:
        _print_errors(result["errors"])
    return metrics


@eval_group.command("events", context_settings=CONTEXT_SETTINGS)
@click.argument("gold", type=click.Path(exists=True))
@click.option("--floors", "floors_path", type=click.Path(dir_okay=False), default=None,
              help="JSON floors file; exit 1 when a metric is below its floor.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N records (JSONL).")
@click.option("--errors", "show_errors", is_flag=True, help="List the records coded wrongly (table format).")
@click.option("--corpus", type=click.Path(exists=True, dir_okay=False), default=_CORPUS, show_default=True,
              help="The articles a precision set's sentences were drawn from.")
@click.option("--threshold", type=click.FloatRange(0.0, 1.0), default=None,
              help="Precision set: count as shown the events of at least this confidence "
                   "(default: the coder's confidence_threshold, i.e. not partial).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_events_command(
    gold: str, floors_path: str | None, limit: int | None, show_errors: bool, corpus: str, threshold: float | None, fmt: str
) -> None:
    """Score PLOVER events against PLOVER or PLV JSONL records, the seed gold, or the precision set.

    PLOVER JSONL (one sentence, one gold event a line): type accuracy of the main event, actor and
    recipient country accuracy (first three letters of the code) and the per-type confusion.
    PLV JSONL (``marked`` sentences): the gold type among the events found (YIELD counts as CONCEDE
    or RETREAT), per root type, and an event of that type whose actor and recipient overlap the
    marked source and target. Seed JSON: each gold event right when type, actor and recipient
    countries and asserter agree. A folder (eval/precision-events): precision and recall on
    hand-labelled sentences of the bundled corpus, the share of no-event sentences left silent,
    and events per article.

    \b
    Examples:
      parley eval events ../shared/data/plover/gsr-dev.jsonl --floors eval/floors/events-plover-dev.json
      parley eval events ../shared/data/plover/plv-train.jsonl --floors eval/floors/events-plv-train.json
      parley eval events tests/fixtures/seed-gold.json --floors eval/floors/events-seed.json
      parley eval events eval/precision-events --floors eval/floors/events-precision-voa.json --errors
      parley eval events eval/precision-events --threshold 0.75
    """
    from parley.eval.events import is_plv, load_plover

    if Path(gold).is_dir():
        metrics = _precision(gold, corpus, fmt, show_errors, threshold)
    elif gold.endswith(".json"):
        metrics = _seed(gold, fmt)
    else:
        records = load_plover(gold, limit=limit)
        if not records:
            err.print("[red]no gold records read[/red]")
            raise SystemExit(1)
        metrics = _plv(records, fmt, show_errors) if is_plv(records) else _plover(records, fmt, show_errors)
    check_floors({k: float(v) for k, v in metrics.items()}, floors_path)
