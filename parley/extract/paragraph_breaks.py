"""A sentence break at every blank line, set before the parser runs (``parley_paragraph_breaks``).

The English parser runs paragraphs together when a line does not end with a full stop or the next one
opens with a dash: in "... with ongoing reforms.\\n\\n- Providing Ukraine with Security Assistance: The
United States is announcing a new package", it made the first paragraph what the United States
announces. Official texts (bulleted fact sheets, joint statements, transcripts) are full of such
paragraphs; a blank line always ends a sentence. :func:`parley.nlp.load_model` puts this component
before the parser of every model parley loads.

Web copies of news also run a section heading into the next sentence, with only a space between:
"... residence qualifications. Chinese demand The changes in Japanese immigration policy have come with
consequences." The parser read "Chinese demand" as the sentence's subject and verb (a Chinese REQUEST). A
short capitalised run after a sentence's end, ending in a lower-case word and followed by a capitalised
opener no sentence has in its middle ("The changes", "While Kenya", "According to"), is a heading: it is made
a sentence of its own, and :func:`is_heading` tells the extractors so.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from parley.datafiles import packaged
from parley.errors import ConfigError

__all__ = ["PARAGRAPH_BREAKS", "is_heading", "make_paragraph_breaks", "paragraph_breaks"]

PARAGRAPH_BREAKS = "parley_paragraph_breaks"

_SENTENCE_ENDS = frozenset({".", "?", "!"})
_CLOSING_QUOTES = frozenset({'"', "\u201d", "\u2019", "'"})
MAX_HEADING_WORDS = 6


@lru_cache(maxsize=1)
def _heading_words() -> dict[str, frozenset[str]]:
    """``sentences/headings.tsv`` by class (determiner_opener, clause_opener, saying), read once per process."""
    found: dict[str, set[str]] = {"determiner_opener": set(), "clause_opener": set(), "saying": set()}
    for word, kind, *_ in packaged().rows("sentences/headings.tsv", min_columns=2):
        if kind not in found:
            raise ConfigError(f"sentences/headings.tsv: unknown class {kind!r} for {word!r}")
        found[kind].add(word)
    return {kind: frozenset(words) for kind, words in found.items()}


def _opens_after_heading(token: Token) -> bool:
    """Whether ``token`` is a capitalised opener right after a lower-case word, with only a space between."""
    doc = token.doc
    if token.i == 0 or token.i + 1 >= len(doc) or not doc[token.i - 1].whitespace_ == " ":
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    words = _heading_words()
    if not (before.is_alpha and before.text[0].islower()) or before.tag_ in {"IN", "TO", "DT", "CC", "PRP$"} or (
            before.lower_ in words["saying"]):
        return False  # "went before The Hague", "a letter to The Hague-based court": a name after its preposition
    if token.text in words["determiner_opener"]:
        return after.text[:1].islower() or after.text[:1].isdigit()
    return token.text in words["clause_opener"]


def _heading_start(opener: Token) -> int | None:
    """The index of the first word of the heading before ``opener``: a capitalised word right after a sentence's end,
    at most ``MAX_HEADING_WORDS`` words back, with no punctuation between."""
    doc = opener.doc
    for start in range(opener.i - 1, max(opener.i - MAX_HEADING_WORDS, 0) - 1, -1):
        token = doc[start]
        if (token.is_punct and token.text not in {"-", "&"}) or token.is_space:
            return None  # "Third-party promoters", "Jobs & savings" are headings too
        previous = doc[start - 1] if start > 0 else None
        if previous is None or previous.is_space:
            return start if token.text[:1].isupper() else None
        ends = previous.text in _SENTENCE_ENDS or (
            previous.text in _CLOSING_QUOTES and start > 1 and doc[start - 2].text in _SENTENCE_ENDS)
        if ends and previous.whitespace_:
            return start if token.text[:1].isupper() else None
    return None


def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after each run of whitespace holding a blank line as a sentence start, and make a run-in
    heading a sentence of its own."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    for token in doc:
        if token.text[:1].isupper():
            start = _heading_start(token) if _opens_after_heading(token) else None
            if start is not None:
                doc[start].is_sent_start = True
                token.is_sent_start = True
    return doc


def is_heading(sentence: Span) -> bool:
    """Whether a parsed sentence is a run-in heading this component split off (no event or quote is in it)."""
    end = sentence.end
    if end >= len(sentence.doc) or sentence[-1].is_punct:
        return False
    opener = sentence.doc[end]
    return _opens_after_heading(opener) and _heading_start(opener) == sentence.start


def make_paragraph_breaks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The ``parley_paragraph_breaks`` factory (no settings)."""
    return paragraph_breaks


# spaCy validates a factory's config against its annotations; under postponed evaluation they would be strings.
make_paragraph_breaks.__annotations__ = {"nlp": Language, "name": str, "return": Callable[[Doc], Doc]}
if not Language.has_factory(PARAGRAPH_BREAKS):
    Language.factory(PARAGRAPH_BREAKS, assigns=["token.is_sent_start"], func=make_paragraph_breaks)
