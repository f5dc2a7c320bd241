"""The filters of every listing, written once: typed, frozen, validated on construction.

The store, the query layer, the API, the web pages and the CLI all build these objects, so a
bad value ("--since yesterday", "since=2025-13-45", "type=FOO") fails the same way everywhere:
an :class:`parley.errors.InputError` with one line that says what is allowed. Interfaces turn it
into exit code 2 (CLI), HTTP 422 (API) or a message on the page (web).

Values that need the database to check (is there a speaker of that name, is that side an
affiliation anyone has) are checked in :mod:`parley.query.filters`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, field_validator, model_validator

from parley.datafiles import packaged
from parley.errors import InputError

__all__ = [
    "ArticleFilter",
    "EventFilter",
    "SpeakerFilter",
    "StatementFilter",
    "check_date",
    "event_types",
    "split_codes",
]

# Dates as users type them; the store compares ISO strings, so the shape must be right.
_DATE_SHAPE = re.compile(r"^\d{4}(-\d{2}(-\d{2}([T ][0-9:.]+(Z|[+-]\d{2}:?\d{2})?)?)?)?$")
DATE_HELP = "use YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2022-02-04"
# A text filter longer than this is a mistake (or an attack on LIKE/FTS); the API says the same.
MAX_TEXT = 200
# A full-text query may be a pasted sentence; the store also refuses more than 64 distinct words.
MAX_QUERY = 1000


def check_date(value: str | None, name: str) -> str | None:
    """``value`` when it is a real date or date-time in ISO form, None when empty; else InputError."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    if not _DATE_SHAPE.match(value):
        raise InputError(f"{name} {value!r} is not a date: {DATE_HELP}")
    try:
        if len(value) == 4:
            date(int(value), 1, 1)
        elif len(value) == 7:
            date(int(value[:4]), int(value[5:7]), 1)
        elif len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise InputError(f"{name} {value!r} is not a date ({exc}): {DATE_HELP}") from exc
    return value


@lru_cache(maxsize=1)
def event_types() -> tuple[str, ...]:
    """The PLOVER event types parley codes: every type its verb and noun lexicons map to."""
    data = packaged()
    found = {row[1].upper() for path in ("plover/verbs.tsv", "plover/nouns.tsv")
             for row in data.rows(path, min_columns=2) if row[1] not in ("", "-")}
    return tuple(sorted(found))


def split_codes(text: str | None) -> tuple[str, ...]:
    """Codes typed in one field: "ACCUSE,REJECT" or "ACCUSE REJECT" -> ("ACCUSE", "REJECT")."""
    return tuple((text or "").replace(",", " ").split())


def _text(value: Any, name: str, limit: int = MAX_TEXT) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InputError(f"{name} must be text, not {type(value).__name__}")
    value = value.strip()
    if len(value) > limit:
        raise InputError(f"{name} is {len(value)} characters long; at most {limit} are allowed")
    return value or None


def _codes(value: Any, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    codes = []
    for item in value:
        text = _text(item, name)
        if text:
            codes.append(text.upper())
    return tuple(dict.fromkeys(codes))


class _Filter(BaseModel):
    # frozen: a filter is a value (a cache key, shared across threads); extra=forbid: a typo fails.
    model_config = ConfigDict(frozen=True, extra="forbid")

    @classmethod
    def of(cls, base: Any = None, /, **fields: Any) -> Any:
        """``base`` (a filter of this class, or None) with ``fields`` replaced; unknown names fail."""
        unknown = sorted(set(fields) - set(cls.model_fields))
        if unknown:
            raise InputError(f"{cls.__name__} has no field {', '.join(unknown)}; "
                             f"fields: {', '.join(cls.model_fields)}")
        if base is None:
            return cls(**fields)
        if not isinstance(base, cls):
            raise InputError(f"expected a {cls.__name__}, got {type(base).__name__}")
        return cls(**{**base.model_dump(), **fields}) if fields else base


class ArticleFilter(_Filter):
    """Which articles: outlet, publication dates (``until`` includes the whole day/month/year)."""

    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    latest_only: bool = True  # older versions of a re-published URL are left out

    @field_validator("outlet", mode="before")
    @classmethod
    def _outlet(cls, value: Any) -> str | None:
        return _text(value, "outlet")

    @field_validator("since", "until", mode="before")
    @classmethod
    def _dates(cls, value: Any, info: Any) -> str | None:
        if value is not None and not isinstance(value, str):
            raise InputError(f"{info.field_name} must be a date: {DATE_HELP}")
        return check_date(value, info.field_name)

    @model_validator(mode="after")
    def _ordered(self) -> ArticleFilter:
        if self.since and self.until and self.since[: len(self.until)] > self.until:
            raise InputError(f"since {self.since} is after until {self.until}: nothing can match")
        return self


class StatementFilter(ArticleFilter):
    """Which statements (attributions): full-text ``query``, exact ``speaker``, affiliation codes, article."""

    query: str | None = None
    speaker: str | None = None
    affiliation: tuple[str, ...] = ()  # speaker affiliation codes (USA, RUS, NATO): any of them
    article_id: str | None = None  # one article (every version of it, not only the latest)

    @field_validator("query", "speaker", "article_id", mode="before")
    @classmethod
    def _texts(cls, value: Any, info: Any) -> str | None:
        return _text(value, info.field_name, MAX_QUERY if info.field_name == "query" else MAX_TEXT)

    @field_validator("affiliation", mode="before")
    @classmethod
    def _affiliations(cls, value: Any) -> tuple[str, ...]:
        return _codes(value, "affiliation")


class SpeakerFilter(_Filter):
    """Which speakers: part of the name, affiliation codes."""

    name: str | None = None
    affiliation: tuple[str, ...] = ()

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, value: Any) -> str | None:
        return _text(value, "name")

    @field_validator("affiliation", mode="before")
    @classmethod
    def _affiliations(cls, value: Any) -> tuple[str, ...]:
        return _codes(value, "affiliation")


class EventFilter(_Filter):
    """Which events: PLOVER types (any of them), actor/recipient code prefix or name, asserter."""

    type: tuple[str, ...] = ()
    actor: str | None = None
    recipient: str | None = None
    asserter: str | None = None  # a speaker's name, or "reporter" for the article's own voice
    article_id: str | None = None
    partial: bool = True  # include partial events (low confidence); `parley events` hides them by default

    @field_validator("type", mode="before")
    @classmethod
    def _types(cls, value: Any) -> tuple[str, ...]:
        if isinstance(value, str):
            value = split_codes(value)
        types = _codes(value, "type")
        allowed = event_types()
        unknown = [t for t in types if t not in allowed]
        if unknown:
            raise InputError(f"event type {', '.join(unknown)} is unknown; allowed: {', '.join(allowed)}")
        return types

    @field_validator("actor", "recipient", "asserter", "article_id", mode="before")
    @classmethod
    def _texts(cls, value: Any, info: Any) -> str | None:
        return _text(value, info.field_name)
