"""``parley eval``: score parley against gold sets, optionally gating on pinned floors."""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from typing import Any

from parley.cli.app import CONTEXT_SETTINGS, err, main
from parley.errors import InputError


@main.group("eval", context_settings=CONTEXT_SETTINGS)
def eval_group() -> None:
    """Measure extraction quality on gold data (the CI gates use these).

    \b
    Examples:
      parley eval attributions ../shared/data/polnear/dev.jsonl --floors eval/floors/attributions-polnear-dev.json
      parley eval events ../shared/data/plover/gsr-dev.jsonl
      parley eval html ../shared/data/html-benchmark
    """


def check_floors(metrics: dict[str, float], floors_path: str | None) -> None:
    """Exit 1 when any metric is below its pinned floor (floor minus the file's noise margin).

    A floors file is JSON: ``{"margin": 0.01, "floors": {"f1@0.3": 0.70, ...}, "why": {...}}``.
    Raising a floor is fine; lowering one needs a reason in ``why``.
    """
    if not floors_path:
        return
    try:
        spec: dict[str, Any] = json.loads(Path(floors_path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read floors file {floors_path}: {exc}") from exc
    margin = float(spec.get("margin", 0.0))
    failed = []
    for name, floor in spec.get("floors", {}).items():
        if name not in metrics:
            failed.append(f"{name}: metric not produced")
            continue
        if metrics[name] < float(floor) - margin:
            failed.append(f"{name}: {metrics[name]:.4f} < floor {floor} - margin {margin}")
    if failed:
        for line in failed:
            err.print(f"[red]GATE FAILED[/red] {line}")
        raise SystemExit(1)
    err.print(f"[green]gate passed[/green] ({len(spec.get('floors', {}))} floors in {floors_path})")


# Subcommand modules register themselves on eval_group.
_EVAL_MODULES: tuple[str, ...] = (
    "parley.cli.eval_html", "parley.cli.eval_attributions", "parley.cli.eval_events", "parley.cli.eval_speakers",
)

for _module in _EVAL_MODULES:
    importlib.import_module(_module)
