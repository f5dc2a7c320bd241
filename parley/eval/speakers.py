"""Speaker resolution scored as ``VOA-SPEAKERS-README.md`` defines it (who said it, by name).

Gold: JSON Lines, one document a line: ``doc_id``, ``title``, ``attributions`` (each with
``kind``, ``content`` {start, end, text}, ``cue``, ``speaker_mention``, ``speaker_name``,
``speaker_type``, ``affiliation``, ``floating``). Transcript gold uses the same format, with kind
``"turn"`` for a speaker turn and ``"question": true`` for a journalist's question (no speaker).
The texts come from JSONL files of articles (``id``, ``text`` and the metadata extraction reads:
``title``, ``published``, ``outlet``, ``url``).

1. **Matching.** Each gold attribution, in document order, takes the unmatched prediction that
   covers the largest share of its content characters; a match needs 30%. All gold records take
   part in matching, whatever their speaker type.
2. **Named right.** A matched prediction whose speaker name equals the gold ``speaker_name`` after
   normalisation (accents removed, case folded, punctuation to spaces, whitespace collapsed). An
   unnamed person with no gold name (the transcript gold's anonymous official, "SENIOR
   ADMINISTRATION OFFICIAL:") is named right by a prediction of type ``unnamed_person`` named by the
   role the gold mention gives; a prediction naming a person there is wrong.
3. The headline, ``person_right``, is over all gold ``person`` attributions: an unmatched one
   counts as wrong. It is broken down by speaker type and by mention kind (full name, surname,
   role, pronoun, none), and reported separately for turns and for narrative statements.
4. Questions: ``questions_found`` is the share of gold questions matched by a prediction flagged
   as a question; ``q_never_speaker`` is 1.0 when no prediction names "Q" or "Question" as speaker.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from parley.errors import InputError

__all__ = [
    "GoldRecord",
    "PredRecord",
    "SpeakerScores",
    "evaluate_speakers",
    "load_speaker_gold",
    "load_texts",
    "mention_kind",
    "norm_name",
    "score_document",
]

MATCH_SHARE = 0.3
_PRONOUNS = frozenset({"he", "she", "they", "it", "i", "we", "him", "her", "them", "his", "its", "their", "you"})
_NOT_SPEAKERS = frozenset({"q", "question", "questions"})


def norm_name(name: str | None) -> str:
    """The README's normalisation: "Pedro Sánchez" -> "pedro sanchez"."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


@dataclass(frozen=True)
class GoldRecord:
    start: int
    end: int
    kind: str
    speaker_name: str | None
    speaker_type: str | None
    mention: str | None
    question: bool = False


@dataclass(frozen=True)
class PredRecord:
    spans: tuple[tuple[int, int], ...]
    speaker_name: str | None
    kind: str = "direct"
    question: bool = False
    speaker_type: str | None = None


def mention_kind(mention: str | None, name: str | None) -> str:
    """How the gold mention names the speaker: full name, surname, role, pronoun or none."""
    if not mention or not mention.strip() or mention.strip() == ":":
        return "none"
    words = norm_name(mention).split()
    if len(words) == 1 and words[0] in _PRONOUNS:
        return "pronoun"
    name_words = norm_name(name).split()
    if len(name_words) >= 2 and " ".join(name_words) in " ".join(words):
        return "full name"
    if name_words and name_words[-1] in words:
        return "surname"
    return "role"


@dataclass
class _Tally:
    total: int = 0
    found: int = 0
    right: int = 0

    def add(self, found: bool, right: bool) -> None:
        self.total += 1
        self.found += found
        self.right += right

    def share(self, count: int) -> float:
        return round(count / self.total, 4) if self.total else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"total": self.total, "found": self.share(self.found), "right": self.share(self.right)}


@dataclass
class SpeakerScores:
    documents: int = 0
    persons: _Tally = field(default_factory=_Tally)
    everyone: _Tally = field(default_factory=_Tally)
    by_type: dict[str, _Tally] = field(default_factory=dict)
    by_mention: dict[str, _Tally] = field(default_factory=dict)
    by_form: dict[str, _Tally] = field(default_factory=dict)  # turn / narrative, all speaker types
    by_form_person: dict[str, _Tally] = field(default_factory=dict)
    questions: _Tally = field(default_factory=_Tally)
    q_as_speaker: int = 0
    predicted: int = 0

    def metrics(self) -> dict[str, float]:
        """Flat metric names, as the floors files name them."""
        found: dict[str, float] = {
            "documents": self.documents, "predicted": self.predicted,
            "person_total": self.persons.total,
            "person_found": self.persons.as_dict()["found"], "person_right": self.persons.as_dict()["right"],
            "all_right": self.everyone.as_dict()["right"],
            "q_never_speaker": 1.0 if self.q_as_speaker == 0 else 0.0,
        }
        for form in ("turn", "narrative"):
            tally, person = self.by_form.get(form, _Tally()), self.by_form_person.get(form, _Tally())
            found[f"{form}_total"] = tally.total
            found[f"{form}_right"] = tally.as_dict()["right"]
            found[f"{form}_person_right"] = person.as_dict()["right"]
        if self.questions.total:
            found["questions_found"] = self.questions.as_dict()["right"]
        return found


def _share(gold: GoldRecord, pred: PredRecord) -> float:
    covered = sum(max(0, min(gold.end, e) - max(gold.start, s)) for s, e in pred.spans)
    return covered / max(1, gold.end - gold.start)


