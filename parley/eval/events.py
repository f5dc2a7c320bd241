"""PLOVER event coding scored against gold records, as ``../shared/README.md`` defines it.

Two gold formats:

* PLOVER JSONL (``gsr-dev.jsonl``): one sentence and one gold event per line. parley codes the
  sentence and its *main* event (see :func:`main_event`) is compared: event type accuracy over
  all records; actor and recipient country accuracy (first three letters of the code; a
  prediction is right when it matches any of the gold actors) over the records that have one;
  and the confusion of gold type by predicted type.
* Seed gold JSON (``seed-gold.json``): the article's gold events are each matched to the
  predicted event that overlaps the gold text and agrees best; an event is right when its type,
  actor and recipient countries and its asserter (the quoted person, or the reporter) all agree.
  The entity list is checked too: countries, regions, organisations and documents the gold names,
  and no person's name as a place.
"""

from __future__ import annotations

import json
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from parley.errors import InputError
from parley.models import Event, ExtractedArticle

__all__ = ["evaluate_plover", "evaluate_seed", "load_plover", "main_event"]


def load_plover(path: str | Path, limit: int | None = None) -> list[dict[str, Any]]:
    records = []
    try:
        with Path(path).open(encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    records.append(json.loads(line))
                except ValueError as exc:
                    raise InputError(f"{path}:{number}: not JSON: {exc}") from exc
                if limit and len(records) >= limit:
                    break
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc}") from exc
    return records


def main_event(events: list[Event]) -> Event | None:
    """The event a one-event gold record is about: the first one with an actor, else the first."""
    if not events:
        return None
    ranked = sorted(
        enumerate(events),
        key=lambda item: (item[1].depth if item[1].depth is not None else 99, item[1].actor is None, item[0]),
    )
    return ranked[0][1]


def _country(code: str | None) -> str | None:
    return code[:3].upper() if code else None


def _extract_all(texts: list[tuple[str, dict[str, Any]]]) -> list[ExtractedArticle]:
    from parley.extract.pipeline import extract_articles
    from parley.ingest.article import build_article

    articles = [build_article(text=text, **meta) for text, meta in texts]
    return list(extract_articles(articles))


