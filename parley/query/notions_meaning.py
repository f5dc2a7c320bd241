"""What each side says a notion means, which documents it cites for it, and when it speaks of it.

The comparison of :mod:`parley.query.notions` counts statements; this module reads them:

* **defining passages**: the sentence that names the notion and the sentence after it (a turn of a
  transcript can be 20,000 characters; the passage is what the speaker says of the notion), when
  they hold a cue of meaning (``parley/data/notions/meaning_cues.tsv``): "... which includes
  obligations not to strengthen one's own security at the expense of the security of other
  states" *requires*; "the principle of indivisible security" only *calls it a principle*;
* **documents cited**: the agreements (``parley/data/notions/documents.tsv``) named in the
  sentences around the notion, and elsewhere in the same texts by the side's speakers;
* **months**: statements per month, and how many of them define the notion.

Everything comes from the notion index (:meth:`parley.store.Store.notion_article_contexts`): no
record is read. Windows and limits are ``parley/data/notions/meaning.toml``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

from parley.datafiles import DataFiles
from parley.notions.matching import tokenize
from parley.store.base import NotionContext, Store

if TYPE_CHECKING:
    from parley.query.notions import Statement

__all__ = [
    "CitedDocument",
    "MeaningPassage",
    "MonthCount",
    "SideMeaning",
    "read_contexts",
    "side_meaning",
]

_DEFINING_KINDS = frozenset({"means", "requires", "includes"})


class MeaningPassage(BaseModel):
    """What one statement says of the notion: its sentence and the next, within the statement."""

    article_id: str
    attribution_index: int | None = None
    speaker: str | None = None
    affiliation: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    start: int  # offsets of the passage in the article's text
    end: int
    text: str
    cues: list[str] = Field(default_factory=list)  # cue words found, as listed in meaning_cues.tsv
    kinds: list[str] = Field(default_factory=list)  # means, requires, includes, principle
    defines: bool = False  # a cue of meaning (means, requires, includes), not only "principle"
    documents: list[str] = Field(default_factory=list)  # documents named with the notion
    # speaker: a statement of the side's speaker; publisher: a sentence in the side's own official
    # publication that no statement covers (an address or readout on kremlin.ru, whitehouse.gov);
    # joint: a statement the side made with another compared side (counted in the joint section)
    voice: Literal["speaker", "publisher", "joint"] = "speaker"


class CitedDocument(BaseModel):
    name: str
    year: int | None = None  # None: documents invoked without a name ("all of our founding documents")
    with_notion: int  # the side's statements that name it in the sentences around the notion
    same_texts: int  # other statements of the side's speakers in the same texts that name it
    speakers: list[str] = Field(default_factory=list)
    first: str | None = None  # first publication date that cites it
    example: str | None = None  # a sentence that names it (with the notion when there is one)
    article_id: str | None = None


class MonthCount(BaseModel):
    month: str  # YYYY-MM
    statements: int
    defining: int
    speakers: list[str] = Field(default_factory=list)
    publisher: int = 0  # sentences of the side's own publications that name the notion


class SideMeaning(BaseModel):
    statements: int
    defining: int  # statements with a cue of meaning
    principle_only: int  # statements that only call it a principle
    publisher_sentences: int = 0  # the side's own publications' sentences on the notion (no speaker)
    publisher_defining: int = 0
    # Statements on the notion the side made with another compared side: counted in the joint section,
    # their passages listed here too (voice "joint"), after the side's own, so the side's reading is whole.
    joint_statements: int = 0
    joint_defining: int = 0
    kinds: dict[str, int] = Field(default_factory=dict)  # statements per cue kind (speakers' statements)
    passages: list[MeaningPassage] = Field(default_factory=list)  # defining ones first
    documents: list[CitedDocument] = Field(default_factory=list)
    months: list[MonthCount] = Field(default_factory=list)


# -- data --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    after_sentences: int
    document_sentences: int
    passages_per_side: int
    passage_chars: int


@dataclass(frozen=True)
class _Lexicon:
    cues: tuple[tuple[str, str, re.Pattern[str]], ...]  # (cue, kind, pattern)
    documents: tuple[tuple[str, int | None, re.Pattern[str]], ...]  # (name, year, pattern)
    any_document: re.Pattern[str]  # all the document patterns in one: a quick test before naming them
    settings: Settings


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    files = DataFiles()
    cues = tuple(
        (cue.lower(), kind, re.compile(rf"(?<!\w){re.escape(cue.lower())}(?!\w)", re.IGNORECASE))
        for cue, kind, *_ in files.rows("notions/meaning_cues.tsv", min_columns=2)
    )
    documents = tuple(
        (name, int(year) if year.isdigit() else None, re.compile(pattern, re.IGNORECASE))
        for name, year, pattern, *_ in files.rows("notions/documents.tsv", min_columns=3)
    )
    any_document = re.compile("|".join(f"(?:{p.pattern})" for _, _, p in documents) or "(?!)", re.IGNORECASE)
    return _Lexicon(cues, documents, any_document, files.settings("notions/meaning.toml", Settings))


# -- reading the index --------------------------------------------------------------------------


@dataclass
class _Text:
    """One article as the index holds it: its sentences and its statements' content spans."""

    sentences: list[NotionContext]
    statements: dict[int, list[NotionContext]]
    starts: list[int] = field(default_factory=list)  # the sentences' starts, for bisect
    _unspoken: list[NotionContext] | None = None

    def sentences_in(self, start: int, end: int) -> list[NotionContext]:
        """The sentences that overlap [start, end)."""
        first = max(0, bisect.bisect_right(self.starts, start) - 1)
        last = bisect.bisect_left(self.starts, end)
        return [s for s in self.sentences[first:last] if s.start < end and start < s.end]

    def unspoken(self) -> list[NotionContext]:
        """The sentences no statement covers: the publisher's own words."""
        if self._unspoken is None:
            spoken = sorted((c.start, c.end) for spans in self.statements.values() for c in spans)
            covered = {id(s) for a, b in spoken for s in self.sentences_in(a, b)}
            self._unspoken = [s for s in self.sentences if id(s) not in covered]
        return self._unspoken


