"""Trigger senses (parley/data/events/senses.tsv): an everyday verb read as itself is its PLOVER
type only when its arguments say so. Sentences written for the test (not from an evaluation set)."""

from __future__ import annotations

import pytest
from event_triples import triples

from parley.errors import ConfigError

pytestmark = pytest.mark.slow


def _triples(text: str) -> list[tuple[str, str | None, str | None]]:
    return triples(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # give / deliver / provide: AID with something given as aid (noun_classes.tsv 'material') or money
        ("Japan gave medicine to Nepal.", ("AID", "JPN", "NPL")),
        ("Norway delivered food to Sudan last week.", ("AID", "NOR", "SDN")),
        ("Germany gave 40 million euros to Ethiopia.", ("AID", "DEU", "ETH")),
        ("Canada provided weapons to Ukraine.", ("AID", "CAN", "UKR")),
        # an event noun carried by the verb still decides: "gave a warning" is no AID, nor blocked
        ("Chile provided humanitarian assistance to Peru.", ("AID", "CHL", "PER")),
        # ask: a party asking another to act
        ("Poland asked Germany to send more tanks.", ("REQUEST", "POL", "DEU")),
        # agree to act
        ("Serbia agreed to withdraw its police from Kosovo.", ("AGREE", "SRB", "XKX")),
        # respect a party
        ("France said it respects Mali.", ("SUPPORT", "FRA", "MLI")),
        ("Turkey helped Syria after the earthquake.", ("AID", "TUR", "SYR")),
        # nominal aid and cooperation (plover/nouns.tsv, verbs.tsv)
        ("Norway lent $2 billion to Ghana.", ("AID", "NOR", "GHA")),
        ("France sent peacekeepers to Mali.", ("AID", "FRA", "MLI")),
        ("India and Japan signed a cooperation agreement on Friday.", ("COOPERATE", "IND", "JPN")),
        ("Russia amassed troops on its border with Ukraine.", ("MOBILIZE", "RUS", "UKR")),
        ("Militants burned three schools in northern Nigeria.", ("ASSAULT", "NGA", "NGA")),
        ("Kenya declined the invitation from Somalia.", ("REJECT", "KEN", "SOM")),
        ("Iran released two British sailors.", ("RETREAT", "IRN", "GBR")),
        ("Thousands demonstrated against the government in Nairobi.", ("PROTEST", "KEN", "KEN")),
    ],
)
def test_sense_coded(text: str, expected: tuple[str, str | None, str | None]) -> None:
    found = _triples(text)
    assert expected in found, found


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("The Chinese ship delivered an unknown cargo to Iran.", "AID"),
        ("A Dutch firm provides translation services to Belgians.", "AID"),
        ("The Russian president gave a speech in Moscow.", "AID"),
        ("A reporter asked the Iranian minister about the talks.", "REQUEST"),
        ("The Indian minister was asked a question about Pakistan.", "REQUEST"),
        ("Journalists asked whether China would attend the summit.", "REQUEST"),
        ("The Kenyan economist agreed that the Ugandan plan was flawed.", "AGREE"),
        ("Citizens in Taiwan respect those who serve in the army.", "SUPPORT"),
        ("Volunteers from Vietnam helped fuel the growth of the market.", "AID"),
        # amass troops, not followers; burn something, not fires burning
        ("A Chinese blogger amassed millions of followers on Douyin.", "MOBILIZE"),
        ("Bushfires continue to burn across eastern Australia.", "ASSAULT"),
        # a quantity falls; a report comes out; showing something is no protest
        ("The number of refugees in Kenya declined to 230,000 after the Somali agreement.", "REJECT"),
        ("According to a U.N. report to be released next month, Iran has expanded its program.", "RETREAT"),
        ("It is necessary for India to demonstrate that it can assist Mauritius.", "PROTEST"),
        ("India wants to demonstrate its commitment to Mauritius.", "PROTEST"),
    ],
)
def test_sense_not_coded(text: str, absent: str) -> None:
    found = _triples(text)
    assert absent not in [kind for kind, _, _ in found], found


def test_bug_wrong_type_from_everyday_verb_unknown_requirement_is_an_error(tmp_path) -> None:
    """A requirement the coder does not know is a ConfigError, not a silently ignored row."""
    from parley.datafiles import packaged
    from parley.extract.events.senses import load_senses

    files = packaged()
    with pytest.raises(ConfigError):
        load_senses(_Rows(files, [("give", "object:nonsense")]), frozenset({"material"}))
    assert load_senses(_Rows(files, [("give", "object:material")]), frozenset({"material"})) == {
        "give": ("object:material",)
    }


class _Rows:
    def __init__(self, files, rows):
        self.files, self._rows = files, rows

    def rows(self, relpath: str):
        return list(self._rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Spanish ministry asked those questions to the United States.", ("REQUEST", "ESP", "USA")),
        ("Peru and Chile agreed that their countries should cooperate on fishing.", ("AGREE", "PER", "CHL")),
        ("Sweden helped defend Finland during the war.", ("AID", "SWE", "FIN")),
        ("Sweden is ready to help defend Finland.", ("AGREE", "SWE", "FIN")),
    ],
)
def test_sense_kept_with_its_arguments(text: str, expected: tuple[str, str | None, str | None]) -> None:
    found = _triples(text)
    assert any(kind == expected[0] and actor == expected[1] for kind, actor, _ in found), found


def test_bug_guessed_actor_coded_for_a_thing() -> None:
    """A subject that is no person, group or political noun ("the storm") takes no country from the
    sentence; officials and parties still do."""
    assert ("ASSAULT", "CUB", None) not in _triples("The storm destroyed houses in Cuba.")
    assert ("REJECT", "KEN", None) in _triples("Officials in Kenya rejected the plan.")
