"""Readers for the actor dictionaries shipped in ``parley/data/actors``.

The Phoenix/PETRARCH files (Open Event Data Alliance, MIT) use the TABARI format:
an entry line ``NAME_ [CODE]`` or a bare ``NAME_`` followed by ``+SYNONYM_`` lines and
tab-indented ``[CODE dates]`` lines; ``#`` starts a comment; ``_`` joins words and a
trailing ``_`` marks a whole-word match. Agents files map role words to ``[~SECTOR]``.
These readers only parse; :mod:`parley.actors.gazetteer` builds the lookup tables.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = ["DATA_DIR", "TabariEntry", "data_path", "read_agents", "read_tabari", "read_tsv"]

DATA_DIR = "actors"

_CODE = re.compile(r"\[([^\]\s]*)\s*([^\]]*)\]")


def data_path(*parts: str) -> Path:
    """Path of a packaged data file (``parley/data/<parts>``)."""
    return Path(str(resources.files("parley").joinpath("data", *parts)))


@dataclass(frozen=True)
class TabariEntry:
    phrases: tuple[str, ...]  # "UNITED STATES OF AMERICA", "US", ...; words joined by spaces
    code: str  # the current code: the undated or open-ended one, else the last listed
    codes: tuple[tuple[str, str], ...]  # every (code, date range) as written
    dated: bool  # has date ranges: a person holding offices, not a body


def _phrase(raw: str) -> str:
    return " ".join(raw.replace("_", " ").split())


def _current_code(codes: list[tuple[str, str]]) -> str:
    for code, dates in codes:
        if not dates or dates.startswith(">"):
            return code
    return codes[-1][0]


def read_tabari(path: Path) -> Iterator[TabariEntry]:
    """Entries of a TABARI ``.actors`` file; entries without any code are skipped."""
    phrases: list[str] = []
    codes: list[tuple[str, str]] = []

    def flush() -> Iterator[TabariEntry]:
        usable = [(c, d.strip()) for c, d in codes if c and c != "---"]
        if phrases and usable:
            yield TabariEntry(
                phrases=tuple(phrases),
                code=_current_code(usable),
                codes=tuple(usable),
                dated=any(d for _, d in usable),
            )

    with path.open(encoding="utf-8", errors="replace") as handle:
        for raw_line in handle:
            line = raw_line.split("#", 1)[0].rstrip()
            if not line.strip():
                continue
            found = [(m.group(1), m.group(2)) for m in _CODE.finditer(line)]
            head = _CODE.sub("", line)
            if line[0] in " \t":
                codes.extend(found)
                continue
            if line[0] == "+":
                name = _phrase(head[1:])
                if name:
                    phrases.append(name)
                codes.extend(found)
                continue
            # A new entry: emit the previous one unless it is still waiting for its codes.
            if codes:
                yield from flush()
                phrases, codes = [], []
            elif phrases and not found:
                # "UN_ [IGOUNO]" then "U.N._" alone: TABARI reads a bare line as a new entry,
                # but in practice these are synonyms that lost their "+"; keep them together.
                pass
            elif phrases:
                phrases = []
            name = _phrase(head)
            if name:
                phrases.append(name)
            codes.extend(found)
    yield from flush()


def read_agents(path: Path) -> Iterator[tuple[str, str]]:
    """``(role phrase, sector)`` pairs of an agents file: ``("FOREIGN MINISTER", "GOV")``."""
    substitutions: dict[str, list[str]] = {}
    with path.open(encoding="utf-8", errors="replace") as handle:
        for raw_line in handle:
            line = raw_line.split("#", 1)[0].strip()
            if not line:
                continue
            if line.startswith("!") and "=" in line:
                name, values = line.split("=", 1)
                substitutions[name.strip()] = [v.strip() for v in values.split(",") if v.strip()]
                continue
            match = re.search(r"\[~?([A-Z]*)~?\]", line)
            if not match or not match.group(1):
                continue
            head = line[: match.start()].strip()
            variants = [head]
            for placeholder, replacements in substitutions.items():
                if placeholder in head:
                    variants = [v.replace(placeholder, value) for v in variants for value in replacements]
            for variant in variants:
                phrase = _phrase(variant)
                if phrase:
                    yield phrase, match.group(1)


def read_tsv(path: Path, columns: int) -> Iterator[list[str]]:
    """Rows of a curated tab-separated file, ``#`` comments skipped, padded to ``columns``."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            row = [cell.strip() for cell in line.rstrip("\n").split("\t")]
            yield (row + [""] * columns)[:columns]


def read_csv(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)
