"""Speaker resolution: from the mention at the cue to a canonical speaker of the article.

* A name mention ("Nuland", "Ms. Nuland") is the person with the fullest name.
* A pronoun (she, he, her) is the nearest person before it whose gender fits.
* A description ("the US diplomat", "the spokeswoman", "the minister") is the most recent
  person whose role or affiliation fits the description.
* A body ("the Kremlin", "the State Department", "Russia") is an organization speaker with
  its country or acronym; other noun phrases ("officials", "critics") are kept as groups.

Each way of reading a mention is a small named rule of ``CONSTRUCTIONS``, tried in order in one
pass: the first rule that settles the mention (a speaker, or nobody) wins. Word classes and
distances are data (``parley/data/people/*``, ``speakers.toml``), read into :class:`SpeakerRules`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

from parley.datafiles import DataFiles, packaged
from parley.extract.attributions.indirect import conjuncts, np_bounds
from parley.extract.people import PeopleRules, Person, affiliation_code, known_person, misspelt_surname
from parley.extract.people import load_rules as people_rules
from parley.models import Speaker

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token
    from spacy.tokens import Span as SpacySpan

__all__ = [
    "ANTECEDENT_CHARS", "CONSTRUCTIONS", "SpeakerResolver", "SpeakerRules", "SpeakerSettings", "default_rules",
    "load_rules",
]


@dataclass(frozen=True)
class SpeakerSettings:
    """The distances of ``people/speakers.toml`` (each key's comment there says why)."""

    antecedent_chars: int
    pronoun_continues_chars: int
    cataphora_chars: int
    salient_sentences: int
    organisation_sentences: int
    earlier_description_tokens: int
    earlier_issuer_tokens: int
    name_head_steps: int
    nested_mention_steps: int
    body_name_gap: int
    introduced_next_sentences: int
    introduced_after_sentences: int
    introduced_shared_words: int


@dataclass(frozen=True)
class SpeakerRules:
    """Everything the speaker rules read: the people rules, word classes and distances."""

    people: PeopleRules
    body_words: frozenset[str]  # "agency", "broadcaster": a body, not a person
    led_bodies: frozenset[str]  # "administration", "government": led by a person
    anaphoric_bodies: frozenset[str]  # "group", "militia": stand for an organisation named before
    vague: frozenset[str]  # "others", "some": nobody in particular
    discourse_words: frozenset[str]  # "but", "well": open a spoken sentence, never a source
    non_agentive: frozenset[str]  # "history", "goal", "concept": never a speaker
    document_names: re.Pattern[str]  # "Charter", "Act", "Constitution": head a document's name
    issuing_verbs: frozenset[str]  # "release", "publish": the subject issued the object
    quote_marks: frozenset[str]
    people_figures: frozenset[str]  # "opposition figures" are people
    official_heads: frozenset[str]  # "official", "diplomat": anyone in an office of state
    generic_heads: frozenset[str]  # "chief", "head": whoever heads what the modifiers name
    person_nouns: frozenset[str]  # "student", "owner": one person, described not named
    spokes_roles: frozenset[str]  # "public relations", "press secretary": roles whose holder is a spokesperson
    protagonist_roles: frozenset[str]  # "minister", "politician": may refer back to the article's subject
    office_words: frozenset[str]  # "minister", "spokes": parts of a role that make it an office
    affiliation_words: frozenset[str]  # "US", "top": modifiers a role need not contain
    quantifiers: tuple[str, ...]  # "both ", "neither ": dropped before a body's name
    name_glue: frozenset[str]  # "of", "'s": inside a body's capitalised name
    capitalised_run: re.Pattern[str]  # an organisation's name in running text ("Reporters Without Borders")
    settings: SpeakerSettings

    @property
    def roles(self) -> frozenset[str]:
        return self.people.roles.heads

    @property
    def organisation_nouns(self) -> frozenset[str]:
        """Nouns that make a speaker an organization: body words, led bodies, anaphoric bodies."""
        return self.body_words | self.led_bodies | self.anaphoric_bodies

    def pronoun_gender(self, word: str) -> str | None:
        """The gender of a singular personal pronoun ("she" -> "f"); None for any other word."""
        pronoun = self.people.pronouns.get(word)
        return pronoun.gender if pronoun is not None and pronoun.kind == "singular" else None

    def names_nobody(self, word: str) -> bool:
        """A plural, first-person or other pronoun ("they", "I", "it", "who"): no named speaker."""
        pronoun = self.people.pronouns.get(word)
        return pronoun is not None and pronoun.kind in ("plural", "first", "other")


def _capitalised_run(files: DataFiles) -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in files.ordered_words("people/org_run_words.tsv", lower=False))
    return re.compile(rf"[A-Z][\w.’'&-]*(?:\s+(?:{words}|[A-Z][\w.’'&-]*))*")


def load_rules(files: DataFiles) -> SpeakerRules:
    """The speaker rules read from ``people/*`` under ``files``."""
    return SpeakerRules(
        people=people_rules(files),
        body_words=files.words("people/body_words.tsv"),
        led_bodies=files.words("people/led_bodies.tsv"),
        anaphoric_bodies=files.words("people/anaphoric_bodies.tsv"),
        vague=files.words("people/vague_words.tsv"),
        discourse_words=files.words("people/discourse_words.tsv"),
        non_agentive=files.words("people/non_agentive.tsv"),
        document_names=re.compile("|".join(row[0] for row in files.rows("entities/document_heads.tsv"))),
        issuing_verbs=files.words("people/issuing_verbs.tsv"),
        quote_marks=files.words("people/quote_marks.tsv", lower=False),
        people_figures=files.words("people/people_figures.tsv"),
        official_heads=files.words("people/official_heads.tsv"),
        generic_heads=files.words("people/generic_heads.tsv"),
        person_nouns=files.words("people/person_nouns.tsv"),
        spokes_roles=files.words("people/spokes_roles.tsv"),
        protagonist_roles=files.words("people/protagonist_roles.tsv"),
        office_words=files.words("people/office_words.tsv"),
        affiliation_words=files.words("people/affiliation_words.tsv"),
        quantifiers=tuple(f"{word} " for word in files.ordered_words("people/quantifiers.tsv")),
        name_glue=files.words("people/org_name_glue.tsv"),
        capitalised_run=_capitalised_run(files),
        settings=files.settings("people/speakers.toml", SpeakerSettings),
    )


@lru_cache(maxsize=1)
def default_rules() -> SpeakerRules:
    """The packaged speaker rules, read once per process."""
    return load_rules(packaged())


# How far back (in characters) an anaphor ("it", "the group", "the report") looks for who spoke: the
# packaged ``antecedent_chars`` of speakers.toml (the attribution step reads it from here).
ANTECEDENT_CHARS: int = packaged().settings("people/speakers.toml", SpeakerSettings).antecedent_chars