def _named_right(gold: GoldRecord, pred: PredRecord) -> bool:
    """The same name; an anonymous official (gold unnamed_person, no name) by the role its label gives."""
    if gold.speaker_type == "unnamed_person" and gold.speaker_name is None:
        return pred.speaker_type == "unnamed_person" and norm_name(pred.speaker_name) == norm_name(gold.mention)
    return norm_name(pred.speaker_name) == norm_name(gold.speaker_name)


def score_document(golds: Sequence[GoldRecord], preds: Sequence[PredRecord], scores: SpeakerScores) -> None:
    """Add one document's greedy one-to-one matches to ``scores``."""
    scores.documents += 1
    scores.predicted += len(preds)
    scores.q_as_speaker += sum(norm_name(p.speaker_name) in _NOT_SPEAKERS for p in preds)
    used: set[int] = set()
    for gold in sorted(golds, key=lambda g: g.start):
        best, best_share = -1, 0.0
        for index, pred in enumerate(preds):
            if index not in used and (share := _share(gold, pred)) > best_share:
                best, best_share = index, share
        matched = best >= 0 and best_share >= MATCH_SHARE
        if matched:
            used.add(best)
        found: PredRecord | None = preds[best] if matched else None
        if gold.question:
            scores.questions.add(matched, found is not None and found.question and found.speaker_name is None)
            continue
        right = found is not None and _named_right(gold, found)
        form = "turn" if gold.kind == "turn" else "narrative"
        scores.everyone.add(matched, right)
        scores.by_type.setdefault(gold.speaker_type or "unknown", _Tally()).add(matched, right)
        scores.by_form.setdefault(form, _Tally()).add(matched, right)
        if gold.speaker_type == "person":
            scores.persons.add(matched, right)
            scores.by_form_person.setdefault(form, _Tally()).add(matched, right)
            scores.by_mention.setdefault(mention_kind(gold.mention, gold.speaker_name), _Tally()).add(matched, right)


# --- reading ---------------------------------------------------------------------------------------


def _gold_record(item: dict[str, Any]) -> GoldRecord:
    content = item["content"]
    return GoldRecord(
        start=int(content["start"]), end=int(content["end"]), kind=str(item.get("kind") or "direct"),
        speaker_name=item.get("speaker_name"), speaker_type=item.get("speaker_type"),
        mention=item.get("speaker_mention"), question=bool(item.get("question")),
    )


def load_speaker_gold(path: str | Path, limit: int | None = None) -> list[tuple[str, list[GoldRecord]]]:
    """(doc_id, gold records) for every document of a speaker gold file."""
    docs: list[tuple[str, list[GoldRecord]]] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise InputError(f"cannot read speaker gold {path}: {exc}") from exc
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
            docs.append((str(data["doc_id"]), [_gold_record(item) for item in data["attributions"]]))
        except (ValueError, KeyError, TypeError) as exc:
            raise InputError(f"{path}:{number}: not a speaker gold record ({exc})") from exc
        if limit is not None and len(docs) >= limit:
            break
    return docs


def _jsonl_objects(path: Path) -> Iterator[dict[str, Any]]:
    try:
        with path.open(encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    obj = json.loads(line)
                    if isinstance(obj, dict) and isinstance(obj.get("text"), str) and "id" in obj:
                        yield obj
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read texts from {path}: {exc}") from exc


def load_texts(paths: Iterable[str | Path], gold_path: str | Path) -> dict[str, dict[str, Any]]:
    """Article objects by id: from ``paths``, else from the other JSONL files beside the gold."""
    chosen = [Path(p) for p in paths]
    if not chosen:
        gold = Path(gold_path).resolve()
        chosen = [p for p in sorted(gold.parent.glob("*.jsonl")) if p.resolve() != gold]
    texts: dict[str, dict[str, Any]] = {}
    for path in chosen:
        for obj in _jsonl_objects(path):
            texts.setdefault(str(obj["id"]), obj)
    return texts


def _predictions(objects: list[dict[str, Any]]) -> Iterator[list[PredRecord]]:
    from parley.extract.pipeline import extract_articles
    from parley.ingest.jsonl import article_from_object
    from parley.models import Article

    articles = []
    for obj in objects:
        article = article_from_object(obj, f"gold:{obj['id']}")
        if not isinstance(article, Article):
            raise InputError(f"text {obj['id']} cannot be read: {article.reason}")
        articles.append(article)
    for extracted in extract_articles(articles, steps=["attributions"]):
        yield [
            PredRecord(
                spans=tuple((s.start, s.end) for s in a.content),
                speaker_name=a.speaker.name if a.speaker else None, kind=a.kind, question=a.question,
                speaker_type=a.speaker.type if a.speaker else None,
            )
            for a in extracted.attributions
        ]


def evaluate_speakers(
    gold: list[tuple[str, list[GoldRecord]]], texts: dict[str, dict[str, Any]]
) -> SpeakerScores:
    """Extract every gold document's text and score its speakers."""
    missing = [doc_id for doc_id, _ in gold if doc_id not in texts]
    if missing:
        raise InputError(f"no text for {len(missing)} gold documents (first: {missing[0]}); pass --texts")
    scores = SpeakerScores()
    objects = [texts[doc_id] for doc_id, _ in gold]
    for (_, golds), preds in zip(gold, _predictions(objects), strict=True):
        score_document(golds, preds, scores)
    return scores
