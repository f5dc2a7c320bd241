"""PLOVER modes the trigger word alone does not give (events/modes.tsv): an ASSAULT's weapon named in
its own clause, and a THREATEN's content, the type of the act threatened. Behaviour tables; every
sentence is written for the test (none is taken from an evaluation set).
"""

from __future__ import annotations

import pytest

from parley.extract.pipeline import extract


def modes(text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.mode) for e in extract(text, published="2022-02-04T10:11").events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the weapon as the trigger's modifier, its agent, or its instrument
        ("Rebels wounded three soldiers in a bomb attack near Kandahar.", ("ASSAULT", "explosives")),
        ("Two Malian soldiers were killed by an improvised explosive device.", ("ASSAULT", "explosives")),
        ("Militiamen armed with machetes attacked a refugee camp in Burundi.", ("ASSAULT", "primitive")),
        ("Turkish artillery shelled Kurdish positions in Syria.", ("ASSAULT", "heavy-weapons")),
        ("A Russian drone attacked a power station in Ukraine.", ("ASSAULT", "drone")),
        ("Israeli warplanes attacked Hamas targets in Gaza.", ("ASSAULT", "aerial")),
        # the object of a verb that launches it is the weapon
        ("Israeli police fired tear gas at Palestinian protesters.", ("ASSAULT", "crowd-control")),
        ("Pakistani snipers killed the suicide bombers.", ("ASSAULT", "firearms")),
        # several weapons: the first listed in modes.tsv wins (a suicide bombing is suicide-attack)
        ("Two suicide bombers killed 23 people in Kabul.", ("ASSAULT", "suicide-attack")),
        # the content of a threat: the type of what is threatened
        ("Iran threatened to shell Iraqi towns.", ("THREATEN", "violence")),
        ("Iran threatened to launch a new military offensive against Iraq.", ("THREATEN", "violence")),
        ("Ankara threatened to expel the Dutch ambassador.", ("THREATEN", "expel")),
    ],
)
def test_the_mode_comes_from_the_clause(text: str, expected: tuple[str, str]) -> None:
    assert expected in modes(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # no weapon named: no mode is invented
        ("Rebels attacked a police station in northern Mali.", "ASSAULT"),
        # a weapon named in another clause is not this event's
        ("After police found a bomb near the embassy, rebels attacked the market.", "ASSAULT"),
        # who is acted on is no weapon: the bombers are the victims here
        ("Pakistani soldiers killed the suicide bombers.", "ASSAULT"),
        # a threat whose content is no event in the lexicon
        ("Iran threatened serious consequences for Iraq.", "THREATEN"),
    ],
)
def test_no_mode_where_nothing_names_one(text: str, kind: str) -> None:
    found = modes(text)
    assert kind in {event_kind for event_kind, _ in found}
    assert [mode for event_kind, mode in found if event_kind == kind] == [None]


def test_a_trigger_with_its_own_mode_keeps_it() -> None:
    """"kidnapped" is ASSAULT abduct even when a gun is named beside it."""
    assert ("ASSAULT", "abduct") in modes("Gunmen kidnapped two Italian engineers in Nigeria.")


def test_events_command_shows_the_mode_beside_the_type(tmp_path) -> None:
    from click.testing import CliRunner

    from parley.cli import main

    article = tmp_path / "a.txt"
    article.write_text("Iran threatened to shell Iraqi towns on Monday.\n", encoding="utf-8")
    db = str(tmp_path / "m.db")
    runner = CliRunner()
    assert runner.invoke(main, ["ingest", str(article), "--db", db, "-q"]).exit_code == 0
    listed = runner.invoke(main, ["events", "--db", db, "--partial"], terminal_width=160)
    assert "THREATEN violence" in listed.output, listed.output
