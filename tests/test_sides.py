"""Sides: parsing --side specs and assigning speakers through their affiliation."""

from __future__ import annotations

import pytest

from parley.errors import InputError
from parley.models import Speaker
from parley.notions.sides import member_code, parse_side, parse_sides, sides_of


@pytest.mark.parametrize(
    "spec, name, members",
    [
        ("USA", "USA", ("USA",)),
        ("usa", "USA", ("USA",)),
        ("Russia", "RUS", ("RUS",)),
        ("U.S.", "USA", ("USA",)),
        ("NATO", "NATO", ("NATO",)),
        ("west=USA,GBR,FRA,DEU,NATO,EU", "west", ("USA", "GBR", "FRA", "DEU", "NATO", "EU")),
        ("west = US, UK, nato", "west", ("USA", "GBR", "NATO")),
        ("moscow=RUS,Belarus,CSTO", "moscow", ("RUS", "BLR", "CSTO")),
    ],
)
def test_parse_side(spec: str, name: str, members: tuple[str, ...]) -> None:
    side = parse_side(spec)
    assert (side.name, side.members) == (name, members)


@pytest.mark.parametrize("spec", ["", "west=", "=USA", "bad name!=USA"])
def test_bad_side_is_an_input_error(spec: str) -> None:
    with pytest.raises(InputError):
        parse_side(spec)


def test_same_side_twice_is_an_input_error() -> None:
    with pytest.raises(InputError):
        parse_sides(["USA", "U.S."])


SIDES = parse_sides(["USA", "RUS", "west=USA,GBR,FRA,DEU,NATO,EU"])


@pytest.mark.parametrize(
    "affiliation, expected",
    [
        ("USA", ["USA", "west"]),
        ("RUS", ["RUS"]),
        ("GBR", ["west"]),
        ("NATO", ["west"]),
        ("EU", ["west"]),
        ("USAGOV", ["USA", "west"]),
        ("RUSMIL", ["RUS"]),
        ("U.S.", ["USA", "west"]),
        ("CHN", []),
        ("UN", []),
        (None, []),
        ("", []),
    ],
)
def test_speaker_sides(affiliation: str | None, expected: list[str]) -> None:
    speaker = Speaker(name="Someone", affiliation=affiliation)
    assert [s.name for s in sides_of(speaker, SIDES)] == expected


def test_no_speaker_has_no_side() -> None:
    assert sides_of(None, SIDES) == []


@pytest.mark.parametrize("name, code", [("United Kingdom", "GBR"), ("Ukraine", "UKR"), ("UA", "UKR"), ("OSCE", "OSCE")])
def test_member_code(name: str, code: str) -> None:
    assert member_code(name) == code


@pytest.mark.parametrize(
    ("affiliation", "expected"),
    [
        ("USA+RUS", ["USA", "RUS", "both"]),  # a joint statement: once on each signatory's side, once on "both"
        ("USA+FRA", ["USA", "both"]),
        ("FRA+DEU", []),  # signatories of neither side: nowhere
        ("RUS", ["RUS", "both"]),
    ],
)
def test_bug_joint_statement_had_no_side(affiliation: str, expected: list[str]) -> None:
    """A joint statement ("United States and France") was on no side: its group speaker had no affiliation."""
    sides = parse_sides(["USA", "RUS", "both=USA,RUS"])
    speaker = Speaker(name="Joe Biden and Vladimir Putin", type="group", affiliation=affiliation)
    assert [side.name for side in sides_of(speaker, sides)] == expected
