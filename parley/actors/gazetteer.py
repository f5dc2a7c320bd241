"""Names of countries and organisations to canonical codes.

``country_code("the Kremlin") == "RUS"``, ``country_code("Crimea") == "UKR"``,
``organisation("TASS").country == "RUS"``. Built once per process from the Phoenix/PETRARCH
and NGEC dictionaries (MIT, see ``parley/data/actors/LICENSE-*``) and parley's curated files
(``capitals.tsv``, ``regions.tsv``, ``organisations.tsv``, ``ministries.tsv``,
``countries.tsv``). Lookups are dict hits on a normalised key, so they are cheap enough to
call on every noun chunk of every article.

Case: names match case-insensitively ("RUSSIA", "russian"), but short acronyms only in
upper case, so the pronoun "us" is never the United States and "who" is never the WHO.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from parley.actors.dictionaries import (
    DATA_DIR,
    data_path,
    read_csv,
    read_tabari,
    read_tsv,
)

__all__ = [
    "CountryMatch",
    "Gazetteer",
    "OrgMatch",
    "country_code",
    "country_match",
    "country_name",
    "gazetteer",
    "is_acronym",
    "normalise",
    "organisation",
    "region_of",
]


@dataclass(frozen=True)
class OrgMatch:
    """An organisation: ``OrgMatch(name="TASS", code="TASS", kind="MEDIA", country="RUS", sector="MED")``."""

    name: str  # canonical name
    code: str  # short code: UN, NATO, OSCE, TASS, RUSMFA; the CAMEO actor code for dictionary bodies
    kind: str  # IGO, MEDIA, GOV, MIL, LEG, JUD, SPY, COP, NGO, REB, BUS
    country: str | None  # ISO3 of the country it belongs to, None for IGOs and stateless bodies
    sector: str | None  # CAMEO sector: GOV, MIL, MED, IGO, ...
    actor: str | None = None  # CAMEO/PLOVER actor code: IGOUNO, RUSGOV, USAMED


@dataclass(frozen=True)
class CountryMatch:
    """How a text names a country: directly, by demonym, by capital or seat, or by a region."""

    code: str  # ISO3
    via: str  # name, demonym, capital, region
    region: str | None = None  # canonical region name when via == "region"
    sector: str | None = None  # GOV for seats of government ("the Kremlin")


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u2010": "-", "\u2013": "-", "\u2011": "-"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_LEADING_THE = re.compile(r"^the\s+", re.IGNORECASE)


def normalise(text: str) -> str:
    """Lookup key: NFKC, straight apostrophes, no leading "the", no possessive, folded case."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = " ".join(text.split()).strip(" ,;:")
    text = _LEADING_THE.sub("", text)
    text = _POSSESSIVE.sub("", text)
    return text.casefold()


def _surface(text: str) -> str:
    """Like :func:`normalise` but case kept, for acronym lookups."""
    text = unicodedata.normalize("NFKC", text).translate(_APOSTROPHES)
    text = " ".join(text.split()).strip(" ,;:")
    text = _LEADING_THE.sub("", text)
    return _POSSESSIVE.sub("", text)


def is_acronym(text: str) -> bool:
    """Short upper-case forms ("US", "U.S.", "UK", "NATO") that must keep their case to match."""
    letters = re.sub(r"[.\-/ ]", "", text)
    return bool(letters) and letters.isalpha() and letters.isupper() and len(letters) <= 5 and " " not in text.strip()


