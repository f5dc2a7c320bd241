"""The founding example: all 8 gold attributions of the seed, every one by Victoria Nuland (USA)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from parley.eval.attributions import evaluate_attributions, load_gold

pytestmark = pytest.mark.slow


def _overlap_share(gold: dict[str, Any], content: list[Any]) -> float:
    span = gold["content"]
    chars = set(range(span["start"], span["end"]))
    got = set()
    for part in content:
        got.update(range(part.start, part.end))
    return len(chars & got) / len(chars)


def test_all_eight_seed_attributions_found_with_speaker(seed_extracted: Any, seed_gold: dict[str, Any]) -> None:
    found = seed_extracted.attributions
    used: set[int] = set()
    for n, gold in enumerate(seed_gold["attributions"]):
        best = max(
            (i for i in range(len(found)) if i not in used),
            key=lambda i: _overlap_share(gold, found[i].content),
        )
        assert _overlap_share(gold, found[best].content) >= 0.8, f"gold attribution {n} not found"
        used.add(best)
        attribution = found[best]
        assert attribution.kind == gold["kind"], n
        assert attribution.speaker is not None
        assert attribution.speaker.name == "Victoria Nuland", n
        assert attribution.speaker.affiliation == "USA", n
        assert attribution.cue is not None and attribution.cue.text == gold["cue"]["text"], n
        assert attribution.source is not None and attribution.source.text == gold["source"]["text"], n
        if n == 0:
            assert attribution.addressee is not None
            assert attribution.addressee.name == "TASS"
            assert attribution.addressee.channel == "interview"
            assert attribution.speaker.role == "Under Secretary of State for Political Affairs"


def test_seed_scored_by_the_eval() -> None:
    docs = load_gold(Path(__file__).parent / "fixtures" / "seed-gold.json")
    scores = evaluate_attributions(docs)["parley"].metrics()
    assert scores["r@0.3"] == 1.0
    assert scores["speaker_name_acc"] == 1.0
    assert scores["speaker_affiliation_acc"] == 1.0
    assert scores["addressee_acc"] == 1.0
