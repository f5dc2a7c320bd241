"""Attribution extraction scored as the gold sets' README defines it (``../shared/README.md``).

* Each gold attribution, in document order, is matched greedily to the unmatched prediction
  whose content covers the largest share of the gold content's characters; a match needs a
  share of at least 0.3 (0.8 is reported too). Quotation-mark characters are left out of the
  gold characters: PolNeAR contents include their quotation marks, parley's do not.
* Precision, recall and F1 count matches over all documents.
* On pairs matched at 0.3: the source matches when the spans overlap or both are absent; the
  cue when the spans overlap. Recall is also broken down by the gold's quote type: ``direct``
  (every content part is a quotation), ``mixed`` (quotation marks inside), ``indirect`` (none).
* Seed-style gold (``seed-gold.json``) also scores, on matched pairs, the speaker name and
  affiliation, and the addressee of the gold attributions that name one.

The textacy baseline (``textacy.extract.triples.direct_quotations``) runs on the same parsed
documents in the same run, so the two are measured on the same footing.
"""

from __future__ import annotations

import importlib.util
import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.errors import InputError

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "GoldAttribution",
    "GoldDoc",
    "PredAttribution",
    "Scores",
    "evaluate_attributions",
    "load_gold",
    "parley_predictions",
    "quote_type",
    "score",
    "textacy_predictions",
    "DEFAULT_SYSTEMS",
]

QUOTE_MARKS = frozenset("\"“”„‘’'«»`")
THRESHOLDS = (0.3, 0.8)

Ranges = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class GoldAttribution:
    content: Ranges
    source: Ranges
    cue: Ranges
    speaker_name: str | None = None
    speaker_affiliation: str | None = None
    addressee: str | None = None
    kind: str | None = None  # given by seed-style gold; PolNeAR's is read from its quotation marks


@dataclass(frozen=True)
class PredAttribution:
    content: Ranges
    source: Ranges = ()
    cue: Ranges = ()
    speaker_name: str | None = None
    speaker_affiliation: str | None = None
    addressee: str | None = None


@dataclass(frozen=True)
class GoldDoc:
    doc_id: str
    text: str
    attributions: tuple[GoldAttribution, ...]
    seed_style: bool = False


@dataclass
class Scores:
    """Counts accumulated over documents; :meth:`metrics` turns them into rates."""

    gold: int = 0
    predicted: int = 0
    matched: dict[float, int] = field(default_factory=lambda: {t: 0 for t in THRESHOLDS})
    source_ok: int = 0
    cue_ok: int = 0
    by_type_gold: dict[str, int] = field(default_factory=lambda: {"direct": 0, "indirect": 0, "mixed": 0})
    by_type_matched: dict[str, int] = field(default_factory=lambda: {"direct": 0, "indirect": 0, "mixed": 0})
    speaker_checked: int = 0
    speaker_name_ok: int = 0
    affiliation_checked: int = 0
    affiliation_ok: int = 0
    addressee_checked: int = 0
    addressee_ok: int = 0
    seconds: float = 0.0

    def metrics(self) -> dict[str, float]:
        out: dict[str, float] = {"gold": self.gold, "predicted": self.predicted}
        for t in THRESHOLDS:
            m = self.matched[t]
            p = m / self.predicted if self.predicted else 0.0
            r = m / self.gold if self.gold else 0.0
            out[f"p@{t}"] = round(p, 4)
            out[f"r@{t}"] = round(r, 4)
            out[f"f1@{t}"] = round(2 * p * r / (p + r), 4) if p + r else 0.0
        base = self.matched[0.3]
        out["source_acc"] = round(self.source_ok / base, 4) if base else 0.0
        out["cue_acc"] = round(self.cue_ok / base, 4) if base else 0.0
        for kind in ("direct", "indirect", "mixed"):
            n = self.by_type_gold[kind]
            out[f"recall_{kind}"] = round(self.by_type_matched[kind] / n, 4) if n else 0.0
        if self.speaker_checked:
            out["speaker_name_acc"] = round(self.speaker_name_ok / self.speaker_checked, 4)
        if self.affiliation_checked:
            out["speaker_affiliation_acc"] = round(self.affiliation_ok / self.affiliation_checked, 4)
        if self.addressee_checked:
            out["addressee_acc"] = round(self.addressee_ok / self.addressee_checked, 4)
        out["seconds"] = round(self.seconds, 2)
        return out


def quote_type(text: str, content: Ranges) -> str:
    """direct: every part is a quotation; mixed: quotation marks inside; indirect: none."""
    parts = [text[s:e].strip() for s, e in content]
    parts = [p.strip(" ,.;:") for p in parts if p.strip(" ,.;:")]
    if not parts:
        return "indirect"
    if all(p[0] in QUOTE_MARKS and p[-1] in QUOTE_MARKS for p in parts):
        return "direct"
    if any(ch in QUOTE_MARKS - {"'", "’"} for p in parts for ch in p):
        return "mixed"
    return "indirect"


