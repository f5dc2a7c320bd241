"""Event constructions on hand-built parses: each rule tested without the model.

The Docs are written by hand (``handbuilt_docs.parse``), so a failure here is a rule's, never a
parse change's. Each table lists what a construction codes, and cases where it must code nothing.
The live-model tables (``test_events_coding.py``) and the eval gates stay as the integration tier.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from handbuilt_docs import article, parse

from parley.datafiles import DataFiles, packaged
from parley.errors import ConfigError
from parley.extract.events import code_events, default_rules, grammar, load_rules
from parley.extract.events import constructions as c
from parley.extract.events.coder import Coder, Context

COUNTRIES = {
    "Russia": ("COUNTRY", "RUS"),
    "Russian": ("NORP", "RUS"),
    "Georgia": ("COUNTRY", "GEO"),
    "Ukraine": ("COUNTRY", "UKR"),
    "Armenia": ("COUNTRY", "ARM"),
    "Azerbaijan": ("COUNTRY", "AZE"),
    "Sudan": ("COUNTRY", "SDN"),
    "Thailand": ("COUNTRY", "THA"),
}

ACTIVE = """
Russia   PROPN NNP Russia  nsubj 1
invaded  VERB  VBD invade  ROOT  1
Georgia  PROPN NNP Georgia dobj  1
.        PUNCT .   .       punct 1
"""
PASSIVE = """
Georgia  PROPN NNP Georgia nsubjpass 2
was      AUX   VBD be      auxpass   2
invaded  VERB  VBN invade  ROOT      2
by       ADP   IN  by      agent     2
Russia   PROPN NNP Russia  pobj      3
.        PUNCT .   .       punct     2
"""
PASSIVE_NO_AGENT = """
Georgia  PROPN NNP Georgia nsubjpass 2
was      AUX   VBD be      auxpass   2
invaded  VERB  VBN invade  ROOT      2
.        PUNCT .   .       punct     2
"""
CONJOINED = """
Russia   PROPN NNP Russia  nsubj 1
annexed  VERB  VBD annex   ROOT  1
Georgia  PROPN NNP Georgia dobj  1
and      CCONJ CC  and     cc    1
invaded  VERB  VBD invade  conj  1
Ukraine  PROPN NNP Ukraine dobj  4
.        PUNCT .   .       punct 1
"""
RELATIVE = """
Russia   PROPN NNP Russia  nsubj 6
,        PUNCT ,   ,       punct 0
which    PRON  WDT which   nsubj 3
invaded  VERB  VBD invade  relcl 0
Georgia  PROPN NNP Georgia dobj  3
,        PUNCT ,   ,       punct 0
is       AUX   VBZ be      ROOT  6
big      ADJ   JJ  big     acomp 6
.        PUNCT .   .       punct 6
"""
LIGHT_VERB = """
Russia   PROPN NNP Russia  nsubj 1
launched VERB  VBD launch  ROOT  1
an       DET   DT  an      det   3
attack   NOUN  NN  attack  dobj  1
on       ADP   IN  on      prep  3
Ukraine  PROPN NNP Ukraine pobj  4
.        PUNCT .   .       punct 1
"""
LIGHT_VERB_NO_EVENT = """
Russia   PROPN NNP Russia  nsubj 1
launched VERB  VBD launch  ROOT  1
a        DET   DT  a       det   3
website  NOUN  NN  website dobj  1
.        PUNCT .   .       punct 1
"""
FUTURE_FRAME = """
Russia   PROPN NNP Russia  nsubj 1
wants    VERB  VBZ want    ROOT  1
to       PART  TO  to      aux   3
meet     VERB  VB  meet    xcomp 1
Ukraine  PROPN NNP Ukraine dobj  3
.        PUNCT .   .       punct 1
"""
WISHED_FRAME = """
Kenya       PROPN NNP Kenya      nsubj 1
hopes       VERB  VBZ hope       ROOT  1
Uganda      PROPN NNP Uganda     nsubj 4
will        AUX   MD  will       aux   4
meet        VERB  VB  meet       ccomp 1
Ukraine     PROPN NNP Ukraine    dobj  4
.           PUNCT .   .          punct 1
"""
GOVERNING_FRAME = """
Armenia    PROPN NNP Armenia    nsubj 1
urged      VERB  VBD urge       ROOT  1
Azerbaijan PROPN NNP Azerbaijan dobj  1
to         PART  TO  to         aux   4
release    VERB  VB  release    xcomp 1
the        DET   DT  the        det   6
prisoners  NOUN  NNS prisoner   dobj  4
.          PUNCT .   .          punct 1
"""
DEMAND = """
Russia     PROPN NNP Russia     nsubj 1
said       VERB  VBD say        ROOT  1
that       SCONJ IN  that       mark  5
Sudan      PROPN NNP Sudan      nsubj 5
must       AUX   MD  must       aux   5
return     VERB  VB  return     ccomp 1
the        DET   DT  the        det   7
helicopter NOUN  NN  helicopter dobj  5
.          PUNCT .   .          punct 1
"""
DEMAND_OF_NOBODY = """
Russia     PROPN NNP Russia     nsubj 1
said       VERB  VBD say        ROOT  1
that       SCONJ IN  that       mark  5
the        DET   DT  the        det   4
frontier   NOUN  NN  frontier   nsubj 5
should     AUX   MD  should     aux   5
return     VERB  VB  return     ccomp 1
.          PUNCT .   .          punct 1
"""
REDUCED_PASSIVE = """
the      DET   DT   the      det    1
Uyghurs  PROPN NNPS Uyghurs  ROOT   1
deported VERB  VBN  deport   acl    1
by       ADP   IN   by       agent  2
Thailand PROPN NNP  Thailand pobj   3
"""
REDUCED_PASSIVE_NOBODY = """
a        DET   DT  a        det      2
video    NOUN  NN  video    compound 2
message  NOUN  NN  message  ROOT     2
released VERB  VBN release  acl      2
Sunday   PROPN NNP Sunday   npadvmod 3 B-DATE
"""
NOMINAL = """
Russia   PROPN NNP Russia   poss  2
's       PART  POS 's       case  0
invasion NOUN  NN  invasion nsubj 5
of       ADP   IN  of       prep  2
Ukraine  PROPN NNP Ukraine  pobj  3
failed   VERB  VBD fail     ROOT  5
.        PUNCT .   .        punct 5
"""
NOMINAL_NOBODY = """
The      DET   DT  the      det   1
invasion NOUN  NN  invasion nsubj 2
failed   VERB  VBD fail     ROOT  2
.        PUNCT .   .        punct 2
"""
MOVEMENT = """
Russian  ADJ   JJ  Russian  amod  1
troops   NOUN  NNS troop    nsubj 2
moved    VERB  VBD move     ROOT  2
into     ADP   IN  into     prep  2
Ukraine  PROPN NNP Ukraine  pobj  3
.        PUNCT .   .        punct 2
"""
MOVEMENT_NOT_MILITARY = """
The      DET   DT  the      det   1
children NOUN  NNS child    nsubj 2
moved    VERB  VBD move     ROOT  2
into     ADP   IN  into     prep  2
Ukraine  PROPN NNP Ukraine  pobj  3
.        PUNCT .   .        punct 2
"""


def _verb(aux: str, verb: str, lemma: str, neg: bool = False) -> str:
    """ "Russia <aux> [not] <verb> Ukraine." """
    rows = ["Russia PROPN NNP Russia nsubj 3", f"{aux} AUX MD {aux} aux 3"]
    rows.append("not PART RB not neg 3" if neg else "really ADV RB really advmod 3")
    rows += [f"{verb} VERB VB {lemma} ROOT 3", "Ukraine PROPN NNP Ukraine dobj 3", ". PUNCT . . punct 3"]
    return "\n".join(rows)


def _triples(table: str, quotes=None) -> list[tuple[str, str | None, str | None, str]]:
    doc = parse(table)
    events = code_events(doc, article(doc, COUNTRIES, quotes=quotes))
    return [
        (e.type, e.actor.code[:3] if e.actor and e.actor.code else None,
         e.recipient.code[:3] if e.recipient and e.recipient.code else None, e.trigger.text)
        for e in events
    ]


@pytest.mark.parametrize(
    ("table", "expected"),
    [
        (ACTIVE, [("ASSAULT", "RUS", "GEO", "invaded")]),
        (PASSIVE, [("ASSAULT", "RUS", "GEO", "invaded")]),  # the agent acts
        (PASSIVE_NO_AGENT, [("ASSAULT", None, "GEO", "invaded")]),  # the passive subject is acted on
        (CONJOINED, [("COERCE", "RUS", "GEO", "annexed"), ("ASSAULT", "RUS", "UKR", "invaded")]),
        (RELATIVE, [("ASSAULT", "RUS", "GEO", "invaded")]),  # "which" is Russia
        (LIGHT_VERB, [("ASSAULT", "RUS", "UKR", "launched an attack")]),  # one event, not two
        (LIGHT_VERB_NO_EVENT, []),
        (FUTURE_FRAME, [("CONSULT", "RUS", "UKR", "meet")]),
        (GOVERNING_FRAME, [("REQUEST", "ARM", "AZE", "urged")]),  # "release" is not coded again
        (DEMAND, [("REQUEST", "RUS", "SDN", "return")]),
        (DEMAND_OF_NOBODY, []),  # nobody is asked: no demand; "return" with no coded party is no event (issue 12)
        (REDUCED_PASSIVE, [("COERCE", "THA", None, "deported")]),
        (REDUCED_PASSIVE_NOBODY, []),  # "a video message released Sunday": no one acts on anyone
        (NOMINAL, [("ASSAULT", "RUS", "UKR", "invasion")]),
        (NOMINAL_NOBODY, []),
        (MOVEMENT, [("MOBILIZE", "RUS", "UKR", "moved")]),
        (MOVEMENT_NOT_MILITARY, []),
    ],
    ids=lambda v: v.strip().split("\n")[0][:30] if isinstance(v, str) else None,
)
def test_constructions(table: str, expected: list[tuple]) -> None:
    assert _triples(table) == expected


@pytest.mark.parametrize(
    ("aux", "verb", "lemma", "neg", "expected"),
    [
        ("did", "support", "support", True, "REJECT"),  # negated cooperation is a refusal
        ("will", "attack", "attack", False, "THREATEN"),  # announced force is a threat
        ("would", "support", "support", False, "AGREE"),  # a stated intention to cooperate
        ("will", "support", "support", False, "AGREE"),
        ("could", "attack", "attack", False, "ASSAULT"),  # a possibility is no threat (aux hypothetical)
        ("did", "attack", "attack", True, None),  # a denied attack did not happen: nothing (issue 12)
    ],
)
def test_type_shifts(aux: str, verb: str, lemma: str, neg: bool, expected: str | None) -> None:
    assert [t[0] for t in _triples(_verb(aux, verb, lemma, neg))] == ([expected] if expected else [])


def test_we_inside_a_quote_is_the_speakers_side() -> None:
    table = """
