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
* PLV JSONL (``plv-train.jsonl``: a sentence, its root type, source and target marked ``<s>``/``<t>``):
  the gold type among the types of all the events found (YIELD counts as CONCEDE or RETREAT),
  overall and per root type; and an event of that type whose actor and recipient overlap the
  marked source and target (an unmarked side is not checked).
* The precision set (``eval/precision-events``): hand-labelled sentences of the bundled VOA
  corpus, some with no event; precision, recall, the share of no-event sentences left silent, and
  events per article (its README gives the procedure).
"""

from __future__ import annotations

import json
import re
import time
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path
from typing import Any

from parley.errors import InputError
from parley.models import Event, EventActor, ExtractedArticle

__all__ = [
    "evaluate_plover",
    "evaluate_plv",
    "evaluate_precision",
    "evaluate_seed",
    "is_plv",
    "load_plover",
    "load_precision_set",
    "main_event",
]


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
    typed = actor_total = actor_right = recipient_total = recipient_right = mode_total = mode_right = 0
    mode_errors: Counter[tuple[str, str, str]] = Counter()
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    errors = []
    for record, article in zip(records, extracted, strict=True):
        predicted = main_event(article.events)
        predicted_type = predicted.type if predicted else "NONE"
        gold_type = record["event"]
        confusion[gold_type][predicted_type] += 1
        type_ok = predicted_type == gold_type
        typed += type_ok
        if record.get("mode"):  # PLOVER's mode refines the type ("PROTEST, hunger"): right only with the type
            mode_total += 1
            mode_ok = type_ok and predicted is not None and predicted.mode == record["mode"]
            mode_right += mode_ok
            if not mode_ok:
                found_mode = (predicted.mode or "None") if predicted and type_ok else "-"
                mode_errors[(gold_type, record["mode"], found_mode)] += 1
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
        # over the records whose gold has a mode (49 of gsr-dev's 160): the main event has that type and mode
        "mode_acc": round(mode_right / mode_total, 4) if mode_total else 0.0,
        "actor_records": actor_total,
        "recipient_records": recipient_total,
        "mode_records": mode_total,
        "mode_errors": {f"{t} {gold} -> {got}": n for (t, gold, got), n in mode_errors.most_common()},
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


# -- PLV records (sentence, root type, marked source and target) ----------------------------------

# PLV uses the 2019 root YIELD, which current PLOVER splits in two.
_PLV_TYPES: dict[str, frozenset[str]] = {"YIELD": frozenset({"CONCEDE", "RETREAT"})}


@cache
def label_types() -> frozenset[str]:
    """The types a hand label may name: every PLOVER type the event lexicon codes (plover/verbs.tsv, nouns.tsv) and
    PLV's 2019 root YIELD; "PROPOSE" is CAMEO's, not PLOVER's."""
    from parley.extract.events.lexicon import lexicon

    found = lexicon()
    coded = {entry.type for entry in (*found.verbs.values(), *found.nouns.values())} - {"-"}
    return frozenset(coded) | frozenset(_PLV_TYPES)


def is_plv(records: list[dict[str, Any]]) -> bool:
    """Whether JSONL records are PLV's (``marked`` sentences with ``<s>``/``<t>``), not PLOVER gold."""
    return bool(records) and all("marked" in r for r in records)


def _marked_span(marked: str, text: str, tag: str) -> tuple[int, int] | None:
    """Offsets in ``text`` of what ``marked`` wraps in ``<tag>...</tag>``; None when not marked."""
    opening, closing = f"<{tag}>", f"</{tag}>"
    begin = marked.find(opening)
    end = marked.find(closing, begin + 1)
    if begin < 0 or end < 0:
        return None
    inner = marked[begin + len(opening) : end]
    before = re.sub(r"</?[st]>", "", marked[:begin])
    if text[len(before) : len(before) + len(inner)] == inner:
        return len(before), len(before) + len(inner)
    found = text.find(inner)
    return (found, found + len(inner)) if found >= 0 else None


