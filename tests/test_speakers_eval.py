"""``parley eval speakers``: the VOA-SPEAKERS-README scoring rule, turns and narrative apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from parley.cli import main
from parley.eval.speakers import (
    GoldRecord,
    PredRecord,
    SpeakerScores,
    mention_kind,
    norm_name,
    score_document,
)

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Pedro Sánchez", "pedro sanchez"), ("Zia-ul Haq Haqmal", "zia ul haq haqmal"), (None, ""), ("  Q  ", "q")],
)
def test_norm_name(name: str | None, expected: str) -> None:
    assert norm_name(name) == expected


@pytest.mark.parametrize(
    ("mention", "name", "kind"),
    [
        ("Russian Foreign Minister Sergey Lavrov", "Sergey Lavrov", "full name"),
        ("Lavrov", "Sergey Lavrov", "surname"),
        ("MS. PSAKI", "Jen Psaki", "surname"),
        ("the ambassador", "Fu Cong", "role"),
        ("THE PRESIDENT", "Joe Biden", "role"),
        ("she", "Victoria Nuland", "pronoun"),
        (None, "Victoria Nuland", "none"),
        (":", "Richard Armitage", "none"),
    ],
)
def test_mention_kind(mention: str | None, name: str, kind: str) -> None:
    assert mention_kind(mention, name) == kind


def _gold(start: int, end: int, name: str | None, kind: str = "indirect", **extra: object) -> GoldRecord:
    return GoldRecord(start=start, end=end, kind=kind, speaker_name=name,
                      speaker_type=str(extra.get("type", "person")), mention=str(extra.get("mention", "he")),
                      question=bool(extra.get("question", False)))


def test_scoring_matches_greedily_and_counts_unmatched_as_wrong() -> None:
    golds = [
        _gold(0, 100, "Jen Psaki", kind="turn"),
        _gold(100, 150, None, kind="turn", type="unnamed_person", question=True),
        _gold(200, 300, "Vladimir Putin"),
        _gold(400, 500, "Joe Biden"),  # nothing predicted there
        _gold(600, 700, "Russia", type="country"),
    ]
    preds = [
        PredRecord(spans=((0, 100),), speaker_name="Jen Psaki", kind="turn"),
        PredRecord(spans=((100, 150),), speaker_name=None, kind="turn", question=True),
        PredRecord(spans=((210, 240),), speaker_name="vladimir putin"),  # 30% exactly: a match
        PredRecord(spans=((600, 620),), speaker_name="Russia"),  # 20%: no match
    ]
    scores = SpeakerScores()
    score_document(golds, preds, scores)
    metrics = scores.metrics()
    assert metrics["person_total"] == 3 and metrics["person_right"] == pytest.approx(2 / 3, abs=1e-3)
    assert metrics["turn_right"] == 1.0 and metrics["narrative_total"] == 3
    assert metrics["narrative_right"] == pytest.approx(1 / 3, abs=1e-3)
    assert metrics["questions_found"] == 1.0 and metrics["q_never_speaker"] == 1.0


def test_q_named_as_a_speaker_fails_the_question_gate() -> None:
    scores = SpeakerScores()
    score_document([_gold(0, 10, "Jen Psaki")], [PredRecord(spans=((0, 10),), speaker_name="Q")], scores)
    assert scores.metrics()["q_never_speaker"] == 0.0 and scores.metrics()["person_right"] == 0.0


def test_no_predictions_score_nothing_right() -> None:
    scores = SpeakerScores()
    score_document([_gold(0, 10, "Jen Psaki")], [], scores)
    assert scores.metrics()["person_found"] == 0.0


@pytest.mark.slow
def test_cli_scores_a_readout_and_gates(tmp_path: Path) -> None:
    gold_path = REPO / "eval" / "transcripts-gold" / "exchange-speakers-gold.jsonl"
    wanted = "whitehouse-2022-02-12-readout-of-president-bidens-call-with-president-vladimir-putin-of-russia"
    line = next(raw for raw in gold_path.read_text(encoding="utf-8").splitlines() if json.loads(raw)["doc_id"] == wanted)
    gold = tmp_path / "gold.jsonl"
    gold.write_text(line + "\n", encoding="utf-8")
    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"margin": 0.0, "floors": {"narrative_right": 0.99}}), encoding="utf-8")
    texts = str(REPO / "examples" / "exchange" / "exchange.jsonl")
    result = CliRunner().invoke(main, ["eval", "speakers", str(gold), "--texts", texts, "--format", "json",
                                       "--floors", str(floors)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output.split("\ngate")[0][: result.output.rindex("}") + 1])["narrative_right"] == 1.0
    floors.write_text(json.dumps({"floors": {"turn_right": 0.5}}), encoding="utf-8")  # no turns in a readout
    failed = CliRunner().invoke(main, ["eval", "speakers", str(gold), "--texts", texts, "--floors", str(floors)])
    assert failed.exit_code == 1


def test_cli_needs_the_texts(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"doc_id": "nowhere", "title": "x", "attributions": []}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "speakers", str(gold)])
    assert result.exit_code != 0 and "no text" in (result.output + str(result.exception))


@pytest.mark.parametrize(
    ("name", "speaker_type", "right"),
    [
        ("Senior Administration Official", "unnamed_person", True),  # the role, as an unnamed person
        ("SENIOR ADMINISTRATION OFFICIAL", "unnamed_person", True),
        ("Senior Administration Official", "person", False),  # a role read as a person's name
        ("Jake Sullivan", "person", False),  # a guess at who the official is
        ("Moderator", "unnamed_person", False),  # another role
        (None, None, False),
    ],
)
def test_bug_anonymous_official_turn_named_by_its_role_is_right_only_as_an_unnamed_person(
    name: str | None, speaker_type: str | None, right: bool
) -> None:
    """turn_right counted every "SENIOR ADMINISTRATION OFFICIAL:" turn wrong: gold unnamed_person, no name."""
    gold = _gold(0, 100, None, kind="turn", type="unnamed_person", mention="SENIOR ADMINISTRATION OFFICIAL")
    scores = SpeakerScores()
    score_document([gold], [PredRecord(spans=((0, 100),), speaker_name=name, kind="turn", speaker_type=speaker_type)],
                   scores)
    assert scores.metrics()["turn_right"] == (1.0 if right else 0.0)
    assert scores.metrics()["person_total"] == 0  # not a person statement