# -- one mention and the constructions that read it ----------------------------------------

NOBODY: Literal["nobody"] = "nobody"
"""What a rule returns when it settles a mention as nobody in particular ("others said")."""

Resolution = Speaker | Literal["nobody"] | None  # None: the rule does not apply, try the next one


@dataclass
class _Mention:
    """A source mention being resolved: its character bounds (a rule may narrow them to the noun a
    relative pronoun stands for), its head token, and what the resolver found inside it."""

    start: int
    end: int
    head: "Token"
    previous: tuple[int, Speaker] | None  # the last attribution's (source offset, speaker)
    content_start: int | None  # where the quotation the mention signs starts
    person: Person | None  # the person named inside the mention
    owned: str | None  # "role"/"body"/"other" when that person only owns what speaks ("Amirov's lawyer")
    relative: bool  # the mention is "that"/"which"


def _joint_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "Sergei Lavrov and Antony Blinken said": one group speaker named after each."""
    if not m.start <= m.head.idx < m.end:
        return None
    together = [c for c in conjuncts(m.head)[1:] if c.idx < m.end]
    if not together:
        return None
    return r._joint([m.head, *together], m.start) or NOBODY


def _named_person_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "Nuland", "Ms. Nuland", "US Under Secretary of State Victoria Nuland": the person named."""
    return _from_person(m.person) if m.person is not None and m.owned is None else None


def _name_word_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "..., said Oh Ei Sun ... Oh said": a one-word mention the tagger did not see as a name is the
    one person of the article whose name begins or ends with that word (surname-first names too)."""
    if m.person is not None or m.head.pos_ in ("PRON", "DET"):
        return None
    owner = r.name_word_owner(m.start, m.end)
    if owner is not None:
        return _from_person(owner)
    # "..., said Oh Ei Sun, senior fellow ... Oh said": the speaker just before, named but not tagged.
    word = r.text[m.start : m.end].strip()
    prior = m.previous[1] if m.previous is not None else None
    if prior is not None and prior.type in ("person", "unknown", "unnamed_person") and len(prior.name.split()) > 1 \
            and word in (prior.name.split()[0], prior.name.split()[-1]):
        return prior.model_copy(update={"type": "person"})
    return None


def _led_body_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "the Trump administration", "the government of President Ouattara": the body, not its leader."""
    if m.person is None or m.owned != "body":
        return None
    name = re.sub(r"^(?:the|a|an)\s+", "", r.text[m.start : m.end].strip(), flags=re.IGNORECASE)
    return Speaker(name=name, affiliation=m.person.affiliation, type="organization")


def _apposition_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "The Kremlin's spokesman, Dmitry Peskov, told reporters": the person named in apposition."""
    for appos in (c for c in m.head.children if c.dep_ == "appos" and c.i > m.head.i):
        named = r.person_at(appos.left_edge.idx, appos.right_edge.idx + len(appos.right_edge.text))
        if named is not None:
            return _from_person(named)
    return None


def _relative_pronoun_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """A relative pronoun ("who", "which") as the mention: the noun it stands for (the mention narrows
    to that noun phrase for the rules after this one)."""
    head = m.head
    if m.start <= head.idx < m.end:
        return None
    person = r.person_at(head.idx, head.idx + len(head.text))
    if person is not None:
        return _from_person(person)
    m.start, m.end = _np_span(head)
    return None


def _personal_pronoun_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """he/she/him/her: the salient or most recent person of that gender, or the speaker just before."""
    gender = r.rules.pronoun_gender(m.head.lower_)
    if gender is None:
        return None
    # '"... Schengen no longer exists," he said': the antecedent is before the quotation he signs.
    anchor = min(m.start, m.content_start) if m.content_start is not None else m.start
    person = r._antecedent(m.head, gender, anchor, m.end)
    if m.previous is not None and r._continues_previous(m, gender, anchor, person):
        return m.previous[1]
    return _from_person(person) if person else NOBODY


def _non_referring_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """they/we/I/you/it/this/who: no one named person (the attribution step reads "it" and "they")."""
    return NOBODY if r.rules.names_nobody(m.head.lower_) else None


def _discourse_word_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "Q But, Jen, ... We saw", "Q Well, just to ...": a source that is only a word opening a spoken
    sentence names nobody (the parser took it for the subject, often as a proper noun)."""
    if m.person is None and r.text[m.start : m.end].strip(" ,").lower() in r.rules.discourse_words:
        return NOBODY
    return None


def _vague_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "Others said", "Some argue", "No country has ...": nobody in particular."""
    head = m.head
    if head.lower_ in r.rules.vague or any(c.dep_ == "det" and c.lower_ == "no" for c in head.children):
        return NOBODY
    return None


def _non_agentive_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "History shows", "time will tell", "Our goal is", "the Strategic Concept says": a source headed
    by a noun that names no agent (people/non_agentive.tsv) is nobody, unless it names an organisation."""
    head = m.head
    if head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() not in r.rules.non_agentive or m.person is not None:
        return None
    if head.pos_ == "PROPN" and (head.ent_type_ in ("ORG", "PERSON", "GPE", "NORP") or _named_organisation(r.text[m.start : m.end], r.rules)):
        return None  # "ABC News", "Fox News": a name, not the noun
    return NOBODY


def _relative_non_speaker_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "a dramatic escalation that ...", "a derogatory term that ...": not a speaker."""
    head = m.head
    if not (m.relative and head.pos_ == "NOUN"):
        return None
    lemma = head.lemma_.lower()
    speaks = lemma in r.rules.roles or lemma in r.rules.body_words or lemma in _documents()
    return None if speaks else NOBODY


def _document_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "a statement from the Foreign Ministry", "the NISA statement", "Zimbabwe's Constitution": whoever
    issued it, if named ("the Freedom to Vote Act" is its own name, left to the rules after this one);
    "the report" for the report named earlier ("a new report by Human Rights Watch")."""
    head = m.head
    named = head.pos_ == "PROPN" and r.rules.document_names.fullmatch(head.text) is not None  # "the Charter"
    if not (named or head.pos_ == "NOUN" and head.lemma_.lower() in _documents()) or _public_figures(head, r.rules):
        return None
    if named:  # the words before "Act" are the document's name; its issuer is its owner ("Zimbabwe's"),
        # else the document itself speaks, by its name (the VOA gold's convention for unissued documents)
        owner = next((c for c in head.children if c.dep_ == "poss"), None)
        return r.speaker((owner.left_edge.idx, owner.idx + len(owner.text)), owner) if owner is not None else None
    return r._issuer(head) or r._earlier_issuer(head) or NOBODY


