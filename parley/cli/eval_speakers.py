"""``parley eval speakers``: is the right person named behind each statement and each transcript turn?"""

from __future__ import annotations

import json

import click
from rich.table import Table

from parley.cli.app import CONTEXT_SETTINGS, err, out
from parley.cli.evaluate import check_floors, eval_group


@eval_group.command("speakers", context_settings=CONTEXT_SETTINGS)
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--texts", "texts", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="JSONL articles (id, text, title, published, outlet) the gold's doc_id refer to; "
                   "repeatable. Default: the other .jsonl files beside GOLD.")
@click.option("--floors", "floors_path", type=click.Path(dir_okay=False), default=None,
              help="JSON floors file; exit 1 when a metric is below its floor.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Score only the first N gold documents.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def eval_speakers_command(gold: str, texts: tuple[str, ...], floors_path: str | None, limit: int | None, fmt: str) -> None:
    """Score speaker resolution against VOA-speakers-style gold (VOA-SPEAKERS-README.md).

    Each gold statement takes the unmatched prediction covering the largest share of its
    content (30% needed); it is named right when the speaker names agree after
    normalisation. person_right, over all gold person statements, is the headline; it is
    broken down by speaker type, by how the text names the speaker (full name, surname,
    role, pronoun, none), and into transcript turns and narrative statements. Questions
    ("Q") must be found as questions and never named as a speaker.

    \b
    Examples:
      parley eval speakers ../shared/data/voa/voa_speakers_dev_gold.jsonl --floors eval/floors/speakers-voa-dev.json
      parley eval speakers eval/transcripts-gold/exchange-speakers-gold.jsonl --texts examples/exchange/exchange.jsonl
      parley eval speakers ../shared/data/voa/voa_speakers_dev_gold.jsonl --limit 5 --format json
    """
    from parley.eval.speakers import evaluate_speakers, load_speaker_gold, load_texts

    docs = load_speaker_gold(gold, limit=limit)
    if not docs:
        err.print("[red]no gold documents read[/red]")
        raise SystemExit(1)
    scores = evaluate_speakers(docs, load_texts(texts, gold))
    metrics = scores.metrics()
    breakdown = {
        "by_type": {k: v.as_dict() for k, v in sorted(scores.by_type.items())},
        "by_mention": {k: v.as_dict() for k, v in sorted(scores.by_mention.items())},
        "by_form": {k: v.as_dict() for k, v in sorted(scores.by_form.items())},
    }
    if fmt == "json":
        out.print_json(json.dumps({**metrics, **breakdown}))
    else:
        title = f"Speakers · {metrics['documents']} documents · {metrics['person_total']} person statements"
        table = Table(title=title)
        table.add_column("metric")
        table.add_column("value", justify="right")
        for name, value in metrics.items():
            table.add_row(name, str(value))
        out.print(table)
        detail = Table(title="breakdown (total · found · named right)")
        for column in ("group", "value", "total", "found", "right"):
            detail.add_column(column, justify="right" if column in ("total", "found", "right") else "left")
        for group, rows in breakdown.items():
            for key, row in rows.items():
                detail.add_row(group, key, str(row["total"]), str(row["found"]), str(row["right"]))
        out.print(detail)
    check_floors({k: float(v) for k, v in metrics.items()}, floors_path)
