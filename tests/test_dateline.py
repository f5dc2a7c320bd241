"""Dateline parsing: styles that must parse (place, date, outlet, span) and leads that must not."""

from __future__ import annotations

import pytest

from parley.ingest.dateline import parse_dateline, resolve_date

# (lead, place, date as written, outlet, span text)
STYLES = [
    ('STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS: "We all believe', "STEPANAKERT", "FEBRUARY 4", "ARTSAKHPRESS",
     "STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS:"),
    ("MOSCOW (Reuters) - Russia said on Friday", "MOSCOW", None, "Reuters", "MOSCOW (Reuters) -"),
    ("WASHINGTON — The Pentagon said", "WASHINGTON", None, None, "WASHINGTON —"),
    ("KYIV, Ukraine (AP) — Ukraine's president", "KYIV", None, "AP", "KYIV, Ukraine (AP) —"),
    ("UNITED NATIONS, Feb 4 (Reuters) - The Security Council", "UNITED NATIONS", "Feb 4", "Reuters",
     "UNITED NATIONS, Feb 4 (Reuters) -"),
    ("BEIJING, March 3 (Xinhua) -- China's top legislator", "BEIJING", "March 3", "Xinhua",
     "BEIJING, March 3 (Xinhua) --"),
    ("LONDON, Jan. 5 (AFP) - Britain's government", "LONDON", "Jan. 5", "AFP", "LONDON, Jan. 5 (AFP) -"),
    ("PARIS/BERLIN (Reuters) - France and Germany", "PARIS/BERLIN", None, "Reuters", "PARIS/BERLIN (Reuters) -"),
    ("Moscow, 4 February (TASS): Russia's envoy", "Moscow", "4 February", "TASS", "Moscow, 4 February (TASS):"),
    ("NEW DELHI: India on Monday", "NEW DELHI", None, None, "NEW DELHI:"),
    ("ISLAMABAD — Pakistan's army", "ISLAMABAD", None, None, "ISLAMABAD —"),
    ("GENEVA, Switzerland — The talks", "GENEVA", None, None, "GENEVA, Switzerland —"),
    ("WASHINGTON (VOA) - The State Department", "WASHINGTON", None, "VOA", "WASHINGTON (VOA) -"),
    ("Jerusalem (CNN)Israel's cabinet", "Jerusalem", None, "CNN", "Jerusalem (CNN)"),
    ("Jerusalem (CNN) Israel's cabinet", "Jerusalem", None, "CNN", "Jerusalem (CNN)"),
    ("TEHRAN, Iran (AP) — Iran's foreign minister", "TEHRAN", None, "AP", "TEHRAN, Iran (AP) —"),
    ("MOSCOW, February 4. /TASS/. Russia's", "MOSCOW", "February 4", "TASS", "MOSCOW, February 4. /TASS/."),
    ("YEREVAN, March 3. /ARKA/. Armenia's", "YEREVAN", "March 3", "ARKA", "YEREVAN, March 3. /ARKA/."),
    ("(CNN) — The White House said", None, None, "CNN", "(CNN) —"),
    ("ST. PETERSBURG, Russia (AP) — Officials", "ST. PETERSBURG", None, "AP", "ST. PETERSBURG, Russia (AP) —"),
    ("PORT-AU-PRINCE, Haiti — Gangs", "PORT-AU-PRINCE", None, None, "PORT-AU-PRINCE, Haiti —"),
    ("DUBAI, United Arab Emirates (AP) — Iran", "DUBAI", None, "AP", "DUBAI, United Arab Emirates (AP) —"),
    ("New York, Dec. 31 (Reuters) - Stocks", "New York", "Dec. 31", "Reuters", "New York, Dec. 31 (Reuters) -"),
    ("ISLAMABAD/PENTAGON — U.S. officials", "ISLAMABAD/PENTAGON", None, None, "ISLAMABAD/PENTAGON —"),
]


@pytest.mark.parametrize(("lead", "place", "written", "outlet", "span_text"), STYLES)
def test_dateline_styles(lead: str, place: str | None, written: str | None, outlet: str | None, span_text: str) -> None:
    dateline = parse_dateline(lead)
    assert dateline is not None, lead
    assert (dateline.place, dateline.date, dateline.outlet) == (place, written, outlet)
    assert dateline.span is not None and dateline.span.text == span_text
    assert lead[dateline.span.start : dateline.span.end] == span_text


