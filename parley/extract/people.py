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
Role words, titles, pronouns and every number the rules use are data
(``parley/data/people/*``), read into :class:`PeopleRules` by :func:`load_rules`. The
rules run as the ordered passes of ``PASSES``, each a small named function.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from parley.datafiles import DataFiles, packaged
from parley.errors import ConfigError
from parley.models import Span, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "PASSES", "PeopleRules", "PeopleSettings", "Person", "Pronoun", "RoleWords", "affiliation_code", "default_rules",
    "find_people", "known_affiliation", "known_person", "load_rules", "misspelt_surname", "one_letter_off", "role_words",
]

_NAME_CHARS = re.compile(r"[A-Z]")
_POSSESSIVE_TAIL = ("'s", "’s", "'", "’")
_DASHES = frozenset({"-", "–", "—", "--"})  # a dash with a space before it ends a name ("Zelenskyy - December 3")


@dataclass(frozen=True)
class Person:
    """A person as the article presents them, with every name mention."""

    name: str
    role: str | None
    affiliation: str | None  # ISO3 country code or organisation acronym (UN, EU, NATO, TASS)
    gender: str | None  # "f", "m" or None
    mentions: tuple[Span, ...]
    # Every role the article gives them, first one first ("Foreign Minister", later "the party's leader").
    roles: tuple[str, ...] = ()

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


@dataclass(frozen=True)
class PeopleSettings:
    """The numbers of ``people/settings.toml`` (each key's comment there says why)."""

    title_gender_votes: int
    role_gender_votes: int
    pronoun_gender_votes: int
    pronoun_vote_sentences: int
    known_surname_min_chars: int
    misspelt_surname_min_chars: int
    misspelt_surname_two_letters_min_chars: int
    short_name_max_words: int
    first_word_min_chars: int
    unlabelled_name_max_words: int
    name_extension_max_words: int
    affiliation_max_words: int


@dataclass(frozen=True)
class Pronoun:
    """A row of ``people/pronouns.tsv``."""

    gender: str | None  # "f", "m" or None
    kind: Literal["singular", "reflexive", "plural", "first", "other"]


@dataclass(frozen=True)
class PeopleRules:
    """Everything the people rules read: word classes, tables and settings (``parley/data/people``)."""

    roles: RoleWords
    pronouns: dict[str, Pronoun]
    title_glue: frozenset[str]
    time_words: frozenset[str]
    not_name_labels: frozenset[str]
    named_things: frozenset[str]  # "Cyclone", "Hurricane": the name after them is a thing's
    generations: dict[str, str]  # "younger" -> "later", "elder" -> "first": which bearer of a shared surname
    name_particles: frozenset[str]  # "von", "der": inside a name, never its end
    led_bodies: frozenset[str]  # "administration", "government": what a person leads ("the Obama administration")
    thing_endings: frozenset[str]  # "Agreement", "Treaty": a name ending so is a thing's
    multiword_thing_endings: frozenset[str]  # "Infrastructure Bill": a name of two words or more ending so
    state_sectors: frozenset[str]
    surface_apposition_stops: frozenset[str]
    parsed_apposition_stops: frozenset[str]
    platforms: frozenset[str]  # social platforms ("twitter"), never a person
    stage_notes: frozenset[str]  # a transcript's "(Laughs.)", "(Applause.)": never a person
    outlets: dict[str, str]  # news outlets, never a person: case-folded name or alias -> canonical name
    known_full: dict[str, tuple[str, str]]  # name key -> (canonical name, affiliation)
    known_surnames: dict[str, tuple[str, str]]  # unambiguous surname key -> (canonical name, affiliation)
    settings: PeopleSettings

    def pronoun_gender(self, word: str) -> str | None:
        """The gender a pronoun votes for ("she" -> "f", "himself" -> "m"), else None."""
        pronoun = self.pronouns.get(word)
        return pronoun.gender if pronoun is not None else None


def _read_roles(files: DataFiles) -> RoleWords:
    gender: dict[str, str] = {}
    heads: set[str] = set()
    mods: set[str] = set()
    for word, g, kind, *_rest in files.rows("people/roles.tsv", min_columns=3):
        (heads if kind == "head" else mods).add(word)
        if g in ("f", "m"):
            gender[word] = g
    titles = {row[0].lower(): row[1] for row in files.rows("people/honorifics.tsv", min_columns=2)}
    return RoleWords(gender, frozenset(heads), frozenset(mods), titles)


def _read_pronouns(files: DataFiles) -> dict[str, Pronoun]:
    kinds = ("singular", "reflexive", "plural", "first", "other")
    table: dict[str, Pronoun] = {}
    for word, gender, kind, *_rest in files.rows("people/pronouns.tsv", min_columns=3):
        if kind not in kinds:
            raise ConfigError(f"people/pronouns.tsv: {word!r} has kind {kind!r}, expected one of {kinds}")
        table[word.lower()] = Pronoun(gender if gender in ("f", "m") else None, kind)  # type: ignore[arg-type]
    return table


def _read_known_people(
    files: DataFiles, min_surname: int
) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """Full names and (unambiguous) surnames of ``known_people.tsv`` -> (canonical name, affiliation)."""
    full: dict[str, tuple[str, str]] = {}
    by_surname: dict[str, set[tuple[str, str]]] = {}
    for row in files.rows("people/known_people.tsv", min_columns=2):
        name, affiliation = row[0], row[1]
        for spelling in [name, *(row[2].split("|") if len(row) > 2 else [])]:
            key = _name_key(spelling)
            if key:
                full[key] = (name, affiliation)
                if len(key.split()) > 1 and len(row) > 3 and row[3] == "surname":
                    by_surname.setdefault(key.split()[-1], set()).add((name, affiliation))
    surnames = {s: next(iter(people)) for s, people in by_surname.items() if len(people) == 1 and len(s) >= min_surname}
    return full, surnames


def _stops(files: DataFiles, reading: str) -> frozenset[str]:
    return frozenset(row[0] for row in files.rows("people/apposition_stops.tsv", min_columns=2) if reading in row[1].split("|"))


def load_rules(files: DataFiles) -> PeopleRules:
    """The people rules read from ``people/*`` (and the platform and outlet tables) under ``files``."""
    # The provenance step runs later and imports the pipeline; its outlet table is data all the same.
    from parley.extract.provenance import load_rules as provenance_rules

    settings = files.settings("people/settings.toml", PeopleSettings)
    full, surnames = _read_known_people(files, settings.known_surname_min_chars)
    return PeopleRules(
        roles=_read_roles(files),
        pronouns=_read_pronouns(files),
        title_glue=files.words("people/title_glue.tsv"),
        time_words=files.words("people/time_words.tsv"),
        not_name_labels=files.words("people/not_name_labels.tsv", lower=False),
        named_things=files.words("people/named_things.tsv"),
        generations=files.mapping("people/generations.tsv"),
        name_particles=files.words("people/name_particles.tsv"),
        led_bodies=files.words("people/led_bodies.tsv"),
        thing_endings=files.words("people/thing_endings.tsv"),
        multiword_thing_endings=files.words("people/multiword_thing_endings.tsv"),
        state_sectors=files.words("people/state_sectors.tsv", lower=False),
        surface_apposition_stops=_stops(files, "surface"),
        parsed_apposition_stops=_stops(files, "parse"),
        platforms=files.words("cues/platforms.tsv"),
        stage_notes=files.words("transcripts/notes.txt"),
        outlets=provenance_rules(files).aliases,
        known_full=full,
        known_surnames=surnames,
        settings=settings,
    )


@lru_cache(maxsize=1)
def default_rules() -> PeopleRules:
    """The packaged people rules, read once per process."""
    return load_rules(packaged())


def role_words() -> RoleWords:
    """The role-word and title lexicons of the packaged rules."""
    return default_rules().roles


def affiliation_code(text: str, *, rules: PeopleRules | None = None) -> str | None:
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
        state = org.kind in (rules or default_rules()).state_sectors
        return org.country if state and org.country else org.code
    return None


def _name_key(name: str) -> str:
    """ "Recep Tayyip Erdoğan" and "Recep Tayyip Erdogan" -> "recep tayyip erdogan"."""
    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", plain.casefold()).split())


def known_person(name: str, *, rules: PeopleRules | None = None) -> tuple[str, str] | None:
    """A well-known office holder of the curated table: (canonical name, affiliation).

    "Marco Rubio" -> ("Marco Rubio", "USA"); a bare surname ("Lavrov") only when one entry bears it
    and nobody else in the actor dictionaries does ("Johnson" is many people).
    """
    from parley.actors.gazetteer import gazetteer

    key = _name_key(name)
    if not key:
        return None
    rules = rules or default_rules()
    full, surnames = rules.known_full, rules.known_surnames
    if key in full:
        return full[key]
    if " " not in key and key in surnames:
        canonical, affiliation = surnames[key]
        if gazetteer().surname_countries(key) <= {affiliation}:
            return canonical, affiliation
    return None


def known_on_side(surname: str, side: str, *, rules: PeopleRules | None = None) -> tuple[str, str] | None:
    """The one person of the curated table with this surname who speaks for ``side``: "MR PRICE" in a State
    Department briefing is Ned Price, though "Price" alone is no one in news. None when none or several."""
    rules = rules or default_rules()
    key = _name_key(surname)
    found = {entry for entry in rules.known_full.values() if entry[1] == side and _name_key(entry[0]).split(" ")[-1] == key}
    return next(iter(found)) if len(found) == 1 else None


def known_affiliation(name: str, *, rules: PeopleRules | None = None) -> str | None:
    """The affiliation of a well-known office holder the article names without one: the curated
    table first ("Marco Rubio" -> "USA"), then the Phoenix dictionaries ("Yoweri Museveni" -> "UGA")."""
    from parley.actors.gazetteer import gazetteer

    known = known_person(name, rules=rules)
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


def _title_gender(doc: "Doc", start: int, end: int, words: RoleWords) -> tuple[int, str | None]:
    """Skip the titles opening a PERSON entity ("Ms. Nuland"); the gender they (or one just before) give."""
    gender = None
    while start < end and (_is_title(doc[start], words) is not None or doc[start].lower_ in words.heads):
        g = _is_title(doc[start], words)
        if g in ("f", "m"):
            gender = g
        start += 1
    if start > 0 and gender is None:
        g = _is_title(doc[start - 1], words)
        if g in ("f", "m"):
            gender = g
    return start, gender


def _opens_sentence(doc: "Doc", i: int) -> bool:
    return i == 0 or doc[i].is_sent_start or doc[i - 1].is_space or doc[i - 1].text in ".:;"


def _untagged_first_name(tok: "Token", rules: PeopleRules) -> bool:
    """A first name the tagger left outside the entity ("General Anders [Fogh Rasmussen]")."""
    words = rules.roles
    return (
        tok.pos_ == "PROPN"
        and tok.dep_ == "compound"
        and tok.text[:1].isupper()
        and tok.text.isalpha()
        and not words.is_role_word(tok.lower_)
        and _is_title(tok, words) is None
        and affiliation_code(tok.text, rules=rules) is None
        and _label_allows_name(tok, rules)  # "the Republicans Sununu spoke": a group word, not a first name
        and tok.tag_ != "NNPS"
    )


def _clean_name_tokens(span: "SpacySpan", rules: PeopleRules) -> tuple[int, int, str | None]:
    """Token bounds of the bare name inside a PERSON entity, and the gender its title gives."""
    doc, words = span.doc, rules.roles
    start, gender = _title_gender(doc, span.start, span.end, words)
    end = span.end
    while end > start and (doc[end - 1].text in _POSSESSIVE_TAIL or not doc[end - 1].text[:1].isalpha()):
        end -= 1
    while end - start > 1 and _opens_sentence(doc, start) and _cue_verb_form(doc[start].text):
        start += 1  # "Stated Stone:", "Continued Stone:": a cue verb opening the sentence, not a first name
    while start > 0 and start == span.start and _untagged_first_name(doc[start - 1], rules):
        start -= 1
    while end < len(doc) and end - start > 1 and doc[end - 1].lower_ in rules.name_particles and (
        _surname_after_particle(doc[end]) or doc[end].lower_ in rules.name_particles
    ):
        end += 1  # "[Ursula von der] Leyen", "[Ursula Von] der Leyen": the tagger stopped at a particle
    return _hyphenated_word_before(doc, start), end, gender


def _surname_after_particle(tok: "Token") -> bool:
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.replace("-", "").isalpha()


def _hyphenated_word_before(doc: "Doc", start: int) -> int:
    """Where a name starts when the word before it is a hyphenated given name the tagger left out:
    "Zia-ul [Haq Haqmal]", "Shafiq-ul-Rehaman" (a capitalised written word holding a hyphen)."""
    last = start - 1
    if last < 0 or not doc[last].whitespace_:
        return start
    first = last
    while first > 0 and not doc[first - 1].whitespace_:
        first -= 1
    word = doc[first : last + 1].text
    pieces = [p for p in word.split("-") if p]
    # Each piece a capitalised name or a short linking word ("ul", "ud"): not "York-based", "Spanish-born".
    if first < last and len(pieces) > 1 and word[:1].isupper() and all(
        p.isalpha() and (p[:1].isupper() or len(p) <= 3) for p in pieces
    ) and doc[first].ent_type_ not in ("NORP", "GPE"):
        return first
    return start


@dataclass
class _Draft:
    tokens: list[str]
    surface: str = ""  # the name as written ("Al-Sharaa", not "Al - Sharaa")
    mentions: list[tuple[int, int, int, int]] = field(default_factory=list)  # char start/end, token start/end
    gender_votes: Counter[str] = field(default_factory=Counter)
    role: str | None = None
    affiliation: str | None = None
    roles: list[str] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.surface or " ".join(self.tokens)

    @property
    def first_seen(self) -> int:
        return min((m[0] for m in self.mentions), default=0)


def _title_word(tok: "Token", i: int, first: int, rules: PeopleRules) -> bool | None:
    """Whether a token before a name belongs to its title: True (role word), False (other title word),
    None (the title ends here)."""
    doc, words, low = tok.doc, rules.roles, tok.lower_
    if words.is_role_word(low) or low.replace("-", "") in words.heads:
        return True
    if low in rules.title_glue and i > 0 and first == i + 1:
        return False  # provisional; trimmed below if nothing precedes it
    if tok.text in ("'s", "’s") and i > 0:
        return False
    if tok.pos_ in ("PROPN", "ADJ", "NOUN") and tok.text[:1].isupper():
        return False
    if tok.text in (".", "-") and i > 0 and doc[i - 1].text[:1].isupper() and not tok.whitespace_:
        return False
    return None


def _premodifier(doc: "Doc", name_start: int, rules: PeopleRules) -> tuple[int, int] | None:
    """Token bounds of a title before a name: "US Under Secretary of State ... [Victoria Nuland]"."""
    i = name_start - 1
    first = name_start
    saw_role = False
    while i >= 0:
        tok = doc[i]
        if tok.is_sent_start and not tok.text[:1].isupper():
            break
        if tok.pos_ == "CCONJ" and i > 0 and doc[i - 1].ent_type_ == "PERSON":
            break  # "President Claudia Sheinbaum and outgoing Prime Minister [Justin Trudeau]": another person's title
        role = _title_word(tok, i, first, rules)
        if role is None:
            break
        if role:
            saw_role = saw_role or tok.lower_ in rules.roles.heads or tok.text[:1].isupper()
        first = i
        if tok.is_sent_start:
            break
        i -= 1
    while first < name_start and (doc[first].lower_ in rules.title_glue or doc[first].text in ("'s", "’s", ".", "-")):
        first += 1
    if first >= name_start or not saw_role:
        return None
    return first, name_start


def _split_affiliation(doc: "Doc", start: int, end: int, rules: PeopleRules) -> tuple[str | None, int]:
    """Affiliation named at the left edge of a title ("U.N. special envoy"), and where the role starts."""
    for width in range(rules.settings.affiliation_max_words, 0, -1):
        if start + width > end:
            continue
        piece = doc[start : start + width]
        text = piece.text
        if text.endswith(("'s", "’s")):
            text = text[:-2]
        code = affiliation_code(text, rules=rules)
        if code is not None:
            role_start = start + width
            if role_start < end and doc[role_start].text in ("'s", "’s"):
                role_start += 1
            return code, role_start
    # An affiliation inside the title: "Secretary General of NATO", "Minister of Foreign Affairs of Russia".
    for i in range(start, end):
        if doc[i].lower_ in ("of", "for", "at", "with", "to") and i + 1 < end:
            code = affiliation_code(doc[i + 1 : end].text, rules=rules)
            if code is not None:
                return code, start
    return None, start


def _role_text(doc: "Doc", start: int, end: int, rules: PeopleRules) -> str | None:
    while start < end and (doc[start].pos_ == "DET" or doc[start].lower_ in rules.title_glue):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].lower_ in rules.title_glue):
        end -= 1
    if end <= start:
        return None
    return doc[start:end].text


def _relative_word(tok: "Token") -> bool:
    """who, which, whose, that opening a relative clause (the tagger's wh- tags, or "that" as its subject)."""
    return tok.tag_ in ("WP", "WDT", "WP$") or (tok.lower_ == "that" and tok.head.dep_ == "relcl")


def _surface_apposition(doc: "Doc", start: int, rules: PeopleRules) -> tuple[int, int] | None:
    """Parses often hang the apposition off the comma's neighbour; read it from the surface."""
    if start < len(doc) and doc[start].pos_ == "DET" and doc[start].lower_ in ("the", "a", "an"):
        end = start
        while end < len(doc) and doc[end].text not in rules.surface_apposition_stops and doc[end].pos_ not in ("VERB", "AUX") \
                and not _relative_word(doc[end]):
            end += 1
        if end > start + 1 and any(rules.roles.is_role_word(t.lower_) for t in doc[start:end]):
            return start, end
    return None


def _apposition(doc: "Doc", name_start: int, name_end: int, rules: PeopleRules) -> tuple[int, int] | None:
    """Token bounds of an apposition describing the person: ", the U.N. special envoy for Syria,"."""
    if name_end >= len(doc) or doc[name_end].text != ",":
        return None
    words = rules.roles
    head = doc[name_end - 1]
    candidates = [c for c in head.children if c.dep_ == "appos" and c.i > name_end]
    if not candidates:
        return _surface_apposition(doc, name_end + 1, rules)
    appos = candidates[0]
    if appos.pos_ == "PROPN" and not any(words.is_role_word(t.lower_) for t in appos.subtree):
        return None
    if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in appos.children):
        return None  # "his wife", "her son": a relation to someone else, not a role
    start = min(t.i for t in appos.subtree)
    last = max(x.i for x in appos.subtree)
    end = start
    for t in doc[start:]:
        # A role ends at its relative clause: "a former senior State Department official [who held ...]".
        if t.text in rules.parsed_apposition_stops or t.dep_ in ("relcl", "acl") or _relative_word(t) or t.i > appos.i and t.pos_ == "VERB":
            break
        if t.i > last:
            break
        end = t.i + 1
    if end <= start or not any(words.is_role_word(t.lower_) for t in doc[start:end]):
        return None
    return start, end


def _role_and_affiliation(doc: "Doc", start: int, end: int, rules: PeopleRules) -> tuple[str | None, str | None]:
    """Role and affiliation of a title or apposition's tokens."""
    first = start if doc[start].pos_ != "DET" else start + 1
    # "former NATO Secretary General": the time word stays in the role, the body is the affiliation.
    lead = first if first < end and doc[first].lower_ in rules.time_words else None
    affiliation, role_start = _split_affiliation(doc, first + 1 if lead is not None else first, end, rules)
    role = _role_text(doc, role_start, end, rules)
    if lead is not None and role is not None and role_start > first + 1:
        role = f"{doc[lead].text} {role}"
    elif lead is not None and role_start == first + 1:
        role = _role_text(doc, first, end, rules)
    return role, affiliation


def _describe(doc: "Doc", draft: _Draft, rules: PeopleRules) -> None:
    """Fill role and affiliation from the first mention that has a title or an apposition, and the
    roles from all of them (a person may hold several)."""
    for _c_start, _c_end, t_start, t_end in draft.mentions:
        before = _premodifier(doc, t_start, rules)
        after = _apposition(doc, t_start, t_end, rules)
        bounds = before or after
        if bounds is None:
            continue
        if before is not None and after is not None:
            # "Lieutenant General Ahmed Sharif Chaudhry, director general of military public relations,":
            # the apposition is a role of the person too.
            extra, _ = _role_and_affiliation(doc, after[0], after[1], rules)
            if extra and extra not in draft.roles:
                draft.roles.append(extra)
        start, end = bounds
        role, affiliation = _role_and_affiliation(doc, start, end, rules)
        if role and role not in draft.roles:
            draft.roles.append(role)
        if draft.role is not None or draft.affiliation is not None:
            continue  # described already: this mention only adds a role
        for t in doc[start:end]:
            g = rules.roles.gender.get(t.lower_)
            if g:
                draft.gender_votes[g] += rules.settings.role_gender_votes
        if role or affiliation:
            draft.role = role
            draft.affiliation = affiliation


def _called_a_person(tok: "Token", start: int, words: RoleWords) -> bool:
    """Whether the article calls the name ending at ``tok`` a person (a role, or an age, beside it)."""
    doc = tok.doc
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
    # "Chalida Tajaroensuk, who heads Thailand's People's Empowerment Foundation": a name of two words or
    # more that "who" stands for (GPE to the tagger).
    who = start < tok.i and any(
        c.dep_ == "relcl" and any(g.lower_ == "who" and g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in tok.children
    )
    return role_before or role_after or role_head or role_predicate or aged or who


def _person_spans(doc: "Doc", rules: PeopleRules) -> list["SpacySpan"]:
    """PERSON entities, and names the tagger labelled otherwise that the article itself calls people:
    "Lydia Rosasi, a researcher at ..." (ORG to the tagger), "Turkish presidential adviser Mesut Casin"
    (GPE to the tagger): a role in apposition or right before the name; or that ``known_people.tsv`` knows
    ("Trump criticized Canada": ORG to the tagger)."""
    spans = [ent for ent in doc.ents if ent.label_ == "PERSON" and not _named_organisation(ent.text, rules)]
    taken = {i for span in spans for i in range(span.start, span.end)}
    longest = rules.settings.unlabelled_name_max_words
    for tok in doc:
        if tok.pos_ != "PROPN" or tok.i in taken or not _name_word(tok, rules) or (tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN"):
            continue
        start = tok.i
        while start > 0 and tok.i - start < longest and doc[start - 1].dep_ in ("compound", "flat") and _name_word(doc[start - 1], rules):
            start -= 1
        if any(i in taken for i in range(start, tok.i + 1)):
            continue
        # "Trump criticized Canada", "Lavrov said" (ORG to the tagger): a known office holder's name is a person's too
        if not _called_a_person(tok, start, rules.roles) and known_person(doc[start : tok.i + 1].text, rules=rules) is None:
            continue
        start = _hyphenated_word_before(doc, start)
        name = doc[start : tok.i + 1]
        if _known_body(name.text, rules):
            continue
        spans.append(name)
        taken.update(range(start, tok.i + 1))
    return sorted(spans, key=lambda span: span.start)


def _named_organisation(name: str, rules: PeopleRules) -> bool:
    """ "Boko Haram" tagged PERSON: an organisation or outlet the dictionaries know by this very name."""
    from parley.actors.gazetteer import organisation

    return organisation(name) is not None or _is_body(name, rules)


def _known_body(name: str, rules: PeopleRules) -> bool:
    """A platform, country, capital, organisation or news outlet: never a person's name."""
    return _not_a_person(name, rules) or _is_body(name, rules)


_CACHE_KEY = "parley.people"


def _not_a_person(word: str, rules: PeopleRules) -> bool:
    """A one-word "name" that is a platform, a country or capital, or an organisation."""
    from parley.actors.gazetteer import country_code, organisation

    return word.lower() in rules.platforms or country_code(word) is not None or organisation(word) is not None


def _is_body(name: str, rules: PeopleRules) -> bool:
    """A news outlet the tagger took for a person ("CNN"). (The actor gazetteer lists people too, so
    it cannot say a name is not a person.)"""
    return name.casefold() in rules.outlets


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


def _find_people(doc: "Doc", text: str, *, rules: PeopleRules | None = None) -> list[Person]:
    """The people of a parsed text: the ordered passes of ``PASSES`` over one cast of drafts."""
    cast = _Cast(doc, rules or default_rules())
    for _name, run in PASSES:
        run(cast)
    return [_person(draft, text) for draft in sorted(cast.drafts, key=lambda d: d.mentions[0][0])]


@dataclass
class _Cast:
    """The people of one document as the passes build them; mentions are (char start, char end,
    token start, token end)."""

    doc: "Doc"
    rules: PeopleRules
    drafts: list[_Draft] = field(default_factory=list)


@dataclass(frozen=True)
class _Name:
    start: int
    end: int
    tokens: list[str]
    gender: str | None


def _name_mention(doc: "Doc", ent: "SpacySpan", rules: PeopleRules) -> _Name | None:
    """The bare name of a PERSON span, or None when it cannot be a person's name."""
    t_start, t_end, gender = _clean_name_tokens(ent, rules)
    possessive = next((t.i for t in doc[t_start:t_end] if t.tag_ == "POS" and t.i > t_start), None)
    if possessive is not None:
        t_end = possessive  # "Biden's Indo-Pacific" tagged as one PERSON: the name ends at the possessive
    spaced_dash = next((t.i for t in doc[t_start:t_end] if t.i > t_start and t.is_punct and t.text in _DASHES
                        and doc[t.i - 1].whitespace_), None)
    if spaced_dash is not None:
        t_end = spaced_dash  # "President Zelenskyy - December 3: ..." in a list: the name ends at the dash
    while t_end - t_start > 1 and _known_body(doc[t_end - 1].text, rules) and doc[t_end - 2].whitespace_:
        t_end -= 1  # "Trump, Erdogan Ankara will ...": a heading run into a sentence that opens with a place
    if t_end <= t_start:
        return None
    tokens = [t.text for t in doc[t_start:t_end]]
    if not _NAME_CHARS.search(tokens[0][:1]) or not any(t[:1].isupper() for t in tokens):
        return None
    if all(t.isupper() and len(t) > 1 for t in tokens):
        return None  # acronyms ("COVID", "NATO") are not people, whatever the tagger says
    written = doc[t_start:t_end].text
    if written.endswith("-") or written.lower().rstrip(".") in rules.stage_notes:
        return None  # a word cut off mid-speech ("He voted with Repub- —"), a stage note ("[Laughs.]")
    if (len(tokens) == 1 or " " not in written) and _not_a_person(written, rules):
        return None  # "Twitter", "Washington", "Reuters", "Al-Shabab" (one written word) tagged as PERSON
    if doc[t_start].pos_ in ("ADP", "DET", "CCONJ") or _is_body(doc[t_start:t_end].text, rules):
        return None  # "[Without Borders]" cut out of an organisation's name, "CNN"
    return _Name(t_start, t_end, tokens, gender)


def _pass_names(cast: _Cast) -> None:
    """Names the tagger or the article marks as people; fullest names first, so surnames attach to them."""
    doc, rules = cast.doc, cast.rules
    found = [n for ent in _person_spans(doc, rules) if (n := _name_mention(doc, ent, rules)) is not None]
    by_key: dict[str, _Draft] = {}
    for name in sorted(found, key=lambda n: (-len(n.tokens), n.start)):
        key = " ".join(name.tokens)
        draft = by_key.get(key)
        # Written words, not tokens: "Canos-Donnay" is one word of three tokens.
        if draft is None and len(doc[name.start : name.end].text.split()) <= rules.settings.short_name_max_words:
            draft = _matching_fuller(cast.drafts, name.tokens, doc[name.start].idx, rules)
        if draft is None:
            draft = _Draft(tokens=name.tokens, surface=doc[name.start : name.end].text)
            cast.drafts.append(draft)
        by_key[key] = draft
        last = doc[name.end - 1]
        draft.mentions.append((doc[name.start].idx, last.idx + len(last.text), name.start, name.end))
        if name.gender:
            draft.gender_votes[name.gender] += rules.settings.title_gender_votes


def _pass_fuller_names(cast: _Cast) -> None:
    _extend_one_word_names(cast.doc, cast.drafts, cast.rules)


def _bare_word_owners(cast: _Cast) -> tuple[dict[str, _Draft], dict[str, _Draft]]:
    """Surnames of multi-word names (the first person introduced keeps a shared one), and the first
    words of surname-first names ("Sun Lijun") that no other person starts or ends with."""
    surnames: dict[str, _Draft] = {}
    for d in sorted(cast.drafts, key=lambda d: d.first_seen):
        if len(d.tokens) > 1:
            surnames.setdefault(d.tokens[-1], d)
    for d in cast.drafts:  # a well-known surname named before its namesake keeps its own (_known_before_namesake)
        if len(d.tokens) == 1 and d.tokens[0] in surnames and d.first_seen < surnames[d.tokens[0]].first_seen:
            surnames[d.tokens[0]] = d
    first_words: dict[str, list[_Draft]] = {}
    for d in cast.drafts:
        if len(d.tokens) > 1:
            first_words.setdefault(d.tokens[0], []).append(d)
    shortest = cast.rules.settings.first_word_min_chars
    firsts = {w: ds[0] for w, ds in first_words.items() if len(ds) == 1 and w not in surnames and len(w) >= shortest}
    return surnames, firsts


def _pass_bare_names(cast: _Cast) -> None:
    """A known surname alone is the person, whatever the tagger calls it ("Nuland" as GPE); so is the
    first word of a surname-first name as a subject ("Sun Lijun ... Sun said")."""
    doc = cast.doc
    surnames, firsts = _bare_word_owners(cast)
    if not (surnames or firsts):
        return
    taken = {i for d in cast.drafts for _s, _e, ts, te in d.mentions for i in range(ts, te)}
    for tok in doc:
        if tok.i in taken:
            continue
        if tok.text in surnames and tok.pos_ in ("PROPN", "NOUN", "X") and not _known_body(tok.text, cast.rules):
            draft = surnames[tok.text]
        elif (
            tok.text in firsts
            and tok.pos_ in ("PROPN", "INTJ", "X")
            and tok.dep_ in ("nsubj", "nsubjpass")
            and not (tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN")
        ):
            draft = firsts[tok.text]
        else:
            continue
        draft.mentions.append((tok.idx, tok.idx + len(tok.text), tok.i, tok.i + 1))


def _pass_generations(cast: _Cast) -> None:
    """ "the younger Lai" is the Lai introduced later (the son), "the elder Lai" the one introduced
    first (``generations.tsv``): a bare surname after such a word moves to that bearer."""
    doc, generations = cast.doc, cast.rules.generations
    bearers: dict[str, list[_Draft]] = {}
    for d in sorted(cast.drafts, key=lambda d: d.first_seen):
        if len(d.tokens) > 1:
            bearers.setdefault(d.tokens[-1], []).append(d)
    for draft in list(cast.drafts):
        for mention in list(draft.mentions):
            t_start, t_end = mention[2], mention[3]
            family = bearers.get(doc[t_start].text, []) if t_end - t_start == 1 else []
            which = generations.get(doc[t_start - 1].lower_) if t_start > 0 else None
            if len(family) < 2 or which is None:
                continue
            target = family[0] if which == "first" else family[-1]
            if target is not draft:
                draft.mentions.remove(mention)
                target.mentions.append(mention)
    cast.drafts = [d for d in cast.drafts if d.mentions]


def _pass_named_things(cast: _Cast) -> None:
    """Names of storms and operations are no one's: "Cyclone Jude ... Jude had moved" (every mention of
    the draft goes, so a later "she" cannot stand for the storm)."""
    doc, things = cast.doc, cast.rules.named_things

    def thing(mention: tuple[int, int, int, int]) -> bool:
        first = mention[2]
        return doc[first].lower_ in things or (first > 0 and doc[first - 1].lower_ in things)

    endings, longer = cast.rules.thing_endings, cast.rules.multiword_thing_endings
    cast.drafts = [d for d in cast.drafts if not any(thing(m) for m in d.mentions) and d.tokens[-1].lower() not in endings
                   and not (len(d.tokens) > 1 and d.tokens[-1].lower() in longer)]


def _pass_modifier_names(cast: _Cast) -> None:
    """ "Brexit negotiations", "the Brexit negotiator": a one-word name the article mostly uses to
    modify other nouns, never as the subject of a verb of saying, an owner or a titled person, is a
    thing's ("Brexit" is no "he")."""
    doc = cast.doc
    kept = []
    for draft in cast.drafts:
        heads = [_mention_head(doc, m[2], m[3]) for m in draft.mentions]
        modifying = sum(h.dep_ == "compound" and h.head.pos_ == "NOUN" for h in heads)
        acting = any(
            h.dep_ in ("poss", "appos") or h.tag_ == "NNPS" or _speaks(h) or h.head.lemma_.lower() in cast.rules.led_bodies
            for h in heads
        ) or draft.gender_votes
        # Only names nobody knows as a person: "the Biden administration" is still Joe Biden's.
        unknown = known_person(draft.name, rules=cast.rules) is None
        alone = len(draft.tokens) == 1 and unknown
        if alone and len(heads) >= 2 and 2 * modifying >= len(heads) and not acting:
            continue
        # A longer name only ever modifying nouns is a programme's or a slogan's: "the Build Back
        # Better agenda ... the Build Back Better plan" (then "he" cannot stand for it).
        if len(draft.tokens) > 1 and unknown and len(heads) >= 2 and modifying == len(heads) and not acting:
            continue
        kept.append(draft)
    cast.drafts = kept


def _speaks(tok: "Token") -> bool:
    """Whether a name is the subject of a verb of saying ("Barnier says"; not "Brexit happened")."""
    from parley.extract.attributions.cues import lexicon  # the attribution step imports this module

    return tok.dep_ in ("nsubj", "nsubjpass") and bool(lexicon().verb_frames(tok.head.lemma_.lower()))


def _mention_head(doc: "Doc", t_start: int, t_end: int) -> "Token":
    """The token of a name mention that the rest of the sentence hangs on."""
    return next((t for t in doc[t_start:t_end] if not t_start <= t.head.i < t_end or t.head.i == t.i), doc[t_end - 1])


def _pass_descriptions(cast: _Cast) -> None:
    """Role and affiliation from titles and appositions, else from the known office holders."""
    for draft in cast.drafts:
        draft.mentions.sort()
        _describe(cast.doc, draft, cast.rules)
        if len(draft.tokens) == 1 and (known := known_person(draft.name, rules=cast.rules)) is not None:
            # Only the surname in this article ("Lavrov said"): the person's full name, so that every
            # article's "Lavrov" is the same speaker.
            draft.tokens, draft.surface = known[0].split(), known[0]
        if draft.affiliation is None:
            draft.affiliation = known_affiliation(draft.name, rules=cast.rules)


def _pass_pronoun_genders(cast: _Cast) -> None:
    _vote_gender_by_pronouns(cast.doc, cast.drafts, cast.rules)


PeoplePass = Literal[
    "names", "fuller names", "bare names", "generations", "named things", "modifier names", "descriptions", "pronoun genders"
]

# The people rules in the order they run; each reads and extends the cast the ones before built.
PASSES: tuple[tuple[PeoplePass, Callable[[_Cast], None]], ...] = (
    ("names", _pass_names),
    ("fuller names", _pass_fuller_names),
    ("bare names", _pass_bare_names),
    ("generations", _pass_generations),
    ("named things", _pass_named_things),
    ("modifier names", _pass_modifier_names),
    ("descriptions", _pass_descriptions),
    ("pronoun genders", _pass_pronoun_genders),
)


def _person(draft: _Draft, text: str) -> Person:
    """The typed record of a finished draft; the gender is the clear majority of its votes."""
    gender = None
    if draft.gender_votes:
        (top, count), *rest = draft.gender_votes.most_common(2) + [("", 0)]
        if count > rest[0][1]:
            gender = top
    return Person(
        name=draft.name,
        role=draft.role,
        affiliation=draft.affiliation,
        gender=gender,
        mentions=tuple(make_span(text, s, e) for s, e, _ts, _te in draft.mentions),
        roles=tuple(draft.roles),
    )


def _label_allows_name(tok: "Token", rules: PeopleRules) -> bool:
    """The tagger puts "DP Rigathi Gachagua" under ORG, but a fuller name never runs into a place, a
    date or a number (``not_name_labels.tsv``); a GPE word that is no known body may be a first name."""
    return tok.ent_type_ not in rules.not_name_labels or (tok.ent_type_ == "GPE" and not _known_body(tok.text, rules))


def _name_word(tok: "Token", rules: PeopleRules) -> bool:
    """A word that can be part of a person's written name: "Rigathi", "JouSen" (not "DP", "President")."""
    text = tok.text
    words = rules.roles
    return (
        (tok.pos_ == "PROPN" or _mistagged_name_part(tok))
        and text.replace("-", "").isalpha()
        and text[:1].isupper()
        and not (text.isupper() and len(text) > 1)
        and _label_allows_name(tok, rules)
        and not words.is_role_word(text)
        and _is_title(tok, words) is None
        and affiliation_code(text, rules=rules) is None
        and not _cue_verb_form(text)
        and text.lower() not in rules.led_bodies  # "the start of the Biden Administration": Biden's body, no name part
    )


def _mistagged_name_part(tok: "Token") -> bool:
    """ "Oh" of "Oh Ei Sun" tagged as an interjection: a capitalised word the parser still joins
    to a proper noun as part of its name."""
    return tok.pos_ in ("INTJ", "X") and tok.dep_ in ("compound", "flat") and tok.head.pos_ == "PROPN"


def _fuller_run(doc: "Doc", i: int, rules: PeopleRules) -> tuple[int, int]:
    """The run of name words around token ``i``: before it, else (surname-first names) after it."""
    tok = doc[i]
    most = rules.settings.name_extension_max_words
    start = end = tok.i
    while start > 0 and tok.i - start < most and _name_word(doc[start - 1], rules) and doc[start - 1].dep_ == "compound":
        start -= 1
    if start == tok.i:
        while end + 1 < len(doc) and end - tok.i < most and _name_word(doc[end + 1], rules) and doc[end].dep_ == "compound":
            end += 1
    return start, end + 1


def _extend_one_word_names(doc: "Doc", drafts: list[_Draft], rules: PeopleRules) -> None:
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
        fuller: set[tuple[str, ...]] = set()
        runs: list[tuple[int, int]] = []
        for i in positions.get(draft.tokens[0], []):
            start, end = _fuller_run(doc, i, rules)
            if end - start > 1:
                fuller.add(tuple(t.text for t in doc[start:end]))
                runs.append((start, end))
        if len(fuller) != 1:
            continue
        tokens = list(next(iter(fuller)))
        if " ".join(tokens) in known:
            continue
        draft.tokens = tokens
        draft.surface = doc[runs[0][0] : runs[0][1]].text
        draft.mentions.extend((doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text), s, e) for s, e in runs)


def one_letter_off(known: str, written: str, shortest: int) -> bool:
    """One substitution, insertion or deletion apart, for names of ``shortest`` letters or more."""
    if min(len(known), len(written)) < shortest or known[0] != written[0] or abs(len(known) - len(written)) > 1 or known == written:
        return False
    if len(known) == len(written):
        return sum(a != b for a, b in zip(known, written, strict=True)) == 1
    short, long = sorted((known, written), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def _edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: substitutions, insertions and deletions."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def misspelt_surname(known: str, written: str, settings: PeopleSettings) -> bool:
    """Whether ``written`` is ``known`` misspelt: one letter off a long surname ("Pederson" for
    Pedersen), or two off a longer one with the same first and last letters ("Chaundry" for Chaudhry)."""
    if one_letter_off(known, written, settings.misspelt_surname_min_chars):
        return True
    longer = settings.misspelt_surname_two_letters_min_chars
    return (
        min(len(known), len(written)) >= longer and known[0] == written[0] and known[-1] == written[-1]
        and known != written and _edit_distance(known, written) <= 2
    )


def _matching_fuller(drafts: list[_Draft], tokens: list[str], at: int, rules: PeopleRules) -> _Draft | None:
    """The person whose fuller name ends with (or, for one token, contains) these name tokens."""
    candidates = []
    for draft in drafts:
        if len(draft.tokens) <= len(tokens):
            continue
        # Case aside: "Al-Sharaa" opening a sentence is "Ahmed al-Sharaa".
        if [t.casefold() for t in draft.tokens[-len(tokens) :]] == [t.casefold() for t in tokens] or (
            len(tokens) == 1 and tokens[0] == draft.tokens[0]
        ):
            candidates.append(draft)
    if not candidates and len(tokens) == 1:
        # A misspelt surname ("Pederson" for Geir Pedersen, "Chaundry" for Ahmed Sharif Chaudhry).
        candidates = [d for d in drafts if len(d.tokens) > 1 and misspelt_surname(d.tokens[-1], tokens[0], rules.settings)]
        if len(candidates) != 1:
            return None
    if not candidates:
        return None
    if _known_before_namesake(candidates, tokens, at, rules):
        return None
    if len(candidates) == 1:
        return candidates[0]
    # Several people share the surname (a family): news style keeps the bare surname for the one
    # introduced first ("Sali Berisha ... his son, Shkëlzen Berisha ... Berisha said").
    return min(candidates, key=lambda d: min((m[0] for m in d.mentions), default=at))


def _known_before_namesake(candidates: list[_Draft], tokens: list[str], at: int, rules: PeopleRules) -> bool:
    """Whether a bare surname is the well-known office holder (``known_people.tsv``) it names, not a namesake the
    article introduces only later: "President Biden will meet Prime Minister Kishida" long before "Ashley Biden, the
    President's daughter" (news names a new person in full before the surname alone)."""
    if len(tokens) != 1:
        return False
    known = known_person(tokens[0], rules=rules)
    if known is None or any(_name_key(d.name) == _name_key(known[0]) for d in candidates):
        return False
    return all(at < d.first_seen for d in candidates)


def _vote_gender_by_pronouns(doc: "Doc", drafts: list[_Draft], rules: PeopleRules) -> None:
    """Each he/she votes for the person named most recently before it, within two sentences."""
    events: list[tuple[int, _Draft]] = sorted(
        ((t_start, d) for d in drafts for _s, _e, t_start, _te in d.mentions), key=lambda x: x[0]
    )
    if not events:
        return
    reach, weight = rules.settings.pronoun_vote_sentences, rules.settings.pronoun_gender_votes
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
        gender = rules.pronoun_gender(tok.lower_)
        if gender and last is not None and sent_index - last_sent <= reach and tok.pos_ == "PRON":
            last.gender_votes[gender] += weight
