"""Event dates resolved against the article's publication date.

``"in 2014"`` -> ``"2014"``; ``"on Thursday"`` -> the last Thursday on or before publication;
``"yesterday"`` -> publication minus a day; ``"February 4"`` -> that day in the publication year.
Anything else stays unresolved (None) rather than guessed.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

__all__ = ["publication_date", "resolve_date"]

_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
    )
}
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


def resolve_date(expression: str, published: date | None) -> str | None:
    """ISO date (or year, or year-month) that ``expression`` names, given the publication date."""
    text = " ".join(expression.lower().replace(",", ", ").split()).strip(" ,.")
    text = re.sub(r"^(?:on|in|at|since|by|during|until|from)\s+", "", text)
    text = re.sub(r"^(?:last|this|past)\s+(?=(?:mon|tue|wed|thu|fri|sat|sun))", "", text)
    match = _YEAR.match(text)
    if match:
        return match.group(1)
    if text in _WEEKDAYS and published is not None:
        back = (published.weekday() - _WEEKDAYS.index(text)) % 7
        return (published - timedelta(days=back)).isoformat()
    if published is not None:
        if text == "yesterday":
            return (published - timedelta(days=1)).isoformat()
        if text in {"today", "this morning", "this afternoon", "this evening", "tonight"}:
            return published.isoformat()
        if text == "tomorrow":
            return (published + timedelta(days=1)).isoformat()
    for pattern, month_group, day_group in ((_MONTH_DAY_YEAR, 1, 2), (_DAY_MONTH_YEAR, 2, 1)):
        match = pattern.match(text)
        if match and match.group(month_group) in _MONTHS:
            year = int(match.group(3)) if match.group(3) else (published.year if published else None)
            if year is None:
                return None
            try:
                return date(year, _MONTHS[match.group(month_group)], int(match.group(day_group))).isoformat()
            except ValueError:
                return None
    match = _MONTH_YEAR.match(text)
    if match and match.group(1) in _MONTHS:
        return f"{match.group(2)}-{_MONTHS[match.group(1)]:02d}"
    return None
