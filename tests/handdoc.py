"""Docs built by hand, without a model, for rule tests (the way spaCy's own tests build them).

A parse is written as a compact table, one token a line::

    word  lemma  POS  TAG  dep  head  [entity]

``head`` is the index of the head token (a root is its own head); ``entity`` is an IOB tag such as
``B-PERSON`` (default ``O``). The words must appear in ``text`` in order, separated by at most
whitespace, so offsets and spacing come from the text itself. A dash in the lemma column means the
lemma is the lower-cased word; ``\\n`` in the word column stands for a line break (a space token).
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.tokens import Doc
from spacy.vocab import Vocab

__all__ = ["VOCAB", "build", "parse"]


@lru_cache(maxsize=1)
def _vocab() -> Vocab:
    return spacy.blank("en").vocab


# The English vocabulary (lower-case forms, like_num, is_punct, noun_chunks) without a trained pipeline.
VOCAB = _vocab()


def build(words: list[str], spaces: list[bool], columns: dict[str, list[str]],
          sent_starts: list[bool] | None = None) -> Doc:
    """The one place the hand-built Docs of every table format are made: ``columns`` holds
    ``lemmas``, ``pos``, ``tags``, ``deps``, ``heads`` (as text) and ``ents``, one value a token."""
    return Doc(
        VOCAB,
        words=words,
        spaces=spaces,
        lemmas=columns["lemmas"],
        pos=columns["pos"],
        tags=columns["tags"],
        deps=columns["deps"],
        heads=[int(head) for head in columns["heads"]],
        ents=columns["ents"],
        sent_starts=sent_starts,
    )


def parse(text: str, table: str) -> Doc:
    """A Doc of ``text`` with the tags, lemmas, heads and entities of ``table``."""
    rows = [
        [line.split()[0].replace("\\n", "\n"), *line.split()[1:]]
        for line in table.strip().splitlines()
        if line.strip() and not line.lstrip().startswith("# ")
    ]
    words, spaces, at = [], [], 0
    for row in rows:
        while at < len(text) and text[at] in " \t" and not text.startswith(row[0], at):
            at += 1
        if not text.startswith(row[0], at):
            raise ValueError(f"{row[0]!r} not found at {at} in {text!r}")
        at += len(row[0])
        words.append(row[0])
        spaces.append(at < len(text) and text[at] == " ")
        if spaces[-1]:
            at += 1
    if at != len(text):
        raise ValueError(f"text left over after the table: {text[at:]!r}")
    doc = build(words, spaces, {
        "lemmas": [row[0].lower() if row[1] == "-" else row[1] for row in rows],
        "pos": [row[2] for row in rows],
        "tags": [row[3] for row in rows],
        "deps": [row[4] for row in rows],
        "heads": [row[5] for row in rows],
        "ents": [row[6] if len(row) > 6 else "O" for row in rows],
    })
    assert doc.text == text, (doc.text, text)
    return doc
