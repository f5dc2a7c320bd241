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
from dataclasses import dataclass, field

__all__ = ["Quote", "find_quotes"]

_OPEN_ONLY = {"“": "d", "«": "g", "‘": "s", "„": "d"}
_CLOSE_ONLY = {"”": "d", "»": "g", "’": "s"}
_STRAIGHT_LIKE = {"″", "＂", "〃"}
_OPENING_CONTEXT = set(" \t\n([{—–-/:;,")
_WORDISH = re.compile(r"\w")
# Every character that may be (part of) a quote mark.
_QUOTE_SIGN = re.compile("[`'\"″＂〃“”‘’„«»]")


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
    weak: bool = False  # a closer that may be a plural possessive ("the Ukrainians' fight")


def _detached_clitic(text: str, i: int) -> bool:
    """An apostrophe the text detached from its word: "the Jairan 's AIS data" is a possessive, not a
    quote opening (an "'s" with a space before it and no letter after it)."""
    return text[i + 1 : i + 2] in ("s", "S") and not text[i + 2 : i + 3].isalnum() and (i == 0 or text[i - 1].isspace())


def _possessive(text: str, i: int, end: int) -> bool:
    """An apostrophe after a plural that a lower-case word follows: "the Ukrainians' fight", "voters’ anger"."""
    if i == 0 or text[i - 1] not in "sS" or i + 2 >= end or text[i + 1] != " ":
        return False
    return text[i + 2].islower()


def _marks(text: str, start: int, end: int) -> list[_Mark]:
    marks: list[_Mark] = []
    i = start
    while i < end:
        sign = _QUOTE_SIGN.search(text, i, end)  # other characters are never marks
        if sign is None:
            break
        found, step = _marks_at(text, sign.start(), start, end)
        marks.extend(found)
        i = sign.start() + step
    return marks


def _marks_at(text: str, i: int, start: int, end: int) -> tuple[list[_Mark], int]:
    """The quote marks read at ``i`` and how many characters they take (at least one)."""
    ch = text[i]
    before = text[i - 1] if i > 0 else " "
    if ch == "`" and text.startswith("``", i):
        return [_Mark(i, 2, "d", True, False)], 2
    if ch == "'" and text.startswith("''", i):
        return _apostrophe_pair(text, i, start, before)
    after = text[i + 1] if i + 1 < len(text) else " "
    if ch in _STRAIGHT_LIKE:
        ch = '"'  # a double prime or a full-width quote typed for a straight quote
    mark = _single_mark(ch, text, i, start, end, before, after)
    return ([mark] if mark is not None else []), 1


def _apostrophe_pair(text: str, i: int, start: int, before: str) -> tuple[list[_Mark], int]:
    """Two apostrophes open and close quotes in some archives (''Yes,'' he said)."""
    if text.startswith("'" * 3, i) and (before.isspace() or before in "([{—–/" or i == start):
        # "'''College Bowl,''' he replied": the double quote opens, then an inner single one.
        return [_Mark(i, 2, "d", True, False), _Mark(i + 2, 1, "s", True, False)], 3
    marks: list[_Mark] = []
    at = i
    if text.startswith("'" * 3, i):
        # "'old-school,'''": an inner single quote closes, then the double one.
        marks.append(_Mark(i, 1, "s", False, True))
        at, before = i + 1, "'"
    after2 = text[at + 2] if at + 2 < len(text) else " "
    # After a comma or a letter it closes ('it,'' he said'); after a space it opens.
    opens = (before.isspace() or before in "([{—–/" or at == start) and not after2.isspace()
    marks.append(_Mark(at, 2, "d", opens, not opens))
    return marks, at + 2 - i


