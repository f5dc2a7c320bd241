"""A sentence break at every blank line, set before the parser runs (``parley_paragraph_breaks``).

The English parser runs paragraphs together when a line does not end with a full stop or the next one
opens with a dash: in "... with ongoing reforms.\\n\\n- Providing Ukraine with Security Assistance: The
United States is announcing a new package", it made the first paragraph what the United States
announces. Official texts (bulleted fact sheets, joint statements, transcripts) are full of such
paragraphs; a blank line always ends a sentence. :func:`parley.nlp.load_model` puts this component
before the parser of every model parley loads.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["PARAGRAPH_BREAKS", "make_paragraph_breaks", "paragraph_breaks"]

PARAGRAPH_BREAKS = "parley_paragraph_breaks"


def paragraph_breaks(doc: Doc) -> Doc:
    """Mark the token after each run of whitespace holding a blank line as a sentence start."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def make_paragraph_breaks(nlp: Language, name: str) -> Callable[[Doc], Doc]:
    """The ``parley_paragraph_breaks`` factory (no settings)."""
    return paragraph_breaks


# spaCy validates a factory's config against its annotations; under postponed evaluation they would be strings.
make_paragraph_breaks.__annotations__ = {"nlp": Language, "name": str, "return": Callable[[Doc], Doc]}
if not Language.has_factory(PARAGRAPH_BREAKS):
    Language.factory(PARAGRAPH_BREAKS, assigns=["token.is_sent_start"], func=make_paragraph_breaks)
