"""Syndication: grouping republished copies of one story across outlets.

A story's body (dateline and boilerplate removed) becomes a set of word
shingles; a MinHash signature of that set goes into an LSH index
(``datasketch``). A new article queries the index for candidates, each
candidate is checked with the exact Jaccard similarity of the shingle sets,
and the article joins the group of every candidate at or above
:data:`MATCH_THRESHOLD`. Adding an article never touches the rest of the
corpus: one LSH query, a few exact checks, one insert.

The thresholds were chosen by measurement (``benchmarks/syndication_threshold.py``
on the constructed set of ``tests/syndication_set.py``): over 4-word shingles,
republished copies (other dateline, boilerplate, a changed word, a dropped
sentence or last quarter) have Jaccard 0.58-1.0, different stories at most
0.27 (two VOA updates of one developing story) and otherwise under 0.09. The
exact check cuts at 0.4, between the two. The LSH bands (42 bands of 3 rows,
126 permutations) make a pair at Jaccard 0.4 a candidate with probability
0.94, at 0.5 with 0.996, and at 0.1 with 0.04.

Everything here is pure (no store): :class:`SyndicationIndex` asks a callback
for the shingles of an indexed article when it needs to verify a candidate.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import numpy as np
from datasketch import LeanMinHash, MinHash

__all__ = [
    "BANDS",
    "MATCH_THRESHOLD",
    "NUM_PERM",
    "ROWS",
    "SHINGLE_SIZE",
    "Member",
    "Candidate",
    "SyndicationIndex",
    "band_keys",
    "body_text",
    "choose_origin",
    "jaccard",
    "shingles",
    "signature",
    "signature_from_bytes",
    "signature_to_bytes",
    "groups_joined",
    "verify",
]

SHINGLE_SIZE = 4
NUM_PERM = 126
BANDS, ROWS = 42, 3
MATCH_THRESHOLD = 0.4
# Candidates verified per new article at most: copies of one story are one group, so a
# handful of verifications (best estimated similarity first) settles it.
MAX_VERIFICATIONS = 12
_SEED = 1
_SCHEME = "legacy"

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@lru_cache(maxsize=1)
def _boilerplate() -> re.Pattern[str]:
    data = resources.files("parley.data.syndication").joinpath("boilerplate.txt").read_text(encoding="utf-8")
    lines = [line for line in data.splitlines() if line.strip() and not line.startswith("#")]
    return re.compile("^(?:" + "|".join(f"(?:{line})" for line in lines) + r")\s*$", re.I)


def body_text(text: str, dateline: tuple[int, int] | None = None) -> str:
    """The story itself: ``text`` without its dateline span and without boilerplate lines."""
    if dateline is not None:
        start, end = dateline
        text = text[:start] + " " + text[end:]
    pattern = _boilerplate()
    return "\n".join(line for line in text.splitlines() if not pattern.match(line.strip()))


def shingles(text: str, dateline: tuple[int, int] | None = None, size: int = SHINGLE_SIZE) -> frozenset[int]:
    """32-bit hashes of the ``size``-word shingles of the body (case, accents and punctuation folded)."""
    body = unicodedata.normalize("NFKD", body_text(text, dateline))
    words = [w.replace("’", "'") for w in _WORD.findall(body.casefold())]
    if len(words) < size:
        return frozenset({zlib.crc32(" ".join(words).encode("utf-8"))}) if words else frozenset()
    return frozenset(
        zlib.crc32(" ".join(words[i : i + size]).encode("utf-8")) for i in range(len(words) - size + 1)
    )


def _identity(value: int) -> int:
    return value


def signature(shingle_set: Iterable[int]) -> LeanMinHash:
    """The MinHash signature of a shingle set (stable across processes: seed and hashes are fixed)."""
    minhash = MinHash(num_perm=NUM_PERM, seed=_SEED, hashfunc=_identity, scheme=_SCHEME)
    values = list(shingle_set)
    if values:
        minhash.update_batch(values)
    return LeanMinHash(minhash)


def signature_to_bytes(sig: LeanMinHash) -> bytes:
    """4 bytes a value: the legacy scheme's values are below 2**32 (older stores hold 8, still read)."""
    return np.asarray(sig.hashvalues, dtype=np.uint32).tobytes()


