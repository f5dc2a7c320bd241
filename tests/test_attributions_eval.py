"""The attribution scorer: greedy content-overlap matching as the gold sets' README defines it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from parley.eval.attributions import (
    GoldAttribution,
    GoldDoc,
    PredAttribution,
    Scores,
    load_gold,
    quote_type,
    score,
)

TEXT = 'Smith said the talks failed. "We tried," Jones said. Lee argued that "it was a trap" and left.'
#       0         1         2         3         4         5         6         7         8         9
#       0123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890123


def _doc(*golds: GoldAttribution) -> GoldDoc:
    return GoldDoc(doc_id="d", text=TEXT, attributions=tuple(golds))


G_INDIRECT = GoldAttribution(content=((11, 27),), source=((0, 5),), cue=((6, 10),))
G_DIRECT = GoldAttribution(content=((29, 40),), source=((41, 46),), cue=((47, 51),))  # includes its quote marks
G_MIXED = GoldAttribution(content=((64, 84),), source=((53, 56),), cue=((57, 63),))


@pytest.mark.parametrize(
    ("content", "kind"),
    [(((11, 27),), "indirect"), (((29, 40),), "direct"), (((64, 84),), "mixed")],
)
def test_quote_type(content: tuple[tuple[int, int], ...], kind: str) -> None:
    assert quote_type(TEXT, content) == kind


def test_perfect_predictions_score_one() -> None:
    scores = Scores()
    preds = [
        PredAttribution(content=((11, 27),), source=((0, 5),), cue=((6, 10),)),
        PredAttribution(content=((30, 38),), source=((41, 46),), cue=((47, 51),)),  # no quote marks: still full
        PredAttribution(content=((64, 84),), source=((53, 56),), cue=((57, 63),)),
    ]
    score(_doc(G_INDIRECT, G_DIRECT, G_MIXED), preds, scores)
    m = scores.metrics()
    assert m["f1@0.3"] == 1.0 and m["f1@0.8"] == 1.0
    assert m["source_acc"] == 1.0 and m["cue_acc"] == 1.0
    assert m["recall_direct"] == m["recall_indirect"] == m["recall_mixed"] == 1.0


def test_partial_overlap_counts_at_0_3_not_0_8() -> None:
    scores = Scores()
    score(_doc(G_INDIRECT), [PredAttribution(content=((11, 17),), source=(), cue=((6, 10),))], scores)
    m = scores.metrics()
    assert m["r@0.3"] == 1.0 and m["r@0.8"] == 0.0
    assert m["source_acc"] == 0.0  # gold has a source, the prediction none


def test_one_prediction_matches_one_gold_only() -> None:
    scores = Scores()
    score(_doc(G_INDIRECT, G_DIRECT), [PredAttribution(content=((11, 40),))], scores)
    m = scores.metrics()
    assert m["r@0.3"] == 0.5 and m["p@0.3"] == 1.0


def test_no_predictions() -> None:
    scores = Scores()
    score(_doc(G_INDIRECT), [], scores)
    assert scores.metrics()["f1@0.3"] == 0.0


def test_load_polnear_jsonl(tmp_path: Path) -> None:
    row = {"doc_id": "x", "text": TEXT, "attributions": [{"source": [[0, 5]], "cue": [[6, 10]], "content": [[11, 27]]}]}
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(row) + "\n", encoding="utf-8")
    [doc] = load_gold(path)
    assert doc.attributions[0].content == ((11, 27),) and not doc.seed_style


def test_load_seed_gold() -> None:
    [doc] = load_gold(Path(__file__).parent / "fixtures" / "seed-gold.json")
    assert doc.seed_style and len(doc.attributions) == 8
    assert doc.attributions[0].addressee == "TASS"


@pytest.mark.slow
def test_cli_seed_passes_its_floors() -> None:
    from parley.cli import main

    repo = Path(__file__).resolve().parents[1]
    result = CliRunner().invoke(
        main,
        ["eval", "attributions", str(repo / "tests/fixtures/seed-gold.json"),
         "--floors", str(repo / "eval/floors/attributions-seed.json"), "--format", "json"],
    )
    assert result.exit_code == 0, result.output
    payload: dict[str, Any] = json.loads(result.stdout[result.stdout.index("{"):])
    assert payload["parley"]["r@0.3"] == 1.0
    assert "textacy" in payload


def test_cli_rejects_unreadable_gold(tmp_path: Path) -> None:
    from parley.cli import main

    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "attributions", str(bad)])
    assert result.exit_code == 2
