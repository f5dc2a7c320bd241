"""Fit the cue weights of the event confidence by logistic regression, and compare them with the
shipped weights (parley/data/events/confidence.tsv) on the three parts of the precision set.

    .venv/bin/python eval/fit_confidence.py                       # fit on the even ids, score all parts
    .venv/bin/python eval/fit_confidence.py --cache /tmp/ev.json  # keep the extracted events (about 25 s)
    .venv/bin/python eval/fit_confidence.py --dump                # every event: part, right, cues, sentence

The training data are our own hand labels of public-domain VOA sentences (eval/precision-events):
the events parley emits on the EVEN (tuned) sentence ids, each right or wrong the way ``parley eval
events`` scores it (type, and actor/recipient where both have a code). The odd (held-out) ids and
the fresh check sample are never fitted on; they are scored to check the fit. Features: the event's
named cues (Event.cues). "shown" means confidence >= 0.5 (the fitted probability, or the shipped
additive score).

What it found (2026-12-04, 56 events on the even ids): the fit reproduces the tuned half (shown
precision 0.79-0.91) but not the others (fresh 0.52-0.57 against 0.71 for the shipped weights):
too few events for as many cues, so the shipped weights stay hand-set and the script is the check.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SET = ROOT / "eval" / "precision-events"
CORPUS = ROOT / "examples" / "voa" / "voa_stories.jsonl"
WEIGHTS = ROOT / "parley" / "data" / "events" / "confidence.tsv"
PARTS = ("even", "odd", "fresh")


def labelled_events(cache: Path | None = None) -> list[dict[str, Any]]:
    """Every event parley emits in a labelled sentence: its part, cues and whether it is right."""
    if cache is not None and cache.exists():
        return json.loads(cache.read_text(encoding="utf-8"))
    from parley.eval.events import _agrees, _half, load_precision_set
    from parley.extract.pipeline import extract_articles
    from parley.ingest import read_paths
    from parley.models import Article

    sentences = load_precision_set(SET) + load_precision_set(SET, "fresh")
    articles = [a for a in read_paths([str(CORPUS)]) if isinstance(a, Article)]
    extracted = {a.external_id or a.id: a for a in extract_articles(articles)}
    rows = []
    for sentence in sentences:
        article = extracted[sentence["article"]]
        free = list(sentence["events"])
        for event in (e for e in article.events if sentence["start"] <= e.trigger.start < sentence["end"]):
            index = next((i for i, label in enumerate(free) if _agrees(label, event)), None)
            if index is not None:
                del free[index]
            rows.append({"id": sentence["id"], "part": _half(sentence["id"]), "right": index is not None,
                         "cues": event.cues, "entry": event.lexicon_entry, "type": event.type,
                         "trigger": event.trigger.text, "text": sentence["text"]})
    if cache is not None:
        cache.write_text(json.dumps(rows), encoding="utf-8")
    return rows


def sentence_counts() -> tuple[Counter[str], dict[str, set[str]]]:
    """Labelled events per part, and the ids of the sentences labelled with no event."""
    from parley.eval.events import _half, load_precision_set

    gold: Counter[str] = Counter()
    none: dict[str, set[str]] = {part: set() for part in PARTS}
    for sentence in load_precision_set(SET) + load_precision_set(SET, "fresh"):
        gold[_half(sentence["id"])] += len(sentence["events"])
        if not sentence["events"]:
            none[_half(sentence["id"])].add(sentence["id"])
    return gold, none


def report(name: str, rows: list[dict[str, Any]], confidence: Callable[[dict[str, Any]], float]) -> str:
    """Shown precision, recall and silence per part for one confidence function (an approximation of
    ``parley eval events``: events are paired with labels among all emitted events, not shown ones)."""
    gold, none = sentence_counts()
    cells = []
    for part in PARTS:
        shown = [r for r in rows if r["part"] == part and confidence(r) >= 0.5]
        right = sum(r["right"] for r in shown)
        loud = {r["id"] for r in shown} & none[part]
        cells.append(f"{part} P {right / max(1, len(shown)):.3f} R {right / max(1, gold[part]):.3f} "
                     f"silent {1 - len(loud) / max(1, len(none[part])):.3f} ({len(shown)} shown)")
    return f"{name:<14} " + " | ".join(cells)


def shipped() -> Callable[[dict[str, Any]], float]:
    from parley.extract.events.confidence import score

    weights = {}
    for line in WEIGHTS.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            cue, weight = line.split("\t")
            weights[cue] = float(weight)
    return lambda r: score(r["cues"], weights)


def fitted(rows: list[dict[str, Any]], strength: float) -> tuple[Callable[[dict[str, Any]], float], dict[str, float]]:
    """Logistic regression on the even ids' events (L2, inverse strength ``strength``)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [r for r in rows if r["part"] == "even"]
    vectors = DictVectorizer()
    features = vectors.fit_transform([dict.fromkeys(r["cues"], 1) for r in train])
    model = LogisticRegression(C=strength).fit(features, [r["right"] for r in train])
    weights = {"bias": float(model.intercept_[0])} | dict(zip(vectors.feature_names_, map(float, model.coef_[0]), strict=True))
    return (lambda r: float(model.predict_proba(vectors.transform([dict.fromkeys(r["cues"], 1)]))[0, 1])), weights


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, default=None, help="keep the extracted events in this JSON file")
    parser.add_argument("--dump", action="store_true", help="print every event with its cues")
    parser.add_argument("--weights", action="store_true", help="print the fitted weights (C=1)")
    args = parser.parse_args()
    rows = labelled_events(args.cache)
    if args.dump:
        for r in rows:
            sys.stdout.write(f"{r['part']}\t{'+' if r['right'] else '-'}\t{r['id']}\t{r['type']}\t{r['entry']}\t"
                             f"{' '.join(r['cues'])}\t{r['text'][:100]}\n")
        return
    sys.stdout.write(report("shipped", rows, shipped()) + "\n")
    for strength in (0.3, 1.0, 3.0):
        confidence, weights = fitted(rows, strength)
        sys.stdout.write(report(f"fitted C={strength}", rows, confidence) + "\n")
        if args.weights and strength == 1.0:
            for cue, weight in sorted(weights.items(), key=lambda kv: kv[1]):
                sys.stdout.write(f"  {cue}\t{weight:+.2f}\n")


if __name__ == "__main__":
    main()
