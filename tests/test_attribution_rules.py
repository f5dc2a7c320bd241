"""Attribution rules on Docs built by hand: no model, so a rule bug cannot hide behind a parse change.

Each Doc is the parse the English model gives (or would give) the sentence, written as a table
(:mod:`handdoc`). The live-model construction tables (``test_attributions_constructions.py``) stay
as the integration tier.
"""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path

import pytest
from handdoc import parse

from parley.datafiles import DataFiles, packaged
from parley.errors import ConfigError
from parley.extract.attributions import default_rules, extract_attributions, load_rules
from parley.extract.attributions.direct import _run_in_heading
from parley.extract.attributions.indirect import (
    PARSE_RULES,
    Candidate,
    adjective_rule,
    colon_headlines,
    light_verb_rule,
    noun_rule,
    phrase_rule,
    verb_rule,
)
from parley.extract.attributions.quotes import find_quotes
from parley.extract.attributions.resolve import _in_heading, drop_nested

RULES = default_rules()

# Text -> its parse: word, lemma ("-": the lower-cased word), POS, tag, dep, head index, [entity].
PARSES: dict[str, str] = {
    "Smith said that talks failed.": """
        Smith  -    PROPN NNP nsubj 1 B-PERSON
        said   say  VERB  VBD ROOT  1
        that   -    SCONJ IN  mark  4
        talks  talk NOUN  NNS nsubj 4
        failed fail VERB  VBD ccomp 1
        .      -    PUNCT .   punct 1
    """,
    "Smith ate the cake.": """
        Smith -   PROPN NNP nsubj 1 B-PERSON
        ate   eat VERB  VBD ROOT  1
        the   -   DET   DT  det   3
        cake  -   NOUN  NN  dobj  1
        .     -   PUNCT .   punct 1
    """,
    "It is said that talks failed.": """
        It     -    PRON  PRP nsubjpass 2
        is     be   AUX   VBZ auxpass   2
        said   say  VERB  VBN ROOT      2
        that   -    SCONJ IN  mark      5
        talks  talk NOUN  NNS nsubj     5
        failed fail VERB  VBD ccomp     2
        .      -    PUNCT .   punct     2
    """,
    "Putin vowed to win.": """
        Putin -   PROPN NNP nsubj 1 B-PERSON
        vowed vow VERB  VBD ROOT  1
        to    -   PART  TO  aux   3
        win   -   VERB  VB  xcomp 1
        .     -   PUNCT .   punct 1
    """,
    "Protesters called for a ceasefire.": """
        Protesters protester NOUN  NNS nsubj 1
        called     call      VERB  VBD ROOT  1
        for        -         ADP   IN  prep  1
        a          -         DET   DT  det   4
        ceasefire  -         NOUN  NN  pobj  2
        .          -         PUNCT .   punct 1
    """,
    "The ministry denied the report.": """
        The      -    DET   DT  det   1
        ministry -    NOUN  NN  nsubj 2
        denied   deny VERB  VBD ROOT  2
        the      -    DET   DT  det   4
        report   -    NOUN  NN  dobj  2
        .        -    PUNCT .   punct 2
    """,
    "The economy, he said, is growing.": """
        The     -    DET   DT  det       1
        economy -    NOUN  NN  nsubj     7
        ,       -    PUNCT ,   punct     7
        he      -    PRON  PRP nsubj     4
        said    say  VERB  VBD parataxis 7
        ,       -    PUNCT ,   punct     7
        is      be   AUX   VBZ aux       7
        growing grow VERB  VBG ROOT      7
        .       -    PUNCT .   punct     7
    """,
    "Putin told reporters that talks failed.": """
        Putin     -        PROPN NNP nsubj 1 B-PERSON
        told      tell     VERB  VBD ROOT  1
        reporters reporter NOUN  NNS dobj  1
        that      -        SCONJ IN  mark  5
        talks     talk     NOUN  NNS nsubj 5
        failed    fail     VERB  VBD ccomp 1
        .         -        PUNCT .   punct 1
    """,
    "Republicans were critical of the deal.": """
        Republicans republican PROPN NNPS nsubj 1 B-NORP
        were        be         AUX   VBD  ROOT  1
        critical    -          ADJ   JJ   acomp 1
        of          -          ADP   IN   prep  2
        the         -          DET   DT   det   5
        deal        -          NOUN  NN   pobj  3
        .           -          PUNCT .    punct 1
    """,
    "Analysts wrote a critical report.": """
        Analysts analyst NOUN  NNS nsubj 1
        wrote    write   VERB  VBD ROOT  1
        a        -       DET   DT  det   4
        critical -       ADJ   JJ  amod  4
        report   -       NOUN  NN  dobj  1
        .        -       PUNCT .   punct 1
    """,
    "Trump made comments about fraud.": """
        Trump    -       PROPN NNP nsubj 1 B-PERSON
        made     make    VERB  VBD ROOT  1
        comments comment NOUN  NNS dobj  1
        about    -       ADP   IN  prep  2
        fraud    -       NOUN  NN  pobj  3
        .        -       PUNCT .   punct 1
    """,
    "Trump made cakes about fraud.": """
        Trump -    PROPN NNP nsubj 1 B-PERSON
        made  make VERB  VBD ROOT  1
        cakes cake NOUN  NNS dobj  1
        about -    ADP   IN  prep  2
        fraud -    NOUN  NN  pobj  3
        .     -    PUNCT .   punct 1
    """,
    "Smith's claim that talks failed was false.": """
        Smith  -    PROPN NNP poss  2 B-PERSON
        's     -    PART  POS case  0
        claim  -    NOUN  NN  nsubj 6
        that   -    SCONJ IN  mark  5
        talks  talk NOUN  NNS nsubj 5
        failed fail VERB  VBD acl   2
        was    be   AUX   VBD ROOT  6
        false  -    ADJ   JJ  acomp 6
        .      -    PUNCT .   punct 6
    """,
    "The claim that talks failed was false.": """
        The    -    DET   DT  det   1
        claim  -    NOUN  NN  nsubj 5
        that   -    SCONJ IN  mark  4
        talks  talk NOUN  NNS nsubj 4
        failed fail VERB  VBD acl   1
        was    be   AUX   VBD ROOT  5
        false  -    ADJ   JJ  acomp 5
        .      -    PUNCT .   punct 5
    """,
    "According to Smith, talks failed.": """
        According accord VERB  VBG prep  5
        to        -      ADP   IN  prep  0
        Smith     -      PROPN NNP pobj  1 B-PERSON
        ,         -      PUNCT ,   punct 5
        talks     talk   NOUN  NNS nsubj 5
        failed    fail   VERB  VBD ROOT  5
        .         -      PUNCT .   punct 5
    """,
    "In her words, talks failed.": """
        In     in   ADP   IN   prep  5
        her    -    PRON  PRP$ poss  2
        words  word NOUN  NNS  pobj  0
        ,      -    PUNCT ,    punct 5
        talks  talk NOUN  NNS  nsubj 5
        failed fail VERB  VBD  ROOT  5
        .      -    PUNCT .    punct 5
    """,
    "In other words, talks failed.": """
        In     in   ADP   IN  prep  5
        other  -    ADJ   JJ  amod  2
        words  word NOUN  NNS pobj  0
        ,      -    PUNCT ,   punct 5
        talks  talk NOUN  NNS nsubj 5
        failed fail VERB  VBD ROOT  5
        .      -    PUNCT .   punct 5
    """,
    "Graham: Trump Rhetoric Destroying Chances": """
        Graham     -       PROPN NNP ROOT     0 B-PERSON
        :          -       PUNCT :   punct    0
        Trump      -       PROPN NNP compound 3 B-PERSON
        Rhetoric   -       PROPN NNP appos    0
        Destroying destroy VERB  VBG acl      3
        Chances    chance  NOUN  NNS dobj     4
    """,
    "Note: this is a short test": """
        Note  -  NOUN  NN  ROOT  0
        :     -  PUNCT :   punct 0
        this  -  PRON  DT  nsubj 3
        is    be AUX   VBZ appos 0
        a     -  DET   DT  det   6
        short -  ADJ   JJ  amod  6
        test  -  NOUN  NN  attr  3
    """,
    '"We will win," Smith said.': """
        "     -   PUNCT `` punct 3
        We    we  PRON  PRP nsubj 3
        will  -   AUX   MD  aux   3
        win   -   VERB  VB  ccomp 7
        ,     -   PUNCT ,   punct 3
        "     -   PUNCT ''  punct 3
        Smith -   PROPN NNP nsubj 7 B-PERSON
        said  say VERB  VBD ROOT  7
        .     -   PUNCT .   punct 7
    """,
    '"We will win," Smith said. "We always do."': """
        "      -   PUNCT `` punct 3
        We     we  PRON  PRP nsubj 3
        will   -   AUX   MD  aux   3
        win    -   VERB  VB  ccomp 7
        ,      -   PUNCT ,   punct 3
        "      -   PUNCT ''  punct 3
        Smith  -   PROPN NNP nsubj 7 B-PERSON
        said   say VERB  VBD ROOT  7
        .      -   PUNCT .   punct 7
        "      -   PUNCT `` punct 12
        We     we  PRON  PRP nsubj 12
        always -   ADV   RB  advmod 12
        do     -   VERB  VBP ROOT  12
        .      -   PUNCT .   punct 12
        "      -   PUNCT ''  punct 12
    """,
    '"We will win," Smith said, "and soon."': """
        "     -   PUNCT `` punct 3
        We    we  PRON  PRP nsubj 3
        will  -   AUX   MD  aux   3
        win   -   VERB  VB  ccomp 7
        ,     -   PUNCT ,   punct 3
        "     -   PUNCT ''  punct 3
        Smith -   PROPN NNP nsubj 7 B-PERSON
        said  say VERB  VBD ROOT  7
        ,     -   PUNCT ,   punct 7
        "     -   PUNCT `` punct 11
        and   -   CCONJ CC  cc    11
        soon  -   ADV   RB  advmod 7
        .     -   PUNCT .   punct 11
        "     -   PUNCT ''  punct 11
    """,
    'It is a "lesson" for all.': """
        It     -  PRON  PRP nsubj 1
        is     be AUX   VBZ ROOT  1
        a      -  DET   DT  det   4
        "      -  PUNCT `` punct 4
        lesson -  NOUN  NN  attr  1
        "      -  PUNCT ''  punct 4
        for    -  ADP   IN  prep  4
        all    -  PRON  DT  pobj  6
        .      -  PUNCT .   punct 1
    """,
    'Trump called the system "rigged".': """
        Trump  -    PROPN NNP nsubj 1 B-PERSON
        called call VERB  VBD ROOT  1
        the    -    DET   DT  det   3
        system -    NOUN  NN  dobj  1
        "      -    PUNCT `` punct 5
        rigged -    ADJ   JJ  oprd  1
        "      -    PUNCT ''  punct 5
        .      -    PUNCT .   punct 1
    """,
    "Bystrom agreed. \"Voters will decide.\"": """
        Bystrom -      PROPN NNP nsubj 1 B-PERSON
        agreed  agree  VERB  VBD ROOT  1
        .       -      PUNCT .   punct 1
        "       -      PUNCT `` punct 6
        Voters  voter  NOUN  NNS nsubj 6
        will    -      AUX   MD  aux   6
        decide  -      VERB  VB  ROOT  6
        .       -      PUNCT .   punct 6
        "       -      PUNCT ''  punct 6
    """,
    "Pew Research: “Most voters agree.”": """
        Pew      -     PROPN NNP compound 1 B-ORG
        Research -     PROPN NNP ROOT     1 I-ORG
        :        -     PUNCT :   punct    1
        “        -     PUNCT `` punct    6
        Most     -     ADJ   JJS amod     5
        voters   voter NOUN  NNS nsubj    6
        agree    -     VERB  VBP ROOT     6
        .        -     PUNCT .   punct    6
        ”        -     PUNCT ''  punct    6
    """,
    "“Voters stand.” [HuffPost.]": """
        “        -     PUNCT `` punct 2
        Voters   voter NOUN  NNS nsubj 2
        stand    -     VERB  VBP ROOT  2
        .        -     PUNCT .   punct 2
        ”        -     PUNCT ''  punct 2
        [        -     PUNCT -LRB- punct 6
        HuffPost -     PROPN NNP ROOT  6 B-ORG
        .        -     PUNCT .   punct 6
        ]        -     PUNCT -RRB- punct 6
    """,
    '"Never give up."\n\n- Hillary Clinton.': """
        "       -    PUNCT ``  punct    2
        Never   -    ADV   RB  neg      2
        give    -    VERB  VB  ROOT     2
        up      -    ADP   RP  prt      2
        .       -    PUNCT .   punct    2
        "       -    PUNCT ''  punct    2
        \\n\\n    -    SPACE _SP dep      5
        -       -    PUNCT :   punct    9
        Hillary -    PROPN NNP compound 9 B-PERSON
        Clinton -    PROPN NNP ROOT     9 I-PERSON
        .       -    PUNCT .   punct    9
    """,
    "Talks will resume, Nuland has told TASS.": """
        Talks  talk   NOUN  NNS nsubj    2
        will   -      AUX   MD  aux      2
        resume -      VERB  VB  ROOT     2
        ,      -      PUNCT ,   punct    2
        Nuland -      PROPN NNP npadvmod 2 B-PERSON
        has    have   AUX   VBZ aux      6
        told   tell   VERB  VBN relcl    4
        TASS   -      PROPN NNP dobj     6 B-ORG
        .      -      PUNCT .   punct    2
    """,
    "Lavrov said talks failed, while Blinken said they would go on.": """
        Lavrov  -    PROPN NNP nsubj 1 B-PERSON
        said    say  VERB  VBD ROOT  1
        talks   talk NOUN  NNS nsubj 3
        failed  fail VERB  VBD ccomp 1
        ,       -    PUNCT ,   punct 3
        while   -    SCONJ IN  mark  7
        Blinken -    PROPN NNP nsubj 7 B-PERSON
        said    say  VERB  VBD advcl 3
        they    -    PRON  PRP nsubj 10
        would   -    AUX   MD  aux   10
        go      -    VERB  VB  ccomp 7
        on      -    ADP   RP  prt   10
        .       -    PUNCT .   punct 1
    """,
    '"Will I change?" Trump asked reporters.': """
        "         -        PUNCT `` punct 3
        Will      will     AUX   MD  aux   3
        I         I        PRON  PRP nsubj 3
        change    -        VERB  VB  ROOT  3
        ?         -        PUNCT .   punct 3
        "         -        PUNCT ''  punct 3
        Trump     trump    NOUN  NN  nsubj 7
        asked     ask      VERB  VBD ROOT  7
        reporters reporter NOUN  NNS dobj  7
        .         -        PUNCT .   punct 7
    """,
    '"Will I change?" Trump asked questions.': """
        "         -        PUNCT `` punct 3
        Will      will     AUX   MD  aux   3
        I         I        PRON  PRP nsubj 3
        change    -        VERB  VB  ROOT  3
        ?         -        PUNCT .   punct 3
        "         -        PUNCT ''  punct 3
        Trump     trump    NOUN  NN  nsubj 7
        asked     ask      VERB  VBD ROOT  7
        questions question NOUN  NNS dobj  7
        .         -        PUNCT .   punct 7
    """,
    'Trump issued a statement, "We will win."': """
        Trump     -     PROPN NNP nsubj     1 B-PERSON
        issued    issue VERB  VBD ROOT      1
        a         -     DET   DT  det       3
        statement -     NOUN  NN  dobj      1
        ,         -     PUNCT ,   punct     1
        "         -     PUNCT ``  punct     8
        We        we    PRON  PRP nsubj     8
        will      -     AUX   MD  aux       8
        win       -     VERB  VB  parataxis 1
        .         -     PUNCT .   punct     8
        "         -     PUNCT ''  punct     8
    """,
}


