"""People rules on hand-built Docs (no model): each construction as a behaviour table, with the
cases that must find nothing. The live-model tables in test_people.py are the integration tier."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
from handbuilt import doc_from

from parley.datafiles import DataFiles
from parley.errors import ConfigError
from parley.extract.people import (
    PASSES,
    PeopleRules,
    Person,
    _apposition,
    _find_people,
    _premodifier,
    default_rules,
    load_rules,
    misspelt_surname,
    one_letter_off,
)

NULAND = """
    US         US         PROPN NNP compound 2 B-GPE
    Under      Under      PROPN NNP compound 2 O
    Secretary  Secretary  PROPN NNP compound 6 O
    of         of         ADP   IN  prep     2 O
    State      State      PROPN NNP pobj     3 O
    Victoria   Victoria   PROPN NNP compound 6 B-PERSON
    Nuland     Nuland     PROPN NNP nsubj    7 I-PERSON
    said       say        VERB  VBD ROOT     7 O
    .          .          PUNCT .   punct    7 O
    Ms.        Ms.        PROPN NNP compound 10 O
    Nuland     Nuland     PROPN NNP nsubj    11 B-PERSON
    added      add        VERB  VBD ROOT     11 O
    .          .          PUNCT .   punct    11 O
"""

PEDERSEN = """
    Geir       Geir       PROPN NNP compound 1 B-PERSON
    Pedersen   Pedersen   PROPN NNP nsubj    10 I-PERSON
    ,          ,          PUNCT ,   punct    1 O
    the        the        DET   DT  det      6 O
    U.N.       U.N.       PROPN NNP compound 6 B-ORG
    special    special    ADJ   JJ  amod     6 O
    envoy      envoy      NOUN  NN  appos    1 O
    for        for        ADP   IN  prep     6 O
    Syria      Syria      PROPN NNP pobj     7 B-GPE
    ,          ,          PUNCT ,   punct    1 O
    said       say        VERB  VBD ROOT     10 O
    .          .          PUNCT .   punct    10 O
"""

# The same sentence with the apposition hung off the verb, as parses often do: read from the surface.
PEDERSEN_LOOSE = PEDERSEN.replace("envoy      envoy      NOUN  NN  appos    1", "envoy      envoy      NOUN  NN  npadvmod 10")

SMITH_SHE = """
    Jane   Jane   PROPN NNP compound 1 B-PERSON
    Smith  Smith  PROPN NNP nsubj    2 I-PERSON
    spoke  speak  VERB  VBD ROOT     2 O
    .      .      PUNCT .   punct    2 O
    She    she    PRON  PRP nsubj    5 O
    left   leave  VERB  VBD ROOT     5 O
    .      .      PUNCT .   punct    5 O
"""

IT_RAINED = """
    It      it      PRON  PRP nsubj  {0} O
    rained  rain    VERB  VBD ROOT   {0} O
    .       .       PUNCT .   punct  {0} O
"""
# Three sentences between the name and the pronoun: too far for a gender vote.
SMITH_FAR = "\n".join(
    [SMITH_SHE.split("    She")[0]]
    + [IT_RAINED.format(4 + 3 * k + 1) for k in range(3)]
    + ["""
    She    she    PRON  PRP nsubj    14 O
    left   leave  VERB  VBD ROOT     14 O
    .      .      PUNCT .   punct    14 O
"""]
)

SUN = """
    Sun    Sun    PROPN NNP compound 1 B-PERSON
    Lijun  Lijun  PROPN NNP nsubj    2 I-PERSON
    spoke  speak  VERB  VBD ROOT     2 O
    .      .      PUNCT .   punct    2 O
    Sun    Sun    PROPN NNP nsubj    5 B-GPE
    left   leave  VERB  VBD ROOT     5 O
    .      .      PUNCT .   punct    5 O
"""

MISSPELT = """
    Geir      Geir      PROPN NNP compound 1 B-PERSON
    Pedersen  Pedersen  PROPN NNP nsubj    2 I-PERSON
    spoke     speak     VERB  VBD ROOT     2 O
    .         .         PUNCT .   punct    2 O
    Pederson  Pederson  PROPN NNP nsubj    5 B-PERSON
    left      leave     VERB  VBD ROOT     5 O
    .         .         PUNCT .   punct    5 O
"""

LAVROV = """
    Lavrov  Lavrov  PROPN NNP nsubj  1 B-PERSON
    said    say     VERB  VBD ROOT   1 O
    so      so      ADV   RB  advmod 1 O
    .       .       PUNCT .   punct  1 O
