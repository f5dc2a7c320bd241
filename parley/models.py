"""Typed records that flow through parley: read -> extract -> store -> query.

Every layer exchanges these models, never spaCy objects or raw dicts, so that
storage, the CLI, the REST API and the web UI share one shape. The JSON form of
:class:`ExtractedArticle` is the public output schema (``docs/schema.md``);
keys documented there are kept backwards compatible.

Offsets are character offsets into ``Article.text`` (end exclusive), which
keeps the original characters of the source: nothing is normalised in place.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, SerializerFunctionWrapHandler, model_serializer

__all__ = [
    "Addressee",
    "Article",
    "Attribution",
    "Dateline",
    "Entity",
    "EventActor",
    "Event",
    "ExtractedArticle",
    "Failure",
    "Provenance",
    "Span",
    "Speaker",
    "StatementIndex",
    "article_id",
    "make_span",
    "utc_now",
]


class Record(BaseModel):
    """Base of every record: unknown keys are ignored so old readers accept new output."""

    model_config = ConfigDict(extra="ignore", validate_assignment=False)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")


class Span(Record):
    """A piece of an article's text: ``text == article.text[start:end]``."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str


def make_span(text: str, start: int, end: int) -> Span:
    """The span of ``text[start:end]``; the only sanctioned way to build a span from offsets."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"span {start}:{end} outside text of length {len(text)}")
    return Span(start=start, end=end, text=text[start:end])


class Dateline(Record):
    """The dateline opening a story: ``STEPANAKERT, FEBRUARY 4, ARTSAKHPRESS:``."""

    place: str | None = None
    date: str | None = None  # as written: "FEBRUARY 4"
    resolved_date: str | None = None  # ISO date resolved against the publication date
    outlet: str | None = None
    span: Span | None = None


class Article(Record):
    """One news story as read from its source, before extraction."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    title: str | None = None
    author: str | None = None
    published: str | None = None  # ISO 8601, with timezone when known
    language: str | None = "en"
    section: str | None = None
    keywords: list[str] = Field(default_factory=list)
    dateline: Dateline | None = None
    source: str | None = None  # where it was read from: path, path:line, URL, WARC record
    reader: str | None = None  # which reader produced it: text, html, jsonl, feed, warc
    external_id: str | None = None  # the id given by the input (JSONL ``id``), kept verbatim
    metadata: dict[str, Any] = Field(default_factory=dict)


class Entity(Record):
    """A canonical entity with all its mentions in one article."""

    name: str  # canonical name: "Victoria Nuland", "Russia"
    type: str  # COUNTRY, ORGANIZATION, PERSON, DOCUMENT, LOCATION, NORP, ...
    label: str | None = None  # the spaCy NER label that found it, when one did
    code: str | None = None  # actor code: ISO3 for countries, "RUSGOV", "IGOUNO", ...
    country: str | None = None  # ISO 3166 alpha-3 of the country it belongs to
    sector: str | None = None  # GOV, MIL, MED, IGO, ...
    role: str | None = None
    affiliation: str | None = None
    region: str | None = None  # "Crimea" when mentioned through a region
    mentions: list[Span] = Field(default_factory=list)
    kind: str | None = None  # organisations: IGO, MEDIA, GOV, MIL, NGO...; documents: Charter, Treaty...
    regions: list[str] = Field(default_factory=list)  # every region a country was named through
    year: int | None = None  # documents: "the 1999 OSCE Charter" -> 1999
    by: str | None = None  # documents: the organisation or country that adopted it ("OSCE")


class Speaker(Record):
    """Who made a statement, resolved within the article to the fullest name."""

    name: str
    role: str | None = None
    affiliation: str | None = None  # ISO3 country code or organisation acronym (UN, EU, NATO)
    # "unnamed_person": one person the text never names ("SENIOR ADMINISTRATION OFFICIAL:"); ``name`` is the role.
    type: Literal["person", "organization", "group", "unknown", "unnamed_person"] = "person"


class Addressee(Record):
    """To whom or through which channel a statement was made: ``told TASS in an interview``."""

    name: str | None = None
    channel: str | None = None  # interview, statement, X, Truth Social, press conference, ...


