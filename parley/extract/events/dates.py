"""Event dates resolved against the article's publication date.

``"in 2014"`` -> ``"2014"``; ``"on Thursday"`` -> the last Thursday on or before publication;
``"yesterday"`` -> publication minus a day; ``"February 4"`` -> that day in the publication year.
Anything else stays unresolved (None) rather than guessed. The month, weekday and relative-day
words are data (``parley/data/events/calendar.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

from parley.datafiles import DataFiles, packaged
from parley.errors import ConfigError

__all__ = ["Calendar", "default_calendar", "load_calendar", "publication_date", "resolve_date"]


@dataclass(frozen=True)
class Calendar:
    """Calendar words by kind: ``{word: number}`` (``calendar.tsv`` says what each number means)."""

    month: dict[str, int]
    weekday: dict[str, int]
    day: dict[str, int]


def load_calendar(files: DataFiles) -> Calendar:
    kinds: dict[str, dict[str, int]] = {"month": {}, "weekday": {}, "day": {}}
    for row in files.rows("events/calendar.tsv", min_columns=3):
        word, kind, number = row[0].lower(), row[1], row[2]
        if kind not in kinds or not number.lstrip("-").isdigit():
            raise ConfigError(f"events/calendar.tsv: bad row {row!r}")
        kinds[kind].setdefault(word, int(number))
    return Calendar(**kinds)


@lru_cache(maxsize=1)
def default_calendar() -> Calendar:
    return load_calendar(packaged())
_YEAR = re.compile(r"^(?:in |since |by |during |until )?(?:the year )?((?:1[89]|20)\d\d)$")
_MONTH_DAY_YEAR = re.compile(r"^(?:on )?([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?:,? ((?:1[89]|20)\d\d))?$")
_DAY_MONTH_YEAR = re.compile(r"^(?:on )?(\d{1,2})(?:st|nd|rd|th)? ([a-z]+)(?:,? ((?:1[89]|20)\d\d))?$")
_MONTH_YEAR = re.compile(r"^(?:in )?([a-z]+) ((?:1[89]|20)\d\d)$")


def publication_date(published: str | None) -> date | None:
    if not published:
        return None
    try:
        return datetime.fromisoformat(published.replace("Z", "+00:00")).date()
    except ValueError:
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", published)
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None


def resolve_date(expression: str, published: date | None, calendar: Calendar | None = None) -> str | None:
    """ISO date (or year, or year-month) that ``expression`` names, given the publication date."""
    calendar = calendar or default_calendar()
    text = " ".join(expression.lower().replace(",", ", ").split()).strip(" ,.")
    text = re.sub(r"^(?:on|in|at|since|by|during|until|from)\s+", "", text)
    text = re.sub(r"^(?:last|this|past)\s+(?=(?:mon|tue|wed|thu|fri|sat|sun))", "", text)
    match = _YEAR.match(text)
    if match:
        return match.group(1)
    if text in calendar.weekday and published is not None:
        back = (published.weekday() - calendar.weekday[text]) % 7
        return (published - timedelta(days=back)).isoformat()
    if text in calendar.day and published is not None:
        return (published + timedelta(days=calendar.day[text])).isoformat()
    for pattern, month_group, day_group in ((_MONTH_DAY_YEAR, 1, 2), (_DAY_MONTH_YEAR, 2, 1)):
        match = pattern.match(text)
        if match and match.group(month_group) in calendar.month:
            year = int(match.group(3)) if match.group(3) else (published.year if published else None)
            if year is None:
                return None
            try:
                return date(year, calendar.month[match.group(month_group)], int(match.group(day_group))).isoformat()
            except ValueError:
                return None
    match = _MONTH_YEAR.match(text)
    if match and match.group(1) in calendar.month:
        return f"{match.group(2)}-{calendar.month[match.group(1)]:02d}"
    return None
