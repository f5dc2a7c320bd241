"""People in an article: one canonical record per person, with role, affiliation and gender.

The one shared place for people: the attribution step resolves speakers to these records
and the events step uses them for actors. ``find_people(doc, text)`` returns, for each
person, the fullest name written in the article ("Victoria Nuland" for "Ms. Nuland" and
"Nuland"), every name mention, and what the article says the person is:

* role and affiliation from pre-modifiers ("US Under Secretary of State for Political
  Affairs Victoria Nuland" -> role "Under Secretary of State for Political Affairs",
  affiliation "USA") and appositions ("Geir Pedersen, the U.N. special envoy for Syria"
  -> role "special envoy for Syria", affiliation "UN");
* gender from titles (Ms., Mr.), gendered role words (spokeswoman) and the pronouns
  that follow the person's mentions.

Affiliation codes come from :mod:`parley.actors.gazetteer`: an IGO's acronym (UN, EU,
NATO, OSCE), else the country's ISO 3166 alpha-3 code, else the organisation's code.
Role words and titles are data (``parley/data/people/*.tsv``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from parley.models import Span, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["Person", "RoleWords", "affiliation_code", "find_people", "known_affiliation", "known_person", "role_words"]

_NAME_CHARS = re.compile(r"[A-Z]")
_POSSESSIVE_TAIL = ("'s", "’s", "'", "’")
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "himself": "m", "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Words that may sit between role words inside a pre-modifier title: "Secretary of State for ...".
_TITLE_GLUE = {"of", "for", "and", "the", "on", "to", "&"}
_TIME_WORDS = {"former", "then", "acting", "interim", "outgoing", "incoming", "late", "ex"}


@dataclass(frozen=True)
class Person:
    """A person as the article presents them, with every name mention."""

    name: str
    role: str | None
    affiliation: str | None  # ISO3 country code or organisation acronym (UN, EU, NATO, TASS)
    gender: str | None  # "f", "m" or None
    mentions: tuple[Span, ...]

    @property
    def surname(self) -> str:
        return self.name.split()[-1]


@dataclass(frozen=True)
class RoleWords:
    gender: dict[str, str]  # word -> f/m for gendered role words
    heads: frozenset[str]
    mods: frozenset[str]
    titles: dict[str, str]  # honorific (lower, no period) -> f/m/-

    def is_role_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.heads or w in self.mods


def _data_rows(name: str) -> list[list[str]]:
    raw = resources.files("parley").joinpath("data", "people", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in raw.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def role_words() -> RoleWords:
    """The role-word and title lexicons, read once per process."""
    gender: dict[str, str] = {}
    heads: set[str] = set()
    mods: set[str] = set()
    for word, g, kind in (row[:3] for row in _data_rows("roles.tsv")):
        (heads if kind.strip() == "head" else mods).add(word)
        if g in ("f", "m"):
            gender[word] = g
    titles = {row[0].lower(): row[1].strip() for row in _data_rows("honorifics.tsv")}
    return RoleWords(gender, frozenset(heads), frozenset(mods), titles)


def affiliation_code(text: str) -> str | None:
    """The affiliation code a modifier names: "U.N." -> "UN", "Russian" -> "RUS", "TASS" -> "TASS"."""
    from parley.actors.gazetteer import country_code, organisation

    text = text.strip()
    if not text:
        return None
    org = organisation(text)
    if org is not None and org.kind == "IGO":
        return org.code
    country = country_code(text)
    if country is not None and len(country) == 3 and country.isalpha() and country.isupper():
        if org is None or org.country == country:
            return country
    if org is not None:
        return org.country if org.kind in ("GOV", "MIL", "LEG", "JUD", "SPY", "COP") and org.country else org.code
    return None


def _name_key(name: str) -> str:
    """ "Recep Tayyip Erdoğan" and "Recep Tayyip Erdogan" -> "recep tayyip erdogan"."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", plain.casefold()).split())