class Attribution(Record):
    """A quote or reported statement: who (source/speaker) said what (content) with which cue."""

    # "turn": a speaker's turn in a transcript ("MS. PSAKI: ...", "Vladimir Putin: ..."); its cue is
    # the label's colon, its source the label, its content everything said until the next label.
    kind: Literal["direct", "indirect", "mixed", "turn"]
    content: list[Span]  # one span, or several for a quote running across paragraphs; no quote marks
    cue: Span | None = None
    source: Span | None = None  # the speaker mention at the cue: "she", "the US diplomat"
    speaker: Speaker | None = None
    addressee: Addressee | None = None
    inferred: bool = False  # speaker carried over from a neighbouring quote, no cue of its own
    # Index (in the article's attributions) of the attribution this one continues: the second half
    # of a quote split by its cue ('"A," she said, "B."') or an inferred quote ('"A," she said. "B."');
    # both can be read as one statement (PolNeAR annotates them as one).
    continues: int | None = None
    # A journalist's question in a transcript ("Q", "Question:"): a turn with no speaker.
    question: bool = False
    # For the turn that answers a question: index (in the article's attributions) of that question.
    answer_to: int | None = None
    # For a statement reported inside a turn: index of that turn, whose speaker asserts it
    # ("MS. PSAKI: ... the President said that ...": the President's statement, as Jen Psaki reports it).
    turn: int | None = None

    @property
    def content_text(self) -> str:
        return " … ".join(span.text for span in self.content)

    @model_serializer(mode="wrap")
    def _omit_unused_transcript_keys(self, handler: SerializerFunctionWrapHandler):
        # The transcript keys are written only where a text has turns, so the output of every other
        # text keeps the exact shape it had before transcripts were read. No return annotation:
        # pydantic would take it for the serialised schema, and "Any" would empty docs/extract.schema.json.
        data = handler(self)
        if isinstance(data, dict):
            for key, unused in (("question", False), ("answer_to", None), ("turn", None)):
                if key in data and data[key] == unused:
                    del data[key]
        return data


class EventActor(Record):
    name: str
    code: str | None = None  # USAGOV, RUS, IGOUNO
    entity: str | None = None  # canonical entity name
    span: Span | None = None


class Event(Record):
    """A PLOVER-coded event and who asserts it."""

    type: str  # PLOVER type: ACCUSE, ASSAULT, ...
    mode: str | None = None
    negated: bool = False
    aux: str | None = None  # historical, future, hypothetical
    actor: EventActor | None = None
    recipient: EventActor | None = None
    trigger: Span
    date: str | None = None
    place: str | None = None
    quantities: list[str] = Field(default_factory=list)
    context: list[str] = Field(default_factory=list)
    asserted_by: int | None = None  # index into attributions; None: the reporter
    sentence: Span | None = None
    depth: int | None = None  # depth of the trigger in its sentence's parse (0: the main verb)
    # Why it was coded (issue 12): the construction that took the trigger and the lexicon entry
    # it read ("call for", "launch attack"); the named cues its confidence was built from
    # (no_actor, relative_clause, aux:hypothetical, ...); partial when the confidence is under the
    # threshold (events/settings.toml): kept, hidden by default.
    construction: str | None = None
    lexicon_entry: str | None = None
    confidence: float | None = None
    cues: list[str] = Field(default_factory=list)
    partial: bool = False


class Provenance(Record):
    """Where a story came from: who published it and the source it credits."""

    publisher: str | None = None
    original_source: str | None = None
    original_channel: str | None = None  # interview, statement, wire
    evidence: Span | None = None


class ExtractedArticle(Article):
    """An article with everything parley extracted from it."""

    sentences: list[Span] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    # Notion phrases (noun phrases and defined terms, trimmed to the concept) for `parley notions`.
    terms: list[Span] = Field(default_factory=list)
    # Names of the extraction steps that produced this record: tells a record whose step found
    # nothing from one written before that step existed.
    steps: list[str] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    provenance: Provenance | None = None


class StatementIndex:
    """Which attribution's content holds a character offset: built once per article, asked per offset.

    The events step asks it for ``asserted_by``; notion discovery to tell statements from reporter text.
    """

    def __init__(self, attributions: list[Attribution]) -> None:
        self._spans = sorted(
            (span.start, span.end, index)
            for index, attribution in enumerate(attributions)
            for span in attribution.content
        )
        self._turns = {index for index, attribution in enumerate(attributions) if attribution.kind == "turn"}

    def at(self, offset: int) -> int | None:
        """Index of the first attribution (by content start) whose content contains ``offset``.

        A transcript turn holds the statements reported inside it: one of those is preferred to the
        turn, which answers only for the rest of its words.
        """
        turn: int | None = None
        for start, end, index in self._spans:
            if start > offset:
                break
            if offset < end:
                if index not in self._turns:
                    return index
                turn = index if turn is None else turn
        return turn


class Failure(Record):
    """An input that could not become an article, and why. Failures are data, not crashes."""

    source: str
    reason: str  # one line, groupable: "invalid UTF-8", "not English", ...
    detail: str | None = None
    at: str = Field(default_factory=lambda: utc_now())


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


_WS = re.compile(r"\s+")


def normalise_for_id(text: str) -> str:
    """Text normalised for identity: NFKC, case-folded, whitespace collapsed."""
    return _WS.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


def article_id(text: str, url: str | None = None) -> str:
    """Stable id: hash of normalised text and url, so the same story read twice has one id."""
    digest = hashlib.sha256()
    digest.update(normalise_for_id(text).encode("utf-8"))
    digest.update(b"\x00")
    digest.update((url or "").strip().encode("utf-8"))
    return digest.hexdigest()[:20]
