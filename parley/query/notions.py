"""Notions across the store: who said what about a notion, side by side, over time.

Works on the :class:`parley.store.Store` interface only. Statements repeated
across a syndication group (the same speaker, the same words, in copies of one
story) count once; the copy kept is the group's origin when it carries the
statement, and the others are listed as "also published by".
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import Literal

from pydantic import BaseModel, Field

from parley.errors import InputError
from parley.models import ExtractedArticle, Span
from parley.notions.matching import (
    Notion,
    function_words,
    match_article,
    notion_key,
    reporter_sentences,
    resolve_notion,
    stem,
)
from parley.notions.sides import Side, member_code, parse_sides, sides_of
from parley.store.base import Store

__all__ = [
    "AlsoPublished",
    "Comparison",
    "DiscoveredNotion",
    "KeyTerm",
    "NotionResult",
    "SideSummary",
    "Statement",
    "Timeline",
    "compare",
    "discover_notions",
    "notion_matches",
    "timeline",
]

Period = Literal["week", "month"]
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


class AlsoPublished(BaseModel):
    article_id: str
    outlet: str | None = None
    published: str | None = None


class Statement(BaseModel):
    """One statement (or reporter sentence) on the notion, with where it was published."""

    kind: Literal["attribution", "reporter"]
    article_id: str
    attribution_index: int | None = None
    speaker: str | None = None
    role: str | None = None
    affiliation: str | None = None
    sides: list[str] = Field(default_factory=list)
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    text: str
    content: list[Span]
    matches: list[Span]
    phrases: list[str]
    also_published_by: list[AlsoPublished] = Field(default_factory=list)


class NotionResult(BaseModel):
    notion: str
    variants: list[str]
    statements: list[Statement]
    reporter: list[Statement]
    articles_searched: int
    repeats_collapsed: int  # statements dropped because a syndicated copy already had them


class KeyTerm(BaseModel):
    term: str
    z: float  # log-odds ratio z-score with an informative Dirichlet prior (Monroe et al. 2008)
    count: int
    other_count: int


class SideSummary(BaseModel):
    side: str
    members: list[str]
    statements: int
    speakers: int
    speaker_names: list[str]
    first: str | None = None
    last: str | None = None
    outlets: dict[str, int] = Field(default_factory=dict)
    representative: list[Statement] = Field(default_factory=list)
    key_terms: list[KeyTerm] = Field(default_factory=list)


class Timeline(BaseModel):
    notion: str
    by: Period
    periods: list[str]
    series: dict[str, list[int]]  # side -> statements per period, aligned with periods


class Comparison(BaseModel):
    notion: str
    variants: list[str]
    sides: list[SideSummary]
    unassigned: int  # statements whose speaker is on none of the sides
    reporter_sentences: int
    repeats_collapsed: int
    timeline: Timeline


class DiscoveredNotion(BaseModel):
    phrase: str  # the most frequent wording
    variants: list[str]  # other wordings folded into it
    speakers: int
    sides: int
    statements: int
    articles: int
    speaker_names: list[str]
    affiliations: list[str]


# -- matching over the store --------------------------------------------------------------------

def _as_notion(notion: Notion | str, notions: Sequence[Notion]) -> Notion:
    return notion if isinstance(notion, Notion) else resolve_notion(notion, notions)


def _prefixes(notion: Notion) -> list[list[str]]:
    # A cheap text filter before parsing matches: every key of some phrase must appear as a prefix.
    result = []
    for phrase in notion.phrases:
        keys = [stem(w) for w in _WORD.findall(phrase) if w.lower() not in function_words()]
        result.append([k[: max(2, min(len(k) - 1, 5))] for k in keys])
    return result


def _may_contain(text: str, prefixes: list[list[str]]) -> bool:
    lowered = text.lower()
    joined = lowered.replace("-", "")
    return any(all(p in lowered or p in joined for p in phrase) for phrase in prefixes)


def _in_range(published: str | None, since: str | None, until: str | None) -> bool:
    if since and (not published or published < since):
        return False
    if until and (not published or published[: len(until)] > until):
        return False
    return True


def _articles(store: Store, notion: Notion, since: str | None, until: str | None) -> Iterator[ExtractedArticle]:
    prefixes = _prefixes(notion)
    for article in store.iter_articles():
        if _in_range(article.published, since, until) and _may_contain(article.text, prefixes):
            yield article


def _normalised_words(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in function_words())


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    # Share of the longer statement's words: tolerates a changed word or two in a republished
    # quote, but a two-word headline fragment does not swallow every statement that contains it.
    return bool(a and b) and len(a & b) / max(len(a), len(b)) >= 0.6


def _same_voice(a: Statement, b: Statement) -> bool:
    # "United States" in one copy's headline is "U.S." in another's: the affiliation decides then.
    return a.speaker == b.speaker or (a.affiliation is not None and a.affiliation == b.affiliation)


def _collapse(store: Store, statements: list[Statement]) -> tuple[list[Statement], int]:
    """Keep one statement per (syndication group, speaker, words); list the other copies' outlets."""
    groups: dict[str, tuple[int, str] | None] = {}

    def group_of(article_id: str) -> tuple[int, str] | None:
        if article_id not in groups:
            group = store.syndication_group(article_id)
            groups[article_id] = (group.id, group.origin_id) if group else None
        return groups[article_id]

    kept: list[Statement] = []
    words: list[frozenset[str]] = []
    collapsed = 0
    # Origins first, so the kept copy is the origin's when it has the statement.
    def order(s: Statement) -> tuple[bool, str, str]:
        group = group_of(s.article_id)
        return (not (group and group[1] == s.article_id), s.published or "~", s.article_id)

    for statement in sorted(statements, key=order):
        group = group_of(statement.article_id)
        these = _normalised_words(statement.text)
        duplicate = None
        if group is not None:
            for i, other in enumerate(kept):
                if other.article_id == statement.article_id:
                    continue
                if group_of(other.article_id) == group and _same_voice(other, statement) and _similar(these, words[i]):
                    duplicate = other
                    break
        if duplicate is not None:
            collapsed += 1
            if statement.article_id not in {a.article_id for a in duplicate.also_published_by}:
                duplicate.also_published_by.append(
                    AlsoPublished(article_id=statement.article_id, outlet=statement.outlet, published=statement.published)
                )
            continue
        kept.append(statement)
        words.append(these)
    kept.sort(key=lambda s: (s.published or "~", s.article_id, s.attribution_index or 0, s.content[0].start))
    return kept, collapsed


