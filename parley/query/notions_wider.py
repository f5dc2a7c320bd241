"""The wider debate around a notion: what else each side says where the notion is discussed.

A side may argue about the same matter without the notion's words: the White House speaks of NATO's
"open door" and the freedom to "choose their own alliances" where the Kremlin speaks of "indivisible
security". This module finds the debate by pseudo-relevance feedback:

1. **co-occurring terms**: the notion terms of the index (:meth:`parley.store.Store.notion_term_spread`)
   that stand in the windows around the notion's mentions (its statements and the reporter's sentences),
   ranked by windows holding them times the log of their rarity in the corpus; a term holding the
   notion's rarest word is one of its wordings, not the debate around it;
2. **the debate**: every statement of the compared sides, in the notion's period, on those terms or
   with a passage sharing enough of the words around the notion's mentions
   (:mod:`parley.query.notions_overlap`: one index query for both), less the notion's own statements and
   their syndicated copies, so that nothing is counted in both sections; each read as its passages;
3. **each side there**: counts, speakers, its statements per term, its distinctive words (the same
   log-odds as the comparison's key terms) and its most representative statements; statements two or
   more sides made together are counted once, in a joint section (:func:`parley.query.notions.columns`).

Windows and limits are ``parley/data/notions/wider.toml``. No article record is read.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.datafiles import DataFiles
from parley.notions.matching import Notion, NotionMatch, content_keys, find, tokenize
from parley.notions.sides import Side
from parley.store.base import Store

if TYPE_CHECKING:
    from parley.query.notions import NotionResult, Statement, WiderDebate, WiderTerm

__all__ = ["around_mentions", "cooccurring_terms", "wider_debate"]


@dataclass(frozen=True)
class Settings:
    window_chars: int
    min_cooccurrences: int
    min_articles: int
    terms: int
    overlap_words: int
    min_overlap: float
    min_shared: int
    overlap_pairs: int
    period_days: int
    smoothing: int


@lru_cache(maxsize=1)
def _settings() -> Settings:
    return DataFiles().settings("notions/wider.toml", Settings)


def _windows(statement: Statement, chars: int) -> list[str]:
    """The statement's text within ``chars`` of each of its matches (overlapping windows joined)."""
    spans: list[tuple[int, int, int]] = []  # content span index, start, end
    for match in statement.matches:
        for index, span in enumerate(statement.content):
            start, end = max(span.start, match.start - chars), min(span.end, match.end + chars)
            if start >= end:
                continue
            while start > span.start and not span.text[start - span.start - 1].isspace():
                start -= 1  # whole words: "weeks ago", not "eeks ago"
            while end < span.end and not span.text[end - span.start].isspace():
                end += 1
            if spans and spans[-1][0] == index and start <= spans[-1][2]:
                spans[-1] = (index, spans[-1][1], max(end, spans[-1][2]))
            else:
                spans.append((index, start, end))
    return [statement.content[i].text[a - statement.content[i].start : b - statement.content[i].start] for i, a, b in spans]


@lru_cache(maxsize=1)
def _others_frame() -> re.Pattern[str]:
    cues = DataFiles().ordered_words("notions/others_frame.txt")
    return re.compile(r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.IGNORECASE)


def _own_words(window: str) -> str:
    """The window less its sentences that report or reject the other side's frame ("which our colleagues
    keep reiterating", "the only element that suits them"); the window itself when every sentence does."""
    if not _others_frame().search(window):  # most windows: one search, not one per sentence
        return window
    sentences = re.split(r"(?<=[.;!?])\s+", window)
    own = [s for s in sentences if not _others_frame().search(s)]
    return " ".join(own) if own else window


def around_mentions(statement: Statement) -> Statement:
    """The statement with only its text within ``window_chars`` of each mention of the notion (windows
    joined by " … "), less the sentences that report the other side's frame (``others_frame.txt``); the
    whole text when it has no mention to centre on."""
    windows = [_own_words(w) for w in _windows(statement, _settings().window_chars)]
    return statement.model_copy(update={"text": " … ".join(windows)}) if windows else statement


def _window_keys(statement: Statement, chars: int) -> frozenset[str]:
    """The folded keys of the text within ``chars`` of each mention of the notion, inside the statement."""
    return frozenset(k for window in _windows(statement, chars) for token in tokenize(window) for k in token.keys)


