"""Direct quotations found from the quote marks of the raw text, tolerant of stray marks.

The scanner works on characters, not tokens, because tokenisers split quote marks
inconsistently. It pairs opening and closing marks paragraph by paragraph:

* curly (“ ”), LaTeX-style (`` ''), guillemets (« ») and straight double quotes (")
  whose direction is read from the neighbouring characters;
* single quotes (‘ ’ and ') only at top level, when they clearly open and close
  (apostrophes in "don't" and "Russia's" never count);
* a paragraph that opens a quote without closing it continues into the next
  paragraph when that paragraph opens with a quote mark (the newspaper convention
  for multi-paragraph quotes);
* a stray mark (a closer with nothing open, an opener that never closes) is
  dropped, and scanning carries on: one bad mark never loses the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Quote", "find_quotes"]

_OPEN_ONLY = {"“": "d", "«": "g", "‘": "s", "„": "d"}
_CLOSE_ONLY = {"”": "d", "»": "g", "’": "s"}
# A quote longer than this inside one paragraph is more likely a pairing error than speech.
_MAX_SINGLE_QUOTE_CHARS = 400
_OPENING_CONTEXT = set(" \t\n([{—–-/:;,")
_WORDISH = re.compile(r"\w")


@dataclass(frozen=True)
class Quote:
    """A direct quotation: content parts (without marks) and the outer extent with marks."""

    parts: tuple[tuple[int, int], ...]  # content offsets, one part per paragraph
    start: int  # offset of the opening mark
    end: int  # offset just after the closing mark (or the paragraph end when unclosed)
    closed: bool

    @property
    def content_start(self) -> int:
        return self.parts[0][0]

    @property
    def content_end(self) -> int:
        return self.parts[-1][1]


@dataclass(frozen=True)
class _Mark:
    pos: int
    length: int
    family: str  # d (double), g (guillemet), s (single)
    opens: bool
    closes: bool


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks: list[_Mark] = []
    i = start
    while i < end:
        ch = text[i]
        before = text[i - 1] if i > 0 else " "
        if ch == "`" and text.startswith("``", i):
            marks.append(_Mark(i, 2, "d", True, False))
            i += 2
            continue
        if ch == "'" and text.startswith("''", i):
            if text.startswith("'" * 3, i):
                # "'old-school,'''": an inner single quote closes, then the double one.
                marks.append(_Mark(i, 1, "s", False, True))
                i += 1
                before = "'"
            # Two apostrophes open and close quotes in some archives (''Yes,'' he said).
            after2 = text[i + 2] if i + 2 < len(text) else " "
            # After a comma or a letter it closes ('it,'' he said'); after a space it opens.
            opens = (before.isspace() or before in "([{—–/" or i == start) and not after2.isspace()
            marks.append(_Mark(i, 2, "d", opens, not opens))
            i += 2
            continue
        after = text[i + 1] if i + 1 < len(text) else " "
        if ch in _OPEN_ONLY:
            if ch == "“" and not before.isspace() and before not in _OPENING_CONTEXT and (after.isspace() or after in ".,;:!?)"):
                # An opening mark typed where a closer belongs ('... for her here,“ said Jim Clyburn').
                marks.append(_Mark(i, 1, "d", False, True))
            else:
                marks.append(_Mark(i, 1, _OPEN_ONLY[ch], True, False))
        elif ch in _CLOSE_ONLY:
            if ch == "’":
                # Apostrophe inside or at the end of a word ("don’t", "Russia’s", "dogs’") unless
                # followed by punctuation/space after a non-letter: only a closer when not word-internal.
                if _WORDISH.match(after) and _WORDISH.match(before):
                    i += 1
                    continue
                marks.append(_Mark(i, 1, "s", False, True))
            else:
                marks.append(_Mark(i, 1, _CLOSE_ONLY[ch], False, True))
        elif ch == '"':
            opens = before in _OPENING_CONTEXT or before.isspace() or before in "“‘" or i == start
            closes = not before.isspace() and not _WORDISH.match(after)
            if before.isspace() and (after.isspace() or after == ""):
                # Free-standing (' " he said' after an inner quote): closes an open quote, else opens.
                opens = closes = True
            elif opens and closes:
                # Ambiguous ("-"quote or "(" etc.): decide by what follows.
                closes = not _WORDISH.match(after)
                opens = not closes
            if opens or closes:
                marks.append(_Mark(i, 1, "d", opens, closes))
        elif ch == "'":
            if before in _OPENING_CONTEXT and _WORDISH.match(after):
                # "'90s" and "'em" are elisions, not quotes.
                if not (after.isdigit() or text[i + 1 : i + 3].lower() == "em"):
                    marks.append(_Mark(i, 1, "s", True, False))
            elif not before.isspace() and not _WORDISH.match(after) and before not in "sS":
                marks.append(_Mark(i, 1, "s", False, True))
            elif before in "sS" and not _WORDISH.match(after) and after in ".,;:!? \n":
                # Could be a plural possessive ("the states' rights"); a closer only if something is open.
                marks.append(_Mark(i, 1, "s", False, True))
        i += 1
    return marks


def _paragraphs(text: str) -> list[tuple[int, int]]:
    paragraphs = []
    start = 0
    for match in re.finditer(r"\n", text):
        if match.start() > start:
            paragraphs.append((start, match.start()))
        start = match.end()
    if start < len(text):
        paragraphs.append((start, len(text)))
    return paragraphs


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _starts_paragraph(text: str, start: int, pos: int) -> bool:
    before = text[start:pos]
    after = text[pos + 1 : pos + 2]
    return not before.strip(" \t\u202a\u202c\ufeff") and bool(after) and after != "\n"


def _scan_paragraph(text: str, start: int, end: int) -> tuple[list[tuple[int, int, int, int]], _Mark | None]:
    """Closed quotes in a paragraph as (open, content_start, content_end, close_end), and a dangling opener."""
    found: list[tuple[int, int, int, int]] = []
    marks = _marks(text, start, end)
    open_mark: _Mark | None = None
    for mark in marks:
        if open_mark is None:
            if mark.opens and not (mark.family == "s" and mark.closes):
                open_mark = mark
            elif mark.family == "d" and mark.length == 1 and _starts_paragraph(text, start, mark.pos):
                # A closing mark typed as the opener at a paragraph start (”Isis declares ...”).
                open_mark = _Mark(mark.pos, 1, "d", True, False)
            continue
        if mark.family != open_mark.family:
            # A quote inside a quote: the inner marks belong to the content.
            continue
        if mark.closes:
            found.append((open_mark.pos, open_mark.pos + open_mark.length, mark.pos, mark.pos + mark.length))
            open_mark = None
        elif mark.opens:
            # Two openers in a row: the first was stray; restart from the second.
            open_mark = mark
    return found, open_mark


def find_quotes(text: str) -> list[Quote]:
    """All direct quotations in ``text``, in order; stray marks are skipped, never fatal."""
    quotes: list[Quote] = []
    pending: list[tuple[int, int]] | None = None  # parts of a multi-paragraph quote still open
    pending_start = 0
    for p_start, p_end in _paragraphs(text):
        scan_from = p_start
        if pending is not None:
            lead = p_start
            while lead < p_end and text[lead].isspace():
                lead += 1
            if lead < p_end and (text[lead] in "\"“«‘`" or text.startswith("''", lead)):
                # The continuation paragraph re-opens with a mark; find where it closes.
                skip = 2 if text.startswith(("``", "''"), lead) else 1
                body_marks = _marks(text, lead + skip, p_end)
                family = "s" if text[lead] == "‘" else "g" if text[lead] == "«" else "d"
                closer = next((m for m in body_marks if m.family == family and m.closes), None)
                if closer is None:
                    pending.append(_trim(text, lead + skip, p_end))
                    continue
                pending.append(_trim(text, lead + skip, closer.pos))
                quotes.append(Quote(tuple(pending), pending_start, closer.pos + closer.length, True))
                pending = None
                scan_from = closer.pos + closer.length
            else:
                # The quote never closed and nothing continues it: keep what was inside the paragraph.
                quotes.append(Quote(tuple(pending), pending_start, pending[-1][1], False))
                pending = None
        found, dangling = _scan_paragraph(text, scan_from, p_end)
        for open_pos, c_start, c_end, close_end in found:
            c_start, c_end = _trim(text, c_start, c_end)
            if c_end <= c_start:
                continue
            is_single = text[open_pos] in "'‘"
            if is_single and (c_end - c_start > _MAX_SINGLE_QUOTE_CHARS or " " not in text[c_start:c_end]):
                # Single-word single-quoted items are names and scare quotes, never speech.
                if " " not in text[c_start:c_end]:
                    continue
            quotes.append(Quote(((c_start, c_end),), open_pos, close_end, True))
        if dangling is not None and dangling.family != "s":
            part = _trim(text, dangling.pos + dangling.length, p_end)
            if part[1] > part[0]:
                pending = [part]
                pending_start = dangling.pos
    if pending is not None:
        quotes.append(Quote(tuple(pending), pending_start, pending[-1][1], False))
    return quotes