def read_contexts(store: Store, article_ids: Sequence[str]) -> dict[str, _Text]:
    """The sentences and statement spans of these articles, one query."""
    texts: dict[str, _Text] = {}
    for context in store.notion_article_contexts(sorted(set(article_ids))):
        text = texts.setdefault(context.article_id, _Text([], defaultdict(list)))
        if context.attribution is None:
            text.sentences.append(context)
        else:
            text.statements[context.attribution].append(context)
    for text in texts.values():
        text.sentences.sort(key=lambda c: c.start)
        text.starts = [c.start for c in text.sentences]
    return texts


def _clip(contexts: Sequence[NotionContext], start: int, end: int) -> list[tuple[int, int, str]]:
    """The parts of ``contexts`` (sentences or spans) inside [start, end): (start, end, text)."""
    parts = []
    for c in contexts:
        s, e = max(c.start, start), min(c.end, end)
        if s < e:
            parts.append((s, e, c.text[s - c.start : e - c.start]))
    return parts


def _window(text: _Text, content: Sequence[NotionContext], at: int, before: int, after: int) -> list[tuple[int, int, str]]:
    """The sentences from ``before`` before to ``after`` after the one holding offset ``at``, each cut
    to the statement's own words (``content``), in order."""
    index = bisect.bisect_right(text.starts, at) - 1
    if index < 0 or not text.sentences[index].start <= at < text.sentences[index].end:
        # no sentence recorded there: the statement span itself
        return [(c.start, c.end, c.text) for c in content if c.start <= at < c.end]
    chosen = text.sentences[max(0, index - before) : index + after + 1]
    low, high = chosen[0].start, chosen[-1].end
    spans = [c for c in content if c.start < high and low < c.end]
    parts: list[tuple[int, int, str]] = []
    for sentence in chosen:
        for span in spans:
            parts.extend(_clip([sentence], span.start, span.end))
    return sorted(set(parts))


def _cues(passage: str) -> list[tuple[str, str]]:
    found = []
    for cue, kind, pattern in _lexicon().cues:
        if pattern.search(passage):
            found.append((cue, kind))
    return found


def _documents(passage: str) -> list[tuple[str, int | None]]:
    if not _lexicon().any_document.search(passage):
        return []
    found: dict[str, int | None] = {}
    for name, year, pattern in _lexicon().documents:
        if name not in found and pattern.search(passage):
            found[name] = year
    return list(found.items())


def _document_sentence(parts: Sequence[tuple[int, int, str]], name: str) -> str | None:
    patterns = [p for n, _, p in _lexicon().documents if n == name]
    for _, _, part in parts:
        if any(p.search(part) for p in patterns):
            return part.strip()
    return None


