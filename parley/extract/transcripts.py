"""Transcripts and readouts: who speaks in a turn, and who the office words of a readout stand for.

Official texts give the speaker by a label, not by "said": line-initial labels in White House
transcripts ("MS. PSAKI:", "THE PRESIDENT:", "Q"), inline labels in flattened Kremlin pages
("... Vladimir Putin: Mr President, ... Emmanuel Macron (retranslated): ..."). :func:`find_turns`
reads them; each turn becomes an attribution of kind ``"turn"`` whose speaker is resolved through
the document (the title, the first full mention, the office holders of ``heads.tsv`` on the
text's date). "Q" and "Question:" are questions: a turn with no speaker, and the turn after it
answers it. Moderators and interpreters end a turn but say nothing.

Readouts name people by office ("The President emphasised", "the Russian side stressed", "The
leaders agreed"): on an official publisher's page (``publishers.tsv``) those are the office holder,
the country, or both parties of the call, whose counterpart becomes the addressee.

:func:`apply_transcripts` joins both to the statements the attribution step found. Word lists and
thresholds are data files under ``parley/data/transcripts/``.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from parley.datafiles import DataFiles
from parley.errors import ConfigError
from parley.models import Addressee, Attribution, ExtractedArticle, Span, Speaker, make_span

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["apply_transcripts", "find_turns", "lexicon", "office_holder", "publisher_side"]


@dataclass(frozen=True)
class Settings:
    max_label_words: int
    min_turns: int
    name_search_chars: int
    pronoun_chain_sentences: int
    min_note_chars: int
    max_heading_words: int


@dataclass(frozen=True)
class Holder:
    """Who held an office for a side between two dates (``to`` exclusive, None while in office)."""

    side: str
    office: str
    name: str
    start: str
    end: str | None
    leader: bool


@dataclass(frozen=True)
class TranscriptLexicon:
    labels: dict[str, str]  # label -> question / remark / skip
    offices: dict[str, str]  # office words -> office key
    holders: tuple[Holder, ...]
    publishers: tuple[tuple[str, str], ...]
    honorifics: frozenset[str]
    notes: tuple[str, ...]
    both_sides: frozenset[str]
    contacts: tuple[tuple[str, str], ...]
    not_labels: frozenset[str]
    readout_cues: tuple[str, ...]
    label_pos: frozenset[str]  # parts of speech a label word may have
    label_punct: frozenset[str]  # punctuation allowed inside a label
    boundaries: tuple[str, ...]  # token endings that end the sentence before a label
    first_person: frozenset[str]
    settings: Settings
    bodies: frozenset[str] = frozenset()  # last words of institutions' names ("council", "office")
    joint_cues: tuple[str, ...] = ()  # "we note", "we reaffirm" in a joint statement
    authored: frozenset[str] = frozenset()  # "the message" quoted whole: its author's words
    title_function_words: frozenset[str] = frozenset()  # "Call By ... On ...": never in a name
    not_contacts: tuple[str, ...] = ()  # "press call": a briefing about a contact, not its readout
    topic_subjects: frozenset[str] = frozenset()  # "The discussion focused on ...": no speaker
    unaffiliated_titles: frozenset[str] = frozenset()  # "Ambassador": no side from the publisher
    label_clitics: frozenset[str] = frozenset()  # "'s" inside a label ("the People's Republic of China")
    joint_participles: tuple[str, ...] = ()  # ", noting ..." after a joint statement's cue
    future_auxiliaries: frozenset[str] = frozenset()  # "will discuss": a plan, not a statement
    unspoken_cues: frozenset[str] = frozenset()  # "knows that ...": a state of mind, not a statement
    genders: tuple[tuple[str, str], ...] = ()  # known people's genders: who "he"/"she" may be
    press_events: tuple[str, ...] = ()  # "news conference": unknown people labelled by name are journalists
    handles: dict[str, tuple[str, str, str]] = field(default_factory=dict)  # "secblinken" -> (office, USA, ...)


def load_lexicon(files: DataFiles) -> TranscriptLexicon:
    """The transcript word lists and settings of a data root."""
    parts = [(row[0], row[1]) for row in files.rows("transcripts/label_tokens.tsv", min_columns=2)]
    holders = tuple(
        Holder(row[0], row[1].lower(), row[2], row[3], None if row[4] == "-" else row[4], row[5] == "yes")
        for row in files.rows("transcripts/heads.tsv", min_columns=6)
    )
    return TranscriptLexicon(
        labels=files.mapping("transcripts/labels.tsv"),
        offices=files.mapping("transcripts/role_labels.tsv"),
        holders=holders,
        publishers=tuple((row[0].lower(), row[1]) for row in files.rows("transcripts/publishers.tsv", min_columns=2)),
        honorifics=files.words("transcripts/honorifics.txt"),
        notes=files.ordered_words("transcripts/notes.txt"),
        both_sides=files.words("transcripts/both_sides.txt"),
        contacts=tuple((row[0].lower(), row[1]) for row in files.rows("transcripts/contacts.tsv", min_columns=2)),
        not_labels=files.words("transcripts/not_labels.txt"),
        readout_cues=files.ordered_words("transcripts/readout_cues.txt"),
        label_pos=frozenset(value for kind, value in parts if kind == "pos"),
        label_punct=frozenset(value for kind, value in parts if kind == "punct"),
        boundaries=tuple(value for kind, value in parts if kind == "boundary"),
        first_person=files.words("transcripts/first_person.txt"),
        settings=files.settings("transcripts/settings.toml", Settings),
        bodies=files.words("transcripts/bodies.txt"),
        joint_cues=files.ordered_words("transcripts/joint_cues.txt"),
        authored=files.words("transcripts/authored.txt"),
        title_function_words=files.words("transcripts/title_function_words.txt"),
        not_contacts=files.ordered_words("transcripts/not_contacts.txt"),
        topic_subjects=files.words("transcripts/topic_subjects.txt"),
        unaffiliated_titles=files.words("transcripts/unaffiliated_titles.txt"),
        label_clitics=frozenset(value for kind, value in parts if kind == "clitic"),
        joint_participles=files.ordered_words("transcripts/joint_participles.txt"),
        future_auxiliaries=files.words("transcripts/future_auxiliaries.txt"),
        unspoken_cues=files.words("transcripts/unspoken_cues.txt"),
        genders=tuple((row[0], row[1]) for row in files.rows("transcripts/genders.tsv", min_columns=2)),
        press_events=files.ordered_words("transcripts/press_events.txt"),
        handles=_handles(files),
    )


def _handles(files: DataFiles) -> dict[str, tuple[str, str, str]]:
    """``handles.tsv``: handle -> (office, person or body; side; the office, "name|role" or the body's name)."""
    found: dict[str, tuple[str, str, str]] = {}
    for row in files.rows("transcripts/handles.tsv", min_columns=4):
        if row[1] not in ("office", "person", "body"):
            raise ConfigError(f"transcripts/handles.tsv: kind of {row[0]!r} is {row[1]!r}, not office, person or body")
        found[row[0].lower().lstrip("@")] = (row[1], row[2], row[3])
    return found


@lru_cache(maxsize=1)
def lexicon() -> TranscriptLexicon:
    """The packaged lexicon, read once per process."""
    return load_lexicon(DataFiles())


# --- sides and office holders -------------------------------------------------------------------


def publisher_side(outlet: str | None, url: str | None, lex: TranscriptLexicon | None = None) -> str | None:
    """The side an official publisher speaks for: "Kremlin (President of Russia)" -> "RUS"."""
    lex = lex or lexicon()
    for where in (outlet, url):
        low = (where or "").lower()
        for pattern, side in lex.publishers:
            if low and pattern in low:
                return side
    return None


def office_holder(side: str, office: str, date: str | None, lex: TranscriptLexicon | None = None) -> Holder | None:
    """Who held ``office`` ("president", or "leader" for the side's head) for ``side`` on ``date``."""
    lex = lex or lexicon()
    day = (date or "")[:10]
    fitting = [
        h for h in lex.holders
        if h.side == side and (h.office == office or (office == "leader" and h.leader))
    ]
    if day:
        fitting = [h for h in fitting if h.start <= day and (h.end is None or day < h.end)]
    return fitting[-1] if fitting else None


def _holder_by_name(name: str, lex: TranscriptLexicon) -> Holder | None:
    key = _fold(name)
    for holder in lex.holders:
        folded = _fold(holder.name)
        if folded == key or folded.endswith(" " + key):  # the surname, hyphened too ("JEAN-PIERRE")
            return holder
    return None


def _fold(name: str) -> str:
    import unicodedata

    plain = "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))
    return " ".join(re.sub(r"[^\w\s]", " ", plain.casefold()).split())


def _country(words: str) -> str | None:
    """The side a modifier or "of" phrase names: "Russian" -> RUS, "the French Republic" -> FRA."""
    from parley.extract.people import affiliation_code

    words = words.strip()
    if not words:
        return None
    code = affiliation_code(words)
    if code is None and words.lower().startswith("the "):
        code = affiliation_code(words[4:])
    return code


_OFFICE_OF = re.compile(r"^(?P<office>.+?) of (?P<of>.+)$")


def _office_reference(words: str, side: str | None, lex: TranscriptLexicon) -> tuple[str, str | None] | None:
    """(office, side) of an office named without a person: "the President of Russia", "our President",
    "the US President", "THE VICE PRESIDENT"."""
    low = " ".join(words.lower().replace("’", "'").split())
    low = re.sub(r"^(?:the|our|my)\s+", "", low)
    if low in lex.offices:
        return lex.offices[low], side
    match = _OFFICE_OF.match(low)
    if match and match.group("office") in lex.offices:
        found = _country(match.group("of"))
        return (lex.offices[match.group("office")], found) if found else None
    head, _, rest = low.partition(" ")
    if rest in lex.offices:
        written = re.sub(r"^(?:the|our|my)\s+", "", " ".join(words.split()), flags=re.IGNORECASE).partition(" ")[0]
        found = _country(head) or _country(written)  # "the US President": "us" alone is no country
        return (lex.offices[rest], found) if found else None
    return None


# --- labels -------------------------------------------------------------------------------------


@dataclass
class Label:
    """A turn label: ``text[start:end]`` names the speaker; the turn's words begin at ``after``."""

    start: int
    end: int
    colon: tuple[int, int]
    after: int
    text: str
    strong: bool  # at a line start or after a sentence end, not inside a sentence
    person: str | None = None  # the person the parser finds at the label's end ("Dmitry Medvedev")


@dataclass
class Turn:
    """One speaker turn of a transcript."""

    label: Label
    role: str  # speaker, question, remark or skip
    speaker: Speaker | None
    content: list[tuple[int, int]] = field(default_factory=list)
    notes: list[tuple[int, int]] = field(default_factory=list)  # editor's notes: narrative outside the turn


_LINE_LABEL = re.compile(r"(?m)^[ \t]*(?P<label>[^\n:]{1,80}?)[ \t]*(?P<note>\([^()\n]{1,40}\))?[ \t]*(?P<colon>:)[ \t]+(?=\S)")
_Q_LINE = re.compile(r"(?m)^[ \t]*(?P<label>Q)(?P<colon>[ \t]*[:.])?[ \t]+(?=[A-Z0-9\"“‘'(\[—–…-])")
# After the colon, a space and a capital, or straight a stage direction: "Vladimir Putin:(Addressing media ...)".
_INLINE_COLON = re.compile(
    r"(?P<note>[ \t]*\([a-z][^()\n]{0,40}\))?[ \t]*(?P<colon>:)(?:[ \t]+(?=[A-Z0-9\"“‘'…(\[])|(?=\([A-Z][^()\n]{0,60}\)))"
)


def _caps_label(raw: str) -> bool:
    words = raw.split()
    letters = [ch for ch in raw if ch.isalpha()]
    return (
        len(letters) >= 2 and raw == raw.upper() and bool(words)
        and all(any(ch.isalpha() for ch in word) and not any(ch.isdigit() for ch in word) for word in words)
    )


def _link_after(text: str, at: int) -> bool:
    """ "CNN: https://t.co/..." in a list of links: a caption, not a turn."""
    return text.startswith(("http://", "https://", "www."), at)


def _line_labels(text: str, lex: TranscriptLexicon) -> list[Label]:
    """ "MS. PSAKI:", "THE PRESIDENT:", "Q" at the start of a line."""
    found: list[Label] = []
    for match in _LINE_LABEL.finditer(text):
        raw = match.group("label")
        if not _caps_label(raw) or raw.lower().rstrip(".") in lex.not_labels or _link_after(text, match.end()):
            continue
        colon = match.span("colon")
        found.append(Label(match.start("label"), match.end("label"), colon, match.end(), raw, True))
    for match in _Q_LINE.finditer(text):
        colon = match.span("colon") if match.group("colon") else match.span("label")
        found.append(Label(match.start("label"), match.end("label"), colon, match.end(), "Q", True))
    return found


class _Tokens:
    def __init__(self, doc: "Doc") -> None:
        self.doc = doc
        self.starts = [t.idx for t in doc]

    def before(self, char: int) -> int:
        """Index of the last token starting before ``char``."""
        return bisect.bisect_left(self.starts, char) - 1


def _is_boundary(tok: "Token", lex: TranscriptLexicon) -> bool:
    # "U.S." and "Mr." end with a full stop but end no sentence: only punctuation tokens are boundaries.
    return "\n" in tok.text or (tok.is_punct and tok.text.endswith(lex.boundaries))


def _label_token(tok: "Token", lex: TranscriptLexicon) -> bool:
    if tok.is_space or "\n" in tok.text:
        return False
    if tok.is_punct:
        return tok.text in lex.label_punct
    return tok.pos_ in lex.label_pos or tok.text[:1].isupper() or tok.text in lex.label_clitics


def _inline_label(tokens: _Tokens, end: int, lex: TranscriptLexicon) -> tuple[int, bool] | None:
    """Start of the label ending at ``end`` and whether a sentence boundary comes before it."""
    doc = tokens.doc
    i = tokens.before(end)
    first = i + 1
    limit = lex.settings.max_label_words
    while i >= 0 and first - i <= limit + 4:
        tok = doc[i]
        if _is_boundary(tok, lex) and not (tok.text == "." and i > 0 and len(doc[i - 1].text) <= 2
                                           and doc[i - 1].text[:1].isalpha()):
            break
        if not _label_token(tok, lex):
            first = i + 1
            while first < len(doc) and doc[first].idx < end and not doc[first].text[:1].isupper():
                first += 1
            return (doc[first].idx, _after_heading(doc, i, lex)) if first < len(doc) and doc[first].idx < end else None
        first = i
        i -= 1
    if i >= 0 and first - i > limit + 4:
        return None
    return (doc[first].idx, True) if first < len(doc) and doc[first].idx < end else None


def _after_heading(doc: "Doc", i: int, lex: TranscriptLexicon) -> bool:
    """Whether the words before a label are a section heading after a "***" mark ("*** Beginning of
    Russian-Chinese talks President of the People's Republic of China Xi Jinping(retranslated):"): the
    label then opens a turn as surely as one after a sentence end."""
    for j in range(i, max(-1, i - lex.settings.max_heading_words - 1), -1):
        if _is_boundary(doc[j], lex):
            return doc[j].text.endswith("*")
    return False


def _inline_labels(doc: "Doc", text: str, lex: TranscriptLexicon) -> list[Label]:
    """ "Vladimir Putin:", "Emmanuel Macron (retranslated):", "Question:" inside flattened text."""
    tokens = _Tokens(doc)
    found: list[Label] = []
    for match in _INLINE_COLON.finditer(text):
        end = match.start()
        while end > 0 and text[end - 1] in " \t":
            end -= 1
        placed = _inline_label(tokens, end, lex) if end > 0 else None
        if placed is None:
            continue
        start, strong = placed
        raw = text[start:end].strip()
        if _valid_inline(raw, lex) and not _link_after(text, match.end()):
            found.append(Label(start, start + len(raw), match.span("colon"), match.end(), raw, strong))
    return found


def _valid_inline(raw: str, lex: TranscriptLexicon) -> bool:
    from spacy.lang.en.stop_words import STOP_WORDS

    words = raw.replace(",", " , ").split()
    if not words or len(words) > lex.settings.max_label_words or raw.lower() in lex.not_labels:
        return False
    if any(ch.isdigit() for ch in raw):
        return False  # "YEREVAN, FEBRUARY 4, ARMENPRESS:": a dateline, not a speaker
    head = raw.split(",")[0].split()
    if head and head[0].lower() in STOP_WORDS and head[0].lower() != "the":
        return False  # "To the citizens of Russia:", "A New Strategic Concept:": an address or a heading
    return bool(head) and head[0][:1].isupper() and head[-1][:1].isupper() and not raw.endswith(",")


# --- speakers of labels -------------------------------------------------------------------------


@dataclass
class _Context:
    title: str
    text: str
    side: str | None
    date: str | None
    outlet: str | None
    lex: TranscriptLexicon
    people: dict[str, Speaker] = field(default_factory=dict)  # folded name -> richest speaker so far
    genders: dict[str, str] = field(default_factory=dict)  # folded name or surname -> "f"/"m" (people step)


_NOTE = re.compile(r"\s*[\(\[][^()\[\]\n]{0,40}[\)\]]\s*$")


def _clean_label(raw: str, lex: TranscriptLexicon) -> list[str]:
    """The label's words, title-cased when written in capitals, with a courtesy title dropped."""
    raw = _NOTE.sub("", raw).strip()
    if raw == raw.upper():
        raw = " ".join(w.capitalize() if not w.startswith("(") else w for w in raw.split())
        raw = re.sub(r"(?<=[-’'])([a-z])", lambda m: m.group(1).upper(), raw)
    words = raw.split()
    while words and words[0].lower().rstrip(".") in lex.honorifics:
        words = words[1:]
    return words


def _label_role(words: list[str], lex: TranscriptLexicon) -> str | None:
    low = " ".join(words).lower()
    if low in lex.labels:
        return lex.labels[low]
    if words and lex.labels.get(words[-1].lower()) == "skip":
        return "skip"  # "WHITE HOUSE AIDE", "POLISH AIDE"
    return None


def _ends_name(word: str, roles: Any, lex: TranscriptLexicon) -> bool:
    """A word before a person's name that is not part of it: a role, an institution's last word
    ("Council"), or an abbreviation or interjection with a full stop ("Ok.")."""
    bare = word.strip(".")
    hyphened = "-" in bare and any(roles.is_role_word(part) for part in bare.split("-"))  # "Secretary-General"
    return (roles.is_role_word(bare) or hyphened or bare.lower() in lex.bodies
            or (word.endswith(".") and len(bare) > 1 and bare.lower() not in lex.honorifics))


def _split_name(words: list[str], lex: TranscriptLexicon) -> tuple[list[str], list[str]]:
    """(role words, name words): "President of Russia Vladimir Putin" -> (President of Russia, Vladimir Putin)."""
    from parley.extract.people import default_rules, role_words

    roles = role_words()
    particles = default_rules().name_particles  # "Mansoor bin Ebrahim Al-Mahmoud": "bin" inside the name
    segments = " ".join(words).split(",")
    for segment in reversed(segments) if len(segments) > 1 and segments[-1].strip()[:1].isupper() else segments:
        tokens = segment.split()
        name: list[str] = []
        for at in range(len(tokens) - 1, -1, -1):
            word = tokens[at]
            inner = word in particles and 0 < len(name) and at > 0 and tokens[at - 1][:1].isupper()
            if not inner and (not word[:1].isupper() or _ends_name(word, roles, lex)):
                break
            if at > 0 and tokens[at - 1][:1].islower() and tokens[at - 1] not in particles:
                break  # "President of Russia": the word after "of" belongs to the role
            name.insert(0, word)
        if name:
            rest = " ".join(words).replace(" ".join(name), "", 1).strip(" ,")
            return rest.split(), name
    return words, []


_NAME_BEFORE = r"((?:[A-Z](?:[\w'’\-]+|\.)\s+){1,3})"


def _full_name(name: list[str], ctx: _Context) -> tuple[str, str | None]:
    """The fullest name the title or text gives for a label's name, and the role written before it."""
    from parley.extract.people import role_words

    roles = role_words()
    written = " ".join(name)
    pattern = re.compile(_NAME_BEFORE + re.escape(written) + r"\b")
    best, role = written, None
    for where in (ctx.title, ctx.text[: ctx.lex.settings.name_search_chars]):
        for match in pattern.finditer(where):
            before = match.group(1).split()
            preceding = where[max(0, match.start() - 12) : match.start()].split()
            if preceding and preceding[-1] in ("of", "the", "for", "to") and not roles.is_role_word(before[0].strip(".")):
                before = before[1:]  # "President of Russia Vladimir Putin": "Russia" belongs to the role
            kept: list[str] = []
            for word in reversed(before):
                bare = word.strip(".")
                if _ends_name(word, roles, ctx.lex) or bare.lower() in ctx.lex.honorifics or not word[:1].isupper():
                    break
                kept.insert(0, word)
            kept = _first_name(kept, written)
            candidate = " ".join([*kept, written])
            if len(candidate) > len(best):
                best = candidate
                prefix = before[: len(before) - len(kept)]
                role = " ".join(prefix).strip() or None
        if best != written:
            break
    return best, role


def _first_name(kept: list[str], written: str) -> list[str]:
    """The words of a title before a surname that are the person's: "NSC Coordinator for Strategic
    Communications John Kirby" gives "John", "Antony J. Blinken" "Antony J."; a known fuller name stays."""
    from parley.extract.people import known_person

    if len(kept) < 2 or known_person(" ".join([*kept, written])):
        return kept
    at = len(kept) - 1
    while at > 0 and len(kept[at].strip(".")) == 1:
        at -= 1  # a middle initial belongs with the first name
    return kept[at:]


def _without_initials(name: str) -> str:
    words = name.split()
    return " ".join(w for i, w in enumerate(words) if i in (0, len(words) - 1) or len(w.strip(".")) > 1)


# a role naming the United Nations outright; a bare "Security Council" on a government's own page is its own council
_NAMES_THE_UN = re.compile(r"\b(?:UN|U\.N\.|United Nations)\b")


def _person(name: list[str], role_words_: list[str], ctx: _Context) -> Speaker:
    from parley.extract.people import known_affiliation, known_on_side, known_person

    titled = _holder_by_name(name[0], ctx.lex) if len(name) == 1 else None
    role_low = " ".join(role_words_).lower()
    if titled is not None and (titled.office in role_low or ctx.lex.offices.get(role_low) == titled.office):
        full, written_role = titled.name, None  # "PRESIDENT BIDEN" is the president, not "Jill Biden" in the text
    else:
        full, written_role = _full_name(name, ctx) if len(name) < 3 else (" ".join(name), None)
    role = " ".join(role_words_).strip(" ,") or written_role
    affiliation: str | None = None
    known = known_person(full) or known_person(_without_initials(full))
    holder = _holder_by_name(full, ctx.lex) or _holder_by_name(_without_initials(full), ctx.lex)
    if known is None and " " not in full and ctx.side:
        known = known_on_side(full, ctx.side)  # "MR PRICE:" on a State Department page: Ned Price
    if known is not None:
        full, affiliation = known
    elif holder is not None and (" " in full or holder.side == ctx.side or holder.office in " ".join(role_words_).lower()):
        full, affiliation = holder.name, holder.side
    affiliation = affiliation or known_affiliation(full) or (_country_of_role(role) if role else None)
    if affiliation == "UNSC" and ctx.side and role and not _NAMES_THE_UN.search(role):
        affiliation = ctx.side  # "Secretary of the Security Council" on the Kremlin's own page: Russia's council
    title = (role or " ".join(role_words_)).strip(" ,")
    if affiliation is None and ctx.side and title and title.lower() not in ctx.lex.unaffiliated_titles:
        affiliation = ctx.side  # an official with a title on an official page speaks for its side
    earlier = ctx.people.get(_fold(full))
    if earlier is not None and (earlier.role or not role):
        return earlier
    speaker = Speaker(name=full, role=role, affiliation=affiliation, type="person")
    ctx.people[_fold(full)] = speaker
    return speaker


def _country_of_role(role: str) -> str | None:
    match = _OFFICE_OF.match(role.lower())
    if match:
        found = _country(match.group("of"))
        if found:
            return found
    return next((code for word in role.split() if (code := _country(word))), None)


def _unnamed(role_words_: list[str], ctx: _Context) -> Speaker:
    """A label that names only a role: the person the title names with it, else the role itself."""
    from parley.extract.people import role_words

    role = " ".join(role_words_).strip(" ,")
    match = re.search("(?i:" + re.escape(role) + r")\s+((?:[A-Z][\w'’\-]+\s?){2,3})", ctx.title)
    name = match.group(1).split() if match else []
    if name and not any(_not_a_name_word(word, role_words()) for word in name):
        return _person(name, role_words_, ctx)
    # An anonymous official (a background call): one unnamed person, known only by the role.
    return Speaker(name=role, role=role, affiliation=_country_of_role(role) or ctx.side, type="unnamed_person")


def _not_a_name_word(word: str, roles: Any) -> bool:
    """"On President Biden’s" after "Senior Administration Official" in a title is not the official's name."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return word.lower() in STOP_WORDS or roles.is_role_word(word.strip(".")) or bool(re.search(r"['’]s$", word))


def _resolve(label: Label, ctx: _Context) -> tuple[str, Speaker | None]:
    """(role, speaker) of a label: a question, remark or skip has no speaker."""
    words = _clean_label(label.text, ctx.lex)
    role = _label_role(words, ctx.lex)
    if role is not None:
        return role, None
    if ctx.outlet and " ".join(words).lower() == ctx.outlet.lower():
        return "question", None  # "VOA: ..." in an interview the outlet conducted
    office = _office_reference(" ".join(words), ctx.side, ctx.lex)
    if office is not None and office[1] is not None:
        holder = office_holder(office[1], office[0], ctx.date, ctx.lex)
        if holder is not None:
            return "speaker", Speaker(name=holder.name, role=" ".join(words), affiliation=holder.side, type="person")
    role_part, name = _split_name(words, ctx.lex)
    if len(name) >= 3 and label.person:
        # "Deputy Chairman of the Security Council Dmitry Medvedev": "Council" ends the body, not the name.
        tail = label.person.split()
        if 2 <= len(tail) < len(name) and _fold(" ".join(name)).endswith(" " + _fold(label.person)):
            role_part, name = role_part + name[: len(name) - len(tail)], name[len(name) - len(tail) :]
    return "speaker", (_person(name, role_part, ctx) if name else _unnamed(role_part, ctx))


# --- turns --------------------------------------------------------------------------------------


def _confirmed(labels: list[Label], text: str, lex: TranscriptLexicon) -> list[Label]:
    """Labels inside a sentence count only when the same name labels a turn elsewhere; a one-word label
    only when it is a known label word or the surname of a fuller label or name in the text."""
    strong_names = {_fold(label.text) for label in labels if label.strong}
    kept = []
    for label in labels:
        key = _fold(label.text)
        if not label.strong and not any(name == key or name.endswith(" " + key) for name in strong_names):
            continue
        if " " not in label.text.strip() and label.text.lower() not in lex.labels and label.text != "Q":
            surname = re.compile(r"[A-Z][\w'’\-]+\s+" + re.escape(label.text) + r"\b")
            if not surname.search(text) and not _caps_label(label.text):
                continue
        kept.append(label)
    return kept


def find_turns(doc: "Doc", article: ExtractedArticle, lex: TranscriptLexicon | None = None) -> list[Turn]:
    """The speaker turns of a transcript, in text order; none when the text is not one."""
    lex = lex or lexicon()
    text = article.text
    line = _line_labels(text, lex)
    labels = line if len(line) >= lex.settings.min_turns else _confirmed(_inline_labels(doc, text, lex), text, lex)
    labels.sort(key=lambda label: label.start)
    ctx = _Context(
        title=article.title or "", text=text, side=publisher_side(article.outlet, article.url, lex),
        date=article.published, outlet=article.outlet, lex=lex,
    )
    if len(labels) < lex.settings.min_turns:
        # one label: at a line start, confirmed inline, or a role with a name after a heading
        titled = [label for label in _inline_labels(doc, text, lex) if len(label.text.split()) >= 3] or [
            Label(m.start(1), m.end(1), m.span("colon"), m.end(), m.group(1), False) for m in _TITLED_LABEL.finditer(text)]
        labels = _sole_speaker(line or labels or titled, ctx)
        if not labels:
            return []
    _parsed_people(doc, labels)
    turns: list[Turn] = []
    askers: set[str] = set()  # journalists who introduced themselves in a question
    for index, label in enumerate(labels):
        end = labels[index + 1].start if index + 1 < len(labels) else _text_end(text)
        role, speaker = _resolve(label, ctx)
        notes = _editor_notes(text, label.after, end, lex)
        content = _content(text, label.after, end, lex, notes)
        if speaker is not None and (_fold(speaker.name) in askers or _journalist(label, speaker, labels, content, ctx)):
            role, speaker = "question", None  # "Ksenia Golovanova: Pave the way ..." follows up her question
        if role == "remark" and any(turn.role == "question" for turn in turns):
            role = "question"  # "Remark: Withdrawal of troops ..." after a question: the journalist's follow-up
        turn = Turn(label=label, role=role, speaker=speaker, content=content, notes=notes)
        if turn.content:
            turns.append(turn)
            if role == "question" and (asker := _ASKER.match(text, turn.content[0][0])):
                askers.add(_fold(asker.group(1)))
    _unify_misspelt(turns)
    _journalists_by_name(turns, ctx)
    return turns if labels is line or _anyone_known(turns, lex) else []


def _journalists_by_name(turns: list[Turn], ctx: _Context) -> None:
    """At a news conference, a person nobody knows, labelled by a bare name, who asks or introduces themselves in
    one of their turns ("Petr Kozlov: Good afternoon, Mr President. Petr Kozlov, BBC Russian Service." then
    "Petr Kozlov: ... ?") is a journalist: every turn of theirs is a question."""
    from parley.extract.people import known_person

    title = ctx.title.lower()
    if not any(event in title for event in ctx.lex.press_events):
        return
    asking: set[str] = set()
    for turn in turns:
        speaker = turn.speaker
        if speaker is None or speaker.type != "person" or speaker.role or known_person(speaker.name):
            continue
        if _caps_label(turn.label.text):
            continue  # "MR. SINGH:": a White House transcript labels its journalists "Q"
        if _holder_by_name(speaker.name, ctx.lex) or _fold(speaker.name) in _fold(ctx.title):
            continue
        words = " ".join(ctx.text[start:end] for start, end in turn.content)
        if "?" in words or _fold(speaker.name) in _fold(words[: ctx.lex.settings.name_search_chars]):
            asking.add(_fold(speaker.name))
    for turn in turns:
        if turn.speaker is not None and _fold(turn.speaker.name) in asking:
            turn.role, turn.speaker = "question", None


def _one_edit_apart(a: str, b: str) -> bool:
    """Whether ``b`` is ``a`` with one letter left out, added or changed ("Jean-Piere", "Jean-Pierre")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    for i, (x, y) in enumerate(zip(a, b, strict=False)):
        if x != y:
            return a[i + 1 :] == b[i + 1 :] if len(a) == len(b) else a[i:] == b[i + 1 :]
    return True


def _unify_misspelt(turns: list[Turn]) -> None:
    """A label written once with a slip ("MS. JEAN-PIERE:") takes the speaker of the label written right
    in other turns ("MS. JEAN-PIERRE:"), when their surnames are one letter apart and the other is the
    recurring one: a typo in a transcript is no new person."""
    counts = Counter(_fold(t.speaker.name) for t in turns if t.speaker is not None and t.speaker.type == "person")
    recurring = {name: t.speaker for t in turns if t.speaker is not None
                 and counts.get(name := _fold(t.speaker.name), 0) >= 2}
    for turn in turns:
        if turn.speaker is None or turn.speaker.type != "person" or counts[_fold(turn.speaker.name)] != 1:
            continue
        surname = _fold(turn.speaker.name).split(" ")[-1]
        matches = [speaker for name, speaker in recurring.items()
                   if len(surname) >= 5 and _one_edit_apart(surname, name.split(" ")[-1])]
        if len(matches) == 1:
            turn.speaker = matches[0]


def _anyone_known(turns: list[Turn], lex: TranscriptLexicon) -> bool:
    """Inline labels are turns only when one of them asks or names a known person: a fact sheet's run-in
    headings ("Stronger Deterrence and Defense: ...") name nobody."""
    from parley.extract.people import known_person

    return any(turn.role == "question" or (turn.speaker is not None and (
        known_person(turn.speaker.name) or _holder_by_name(turn.speaker.name, lex))) for turn in turns)


def _parsed_people(doc: "Doc", labels: list[Label]) -> None:
    """The person entity ending each label, if the parser finds one."""
    people = [(ent.start_char, ent.end_char, ent.text) for ent in doc.ents if ent.label_ == "PERSON"]
    for label in labels:
        label.person = next((name for start, end, name in reversed(people)
                             if label.start <= start and end == label.end), None)


def _journalist(label: Label, speaker: Speaker, labels: list[Label], content: list[tuple[int, int]], ctx: _Context) -> bool:
    """A journalist named in a label: "Kommersant newspaper correspondent Andrei Kolesnikov:", or a bare
    name nobody knows, labelling one turn only, that asks ("Alyona Syrova: STV Channel. ... my question ...?")."""
    from parley.extract.people import known_person

    role = (speaker.role or "").lower().split()
    if any(ctx.lex.labels.get(word) == "question" for word in role):
        return True
    if role or known_person(speaker.name) or _holder_by_name(speaker.name, ctx.lex) or _fold(speaker.name) in _fold(ctx.title):
        return False
    once = sum(_fold(other.text) == _fold(label.text) for other in labels) == 1
    return once and not _caps_label(label.text) and any("?" in ctx.text[start:end] for start, end in content)


_TITLED_LABEL = re.compile(r"((?:[A-Z][\w'’\-]+ )(?:(?:of|the|[A-Z][\w'’\-]+) ){1,6}[A-Z][\w'’\-]+)(?P<colon>:)[ \t]+(?=[A-Z])")


_AUTHOR = re.compile(r"^(?:Statement|Remarks|Address|Message|Speech)\s+(?:by|from|of)\s+(?P<who>.+?)"
                     r"(?:\s+(?:on|at|to|in|before|after|during|regarding|about|following|for)\s.*)?$")


def _first_person_of_author(found: list[Attribution], ctx: _Context) -> None:
    """"Statement by President Biden on ...": its "I" and "we" with no speaker are the author's."""
    match = _AUTHOR.match(ctx.title.strip())
    if match is None or " and " in match.group("who"):
        return
    author = _readout_speaker(match.group("who"), ctx, _Contact(None, None, None)) or _known_speaker(match.group("who"))
    if author is None or author.type != "person":
        return
    for attribution in found:
        source = attribution.source
        if attribution.speaker is None and source is not None and source.text.lower() in ctx.lex.first_person:
            attribution.speaker = author


def _sole_speaker(labels: list[Label], ctx: _Context) -> list[Label]:
    """An address or a speech on an official page: one label ("President of Russia Vladimir Putin:",
    "THE PRESIDENT:") naming a known person, with everything after it that person's words."""
    from parley.extract.people import known_person

    if ctx.side is None or len(labels) != 1 or not (labels[0].strong or len(labels[0].text.split()) >= 3):
        return []  # "* * * Speech at ceremony President of Russia Vladimir Putin:": a heading before the label
    role, speaker = _resolve(labels[0], ctx)
    if role != "speaker" or speaker is None:
        return []
    return labels if known_person(speaker.name) or _holder_by_name(speaker.name, ctx.lex) else []


_ASKER = re.compile(r"((?:[A-Z][\w'’\-]+ ){1,2}[A-Z][\w'’\-]+), ")  # "Question: Ksenia Golovanova, Interfax."


# The end of the last turn: "END 2:35 P.M. EST", "###", "* * *", a time, or a last line in parentheses
# ("(The briefing was concluded at 3:02 p.m.)").
_END_MARK = re.compile(r"\n[ \t]*(?:END\b[^\n]*|###|\*\s*\*\s*\*|\d{1,2}:\d{2}\s*[AP]\.?M\.?[^\n]*|\([^()\n]{1,80}\))\s*$")


def _text_end(text: str) -> int:
    match = _END_MARK.search(text)
    return match.start() if match else len(text)


_PAREN = re.compile(r"[\(\[]([^()\[\]\n]{1,60})[\)\]]")


def _editor_notes(text: str, start: int, end: int, lex: TranscriptLexicon) -> list[tuple[int, int]]:
    """An editor's report of what someone else said, in parentheses after a sentence end ("... Welcome to
    Moscow.(In his remarks, the UN Secretary General expressed concern ...)"): not the turn speaker's words.
    A speaker's own aside ("(you attended the opening ...)", "(I have said this ...)") is not one."""
    notes = []
    for match in re.finditer(r"(?<=[.?!])[ \t]?\((?=[A-Z])", text[:end]):
        if match.start() < start:
            continue
        opened, depth, at = match.end() - 1, 0, match.end() - 1
        while at < end:
            depth += {"(": 1, ")": -1}.get(text[at], 0)
            if depth == 0:
                break
            at += 1
        first = text[opened + 1 :].split(maxsplit=1)[0].strip(",.").lower()
        if depth == 0 and at - opened > lex.settings.min_note_chars and first not in lex.first_person:
            notes.append((opened, at + 1))
    return notes


def _content(text: str, start: int, end: int, lex: TranscriptLexicon, notes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The turn's words from ``start`` to ``end``, stage notes ("(Laughter.)") and editor's notes left out,
    trimmed."""
    pieces: list[tuple[int, int]] = []
    cursor = start
    cuts = [m.span() for m in _PAREN.finditer(text, start, end) if m.group(1).strip().lower().startswith(lex.notes)]
    for cut_start, cut_end in sorted(cuts + notes):
        if cut_start >= cursor:
            pieces.append((cursor, cut_start))
            cursor = cut_end
    pieces.append((cursor, end))
    trimmed = []
    for s, e in pieces:
        while s < e and text[s].isspace():
            s += 1
        while e > s and (text[e - 1].isspace() or text[e - 1] in "*"):
            e -= 1
        if e > s and any(ch.isalnum() for ch in text[s:e]):
            trimmed.append((s, e))
    return trimmed


# --- readouts -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Contact:
    principal: str | None
    counterpart: str | None
    channel: str | None
    others: tuple[str, ...] = ()  # further parties: "Call with Prime Minister Andersson ... and President Niinistö"

    def parties(self) -> Speaker | None:
        """All parties as one group: "Joe Biden and Vladimir Putin", "A, B and C"."""
        names = [name for name in (self.principal, self.counterpart, *self.others) if name]
        if len(names) < 2:
            return None
        return Speaker(name=", ".join(names[:-1]) + " and " + names[-1], type="group", affiliation=joint_affiliation(names))


def joint_affiliation(names: list[str]) -> str | None:
    """The sides of a group of people, joined with "+": "Joe Biden and Vladimir Putin" -> "USA+RUS", so that
    a side comparison counts their joint statement once for each side (``Side.includes``)."""
    from parley.extract.people import known_person

    codes: list[str] = []
    for name in names:
        known = known_person(name)
        holder = _holder_by_name(name, lexicon()) if known is None else None
        code = known[1] if known else holder.side if holder else None
        if code and code not in codes:
            codes.append(code)
    return "+".join(codes) if len(codes) >= 2 else None


def _known_name(words: list[str], lex: TranscriptLexicon) -> str | None:
    """The canonical name of the longest known person at the start of ``words``: "Biden Video Call" -> Joe Biden."""
    from parley.extract.people import known_person

    for size in range(len(words), 0, -1):
        name = " ".join(words[:size])
        known = known_person(name)
        holder = _holder_by_name(name, lex)
        if known or holder:
            return known[0] if known else holder.name if holder else None
    return None


def _title_people(title: str, lex: TranscriptLexicon) -> list[tuple[int, str]]:
    """(word position, canonical name) of the people a title names, in order: known office holders,
    and two- or three-word names right after a role ("Aide to the President Yury Ushakov")."""
    from parley.extract.people import default_rules, role_words

    roles = role_words()
    particles = default_rules().name_particles
    written = title.replace(",", " ").split()
    words = [re.sub(r"['’]s$", "", w) for w in written]
    possessive = [w != bare for w, bare in zip(written, words, strict=True)]  # "the President's Upcoming Meeting"
    found: list[tuple[int, str]] = []
    at = 0
    while at < len(words):
        run_end = at
        while run_end < len(words) and _name_run_word(words, run_end, at, particles) and not roles.is_role_word(
            words[run_end].strip(".")
        ) and words[run_end].lower() not in lex.title_function_words:
            run_end += 1
            if possessive[run_end - 1]:
                break  # "Biden’s Call": the name ends at its possessive
        run = [w for w in words[at:run_end] if w.lower().rstrip(".") not in lex.honorifics]
        name = next((known for start in range(len(run)) if (known := _known_name(run[start:], lex))), None)
        # Only a role naming its holder introduces an unknown name: "the President’s Upcoming Meeting" does not.
        after_role = at > 0 and roles.is_role_word(words[at - 1].strip(".")) and not possessive[at - 1]
        if name is None and after_role and 2 <= len(run) <= 3:
            name = " ".join(run)
        if name:
            found.append((at, name))
        at = max(run_end, at + 1)
    return found


def _name_run_word(words: list[str], at: int, start: int, particles: frozenset[str]) -> bool:
    """A capitalised word, or a particle inside a name ("Ursula von der Leyen")."""
    if words[at][:1].isupper():
        return True
    return at > start and words[at] in particles and at + 1 < len(words) and (
        words[at + 1][:1].isupper() or words[at + 1] in particles)


_PARTICIPANTS = re.compile(r"\b(?:call|calls|meeting|participants|participated|joined|took part|attended)\b")


def _text_participants(text: str, lex: TranscriptLexicon) -> list[str]:
    """The people a readout names as taking part, when its title names none ("Call with European Allies"):
    the first sentence naming two or more people beside a word of the contact ("... held a call",
    "Participants in the call included ...")."""
    for sentence in re.split(r"(?<=[.!?])\s+", text[: lex.settings.name_search_chars]):
        if not _PARTICIPANTS.search(sentence.lower()):
            continue
        names = list(dict.fromkeys(name for _, name in _title_people(sentence, lex)))
        if len(names) >= 2:
            return names
    return []


def _contact(article: ExtractedArticle, side: str, lex: TranscriptLexicon) -> _Contact:
    """The two parties of the call or talks a readout reports: from its title, the publisher's head first."""
    title = article.title or ""
    briefing = any(words in title.lower() for words in lex.not_contacts)
    if (briefing or _AUTHOR.match(title.strip())) and re.search(r"\s(?:on|regarding|about)\s", title):
        # "Statement by NSC Spokesperson Emily Horne on ... Jake Sullivan's Call with ...", "Background Press
        # Call by Senior Administration Officials on President Biden's Call with ...": the author is no party.
        title = re.split(r"\s(?:on|regarding|about)\s", title, maxsplit=1)[1]
    low = title.lower()
    channel = next((ch for words, ch in lex.contacts if re.search(r"\b" + re.escape(words) + r"\b", low)), None)
    if channel is None or any(words in low for words in lex.not_contacts):
        return _Contact(None, None, None)  # a press call about nothing named ("Previewing the G7 Summit")
    people = _title_people(title, lex)
    head = office_holder(side, "leader", article.published, lex)
    principal: str | None = head.name if head else None
    counterpart: str | None
    between = low.split().index("between") if "between" in low.split() else -1
    after_between = [name for position, name in people if between >= 0 and position > between]
    if len(after_between) >= 2:
        principal, counterpart = after_between[0], after_between[1]
    elif re.search(r"['’]s\b", title) and len(people) >= 2:
        principal, counterpart = people[0][1], people[1][1]
        others = tuple(name for _, name in people[2:] if name not in (principal, counterpart))
        return _Contact(principal, counterpart, channel, others)
    else:
        counterpart = next((name for _, name in people if name != principal), None)
    if counterpart is None:  # "Call with European Allies": the participants the text names
        named = [name for name in _text_participants(article.text, lex) if name != principal]
        if named:
            return _Contact(principal, named[0], channel, tuple(named[1:]))
    return _Contact(principal, counterpart, channel)


_SIDE = re.compile(r"^the ([\w.\-]+(?: [\w.\-]+)?) side$")
_GOVERNMENTS = re.compile(r"^the ([\w.\-]+) and ([\w.\-]+) (?:governments|sides|delegations)$", re.IGNORECASE)


def _readout_speaker(source: str, ctx: _Context, contact: _Contact) -> Speaker | None:
    """The person, country or pair of parties an office word stands for in an official text."""
    from parley.actors.gazetteer import country_name

    low = " ".join(source.lower().replace("’", "'").split())
    if low in ctx.lex.both_sides and contact.principal and contact.counterpart:
        return contact.parties()
    governments = _GOVERNMENTS.match(" ".join(source.split()))
    if governments:
        # "The U.S. and Ukrainian governments support ...": the two countries.
        pair = [found for words in governments.group(1, 2) if (found := _country(words))]
        named = [found for code in pair if (found := country_name(code))]
        if len(named) == 2:
            return Speaker(name=" and ".join(named), type="group", affiliation="+".join(pair))
    pieces = re.split(r"\s+and\s+", source, flags=re.IGNORECASE)
    if len(pieces) >= 2:
        # "The President of Russia and the President of France agreed": each office, then both.
        parts = [_readout_speaker(piece, ctx, contact) or _known_speaker(piece) for piece in pieces]
        if all(part is not None and part.type == "person" for part in parts):
            names = [part.name for part in parts if part is not None]
            return Speaker(name=" and ".join(names), type="group", affiliation=joint_affiliation(names))
        codes = [found for piece in pieces if (found := _country(piece))]
        if len(codes) == len(pieces) and len(set(codes)) == len(codes):
            # "Ukraine and the United States have both reaffirmed ...": the countries.
            countries = [country_name(each) or each for each in codes]
            return Speaker(name=" and ".join(countries), type="group", affiliation="+".join(codes))
        return None
    bare = re.sub(r"^the\s+", "", " ".join(source.split()), flags=re.IGNORECASE)
    if bare[:1].isupper() and (code := _country(bare)) and country_name(code) == bare:
        return Speaker(name=bare, affiliation=code, type="organization")  # "Ukraine has committed to ..."
    side_match = _SIDE.match(low)
    if side_match:
        code = _country(side_match.group(1))
        name = country_name(code) if code else None
        return Speaker(name=name, affiliation=code, type="organization") if name else None
    office = _office_reference(source, ctx.side, ctx.lex)
    if office is None or office[1] is None:
        return None
    holder = office_holder(office[1], office[0], ctx.date, ctx.lex)
    counterpart = _counterpart_by_office(source, holder, ctx, contact)
    if counterpart is not None:
        return counterpart
    if holder is None:
        return None
    return Speaker(name=holder.name, role=source.strip(), affiliation=holder.side, type="person")


def _counterpart_by_office(source: str, holder: Holder | None, ctx: _Context, contact: _Contact) -> Speaker | None:
    """"The Prime Minister" in a Kremlin readout of a call with the British Prime Minister: the counterpart,
    when the office is written bare, the counterpart is introduced with it and the call's principal does
    not hold it (the publisher's own prime minister is not on the call)."""
    from parley.extract.people import known_person

    if not contact.counterpart or (holder is not None and holder.name == contact.principal):
        return None
    bare = re.sub(r"^(?:the|our|my)\s+", "", " ".join(source.lower().replace("’", "'").split()))
    if bare not in ctx.lex.offices:
        return None  # "the President of Russia": an office of a named side
    introduced = re.compile(r"\b" + re.escape(bare) + r"(?:\s+[\w'’.\-]+){0,5}?\s+" + re.escape(contact.counterpart.split()[-1])
                            + r"\b", flags=re.IGNORECASE)
    if not introduced.search(ctx.title) and not introduced.search(ctx.text[: ctx.lex.settings.name_search_chars]):
        return None
    known = known_person(contact.counterpart)
    return Speaker(name=contact.counterpart, role=source.strip(), affiliation=known[1] if known else None, type="person")


def _with_addressee(attribution: Attribution, contact: _Contact) -> None:
    speaker = attribution.speaker
    if speaker is None or attribution.addressee is not None or not contact.counterpart:
        return
    other = {contact.principal: contact.counterpart, contact.counterpart: contact.principal}.get(speaker.name)
    if other:
        attribution.addressee = Addressee(name=other, channel=contact.channel)


# --- joining turns and statements ---------------------------------------------------------------


def _turn_record(text: str, turn: Turn) -> Attribution:
    label = turn.label
    return Attribution(
        kind="turn",
        content=[make_span(text, s, e) for s, e in turn.content],
        cue=make_span(text, *label.colon),
        source=make_span(text, label.start, label.end),
        speaker=turn.speaker,
        question=turn.role == "question",
    )


def _enclosing(turns: list[Turn], starts: list[int], offset: int) -> int | None:
    i = bisect.bisect_right(starts, offset) - 1
    if i < 0:
        return None
    turn = turns[i]
    inside = turn.label.start <= offset < turn.content[-1][1]
    return i if inside and not any(s <= offset < e for s, e in turn.notes) else None


def _overlaps(a: Span | None, start: int, end: int) -> bool:
    return a is not None and a.start < end and start < a.end


def _inside_turn(attribution: Attribution, turn: Turn, first_person: frozenset[str]) -> bool:
    """Whether the statement stays beside its turn (True) or is the turn's own words (False).

    A statement with no speaker, spoken in the first person, or misread from the label itself, is the
    turn speaker's: it is part of the turn. One by somebody else is kept, reported by the turn speaker.
    """
    source = attribution.source
    if turn.role == "skip":
        return attribution.speaker is not None and not _overlaps(source, turn.label.start, turn.label.colon[1])
    own = (
        _overlaps(source, turn.label.start, turn.label.colon[1])
        or attribution.speaker is None
        or (source is not None and source.text.lower() in first_person)
    )
    if own:
        return False
    return not (turn.speaker is not None and _fold(attribution.speaker.name) == _fold(turn.speaker.name))  # type: ignore[union-attr]


def _note_statements(text: str, turns: list[Turn], found: list[Attribution]) -> list[Attribution]:
    """The statements of the editor's notes between turns ("(Antonio Guterres noted that the United Nations did not
    recognise Kosovo)"), read on their own: run into the turn's sentence, the parser misses them."""
    read = [a.cue.start for a in found if a.cue is not None]
    notes = [(s, e) for turn in turns for s, e in turn.notes if not any(s <= cue < e for cue in read)]
    if not notes:
        return []
    from parley.extract.attributions import extract_attributions
    from parley.extract.pipeline import load

    nlp = load()
    added: list[Attribution] = []
    for start, end in notes:
        sub = nlp.make_doc(text[start + 1 : end - 1])
        for name, process in nlp.pipeline:
            if not name.startswith("parley_"):
                sub = process(sub)
        for attribution in extract_attributions(sub, sub.text):
            if attribution.source is not None:  # "... would work together to discuss the situation": nobody's
                added.append(_shifted(text, attribution, start + 1))
    return added


def _shifted(text: str, attribution: Attribution, by: int) -> Attribution:
    """An attribution read on a piece of ``text`` starting at ``by``, with its spans placed in ``text``."""
    def move(span: Span | None) -> Span | None:
        return make_span(text, span.start + by, span.end + by) if span is not None else None

    return attribution.model_copy(update={
        "content": [make_span(text, span.start + by, span.end + by) for span in attribution.content],
        "cue": move(attribution.cue), "source": move(attribution.source), "continues": None,
    })


def _merge(text: str, found: list[Attribution], turns: list[Turn], first_person: frozenset[str]) -> list[Attribution]:
    """Turns and the statements around them in text order, with every index field renumbered."""
    starts = [turn.label.start for turn in turns]
    entries: list[tuple[int, int, Attribution, int | None, int | None]] = []  # start, order, record, old index, turn
    for index, attribution in enumerate(found):
        where = _enclosing(turns, starts, attribution.content[0].start) if turns else None
        if where is not None and not _inside_turn(attribution, turns[where], first_person):
            continue
        if _label_as_source(attribution, turns):
            continue
        entries.append((attribution.content[0].start, 1, attribution, index, where))
    for t, turn in enumerate(turns):
        if turn.role == "skip":
            continue  # a moderator or interpreter: it ends the turn before it, and says nothing
        entries.append((turn.content[0][0], 0, _turn_record(text, turn), None, -1 - t))
    entries.sort(key=lambda e: (e[0], e[1]))
    new_of_old = {old: new for new, (_, _, _, old, _) in enumerate(entries) if old is not None}
    new_of_turn = {-1 - t: new for new, (_, _, _, _, t) in enumerate(entries) if t is not None and t < 0}
    records = []
    for _, _, record, _, where in entries:
        if record.continues is not None:
            record.continues = new_of_old.get(record.continues)
        if where is not None and where >= 0:
            record.turn = new_of_turn.get(-1 - where)
        records.append(record)
    _link_answers(records)
    return records


_HANDLE = re.compile(r"(?<![\w@])\.?@(?P<handle>\w{1,30})")
_LOWER_IN_TITLES = frozenset({"of", "the", "to", "for", "and"})


def handle_speaker(mention: str, date: str | None, lex: TranscriptLexicon | None = None) -> Speaker | None:
    """The speaker a social-media handle in a source mention names (".@SecBlinken", "@POTUS", "@NATO"): a
    person, an office's holder on ``date`` (heads.tsv), or a body; None for a handle ``handles.tsv`` does not
    list, or an office nobody in the table held on that date."""
    lex = lex or lexicon()
    for match in _HANDLE.finditer(mention):
        known = lex.handles.get(match.group("handle").lower())
        if known is None:
            continue
        kind, side, what = known
        if kind == "body":
            return Speaker(name=what, type="organization", affiliation=side)
        if kind == "person":
            name, _, role = what.partition("|")
            return Speaker(name=name, role=role or None, affiliation=side, type="person")
        holder = office_holder(side, what, date, lex)
        if holder is not None:
            role = " ".join(w if w in _LOWER_IN_TITLES else w.capitalize() for w in what.split())
            return Speaker(name=holder.name, role=role, affiliation=side, type="person")
    return None


_POST_LABEL = re.compile(r"[ \t]*(?:\[[^\]\n]{1,40}\][ \t]*)?\.?@(?P<handle>\w{1,30})[ \t]*:")
_STAMP = re.compile(r"[ \t]*\[\d{4}-\d\d-\d\d[^\]\n]{0,20}\]")
_HANDLE_AFTER = re.compile(r"\]?[ \t]*\.?@(?P<handle>\w{1,30})")


_POST = re.compile(
    r"(?m)^[ \t]*\[[^\]\n]{1,40}\][ \t]*(?P<source>\.?@(?P<handle>\w{1,30}))(?:[ \t]+(?:on|at)\b[^:\n]{1,80})?"
    r"[ \t]*(?P<cue>:)[ \t]+(?P<content>[^\n]+)"
)
_POST_TAIL = re.compile(r"(?:\s*(?:https?://\S+|\(https?://[^)\s]*\)|More:|Full remarks:|Watch:|Read more:))+\s*$")


def _post_statements(text: str, found: list[Attribution], date: str | None, lex: TranscriptLexicon) -> list[Attribution]:
    """Official posts that give their speaker by a handle and a colon, with no verb of saying
    ("[2022-01-10 02:00 UTC] .@SecBlinken: The idea that Ukraine is the aggressor ... is absurd."): each is a
    statement by the handle's holder, up to the links that end the post. A post whose opening words the
    attribution step already read is left as it is."""
    added: list[Attribution] = []
    for post in _POST.finditer(text):
        speaker = handle_speaker(post.group("source"), date, lex)
        if speaker is None:
            continue
        start = post.start("content")
        tail = _POST_TAIL.search(post.group("content"))
        end = start + (tail.start() if tail else len(post.group("content")))
        while end > start and text[end - 1] in " \t":
            end -= 1
        opening = min(end, start + 40)  # a statement reported inside the post may stay; one of the post itself not
        if end - start < 10 or any(span.start < opening and start < span.end for a in found for span in a.content):
            continue
        quoted = text[start] in "\"“" and text[end - 1] in "\"”"
        added.append(Attribution(
            kind="direct" if quoted else "indirect", content=[make_span(text, start, end)],
            cue=make_span(text, *post.span("cue")), source=make_span(text, *post.span("source")), speaker=speaker,
        ))
    return added


def _handle_speakers(
    found: list[Attribution], text: str, date: str | None, lex: TranscriptLexicon, outlet: str | None = None,
) -> None:
    """Statements of official posts that name their speaker by a handle: the handle's holder or body speaks.

    * the source is the handle (".@SecBlinken provides ...", "@POTUS announced ..."), or the time stamp right
      before it ("[2022-01-20 17:00 UTC] .@SecBlinken provides ...", the parser's subject being the stamp),
      unless the mention also names a person the step resolved ("@POTUS Biden", ".@StateEUR Assistant
      Secretary Donfried");
    * "we" or "I" in a post that opens with a handle and a colon (".@POTUS: We do not seek ...") is its holder;
      "we" in a post with no such label is the account's own ("U.S. Department of State (@StateDept on X)").
    """
    account = _HANDLE.search(outlet or "")
    author = account.group(0) if account is not None else None
    for attribution in found:
        source = attribution.source
        if source is None:
            continue
        mention = source.text
        if "@" not in mention:
            after = _HANDLE_AFTER.match(text, source.end)
            if after is not None and re.fullmatch(r"[\[\]\d\s:.\-]*(?:UTC|GMT|ET)?\]?", mention):
                mention = after.group(0)
            elif mention.lower() in ("we", "i") and attribution.speaker is None:
                line = text.rfind("\n", 0, source.start) + 1
                label = _POST_LABEL.match(text, line)
                if label is not None and label.end() <= source.start:
                    mention = label.group(0)
                elif author is not None and mention.lower() == "we" and _STAMP.match(text, line):
                    mention = author  # a post of the account's own: "[2022-02-22 02:25 UTC] We recommend ..."
                else:
                    continue
            else:
                continue
        named = attribution.speaker
        if named is not None and named.type == "person" and named.name.split()[-1] in _HANDLE.sub(" ", mention):
            continue
        speaker = handle_speaker(mention, date, lex)
        if speaker is not None:
            attribution.speaker = speaker


def _label_as_source(attribution: Attribution, turns: list[Turn]) -> bool:
    """A statement whose speaker mention is a turn's label ('... Putin's" — | MS. PSAKI: Did he say ...'
    read as a quote by "MS"): the label names who speaks next, never a source of the words before it."""
    source = attribution.source
    return source is not None and any(
        turn.label.start <= source.start and source.end <= turn.label.end for turn in turns
    )


def _link_answers(records: list[Attribution]) -> None:
    """The speaker turn right after a question answers it."""
    pending: int | None = None
    for index, record in enumerate(records):
        if record.kind != "turn":
            continue
        if record.question:
            pending = index
        elif record.speaker is not None and pending is not None:
            record.answer_to = pending
            pending = None


def _resolve_readout(doc: "Doc", found: list[Attribution], ctx: _Context, contact: _Contact, plain: bool) -> None:
    """Office words, both parties and known names as speakers; "he" is the person subject of the sentence
    before and, in a plain readout (no turns), "they" the last pair of parties named, not the parser's guess."""

    previous: Speaker | None = None
    group: Speaker | None = None
    for attribution in found:
        if attribution.source is not None:
            speaker = _readout_speaker(attribution.source.text, ctx, contact) or _author_of(doc, attribution.source, ctx, contact)
            if speaker is None:
                speaker = _pronoun_speaker(doc, attribution.source, ctx, contact, group if plain else None, plain)
            if speaker is None and attribution.speaker is None:
                speaker = _named_or_recent(attribution, previous, ctx)
            if speaker is None:
                speaker = _parties_or_suffix(doc, attribution.source, attribution.speaker, ctx, contact)
            if speaker is not None:
                attribution.speaker = speaker
            _check_gender(attribution, ctx)
        speaker = attribution.speaker
        if speaker is not None and speaker.type == "person":
            previous = speaker
        elif speaker is not None and speaker.type == "group":
            group = speaker
        if speaker is not None and speaker.type == "group" and not speaker.affiliation:
            attribution.speaker = speaker.model_copy(update={"affiliation": _countries_of(speaker.name, ctx.side)})
        known = _known_by_name(speaker.name) if speaker is not None and speaker.type == "person" else None
        if speaker is not None and known is not None and (known[0], known[1]) != (speaker.name, speaker.affiliation):
            # "Joseph Biden" on a Kremlin page, "Joseph R. Biden" on a White House one: one person; "Presidents
            # Putin" (from "Presidents Putin and Biden") is Vladimir Putin; a known person keeps the table's side
            # (Olaf Scholz was RUS from the role "Putin and Federal Chancellor of Germany").
            attribution.speaker = speaker.model_copy(update={"name": known[0], "affiliation": known[1] or speaker.affiliation})
        _with_addressee(attribution, contact)


_WITH = r"(?:\s+with\s+(?:the\s+)?(?P<to>(?:[A-Z][\w'’.\-]*\s?){1,4}))?"


def _cue_pattern(lex: TranscriptLexicon) -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in sorted(lex.readout_cues, key=len, reverse=True))
    # "affirmed today that ...", "has been clear with the Russian President: If ..."
    return re.compile(r"\b(?P<cue>" + phrases + r")" + _WITH + r"(?:\s*[,:])?(?:\s+(?:today|yesterday|again))?"
                      r"(?:\s+that)?\s+(?=\S)")


def _subject(doc: "Doc", start: int, cue: int) -> tuple[int, int] | None:
    """The words naming who spoke, right before the cue: "Vladimir Putin", "the parties", "He"."""
    words = [t for t in doc if start <= t.idx and t.idx + len(t.text) <= cue]
    # "Ukraine has committed to", "We have also agreed to", "X and Y have both reaffirmed": the subject stands
    # before the auxiliaries and adverbs; a bare "Both reaffirmed" keeps its only word.
    inner = len(words)
    # "are committed to" is a state, not a statement: forms of "be" stay.
    while inner and (words[inner - 1].pos_ in ("AUX", "ADV") or words[inner - 1].lower_ in ("both", "all")) \
            and words[inner - 1].lemma_ != "be" and words[inner - 1].dep_ != "neg" \
            and words[inner - 1].lower_ not in ("not", "never"):
        inner -= 1
    if 0 < inner < len(words) and words[inner - 1].pos_ in ("PROPN", "NOUN", "PRON"):
        words = words[:inner]
    kept: list["Token"] = []
    for tok in reversed(words):
        if tok.text in (",", ";", ":") or tok.pos_ in ("VERB", "AUX", "SCONJ") or tok.is_space:
            break
        kept.insert(0, tok)
    joined = bool(kept) and kept[0].pos_ == "CCONJ" and kept[0].text[:1].isupper()  # "And he affirmed ..."
    while kept and kept[0].pos_ in ("ADP", "CCONJ", "PUNCT"):
        kept = kept[1:]
    pronoun = joined and len(kept) == 1 and kept[0].lower_ in ("he", "she", "they")
    if not kept or not (kept[0].text[:1].isupper() or kept[0].lower_ in ("the", "both") or pronoun):
        return None
    return kept[0].idx, kept[-1].idx + len(kept[-1].text)


def _readout_statements(doc: "Doc", found: list[Attribution], text: str, lex: TranscriptLexicon) -> list[Attribution]:
    """Statements of readout phrases the attribution step does not read ("was clear that ...")."""
    pattern = _cue_pattern(lex)
    taken = [(span.start, span.end) for a in found for span in a.content]
    added: list[Attribution] = []
    for sent in doc.sents:
        for match in pattern.finditer(text, sent.start_char, sent.end_char):
            end = _clause_end(text, [*found, *added], match.end(), sent.end_char)
            subject = _subject(doc, sent.start_char, match.start())
            if re.search(r"\sand(?:\s+also)?$", text[sent.start_char : match.start()].rstrip()):
                # "President Biden voiced ... and made clear that ...": the first verb's subject.
                subject = next(((a.source.start, a.source.end) for a in [*found, *added] if a.source is not None
                                and a.cue is not None and sent.start_char <= a.cue.start < match.start()), None)
                subject = subject or _conjoined_subject(doc, match.start())
                if _cut_before([*found, *added], text, match.start()):
                    taken = [(span.start, span.end) for a in [*found, *added] for span in a.content]
            if subject is None or end - match.end() < 3 or any(s < end and match.end() < e for s, e in taken):
                continue
            to = match.group("to")
            added.append(Attribution(
                kind="indirect", content=[make_span(text, match.end(), end)],
                cue=make_span(text, *match.span("cue")), source=make_span(text, *subject),
                addressee=Addressee(name=to.strip()) if to else None,
            ))
            taken.append((match.end(), end))
    return added


def _conjoined_subject(doc: "Doc", cue: int) -> tuple[int, int] | None:
    """"The United States does not recognize X and reaffirms Y": a cue verb coordinated after a verb that is no
    cue shares that verb's named subject."""
    span = doc.char_span(cue, cue + 1, alignment_mode="expand")
    token = span[0] if span is not None and len(span) else None
    if token is None or token.dep_ != "conj" or token.head.i > token.i:
        return None
    head = token.head
    subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    while subject is None and head.dep_ == "conj" and head.head.i < head.i:  # "does not and will never recognize"
        head = head.head
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.text[:1].isupper() or subject.left_edge.lower_ == "the"):
        return None
    return subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge.text)


