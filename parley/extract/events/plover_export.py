"""Events as PLOVER JSON records (the ``parley export --format plover`` shape).

Field names follow the PLOVER manual's JSON record: ``id``, ``date``, ``event_type``, ``mode``,
``context``, ``actor``/``recipient`` with their codes, ``text``; parley adds who asserts the
event (``asserted_by``: the quoted speaker, or ``null`` for the reporter) and the offsets of
the trigger, so every record points back into the article.
"""

from __future__ import annotations

from typing import Any

from parley.models import EventActor, ExtractedArticle

__all__ = ["to_plover_records"]


def _actor(actor: EventActor | None) -> dict[str, Any]:
    if actor is None:
        return {"text": None, "code": None, "country": None, "sector": None}
    code = actor.code or None
    return {
        "text": actor.name,
        "code": code,
        "country": code[:3] if code else None,
        "sector": code[3:6] or None if code and len(code) > 3 else None,
        "entity": actor.entity,
        "span": [actor.span.start, actor.span.end] if actor.span else None,
    }


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
        actor, recipient = _actor(event.actor), _actor(event.recipient)
        records.append(
            {
                "id": f"{article.id}-{number:03d}",
                "article_id": article.id,
                "url": article.url,
                "date": event.date or (article.published or "")[:10] or None,
                "event_date_resolved": event.date is not None,
                "event_type": event.type,
                "mode": event.mode,
                "context": context,
                "actor": actor["text"],
                "actor_code": actor["code"],
                "actor_country": actor["country"],
                "actor_sector": actor["sector"],
                "recipient": recipient["text"],
                "recipient_code": recipient["code"],
                "recipient_country": recipient["country"],
                "recipient_sector": recipient["sector"],
                "event_text": event.trigger.text,
                "trigger_span": [event.trigger.start, event.trigger.end],
                "text": (event.sentence.text if event.sentence else event.trigger.text).strip(),
                "location": event.place,
                "quantities": list(event.quantities),
                "negated": event.negated,
                "asserted_by": speaker,
                "asserted_by_attribution": event.asserted_by,
                "publisher": article.outlet,
            }
        )
    return records