def _single_mark(ch: str, text: str, i: int, start: int, end: int, before: str, after: str) -> _Mark | None:
    """The mark a one-character quote sign makes here, read from its neighbours, if any."""
    if ch in "'’" and _detached_clitic(text, i):
        return None
    if ch == "»" and (before.isspace() or before in _OPENING_CONTEXT or i == start) and _WORDISH.match(after):
        # German and Danish quotes point inwards (»Nein«, sagte er): » opens, « closes.
        return _Mark(i, 1, "g", True, False)
    if ch == "«" and (_WORDISH.match(before) or before in ".,!?") and (after.isspace() or after in ".,;:!?)" or i + 1 >= end):
        return _Mark(i, 1, "g", False, True)
    if ch in _OPEN_ONLY:
        return _opening_mark(ch, i, end, before, after)
    if ch in _CLOSE_ONLY:
        return _closing_mark(ch, text, i, end, before, after)
    if ch == '"':
        return _straight_double(i, start, before, after)
    if ch == "'":
        return _straight_single(text, i, end, before, after)
    return None


def _opening_mark(ch: str, i: int, end: int, before: str, after: str) -> _Mark | None:
    if ch == "“" and not before.isspace() and (before not in _OPENING_CONTEXT or before in ",;") and (
        after.isspace() or after in ".,;:!?)[" or i + 1 >= end
    ):
        # An opening mark typed where a closer belongs ('... for her here,“ said Jim Clyburn',
        # 'voters stand.“[HuffPost.]').
        return _Mark(i, 1, "d", False, True)
    if ch == "‘" and (_WORDISH.match(before) and _WORDISH.match(after) or after.isdigit()):
        # An apostrophe typed as an opening mark: "National Review‘s", "in ‘08".
        return None
    return _Mark(i, 1, _OPEN_ONLY[ch], True, False)


def _closing_mark(ch: str, text: str, i: int, end: int, before: str, after: str) -> _Mark | None:
    if ch != "’":
        return _Mark(i, 1, _CLOSE_ONLY[ch], False, True)
    # Apostrophe inside or at the end of a word ("don’t", "Russia’s", "dogs’") unless
    # followed by punctuation/space after a non-letter: only a closer when not word-internal.
    if _WORDISH.match(after) and _WORDISH.match(before):
        return None
    return _Mark(i, 1, "s", False, True, _possessive(text, i, end))


def _straight_double(i: int, start: int, before: str, after: str) -> _Mark | None:
    """A straight double quote: its direction is read from the characters around it."""
    opens = before in _OPENING_CONTEXT or before.isspace() or before in "“‘" or i == start
    closes = not before.isspace() and not _WORDISH.match(after)
    if before.isspace() and (after.isspace() or after == ""):
        # Free-standing (' " he said' after an inner quote): closes an open quote, else opens.
        opens = closes = True
    elif opens and closes:
        # Ambiguous ("-"quote or "(" etc.): decide by what follows.
        closes = not _WORDISH.match(after)
        opens = not closes
    if before in ",.!?;" and _WORDISH.match(after):
        # A closer with its space missing ('audiences,"Katie Packer said') or an opener after a
        # comma ('said,"We'): it closes whatever is open, else it opens.
        opens = closes = True
    return _Mark(i, 1, "d", opens, closes) if opens or closes else None


def _straight_single(text: str, i: int, end: int, before: str, after: str) -> _Mark | None:
    """A straight single quote: an opener, a closer, a possible plural possessive, or an elision."""
    if before in _OPENING_CONTEXT and _WORDISH.match(after):
        # "'90s" and "'em" are elisions, not quotes.
        if after.isdigit() or text[i + 1 : i + 3].lower() == "em":
            return None
        return _Mark(i, 1, "s", True, False)
    if not before.isspace() and not _WORDISH.match(after) and before not in "sS":
        return _Mark(i, 1, "s", False, True)
    if before in "sS" and not _WORDISH.match(after) and after in ".,;:!? \n":
        # Could be a plural possessive ("the states' rights"); a closer only if something is open.
        return _Mark(i, 1, "s", False, True, _possessive(text, i, end))
    return None


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


@dataclass
class _Open:
    """An opening mark waiting for its closer, with the quotes closed directly inside it."""

    mark: _Mark
    inner: list[tuple[int, int, int, int]] = field(default_factory=list)


@dataclass
class _Scan:
    found: list[tuple[int, int, int, int]]  # top-level quotes as (open, content_start, content_end, close_end)
    stack: list[_Open]  # openers still unclosed at the paragraph end, outermost first
    carried_close: _Mark | None = None  # the closer of a quote carried in from the previous paragraph