def _anaphoric_body_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "The BLA ... The separatist group said": the organisation named just before (not "the group of
    protesters", which says who it is), else the organisation that spoke just before."""
    head = m.head
    if head.pos_ != "NOUN" or head.lemma_.lower() not in r.rules.anaphoric_bodies or not _definite_and_unnamed(head):
        return None
    if any(c.dep_ == "prep" and c.i > head.i for c in head.children):
        return None
    body = r._recent_organisation(head)
    previous = m.previous
    if body is None and previous is not None and previous[1].type == "organization" \
            and 0 < m.start - previous[0] <= r.rules.settings.antecedent_chars:
        body = previous[1]  # the organisation that spoke just before ("Doctors Without Borders says ...")
    return body


def _role_description_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "the US diplomat", "the spokeswoman": the most recent person whose role fits; else the fuller
    description that introduced the same unnamed speaker ("a State Department spokesperson")."""
    head = m.head
    if not (head.pos_ == "NOUN" and head.lower_ in r.rules.roles or head.lemma_.lower() in r.rules.roles):
        return None
    if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children):
        return None  # "According to a U.S. defense official": an indefinite description introduces someone new
    described = r._description(head, m.start)
    if described is not None:
        return _from_person(described)
    fuller = r._earlier_description(head)
    if fuller is None:
        return None
    return _body_or_group(fuller.text, fuller.root, r.rules) or NOBODY


def _introduced_later_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "The U.N. special envoy for Syria is calling for ... Geir Pedersen issued his appeal": a role
    description nobody before fits is the person the article names right after it (see
    :meth:`SpeakerResolver.introduced_after`)."""
    head = m.head
    if head.pos_ != "NOUN" or head.tag_ in ("NNS", "NNPS") or head.lemma_.lower() not in r.rules.roles:
        return None
    if m.person is not None and m.owned != "role":
        return None
    found = r.introduced_after(head, m.start, m.end)
    if found is not None and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in head.children) and any(
            head.sent.start_char <= mention.start < head.sent.end_char for mention in found.mentions):
        return None  # "asked by a reporter whether ..., Trump said": someone new, not the name later in the sentence
    return _from_person(found) if found is not None else None


def _article_subject_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "Former EU official Michel Barnier says ... The former French foreign minister told France
    Television": a definite role description no one else fits is the person the lede is about (the
    subject of the article's first sentence), when gender and affiliation agree."""
    head = m.head
    if head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in r.rules.protagonist_roles or m.person is not None:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    person = r.lede_subject()
    if person is None or person.mentions[0].start >= m.start:
        return None
    gender = r.words.gender.get(head.lower_)
    wanted = r._wanted_affiliation(head)
    if (gender and person.gender and gender != person.gender) or (wanted and person.affiliation and wanted != person.affiliation):
        return None
    return _from_person(person)