def _side_matches(actor: EventActor | None, span: tuple[int, int] | None, text: str) -> bool:
    """An event's actor (or recipient) is the marked party: their spans overlap, or, for an actor
    without a span (a speaker), its name is inside the marked words. An unmarked party is not checked."""
    if span is None:
        return True
    if actor is None:
        return False
    if actor.span is not None:
        return actor.span.start < span[1] and span[0] < actor.span.end
    return bool(actor.name) and actor.name.casefold() in text[span[0] : span[1]].casefold()


def _plv_row(record: dict[str, Any], article: ExtractedArticle) -> dict[str, Any]:
    text = record["text"]
    wanted = _PLV_TYPES.get(record["event"], frozenset({record["event"]}))
    source = _marked_span(record.get("marked", ""), text, "s")
    target = _marked_span(record.get("marked", ""), text, "t")
    typed = [e for e in article.events if e.type in wanted]
    full = any(_side_matches(e.actor, source, text) and _side_matches(e.recipient, target, text) for e in typed)
    return {"id": record.get("id"), "gold": record["event"], "type_found": bool(typed), "full": full,
            "type_shown": any(not e.partial for e in typed),
            "predicted": [f"{e.type} {e.actor.code if e.actor else None}->{e.recipient.code if e.recipient else None}"
                          for e in article.events], "text": text}


def evaluate_plv(records: list[dict[str, Any]]) -> dict[str, Any]:
    """PLV scoring: the gold type among the events found in the sentence (``type_found``), per root
    type; and an event of that type whose actor and recipient are the marked source and target
    (``type_actor_recipient``)."""
    started = time.perf_counter()
    extracted = _extract_all([(r["text"], {}) for r in records])
    rows = [_plv_row(record, article) for record, article in zip(records, extracted, strict=True)]
    by_type: dict[str, list[bool]] = defaultdict(list)
    for row in rows:
        by_type[row["gold"]].append(row["type_found"])
    n = len(rows)
    return {
        "records": n,
        "type_found": round(sum(r["type_found"] for r in rows) / n, 4) if n else 0.0,
        "type_actor_recipient": round(sum(r["full"] for r in rows) / n, 4) if n else 0.0,
        # the gold type among the events shown by default (not partial: confidence at the threshold)
        "type_found_complete": round(sum(r["type_shown"] for r in rows) / n, 4) if n else 0.0,
        "per_type": {kind: {"records": len(found), "recall": round(sum(found) / len(found), 4)}
                     for kind, found in sorted(by_type.items())},
        "errors": [r for r in rows if not r["full"]],
        "seconds": round(time.perf_counter() - started, 2),
    }


# -- the hand-labelled precision set (eval/precision-events) --------------------------------------


# The later check samples, each reported apart and gated: part name -> (sentence id prefix, what it is).
FRESH_SAMPLES: dict[str, tuple[str, str]] = {
    "fresh": ("f", "fresh check sample"), "fresh2": ("g", "second fresh check sample"),
    "fresh3": ("h", "third fresh check sample"), "fresh4": ("i", "fourth fresh check sample"),
    "fresh5": ("j", "fifth fresh check sample"), "fresh6": ("k", "sixth fresh check sample"),
    "fresh7": ("l", "seventh fresh check sample"), "fresh8": ("m", "eighth fresh check sample"),
    "fresh9": ("n", "ninth fresh check sample"), "fresh10": ("o", "tenth fresh check sample"),
    "fresh11": ("q", "eleventh fresh check sample"), "fresh12": ("r", "twelfth fresh check sample"),
    "fresh13": ("s", "thirteenth fresh check sample"), "fresh14": ("t", "fourteenth fresh check sample"),
    "fresh15": ("u", "fifteenth fresh check sample"), "fresh16": ("v", "sixteenth fresh check sample"),
    "fresh17": ("w", "seventeenth fresh check sample"), "fresh18": ("x", "eighteenth fresh check sample"),
    "fresh19": ("y", "nineteenth fresh check sample"),
    # the exchange set's read part (eval/precision-events-exchange/exread1.jsonl): tuned on, beside its blind set
    "exread1": ("d", "exchange read part"),
}
FRESH_PARTS = tuple(FRESH_SAMPLES)


