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
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from parley.actors.codes import actor_code, sector_of_role
from parley.actors.gazetteer import (
    CountryMatch,
    OrgMatch,
    country_name,
    gazetteer,
    normalise,
)
from parley.extract.people import find_people
from parley.extract.pipeline import Step
from parley.models import Entity, ExtractedArticle, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["STEP", "find_documents", "find_entities"]

_NER_TYPES = {
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "ORG": "ORGANIZATION",
    "NORP": "NORP",
    "EVENT": "EVENT",
    "LAW": "DOCUMENT",
}

# -- documents ---------------------------------------------------------------------------

_DOC_HEADS = (
    "Charter|Treaty|Declaration|Resolution|Agreements?|Accords?|Convention|Protocol|Memorandum|Pact|"
    "Communiqu[eé]|Statute|Act|Doctrine|Deal|Framework|Plan|Constitution|Covenant"
)
_CAP = r"(?:[A-Z][\w'’.\-]*|\d+(?:st|nd|rd|th)?)"
_DOCUMENT = re.compile(
    rf"(?:\b[Tt]he\s+)?(?:(?P<year>(?:1[89]|20)\d\d)\s+)?"
    rf"(?P<mods>(?:{_CAP}\s+){{0,5}}?)"
    rf"(?P<head>\b(?:{_DOC_HEADS})\b)"
    rf"(?P<tail>(?:\s+(?:No\.\s*)?\d+(?:\s*\(\d{{4}}\))?)?"
    rf"(?:\s+(?:of|for|on|to|between|in)\s+(?:the\s+)?{_CAP}(?:\s+(?:and\s+(?!the\b)|of\s+|the\s+|on\s+|in\s+)*{_CAP}){{0,5}})?)"
)
_LOWER_DOCUMENT = re.compile(
    r"(?:\b[Tt]he\s+)?(?:(?P<year>(?:1[89]|20)\d\d)\s+)?(?P<mods>(?:[A-Z][\w'’\-]*\s+){1,3})"
    r"(?P<head>(?:agreements?|accords?|treaty|declaration|protocol|deal|memorandum))\b(?P<tail>)"
)
_ANY_HEAD = re.compile(
    rf"\b(?:{_DOC_HEADS}|agreements?|accords?|treaty|declaration|protocol|deal|memorandum)\b"
)
_RESOLUTION_NUMBER = re.compile(r"\b(?:UN |U\.N\. |Security Council )?[Rr]esolution\s+(?:No\.\s*)?\d{2,5}\b")
_ADOPTED = re.compile(
    r"^,?\s+(?:which\s+was\s+|that\s+was\s+)?(?:adopted|signed|agreed|approved)\s+(?:at|during|in|by)\s+(?:the\s+)?"
    r"(?:(?P<year>(?:1[89]|20)\d\d)\s+)?(?P<by>[A-Z][\w\-]*)?"
)


@dataclass
class _Document:
    start: int
    end: int
    name: str
    kind: str
    year: int | None
    by: str | None


def _document_from_match(text: str, match: re.Match[str], head: str) -> _Document | None:
    mods = match.group("mods").split()
    if mods and mods[0] in {"The", "A", "An"}:
        return None  # "The treaty was signed": a sentence-initial article, not a name
    tail = match.group("tail") or ""
    if not mods and not tail.strip() and not match.group("year"):
        return None  # "the Treaty" alone names nothing
    if mods and mods[0] in {"A", "An", "This", "That", "Our", "Their", "His", "Her", "Its"}:
        return None
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
    after = _ADOPTED.match(text[end : end + 120])
    if after:
        if year is None and after.group("year"):
            year = int(after.group("year"))
        if by is None and after.group("by"):
            owner = gazetteer().organisation(after.group("by"))
            by = owner.code if owner else None
    kind = head.rstrip("s").capitalize()
    return _Document(start=start, end=end, name=" ".join(name.split()), kind=kind, year=year, by=by)