NOT_DATELINES = [
    "UPDATE: The ministry corrected its figures.",
    "BREAKING: Explosions heard in the capital.",
    "EXCLUSIVE: Documents show the plan.",
    "Note: this article was updated.",
    "Officials said: the talks will resume.",
    "However, officials — who asked not to be named — disagreed.",
    "The minister: a profile of a survivor.",
    "President Biden (D) said the bill would pass.",
    "(Updated 3pm) The story was changed.",
    "The President (Joe Biden) Said so.",
    "US — a country of contrasts.",
    "Washington — a city of monuments.",
    "The United States believes in indivisible security and wants to discuss it with Russia.",
    "WASHINGTON —\nThe dash ends the line, so nothing follows on it.",
    "",
]


@pytest.mark.parametrize("lead", NOT_DATELINES)
def test_not_a_dateline(lead: str) -> None:
    assert parse_dateline(lead) is None


def test_dateline_after_headline_and_timestamp(seed_text: str) -> None:
    dateline = parse_dateline(seed_text, published="2022-02-04T10:11")
    assert dateline is not None
    assert (dateline.place, dateline.date, dateline.outlet) == ("STEPANAKERT", "FEBRUARY 4", "ARTSAKHPRESS")
    assert dateline.resolved_date == "2022-02-04"
    assert dateline.span is not None
    assert seed_text[dateline.span.start : dateline.span.end] == "STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS:"


def test_dateline_only_in_the_lead() -> None:
    body = "A first paragraph.\n\n" * 10 + "MOSCOW (Reuters) - far down the story."
    assert parse_dateline(body) is None


@pytest.mark.parametrize(
    ("written", "published", "resolved"),
    [
        ("FEBRUARY 4", "2022-02-04T10:11", "2022-02-04"),
        ("Feb 4", "2022-02-05", "2022-02-04"),
        ("Dec. 31", "2023-01-01T08:00:00+00:00", "2022-12-31"),  # year rollover backwards
        ("Jan 1", "2022-12-31", "2023-01-01"),  # and forwards
        ("4 February", "2022-02-04", "2022-02-04"),
        ("March 3, 2019", "2022-02-04", "2019-03-03"),  # a written year wins
        ("Feb 29", "2023-03-01", None),  # no such day within a year of publication
        ("FEBRUARY 4", None, None),  # nothing to resolve against
        ("FEBRUARY 4", "not a date", None),
    ],
)
def test_resolve_date(written: str, published: str | None, resolved: str | None) -> None:
    assert resolve_date(written, published) == resolved


def test_resolved_date_on_parsed_dateline() -> None:
    dateline = parse_dateline("LONDON, Dec. 31 (AFP) - Fireworks", published="2024-01-01T00:30:00+00:00")
    assert dateline is not None and dateline.resolved_date == "2023-12-31"


# A transcript turn label is not a place (bug: "MS. PSAKI:", "MODERATOR:", "THE PRESIDENT:" read as datelines;
# 35 of the demo corpus's 194 texts had one, now 0).
TURN_LABEL_LEADS = [
    "James S. Brady Press Briefing Room\n\n1:52 P.M. EST\n\nMS. PSAKI: Hi, everyone.\n\nQ And to you.\n\n"
    "MS. PSAKI: Time flies.",
    "Via Teleconference\n\n3:08 P.M. CEST\n\nMODERATOR: Good afternoon, everyone.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL: Thanks.",
    "East Room\n\n3:29 P.M. EST\n\nTHE PRESIDENT: Good afternoon. Today, I'd like to provide an update.",
    "PRESIDENT DUDA: Excellency Mr. President, distinguished members of the American delegation.",
    "Today, the Secretary spoke on three networks.\nCBS: https://t.co/x\nCNN: https://t.co/y",
]


@pytest.mark.parametrize("lead", TURN_LABEL_LEADS)
def test_transcript_turn_label_is_not_a_dateline(lead: str) -> None:
    assert parse_dateline(lead) is None


def test_colon_dateline_still_read_outside_transcripts() -> None:
    dateline = parse_dateline("NEW DELHI: India on Monday said the talks would resume.\n\nThe minister: a profile.")
    assert dateline is not None and dateline.place == "NEW DELHI"
    dateline = parse_dateline("THE HAGUE: The court ruled on Monday.")
    assert dateline is not None and dateline.place == "THE HAGUE"