def _scan_paragraph(text: str, start: int, end: int, carried: _Mark | None = None) -> _Scan:
    """Pair the marks of one paragraph with a stack, so that quotes nest ('"He said "no" twice," she said').

    A closer pairs with the innermost opener of its family; openers it skips were stray, and the
    quotes inside them belong to the closed quote. ``carried`` is a quote still open from the
    previous paragraph.
    """
    scan = _Scan(found=[], stack=[_Open(carried)] if carried is not None else [])
    stack = scan.stack
    marks = _marks(text, start, end)
    for n, mark in enumerate(marks):
        match = None
        if mark.weak and any(m.family == "s" and m.closes and not m.weak for m in _until_opener(marks, n + 1)):
            continue  # a possessive inside a single quote that closes later ('It's the Ukrainians' fight.')
        if mark.closes:
            match = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].mark.family == mark.family), None)
        if match is not None:
            opener, inner = stack[match].mark, stack[match].inner
            del stack[match:]
            if carried is not None and opener is carried:
                scan.carried_close = mark
                carried = None
                continue
            target = stack[-1].inner if stack else scan.found
            if inner and not text[opener.pos + opener.length : inner[0][0]].strip():
                # '"“You don’t win,” Rubio responded ... in March."': a doubled opening mark wrapping
                # a paragraph; the inner quotes are the real ones.
                target.extend(inner)
                continue
            target.append((opener.pos, opener.pos + opener.length, mark.pos, mark.pos + mark.length))
        elif mark.opens and not (mark.family == "s" and mark.closes):
            stack.append(_Open(mark))
        elif not stack and mark.family == "d" and mark.length == 1 and _starts_paragraph(text, start, mark.pos):
            # A closing mark typed as the opener at a paragraph start (”Isis declares ...”).
            stack.append(_Open(_Mark(mark.pos, 1, "d", True, False)))
    return scan


def _until_opener(marks: list[_Mark], start: int) -> list[_Mark]:
    """The marks from ``start`` up to the next single-quote opener."""
    out = []
    for mark in marks[start:]:
        if mark.family == "s" and mark.opens:
            break
        out.append(mark)
    return out


def _double(text: str, pos: int) -> bool:
    return text[pos] in "\"“”„`" or text.startswith("''", pos)


def _reopening(text: str, p_start: int, p_end: int) -> _Mark | None:
    """The mark with which a paragraph re-opens a quote carried over from the previous paragraph."""
    lead = p_start
    while lead < p_end and text[lead].isspace():
        lead += 1
    if lead >= p_end:
        return None
    if text.startswith(("``", "''"), lead):
        return _Mark(lead, 2, "d", True, False)
    family = {'"': "d", "“": "d", "«": "g", "‘": "s"}.get(text[lead])
    return _Mark(lead, 1, family, True, False) if family else None


@dataclass
class _Running:
    """A quotation running on across paragraphs: its parts so far and its opening mark."""

    parts: list[tuple[int, int]]
    start: int

    def quote(self, end: int, closed: bool) -> Quote:
        return Quote(tuple(self.parts), self.start, end, closed)

    def unclosed(self, text: str) -> Quote:
        """The quotation as it stands when nothing ever closes it. Opened and never continued, it runs
        to the end of the sentence it opens (a wire story flattened to one paragraph would otherwise
        lose every later statement to it: '"Moïse's rule is costing lives. What's next? Exantus said
        ...'); carried over paragraphs, it keeps them."""
        if len(self.parts) == 1:
            start, end = self.parts[0]
            cut = _sentence_end(text, start, end)
            return Quote(((start, cut),), self.start, cut, False)
        return self.quote(self.parts[-1][1], False)


# A full stop, question or exclamation mark followed by a space and a capital (or an opening quote).
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“‘']?[A-Z0-9])")
# The word before such a mark that makes it an abbreviation: "Gen.", "Mr.", "U.S.", "Jan.".
_ABBREVIATION = re.compile(r"(?:^|[\s(\"“‘'])(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z])$")