def _described_previous_speaker_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ '"...," said Kristian ... "I love it," said the young professional in his 30s': a definite role
    description nobody fits, right after a named person spoke, describes that person (when the article
    gave them no other role and the gender agrees)."""
    head, previous = m.head, m.previous
    if previous is None or head.pos_ != "NOUN" or head.tag_ != "NN" or head.lemma_.lower() not in r.rules.roles:
        return None
    if m.person is not None or not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None
    at, prior = previous
    known = next((p for p in r.people if p.name == prior.name), None)
    gender = r.words.gender.get(head.lower_)
    if known is None or prior.type != "person" or not 0 < m.start - at <= r.rules.settings.pronoun_continues_chars:
        return None
    if known.role is not None or (gender and known.gender and gender != known.gender):
        return None
    return prior


def _definite_description_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """ "the website", "the military", "the law": the fuller mention of the same thing just before
    ("the government-run Vietnam Investment Review news website", "the C.A.R. military")."""
    head = m.head
    if head.pos_ != "NOUN" or not _definite_and_unnamed(head):
        return None
    if any(c.dep_ in ("compound", "amod", "nmod", "poss", "prep") for c in head.children):
        return None
    fuller = r._earlier_description(head)
    if fuller is None:
        return None
    person = r.person_at(fuller.start_char, fuller.end_char)
    if person is not None:
        return _from_person(person)
    return _body_or_group(fuller.text, fuller.root, r.rules) or NOBODY


def _body_or_group_rule(r: SpeakerResolver, m: _Mention) -> Resolution:
    """Whatever else the mention says: an organisation, a country, a group ("officials"), or unknown."""
    return _body_or_group(r.text[m.start : m.end], m.head, r.rules) or NOBODY


# The constructions in the order they are tried, each with its name; the first that settles a mention wins.
CONSTRUCTIONS: tuple[tuple[str, Callable[[SpeakerResolver, _Mention], Resolution]], ...] = (
    ("joint", _joint_rule),
    ("named person", _named_person_rule),
    ("name word", _name_word_rule),
    ("led body", _led_body_rule),
    ("named in apposition", _apposition_rule),
    ("relative pronoun", _relative_pronoun_rule),
    ("personal pronoun", _personal_pronoun_rule),
    ("non-referring pronoun", _non_referring_rule),
    ("discourse word", _discourse_word_rule),
    ("vague", _vague_rule),
    ("non-agentive head", _non_agentive_rule),
    ("relative non-speaker", _relative_non_speaker_rule),
    ("document issuer", _document_rule),
    ("anaphoric body", _anaphoric_body_rule),
    ("role description", _role_description_rule),
    ("introduced later", _introduced_later_rule),
    ("article subject", _article_subject_rule),
    ("described previous speaker", _described_previous_speaker_rule),
    ("definite description", _definite_description_rule),
    ("body or group", _body_or_group_rule),
)


class SpeakerResolver:
    """Resolves source mentions of one article against its people."""

    def __init__(
        self, doc: "Doc", people: list[Person], *, rules: SpeakerRules | None = None, quoted: list[tuple[int, int]] | None = None
    ) -> None:
        self.doc = doc
        self._quoted = sorted(quoted or [])  # quotations (marks included): names inside them are quoted, not narrated
        self.text = doc.text  # Doc.text joins every token again on each access
        self.people = people
        self.rules = rules or default_rules()
        self.words = self.rules.people.roles
        mentions = sorted(((m.start, m.end, p) for p in people for m in p.mentions), key=lambda m: (m[0], m[1]))
        self._starts = [m[0] for m in mentions]
        self._mentions = mentions
        token_starts = [t.idx for t in doc]
        self._token_starts = token_starts
        self._subject = [self._is_subject(token_starts, end) for _start, end, _p in mentions]
        self._possessive = [self._is_possessive(token_starts, end) for _start, end, _p in mentions]
        self._first_seen = {p.name: min((m.start for m in p.mentions), default=-1) for p in people}

    def _is_subject(self, token_starts: list[int], end: int) -> bool:
        """Whether a name mention heads a subject ("Nenad Stevandic ... denounced"), which makes it salient."""
        i = bisect.bisect_right(token_starts, max(0, end - 1)) - 1
        if i < 0:
            return False
        tok = self.doc[i]
        for _ in range(self.rules.settings.name_head_steps):
            # Climb within the name only: in "the Trump administration said", Trump is not the subject.
            if tok.dep_ in ("compound", "flat") and tok.head.i > tok.i and tok.head.pos_ == "PROPN":
                tok = tok.head
            else:
                break
        if tok.dep_ == "appos":
            tok = tok.head
        return tok.dep_ in ("nsubj", "nsubjpass")

    def _is_possessive(self, token_starts: list[int], end: int) -> bool:
        """Whether a name mention owns what follows it ("Trump's threat")."""
        i = bisect.bisect_left(token_starts, end)
        if i > 0 and self.doc[i - 1].dep_ == "poss":
            return True
        return i < len(self.doc) and self.doc[i].text in ("'s", "’s", "'", "’") and self.doc[i].dep_ in ("case", "poss")

    def _window_start(self, head: "Token", sentences: int) -> "SpacySpan":
        """The sentence ``sentences`` before the head's own (or the first one)."""
        sent = head.sent
        for _ in range(sentences):
            if sent.start == 0:
                break
            sent = self.doc[sent.start - 1].sent
        return sent

    def _salient(self, head: "Token", fits: Callable[[Person], bool], before: int | None = None) -> Person | None:
        """For a pronoun: the latest fitting person named as a subject in this or the two sentences before
        (before ``before`` when given: the start of the quotation the pronoun signs)."""
        window_start = self._window_start(head, self.rules.settings.salient_sentences).start_char
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

    def lede_subject(self) -> Person | None:
        """The person named as the subject of the article's first sentence, if any."""
        first = next(iter(self.doc.sents), None)
        if first is None:
            return None
        for (start, _end, person), subject in zip(self._mentions, self._subject, strict=True):
            if start >= first.end_char:
                return None
            if subject:
                return person
        return None

    def _person_around(self, start: int, end: int) -> Person | None:
        """The person whose name mention holds the whole mention: the parse cut "Sayed" (read as a
        verb) off "Sayed Abdul Wajeed Sadat", whose mention still spans it."""
        i = bisect.bisect_right(self._starts, start) - 1
        steps = self.rules.settings.nested_mention_steps
        for j in range(i, max(-1, i - steps), -1):
            m_start, m_end, person = self._mentions[j]
            if m_start <= start and end <= m_end:
                return person
        return None

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

    def _next(self, after: int, fits: Callable[[Person], bool]) -> Person | None:
        """The first fitting person named soon after a pronoun that has no antecedent (a lede's "she said")."""
        i = bisect.bisect_left(self._starts, after)
        while i < len(self._mentions) and self._mentions[i][0] - after <= self.rules.settings.cataphora_chars:
            if fits(self._mentions[i][2]):
                return self._mentions[i][2]
            i += 1
        return None

    def _last_mention(self, person: Person, before: int, *, owner: bool = True) -> int:
        """Where ``person`` was last named before ``before`` (not counting "Trump's" unless ``owner``,
        nor a name inside a quotation: the speaker quoted naming someone does not hand over the turn)."""
        i = bisect.bisect_left(self._starts, before) - 1
        while i >= 0:
            at = self._mentions[i][0]
            if self._mentions[i][2] is person and (owner or not self._possessive[i]) and (owner or not self._in_quote(at)):
                return at
            i -= 1
        return -1

    def _in_quote(self, at: int) -> bool:
        j = bisect.bisect_right(self._quoted, (at, float("inf"))) - 1
        return j >= 0 and self._quoted[j][0] < at < self._quoted[j][1]

    def _antecedent(self, head: "Token", gender: str, anchor: int, end: int) -> Person | None:
        """The person a he/she before ``anchor`` stands for: salient, else most recent of that gender,
        else most recent of unknown gender, else the first named just after it."""
        return (
            self._salient(head, lambda p: p.gender in (gender, None), anchor)
            or self._recent(anchor, lambda p: p.gender == gender)
            or self._recent(anchor, lambda p: p.gender is None)
            or self._next(end, lambda p: p.gender in (gender, None))
        )

    def _continues_previous(self, m: _Mention, gender: str, anchor: int, person: Person | None) -> bool:
        """A he/she right after someone's statement continues that speaker ("..., Oh said. ... he said"),
        even when the tagger did not see the name as a person: when the pronoun's antecedent was last
        named before that statement, close to it, and the speaker can have that gender."""
        assert m.previous is not None
        at, prior = m.previous
        # A possessive does not interrupt the speaker's turn: "He dismissed concerns about Trump's
        # threat. '...,' he said" is still the speaker before, not Trump.
        mentioned = self._last_mention(person, anchor, owner=False) if person is not None else -1
        known = next((p for p in self.people if p.name == prior.name), None)
        # The distance runs to where the statement the pronoun signs begins: '"<a long quotation>," he said'
        # right after someone's statement continues it however long the quotation.
        return (
            mentioned < at < m.start
            and anchor - at <= self.rules.settings.pronoun_continues_chars
            and prior.type in ("person", "unknown", "unnamed_person")
            and (known is None or known.gender in (gender, None))
        )

    def speaker(
        self,
        source: tuple[int, int] | None,
        head: "Token | None",
        previous: tuple[int, Speaker] | None = None,
        content_start: int | None = None,
    ) -> Speaker | None:
        """The speaker a source mention names; ``previous`` is the last attribution's (source offset, speaker).

        The constructions of ``CONSTRUCTIONS`` are tried in order; the first that settles the mention wins.
        """
        if source is None:
            return None
        start, end = source
        person = self.person_at(start, end) or self._person_around(start, end)
        if head is None:
            person = person or self.name_word_owner(start, end)
            return _from_person(person) if person is not None else None
        mention = _Mention(
            start=start,
            end=end,
            head=head,
            previous=previous,
            content_start=content_start,
            person=person,
            owned=self._owned_by_person(head, start, end) if person is not None else None,
            relative=self.text[start:end].lower() in ("that", "which"),
        )
        for _name, rule in CONSTRUCTIONS:
            found = rule(self, mention)
            if found is not None:
                return found if isinstance(found, Speaker) else None
        return None

    def name_word_owner(self, start: int, end: int) -> Person | None:
        """The one person whose name (of two words or more) begins or ends with the single
        capitalised word at ``[start, end)``, else None."""
        word = self.text[start:end].strip()
        if not word[:1].isupper() or any(ch.isspace() for ch in word):
            return None
        owners = [p for p in self.people if len(p.name.split()) > 1 and word in (p.name.split()[0], p.name.split()[-1])]
        if not owners:
            # A misspelt surname ("Equiluz" for Luis Eguiluz): one or two letters off one person's long surname.
            settings = self.rules.people.settings
            owners = [p for p in self.people if len(p.name.split()) > 1 and misspelt_surname(p.surname, word, settings)]
        return owners[0] if len(owners) == 1 else None

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
                if tok.lower_ in self.rules.vague:
                    continue  # "The United States and others": the ones named
                return None
            members.append(member)
        members = list({m.name: m for m in members}.values())  # "social worker and activist Ryan Febrianto": one
        if not members:
            return None
        people = [m for m in members if m.type == "person"]
        if len(people) == 1 and all(m is people[0] or self._bare_role(m, heads) for m in members):
            # "social worker and activist Ryan Febrianto": one person with two roles, not a group.
            return people[0]
        if len(members) == 1:
            return members[0]
        affiliations = {m.affiliation for m in members}
        return Speaker(
            name=" and ".join(m.name for m in members),
            affiliation=affiliations.pop() if len(affiliations) == 1 else None,
            type="group",
        )

    def _bare_role(self, member: Speaker, heads: "list[Token]") -> bool:
        """Whether a conjunct is only a role word with no name of its own ("social worker")."""
        return member.type == "unknown" and any(
            t.lemma_.lower() in self.rules.roles and t.tag_ in ("NN", "NNP") and member.name.lower().endswith(t.lower_)
            and not any(c.dep_ == "det" for c in t.children)
            for t in heads
        )

    def _in_person_mention(self, offset: int) -> bool:
        i = bisect.bisect_right(self._starts, offset) - 1
        # Mentions never nest deeply; a few steps back cover a long name that started earlier.
        steps = self.rules.settings.nested_mention_steps
        return any(self._mentions[j][0] <= offset < self._mentions[j][1] for j in range(i, max(-1, i - steps), -1))

    def _owned_by_person(self, head: "Token", start: int, end: int) -> str | None:
        """Whether the person named in the mention only owns what speaks: "role" for "Amirov's lawyer",
        "a Biden adviser", "Navalny's wife" (somebody else); "body" for "the Trump administration",
        "the government of President Ouattara"; None when the person speaks."""
        if head.pos_ != "NOUN":
            return None
        lemma = head.lemma_.lower()
        # People a person's name only owns ("Berisha's opponents", "Trump's critics") are somebody else
        # too, when the name is their possessive; a singular noun is more often the person's own channel
        # or document ("Matiangi's official Twitter account", "Putin's statement").
        kind = "role" if lemma in self.words.heads else "body" if lemma in self.rules.led_bodies else None
        if kind is None and head.tag_ == "NNS":
            kind = "other"
        if kind is None:
            return None
        for tok in self.doc[head.left_edge.i : head.right_edge.i + 1]:
            if tok.i == head.i or not start <= tok.idx < end or not self._in_person_mention(tok.idx):
                continue
            top = tok
            while top.dep_ in ("compound", "flat") and top.head.pos_ == "PROPN" and top.head.i != head.i:
                top = top.head
            links = ("poss",) if kind == "other" else ("poss", "compound")
            if top.head.i == head.i and top.dep_ in links and top.i < head.i:
                return kind
            if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i == head.i and kind == "body":
                return kind
            if top.dep_ == "pobj" and top.head.lower_ in ("for", "to") and top.head.head.i == head.i and kind == "role":
                return kind  # "A spokesman for Afghan President Ashraf Ghani", "an adviser to Trump": somebody else
        return None

    def _issuer(self, document: "Token") -> Speaker | None:
        """The body or person that issued a document ("a statement from X", "X's report"), or None.
        The first reading that finds where the issuer is written settles it, even as nobody."""
        for reading in (self._issuer_after, self._issuing_subject, self._issuer_before):
            found = reading(document)
            if found is not None:
                return found if isinstance(found, Speaker) else None
        return None

    def _issuer_after(self, document: "Token") -> Resolution:
        """ "a statement from the Foreign Ministry", "a report by Human Rights Watch"."""
        for child in document.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "of") and child.i > document.i:
                pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if pobj is not None and (pobj.pos_ == "PROPN" or pobj.lemma_.lower() in self.words.heads
                                         or pobj.lemma_.lower() in self.rules.body_words):
                    return self.speaker(_name_run(pobj, self.rules), pobj) or NOBODY
        return None

    def _issuing_subject(self, document: "Token") -> Resolution:
        """ "Human Rights Watch released a new report": the subject issued it."""
        if document.dep_ != "dobj" or document.head.lemma_.lower() not in self.rules.issuing_verbs:
            return None
        subject = next((c for c in document.head.children if c.dep_ == "nsubj"), None)
        if subject is not None and subject.pos_ in ("PROPN", "NOUN") and "\n" not in self.text[subject.idx : document.idx]:
            bounds = np_bounds(subject)
            if bounds is not None:
                return self.speaker(bounds, subject) or NOBODY
        return None

    def _issuer_before(self, document: "Token") -> Resolution:
        """Capitalised modifiers right before the noun: "the NISA statement", "A Journal editorial",
        "Iran's Foreign Ministry statement", "a U.N. report"."""
        doc = self.doc
        i = document.i - 1
        while i >= 0 and (doc[i].text[:1].isupper() or doc[i].text in ("'s", "’s", ".", "-")) and doc[i].pos_ != "DET":
            i -= 1
        if i + 1 < document.i:
            first, last = doc[i + 1], doc[document.i - 1]
            if last.text in ("'s", "’s") and document.i - 1 > i + 1:
                last = doc[document.i - 2]
            start, end = first.idx, last.idx + len(last.text)
            if any(t.pos_ == "PROPN" for t in doc[first.i : last.i + 1]):
                return self.speaker((start, end), last) or NOBODY
        return None

    def _is_body_subject(self, tok: "Token", plural: bool) -> bool:
        lemma = tok.lemma_.lower()
        return (tok.pos_ == "PROPN" and tok.ent_type_ in ("ORG", "GPE", "NORP")) or (
            tok.pos_ == "NOUN" and lemma in self.rules.organisation_nouns
        ) or (plural and tok.pos_ == "NOUN" and lemma in self.words.heads)  # "Senators urged ... they wrote"

    def subject_body(self, pronoun: "Token") -> Speaker | None:
        """ "it"/"they" for the body that was the subject just before, when nobody spoke in between:
        "The ministry dismissed the report. It said ..." (the same sentence or the one before)."""
        sent = pronoun.sent
        start = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        plural = pronoun.lower_ == "they"
        quote_marks = 0
        for tok in reversed(self.doc[start : pronoun.i]):
            if tok.text in self.rules.quote_marks:
                quote_marks += 1
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.lower_ in ("it", "they") or quote_marks % 2:
                continue  # a subject inside the quotation the pronoun signs is not its antecedent
            if not self._is_body_subject(tok, plural) or (tok.tag_ in ("NNS", "NNPS")) != plural and tok.pos_ == "NOUN":
                return None  # the nearest subject is something else: "it" is not about a body
            if plural and _singular_verb(tok):
                return None  # "the United States seeks ... They also discussed": "they" is not one country
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
        for tok in self.doc[max(0, document.i - self.rules.settings.earlier_issuer_tokens) : document.i]:
            if tok.lemma_ == document.lemma_ and tok.pos_ == "NOUN":
                found = self._issuer(tok)
                if found is not None:
                    issuers[found.name] = found
        return next(iter(issuers.values())) if len(issuers) == 1 else None

    def _recent_organisation(self, head: "Token") -> Speaker | None:
        """The organisation named last in this or the two sentences before ("the group" for "the BLA")."""
        sent = self._window_start(head, self.rules.settings.organisation_sentences)
        for ent in reversed([e for e in self.doc.ents if sent.start <= e.start and e.end <= head.i]):
            if ent.label_ != "ORG" or ent.root.head.i == head.i:
                continue
            body = _body_or_group(ent.text, ent.root, self.rules)
            if body is None or body.type == "person":
                continue  # "Lavrov" tagged ORG is a person
            return body.model_copy(update={"type": "organization"})
        return None

    def _earlier_description(self, head: "Token") -> "SpacySpan | None":
        """An unnamed speaker introduced earlier with more detail: "a State Department spokesperson" for
        a later "the spokesperson"."""
        doc = self.doc
        own = sum(1 for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "poss"))
        for i in range(head.i - 1, max(-1, head.i - self.rules.settings.earlier_description_tokens), -1):
            tok = doc[i]
            if tok.lemma_ != head.lemma_ or tok.pos_ != "NOUN":
                continue
            mods = [c for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "nmod", "poss")]
            words = {t.lower_ for m in mods for t in m.subtree}
            if any(c.lower_ not in words for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod")):
                return None  # "the military spokesperson" is not "Afghan foreign ministry spokesperson"
            # A post-modifier says who too: "the leaders of Puntland and Jubaland" for "those leaders".
            post = [c for c in tok.children if c.i > tok.i and c.dep_ == "prep" and c.lower_ in ("of", "from", "in")
                    and any(g.dep_ == "pobj" and g.pos_ == "PROPN" for g in c.children)]
            if len(mods) > own or (post and not any(c.dep_ == "prep" for c in head.children)):
                first = min([t.i for m in mods for t in m.subtree] + [tok.i])
                last = max([t.i for p in post for t in p.subtree] + [tok.i])
                return doc[first : last + 1]
            return None
        return None

    def introduced_after(self, head: "Token", start: int, end: int) -> Person | None:
        """The person first named after a description that introduces them: named as a subject in the
        next sentences ("A self-described member of a crime group told a court ... Khalid Mehdiyev told
        jurors"), or a little later with words of the description around the name ("the leader of his
        legal team ... Caoilfhionn Gallagher, who is leading Zamora's international legal team").
        Never a person the article named before the description, nor one of another affiliation."""
        settings = self.rules.settings
        near_end = self._sentence_after(head, settings.introduced_next_sentences).end_char
        far_end = self._sentence_after(head, settings.introduced_after_sentences).end_char
        words = _content_lemmas(self.doc[head.left_edge.i : head.right_edge.i + 1])
        wanted = self._wanted_affiliation(head)
        i = bisect.bisect_left(self._starts, end)
        while i < len(self._mentions) and self._mentions[i][0] < far_end:
            at, mention_end, person = self._mentions[i]
            if self._first_seen[person.name] == at and (wanted is None or person.affiliation in (None, wanted)) \
                    and not self._other_role(person, at, head):
                if at < near_end and self._subject[i]:
                    return person
                if len(words & self._words_around(mention_end)) >= settings.introduced_shared_words:
                    return person
            i += 1
        return self._holder_named_later(head, end, words, wanted)

    def _holder_named_later(self, head: "Token", end: int, words: frozenset[str], wanted: str | None) -> Person | None:
        """ "Canada's Ontario provincial leader said ..." in the lede, "Doug Ford, Ontario's provincial
        leader" paragraphs later: the one person first named after the description whose role holds
        its head word and another of its words."""
        head_word = head.lemma_.lower()[:5]
        found = []
        for person in self.people:
            role = frozenset(w.lower()[:5] for w in re.findall(r"[\w-]+", _all_roles(person)) if len(w) > 2)
            if self._first_seen[person.name] > end and head_word in role and len((words & role) - {head_word}) >= 1 \
                    and (wanted is None or person.affiliation in (None, wanted)):
                found.append(person)
        return found[0] if len(found) == 1 else None

    def _other_role(self, person: Person, at: int, head: "Token") -> bool:
        """Whether the article gives ``person`` a role that shares no word with the description: "U.S.
        Defense Secretary Mark Esper" is not "a spokesman for the U.S. military", "his daughter Linda
        Wu" not "Gee's mother"; "Gen. Charles Brown, commander of Pacific Air Forces" is "a top U.S.
        Air Force general"."""
        i = bisect.bisect_left(self._token_starts, at)
        first = max(self.doc[min(i, len(self.doc) - 1)].sent.start, i - self.rules.settings.name_head_steps)
        before = [t.lemma_.lower()[:5] for t in self.doc[first:i] if t.lemma_.lower() in self.rules.roles]
        written = [w.lower()[:5] for w in re.findall(r"[\w-]+", _all_roles(person)) if len(w) > 2]
        found = set(before + written)
        return bool(found) and not found & _content_lemmas(self.doc[head.left_edge.i : head.right_edge.i + 1])

    def _sentence_after(self, head: "Token", sentences: int) -> "SpacySpan":
        sent = head.sent
        for _ in range(sentences):
            if sent.end >= len(self.doc):
                break
            sent = self.doc[sent.end].sent
        return sent

    def _words_around(self, name_end: int) -> frozenset[str]:
        """The content words of the apposition or relative clause set off by a comma right after a
        name ("Gallagher, who is leading Zamora's international legal team, told VOA"); nothing when
        no comma follows the name (the rest of the sentence says what happened, not who they are)."""
        i = bisect.bisect_left(self._token_starts, name_end)
        if i >= len(self.doc) or self.doc[i].text != ",":
            return frozenset()
        end = i + 1
        limit = min(self.doc[i].sent.end, i + 1 + self.rules.settings.earlier_description_tokens)
        while end < limit and self.doc[end].text not in (",", ".", ";"):
            end += 1
        return _content_lemmas(self.doc[i + 1 : end])

    def _wanted_affiliation(self, head: "Token") -> str | None:
        modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < head.i]
        return next((code for mod in modifiers if (code := affiliation_code(mod.text, rules=self.rules.people)) is not None), None)

    def _description(self, head: "Token", before: int) -> Person | None:
        """The most recent person whose role or affiliation fits "the US diplomat", "the minister"."""
        if head.tag_ in ("NNS", "NNPS"):
            return None
        modifiers = [c for c in head.children if c.dep_ in ("compound", "amod", "nmod", "poss") and c.i < head.i]
        wanted_affiliation = next((code for mod in modifiers if (code := affiliation_code(mod.text, rules=self.rules.people)) is not None), None)
        fits = _DescriptionFit(
            word=head.lemma_.lower(),
            written=head.lower_,
            gender=self.words.gender.get(head.lower_),
            affiliation=wanted_affiliation,
            modifiers=frozenset(m.lower_ for m in modifiers),
            rules=self.rules,
        )
        return self._recent(before, fits)


