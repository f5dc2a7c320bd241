"""parley as spaCy components: factories, Doc._ values, span groups, saving, other pipelines, processes.

Each use shown in docs/components.md is a test here. The tests without the model build their Docs
with ``spacy.blank("en")``; the others run the bundled English model on the seed article.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

import parley
from parley.datafiles import DataFiles
from parley.errors import ConfigError, ExtractionError, InputError, ModelNotInstalledError
from parley.extract import docdata
from parley.extract.components import COMPONENTS, ParleyComponent, add_components, component_names, load_rules
from parley.extract.people import Person
from parley.extract.pipeline import available_steps
from parley.models import Article, Span
from parley.nlp import MODEL_NAME

REPO = Path(__file__).resolve().parents[1]
EXTENSIONS = ("parley_sentences", "parley_entities", "parley_attributions", "parley_terms", "parley_events",
              "parley_provenance")


def _model_dir() -> Path:
    """The bundled model's data directory: the same model, loaded by path instead of by name."""
    package = Path(spacy.util.get_package_path(MODEL_NAME))
    return next(p for p in package.iterdir() if (p / "config.cfg").is_file())


def _values(doc: Doc) -> dict[str, Any]:
    return {name: doc._.get(name) for name in EXTENSIONS}


@pytest.fixture(scope="module")
def full() -> Language:
    return parley.load()


@pytest.fixture(scope="module")
def seed_doc(full: Language, seed_text: str) -> Doc:
    return full(seed_text)


# -- registration and declarations (no model) -------------------------------------------------------

@pytest.mark.parametrize(("name", "reads", "writes"), [
    ("parley_sentences", [], ["doc._.parley_sentences"]),
    ("parley_people", [], ["doc._.parley_people", "doc.spans"]),
    ("parley_entities", [], ["doc._.parley_entities", "doc.spans"]),
    ("parley_attributions", [], ["doc._.parley_attributions", "doc.spans"]),
    ("parley_terms", ["doc._.parley_entities"], ["doc._.parley_terms", "doc.spans"]),
    ("parley_events", ["doc._.parley_entities", "doc._.parley_attributions"], ["doc._.parley_events", "doc.spans"]),
    ("parley_provenance", ["doc._.parley_sentences", "doc._.parley_attributions"],
     ["doc._.parley_provenance", "doc.spans"]),
])
def test_factory_declares_what_it_reads_and_writes(name: str, reads: list[str], writes: list[str]) -> None:
    meta = Language.get_factory_meta(name)
    assert [r for r in meta.requires if r.startswith("doc._.")] == reads
    assert {"token.dep", "doc.sents"} <= set(meta.requires)
    assert meta.assigns == writes
    assert meta.default_config == {"data_dir": None, "spans_prefix": "parley"}


