"""The events evaluator: PLOVER JSONL scoring and the seed gold."""

from __future__ import annotations

import json
from pathlib import Path

from parley.eval.events import evaluate_plover, evaluate_seed, load_plover, main_event
from parley.models import Event, make_span

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _record(text: str, event: str, actor: str | None, recipient: str | None) -> dict:
    return {
        "id": text[:10],
        "text": text,
        "event": event,
        "actor": [{"text": actor, "code": actor}] if actor else [],
        "recipient": [{"text": recipient, "code": recipient}] if recipient else [],
    }


def test_plover_scores(tmp_path: Path) -> None:
    records = [
        _record("Russia invaded Georgia in 2008.", "ASSAULT", "RUS", "GEO"),
        _record("Turkey accused Greece of provocations.", "ACCUSE", "TUR", "GRC"),
        _record("The weather was fine.", "AGREE", "FRA", None),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = evaluate_plover(load_plover(path))
    assert result["records"] == 3
    assert result["type_acc"] == round(2 / 3, 4)
    assert result["actor_country_acc"] == round(2 / 3, 4)
    assert result["recipient_country_acc"] == 1.0  # two records have a recipient, both right
    assert result["confusion"]["AGREE"] == {"NONE": 1}


def test_main_event_prefers_the_root() -> None:
    text = "xx yy"
    deep = Event(type="AID", trigger=make_span(text, 0, 2), depth=2)
    root = Event(type="AGREE", trigger=make_span(text, 3, 5), depth=0)
    assert main_event([deep, root]) is root
    assert main_event([]) is None


def test_seed_gold_meets_the_issue_target() -> None:
    result = evaluate_seed(FIXTURES / "seed-gold.json")
    assert result["events"] == 10
    assert result["events_right"] >= 9
    assert all(result["entity_checks"].values()), result["entity_checks"]
