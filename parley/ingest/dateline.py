"""Datelines: the place, date and outlet that open a news story.

Styles recognised (each a line start within the lead; see ``tests/test_dateline.py``)::

    STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS:      place, date, outlet
    MOSCOW (Reuters) -                          place (outlet) dash
    WASHINGTON —                                place dash
    KYIV, Ukraine (AP) —                        place, region (outlet)
    UNITED NATIONS, Feb 4 (Reuters) -           place, date (outlet)
    LONDON, Jan. 5 (AFP) -                      abbreviated month
    PARIS/BERLIN (Reuters) -                    several places
    Moscow, 4 February (TASS):                  title-case place, day-month date
    MOSCOW, February 4. /TASS/.                 TASS / ARKA style slashes
    NEW DELHI:                                  place colon
    Jerusalem (CNN)                             outlet with no dash
    (CNN) —                                     outlet only

An upper-case place alone needs a colon or a dash after it and must not be a label
(``UPDATE:``, ``BREAKING:``; ``parley/data/ingest/dateline_not_places.txt``). In a transcript
(two or more lines open with an upper-case label and a colon, or a line opens with "Q"), an
upper-case word and a bare colon is a speaker's turn ("MS. PSAKI:", "MODERATOR:"), not a place;
so is one with a title or courtesy word ("THE PRESIDENT:"; ``parley/data/ingest/dateline_label_words.txt``). A title-case
place needs an outlet in parentheses or a date, so "However, officials —" or "Note: ..." are
not datelines. The dateline may follow a headline or a timestamp line: the first few lines
of the lead are tried, in order.
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from importlib import resources

from parley.ingest.language import english_function_words
from parley.models import Dateline, make_span

__all__ = ["parse_dateline", "resolve_date"]

# How far into the text a dateline may start, and how many lines are tried.
_LEAD_CHARS = 2000
_LEAD_LINES = 6
# A dateline date further than this from the publication date is a misreading, not a dateline.
_MAX_DATELINE_DRIFT_DAYS = 183

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11,
    "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
_DATE = (
    rf"(?:(?i:{_MONTH})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:{_MONTH})(?:,?\s+\d{{4}})?)"
)

_UP = "A-ZÀ-ÖØ-Þ"
_LOW = "a-zß-öø-ÿ"
# One upper-case place word: WASHINGTON, ST., D.C., PORT-AU-PRINCE, N'DJAMENA.
_UPPER_WORD = rf"[{_UP}][{_UP}'’.\-]*"
_UPPER_PLACE = rf"{_UPPER_WORD}(?:(?:[ ]|/)[{_UP}][{_UP}'’.\-]*){{0,4}}"
# One title-case place word: Moscow, Kyiv, Port-au-Prince, St., al-Mukalla is not covered.
_TITLE_WORD = rf"[{_UP}][{_LOW}'’.\-]*(?:-[{_UP}{_LOW}][{_LOW}'’]*)*"
_TITLE_PLACE = rf"{_TITLE_WORD}(?:(?:[ ]|/){_TITLE_WORD}){{0,3}}"
_REGION = rf"(?:[{_UP}][{_UP}{_LOW}'’.\-]*(?:[ ][{_UP}][{_UP}{_LOW}'’.\-]*){{0,2}})"
_PAREN_OUTLET = r"\((?P<paren_outlet>[A-Z][A-Za-z0-9&.'’\- ]{0,40}?)\)"
_SLASH_OUTLET = r"/(?P<slash_outlet>[A-Z][A-Za-z0-9&.'’\- ]{0,30}?)/\.?"
_DASH = r"(?:--|[-—–])"

_PATTERN = re.compile(
    rf"""
    (?:
        (?P<place>{_UPPER_PLACE}|{_TITLE_PLACE})
        (?:,\s*(?!(?i:{_MONTH})\s*\d)(?P<region>{_REGION}))?
        (?:,\s*(?P<date>{_DATE}))?
        (?:
            ,\s*(?P<comma_outlet>[A-Z][A-Z0-9&.\-]{{1,30}})\s*:
          | \.?\s*{_SLASH_OUTLET}
          | \s*{_PAREN_OUTLET}(?:\s*(?P<after_paren>{_DASH}|:))?
          | \s*(?P<bare>{_DASH}|:)
        )
      |
        {_PAREN_OUTLET.replace("paren_outlet", "only_outlet")}\s*(?P<only_term>{_DASH}|:)?
    )
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=4)
def _words(name: str) -> frozenset[str]:
    path = resources.files("parley").joinpath(f"data/ingest/{name}")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


def _not_places() -> frozenset[str]:
    return _words("dateline_not_places.txt")


# A line opening with an upper-case label and a colon ("MS. PSAKI: Hi", "CBS: https://...") or a "Q" turn.
_TURN_LINE = re.compile(rf"(?m)^[ \t]*(?:[{_UP}][{_UP}'’.\- ]{{0,60}}:[ \t]+\S|Q[ \t]+[{_UP}\"“])")