We       PRON  PRP we       nsubj 1
support  VERB  VBP support  ROOT  1
Ukraine  PROPN NNP Ukraine  dobj  1
.        PUNCT .   .        punct 1
"""
    assert _triples(table, quotes=[("We support Ukraine", "Victoria Nuland", "USA")]) == [
        ("SUPPORT", "USA", "UKR", "support")
    ]
    assert _triples(table) == [("SUPPORT", None, "UKR", "support")]  # outside a quote: nobody known


# -- each rule on its own anchor --------------------------------------------------------------


def _coder(table: str) -> tuple[Coder, object]:
    doc = parse(table)
    return Coder(Context(doc, article(doc, COUNTRIES), default_rules())), doc


@pytest.mark.parametrize(
    ("rule", "table", "anchor", "construction"),
    [
        (c.demand, DEMAND, 5, "demand"),
        (c.demand, DEMAND_OF_NOBODY, 6, None),
        (c.demand, ACTIVE, 1, None),  # no modal of obligation
        (c.future_frame, FUTURE_FRAME, 1, "future_frame"),
        (c.future_frame, ACTIVE, 1, None),
        (c.carrier_without_event, LIGHT_VERB_NO_EVENT, 1, "carrier_without_event"),
        (c.carrier_without_event, LIGHT_VERB, 1, None),
        (c.reduced_passive, REDUCED_PASSIVE, 2, "reduced_passive"),
        (c.reduced_passive, PASSIVE, 2, None),  # a full passive is a clause
        (c.clause, ACTIVE, 1, "clause"),
        (c.clause, NOMINAL, 5, None),  # "failed" is in no lexicon
        (c.nominal, NOMINAL, 2, "nominal"),
        (c.nominal, NOMINAL_NOBODY, 1, None),
        (c.movement, MOVEMENT, 2, "movement"),
        (c.movement, MOVEMENT_NOT_MILITARY, 2, None),
    ],
)
def test_each_rule_on_its_anchor(rule, table: str, anchor: int, construction: str | None) -> None:
    coder, doc = _coder(table)
    candidate = rule(coder, doc[anchor], c.SentenceState())
    assert (candidate.construction if candidate else None) == construction


def test_future_frame_marks_its_complement() -> None:
    coder, doc = _coder(FUTURE_FRAME)
    candidate = c.future_frame(coder, doc[1], c.SentenceState())
    assert candidate is not None and candidate.event is None and candidate.future == {3: "future"}
    assert [e.aux for e in code_events(doc, article(doc, COUNTRIES))] == ["future"]


def test_future_frame_makes_a_clause_with_its_own_subject_a_wish() -> None:
    """"Kenya hopes Uganda will meet Ukraine": a wish about another party, hypothetical, not Kenya's plan."""
    coder, doc = _coder(WISHED_FRAME)
    candidate = c.future_frame(coder, doc[1], c.SentenceState())
    assert candidate is not None and candidate.future == {4: "hypothetical"}


