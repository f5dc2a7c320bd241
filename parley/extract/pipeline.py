"""The extraction pipeline: spaCy's parse, then parley's named steps.

A step is a pure function ``(doc, partial) -> records``: it reads the spaCy
``Doc`` and what earlier steps put into the partial :class:`ExtractedArticle`,
and returns typed records that the pipeline stores under the step's field.
Storage and the interfaces only ever see those records, never spaCy objects.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from parley.errors import ExtractionError, InputError
from parley.models import Article, ExtractedArticle
from parley.nlp import get_nlp

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["Step", "available_steps", "extract", "extract_articles", "get_steps"]


@dataclass(frozen=True)
class Step:
    """A named extractor: ``run(doc, partial)`` returns the value for ``partial.<field>``."""

    name: str
    field: str
    run: Callable[["Doc", ExtractedArticle], Any]


# Step name -> "module:attribute" holding its Step. Order is execution order:
# later steps read what earlier ones produced (events need attributions for asserted_by).
_STEP_LOCATIONS: dict[str, str] = {
    "sentences": "parley.extract.sentences:STEP",
    "entities": "parley.extract.entities:STEP",
    "attributions": "parley.extract.attributions:STEP",
    "terms": "parley.extract.terms:STEP",
    "events": "parley.extract.events:STEP",
    # provenance stays last: it reads the attributions' addressees and channels.
    "provenance": "parley.extract.provenance:STEP",
}

_loaded: dict[str, Step] = {}


def available_steps() -> list[str]:
    return list(_STEP_LOCATIONS)


def get_steps(names: Sequence[str] | None = None) -> list[Step]:
    """The steps to run, in pipeline order (all of them by default)."""
    wanted = list(_STEP_LOCATIONS) if names is None else list(names)
    unknown = [n for n in wanted if n not in _STEP_LOCATIONS]
    if unknown:
        raise InputError(f"unknown step(s) {', '.join(unknown)}; known: {', '.join(_STEP_LOCATIONS)}")
    steps = []
    for name in _STEP_LOCATIONS:
        if name not in wanted:
            continue
        if name not in _loaded:
            module_name, attribute = _STEP_LOCATIONS[name].split(":")
            _loaded[name] = getattr(importlib.import_module(module_name), attribute)
        steps.append(_loaded[name])
    return steps


def _run_steps(doc: "Doc", article: Article, steps: Sequence[Step]) -> ExtractedArticle:
    result = ExtractedArticle(**article.model_dump(), steps=[step.name for step in steps])
    for step in steps:
        try:
            setattr(result, step.field, step.run(doc, result))
        except Exception as exc:  # a bug in one rule must name the step and the article
            raise ExtractionError(f"step {step.name!r} failed on article {article.id}: {exc}") from exc
    return result


def extract_articles(
    articles: Iterable[Article], *, steps: Sequence[str] | None = None, batch_size: int = 16
) -> Iterator[ExtractedArticle]:
    """Extract a stream of articles through ``nlp.pipe`` (one model per process)."""
    nlp = get_nlp()
    chosen = get_steps(steps)
    pairs = ((article.text, article) for article in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield _run_steps(doc, article, chosen)


def extract(text: str, *, steps: Sequence[str] | None = None, **metadata: Any) -> ExtractedArticle:
    """Extract everything parley knows how to find from one text.

    >>> art = extract("MOSCOW (Reuters) - Russia said on Monday ...", url="https://example.org/a")
    >>> art.dateline.place
    'MOSCOW'
    """
    if not isinstance(text, str):
        raise InputError(f"text must be a str, not {type(text).__name__}")
    from parley.ingest.article import build_article
    from parley.ingest.dates import normalise_published
    from parley.ingest.text import find_title

    if metadata.get("title") is None or metadata.get("published") is None:
        # The same lead reading as the text reader, so the API and `parley extract FILE` agree.
        title, written = find_title(text)
        if metadata.get("title") is None and title:
            metadata["title"] = title
        if metadata.get("published") is None and written:
            metadata["published"] = written
    if metadata.get("published") is not None:
        metadata["published"] = normalise_published(metadata["published"]) or metadata["published"]
    article = build_article(text=text, **metadata)
    return next(extract_articles([article], steps=steps))