def _is_transcript(text: str) -> bool:
    """Two or more turn-like lines: the colons of the text are speakers' labels, not datelines."""
    found = 0
    for _ in _TURN_LINE.finditer(text):
        found += 1
        if found >= 2:
            return True
    return False


def _is_speaker_label(place: str, text: str) -> bool:
    """ "MS. PSAKI", "THE PRESIDENT" before a bare colon, or any upper-case word in a transcript."""
    words = {word.rstrip(".").casefold() for word in place.split()}
    return bool(words & _words("dateline_label_words.txt")) or _is_transcript(text)


def _line_starts(text: str) -> list[int]:
    """Offsets of the first non-blank character of the first lines of the lead."""
    starts: list[int] = []
    position = 0
    lead = text[:_LEAD_CHARS]
    while position < len(lead) and len(starts) < _LEAD_LINES:
        end = lead.find("\n", position)
        end = len(lead) if end == -1 else end
        line = lead[position:end]
        stripped = len(line) - len(line.lstrip())
        if line.strip():
            starts.append(position + stripped)
        position = end + 1
    return starts


def _is_upper(place: str) -> bool:
    letters = [c for c in place if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


def _accept(match: re.Match[str], text: str) -> bool:
    end = match.end()
    following = text[end : end + 2]
    # A dateline is followed by the story on the same line.
    if not following or following[0] in "\n\r":
        return False
    if match.group("only_outlet") is not None:
        # "(CNN) — ..." or "(CNN)Israel's ...", but not "(Updated 3pm) The ...".
        if match.group("only_outlet").casefold() in _not_places():
            return False
        if match.group("only_term") is not None:
            return True
        return match.group(0).endswith(")") and not following[0].isspace()
    place = match.group("place")
    if place.casefold() in _not_places() or sum(c.isalpha() for c in place) < 3:
        return False
    if not _is_upper(place) and place.split()[0].casefold() in english_function_words():
        return False  # "The President (Joe Biden) ...", "This (AP) ..."
    if match.group("bare") is not None or match.group("comma_outlet") is not None:
        # "Dash" or "colon" right after a title-case word is ordinary prose ("Note: ...").
        if not _is_upper(place) and match.group("date") is None:
            return False
        if match.group("bare") == ":" and match.group("date") is None and not _is_upper(place):
            return False
        if match.group("bare") == ":" and match.group("date") is None and _is_speaker_label(place, text):
            return False  # "MS. PSAKI: Hi, everyone." in a briefing
    if match.group("paren_outlet") is not None and match.group("after_paren") is None:
        # "Jerusalem (CNN)Israel's ..." or "Jerusalem (CNN) Israel's": the story starts right away,
        # with a capital; "President Biden (D) said" is prose.
        rest = text[end : end + 3].lstrip(" ")
        if not rest or not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“'‘"):
            return False
        if len(match.group("paren_outlet")) < 2:
            return False
    if match.group("region") is not None and match.group("region").casefold() in _not_places():
        return False
    return True


def parse_dateline(text: str, published: str | None = None) -> Dateline | None:
    """The dateline opening ``text``, or None. ``published`` (ISO) resolves a written date."""
    for start in _line_starts(text):
        match = _PATTERN.match(text, start)
        if match is None or not _accept(match, text):
            continue
        outlet = next(
            (
                match.group(name).strip()
                for name in ("only_outlet", "paren_outlet", "slash_outlet", "comma_outlet")
                if match.group(name)
            ),
            None,
        )
        place = match.group("place")
        written = match.group("date")
        return Dateline(
            place=place.strip() if place else None,
            date=written,
            resolved_date=resolve_date(written, published) if written else None,
            outlet=outlet,
            span=make_span(text, match.start(), match.end()),
        )
    return None


_DATE_PARTS = re.compile(
    rf"(?:(?P<month1>{_MONTH})\s+(?P<day1>\d{{1,2}})|(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month2>{_MONTH}))"
    r"(?:\D*?(?P<year>\d{4}))?",
    re.IGNORECASE,
)


def resolve_date(written: str, published: str | None) -> str | None:
    """The ISO date of a dateline date ("FEBRUARY 4") closest to the publication date.

    A written year wins. Otherwise the year is the one, of the publication year and its
    neighbours, that puts the date nearest to publication: "Dec 31" published on
    2023-01-01 is 2022-12-31. A date more than half a year from publication is not resolved.
    """
    match = _DATE_PARTS.search(written)
    if match is None:
        return None
    month_name = (match.group("month1") or match.group("month2")).rstrip(".").casefold()
    month = _MONTHS.get(month_name)
    day = int(match.group("day1") or match.group("day2"))
    if month is None:
        return None
    if match.group("year"):
        try:
            return date(int(match.group("year")), month, day).isoformat()
        except ValueError:
            return None
    if not published:
        return None
    try:
        anchor = date.fromisoformat(published[:10])
    except ValueError:
        return None
    candidates = []
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:  # 29 February outside a leap year
            continue
    best = min(candidates, key=lambda d: abs((d - anchor).days), default=None)
    if best is None or abs((best - anchor).days) > _MAX_DATELINE_DRIFT_DAYS:
        return None
    return best.isoformat()