def _clause_end(text: str, others: list[Attribution], start: int, end: int) -> int:
    """Where a readout phrase's content ends: at the sentence end, or before "and (also)" and the cue of
    the next statement in the sentence ("reaffirmed X, and also expressed satisfaction with Y")."""
    end = min((a.cue.start for a in others if a.cue is not None and start < a.cue.start < end), default=end)
    trimmed = re.sub(r"(?:[\s,;.]|\band\b|\balso\b)+$", "", text[start:end])
    return start + len(trimmed) if trimmed else end


def _cut_before(found: list[Attribution], text: str, cue: int) -> bool:
    """"underscored the need ... and emphasized that ...": the first statement's content, read over the
    second cue, ends before its "and"."""
    cut = text.rfind(" and", 0, cue)  # "..., and also expressed": the cut is before "and"
    for attribution in found:
        last = attribution.content[-1]
        if attribution.kind == "indirect" and last.start < cut and cue < last.end:
            while cut > last.start and text[cut - 1] in ", ":
                cut -= 1
            attribution.content[-1] = make_span(text, last.start, cut)
            return True
    return False


def _with_added(found: list[Attribution], added: list[Attribution]) -> list[Attribution]:
    """``found`` and ``added`` in text order, ``continues`` renumbered."""
    if not added:
        return found
    combined = found + added
    order = sorted(range(len(combined)), key=lambda i: (combined[i].content[0].start, i >= len(found)))
    new_of_old = {old: new for new, old in enumerate(order)}
    merged = [combined[i] for i in order]
    for record in merged:
        if record.continues is not None:
            record.continues = new_of_old.get(record.continues)
    return merged


