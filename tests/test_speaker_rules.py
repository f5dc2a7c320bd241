"""Speaker constructions on hand-built Docs (no model): who a source mention names, given the
article's people. The live-model construction tables (test_attributions_*.py) are the integration tier."""

from __future__ import annotations

import pytest
from handbuilt import doc_from, token_span

from parley.extract.attributions.speakers import (
    ANTECEDENT_CHARS,
    CONSTRUCTIONS,
    SpeakerResolver,
    default_rules,
)
from parley.extract.people import Person
from parley.models import Speaker, make_span

NULAND_SHE = """
    Victoria  Victoria  PROPN NNP compound 1 B-PERSON
    Nuland    Nuland    PROPN NNP nsubj    2 I-PERSON
    spoke     speak     VERB  VBD ROOT     2 O
    .         .         PUNCT .   punct    2 O
    {0}       {1}       PRON  PRP nsubj    5 O
    said      say       VERB  VBD ROOT     5 O
    so        so        ADV   RB  advmod   5 O
    .         .         PUNCT .   punct    5 O
"""
NULAND = ("Victoria Nuland", "Under Secretary of State", "USA", "f", [(0, 1)])

NULAND_DIPLOMAT = """
    Victoria  Victoria  PROPN NNP compound 1 B-PERSON
    Nuland    Nuland    PROPN NNP nsubj    2 I-PERSON
    spoke     speak     VERB  VBD ROOT     2 O
    .         .         PUNCT .   punct    2 O
    The       the       DET   DT  det      5 O
    {0}       {1}       NOUN  NN  nsubj    6 O
    said      say       VERB  VBD ROOT     6 O
    .         .         PUNCT .   punct    6 O
"""

ONE_WORD_SUBJECT = """
    {0}   {1}  {2}   {3}  nsubj  1 O
    said  say  VERB  VBD  ROOT   1 O
    so    so   ADV   RB   advmod 1 O
    .     .    PUNCT .    punct  1 O
"""

TRUMP_ADMINISTRATION = """
    the             the             DET   DT  det      2 O
    Trump           Trump           PROPN NNP compound 2 B-PERSON
    administration  administration  NOUN  NN  nsubj    3 O
    said            say             VERB  VBD ROOT     3 O
    .               .               PUNCT .   punct    3 O
"""
TRUMP = ("Donald Trump", None, "USA", "m", [(1, 1)])

AMIROV_LAWYER = """
    Amirov  Amirov  PROPN NNP poss     2 B-PERSON
    's      's      PART  POS case     0 O
    lawyer  lawyer  NOUN  NN  nsubj    3 O
    said    say     VERB  VBD ROOT     3 O
    .       .       PUNCT .   punct    3 O
"""
AMIROV = ("Amirov", None, None, None, [(0, 0)])

PESKOV = """
    The        the        DET   DT  det      2 O
    Kremlin~   Kremlin    PROPN NNP poss     2 B-ORG
    spokesman  spokesman  NOUN  NN  nsubj    7 O
    ,          ,          PUNCT ,   punct    2 O
    Dmitry     Dmitry     PROPN NNP compound 5 B-PERSON
    Peskov     Peskov     PROPN NNP appos    2 I-PERSON
    ,          ,          PUNCT ,   punct    2 O
    told       tell       VERB  VBD ROOT     7 O
    reporters  reporter   NOUN  NNS dobj     7 O
    .          .          PUNCT .   punct    7 O
"""
DMITRY_PESKOV = ("Dmitry Peskov", "spokesman", "RUS", "m", [(4, 5)])

JOINT = """
    Lavrov   Lavrov   PROPN NNP nsubj 3 B-PERSON
    and      and      CCONJ CC  cc    0 O
    Blinken  Blinken  PROPN NNP conj  0 B-PERSON
    said     say      VERB  VBD ROOT  3 O
    .        .        PUNCT .   punct 3 O
"""
LAVROV = ("Sergei Lavrov", "Foreign Minister", "RUS", "m", [(0, 0)])
BLINKEN = ("Antony Blinken", "Secretary of State", "USA", "m", [(2, 2)])

