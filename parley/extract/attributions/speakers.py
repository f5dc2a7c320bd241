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
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Literal

from parley.extract.attributions.indirect import conjuncts, np_bounds
from parley.extract.people import Person, affiliation_code, known_person, role_words
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
        self.text = doc.text  # Doc.text joins every token again on each access
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

    def _salient(self, head: "Token", fits: Callable[[Person], bool], before: int | None = None) -> Person | None:
        """For a pronoun: the latest fitting person named as a subject in this or the two sentences before
        (before ``before`` when given: the start of the quotation the pronoun signs)."""
        sent = head.sent
        for _ in range(2):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        window_start = sent.start_char
        i = bisect.bisect_left(self._starts, head.idx if before is None else min(before, head.idx)) - 1
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
        content_start: int | None = None,
    ) -> Speaker | None:
        """The speaker a source mention names; ``previous`` is the last attribution's (source offset, speaker).

        A he/she right after someone's statement continues that speaker ("..., Oh said. ... he said"),
        even when the tagger did not see the name as a person.
        """
        if source is None:
            return None
        start, end = source
        if head is not None and start <= head.idx < end:
            together = [c for c in conjuncts(head)[1:] if c.idx < end]
            if together:
                return self._joint([head, *together], start)
        person = self.person_at(start, end)
        owned = self._owned_by_person(head, start, end) if person is not None and head is not None else None
        if person is not None and owned is None:
            return _from_person(person)
        if head is None:
            return None
        if person is not None and owned == "body":
            # "the Trump administration", "the government of President Ouattara": the body, not its leader.
            name = self.text[start:end].strip()
            name = re.sub(r"^(?:the|a|an)\s+", "", name, flags=re.IGNORECASE)
            return Speaker(name=name, affiliation=person.affiliation, type="organization")
        for appos in (c for c in head.children if c.dep_ == "appos" and c.i > head.i):
            # "The Kremlin's spokesman, Dmitry Peskov, told reporters": the person named in apposition.
            named = self.person_at(appos.left_edge.idx, appos.right_edge.idx + len(appos.right_edge.text))
            if named is not None:
                return _from_person(named)
        relative = self.text[start:end].lower() in ("that", "which")
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
            # '"... Schengen no longer exists," he said': the antecedent is before the quotation he signs.
            anchor = min(start, content_start) if content_start is not None else start
            person = (
                self._salient(head, lambda p: p.gender in (gender, None), anchor)
                or self._recent(anchor, lambda p: p.gender == gender)
                or self._recent(anchor, lambda p: p.gender is None)
                or self._next(end, lambda p: p.gender in (gender, None))
            )
            if previous is not None:
                at, prior = previous
                mentioned = self._last_mention(person, anchor) if person is not None else -1
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
        if low in _VAGUE or any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
            return None  # "Others said", "Some argue", "No country has ...": nobody in particular
        if relative and head.pos_ == "NOUN" and not (
            head.lemma_.lower() in self.words.heads or head.lemma_.lower() in _BODY_WORDS or head.lemma_.lower() in _documents()
        ):
            return None  # "a dramatic escalation that ...", "a derogatory term that ...": not a speaker
        text = self.text[start:end]
        if head.pos_ == "NOUN" and head.lemma_.lower() in _documents() and not _public_figures(head):
            # "a statement from the Foreign Ministry", "the NISA statement": whoever issued it, if named;
            # "the report" for the report named earlier ("a new report by Human Rights Watch").
            return self._issuer(head) or self._earlier_issuer(head)
        if head.pos_ == "NOUN" and head.lemma_.lower() in _ANAPHORIC_BODIES and _definite_and_unnamed(head):
            # "The BLA ... The separatist group said": the organisation named just before (not "the
            # group of protesters", which says who it is).
            says_who = any(c.dep_ == "prep" and c.i > head.i for c in head.children)
            body = None if says_who else self._recent_organisation(head)
            if body is None and not says_who and previous is not None and previous[1].type == "organization" \
                    and 0 < start - previous[0] <= ANTECEDENT_CHARS:
                body = previous[1]  # the organisation that spoke just before ("Doctors Without Borders says ...")
            if body is not None:
                return body
        if head.pos_ == "NOUN" and low in self.words.heads or head.lemma_.lower() in self.words.heads:
            described = self._description(head, start)
            if described is not None:
                return _from_person(described)
            fuller = self._earlier_description(head)
            if fuller is not None:
                return _body_or_group(fuller.text, fuller.root)
        if head.pos_ == "NOUN" and _definite_and_unnamed(head) and not any(
            c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in head.children
        ):
            # "the website", "the military", "the law": the fuller mention of the same thing just before
            # ("the government-run Vietnam Investment Review news website", "the C.A.R. military").
            fuller = self._earlier_description(head)
            if fuller is not None:
                person = self.person_at(fuller.start_char, fuller.end_char)
                return _from_person(person) if person is not None else _body_or_group(fuller.text, fuller.root)
        return _body_or_group(text, head)

    def _joint(self, heads: "list[Token]", start: int) -> Speaker | None:
        """Several speakers at once ("Sergei Lavrov and Antony Blinken said"): one group speaker named
        after each, with the affiliation they share."""
        members: list[Speaker] = []
        for tok in heads:
            bounds = np_bounds(tok)
            if bounds is None:
                return None
            if tok is heads[0]:
                bounds = (start, bounds[1])
            member = self.speaker(bounds, tok)
            if member is None:
                if tok.lower_ in _VAGUE:
                    continue  # "The United States and others": the ones named
                return None
            members.append(member)
        if not members:
            return None
        if len(members) == 1:
            return members[0]
        affiliations = {m.affiliation for m in members}
        return Speaker(
            name=" and ".join(m.name for m in members),
            affiliation=affiliations.pop() if len(affiliations) == 1 else None,
            type="group",
        )

    def _in_person_mention(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        # Mentions never nest deeply; a few steps back cover a long name that started earlier.
        return any(self._mentions[j][0] <= offset < self._mentions[j][1] for j in range(i, max(-1, i - 4), -1))

    def _owned_by_person(self, head: "Token", start: int, end: int) -> str | None:
        """Whether the person named in the mention only owns what speaks: "role" for "Amirov's lawyer",
        "a Biden adviser", "Navalny's wife" (somebody else); "body" for "the Trump administration",
        "the government of President Ouattara"; None when the person speaks."""
        if head.pos_ != "NOUN":
            return None
        lemma = head.lemma_.lower()
        kind = "role" if lemma in self.words.heads else "body" if lemma in _LED_BODIES else None
        if kind is None:
            return None
        for tok in self.doc[head.left_edge.i : head.right_edge.i + 1]:
            if tok.i == head.i or not start <= tok.idx < end or not self._in_person_mention(tok.idx):
                continue
            top = tok
            while top.dep_ in ("compound", "flat") and top.head.pos_ == "PROPN" and top.head.i != head.i:
                top = top.head
            if top.head.i == head.i and top.dep_ in ("poss", "compound") and top.i < head.i:
                return kind
            if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i == head.i and kind == "body":
                return kind
        return None

    def _issuer(self, document: "Token") -> Speaker | None:
        """The body or person that issued a document ("a statement from X", "X's report"), or None."""
        doc = self.doc
        for child in document.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of") and child.i > document.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or pobj.lemma_.lower() in self.words.heads
                                         or pobj.lemma_.lower() in _BODY_WORDS):
                    return self.speaker(_name_run(pobj), pobj)
        if document.dep_ == "dobj" and document.head.lemma_.lower() in _ISSUING_VERBS:
            # "Human Rights Watch released a new report": the subject issued it.
            subject = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ in ("PROPN", "NOUN") and "\n" not in self.text[subject.idx : document.idx]:
                bounds = np_bounds(subject)
                if bounds is not None:
                    return self.speaker(bounds, subject)
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

    def subject_body(self, pronoun: "Token") -> Speaker | None:
        """ "it"/"they" for the body that was the subject just before, when nobody spoke in between:
        "The ministry dismissed the report. It said ..." (the same sentence or the one before)."""
        sent = pronoun.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        plural = pronoun.lower_ == "they"
        quote_marks = 0
        for tok in reversed(self.doc[start : pronoun.i]):
            if tok.text in _QUOTE_TOKENS:
                quote_marks += 1
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in ("it", "they") or quote_marks % 2:
                continue  # a subject inside the quotation the pronoun signs is not its antecedent
            lemma = tok.lemma_.lower()
            body = (tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "GPE", "NORP")) or (
                tok.pos_ == "NOUN" and lemma in _BODY_WORDS | _LED_BODIES | _ANAPHORIC_BODIES
            ) or (plural and tok.pos_ == "NOUN" and lemma in self.words.heads)  # "Senators urged ... they wrote"
            if not body or (tok.tag_ in ("NNS", "NNPS")) != plural and tok.pos_ == "NOUN":
                return None  # the nearest subject is something else: "it" is not about a body
            bounds = np_bounds(tok)
            found = self.speaker(bounds, tok) if bounds is not None else None
            return found if found is not None and found.type in ("organization", "group") else None
        return None

    def _earlier_issuer(self, document: "Token") -> Speaker | None:
        """The issuer of the same kind of document named earlier in the article, when the article
        names one issuer of that kind only ("a report by Human Rights Watch ... the report")."""
        if not _definite_and_unnamed(document):
            return None
        issuers: dict[str, Speaker] = {}
        for tok in self.doc[max(0, document.i - 600) : document.i]:
            if tok.lemma_ == document.lemma_ and tok.pos_ == "NOUN":
                found = self._issuer(tok)
                if found is not None:
                    issuers[found.name] = found
        return next(iter(issuers.values())) if len(issuers) == 1 else None

    def _recent_organisation(self, head: "Token") -> Speaker | None:
        """The organisation named last in this or the two sentences before ("the group" for "the BLA")."""
        sent = head.sent
        for _ in range(2):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        for ent in reversed([e for e in self.doc.ents if sent.start <= e.start and e.end <= head.i]):
            if ent.label_ != "ORG" or ent.root.head.i == head.i:
                continue
            body = _body_or_group(ent.text, ent.root)
            if body is None or body.type == "person":
                continue  # "Lavrov" tagged ORG is a person
            return body.model_copy(update={"type": "organization"})
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
            # A post-modifier says who too: "the leaders of Puntland and Jubaland" for "those leaders".
            post = [c for c in tok.children if c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
                    and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)]
            if len(mods) > own or (post and not any(c.dep_ == "prep" for c in head.children)):
                first = min([t.i for m in mods for t in m.subtree] + [tok.i])
                last = max([t.i for p in post for t in p.subtree] + [tok.i])
                return doc[first : last + 1]
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
# Bodies a person leads, named after the person: "the Trump administration", "Putin's government".
_LED_BODIES = {"government", "administration", "campaign", "office", "cabinet", "regime", "camp", "team"}
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


