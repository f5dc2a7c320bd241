"""Key terms of a comparison: the words and two-word phrases one side uses and the others do not.

Ranked by the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi and Quinn 2008,
"Fightin' Words"): a term's z-score is its log-odds in the side's statements minus its log-odds in the
other sides', each smoothed by the prior, over the estimated standard deviation. The prior is the
vocabulary of the stories the statements come from (stored word counts) plus the statements' own terms,
so a word common in the whole story (or a side with few words) does not look distinctive.

Terms are the words of :func:`parley.notions.index.counted_words` (no function word, no stop-term of
``discovery_stopwords.txt``) and phrases of two of them with at most ``max_gap`` function words between
("open door", "territorial integrity", "choose their own alliances"); a phrase shown drops its own words
from the list when most of their uses are in it. Settings: ``parley/data/notions/key_terms.toml``.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.datafiles import DataFiles
from parley.notions.index import MIN_TERM_WORD, stop_terms
from parley.notions.matching import function_words, stem

if TYPE_CHECKING:
    from parley.query.notions import KeyTerm, Statement

__all__ = ["key_terms", "term_counts"]

_TOKEN = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[^\w\s]")


@dataclass(frozen=True)
class Settings:
    max_gap: int
    breaks: tuple[str, ...]
    min_phrase_count: int
    min_word_count: int
    min_z: float
    prior_scale: float
    prior_per: int


@lru_cache(maxsize=1)
def _settings() -> Settings:
    settings = DataFiles().settings("notions/key_terms.toml", Settings)
    return Settings(settings.max_gap, tuple(w.lower() for w in settings.breaks), settings.min_phrase_count,
                    settings.min_word_count, settings.min_z, settings.prior_scale, settings.prior_per)


@lru_cache(maxsize=1)
def _word_classes() -> tuple[frozenset[str], frozenset[str]]:
    """(words never counted: function words and stop-terms, function words a phrase may hold)."""
    return function_words() | stop_terms(), function_words() - set(_settings().breaks)


def _terms(text: str, exclude: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """(key, surface) of each word and phrase of ``text`` that can be a key term, in text order (the
    words are :func:`parley.notions.index.counted_words`'s)."""
    settings = _settings()
    skip, gap_words = _word_classes()
    found: list[tuple[str, str]] = []
    last: tuple[str, int] | None = None  # the last counted word's key and start
    gap = 0
    for token in _TOKEN.finditer(text):
        word = token.group(0)
        lowered = word.lower().replace("’", "'")
        counted = word[0].isalpha() and lowered not in skip and len(lowered) >= MIN_TERM_WORD
        key = stem(word) if counted else None
        if key is None or key in exclude:
            if key is None and lowered in gap_words and last is not None and gap < settings.max_gap:
                gap += 1  # "choose their own alliances": function words inside a phrase
            else:
                last, gap = None, 0  # punctuation, a stop-term, a break word or the notion's own word
            continue
        found.append((key, word.lower()))
        if last is not None:
            found.append((f"{last[0]} {key}", text[last[1] : token.end()].lower()))
        last, gap = (key, token.start()), 0
    return tuple(found)


def _statement_terms(statement: Statement, exclude: frozenset[str]) -> tuple[tuple[str, str], ...]:
    """:func:`_terms` of a statement's text, kept on the statement: a comparison reads each statement three
    or four times (the prior, each side's key terms); a copy with another text has its own key."""
    memo = statement._terms
    key = (statement.text, exclude)
    if key not in memo:
        memo[key] = _terms(statement.text, exclude)
    return memo[key]


def term_counts(statements: Iterable[Statement], exclude: frozenset[str]) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Counts of every word and phrase key in the statements' texts, and each key's surfaces."""
    counts: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    for statement in statements:
        for key, surface in _statement_terms(statement, exclude):
            counts[key] += 1
            surfaces[key][surface] += 1
    return counts, surfaces


def key_terms(
    mine: Sequence[Statement], others: Sequence[Statement], prior: Counter[str], n_prior: int,
    exclude: frozenset[str], top: int,
) -> list[KeyTerm]:
    """The side's terms with a positive z-score, best first: log-odds with an informative prior.

    ``prior``: counts of the background (the stories' words and the statements' own terms); ``n_prior``
    its size. A phrase needs ``min_phrase_count`` uses by the side, a word ``min_word_count`` (a word the
    side used once, the others often, can score high on a small side's few words: "talk", once against
    nine), and each a z-score of at least ``min_z``; a word most of whose uses are in a phrase listed is
    left out ("open" and "door" beside "open door")."""
    from parley.query.notions import KeyTerm

    settings = _settings()
    y_i, surfaces = term_counts(mine, exclude)
    y_j, _ = term_counts(others, exclude)
    n_i, n_j = sum(y_i.values()), sum(y_j.values())
    if not n_i or not n_prior:
        return []
    alpha0 = settings.prior_scale * max(1.0, n_prior / settings.prior_per)
    scored = []
    for key, count in y_i.items():
        if count < (settings.min_phrase_count if " " in key else settings.min_word_count):
            continue
        alpha = alpha0 * max(prior[key], count) / n_prior
        other = y_j.get(key, 0)
        delta = math.log((count + alpha) / (n_i + alpha0 - count - alpha)) - math.log(
            (other + alpha) / (n_j + alpha0 - other - alpha))
        z = delta / math.sqrt(1 / (count + alpha) + 1 / (other + alpha))
        if z > 0 and z >= settings.min_z:
            scored.append((key, KeyTerm(term=surfaces[key].most_common(1)[0][0], z=round(z, 3), count=count,
                                        other_count=other)))
    scored.sort(key=lambda t: (-t[1].z, " " not in t[0], -t[1].count, t[1].term))  # a phrase before its word
    kept: list[tuple[str, KeyTerm]] = []
    for key, term in scored:
        if len(kept) >= top:
            break
        if " " in key:  # the words it holds most uses of, listed before it, give it their place
            kept = [(k, t) for k, t in kept if " " in k or k not in key.split() or t.count >= 2 * term.count]
        elif any(" " in k and key in k.split() and term.count < 2 * t.count for k, t in kept):
            continue
        kept.append((key, term))
    return [term for _, term in kept]


def prior_counts(statements: Sequence[Statement], background: dict[str, int], size: int,
                 exclude: frozenset[str]) -> tuple[Counter[str], int]:
    """The prior of :func:`key_terms`: the stories' word counts (the notion's own words out) plus the
    statements' own words and phrases; and its size."""
    spoken, _ = term_counts(statements, exclude)
    prior = Counter({k: n for k, n in background.items() if k not in exclude and n})
    prior.update(spoken)
    # The stories' counts are of single words: a phrase's there is estimated from its share of the
    # statements' words (else a phrase, with a prior of its own uses only, would outrank every word).
    words = sum(n for k, n in spoken.items() if " " not in k)
    scale = max(1.0, (size - words) / words) if words else 1.0
    prior.update({k: round(n * scale) for k, n in spoken.items() if " " in k})
    total = size - sum(n for k, n in background.items() if k in exclude) + sum(spoken.values())
    return prior, total


def words_of(statements: Sequence[Statement], exclude: frozenset[str]) -> set[str]:
    """The single-word keys the statements use: the words whose story counts the prior needs."""
    return {key for s in statements for key, _ in _statement_terms(s, exclude) if " " not in key} | set(exclude)
