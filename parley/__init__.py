"""parley: who said what, to whom, through which outlet, about which notion.

The public API is small::

    import parley
    article = parley.extract(text, url=..., published=...)
    nlp = parley.load()          # the spaCy pipeline with parley's components
    with parley.open_store("parley.db") as store: ...
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from parley.errors import (
    ConfigError,
    ExtractionError,
    InputError,
    NotFoundError,
    ParleyError,
    ReadError,
    StoreError,
)
from parley.models import (
    Addressee,
    Article,
    Attribution,
    Dateline,
    Entity,
    Event,
    ExtractedArticle,
    Failure,
    Span,
    Speaker,
)

if TYPE_CHECKING:
    from parley.store import Store

__version__ = "0.1.0"

__all__ = [
    "Addressee",
    "Article",
    "Attribution",
    "ConfigError",
    "Dateline",
    "Entity",
    "Event",
    "ExtractedArticle",
    "ExtractionError",
    "Failure",
    "InputError",
    "NotFoundError",
    "ParleyError",
    "ReadError",
    "Span",
    "Speaker",
    "Store",
    "StoreError",
    "extract",
    "load",
    "open_store",
    "read",
]


# Importing the subpackage binds ``parley.extract`` to it; the public name is the function,
# so bind it after the import (later submodule imports do not rebind a parent's attribute).
import parley.extract.pipeline as _pipeline  # noqa: E402

extract = _pipeline.extract
load = _pipeline.load


def open_store(location: str | None = None) -> "Store":
    """Open the store at a path or URL (default ``$PARLEY_DB`` or ``parley.db``)."""
    from parley.store import open_store as _open

    return _open(location)


def read(*paths: str, **options: Any) -> Any:
    """Read articles (and failures) from files, folders, globs or ``-``; see :func:`parley.ingest.read_paths`."""
    from parley.ingest import read_paths

    return read_paths(list(paths), **options)


def __getattr__(name: str) -> Any:
    if name == "Store":
        from parley.store import Store

        return Store
    raise AttributeError(f"module 'parley' has no attribute {name!r}")