def _all_roles(person: Person) -> str:
    """Every role the article gives a person, as one text ("Foreign Minister | party leader")."""
    return " | ".join(person.roles) if person.roles else (person.role or "")


@dataclass(frozen=True)
class _DescriptionFit:
    """Whether a person fits a description such as "the US diplomat" or "the spokeswoman"."""

    word: str  # the description's head lemma
    written: str  # the head as written (lower case)
    gender: str | None  # the gender the head word implies ("spokeswoman")
    affiliation: str | None  # the affiliation a modifier names ("US")
    modifiers: frozenset[str]
    rules: SpeakerRules

    def __call__(self, person: Person) -> bool:
        if self.gender and person.gender and person.gender != self.gender:
            return False
        if self.affiliation and person.affiliation and person.affiliation != self.affiliation:
            return False
        role = _all_roles(person).lower()
        if self.word in role.split() or self.written in role.split():
            return (
                not self.modifiers
                or all(m in role or m in self.rules.affiliation_words for m in self.modifiers)
                or bool(self.affiliation)
            )
        # "spokes" marks spokesman, spokeswoman and spokesperson, as in office_words.tsv.
        if self.word.startswith("spokes") and any(phrase in role for phrase in self.rules.spokes_roles):
            # "the military spokesperson" for the "director general of military public relations"
            return all(m in role or m in self.rules.affiliation_words for m in self.modifiers)
        if self.word in self.rules.generic_heads:
            # "the Commerce chief": whoever holds a role that names what the modifiers name.
            named = [m for m in self.modifiers if m not in self.rules.affiliation_words]
            return bool(named) and all(m in role.split() for m in named)
        if self.word in self.rules.official_heads:
            # "the US diplomat", "the official": someone whose role is an office of state.
            return any(w in role for w in self.rules.office_words) and (
                self.affiliation is None or person.affiliation == self.affiliation
            )
        return False