def notion_matches(
    store: Store,
    notion: Notion | str,
    *,
    notions: Sequence[Notion] = (),
    sides: Sequence[Side] = (),
    since: str | None = None,
    until: str | None = None,
    reporter: bool = True,
    collapse: bool = True,
) -> NotionResult:
    """Every statement on the notion in the store (and, separately, every reporter sentence)."""
    notion = _as_notion(notion, notions)
    statements: list[Statement] = []
    reporter_statements: list[Statement] = []
    searched = 0
    for article in _articles(store, notion, since, until):
        searched += 1
        publisher = article.provenance.publisher if article.provenance and article.provenance.publisher else article.outlet
        for match in match_article(notion, article, reporter=reporter):
            attribution = match.attribution
            speaker = attribution.speaker if attribution else None
            statement = Statement(
                kind=match.kind, article_id=article.id, attribution_index=match.attribution_index,
                speaker=speaker.name if speaker else None, role=speaker.role if speaker else None,
                affiliation=speaker.affiliation if speaker else None,
                sides=[s.name for s in sides_of(speaker, sides)],
                outlet=publisher, published=article.published, title=article.title,
                text=" … ".join(span.text for span in match.context),
                content=match.context, matches=match.matches, phrases=match.phrases,
            )
            (statements if match.kind == "attribution" else reporter_statements).append(statement)
    collapsed = 0
    if collapse:
        statements, dropped = _collapse(store, statements)
        reporter_statements, dropped_reporter = _collapse(store, reporter_statements)
        collapsed = dropped + dropped_reporter
    return NotionResult(
        notion=notion.name, variants=list(notion.variants), statements=statements, reporter=reporter_statements,
        articles_searched=searched, repeats_collapsed=collapsed,
    )