def _pronoun_speaker(
    doc: "Doc", source: Span, ctx: _Context, contact: _Contact, group: Speaker | None, plain: bool
) -> Speaker | None:
    """"He" in a readout: the person subject nearest before it in the sentences before ("The President of
    Russia shared ... He also expressed ..."); "They": the last pair of parties the readout named."""
    low = source.text.strip().lower()
    if low == "they":
        return group or (contact.parties() if plain else None)  # "They emphasized" before any pair was named
    if low not in ("he", "she", "his", "her"):
        return None
    return _person_before(doc, source.start, ctx, contact, _PRONOUN_GENDER[low])


def _person_before(doc: "Doc", start: int, ctx: _Context, contact: _Contact, gender: str | None = None) -> Speaker | None:
    """The person named as subject nearest before ``start`` in its own sentence ("The President will be
    headed to Kansas City, where he will ..."), else as subject (else as object) in the three sentences before."""
    own = _own_sentence_subject(doc, start, ctx, contact, gender)
    if own is not None:
        return own
    sentences = [sent for sent in doc.sents if sent.end_char <= start]
    found, chained = _subject_before(doc, sentences[-3:], ctx, contact, gender)
    if found is None and chained:
        # A chain of "he" subjects continues the person named as subject before it, not an object.
        chain = ctx.lex.settings.pronoun_chain_sentences
        return _subject_before(doc, sentences[-chain:-3], ctx, contact, gender)[0] if len(sentences) > 3 else None
    if found is not None:
        return found
    for sent in reversed(sentences[-3:]):  # no subject: the person named as object nearest before
        for tok in reversed(sent):
            if tok.dep_ in ("dobj", "pobj", "attr", "appos") and tok.lower_ not in ("he", "she"):
                speaker = _person_words(doc, tok, ctx, contact, gender)
                if speaker is not None:
                    return speaker
    return None