THE_GROUP = """
    The       the       DET   DT  det    1 O
    BLA       BLA       PROPN NNP nsubj  2 B-ORG
    attacked  attack    VERB  VBD ROOT   2 O
    .         .         PUNCT .   punct  2 O
    The       the       DET   DT  det    5 O
    group     group     NOUN  NN  nsubj  6 O
    said      say       VERB  VBD ROOT   6 O
    .         .         PUNCT .   punct  6 O
"""

STATEMENT_FROM = """
    A          a          DET   DT  det      1 O
    statement  statement  NOUN  NN  nsubj    6 O
    from       from       ADP   IN  prep     1 O
    the        the        DET   DT  det      5 O
    Foreign    Foreign    PROPN NNP compound 5 B-ORG
    Ministry   Ministry   PROPN NNP pobj     2 I-ORG
    said       say        VERB  VBD ROOT     6 O
    .          .          PUNCT .   punct    6 O
"""

THE_STATEMENT = """
    The        the        DET   DT  det      1 O
    statement  statement  NOUN  NN  nsubj    2 O
    said       say        VERB  VBD ROOT     2 O
    .          .          PUNCT .   punct    2 O
"""

RUSSIAN_OFFICIALS = """
    Russian    Russian    ADJ   JJ  amod   1 B-NORP
    officials  official   NOUN  NNS nsubj  2 O
    said       say        VERB  VBD ROOT   2 O
    .          .          PUNCT .   punct  2 O
"""

PersonSpec = tuple[str, str | None, str | None, str | None, list[tuple[int, int]]]


def _people(doc, specs: list[PersonSpec]) -> list[Person]:
    return [
        Person(name, role, affiliation, gender, tuple(make_span(doc.text, *token_span(doc, a, b)) for a, b in ranges))
        for name, role, affiliation, gender, ranges in specs
    ]


def resolve(table: str, specs: list[PersonSpec], source: tuple[int, int], head: int,
            previous: tuple[int, Speaker] | None = None) -> tuple[str, str, str | None] | None:
    doc = doc_from(table)
    found = SpeakerResolver(doc, _people(doc, specs)).speaker(token_span(doc, *source), doc[head], previous)
    return None if found is None else (found.name, found.type, found.affiliation)


@pytest.mark.parametrize(
    ("table", "specs", "source", "head", "expected"),
    [
        # named person: the fullest name of the person mentioned
        (NULAND_SHE.format("She", "she"), [NULAND], (1, 1), 1, ("Victoria Nuland", "person", "USA")),
        # personal pronoun: the salient person of that gender before it
        (NULAND_SHE.format("She", "she"), [NULAND], (4, 4), 4, ("Victoria Nuland", "person", "USA")),
        # ... and nobody when only someone of the other gender was named
        (NULAND_SHE.format("He", "he"), [NULAND], (4, 4), 4, None),
        # non-referring pronouns: "they", "it", "I" name no one person
        (NULAND_SHE.format("They", "they"), [NULAND], (4, 4), 4, None),
        (NULAND_SHE.format("It", "it"), [NULAND], (4, 4), 4, None),
        (NULAND_SHE.format("I", "I"), [NULAND], (4, 4), 4, None),
        # vague: "Others said" is nobody in particular
        (ONE_WORD_SUBJECT.format("Others", "other", "NOUN", "NNS"), [], (0, 0), 0, None),
        # role description: "the diplomat" is the person whose role is an office of state
        (NULAND_DIPLOMAT.format("diplomat", "diplomat"), [NULAND], (4, 5), 5, ("Victoria Nuland", "person", "USA")),
        # ... but "the spokeswoman" is not a woman whose role is no spokes-anything: an unnamed speaker
        (NULAND_DIPLOMAT.format("spokeswoman", "spokeswoman"), [NULAND], (4, 5), 5, ("spokeswoman", "unknown", None)),
        # led body: "the Trump administration" is the body, not its leader
        (TRUMP_ADMINISTRATION, [TRUMP], (0, 2), 2, ("Trump administration", "organization", "USA")),
        # a role the named person owns is somebody else: "Amirov's lawyer" is not Amirov
        (AMIROV_LAWYER, [AMIROV], (0, 2), 2, ("Amirov's lawyer", "unknown", None)),
        # named in apposition: "The Kremlin's spokesman, Dmitry Peskov, told reporters"
        (PESKOV, [DMITRY_PESKOV], (0, 2), 2, ("Dmitry Peskov", "person", "RUS")),
        # joint: one group speaker named after each
        (JOINT, [LAVROV, BLINKEN], (0, 2), 0, ("Sergei Lavrov and Antony Blinken", "group", None)),
        # anaphoric body: "The BLA ... The group said" is the organisation named just before
        (THE_GROUP, [], (4, 5), 5, ("Baloch Liberation Army", "organization", "BLA")),
        # document issuer: "a statement from the Foreign Ministry" is the ministry ...
        (STATEMENT_FROM, [], (0, 5), 1, ("Foreign Ministry", "organization", None)),
        # ... and "the statement" with no issuer anywhere is nobody
        (THE_STATEMENT, [], (0, 1), 1, None),
        # body or group: "Russian officials" are a group with the affiliation their modifier names
        (RUSSIAN_OFFICIALS, [], (0, 1), 1, ("Russian officials", "group", "RUS")),
    ],
)
def test_speaker_constructions(table, specs, source, head, expected):
    assert resolve(table, specs, source, head) == expected