@lru_cache(maxsize=1)
def _known_people() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Full names and (unambiguous) surnames of ``known_people.tsv`` -> (canonical name, affiliation)."""
    full: dict[str, tuple[str, str]] = {}
    by_surname: dict[str, set[tuple[str, str]]] = {}
    for row in _data_rows("known_people.tsv"):
        name, affiliation = row[0].strip(), row[1].strip()
        for spelling in [name, *(row[2].split("|") if len(row) > 2 else [])]:
            key = _name_key(spelling)
            if key:
                full[key] = (name, affiliation)
                if len(key.split()) > 1 and len(row) > 3 and row[3].strip() == "surname":
                    by_surname.setdefault(key.split()[-1], set()).add((name, affiliation))
    surnames = {s: next(iter(people)) for s, people in by_surname.items() if len(people) == 1 and len(s) >= 4}
    return full, surnames


def known_person(name: str) -> tuple[str, str] | None:
    """A well-known office holder of the curated table: (canonical name, affiliation).

    "Marco Rubio" -> ("Marco Rubio", "USA"); a bare surname ("Lavrov") only when one entry bears it
    and nobody else in the actor dictionaries does ("Johnson" is many people).
    """
    from parley.actors.gazetteer import gazetteer

    key = _name_key(name)
    if not key:
        return None
    full, surnames = _known_people()
    if key in full:
        return full[key]
    if " " not in key and key in surnames:
        canonical, affiliation = surnames[key]
        if gazetteer().surname_countries(key) <= {affiliation}:
            return canonical, affiliation
    return None


def known_affiliation(name: str) -> str | None:
    """The affiliation of a well-known office holder the article names without one: the curated
    table first ("Marco Rubio" -> "USA"), then the Phoenix dictionaries ("Yoweri Museveni" -> "UGA")."""
    from parley.actors.gazetteer import gazetteer

    known = known_person(name)
    if known is not None:
        return known[1]
    key = _name_key(name)
    if not key or " " not in key:
        return None
    code = gazetteer().person(name)
    if code and code[:3].isalpha() and code[:3].isupper() and code[:3] not in ("IGO", "NGO", "MNC"):
        return code[:3]
    return None


def _is_title(token: "Token", words: RoleWords) -> str | None:
    key = token.text.rstrip(".").lower()
    return words.titles.get(key)


def _cue_verb_form(word: str) -> bool:
    from parley.extract.attributions.cues import lexicon  # the attribution step imports this module

    return word[:1].isupper() and lexicon().verb_form(word) is not None


def _clean_name_tokens(span: "SpacySpan", words: RoleWords) -> tuple[int, int, str | None]:
    """Token bounds of the bare name inside a PERSON entity, and the gender its title gives."""
    start, end = span.start, span.end
    doc = span.doc
    gender = None
    # Titles inside the entity ("Ms. Nuland") or just before it.
    while start < end and (_is_title(doc[start], words) is not None or doc[start].lower_ in words.heads):
        g = _is_title(doc[start], words)
        if g in ("f", "m"):
            gender = g
        start += 1
    if start > 0 and gender is None:
        g = _is_title(doc[start - 1], words)
        if g in ("f", "m"):
            gender = g
    while end > start and (doc[end - 1].text in _POSSESSIVE_TAIL or not doc[end - 1].text[:1].isalpha()):
        end -= 1
    while end - start > 1 and (start == 0 or doc[start].is_sent_start or doc[start - 1].is_space or doc[start - 1].text in ".:;") and _cue_verb_form(doc[start].text):
        start += 1  # "Stated Stone:", "Continued Stone:": a cue verb opening the sentence, not a first name
    # The tagger sometimes leaves a first name outside the entity ("General Anders [Fogh Rasmussen]").
    while (
        start > 0
        and start == span.start
        and doc[start - 1].pos_ == "PROPN"
        and doc[start - 1].dep_ == "compound"
        and doc[start - 1].text[:1].isupper()
        and doc[start - 1].text.isalpha()
        and not words.is_role_word(doc[start - 1].lower_)
        and _is_title(doc[start - 1], words) is None
        and affiliation_code(doc[start - 1].text) is None
    ):
        start -= 1
    return start, end, gender


@dataclass
class _Draft:
    tokens: list[str]
    surface: str = ""  # the name as written ("Al-Sharaa", not "Al - Sharaa")
    mentions: list[tuple[int, int, int, int]] = field(default_factory=list)  # char start/end, token start/end
    gender_votes: Counter[str] = field(default_factory=Counter)
    role: str | None = None
    affiliation: str | None = None

    @property
    def name(self) -> str:
        return self.surface or " ".join(self.tokens)


def _premodifier(doc: "Doc", name_start: int, words: RoleWords) -> tuple[int, int] | None:
    """Token bounds of a title before a name: "US Under Secretary of State ... [Victoria Nuland]"."""
    i = name_start - 1
    first = name_start
    saw_role = False
    while i >= 0:
        tok = doc[i]
        low = tok.lower_
        if tok.is_sent_start and not tok.text[:1].isupper():
            break
        if words.is_role_word(low) or low.replace("-", "") in words.heads:
            saw_role = saw_role or low in words.heads or tok.text[:1].isupper()
            first = i
        elif low in _TITLE_GLUE and i > 0 and first == i + 1:
            first = i  # provisional; trimmed below if nothing precedes it
        elif tok.text in ("'s", "’s") and i > 0:
            first = i
        elif tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper():
            first = i
        elif tok.text in (".", "-") and i > 0 and doc[i - 1].text[:1].isupper() and not tok.whitespace_:
            first = i
        else:
            break
        if tok.is_sent_start:
            break
        i -= 1
    while first < name_start and (doc[first].lower_ in _TITLE_GLUE or doc[first].text in ("'s", "’s", ".", "-")):
        first += 1
    if first >= name_start or not saw_role:
        return None
    return first, name_start


def _split_affiliation(doc: "Doc", start: int, end: int) -> tuple[str | None, int]:
    """Affiliation named at the left edge of a title ("U.N. special envoy"), and where the role starts."""
    for width in (3, 2, 1):
        if start + width > end:
            continue
        piece = doc[start : start + width]
        text = piece.text
        if text.endswith(("'s", "’s")):
            text = text[:-2]
        code = affiliation_code(text)
        if code is not None:
            role_start = start + width
            if role_start < end and doc[role_start].text in ("'s", "’s"):
                role_start += 1
            return code, role_start
    # An affiliation inside the title: "Secretary General of NATO", "Minister of Foreign Affairs of Russia".
    for i in range(start, end):
        if doc[i].lower_ in ("of", "for", "at", "with", "to") and i + 1 < end:
            code = affiliation_code(doc[i + 1 : end].text)
            if code is not None:
                return code, start
    return None, start


def _role_text(doc: "Doc", start: int, end: int) -> str | None:
    while start < end and (doc[start].pos_ == "DET" or doc[start].lower_ in _TITLE_GLUE):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in _TITLE_GLUE):
        end -= 1
    if end <= start:
        return None
    return doc[start:end].text


def _apposition(doc: "Doc", name_start: int, name_end: int, words: RoleWords) -> tuple[int, int] | None:
    """Token bounds of an apposition describing the person: ", the U.N. special envoy for Syria,"."""
    if name_end >= len(doc) or doc[name_end].text != ",":
        return None
    head = doc[name_end - 1]
    candidates = [c for c in head.children if c.dep_ == "appos" and c.i > name_end]
    if not candidates:
        # Parses often hang the apposition off the comma's neighbour; read it from the surface.
        start = name_end + 1
        if start < len(doc) and doc[start].pos_ == "DET" and doc[start].lower_ in ("the", "a", "an"):
            end = start
            while end < len(doc) and doc[end].text not in (",", ".", ";", "—", "–", ")") and doc[end].pos_ not in ("VERB", "AUX"):
                end += 1
            if end > start + 1 and any(words.is_role_word(t.lower_) for t in doc[start:end]):
                return start, end
        return None
    appos = candidates[0]
    if appos.pos_ == "PROPN" and not any(words.is_role_word(t.lower_) for t in appos.subtree):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in appos.children):
        return None  # "his wife", "her son": a relation to someone else, not a role
    start = min(t.i for t in appos.subtree)
    end = start
    for t in doc[start:]:
        if t.text in (",", ";", "—", "–", "(", ")") or t.dep_ in ("relcl", "acl") or t.i > appos.i and t.pos_ == "VERB":
            break
        if t.i > max(x.i for x in appos.subtree):
            break
        end = t.i + 1
    if end <= start or not any(words.is_role_word(t.lower_) for t in doc[start:end]):
        return None
    return start, end


def _describe(doc: "Doc", draft: _Draft, words: RoleWords) -> None:
    """Fill role and affiliation from the first mention that has a title or an apposition."""
    for _c_start, _c_end, t_start, t_end in draft.mentions:
        bounds = _premodifier(doc, t_start, words) or _apposition(doc, t_start, t_end, words)
        if bounds is None:
            continue
        start, end = bounds
        first = start if doc[start].pos_ != "DET" else start + 1
        # "former NATO Secretary General": the time word stays in the role, the body is the affiliation.
        lead = first if first < end and doc[first].lower_ in _TIME_WORDS else None
        affiliation, role_start = _split_affiliation(doc, first + 1 if lead is not None else first, end)
        role = _role_text(doc, role_start, end)
        if lead is not None and role is not None and role_start > first + 1:
            role = f"{doc[lead].text} {role}"
        elif lead is not None and role_start == first + 1:
            role = _role_text(doc, first, end)
        for t in doc[start:end]:
            g = words.gender.get(t.lower_)
            if g:
                draft.gender_votes[g] += 3
        if role or affiliation:
            draft.role = role
            draft.affiliation = affiliation
            return


def _person_spans(doc: "Doc") -> list["SpacySpan"]:
    """PERSON entities, and names the tagger labelled otherwise that the article itself calls people:
    "Lydia Rosasi, a researcher at ..." (ORG to the tagger), "Turkish presidential adviser Mesut Casin"
    (GPE to the tagger): a role in apposition or right before the name."""
    spans = [ent for ent in doc.ents if ent.label_ == "PERSON"]
    taken = {i for span in spans for i in range(span.start, span.end)}
    words = role_words()
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken or not _name_word(tok, words) or (tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN"):
            continue
        start = tok.i
        while start > 0 and tok.i - start < 3 and doc[start - 1].dep_ in ("compound", "flat") and _name_word(doc[start - 1], words):
            start -= 1
        if any(i in taken for i in range(start, tok.i + 1)):
            continue
        before = doc[start - 1] if start > 0 else None
        role_before = before is not None and before.pos_ in ("NOUN", "PROPN") and before.lower_ in words.heads
        role_after = any(c.dep_ in ("appos", "attr") and c.pos_ == "NOUN" and c.lemma_.lower() in words.heads for c in tok.children)
        # "Another passenger, Allah Ditta, told VOA": the name is in apposition to a role.
        role_head = tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.lemma_.lower() in words.heads
        # "Mahad Wasuge is the executive director of ...": a role predicated of the name.
        role_predicate = tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(
            c.dep_ == "attr" and c.lemma_.lower() in words.heads for c in tok.head.children
        )
        # "Lydia Rosasi, 29, works ...": an age set off after the name.
        aged = tok.i + 3 < len(doc) and doc[tok.i + 1].text == "," and doc[tok.i + 2].like_num and doc[tok.i + 3].text == ","
        if not (role_before or role_after or role_head or role_predicate or aged):
            continue
        name = doc[start : tok.i + 1]
        if _known_body(name.text):
            continue
        spans.append(name)
        taken.update(range(start, tok.i + 1))
    return sorted(spans, key=lambda span: span.start)


def _known_body(name: str) -> bool:
    """A platform, country, capital, organisation or news outlet: never a person's name."""
    return _not_a_person(name) or _is_body(name)