def test_factories_are_found_through_the_entry_point_without_importing_parley() -> None:
    script = (
        "import sys, spacy\n"
        "nlp = spacy.blank('en')\n"
        "for name in sys.argv[1:]: nlp.add_pipe(name)\n"
        "print(nlp.pipe_names, 'parley' in sys.modules)\n"
    )
    shown = subprocess.run([sys.executable, "-c", script, *COMPONENTS], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == f"{list(COMPONENTS)} True"  # the entry point imported parley itself


def test_a_component_without_the_components_it_reads_says_which_to_add() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("parley_events")
    with pytest.raises(ConfigError) as caught:
        nlp("Russia invaded Ukraine.")
    message = str(caught.value)
    assert "parley_entities, parley_attributions" in message
    assert "nlp.add_pipe('parley_entities', before='parley_events')" in message


@pytest.mark.parametrize(("have", "add", "expected"), [
    ([], None, list(COMPONENTS)),
    ([], ["parley_attributions", "parley_people"], ["parley_people", "parley_attributions"]),
    (["parley_people", "parley_events"], ["parley_entities", "parley_attributions"],
     ["parley_people", "parley_entities", "parley_attributions", "parley_events"]),
    (["parley_people"], ["parley_people"], ["parley_people"]),  # already there: nothing added
])
def test_add_components_keeps_pipeline_order(have: list[str], add: list[str] | None, expected: list[str]) -> None:
    nlp = spacy.blank("en")
    for name in have:
        nlp.add_pipe(name)
    add_components(nlp, add)
    assert nlp.pipe_names == expected


def test_add_components_refuses_an_unknown_name() -> None:
    with pytest.raises(ConfigError, match="parley_quotes"):
        add_components(spacy.blank("en"), ["parley_quotes"])


@pytest.mark.parametrize(("steps", "expected"), [
    (None, list(COMPONENTS)),
    (["attributions"], ["parley_attributions"]),
    (["terms", "sentences"], ["parley_sentences", "parley_terms"]),
    ([], []),
])
def test_component_names(steps: list[str] | None, expected: list[str]) -> None:
    assert component_names(steps) == expected


def test_rule_adapter_uses_a_modules_load_rules_and_the_defaults_otherwise(tmp_path: Path, monkeypatch) -> None:
    package = tmp_path / "fake_rules"
    package.mkdir()
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "rules.py").write_text("def load_rules(files):\n    return ('rules from', files)\n", encoding="utf-8")
    (tmp_path / "plain_rules.py").write_text("", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    files = DataFiles(tmp_path)
    assert load_rules("fake_rules", files) == ("rules from", files)
    assert load_rules("plain_rules", files) is None


def test_data_dir_from_config_and_initialize(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe("parley_sentences", config={"data_dir": str(tmp_path)})
    assert isinstance(component, ParleyComponent) and Path(str(component.files.root)) == tmp_path
    elsewhere = tmp_path / "other"
    elsewhere.mkdir()
    component.initialize(data_dir=str(elsewhere))
    assert Path(str(component.files.root)) == elsewhere


def test_from_disk_of_a_missing_directory_is_a_config_error(tmp_path: Path) -> None:
    component = spacy.blank("en").add_pipe("parley_people")
    with pytest.raises(ConfigError, match="no saved data"):
        component.from_disk(tmp_path / "missing")


# -- Doc data without the model ---------------------------------------------------------------------

def test_people_memo_survives_doc_to_bytes() -> None:
    """Bug: find_people kept Person objects in doc.user_data, so Doc.to_bytes (nlp.pipe with
    n_process > 1) failed on every parsed article. The memo is now plain data."""
    nlp = spacy.blank("en")
    doc = nlp("Victoria Nuland spoke. Nuland left.")
    person = Person(name="Victoria Nuland", role=None, affiliation="USA", gender="f",
                    mentions=(Span(start=0, end=15, text="Victoria Nuland"), Span(start=23, end=29, text="Nuland")))
    docdata.set_people(doc, [person])
    again = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert docdata.people_from_doc(again) == [person]


def test_no_people_until_found() -> None:
    assert docdata.people_from_doc(spacy.blank("en")("No one.")) is None


@Language.component("article_probe")
def _article_probe(doc: Doc) -> Doc:
    """Reads the article metadata inside the pipe, where parley's components read it."""
    docdata.article_of(doc)
    return doc


@pytest.mark.parametrize(("context", "field", "expected"), [
    ({"url": "https://www.voanews.com/a/x.html", "published": "2025-03-14 20:30:26Z"}, "published",
     "2025-03-14T20:30:26+00:00"),
    ({"url": "https://www.voanews.com/a/x.html"}, "url", "https://www.voanews.com/a/x.html"),
    (Article(id="a1", text="Officials met on Monday.", outlet="VOA"), "outlet", "VOA"),
    ({"not_an_article_field": 1}, "metadata", {}),  # a context of the user's own is not metadata
    (None, "url", None),
    ("a context that is no article", "title", None),
])
def test_article_metadata_from_the_pipe_context(context: Any, field: str, expected: Any) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("article_probe")
    (doc, kept), = nlp.pipe([("Officials met on Monday.", context)], as_tuples=True)
    assert kept == context
    assert doc._.parley_article[field] == expected


def test_an_article_with_another_text_is_refused() -> None:
    doc = spacy.blank("en")("One text.")
    with pytest.raises(InputError, match="different text"):
        docdata.set_article(doc, Article(id="x", text="Another text."))


def test_a_doc_without_components_is_a_record_with_no_steps() -> None:
    doc = spacy.blank("en")("MOSCOW, March 3 (Reuters) - Officials met on Monday.")
    record = docdata.doc_to_article(doc)
    assert (record.text, record.steps, record.attributions, record.provenance) == (doc.text, [], [], None)
    assert record.dateline is not None and record.dateline.place == "MOSCOW"


def test_span_groups_from_plain_values() -> None:
    nlp = spacy.blank("en")
    component = nlp.add_pipe("parley_provenance")
    doc = nlp.make_doc("Published by TASS today.")
    component._write_spans(doc, {"evidence": [(0, 17, "wire", "TASS", ""), (5, 5, "", "", "")]})
    assert [(s.text, s.label_, s.kb_id_) for s in doc.spans["parley_evidence"]] == [("Published by TASS", "wire", "TASS")]


# -- the whole pipeline (the model) -----------------------------------------------------------------

@pytest.mark.slow
def test_load_is_the_base_model_with_every_component_once_per_process(full: Language) -> None:
    assert full.pipe_names[-len(COMPONENTS):] == list(COMPONENTS)
    assert {"tagger", "parser", "ner"} <= set(full.pipe_names)
    assert parley.load() is full
    assert parley.load(MODEL_NAME) is full
    assert full.analyze_pipes()["problems"] == {name: [] for name in full.pipe_names}


@pytest.mark.slow
def test_load_reads_the_model_from_the_environment(monkeypatch, full: Language) -> None:
    monkeypatch.setenv("PARLEY_MODEL", str(_model_dir()))
    other = parley.load()
    assert other is not full and other.pipe_names == full.pipe_names
    assert parley.load() is other


def test_load_of_a_missing_model_says_so() -> None:
    with pytest.raises(ModelNotInstalledError, match="no_such_model"):
        parley.load("no_such_model")


@pytest.mark.slow
def test_the_record_is_built_from_the_doc(seed_doc: Doc, seed_text: str) -> None:
    record = docdata.doc_to_article(seed_doc)
    assert record.to_dict() == parley.extract(seed_text).to_dict()  # nlp(text) reads the lead like extract()
    assert record.steps == ["sentences", "entities", "attributions", "terms", "events", "provenance"]


@pytest.mark.slow
def test_doc_values_are_plain_data_that_survive_to_bytes(full: Language, seed_doc: Doc) -> None:
    again = Doc(full.vocab).from_bytes(seed_doc.to_bytes())
    assert _values(again) == _values(seed_doc)
    assert {k: [s.text for s in g] for k, g in again.spans.items()} == \
           {k: [s.text for s in g] for k, g in seed_doc.spans.items()}


@pytest.mark.slow
def test_span_groups_of_the_seed(seed_doc: Doc) -> None:
    groups = seed_doc.spans
    assert set(groups) == {"parley_people", "parley_entities", "parley_contents", "parley_cues", "parley_sources",
                           "parley_terms", "parley_triggers", "parley_evidence"}
    first = seed_doc._.parley_attributions[0]
    content, cue, source = groups["parley_contents"][0], groups["parley_cues"][0], groups["parley_sources"][0]
    assert content.text == first["content"][0]["text"] and content.label_ == first["kind"]
    assert (cue.text, source.text) == ("has told", "US Under Secretary of State for Political Affairs Victoria Nuland")
    assert source.kb_id_ == "Victoria Nuland" and source.id_ == content.id_ == "0"
    assert ("Victoria Nuland", "PERSON") in {(s.kb_id_, s.label_) for s in groups["parley_people"]}
    assert ("Russia", "COUNTRY") in {(s.kb_id_, s.label_) for s in groups["parley_entities"]}
    assert [s.text for s in groups["parley_evidence"]] == ["has told TASS in an interview"]


@pytest.mark.slow
def test_a_users_own_pipeline_with_two_components(seed_text: str, seed_doc: Doc) -> None:
    nlp = spacy.load(MODEL_NAME)
    nlp.add_pipe("parley_people")
    nlp.add_pipe("parley_attributions")
    doc = nlp(seed_text)
    assert doc._.parley_attributions == seed_doc._.parley_attributions
    assert doc._.parley_people == seed_doc._.parley_people
    assert doc._.parley_events is None  # not in this pipeline


@pytest.mark.slow
def test_a_blank_pipeline_with_the_models_components_sourced(seed_text: str, seed_doc: Doc) -> None:
    """Another base: parley reads whatever parse it is given. (Sourced into a blank pipeline, the
    English lemmatizer loses its exception tables, "discuss" -> "discus", so events differ.)"""
    base = spacy.load(MODEL_NAME)
    nlp = spacy.blank("en")
    for name in base.pipe_names:
        nlp.add_pipe(name, source=base)
    add_components(nlp)
    doc = nlp(seed_text)
    assert all(value is not None for value in _values(doc).values())
    assert doc._.parley_attributions == seed_doc._.parley_attributions
    assert ("ASSAULT", "RUS", "UKR") in {(e["type"], (e["actor"] or {}).get("code"), (e["recipient"] or {}).get("code"))
                                         for e in doc._.parley_events}


@pytest.mark.slow
def test_a_spacy_config_file(tmp_path: Path, seed_text: str, seed_doc: Doc) -> None:
    config_text = (REPO / "docs" / "components.cfg").read_text(encoding="utf-8")
    config = spacy.util.load_config_from_str(config_text)
    nlp = spacy.util.load_model_from_config(config, auto_fill=True)
    assert nlp.pipe_names[-2:] == ["parley_people", "parley_attributions"]
    doc = nlp(seed_text)
    assert doc._.parley_attributions == seed_doc._.parley_attributions
    assert [s.text for s in doc.spans["quotes_contents"]] == [s.text for s in seed_doc.spans["parley_contents"]]
    nlp.to_disk(tmp_path / "configured")
    assert spacy.load(tmp_path / "configured")(seed_text)._.parley_attributions == doc._.parley_attributions


@pytest.mark.slow
def test_to_disk_then_spacy_load(tmp_path: Path, full: Language, seed_text: str, seed_doc: Doc) -> None:
    full.to_disk(tmp_path / "pipeline")
    for name in COMPONENTS:
        saved = {p.relative_to(tmp_path / "pipeline" / name).as_posix()
                 for p in (tmp_path / "pipeline" / name).rglob("*") if p.is_file()}
        assert saved == full.get_pipe(name).files.read  # exactly the data files it read
    loaded = spacy.load(tmp_path / "pipeline")
    assert loaded.pipe_names == full.pipe_names
    assert [t.text for t in loaded.make_doc("up,″ he said")] == [t.text for t in full.make_doc("up,″ he said")]
    assert _values(loaded(seed_text)) == _values(seed_doc)
    assert parley.load(str(tmp_path / "pipeline")).pipe_names == full.pipe_names  # nothing added twice


@pytest.mark.slow
def test_nlp_pipe_with_two_processes(full: Language, seed_text: str) -> None:
    voa = (REPO / "examples" / "voa" / "voa_stories.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [seed_text, *(json.loads(line)["text"] for line in voa[:3])]
    one = [_values(doc) for doc in full.pipe(texts)]
    two = [_values(doc) for doc in full.pipe(texts, n_process=2, batch_size=2)]
    assert two == one
    assert all(values["parley_attributions"] for values in two)


@pytest.mark.slow
def test_pipe_context_carries_the_publication_date(full: Language) -> None:
    text = "Russia invaded Ukraine on Monday, the minister said."
    pairs = [(text, {"published": "2022-02-28T10:00", "url": "https://example.org/a"}), (text, None)]
    dated, undated = (doc for doc, _ in full.pipe(pairs, as_tuples=True))
    assert dated._.parley_article["url"] == "https://example.org/a"
    assert [e["date"] for e in dated._.parley_events] == ["2022-02-28"]
    assert [e["date"] for e in undated._.parley_events] == [None]


@pytest.mark.parametrize(("steps", "error"), [
    (["terms"], "also need entities"),
    (["events", "entities"], "also need attributions"),
    (["quotes"], "unknown step"),
])
def test_extract_steps_must_include_what_they_read(steps: list[str], error: str) -> None:
    with pytest.raises(InputError, match=error):
        parley.extract("Officials met on Monday.", steps=steps)


@pytest.mark.slow
def test_extract_a_subset_of_steps() -> None:
    article = parley.extract("Security is indivisible, Lavrov said.", steps=["sentences", "entities", "terms"])
    assert article.steps == ["sentences", "entities", "terms"]
    assert article.attributions == [] and [t.text for t in article.terms] == ["Security is indivisible"]


def test_model_environment_variable_is_documented() -> None:
    assert "PARLEY_MODEL" in (REPO / "docs" / "components.md").read_text(encoding="utf-8")


def test_components_run_in_the_order_of_the_record_fields() -> None:
    steps = [spec.step for spec in COMPONENTS.values() if spec.step != "people"]
    assert tuple(steps) == docdata.RECORD_STEPS == tuple(available_steps())


def test_a_rule_that_breaks_names_the_component_and_the_article() -> None:
    def broken(doc: Doc, rules: Any) -> Any:
        raise KeyError("boom")

    component = ParleyComponent("parley_sentences", dataclasses.replace(COMPONENTS["parley_sentences"], run=broken))
    doc = spacy.blank("en")("Officials met.")
    docdata.set_article(doc, {"url": "https://example.org/a"})
    article_id = doc._.parley_article["id"]
    with pytest.raises(ExtractionError, match=f"parley_sentences failed on article {article_id}: 'boom'"):
        component(doc)


@pytest.mark.parametrize(("prefix", "groups"), [(None, []), ("parley", ["parley_people"]), ("mine", ["mine_people"])])
def test_spans_prefix_names_the_span_groups(prefix: str | None, groups: list[str]) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("parley_people", config={"spans_prefix": prefix})
    doc = nlp("Nobody is named here.")
    assert doc._.parley_people == []
    assert list(doc.spans) == groups
