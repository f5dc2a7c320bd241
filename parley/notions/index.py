"""What the notion index holds for one article, computed when the article is stored (no spaCy).

A notion query must not read article records or parse anything. So at ingest each article
gives the store:

* **contexts**: every content span of every statement and every sentence, each with its *key
  stream*, the folding keys of its words in order (:func:`parley.notions.matching.tokenize`,
  the same tokens the matcher reads). The store keeps the streams in a full-text index; a
  notion phrase becomes a ``NEAR`` query over its keys (:func:`near_query`), which returns
  every context the matcher can accept (and a few more, which the matcher then drops).
* **word counts**: folded-word counts of the whole text, the background for key terms.
* **terms**: the terms step's notion terms with their key and the statement that holds them,
  for discovery (``parley notions``).

Everything here reads the stored record only, so a migration can fill the index for articles
stored before it existed.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from parley.models import ExtractedArticle, StatementIndex
from parley.notions.matching import MAX_GAP, function_words, stem, tokenize

__all__ = [
    "ContextRow",
    "TermRow",
    "contexts",
    "counted_words",
    "key_hash",
    "key_stream",
    "near_query",
    "pack_counts",
    "publisher",
    "repack_counts",
    "stop_terms",
    "sum_counts",
    "term_rows",
    "unpack_counts",
    "word_counts",
]

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Words shorter than this never make a key term (as in compare's key terms).
MIN_TERM_WORD = 3  # shorter words are never key terms


@dataclass(frozen=True)
class ContextRow:
    attribution: int | None  # None: a sentence
    start: int
    end: int
    keys: str  # the key stream, space-separated


@dataclass(frozen=True)
class TermRow:
    attribution: int | None
    key: str
    surface: str


def key_stream(text: str, start: int, end: int) -> str:
    """Folding keys of the words of ``text[start:end]`` in order; a compound's key follows its first word."""
    return " ".join(key for token in tokenize(text, start, end) for key in token.keys)


def contexts(article: ExtractedArticle) -> list[ContextRow]:
    """Every statement content span, then every sentence, with its key stream."""
    rows = [
        ContextRow(index, span.start, span.end, key_stream(article.text, span.start, span.end))
        for index, attribution in enumerate(article.attributions)
        for span in attribution.content
    ]
    rows += [ContextRow(None, s.start, s.end, key_stream(article.text, s.start, s.end)) for s in article.sentences]
    return rows


@lru_cache(maxsize=1)
def stop_terms() -> frozenset[str]:
    """Words that make poor key terms ("said", "want", "today"): ``discovery_stopwords.txt``."""
    return _discovery_stopwords()