# -- comparing sides -----------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _discovery_stopwords() -> frozenset[str]:
    data = resources.files("parley.data.notions").joinpath("discovery_stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in data.splitlines() if w.strip() and not w.startswith("#"))


def _term_counts(statements: Iterable[Statement], exclude: frozenset[str]) -> tuple[Counter[str], dict[str, Counter[str]]]:
    counts: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = defaultdict(Counter)
    skip = function_words() | _discovery_stopwords()
    for statement in statements:
        for word in _WORD.findall(statement.text):
            lowered = word.lower()
            if lowered in skip or len(lowered) < 3:
                continue
            key = stem(word)
            if key in exclude:
                continue
            counts[key] += 1
            surfaces[key][lowered] += 1
    return counts, surfaces


def _key_terms(
    mine: list[Statement], others: list[Statement], prior: Counter[str], exclude: frozenset[str], top: int
) -> list[KeyTerm]:
    """Words one side uses with the notion and the others do not: log-odds with an informative prior.

    The prior is the vocabulary of the articles the statements come from, so that a word common
    in the whole story (or when the other side said nothing at all) does not look distinctive.
    """
    y_i, surfaces = _term_counts(mine, exclude)
    y_j, _ = _term_counts(others, exclude)
    n_i, n_j, n_prior = sum(y_i.values()), sum(y_j.values()), sum(prior.values())
    if not n_i or not n_prior:
        return []
    alpha0 = 10.0 * max(1.0, n_prior / 100)  # prior strength grows with the background, as in Monroe et al.
    scored = []
    for word, count in y_i.items():
        alpha = alpha0 * prior[word] / n_prior
        other = y_j.get(word, 0)
        delta = math.log((count + alpha) / (n_i + alpha0 - count - alpha)) - math.log(
            (other + alpha) / (n_j + alpha0 - other - alpha)
        )
        z = delta / math.sqrt(1 / (count + alpha) + 1 / (other + alpha))
        if z > 0:
            scored.append(KeyTerm(term=surfaces[word].most_common(1)[0][0], z=round(z, 3), count=count, other_count=other))
    scored.sort(key=lambda t: (-t.z, -t.count, t.term))
    return scored[:top]


def _representative(statements: list[Statement], top: int, notion_words: frozenset[str]) -> list[Statement]:
    """The statements closest to what the side says overall: mean word overlap with its other statements.

    The notion's own words are left out (every statement has them), and a statement needs some
    words of its own: a headline fragment that is only the notion is not representative.
    """
    bags = [_normalised_words(s.text) - notion_words for s in statements]

    def centrality(i: int) -> float:
        if len(bags[i]) < 3:
            return -1.0
        scores = [len(bags[i] & bags[j]) / math.sqrt(len(bags[i]) * len(bags[j]) or 1)
                  for j in range(len(bags)) if j != i]
        return sum(scores) / len(scores) if scores else 0.0

    ranked = sorted(range(len(statements)), key=lambda i: (-centrality(i), -len(bags[i]), i))
    return [statements[i] for i in ranked[:top]]


def _period(published: str, by: Period) -> str | None:
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def _period_range(first: str, last: str, by: Period) -> list[str]:
    if by == "month":
        year, month = int(first[:4]), int(first[5:7])
        periods = []
        while f"{year:04d}-{month:02d}" <= last:
            periods.append(f"{year:04d}-{month:02d}")
            month += 1
            if month == 13:
                year, month = year + 1, 1
        return periods
    start = date.fromisocalendar(int(first[:4]), int(first[6:]), 1)
    end = date.fromisocalendar(int(last[:4]), int(last[6:]), 1)
    periods = []
    while start <= end:
        iso = start.isocalendar()
        periods.append(f"{iso.year:04d}-W{iso.week:02d}")
        start += timedelta(weeks=1)
    return periods


def _timeline(notion: str, statements: list[Statement], sides: Sequence[Side], by: Period) -> Timeline:
    if by not in ("week", "month"):
        raise InputError(f"timeline period must be week or month, not {by!r}")
    counts: dict[str, Counter[str]] = {side.name: Counter() for side in sides}
    seen: set[str] = set()
    for statement in statements:
        period = _period(statement.published, by) if statement.published else None
        if period is None:
            continue
        for side in statement.sides:
            if side in counts:
                counts[side][period] += 1
                seen.add(period)
    periods = _period_range(min(seen), max(seen), by) if seen else []
    return Timeline(
        notion=notion, by=by, periods=periods,
        series={name: [c.get(p, 0) for p in periods] for name, c in counts.items()},
    )


def _sides(sides: Sequence[Side | str]) -> list[Side]:
    specs = [s for s in sides if isinstance(s, str)]
    parsed = iter(parse_sides(specs)) if specs else iter(())
    result = [s if isinstance(s, Side) else next(parsed) for s in sides]
    if not result:
        raise InputError("compare needs at least one side, e.g. --side USA --side RUS")
    return result


def compare(
    store: Store,
    notion: Notion | str,
    sides: Sequence[Side | str],
    *,
    notions: Sequence[Notion] = (),
    since: str | None = None,
    until: str | None = None,
    by: Period = "month",
    top: int = 3,
    terms: int = 10,
) -> Comparison:
    """Each side's statements on the notion: counts, speakers, dates, representative statements, key terms."""
    chosen = _sides(sides)
    notion = _as_notion(notion, notions)
    result = notion_matches(store, notion, notions=notions, sides=chosen, since=since, until=until)
    statements = result.statements
    background_text = [
        Statement(kind="reporter", article_id=a, text=store.get_article(a).text, content=[], matches=[], phrases=[])
        for a in sorted({s.article_id for s in statements})
    ]
    prior, _ = _term_counts(background_text + statements, notion.words)
    summaries = []
    for side in chosen:
        mine = [s for s in statements if side.name in s.sides]
        others = [s for s in statements if s.sides and side.name not in s.sides]
        dates = sorted(s.published for s in mine if s.published)
        names = sorted({s.speaker for s in mine if s.speaker})
        summaries.append(SideSummary(
            side=side.name, members=list(side.members), statements=len(mine), speakers=len(names),
            speaker_names=names, first=dates[0] if dates else None, last=dates[-1] if dates else None,
            outlets=dict(Counter(s.outlet or "unknown" for s in mine).most_common()),
            representative=_representative(mine, top, notion.words),
            key_terms=_key_terms(mine, others, prior, notion.words, terms),
        ))
    return Comparison(
        notion=notion.name, variants=list(notion.variants), sides=summaries,
        unassigned=sum(1 for s in statements if not s.sides), reporter_sentences=len(result.reporter),
        repeats_collapsed=result.repeats_collapsed, timeline=_timeline(notion.name, statements, chosen, by),
    )


def timeline(
    store: Store,
    notion: Notion | str,
    sides: Sequence[Side | str],
    *,
    notions: Sequence[Notion] = (),
    by: Period = "month",
    since: str | None = None,
    until: str | None = None,
) -> Timeline:
    """Statements on the notion per side per week or month (syndicated repeats counted once)."""
    chosen = _sides(sides)
    notion = _as_notion(notion, notions)
    result = notion_matches(store, notion, notions=notions, sides=chosen, since=since, until=until, reporter=False)
    return _timeline(notion.name, result.statements, chosen, by)


# -- discovering notions -------------------------------------------------------------------------

_DEFINED = re.compile(
    r"\b(?:so-called|the (?:notion|concept|principle|idea|doctrine|policy|strategy) of)\s+[\"“‘']?"
    r"((?:[\w’'-]+\s+){0,3}[\w’'-]+)",
    re.I,
)


def _is_name(word: str) -> bool:
    return word[0].isupper() and not word.isupper()


# "the indivisible nature of security" speaks of indivisible security: these nouns only carry the relation.
_LIGHT_NOUNS = frozenset({"nature", "principle", "concept", "notion", "idea", "question", "issue", "matter",
                          "importance", "meaning", "logic", "spirit", "essence"})
_COPULAS = frozenset({"of", "is", "are", "was", "were", "remains", "remain"})


def _candidate_phrases(text: str) -> Iterator[tuple[str, str]]:
    """(surface, key phrase) candidates from a cheap tokenizer.

    Runs of 2-3 content words, "X of Y" and "X is Y", "the A nature of B" (as "A B"),
    and defined terms ("the principle of X", "so-called X"). Names are skipped.
    """
    skip = function_words() | _discovery_stopwords()
    for match in _DEFINED.finditer(text):
        words = [w.strip("\"”’',.") for w in match.group(1).split() if w.lower().strip("\"”’'") not in function_words()]
        if words:
            phrase = " ".join(words[:3])
            yield phrase, phrase
    for clause in re.split(r"[.;:!?,()\"“”\n—–]", text):
        words = _WORD.findall(clause)
        for i in range(len(words)):
            for n in (2, 3, 4):
                chunk = words[i : i + n]
                if len(chunk) < n:
                    continue
                lowered = [w.lower() for w in chunk]
                if n == 4:
                    if lowered[1] not in _LIGHT_NOUNS or lowered[2] != "of":
                        continue
                    ends = [chunk[0], chunk[3]]
                elif n == 3 and lowered[1] in _COPULAS:
                    ends = [chunk[0], chunk[2]]
                elif all(w not in skip for w in lowered):
                    ends = chunk
                else:
                    continue
                if any(w.lower() in skip or len(w) < 3 for w in ends):
                    continue
                # Names are not notions: capitalised words (not acronyms like NATO) are skipped,
                # except the first word of a clause, capitalised by position.
                if any(_is_name(w) for w in chunk[1:]) or (_is_name(chunk[0]) and i > 0):
                    continue
                yield " ".join(chunk), " ".join(ends)


def discover_notions(
    store: Store,
    *,
    limit: int = 20,
    min_speakers: int = 1,
    since: str | None = None,
    until: str | None = None,
) -> list[DiscoveredNotion]:
    """Phrases the most distinct speakers (then sides) use in their statements: where the debate is."""
    speakers: dict[frozenset[str], set[str]] = defaultdict(set)
    affiliations: dict[frozenset[str], set[str]] = defaultdict(set)
    statements: Counter[frozenset[str]] = Counter()
    articles: dict[frozenset[str], set[str]] = defaultdict(set)
    surfaces: dict[frozenset[str], Counter[str]] = defaultdict(Counter)
    for article in store.iter_articles():
        if not _in_range(article.published, since, until):
            continue
        for attribution in article.attributions:
            speaker = attribution.speaker
            if speaker is None or not speaker.name:
                continue
            seen: set[frozenset[str]] = set()
            for span in attribution.content:
                for phrase, key_phrase in _candidate_phrases(span.text):
                    key = notion_key(key_phrase)
                    if len(key) < 2 or key in seen:
                        continue
                    seen.add(key)
                    speakers[key].add(speaker.name)
                    if speaker.affiliation:
                        affiliations[key].add(member_code(speaker.affiliation))
                    statements[key] += 1
                    articles[key].add(article.id)
                    surfaces[key][phrase.lower()] += 1
        for sentence in reporter_sentences(article):  # defined terms in the reporter's words count as mentions
            for match in _DEFINED.finditer(sentence.text):
                key = notion_key(match.group(1))
                if len(key) >= 1 and key in speakers:
                    articles[key].add(article.id)
    ranked = sorted(
        (k for k in speakers if len(speakers[k]) >= min_speakers),
        key=lambda k: (-len(speakers[k]), -len(affiliations[k]), -statements[k], -len(articles[k]),
                       surfaces[k].most_common(1)[0][0]),
    )
    result = []
    for key in ranked[:limit]:
        wordings = [w for w, _ in surfaces[key].most_common()]
        result.append(DiscoveredNotion(
            phrase=wordings[0], variants=wordings[1:5], speakers=len(speakers[key]),
            sides=len(affiliations[key]), statements=statements[key], articles=len(articles[key]),
            speaker_names=sorted(speakers[key])[:10], affiliations=sorted(affiliations[key]),
        ))
    return result