def _own_sentence_subject(doc: "Doc", start: int, ctx: _Context, contact: _Contact, gender: str | None = None) -> Speaker | None:
    """The person named as subject before ``start`` in the sentence holding it."""
    sent = doc.char_span(start, start + 1, alignment_mode="expand")
    if sent is None:
        return None
    for tok in reversed(doc[sent.sent.start : sent.start]):
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.lower_ not in ("he", "she"):
            found = _person_words(doc, tok, ctx, contact, gender)
            if found is not None:
                return found
    return None


def _subject_before(
    doc: "Doc", sentences: list[Any], ctx: _Context, contact: _Contact, gender: str | None = None
) -> tuple[Speaker | None, bool]:
    """The person named as subject nearest the end of ``sentences``, and whether a "he"/"she" subject came first."""
    chained = False
    for sent in reversed(sentences):
        for tok in reversed(sent):  # the one nearest the pronoun first, in any clause
            if tok.dep_ not in ("nsubj", "nsubjpass"):
                continue
            if tok.lower_ in ("he", "she"):
                # a chain of "he" subjects; a "she" before "he" is someone else ("She underscored ... He emphasized")
                chained = chained or gender is None or _PRONOUN_GENDER[tok.lower_] == gender
                continue
            speaker = _person_words(doc, tok, ctx, contact, gender)
            if speaker is not None:
                return speaker, chained
    return None, chained