def doc_of(text: str):
    return parse(text, PARSES[text])


def _texts(doc, cand: Candidate | None):
    """A candidate as (source, cue, content, frame) texts, for tables."""
    if cand is None:
        return None
    text = doc.text
    source = text[cand.source[0] : cand.source[1]] if cand.source else None
    cue = text[cand.cue[0] : cand.cue[1]] if cand.cue else None
    return source, cue, [text[s:e] for s, e in cand.content], cand.frame


def _word(doc, word: str):
    return next(t for t in doc if t.text == word)


# sentence, the rule, the token it is anchored on -> (source, cue, content, frame), or None
PARSE_TABLE = [
    ("Smith said that talks failed.", verb_rule, "said", ("Smith", "said", ["that talks failed"], "clause")),
    ("Smith ate the cake.", verb_rule, "ate", None),  # not a cue verb
    ("It is said that talks failed.", verb_rule, "said", (None, "said", ["that talks failed"], "clause")),
    ("Putin vowed to win.", verb_rule, "vowed", ("Putin", "vowed", ["to win"], "inf")),
    ("Protesters called for a ceasefire.", verb_rule, "called", ("Protesters", "called for", ["a ceasefire"], "prep:for")),
    ("The ministry denied the report.", verb_rule, "denied", ("The ministry", "denied", ["the report"], "obj")),
    ("The economy, he said, is growing.", verb_rule, "said", ("he", "said", ["The economy", "is growing"], "parenthetical")),
    ("Republicans were critical of the deal.", adjective_rule, "critical",
     ("Republicans", "were critical of", ["the deal"], "adjective")),
    ("Analysts wrote a critical report.", adjective_rule, "critical", None),  # an attribute, not a stance after a copula
    ("Trump made comments about fraud.", light_verb_rule, "made", ("Trump", "made comments about", ["fraud"], "light")),
    ("Trump made cakes about fraud.", light_verb_rule, "made", None),  # the object carries no speech act
    ("Smith's claim that talks failed was false.", noun_rule, "claim", ("Smith's", "claim", ["that talks failed"], "")),
    ("The claim that talks failed was false.", noun_rule, "claim", None),  # nobody's claim
    # The content fronted before a sentence-final cue the parser hung on the name.
    ("Talks will resume, Nuland has told TASS.", verb_rule, "told", ("Nuland", "has told", ["Talks will resume"], "fronted")),
    # A contrasting report of someone else ends the first content ...
    ("Lavrov said talks failed, while Blinken said they would go on.", verb_rule, "said",
     ("Lavrov", "said", ["talks failed"], "clause")),
]