"""

ONE_NAME = """
    {0}   {0}    PROPN NNP nsubj  1 B-PERSON
    said  say    VERB  VBD ROOT   1 O
    .     .      PUNCT .   punct  1 O
"""


def people(table: str, rules: PeopleRules | None = None) -> dict[str, Person]:
    doc = doc_from(table)
    return {p.name: p for p in _find_people(doc, doc.text, rules=rules)}


@pytest.mark.parametrize(
    ("table", "name", "role", "affiliation", "gender", "mentions"),
    [
        # A title before the name gives role and affiliation; "Ms." the gender; "Nuland" joins the full name.
        (NULAND, "Victoria Nuland", "Under Secretary of State", "USA", "f", ["Victoria Nuland", "Nuland"]),
        # An apposition the parser attached to the name ...
        (PEDERSEN, "Geir Pedersen", "special envoy for Syria", "UN", None, ["Geir Pedersen"]),
        # ... or read from the surface when the parser hung it elsewhere.
        (PEDERSEN_LOOSE, "Geir Pedersen", "special envoy for Syria", "UN", None, ["Geir Pedersen"]),
        # A she after the name votes for its gender ...
        (SMITH_SHE, "Jane Smith", None, None, "f", ["Jane Smith"]),
        # ... but not three sentences on.
        (SMITH_FAR, "Jane Smith", None, None, None, ["Jane Smith"]),
        # A surname-first name's first word as a subject is the person, whatever NER calls it.
        (SUN, "Sun Lijun", None, None, None, ["Sun Lijun", "Sun"]),
        # A misspelt surname one letter off a long one joins it.
        (MISSPELT, "Geir Pedersen", None, "UN", None, ["Geir Pedersen", "Pederson"]),
        # A bare known surname is the office holder, with the curated affiliation.
        (LAVROV, "Sergei Lavrov", None, "RUS", None, ["Lavrov"]),
    ],
)
def test_people_constructions(table, name, role, affiliation, gender, mentions):
    found = people(table)
    assert name in found, list(found)
    person = found[name]
    assert (person.role, person.affiliation, person.gender) == (role, affiliation, gender)
    assert [m.text for m in person.mentions] == mentions


@pytest.mark.parametrize(
    "word",
    [
        "NATO",  # an acronym is not a person, whatever the tagger says
        "Twitter",  # a platform
        "Reuters",  # a news outlet
        "Washington",  # a capital
    ],
)
def test_names_that_are_not_people(word):
    assert people(ONE_NAME.format(word)) == {}


def test_no_entities_no_people():
    assert people(IT_RAINED.format(1)) == {}


def test_premodifier_needs_a_role_word():
    # "Russian Foreign Minister Sergei Lavrov" has a title; "Lavrov" opening the sentence has none.
    doc = doc_from(NULAND)
    assert _premodifier(doc, 5, default_rules()) == (0, 5)
    assert _premodifier(doc, 10, default_rules()) is None  # "Ms." is a title, not a role


def test_apposition_of_a_relative_is_no_role():
    """ "Pedersen, his wife, said": a relation to someone else, not the person's role."""
    doc = doc_from("""
        Pedersen  Pedersen  PROPN NNP nsubj 5 B-PERSON
        ,         ,         PUNCT ,   punct 0 O
        his       his       PRON  PRP$ poss 3 O
        wife      wife      NOUN  NN  appos 0 O
        ,         ,         PUNCT ,   punct 0 O
        said      say       VERB  VBD ROOT  5 O
    """)
    assert _apposition(doc, 0, 1, default_rules()) is None
    assert _apposition(doc_from(PEDERSEN), 0, 2, default_rules()) == (3, 9)


@pytest.mark.parametrize(
    ("known", "written", "expected"),
    [
        ("Pedersen", "Pederson", True),  # one substitution
        ("Pedersen", "Pedrsen", True),  # one deletion
        ("Pedersen", "Pedersen", False),  # the same name is not a misspelling
        ("Pedersen", "Xedersen", False),  # a different initial
        ("Smith", "Smyth", False),  # too short to tell a misspelling from another name
        ("Pedersen", "Petersson", False),  # two letters off
    ],
)
def test_one_letter_off(known, written, expected):
    assert one_letter_off(known, written, default_rules().settings.misspelt_surname_min_chars) is expected


@pytest.mark.parametrize(
    ("known", "written", "expected"),
    [
        ("Pedersen", "Pederson", True),  # one letter off, as one_letter_off
        ("Chaudhry", "Chaundry", True),  # two letters off a long name, same first and last letters
        ("Pedersen", "Petersson", False),  # two off, but the last letters differ
        ("Johnson", "Jonsson", False),  # two off a name too short to tell
        ("Robinson", "Robertson", False),  # three off
        ("Chaudhry", "Chaudhry", False),  # the same name is not a misspelling
    ],
)
def test_misspelt_surname(known, written, expected):
    assert misspelt_surname(known, written, default_rules().settings) is expected