_CACHE_KEY = "parley.people"


@lru_cache(maxsize=1)
def _platforms() -> frozenset[str]:
    raw = resources.files("parley").joinpath("data", "cues", "platforms.tsv").read_text(encoding="utf-8")
    return frozenset(line.split("\t")[0].strip() for line in raw.splitlines() if line.strip() and not line.startswith("#"))


def _not_a_person(word: str) -> bool:
    """A one-word "name" that is a platform, a country or capital, or an organisation."""
    from parley.actors.gazetteer import country_code, organisation

    return word.lower() in _platforms() or country_code(word) is not None or organisation(word) is not None


def _is_body(name: str) -> bool:
    """A news outlet the tagger took for a person ("CNN"). (The actor gazetteer lists people too, so
    it cannot say a name is not a person.)"""
    from parley.extract.provenance import outlets

    low = name.casefold()
    return any(low == alias.casefold() for outlet in outlets() for alias in (outlet.name, *outlet.aliases))


def find_people(doc: "Doc", text: str) -> list[Person]:
    """Canonical persons of an article, in order of first mention.

    Computed once per parsed document and kept on it (``Doc._.parley_people``, plain data that
    survives ``Doc.to_bytes``), since the entity and attribution steps both ask; the
    ``parley_people`` component fills it first when it runs.
    """
    from parley.extract.docdata import people_from_doc, set_people

    cached = people_from_doc(doc)
    if cached is not None:
        return cached
    people = _find_people(doc, text)
    set_people(doc, people)
    return people


