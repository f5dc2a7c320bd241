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
from dataclasses import replace
from datetime import date, timedelta
from itertools import groupby
from typing import Literal

from pydantic import BaseModel, Field, PrivateAttr

from parley.errors import InputError
from parley.extract.transcripts import publisher_side
from parley.models import Span
from parley.notions.matching import (
    Notion,
    NotionMatch,
    find,
    function_words,
    match_article,
    resolve_notion,
    stem,
)
from parley.notions.sides import Side, member_code, parse_sides
from parley.query.filters import check_sides
from parley.query.key_terms import key_terms, prior_counts, term_counts, words_of
from parley.query.notions_meaning import SideMeaning, read_contexts, side_meaning
from parley.store.base import NotionContext, NotionTermRow, Store
from parley.store.filters import ArticleFilter

__all__ = [
    "AlsoPublished",
    "Comparison",
    "DiscoveredNotion",
    "JointSummary",
    "KeyTerm",
    "NotionResult",
    "SideSummary",
    "Statement",
    "Timeline",
    "WiderDebate",
    "WiderSide",
    "WiderTerm",
    "columns",
    "compare",
    "SpeakerNotion",
    "discover_notions",
    "discover_notions_by_speaker",
    "joint_summary",
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
    # (text, words left out) -> the key terms' words and phrases of the text, read once per comparison
    # (:mod:`parley.query.key_terms`); never serialised, and gone with the statement.
    _terms: dict[tuple[str, frozenset[str]], tuple[tuple[str, str], ...]] = PrivateAttr(default_factory=dict)


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
    # What the side says the notion means or requires, the documents it cites, its months
    # (:mod:`parley.query.notions_meaning`).
    meaning: SideMeaning | None = None
    joint: int = 0  # statements it made together with another side: counted once, in the joint section


class JointSummary(BaseModel):
    """The statements made by two or more of the sides together (a joint statement, "the leaders agreed"
    on a call): counted once here and in no side's own column; each side shows how many it made."""

    sides: list[str] = Field(default_factory=list)  # the sides that made at least one of them
    statements: int = 0
    speakers: int = 0
    speaker_names: list[str] = Field(default_factory=list)
    first: str | None = None
    last: str | None = None
    by_sides: dict[str, int] = Field(default_factory=dict)  # "USA+RUS" -> statements
    representative: list[Statement] = Field(default_factory=list)


class Timeline(BaseModel):
    notion: str
    by: Period
    periods: list[str]
    series: dict[str, list[int]]  # side -> statements per period, aligned with periods
    joint: list[int] = Field(default_factory=list)  # joint statements per period (empty when there are none)


class WiderTerm(BaseModel):
    """A term that co-occurs with the notion (pseudo-relevance feedback): "nato expansion", "open door"."""

    term: str
    cooccurrences: int  # windows around the notion's mentions that hold it
    articles: int  # articles of the corpus that use it
    statements: int = 0  # statements on it in the wider debate (none of them on the notion itself)


class WiderSide(BaseModel):
    """One side's statements on the co-occurring terms, and its distinctive words there."""

    side: str
    statements: int
    speakers: int
    speaker_names: list[str]
    terms: dict[str, int] = Field(default_factory=dict)  # co-occurring term -> the side's statements on it
    key_terms: list[KeyTerm] = Field(default_factory=list)
    representative: list[Statement] = Field(default_factory=list)
    joint: int = 0  # statements it made together with another side (in the debate's joint section)
    on_terms: int = 0  # of its statements, those on a term (the others share the notion's words only)


class WiderDebate(BaseModel):
    """The debate around a notion: statements on the terms that co-occur with it, the notion's own
    statements left out (each statement is counted in one section only)."""

    terms: list[WiderTerm]
    sides: list[WiderSide]
    statements: int
    unassigned: int
    joint: JointSummary = Field(default_factory=JointSummary)
    # The content words around the notion's mentions, best first (both sides' windows weighted alike);
    # a statement sharing enough of them is in the debate without any term (parley.query.notions_overlap).
    words: list[str] = Field(default_factory=list)
    on_terms: int = 0  # statements on a term; the others share the notion's words only


class Comparison(BaseModel):
    notion: str
    variants: list[str]
    sides: list[SideSummary]
    joint: JointSummary = Field(default_factory=JointSummary)  # statements of two or more sides together
    unassigned: int  # statements whose speaker is on none of the sides
    reporter_sentences: int
    repeats_collapsed: int
    timeline: Timeline
    wider: WiderDebate | None = None


class DiscoveredNotion(BaseModel):
    phrase: str  # the most frequent wording (a plain one: not "the indivisible nature of security")
    variants: list[str]  # other wordings folded into it
    speakers: int
    sides: int
    statements: int
    articles: int  # stories it appears in (syndicated copies once), in statements or the reporter's words
    speaker_names: list[str]  # up to ten, who speaks of it most first
    affiliations: list[str]
    reporter: int = 0  # mentions in the reporter's own sentences, outside any statement


class SpeakerNotion(BaseModel):
    """A notion as one speaker uses it: their own statements on it, and how many speakers share it."""

    phrase: str
    statements: int  # this speaker's statements on it (a syndicated repeat once)
    speakers: int  # every speaker who uses it, this one included


# -- matching over the store --------------------------------------------------------------------

def _as_notion(notion: Notion | str, notions: Sequence[Notion]) -> Notion:
    return notion if isinstance(notion, Notion) else resolve_notion(notion, notions)


def _in_range(published: str | None, since: str | None, until: str | None) -> bool:
    if since and (not published or published < since):
        return False
    if until and (not published or published[: len(until)] > until):
        return False
    return True


def _sql_until(until: str | None) -> str | None:
    # The store's bound for a day, month or year equals _in_range's; a finer bound is exclusive
    # there and inclusive here, so it is checked here only.
    return until if until and len(until) in (4, 7, 10) else None


def _dates(since: str | None, until: str | None) -> ArticleFilter:
    """The date bounds, validated like every other filter (a bad date is an InputError here too)."""
    return ArticleFilter(since=since, until=until).model_copy(update={"until": _sql_until(until)})


def _span(context: NotionContext) -> Span:
    return Span(start=context.start, end=context.end, text=context.text)


def _hits(notion: Notion, context: NotionContext) -> list[NotionMatch]:
    """``find`` over one context's own text, offsets moved back into the article's text."""
    return [replace(m, start=m.start + context.start, end=m.end + context.start)
            for m in find(notion, context.text)]


def _article_matches(
    notion: Notion, contexts: list[NotionContext], *, reporter: bool
) -> Iterator[tuple[Literal["attribution", "reporter"], NotionContext, list[Span], list[NotionMatch]]]:
    """(kind, first context, statement or sentence spans, hits) for one article, as :func:`match_article`
    gives them: every statement that speaks of the notion, then every reporter sentence that does."""
    statements: dict[int, list[NotionContext]] = defaultdict(list)
    for context in contexts:
        if context.attribution is not None:
            statements[context.attribution].append(context)
    for index in sorted(statements):
        spans = statements[index]
        hits = [hit for span in spans for hit in _hits(notion, span)]
        if hits:
            yield "attribution", spans[0], [_span(c) for c in spans], hits
    if not reporter:
        return
    covered = [_span(c) for c in contexts if c.attribution is not None]
    for sentence in (c for c in contexts if c.attribution is None):
        hits = [h for h in _hits(notion, sentence)
                if not any(s.start <= h.start and h.end <= s.end for s in covered)]
        if hits:
            yield "reporter", sentence, [_span(sentence)], hits


def _normalised_words(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in function_words())


def _similar(a: frozenset[str], b: frozenset[str]) -> bool:
    # Share of the longer statement's words: tolerates a changed word or two in a republished
    # quote, but a two-word headline fragment does not swallow every statement that contains it.
    return bool(a and b) and len(a & b) / max(len(a), len(b)) >= 0.6


def _fragment(words: frozenset[str], of: frozenset[str]) -> bool:
    # A copy that ran its headline into the body reads "US believes in indivisible security" as an
    # unattributed statement: words another copy's statement already holds are that statement, not a second.
    return bool(words) and words <= of


def _same_voice(a: Statement, b: Statement) -> bool:
    # "United States" in one copy's headline is "U.S." in another's: the affiliation decides then.
    return a.speaker == b.speaker or (a.affiliation is not None and a.affiliation == b.affiliation)


def _collapse(
    store: Store, statements: list[Statement], groups: dict[str, tuple[int, str] | None] | None = None
) -> tuple[list[Statement], int]:
    """Keep one statement per (syndication group, speaker, words); list the other copies' outlets.

    ``groups``: article id -> (group id, origin id), filled as groups are looked up (pass one dict to
    several calls over the same store to look each group up once)."""
    groups = {} if groups is None else groups

    def group_of(article_id: str) -> tuple[int, str] | None:
        if article_id not in groups:
            group = store.syndication_group(article_id)
            if group is None:
                groups[article_id] = None
            else:
                key = (group.id, group.origin_id)
                groups[article_id] = key
                for member in group.members:  # one look-up per group, not per copy
                    groups[member.article_id] = key
        return groups[article_id]

    kept: list[Statement] = []
    words: list[frozenset[str]] = []
    # Kept statements of each group, in the order kept: a statement is compared with its own group's
    # only (comparing with every kept statement was quadratic: 'sanctions' at 10,000 articles).
    kept_in: dict[tuple[int, str], list[int]] = defaultdict(list)
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
            for i in kept_in[group]:
                other = kept[i]
                if other.article_id == statement.article_id:
                    continue
                if _same_voice(other, statement) and _similar(these, words[i]):
                    duplicate = other
                    break
                if statement.speaker is None and _fragment(these, words[i]):
                    duplicate = other
                    break
        if duplicate is not None:
            collapsed += 1
            if statement.article_id not in {a.article_id for a in duplicate.also_published_by}:
                duplicate.also_published_by.append(
                    AlsoPublished(article_id=statement.article_id, outlet=statement.outlet, published=statement.published)
                )
            continue
        if group is not None:
            kept_in[group].append(len(kept))
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
    return _notion_matches(
        store, _as_notion(notion, notions), sides=sides, since=since, until=until, reporter=reporter, collapse=collapse
    )


def _notion_matches(
    store: Store,
    notion: Notion,
    *,
    sides: Sequence[Side] = (),
    since: str | None = None,
    until: str | None = None,
    reporter: bool = True,
    collapse: bool = True,
) -> NotionResult:
    """Statements and reporter sentences on the notion, from the store's notion index (no record is read)."""
    statements: list[Statement] = []
    reporter_statements: list[Statement] = []
    by_article: dict[str, list[NotionContext]] = defaultdict(list)
    for context in store.notion_contexts(notion.phrase_keys, _dates(since, until)):
        by_article[context.article_id].append(context)
    searched = 0
    for article_id, contexts in by_article.items():
        if not _in_range(contexts[0].published, since, until):
            continue
        searched += 1
        for kind, first, spans, hits in _article_matches(notion, contexts, reporter=reporter):
            statement = Statement(
                kind=kind, article_id=article_id, attribution_index=first.attribution,
                speaker=first.speaker, role=first.role, affiliation=first.affiliation,
                sides=[s.name for s in sides if s.includes(first.affiliation)] if kind == "attribution" else [],
                outlet=first.publisher, published=first.published, title=first.title,
                text=" … ".join(span.text for span in spans), content=spans,
                matches=[h.span() for h in hits], phrases=[h.phrase for h in hits],
            )
            (statements if kind == "attribution" else reporter_statements).append(statement)
    collapsed = 0
    if collapse:
        groups: dict[str, tuple[int, str] | None] = {}
        statements, dropped = _collapse(store, statements, groups)
        reporter_statements, dropped_reporter = _collapse(store, reporter_statements, groups)
        collapsed = dropped + dropped_reporter
    return NotionResult(
        notion=notion.name, variants=list(notion.variants), statements=statements, reporter=reporter_statements,
        articles_searched=searched, repeats_collapsed=collapsed,
    )


def _scanned_matches(
    store: Store, notion: Notion, *, since: str | None = None, until: str | None = None, reporter: bool = True
) -> NotionResult:
    """The same result by reading every record (the index's reference: tests and the benchmark check
    that both agree). Slow on a large store; not used by the commands."""
    statements: list[Statement] = []
    reporter_statements: list[Statement] = []
    searched = 0
    for article in store.iter_articles(_dates(since, until)):
        if not _in_range(article.published, since, until):
            continue
        searched += 1
        publisher = article.provenance.publisher if article.provenance and article.provenance.publisher else article.outlet
        for match in match_article(notion, article, reporter=reporter):
            speaker = match.attribution.speaker if match.attribution else None
            statement = Statement(
                kind=match.kind, article_id=article.id, attribution_index=match.attribution_index,
                speaker=speaker.name if speaker else None, role=speaker.role if speaker else None,
                affiliation=speaker.affiliation if speaker else None, outlet=publisher,
                published=article.published, title=article.title,
                text=" … ".join(span.text for span in match.context),
                content=match.context, matches=match.matches, phrases=match.phrases,
            )
            (statements if match.kind == "attribution" else reporter_statements).append(statement)
    statements, dropped = _collapse(store, statements)
    reporter_statements, dropped_reporter = _collapse(store, reporter_statements)
    return NotionResult(
        notion=notion.name, variants=list(notion.variants), statements=statements, reporter=reporter_statements,
        articles_searched=searched, repeats_collapsed=dropped + dropped_reporter,
    )


# -- comparing sides -----------------------------------------------------------------------------

def _term_counts(statements: Iterable[Statement], exclude: frozenset[str]) -> tuple[Counter[str], dict[str, Counter[str]]]:
    return term_counts(statements, exclude)


def _key_terms(
    mine: list[Statement], others: list[Statement], prior: Counter[str], n_prior: int, exclude: frozenset[str],
    top: int,
) -> list[KeyTerm]:
    """Words and phrases one side uses with the notion and the others do not (:mod:`parley.query.key_terms`)."""
    return key_terms(mine, others, prior, n_prior, exclude, top)


def _prior(store: Store, statements: list[Statement], exclude: frozenset[str]) -> tuple[Counter[str], int]:
    """The key terms' prior: the words of the whole stories the statements come from, and their own terms."""
    background, total = store.notion_word_counts(sorted({s.article_id for s in statements}),
                                                 words_of(statements, exclude))
    return prior_counts(statements, background, total, exclude)


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
    joint: Counter[str] = Counter()
    seen: set[str] = set()
    for statement in statements:
        period = _period(statement.published, by) if statement.published else None
        on = [side for side in statement.sides if side in counts]
        if period is None or not on:
            continue
        (counts[on[0]] if len(on) == 1 else joint)[period] += 1  # a joint statement once, apart
        seen.add(period)
    periods = _period_range(min(seen), max(seen), by) if seen else []
    return Timeline(
        notion=notion, by=by, periods=periods,
        series={name: [c.get(p, 0) for p in periods] for name, c in counts.items()},
        joint=[joint.get(p, 0) for p in periods] if joint else [],
    )


def columns(statements: Sequence[Statement], sides: Sequence[Side]) -> tuple[dict[str, list[Statement]], list[Statement]]:
    """Each side's own statements, and the joint ones: a statement whose speakers are on two or more of
    the sides (a joint statement, both parties of a call) is in no side's column but in the joint one,
    so that no statement is counted twice. Statements on none of the sides are in neither."""
    own: dict[str, list[Statement]] = {side.name: [] for side in sides}
    joint: list[Statement] = []
    for statement in statements:
        on = [side for side in statement.sides if side in own]
        if len(on) == 1:
            own[on[0]].append(statement)
        elif on:
            joint.append(statement)
    return own, joint


def joint_summary(joint: list[Statement], top: int, notion_words: frozenset[str]) -> JointSummary:
    """The joint section: who made the statements together, when, and the most representative ones."""
    dates = sorted(s.published for s in joint if s.published)
    names = sorted({s.speaker for s in joint if s.speaker})
    return JointSummary(
        sides=list(dict.fromkeys(side for s in joint for side in s.sides)), statements=len(joint),
        speakers=len(names), speaker_names=names, first=dates[0] if dates else None,
        last=dates[-1] if dates else None,
        by_sides=dict(Counter("+".join(s.sides) for s in joint).most_common()),
        representative=_representative(joint, top, notion_words) if joint else [],
    )


def _sides(store: Store, sides: Sequence[Side | str]) -> list[Side]:
    specs = [s for s in sides if isinstance(s, str)]
    parsed = iter(parse_sides(specs)) if specs else iter(())
    result = [s if isinstance(s, Side) else next(parsed) for s in sides]
    if not result:
        raise InputError("compare needs at least one side, e.g. --side USA --side RUS")
    seen: dict[str, str] = {}
    for side in result:  # a member on two sides would count each of its statements for both
        for member in side.members:
            if seen.setdefault(member, side.name) != side.name:
                raise InputError(f"sides {seen[member]} and {side.name} both hold {member}: a statement of theirs "
                                 "would count for both; put each member on one side only")
    return check_sides(store, result)


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
    wider: bool = False,
) -> Comparison:
    """Each side's statements on the notion: counts, speakers, dates, representative statements, key terms;
    the statements two or more sides made together once, in a joint section (:func:`columns`); with ``wider``, the same for the statements on the terms that co-occur with the notion (a section apart)."""
    chosen = _sides(store, sides)
    notion = _as_notion(notion, notions)
    result = _notion_matches(store, notion, sides=chosen, since=since, until=until)
    statements = result.statements
    from parley.query.notions_wider import around_mentions

    # Key terms read what each statement says around the notion (window_chars of wider.toml): a
    # 20,000-character address's far end ("Lenin's", "motherland") is about something else.
    near = {id(s): around_mentions(s) for s in statements}
    # The background of key terms: the words of the whole stories the statements come from (only
    # the words the statements use can be key terms; the notion's own words are left out).
    prior, prior_total = _prior(store, list(near.values()), notion.words)
    summaries = []
    # The reporter's words on an official page (an address on kremlin.ru, a readout on whitehouse.gov) are
    # the publishing side's own: read apart from its speakers' statements.
    published = {side.name: [r for r in result.reporter if side.includes(publisher_side(r.outlet, None))]
                 for side in chosen}
    texts = read_contexts(store, [s.article_id for s in statements if s.sides]
                          + [r.article_id for rs in published.values() for r in rs])
    own, joint = columns(statements, chosen)
    for side in chosen:
        mine = own[side.name]
        others = [s for name, theirs in own.items() if name != side.name for s in theirs]
        dates = sorted(s.published for s in mine if s.published)
        names = sorted({s.speaker for s in mine if s.speaker})
        summaries.append(SideSummary(
            side=side.name, members=list(side.members), statements=len(mine), speakers=len(names),
            speaker_names=names, first=dates[0] if dates else None, last=dates[-1] if dates else None,
            outlets=dict(Counter(s.outlet or "unknown" for s in mine).most_common()),
            representative=_representative(mine, top, notion.words),
            key_terms=_key_terms([near[id(s)] for s in mine], [near[id(s)] for s in others], prior, prior_total,
                                 notion.words, terms),
            meaning=side_meaning(mine, texts, side.includes, notion.words, published[side.name],
                                 [s for s in joint if side.name in s.sides]),
            joint=sum(1 for s in joint if side.name in s.sides),
        ))
    debate = None
    if wider:
        from parley.query.notions_wider import wider_debate

        debate = wider_debate(store, notion, result, chosen, since=since, until=until, top=top, terms=terms)
    return Comparison(
        notion=notion.name, variants=list(notion.variants), sides=summaries,
        joint=joint_summary(joint, top, notion.words), unassigned=sum(1 for s in statements if not s.sides), reporter_sentences=len(result.reporter),
        repeats_collapsed=result.repeats_collapsed, timeline=_timeline(notion.name, statements, chosen, by),
        wider=debate,
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
    chosen = _sides(store, sides)
    notion = _as_notion(notion, notions)
    result = notion_matches(store, notion, notions=notions, sides=chosen, since=since, until=until, reporter=False)
    return _timeline(notion.name, result.statements, chosen, by)


# -- discovering notions -------------------------------------------------------------------------

def _story_of(store: Store) -> dict[str, str]:
    """Article id -> its syndication group ("g12"); articles in no group are their own story."""
    stories: dict[str, str] = {}
    offset = 0
    while True:
        page = store.syndication_groups(limit=500, offset=offset)
        for group in page.items:
            for member in group.members:
                stories[member.article_id] = f"g{group.id}"
        offset += len(page.items)
        if not page.items or offset >= page.total:
            return stories


class _Tally:
    """Everything counted for one notion key."""

    __slots__ = ("speakers", "names", "affiliations", "statements", "stories", "reporter", "surfaces")

    def __init__(self) -> None:
        self.speakers: Counter[str] = Counter()  # folded name -> statements
        self.names: dict[str, str] = {}  # folded -> as written
        self.affiliations: set[str] = set()
        # story -> statements seen in it: (voice, words) so a syndicated repeat counts once
        self.statements: dict[str, list[tuple[str | None, str | None, frozenset[str]]]] = defaultdict(list)
        self.stories: set[str] = set()
        self.reporter: dict[str, int] = {}  # story -> reporter mentions in its fullest copy
        self.surfaces: Counter[str] = Counter()

    def add_statement(self, story: str, speaker: str | None, affiliation: str | None, words: frozenset[str]) -> bool:
        """Count a statement unless another copy of the story already had it; True when counted."""
        seen = self.statements[story]
        for index, (other_speaker, other_affiliation, other_words) in enumerate(seen):
            same_voice = speaker == other_speaker or (affiliation is not None and affiliation == other_affiliation)
            if same_voice and _similar(words, other_words):
                return False
            if speaker is None and _fragment(words, other_words):
                return False
            if other_speaker is None and _fragment(other_words, words):
                seen[index] = (speaker, affiliation, words)
                return True
        seen.append((speaker, affiliation, words))
        return True

    @property
    def statement_count(self) -> int:
        return sum(len(v) for v in self.statements.values())

    @property
    def reporter_count(self) -> int:
        return sum(self.reporter.values())


def _display(surfaces: Counter[str]) -> list[str]:
    """Wordings, most used first; a wording that needs its light noun ("the indivisible nature of
    security") never names the notion when a plainer one exists, since users type the name back."""
    from parley.extract.terms import term_words

    light = term_words().light

    def framed(wording: str) -> bool:
        return any(f"{w} of" in wording for w in light)

    return sorted(surfaces, key=lambda w: (framed(w), -surfaces[w], len(w), w))


def _tally_article(tallies: dict[frozenset[str], _Tally], story: str, terms: list[NotionTermRow]) -> None:
    """Count one article's notion terms: per statement (a syndicated repeat once) and in the reporter's words."""
    by_statement: dict[int, set[frozenset[str]]] = defaultdict(set)
    speakers: dict[int, NotionTermRow] = {}
    reporter: Counter[frozenset[str]] = Counter()
    for term in terms:
        key = frozenset(term.key.split())
        tallies[key].surfaces[term.surface] += 1
        if term.attribution is None:
            reporter[key] += 1
        else:
            by_statement[term.attribution].add(key)
            speakers[term.attribution] = term
    for index, keys in by_statement.items():
        said = speakers[index]
        name = said.speaker.strip() if said.speaker and said.speaker.strip() else None
        affiliation = member_code(said.affiliation) if said.affiliation else None
        words = _normalised_words(said.content or "")
        for key in keys:
            tally = tallies[key]
            tally.stories.add(story)
            if not tally.add_statement(story, name.casefold() if name else None, affiliation, words):
                continue  # a syndicated repeat: its speaker and side are counted already
            if name:
                tally.speakers[name.casefold()] += 1
                tally.names.setdefault(name.casefold(), name)
            if affiliation:
                tally.affiliations.add(affiliation)
    for key, count in reporter.items():
        tally = tallies[key]
        tally.stories.add(story)
        tally.reporter[story] = max(tally.reporter.get(story, 0), count)


def discover_notions(
    store: Store,
    *,
    limit: int = 20,
    min_speakers: int = 1,
    since: str | None = None,
    until: str | None = None,
) -> list[DiscoveredNotion]:
    """The notions most discussed in the store: where the debate is.

    A notion is a term of the terms step (a noun phrase or defined term, trimmed to the concept),
    folded like notion matching so that "indivisibility of security" and "indivisible security"
    are one notion with two wordings. Ranked by distinct speakers, then distinct sides (speaker
    affiliations), then statements, stories and reporter mentions; a statement repeated across a
    syndication group counts once. With ``min_speakers=0``, notions only the reporter uses follow
    the others, ranked by stories and mentions.
    """
    return _discover(store, limit=limit, min_speakers=min_speakers, since=since, until=until)[0]


SpeakerCounts = dict[str, dict[str, int]]  # folded speaker name -> notion phrase -> their statements on it


def discover_notions_by_speaker(store: Store, *, limit: int = 300) -> tuple[list[DiscoveredNotion], SpeakerCounts]:
    """:func:`discover_notions`, and for each speaker the statements they made on each notion found."""
    return _discover(store, limit=limit, min_speakers=1, since=None, until=None)


def _discover(
    store: Store, *, limit: int, min_speakers: int, since: str | None, until: str | None
) -> tuple[list[DiscoveredNotion], SpeakerCounts]:
    stories = _story_of(store)
    tallies: dict[frozenset[str], _Tally] = defaultdict(_Tally)
    rows = (r for r in store.notion_terms(_dates(since, until)) if _in_range(r.published, since, until))
    for article_id, terms in groupby(rows, key=lambda r: r.article_id):
        _tally_article(tallies, stories.get(article_id, article_id), list(terms))

    def rank(key: frozenset[str]) -> tuple[int, int, int, int, int, int, str]:
        t = tallies[key]
        return (0 if t.speakers else 1, -len(t.speakers), -len(t.affiliations), -t.statement_count,
                -len(t.stories), -t.reporter_count, _display(t.surfaces)[0])

    wanted = [k for k, t in tallies.items() if len(t.speakers) >= min_speakers]
    result: list[DiscoveredNotion] = []
    by_speaker: SpeakerCounts = {}
    for key in sorted(wanted, key=rank)[:limit]:
        tally = tallies[key]
        wordings = _display(tally.surfaces)
        result.append(DiscoveredNotion(
            phrase=wordings[0], variants=wordings[1:6], speakers=len(tally.speakers),
            sides=len(tally.affiliations), statements=tally.statement_count, articles=len(tally.stories),
            speaker_names=[tally.names[n] for n in sorted(tally.speakers, key=lambda n: (-tally.speakers[n], n))][:10],
            affiliations=sorted(tally.affiliations), reporter=tally.reporter_count,
        ))
        for name, count in tally.speakers.items():
            by_speaker.setdefault(name, {})[wordings[0]] = count
    return result, by_speaker