def test_governing_frame_claims_its_complement() -> None:
    coder, doc = _coder(GOVERNING_FRAME)
    candidate = c.clause(coder, doc[1], c.SentenceState())
    assert candidate is not None and {4} <= candidate.claims and {6} <= candidate.nouns


def test_light_verb_claims_its_noun() -> None:
    coder, doc = _coder(LIGHT_VERB)
    trigger = c.verb_trigger(coder, doc[1])
    assert trigger is not None and (trigger.kind, trigger.end.i, set(trigger.nouns)) == ("ASSAULT", 3, {3})


def test_movement_continues_the_mobilisation_before_it() -> None:
    """"Russia has 100,000 troops in Belarus, with another 30,000 going to Ukraine": linked by index."""
    table = """
Russia   PROPN NNP Russia   nsubj 1
has      VERB  VBZ have     ROOT  1
100,000  NUM   CD  100,000  nummod 3
troops   NOUN  NNS troop    dobj  1
in       ADP   IN  in       prep  3
Georgia  PROPN NNP Georgia  pobj  4
,        PUNCT ,   ,        punct 1
another  DET   DT  another  det   8
30,000   NUM   CD  30,000   nsubj 9
going    VERB  VBG go       advcl 1
to       ADP   IN  to       prep  9
Ukraine  PROPN NNP Ukraine  pobj  10
.        PUNCT .   .        punct 1
"""
    doc = parse(table)
    coder = Coder(Context(doc, article(doc, COUNTRIES), default_rules()))
    state = c.resolve_sentence(coder, doc[:])
    coded = [(n, k.construction, k.event.type, k.event.recipient.code) for n, k in enumerate(state.candidates) if k.event]
    assert coded == [(0, "clause", "MOBILIZE", "GEO"), (1, "movement", "MOBILIZE", "UKR")]
    moved = state.candidates[1]
    assert moved.continues == 0 and moved.event is not None and moved.event.actor is not None
    assert moved.event.actor.code == "RUS"  # the mobilisation's actor carries over
    assert moved.event.quantities == ["30,000"]