def _shorten(text: str, limit: int, around: str | None = None) -> str:
    """``text`` on one line, at most ``limit`` characters; cut so that ``around`` (the notion's words)
    stays in, a third of the way in, when it lies further."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    at = text.find(around) if around else -1
    start = max(0, min(at - limit // 3, len(text) - limit)) if at > limit // 3 else 0
    cut = text[start : start + limit - 2].strip()
    return ("…" if start else "") + cut + ("…" if start + limit - 2 < len(text) else "")


# -- one side ------------------------------------------------------------------------------------


@dataclass
class _Reading:
    passage: MeaningPassage
    near: list[tuple[int, int, str]]  # the document window
    statement_key: tuple[str, int | None]


def _has_word(text: str, words: frozenset[str]) -> bool:
    return any(key in words for token in tokenize(text) for key in token.keys)


def _read_statement(statement: Statement, text: _Text | None, notion_words: frozenset[str]) -> _Reading | None:
    """The passage of one statement (its first defining match, else its first match)."""
    settings = _lexicon().settings
    if text is not None and statement.kind == "reporter":  # the publisher's words: what no statement covers
        own = text.unspoken()
    elif text is not None and statement.attribution_index is not None:
        own = text.statements.get(statement.attribution_index, [])
    else:
        own = []
    content = own or [
        NotionContext(article_id=statement.article_id, attribution=statement.attribution_index,
                      start=s.start, end=s.end, text=s.text)
        for s in statement.content
    ]
    best: _Reading | None = None
    for match in statement.matches:
        if text is not None and text.sentences:
            parts = _window(text, content, match.start, 0, settings.after_sentences)
            # A publisher's page runs on to other matters (a readout's next topic): its notion sentence and the next.
            reach = settings.after_sentences if statement.kind == "reporter" else settings.document_sentences
            near = _window(text, content, match.start, 0 if statement.kind == "reporter" else reach, reach)
        else:  # no sentences indexed: the statement's words around the match
            half = settings.passage_chars // 2
            parts = near = [
                (max(s.start, match.start - half), min(s.end, match.end + half),
                 s.text[max(0, match.start - half - s.start) : match.end + half - s.start])
                for s in statement.content if s.start <= match.start < s.end
            ]
        if not parts:
            continue
        words = " ".join(p[2] for p in parts)
        # Cues count in the notion's sentence, and in a sentence after it that speaks of the notion again
        # (one of its words): "This means that the decisions I made will be executed" is not about it.
        cues = _cues(" ".join(p[2] for p in parts if p[0] <= match.start or _has_word(p[2], notion_words)))
        kinds = sorted({kind for _, kind in cues})
        reading = _Reading(
            MeaningPassage(
                article_id=statement.article_id, attribution_index=statement.attribution_index,
                speaker=statement.speaker, affiliation=statement.affiliation, outlet=statement.outlet,
                published=statement.published, title=statement.title, start=parts[0][0], end=parts[-1][1],
                text=_shorten(words, settings.passage_chars, " ".join(match.text.split())), cues=[c for c, _ in cues], kinds=kinds,
                defines=bool(_DEFINING_KINDS & set(kinds)),
                documents=[name for name, _ in _documents(" ".join(p[2] for p in near))],
                voice="publisher" if statement.kind == "reporter" else "speaker",
            ),
            near, (statement.article_id,
                   statement.attribution_index if statement.attribution_index is not None else -1 - match.start),
        )
        rank = (reading.passage.defines, bool(reading.passage.kinds), bool(reading.passage.documents))
        if best is None or rank > (best.passage.defines, bool(best.passage.kinds), bool(best.passage.documents)):
            best = reading
    return best


def _about_notion(text: _Text, content: Sequence[NotionContext], at: int, notion_words: frozenset[str]) -> bool:
    """Whether the sentence at offset ``at`` and the next (within the statement) speak of the notion's
    matter: one of its words and a cue of meaning ("... adopted in Astana in 2010. It covers equal
    security for all.")."""
    window = " ".join(p[2] for p in _window(text, content, at, 0, _lexicon().settings.after_sentences))
    return _has_word(window, notion_words) and bool(_cues(window))


def _cited(
    readings: Sequence[_Reading], texts: dict[str, _Text], side_includes: Callable[[str | None], bool],
    notion_words: frozenset[str],
) -> list[CitedDocument]:
    """Documents named near the notion by the side's statements, and elsewhere in the same texts by
    the side's speakers (statements whose affiliation is on the side) where they speak of its matter."""
    with_notion: dict[str, set[tuple[str, int | None]]] = defaultdict(set)
    same_texts: dict[str, set[tuple[str, int | None]]] = defaultdict(set)
    speakers: dict[str, set[str]] = defaultdict(set)
    first: dict[str, str] = {}
    example: dict[str, tuple[str, str]] = {}
    years = {name: year for name, year, _ in _lexicon().documents}

    def note(name: str, key: tuple[str, int | None], speaker: str | None, published: str | None,
             sentence: str | None, near: bool) -> None:
        (with_notion if near else same_texts)[name].add(key)
        if speaker:
            speakers[name].add(speaker)
        if published and (name not in first or published < first[name]):
            first[name] = published
        if sentence and (name not in example or (near and key not in same_texts[name])):
            example.setdefault(name, (sentence, key[0]))

    near_covered: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for reading in readings:
        passage = reading.passage
        for name in passage.documents:
            note(name, reading.statement_key, passage.speaker or passage.outlet, passage.published,
                 _document_sentence(reading.near, name), True)
        near_covered[passage.article_id].extend((s, e) for s, e, _ in reading.near)
    for article_id in sorted({r.passage.article_id for r in readings}):
        text = texts.get(article_id)
        if text is None:
            continue
        for index, spans in text.statements.items():
            first_span = spans[0]
            if not side_includes(first_span.affiliation):
                continue
            for span in spans:
                if not _lexicon().any_document.search(span.text):
                    continue
                for s, e, part in _clip(text.sentences_in(span.start, span.end) or [span], span.start, span.end):
                    if any(a <= s and e <= b for a, b in near_covered[article_id]):
                        continue
                    found = _documents(part)
                    if not found or not _about_notion(text, spans, s, notion_words):
                        continue
                    for name, _ in found:
                        note(name, (article_id, index), first_span.speaker, first_span.published, part.strip(), False)
    names = set(with_notion) | set(same_texts)
    cited = [
        CitedDocument(
            name=name, year=years[name], with_notion=len(with_notion[name]),
            same_texts=len(same_texts[name] - with_notion[name]), speakers=sorted(speakers[name]),
            first=first.get(name), example=_shorten(example[name][0], 400) if name in example else None,
            article_id=example[name][1] if name in example else None,
        )
        for name in names
    ]
    cited.sort(key=lambda d: (d.year is None, -d.with_notion, -d.same_texts, d.year or 0, d.name))
    return cited


def _months(readings: Sequence[_Reading]) -> list[MonthCount]:
    statements: Counter[str] = Counter()
    defining: Counter[str] = Counter()
    publisher: Counter[str] = Counter()
    speakers: dict[str, set[str]] = defaultdict(set)
    for reading in readings:
        passage = reading.passage
        if not passage.published or len(passage.published) < 7:
            continue
        month = passage.published[:7]
        if passage.voice == "publisher":
            publisher[month] += 1
            continue
        statements[month] += 1
        defining[month] += passage.defines
        if passage.speaker:
            speakers[month].add(passage.speaker)
    return [
        MonthCount(month=m, statements=statements[m], defining=defining[m], speakers=sorted(speakers[m]),
                   publisher=publisher[m])
        for m in sorted(set(statements) | set(publisher))
    ]


def side_meaning(
    statements: Sequence[Statement], texts: dict[str, _Text], side_includes: Callable[[str | None], bool],
    notion_words: frozenset[str] = frozenset(), published: Sequence[Statement] = (), joint: Sequence[Statement] = (),
) -> SideMeaning:
    """What one side's statements (of a comparison) say the notion means, cite for it, and when.

    ``side_includes``: the side's membership test on an affiliation (:meth:`Side.includes`), to
    find the side's other statements in the same texts; ``notion_words``: the notion's folded words
    (:attr:`Notion.words`), which a document's sentences there must share to count; ``published``: the
    reporter sentences on the notion in the side's own official publications (counted apart); ``joint``:
    the statements the side made with another compared side (referenced: passages, not counts)."""
    spoken = [r for r in (_read_statement(s, texts.get(s.article_id), notion_words) for s in statements) if r]
    own = [r for r in (_read_statement(s, texts.get(s.article_id), notion_words) for s in published) if r]
    readings = spoken + own
    kinds: Counter[str] = Counter()
    for reading in spoken:
        kinds.update(reading.passage.kinds)
    ranked = sorted(
        readings,
        key=lambda r: (not r.passage.defines, not r.passage.kinds, not r.passage.documents, r.passage.published or "~"),
    )
    limit = _lexicon().settings.passages_per_side
    together = [r for r in (_read_statement(s, texts.get(s.article_id), notion_words) for s in joint) if r]
    shown = [r.passage for r in ranked if r.passage.kinds or r.passage.documents][:limit]
    shown += [r.passage.model_copy(update={"voice": "joint"}) for r in sorted(together, key=lambda r: (
        not r.passage.defines, r.passage.published or "~")) if r.passage.kinds or r.passage.documents][:limit]
    return SideMeaning(
        statements=len(spoken),
        defining=sum(r.passage.defines for r in spoken),
        principle_only=sum(1 for r in spoken if r.passage.kinds and not r.passage.defines),
        publisher_sentences=len(own),
        publisher_defining=sum(r.passage.defines for r in own),
        kinds=dict(kinds.most_common()),
        joint_statements=len(together),
        joint_defining=sum(r.passage.defines for r in together),
        passages=shown,
        documents=_cited(readings, texts, side_includes, notion_words),
        months=_months(readings),
    )
