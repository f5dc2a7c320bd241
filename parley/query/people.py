"""Who is who in one article: each person with every way the article refers to them (issue 11 item 4).

Read from an extracted record, so it works on stored articles as on fresh output: a person is a
PERSON entity (its name mentions) together with the statements resolved to it, whose source
mention may be a surname, a role description ("China's U.N. ambassador") or a pronoun ("he").
``parley extract`` and ``parley show``, ``/api/articles/{id}`` and the article and speaker pages
show it as "also called: China's U.N. ambassador, he".
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from pydantic import Field

from parley.models import ExtractedArticle, Record, Span

__all__ = [
    "ArticlePerson", "ArticleWithPeople", "MentionKind", "PersonMention", "also_called", "mention_kind", "people_of",
    "with_people",
]

MentionKind = Literal["name", "surname", "role", "pronoun"]
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


class PersonMention(Record):
    """One place where the article refers to the person."""

    text: str
    kind: MentionKind  # name: the full name; surname: part of it ("Nuland", "Ms. Nuland"); role; pronoun
    start: int
    end: int


class ArticlePerson(Record):
    """A person of the article, with every mention in text order."""

    name: str
    role: str | None = None
    affiliation: str | None = None
    mentions: list[PersonMention] = Field(default_factory=list)
    also_called: list[str] = Field(default_factory=list)  # role descriptions and pronouns, first seen first


@lru_cache(maxsize=1)
def _pronouns() -> frozenset[str]:
    from parley.extract.people import default_rules

    return frozenset(default_rules().pronouns)


def _words(text: str) -> list[str]:
    return [w.casefold().replace("’", "'") for w in _WORD.findall(text)]


def mention_kind(text: str, name: str) -> MentionKind:
    """How ``text`` refers to the person called ``name``: the full name, part of it, a pronoun, or a role."""
    words, name_words = _words(text), _words(name)
    if len(words) == 1 and words[0] in _pronouns():
        return "pronoun"
    if name_words and f" {' '.join(name_words)} " in f" {' '.join(words)} ":
        return "name"  # the full name, also with a title or role before it ("U.S. President Donald Trump")
    parts = {p for w in words for p in w.split("-")}
    name_parts = {p for w in name_words for p in w.split("-")}
    if parts & name_parts and len(words) <= len(name_words) + 1:
        return "surname"  # "Nuland", "Ms. Nuland", "Sudani" for "al-Sudani"
    if len(words) == 1 and text.strip()[:1].isupper():
        return "surname"  # a name form the article spells differently ("Pederson" for Geir Pedersen)
    return "role"


def _add(mentions: dict[tuple[int, int], PersonMention], span: Span, name: str) -> None:
    key = (span.start, span.end)
    if key not in mentions:
        mentions[key] = PersonMention(text=span.text, kind=mention_kind(span.text, name), start=span.start,
                                      end=span.end)


def also_called(mentions: list[PersonMention]) -> list[str]:
    """The role descriptions and pronouns among the mentions, each once (any case), first seen first."""
    seen: dict[str, str] = {}
    for mention in mentions:
        if mention.kind in ("role", "pronoun"):
            seen.setdefault(" ".join(mention.text.split()).casefold(), " ".join(mention.text.split()))
    return list(seen.values())


def people_of(article: ExtractedArticle) -> list[ArticlePerson]:
    """Each person in the article (PERSON entities and people quoted), with all their mentions, by first mention."""
    people: dict[str, ArticlePerson] = {}
    spans: dict[str, dict[tuple[int, int], PersonMention]] = {}
    for entity in article.entities:
        if entity.type != "PERSON":
            continue
        key = entity.name.casefold()
        people.setdefault(key, ArticlePerson(name=entity.name, role=entity.role, affiliation=entity.affiliation))
        for span in entity.mentions:
            _add(spans.setdefault(key, {}), span, entity.name)
    for attribution in article.attributions:
        speaker = attribution.speaker
        if speaker is None or speaker.type != "person" or attribution.source is None:
            continue
        key = speaker.name.casefold()
        person = people.setdefault(key, ArticlePerson(name=speaker.name, role=speaker.role,
                                                      affiliation=speaker.affiliation))
        if person.role is None and speaker.role:
            person.role = speaker.role
        if person.affiliation is None and speaker.affiliation:
            person.affiliation = speaker.affiliation
        _add(spans.setdefault(key, {}), attribution.source, speaker.name)
    found = []
    for key, person in people.items():
        mentions = sorted(spans.get(key, {}).values(), key=lambda m: (m.start, m.end))
        found.append(person.model_copy(update={"mentions": mentions, "also_called": also_called(mentions)}))
    return sorted(found, key=lambda p: (p.mentions[0].start if p.mentions else len(article.text), p.name))


class ArticleWithPeople(ExtractedArticle):
    """An extracted article with its people: what ``parley extract`` prints and ``/api/articles/{id}`` returns."""

    people: list[ArticlePerson] = Field(default_factory=list)  # derived from entities and statements, not stored


def with_people(article: ExtractedArticle) -> ArticleWithPeople:
    fields = {name: getattr(article, name) for name in type(article).model_fields}
    return ArticleWithPeople.model_construct(**fields, people=people_of(article))