def evaluate_plover(records: list[dict[str, Any]]) -> dict[str, Any]:
    started = time.perf_counter()
    extracted = _extract_all([(r["text"], {}) for r in records])
    typed = actor_total = actor_right = recipient_total = recipient_right = 0
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    errors = []
    for record, article in zip(records, extracted, strict=True):
        predicted = main_event(article.events)
        predicted_type = predicted.type if predicted else "NONE"
        gold_type = record["event"]
        confusion[gold_type][predicted_type] += 1
        type_ok = predicted_type == gold_type
        typed += type_ok
        actor_ok = recipient_ok = None
        gold_actors = {_country(a.get("code")) for a in record.get("actor") or [] if a.get("code")}
        if gold_actors:
            actor_total += 1
            actor_ok = bool(predicted and predicted.actor and _country(predicted.actor.code) in gold_actors)
            actor_right += actor_ok
        gold_recipients = {_country(a.get("code")) for a in record.get("recipient") or [] if a.get("code")}
        if gold_recipients:
            recipient_total += 1
            recipient_ok = bool(
                predicted and predicted.recipient and _country(predicted.recipient.code) in gold_recipients
            )
            recipient_right += recipient_ok
        if not type_ok or actor_ok is False or recipient_ok is False:
            errors.append(
                {
                    "id": record.get("id"),
                    "gold": [gold_type, sorted(c for c in gold_actors if c is not None),
                             sorted(c for c in gold_recipients if c is not None)],
                    "predicted": [
                        predicted_type,
                        _country(predicted.actor.code) if predicted and predicted.actor else None,
                        _country(predicted.recipient.code) if predicted and predicted.recipient else None,
                        predicted.trigger.text if predicted else None,
                    ],
                    "text": record["text"],
                }
            )
    n = len(records)
    return {
        "records": n,
        "type_acc": round(typed / n, 4) if n else 0.0,
        "actor_country_acc": round(actor_right / actor_total, 4) if actor_total else 0.0,
        "recipient_country_acc": round(recipient_right / recipient_total, 4) if recipient_total else 0.0,
        "actor_records": actor_total,
        "recipient_records": recipient_total,
        "confusion": {gold: dict(counts) for gold, counts in sorted(confusion.items())},
        "errors": errors,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _find(text: str, needle: str) -> tuple[int, int] | None:
    """Offsets of ``needle`` in ``text``, curly and straight apostrophes treated alike."""
    table = str.maketrans({"\u2019": "'", "\u2018": "'"})
    position = text.translate(table).find(needle.translate(table))
    return (position, position + len(needle)) if position >= 0 else None


def _extent(event: Event) -> tuple[int, int]:
    spans = [event.trigger] + [a.span for a in (event.actor, event.recipient) if a is not None and a.span is not None]
    return min(s.start for s in spans), max(s.end for s in spans)


def evaluate_seed(gold_path: str | Path, text_path: str | Path | None = None) -> dict[str, Any]:
    gold_file = Path(gold_path)
    try:
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        text_file = Path(text_path) if text_path else gold_file.with_name(gold.get("doc") or "seed-article.txt")
        text = text_file.read_text(encoding="utf-8")
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read seed gold {gold_path}: {exc}") from exc
    started = time.perf_counter()
    meta = gold.get("metadata") or {}
    article = _extract_all([(text, {"published": meta.get("published")})])[0]

    def asserter(event: Event) -> str | None:
        if event.asserted_by is None or event.asserted_by >= len(article.attributions):
            return None
        speaker = article.attributions[event.asserted_by].speaker
        return speaker.name if speaker else "unknown"

    rows = []
    right = typed = 0
    for gold_event in gold.get("events", []):
        where = _find(text, gold_event["text"])
        candidates = []
        if where is not None:
            for event in article.events:
                start, end = _extent(event)
                if start < where[1] and end > where[0]:
                    checks = {
                        "type": event.type == gold_event["type"],
                        "actor": _country(event.actor.code if event.actor else None) == _country(gold_event.get("actor")),
                        "recipient": _country(event.recipient.code if event.recipient else None)
                        == _country(gold_event.get("recipient")),
                        "asserter": asserter(event) == gold_event.get("asserted_by"),
                    }
                    candidates.append((sum(checks.values()), checks["type"], checks, event))
        candidates.sort(key=lambda c: (c[0], c[1]), reverse=True)
        best = candidates[0] if candidates else None
        ok = bool(best and all(best[2].values()))
        right += ok
        typed += bool(best and best[2]["type"])
        rows.append(
            {
                "gold": f"{gold_event['type']} {gold_event.get('actor')}->{gold_event.get('recipient')} "
                f"by {gold_event.get('asserted_by') or 'reporter'}: {gold_event['text'][:60]}",
                "ok": ok,
                "predicted": None
                if best is None
                else f"{best[3].type} {best[3].actor.code if best[3].actor else None}->"
                f"{best[3].recipient.code if best[3].recipient else None} by {asserter(best[3]) or 'reporter'}",
                "checks": best[2] if best else None,
            }
        )
    entity_checks = _seed_entity_checks(gold, article)
    n = len(gold.get("events", []))
    return {
        "events": n,
        "events_right": right,
        "events_acc": round(right / n, 4) if n else 0.0,
        "type_acc": round(typed / n, 4) if n else 0.0,
        "entities_acc": round(sum(entity_checks.values()) / len(entity_checks), 4) if entity_checks else 0.0,
        "entity_checks": entity_checks,
        "rows": rows,
        "seconds": round(time.perf_counter() - started, 2),
    }


def _seed_entity_checks(gold: dict[str, Any], article: ExtractedArticle) -> dict[str, bool]:
    wanted = gold.get("entities") or {}
    by_code = {e.code: e for e in article.entities if e.type == "COUNTRY"}
    names = {e.name.casefold(): e for e in article.entities}
    checks: dict[str, bool] = {}
    for code, mentions in (wanted.get("countries") or {}).items():
        entity = by_code.get(code)
        found = {m.text.casefold().replace("\u2019", "'") for m in entity.mentions} if entity else set()
        checks[f"country {code}"] = entity is not None and all(m.casefold() in found for m in mentions if m[:1].isupper() or m.startswith("the "))
    for org in wanted.get("organizations") or []:
        target = org["name"].casefold()
        checks[f"organisation {org['name']}"] = any(
            e.type == "ORGANIZATION" and (e.name.casefold() == target or any(m.text.casefold().removeprefix("the ") == target for m in e.mentions))
            for e in article.entities
        )
    for document in wanted.get("documents") or []:
        target = document["name"].casefold()
        checks[f"document {document['name']}"] = any(
            e.type == "DOCUMENT" and target in e.name.casefold() for e in article.entities
        )
    person_names = {part for person in wanted.get("persons") or [] for part in person["name"].split()}
    checks["no person as a place"] = not any(
        e.type in {"LOCATION", "COUNTRY"} and (e.name in person_names or any(m.text in person_names for m in e.mentions))
        for e in article.entities
    )
    _ = names
    return checks