def test_a_contrasting_report_is_its_own_statement():
    # ... and is read on its own.
    doc = doc_of("Lavrov said talks failed, while Blinken said they would go on.")
    assert _texts(doc, verb_rule(doc, doc[7], RULES)) == ("Blinken", "said", ["they would go on"], "clause")


def test_a_fronted_content_keeps_its_addressee():
    doc = doc_of("Talks will resume, Nuland has told TASS.")
    assert verb_rule(doc, doc[6], RULES).addressee == "TASS"


@pytest.mark.parametrize(("text", "rule", "anchor", "expected"), PARSE_TABLE, ids=[f"{r.__name__}: {t}" for t, r, _a, _e in PARSE_TABLE])
def test_parse_rule(text, rule, anchor, expected):
    doc = doc_of(text)
    assert _texts(doc, rule(doc, _word(doc, anchor), RULES)) == expected


# sentence -> (source, cue, content) of the cue phrase at its first word, or None
PHRASE_TABLE = [
    ("According to Smith, talks failed.", ("Smith", "According to", ["talks failed"])),
    ("In her words, talks failed.", ("her", "In her words", ["talks failed"])),
    ("In other words, talks failed.", None),  # "other" names nobody
]


@pytest.mark.parametrize(("text", "expected"), PHRASE_TABLE)
def test_phrase_rule(text, expected):
    doc = doc_of(text)
    found = phrase_rule(doc, doc[0], RULES)
    assert (_texts(doc, found[0])[:3] if found else None) == expected


