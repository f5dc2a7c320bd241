"""What parley's components put on a spaCy ``Doc``, and the one conversion from a Doc to a record.

Each component writes its results to a ``Doc._`` extension as plain JSON-like data (dicts, lists,
strings, numbers): ``nlp.pipe(texts, n_process=2)`` ships Docs between processes with
``Doc.to_bytes()``, which msgpack-serialises ``Doc.user_data``, where those values live. Typed
records are built from them once, at the boundary, by :func:`doc_to_article`.

An extension holds ``None`` until its component has run, and a (possibly empty) value after, so a
record tells "the step found nothing" from "the step did not run" (``ExtractedArticle.steps``).

Article metadata (url, outlet, published date, dateline...) reaches the components through
``Doc._.parley_article``: set it before the components run (:func:`set_article`), or pass an
:class:`~parley.models.Article` or a dict of metadata as the context of
``nlp.pipe(pairs, as_tuples=True)``. Without either (a plain ``nlp(text)``) the article is read
from the text itself, the way ``parley.extract(text)`` reads it (title, dateline, date of the lead).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import fields, is_dataclass
from typing import TYPE_CHECKING, Any
from weakref import WeakKeyDictionary

from parley.errors import InputError
from parley.models import Article, ExtractedArticle, Span

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from parley.extract.people import Person

__all__ = [
    "ARTICLE",
    "EXTENSIONS",
    "PEOPLE",
    "RECORD_STEPS",
    "STEP_EXTENSIONS",
    "article_for",
    "article_of",
    "doc_to_article",
    "people_from_doc",
    "register_extensions",
    "set_article",
    "set_people",
    "set_step",
    "text_of",
]

ARTICLE = "parley_article"
PEOPLE = "parley_people"
# The record fields parley's components fill, one component each (``parley_<field>``), in pipeline
# order: the order of the fields of ExtractedArticle after those of the Article it extends.
RECORD_STEPS: tuple[str, ...] = tuple(
    name for name in ExtractedArticle.model_fields if name not in Article.model_fields and name != "steps"
)
# Step name (as listed in ``ExtractedArticle.steps``) -> the Doc extension holding its record field.
STEP_EXTENSIONS: dict[str, str] = {step: f"parley_{step}" for step in RECORD_STEPS}
EXTENSIONS: tuple[str, ...] = (ARTICLE, PEOPLE, *STEP_EXTENSIONS.values())

_ARTICLE_FIELDS = frozenset(Article.model_fields) - {"text"}
_registered = False
# A per-Doc cache that is never serialised: the text (``Doc.text`` joins every token anew) and the typed
# records each component built, kept beside their plain form on ``Doc._`` so that later components and
# the record reuse them instead of validating the plain data again. The plain data stays the truth: a
# typed value is used only while ``Doc._`` still holds the very object it was stored with (a Doc from
# another process, or a value replaced by the user, is read from the plain data).
_memos: WeakKeyDictionary[Doc, dict[str, Any]] = WeakKeyDictionary()


def register_extensions() -> None:
    """Declare the ``Doc._`` extensions (idempotent; every function here that reads a Doc does it first)."""
    global _registered
    if _registered:
        return
    from spacy.tokens import Doc

    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    _registered = True


def _memo(doc: "Doc") -> dict[str, Any]:
    memo = _memos.get(doc)
    if memo is None:
        memo = _memos[doc] = {}
    return memo


def text_of(doc: "Doc") -> str:
    """``doc.text``, joined once per Doc."""
    memo = _memo(doc)
    text = memo.get("text")
    if text is None:
        text = memo["text"] = doc.text
    return text


def set_step(doc: "Doc", step: str, typed: Any) -> None:
    """Put a step's typed result on ``doc``: its plain data on ``Doc._``, the typed value in the memo."""
    register_extensions()
    plain = [record.model_dump(mode="json") for record in typed] if isinstance(typed, list) else typed.model_dump(mode="json")
    doc._.set(STEP_EXTENSIONS[step], plain)
    _memo(doc)[step] = (plain, typed)


