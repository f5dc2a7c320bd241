"""Notion terms on hand-built parses: the trimming and joining rules tested without the model.

``handbuilt_docs.parse`` writes the Docs by hand (noun chunks come from spaCy's English syntax
iterator over them), so a failure here is a rule's, never a parse change's. Each table lists the
terms a sentence gives, including sentences that must give none.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from handbuilt_docs import article, parse

from parley.datafiles import DataFiles, packaged
from parley.errors import ConfigError
from parley.extract.terms import default_rules, find_terms, load_rules, term_key, term_words

NEW_SANCTIONS = """
Russia    PROPN NNP Russia    nsubj 1
imposed   VERB  VBD impose    ROOT  1
new       ADJ   JJ  new       amod  3
sanctions NOUN  NNS sanction  dobj  1
.         PUNCT .   .         punct 1
"""
RULE_OF_LAW = """
They      PRON  PRP they      nsubj 1
defend    VERB  VBP defend    ROOT  1
the       DET   DT  the       det   3
rule      NOUN  NN  rule      dobj  1
of        ADP   IN  of        prep  3
law       NOUN  NN  law       pobj  4
.         PUNCT .   .         punct 1
"""
PRINCIPLE_OF = """
They        PRON  PRP they        nsubj 1
backed      VERB  VBD back        ROOT  1
the         DET   DT  the         det   3
principle   NOUN  NN  principle   dobj  1
of          ADP   IN  of          prep  3
indivisible ADJ   JJ  indivisible amod  6
security    NOUN  NN  security    pobj  4
.           PUNCT .   .           punct 1
"""
PREDICATIVE = """
Security    NOUN  NN  security    nsubj 1
is          AUX   VBZ be          ROOT  1
indivisible ADJ   JJ  indivisible acomp 1
.           PUNCT .   .           punct 1
"""
ACTOR_HEAD = """
The       DET   DT  the       det   2
prime     ADJ   JJ  prime     amod  2
minister  NOUN  NN  minister  nsubj 3
arrived   VERB  VBD arrive    ROOT  3
.         PUNCT .   .         punct 3
"""
GENERIC_HEAD = """
The       DET   DT  the       det   1
situation NOUN  NN  situation nsubj 2
changed   VERB  VBD change    ROOT  2
.         PUNCT .   .         punct 2
"""
NAMED_MODIFIER = """
U.S.      PROPN NNP U.S.      compound 1
sanctions NOUN  NNS sanction  nsubj    2
hurt      VERB  VBD hurt      ROOT     2
.         PUNCT .   .         punct    2
"""
ABSTRACT = """
They       PRON  PRP they       nsubj 1
fear       VERB  VBP fear       ROOT  1
militarism NOUN  NN  militarism dobj  1
.          PUNCT .   .          punct 1
"""
PLAIN_NOUN = """
They       PRON  PRP they       nsubj 1
fear       VERB  VBP fear       ROOT  1
rain       NOUN  NN  rain       dobj  1
.          PUNCT .   .          punct 1
"""
LONG_PHRASE = """
a              DET   DT  a              det   7
huge           ADJ   JJ  huge           amod  7
constitutional ADJ   JJ  constitutional amod  7
and            CCONJ CC  and            cc    2
legal          ADJ   JJ  legal          conj  2
and            CCONJ CC  and            cc    4
political      ADJ   JJ  political      conj  4
crisis         NOUN  NN  crisis         ROOT  7
"""

ENTITIES = {"Russia": ("COUNTRY", "RUS"), "U.S.": ("COUNTRY", "USA")}


def _terms(table: str, rules=None) -> list[str]:
    doc = parse(table)
    return [span.text for span in find_terms(doc, article(doc, ENTITIES), rules=rules)]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (NEW_SANCTIONS, ["sanctions"]),  # an evaluative modifier goes
        (NAMED_MODIFIER, ["sanctions"]),  # so does a country naming whose sanctions
        (RULE_OF_LAW, ["rule of law"]),  # "X of Y" with a bare Y is one notion
        (PRINCIPLE_OF, ["indivisible security"]),  # "the principle of" only frames its notion
        (PREDICATIVE, ["Security is indivisible"]),
        (ABSTRACT, ["militarism"]),  # unlisted, but plainly abstract
        (LONG_PHRASE, ["political crisis"]),  # cut to the words nearest the head
        (ACTOR_HEAD, []),  # "the prime minister" is an actor, not a notion
        (GENERIC_HEAD, []),  # "the situation" is too vague alone
        (PLAIN_NOUN, []),  # "rain" alone names no notion
    ],
    ids=lambda v: " ".join(line.split()[0] for line in v.strip().splitlines())[:40] if isinstance(v, str) else None,
)
def test_terms(table: str, expected: list[str]) -> None:
    assert _terms(table) == expected


def _copy_of_packaged_data(tmp_path: Path) -> Path:
    files = packaged()
    load_rules(files)
    files.copy_to(tmp_path)
    return tmp_path


def test_rules_from_other_files_change_what_is_found(tmp_path: Path) -> None:
    root = _copy_of_packaged_data(tmp_path)
    (root / "terms" / "abstract_suffixes.txt").write_text("# no abstract endings\n", encoding="utf-8")
    settings = root / "terms" / "settings.toml"
    settings.write_text(settings.read_text(encoding="utf-8").replace("keep_words = 3", "keep_words = 1"), encoding="utf-8")
    rules = load_rules(DataFiles(root))
    assert _terms(ABSTRACT, rules) == []
    assert _terms(LONG_PHRASE, rules) == []  # "crisis" alone is no notion
    assert _terms(ABSTRACT) == ["militarism"]  # the packaged rules are untouched


def test_rules_saved_and_read_back_are_equal(tmp_path: Path) -> None:
    assert load_rules(DataFiles(_copy_of_packaged_data(tmp_path))) == default_rules()


def test_an_unknown_kind_is_a_config_error(tmp_path: Path) -> None:
    root = _copy_of_packaged_data(tmp_path)
    with (root / "terms" / "labels.tsv").open("a", encoding="utf-8") as handle:
        handle.write("GPE\tplace_kind\n")
    with pytest.raises(ConfigError, match="unknown kind"):
        load_rules(DataFiles(root))


def test_term_words_serve_notion_queries() -> None:
    assert term_words() is default_rules().words
    assert "principle" in term_words().light
    assert term_key("the indivisible nature of security") == term_key("indivisible security")


DATA = Path(__file__).resolve().parents[1] / "parley" / "data"


@pytest.mark.parametrize("path", sorted((DATA / "terms").iterdir()), ids=lambda p: p.name)
def test_every_terms_data_file_says_what_it_is(path: Path) -> None:
    assert path.read_text(encoding="utf-8").startswith("#")