def _in_order(text: str, phrase: str) -> bool:
    """Whether the term's words stand in its own order in a match: a term of the debate is a wording, not
    a notion that may be turned round: "NATO's open door", "open-door policy"; not "the door to
    diplomacy remains open"."""
    found = [key for token in tokenize(text) for key in token.keys]
    at = 0
    for key in content_keys(phrase):
        if key not in found[at:]:
            return False
        at = found.index(key, at) + 1
    return True


def _worded(statement: Statement) -> Statement | None:
    """The statement with only its matches that word a term in the term's order; None if none do."""
    kept = [(m, p) for m, p in zip(statement.matches, statement.phrases, strict=True) if _in_order(m.text, p)]
    if len(kept) == len(statement.matches):
        return statement
    return statement.model_copy(update={"matches": [m for m, _ in kept], "phrases": [p for _, p in kept]}) if kept else None


def cooccurring_terms(store: Store, notion: Notion, mentions: Sequence[Statement], limit: int | None = None) -> list[WiderTerm]:
    """The terms standing most often beside the notion, and rare enough in the corpus to say something."""
    from parley.query.notions import WiderTerm

    settings = _settings()
    windows = [_window_keys(s, settings.window_chars) for s in mentions]
    spread, total = store.notion_term_spread(settings.min_articles)
    if not windows or not spread:
        return []
    single = {key: articles for key, _, articles in spread if " " not in key}
    rarest = min(sorted(notion.words), key=lambda w: single.get(w, 0))
    scored: list[tuple[float, int, str, frozenset[str], int]] = []
    for key, surface, articles in spread:
        words = frozenset(key.split())
        if len(words) < 2 or rarest in words or not content_keys(surface):
            continue
        together = sum(1 for window in windows if words <= window)
        if together >= settings.min_cooccurrences:
            scored.append((together * math.log(max(total, articles) / articles), together, surface, words, articles))
    scored.sort(key=lambda t: (-t[0], -t[1], t[2]))
    kept: list[tuple[float, int, str, frozenset[str], int]] = []
    for entry in scored:
        nested = [i for i, other in enumerate(kept) if entry[3] <= other[3] or other[3] <= entry[3]]
        if nested:  # "founding act" beside "nato-russia founding act": one of them, the shorter
            if all(entry[3] < kept[i][3] for i in nested):  # it stands in every window the longer does,
                kept[nested[0]] = entry  # and its statements hold the longer's: "open door" over
                kept = [k for i, k in enumerate(kept) if i not in nested[1:]]  # "open door policy"
            continue
        kept.append(entry)
    return [WiderTerm(term=surface, cooccurrences=together, articles=articles)
            for _, together, surface, _, articles in kept[: limit or settings.terms]]


