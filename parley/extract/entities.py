"""Canonical entities: countries, organisations, people and documents, each with its mentions.

spaCy's NER proposes names; the actor dictionaries decide what they are. So "Crimea" tagged
ORG becomes a mention of Ukraine (region Crimea), a bare "Nuland" tagged GPE becomes a
mention of Victoria Nuland, and "US" in "US diplomat", which NER misses, is still the USA.

Order of claims over the tokens, so that one piece of text has one reading:
documents ("the Astana Declaration" is not Kazakhstan), then people, then the gazetteer
scan (countries, demonyms, capitals, regions, organisations, national bodies), then
whatever NER found that none of these explain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from parley.actors.codes import actor_code, sector_of_role
from parley.actors.gazetteer import (
    CountryMatch,
    OrgMatch,
    country_name,
    gazetteer,
    normalise,
)
from parley.datafiles import DataFiles, packaged
from parley.extract.people import find_people
from parley.extract.pipeline import Step
from parley.models import Entity, ExtractedArticle, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["CLAIMS", "STEP", "EntityRules", "EntitySettings", "default_rules", "find_documents", "find_entities", "load_rules"]


@dataclass(frozen=True)
class EntitySettings:
    """The numbers of ``entities/settings.toml`` (each key's comment there says why)."""

    document_window_before: int
    document_window_after: int
    adoption_window: int
    name_part_min_chars: int


@dataclass(frozen=True)
class EntityRules:
    """Everything the entity rules read (``parley/data/entities``), document patterns compiled."""

    ner_types: dict[str, str]  # spaCy label -> parley entity type
    document_openers: frozenset[str]
    connectors: frozenset[str]
    name_particles: frozenset[str]
    inner_particles: frozenset[str]  # "de", "von": inside a name ("Santa Rosa de Lima")
    place_suffixes: frozenset[str]  # "City", "Oblast": a place name's own part
    government_nouns: frozenset[str]
    document: re.Pattern[str]  # a capitalised document name around a head word
    lower_document: re.Pattern[str]  # capitalised modifiers before a lower-case head ("the Minsk agreements")
    any_head: re.Pattern[str]  # any head word, capitalised or not
    resolution: re.Pattern[str]  # a numbered resolution ("UN resolution 2254")
    resolution_body: re.Pattern[str]  # the body written before one, dropped from its name
    adopted: re.Pattern[str]  # when and by whom, right after a document's name
    settings: EntitySettings


# -- documents ---------------------------------------------------------------------------

_CAP = r"(?:[A-Z][\w'’.\-]*|\d+(?:st|nd|rd|th)?)"


def _document_patterns(files: DataFiles) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rows = files.rows("entities/document_heads.tsv", min_columns=2)
    heads = "|".join(row[0] for row in rows)
    lower = "|".join(row[0].lower() for row in rows if row[1] == "yes")
    document = re.compile(
        rf"(?:\b[Tt]he\s+)?(?:(?P<year>(?:1[89]|20)\d\d)\s+)?"
        rf"(?P<mods>(?:{_CAP}\s+){{0,5}}?)"
        rf"(?P<head>\b(?:{heads})\b)"
        rf"(?P<tail>(?:\s+(?:No\.\s*)?\d+(?:\s*\(\d{{4}}\))?)?"
        rf"(?:\s+(?:of|for|on|to|between|in)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+(?!the\b)|of\s+|the\s+|on\s+|in\s+)*{_CAP}){{0,5}})?)"
    )
    lower_document = re.compile(
        r"(?:\b[Tt]he\s+)?(?:(?P<year>(?:1[89]|20)\d\d)\s+)?(?P<mods>(?:[A-Z][\w'’\-]*\s+){1,3})"
        rf"(?P<head>(?:{lower}))\b(?P<tail>)"
    )
    any_head = re.compile(rf"\b(?:{heads}|{lower})\b")
    return document, lower_document, any_head


def _resolution_patterns(files: DataFiles) -> tuple[re.Pattern[str], re.Pattern[str]]:
    bodies = "|".join(re.escape(body) + " " for body in files.ordered_words("entities/resolution_bodies.tsv", lower=False))
    resolution = re.compile(rf"\b(?:{bodies})?[Rr]esolution\s+(?:No\.\s*)?\d{{2,5}}\b")
    return resolution, re.compile(rf"^(?:{bodies})")


def _adoption_pattern(files: DataFiles) -> re.Pattern[str]:
    verbs = "|".join(files.ordered_words("entities/adoption_verbs.tsv"))
    return re.compile(
        rf"^,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:{verbs})\s+(?:at|during|in|by)\s+(?:the\s+)?"
        r"(?:(?P<year>(?:1[89]|20)\d\d)\s+)?(?P<by>[A-Z][\w\-]*)?"
    )


def load_rules(files: DataFiles) -> EntityRules:
    """The entity rules read from ``entities/*`` under ``files``."""
    document, lower_document, any_head = _document_patterns(files)
    resolution, resolution_body = _resolution_patterns(files)
    return EntityRules(
        ner_types=files.mapping("entities/ner_types.tsv", lower_keys=False),
        document_openers=files.words("entities/document_openers.tsv", lower=False),
        connectors=files.words("entities/name_connectors.tsv"),
        name_particles=files.words("entities/name_particles.tsv"),
        inner_particles=files.words("people/name_particles.tsv"),
        place_suffixes=files.words("entities/place_suffixes.tsv"),
        government_nouns=files.words("entities/government_nouns.tsv"),
        document=document,
        lower_document=lower_document,
        any_head=any_head,
        resolution=resolution,
        resolution_body=resolution_body,
        adopted=_adoption_pattern(files),
        settings=files.settings("entities/settings.toml", EntitySettings),
    )


@lru_cache(maxsize=1)
def default_rules() -> EntityRules:
    """The packaged entity rules, read once per process."""
    return load_rules(packaged())




@dataclass
class _Document:
    start: int
    end: int
    name: str
    kind: str
    year: int | None
    by: str | None


def _document_from_match(text: str, match: re.Match[str], head: str, rules: EntityRules) -> _Document | None:
    mods = match.group("mods").split()
    if mods and mods[0] in rules.document_openers:
        return None  # "The treaty was signed", "This Agreement": an article or determiner, not a name
    tail = match.group("tail") or ""
    if not mods and not tail.strip() and not match.group("year"):
        return None  # "the Treaty" alone names nothing
    start = match.start("mods") if mods else match.start("head")
    if match.group("year"):
        start = match.start("year")
    prefix = text[match.start() : start]
    if prefix.lower().startswith("the"):
        start = match.start()
    end = match.end()
    by = None
    name_words = list(mods)
    if name_words:
        owner = gazetteer().organisation(name_words[0])
        if owner is not None and owner.kind == "IGO":
            by = owner.code
            name_words = name_words[1:]
    name = " ".join([*name_words, text[match.start("head") : match.end()].strip()])
    year = int(match.group("year")) if match.group("year") else None
    after = rules.adopted.match(text[end : end + rules.settings.adoption_window])
    if after:
        if year is None and after.group("year"):
            year = int(after.group("year"))
        if by is None and after.group("by"):
            owner = gazetteer().organisation(after.group("by"))
            by = owner.code if owner else None
    kind = head.rstrip("s").capitalize()
    return _Document(start=start, end=end, name=" ".join(name.split()), kind=kind, year=year, by=by)


def _numbered_resolutions(text: str, rules: EntityRules) -> list[_Document]:
    """ "Resolution 2254", "UN Security Council resolution 1325"."""
    found = []
    for match in rules.resolution.finditer(text):
        name = rules.resolution_body.sub("", match.group(0))
        name = name[0].upper() + name[1:]
        found.append(_Document(match.start(), match.end(), name, "Resolution", None, None))
    return found


def find_documents(text: str, *, rules: EntityRules | None = None) -> list[_Document]:
    """Treaties, charters, declarations, resolutions and agreements named in ``text``."""
    rules = rules or default_rules()
    found = _numbered_resolutions(text, rules)
    taken: list[tuple[int, int]] = [(d.start, d.end) for d in found]

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    # The full patterns are slow to try at every position, so they only run in a window
    # around each head word ("Charter", "agreements"), which most articles never contain.
    for head in rules.any_head.finditer(text):
        window_start = max(0, head.start() - rules.settings.document_window_before)
        window = text[window_start : head.end() + rules.settings.document_window_after]
        for pattern in (rules.document, rules.lower_document):
            for match in pattern.finditer(window):
                if window_start + match.start("head") != head.start():
                    continue
                document = _document_from_match(window, match, match.group("head"), rules)
                if document is None:
                    continue
                document.start += window_start
                document.end += window_start
                if free(document.start, document.end):
                    found.append(document)
                    taken.append((document.start, document.end))
                break
    return sorted(found, key=lambda d: d.start)


# -- people ------------------------------------------------------------------------------


@dataclass
class _PersonMentions:
    name: str
    role: str | None = None
    affiliation: str | None = None
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _people(doc: "Doc", text: str) -> list[_PersonMentions]:
    """People from the shared people module (the same persons the attribution step resolves to)."""
    return [
        _PersonMentions(
            name=person.name,
            role=person.role,
            affiliation=person.affiliation,
            mentions=[(m.start, m.end) for m in person.mentions],
        )
        for person in find_people(doc, text)
    ]


def _is_person_name(name: str) -> bool:
    """Not a country, an organisation or a national group ("Bosnian Serbs") taken for a person."""
    g = gazetteer()
    if g.country(name) is not None or g.organisation(name) is not None:
        return False
    first = g.country(name.split()[0]) if name.split() else None
    return not (first is not None and first.via == "demonym")


# -- the gazetteer scan ------------------------------------------------------------------


def _scan(doc: "Doc", blocked: list[bool], rules: EntityRules) -> list[tuple[int, int, CountryMatch | None, OrgMatch | None]]:
    """Longest gazetteer matches over runs of capitalised tokens (plus "of", "for"... inside).

    Works on plain lists of the tokens' texts: building spaCy Token objects for every token
    of every article costs more than the lookups themselves.
    """
    g = gazetteer()
    texts = [t.text for t in doc]
    lowers = [t.lower() for t in texts]
    spaces = [t.whitespace_ for t in doc]
    sent_start = [bool(t.is_sent_start) for t in doc]
    n_tokens = len(texts)
    particles, connectors = rules.name_particles, rules.connectors

    def capitalised(i: int) -> bool:
        text = texts[i]
        if not text:
            return False
        first = text[0]
        if first.isupper():
            return True
        if lowers[i] in particles and i + 1 < n_tokens and texts[i + 1] == "-":
            return True
        return first.isdigit() and text[-1].isalpha()

    results: list[tuple[int, int, CountryMatch | None, OrgMatch | None]] = []
    i = 0
    while i < n_tokens:
        if blocked[i] or not capitalised(i):
            i += 1
            continue
        # The run of name-like tokens starting here bounds the candidate lengths.
        run_end = i + 1
        while (
            run_end < n_tokens
            and run_end - i < g.max_words
            and not blocked[run_end]
            and not sent_start[run_end]
            and (capitalised(run_end) or lowers[run_end] in connectors)
        ):
            run_end += 1
        matched = False
        for end in range(run_end, i, -1):
            if not capitalised(end - 1):
                continue
            text = "".join(texts[k] + spaces[k] for k in range(i, end - 1)) + texts[end - 1]
            if normalise(text) in g.not_countries:
                i, matched = end, True  # "South American": a region, and its "American" is no country
                break
            country = g.country(text)
            org = None if country is not None and country.via != "capital" else g.organisation(text)
            if country is None and (org is None or _another_states_body_inside(results, i, org)):
                continue
            results.append((i, end, country, org))
            i = end
            matched = True
            break
        if not matched:
            i += 1
    return results


def _another_states_body_inside(results: list[tuple[int, int, CountryMatch | None, OrgMatch | None]], start: int,
                                 org: OrgMatch) -> bool:
    """"Sudan People's Liberation Army": a body of another state read from the words right after a country's name in
    the same run of name words is part of a longer name (not China's People's Liberation Army; a PLV read, session 45);
    "the US State Department" keeps its own state's body."""
    if not results or results[-1][1] != start or results[-1][2] is None or org.country is None:
        return False
    # a state's name, not its demonym: "the pro-Iranian Hizbollah" is Lebanon's Hizbollah, backed by Iran (gsr-dev)
    return results[-1][2].via == "name" and org.country != results[-1][2].code


# -- the step ----------------------------------------------------------------------------


class _Builder:
    def __init__(self, text: str) -> None:
        self.text = text
        self.entities: dict[tuple[str, str], Entity] = {}

    def add(self, key: tuple[str, str], make: Any, start: int, end: int) -> Entity:
        entity = self.entities.get(key)
        if entity is None:
            entity = make()
            self.entities[key] = entity
        if all(m.start != start for m in entity.mentions):
            entity.mentions.append(make_span(self.text, start, end))
        return entity


def _with_article(doc: "Doc", start: int) -> int:
    """Token index including a preceding "the" ("the Donbass", "The United States")."""
    if start > 0 and doc[start - 1].lower_ == "the":
        return start - 1
    return start


@dataclass
class _Claims:
    """What the claims of one document share: the entities built so far and the tokens already
    claimed (a token claimed once is read once)."""

    doc: "Doc"
    text: str
    rules: EntityRules
    builder: _Builder
    blocked: list[bool]
    ner_label: dict[tuple[int, int], str]
    name_parts: dict[str, _PersonMentions] = field(default_factory=dict)  # "Nuland" -> Victoria Nuland

    def block(self, start_char: int, end_char: int) -> None:
        span = self.doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                self.blocked[i] = True


def _claim_documents(c: _Claims) -> None:
    """Documents claim their words (the OSCE in "the 1999 OSCE Charter" is still noted)."""
    for document in find_documents(c.text, rules=c.rules):
        entity = c.builder.add(
            ("DOCUMENT", normalise(document.name)),
            lambda d=document: Entity(name=d.name, type="DOCUMENT", kind=d.kind, year=d.year, by=d.by),
            document.start,
            document.end,
        )
        if entity.year is None and document.year is not None:
            entity.year = document.year
        if entity.by is None and document.by is not None:
            entity.by = document.by
        if document.by:
            by_match = gazetteer().organisation(document.by)
            found = re.search(rf"\b{re.escape(document.by)}\b", c.text[document.start : document.end])
            if by_match is not None and found:
                start = document.start + found.start()
                _add_org(c.builder, by_match, start, start + len(document.by), None)
        c.block(document.start, document.end)


def _person_code(person: _PersonMentions, sector: str | None) -> str | None:
    """The person's actor code; fills a missing affiliation from the Phoenix dictionaries."""
    if person.affiliation and len(person.affiliation) == 3 and person.affiliation.isupper():
        if country_name(person.affiliation) is None:
            # "Wall Street Journal reporter Evan Gershkovich": the affiliation is a body's short code (WSJ), not a
            # country; the person is coded as the body is (USAMED), never as a country "WSJ" ("a star anchor at Fox
            # News" was FOXGOV: PolNeAR read, session 46)
            body = gazetteer().organisation(person.affiliation) or gazetteer().organisation_coded(person.affiliation)
            return (body.actor or actor_code(body.country, body.sector)) if body is not None else None
        return actor_code(person.affiliation, sector or "GOV")
    if person.affiliation is None:
        # Heads of state and other office holders the Phoenix dictionaries know by name.
        known = gazetteer().person(person.name)
        if known and known[:3].isalpha():
            person.affiliation = known[:3] if known[:3] not in {"IGO", "NGO"} else None
            return known[:6] if known[3:6] else known
    return None


def _claim_people(c: _Claims) -> None:
    """People: their names and pronoun mentions are theirs; surnames NER calls places too."""
    for person in (p for p in _people(c.doc, c.text) if _is_person_name(p.name)):
        sector = sector_of_role(person.role)
        code = _person_code(person, sector)
        for start, end in sorted(person.mentions):
            c.builder.add(
                ("PERSON", person.name),
                lambda p=person, k=code, s=sector: Entity(
                    name=p.name,
                    type="PERSON",
                    role=p.role,
                    affiliation=p.affiliation,
                    code=k,
                    country=(k[:3] if country_name(k[:3]) else p.affiliation) if k else None,
                    sector=s,
                ),
                start,
                end,
            )
            if c.text[start:end].strip() and c.text[start:end][0].isupper():
                c.block(start, end)
        for part in person.name.split():
            if len(part) >= c.rules.settings.name_part_min_chars and part[0].isupper():
                c.name_parts.setdefault(part, person)


def _add_country(c: _Claims, start_tok: int, end_tok: int, country: CountryMatch, label: str | None) -> None:
    doc = c.doc
    span = doc[start_tok:end_tok]
    first = start_tok
    if country.via not in {"name", "region"} and doc[start_tok].lower_ == "the" and end_tok - start_tok > 1:
        first = start_tok + 1  # "The Nigerian army": the article belongs to "army"
    elif country.via in {"name", "region"} and (
        span[-1].dep_ not in {"compound", "amod", "poss"} or country.via == "region"
    ):
        first = _with_article(doc, start_tok)
    entity = c.builder.add(
        ("COUNTRY", country.code),
        lambda m=country, lab=label: Entity(
            name=country_name(m.code) or m.code, type="COUNTRY", code=m.code, country=m.code, label=lab
        ),
        doc[first].idx,
        span.end_char,
    )
    if country.region and country.region not in entity.regions:
        entity.regions.append(country.region)
        entity.region = entity.region or country.region


def _inside_longer_name(c: _Claims, start_tok: int, end_tok: int) -> bool:
    """A country or capital matched inside a longer name that is something else: after a particle
    that follows a capitalised word ("Santa Rosa de Lima", "Rodrigo de Lima"), or a multiword name
    that NER continues into a longer place ("Santa Cruz Barillas"; not "New York City")."""
    doc = c.doc
    if start_tok >= 2 and doc[start_tok - 1].text in c.rules.inner_particles and doc[start_tok - 2].text[:1].isupper():
        return True
    if end_tok - start_tok < 2 or end_tok >= len(doc):
        return False
    after = doc[end_tok]
    ent = after.ent_type_ in ("GPE", "LOC", "FAC") and after.ent_iob_ == "I" and after.text[:1].isupper()
    return ent and after.lower_ not in c.rules.place_suffixes


def _currency_prefix(text: str) -> bool:
    """A country's short form that prefixes a currency sign ("US $", "HK $", "NZ $"), not a name ("Pakistan $2 billion")."""
    return text.isupper() and len(text.replace(".", "")) <= 3


def _claim_gazetteer(c: _Claims) -> None:
    """The gazetteer: countries (names, demonyms, capitals, regions) and organisations."""
    doc = c.doc
    for start_tok, end_tok, country, org in _scan(doc, c.blocked, c.rules):
        span = doc[start_tok:end_tok]
        label = c.ner_label.get((span.start, span.end))
        if end_tok < len(doc) and doc[end_tok].is_currency and _currency_prefix(span.text):
            continue  # "US $50 million" names a currency, not the country; "lent Pakistan $2 billion" names Pakistan
        if country is not None and org is None and _inside_longer_name(c, start_tok, end_tok):
            continue  # "Santa Rosa de Lima", "Santa Cruz Barillas": another place's or a person's name
        if country is not None and (org is None or country.via == "capital"):
            _add_country(c, start_tok, end_tok, country, label)
        elif org is not None:
            _add_org(c.builder, org, span.start_char, span.end_char, label)
        for i in range(start_tok, end_tok):
            c.blocked[i] = True


def _claim_led_governments(c: _Claims) -> None:
    """ "the Bush administration": a leader's name standing for the government."""
    doc = c.doc
    for token in doc:
        if (
            not c.blocked[token.i]
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lemma_.lower() in c.rules.government_nouns
            and token.text[:1].isupper()
        ):
            known = gazetteer().person(token.text)
            if known and known[:3].isalpha() and known[:3] not in {"IGO", "NGO"}:
                noun = doc[token.i + 1]
                c.builder.add(
                    ("ORGANIZATION", f"{token.text} {noun.lower_}"),
                    lambda t=token, k=known, n=noun: Entity(
                        name=f"{t.text} {n.lower_}", type="ORGANIZATION", kind="GOV",
                        code=f"{k[:3]}GOV", country=k[:3], sector="GOV",
                    ),
                    token.idx,
                    noun.idx + len(noun.text),
                )
                c.blocked[token.i] = c.blocked[token.i + 1] = True


def _claim_ner(c: _Claims) -> None:
    """What NER found that nothing above explains."""
    for ent in c.doc.ents:
        kind = c.rules.ner_types.get(ent.label_)
        if kind is None or any(c.blocked[i] for i in range(ent.start, ent.end)):
            continue
        stripped = ent.text.strip()
        named = c.name_parts.get(stripped)
        if named is not None:  # "Nuland" tagged GPE: the person, not a place
            c.builder.add(("PERSON", named.name), lambda p=named: Entity(name=p.name, type="PERSON"), ent.start_char, ent.end_char)
            continue
        name = re.sub(r"^[Tt]he\s+", "", stripped)
        if kind != "PERSON" and _add_listed_person(c, name, ent.start_char, ent.end_char):
            continue
        if kind == "DOCUMENT":
            c.builder.add(("DOCUMENT", normalise(name)), lambda n=name: Entity(name=n, type="DOCUMENT", label="LAW"), ent.start_char, ent.end_char)
            continue
        c.builder.add((kind, name), lambda n=name, k=kind, lab=ent.label_: Entity(name=n, type=k, label=lab), ent.start_char, ent.end_char)


def _add_listed_person(c: _Claims, name: str, start: int, end: int) -> bool:
    """"Maduro has closed the borders" with "Maduro" tagged ORG: a name the actor dictionaries list as a person
    (exactly, not by a shared surname) is that person, coded, whatever label NER gave it."""
    known = gazetteer().listed_person(name) if name[:1].isupper() and _is_person_name(name) else None
    if known is None or not known[:3].isalpha() or known[:3] in {"IGO", "NGO"}:
        return False
    code = known[:6] if known[3:6] else known
    c.builder.add(("PERSON", name), lambda n=name, k=code: Entity(name=n, type="PERSON", code=k, country=k[:3],
                                                                   affiliation=k[:3], sector=k[3:6] or None), start, end)
    return True


# The claims in order, so that one piece of text has one reading: documents ("the Astana Declaration"
# is not Kazakhstan), then people, then the gazetteer scan, then leaders standing for governments,
# then whatever NER found that none of these explain. Each claim blocks the tokens it reads.
CLAIMS: tuple[tuple[str, Callable[[_Claims], None]], ...] = (
    ("documents", _claim_documents),
    ("people", _claim_people),
    ("gazetteer", _claim_gazetteer),
    ("led governments", _claim_led_governments),
    ("ner", _claim_ner),
)


def find_entities(doc: "Doc", text: str, *, rules: EntityRules | None = None) -> list[Entity]:
    """Canonical entities of a parsed text (the pure function behind the ``entities`` step)."""
    claims = _Claims(
        doc=doc,
        text=text,
        rules=rules or default_rules(),
        builder=_Builder(text),
        blocked=[False] * len(doc),
        ner_label={(ent.start, ent.end): ent.label_ for ent in doc.ents},
    )
    for _name, claim in CLAIMS:
        claim(claims)
    entities = list(claims.builder.entities.values())
    for entity in entities:
        entity.mentions.sort(key=lambda m: m.start)
    entities.sort(key=lambda e: e.mentions[0].start if e.mentions else 0)
    return entities


def _add_org(builder: _Builder, org: OrgMatch, start: int, end: int, label: str | None) -> None:
    builder.add(
        # Curated bodies have their own short code (RUSMFA); composed ones ("Ukrainian army") share
        # an actor code with their siblings, so they are told apart by name.
        ("ORGANIZATION", org.code if org.code != org.actor else normalise(org.name)),
        lambda o=org, lab=label: Entity(
            name=o.name,
            type="ORGANIZATION",
            kind=o.kind,
            code=o.actor or o.code,
            country=o.country,
            sector=o.sector,
            label=lab,
        ),
        start,
        end,
    )


def _run(doc: "Doc", partial: ExtractedArticle) -> list[Entity]:
    return find_entities(doc, partial.text)


STEP = Step(name="entities", field="entities", run=_run)