LONG_GAP = """
    Oh      Oh      PROPN NNP nsubj  1 O
    said    say     VERB  VBD ROOT   1 O
    so      so      ADV   RB  advmod 1 O
    .       .       PUNCT .   punct  1 O
    {0}     {0}     NOUN  NN  nsubj  5 O
    waited  wait    VERB  VBD ROOT   5 O
    .       .       PUNCT .   punct  5 O
    He      he      PRON  PRP nsubj  8 O
    said    say     VERB  VBD ROOT   8 O
    .       .       PUNCT .   punct  8 O
"""


@pytest.mark.parametrize(
    ("filler", "continues"),
    [
        ("x" * 10, True),  # "..., Oh said. ... he said": the same speaker goes on
        ("x" * 420, False),  # too far after that statement (pronoun_continues_chars)
    ],
)
def test_pronoun_continues_the_previous_speaker(filler, continues):
    doc = doc_from(LONG_GAP.format(filler))
    oh = Speaker(name="Oh", type="unknown")
    found = SpeakerResolver(doc, []).speaker(token_span(doc, 7, 7), doc[7], (0, oh))
    assert (found == oh) is continues


def test_constructions_are_named_and_ordered():
    names = [name for name, _rule in CONSTRUCTIONS]
    assert names[:2] == ["joint", "named person"] and names[-1] == "body or group"
    assert len(names) == len(set(names))


def test_distances_are_settings():
    settings = default_rules().settings
    assert ANTECEDENT_CHARS == settings.antecedent_chars == 600
    assert settings.pronoun_continues_chars == 400  # kept apart: see people/speakers.toml


def test_no_source_no_speaker():
    doc = doc_from(THE_STATEMENT)
    assert SpeakerResolver(doc, []).speaker(None, doc[1]) is None
    assert SpeakerResolver(doc, []).speaker(token_span(doc, 0, 1), None) is None


WHO_SAID = """
    Lavrov    Lavrov    PROPN NNP nsubj  1 B-PERSON
    met       meet      VERB  VBD ROOT   1 O
    the       the       DET   DT  det    3 O
    minister  minister  NOUN  NN  dobj   1 O
    ,         ,         PUNCT ,   punct  3 O
    who       who       PRON  WP  nsubj  6 O
    said      say       VERB  VBD relcl  3 O
    so        so        ADV   RB  advmod 6 O
    .         .         PUNCT .   punct  1 O
"""

STATE_BROADCASTER = """
    State        state        PROPN NNP compound 2 O
    broadcaster  broadcaster  NOUN  NN  compound 2 O
    CCTV         CCTV         PROPN NNP nsubj    3 B-ORG
    said         say          VERB  VBD ROOT     3 O
    .            .            PUNCT .   punct    3 O
"""

NEWS_AGENCY = """
    the      the      DET   DT  det      3 O
    Reuters  Reuters  PROPN NNP compound 3 B-ORG
    news     news     NOUN  NN  compound 3 O
    agency   agency   NOUN  NN  nsubj    4 O
    said     say      VERB  VBD ROOT     4 O
    .        .        PUNCT .   punct    4 O
"""