def _find_people(doc: "Doc", text: str) -> list[Person]:
    words = role_words()
    drafts: list[_Draft] = []
    by_key: dict[str, _Draft] = {}
    raw: list[tuple[int, int, list[str], str | None]] = []
    for ent in _person_spans(doc):
        t_start, t_end, gender = _clean_name_tokens(ent, words)
        while t_end - t_start > 1 and _known_body(doc[t_end - 1].text):
            t_end -= 1  # "Trump, Erdogan Ankara will ...": a heading run into a sentence that opens with a place
        if t_end <= t_start:
            continue
        tokens = [t.text for t in doc[t_start:t_end]]
        if not _NAME_CHARS.search(tokens[0][:1]) or not any(t[:1].isupper() for t in tokens):
            continue
        if all(t.isupper() and len(t) > 1 for t in tokens):
            continue  # acronyms ("COVID", "NATO") are not people, whatever the tagger says
        if len(tokens) == 1 and _not_a_person(tokens[0]):
            continue  # "Twitter", "Washington", "Reuters" tagged as PERSON
        if doc[t_start].pos_ in ("ADP", "DET", "CCONJ") or _is_body(doc[t_start:t_end].text):
            continue  # "[Without Borders]" cut out of an organisation's name, "CNN"
        raw.append((t_start, t_end, tokens, gender))
    # Fullest names first, so surnames attach to them.
    for t_start, t_end, tokens, gender in sorted(raw, key=lambda r: (-len(r[2]), r[0])):
        key = " ".join(tokens)
        draft = by_key.get(key)
        if draft is None and len(tokens) < 3:
            draft = _matching_fuller(drafts, tokens, doc[t_start].idx)
        if draft is None:
            draft = _Draft(tokens=tokens, surface=doc[t_start:t_end].text)
            drafts.append(draft)
        by_key[key] = draft
        draft.mentions.append((doc[t_start].idx, doc[t_end - 1].idx + len(doc[t_end - 1].text), t_start, t_end))
        if gender:
            draft.gender_votes[gender] += 5
    _extend_one_word_names(doc, drafts, words)
    surnames: dict[str, _Draft] = {}
    for d in sorted(drafts, key=lambda d: min((m[0] for m in d.mentions), default=0)):
        if len(d.tokens) > 1:
            surnames.setdefault(d.tokens[-1], d)
    # Surname-first names ("Sun Lijun ... Sun said"): the first word alone, as a subject, when no
    # other person starts or ends with it.
    first_words: dict[str, list[_Draft]] = {}
    for d in drafts:
        if len(d.tokens) > 1:
            first_words.setdefault(d.tokens[0], []).append(d)
    firsts = {w: ds[0] for w, ds in first_words.items() if len(ds) == 1 and w not in surnames and len(w) > 1}
    # spaCy tags a bare surname as GPE or ORG now and then ("Nuland"): a known surname is the person.
    if surnames or firsts:
        taken = {i for d in drafts for _s, _e, ts, te in d.mentions for i in range(ts, te)}
        for tok in doc:
            if tok.i in taken:
                continue
            if tok.text in surnames and tok.pos_ in ("PROPN", "NOUN", "X") and not _known_body(tok.text):
                draft = surnames[tok.text]
            elif (
                tok.text in firsts
                and tok.pos_ == "PROPN"
                and tok.dep_ in ("nsubj", "nsubjpass")
                and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
            ):
                draft = firsts[tok.text]
            else:
                continue
            draft.mentions.append((tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1))
    for draft in drafts:
        draft.mentions.sort()
        _describe(doc, draft, words)
        if len(draft.tokens) == 1 and (known := known_person(draft.name)) is not None:
            # Only the surname in this article ("Lavrov said"): the person's full name, so that every
            # article's "Lavrov" is the same speaker.
            draft.tokens, draft.surface = known[0].split(), known[0]
        if draft.affiliation is None:
            draft.affiliation = known_affiliation(draft.name)
    _vote_gender_by_pronouns(doc, drafts)
    people = []
    for draft in sorted(drafts, key=lambda d: d.mentions[0][0]):
        votes = draft.gender_votes
        gender = None
        if votes:
            (top, count), *rest = votes.most_common(2) + [("", 0)]
            if count > rest[0][1]:
                gender = top
        people.append(
            Person(
                name=draft.name,
                role=draft.role,
                affiliation=draft.affiliation,
                gender=gender,
                mentions=tuple(make_span(text, s, e) for s, e, _ts, _te in draft.mentions),
            )
        )
    return people


