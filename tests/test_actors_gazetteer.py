"""Gazetteer behaviour tables: names, short forms, demonyms, metonyms, regions, organisations."""

from __future__ import annotations

import pytest

from parley.actors import actor_code, country_code, country_name, organisation, region_of, sector_of_role


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia", "RUS"),
        ("RUSSIA", "RUS"),
        ("Russia's", "RUS"),
        ("the United States", "USA"),
        ("The United States", "USA"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("the US", "USA"),
        ("America", "USA"),
        ("UK", "GBR"),
        ("Britain", "GBR"),
        ("Russian", "RUS"),
        ("Ukrainians", "UKR"),
        ("Washington", "USA"),
        ("Moscow", "RUS"),
        ("the Kremlin", "RUS"),
        ("Kyiv", "UKR"),
        ("Kiev", "UKR"),
        ("Beijing", "CHN"),
        ("Crimea", "UKR"),
        ("the Donbass", "UKR"),
        ("Donbas", "UKR"),
        ("Georgia", "GEO"),  # the country, not the US state
        ("Georgian", "GEO"),
        ("Moldova", "MDA"),
        ("Belarus", "BLR"),
        ("Crimea’s", "UKR"),
    ],
)
def test_country_code(text: str, expected: str) -> None:
    assert country_code(text) == expected


@pytest.mark.parametrize(
    "text",
    ["us", "Us", "we", "Nuland", "Victoria Nuland", "security", "", "the", "TASS", "OSCE", "UN", "Charlotte"],
)
def test_country_code_must_not_match(text: str) -> None:
    assert country_code(text) is None


def test_regions_keep_their_name() -> None:
    assert region_of("Crimea") == "Crimea"
    assert region_of("the Donbass") == "Donbas"
    assert region_of("Russia") is None


def test_country_names_are_short_forms() -> None:
    assert country_name("RUS") == "Russia"
    assert country_name("USA") == "United States"


@pytest.mark.parametrize(
    ("text", "code", "kind", "country", "sector"),
    [
        ("UN", "UN", "IGO", None, "IGO"),
        ("U.N.", "UN", "IGO", None, "IGO"),
        ("NATO", "NATO", "IGO", None, "IGO"),
        ("OSCE", "OSCE", "IGO", None, "IGO"),
        ("EU", "EU", "IGO", None, "IGO"),
        ("TASS", "TASS", "MEDIA", "RUS", "MED"),
        ("Reuters", "REUTERS", "MEDIA", "GBR", "MED"),
        ("ARTSAKHPRESS", "ARTSAKHPRESS", "MEDIA", None, "MED"),
        ("Russian Foreign Ministry", "RUSMFA", "GOV", "RUS", "GOV"),
        ("US Department of State", "STATEDEPT", "GOV", "USA", "GOV"),
        ("the State Department", "STATEDEPT", "GOV", "USA", "GOV"),
        ("Ukrainian Defence Ministry", "UKRMIL", "MIL", "UKR", "MIL"),
        ("Ministry of Defence of Ukraine", "UKRMIL", "MIL", "UKR", "MIL"),
        ("U.N. Security Council", "UNSC", "IGO", None, "IGO"),
    ],
)
def test_organisation(text: str, code: str, kind: str, country: str | None, sector: str) -> None:
    found = organisation(text)
    assert found is not None
    assert (found.code, found.kind, found.country, found.sector) == (code, kind, country, sector)


@pytest.mark.parametrize("text", ["who", "us", "Nuland", "security", "the people", "Secretary of State"])
def test_organisation_must_not_match(text: str) -> None:
    assert organisation(text) is None


def test_acronyms_keep_their_case() -> None:
    assert organisation("WHO") is not None
    assert organisation("who") is None


@pytest.mark.parametrize(
    ("role", "sector"),
    [
        ("Under Secretary of State for Political Affairs", "GOV"),
        ("soldiers", "MIL"),
        ("rebel commander", "REB"),
        ("police", "COP"),
        ("journalist", "JRN"),
        # bug: the PLOVER agents file's MED is medical; in parley's (CAMEO) codes MED is the media
        ("doctors", "HLH"),
        ("nurse", "HLH"),
        (None, None),
        ("", None),
    ],
)
def test_sector_of_role(role: str | None, sector: str | None) -> None:
    assert sector_of_role(role) == sector


def test_actor_code() -> None:
    assert actor_code("USA", "GOV") == "USAGOV"
    assert actor_code("RUS", "MIL") == "RUSMIL"
    assert actor_code("RUS") == "RUS"
    assert actor_code(None, "GOV") is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Putin", "RUSGOV"),
        ("Assad", "SYRGOV"),
        ("Kishida", "JPNGOV"),
        ("Yoon", "KORGOV"),  # surname-first Korean names open with it, all in one country
        ("Yoweri Museveni", "UGAGOV"),
        # first names that end one dictionary name and open many in several countries
        ("Andrew", None),
        ("Jose", None),
        ("Mahmoud", None),
    ],
)
def test_bug_a_bare_first_name_was_a_dictionary_persons_surname(name: str, expected: str | None) -> None:
    """Bug: "Andrew" (Prince Andrew on second mention) was coded CANGOV, the Canadian MP Ethel Blondin Andrew."""
    from parley.actors.gazetteer import gazetteer

    assert gazetteer().person(name) == expected