def load_precision_set(folder: str | Path, part: str = "") -> list[dict[str, Any]]:
    """The set's sentences (``sentences.jsonl``) with their hand labels (``labels.tsv``); with
    ``part="fresh"``, ``"fresh2"`` ... ``"fresh19"``, a later check sample (``fresh.jsonl``, ``fresh-labels.tsv`` ...);
    ``part="exread1"``, the exchange set's read part."""
    root = Path(folder)
    names = (f"{part}.jsonl", f"{part}-labels.tsv") if part else ("sentences.jsonl", "labels.tsv")
    sentences = load_plover(root / names[0])
    labels: dict[str, list[dict[str, Any]]] = {}
    try:
        lines = (root / names[1]).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read {root / names[1]}: {exc}") from exc
    for number, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        ident, _, events = line.partition("\t")
        labels[ident.strip()] = [] if events.strip() == "none" else [_label(e, number) for e in events.split(";")]
    missing = [s["id"] for s in sentences if s["id"] not in labels]
    if missing:
        raise InputError(f"{root / names[1]}: no label for {', '.join(missing[:5])}")
    return [{**s, "events": labels[s["id"]]} for s in sentences]


def _label(written: str, number: int) -> dict[str, Any]:
    parts = written.split()
    if len(parts) != 3:
        raise InputError(f"labels.tsv line {number}: expected 'TYPE ACTOR RECIPIENT', got {written.strip()!r}")
    known = label_types()
    if parts[0] not in known:
        raise InputError(f"labels.tsv line {number}: {parts[0]!r} is not a PLOVER type ({', '.join(sorted(known))})")

    def codes(cell: str) -> frozenset[str]:
        return frozenset() if cell == "-" else frozenset(cell.split("/"))

    return {"type": parts[0], "actor": codes(parts[1]), "recipient": codes(parts[2])}


def _agrees(gold: dict[str, Any], event: Event) -> bool:
    """Right type (a label's 2019 root YIELD is CONCEDE or RETREAT, as in PLV), and actor and recipient right where both
    the label and parley have a code."""
    if event.type not in _PLV_TYPES.get(gold["type"], frozenset({gold["type"]})):
        return False
    for side, found in (("actor", event.actor), ("recipient", event.recipient)):
        code = _country(found.code if found else None)
        if gold[side] and code is not None and code not in gold[side]:
            return False
    return True


def _match(gold: list[dict[str, Any]], emitted: list[Event]) -> int:
    """How many emitted events pair one to one with a gold event they agree with (greedy)."""
    free = list(gold)
    matched = 0
    for event in emitted:
        for index, label in enumerate(free):
            if _agrees(label, event):
                matched += 1
                del free[index]
                break
    return matched


class _Tally:
    """Counts behind precision, recall and silence over some sentences, for one view of the events."""

    def __init__(self) -> None:
        self.emitted = self.right = self.gold = self.none = self.silent = 0

    def add(self, labels: list[dict[str, Any]], emitted: list[Event]) -> int:
        matched = _match(labels, emitted)
        self.emitted, self.right, self.gold = self.emitted + len(emitted), self.right + matched, self.gold + len(labels)
        if not labels:
            self.none, self.silent = self.none + 1, self.silent + (not emitted)
        return matched

    def scores(self, suffix: str = "") -> dict[str, float]:
        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        return {f"precision{suffix}": ratio(self.right, self.emitted), f"recall{suffix}": ratio(self.right, self.gold),
                f"silent_when_none{suffix}": ratio(self.silent, self.none)}


def _shown(event: Event, threshold: float | None) -> bool:
    if threshold is None:
        return not event.partial
    return (event.confidence if event.confidence is not None else 1.0) >= threshold


def _half(ident: str) -> str:
    """The part of a sentence id: "p002" even (tuned on), "p001" odd (held out), "f001" ... "y001" one of the fresh
    check samples, "d001" the exchange read part (``FRESH_SAMPLES``: drawn later; not counted in the overall figures);
    another set's ids, "all"."""
    fresh = next((part for part, (prefix, _) in FRESH_SAMPLES.items() if ident[:1] == prefix), None)
    if fresh:
        return fresh
    if ident[:1] != "p":
        return "all"  # another set's sentences (the exchange set's e001 ...): no tuned and held-out halves
    digits = re.sub(r"\D", "", ident)
    return "even" if digits and int(digits) % 2 == 0 else "odd"