def _name_run(head: "Token", rules: SpeakerRules) -> tuple[int, int]:
    """The capitalised name around a token, read from the surface: "Malawi’s Department of Disaster
    Management Affairs", "the Japanese Immigration Service Agency"."""
    doc = head.doc
    glue = rules.name_glue

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


def _content_lemmas(span: "SpacySpan") -> frozenset[str]:
    """Lower-case lemmas of the nouns, adjectives and verbs of a span, each cut to its first five
    letters so that "leader" meets "leading" and "legal" meets "legal"."""
    return frozenset(t.lemma_.lower()[:5] for t in span if t.pos_ in ("NOUN", "ADJ", "VERB", "PROPN") and len(t.text) > 2)


def _np_span(head: "Token") -> tuple[int, int]:
    toks = [t for t in head.subtree if t.i <= head.i or t.dep_ not in ("relcl", "acl", "appos", "punct")]
    toks = [t for t in toks if t.i <= head.i]
    return toks[0].idx, head.idx + len(head.text)


def _from_person(person: Person) -> Speaker:
    return Speaker(name=person.name, role=person.role, affiliation=person.affiliation, type="person")


@lru_cache(maxsize=1)
def _documents() -> frozenset[str]:
    from parley.extract.attributions.cues import lexicon

    return lexicon().documents