def test_a_phrase_hides_its_words_from_the_word_rules():
    doc = doc_of("According to Smith, talks failed.")
    _cand, covered = phrase_rule(doc, doc[0], RULES)
    assert covered == [0, 1]


def test_the_parse_registry_order():
    assert [rule.__name__ for rule in PARSE_RULES] == ["verb_rule", "adjective_rule", "light_verb_rule", "noun_rule"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Graham: Trump Rhetoric Destroying Chances", [("Graham", ":", ["Trump Rhetoric Destroying Chances"], "")]),
        ("Note: this is a short test", []),  # no name before the colon
    ],
)
def test_colon_headline(text, expected):
    doc = doc_of(text)
    starts = [t.idx for t in doc]
    at = lambda char: max(i for i, s in enumerate(starts) if s <= char)  # noqa: E731
    assert [_texts(doc, c) for c in colon_headlines(doc, at, RULES)] == expected


def test_told_reporters_names_the_audience():
    doc = doc_of("Putin told reporters that talks failed.")
    assert verb_rule(doc, doc[1], RULES).addressee == "reporters"


def test_the_audience_table_is_read_from_the_rules_passed():
    doc = doc_of("Putin told reporters that talks failed.")
    no_audiences = dataclasses.replace(RULES, audiences=frozenset())
    assert verb_rule(doc, doc[1], no_audiences).addressee is None


