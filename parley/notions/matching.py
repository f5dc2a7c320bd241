"""Finding a notion in text across its wordings.

A notion is a name ("indivisible security") plus variant phrases. A phrase is
reduced to the keys of its content words: function words go, and each word is
folded by inflection and derivation rules (``parley/data/notions/derivation.tsv``)
so that "indivisibility", "indivisibly" and "indivisible" share one key. A phrase
matches where all its keys occur close together inside one clause-level segment,
in any order: "indivisible security", "indivisibility of security", "security is
indivisible" and "the indivisible nature of security" all match, while
"security guarantees" (no "indivisible") or "indivisible" in one sentence and
"security" in the next do not.

Everything here is pure: text in, spans out. The store-level search lives in
:mod:`parley.query.notions`.
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal, NamedTuple

from parley.errors import ConfigError, InputError
from parley.models import Attribution, ExtractedArticle, Span, make_span

__all__ = [
    "ArticleMatch",
    "Notion",
    "NotionMatch",
    "content_keys",
    "default_notions",
    "find",
    "function_words",
    "load_notions",
    "match_article",
    "notion_key",
    "reporter_sentences",
    "resolve_notion",
    "stem",
    "tokenize",
]

# How many non-notion words may sit inside one match, beyond the notion's own
# words: "the indivisible nature of security" has two ("nature", "of").
MAX_GAP = 3

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
# Punctuation that ends the clause a notion must sit in. Commas and dashes do not:
# "security, which is indivisible" is still one statement about the notion.
_BREAK = re.compile(r"[.;:!?()\[\]\n]")
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, str, int], ...]:
    rules = []
    data = resources.files("parley.data.notions").joinpath("derivation.tsv").read_text(encoding="utf-8")
    for line in data.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        suffix, replacement, min_stem = line.split("\t")
        rules.append((suffix, replacement, int(min_stem)))
    return tuple(rules)


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """Words that never carry a notion ("the", "of", "is", ...)."""
    data = resources.files("parley.data.notions").joinpath("function_words.txt").read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in data.splitlines() if w.strip() and not w.startswith("#"))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The folding key of a word: ``stem("indivisibility") == stem("indivisible") == "indivisibl"``."""
    key = _POSSESSIVE.sub("", word.lower()).replace("’", "'").replace("'", "")
    for _ in range(3):  # "families" -> "family" -> "famil": a derived form may itself be inflected
        for suffix, replacement, min_stem in _rules():
            if key.endswith(suffix) and len(key) - len(suffix) >= min_stem:
                folded = key[: len(key) - len(suffix)] + replacement
                break
        else:
            break
        if folded == key:  # a protecting rule ("ss", "us", "is")
            break
        key = folded
    # "guarantee"/"guaranteed"/"guarantees", "secure"/"security": a final e is not part of the key.
    trimmed = key.rstrip("e")
    return trimmed if len(trimmed) >= 3 else key


class _Token(NamedTuple):
    # A named tuple, not a frozen dataclass: tokenize makes one per word of every text it reads
    # (the notion index at ingest, compare's matching), and a frozen dataclass's __init__ cost a third of it.
    start: int
    end: int
    keys: tuple[str, ...]  # its own key, plus (first word only) the key of its compound ("non-aggression")
    segment: int  # clause-level segment index: notion words must share one


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[_Token]:
    """Word tokens of ``text[start:end]`` with folding keys; hyphenated words are split and joined."""
    end = len(text) if end is None else end
    raw = [m.span() for m in _WORD.finditer(text, start, end)]
    breaks = [m.start() for m in _BREAK.finditer(text, start, end)]  # read once, not once per word
    n_breaks = len(breaks)
    next_break = 0
    tokens: list[_Token] = []
    append, key_of, n_raw = tokens.append, stem, len(raw)  # the hot loop of ingest and compare: locals
    segment = 0
    i = 0
    previous_end = start
    while i < n_raw:
        # A hyphen run: words joined by "-" with no space ("rules-based", "non-aggression").
        j = i
        while j + 1 < n_raw and raw[j + 1][0] - raw[j][1] == 1 and text[raw[j][1]] in "-‑–":
            j += 1
        compound = key_of("".join(text[s:e] for s, e in raw[i : j + 1])) if j > i else None
        for k in range(i, j + 1):
            s, e = raw[k]
            if next_break < n_breaks and breaks[next_break] < s:
                crossed = False
                while next_break < n_breaks and breaks[next_break] < s:
                    crossed = crossed or breaks[next_break] >= previous_end
                    next_break += 1
                if crossed:
                    segment += 1
            previous_end = e
            own = key_of(text[s:e])
            # The compound key sits on the run's first word so a match covers the whole compound.
            keys = (own,) if compound is None or compound == own or k != i else (own, compound)
            append(_Token(s, e, keys, segment))
        i = j + 1
    return tokens