def _merged(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _term_hits(text: str, topic: Notion | None, *, in_order: bool = True) -> list[NotionMatch]:
    """The matches of ``topic`` in ``text`` (each worded in its term's order, unless ``in_order`` is False),
    read only near the words of its phrases."""
    from parley.query.notions_overlap import term_regions

    if topic is None:
        return []
    # a key is a prefix of its words: a phrase none of whose keys' words is in the text cannot match
    return [m for a, b in term_regions(text, topic.phrase_keys, _TERM_REACH) for m in find(topic, text, a, b)
            if not in_order or _in_order(m.text, m.phrase)]


_TERM_REACH = 120  # characters either side of a term's word read for the term: more than a phrase spans


def _read_in_debate(statement: Statement, topic: Notion | None, words: dict[str, float],
                    exclude: frozenset[str], settings: Settings) -> Statement | None:
    """The statement (whole) cut to its passages in the debate: ``window_chars`` around each term of the
    debate (worded in the term's order) and its passages sharing the notion's words
    (:func:`parley.query.notions_overlap.passages`), less the sentences reporting the other side's frame;
    None when it has neither."""
    from parley.query.notions_overlap import passages, sentence_bounds

    text, reach = statement.text, settings.window_chars
    hits = _term_hits(text, topic)
    ranges = [(max(0, m.start - reach), min(len(text), m.end + reach)) for m in hits]
    ranges += passages(text, words, exclude, reach, settings.min_overlap, settings.min_shared)
    if not ranges:
        return None
    whole = _merged(sentence_bounds(text, ranges))
    cut = " … ".join(_own_words(text[a:b].strip()) for a, b in whole)
    return statement.model_copy(update={"text": cut, "phrases": sorted({m.phrase for m in hits})})


def _period(statements: Sequence[Statement], since: str | None, until: str | None,
            days: int) -> tuple[str | None, str | None]:
    """The dates of the debate: from ``days`` before the notion's first statement to ``days`` after its
    last (inside ``since`` and ``until``): what the sides said about it then, not a year later."""
    dates = sorted(s.published[:10] for s in statements if s.published)
    if not dates:
        return since, until
    first = (date.fromisoformat(dates[0]) - timedelta(days=days)).isoformat()
    last = (date.fromisoformat(dates[-1]) + timedelta(days=days)).isoformat()
    return max(since or first, first), min(until or last, last)


def wider_debate(
    store: Store, notion: Notion, result: NotionResult, sides: Sequence[Side], *, since: str | None = None,
    until: str | None = None, top: int = 3, terms: int = 10,
) -> WiderDebate:
    """Each side's statements on the terms that co-occur with the notion or sharing enough of the words
    around it, the notion's own left out."""
    from parley.query.notions import (
        WiderDebate,
        WiderSide,
        _collapse,
        _dates,
        _in_range,
        _key_terms,
        _prior,
        _representative,
        columns,
        joint_summary,
    )
    from parley.query.notions_overlap import candidates, surfaces

    settings = _settings()
    found = cooccurring_terms(store, notion, [*result.statements, *result.reporter])
    topic = Notion(found[0].term, tuple(t.term for t in found[1:])) if found else None
    own_columns, _ = columns(result.statements, sides)
    # the words around the notion, the other side's frame included: the subject, not the side's stance
    windows = [[" … ".join(_windows(s, settings.window_chars)) for s in own_columns[side.name]] for side in sides]
    since, until = _period(result.statements, since, until, settings.period_days)
    words, pool = candidates(store, windows, [s.article_id for s in result.statements], sides, notion.words,
                             topic.phrase_keys if topic else (), dates=_dates(since, until),
                             limit=settings.overlap_words, pairs=settings.overlap_pairs, smoothing=settings.smoothing)
    # the notion's own statements are above, syndicated copies included (collapsed there, whole here)
    own = {(s.article_id, s.attribution_index) for s in result.statements}
    pool = [s for s in pool if (s.article_id, s.attribution_index) not in own and _in_range(s.published, since, until)
            and not _term_hits(s.text, notion, in_order=False)]
    statements = [r for s in pool if (r := _read_in_debate(s, topic, words, notion.words, settings))]
    statements, _ = _collapse(store, statements)  # syndicated copies: one, with the others' outlets
    if not statements:
        return WiderDebate(terms=found, sides=[], statements=0, unassigned=0, words=surfaces(windows, list(words), notion.words))
    topic_words = notion.words | (topic.words if topic else frozenset())
    for term in found:
        term.statements = sum(1 for s in statements if term.term in s.phrases)
    prior, prior_total = _prior(store, statements, notion.words)
    summaries = []
    by_side, joint = columns(statements, sides)  # a joint statement once, in the joint section
    for side in sides:
        mine = by_side[side.name]
        others = [s for name, theirs in by_side.items() if name != side.name for s in theirs]
        names = sorted({s.speaker for s in mine if s.speaker})
        per_term = Counter(p for s in mine for p in set(s.phrases))
        summaries.append(WiderSide(
            side=side.name, statements=len(mine), speakers=len(names), speaker_names=names,
            terms={t.term: per_term.get(t.term, 0) for t in found},
            on_terms=sum(1 for s in mine if s.phrases),
            key_terms=_key_terms(mine, others, prior, prior_total, notion.words, terms),
            representative=_representative(list({s.text: s for s in mine}.values()), top, topic_words),
            joint=sum(1 for s in joint if side.name in s.sides),
        ))
    together = joint_summary(joint, top, topic_words)
    together.representative = _representative(list({s.text: s for s in joint}.values()), top,
                                              topic_words) if joint else []
    return WiderDebate(terms=found, sides=summaries, statements=len(statements),
                       unassigned=sum(1 for s in statements if not s.sides), joint=together, words=surfaces(windows, list(words), notion.words),
                       on_terms=sum(1 for s in statements if s.phrases))