def _chars(text: str, ranges: Ranges, skip_marks: bool) -> set[int]:
    chars: set[int] = set()
    for s, e in ranges:
        for i in range(max(0, s), min(len(text), e)):
            ch = text[i]
            if ch.isspace() or (skip_marks and ch in QUOTE_MARKS):
                continue
            chars.add(i)
    return chars


def _overlap(a: Ranges, b: Ranges) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _norm(name: str | None) -> str:
    return " ".join((name or "").casefold().split())


def score(doc: GoldDoc, predictions: Sequence[PredAttribution], scores: Scores) -> None:
    """Add one document's matches to ``scores``."""
    text = doc.text
    scores.gold += len(doc.attributions)
    scores.predicted += len(predictions)
    pred_chars = [_chars(text, p.content, skip_marks=False) for p in predictions]
    order = sorted(range(len(doc.attributions)), key=lambda i: doc.attributions[i].content[0][0] if doc.attributions[i].content else 0)
    for threshold in THRESHOLDS:
        used: set[int] = set()
        for gi in order:
            gold = doc.attributions[gi]
            gold_chars = _chars(text, gold.content, skip_marks=True)
            if not gold_chars:
                continue
            best, best_share = -1, 0.0
            for pi, chars in enumerate(pred_chars):
                if pi in used:
                    continue
                share = len(gold_chars & chars) / len(gold_chars)
                if share > best_share:
                    best, best_share = pi, share
            kind = gold.kind if gold.kind in ("direct", "indirect", "mixed") else quote_type(text, gold.content)
            if threshold == THRESHOLDS[0]:
                scores.by_type_gold[kind] += 1
            if best < 0 or best_share < threshold:
                continue
            used.add(best)
            scores.matched[threshold] += 1
            if threshold != THRESHOLDS[0]:
                continue
            pred = predictions[best]
            scores.by_type_matched[kind] += 1
            if (not gold.source and not pred.source) or _overlap(gold.source, pred.source):
                scores.source_ok += 1
            if _overlap(gold.cue, pred.cue):
                scores.cue_ok += 1
            if doc.seed_style:
                if gold.speaker_name is not None:
                    scores.speaker_checked += 1
                    scores.speaker_name_ok += _norm(gold.speaker_name) == _norm(pred.speaker_name)
                if gold.speaker_affiliation is not None:
                    scores.affiliation_checked += 1
                    scores.affiliation_ok += _norm(gold.speaker_affiliation) == _norm(pred.speaker_affiliation)
                if gold.addressee is not None:
                    scores.addressee_checked += 1
                    scores.addressee_ok += _norm(gold.addressee) == _norm(pred.addressee)


# --- reading gold -------------------------------------------------------------------------------------


def _ranges(value: Any) -> Ranges:
    """[[s, e], ...], {start, end}, [{start, end}, ...] or None -> ((s, e), ...)."""
    if not value:
        return ()
    if isinstance(value, dict):
        return ((int(value["start"]), int(value["end"])),)
    out = []
    for item in value:
        if isinstance(item, dict):
            out.append((int(item["start"]), int(item["end"])))
        else:
            out.append((int(item[0]), int(item[1])))
    return tuple(out)


def _seed_doc(path: Path, data: dict[str, Any]) -> GoldDoc:
    name = data.get("doc") or path.name
    candidates = [path.parent / name, path.parent / "seed-article.txt"]
    text_path = next((p for p in candidates if p.is_file()), None)
    if text_path is None:
        raise InputError(f"seed gold {path} names article {name!r}, not found beside it")
    text = text_path.read_text(encoding="utf-8")
    golds = []
    for a in data.get("attributions", []):
        speaker = a.get("speaker") or {}
        addressee = a.get("addressee") or {}
        golds.append(
            GoldAttribution(
                content=_ranges(a.get("content")),
                source=_ranges(a.get("source")),
                cue=_ranges(a.get("cue")),
                speaker_name=speaker.get("name"),
                speaker_affiliation=speaker.get("affiliation"),
                addressee=addressee.get("name"),
                kind=a.get("kind"),
            )
        )
    return GoldDoc(doc_id=str(name), text=text, attributions=tuple(golds), seed_style=True)