def content_keys(phrase: str) -> tuple[str, ...]:
    """The keys a phrase must match: content words only, folded."""
    words = [phrase[m.start() : m.end()] for m in _WORD.finditer(phrase)]
    return tuple(stem(w) for w in words if w.lower() not in function_words())


def notion_key(phrase: str) -> frozenset[str]:
    """Order-free identity of a phrase: "indivisibility of security" and "indivisible security" share it."""
    return frozenset(content_keys(phrase))


@dataclass(frozen=True)
class Notion:
    """A named notion and the phrases that express it."""

    name: str
    variants: tuple[str, ...] = ()
    _compiled: tuple[tuple[str, tuple[str, ...]], ...] = field(default=(), repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = []
        seen: set[tuple[str, ...]] = set()
        for phrase in (self.name, *self.variants):
            keys = content_keys(phrase)
            if not keys:
                raise InputError(f"notion phrase {phrase!r} has no content words to look for")
            signature = tuple(sorted(keys))
            if signature in seen:  # "indivisibility of security" adds nothing to "indivisible security"
                continue
            seen.add(signature)
            compiled.append((phrase, keys))
        object.__setattr__(self, "_compiled", tuple(compiled))

    @property
    def phrases(self) -> tuple[str, ...]:
        return (self.name, *self.variants)

    @property
    def phrase_keys(self) -> tuple[tuple[str, ...], ...]:
        """The content keys of each distinct phrase: what the store's notion index is asked for."""
        return tuple(keys for _, keys in self._compiled)

    @property
    def words(self) -> frozenset[str]:
        """Every content key of every phrase (to keep the notion's own words out of key terms)."""
        return frozenset(k for _, keys in self._compiled for k in keys)

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "variants": list(self.variants)}


@dataclass(frozen=True)
class NotionMatch:
    """One place a notion occurs: offsets into the searched text and the phrase that matched."""

    start: int
    end: int
    text: str
    phrase: str

    def span(self) -> Span:
        return Span(start=self.start, end=self.end, text=self.text)


def _match_phrase(tokens: Sequence[_Token], keys: tuple[str, ...]) -> list[tuple[int, int]]:
    """(first, last) token indices of the shortest windows covering all keys within one segment."""
    wanted = Counter(keys)
    limit = len(keys) + MAX_GAP
    windows: list[tuple[int, int]] = []
    starts = [i for i, t in enumerate(tokens) if t.keys[0] in wanted or (len(t.keys) > 1 and t.keys[1] in wanted)]
    for i in starts:
        token = tokens[i]
        need = Counter(wanted)
        for j in range(i, min(len(tokens), i + limit)):
            if tokens[j].segment != token.segment:
                break
            for key in tokens[j].keys:
                if need[key] > 0:
                    need[key] -= 1
                    if need[key] == 0:
                        del need[key]
                    break
            if not need:
                windows.append((i, j))
                break
    return windows


def _window_cost(text: str, tokens: Sequence[_Token], window: tuple[int, int]) -> tuple[int, int]:
    # A comma inside a window usually means two phrases meet ("peace and security, indivisibility
    # of security"): prefer the window that stays inside one phrase.
    i, j = window
    return (j - i + 2 * text.count(",", tokens[i].start, tokens[j].end), tokens[i].start)


def find(notion: Notion, text: str, start: int = 0, end: int | None = None) -> list[NotionMatch]:
    """Where ``notion`` occurs in ``text[start:end]``; offsets index ``text``, earliest first."""
    tokens = tokenize(text, start, end)
    present = {key for token in tokens for key in token.keys}
    candidates = []
    for phrase, keys in notion._compiled:
        if not present.issuperset(keys):
            continue  # a key missing from the whole text: no window can cover the phrase
        for window in _match_phrase(tokens, keys):
            candidates.append((_window_cost(text, tokens, window), window, phrase))
    found: list[NotionMatch] = []
    for _, (i, j), phrase in sorted(candidates):
        s, e = tokens[i].start, tokens[j].end
        if not any(s < m.end and m.start < e for m in found):
            found.append(NotionMatch(s, e, text[s:e], phrase))
    return sorted(found, key=lambda m: (m.start, m.end))


@dataclass(frozen=True)
class ArticleMatch:
    """The notion in one statement (an attribution) or one reporter sentence of an article."""

    kind: Literal["attribution", "reporter"]
    context: list[Span]  # the attribution's content spans, or the reporter sentence
    matches: list[Span]
    phrases: list[str]  # which notion phrase each match came from
    attribution_index: int | None = None
    attribution: Attribution | None = None


def _covered(spans: Iterable[Span], start: int, end: int) -> bool:
    return any(s.start <= start and end <= s.end for s in spans)


