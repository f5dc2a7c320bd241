"""The events evaluator: PLOVER JSONL scoring and the seed gold."""

from __future__ import annotations

import json
from pathlib import Path

from parley.eval.events import evaluate_plover, evaluate_seed, load_plover, main_event
from parley.models import Event, make_span

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def _record(text: str, event: str, actor: str | None, recipient: str | None) -> dict:
    return {
        "id": text[:10],
        "text": text,
        "event": event,
        "actor": [{"text": actor, "code": actor}] if actor else [],
        "recipient": [{"text": recipient, "code": recipient}] if recipient else [],
    }


def test_plover_scores(tmp_path: Path) -> None:
    records = [
        _record("Russia invaded Georgia in 2008.", "ASSAULT", "RUS", "GEO"),
        _record("Turkey accused Greece of provocations.", "ACCUSE", "TUR", "GRC"),
        _record("The weather was fine.", "AGREE", "FRA", None),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in records), encoding="utf-8")
    result = evaluate_plover(load_plover(path))
    assert result["records"] == 3
    assert result["type_acc"] == round(2 / 3, 4)
    assert result["actor_country_acc"] == round(2 / 3, 4)
    assert result["recipient_country_acc"] == 1.0  # two records have a recipient, both right
    assert result["confusion"]["AGREE"] == {"NONE": 1}


def test_main_event_prefers_the_root() -> None:
    text = "xx yy"
    deep = Event(type="AID", trigger=make_span(text, 0, 2), depth=2)
    root = Event(type="AGREE", trigger=make_span(text, 3, 5), depth=0)
    assert main_event([deep, root]) is root
    assert main_event([]) is None


def test_seed_gold_meets_the_issue_target() -> None:
    result = evaluate_seed(FIXTURES / "seed-gold.json")
    assert result["events"] == 10
    assert result["events_right"] >= 9
    assert all(result["entity_checks"].values()), result["entity_checks"]


# -- PLV records and the precision set ------------------------------------------------------


def _plv(text: str, marked: str, event: str) -> dict:
    return {"id": text[:12], "text": text, "event": event, "source": "", "target": "", "marked": marked}


def test_marked_spans_are_offsets_in_the_text() -> None:
    from parley.eval.events import _marked_span

    text = "Russia invaded Georgia in 2008."
    marked = "<s>Russia</s> invaded <t>Georgia</t> in 2008."
    assert _marked_span(marked, text, "s") == (0, 6)
    assert _marked_span(marked, text, "t") == (15, 22)
    assert _marked_span("<s>Russia</s> invaded a recipient.", text, "t") is None


def test_plv_scores(tmp_path: Path) -> None:
    from parley.eval.events import evaluate_plv, is_plv

    records = [
        _plv("Russia invaded Georgia in 2008.", "<s>Russia</s> invaded <t>Georgia</t> in 2008.", "ASSAULT"),
        _plv("Georgia invaded Russia in 2008.", "<s>Russia</s> invaded <t>Georgia</t> in 2008.", "ASSAULT"),  # sides swapped
        _plv("Ethiopian forces withdrew from Somalia.", "<s>Ethiopian forces</s> withdrew from <t>Somalia</t>.", "YIELD"),
        _plv("The weather was fine in Paris.", "<s>The weather</s> was fine in <t>Paris</t>.", "AGREE"),
        # found, but hidden by default: a hypothetical is partial
        _plv("Russia could invade Georgia next year.", "<s>Russia</s> could invade <t>Georgia</t> next year.", "ASSAULT"),
    ]
    assert is_plv(records) and not is_plv([{"id": 1, "text": "x", "event": "AGREE"}])
    result = evaluate_plv(records)
    assert result["type_found"] == 0.8  # YIELD is found as RETREAT; nothing is found in the weather
    assert result["type_actor_recipient"] == 0.6  # the swapped sentence has the type, not the parties
    assert result["type_found_complete"] == 0.6  # the hypothetical invasion is found, not shown
    assert result["per_type"]["YIELD"] == {"records": 1, "recall": 1.0}
    assert result["per_type"]["AGREE"] == {"records": 1, "recall": 0.0}