_ISSUING_VERBS = {"release", "publish", "issue", "produce", "file", "send", "post", "submit", "circulate", "unveil", "launch"}
# Descriptions that stand for an organisation named just before: "the group", "the militia".
_ANAPHORIC_BODIES = {"group", "organization", "organisation", "movement", "militia", "party", "agency", "alliance",
                     "coalition", "company", "firm", "outlet", "broadcaster", "newspaper", "charity", "network", "insurgency",
                     "faction", "wing"}
_QUOTE_TOKENS = {'"', "“", "”", "''", "``", "«", "»"}
# How far back (in characters) an anaphor ("it", "the group", "the report") looks for who spoke.
ANTECEDENT_CHARS = 600


def _definite_and_unnamed(head: "Token") -> bool:
    """ "the report", "the separatist group" (not "a report", not "the Amnesty report")."""
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    named = any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in head.subtree if t.i < head.i)
    return bool(dets) and dets[0] in ("the", "this", "that") and not named


_PEOPLE_FIGURES = {"opposition", "political", "public", "senior", "party", "religious", "key", "leading", "prominent",
                   "military", "business", "community", "cultural", "tribal", "sports", "pro-democracy"}


def _public_figures(head: "Token") -> bool:
    """ "opposition figures", "public figures" are people; "official figures", "new figures" are numbers."""
    return head.lemma_.lower() == "figure" and any(c.lower_ in _PEOPLE_FIGURES for c in head.children if c.i < head.i)