NEITHER_CHINA = """
    Neither  neither  CCONJ CC  preconj  1 O
    China    China    PROPN NNP nsubj    2 B-GPE
    said     say      VERB  VBD ROOT     2 O
    so       so       ADV   RB  advmod   2 O
    .        .        PUNCT .   punct    2 O
"""


@pytest.mark.parametrize(
    ("table", "specs", "source", "head", "expected"),
    [
        # relative pronoun: "the minister, who said" is whoever "the minister" is
        (WHO_SAID, [LAVROV], (5, 5), 3, ("Sergei Lavrov", "person", "RUS")),
        # a body introduced by its description: the name after it (the actor dictionaries file CCTV
        # under its international arm) ...
        (STATE_BROADCASTER, [], (0, 2), 2, ("CCTV", "organization", "CCTV")),
        # ... or before it
        (NEWS_AGENCY, [], (0, 3), 3, ("Reuters", "organization", None)),
        # a quantifier before a body is not part of its name
        (NEITHER_CHINA, [], (0, 1), 1, ("China", "organization", "CHN")),
    ],
)
def test_body_and_relative_readings(table, specs, source, head, expected):
    assert resolve(table, specs, source, head) == expected


IT_SAID = """
    The        the        DET   DT  det       1 O
    {0}        {1}        NOUN  NN  {2}       2 O
    {3}        {4}        VERB  VBD ROOT      2 O
    the        the        DET   DT  det       4 O
    {5}        {5}        NOUN  NN  dobj      2 O
    .          .          PUNCT .   punct     2 O
    It         it         PRON  PRP nsubj     7 O
    said       say        VERB  VBD ROOT      7 O
    .          .          PUNCT .   punct     7 O
"""


@pytest.mark.parametrize(
    ("subject", "lemma", "dep", "verb", "verb_lemma", "obj", "expected"),
    [
        # "The ministry dismissed the report. It said ...": the body that was the subject just before
        ("ministry", "ministry", "nsubj", "dismissed", "dismiss", "report", ("ministry", "organization")),
        # "The report angered the ministry. It said ...": the nearest subject is no body, so "it" is nobody
        ("report", "report", "nsubj", "angered", "anger", "ministry", None),
    ],
)
def test_subject_body(subject, lemma, dep, verb, verb_lemma, obj, expected):
    doc = doc_from(IT_SAID.format(subject, lemma, dep, verb, verb_lemma, obj))
    found = SpeakerResolver(doc, []).subject_body(doc[6])
    assert (None if found is None else (found.name, found.type)) == expected


EARLIER_SPOKESPERSON = """
    A             a             DET   DT  det      3 O
    State         State         PROPN NNP compound 2 B-ORG
    Department    Department    PROPN NNP compound 3 I-ORG
    spokesperson  spokesperson  NOUN  NN  nsubj    4 O
    said          say           VERB  VBD ROOT     4 O
    so            so            ADV   RB  advmod   4 O
    .             .             PUNCT .   punct    4 O
    The           the           DET   DT  det      8 O
    spokesperson  spokesperson  NOUN  NN  nsubj    9 O
    added         add           VERB  VBD ROOT     9 O
    .             .             PUNCT .   punct    9 O
"""

EARLIER_REPORT = """
    Human     Human     PROPN NNP  compound 2 B-ORG
    Rights    Rights    PROPN NNPS compound 2 I-ORG
    Watch     Watch     PROPN NNP  nsubj    3 I-ORG
    released  release   VERB  VBD  ROOT     3 O
    a         a         DET   DT   det      5 O
    report    report    NOUN  NN   dobj     3 O
    .         .         PUNCT .    punct    3 O
    The       the       DET   DT   det      8 O
    report    report    NOUN  NN   nsubj    9 O
    said      say       VERB  VBD  ROOT     9 O
    .         .         PUNCT .    punct    9 O
"""

EARLIER_MILITARY = """
    The       the       DET   DT  det    2 O
    Nigerian  Nigerian  ADJ   JJ  amod   2 B-NORP
    military  military  NOUN  NN  nsubj  3 O
    moved     move      VERB  VBD ROOT   3 O
    .         .         PUNCT .   punct  3 O
    The       the       DET   DT  det    6 O
    military  military  NOUN  NN  nsubj  7 O
    said      say       VERB  VBD ROOT   7 O
    .         .         PUNCT .   punct  7 O
"""


