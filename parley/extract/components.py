"""parley as spaCy pipeline components: ``nlp.add_pipe("parley_attributions")``.

Each step of the extraction is a component (``Doc -> Doc``) registered as a spaCy factory here and
through the ``spacy_factories`` entry point, so ``spacy.load`` of a saved pipeline and a spaCy
config file find them without importing parley first:

=====================  ================================  =====================================
factory                reads (earlier components)        writes
=====================  ================================  =====================================
``parley_sentences``   the parse (sentences)             ``Doc._.parley_sentences``
``parley_people``      the parse, NER                    ``Doc._.parley_people``, ``parley_people`` spans
``parley_entities``    the parse, NER, people            ``Doc._.parley_entities``, ``parley_entities`` spans
``parley_attributions``  the parse, NER, people          ``Doc._.parley_attributions``, ``parley_contents``,
                                                         ``parley_cues``, ``parley_sources`` spans
``parley_terms``       entities                          ``Doc._.parley_terms``, ``parley_terms`` spans
``parley_events``      entities, attributions            ``Doc._.parley_events``, ``parley_triggers`` spans
``parley_provenance``  sentences, attributions           ``Doc._.parley_provenance``, ``parley_evidence`` spans
=====================  ================================  =====================================

People are found on demand by the entity and attribution components when ``parley_people`` did not
run (one shared memo on the Doc); a component whose earlier components are missing says which to
add. Values on ``Doc._`` are plain data (see :mod:`parley.extract.docdata`); the typed record is
:func:`parley.extract.docdata.doc_to_article`.

Settings (``default_config``): ``data_dir``, a directory of data files replacing the packaged
``parley/data`` for this component, and ``spans_prefix``, the prefix of the ``doc.spans`` groups it
writes (``null`` for none). Lexicons are loaded by ``initialize()`` (or on the first Doc), saved by
``to_disk`` (exactly the data files the component read) and loaded back by ``from_disk``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, Optional

from spacy.language import Language
from spacy.tokens import Doc

from parley.datafiles import DataFiles
from parley.errors import ConfigError, ExtractionError, ParleyError
from parley.extract import docdata
from parley.models import ExtractedArticle

docdata.register_extensions()

if TYPE_CHECKING:
    from spacy.tokens import Span as SpacySpan

__all__ = ["COMPONENTS", "ParleyComponent", "add_components", "component_names"]

# A rule's result as plain data, and the span groups it fills: group suffix -> [(start, end, label, kb_id, id)].
SpanRows = dict[str, list[tuple[int, int, str, str, str]]]


@dataclass(frozen=True)
class Spec:
    """What one component does: which rule module it runs, what it needs from earlier components."""

    step: str  # "attributions"; also the ExtractedArticle field for record-producing steps
    extension: str  # the Doc._ attribute it sets
    module: str  # the rule module, imported on first use
    needs: tuple[str, ...]  # steps whose Doc._ values it reads
    run: Callable[[Doc, Any], Any]  # (doc, rules or None) -> typed records (None: it set Doc._ itself)
    spans: Callable[[Any], SpanRows] | None = None


# -- the rule adapter -------------------------------------------------------------------------------

def load_rules(module_name: str, files: DataFiles) -> Any:
    """The rules of a rule module read from ``files``, or None for the module's own defaults.

    A rule module that reads its word lists and settings through :class:`DataFiles` exposes
    ``load_rules(files)`` (in the module or its ``rules`` submodule) and takes ``rules=`` in its entry
    function; one that does not yet reads its packaged tables itself.
    """
    for candidate in (module_name, f"{module_name}.rules"):
        try:
            module = importlib.import_module(candidate)
        except ModuleNotFoundError as exc:
            if exc.name != candidate:
                raise
            continue
        loader = getattr(module, "load_rules", None)
        if callable(loader):
            return loader(files)
    importlib.import_module(module_name)  # at least have the rule module ready before the first Doc
    return None


def _with_rules(function: Callable[..., Any], *args: Any, rules: Any) -> Any:
    return function(*args) if rules is None else function(*args, rules=rules)


def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


# -- what each step runs ----------------------------------------------------------------------------

def _partial(doc: Doc, steps: Sequence[str]) -> ExtractedArticle:
    """The typed view of what earlier components found, for rules written over records."""
    return docdata.doc_to_article(doc, steps)


def _run_sentences(doc: Doc, rules: Any) -> Any:
    from parley.extract.sentences import sentence_spans

    return sentence_spans(doc)


def _run_people(doc: Doc, rules: Any) -> Any:
    if doc._.get(docdata.PEOPLE) is None:
        # find_people's worker is the entry that takes rules; find_people itself is the shared memo.
        people = _with_rules(_module("parley.extract.people")._find_people, doc, docdata.text_of(doc), rules=rules)
        docdata.set_people(doc, people)
    return None


def _run_entities(doc: Doc, rules: Any) -> Any:
    return _with_rules(_module("parley.extract.entities").find_entities, doc, docdata.text_of(doc), rules=rules)


def _run_attributions(doc: Doc, rules: Any) -> Any:
    # The attribution step's own run: the parse and quote rules, then transcript turns and readout
    # speakers (issue 15), which read the article's title, outlet, URL and date.
    run = _module("parley.extract.attributions").STEP.run
    return _with_rules(run, doc, _partial(doc, ()), rules=rules)


def _run_terms(doc: Doc, rules: Any) -> Any:
    return _with_rules(_module("parley.extract.terms").find_terms, doc, _partial(doc, ("entities",)), rules=rules)


def _run_events(doc: Doc, rules: Any) -> Any:
    partial = _partial(doc, ("entities", "attributions"))
    return _with_rules(_module("parley.extract.events").code_events, doc, partial, rules=rules)


def _run_provenance(doc: Doc, rules: Any) -> Any:
    partial = _partial(doc, ("sentences", "attributions"))
    return _with_rules(_module("parley.extract.provenance").find_provenance, partial, rules=rules)


# -- the span groups each step fills ----------------------------------------------------------------

def _people_spans(people: list[dict[str, Any]]) -> SpanRows:
    return {"people": [(m["start"], m["end"], "PERSON", p["name"], "") for p in people for m in p["mentions"]]}


def _entity_spans(entities: list[dict[str, Any]]) -> SpanRows:
    return {"entities": [(m["start"], m["end"], e["type"], e["name"], e.get("code") or "")
                         for e in entities for m in e["mentions"]]}


def _attribution_spans(attributions: list[dict[str, Any]]) -> SpanRows:
    rows: SpanRows = {"contents": [], "cues": [], "sources": []}
    for index, record in enumerate(attributions):
        speaker = (record.get("speaker") or {}).get("name") or ""
        for span in record["content"]:
            rows["contents"].append((span["start"], span["end"], record["kind"], speaker, str(index)))
        for group, key in (("cues", "cue"), ("sources", "source")):
            if record.get(key):
                rows[group].append((record[key]["start"], record[key]["end"], record["kind"], speaker, str(index)))
    return rows


def _term_spans(terms: list[dict[str, Any]]) -> SpanRows:
    return {"terms": [(t["start"], t["end"], "TERM", "", "") for t in terms]}


def _event_spans(events: list[dict[str, Any]]) -> SpanRows:
    return {"triggers": [(e["trigger"]["start"], e["trigger"]["end"], e["type"], "", str(index))
                         for index, e in enumerate(events)]}


def _provenance_spans(provenance: dict[str, Any]) -> SpanRows:
    evidence = provenance.get("evidence")
    source = provenance.get("original_source") or ""
    return {"evidence": [(evidence["start"], evidence["end"], provenance.get("original_channel") or "", source, "")]
            if evidence else []}


_SPECS: tuple[Spec, ...] = (
    Spec("sentences", "parley_sentences", "parley.extract.sentences", (), _run_sentences),
    Spec("people", docdata.PEOPLE, "parley.extract.people", (), _run_people, _people_spans),
    Spec("entities", "parley_entities", "parley.extract.entities", (), _run_entities, _entity_spans),
    Spec("attributions", "parley_attributions", "parley.extract.attributions", (), _run_attributions,
         _attribution_spans),
    Spec("terms", "parley_terms", "parley.extract.terms", ("entities",), _run_terms, _term_spans),
    Spec("events", "parley_events", "parley.extract.events", ("entities", "attributions"), _run_events,
         _event_spans),
    Spec("provenance", "parley_provenance", "parley.extract.provenance", ("sentences", "attributions"),
         _run_provenance, _provenance_spans),
)
# Component name -> its spec, in pipeline order (later components read what earlier ones wrote).
COMPONENTS: dict[str, Spec] = {f"parley_{spec.step}": spec for spec in _SPECS}
_BY_STEP = {spec.step: name for name, spec in COMPONENTS.items()}


def component_names(steps: Iterable[str] | None = None) -> list[str]:
    """Component names in pipeline order, for every step or for the given step names."""
    if steps is None:
        return list(COMPONENTS)
    wanted = set(steps)
    return [name for name, spec in COMPONENTS.items() if spec.step in wanted]


# -- the component ----------------------------------------------------------------------------------

class ParleyComponent:
    """One parley step as a spaCy component (see the module docs for what each reads and writes)."""

    def __init__(self, name: str, spec: Spec, *, data_dir: str | None = None, spans_prefix: str | None = "parley"):
        self.name = name
        self.spec = spec
        self.spans_prefix = spans_prefix
        self.files = DataFiles(Path(data_dir)) if data_dir else DataFiles()
        self.rules: Any = None
        self._ready = False

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name} data={self.files.root}>"

    # -- lexicons

    def initialize(self, get_examples: Callable[[], Iterable[Any]] | None = None, *,
                   nlp: Language | None = None, data_dir: str | None = None) -> None:
        """Load the lexicons (from ``data_dir`` when given, else this component's data files)."""
        if data_dir:
            self.files = DataFiles(Path(data_dir))
        self._ready = False
        self._load()

    def _load(self) -> Any:
        if not self._ready:
            self.rules = load_rules(self.spec.module, self.files)
            self._ready = True
        return self.rules

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Save exactly the data files this component reads."""
        self._load()
        Path(path).mkdir(parents=True, exist_ok=True)
        self.files.copy_to(Path(path))

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> ParleyComponent:
        """Read the lexicons from a directory written by :meth:`to_disk`."""
        if not Path(path).is_dir():
            raise ConfigError(f"{self.name}: no saved data directory at {path}")
        self.files = DataFiles(Path(path))
        self._ready = False
        self._load()
        return self

    # -- running

    def __call__(self, doc: Doc) -> Doc:
        rules = self._load()
        self._check_needs(doc)
        try:
            value = self.spec.run(doc, rules)
        except ParleyError:
            raise
        except Exception as exc:  # a bug in one rule must name the component and the article
            article = (doc._.get(docdata.ARTICLE) or {}).get("id", "(no id)")
            raise ExtractionError(f"{self.name} failed on article {article}: {exc}") from exc
        if value is not None:
            docdata.set_step(doc, self.spec.step, value)
        if self.spans_prefix and self.spec.spans is not None:
            self._write_spans(doc, self.spec.spans(doc._.get(self.spec.extension)))
        return doc

    def _check_needs(self, doc: Doc) -> None:
        missing = [step for step in self.spec.needs if doc._.get(COMPONENTS[_BY_STEP[step]].extension) is None]
        if missing:
            names = [_BY_STEP[step] for step in missing]
            adds = "; ".join(f"nlp.add_pipe({n!r}, before={self.name!r})" for n in names)
            raise ConfigError(
                f"{self.name} reads what {', '.join(names)} put on the Doc, and they did not run before it: "
                f"{adds} (or use parley.load(), which adds every parley component in order)"
            )

    def _write_spans(self, doc: Doc, rows: SpanRows) -> None:
        for group, found in rows.items():
            spans: list[SpacySpan] = []
            for start, end, label, kb_id, span_id in found:
                if end <= start:  # "expand" would widen an empty span to the token around it
                    continue
                span = doc.char_span(start, end, label=label, kb_id=kb_id, span_id=span_id, alignment_mode="expand")
                if span is not None:
                    spans.append(span)
            doc.spans[f"{self.spans_prefix}_{group}"] = spans


def _factory(step: str) -> Callable[..., ParleyComponent]:
    component = _BY_STEP[step]

    def make(nlp: Language, name: str, data_dir: str | None, spans_prefix: str | None) -> ParleyComponent:
        return ParleyComponent(name, COMPONENTS[component], data_dir=data_dir, spans_prefix=spans_prefix)

    make.__name__ = make.__qualname__ = f"make_{step}"
    make.__doc__ = f"The ``{component}`` component (see :mod:`parley.extract.components`)."
    # spaCy validates a component's config against these; under postponed evaluation they would be strings.
    make.__annotations__ = {"nlp": Language, "name": str, "data_dir": Optional[str],  # noqa: UP045
                            "spans_prefix": Optional[str], "return": ParleyComponent}  # noqa: UP045
    return make


def _requires(spec: Spec) -> list[str]:
    # token.pos is read too, but the English models set it in the attribute ruler, which declares nothing.
    parse = ["token.dep", "token.head", "token.tag", "token.lemma", "doc.sents"]
    ner = ["doc.ents"] if spec.step in ("people", "entities", "attributions") else []
    return [*parse, *ner, *(f"doc._.{COMPONENTS[_BY_STEP[s]].extension}" for s in spec.needs)]


def _assigns(spec: Spec) -> list[str]:
    return [f"doc._.{spec.extension}", *(["doc.spans"] if spec.spans is not None else [])]


def _register() -> dict[str, Callable[..., ParleyComponent]]:
    made = {}
    for name, spec in COMPONENTS.items():
        make = _factory(spec.step)
        Language.factory(name, requires=_requires(spec), assigns=_assigns(spec),
                         default_config={"data_dir": None, "spans_prefix": "parley"}, func=make)
        made[name] = make
    return made


# The factories, by name: the targets of the ``spacy_factories`` entry points in pyproject.toml.
_FACTORIES = _register()
make_sentences = _FACTORIES["parley_sentences"]
make_people = _FACTORIES["parley_people"]
make_entities = _FACTORIES["parley_entities"]
make_attributions = _FACTORIES["parley_attributions"]
make_terms = _FACTORIES["parley_terms"]
make_events = _FACTORIES["parley_events"]
make_provenance = _FACTORIES["parley_provenance"]


def add_components(nlp: Language, names: Sequence[str] | None = None, **config: Any) -> Language:
    """Add the parley components ``nlp`` lacks (all, or ``names``), each after the ones it follows.

    ``config`` (``data_dir``, ``spans_prefix``) goes to every component added.
    """
    wanted = list(COMPONENTS) if names is None else list(names)
    unknown = [n for n in wanted if n not in COMPONENTS]
    if unknown:
        raise ConfigError(f"unknown parley component(s) {', '.join(unknown)}; known: {', '.join(COMPONENTS)}")
    for name in COMPONENTS:
        if name not in wanted or name in nlp.pipe_names:
            continue
        earlier = [n for n in nlp.pipe_names if n in COMPONENTS and list(COMPONENTS).index(n) < list(COMPONENTS).index(name)]
        later = [n for n in nlp.pipe_names if n in COMPONENTS and n not in earlier]
        where: dict[str, Any] = {"after": earlier[-1]} if earlier else {"before": later[0]} if later else {}
        nlp.add_pipe(name, config=dict(config), **where)
    return nlp