def test_passes_are_named_and_ordered():
    assert [name for name, _run in PASSES] == ["names", "fuller names", "bare names", "generations", "named things", "modifier names", "descriptions", "pronoun genders"]


def _data_copy(tmp_path: Path) -> Path:
    root = Path(str(resources.files("parley").joinpath("data")))
    return Path(shutil.copytree(root, tmp_path / "data"))


def test_rules_come_from_the_data_files(tmp_path):
    """A title's gender vote is a setting: with no weight, "Ms." says nothing."""
    root = _data_copy(tmp_path)
    settings = root / "people" / "settings.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("title_gender_votes = 5", "title_gender_votes = 0"))
    rules = load_rules(DataFiles(root))
    assert rules.settings.title_gender_votes == 0
    assert people(NULAND, rules)["Victoria Nuland"].gender is None
    assert people(NULAND)["Victoria Nuland"].gender == "f"


def test_one_pronoun_table():
    rules = default_rules()
    assert {w: rules.pronoun_gender(w) for w in ("she", "herself", "him", "they", "it")} == {
        "she": "f", "herself": "f", "him": "m", "they": None, "it": None,
    }


@pytest.mark.parametrize(
    ("path", "old", "new", "message"),
    [
        ("people/pronouns.tsv", "she\tf\tsingular", "she\tf\tsingle", "expected one of"),
        ("people/settings.toml", "title_gender_votes = 5", "title_votes = 5", "unknown keys ['title_votes']"),
    ],
)
def test_bad_rules_files_are_clear_errors(tmp_path, path, old, new, message):
    root = _data_copy(tmp_path)
    target = root / path
    target.write_text(target.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_rules(DataFiles(root))


GACHAGUA = """
    DP        DP        PROPN NNP compound 2 B-ORG
    Rigathi   Rigathi   PROPN NNP compound 2 I-ORG
    Gachagua  Gachagua  PROPN NNP nsubj    3 I-ORG
    spoke     speak     VERB  VBD ROOT     3 O
    .         .         PUNCT .   punct    3 O
    Gachagua  Gachagua  PROPN NNP nsubj    6 B-PERSON
    said      say       VERB  VBD ROOT     6 O
    .         .         PUNCT .   punct    6 O
"""


def test_one_word_name_takes_the_fuller_name_written_elsewhere():
    """ "Gachagua" is a PERSON but "DP Rigathi Gachagua" an ORG: the fuller name without "DP"."""
    found = people(GACHAGUA)
    assert list(found) == ["Rigathi Gachagua"]
    assert [m.text for m in found["Rigathi Gachagua"].mentions] == ["Rigathi Gachagua", "Gachagua"]


def test_one_word_name_alone_stays_one_word():
    found = people(GACHAGUA.replace("DP        DP", "the       the").replace("Rigathi   Rigathi   PROPN NNP", "former    former    ADJ   JJ "))
    assert list(found) == ["Gachagua"]


CYCLONE_JUDE = """
    Cyclone   Cyclone   PROPN NNP compound 1 B-PERSON
    Jude      Jude      PROPN NNP nsubj    2 I-PERSON
    moved     move      VERB  VBD ROOT     2 O
    .         .         PUNCT .   punct    2 O
    Jude      Jude      PROPN NNP nsubj    5 B-PERSON
    weakened  weaken    VERB  VBD ROOT     5 O
    .         .         PUNCT .   punct    5 O
    Lucy      Lucy      PROPN NNP compound 8 B-PERSON
    Mtilatila Mtilatila PROPN NNP nsubj    9 I-PERSON
    said      say       VERB  VBD ROOT     9 O
    .         .         PUNCT .   punct    9 O
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (CYCLONE_JUDE, ["Lucy Mtilatila"]),  # the storm and its bare name are no one
        # A title is not a thing's word: the person stays (the title is trimmed off the name).
        (CYCLONE_JUDE.replace("Cyclone   Cyclone", "Dr.       Dr.    "), ["Jude", "Lucy Mtilatila"]),
    ],
)
def test_named_things_are_not_people(table, expected):
    assert sorted(people(table)) == expected


def test_bug_pronoun_she_went_to_cyclone_jude():
    """Issue 11: "Cyclone Jude" was a woman, so "she said" after it was the storm's."""
    assert "Cyclone Jude" not in people(CYCLONE_JUDE) and "Jude" not in people(CYCLONE_JUDE)