# Entity labels under which a capitalised word next to a one-word name is still part of the name:
# the tagger puts "DP Rigathi Gachagua" under ORG, but a fuller name never runs into a place.
_NOT_NAME_LABELS = {"GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}


def _name_word(tok: "Token", words: RoleWords) -> bool:
    """A word that can be part of a person's written name: "Rigathi", "JouSen" (not "DP", "President")."""
    text = tok.text
    return (
        tok.pos_ == "PROPN"
        and text.replace("-", "").isalpha()
        and text[:1].isupper()
        and not (text.isupper() and len(text) > 1)
        and (tok.ent_type_ not in _NOT_NAME_LABELS or (tok.ent_type_ == "GPE" and not _known_body(text)))
        and not words.is_role_word(text)
        and _is_title(tok, words) is None
        and affiliation_code(text) is None
        and not _cue_verb_form(text)
    )


def _extend_one_word_names(doc: "Doc", drafts: list[_Draft], words: RoleWords) -> None:
    """Give a person known by one word the fuller name written elsewhere that the tagger missed.

    "Gachagua" is a PERSON but "DP Rigathi Gachagua" an ORG; "Chin" is a PERSON but "Chin JouSen"
    no entity at all. A run of name words around another occurrence of the word, with the word
    first (surname-first names) or last, is the fuller name; a run that reads two ways is left alone.
    """
    known = {" ".join(d.tokens) for d in drafts}
    words_wanted = {d.tokens[0] for d in drafts if len(d.tokens) == 1}
    positions: dict[str, list[int]] = {}
    for tok in doc:
        if tok.text in words_wanted:
            positions.setdefault(tok.text, []).append(tok.i)
    for draft in drafts:
        if len(draft.tokens) != 1:
            continue
        word = draft.tokens[0]
        fuller: set[tuple[str, ...]] = set()
        runs: list[tuple[int, int]] = []
        for i in positions.get(word, []):
            tok = doc[i]
            start = end = tok.i
            while start > 0 and tok.i - start < 2 and _name_word(doc[start - 1], words) and doc[start - 1].dep_ == "compound":
                start -= 1
            if start == tok.i:
                while end + 1 < len(doc) and end - tok.i < 2 and _name_word(doc[end + 1], words) and doc[end].dep_ == "compound":
                    end += 1
            if end > start:
                fuller.add(tuple(t.text for t in doc[start : end + 1]))
                runs.append((start, end + 1))
        if len(fuller) != 1:
            continue
        tokens = list(next(iter(fuller)))
        if " ".join(tokens) in known:
            continue
        draft.tokens = tokens
        draft.surface = doc[runs[0][0] : runs[0][1]].text
        draft.mentions.extend((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), s, e) for s, e in runs)