def reporter_sentences(article: ExtractedArticle) -> list[Span]:
    """Sentences (or their parts) that are the reporter's words: outside every attribution content."""
    contents = [s for a in article.attributions for s in a.content]
    pieces: list[Span] = []
    for sentence in article.sentences:
        cursor = sentence.start
        for span in sorted((c for c in contents if c.start < sentence.end and sentence.start < c.end),
                           key=lambda c: c.start):
            if span.start > cursor:
                pieces.append(make_span(article.text, cursor, span.start))
            cursor = max(cursor, span.end)
        if cursor < sentence.end:
            pieces.append(make_span(article.text, cursor, sentence.end))
    return [p for p in pieces if p.text.strip(" \t\n,.;:\"'“”‘’—–-")]


def match_article(notion: Notion, article: ExtractedArticle, *, reporter: bool = True) -> list[ArticleMatch]:
    """Every attribution of ``article`` that speaks of the notion, then every reporter sentence that does."""
    results: list[ArticleMatch] = []
    contents: list[Span] = []
    for index, attribution in enumerate(article.attributions):
        contents.extend(attribution.content)
        hits: list[NotionMatch] = []
        for span in attribution.content:
            hits.extend(find(notion, article.text, span.start, span.end))
        if hits:
            results.append(ArticleMatch(
                kind="attribution", context=list(attribution.content), matches=[h.span() for h in hits],
                phrases=[h.phrase for h in hits], attribution_index=index, attribution=attribution,
            ))
    if reporter:
        for sentence in article.sentences:
            hits = [h for h in find(notion, article.text, sentence.start, sentence.end)
                    if not _covered(contents, h.start, h.end)]
            if hits:
                results.append(ArticleMatch(
                    kind="reporter", context=[sentence], matches=[h.span() for h in hits],
                    phrases=[h.phrase for h in hits],
                ))
    return results


# -- notions files -------------------------------------------------------------------------------

def _notions_from_data(data: Any, origin: str) -> list[Notion]:
    """Accepts ``[[notion]] name=.. variants=[..]`` (TOML), a list of such tables, or ``{name: [variants]}``."""
    if isinstance(data, dict) and ("notion" in data or "notions" in data):
        data = data.get("notion", data.get("notions"))
    entries: list[tuple[str, list[str]]] = []
    if isinstance(data, dict):
        for name, variants in data.items():
            entries.append((str(name), list(variants or [])))
    elif isinstance(data, list):
        for item in data:
            if not isinstance(item, dict) or not item.get("name"):
                raise ConfigError(f"{origin}: every notion needs a name, got {item!r}")
            variants = item.get("variants", item.get("synonyms", [])) or []
            if isinstance(variants, str):
                variants = [variants]
            entries.append((str(item["name"]), [str(v) for v in variants]))
    else:
        raise ConfigError(f"{origin}: expected a list of notions with name and variants")
    try:
        return [Notion(name, tuple(variants)) for name, variants in entries]
    except InputError as exc:
        raise ConfigError(f"{origin}: {exc}") from exc


def load_notions(path: str | Path) -> list[Notion]:
    """Notions from a TOML (``.toml``) or YAML (``.yaml``/``.yml``) file."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read notions file {path}: {exc.strerror or exc}") from exc
    try:
        if path.suffix.lower() == ".toml":
            data: Any = tomllib.loads(raw)
        else:
            import yaml

            data = yaml.safe_load(raw)
    except (tomllib.TOMLDecodeError, ValueError) as exc:
        raise ConfigError(f"notions file {path} is not valid {path.suffix.lstrip('.').upper()}: {exc}") from exc
    except Exception as exc:  # yaml.YAMLError has no common base with ValueError
        raise ConfigError(f"notions file {path} is not valid YAML: {exc}") from exc
    return _notions_from_data(data, str(path))


@lru_cache(maxsize=1)
def default_notions() -> tuple[Notion, ...]:
    """The notions bundled with parley (``parley/data/notions/notions.toml``)."""
    raw = resources.files("parley.data.notions").joinpath("notions.toml").read_text(encoding="utf-8")
    return tuple(_notions_from_data(tomllib.loads(raw), "bundled notions.toml"))


def resolve_notion(query: str, notions: Sequence[Notion] = (), *, use_defaults: bool = True) -> Notion:
    """The notion a user means by ``query``: a known notion one of whose phrases has the same words, else the query itself."""
    if not query.strip():
        raise InputError("the notion to look for is empty")
    wanted = notion_key(query)
    if not wanted:
        raise InputError(f"notion {query!r} has no content words to look for")
    known = list(notions) + (list(default_notions()) if use_defaults else [])
    for notion in known:
        if notion.name.casefold() == query.strip().casefold() or any(notion_key(p) == wanted for p in notion.phrases):
            return notion
    return Notion(query.strip())