@pytest.mark.parametrize(
    ("table", "source", "head", "expected"),
    [
        # role description with no named person: the fuller description that introduced the speaker
        (EARLIER_SPOKESPERSON, (7, 8), 8, ("a State Department spokesperson", "unnamed_person", "USA")),
        # "the report" for the report named earlier with its issuer
        (EARLIER_REPORT, (7, 8), 8, ("Human Rights Watch", "organization", "HRW")),
        # definite description: "the military" for "the Nigerian military" just before
        (EARLIER_MILITARY, (5, 6), 6, ("Nigerian military", "organization", "NGA")),
    ],
)
def test_earlier_mentions(table, source, head, expected):
    assert resolve(table, [], source, head) == expected


def test_anaphoric_body_falls_back_to_the_organisation_that_spoke_before():
    """ "Doctors Without Borders says ... The group said": no organisation named in the window, but one
    spoke just before (within antecedent_chars)."""
    table = THE_GROUP.replace("B-ORG", "O  ")
    msf = Speaker(name="Doctors Without Borders", type="organization")
    doc = doc_from(table)
    resolver = SpeakerResolver(doc, [])
    assert resolver.speaker(token_span(doc, 4, 5), doc[5], (0, msf)) == msf
    assert resolver.speaker(token_span(doc, 4, 5), doc[5]) == Speaker(name="group", type="organization")


ENVOY_THEN_NAMED = """
    The       the       DET   DT  det      3 O
    U.N.      U.N.      PROPN NNP compound 3 B-ORG
    special   special   ADJ   JJ  amod     3 O
    envoy     envoy     NOUN  NN  nsubj    4 O
    appealed  appeal    VERB  VBD ROOT     4 O
    .         .         PUNCT .   punct    4 O
    {0}       {0}       PROPN NNP compound 7 B-PERSON
    {1}       {1}       PROPN NNP {2}      8 I-PERSON
    {3}       {4}       VERB  VBD ROOT     8 O
    Friday    Friday    PROPN NNP npadvmod 8 B-DATE
    .         .         PUNCT .   punct    8 O
"""
PEDERSEN_LATER = ("Geir Pedersen", None, "UN", "m", [(6, 7)])

LEGAL_TEAM = """
    the      the      DET   DT  det      1 O
    leader   leader   NOUN  NN  nsubj    6 O
    of       of       ADP   IN  prep     1 O
    his      his      PRON  PRP$ poss    5 O
    legal    legal    ADJ   JJ  amod     5 O
    team     team     NOUN  NN  pobj     2 O
    called   call     VERB  VBD ROOT     6 O
    it       it       PRON  PRP dobj     6 O
    cruel    cruel    ADJ   JJ  oprd     6 O
    .        .        PUNCT .   punct    6 O
    Zamora   Zamora   PROPN NNP nsubj    11 B-PERSON
    returned return   VERB  VBD ROOT     11 O
    .        .        PUNCT .   punct    11 O
    Ann      Ann      PROPN NNP compound 14 B-PERSON
    Kerr     Kerr     PROPN NNP nsubj    22 I-PERSON
    ,        ,        PUNCT ,   punct    14 O
    who      who      PRON  WP  nsubj    17 O
    leads    lead     VERB  VBZ relcl    14 O
    his      his      PRON  PRP$ poss    20 O
    {0}      {0}      ADJ   JJ  amod     20 O
    {1}      {1}      NOUN  NN  dobj     17 O
    ,        ,        PUNCT ,   punct    14 O
    spoke    speak    VERB  VBD ROOT     22 O
    .        .        PUNCT .   punct    22 O
"""
KERR = ("Ann Kerr", None, None, "f", [(13, 14)])