def test_the_registry_lists_each_construction_once_in_order() -> None:
    names = [construction.name for construction in c.REGISTRY]
    assert names == ["demand", "blame", "epithet", "disparaged", "concerned", "receipt", "future_frame", "conditional_threat", "carrier_without_event", "reduced_passive", "clause", "joint_action", "appositive_epithet", "disparaged_deed", "nominal", "movement"]


# -- grammar readings ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "lemma", "guess"),
    [
        ("staged", "stag", "stage"),  # the tagger's lemma is wrong; a guess is right
        ("occupied", "occupied", "occupy"),
        ("shelling", "shelling", "shell"),
        ("bombs", "bombs", "bomb"),
    ],
)
def test_lemma_guesses(word: str, lemma: str, guess: str) -> None:
    doc = parse(f"{word} VERB VBD {lemma} ROOT 0")
    assert guess in grammar.lemma_guesses(doc[0])


@pytest.mark.parametrize(
    ("aux", "expected"),
    [("will", "future"), ("could", "hypothetical"), ("did", None)],
)
def test_aux_mode(aux: str, expected: str | None) -> None:
    doc = parse(_verb(aux, "attack", "attack"))
    assert grammar.aux_mode(doc[3], {}, default_rules()) == expected


# -- rules are data -----------------------------------------------------------------------------