def _outlet(name: str, rules: SpeakerRules) -> str | None:
    """The canonical name of a news outlet named exactly by its name or an alias ("Associated Press")."""
    return rules.people.outlets.get(name.casefold())


def _definite_and_unnamed(head: "Token") -> bool:
    """ "the report", "the separatist group" (not "a report", not "the Amnesty report")."""
    dets = [c.lower_ for c in head.children if c.dep_ == "det"]
    named = any(t.pos_ == "PROPN" or t.dep_ == "poss" for t in head.subtree if t.i < head.i)
    return bool(dets) and dets[0] in ("the", "this", "that") and not named


def _public_figures(head: "Token", rules: SpeakerRules) -> bool:
    """ "opposition figures", "public figures" are people; "official figures", "new figures" are numbers."""
    return head.lemma_.lower() == "figure" and any(c.lower_ in rules.people_figures for c in head.children if c.i < head.i)


def _body_or_group(text: str, head: "Token", rules: SpeakerRules) -> Speaker | None:
    found = _described_body(text, head, rules)
    if found is None and head.pos_ not in ("NOUN", "PROPN", "X"):
        # The parser lost the head ("Media watchdog Reporters Without Borders" with "watchdog" as a
        # verb): a known organisation named in the mention.
        return _named_organisation(text, rules)
    return found


def _named_organisation(text: str, rules: SpeakerRules) -> Speaker | None:
    from parley.actors.gazetteer import organisation

    for match in rules.capitalised_run.finditer(text):
        run = match.group(0).strip()
        outlet = _outlet(run, rules)
        if outlet is not None:
            return Speaker(name=outlet, type="organization")
        org = organisation(run)
        if org is not None:
            return Speaker(name=org.name, affiliation=affiliation_code(run, rules=rules.people), type="organization")
    return None


def _body_name(text: str, head: "Token", rules: SpeakerRules) -> tuple[str, "Token", bool]:
    """The name a body mention gives, the token heading it, and whether a description introduced it."""
    clean = re.sub(r"^(?:the|an?)\s+", "", text.strip(), flags=re.IGNORECASE)
    if re.match(r"^An?\s+[A-Z][a-z]+$", text.strip()) and head.pos_ == "PROPN":
        clean = text.strip()  # "A Qiang" is a name, not "a Qiang"
    if clean.lower().startswith(rules.quantifiers) and head.pos_ == "PROPN":
        clean = clean.split(" ", 1)[1]  # "Neither China", "Both Pakistan": the body itself
    words = clean.split()
    k = max((n + 1 for n, w in enumerate(words[:-1]) if w.lower().strip(",") in rules.body_words), default=0)
    if k and words[k][:1].isupper() and head.text in words[k:] and all(w[:1].isupper() or w in ("of", "for", "and", "the") for w in words[k:]):
        # "State broadcaster CCTV", "the media watchdog Reporters Without Borders": the name after the description.
        return " ".join(words[k:]), head, True
    if head.pos_ == "PROPN":
        while k < len(words) - 1 and not words[k][:1].isupper():
            k += 1
        name = " ".join(words[k:]) if k else clean  # "a charge New Delhi" -> New Delhi
        return (_without_country_owner(name) if head.ent_type_ in ("PERSON", "") else name), head, False
    if head.pos_ == "NOUN" and head.lemma_.lower() in rules.body_words:
        # "the Reuters news agency", "The China Newsweek magazine": the name before the description.
        names = [t for t in head.subtree if t.i < head.i and t.pos_ == "PROPN" and t.ent_type_ != "NORP"]
        if names and names[-1].i >= head.i - rules.settings.body_name_gap:
            return head.doc[names[0].i : names[-1].i + 1].text, names[-1], True
    return clean, head, False