@pytest.mark.parametrize(
    ("table", "specs", "expected"),
    [
        # introduced later: the lede's description is the person named as a subject in the next sentence
        (ENVOY_THEN_NAMED.format("Geir", "Pedersen", "nsubj", "spoke", "speak"), [PEDERSEN_LATER],
         ("Geir Pedersen", "person", "UN")),
        # ... not when the name there is no subject ("praised Geir Pedersen"): the description stays
        (ENVOY_THEN_NAMED.format("Geir", "Pedersen", "dobj ", "praised", "praise"), [PEDERSEN_LATER],
         ("U.N. special envoy", "unknown", "UN")),
        # ... nor when the article gives that person another role ("U.S. Defense Secretary Mark Esper"
        # is not "a spokesman")
        (ENVOY_THEN_NAMED.format("Geir", "Pedersen", "nsubj", "spoke", "speak"),
         [("Geir Pedersen", "Defense Secretary", "UN", "m", [(6, 7)])], ("U.N. special envoy", "unknown", "UN")),
        # ... nor when that person was named before the description
        (ENVOY_THEN_NAMED.format("Geir", "Pedersen", "nsubj", "spoke", "speak"),
         [PEDERSEN_LATER[:4] + ([(1, 1), (6, 7)],)], ("U.N. special envoy", "unknown", "UN")),
    ],
)
def test_role_introduced_later(table, specs, expected):
    assert resolve(table, specs, (0, 3), 3) == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        # a little further on, the person first named with words of the description around the name
        (("legal", "team"), ("Ann Kerr", "person", None)),
        # ... one shared word is not enough: the description stays unnamed (one person, named as described)
        (("press", "office"), ("the leader of his legal team", "unnamed_person", None)),
    ],
)
def test_role_introduced_later_by_shared_words(words, expected):
    # ("Zamora" stands for someone the article named before: not among the people introduced later.)
    table = LEGAL_TEAM.format(*words)
    assert resolve(table, [KERR], (0, 5), 1) == expected


def test_bug_lede_description_named_in_the_next_sentence():
    """Issue 11: "The U.N. special envoy for Syria is calling for ... Geir Pedersen issued his appeal"
    was credited to the description, not to Pedersen."""
    table = ENVOY_THEN_NAMED.format("Geir", "Pedersen", "nsubj", "issued", "issue")
    assert resolve(table, [PEDERSEN_LATER], (0, 3), 3) == ("Geir Pedersen", "person", "UN")


ABOUT_TRUMP = """
    He         he         PRON  PRP nsubj    1 O
    dismissed  dismiss    VERB  VBD ROOT     1 O
    talk       talk       NOUN  NN  dobj     1 O
    about      about      ADP   IN  prep     2 O
    Trump      Trump      PROPN NNP {0}      {1} B-PERSON
    {2}        {3}        {4}   {5} {6}      {7} O
    .          .          PUNCT .   punct    1 O
    He         he         PRON  PRP nsubj    8 O
    said       say        VERB  VBD ROOT     8 O
    .          .          PUNCT .   punct    8 O
"""
TRUMP_AT_4 = ("Donald Trump", None, "USA", "m", [(4, 4)])
BESSENT = Speaker(name="Scott Bessent", type="person", affiliation="USA")


@pytest.mark.parametrize(
    ("fill", "expected"),
    [
        # a possessive does not take the speaker's turn: "He dismissed talk about Trump's plan. He
        # said" is still the speaker before (the bug below) ...
        (("poss", 5, "plan", "plan", "NOUN", "NN", "pobj", 3), "Scott Bessent"),
        # ... but a person named since does ("As for Banjai, he hopes ...")
        (("pobj", 3, "today", "today", "NOUN", "NN", "npadvmod", 1), "Donald Trump"),
    ],
)
def test_a_possessive_does_not_interrupt_the_previous_speaker(fill, expected):
    doc = doc_from(ABOUT_TRUMP.format(*fill))
    people = _people(doc, [TRUMP_AT_4])
    found = SpeakerResolver(doc, people).speaker(token_span(doc, 7, 7), doc[7], (0, BESSENT))
    assert found is not None and found.name == expected


def test_a_subject_named_since_does_take_the_pronoun():
    table = """
    Then       then       ADV   RB  advmod   2 O
    Trump      Trump      PROPN NNP nsubj    2 B-PERSON
    spoke      speak      VERB  VBD ROOT     2 O
    .          .          PUNCT .   punct    2 O
    He         he         PRON  PRP nsubj    5 O
    said       say        VERB  VBD ROOT     5 O
    .          .          PUNCT .   punct    5 O
"""
    doc = doc_from(table)
    people = _people(doc, [("Donald Trump", None, "USA", "m", [(1, 1)])])
    found = SpeakerResolver(doc, people).speaker(token_span(doc, 4, 4), doc[4], (0, BESSENT))
    assert found is not None and found.name == "Donald Trump"