def _person_words(doc: "Doc", tok: "Token", ctx: _Context, contact: _Contact, gender: str | None = None) -> Speaker | None:
    """The person a subject or object names; with ``gender`` (of "he"/"she"), only one who may be so called."""
    words = doc[tok.left_edge.i : tok.right_edge.i + 1].text
    speaker = _readout_speaker(words, ctx, contact) or _known_speaker(words)
    if speaker is None or speaker.type != "person" or not _gender_fits(speaker, gender, ctx):
        return None
    return speaker


_PRONOUN_GENDER = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def _gender_fits(speaker: Speaker, gender: str | None, ctx: _Context) -> bool:
    """Whether "he" (m) or "she" (f) may stand for ``speaker``: not when the text gives the other gender
    (a title, a gendered role word, the pronouns used for the person: the people step's gender)."""
    folded = _fold(speaker.name)
    known = ctx.genders.get(folded) or ctx.genders.get(folded.split(" ")[-1])
    return gender is None or known is None or known == gender


def _genders(doc: "Doc", text: str, lex: TranscriptLexicon) -> dict[str, str]:
    """Folded full name and surname -> gender, for the people of the text whose gender is known (from the text,
    else from ``genders.tsv``; a surname only when everyone bearing it has the same one)."""
    from parley.extract.people import find_people

    genders: dict[str, str] = {_fold(name): gender for name, gender in lex.genders}
    clashing: set[str] = set()
    for person in find_people(doc, text):
        if person.gender not in ("f", "m"):
            continue
        folded = _fold(person.name)
        genders.setdefault(folded, person.gender)
        surname = folded.split(" ")[-1]
        if genders.get(surname, person.gender) != person.gender:
            clashing.add(surname)
        genders.setdefault(surname, person.gender)
    for surname in clashing:
        genders.pop(surname, None)
    return genders