class Gazetteer:
    """Lookup tables; build through :func:`gazetteer` (cached), not directly."""

    def __init__(self) -> None:
        self.countries: dict[str, CountryMatch] = {}  # folded key -> match
        self.country_acronyms: dict[str, CountryMatch] = {}  # exact upper-case key -> match
        self.country_names: dict[str, str] = {}  # ISO3 -> canonical English name
        self.organisations: dict[str, OrgMatch] = {}
        self.organisation_acronyms: dict[str, OrgMatch] = {}
        self.bodies: dict[str, tuple[str, str]] = {}  # "foreign ministry" -> (kind, sector)
        self.persons: dict[str, str] = {}  # folded full name -> current CAMEO code
        self._surname_index: dict[str, str] | None = None
        self._surname_countries: dict[str, frozenset[str]] | None = None
        self.max_words = 1
        # Region demonyms that end in a country's ("South American", "Latin American"): no country.
        self.not_countries: frozenset[str] = frozenset()
        # The names of states themselves (curated forms, country names), not their cities or
        # provinces, which the Phoenix blocks code too: "the Iran talks" names a party, "the
        # Jeddah talks" a venue (issue 12).
        self.state_names: set[str] = set()

    # -- building -----------------------------------------------------------------------
    def _add_country(self, phrase: str, match: CountryMatch, *, override: bool = False) -> None:
        if not phrase:
            return
        if is_acronym(_surface(phrase)):
            key = _surface(phrase)
            if override or key not in self.country_acronyms:
                self.country_acronyms[key] = match
            return
        key = normalise(phrase)
        if key and (override or key not in self.countries):
            self.countries[key] = match
            self.max_words = max(self.max_words, key.count(" ") + 1)

    def _add_demonym_plurals(self) -> None:
        """"Kenyans protested": a people named in the plural is the country's, as "Kenyan" is; the dictionaries list
        some plurals ("Iranians") and not others. Only the regular "-s" plural of a demonym in "-n" or "-k"
        ("Kenyans", "Uzbeks"): not "Chinese", "Swiss", "British", nor "afghanis", a currency too."""
        for key, match in list(self.countries.items()):
            if match.via != "demonym" or " " in key or not key.endswith(("n", "k")):
                continue
            self.countries.setdefault(f"{key}s", match)

    def _add_state_name(self, phrase: str) -> None:
        surface = _surface(phrase)
        if surface:
            self.state_names.add(surface if is_acronym(surface) else normalise(phrase))

    def _add_org(self, phrase: str, match: OrgMatch, *, override: bool = False) -> None:
        if not phrase:
            return
        if is_acronym(_surface(phrase)):
            key = _surface(phrase)
            if override or key not in self.organisation_acronyms:
                self.organisation_acronyms[key] = match
            return
        key = normalise(phrase)
        if key and (override or key not in self.organisations):
            self.organisations[key] = match
            self.max_words = max(self.max_words, key.count(" ") + 1)

    def build(self) -> Gazetteer:
        ambiguous = {
            normalise(row[0]) for row in read_tsv(data_path(DATA_DIR, "ambiguous.txt"), 1) if row[0]
        }
        self.not_countries = frozenset(
            normalise(row[0]) for row in read_tsv(data_path(DATA_DIR, "region_demonyms.txt"), 1) if row[0]
        )
        # Dictionary "organisations" that are really a person's title ("Secretary of State").
        titles = {normalise(row[0]) for row in read_tsv(data_path(DATA_DIR, "titles.txt"), 1) if row[0]}
        # Curated first: these settle ambiguities the big dictionaries get wrong (Georgia).
        for phrase, code, via in read_tsv(data_path(DATA_DIR, "countries.tsv"), 3):
            self._add_country(phrase, CountryMatch(code=code, via=via or "name"))
            self._add_state_name(phrase)
        for phrase, code, sector in read_tsv(data_path(DATA_DIR, "capitals.tsv"), 3):
            self._add_country(phrase, CountryMatch(code=code, via="capital", sector=sector or None))
        for phrase, code, region in read_tsv(data_path(DATA_DIR, "regions.tsv"), 3):
            self._add_country(phrase, CountryMatch(code=code, via="region", region=region or phrase))
        for name, code, _cow in read_tsv(data_path(DATA_DIR, "countrynames.txt"), 3):
            if len(code) == 3 and code.isalpha() and code != "---":
                self.country_names.setdefault(code, name)
                self._add_country(name, CountryMatch(code=code, via="name"))
                self._add_state_name(name)
        for row in read_csv(data_path(DATA_DIR, "ngec-countries.csv")):
            code = (row.get("CCA3") or "").strip()
            if len(code) != 3:
                continue  # GEOPRE and friends: breakaway entities, covered by regions.tsv
            self.country_names[code] = row["Name"].strip()  # "Russia", not "Russian Federation"
            self._add_country(row["Name"].strip(), CountryMatch(code=code, via="name"))
            self._add_state_name(row["Name"].strip())
            for nationality in (row.get("Nationality") or "").split(","):
                nationality = nationality.strip()
                if nationality:
                    self._add_country(nationality, CountryMatch(code=code, via="demonym"))
        # Phoenix country blocks: synonyms, cities and sub-national units under [ISO3].
        for entry in read_tabari(data_path(DATA_DIR, "Phoenix.Countries.actors.txt")):
            code = entry.code
            if len(code) == 3 and code.isalpha():
                for phrase in entry.phrases:
                    if normalise(phrase) in ambiguous:
                        continue
                    self._add_country(phrase, CountryMatch(code=code, via="name"))
            elif entry.dated:
                for phrase in entry.phrases:
                    self.persons.setdefault(_person_key(phrase), code)
            elif len(code) > 3 and code[:3].isalpha():
                for phrase in entry.phrases:
                    if normalise(phrase) in ambiguous or len(phrase) < 3:
                        continue
                    if normalise(phrase).split()[0] in titles:
                        continue
                    self._add_org(
                        phrase,
                        OrgMatch(
                            name=phrase.title(),
                            code=code,
                            kind=_kind_of_sector(code[3:6]),
                            country=code[:3] if code[:3] not in _NON_STATE else None,
                            sector=code[3:6] or None,
                            actor=code,
                        ),
                    )
        # Curated organisations override the dictionaries (better names and kinds).
        for code, name, kind, country, sector, actor, aliases in read_tsv(
            data_path(DATA_DIR, "organisations.tsv"), 7
        ):
            match = OrgMatch(
                name=name, code=code, kind=kind, country=country or None, sector=sector or None, actor=actor or None
            )
            for alias in {name, *aliases.split("|")}:
                self._add_org(alias.strip(), match, override=True)
        for entry in read_tabari(data_path(DATA_DIR, "Phoenix.International.actors.txt")):
            if entry.dated or not entry.code.startswith(("IGO", "NGO", "MNC")):
                continue
            kind = entry.code[:3]
            for phrase in entry.phrases:
                if normalise(phrase) in ambiguous or len(phrase) < 3:
                    continue
                self._add_org(
                    phrase,
                    OrgMatch(name=phrase.title(), code=entry.code, kind=kind, country=None, sector=kind, actor=entry.code),
                )
        self._add_demonym_plurals()
        for body, kind, sector in read_tsv(data_path(DATA_DIR, "ministries.tsv"), 3):
            self.bodies[normalise(body)] = (kind, sector)
        # NGEC lists the United Nations as a "country" (UNO): international organisations win.
        for table, orgs in ((self.countries, self.organisations), (self.country_acronyms, self.organisation_acronyms)):
            for key in [k for k, org in orgs.items() if org.kind == "IGO" and k in table]:
                del table[key]
        return self

    def person(self, name: str) -> str | None:
        """Current CAMEO code of a person in the dictionaries: "Yoweri Museveni" -> "UGAGOV".

        A bare surname ("Mugabe") matches only when one dictionary person bears it.
        """
        key = _person_key(name)
        found = self.persons.get(key)
        if found is None and " " not in key:
            found = self._surnames().get(key)
        return found

    def listed_person(self, name: str) -> str | None:
        """Code of a person the dictionaries list under exactly this name or alias ("Maduro" -> "VENGOV", written
        "+MADURO" under NICOLAS_MADURO); no guess from a surname shared with others."""
        return self.persons.get(_person_key(name))

    def surname_countries(self, surname: str) -> frozenset[str]:
        """The countries of every dictionary person with this surname (empty when none has it)."""
        if self._surname_countries is None:
            found: dict[str, set[str]] = {}
            for full, code in self.persons.items():
                words = full.split()
                if len(words) >= 2:
                    found.setdefault(words[-1], set()).add(code[:3])
            self._surname_countries = {k: frozenset(v) for k, v in found.items()}
        return self._surname_countries.get(_person_key(surname), frozenset())

    def _surnames(self) -> dict[str, str]:
        """Surname -> code, for surnames of one country that the dictionaries do not mostly use as a first name.

        Bug: a bare "Andrew" (Prince Andrew, named so on second mention) was the Canadian MP Ethel Blondin
        Andrew; the dictionaries open 17 names with "Andrew" and end one with it. A word that opens names in
        several countries, twice as often as it ends one, is a first name ("Andrew", "Jose", "Mahmoud");
        "Assad", "Gorbachev", "Kennedy" stay surnames, and so does "Yoon" (surname-first Korean names all open
        with it in one country).
        """
        if self._surname_index is None:
            countries: dict[str, set[str]] = {}
            first: Counter[str] = Counter()
            last: Counter[str] = Counter()
            first_countries: dict[str, set[str]] = {}
            for full, code in self.persons.items():
                words = full.split()
                if len(words) >= 2:
                    first[words[0]] += 1
                    last[words[-1]] += 1
                    first_countries.setdefault(words[0], set()).add(code[:3])
                if len(words) >= 2 and len(words[-1]) > 3:
                    countries.setdefault(words[-1], set()).add(code[:3])
            index: dict[str, str] = {}
            for full, code in self.persons.items():
                words = full.split()
                if len(words) < 2 or len(countries.get(words[-1], ())) != 1:
                    continue
                word = words[-1]
                if first[word] >= 2 * max(1, last[word]) and len(first_countries.get(word, ())) >= 2:
                    continue  # mostly a first name, in several countries (a surname-first "Yoon" is one country's)
                index.setdefault(word, code)
            self._surname_index = index
        return self._surname_index


    # -- lookups ------------------------------------------------------------------------
    def country(self, text: str) -> CountryMatch | None:
        surface = _surface(text)
        if not surface:
            return None
        if is_acronym(surface):
            return self.country_acronyms.get(surface)
        return self.countries.get(normalise(text))

    def names_state(self, text: str) -> bool:
        """Whether ``text`` is a state's own name or demonym ("Iran", "U.S.", "Saudi Arabia",
        "Russian"), not one of its cities or provinces ("Jeddah", "Geneva")."""
        surface = _surface(text)
        if not surface:
            return False
        if (surface if is_acronym(surface) else normalise(text)) in self.state_names:
            return True
        found = self.country(text)
        return found is not None and found.via == "demonym"

    def organisation(self, text: str) -> OrgMatch | None:
        surface = _surface(text)
        if not surface:
            return None
        if is_acronym(surface):
            return self.organisation_acronyms.get(surface)
        key = normalise(text)
        found = self.organisations.get(key)
        if found is not None:
            return found
        return self._national_body(text, key)

    def organisation_coded(self, code: str) -> OrgMatch | None:
        """The organisation parley's own table gives this short code ("FOX" -> Fox News, USAMED)."""
        return next((org for org in self.organisations.values() if org.code == code), None)

    def _national_body(self, text: str, key: str) -> OrgMatch | None:
        """``Russian Foreign Ministry``, ``Ministry of Defence of Ukraine``, ``NATO forces``."""
        words = key.split()
        for split in range(1, min(len(words), 4)):
            body = " ".join(words[split:])
            found = self.bodies.get(body)
            if found is None:
                continue
            original_modifier = " ".join(_surface(text).split()[:split])
            country = self.country(original_modifier)
            if country is not None:
                return _body_match(text, country.code, *found)
            organisation = self.organisation(original_modifier)
            if organisation is not None and organisation.kind == "IGO":
                return OrgMatch(
                    name=" ".join(_surface(text).split()), code=organisation.code, kind="IGO",
                    country=None, sector=found[1], actor=organisation.actor,
                )
        if " of " in key:
            body, _, _owner = key.rpartition(" of ")
            found = self.bodies.get(body)
            if found is not None:
                original_owner = _surface(text)[len(body) + 4 :]
                country = self.country(original_owner)
                if country is not None:
                    return _body_match(text, country.code, *found)
        return None