def load_gold(path: str | Path, limit: int | None = None) -> list[GoldDoc]:
    """PolNeAR-style JSONL (``doc_id, text, attributions``) or a seed gold JSON file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read gold file {path}: {exc}") from exc
    stripped = raw.lstrip()
    if stripped.startswith("{") and "\n{" not in stripped.strip():
        try:
            data = json.loads(raw)
        except ValueError:
            data = None
        if isinstance(data, dict) and "text" not in data:
            return [_seed_doc(path, data)]
    docs = []
    for n, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            golds = tuple(
                GoldAttribution(content=_ranges(a["content"]), source=_ranges(a.get("source")), cue=_ranges(a.get("cue")))
                for a in row.get("attributions", [])
            )
            docs.append(GoldDoc(doc_id=str(row.get("doc_id", n)), text=row["text"], attributions=golds))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{n}: not a gold attribution record ({exc})") from exc
        if limit is not None and len(docs) >= limit:
            break
    return docs


# --- predictions --------------------------------------------------------------------------------------


def parley_predictions(doc: "Doc", text: str, merge_continuations: bool = False) -> list[PredAttribution]:
    """parley's attributions as predictions.

    ``merge_continuations`` scores a quotation that continues another as part of the attribution
    it continues, which is how PolNeAR annotates both kinds: the second half of a quote split by
    its cue ('"A," she said, "B."', two records in parley's output, as in the VOA speaker gold) and
    an inferred continuation quote ('"A," she said. "B."'). The seed gold annotates an inferred
    continuation on its own, as parley outputs it, and a split quote as one attribution: split
    halves are always joined, inferred ones only with ``merge_continuations``.
    """
    from parley.extract.attributions import extract_attributions

    records = extract_attributions(doc, text)
    contents: list[list[tuple[int, int]]] = [[(s.start, s.end) for s in a.content] for a in records]
    keep = [True] * len(records)
    for i, a in enumerate(records):
        if a.continues is None or not 0 <= a.continues < len(records) or (a.inferred and not merge_continuations):
            continue
        root: int = a.continues
        while not keep[root] and (up := records[root].continues) is not None and 0 <= up < len(records):
            root = up
        contents[root].extend(contents[i])
        keep[i] = False
    preds = []
    for i, a in enumerate(records):
        if not keep[i]:
            continue
        preds.append(
            PredAttribution(
                content=tuple(contents[i]),
                source=((a.source.start, a.source.end),) if a.source else (),
                cue=((a.cue.start, a.cue.end),) if a.cue else (),
                speaker_name=a.speaker.name if a.speaker else None,
                speaker_affiliation=a.speaker.affiliation if a.speaker else None,
                addressee=a.addressee.name if a.addressee else None,
            )
        )
    return preds


def textacy_predictions(doc: "Doc", text: str) -> list[PredAttribution]:
    """textacy's direct quotations; an article it cannot handle (odd quote marks) yields nothing."""
    from textacy.extract.triples import direct_quotations

    preds = []
    try:
        for triple in direct_quotations(doc):
            content = ((triple.content.start_char, triple.content.end_char),)
            source = tuple((t.idx, t.idx + len(t.text)) for t in triple.speaker)
            cue = tuple((t.idx, t.idx + len(t.text)) for t in triple.cue)
            preds.append(PredAttribution(content=content, source=source, cue=cue))
    except Exception:  # textacy raises on unbalanced quotes; that is the baseline's behaviour
        return []
    return preds


Predictor = Callable[["Doc", GoldDoc], list[PredAttribution]]


def _parley(doc: "Doc", gold: GoldDoc) -> list[PredAttribution]:
    return parley_predictions(doc, gold.text, merge_continuations=not gold.seed_style)


def _parley_unmerged(doc: "Doc", gold: GoldDoc) -> list[PredAttribution]:
    return parley_predictions(doc, gold.text, merge_continuations=False)


def _textacy(doc: "Doc", gold: GoldDoc) -> list[PredAttribution]:
    return textacy_predictions(doc, gold.text)


DEFAULT_SYSTEMS: dict[str, Predictor] = {
    "parley": _parley,
    "parley-unmerged": _parley_unmerged,
    "textacy": _textacy,
}


def evaluate_attributions(
    docs: Iterable[GoldDoc],
    systems: dict[str, Predictor] | None = None,
    parsed: Iterable["Doc"] | None = None,
) -> dict[str, Scores]:
    """Score each system on the same parses (the parse is done once, outside the timed part).

    ``parley`` follows the gold's convention for continuation quotes (merged for PolNeAR,
    separate for seed-style gold); ``parley-unmerged`` always keeps them separate, so the
    effect of that convention is visible in the same run.
    """
    docs = list(docs)
    systems = dict(systems or DEFAULT_SYSTEMS)
    if "textacy" in systems and importlib.util.find_spec("textacy") is None:
        systems.pop("textacy")  # the baseline is a dev dependency; parley's scores do not need it
    if docs and all(d.seed_style for d in docs):
        systems.pop("parley-unmerged", None)  # identical to "parley" there
    if parsed is None:
        from parley.nlp import get_nlp

        parsed = get_nlp().pipe((d.text for d in docs), batch_size=16)
    results = {name: Scores() for name in systems}
    for gold, doc in zip(docs, parsed, strict=True):
        for name, predict in systems.items():
            started = time.perf_counter()
            preds = predict(doc, gold)
            results[name].seconds += time.perf_counter() - started
            score(gold, preds, results[name])
    return results
