"""Notion terms: the concepts an article talks about, as spans ("indivisible security", "sanctions").

Candidates are spaCy's noun chunks, trimmed to the concept they name:

- the possessor goes ("Russia's security concerns" -> "security concerns"), and so do leading
  determiners, pronouns, numbers, quantifiers, evaluative, temporal and hedging adjectives
  ("the two biggest new sanctions" -> "sanctions"), and names of people, places and peoples
  ("U.S. sanctions" -> "sanctions"). Acronym organisations stay: "NATO expansion" is a notion.
- a phrase whose head names an actor (a person, a role, a body, a place: "security forces",
  "prime minister", "rebel group") is not a notion, and neither is a name ("the Donbass").
- "X of Y" is one notion when Y is bare: "rule of law", "indivisibility of security"; when X
  only frames or counts Y, the notion is Y ("the principle of indivisible security", "a lot of
  pressure"); "the indivisible nature of security" is kept whole and keyed as "indivisible
  security" (:func:`term_key`).
- "security is indivisible" (a bare noun and its predicative adjective) is a candidate too.
- defined terms keep their words: quoted short phrases ("salami slicing") and so-called terms.
- a single word must be a common noun that names a notion on its own: listed ("sanctions",
  "sovereignty") or plainly abstract ("extremism", "denuclearization", "democracy"); "release"
  or "market" alone are too plain, though "market access" is a candidate.

Word lists, labels and lengths are data (``parley/data/notions/terms.tsv``,
``parley/data/terms/``), read into a frozen :class:`TermRules` (:func:`load_rules`, cached
:func:`default_rules`; ``find_terms(..., rules=)`` reads another set). The step reads only the
parse and the entity step's mentions, so it costs a small fraction of spaCy's own parse.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import TYPE_CHECKING

from parley.datafiles import DataFiles, packaged
from parley.errors import ConfigError
from parley.extract.pipeline import Step
from parley.models import ExtractedArticle, Span, make_span
from parley.notions.matching import notion_key, stem

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["STEP", "TermRules", "find_terms", "load_rules", "term_key"]

_HYPHENS = frozenset({"-", "‑", "–"})
_QUOTED = re.compile(r"[\"“]([^\"“”\n]{2,80})[\"”]|(?<![\w’'])[‘']([^‘’'\n]{2,80})[’'](?![\w’'])")
# Characters no notion phrase contains: a token that swallowed a dash or quote ("act—“My tax plan").
_ODD = re.compile(r"[^\w\s'’.&/‑–-]")


@dataclass(frozen=True)
class TermWords:
    """The word lists of ``parley/data/notions/terms.tsv`` by kind (its header says what each is)."""

    modifier: frozenset[str]
    actor: frozenset[str]
    generic: frozenset[str]
    quantity: frozenset[str]
    light: frozenset[str]
    unit: frozenset[str]
    notion: frozenset[str]
    defining: frozenset[str]

    plain: frozenset[str] = frozenset()  # words that make no notion even together ("news reports")

    def __post_init__(self) -> None:
        object.__setattr__(self, "plain", self.generic | self.actor | self.quantity | self.light | self.modifier)


@dataclass(frozen=True)
class TermLabels:
    """Parse and entity labels by class (``parley/data/terms/labels.tsv`` says what each is)."""

    actor_kind: frozenset[str]
    org_kind: frozenset[str]
    amount_kind: frozenset[str]
    named_notion_kind: frozenset[str]
    strip_pos: frozenset[str]
    noun_pos: frozenset[str]
    finite_tag: frozenset[str]
    graded_tag: frozenset[str]
    possessive_tag: frozenset[str]


@dataclass(frozen=True)
class TermSettings:
    """Phrase lengths (``parley/data/terms/settings.toml`` says why each)."""

    max_words: int
    keep_words: int
    max_quoted_words: int


@dataclass(frozen=True)
class TermRules:
    """Everything the terms step reads besides the parse."""

    words: TermWords
    labels: TermLabels
    settings: TermSettings
    abstract_suffixes: tuple[str, ...]  # "extremism", "democracy": a single noun so ending is a notion


def _by_class(files: DataFiles, relpath: str, cls: type, *, lower: bool) -> dict[str, frozenset[str]]:
    """A ``word<TAB>class`` table as ``{class: words}``; every class a field of ``cls``, and no other."""
    found: dict[str, set[str]] = {f.name: set() for f in fields(cls) if f.init}
    for number, row in enumerate(files.rows(relpath, min_columns=2), 1):
        if row[1] not in found:
            raise ConfigError(f"{relpath} row {number}: unknown kind {row[1]!r}")
        found[row[1]].add(row[0].lower() if lower else row[0])
    return {name: frozenset(words) for name, words in found.items()}


def load_rules(files: DataFiles) -> TermRules:
    """The terms rules read from ``files`` (the packaged data, or a saved component's directory)."""
    return TermRules(
        words=TermWords(**_by_class(files, "notions/terms.tsv", TermWords, lower=True)),
        labels=TermLabels(**_by_class(files, "terms/labels.tsv", TermLabels, lower=False)),
        settings=files.settings("terms/settings.toml", TermSettings),
        abstract_suffixes=files.ordered_words("terms/abstract_suffixes.txt"),
    )


@lru_cache(maxsize=1)
def default_rules() -> TermRules:
    """The packaged terms rules, read once per process."""
    return load_rules(packaged())


def term_words() -> TermWords:
    """The packaged word lists of ``parley/data/notions/terms.tsv`` by kind."""
    return default_rules().words


@lru_cache(maxsize=1)
def _light_stems() -> frozenset[str]:
    return frozenset(stem(w) for w in term_words().light)


_LIGHT_OF = re.compile(r"\b([^\W\d_]+)\s+of\b", re.I)


def term_key(text: str) -> frozenset[str]:
    """The notion a term stands for, folded like notion matching: "indivisibility of security" and
    "indivisible security" share a key, and so does "the indivisible nature of security"."""
    key = notion_key(text)
    for match in _LIGHT_OF.finditer(text):
        if match.group(1).lower() in term_words().light and len(key) > 1:
            key = key - {stem(match.group(1))}
    return key


# -- one article ---------------------------------------------------------------------------------
#
# The rules read token attributes many times; spaCy builds a Token object on every ``doc[i]``,
# so the attributes are copied once into flat lists (``doc.to_array``), which keeps the step cheap.

@lru_cache(maxsize=1)
def _array_attrs() -> list[int | str]:
    # Imported here: the notion index and queries use term_key without loading spaCy.
    from spacy import attrs

    return [
        attrs.POS, attrs.TAG, attrs.LEMMA, attrs.LOWER, attrs.IS_PUNCT, attrs.IS_SPACE, attrs.LIKE_NUM,
        attrs.SENT_START, attrs.HEAD, attrs.DEP, attrs.IDX, attrs.LENGTH, attrs.SPACY,
    ]


_WRAP = 2**64


@dataclass
class _Word:
    """A word of a phrase: one token, or a hyphenated run ("two-state", "non-aggression")."""

    first: int  # token index
    last: int  # token index, inclusive


class _Tokens:
    """One article's tokens as flat lists, with the entity kind of each."""

    def __init__(self, doc: "Doc", article: ExtractedArticle, rules: TermRules) -> None:
        strings = doc.vocab.strings
        rows = doc.to_array(_array_attrs()).T.tolist()  # unsigned: HEAD -1 reads as 2**64 - 1

        def names(column: list[int]) -> list[str]:
            known = {value: strings[value] if value else "" for value in set(column)}
            return [known[value] for value in column]

        (pos, tag, lemma, lower, punct, space, num, sent_start, head, dep, idx, length, spaced) = rows
        self.strings = strings
        self.text = article.text
        self.n = len(pos)
        self.pos = names(pos)
        self.tag = names(tag)
        self.lower = names(lower)
        self.punct, self.space, self.num, self.spaced = punct, space, num, spaced
        self.idx = idx
        self.end = [s + n for s, n in zip(idx, length, strict=True)]
        self._sent_start, self._head, self._dep, self._lemma = sent_start, head, dep, lemma
        self.lists = rules.words
        self.labels = rules.labels
        self.rules = rules
        self.kinds: dict[int, str] = {}
        for ent in doc.ents:
            for i in range(ent.start, ent.end):
                self.kinds[i] = ent.label_
        # parley's entities know more than spaCy's NER ("US" in "US diplomat", documents).
        for entity in article.entities:
            for mention in entity.mentions:
                i = bisect_left(self.idx, mention.start)
                while i < self.n and self.idx[i] < mention.end:
                    self.kinds[i] = entity.type
                    i += 1
        dateline = article.dateline.span if article.dateline and article.dateline.span else None
        self.skip = (dateline.start, dateline.end) if dateline else None

    # Attributes most tokens never need are read on demand.
    def word(self, i: int) -> str:
        return self.text[self.idx[i] : self.end[i]]

    def lemma(self, i: int) -> str:
        return self.strings[self._lemma[i]].lower()

    def dep(self, i: int) -> str:
        return self.strings[self._dep[i]]

    def head(self, i: int) -> int:
        return (i + self._head[i]) % _WRAP

    def sent_start(self, i: int) -> bool:
        return self._sent_start[i] == 1

    def kind(self, i: int) -> str | None:
        """The entity kind of a capitalised token; lower-case words are never names."""
        kind = self.kinds.get(i)
        if kind is None:
            return None
        first = self.text[self.idx[i]]
        return kind if first.isupper() or not first.isalpha() else None

    def hyphen(self, i: int) -> bool:
        return self.lower[i] in _HYPHENS

    def text_of(self, word: _Word) -> str:
        if word.first == word.last:
            return self.lower[word.first]
        return self.text[self.idx[word.first] : self.end[word.last]].lower()

    def in_list(self, i: int, words: frozenset[str]) -> bool:
        return self.lower[i] in words or self.lemma(i) in words


def _words(t: _Tokens, start: int, end: int) -> list[_Word]:
    words: list[_Word] = []
    for i in range(start, end):
        if words and not t.spaced[i - 1] and (t.hyphen(i - 1) or t.hyphen(i)):
            words[-1].last = i
            continue
        words.append(_Word(i, i))
    # a "-" left dangling at an edge is not a word of its own
    return [w for w in words if not all(t.hyphen(i) for i in range(w.first, w.last + 1))]


def _breaks(t: _Tokens, i: int) -> bool:
    return (t.punct[i] and not t.hyphen(i)) or t.space[i] or t.tag[i] == "POS"


def _segment(t: _Tokens, start: int, end: int) -> tuple[int, int]:
    """The part of a chunk around its root (its last token) between punctuation, after any possessor."""
    if end < t.n and t.hyphen(end) and not t.spaced[end - 1]:
        return start, start  # the chunk ends inside a compound ("a mini-constitution"): not a phrase
    root = end - 1
    for i in range(start, root):
        if _breaks(t, i) or t.tag[i] in t.labels.possessive_tag:
            start = i + 1
    return start, end


def _strippable(t: _Tokens, word: _Word, defined: bool) -> bool:
    last = word.last
    if word.first == last and (t.pos[last] in t.labels.strip_pos or t.num[last]):
        return True
    if all(t.num[i] or t.hyphen(i) for i in range(word.first, last + 1)):  # "10:11", "2-3"
        return True
    if last > word.first and t.num[word.first] and t.in_list(last, t.lists.unit):
        return True  # "five-year", "53-article"; "two-state" names a solution and stays
    if defined:
        return False
    if t.text_of(word) in t.lists.modifier or (word.first == last and t.tag[last] in t.labels.graded_tag):
        return True  # evaluative: "big", "new", "cleanest", "greater"
    if t.text_of(word) in t.lists.quantity and t.pos[last] == "NOUN" and t.dep(last) != "ROOT":
        return True  # "for example steel": a counting word before the noun it counts
    if _name_word(t, word):
        return True
    kind = t.kind(last)
    labels = t.labels
    return kind is not None and (kind in labels.actor_kind or kind in labels.amount_kind
                                 or (kind in labels.org_kind and not _acronym(t, word)))


def _name_word(t: _Tokens, word: _Word) -> bool:
    """A capitalised proper noun that NER did not place ("Village de Dieu", "Trump"): part of a
    name. Acronyms ("NATO") and named documents or events ("Minsk agreements") are not."""
    last = word.last
    return (t.pos[last] == "PROPN" and t.text[t.idx[word.first]].isupper() and not _acronym(t, word)
            and t.kind(last) not in t.labels.named_notion_kind)


def _acronym(t: _Tokens, word: _Word) -> bool:
    """ "NATO", "EU", "U.N.": organisations that name alliances and institutions in notions
    ("NATO expansion", "EU membership"), unlike named bodies ("Village de Dieu gang")."""
    letters = "".join(c for c in t.text[t.idx[word.first] : t.end[word.last]] if c.isalpha())
    return 2 <= len(letters) <= 6 and letters.isupper()


def _trim_parts(t: _Tokens, start: int, end: int) -> list[tuple[int, int]]:
    """Like :func:`_trim`, but nouns coordinated inside one chunk are notions of their own:
    "sovereignty and territorial integrity" is two ("ethnic and religious diversity" is one)."""
    parts = []
    cursor = start
    for i in range(start + 1, end - 1):
        if t.pos[i] == "CCONJ" and t.pos[i - 1] in t.labels.noun_pos:
            parts.append((cursor, i))
            cursor = i + 1
    parts.append((cursor, end))
    found = (_trim(t, s, e) for s, e in parts)
    return [f for f in found if f is not None]


def _trim(t: _Tokens, start: int, end: int, *, defined: bool = False, alone: bool = True) -> tuple[int, int] | None:
    """Token range of the notion inside tokens ``start:end``, or None when there is none.

    ``alone=False`` for the Y of "X of Y": "law" is no notion alone but "rule of law" is.
    """
    words = _words(t, start, end)
    for i, word in enumerate(words):
        if t.text_of(word) in t.lists.defining:  # "so-called": what follows is a defined term, kept as worded
            words = words[i + 1 :]
            defined = True
            break
    while words and _strippable(t, words[0], defined):
        words.pop(0)
    while words and t.pos[words[-1].last] not in t.labels.noun_pos:
        if defined and t.pos[words[-1].last] in ("ADJ", "VERB"):  # so-called "denazify"
            break
        words.pop()
    if len(words) > t.rules.settings.max_words:  # "huge constitutional and legal and political crisis" -> "political crisis"
        if defined:
            return None  # a quoted phrase is kept whole or not at all
        words = words[-t.rules.settings.keep_words :]
        while words and _strippable(t, words[0], defined):
            words.pop(0)
    if not words or not _acceptable(t, words, defined, alone):
        return None
    return words[0].first, words[-1].last + 1


def _acceptable(t: _Tokens, words: list[_Word], defined: bool, alone: bool = True) -> bool:
    lists = t.lists
    head = words[-1].last
    head_text = t.text_of(words[-1])
    if t.pos[head] == "PRON" or not any(c.isalpha() for c in head_text):
        return False
    named = [t.kind(w.last) for w in words]
    labels = t.labels
    if named[-1] in labels.named_notion_kind:
        return len(words) > 1  # "the 1999 OSCE Charter", "Minsk agreements"; not "Article" (24)
    if named[-1] is not None and (named[-1] in labels.actor_kind or named[-1] in labels.org_kind or named[-1] in labels.amount_kind):
        return False
    if defined:  # a quoted Title Case phrase is a title ("Saturday Night Live"), not a notion
        return not any(kind in labels.actor_kind for kind in named) and not (
            len(words) > 1 and all(t.text[t.idx[w.first]].isupper() for w in words))
    for word, kind in zip(words, named, strict=True):
        if kind in labels.actor_kind or (kind in labels.org_kind and not _acronym(t, word)) or _name_word(t, word):
            return False  # a name inside the phrase: "nuclear U.S. weapons", "Village de Dieu slum"
    lemma = t.lemma(head)
    if head_text in lists.actor or lemma in lists.actor:
        return False
    if head_text in lists.light or lemma in lists.light:  # "the widespread nature" (of what?)
        return False
    # Names that NER missed: every word capitalised ("Donbass", "Medical Tourism Association"),
    # and upper-case heads (datelines, section labels).
    if all(t.word(w.first)[:1].isupper() for w in words):
        if not (len(words) == 1 and t.pos[head] == "NOUN" and t.sent_start(head)):
            return False
    if t.word(head).isupper() and len(t.word(head)) > 1:
        return False
    if len(words) == 1:
        return t.pos[head] == "NOUN" and (not alone or _notion_word(t.rules, head_text, lemma))
    plain = lists.plain
    if all(t.text_of(w) in plain or t.lemma(w.last) in plain for w in words):
        return False  # "news reports", "time period": every word plain
    return True


def _notion_word(rules: TermRules, text: str, lemma: str) -> bool:
    """A single noun names a notion when it is listed or plainly abstract ("extremism", "democracy")."""
    lists = rules.words
    if text in lists.notion or lemma in lists.notion:
        return True
    if text in lists.generic or lemma in lists.generic:
        return False
    return text.endswith(rules.abstract_suffixes)


def _bare(t: _Tokens, start: int, end: int) -> bool:
    """A chunk with no determiner or possessor: "law" in "rule of law", not "the law"."""
    return all(t.pos[i] != "DET" and t.tag[i] not in t.labels.possessive_tag and t.tag[i] != "POS" and not t.num[i] for i in range(start, end))


def _head_class(t: _Tokens, i: int) -> str | None:
    lists = t.lists
    for name, words in (("light", lists.light), ("quantity", lists.quantity), ("actor", lists.actor)):
        if t.in_list(i, words):
            return name
    return None


_SKIP = (-1, -1)  # "A of B" where A only frames or counts B: drop A, B stands on its own


def _of_joined(t: _Tokens, a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int] | None:
    """For adjacent chunks "A of B": the token range of the joined notion, ``_SKIP``, or None (unrelated).

    "rule of law" and "the indivisible nature of security" join; "the principle of X" and
    "a lot of X" leave X alone; "the end of the war" (B not bare) does not join.
    """
    of = a[1]
    if b[0] != of + 1 or t.lower[of] != "of" or t.head(of) != a[1] - 1 or t.head(b[1] - 1) != of:
        return None
    a_start, a_end = _segment(t, *a)
    a_words = _words(t, a_start, a_end)
    while a_words and _strippable(t, a_words[0], False):
        a_words.pop(0)
    if not a_words or a_end <= a_words[0].first:
        return _SKIP
    head_class = _head_class(t, a_end - 1)
    if head_class in ("quantity", "actor"):
        return _SKIP
    b_range = _trim(t, *_segment(t, *b), alone=False) if _bare(t, *b) else None
    if head_class == "light":
        if len(a_words) == 1 or b_range is None:
            return _SKIP
        return a_words[0].first, b_range[1]
    if b_range is None or len(a_words) > 2 or len(_words(t, *b_range)) > 2:
        return None
    if _head_class(t, b_range[1] - 1) == "actor":
        return None
    if t.pos[a_end - 1] != "NOUN" or any(t.kind(w.last) for w in a_words):
        return None
    return a_words[0].first, b_range[1]


def _predicative(t: _Tokens, start: int, end: int) -> tuple[int, int] | None:
    """ "security is indivisible": a bare noun subject of "be" and its adjective complement."""
    root = end - 1
    if end - start != 1 or t.pos[root] != "NOUN" or t.dep(root) != "nsubj":
        return None
    verb = t.head(root)
    if verb != root + 1 or t.lemma(verb) != "be" or t.tag[verb] not in ("VBZ", "VBP", "VBD"):
        return None
    lists = t.lists
    if t.in_list(root, lists.generic) or t.in_list(root, lists.actor):
        return None
    adjective = verb + 1  # "is indivisible"; not "is not indivisible", "is being un..."
    if adjective >= t.n or t.head(adjective) != verb or t.dep(adjective) != "acomp":
        return None
    if t.pos[adjective] != "ADJ" or t.lower[adjective] in lists.modifier or t.tag[adjective] in t.labels.graded_tag:
        return None
    return root, adjective + 1


def _quoted(t: _Tokens, doc: "Doc") -> Iterable[tuple[int, int]]:
    """Defined terms in quotation marks: short noun phrases, not quoted speech."""
    text = t.text
    for match in _QUOTED.finditer(text):
        group = 1 if match.group(1) is not None else 2
        inner_start, inner_end = match.start(group), match.end(group)
        inner = text[inner_start:inner_end]
        if len(inner.split()) > t.rules.settings.max_quoted_words or inner != inner.strip() or inner[-1:] in ".,;:!?":
            continue
        start = bisect_left(t.idx, inner_start)
        end = bisect_left(t.idx, inner_end)
        if start >= end or t.idx[start] != inner_start or t.end[end - 1] != inner_end:
            continue
        if any(t.tag[i] in t.labels.finite_tag or t.pos[i] == "PRON" or (t.pos[i] == "ADP" and t.lower[i] != "of")
               for i in range(start, end)):
            continue  # a clause or a prepositional phrase: "cleanest streets in the world"
        if not any(t.pos[i] in t.labels.noun_pos for i in range(start, end)):
            continue
        found = _trim(t, start, end, defined=True)
        if found is not None:
            yield found


def find_terms(doc: "Doc", article: ExtractedArticle, *, rules: TermRules | None = None) -> list[Span]:
    """The notion terms of an article: spans of its text, in order, each at most once.

    ``rules`` are the word lists, labels and lengths to read with (default: the packaged ones).
    """
    t = _Tokens(doc, article, rules or default_rules())
    # English noun chunks end at their root: (start, end) suffices.
    chunks = [(chunk.start, chunk.end) for chunk in doc.noun_chunks]
    ranges: list[tuple[int, int]] = []
    consumed = -1
    for index, chunk in enumerate(chunks):
        if index == consumed:
            continue
        if index + 1 < len(chunks):
            joined = _of_joined(t, chunk, chunks[index + 1])
            if joined == _SKIP:
                continue
            if joined is not None:
                consumed = index + 1
                ranges.append(joined)
                continue
        found = _predicative(t, *chunk)
        if found is not None:
            ranges.append(found)
            continue
        if chunk[1] - chunk[0] == 1:  # most chunks are one pronoun, name or plain noun: nothing to trim
            i = chunk[0]
            if t.pos[i] == "NOUN" and _notion_word(t.rules, t.lower[i], t.lemma(i)):
                found = _trim(t, *chunk)
                if found is not None:
                    ranges.append(found)
            continue
        ranges.extend(_trim_parts(t, *_segment(t, *chunk)))
    return _spans(t, ranges, list(_quoted(t, doc)))


def _spans(t: _Tokens, ranges: Iterable[tuple[int, int]], quoted: list[tuple[int, int]]) -> list[Span]:
    quoted_chars = [(t.idx[start], t.end[end - 1]) for start, end in quoted]
    chars = list(quoted_chars)
    for start, end in ranges:
        s, e = t.idx[start], t.end[end - 1]
        if not any(s < qe and qs < e for qs, qe in quoted_chars):  # the quoted wording wins
            chars.append((s, e))
    result: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for s, e in sorted(chars):
        if (s, e) in seen or (t.skip and t.skip[0] <= s < t.skip[1]) or _ODD.search(t.text, s, e):
            continue
        seen.add((s, e))
        result.append(make_span(t.text, s, e))
    return result


def _run(doc: "Doc", partial: ExtractedArticle) -> list[Span]:
    return find_terms(doc, partial)


STEP = Step(name="terms", field="terms", run=_run)