def _attributions(text: str, rules=RULES):
    doc = doc_of(text)
    return [
        (a.kind, [c.text for c in a.content], a.cue.text if a.cue else None, a.source.text if a.source else None, a.inferred, a.continues)
        for a in extract_attributions(doc, text, rules=rules)
    ]


# sentence -> (kind, content, cue, source, inferred, continues) of every attribution, in order
ARTICLE_TABLE = [
    ("Smith said that talks failed.", [("indirect", ["that talks failed"], "said", "Smith", False, None)]),
    ("Smith ate the cake.", []),
    # A passive report names no source, and is kept.
    ("It is said that talks failed.", [("indirect", ["that talks failed"], "said", None, False, None)]),
    # cued_quote
    ('"We will win," Smith said.', [("direct", ["We will win,"], "said", "Smith", False, None)]),
    # cued_quote, then the second half of a split quotation: its own statement, continuing the first
    (
        '"We will win," Smith said, "and soon."',
        [("direct", ["We will win,"], "said", "Smith", False, None), ("direct", ["and soon."], "said", "Smith", False, 0)],
    ),
    # continued_speech: an uncued quotation right after continues the speaker
    (
        '"We will win," Smith said. "We always do."',
        [("direct", ["We will win,"], "said", "Smith", False, None), ("direct", ["We always do."], "said", "Smith", True, 0)],
    ),
    # embedded_phrase: a scare quote is nobody's statement
    ('It is a "lesson" for all.', []),
    # embedded_phrase with a naming verb: the parse candidate stands, mixed
    ('Trump called the system "rigged".', [("mixed", ['the system "rigged"'], "called", "Trump", False, None)]),
    # cue_sentence: a short sentence that only introduces the quote
    ('Bystrom agreed. "Voters will decide."', [("direct", ["Voters will decide."], "agreed", "Bystrom", False, None)]),
    # colon_name (the headline reading of the same line yields to it)
    ("Pew Research: “Most voters agree.”", [("direct", ["Most voters agree."], ":", "Pew Research", False, None)]),
    # bracket_credit
    ("“Voters stand.” [HuffPost.]", [("direct", ["Voters stand."], "[HuffPost.]", "HuffPost", False, None)]),
    # dash_signature
    ('"Never give up."\n\n- Hillary Clinton.', [("direct", ["Never give up."], "-", "Hillary Clinton", False, None)]),
    # cue_sentence through the statement it names; the verb's own reading (its object) is replaced
    ('Trump issued a statement, "We will win."', [("direct", ["We will win."], "issued", "Trump", False, None)]),

]