@lru_cache(maxsize=1)
def _discovery_stopwords() -> frozenset[str]:
    data = resources.files("parley.data.notions").joinpath("discovery_stopwords.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in data.splitlines() if w.strip() and not w.startswith("#"))


def counted_words(text: str) -> list[tuple[str, str]]:
    """(key, word as written, lower-cased) for each word that can be a key term."""
    skip = function_words() | _discovery_stopwords()
    found = []
    for word in _WORD.findall(text):
        lowered = word.lower()
        if lowered.replace("’", "'") in skip or len(lowered) < MIN_TERM_WORD:
            continue
        found.append((stem(word), lowered))
    return found


def word_counts(text: str) -> Counter[str]:
    """Folded-word counts of ``text`` for key terms (function and discovery stopwords left out)."""
    return Counter(key for key, _ in counted_words(text))


# Word counts are stored packed: (32-bit key hash, 16-bit count) pairs after a format byte, so that
# summing them over the hundreds of stories a broad notion is quoted in is one numpy pass, not a
# Python loop per word. Stores before issue 13's size work hold (64-bit hash, 32-bit count) pairs
# and no format byte (a length that is a multiple of 12, never 1 more than a multiple of 6): still
# read, compared on the hash's low 32 bits. A 32-bit hash lets an unrelated word add its count to a
# key's with a chance of about vocabulary / 4e9 per key (2e-4 for a corpus of a million words).
_PACKED = np.dtype([("key", "<u4"), ("count", "<u2")])
_PACKED_64 = np.dtype([("key", "<u8"), ("count", "<u4")])
_FORMAT = b"\x02"
_COUNT_MAX = np.iinfo(np.uint16).max


def key_hash(key: str) -> int:
    """A stable 32-bit id of a folded word: the low half of its 64-bit BLAKE2b digest."""
    return int.from_bytes(hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()[:4], "little")


def pack_counts(counts: Counter[str]) -> bytes:
    packed = np.empty(len(counts), dtype=_PACKED)
    packed["key"] = [key_hash(k) for k in counts]
    packed["count"] = np.minimum(np.fromiter(counts.values(), dtype=np.int64, count=len(counts)), _COUNT_MAX)
    return _FORMAT + packed.tobytes()


def unpack_counts(blob: bytes) -> np.ndarray:
    """(key, count) pairs of a packed blob as uint32 / uint64 columns, either format."""
    if len(blob) % _PACKED.itemsize == 1 and blob[:1] == _FORMAT:
        packed = np.frombuffer(blob, dtype=_PACKED, offset=1)
    else:
        packed = np.frombuffer(blob, dtype=_PACKED_64)
    out = np.empty(len(packed), dtype=[("key", "<u4"), ("count", "<u8")])
    out["key"] = packed["key"] & 0xFFFFFFFF
    out["count"] = packed["count"]
    return out


def repack_counts(blob: bytes) -> bytes:
    """A blob in the current format (an old 64-bit one rewritten; counts kept, capped at 65,535)."""
    if len(blob) % _PACKED.itemsize == 1 and blob[:1] == _FORMAT:
        return blob
    old = unpack_counts(blob)
    packed = np.empty(len(old), dtype=_PACKED)
    packed["key"] = old["key"]
    packed["count"] = np.minimum(old["count"], _COUNT_MAX)
    return _FORMAT + packed.tobytes()


def sum_counts(blobs: Iterable[bytes], keys: Iterable[str]) -> tuple[dict[str, int], int]:
    """Summed counts of ``keys`` over packed word counts, and the total of all words counted."""
    arrays = [unpack_counts(blob) for blob in blobs]
    wanted = sorted(set(keys))
    if not arrays:
        return dict.fromkeys(wanted, 0), 0
    every = np.concatenate(arrays)
    hashes = np.array([key_hash(k) for k in wanted], dtype="<u4")
    order = np.argsort(hashes)
    position = np.searchsorted(hashes[order], every["key"])
    position = np.minimum(position, max(len(wanted) - 1, 0))
    hit = hashes[order][position] == every["key"] if wanted else np.zeros(len(every), dtype=bool)
    sums = np.bincount(position[hit], weights=every["count"][hit], minlength=len(wanted))
    found = {wanted[order[i]]: int(sums[i]) for i in range(len(wanted))}
    return found, int(every["count"].sum(dtype=np.uint64))


def term_rows(article: ExtractedArticle) -> list[TermRow]:
    """The article's notion terms with their key and the statement whose content holds them."""
    from parley.extract.terms import term_key  # the terms step's folding (light nouns dropped)

    statements = StatementIndex(article.attributions)
    rows = []
    for term in article.terms:
        key = term_key(term.text)
        if key:
            rows.append(TermRow(statements.at(term.start), " ".join(sorted(key)), term.text.lower()))
    return rows


def publisher(article: ExtractedArticle) -> str | None:
    """Who published this copy: the provenance's publisher, else the outlet."""
    if article.provenance and article.provenance.publisher:
        return article.provenance.publisher
    return article.outlet


def near_query(phrases: Sequence[Sequence[str]]) -> str:
    """A full-text query over key streams matching every context where some phrase may match.

    The matcher wants all keys of a phrase within ``len(keys) + MAX_GAP`` tokens; a stream has
    up to two keys per token (a compound's own), so twice that distance never loses a match.
    """
    alternatives = []
    for keys in phrases:
        unique = list(dict.fromkeys(keys))
        quoted = " ".join('"' + k.replace('"', "") + '"' for k in unique)
        if len(unique) == 1:
            alternatives.append(quoted)
        else:
            alternatives.append(f"NEAR({quoted}, {2 * (len(keys) + MAX_GAP)})")
    return " OR ".join(alternatives)
