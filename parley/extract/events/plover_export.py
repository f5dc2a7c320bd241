"""Events as PLOVER JSON records (the ``parley export --format plover`` shape).

Field names follow the PLOVER manual's JSON record: ``id``, ``date``, ``event_type``, ``mode``,
``context``, ``actor``/``recipient`` with their codes, ``text``; parley adds who asserts the
event (``asserted_by``: the quoted speaker, or ``null`` for the reporter) and the offsets of
the trigger, so every record points back into the article.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from parley.models import EventActor, ExtractedArticle

__all__ = ["PloverRecord", "to_plover_records"]


@dataclass(frozen=True)
class PloverRecord:
    """One event as a PLOVER JSON record; the fields are the record's keys, in its order."""

    id: str
    article_id: str
    url: str | None
    date: str | None
    event_date_resolved: bool
    event_type: str
    mode: str | None
    context: list[str]
    actor: str | None
    actor_code: str | None
    actor_country: str | None
    actor_sector: str | None
    recipient: str | None
    recipient_code: str | None
    recipient_country: str | None
    recipient_sector: str | None
    event_text: str
    trigger_span: list[int]
    text: str
    location: str | None
    quantities: list[str]
    negated: bool
    asserted_by: str | None
    asserted_by_attribution: int | None
    publisher: str | None


def _side(actor: EventActor | None) -> tuple[str | None, str | None, str | None, str | None]:
    """(text, code, country, sector) of an actor or recipient."""
    if actor is None:
        return None, None, None, None
    code = actor.code or None
    return actor.name, code, code[:3] if code else None, code[3:6] or None if code and len(code) > 3 else None


def to_plover_records(article: ExtractedArticle) -> list[dict[str, Any]]:
    """One PLOVER record per event of ``article`` (pure: no I/O, no parsing)."""
    records = []
    for number, event in enumerate(article.events):
        speaker = None
        if event.asserted_by is not None and 0 <= event.asserted_by < len(article.attributions):
            found = article.attributions[event.asserted_by].speaker
            speaker = found.name if found else None
        context = list(event.context)
        if event.aux:
            context.append(event.aux)
        if event.negated:
            context.append("negation")
        actor, actor_code, actor_country, actor_sector = _side(event.actor)
        recipient, recipient_code, recipient_country, recipient_sector = _side(event.recipient)
        record = PloverRecord(
            id=f"{article.id}-{number:03d}",
            article_id=article.id,
            url=article.url,
            date=event.date or (article.published or "")[:10] or None,
            event_date_resolved=event.date is not None,
            event_type=event.type,
            mode=event.mode,
            context=context,
            actor=actor,
            actor_code=actor_code,
            actor_country=actor_country,
            actor_sector=actor_sector,
            recipient=recipient,
            recipient_code=recipient_code,
            recipient_country=recipient_country,
            recipient_sector=recipient_sector,
            event_text=event.trigger.text,
            trigger_span=[event.trigger.start, event.trigger.end],
            text=(event.sentence.text if event.sentence else event.trigger.text).strip(),
            location=event.place,
            quantities=list(event.quantities),
            negated=event.negated,
            asserted_by=speaker,
            asserted_by_attribution=event.asserted_by,
            publisher=article.outlet,
        )
        records.append(asdict(record))
    return records