def _copy_of_packaged_data(tmp_path: Path) -> Path:
    files = packaged()
    load_rules(files)  # reads every file the rules use, so copy_to writes them all
    files.copy_to(tmp_path)
    return tmp_path


def test_default_rules_are_read_once() -> None:
    assert default_rules() is default_rules()


def test_rules_from_other_files_change_what_is_coded(tmp_path: Path) -> None:
    root = _copy_of_packaged_data(tmp_path)
    verbs = root / "plover" / "verbs.tsv"
    verbs.write_text(
        "".join(line for line in verbs.read_text(encoding="utf-8").splitlines(keepends=True) if not line.startswith("invade\t")),
        encoding="utf-8",
    )
    doc = parse(ACTIVE)
    partial = article(doc, COUNTRIES)
    assert [e.type for e in code_events(doc, partial)] == ["ASSAULT"]
    assert code_events(doc, partial, rules=load_rules(DataFiles(root))) == []


def test_rules_saved_and_read_back_are_equal(tmp_path: Path) -> None:
    assert load_rules(DataFiles(_copy_of_packaged_data(tmp_path))) == default_rules()


@pytest.mark.parametrize(
    ("relpath", "line", "message"),
    [
        ("events/pronouns.tsv", "zorg\tfourth_person\n", "unknown class"),
        ("events/settings.toml", "surprise = 3\n", "unknown keys"),
        ("events/calendar.tsv", "someday\tday\tsoon\n", "bad row"),
        ("events/modes.tsv", "spoon\tutensil\tprimitive\n", "unknown kind"),
        ("events/modes.tsv", "spoon\tinstrument\n", "expected 3"),
    ],
)
def test_a_bad_data_file_is_a_config_error(tmp_path: Path, relpath: str, line: str, message: str) -> None:
    root = _copy_of_packaged_data(tmp_path)
    with (root / relpath).open("a", encoding="utf-8") as handle:
        handle.write(line)
    with pytest.raises(ConfigError, match=message):
        load_rules(DataFiles(root))


def test_a_missing_data_file_is_a_config_error(tmp_path: Path) -> None:
    root = _copy_of_packaged_data(tmp_path)
    shutil.rmtree(root / "events")
    with pytest.raises(ConfigError, match="not found"):
        load_rules(DataFiles(root))


DATA = Path(__file__).resolve().parents[1] / "parley" / "data"


@pytest.mark.parametrize("path", sorted((DATA / "events").iterdir()), ids=lambda p: p.name)
def test_every_event_data_file_says_what_it_is(path: Path) -> None:
    assert path.read_text(encoding="utf-8").startswith("#")
