"""Speaker resolution: from the mention at the cue to a canonical speaker of the article.

* A name mention ("Nuland", "Ms. Nuland") is the person with the fullest name.
* A pronoun (she, he, her) is the nearest person before it whose gender fits.
* A description ("the US diplomat", "the spokeswoman", "the minister") is the most recent
  person whose role or affiliation fits the description.
* A body ("the Kremlin", "the State Department", "Russia") is an organization speaker with
  its country or acronym; other noun phrases ("officials", "critics") are kept as groups.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from parley.extract.people import Person, affiliation_code, role_words
from parley.models import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = ["SpeakerResolver"]

_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
_PLURAL_PRONOUNS = {"they", "them", "their", "we", "us", "our"}
_FIRST_PERSON = {"i", "me", "my"}


class SpeakerResolver:
    """Resolves source mentions of one article against its people."""

    def __init__(self, doc: "Doc", people: list[Person]) -> None:
        self.doc = doc
        self.people = people
        self.words = role_words()
        mentions = sorted(((m.start, m.end, p) for p in people for m in p.mentions), key=lambda m: (m[0], m[1]))
        self._starts = [m[0] for m in mentions]
        self._mentions = mentions
        token_starts = [t.idx for t in doc]
        self._subject = [self._is_subject(token_starts, end) for _start, end, _p in mentions]

    def _is_subject(self, token_starts: list[int], end: int) -> bool:
        """Whether a name mention heads a subject ("Nenad Stevandic ... denounced"), which makes it salient."""
        i = bisect.bisect_right(token_starts, max(0, end - 1)) - 1
        if i < 0:
            return False
        tok = self.doc[i]
        for _ in range(4):
            # Climb within the name only: in "the Trump administration said", Trump is not the subject.
            if tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
                tok = tok.head
            else:
                break
        if tok.dep_ == "appos":
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass")

    def _salient(self, head: "Token", fits: Callable[[Person], bool]) -> Person | None:
        """For a pronoun: the latest fitting person named as a subject in this or the two sentences before."""
        sent = head.sent
        for _ in range(2):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        window_start = sent.start_char
        i = bisect.bisect_left(self._starts, head.idx) - 1
        while i >= 0 and self._mentions[i][0] >= window_start:
            if self._subject[i] and fits(self._mentions[i][2]):
                return self._mentions[i][2]
            i -= 1
        return None

    def person_at(self, start: int, end: int) -> Person | None:
        """The person named inside ``[start, end)``, preferring the mention nearest the end (the head)."""
        i = bisect.bisect_left(self._starts, start)
        best = None
        while i < len(self._mentions) and self._mentions[i][0] < end:
            if self._mentions[i][1] <= end:
                best = self._mentions[i][2]
            i += 1
        return best

    def _recent(self, before: int, fits: Callable[[Person], bool]) -> Person | None:
        i = bisect.bisect_left(self._starts, before) - 1
        seen: set[str] = set()
        while i >= 0:
            person = self._mentions[i][2]
            if person.name not in seen:
                seen.add(person.name)
                if fits(person):
                    return person
            i -= 1
        return None

    def _next(self, after: int, fits: Callable[[Person], bool], window: int = 300) -> Person | None:
        """The first fitting person named soon after a pronoun that has no antecedent (a lede's "she said")."""
        i = bisect.bisect_left(self._starts, after)
        while i < len(self._mentions) and self._mentions[i][0] - after <= window:
            if fits(self._mentions[i][2]):
                return self._mentions[i][2]
            i += 1
        return None

    def _last_mention(self, person: Person, before: int) -> int:
        i = bisect.bisect_left(self._starts, before) - 1
        while i >= 0:
            if self._mentions[i][2] is person:
                return self._mentions[i][0]
            i -= 1
        return -1

    def speaker(
        self,
        source: tuple[int, int] | None,
        head: "Token | None",
        previous: tuple[int, Speaker] | None = None,
    ) -> Speaker | None:
        """The speaker a source mention names; ``previous`` is the last attribution's (source offset, speaker).

        A he/she right after someone's statement continues that speaker ("..., Oh said. ... he said"),
        even when the tagger did not see the name as a person.
        """
        if source is None:
            return None
        start, end = source
        person = self.person_at(start, end)
        if person is not None:
            return _from_person(person)
        if head is None:
            return None
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
            # "The Kremlin's spokesman, Dmitry Peskov, told reporters": the person named in apposition.
            named = self.person_at(appos.left_edge.idx, appos.right_edge.idx + len(appos.right_edge.text))
            if named is not None:
                return _from_person(named)
        relative = self.doc.text[start:end].lower() in ("that", "which")
        if not start <= head.idx < end:
            # The mention is a relative pronoun; resolve the noun it stands for.
            start, end = head.idx, head.idx + len(head.text)
            person = self.person_at(start, end)
            if person is not None:
                return _from_person(person)
            start, end = _np_span(head)
        low = head.lower_
        if low in _PRONOUN_GENDER:
            gender = _PRONOUN_GENDER[low]
            person = (
                self._salient(head, lambda p: p.gender in (gender, None))
                or self._recent(start, lambda p: p.gender == gender)
                or self._recent(start, lambda p: p.gender is None)
                or self._next(end, lambda p: p.gender in (gender, None))
            )
            if previous is not None:
                at, prior = previous
                mentioned = self._last_mention(person, start) if person is not None else -1
                known = next((p for p in self.people if p.name == prior.name), None)
                if (
                    mentioned < at < start
                    and start - at <= 400
                    and prior.type in ("person", "unknown")
                    and (known is None or known.gender in (gender, None))
                ):
                    return prior
            return _from_person(person) if person else None
        if low in _PLURAL_PRONOUNS or low in _FIRST_PERSON or low in ("you", "it", "this", "that", "who"):
            return None
        if low in _VAGUE:
            return None  # "Others said", "Some argue": nobody in particular
        if relative and head.pos_ == "NOUN" and not (
            head.lemma_.lower() in self.words.heads or head.lemma_.lower() in _BODY_WORDS or head.lemma_.lower() in _documents()
        ):
            return None  # "a dramatic escalation that ...", "a derogatory term that ...": not a speaker
        text = self.doc.text[start:end]
        if head.pos_ == "NOUN" and head.lemma_.lower() in _documents():
            # "a statement from the Foreign Ministry", "the NISA statement": whoever issued it, if named.
            return self._issuer(head)
        if head.pos_ == "NOUN" and low in self.words.heads or head.lemma_.lower() in self.words.heads:
            described = self._description(head, start)
            if described is not None:
                return _from_person(described)
            fuller = self._earlier_description(head)
            if fuller is not None:
                return _body_or_group(fuller.text, fuller.root)
        return _body_or_group(text, head)

    def _issuer(self, document: "Token") -> Speaker | None:
        """The body or person that issued a document ("a statement from X", "X's report"), or None."""
        doc = self.doc
        for child in document.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of") and child.i > document.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or pobj.lemma_.lower() in self.words.heads
                                         or pobj.lemma_.lower() in _BODY_WORDS):
                    return self.speaker(_name_run(pobj), pobj)
        # Capitalised modifiers right before the noun: "the NISA statement", "A Journal editorial",
        # "Iran's Foreign Ministry statement", "a U.N. report".
        i = document.i - 1
        while i >= 0 and (doc[i].text[:1].isupper() or doc[i].text in ("'s", "’s", ".", "-")) and doc[i].pos_ != "DET":
            i -= 1
        if i + 1 < document.i:
            first, last = doc[i + 1], doc[document.i - 1]
            if last.text in ("'s", "’s") and document.i - 1 > i + 1:
                last = doc[document.i - 2]
            start, end = first.idx, last.idx + len(last.text)
            if any(t.pos_ == "PROPN" for t in doc[first.i : last.i + 1]):
                return self.speaker((start, end), last)
        return None

    def _earlier_description(self, head: "Token") -> "SpacySpan | None":
        """An unnamed speaker introduced earlier with more detail: "a State Department spokesperson" for
        a later "the spokesperson"."""
        doc = self.doc
        own = sum(1 for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "poss"))
        for i in range(head.i - 1, max(-1, head.i - 400), -1):
            tok = doc[i]
            if tok.lemma_ != head.lemma_ or tok.pos_ != "NOUN":
                continue
            mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "poss")]
            if len(mods) > own:
                first = min(t.i for m in mods for t in m.subtree)
                return doc[first : tok.i + 1]
            return None
        return None

    def _description(self, head: "Token", before: int) -> Person | None:
        """The most recent person whose role or affiliation fits "the US diplomat", "the minister"."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        word = head.lemma_.lower()
        gender = self.words.gender.get(head.lower_)
        modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < head.i]
        wanted_affiliation = None
        for mod in modifiers:
            code = affiliation_code(mod.text)
            if code is not None:
                wanted_affiliation = code
                break
        mod_words = {m.lower_ for m in modifiers}

        def fits(person: Person) -> bool:
            if gender and person.gender and person.gender != gender:
                return False
            if wanted_affiliation and person.affiliation and person.affiliation != wanted_affiliation:
                return False
            role = (person.role or "").lower()
            if word in role.split() or head.lower_ in role.split():
                return not mod_words or all(m in role or m in _AFFILIATION_WORDS for m in mod_words) or bool(wanted_affiliation)
            if word in _OFFICIAL_HEADS:
                # "the US diplomat", "the official": someone whose role is an office of state.
                return any(w in role for w in _OFFICE_WORDS) and (
                    wanted_affiliation is None or person.affiliation == wanted_affiliation
                )
            return False

        return self._recent(before, fits)


_OFFICIAL_HEADS = {"official", "diplomat", "politician", "lawmaker", "leader"}
_OFFICE_WORDS = ("minister", "secretary", "ambassador", "envoy", "diplomat", "official", "president", "chancellor",
                 "premier", "senator", "representative", "governor", "commissioner", "spokes", "director", "chief",
                 "head", "leader", "lawmaker", "deputy", "adviser", "advisor")
_AFFILIATION_WORDS = {"us", "u.s.", "american", "russian", "u.n.", "un", "eu", "nato", "top", "senior", "former"}


def _name_run(head: "Token") -> tuple[int, int]:
    """The capitalised name around a token, read from the surface: "Malawi’s Department of Disaster
    Management Affairs", "the Japanese Immigration Service Agency"."""
    doc = head.doc
    glue = ("of", "for", "and", "on", "'s", "’s", ".", "-", "&")

    def inside(tok: "Token") -> bool:
        return tok.text[:1].isupper() or tok.lower_ in glue

    start = end = head.i
    while start > 0 and inside(doc[start - 1]):
        start -= 1
    while end + 1 < len(doc) and inside(doc[end + 1]):
        end += 1
    while start < head.i and doc[start].lower_ in glue:
        start += 1
    while end > head.i and doc[end].lower_ in glue:
        end -= 1
    return doc[start].idx, doc[end].idx + len(doc[end].text)