def _one_letter_off(known: str, written: str) -> bool:
    """One substitution, insertion or deletion apart, for names of six letters or more."""
    if min(len(known), len(written)) < 6 or known[0] != written[0] or abs(len(known) - len(written)) > 1 or known == written:
        return False
    if len(known) == len(written):
        return sum(a != b for a, b in zip(known, written, strict=True)) == 1
    short, long = sorted((known, written), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _matching_fuller(drafts: list[_Draft], tokens: list[str], at: int) -> _Draft | None:
    """The person whose fuller name ends with (or, for one token, contains) these name tokens."""
    candidates = []
    for draft in drafts:
        if len(draft.tokens) <= len(tokens):
            continue
        if draft.tokens[-len(tokens) :] == tokens or (len(tokens) == 1 and tokens[0] == draft.tokens[0]):
            candidates.append(draft)
    if not candidates and len(tokens) == 1:
        # A misspelt surname ("Pederson" for Geir Pedersen): one letter off a long surname, same initial.
        candidates = [d for d in drafts if len(d.tokens) > 1 and _one_letter_off(d.tokens[-1], tokens[0])]
        if len(candidates) != 1:
            return None
    if not candidates:
        return None
    if len(candidates) == 1:
        return candidates[0]
    # Several people share the surname (a family): news style keeps the bare surname for the one
    # introduced first ("Sali Berisha ... his son, Shkëlzen Berisha ... Berisha said").
    return min(candidates, key=lambda d: min((m[0] for m in d.mentions), default=at))


def _vote_gender_by_pronouns(doc: "Doc", drafts: list[_Draft]) -> None:
    """Each he/she votes for the person named most recently before it, within two sentences."""
    events: list[tuple[int, _Draft]] = sorted(
        ((t_start, d) for d in drafts for _s, _e, t_start, _te in d.mentions), key=lambda x: x[0]
    )
    if not events:
        return
    pointer = -1
    last: _Draft | None = None
    last_sent = -10
    sent_index = -1
    for tok in doc:
        if tok.is_sent_start:
            sent_index += 1
        while pointer + 1 < len(events) and events[pointer + 1][0] <= tok.i:
            pointer += 1
            last = events[pointer][1]
            last_sent = sent_index
        gender = _PRONOUN_GENDER.get(tok.lower_)
        if gender and last is not None and sent_index - last_sent <= 2 and tok.pos_ == "PRON":
            last.gender_votes[gender] += 1