def _without_country_owner(name: str) -> str:
    """ "Ireland's WB Yeats" -> "WB Yeats": a country owning a name only says where the name is from."""
    from parley.actors.gazetteer import country_code

    match = re.match(r"^([\w.-]+(?: [\w.-]+)?)['’]s\s+(?=[A-Z])", name)
    if match is None or country_code(match.group(1)) is None:
        return name
    return name[match.end():]


def _named_body(clean: str, head: "Token", described: bool, rules: SpeakerRules) -> Speaker | None:
    """An outlet, organisation, country or known office holder by name; else a proper name as written."""
    from parley.actors.gazetteer import country_code, organisation

    outlet = _outlet(clean, rules)
    if outlet is not None:
        return Speaker(name=outlet, type="organization")
    # A lower-case description ("the aid group") is not an organisation's name, whatever the
    # actor dictionaries list.
    org = organisation(clean) if any(ch.isupper() for ch in clean) else None
    if org is not None:
        return Speaker(name=org.name, affiliation=affiliation_code(clean, rules=rules.people), type="organization")
    # An acronym no dictionary knows, spelled out in the article ("the Baloch Liberation Army ... The BLA").
    spelled = _spelled_out(clean, head.doc.text)
    if spelled is not None:
        return Speaker(name=spelled, affiliation=clean, type="organization")
    country = country_code(clean)
    if country is not None and head.pos_ == "PROPN":
        return Speaker(name=_capital_as_country(clean, head, country), affiliation=country, type="organization")
    if not described and head.text[:1].isupper() and head.pos_ in ("PROPN", "NOUN", "X", "INTJ"):
        known = known_person(clean, rules=rules.people)
        if known is not None:
            # "Lavrov", "Zelenskyy" tagged as an organisation or a noun: a known office holder.
            return Speaker(name=known[0], affiliation=known[1], type="person")
    if head.pos_ == "PROPN" or described:
        body = described or head.ent_type_ in ("ORG", "GPE", "NORP")
        return Speaker(name=clean, type="organization" if body else "unknown")
    return None


def _spelled_out(acronym: str, text: str) -> str | None:
    """The name an acronym stands for when the article spells it out: "BLA" -> "Baloch Liberation
    Army" (the capitalised words whose initials are its letters), else None."""
    if not 2 <= len(acronym) <= 6 or not acronym.isalpha() or not acronym.isupper():
        return None
    words = r"\s+".join(rf"{letter}[a-z][\w’'-]*" for letter in acronym)
    found = {m.group(0) for m in re.finditer(rf"\b{words}\b", text)}
    return found.pop() if len(found) == 1 else None


def _capital_as_country(clean: str, head: "Token", code: str) -> str:
    """ "Washington claims", "Ankara is warning": a capital city speaking stands for its country, named
    as the country ("United States", "Turkey"); a seat of government keeps its own name ("the Kremlin",
    "the White House"), as do provinces and regions."""
    from parley.actors.gazetteer import country_match, country_name

    match = country_match(clean)
    if match is None or match.via != "capital" or head.ent_type_ != "GPE":
        return clean
    return country_name(code) or clean


def _described_group(clean: str, head: "Token", rules: SpeakerRules) -> Speaker:
    """A common-noun speaker: "Russian officials" (a group), "the ministry" (an organization), "the
    spokesperson" (unknown), with the affiliation its modifiers name."""
    affiliation = None
    modifiers = [c for c in head.children if c.i < head.i and c.dep_ in ("compound", "amod", "nmod", "poss")]
    if modifiers:
        # The whole modifier first ("State Department spokesperson"), then each word ("Russian officials").
        first = min(t.i for m in modifiers for t in m.subtree)
        affiliation = affiliation_code(head.doc[first : head.i].text, rules=rules.people)
    for child in modifiers:
        if affiliation:
            break
        affiliation = affiliation_code(child.text, rules=rules.people)
    kind: Literal["person", "organization", "group", "unknown", "unnamed_person"]
    if head.tag_ == "NNS":
        kind = "group"
    elif head.lemma_.lower() in rules.organisation_nouns:
        kind = "organization"  # "the ministry", "the Kurdish-led administration"
    else:
        article = _indefinite_article(head)
        lemma = head.lemma_.lower()
        if article is not None and head.tag_ == "NN" and (lemma in rules.roles or lemma in rules.person_nouns):
            # "a senior State Department official", and "the official" that refers back to it: one person
            # the article never names, described as the article introduced them.
            return Speaker(name=f"{article} {clean}", affiliation=affiliation, type="unnamed_person")
        kind = "unknown"
    return Speaker(name=clean, affiliation=affiliation, type=kind)


def _indefinite_article(head: "Token") -> str | None:
    """ "a" or "an" when the noun phrase headed by ``head`` is introduced by one, as written in lower case;
    also "the" when the description says whose or which ("the country's information minister", "the chief
    foreign correspondent of Britain's Financial Times"): one person the article never names."""
    det = next((c for c in head.children if c.dep_ == "det" and c.i < head.i), None)
    if det is not None and det.lower_ in ("a", "an"):
        return det.lower_
    if det is not None and det.lower_ == "the":
        return "the" if any(c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i for c in head.children) else None
    owner = next((c for c in head.children if c.dep_ == "poss" and c.i < head.i), None)
    if owner is not None and owner.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in owner.children):
        return "the"  # "the country's information minister"
    return None


def _described_body(text: str, head: "Token", rules: SpeakerRules) -> Speaker | None:
    clean, head, described = _body_name(text, head, rules)
    found = _named_body(clean, head, described, rules)
    if found is None and head.pos_ == "NOUN":
        return _described_group(clean, head, rules)
    return found


def _singular_verb(subject: "Token") -> bool:
    """Whether the subject agrees with a verb in the third person singular ("the United States seeks", "has
    said"): no antecedent for "they", whatever the plural look of its name."""
    verb = subject.head
    return verb.tag_ == "VBZ" or any(child.dep_ in ("aux", "auxpass") and child.tag_ == "VBZ" for child in verb.children)
