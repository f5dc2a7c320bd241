"""Filter checks that need the database, shared by the CLI, the API and the web pages.

The filter objects themselves (:mod:`parley.store.filters`) check the shape of every value. What
only the data can tell is checked here, the same way for every interface: whether a side names
something a speaker can be affiliated with ("--side ZZZ"), and whether a speaker filter names a
speaker at all ("--speaker Nuland": did you mean Victoria Nuland?).
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

from parley.errors import InputError
from parley.notions.sides import Side, known_member, organisations, parse_sides
from parley.store.base import Page, Store
from parley.store.filters import ArticleFilter, EventFilter, SpeakerFilter, StatementFilter

__all__ = [
    "ArticleFilter",
    "EventFilter",
    "SpeakerFilter",
    "StatementFilter",
    "affiliation_codes",
    "attributions",
    "check_sides",
    "check_speaker",
]

# How many names a "did you mean" offers, and how many affiliations an unknown-side message lists.
_SUGGESTIONS = 3
_LISTED = 12


def _stored_affiliations(store: Store) -> list[str]:
    return [code for code, _ in store.attribution_facets(size=500)["affiliation"]]


def check_sides(store: Store, sides: Sequence[Side]) -> list[Side]:
    """``sides`` when every member is a country, a known organisation, or an affiliation in the store."""
    stored: list[str] | None = None
    for side in sides:
        for member in side.members:
            if known_member(member):
                continue
            if stored is None:
                stored = _stored_affiliations(store)
            if member in stored:
                continue
            close = difflib.get_close_matches(member, stored, n=_SUGGESTIONS)
            hint = f" (did you mean {' or '.join(close)}?)" if close else ""
            raise InputError(
                f"unknown side {member!r}{hint}: a side is a country code (ISO 3166 alpha-3: USA, RUS, UKR, ...), "
                f"one of {', '.join(organisations())}, an affiliation in this database "
                f"({', '.join(stored[:_LISTED])}{', ...' if len(stored) > _LISTED else ''}), "
                "or a group: name=MEMBER,MEMBER"
            )
    return list(sides)


def affiliation_codes(store: Store, affiliation: Sequence[str], side: Sequence[str]) -> tuple[str, ...]:
    """Affiliation codes to filter on: those given plus every member of every side (``west=USA,GBR``)."""
    codes = [a.strip().upper() for a in affiliation if a.strip()]
    specs = [s for s in side if s.strip()]
    if specs:
        for parsed in check_sides(store, parse_sides(specs)):
            codes.extend(parsed.members)
    return tuple(dict.fromkeys(codes))


def check_speaker(store: Store, name: str) -> None:
    """Nothing when a speaker is called ``name`` (any case); else InputError, with the names it may mean."""
    page = store.speakers(name=name, limit=50)
    if any(s.name.casefold() == name.strip().casefold() for s in page.items):
        return
    candidates = [s.name for s in page.items][:_SUGGESTIONS]
    if not candidates:  # no name contains it: the closest names of the most quoted speakers
        top = [s.name for s in store.speakers(limit=500).items]
        candidates = difflib.get_close_matches(name, top, n=_SUGGESTIONS, cutoff=0.6)
    hint = f"; did you mean {' or '.join(candidates)}?" if candidates else " in this database"
    raise InputError(f"no speaker named {name!r}{hint}")


def attributions(store: Store, f: StatementFilter, *, limit: int = 50, offset: int = 0) -> Page:
    """:meth:`Store.attributions`, but an empty page for a speaker nobody is called says so."""
    page = store.attributions(f, limit=limit, offset=offset)
    if not page.total and f.speaker:
        check_speaker(store, f.speaker)
    return page