def _sentence_end(text: str, start: int, end: int) -> int:
    """The end (after its final mark) of the sentence that starts at ``start``, else ``end``."""
    for match in _SENTENCE_END.finditer(text, start, end):
        if not _ABBREVIATION.search(text[max(0, match.start() - 12) : match.start()]):
            return match.end()
    return end


def find_quotes(text: str) -> list[Quote]:
    """All direct quotations in ``text``, in order; stray marks are skipped, never fatal."""
    quotes: list[Quote] = []
    running: _Running | None = None
    paragraphs = _paragraphs(text)
    for n, (p_start, p_end) in enumerate(paragraphs):
        following = paragraphs[n + 1] if n + 1 < len(paragraphs) else None
        running = _read_paragraph(text, p_start, p_end, following, running, quotes)
    if running is not None:
        quotes.append(running.unclosed(text))
    quotes.sort(key=lambda q: q.start)
    return quotes


def _read_paragraph(
    text: str, p_start: int, p_end: int, following: tuple[int, int] | None, running: _Running | None, quotes: list[Quote]
) -> _Running | None:
    """Add the paragraph's quotations to ``quotes``; the quotation still running after it, if any."""
    scan_from = p_start
    carried = None
    if running is not None:
        carried = _reopening(text, p_start, p_end)
        if carried is not None:
            scan_from = carried.pos + carried.length
        else:
            # The quote never closed and nothing continues it.
            quotes.append(running.unclosed(text))
            running = None
    scan = _scan_paragraph(text, scan_from, p_end, carried)
    found = list(scan.found)
    stack = scan.stack
    if carried is not None and running is not None:
        if scan.carried_close is not None:
            close = scan.carried_close
            running.parts.append(_trim(text, scan_from, close.pos))
            quotes.append(running.quote(close.pos + close.length, True))
            running = None
        else:
            # Open through this paragraph too: whatever sits inside belongs to it.
            running.parts.append(_trim(text, scan_from, p_end))
            stack = []
    opened = _dangling(text, stack, p_end, following, found)
    quotes.extend(_closed_quotes(text, found))
    return opened if opened is not None else running


def _dangling(
    text: str, stack: list[_Open], p_end: int, following: tuple[int, int] | None, found: list[tuple[int, int, int, int]]
) -> _Running | None:
    """The quotation an unclosed double or guillemet opener starts, running into the next paragraph;
    the whole quotes inside unclosed openers are added to ``found``."""
    dangling_at = next((k for k in range(len(stack) - 1, -1, -1) if stack[k].mark.family != "s"), None)
    for entry in stack[:dangling_at] if dangling_at is not None else stack:
        found.extend(entry.inner)
    if dangling_at is None:
        return None
    nested = [pair for entry in stack[dangling_at:] for pair in entry.inner]
    mark = stack[dangling_at].mark
    if nested and (
        following is None
        or _reopening(text, *following) is None
        or not text[mark.pos + mark.length : min(pair[0] for pair in nested)].strip()
        or any(_double(text, pair[0]) == _double(text, mark.pos) for pair in nested)
    ):
        # An opener that never closes, with whole quotes after it, was stray ('He said "hi.
        # Then she said "bye now" and left.', '"“You don’t win,” Rubio said'): those quotes
        # stand on their own. (A quote running on into the next paragraph nests its inner
        # quotes in the other kind of marks.)
        found.extend(nested)
        return None
    part = _trim(text, mark.pos + mark.length, p_end)
    return _Running([part], mark.pos) if part[1] > part[0] else None


def _closed_quotes(text: str, found: list[tuple[int, int, int, int]]) -> list[Quote]:
    """The quotations closed inside a paragraph, from their (open, content start, content end, close end)."""
    quotes = []
    for open_pos, c_start, c_end, close_end in sorted(found):
        c_start, c_end = _trim(text, c_start, c_end)
        if c_end <= c_start:
            continue
        is_single = text[open_pos] in "'‘" and not text.startswith("''", open_pos)
        if is_single and " " not in text[c_start:c_end]:
            # Single-word single-quoted items are names and scare quotes, never speech.
            continue
        quotes.append(Quote(((c_start, c_end),), open_pos, close_end, True))
    return quotes
