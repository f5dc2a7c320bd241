"""The extraction pipeline: a spaCy model with parley's components on top.

:func:`load` returns that pipeline (one per model per process); :func:`extract_articles` runs it over
a stream of articles and builds each typed record once, from the Doc
(:func:`parley.extract.docdata.doc_to_article`). Storage and the interfaces only ever see those
records, never spaCy objects.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from parley.errors import InputError
from parley.extract.docdata import RECORD_STEPS, article_for, doc_to_article, set_article
from parley.models import Article, ExtractedArticle

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Step", "available_steps", "extract", "extract_articles", "load"]


@dataclass(frozen=True)
class Step:
    """A rule module's entry as a plain function, ``run(doc, partial)`` -> the value for ``partial.<field>``.

    Kept for the rule modules that still declare one; the pipeline runs them as spaCy components
    (:mod:`parley.extract.components`).
    """

    name: str
    field: str
    run: Callable[["Doc", ExtractedArticle], Any]


# Step names in pipeline order; each is also the ExtractedArticle field it fills. Later steps read
# what earlier ones produced (events need attributions for asserted_by; provenance reads addressees).
_STEPS = RECORD_STEPS

_lock = threading.Lock()
_pipelines: dict[tuple[str, str | None], Language] = {}


def available_steps() -> list[str]:
    return list(_STEPS)


def load(model: str | None = None, *, data_dir: str | None = None) -> Language:
    """The whole pipeline: ``model`` (a name or directory; default ``$PARLEY_MODEL`` or the bundled
    English model) with every parley component added that it lacks.

    Loaded once per process for each (model, data_dir) and shared: do not add or remove pipes on the
    returned object; build your own with ``spacy.load`` and ``nlp.add_pipe("parley_...")`` instead.
    ``data_dir`` replaces the packaged data files of the components added.
    """
    from parley.nlp import load_model, model_name

    key = (model_name(model), data_dir)
    with _lock:
        if key not in _pipelines:
            from parley.extract.components import add_components

            nlp = load_model(key[0])
            add_components(nlp, **({"data_dir": data_dir} if data_dir else {}))
            _pipelines[key] = nlp
        return _pipelines[key]


def _chosen(steps: Sequence[str] | None) -> list[str]:
    if steps is None:
        return list(_STEPS)
    unknown = [s for s in steps if s not in _STEPS]
    if unknown:
        raise InputError(f"unknown step(s) {', '.join(unknown)}; known: {', '.join(_STEPS)}")
    from parley.extract.components import COMPONENTS

    missing = sorted({need for s in steps for need in COMPONENTS[f"parley_{s}"].needs if need not in steps})
    if missing:
        raise InputError(f"step(s) {', '.join(steps)} also need {', '.join(missing)}")
    return list(steps)


def extract_articles(
    articles: Iterable[Article], *, steps: Sequence[str] | None = None, batch_size: int = 16,
    nlp: Language | None = None,
) -> Iterator[ExtractedArticle]:
    """Extract a stream of articles through ``nlp.pipe`` (the :func:`load` pipeline unless ``nlp``)."""
    from parley.extract.components import COMPONENTS

    nlp = nlp if nlp is not None else load()
    chosen = _chosen(steps)
    # People are a helper of entities and attributions, not a record field: they run with either.
    keep = {f"parley_{s}" for s in chosen} | ({"parley_people"} if {"entities", "attributions"} & set(chosen) else set())
    disable = [name for name in nlp.pipe_names if name in COMPONENTS and name not in keep]

    def docs() -> Iterator[Doc]:
        for article in articles:
            doc = nlp.make_doc(article.text)
            set_article(doc, article)  # metadata reaches the components before they run
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size, disable=disable):
        yield doc_to_article(doc)


def extract(text: str, *, steps: Sequence[str] | None = None, **metadata: Any) -> ExtractedArticle:
    """Extract everything parley knows how to find from one text.

    >>> art = extract("MOSCOW (Reuters) - Russia said on Monday ...", url="https://example.org/a")
    >>> art.dateline.place
    'MOSCOW'
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}")
    # The same lead reading as the text reader, so the API and `parley extract FILE` agree.
    return next(extract_articles([article_for(text, **metadata)], steps=steps))