def find_documents(text: str) -> list[_Document]:
    """Treaties, charters, declarations, resolutions and agreements named in ``text``."""
    found: list[_Document] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for match in _RESOLUTION_NUMBER.finditer(text):
        name = re.sub(r"^(?:UN |U\.N\. |Security Council )", "", match.group(0))
        name = name[0].upper() + name[1:]
        found.append(_Document(match.start(), match.end(), name, "Resolution", None, None))
        taken.append((match.start(), match.end()))
    # The full patterns are slow to try at every position, so they only run in a window
    # around each head word ("Charter", "agreements"), which most articles never contain.
    for head in _ANY_HEAD.finditer(text):
        window_start = max(0, head.start() - 120)
        window = text[window_start : head.end() + 160]
        for pattern in (_DOCUMENT, _LOWER_DOCUMENT):
            for match in pattern.finditer(window):
                if window_start + match.start("head") != head.start():
                    continue
                document = _document_from_match(window, match, match.group("head"))
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

_CONNECTORS = {"of", "for", "and", "the", "on", "de", "du", "-", "&"}
_GOVERNMENT_NOUNS = {"administration", "government", "regime", "cabinet", "presidency"}


_NAME_PARTICLES = {"al", "el", "ad", "as", "ash"}  # "al-Qaeda", "el-Sisi"


def _scan(doc: "Doc", blocked: list[bool]) -> list[tuple[int, int, CountryMatch | None, OrgMatch | None]]:
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

    def capitalised(i: int) -> bool:
        text = texts[i]
        if not text:
            return False
        first = text[0]
        if first.isupper():
            return True
        if lowers[i] in _NAME_PARTICLES and i + 1 < n_tokens and texts[i + 1] == "-":
            return True
        return first.isdigit() and text[-1].isalpha()

    results = []
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
            and (capitalised(run_end) or lowers[run_end] in _CONNECTORS)
        ):
            run_end += 1
        matched = False
        for end in range(run_end, i, -1):
            if not capitalised(end - 1):
                continue
            text = "".join(texts[k] + spaces[k] for k in range(i, end - 1)) + texts[end - 1]
            country = g.country(text)
            org = None if country is not None and country.via != "capital" else g.organisation(text)
            if country is None and org is None:
                continue
            results.append((i, end, country, org))
            i = end
            matched = True
            break
        if not matched:
            i += 1
    return results


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