def _np_span(head: "Token") -> tuple[int, int]:
    toks = [t for t in head.subtree if t.i <= head.i or t.dep_ not in ("relcl", "acl", "appos", "punct")]
    toks = [t for t in toks if t.i <= head.i]
    return toks[0].idx, head.idx + len(head.text)


def _from_person(person: Person) -> Speaker:
    return Speaker(name=person.name, role=person.role, affiliation=person.affiliation, type="person")


_QUANTIFIERS = ("both ", "neither ", "either ", "all ")
_VAGUE = {"others", "other", "some", "many", "most", "few", "several", "all", "both", "those", "one", "another", "each",
          "either", "neither", "none", "anyone", "everyone", "someone", "somebody", "everybody", "nobody"}
_BODY_WORDS: frozenset[str] = frozenset(
    line.strip()
    for line in resources.files("parley").joinpath("data", "people", "body_words.tsv").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
)


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    from parley.extract.attributions.cues import lexicon

    return lexicon().documents


def _outlet(name: str) -> str | None:
    from parley.extract.provenance import outlets  # the provenance step comes later; its table is data

    low = name.casefold()
    for outlet in outlets():
        if low in (a.casefold() for a in (outlet.name, *outlet.aliases)):
            return outlet.name
    return None


def _body_or_group(text: str, head: "Token") -> Speaker | None:
    from parley.actors.gazetteer import country_code, organisation

    clean = text.strip()
    if clean.lower().startswith("the "):
        clean = clean[4:]
    if clean.lower().startswith(_QUANTIFIERS) and head.pos_ == "PROPN":
        clean = clean.split(" ", 1)[1]  # "Neither China", "Both Pakistan": the body itself
    described = False
    words = clean.split()
    k = max((n + 1 for n, w in enumerate(words[:-1]) if w.lower().strip(",") in _BODY_WORDS), default=0)
    if k and words[k][:1].isupper() and head.text in words[k:] and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words[k:]):
        # "State broadcaster CCTV", "the media watchdog Reporters Without Borders": the name after the description.
        clean, described = " ".join(words[k:]), True
    elif head.pos_ == "PROPN":
        while k < len(words) - 1 and not words[k][:1].isupper():
            k += 1
        if k:
            clean = " ".join(words[k:])  # "a charge New Delhi" -> New Delhi
    elif head.pos_ == "NOUN" and head.lemma_.lower() in _BODY_WORDS:
        # "the Reuters news agency", "The China Newsweek magazine": the name before the description.
        names = [t for t in head.subtree if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ != "NORP"]
        if names and names[-1].i >= head.i - 2:
            clean = head.doc[names[0].i : names[-1].i + 1].text
            head = names[-1]
            described = True
    outlet = _outlet(clean)
    if outlet is not None:
        return Speaker(name=outlet, type="organization")
    org = organisation(clean)
    if org is not None:
        return Speaker(name=org.name, affiliation=affiliation_code(clean), type="organization")
    country = country_code(clean)
    if country is not None and head.pos_ == "PROPN":
        return Speaker(name=clean, affiliation=country, type="organization")
    if head.pos_ == "PROPN" or described:
        body = described or head.ent_type_ in ("ORG", "GPE", "NORP")
        return Speaker(name=clean, type="organization" if body else "unknown")
    if head.pos_ == "NOUN":
        affiliation = None
        modifiers = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "poss")]
        if modifiers:
            # The whole modifier first ("State Department spokesperson"), then each word ("Russian officials").
            first = min(t.i for m in modifiers for t in m.subtree)
            affiliation = affiliation_code(head.doc[first : head.i].text)
        for child in modifiers:
            if affiliation:
                break
            affiliation = affiliation_code(child.text)
        return Speaker(name=clean, affiliation=affiliation, type="group" if head.tag_ == "NNS" else "unknown")
    return None
