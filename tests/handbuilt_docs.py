"""Docs built by hand, as spaCy's own tests build them: rule tests that do not run the model.

A parse is written one token a line, columns separated by spaces::

    Russia   PROPN NNP Russia  nsubj 1
    invaded  VERB  VBD invade  ROOT  1
    Georgia  PROPN NNP Georgia dobj  1  B-GPE
    .        PUNCT .   .       punct 1

word, part of speech, tag, lemma, dependency label, head (the index of the head token, the
token's own index for the root), and optionally the spaCy entity tag (``B-GPE``, ``I-DATE``; ``O``
when left out). Tokens are joined by a space except before punctuation and clitics. A blank
line starts a new sentence.

:func:`article` wraps a Doc in the partial :class:`~parley.models.ExtractedArticle` the rules
read: parley's entities (name, type, code; mentions found by their text) and attributions.
"""

from __future__ import annotations

import re
from typing import Any

from handdoc import build
from spacy.tokens import Doc

from parley.models import Attribution, Entity, ExtractedArticle, Speaker, make_span

_NO_SPACE_BEFORE = {".", ",", "'s", "’s", "n't", ":", ";", "?", "!"}


def parse(table: str) -> Doc:
    """A Doc from a token table (see the module docstring)."""
    rows: list[list[str]] = []
    sent_starts: list[bool] = []
    new_sentence = True
    base = 0
    for line in table.strip("\n").splitlines():
        if not line.strip():
            new_sentence, base = True, len(rows)
            continue
        cells = line.split()
        if len(cells) not in (6, 7):
            raise ValueError(f"expected 6 or 7 columns: {line!r}")
        cells[5] = str(base + int(cells[5]))  # heads count from the sentence's first token
        rows.append(cells)
        sent_starts.append(new_sentence)
        new_sentence = False
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(words) and words[i + 1] not in _NO_SPACE_BEFORE for i in range(len(words))]
    return build(words, spaces, {
        "pos": [r[1] for r in rows],
        "tags": [r[2] for r in rows],
        "lemmas": [r[3] for r in rows],
        "deps": [r[4] for r in rows],
        "heads": [r[5] for r in rows],
        "ents": [r[6] if len(r) == 7 else "O" for r in rows],
    }, sent_starts=sent_starts)


def _mentions(text: str, phrase: str) -> list[Any]:
    return [make_span(text, m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]


def article(
    doc: Doc,
    entities: dict[str, tuple[str, str | None]] | None = None,
    *,
    quotes: list[tuple[str, str, str | None]] | None = None,
    published: str | None = "2022-02-04T10:11",
) -> ExtractedArticle:
    """The partial article of ``doc``: ``entities`` maps a mention's text to (type, code);
    ``quotes`` are (content text, speaker name, speaker affiliation)."""
    text = doc.text
    found = [
        Entity(name=phrase, type=kind, code=code, mentions=_mentions(text, phrase))
        for phrase, (kind, code) in (entities or {}).items()
    ]
    attributions = []
    for content, name, affiliation in quotes or []:
        start = text.index(content)
        attributions.append(
            Attribution(
                kind="direct",
                content=[make_span(text, start, start + len(content))],
                speaker=Speaker(name=name, affiliation=affiliation),
            )
        )
    return ExtractedArticle(id="handbuilt", text=text, published=published, entities=found, attributions=attributions)