# A cue after a closed question still reports it when its object is an audience (audiences.tsv), not
# when it asks something of its own. (The cue's object reading, "asked reporters" -> content
# "reporters", is kept today beside the quotation: the obj frame does not yet skip audiences.)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Will I change?" Trump asked reporters.', [("direct", ["Will I change?"], "asked", "Trump", False, None)]),
        ('"Will I change?" Trump asked questions.', []),
    ],
)
def test_a_cue_after_a_question_reports_it_when_its_object_is_an_audience(text, expected):
    assert [a for a in _attributions(text) if a[0] == "direct"] == expected


# text -> whether its quotation is a subheading run into the next sentence (nobody said it)
RUN_IN_HEADINGS = [
    ("Prices rose each year. ‘We are very concerned’ In a statement, the ministry said so.", True),
    ("Prices rose each year. ‘We are very concerned,’ she said.", False),  # closing punctuation: speech
    ("‘We are very concerned’ In a statement, the ministry said so.", False),  # opens the text
    ("Prices rose each year. ‘We are very concerned’ I said.", False),  # "I" goes on speaking
]


@pytest.mark.parametrize(("text", "expected"), RUN_IN_HEADINGS)
def test_run_in_heading(text, expected):
    (quote,) = find_quotes(text)
    assert _run_in_heading(quote, text, RULES) is expected