def _error_row(sentence: dict[str, Any], emitted: list[Event]) -> dict[str, Any]:
    return {"id": sentence["id"], "text": sentence["text"],
            "gold": [f"{g['type']} {'/'.join(sorted(g['actor'])) or '-'} {'/'.join(sorted(g['recipient'])) or '-'}"
                     for g in sentence["events"]],
            "predicted": [f"{e.type} {_country(e.actor.code) if e.actor else '-'} "
                          f"{_country(e.recipient.code) if e.recipient else '-'} ({e.trigger.text})"
                          f"{' [hidden]' if e.partial else ''}" for e in emitted]}


def evaluate_precision(folder: str | Path, corpus: str | Path, threshold: float | None = None) -> dict[str, Any]:
    """Precision, recall and silence of event coding on hand-labelled sentences (the VOA set, or the exchange set of
    the official record), and events per article over the corpus texts they were drawn from. Every event counts in
    ``precision``/``recall``/``silent_when_none``; ``*_complete`` count only the events shown by
    default (not partial: a coded actor, confidence at or above the threshold). ``halves`` gives
    both views on the even (tuned) and odd (held-out) sentence ids. ``threshold``: count as shown
    the events of at least this confidence instead (the trade-off at another threshold)."""
    from parley.ingest import read_paths
    from parley.models import Article

    started = time.perf_counter()
    labelled = load_precision_set(folder)
    for part in FRESH_PARTS:
        if (Path(folder) / f"{part}.jsonl").exists():
            labelled += load_precision_set(folder, part)
    articles = [a for a in read_paths([str(corpus)]) if isinstance(a, Article)]
    if not articles:
        raise InputError(f"no articles read from {corpus}")
    # only the texts a labelled sentence is drawn from: the exchange set's 100 sentences come from 57 of its 160 texts
    wanted = {s["article"] for s in labelled}
    articles = [a for a in articles if (a.external_id or a.id) in wanted] or articles
    from parley.extract.pipeline import extract_articles

    extracted = {a.external_id or a.id: a for a in extract_articles(articles)}
    parts = ("even", "odd", *FRESH_PARTS)
    tallies = {(half, view): _Tally() for half in ("all", *parts) for view in ("all", "shown")}
    rows = []
    for sentence in labelled:
        article = extracted.get(sentence["article"])
        if article is None:
            raise InputError(f"article {sentence['article']} of {sentence['id']} not in {corpus}")
        emitted = [e for e in article.events if sentence["start"] <= e.trigger.start < sentence["end"]]
        complete = [e for e in emitted if _shown(e, threshold)]  # what `parley events` lists by default
        matched = 0
        half_of = _half(sentence["id"])
        for half in (half_of,) if half_of in FRESH_SAMPLES or half_of == "all" else ("all", half_of):
            matched = tallies[(half, "all")].add(sentence["events"], emitted)
            tallies[(half, "shown")].add(sentence["events"], complete)
        if matched < max(len(emitted), len(sentence["events"])):
            rows.append(_error_row(sentence, emitted))
    events = sum(len(a.events) for a in extracted.values())
    overall, shown = tallies[("all", "all")], tallies[("all", "shown")]
    return {
        "sentences": sum(_half(s["id"]) not in FRESH_SAMPLES for s in labelled),
        "emitted": overall.emitted,
        "gold_events": overall.gold,
        **overall.scores(),
        "complete_events": shown.emitted,
        **shown.scores("_complete"),
        "no_event_sentences": overall.none,
        "articles": len(extracted),
        "events_per_article": round(events / len(extracted), 2),
        "complete_per_article": round(sum(_shown(e, threshold) for a in extracted.values() for e in a.events) / len(extracted), 2),
        "halves": {half: {**tallies[(half, "all")].scores(), **tallies[(half, "shown")].scores("_complete")}
                   for half in parts if tallies[(half, "all")].emitted or tallies[(half, "all")].gold
                   or tallies[(half, "all")].none},
        "errors": rows,
        "seconds": round(time.perf_counter() - started, 2),
    }
