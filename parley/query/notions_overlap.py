"""The wider debate by word overlap: each side's statements on the notion's subject, in its own words.

A side may argue the matter without the notion's words, or the terms beside it: the Kremlin speaks of
"indivisible security", the White House of the freedom of nations to "choose their own alliances" and of
NATO's "open door", most often in statements that say neither "indivisible security" nor a term the
Kremlin's windows hold. So the debate is also read by the words the notion's windows share:

1. **the notion's words**: the content words (the key terms' words, :mod:`parley.query.key_terms`) of
   the text around each mention of the notion (:func:`parley.query.notions_wider.around_mentions`),
   each weighted by the share of each side's windows that hold it, averaged over the sides that have
   any (the US side's 6 statements weigh as much as the Russian side's 60), times its rarity (idf)
   among the contexts of the notion index that hold any of them; the ``overlap_words`` best are kept;
2. **statements sharing them**: every statement of the compared sides (in the comparison's dates) with
   a passage of ``2 * window_chars`` characters holding at least ``min_shared`` of those words that
   carry at least ``min_overlap`` of their weight; the statement is read as those passages only (a
   transcript turn ranges far beyond them).

Settings: ``parley/data/notions/wider.toml``. No article record is read: the candidates come from the
notion index (:meth:`parley.store.Store.notion_contexts`, one query).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.models import Span
from parley.notions.index import MIN_TERM_WORD
from parley.notions.matching import stem
from parley.notions.sides import Side
from parley.query.key_terms import _TOKEN, _word_classes
from parley.store.base import NotionContext, Store
from parley.store.filters import ArticleFilter

if TYPE_CHECKING:
    from parley.query.notions import Statement

__all__ = ["candidates", "passages", "sentence_bounds", "side_shares", "surfaces", "term_regions", "weighted_words"]


@lru_cache(maxsize=64)
def _starting(keys: tuple[str, ...]) -> re.Pattern[str]:
    """The words of a text that begin with one of ``keys`` (a key is a prefix of the words it folds)."""
    first = "|".join(map(re.escape, sorted(keys, key=len, reverse=True)))
    # as _TOKEN's words: never inside one ("non-alliance" is a word of its own, and left out)
    return re.compile(rf"(?<![^\W\d_])(?<![-'’])(?:{first})[^\W\d_]*(?:['’-][^\W\d_]+)*", re.IGNORECASE)


def _words(text: str, exclude: frozenset[str], pattern: re.Pattern[str] = _TOKEN) -> list[tuple[str, int]]:
    """(key, offset) of each counted word of ``text`` (of those ``pattern`` finds): the words the key
    terms count, hyphenated compounds left out (the index keys them apart)."""
    skip, _ = _word_classes()
    found = []
    for token in pattern.finditer(text):
        word = token.group(0)
        lowered = word.lower().replace("’", "'")
        if not word[0].isalpha() or "-" in word or lowered in skip or len(lowered) < MIN_TERM_WORD:
            continue
        key = stem(word)
        if key not in exclude:
            found.append((key, token.start()))
    return found


def side_shares(windows: Sequence[Sequence[str]], exclude: frozenset[str], *, min_windows: int = 2,
                smoothing: float = 0.0) -> tuple[dict[str, float], dict[str, float]]:
    """Each word's share of each side's windows that hold it (of the windows and ``smoothing`` more: a
    word in 2 of a side's 3 windows is not two thirds of what it says), and its share of the side's
    words there, each averaged over the sides with windows; only words in ``min_windows`` windows in
    all (a word of one window is that window's, not the notion's: "covid" beside it once)."""
    sides = [[[k for k, _ in _words(text, exclude)] for text in texts] for texts in windows if texts]
    held = Counter(key for bags in sides for bag in bags for key in set(bag))
    shares: dict[str, float] = defaultdict(float)
    rates: dict[str, float] = defaultdict(float)
    for bags in sides:
        size = sum(len(b) for b in bags) or 1
        for key, n in Counter(key for bag in bags for key in set(bag)).items():
            if held[key] >= min_windows:
                shares[key] += n / (len(bags) + smoothing) / len(sides)
        for key, n in Counter(key for bag in bags for key in bag).items():
            rates[key] += n / size / len(sides)
    return dict(shares), dict(rates)


def weighted_words(shares: dict[str, float], rates: dict[str, float], background: dict[str, int], size: int,
                   limit: int) -> dict[str, float]:
    """The ``limit`` words of best share times lift: the log of their rate in the windows over their rate
    in the whole stories the windows come from (``background``: :meth:`Store.notion_word_counts`), so
    that a word of every line of a transcript ("russia", "president") weighs little or nothing."""
    scored = {}
    for key, share in shares.items():
        lift = math.log(rates[key] * max(size, 1) / max(background.get(key, 0), 1))
        if lift > 0:
            scored[key] = share * lift
    return dict(sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[:limit])


def passages(text: str, words: dict[str, float], exclude: frozenset[str], reach: int, min_share: float,
              min_shared: int) -> list[tuple[int, int]]:
    """(start, end) of each passage of at most ``2 * reach`` characters, from a word of ``words`` to
    another, holding ``min_shared`` of them and ``min_share`` of their weight; overlapping ones joined."""
    total = sum(words.values())
    lowered = text.lower()
    present = [key for key in words if key in lowered]  # a key is a prefix of its words: none is lost
    if len(present) < min_shared or sum(words[k] for k in present) < min_share * total:
        return []
    hits = [(key, at) for key, at in _words(text, exclude, _starting(tuple(sorted(words)))) if key in words]
    found: list[tuple[int, int]] = []
    held: Counter[str] = Counter()
    last = 0
    for key, at in hits:  # a window from each word to the farthest within reach
        while last < len(hits) and hits[last][1] - at <= 2 * reach:
            held[hits[last][0]] += 1
            last += 1
        if len(held) >= min_shared and sum(words[k] for k in held) >= min_share * total:
            start, end = at, _TOKEN.match(text, hits[last - 1][1]).end()  # type: ignore[union-attr]
            if found and start <= found[-1][1]:
                found[-1] = (found[-1][0], max(end, found[-1][1]))
            else:
                found.append((start, end))
        held[key] -= 1
        if not held[key]:
            del held[key]
    return found


def term_regions(text: str, phrases: Sequence[Sequence[str]], reach: int) -> list[tuple[int, int]]:
    """(start, end) of the text within ``reach`` of each word beginning with the rarest key (in ``text``) of
    one of ``phrases`` that has the phrase's other keys in reach, overlapping ones joined: where a phrase
    can match, found without tokenizing the whole text ("european security" is read around "european",
    not around every "security")."""
    lowered = text.lower()
    found = []
    for keys in phrases:
        if not keys or not all(k in lowered for k in keys):
            continue
        for m in _starting((min(keys, key=lowered.count),)).finditer(text):
            start, end = max(0, m.start() - reach), min(len(text), m.end() + reach)
            if all(k in lowered[start:end] for k in keys):
                found.append((start, end))
    regions: list[tuple[int, int]] = []
    for start, end in sorted(found):
        if regions and start <= regions[-1][1]:
            regions[-1] = (regions[-1][0], max(end, regions[-1][1]))
        else:
            regions.append((start, end))
    return regions


def surfaces(windows: Sequence[Sequence[str]], keys: Sequence[str], exclude: frozenset[str]) -> list[str]:
    """Each key's most frequent wording in the windows ("alliances" for "allianc"), in the keys' order."""
    seen: dict[str, Counter[str]] = defaultdict(Counter)
    wanted = set(keys)
    for texts in windows:
        for text in texts:
            for key, at in _words(text, exclude):
                if key in wanted:
                    seen[key][_TOKEN.match(text, at).group(0).lower()] += 1  # type: ignore[union-attr]
    return [seen[k].most_common(1)[0][0] if seen[k] else k for k in keys]


_SENTENCE_END = re.compile(r"[.!?…;](?=\s)|\n")


def sentence_bounds(text: str, ranges: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each ``(start, end)`` widened to the sentences it stands in (the text's sentence ends found once)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    widened = []
    for start, end in ranges:
        before, after = bisect_right(ends, start) - 1, bisect_left(ends, end + 1)
        widened.append((ends[before] if before >= 0 else 0, ends[after] if after < len(ends) else len(text)))
    return widened


def _statements(contexts: Sequence[NotionContext], sides: Sequence[Side]) -> list[Statement]:
    """The statements of the contexts whose speakers are on one of the sides, whole (all content spans)."""
    from parley.query.notions import Statement

    spans: dict[tuple[str, int], list[NotionContext]] = defaultdict(list)
    for c in contexts:
        if c.attribution is not None and any(side.includes(c.affiliation) for side in sides):
            spans[(c.article_id, c.attribution)].append(c)
    statements = []
    for (article_id, index), parts in spans.items():
        first = parts[0]
        statements.append(Statement.model_construct(  # the index's own values: nothing to validate
            kind="attribution", article_id=article_id, attribution_index=index, speaker=first.speaker,
            role=first.role, affiliation=first.affiliation, sides=[s.name for s in sides if s.includes(first.affiliation)],
            outlet=first.publisher, published=first.published, title=first.title,
            text=" … ".join(c.text for c in parts),
            content=[Span.model_construct(start=c.start, end=c.end, text=c.text) for c in parts],
            matches=[], phrases=[], also_published_by=[],
        ))
    return statements


def candidates(
    store: Store, windows: Sequence[Sequence[str]], articles: Sequence[str], sides: Sequence[Side],
    exclude: frozenset[str], phrases: Sequence[Sequence[str]], *, dates: ArticleFilter, limit: int, pairs: int,
    smoothing: float,
) -> tuple[dict[str, float], list[Statement]]:
    """The notion's weighted words (from each side's ``windows`` around it, in ``articles``), and the
    sides' statements, whole, where two of the best ``pairs`` words stand close together (a passage
    sharing several of them nearly always has two within a few words: "choose their own alliances") or
    that hold one of ``phrases`` (the terms beside the notion): one index query."""
    shares, rates = side_shares(windows, exclude, smoothing=smoothing)
    words: dict[str, float] = {}
    if shares:
        background, size = store.notion_word_counts(sorted(set(articles)), shares)
        words = weighted_words(shares, rates, background, size, limit)
    best = list(words)[:pairs]
    near = [[a, b] for i, a in enumerate(best) for b in best[i + 1 :]]
    if not near and not phrases:
        return words, []
    return words, _statements(store.notion_contexts([*near, *phrases], dates, statements_only=True), sides)