def _person_key(name: str) -> str:
    """"Jean-Bertrand Aristide" and "JEAN_BERTRAND_ARISTIDE" meet; initials lose their dots."""
    return " ".join(normalise(name).replace("-", " ").replace(".", " ").split())


_NON_STATE = {"IGO", "NGO", "MNC", "IMG", "UIS", "---"}


def _kind_of_sector(sector: str) -> str:
    return sector if sector in {"GOV", "MIL", "LEG", "JUD", "SPY", "COP", "MED", "REB", "BUS", "NGO"} else "GOV"


def _body_match(text: str, country: str, kind: str, sector: str) -> OrgMatch:
    name = " ".join(_surface(text).split())
    return OrgMatch(name=name, code=f"{country}{sector}", kind=kind, country=country, sector=sector, actor=f"{country}{sector}")


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built on first use, about a second)."""
    return Gazetteer().build()


def country_match(text: str) -> CountryMatch | None:
    """How ``text`` names a country, or None: ``country_match("Crimea").region == "Crimea"``."""
    return gazetteer().country(text)


def names_state(text: str) -> bool:
    """Whether ``text`` names a state itself, not a city or province of one (see :meth:`Gazetteer.names_state`)."""
    return gazetteer().names_state(text)


def country_code(text: str) -> str | None:
    """ISO3 of the country ``text`` names: "U.S." -> "USA", "the Kremlin" -> "RUS", "Donbass" -> "UKR"."""
    found = gazetteer().country(text)
    return found.code if found else None


def region_of(text: str) -> str | None:
    """Canonical region name when ``text`` names a region ("the Donbass" -> "Donbas")."""
    found = gazetteer().country(text)
    return found.region if found and found.via == "region" else None


def country_name(code: str) -> str | None:
    """Canonical English name of an ISO3 code: "RUS" -> "Russia"."""
    return gazetteer().country_names.get(code)


def organisation(text: str) -> OrgMatch | None:
    """The organisation ``text`` names: "OSCE", "Russian Foreign Ministry", "Reuters", or None."""
    return gazetteer().organisation(text)