@pytest.mark.parametrize(("text", "expected"), ARTICLE_TABLE, ids=[t for t, _e in ARTICLE_TABLE])
def test_attributions_of_hand_built_docs(text, expected):
    assert _attributions(text) == expected


def _cand(cue: tuple[int, int], content: tuple[int, int], kind="indirect") -> Candidate:
    return Candidate(cue=cue, cue_token=None, source=None, source_head=None, content=[content], kind=kind)


# candidates -> the indices drop_nested keeps
NESTED_TABLE = [
    # "Critics suggest Europe can't afford ...": the report inside the critics' content goes.
    ([_cand((0, 7), (8, 60)), _cand((20, 26), (27, 50))], [0]),
    # Two contents holding each other's cues: the later cue reports the other and stays.
    ([_cand((100, 108), (0, 99)), _cand((50, 55), (56, 120))], [0]),
    # A quotation is never nested away.
    ([_cand((0, 7), (8, 60)), _cand((20, 26), (27, 50), kind="direct")], [0, 1]),
    # Side by side: nothing to drop.
    ([_cand((0, 4), (5, 20)), _cand((22, 26), (27, 40))], [0, 1]),
]


@pytest.mark.parametrize(("candidates", "kept"), NESTED_TABLE)
def test_drop_nested(candidates, kept):
    assert drop_nested(candidates, RULES) == kept


# Rules as data.


def test_default_rules_are_the_packaged_files_read_once():
    assert default_rules() is default_rules()
    assert load_rules(packaged()) == default_rules()


def test_one_audience_table_serves_both_rules():
    assert {"reporter", "moderator", "official", "jury"} <= RULES.audiences


def test_rules_saved_with_copy_to_load_back_the_same(tmp_path: Path):
    files = packaged()
    rules = load_rules(files)
    assert {"attributions/settings.toml", "attributions/audiences.tsv", "cues/verbs.tsv"} <= files.read
    files.copy_to(tmp_path)
    assert load_rules(DataFiles(tmp_path)) == rules


def test_a_word_class_edited_in_a_data_directory_changes_the_rule(tmp_path: Path):
    files = packaged()
    load_rules(files)
    files.copy_to(tmp_path)
    table = tmp_path / "attributions" / "audiences.tsv"
    table.write_text("".join(line for line in table.read_text().splitlines(True) if line.strip() != "reporter"))
    doc = doc_of("Putin told reporters that talks failed.")
    assert verb_rule(doc, doc[1], load_rules(DataFiles(tmp_path))).addressee is None


@pytest.mark.parametrize("edit", ["drop", "add"])
def test_settings_must_match_their_dataclass(tmp_path: Path, edit: str):
    files = packaged()
    load_rules(files)
    files.copy_to(tmp_path)
    settings = tmp_path / "attributions" / "settings.toml"
    text = settings.read_text()
    settings.write_text(text.replace("after_window = 25\n", "") if edit == "drop" else text + "after_windw = 25\n")
    with pytest.raises(ConfigError, match="after_window" if edit == "drop" else "after_windw"):
        load_rules(DataFiles(tmp_path))


def test_every_attribution_data_file_has_a_header():
    root = Path(__file__).resolve().parents[1] / "parley" / "data" / "attributions"
    for path in sorted(root.iterdir()):
        assert path.read_text().startswith("#"), path.name


def test_a_missing_data_directory_is_a_clear_error(tmp_path: Path):
    shutil.rmtree(tmp_path)
    with pytest.raises(ConfigError, match="not found"):
        load_rules(DataFiles(tmp_path))


@pytest.mark.parametrize(
    ("text", "at", "heading"),
    [
        # a short line of its own that does not end as a sentence: a headline
        ("Lede said so.\n\nFebruary 4 US wants to talk with Russia - US diplomat\n\nBody.", 20, True),
        # a sentence on its own line is no heading ...
        ("Lede said so.\n\nThe US wants to talk with Russia, a US diplomat said.\n\nBody.", 20, False),
        # ... nor is a text of one line (wire stories flattened to one paragraph)
        ("US wants to talk with Russia - US diplomat", 5, False),
        # ... nor a long line (a paragraph that lost its final stop)
        ("Lede said so.\n\n" + "word " * 60 + "\n\nBody.", 20, False),
    ],
)
def test_heading_lines(text, at, heading):
    assert _in_heading(text, at, default_rules().settings.heading_max_chars) is heading

