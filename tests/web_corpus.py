"""A small hand-made corpus for the API, schemathesis and browser tests.

Records are built directly (no spaCy), so the tests know exactly what is stored:
the seed article with its gold attributions and events, a Russian statement on the
same notion, an unrelated story, and an article whose quote is an HTML script tag
(it must render as text). Notion terms are listed by hand, as the terms step would give
them: the store indexes them for notion discovery.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from parley.ingest.article import build_article
from parley.models import (
    Addressee,
    Attribution,
    Entity,
    Event,
    EventActor,
    ExtractedArticle,
    Provenance,
    Speaker,
    make_span,
)

FIXTURES = Path(__file__).resolve().parent / "fixtures"
XSS = "<script>alert(1)</script>"


def _with_terms(article: ExtractedArticle, *phrases: str) -> ExtractedArticle:
    """The article with every occurrence of these phrases (any case) as its notion terms."""
    spans = sorted(
        (make_span(article.text, m.start(), m.end()) for phrase in phrases for m in _finditer_i(article.text, phrase)),
        key=lambda s: (s.start, s.end),
    )
    return article.model_copy(update={"terms": spans, "steps": [*article.steps, "terms"]})


def _finditer_i(text: str, phrase: str) -> list[Any]:
    import re

    return list(re.finditer(re.escape(phrase), text, re.IGNORECASE))


def _span(text: str, d: dict[str, Any] | None) -> Any:
    return make_span(text, d["start"], d["end"]) if d else None


def seed_article() -> ExtractedArticle:
    text = (FIXTURES / "seed-article.txt").read_text(encoding="utf-8")
    gold = json.loads((FIXTURES / "seed-gold.json").read_text(encoding="utf-8"))
    base = build_article(text=text, title=gold["metadata"]["title"], published=gold["metadata"]["published"])
    attributions = []
    for a in gold["attributions"]:
        contents = a["content"] if isinstance(a["content"], list) else [a["content"]]
        addressee = a.get("addressee")
        attributions.append(Attribution(
            kind=a["kind"], content=[_span(text, c) for c in contents], cue=_span(text, a.get("cue")),
            source=_span(text, a.get("source")), speaker=Speaker(**a["speaker"]),
            addressee=Addressee(name=addressee["name"], channel=addressee.get("medium")) if addressee else None,
        ))
    events = []
    for e in gold["events"]:
        start = text.find(e["text"])
        if start < 0:
            continue
        asserted = None
        if e.get("asserted_by"):
            asserted = next((i for i, a in enumerate(attributions)
                             if any(c.start <= start < c.end for c in a.content)), 0)
        events.append(Event(
            type=e["type"], actor=EventActor(name=e["actor"], code=e["actor"]),
            recipient=EventActor(name=e["recipient"], code=e["recipient"]) if e.get("recipient") else None,
            trigger=make_span(text, start, start + len(e["text"])), asserted_by=asserted,
        ))
    russia = [m.start() for m in _finditer(text, "Russia")]
    entities = [
        Entity(name="Victoria Nuland", type="PERSON", code="USAGOV", country="USA",
               mentions=[make_span(text, s, s + 7) for s in (text.find("Nuland"),)]),
        Entity(name="Russia", type="COUNTRY", code="RUS", country="RUS",
               mentions=[make_span(text, s, s + 6) for s in russia]),
    ]
    article = ExtractedArticle(**base.model_dump(), attributions=attributions, events=events, entities=entities,
                               provenance=Provenance(publisher="ARTSAKHPRESS", original_source="TASS",
                                                     original_channel="interview"))
    return _with_terms(article, "indivisible security", "indivisibility of security", "peace and security")


def _finditer(text: str, word: str) -> list[Any]:
    import re

    return list(re.finditer(re.escape(word), text))


def _statement_article(text: str, quote: str, speaker: Speaker, *, cue: str, mention: str, **fields: Any) -> ExtractedArticle:
    base = build_article(text=text, **fields)
    q = text.index(quote)
    c = text.index(cue)
    m = text.index(mention)
    attribution = Attribution(
        kind="direct", content=[make_span(text, q, q + len(quote))], cue=make_span(text, c, c + len(cue)),
        source=make_span(text, m, m + len(mention)), speaker=speaker,
    )
    return ExtractedArticle(**base.model_dump(), attributions=[attribution])


def russian_article() -> ExtractedArticle:
    quote = "Security is indivisible, and NATO expansion violates the indivisibility of security in Europe."
    text = (f'MOSCOW, February 10 (TASS) - Russian Foreign Ministry spokeswoman Maria Zakharova said: "{quote}" '
            "She spoke at a weekly briefing.")
    article = _statement_article(
        text, quote, Speaker(name="Maria Zakharova", role="Foreign Ministry spokeswoman", affiliation="RUS"),
        cue="said", mention="Russian Foreign Ministry spokeswoman Maria Zakharova",
        title="Zakharova: security is indivisible", outlet="TASS", published="2022-02-10T12:00:00Z",
        url="https://example.org/tass/zakharova",
    )
    start = text.index("NATO expansion")
    event = Event(type="ACCUSE", actor=EventActor(name="Russia", code="RUSGOV"),
                  recipient=EventActor(name="NATO", code="IGONAT"), trigger=make_span(text, start, start + 14),
                  asserted_by=0)
    return _with_terms(article.model_copy(update={"events": [event]}), "security is indivisible", "NATO expansion",
                       "indivisibility of security")


def unrelated_article() -> ExtractedArticle:
    quote = "The harvest this year was the best in a decade."
    text = f'KYIV, March 3 - Farmers gathered in the square. "{quote}" said Olena Petrenko, a farmer.'
    return _with_terms(_statement_article(
        text, quote, Speaker(name="Olena Petrenko", role="farmer", affiliation="UKR"),
        cue="said", mention="Olena Petrenko", title="A good harvest", outlet="VOA",
        published="2023-03-03T09:00:00Z", url="https://example.org/voa/harvest",
    ), "harvest")


def xss_article() -> ExtractedArticle:
    text = f'LONDON, May 5 - A hacker wrote: "{XSS}" in a comment, police said.'
    return _statement_article(
        text, XSS, Speaker(name="Mallory <b>Hacker</b>", role="<i>commenter</i>", affiliation="GBR"),
        cue="wrote", mention="A hacker", title=f"Escaping test {XSS}", outlet="Example News",
        published="2024-05-05T10:00:00Z", url="https://example.org/xss",
    )


def syndicated_copy() -> ExtractedArticle:
    """The seed story as TASS ran it an hour earlier: another dateline, same words, nothing extracted."""
    seed = (FIXTURES / "seed-article.txt").read_text(encoding="utf-8")
    text = seed.replace("STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS:", "MOSCOW, FEBRUARY 4, TASS:")
    base = build_article(text=text, title="Nuland: US wants to discuss indivisible security with Russia",
                         outlet="TASS", published="2022-02-04T09:00", url="https://example.org/tass/nuland")
    return ExtractedArticle(**base.model_dump())


def corpus() -> list[ExtractedArticle]:
    return [seed_article(), russian_article(), unrelated_article(), xss_article(), syndicated_copy()]
