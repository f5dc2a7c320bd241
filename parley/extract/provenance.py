"""Provenance: who published a story and which source it credits.

The publisher is the outlet the article was read from (reader metadata), else
the outlet in its dateline, else its web site. The original source is what the
text itself says: a republication note ("originally published by"), a wire
dateline (``MOSCOW (Reuters) -``) or credit line, an interview given to an
outlet (``told TASS in an interview``), or a report it cites (``according to
Reuters``). Phrases are data (``parley/data/provenance/patterns.tsv``), outlets
too (``outlets.tsv``), and so are the lead's size and the evidence window
(``settings.toml``), read into :class:`ProvenanceRules` by :func:`load_rules`.
An interview recorded by the attribution step (addressee plus channel) counts
like the phrase that says so.

Interviews and citations count only in the lead: a story that quotes "told CNN"
in its ninth paragraph did not come from CNN. A source equal to the publisher
is the publisher's own reporting and is not repeated as the original source.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple
from urllib.parse import urlparse

from parley.datafiles import DataFiles, packaged
from parley.extract.pipeline import Step
from parley.models import ExtractedArticle, Provenance, Span, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = [
    "STEP", "Outlet", "ProvenanceRules", "ProvenanceSettings", "canonical_outlet", "default_rules", "find_provenance",
    "load_rules", "outlet_for_domain", "outlets",
]

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


@dataclass(frozen=True)
class ProvenanceSettings:
    """The numbers of ``provenance/settings.toml`` (each key's comment there says why)."""

    lead_sentences: int
    lead_min_chars: int
    lead_fallback_chars: int
    interview_evidence_chars: int
    anywhere_max_priority: int
    dateline_priority: int
    interview_priority: int


@dataclass(frozen=True)
class ProvenanceRules:
    """Outlets, source phrases and settings of the provenance step."""

    outlets: tuple[Outlet, ...]
    patterns: tuple[_Pattern, ...]
    settings: ProvenanceSettings
    aliases: dict[str, str]  # every outlet name and alias (case-folded) -> the outlet's canonical name


def _aliases(found: tuple[Outlet, ...]) -> dict[str, str]:
    """The first row naming an alias wins."""
    table: dict[str, str] = {}
    for outlet in found:
        for alias in (outlet.name, *outlet.aliases):
            table.setdefault(alias.casefold(), outlet.name)
    return table


def _read_outlets(files: DataFiles) -> tuple[Outlet, ...]:
    found = []
    for row in files.rows("provenance/outlets.tsv"):
        name, aliases, domains = (*row, "", "")[:3]
        found.append(Outlet(name, tuple(a for a in aliases.split("|") if a), tuple(d for d in domains.split("|") if d)))
    return tuple(found)


def _read_patterns(files: DataFiles, found: tuple[Outlet, ...], anywhere_max: int) -> tuple[_Pattern, ...]:
    aliases = sorted({a for o in found for a in (o.name, *o.aliases)}, key=len, reverse=True)
    # An outlet alias must end where the name ends: "the Guardian Council" is not the Guardian.
    outlet_re = "(?:" + "|".join(re.escape(a) for a in aliases) + r")(?![\w-]| [A-Z][a-z])"
    patterns = []
    for priority, channel, *raw in files.rows("provenance/patterns.tsv", min_columns=3):
        regex = re.compile("\t".join(raw).replace("{OUTLET}", outlet_re).replace("{NAME}", _NAME), re.M)
        patterns.append(_Pattern(int(priority), channel, regex, anywhere=int(priority) <= anywhere_max))
    return tuple(sorted(patterns, key=lambda p: p.priority))


def load_rules(files: DataFiles) -> ProvenanceRules:
    """The provenance rules read from ``provenance/*`` under ``files``."""
    settings = files.settings("provenance/settings.toml", ProvenanceSettings)
    found = _read_outlets(files)
    return ProvenanceRules(found, _read_patterns(files, found, settings.anywhere_max_priority), settings, _aliases(found))


@lru_cache(maxsize=1)
def default_rules() -> ProvenanceRules:
    """The packaged provenance rules, read once per process."""
    return load_rules(packaged())


def outlets() -> tuple[Outlet, ...]:
    """The known outlets of the packaged table (``provenance/outlets.tsv``)."""
    return default_rules().outlets


def canonical_outlet(name: str | None, *, rules: ProvenanceRules | None = None) -> str | None:
    """The canonical name of an outlet: ``"Associated Press" -> "AP"``; unknown names are kept as written."""
    if not name:
        return None
    rules = rules or default_rules()
    cleaned = re.sub(r"^the\s+", "", name.strip(), flags=re.I) if name.strip().lower().startswith("the ") else name.strip()
    table = rules.aliases
    known = table.get(name.strip().casefold()) or table.get(cleaned.casefold())
    if known:
        return known
    if re.fullmatch(r"(?:[\w-]+\.)+[a-z]{2,}", name.strip().lower()):  # readers may give the site: "voanews.com"
        return outlet_for_domain(name.strip(), rules=rules)
    return name.strip()


def outlet_for_domain(url: str | None, *, rules: ProvenanceRules | None = None) -> str | None:
    """The outlet behind a URL: a known outlet for its domain, else the bare host name."""
    if not url:
        return None
    host = (urlparse(url if "//" in url else f"//{url}").hostname or "").lower()
    if not host:
        return None
    host = host.removeprefix("www.")
    for outlet in (rules or default_rules()).outlets:
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet.name
    return host


class _Candidate(NamedTuple):
    """A credited source found by one rule; the lowest (priority, position, widest evidence) wins."""

    priority: int
    position: int
    source: str
    channel: str
    evidence: Span


def _lead_end(article: ExtractedArticle, settings: ProvenanceSettings) -> int:
    if article.sentences:
        index = min(len(article.sentences), settings.lead_sentences) - 1
        return max(article.sentences[index].end, min(settings.lead_min_chars, len(article.text)))
    return min(len(article.text), settings.lead_fallback_chars)


def _last_outlet_before(text: str, position: int, rules: ProvenanceRules) -> str | None:
    """The outlet most recently named before ``position`` ("... TASS ... the agency reported")."""
    best: tuple[int, str] | None = None
    for alias, name in rules.aliases.items():
        for match in re.finditer(r"\b" + re.escape(alias) + r"\b", text[:position], re.I):
            if best is None or match.start() > best[0]:
                best = (match.start(), name)
    return best[1] if best else None


def _from_attributions(article: ExtractedArticle, lead_end: int, rules: ProvenanceRules) -> list[_Candidate]:
    """Interviews the attribution step recorded ("has told TASS in an interview")."""
    found = []
    text = article.text
    known_names = {o.name for o in rules.outlets}
    for attribution in article.attributions:
        addressee = attribution.addressee
        if addressee is None or not addressee.name:
            continue
        anchor = attribution.cue or attribution.source or (attribution.content[0] if attribution.content else None)
        if anchor is None or anchor.start >= lead_end:
            continue
        name = canonical_outlet(addressee.name, rules=rules) or addressee.name
        known = name in known_names
        channel = (addressee.channel or "").lower() or ("comment" if known else "")
        if not known and channel != "interview":  # "told reporters", "told lawmakers": not a source
            continue
        # Evidence: from the cue to the end of "in an interview" (or the addressee name) in that sentence.
        start = anchor.start
        window_end = min(len(text), start + rules.settings.interview_evidence_chars)
        at = text.find(addressee.name, start, window_end)
        if at < 0:
            evidence = anchor
        else:
            end = at + len(addressee.name)
            tail = re.match(r"\s+in an (?:exclusive )?interview", text[end:window_end])
            evidence = make_span(text, start, end + (tail.end() if tail else 0))
        found.append(_Candidate(rules.settings.interview_priority, anchor.start, name, channel or "interview", evidence))
    return found


def _from_phrases(article: ExtractedArticle, lead_end: int, rules: ProvenanceRules) -> list[_Candidate]:
    """Source phrases of ``patterns.tsv``: republication notes, wire credits, interviews, citations."""
    text = article.text
    found = []
    for pattern in rules.patterns:
        for match in pattern.regex.finditer(text):
            if not pattern.anywhere and match.start() >= lead_end:
                break
            if "source" in pattern.regex.groupindex and match.group("source"):
                source = canonical_outlet(match.group("source"), rules=rules)
            else:
                source = _last_outlet_before(text, match.start(), rules)
            if not source:
                continue
            end = match.end()
            if source.endswith("."):  # "originally published by Meduza." ends the sentence, not the name
                source = source.rstrip(".")
                end -= len(text[:end]) - len(text[:end].rstrip("."))
            found.append(_Candidate(pattern.priority, match.start(), source, pattern.channel,
                                    make_span(text, match.start(), end)))
    return found


def _from_dateline(article: ExtractedArticle, lead_end: int, rules: ProvenanceRules) -> list[_Candidate]:
    """An outlet in the dateline ("MOSCOW (Reuters) -"): a wire credit."""
    outlet = canonical_outlet(article.dateline.outlet if article.dateline else None, rules=rules)
    if not outlet or article.dateline is None or article.dateline.span is None:
        return []
    span = article.dateline.span
    return [_Candidate(rules.settings.dateline_priority, span.start, outlet, "wire", span)]


# The rules that find credited sources, in the order their candidates are gathered; one pass
# (``_settle``) then picks the winner.
_SOURCE_RULES: tuple[Callable[[ExtractedArticle, int, ProvenanceRules], list[_Candidate]], ...] = (
    _from_attributions,
    _from_phrases,
    _from_dateline,
)


def _publisher(article: ExtractedArticle, rules: ProvenanceRules) -> str | None:
    dateline_outlet = canonical_outlet(article.dateline.outlet if article.dateline else None, rules=rules)
    declared = canonical_outlet(article.outlet, rules=rules)
    # build_article copies the dateline outlet into ``outlet`` when the reader had none; the site
    # then says more about who published it ("MOSCOW (Reuters) -" on example.org: a Reuters story).
    if declared is not None and declared == dateline_outlet and article.url:
        declared = None
    return declared or outlet_for_domain(article.url, rules=rules) or dateline_outlet


def _settle(publisher: str | None, candidates: list[_Candidate]) -> Provenance:
    """The one resolution pass: a source equal to the publisher is its own reporting; then the lowest
    priority, earliest, widest evidence wins."""
    candidates = [c for c in candidates if publisher is None or c.source.casefold() != publisher.casefold()]
    if not candidates:
        return Provenance(publisher=publisher)
    # An interview the attribution step and a phrase both found: prefer the wider evidence.
    best = min(candidates, key=lambda c: (c.priority, c.position, -(c.evidence.end - c.evidence.start)))
    channel = best.channel
    if channel == "comment" and any(c.source == best.source and c.channel == "interview" for c in candidates):
        channel = "interview"
    return Provenance(publisher=publisher, original_source=best.source, original_channel=channel, evidence=best.evidence)


def find_provenance(article: ExtractedArticle, *, rules: ProvenanceRules | None = None) -> Provenance:
    """The provenance of an extracted article (pure: reads the text, dateline, url and attributions)."""
    rules = rules or default_rules()
    lead_end = _lead_end(article, rules.settings)
    candidates = [c for rule in _SOURCE_RULES for c in rule(article, lead_end, rules)]
    return _settle(_publisher(article, rules), candidates)


def provenance_step(doc: "Doc", partial: ExtractedArticle) -> Provenance:
    return find_provenance(partial)


STEP = Step(name="provenance", field="provenance", run=provenance_step)