def _typed_or_plain(doc: "Doc", step: str) -> Any:
    value = doc._.get(STEP_EXTENSIONS[step])
    kept = _memo(doc).get(step)
    return kept[1] if kept is not None and kept[0] is value else value


# -- article metadata -------------------------------------------------------------------------------

def article_for(text: str, **metadata: Any) -> Article:
    """The article ``text`` is, read like the text reader reads it: title and date from the lead when
    not given, dateline, id. The same reading for ``parley.extract(text)`` and a plain ``nlp(text)``."""
    from parley.ingest.article import build_article
    from parley.ingest.dates import normalise_published
    from parley.ingest.text import find_title

    if metadata.get("title") is None or metadata.get("published") is None:
        title, written = find_title(text)
        if metadata.get("title") is None and title:
            metadata["title"] = title
        if metadata.get("published") is None and written:
            metadata["published"] = written
    if metadata.get("published") is not None:
        metadata["published"] = normalise_published(metadata["published"]) or metadata["published"]
    return build_article(text=text, **metadata)


def set_article(doc: "Doc", article: Article | Mapping[str, Any]) -> None:
    """Attach an article's metadata to ``doc`` before parley's components run.

    An :class:`Article` is taken as it is (its text must be the doc's); a mapping is metadata
    (``url``, ``outlet``, ``published``, ``title``...) for :func:`article_for` over the doc's text.
    """
    register_extensions()
    if isinstance(article, Article):
        if article.text != text_of(doc):
            raise InputError(f"article {article.id} has a different text than the doc it is attached to")
        doc._.set(ARTICLE, article.model_dump(mode="json", exclude={"text"}))
        return
    known = {key: value for key, value in article.items() if key in _ARTICLE_FIELDS or key == "metadata"}
    doc._.set(ARTICLE, article_for(text_of(doc), **known).model_dump(mode="json", exclude={"text"}))


def article_of(doc: "Doc") -> dict[str, Any]:
    """The article metadata of ``doc`` (JSON-like, without the text), read and attached on first ask."""
    register_extensions()
    found = doc._.get(ARTICLE)
    if found is None:
        context = doc._context  # the context of nlp.pipe(..., as_tuples=True), kept across processes
        set_article(doc, context if isinstance(context, Article | Mapping) else {})
        found = doc._.get(ARTICLE)
    return dict(found)


# -- the record -------------------------------------------------------------------------------------

def doc_to_article(doc: "Doc", steps: Sequence[str] | None = None) -> ExtractedArticle:
    """The typed record of everything parley's components put on ``doc`` (or only ``steps``' fields).

    The one place a Doc becomes an :class:`ExtractedArticle`; components use it too, for the typed
    view of what earlier components found.
    """
    data = article_of(doc)  # registers the extensions
    data["text"] = text_of(doc)
    ran = []
    for step, extension in STEP_EXTENSIONS.items():
        if doc._.get(extension) is None:
            continue
        ran.append(step)
        if steps is None or step in steps:
            data[step] = _typed_or_plain(doc, step)
    data["steps"] = ran
    return ExtractedArticle.model_validate(data)


# -- people (the shared memo of parley.extract.people.find_people) ------------------------------------

def set_people(doc: "Doc", people: Sequence[Person]) -> None:
    register_extensions()
    doc._.set(PEOPLE, [_plain(person) for person in people])


def people_from_doc(doc: "Doc") -> list[Person] | None:
    """The people already found in ``doc`` (by the people component or an earlier step), else None."""
    register_extensions()
    found = doc._.get(PEOPLE)
    if found is None:
        return None
    from parley.extract.people import Person

    return [Person(**{key: _typed(value) for key, value in person.items()}) for person in found]


def _plain(value: Any) -> Any:
    """A dataclass or record as msgpack-safe data: spans as ``{start, end, text}``, tuples as lists."""
    if isinstance(value, Span):
        return value.model_dump()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(item) for item in value]
    return value


def _typed(value: Any) -> Any:
    """The inverse of :func:`_plain` for a person's fields: span dicts back to spans, lists to tuples."""
    if isinstance(value, dict) and value.keys() == {"start", "end", "text"}:
        return Span(**value)
    if isinstance(value, list):
        return tuple(_typed(item) for item in value)
    return value
