"""CAMEO/PLOVER actor codes: a country (or IGO) code followed by a sector from role words.

``actor_code("RUS", "Defence Minister") == "RUSGOVMIL"`` is too fine for most uses, so
codes keep the primary sector only: ``"RUSMIL"``. Role words come from the agents
dictionaries (``PLOVER_agents.txt``, then ``Phoenix.agents.txt``; Open Event Data
Alliance, MIT) plus parley's ``roles.tsv`` for modern titles the dictionaries lack.
"""

from __future__ import annotations

from functools import lru_cache

from parley.actors.dictionaries import DATA_DIR, data_path, read_agents, read_tsv
from parley.actors.gazetteer import normalise

__all__ = ["PRIMARY_SECTORS", "actor_code", "is_media", "role_sectors", "sector_of_role"]

# Sectors an actor code keeps: the first three letters of a compound agent code are its
# primary sector (GOVMIL -> GOV for a defence ministry is what PLOVER does; a few compound
# codes are re-read below where the second part is the better primary).
PRIMARY_SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD", "SPY", "LEG", "MED", "JRN",
    "BUS", "CVL", "EDU", "HLH", "REL", "LAB", "AGR", "REF", "NGO", "IGO", "CRM", "ELI",
    "UAF", "ENV", "HRI", "PRE", "SOC", "UNK", "NON",
}
_COMPOUND_PRIMARY = {"GOVMIL": "MIL", "MILGOV": "MIL", "GOVJRN": "GOV", "GOVMED": "GOV"}
# The PLOVER agents file writes medical roles as MED ("DOCTOR [~MED]") and the press as JRN; parley's codes follow
# CAMEO and the Phoenix dictionaries, where MED is the media and health is HLH ("DOCTOR [~HLH]", "JOURNALIST [~MED]").
# Read as written, "Doctors in Kenya went on strike" was a news outlet acting (the media_actor cue hid it).
_PLOVER_SECTORS = {"MED": "HLH"}


@lru_cache(maxsize=1)
def role_sectors() -> dict[str, str]:
    """Folded role phrase -> primary sector code."""
    table: dict[str, str] = {}
    for phrase, sector in read_tsv(data_path(DATA_DIR, "roles.tsv"), 2):
        table.setdefault(normalise(phrase), sector)
    for name in ("PLOVER_agents.txt", "Phoenix.agents.txt"):
        for phrase, code in read_agents(data_path(DATA_DIR, name)):
            primary = _COMPOUND_PRIMARY.get(code[:6], code[:3])
            if name.startswith("PLOVER"):
                primary = _PLOVER_SECTORS.get(primary, primary)
            if primary in PRIMARY_SECTORS:
                table.setdefault(normalise(phrase), primary)
    return table


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def sector_of_role(role: str | None) -> str | None:
    """Sector of a role description: "Under Secretary of State" -> "GOV", "soldiers" -> "MIL".

    The longest dictionary phrase found anywhere in the role wins; ties go to the
    rightmost (the head noun of an English title is at its end).
    """
    if not role:
        return None
    table = role_sectors()
    words = [_singular(w) for w in normalise(role).replace("-", " ").split()]
    best: tuple[int, int, str] | None = None
    for size in range(min(len(words), 6), 0, -1):
        for start in range(len(words) - size + 1):
            sector = table.get(" ".join(words[start : start + size]))
            if sector is not None and (best is None or (size, start) > best[:2]):
                best = (size, start, sector)
        if best is not None:
            break
    return best[2] if best else None


def actor_code(country: str | None, sector: str | None = None) -> str | None:
    """``actor_code("USA", "GOV") == "USAGOV"``; the bare country code when no sector is known."""
    if not country:
        return None
    if sector and not country.endswith(sector):
        return f"{country}{sector}"
    return country


def is_media(code: str | None) -> bool:
    """Whether an actor code is of the media sector (USAMED, NGOMED, IGOMED...): a news outlet or its staff."""
    return code is not None and "MED" in code[3:]
