"""Issue 12, read from news that is not international affairs (sport, shopping, technology, crime): the event
verbs in their everyday senses code nothing. The errors were read from parley's events on the html-benchmark's
pages (../shared/data/html-benchmark, mixed news of 2019, no gold events); the sentences are written for the test,
several shorten or paraphrase those pages. Each table has the political sense that must stay beside it.
"""

from __future__ import annotations

import pytest
from event_triples import triples

Triple = tuple[str, str | None, str | None]


def _types(text: str) -> set[str]:
    return {t[0] for t in triples(text)}


# -- "beat": a match or a figure, not a beating ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russia beat Croatia on Monday.",
        "Wales beat Hungary 2-0 to earn the 20th spot on Tuesday.",
        "Guido Pella beat Nicolas Jarry 6-4, 6-3 in the first singles match.",
        "Minnesota beat Buffalo for their fourth straight victory.",
        "Norway's October oil production beat forecasts.",
        "Austria punched its ticket by beating North Macedonia.",
    ],
)
def test_bug_a_match_won_was_an_assault(text: str) -> None:
    assert "ASSAULT" not in _types(text), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Soldiers beat Ahmed Ali in Gaza.", ("ASSAULT", None, "PSE")),
        ("Ukraine has now beaten Russia back from Kharkiv.", ("ASSAULT", "UKR", "RUS")),
        ("Government forces beat off the attack.", ("ASSAULT", None, None)),
    ],
)
def test_a_beating_and_a_force_beaten_back_stay_assaults(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


# -- "offer", "promise": goods, features and adjectives are no promises --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Amazon is currently offering the sensor for $30.",
        "Today only, Amazon offers Apple's 12-inch MacBook in certified refurbished condition for $700.",
        "Audi will offer the car in thirteen different finishes.",
        "Ambient lighting offers 30 colors.",
        "Graham said, offering the example of a recent domestic violence prevention campaign.",
        "Obama's involvement offers a powerful reminder of the role voters will play.",
        "Stadia's performance is promising at worst, and impressive at best.",
        "Early results are promising.",
        "Google promised more, and they are not delivering yet.",
        "The new House majority did not, as it promised, address substantive issues.",
    ],
)
def test_bug_goods_features_and_adjectives_were_promises(text: str) -> None:
    assert "AGREE" not in _types(text), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Obama has offered to send troops to Uganda.", ("AGREE", "USA", "UGA")),
        ("Japan offered Iran a deal.", ("AGREE", "JPN", "IRN")),
        ("A Russian official offered concessions last November.", ("AGREE", "RUS", None)),
        ("Mayardit promised to release political prisoners.", ("AGREE", "SSD", None)),
        ("The United States will offer robust national capabilities to the alliance.", ("AGREE", "USA", None)),
    ],
)
def test_offers_of_acts_terms_and_aid_stay_agree(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


# -- "commit": a deed committed is no commitment -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Epstein committed suicide in August.",
        "People have been convicted for the crimes they have committed.",
        "Do not commit criminal offences under the guise of political activity.",
    ],
)
def test_bug_a_deed_committed_was_a_commitment(text: str) -> None:
    assert "AGREE" not in _types(text), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ethiopia is committed to opening up the economy.", ("AGREE", "ETH", None)),
        ("The U.S. has committed additional assets in the Sahel to support efforts led by France.", ("AGREE", "USA", "FRA")),
    ],
)
def test_commitments_stay_agree(text: str, expected: Triple) -> None:
    assert expected in triples(text), triples(text)


# -- killed in an accident; a name given; "declined to say" ------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Two United States service members have been killed in a helicopter crash in Afghanistan.", "ASSAULT"),
        ("At the last minute, a sample came in called Glasgow.", "CONSULT"),
        ("He joined a militia called the Wagner Group.", "CONSULT"),
        ("He declined to say when the lander would be ready.", "REJECT"),
        ("Instagram declined to say.", "REJECT"),
        ("Figgins declined to address whether the guard slept.", "REJECT"),
    ],
)
def test_bug_accidents_names_and_refusals_to_tell_were_events(text: str, kind: str) -> None:
    assert kind not in _types(text), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Two United States service members have been killed in a Taliban attack in Afghanistan.", "ASSAULT"),
        ("Biden called Putin on Tuesday.", "CONSULT"),
        ("Blinken called me to say he had read our document.", "CONSULT"),
        ("Biden called Putin a killer.", "ACCUSE"),
        ("Vice-President Moody Awori has declined to resign despite growing pressure.", "REJECT"),
    ],
)
def test_attacks_calls_and_refusals_stay(text: str, expected: str) -> None:
    assert expected in _types(text), triples(text)


# -- idioms and forecasts ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The Bruins beat the Devils for the eighth time in nine meetings.", "ASSAULT"),
        ("Herbert and Mahut rallied to defeat McLachlan and Uchiyama of Japan 6-7 (4), 6-4, 7-5.", "PROTEST"),
        ("The Black Friday deals promise to be even better than usual.", "AGREE"),
        ("Smith seized on something with a 6/8 feel.", "COERCE"),
        ("His remarks are likely to be seized upon by populists.", "COERCE"),
        ("Nearly 4.6 million Americans have already signed up for coverage.", "SUPPORT"),
        ("Sondland told others he was in charge of Ukraine.", "ACCUSE"),
        ("Scholz was in charge of sister-city ties with St Petersburg for many years.", "ACCUSE"),
    ],
)
def test_bug_idioms_and_forecasts_were_events(text: str, kind: str) -> None:
    assert kind not in _types(text), triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Serbian police beat Albanians in Kosovo.", "ASSAULT"),
        ("Thousands rallied in Tbilisi against the foreign agents law.", "PROTEST"),
        ("He promised the election would be fair.", "AGREE"),
        ("Rebels seized the town.", "COERCE"),
        ("Assange faces a charge of conspiracy in the US.", "ACCUSE"),
        ("Ukraine and Poland signed an agreement on border crossings.", "SUPPORT"),  # CAMEO 057, PLOVER SUPPORT
    ],
)
def test_the_literal_senses_stay(text: str, expected: str) -> None:
    assert expected in _types(text), triples(text)