def signature_from_bytes(blob: bytes) -> LeanMinHash:
    width = np.uint64 if len(blob) == 8 * NUM_PERM else np.uint32
    values = np.frombuffer(blob, dtype=width).astype(np.uint64)
    return LeanMinHash(seed=_SEED, hashvalues=values, scheme=_SCHEME)


def jaccard(a: frozenset[int] | set[int], b: frozenset[int] | set[int]) -> float:
    if not a and not b:
        return 0.0
    return len(a & b) / len(a | b)


@dataclass(frozen=True)
class Member:
    """What choosing a group's origin needs to know about one copy."""

    article_id: str
    published: str | None = None
    publisher: str | None = None
    original_source: str | None = None


def choose_origin(members: Sequence[Member]) -> str:
    """The origin of a group: the copy whose publisher the others name as their source, else the earliest.

    Copies without a date count as later than dated ones; ties keep the first added.
    """
    if not members:
        raise ValueError("a syndication group has at least one member")
    named = {m.original_source.casefold() for m in members if m.original_source}
    credited = [m for m in members if m.publisher and m.publisher.casefold() in named]
    pool = credited or list(members)
    order = {m.article_id: i for i, m in enumerate(members)}
    return min(pool, key=lambda m: (m.published is None, m.published or "", order[m.article_id])).article_id


def band_keys(sig: LeanMinHash) -> list[int]:
    """One signed 64-bit key per LSH band (the band's number and its ROWS values, hashed).

    Two signatures share a key when they share that band (a 64-bit hash collision only adds a
    candidate, which the exact check then rejects): what a store's band table is queried with.
    """
    rows = np.asarray(sig.hashvalues, dtype="<u8").reshape(BANDS, ROWS)
    return [
        int.from_bytes(hashlib.blake2b(band.to_bytes(1, "little") + values.tobytes(), digest_size=8).digest(),
                       "little", signed=True)
        for band, values in enumerate(rows)
    ]


@dataclass(frozen=True)
class Candidate:
    """An indexed article sharing a band with a new one: its 32-bit signature bytes and its group."""

    article_id: str
    signature: bytes
    group: int | None = None


def verify(
    shingle_set: frozenset[int],
    sig: LeanMinHash,
    candidates: Iterable[Candidate],
    shingles_of: Callable[[str], frozenset[int]],
    threshold: float = MATCH_THRESHOLD,
) -> list[tuple[str, float]]:
    """The candidates that are copies: (article id, exact Jaccard), one per group, best estimate first."""
    mine = np.asarray(sig.hashvalues, dtype=np.uint32)

    def estimate(c: Candidate) -> float:  # as LeanMinHash.jaccard
        width = np.uint64 if len(c.signature) == 8 * NUM_PERM else np.uint32
        same = np.count_nonzero(np.frombuffer(c.signature, dtype=width) == mine)
        return float(np.float64(same) / np.float64(NUM_PERM))

    ranked = sorted(candidates, key=lambda c: (-estimate(c), c.article_id))
    found: list[tuple[str, float]] = []
    settled: set[int | str] = set()
    for candidate in ranked[:MAX_VERIFICATIONS * 4]:
        group: int | str = candidate.group if candidate.group is not None else candidate.article_id
        if group in settled:
            continue
        if len(settled) >= MAX_VERIFICATIONS:
            break
        similarity = jaccard(shingle_set, shingles_of(candidate.article_id))
        if similarity >= threshold:
            found.append((candidate.article_id, similarity))
            settled.add(group)
    return found


def groups_joined(matched: Iterable[tuple[str, float]], candidates: Iterable[Candidate]) -> tuple[int | None, list[int]]:
    """The existing group a new copy joins (the lowest of its matches' groups, None when none has one)
    and the other groups merged into it."""
    group_of = {c.article_id: c.group for c in candidates}
    groups = sorted({group for c, _ in matched if (group := group_of.get(c)) is not None})
    return (groups[0], groups[1:]) if groups else (None, [])