def find_entities(doc: "Doc", text: str) -> list[Entity]:
    """Canonical entities of a parsed text (the pure function behind the ``entities`` step)."""
    builder = _Builder(text)
    blocked = [False] * len(doc)

    def block(start_char: int, end_char: int) -> None:
        span = doc.char_span(start_char, end_char, alignment_mode="expand")
        if span is not None:
            for i in range(span.start, span.end):
                blocked[i] = True

    ner_label = {}
    for ent in doc.ents:
        ner_label[(ent.start, ent.end)] = ent.label_

    # 1. Documents claim their words (the OSCE in "the 1999 OSCE Charter" is still noted).
    for document in find_documents(text):
        entity = builder.add(
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
            found = re.search(rf"\b{re.escape(document.by)}\b", text[document.start : document.end])
            if by_match is not None and found:
                start = document.start + found.start()
                _add_org(builder, by_match, start, start + len(document.by), None)
        block(document.start, document.end)

    # 2. People: their names and pronoun mentions are theirs; surnames NER calls places too.
    people = _people(doc, text)
    name_parts: dict[str, _PersonMentions] = {}
    g = gazetteer()
    people = [p for p in people if _is_person_name(p.name)]
    for person in people:
        code = None
        sector = sector_of_role(person.role)
        if person.affiliation and len(person.affiliation) == 3 and person.affiliation.isupper():
            code = actor_code(person.affiliation, sector or "GOV")
        elif person.affiliation is None:
            # Heads of state and other office holders the Phoenix dictionaries know by name.
            known = g.person(person.name)
            if known and known[:3].isalpha():
                code = known[:6] if known[3:6] else known
                person.affiliation = known[:3] if known[:3] not in {"IGO", "NGO"} else None
        entity_key = ("PERSON", person.name)
        for start, end in sorted(person.mentions):
            builder.add(
                entity_key,
                lambda p=person, c=code, s=sector: Entity(
                    name=p.name,
                    type="PERSON",
                    role=p.role,
                    affiliation=p.affiliation,
                    code=c,
                    country=p.affiliation if c else None,
                    sector=s,
                ),
                start,
                end,
            )
            if text[start:end].strip() and text[start:end][0].isupper():
                block(start, end)
        for part in person.name.split():
            if len(part) > 2 and part[0].isupper():
                name_parts.setdefault(part, person)

    # 3. The gazetteer: countries (names, demonyms, capitals, regions) and organisations.
    for start_tok, end_tok, country, org in _scan(doc, blocked):
        span = doc[start_tok:end_tok]
        label = ner_label.get((span.start, span.end))
        if end_tok < len(doc) and doc[end_tok].is_currency:
            continue  # "US $50 million" names a currency, not the country
        if country is not None and (org is None or country.via == "capital"):
            first = start_tok
            if country.via not in {"name", "region"} and doc[start_tok].lower_ == "the" and end_tok - start_tok > 1:
                first = start_tok + 1  # "The Nigerian army": the article belongs to "army"
            elif country.via in {"name", "region"} and (
                span[-1].dep_ not in {"compound", "amod", "poss"} or country.via == "region"
            ):
                first = _with_article(doc, start_tok)
            start, end = doc[first].idx, span.end_char
            entity = builder.add(
                ("COUNTRY", country.code),
                lambda c=country, lab=label: Entity(
                    name=country_name(c.code) or c.code, type="COUNTRY", code=c.code, country=c.code, label=lab
                ),
                start,
                end,
            )
            if country.region and country.region not in entity.regions:
                entity.regions.append(country.region)
                entity.region = entity.region or country.region
        elif org is not None:
            _add_org(builder, org, span.start_char, span.end_char, label)
        for i in range(start_tok, end_tok):
            blocked[i] = True

    # 3b. "the Bush administration": a leader's name standing for the government.
    for token in doc:
        if (
            not blocked[token.i]
            and token.i + 1 < len(doc)
            and doc[token.i + 1].lemma_.lower() in _GOVERNMENT_NOUNS
            and token.text[:1].isupper()
        ):
            known = gazetteer().person(token.text)
            if known and known[:3].isalpha() and known[:3] not in {"IGO", "NGO"}:
                end_char = doc[token.i + 1].idx + len(doc[token.i + 1].text)
                builder.add(
                    ("ORGANIZATION", f"{token.text} {doc[token.i + 1].lower_}"),
                    lambda t=token, k=known, n=doc[token.i + 1]: Entity(
                        name=f"{t.text} {n.lower_}", type="ORGANIZATION", kind="GOV",
                        code=f"{k[:3]}GOV", country=k[:3], sector="GOV",
                    ),
                    token.idx,
                    end_char,
                )
                blocked[token.i] = blocked[token.i + 1] = True

    # 4. What NER found that nothing above explains.
    for ent in doc.ents:
        kind = _NER_TYPES.get(ent.label_)
        if kind is None or any(blocked[i] for i in range(ent.start, ent.end)):
            continue
        stripped = ent.text.strip()
        named = name_parts.get(stripped)
        if named is not None:  # "Nuland" tagged GPE: the person, not a place
            builder.add(("PERSON", named.name), lambda p=named: Entity(name=p.name, type="PERSON"), ent.start_char, ent.end_char)
            continue
        if kind == "DOCUMENT":
            name = re.sub(r"^[Tt]he\s+", "", stripped)
            builder.add(("DOCUMENT", normalise(name)), lambda n=name: Entity(name=n, type="DOCUMENT", label="LAW"), ent.start_char, ent.end_char)
            continue
        name = re.sub(r"^[Tt]he\s+", "", stripped)
        builder.add((kind, name), lambda n=name, k=kind, lab=ent.label_: Entity(name=n, type=k, label=lab), ent.start_char, ent.end_char)

    entities = list(builder.entities.values())
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
