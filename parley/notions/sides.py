"""Sides: a country, an organisation, or a named group of them (``west=USA,GBR,FRA,DEU,NATO,EU``).

Speakers belong to sides through ``Speaker.affiliation`` (an ISO 3166 alpha-3
code or an organisation acronym, as the attribution step writes it). Users may
type names ("Russia", "U.S.", "United Nations"); they are folded onto codes
with ``parley/data/notions/side_aliases.tsv`` and the country table in
``parley/data/actors/ngec-countries.csv``.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from parley.errors import InputError
from parley.models import Speaker

__all__ = ["Side", "known_member", "member_code", "organisations", "parse_side", "parse_sides", "sides_of"]

_SIDE_NAME = re.compile(r"^[\w .'-]{1,40}$")


def _fold(name: str) -> str:
    return re.sub(r"\s+", " ", name.replace(".", "")).strip().upper()


@lru_cache(maxsize=1)
def _aliases() -> dict[str, str]:
    aliases: dict[str, str] = {}
    try:
        table = resources.files("parley.data.actors").joinpath("ngec-countries.csv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):  # the actors data is optional for sides
        table = ""
    for row in csv.DictReader(io.StringIO(table)):
        code = (row.get("CCA3") or "").strip().upper()
        if len(code) != 3:
            continue
        aliases[_fold(code)] = code
        if row.get("Name"):
            aliases[_fold(row["Name"])] = code
        if row.get("CCA2"):
            aliases.setdefault(_fold(row["CCA2"]), code)
    data = resources.files("parley.data.notions").joinpath("side_aliases.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if line.strip() and not line.startswith("#"):
            alias, code = line.split("\t")
            aliases[_fold(alias)] = code.strip().upper()
    return aliases


@lru_cache(maxsize=4096)
def member_code(name: str) -> str:
    """The code of a side member or an affiliation: ``"U.S." -> "USA"``, ``"USAGOV" -> "USA"``, ``"nato" -> "NATO"``."""
    folded = _fold(name)
    aliases = _aliases()
    if folded in aliases:
        return aliases[folded]
    # CAMEO-style actor codes ("RUSGOV", "USAMIL") belong to their country.
    if len(folded) == 6 and folded.isalpha() and folded[:3] in aliases.values():
        return folded[:3]
    return folded


def known_member(code: str) -> bool:
    """Whether a member code is a country or an organisation parley knows (not a typo like "ZZZ")."""
    return code in set(_aliases().values())


@lru_cache(maxsize=1)
def organisations() -> tuple[str, ...]:
    """The organisation codes of ``side_aliases.tsv`` (countries are too many to list)."""
    try:
        table = resources.files("parley.data.actors").joinpath("ngec-countries.csv").read_text(encoding="utf-8")
    except (FileNotFoundError, ModuleNotFoundError):
        table = ""
    countries = {(row.get("CCA3") or "").strip().upper() for row in csv.DictReader(io.StringIO(table))}
    return tuple(sorted(set(_aliases().values()) - countries))


@dataclass(frozen=True)
class Side:
    """A named set of member codes; a speaker is on the side when its affiliation is a member."""

    name: str
    members: tuple[str, ...]

    def includes(self, affiliation: str | None) -> bool:
        """Whether a speaker of ``affiliation`` is on the side; a joint one ("USA+RUS", the signatories of a
        joint statement or both parties of a call) is on each of its members' sides; a comparison counts it once,
        in a joint section, when two of its sides are compared (:func:`parley.query.notions.columns`)."""
        return bool(affiliation) and any(member_code(part) in self.members for part in (affiliation or "").split("+"))

    def __str__(self) -> str:
        if self.members == (self.name,):
            return self.name
        return f"{self.name}={','.join(self.members)}"


def parse_side(spec: str) -> Side:
    """``"USA"`` -> side USA; ``"west=USA,GBR,NATO"`` -> side west with three members."""
    spec = spec.strip()
    if not spec:
        raise InputError("a side needs a country code, an organisation, or name=MEMBER,MEMBER")
    if "=" in spec:
        name, _, rest = spec.partition("=")
        name = name.strip()
        if not _SIDE_NAME.match(name):
            raise InputError(f"side name {name!r} must be a short word (letters, digits, - or _)")
        members = tuple(dict.fromkeys(member_code(m) for m in rest.split(",") if m.strip()))
        if not members:
            raise InputError(f"side {name!r} has no members; write {name}=USA,GBR,...")
        return Side(name, members)
    code = member_code(spec)
    return Side(code, (code,))


def parse_sides(specs: Iterable[str]) -> list[Side]:
    sides = [parse_side(s) for s in specs]
    names = [s.name for s in sides]
    duplicated = sorted({n for n in names if names.count(n) > 1})
    if duplicated:
        raise InputError(f"side {', '.join(duplicated)} given twice")
    return sides


def sides_of(speaker: Speaker | None, sides: Sequence[Side]) -> list[Side]:
    """The sides a speaker is on (several when groups overlap: USA and west)."""
    if speaker is None or not speaker.affiliation:
        return []
    return [side for side in sides if side.includes(speaker.affiliation)]