def _countries_of(name: str, side: str | None) -> str | None:
    """"United States and France" on a White House page -> "USA+FRA": a group of countries the publisher
    belongs to stands for each of them. Others' groups ("the United States and NATO" on a Kremlin page)
    are reported by a third party, often as a paraphrase: no side."""
    codes = [_country(part) for part in re.split(r",\s*(?:and\s+)?|\s+and\s+", name) if part.strip()]
    if len(codes) < 2 or not all(codes) or side not in codes:
        return None
    return "+".join(dict.fromkeys(code for code in codes if code))


def _author_of(doc: "Doc", source: Span, ctx: _Context, contact: _Contact) -> Speaker | None:
    """"The message reads, in part: ..." on an official page: the person named before it wrote the message."""
    words = source.text.lower().split()
    if len(words) != 2 or words[0] not in ("the", "this", "his", "her") or words[1] not in ctx.lex.authored:
        return None
    return _person_before(doc, source.start, ctx, contact)


# --- joint statements ---------------------------------------------------------------------------

_JOINT = re.compile(r"\bjoint statement\b", re.IGNORECASE)


def _signatories(article: ExtractedArticle, side: str, lex: TranscriptLexicon) -> _Contact | None:
    """The signatories of a joint statement, from the sides its title names ("U.S.-Russia Presidential Joint
    Statement", "United States-France Joint Statement"): each side's leader on the day, the publisher's first."""
    from parley.actors.gazetteer import country_name

    title = article.title or ""
    if not _JOINT.search(title):
        return None
    words = [w for w in re.split(r"[\s\-–,]+", title) if w]
    codes: list[str] = []
    at = 0
    while at < len(words):
        size = next((n for n in (3, 2, 1) if words[at][:1].isupper() and _country(" ".join(words[at : at + n]))), 0)
        code = _country(" ".join(words[at : at + size])) if size else None
        if code and code not in codes:
            codes.append(code)
        at += max(size, 1)
    if len(codes) < 2:
        return None
    codes.sort(key=lambda code: code != side)
    leaders = [office_holder(code, "leader", article.published, lex) for code in codes]
    names = [h.name for h in leaders if h] if all(leaders) else [country_name(c) or c for c in codes]
    return _Contact(names[0], names[1], None, tuple(names[2:]))


