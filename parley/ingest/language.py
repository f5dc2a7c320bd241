"""A cheap, deterministic English check over the first few thousand words of a text.

English prose runs at 35-55 % English function words ("the", "of", "and", "said" ...); French,
German, Spanish or Indonesian text scores under 10 %. A text is English when

- it is too short to tell (fewer than :data:`MIN_WORDS` words), or
- at least :data:`THRESHOLD` of its words are English function words, or
- it is mostly Latin script and other languages' function words
  (``parley/data/ingest/foreign_function_words.txt``) are rarer than English ones, which keeps
  English score tables and listings ("Viera 3, Rockledge 1 ...") that have few function words.

A text mostly in another script (Cyrillic, Hangul, kana, Arabic ...) is not English. No model,
no randomness: the same text always gets the same answer.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

__all__ = ["english_function_words", "english_share", "foreign_function_words", "is_english", "language_signals"]

# Below this many words the share is too noisy to refuse a text on.
MIN_WORDS = 25
# Share of function words at or above which a text counts as English.
THRESHOLD = 0.18
# Enough words for a stable share; longer texts are not read further.
_SAMPLE_WORDS = 3000

# Share of letters outside the Latin script above which a text is not English.
MAX_NON_LATIN = 0.3

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@lru_cache(maxsize=1)
def english_function_words() -> frozenset[str]:
    path = resources.files("parley").joinpath("data/ingest/english_function_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@lru_cache(maxsize=1)
def foreign_function_words() -> frozenset[str]:
    path = resources.files("parley").joinpath("data/ingest/foreign_function_words.txt")
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def _is_latin(char: str) -> bool:
    # Basic Latin, Latin-1 letters, Latin Extended-A/B and Latin Extended Additional.
    code = ord(char)
    return code < 0x250 or 0x1E00 <= code <= 0x1EFF


def language_signals(text: str) -> dict[str, float]:
    """Words sampled, English and foreign function-word shares, and the non-Latin letter share."""
    words: list[str] = []
    letters = non_latin = 0
    for match in _WORD.finditer(text):
        word = match.group(0)
        words.append(word.casefold())
        letters += len(word)
        non_latin += sum(not _is_latin(c) for c in word)
        if len(words) >= _SAMPLE_WORDS:
            break
    count = len(words)
    english, foreign = english_function_words(), foreign_function_words()
    return {
        "words": count,
        "english": sum(w in english for w in words) / count if count else 0.0,
        "foreign": sum(w in foreign for w in words) / count if count else 0.0,
        "non_latin": non_latin / letters if letters else 0.0,
    }


def english_share(text: str) -> tuple[float, int]:
    """(share of sampled words that are English function words, number of words sampled)."""
    signals = language_signals(text)
    return signals["english"], int(signals["words"])


def is_english(text: str) -> bool:
    """True unless the text has enough words to tell and they do not read as English (see module doc)."""
    signals = language_signals(text)
    if signals["words"] == 0:
        return False
    if signals["non_latin"] > MAX_NON_LATIN:
        return False
    if signals["words"] < MIN_WORDS or signals["english"] >= THRESHOLD:
        return True
    return signals["foreign"] < signals["english"]
