"""Entity claims on hand-built Docs (no model): each claim of the ordered registry, with the cases that
must find nothing. The live-model tests in test_entities.py are the integration tier."""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

import pytest
from handbuilt import doc_from

from parley.datafiles import DataFiles
from parley.extract.entities import CLAIMS, find_documents, find_entities, load_rules


def entities(table: str) -> list[tuple[str, str, list[str]]]:
    doc = doc_from(table)
    return [(e.type, e.name, [m.text for m in e.mentions]) for e in find_entities(doc, doc.text)]


NULAND_IN_MOSCOW = """
    Victoria  Victoria  PROPN NNP compound 1 B-PERSON
    Nuland    Nuland    PROPN NNP nsubj    2 I-PERSON
    arrived   arrive    VERB  VBD ROOT     2 O
    in        in        ADP   IN  prep     2 O
    Moscow    Moscow    PROPN NNP pobj     3 B-GPE
    .         .         PUNCT .   punct    2 O
    Nuland    Nuland    PROPN NNP nsubj    7 B-GPE
    left      leave     VERB  VBD ROOT     7 O
    .         .         PUNCT .   punct    7 O
"""

RUSSIAN_OFFICIALS = """
    Russian    Russian    ADJ   JJ  amod   1 B-NORP
    officials  official   NOUN  NNS nsubj  2 O
    said       say        VERB  VBD ROOT   2 O
    .          .          PUNCT .   punct  2 O
"""

US_DOLLARS = """
    It        it        PRON  PRP nsubj    1 O
    costs     cost      VERB  VBZ ROOT     1 O
    US        US        PROPN NNP nmod     3 O
    $         $         SYM   $   nmod     4 O
    50~       50        NUM   CD  compound 5 O
    million   million   NUM   CD  dobj     1 O
    .         .         PUNCT .   punct    1 O
"""

MADURO_GOVERNMENT = """
    The             the             DET   DT  det    2 O
    Maduro          Maduro          PROPN NNP compound 2 O
    government      government      NOUN  NN  nsubj  3 O
    objected        object          VERB  VBD ROOT   3 O
    .               .               PUNCT .   punct  3 O
"""

ASTANA_DECLARATION = """
    They         they         PRON  PRP nsubj    1 O
    signed       sign         VERB  VBD ROOT     1 O
    the          the          DET   DT  det      4 B-LAW
    Astana       Astana       PROPN NNP compound 4 I-LAW
    Declaration  Declaration  PROPN NNP dobj     1 I-LAW
    .            .            PUNCT .   punct    1 O
"""

NOTHING = """
    The     the     DET   DT  det    1 O
    talks   talk    NOUN  NNS nsubj  2 O
    ended   end     VERB  VBD ROOT   2 O
    .       .       PUNCT .   punct  2 O
"""


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        # people claim their names first, so the surname NER calls a place is the person
        (NULAND_IN_MOSCOW, [("PERSON", "Victoria Nuland", ["Victoria Nuland", "Nuland"]),
                            ("COUNTRY", "Russia", ["Moscow"])]),
        # a demonym is the country
        (RUSSIAN_OFFICIALS, [("COUNTRY", "Russia", ["Russian"])]),
        # "US $50 million" names a currency, not the country
        (US_DOLLARS, []),
        # a leader's name before "government" ("administration", "regime") stands for the government
        (MADURO_GOVERNMENT, [("ORGANIZATION", "Maduro government", ["Maduro government"])]),
        # documents claim their words before the gazetteer: Astana here is no capital
        (ASTANA_DECLARATION, [("DOCUMENT", "Astana Declaration", ["the Astana Declaration"])]),
        # nothing named, nothing found
        (NOTHING, []),
    ],
)
def test_entity_claims(table, expected):
    assert entities(table) == expected


def test_claims_are_named_and_ordered():
    assert [name for name, _claim in CLAIMS] == ["documents", "people", "gazetteer", "led governments", "ner"]


def test_document_heads_are_data(tmp_path: Path):
    text = "He cited the Monroe Doctrine again."
    assert [d.name for d in find_documents(text)] == ["Monroe Doctrine"]
    root = Path(shutil.copytree(Path(str(resources.files("parley").joinpath("data"))), tmp_path / "data"))
    heads = root / "entities" / "document_heads.tsv"
    heads.write_text(heads.read_text(encoding="utf-8").replace("Doctrine\tno\n", ""), encoding="utf-8")
    assert find_documents(text, rules=load_rules(DataFiles(root))) == []