def _precision_set(tmp_path: Path, labels: str) -> Path:
    story = {"id": "s1", "title": "Test", "published": "2022-02-04T10:11:00Z",
             "text": "Russia invaded Georgia in 2008. The weather was cold in Moscow on Monday. "
                     "France expelled two Russian diplomats."}
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(story) + "\n", encoding="utf-8")
    folder = tmp_path / "set"
    folder.mkdir()
    text = story["text"]
    sentences = [("p1", "Russia invaded Georgia in 2008."), ("p2", "The weather was cold in Moscow on Monday."),
                 ("p3", "France expelled two Russian diplomats.")]
    rows = [{"id": i, "article": "s1", "start": text.index(s), "end": text.index(s) + len(s), "text": s} for i, s in sentences]
    (folder / "sentences.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (folder / "labels.tsv").write_text(labels, encoding="utf-8")
    return corpus


def test_precision_set_scores(tmp_path: Path) -> None:
    from parley.eval.events import evaluate_precision

    corpus = _precision_set(tmp_path, "# labels\np1\tASSAULT RUS GEO\np2\tnone\np3\tSANCTION FRA -; REJECT FRA RUS\n")
    result = evaluate_precision(tmp_path / "set", corpus)
    assert (result["sentences"], result["gold_events"], result["no_event_sentences"]) == (3, 3, 1)
    assert result["emitted"] == 2 and result["precision"] == 1.0  # both emitted events are right
    assert result["recall"] == round(2 / 3, 4)  # the REJECT label has no emitted event
    assert result["silent_when_none"] == 1.0
    assert result["articles"] == 1 and result["events_per_article"] == 2.0
    # the halves: p2 is the only even (tuned) id, p1 and p3 the odd (held-out) ones
    assert result["halves"]["even"]["silent_when_none"] == 1.0 and result["halves"]["even"]["recall"] == 0.0
    assert result["halves"]["odd"]["precision"] == 1.0 and result["halves"]["odd"]["recall"] == round(2 / 3, 4)
    assert result["precision_complete"] == 1.0  # both events have a coded actor: shown by default
    # at threshold 0 every event counts as shown; above every confidence, none does
    assert evaluate_precision(tmp_path / "set", corpus, 0.0)["complete_events"] == result["emitted"]
    assert evaluate_precision(tmp_path / "set", corpus, 1.0)["complete_events"] <= result["complete_events"]


def test_precision_set_fresh_part_is_reported_apart(tmp_path: Path) -> None:
    from parley.eval.events import evaluate_precision

    corpus = _precision_set(tmp_path, "p1\tASSAULT RUS GEO\np2\tnone\np3\tSANCTION FRA -\n")
    folder = tmp_path / "set"
    first = json.loads((folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines()[2])
    (folder / "fresh.jsonl").write_text(json.dumps({**first, "id": "f001"}) + "\n", encoding="utf-8")
    (folder / "fresh-labels.tsv").write_text("# fresh\nf001\tREJECT FRA RUS\n", encoding="utf-8")
    result = evaluate_precision(folder, corpus)
    assert result["sentences"] == 3 and result["gold_events"] == 2  # the fresh part is not in the overall figures
    assert result["halves"]["fresh"]["precision"] == 0.0 and result["halves"]["fresh"]["recall"] == 0.0


def test_precision_set_second_fresh_part_is_reported_apart(tmp_path: Path) -> None:
    from parley.eval.events import evaluate_precision

    corpus = _precision_set(tmp_path, "p1\tASSAULT RUS GEO\np2\tnone\np3\tSANCTION FRA -\n")
    folder = tmp_path / "set"
    first = json.loads((folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines()[2])
    (folder / "fresh2.jsonl").write_text(json.dumps({**first, "id": "g001"}) + "\n", encoding="utf-8")
    (folder / "fresh2-labels.tsv").write_text("# fresh2\ng001\tnone\n", encoding="utf-8")
    result = evaluate_precision(folder, corpus)
    assert result["sentences"] == 3 and result["gold_events"] == 2  # fresh2 is not in the overall figures
    assert "fresh" not in result["halves"] and result["halves"]["fresh2"]["silent_when_none"] == 0.0


def test_precision_set_third_fresh_part_is_reported_apart(tmp_path: Path) -> None:
    from parley.eval.events import evaluate_precision

    corpus = _precision_set(tmp_path, "p1\tASSAULT RUS GEO\np2\tnone\np3\tSANCTION FRA -\n")
    folder = tmp_path / "set"
    first = json.loads((folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines()[2])
    (folder / "fresh3.jsonl").write_text(json.dumps({**first, "id": "h001"}) + "\n", encoding="utf-8")
    (folder / "fresh3-labels.tsv").write_text("# fresh3\nh001\tREJECT FRA RUS\n", encoding="utf-8")
    result = evaluate_precision(folder, corpus)
    assert result["sentences"] == 3 and result["gold_events"] == 2  # fresh3 is not in the overall figures
    assert set(result["halves"]) == {"even", "odd", "fresh3"}
    assert result["halves"]["fresh3"]["precision"] == 0.0 and result["halves"]["fresh3"]["recall"] == 0.0


def test_precision_set_fourth_fresh_part_is_reported_apart(tmp_path: Path) -> None:
    from parley.eval.events import evaluate_precision

    corpus = _precision_set(tmp_path, "p1\tASSAULT RUS GEO\np2\tnone\np3\tSANCTION FRA -\n")
    folder = tmp_path / "set"
    first = json.loads((folder / "sentences.jsonl").read_text(encoding="utf-8").splitlines()[2])
    (folder / "fresh4.jsonl").write_text(json.dumps({**first, "id": "i001"}) + "\n", encoding="utf-8")
    (folder / "fresh4-labels.tsv").write_text("# fresh4\ni001\tnone\n", encoding="utf-8")
    result = evaluate_precision(folder, corpus)
    assert result["sentences"] == 3 and result["gold_events"] == 2  # fresh4 is not in the overall figures
    assert set(result["halves"]) == {"even", "odd", "fresh4"}
    assert result["halves"]["fresh4"]["silent_when_none"] == 0.0


def test_precision_set_wrong_actor_is_not_right(tmp_path: Path) -> None:
    from parley.eval.events import evaluate_precision

    corpus = _precision_set(tmp_path, "p1\tASSAULT GEO RUS\np2\tASSAULT - -\np3\tSANCTION - -\n")
    result = evaluate_precision(tmp_path / "set", corpus)
    assert result["precision"] == 0.5  # the invasion's parties are reversed; the expulsion is right
    assert result["silent_when_none"] == 0.0  # no sentence is labelled without events


def test_precision_set_needs_a_label_for_every_sentence(tmp_path: Path) -> None:
    import pytest

    from parley.errors import InputError
    from parley.eval.events import load_precision_set

    _precision_set(tmp_path, "p1\tASSAULT RUS GEO\n")
    with pytest.raises(InputError, match="no label for p2"):
        load_precision_set(tmp_path / "set")
    (tmp_path / "set" / "labels.tsv").write_text("p1\tASSAULT RUS\np2\tnone\np3\tnone\n", encoding="utf-8")
    with pytest.raises(InputError, match="TYPE ACTOR RECIPIENT"):
        load_precision_set(tmp_path / "set")


def test_a_label_naming_no_plover_type_is_refused(tmp_path: Path) -> None:
    """PROPOSE is CAMEO's, not PLOVER's: a label written with it could never be matched (exchange read part, s43)."""
    import pytest

    from parley.errors import InputError
    from parley.eval.events import load_precision_set

    _precision_set(tmp_path, "p1\tPROPOSE RUS USA\np2\tnone\np3\tnone\n")
    with pytest.raises(InputError, match="'PROPOSE' is not a PLOVER type"):
        load_precision_set(tmp_path / "set")
    (tmp_path / "set" / "labels.tsv").write_text("p1\tYIELD RUS USA\np2\tnone\np3\tnone\n", encoding="utf-8")
    assert load_precision_set(tmp_path / "set")[0]["events"][0]["type"] == "YIELD"


def test_the_bundled_precision_set_is_complete() -> None:
    from parley.eval.events import load_precision_set

    labelled = load_precision_set(Path(__file__).resolve().parents[1] / "eval" / "precision-events")
    assert len(labelled) >= 300
    assert sum(not s["events"] for s in labelled) > 0  # sentences with no event are in the set
    for part, size in (("fresh", 120), ("fresh2", 100), ("fresh3", 100), ("fresh4", 100), ("fresh5", 100), ("fresh6", 100), ("fresh7", 100), ("fresh8", 100), ("fresh9", 100), ("fresh10", 100),
                       ("fresh11", 100), ("fresh12", 100), ("fresh13", 100), ("fresh14", 100), ("fresh15", 100),
                       ("fresh16", 100), ("fresh17", 100), ("fresh18", 100), ("fresh19", 86)):
        assert len(load_precision_set(Path(__file__).resolve().parents[1] / "eval" / "precision-events", part)) == size


def test_error_rows_keep_brackets_and_the_hidden_mark(tmp_path: Path) -> None:
    """Bug: ``--errors`` printed its rows as rich markup, so "[hidden]" vanished (a hidden event read as shown)
    and so did a quote's editorial "[of Russia]"."""
    from click.testing import CliRunner

    from parley.cli import main

    story = {"id": "s1", "title": "Test", "published": "2022-02-04T10:11:00Z",
             "text": "If Russia invaded Georgia, the West would respond. The army [of Russia] invaded Georgia in 2008."}
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text(json.dumps(story) + "\n", encoding="utf-8")
    folder = tmp_path / "set"
    folder.mkdir()
    text = story["text"]
    rows = [{"id": ident, "article": "s1", "start": text.index(s), "end": text.index(s) + len(s), "text": s}
            for ident, s in (("p1", text[:50]), ("p2", text[51:]))]
    (folder / "sentences.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    (folder / "labels.tsv").write_text("p1\tREJECT FRA RUS\np2\tnone\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["eval", "events", str(folder), "--corpus", str(corpus), "--errors"])
    assert result.exit_code == 0, result.output
    lines = {line.split(":")[0]: line for line in result.output.splitlines() if line[:2] in ("p1", "p2")}
    assert "(invaded) [hidden]" in lines["p1"]  # the conditional invasion is coded, not shown
    assert "The army [of Russia] invaded" in lines["p2"] and "[hidden]" not in lines["p2"]


def test_bug_a_yield_label_never_matched_a_concession(tmp_path: Path) -> None:
    """The precision set's labels may use PLOVER 2019's root YIELD (fresh6, fresh8); it compared literally, so a
    CONCEDE or RETREAT that parley emitted for it counted wrong."""
    from parley.eval.events import _agrees

    freed = Event(type="RETREAT", trigger=make_span("freed", 0, 5))
    delayed = Event(type="CONCEDE", trigger=make_span("delayed", 0, 7))
    label = {"type": "YIELD", "actor": frozenset(), "recipient": frozenset()}
    assert _agrees(label, freed) and _agrees(label, delayed)
    assert not _agrees({**label, "type": "ASSAULT"}, freed)


def test_the_exchange_precision_set_is_complete_and_its_offsets_hold() -> None:
    """The official-record set: 100 labelled sentences whose offsets point into the bundled exchange texts."""
    from parley.eval.events import load_precision_set

    root = Path(__file__).resolve().parents[1]
    labelled = load_precision_set(root / "eval" / "precision-events-exchange")
    assert len(labelled) == 100
    assert sum(not s["events"] for s in labelled) == 80
    texts = {json.loads(line)["id"]: json.loads(line)["text"]
             for line in (root / "examples" / "exchange" / "exchange.jsonl").read_text(encoding="utf-8").splitlines()}
    assert all(texts[s["article"]][s["start"]:s["end"]] == s["text"] for s in labelled)
    read = load_precision_set(root / "eval" / "precision-events-exchange", "exread1")
    assert len(read) == 100 and sum(not s["events"] for s in read) == 68
    assert all(texts[s["article"]][s["start"]:s["end"]] == s["text"] for s in read)
    assert not {s["article"] for s in read} & {s["article"] for s in labelled}  # the blind set's texts stay unread


def test_only_the_texts_a_labelled_sentence_comes_from_are_extracted(tmp_path: Path) -> None:
    from parley.eval.events import evaluate_precision

    stories = [{"id": "s1", "title": "One", "published": "2022-02-04T10:11:00Z", "text": "Russia invaded Georgia in 2008."},
               {"id": "s2", "title": "Two", "published": "2022-02-04T10:11:00Z", "text": "France condemned Iran."}]
    corpus = tmp_path / "corpus.jsonl"
    corpus.write_text("".join(json.dumps(s) + "\n" for s in stories), encoding="utf-8")
    (tmp_path / "set").mkdir()
    (tmp_path / "set" / "sentences.jsonl").write_text(json.dumps(
        {"id": "p1", "article": "s1", "start": 0, "end": 30, "text": stories[0]["text"]}) + "\n", encoding="utf-8")
    (tmp_path / "set" / "labels.tsv").write_text("p1\tASSAULT RUS GEO\n", encoding="utf-8")
    assert evaluate_precision(tmp_path / "set", corpus)["articles"] == 1
