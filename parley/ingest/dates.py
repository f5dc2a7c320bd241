"""Publication dates to ISO 8601, keeping the time and timezone when the source gives them."""

from __future__ import annotations

import re
from datetime import date, datetime

from dateutil import parser as dateutil_parser

__all__ = ["normalise_published"]

_HAS_TIME = re.compile(r"\d{1,2}:\d{2}")
_HAS_SECONDS = re.compile(r"\d{1,2}:\d{2}:\d{2}")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Date parsing is a guess past this length: a "date" field holding a paragraph is not a date.
_MAX_LEN = 80


def normalise_published(value: object) -> str | None:
    """ISO 8601 for a date as sources write it, or None when it is not a date.

    "2025-03-14 20:30:26Z" -> "2025-03-14T20:30:26+00:00"; "Fri, 04 Feb 2022 10:11:00 GMT" ->
    "2022-02-04T10:11:00+00:00"; "February 4, 2022, 10:11" -> "2022-02-04T10:11" (no zone
    written, none invented); "2022-02-04" -> "2022-02-04" (no time written, none invented).
    """
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float)):
        return None  # epoch numbers are ambiguous (s or ms); sources should say what they mean
    raw = str(value).strip()
    if not raw or len(raw) > _MAX_LEN:
        return None
    if _ISO_DATE.match(raw):
        try:
            return date.fromisoformat(raw).isoformat()
        except ValueError:
            return None
    try:
        parsed = dateutil_parser.parse(raw)
    except (ValueError, OverflowError, TypeError):
        return None
    if not _HAS_TIME.search(raw):
        return parsed.date().isoformat()
    timespec = "seconds" if _HAS_SECONDS.search(raw) else "minutes"
    if parsed.microsecond and timespec == "seconds":
        timespec = "auto"
    return parsed.isoformat(timespec=timespec)