def _joint_pattern(lex: TranscriptLexicon) -> re.Pattern[str]:
    phrases = "|".join(re.escape(p) for p in sorted(lex.joint_cues, key=len, reverse=True))
    both = "|".join(re.escape(p) for p in sorted(lex.both_sides, key=len, reverse=True))
    # "We, President A and President B, note", "They also reiterate", "The Presidents resolve"
    return re.compile(r"\b(?P<we>[Ww]e|[Tt]hey|(?i:" + both + r"))(?:,[^.;:]{0,300}?,)?\s+"
                      r"(?:also\s+|further\s+|jointly\s+|again\s+)?"
                      r"(?P<cue>" + phrases + r")(?:\s*,)?(?:\s+that)?\s+(?=\S)")


def _coordinated_pattern(lex: TranscriptLexicon) -> re.Pattern[str]:
    """A further cue of the same subject: "They support X, concur on Y, underscore Z, and support W, noting V"."""
    phrases = "|".join(re.escape(p) for p in sorted((*lex.joint_cues, *lex.joint_participles), key=len, reverse=True))
    return re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(?:also\s+)?(?P<cue>" + phrases + r")(?:\s+that)?\s+(?=[\w“\"])")


def _joint_cues_in(doc: "Doc", text: str, lex: TranscriptLexicon) -> list[tuple[re.Match[str], int]]:
    """Every joint cue with a signatory subject, and the cues coordinated after it, with the end of each one's
    content: the start of the next cue of the sentence, or the sentence end."""
    found: list[tuple[re.Match[str], int]] = []
    for sent in doc.sents:
        matches: list[re.Match[str]] = []
        for first in _joint_pattern(lex).finditer(text, sent.start_char, sent.end_char):
            if matches and first.start() < matches[-1].end():
                continue
            matches.append(first)
            matches.extend(_coordinated_pattern(lex).finditer(text, first.end(), sent.end_char))
        matches.sort(key=lambda m: m.start())
        for k, match in enumerate(matches):
            end = matches[k + 1].start() if k + 1 < len(matches) else sent.end_char
            found.append((match, _clause_end(text, [], match.end(), end)))
    return found


def _joint_statements(doc: "Doc", found: list[Attribution], text: str, signed: _Contact, lex: TranscriptLexicon) -> list[Attribution]:
    """A joint statement's "we", "they" and "the two presidents": its signatories, for the statements found and
    for "we reaffirm ...", "We, President A and President B, note ...", "They support X, concur on Y, and
    underscore Z" the attribution step does not read (or reads with a word inside the clause as subject)."""
    parties = signed.parties()
    for attribution in found:
        if attribution.source is not None and attribution.source.text.strip().lower() == "we":
            attribution.speaker = parties
    by_cue = {a.cue.start: a for a in found if a.cue is not None}
    added: list[Attribution] = []
    used: set[int] = set()
    joint = _joint_cues_in(doc, text, lex)
    cue_starts = {match.start("cue") for match, _ in joint}
    for match, end in joint:
        if end - match.end() < 3:
            continue
        same = by_cue.get(match.start("cue")) or next((a for a in found if a.source is not None and (
            a.cue is None or a.cue.start not in cue_starts) and match.end() <= a.source.start < end), None)
        if same is not None and id(same) not in used:  # the parser's subject inside the clause ("Iran"): ours
            used.add(id(same))
            same.content, same.speaker = [make_span(text, match.end(), end)], parties
            same.source = make_span(text, *match.span("we")) if "we" in match.groupdict() else same.source
            continue
        if any(span.start < end and match.end() < span.end for a in [*found, *added] for span in a.content):
            continue
        source = match.span("we") if "we" in match.groupdict() else match.span("cue")
        added.append(Attribution(
            kind="indirect", content=[make_span(text, match.end(), end)], cue=make_span(text, *match.span("cue")),
            source=make_span(text, *source), speaker=parties,
        ))
    return added


def _topic_subject(attribution: Attribution, lex: TranscriptLexicon) -> bool:
    """"The discussion focused on ...", "The talks covered ...": a topic sentence, not a statement."""
    if attribution.source is None or attribution.kind not in ("indirect", "mixed"):
        return False
    words = attribution.source.text.lower().replace("’", "'").split()
    return len(words) <= 3 and bool(words) and words[-1] in lex.topic_subjects and all(
        w in ("the", "their", "today's", "this", "that") for w in words[:-1])


def _unspoken(doc: "Doc", attribution: Attribution, lex: TranscriptLexicon) -> bool:
    """On an official page, a statement not made: a plan ("The leaders will discuss ...", "President Biden will
    underscore ... and reaffirm ..."), an intention ("Ukraine plans to ..."), a purpose ("spoke with ... to
    discuss ...") or a state of mind ("President Biden knows that ...")."""
    cue = attribution.cue
    if cue is None or attribution.kind not in ("indirect", "mixed"):
        return False
    span = doc.char_span(cue.start, cue.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if any(tok.lower_ in lex.future_auxiliaries for tok in span):
        return True  # the cue read with its auxiliary: "will discuss"
    verb = next((tok for tok in span if tok.pos_ == "VERB"), span[0])
    if verb.lemma_.lower() in lex.unspoken_cues:
        return True
    if verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) \
            and not any(c.dep_ in ("nsubj", "nsubjpass", "ccomp") for c in verb.children):
        # a purpose: "has spoken with 16 European leaders to discuss ...", "met ... to reaffirm"; "called him to
        # say that ..." reports what was said
        return True
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head  # "will underscore ... and reaffirm": the auxiliary of the first verb
    return any(child.dep_ == "aux" and child.lower_ in lex.future_auxiliaries for child in verb.children)


def _garbled(doc: "Doc", attribution: Attribution) -> bool:
    """A source the parser took from inside a clause: "compelling Russia to" (respond in kind), or one
    holding its own cue ("weapons systems threatening Russia ..." with the cue "threatening")."""
    source, cue = attribution.source, attribution.cue
    if source is not None and cue is not None and source.start <= cue.start < source.end:
        return True
    span = doc.char_span(source.start, source.end, alignment_mode="expand") if source is not None else None
    return span is not None and len(span) > 0 and (span[0].pos_ == "VERB" or span[-1].pos_ in ("ADP", "PART"))


def _publisher_we(found: list[Attribution], side: str) -> None:
    """"We have stressed ..." in a government's own fact sheet, with no signatories, author or account the steps
    before found: the publishing side."""
    from parley.actors.gazetteer import country_name

    name = country_name(side)
    for attribution in found:
        source = attribution.source
        if name and attribution.speaker is None and source is not None and source.text.strip().lower() == "we":
            attribution.speaker = Speaker(name=name, affiliation=side, type="organization")


def _parties_or_suffix(doc: "Doc", source: Span, found: Speaker | None, ctx: _Context, contact: _Contact) -> Speaker | None:
    """The parser's "two leaders" as both parties of the call; "Jr." after "President Joseph R. Biden," as him."""
    if found is not None and contact.principal and contact.counterpart and f"the {found.name.lower()}" in ctx.lex.both_sides:
        return contact.parties()
    if re.fullmatch(r"[JS]r\.?", source.text.strip()):
        sentence = next((sent for sent in doc.sents if sent.start_char <= source.start < sent.end_char), None)
        return _known_speaker(ctx.text[sentence.start_char : source.start].strip(" ,")) if sentence is not None else None
    return None


def _to_sentence_end(doc: "Doc", found: list[Attribution], text: str) -> None:
    """A readout statement whose content stops inside its sentence runs on to the sentence's end when no
    other statement stands in between: "outlined the sanctions [the United States ... would impose]"."""
    marks = sorted(span.start for a in found for span in (a.source, a.cue, *a.content) if span is not None)
    ends = [sent.end_char for sent in doc.sents]
    for attribution in found:
        last = attribution.content[-1]
        if attribution.kind != "indirect" or attribution.question:
            continue
        at = bisect.bisect_left(ends, last.end)
        if at >= len(ends):
            continue
        end = ends[at]
        while end > last.end and (text[end - 1].isspace() or text[end - 1] in ".;"):
            end -= 1
        gap = text[last.end : end]
        if end - last.end < 3 or "\n" in gap or any(last.end <= mark < end for mark in marks):
            continue
        attribution.content[-1] = make_span(text, last.start, end)


def _known_speaker(words: str) -> Speaker | None:
    """A known person named at the end of ``words``: "US President Joseph Biden" -> Joe Biden."""
    from parley.extract.people import known_person

    names = [w for w in words.split() if w[:1].isupper()]
    for start in range(len(names)):
        known = known_person(" ".join(names[start:]))
        if known is not None:
            return Speaker(name=known[0], affiliation=known[1], type="person")
        holder = _holder_by_name(" ".join(names[start:]), lexicon()) if len(names) - start >= 2 else None
        if holder is not None:  # an office holder parley knows by office only: "Press Secretary Jen Psaki"
            return Speaker(name=holder.name, affiliation=holder.side, type="person")
    return None


def _known_by_name(name: str) -> tuple[str, str] | None:
    """A known person by full name, or by surname after title words only ("Presidents Putin")."""
    from parley.extract.people import known_person, role_words

    known = known_person(name)
    words = name.split()
    if known is None and len(words) >= 2:
        roles = role_words()
        if all(roles.is_role_word(w) or roles.is_role_word(w.rstrip("s")) for w in words[:-1]):
            known = known_person(words[-1])
    return known


def _check_gender(attribution: Attribution, ctx: _Context) -> None:
    """A "he"/"she" read as a person of the other gender has no speaker; one read as a person gives that person
    the pronoun's gender for the rest of the readout ("She underscored ..." was Kamala Harris: "He" is not her)."""
    gender = _PRONOUN_GENDER.get(attribution.source.text.strip().lower()) if attribution.source is not None else None
    speaker = attribution.speaker
    if gender is None or speaker is None or speaker.type != "person":
        return
    if not _gender_fits(speaker, gender, ctx):
        attribution.speaker = None
    else:
        ctx.genders.setdefault(_fold(speaker.name), gender)


def _named_or_recent(attribution: Attribution, previous: Speaker | None, ctx: _Context) -> Speaker | None:
    """A readout statement's own speaker: a known person by name, else "he"/"she" for the last person."""
    source = attribution.source.text if attribution.source is not None else ""
    known = _known_speaker(source)
    if known is not None:
        return known
    if source.lower() in ("he", "she") and previous is not None and previous.type == "person" and _gender_fits(
            previous, _PRONOUN_GENDER[source.lower()], ctx):
        return previous
    return None


def _inherit(found: list[Attribution], turns: list[Turn], first_person: frozenset[str]) -> None:
    """Statements inside a turn with no speaker of their own ("I think that ...") take the turn's."""
    starts = [turn.label.start for turn in turns]
    labels = {_fold(turn.label.text) for turn in turns}
    for attribution in found:
        source = attribution.source
        folded = _fold(attribution.speaker.name) if attribution.speaker is not None else ""
        if folded and (folded in labels or folded.split(" ")[0] in labels | {"q"}):
            attribution.speaker = None  # "MS. PSAKI", "Q Jen": a label read as a name
            if source is not None and source.text.lower() in ("he", "she"):
                continue  # a label is no antecedent: "he" after "MS. PSAKI:" is not the press secretary
        where = _enclosing(turns, starts, attribution.content[0].start)
        if where is None:
            continue
        turn = turns[where]
        own = source is not None and source.text.lower() in first_person
        if turn.role == "speaker" and (attribution.speaker is None or own):
            attribution.speaker = turn.speaker


def apply_transcripts(doc: "Doc", article: ExtractedArticle, found: list[Attribution]) -> list[Attribution]:
    """The attribution step's statements with transcript turns and readout speakers added.

    Texts with no turns from publishers not in ``publishers.tsv`` come back unchanged.
    """
    lex = lexicon()
    turns = find_turns(doc, article, lex)
    found = _with_added(found, _note_statements(article.text, turns, found))
    side = publisher_side(article.outlet, article.url, lex)
    if side is not None:
        ctx = _Context(title=article.title or "", text=article.text, side=side, date=article.published,
                       outlet=article.outlet, lex=lex, genders=_genders(doc, article.text, lex))
        found = [a for a in found if not _topic_subject(a, lex) and not _unspoken(doc, a, lex)]
        if not turns:
            found = [a for a in found if not _garbled(doc, a)]
        found = _with_added(found, _readout_statements(doc, found, article.text, lex))
        if not turns:
            _to_sentence_end(doc, found, article.text)
        signed = _signatories(article, side, lex)
        _resolve_readout(doc, found, ctx, signed or _contact(article, side, lex), plain=not turns)
        if signed is not None:
            found = _with_added(found, _joint_statements(doc, found, article.text, signed, lex))
        if not turns:
            _first_person_of_author(found, ctx)
    _handle_speakers(found, article.text, article.published, lex, article.outlet)
    found = _with_added(found, _post_statements(article.text, found, article.published, lex))
    if not turns:
        if side is not None and not re.search(r"\b(?:by|joint)\b", article.title or "", re.IGNORECASE):
            _publisher_we(found, side)  # an authored or joint statement's "we" is its authors' or nobody's
        return found
    _inherit(found, turns, lex.first_person)
    return _merge(article.text, found, turns, lex.first_person)
