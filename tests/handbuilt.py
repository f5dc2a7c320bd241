"""Docs built by hand, the way spaCy's own tests build them: rule tests that need no model.

A document is written as a table, one token a line::

    Jane    Jane   PROPN NNP compound 1 B-PERSON
    Smith   Smith  PROPN NNP nsubj    2 I-PERSON
    spoke   speak  VERB  VBD ROOT     2 O
    .       .      PUNCT .   punct    2 O

Columns: text, lemma, coarse tag (pos), fine tag, dependency, head (0-based token index) and the
entity in IOB form. A token is followed by a space unless the next one is closing punctuation or
its own text ends with ``~`` (which is dropped: ``Al~`` ``-~`` ``Sharaa`` is "Al-Sharaa").
Sentences come from the parse: each ROOT starts one.
"""

from __future__ import annotations

from handdoc import build
from spacy.tokens import Doc, Token

__all__ = ["doc_from", "token_span"]

# Tokens written against the word before them.
_CLOSING = {".", ",", ":", ";", "?", "!", ")", "'s", "’s", "”", "%"}


def doc_from(table: str) -> Doc:
    """A parsed, tagged Doc from a token table (see the module docstring)."""
    rows = [line.split() for line in table.strip().splitlines() if line.strip()]
    for number, row in enumerate(rows):
        if len(row) != 7:
            raise ValueError(f"row {number}: expected 7 columns, got {row}")
    words = [row[0].removesuffix("~") if len(row[0]) > 1 else row[0] for row in rows]
    glued = [len(row[0]) > 1 and row[0].endswith("~") for row in rows]
    spaces = [
        not glued[i] and i + 1 < len(rows) and words[i + 1] not in _CLOSING
        for i in range(len(rows))
    ]
    return build(words, spaces, {
        "lemmas": [row[1] for row in rows],
        "pos": [row[2] for row in rows],
        "tags": [row[3] for row in rows],
        "deps": [row[4] for row in rows],
        "heads": [row[5] for row in rows],
        "ents": [row[6] for row in rows],
    })


def token_span(doc: Doc, first: int, last: int) -> tuple[int, int]:
    """Character bounds of tokens ``first`` .. ``last`` (inclusive)."""
    end: Token = doc[last]
    return doc[first].idx, end.idx + len(end.text)