def test_bug_he_said_went_to_a_possessive_in_the_sentence_before():
    """Issue 11: 'He dismissed concerns about Trump's threat ... "One or two items ...," he said' was
    Trump's; it is Scott Bessent's, who spoke just before."""
    doc = doc_from(ABOUT_TRUMP.format("poss", 5, "threat", "threat", "NOUN", "NN", "pobj", 3))
    found = SpeakerResolver(doc, _people(doc, [TRUMP_AT_4])).speaker(token_span(doc, 7, 7), doc[7], (0, BESSENT))
    assert found == BESSENT


@pytest.mark.parametrize(
    ("word", "pos", "specs", "expected"),
    [
        # name word: a one-word mention the tagger missed is the one person whose name starts or ends with it
        ("Wu", "INTJ", [("Wu Haitao", None, "CHN", "m", [])], ("Wu Haitao", "person", "CHN")),
        ("Haitao", "PROPN", [("Wu Haitao", None, "CHN", "m", [])], ("Wu Haitao", "person", "CHN")),
        # ... nobody when two people share the word, or the word is inside a name only
        ("Wu", "INTJ", [("Wu Haitao", None, "CHN", "m", []), ("Wu Qian", None, "CHN", "m", [])], None),
        ("Jong", "PROPN", [("Kim Jong Un", None, "PRK", "m", [])], None),
    ],
)
def test_name_word(word, pos, specs, expected):
    table = ONE_WORD_SUBJECT.format(word, word, pos, "NNP" if pos == "PROPN" else "UH")
    found = resolve(table, specs, (0, 0), 0)
    assert found == expected or (expected is None and (found is None or found[1] != "person"))


def test_bug_surname_the_tagger_missed_had_no_speaker():
    """Issue 11: surnames not joined to the full name ("Evenor" / "Maxwell Evenor") when the tagger
    did not see the bare surname as a name."""
    table = ONE_WORD_SUBJECT.format("Evenor", "Evenor", "NOUN", "NN")
    assert resolve(table, [("Maxwell Evenor", None, "HTI", "m", [])], (0, 0), 0) == ("Maxwell Evenor", "person", "HTI")


@pytest.mark.parametrize(
    ("previous", "expected"),
    [
        # "..., said Oh Ei Sun, senior fellow ... Oh said": the speaker just before, named but never tagged
        (Speaker(name="Oh Ei Sun", type="unknown"), ("Oh Ei Sun", "person", None)),
        # ... not a speaker whose name does not hold the word
        (Speaker(name="Stephen Nagy", type="person"), None),
    ],
)
def test_bug_bare_surname_of_an_untagged_speaker_had_no_speaker(previous, expected):
    table = ONE_WORD_SUBJECT.format("Oh", "oh", "INTJ", "UH")
    found = resolve(table, [], (0, 0), 0, (0, previous))
    assert found == expected or (expected is None and (found is None or found[1] != "person"))


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "tag", "expected"),
    [
        # abstract, time and stance nouns never speak: "History shows ...", "Time will tell"
        ("History", "history", "NOUN", "NN", None),
        ("Time", "time", "NOUN", "NN", None),
        ("World", "world", "NOUN", "NN", None),
        ("Goal", "goal", "NOUN", "NN", None),
        ("Discussion", "discussion", "NOUN", "NN", None),
        # a capitalised title is no speaker either ("Strategic Concept says")
        ("Concept", "Concept", "PROPN", "NNP", None),
        # ... while agents still speak
        ("Officials", "official", "NOUN", "NNS", ("Officials", "group", None)),
        ("Reuters", "Reuters", "PROPN", "NNP", ("Reuters", "organization", None)),
    ],
)
def test_bug_abstract_nouns_were_speakers(word, lemma, pos, tag, expected):
    """ "world", "history", "time", "Our goal", "Strategic Concept" were stored as speakers."""
    assert resolve(ONE_WORD_SUBJECT.format(word, lemma, pos, tag), [], (0, 0), 0) == expected
