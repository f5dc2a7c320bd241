"""Actors: countries, organisations and people as canonical codes (ISO3, CAMEO/PLOVER actor codes)."""

from parley.actors.codes import actor_code, sector_of_role
from parley.actors.gazetteer import (
    CountryMatch,
    OrgMatch,
    country_code,
    country_match,
    country_name,
    organisation,
    region_of,
)

__all__ = [
    "CountryMatch",
    "OrgMatch",
    "actor_code",
    "country_code",
    "country_match",
    "country_name",
    "organisation",
    "region_of",
    "sector_of_role",
]
