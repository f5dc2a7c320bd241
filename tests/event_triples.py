"""Events of a sentence as (type, actor country, recipient country): the shape the behaviour tables compare."""

from __future__ import annotations

from parley.extract.pipeline import extract


def triples(text: str, published: str = "2022-02-04T10:11", *, shown: bool = False) -> list[tuple[str, str | None, str | None]]:
    """``shown``: only the events shown by default (not partial)."""
    return [
        (
            e.type,
            e.actor.code[:3] if e.actor and e.actor.code else None,
            e.recipient.code[:3] if e.recipient and e.recipient.code else None,
        )
        for e in extract(text, published=published).events
        if not (shown and e.partial)
    ]


def first_shown(text: str, kind: str | None = None) -> bool | None:
    """Whether the first event (of type ``kind``, if given) is shown by default; None when there is none."""
    found = [e for e in extract(text).events if kind is None or e.type == kind]
    return (not found[0].partial) if found else None
