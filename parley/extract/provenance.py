"""Provenance: who published a story and which source it credits.

The publisher is the outlet the article was read from (reader metadata), else
the outlet in its dateline, else its web site. The original source is what the
text itself says: a republication note ("originally published by"), a wire
dateline (``MOSCOW (Reuters) -``) or credit line, an interview given to an
outlet (``told TASS in an interview``), or a report it cites (``according to
Reuters``). Phrases are data (``parley/data/provenance/patterns.tsv``), outlets
too (``outlets.tsv``). An interview recorded by the attribution step (addressee
plus channel) counts like the phrase that says so.

Interviews and citations count only in the lead: a story that quotes "told CNN"
in its ninth paragraph did not come from CNN. A source equal to the publisher
is the publisher's own reporting and is not repeated as the original source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING
from urllib.parse import urlparse

from parley.extract.pipeline import Step
from parley.models import ExtractedArticle, Provenance, Span, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["STEP", "Outlet", "canonical_outlet", "find_provenance", "outlet_for_domain", "outlets"]

# The lead is where a story says where it comes from: its first sentences.
_LEAD_SENTENCES = 3
_LEAD_MIN_CHARS = 300
# A capitalised name of up to five words ("Kommersant", "The Moscow Times", "Le Figaro").
_NAME = r"(?:[A-Z][\w&'’.-]*(?: (?:[A-Z][\w&'’.-]*|of|de|du|la|le|al|el)){0,4})"


@dataclass(frozen=True)
class Outlet:
    name: str
    aliases: tuple[str, ...]
    domains: tuple[str, ...]


@dataclass(frozen=True)
class _Pattern:
    priority: int
    channel: str
    regex: re.Pattern[str]
    anywhere: bool  # republication notes and wire credits count wherever they are


@lru_cache(maxsize=1)
def outlets() -> tuple[Outlet, ...]:
    data = resources.files("parley.data.provenance").joinpath("outlets.tsv").read_text(encoding="utf-8")
    found = []
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, domains = (line.split("\t") + ["", ""])[:3]
        found.append(Outlet(name, tuple(a for a in aliases.split("|") if a), tuple(d for d in domains.split("|") if d)))
    return tuple(found)


@lru_cache(maxsize=1)
def _alias_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for outlet in outlets():
        for alias in (outlet.name, *outlet.aliases):
            table.setdefault(alias.casefold(), outlet.name)
    return table


def canonical_outlet(name: str | None) -> str | None:
    """The canonical name of an outlet: ``"Associated Press" -> "AP"``; unknown names are kept as written."""
    if not name:
        return None
    cleaned = re.sub(r"^the\s+", "", name.strip(), flags=re.I) if name.strip().lower().startswith("the ") else name.strip()
    table = _alias_table()
    known = table.get(name.strip().casefold()) or table.get(cleaned.casefold())
    if known:
        return known
    if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}", name.strip().lower()):  # readers may give the site: "voanews.com"
        return outlet_for_domain(name.strip())
    return name.strip()


def outlet_for_domain(url: str | None) -> str | None:
    """The outlet behind a URL: a known outlet for its domain, else the bare host name."""
    if not url:
        return None
    host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower()
    if not host:
        return None
    host = host.removeprefix("www.")
    for outlet in outlets():
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet.name
    return host


@lru_cache(maxsize=1)
def _patterns() -> tuple[_Pattern, ...]:
    aliases = sorted({a for o in outlets() for a in (o.name, *o.aliases)}, key=len, reverse=True)
    # An outlet alias must end where the name ends: "the Guardian Council" is not the Guardian.
    outlet_re = "(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-]| [A-Z][a-z])"
    data = resources.files("parley.data.provenance").joinpath("patterns.tsv").read_text(encoding="utf-8")
    patterns = []
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        priority, channel, raw = line.split("\t", 2)
        regex = re.compile(raw.replace("{OUTLET}", outlet_re).replace("{NAME}", _NAME), re.M)
        patterns.append(_Pattern(int(priority), channel, regex, anywhere=int(priority) <= 2))
    return tuple(sorted(patterns, key=lambda p: p.priority))


def _lead_end(article: ExtractedArticle) -> int:
    if article.sentences:
        index = min(len(article.sentences), _LEAD_SENTENCES) - 1
        return max(article.sentences[index].end, min(_LEAD_MIN_CHARS, len(article.text)))
    return min(len(article.text), 600)


def _last_outlet_before(text: str, position: int) -> str | None:
    """The outlet most recently named before ``position`` ("... TASS ... the agency reported")."""
    best: tuple[int, str] | None = None
    for alias, name in _alias_table().items():
        for match in re.finditer(r"\b" + re.escape(alias) + r"\b", text[:position], re.I):
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
    return best[1] if best else None


def _from_attributions(article: ExtractedArticle, lead_end: int) -> list[tuple[int, int, str, str, Span]]:
    """Interviews the attribution step recorded: (priority, position, source, channel, evidence)."""
    found = []
    text = article.text
    for attribution in article.attributions:
        addressee = attribution.addressee
        if addressee is None or not addressee.name:
            continue
        anchor = attribution.cue or attribution.source or (attribution.content[0] if attribution.content else None)
        if anchor is None or anchor.start >= lead_end:
            continue
        name = canonical_outlet(addressee.name) or addressee.name
        known = name in {o.name for o in outlets()}
        channel = (addressee.channel or "").lower() or ("comment" if known else "")
        if not known and channel != "interview":  # "told reporters", "told lawmakers": not a source
            continue
        # Evidence: from the cue to the end of "in an interview" (or the addressee name) in that sentence.
        start = anchor.start
        window_end = min(len(text), start + 200)
        at = text.find(addressee.name, start, window_end)
        if at < 0:
            evidence = anchor
        else:
            end = at + len(addressee.name)
            tail = re.match(r"\s+in an (?:exclusive )?interview", text[end:window_end])
            evidence = make_span(text, start, end + (tail.end() if tail else 0))
        found.append((3, anchor.start, name, channel or "interview", evidence))
    return found


def find_provenance(article: ExtractedArticle) -> Provenance:
    """The provenance of an extracted article (pure: reads the text, dateline, url and attributions)."""
    text = article.text
    dateline_outlet = canonical_outlet(article.dateline.outlet if article.dateline else None)
    declared = canonical_outlet(article.outlet)
    # build_article copies the dateline outlet into ``outlet`` when the reader had none; the site
    # then says more about who published it ("MOSCOW (Reuters) -" on example.org: a Reuters story).
    if declared is not None and declared == dateline_outlet and article.url:
        declared = None
    publisher = declared or outlet_for_domain(article.url) or dateline_outlet
    lead_end = _lead_end(article)
    candidates = _from_attributions(article, lead_end)
    for pattern in _patterns():
        for match in pattern.regex.finditer(text):
            if not pattern.anywhere and match.start() >= lead_end:
                break
            if "source" in pattern.regex.groupindex and match.group("source"):
                source = canonical_outlet(match.group("source"))
            else:
                source = _last_outlet_before(text, match.start())
            if not source:
                continue
            end = match.end()
            if source.endswith("."):  # "originally published by Meduza." ends the sentence, not the name
                source = source.rstrip(".")
                end -= len(text[:end]) - len(text[:end].rstrip("."))
            candidates.append((pattern.priority, match.start(), source, pattern.channel,
                               make_span(text, match.start(), end)))
    if dateline_outlet and article.dateline and article.dateline.span:
        candidates.append((2, article.dateline.span.start, dateline_outlet, "wire", article.dateline.span))
    candidates = [c for c in candidates if publisher is None or c[2].casefold() != publisher.casefold()]
    if not candidates:
        return Provenance(publisher=publisher)
    # An interview the attribution step and a phrase both found: prefer the wider evidence.
    priority, position, source, channel, evidence = min(
        candidates, key=lambda c: (c[0], c[1], -(c[4].end - c[4].start))
    )
    if channel == "comment" and any(c[2] == source and c[3] == "interview" for c in candidates):
        channel = "interview"
    return Provenance(publisher=publisher, original_source=source, original_channel=channel, evidence=evidence)


def provenance_step(doc: "Doc", partial: ExtractedArticle) -> Provenance:
    return find_provenance(partial)


STEP = Step(name="provenance", field="provenance", run=provenance_step)