def _body_or_group(text: str, head: "Token") -> Speaker | None:
    found = _described_body(text, head)
    if found is None and head.pos_ not in ("NOUN", "PROPN", "X"):
        # The parser lost the head ("Media watchdog Reporters Without Borders" with "watchdog" as a
        # verb): a known organisation named in the mention.
        return _named_organisation(text)
    return found


_CAPITALISED_RUN = re.compile(r"[A-Z][\w.’'&-]*(?:\s+(?:of|for|and|the|Without|on|[A-Z][\w.’'&-]*))*")


def _named_organisation(text: str) -> Speaker | None:
    from parley.actors.gazetteer import organisation

    for match in _CAPITALISED_RUN.finditer(text):
        run = match.group(0).strip()
        outlet = _outlet(run)
        if outlet is not None:
            return Speaker(name=outlet, type="organization")
        org = organisation(run)
        if org is not None:
            return Speaker(name=org.name, affiliation=affiliation_code(run), type="organization")
    return None


def _described_body(text: str, head: "Token") -> Speaker | None:
    from parley.actors.gazetteer import country_code, organisation

    clean = re.sub(r"^(?:the|an?)\s+", "", text.strip(), flags=re.IGNORECASE)
    if re.match(r"^An?\s+[A-Z][a-z]+$", text.strip()) and head.pos_ == "PROPN":
        clean = text.strip()  # "A Qiang" is a name, not "a Qiang"
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
    # A lower-case description ("the aid group") is not an organisation's name, whatever the
    # actor dictionaries list.
    org = organisation(clean) if any(ch.isupper() for ch in clean) else None
    if org is not None:
        return Speaker(name=org.name, affiliation=affiliation_code(clean), type="organization")
    country = country_code(clean)
    if country is not None and head.pos_ == "PROPN":
        return Speaker(name=clean, affiliation=country, type="organization")
    if not described and head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN", "X", "INTJ"):
        known = known_person(clean)
        if known is not None:
            # "Lavrov", "Zelenskyy" tagged as an organisation or a noun: a known office holder.
            return Speaker(name=known[0], affiliation=known[1], type="person")
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
        kind: Literal["person", "organization", "group", "unknown"]
        if head.tag_ == "NNS":
            kind = "group"
        elif head.lemma_.lower() in _BODY_WORDS | _LED_BODIES | _ANAPHORIC_BODIES:
            kind = "organization"  # "the ministry", "the Kurdish-led administration"
        else:
            kind = "unknown"
        return Speaker(name=clean, affiliation=affiliation, type=kind)
    return None