class _BandIndex:
    """The LSH bands of every indexed signature, as datasketch's ``MinHashLSH(params=(BANDS, ROWS))``
    finds them (an article is a candidate when some band of its signature equals the query's), kept
    lean: each band is a dict from the band's values (one int) to an article number, or a list of
    them when several articles share it. datasketch kept a bytes object and a set per band and
    article (about 10 KB an article, the ingest's only memory growing with the corpus); this keeps
    about a third of that.
    """

    def __init__(self) -> None:
        self._bands: list[dict[int, int | list[int]]] = [{} for _ in range(BANDS)]
        self._ids: list[str] = []

    @staticmethod
    def _keys(sig: LeanMinHash) -> list[int]:
        rows = np.asarray(sig.hashvalues, dtype="<u8").reshape(BANDS, ROWS)
        return [int.from_bytes(band.tobytes(), "little") for band in rows]

    def insert(self, article_id: str, sig: LeanMinHash) -> None:
        number = len(self._ids)
        self._ids.append(article_id)
        for band, key in zip(self._bands, self._keys(sig), strict=True):
            found = band.get(key)
            if found is None:
                band[key] = number
            elif isinstance(found, list):
                found.append(number)
            else:
                band[key] = [found, number]

    def query(self, sig: LeanMinHash) -> set[str]:
        numbers: set[int] = set()
        for band, key in zip(self._bands, self._keys(sig), strict=True):
            found = band.get(key)
            if isinstance(found, list):
                numbers.update(found)
            elif found is not None:
                numbers.add(found)
        return {self._ids[n] for n in numbers}


@dataclass
class SyndicationIndex:
    """An incremental LSH index of article signatures plus the current grouping.

    ``shingles_of(article_id)`` returns the shingle set of an already indexed
    article (the store reads its text; tests keep a dict).
    """

    shingles_of: Callable[[str], frozenset[int]]
    match_threshold: float = MATCH_THRESHOLD
    _lsh: _BandIndex = field(init=False, repr=False)
    # 32-bit values as bytes (signature_to_bytes): a third of a LeanMinHash object's memory.
    _signatures: dict[str, bytes] = field(default_factory=dict, init=False, repr=False)
    group_of: dict[str, int] = field(default_factory=dict, init=False)
    members_of: dict[int, list[str]] = field(default_factory=dict, init=False)
    _next_group: int = field(default=1, init=False, repr=False)

    def __post_init__(self) -> None:
        self._lsh = _BandIndex()

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._signatures

    def load(self, article_id: str, sig: LeanMinHash, group: int | None) -> None:
        """Put back an article indexed earlier (rebuilding on open), with its stored group."""
        self._signatures[article_id] = np.asarray(sig.hashvalues, dtype=np.uint32).tobytes()
        self._lsh.insert(article_id, sig)
        if group is not None:
            self.group_of[article_id] = group
            self.members_of.setdefault(group, []).append(article_id)
            self._next_group = max(self._next_group, group + 1)

    def matches(self, shingle_set: frozenset[int], sig: LeanMinHash) -> list[tuple[str, float]]:
        """Indexed articles that are copies of this one: (article id, exact Jaccard), one per group."""
        candidates = [
            Candidate(c, self._signatures[c], self.group_of.get(c))
            for c in self._lsh.query(sig) if c in self._signatures
        ]
        return verify(shingle_set, sig, candidates, self.shingles_of, self.match_threshold)

    def add(self, article_id: str, shingle_set: frozenset[int], sig: LeanMinHash | None = None) -> tuple[int | None, list[tuple[str, float]], list[int]]:
        """Index one article and group it.

        Returns (its group or None when it is alone, the copies it matched, groups merged away).
        """
        if article_id in self._signatures:
            return self.group_of.get(article_id), [], []
        sig = sig if sig is not None else signature(shingle_set)
        matched = self.matches(shingle_set, sig) if shingle_set else []
        self._signatures[article_id] = np.asarray(sig.hashvalues, dtype=np.uint32).tobytes()
        self._lsh.insert(article_id, sig)
        if not matched:
            return None, [], []
        groups = sorted({self.group_of[c] for c, _ in matched if c in self.group_of})
        if groups:
            target, merged = groups[0], groups[1:]
        else:
            target, merged = self._next_group, []
            self._next_group += 1
            self.members_of[target] = []
        for group in merged:
            for member in self.members_of.pop(group):
                self.group_of[member] = target
                self.members_of[target].append(member)
        for candidate, _ in matched:
            if candidate not in self.group_of:
                self.group_of[candidate] = target
                self.members_of[target].append(candidate)
        self.group_of[article_id] = target
        self.members_of[target].append(article_id)
        return target, matched, merged
