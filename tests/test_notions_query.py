"""The notion query layer over a real store: matches, sides compared, syndicated repeats, timeline, discovery."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from parley.errors import InputError
from parley.ingest.article import build_article
from parley.models import Attribution, ExtractedArticle, Speaker, make_span
from parley.query.charts import render_timeline, timeline_chart
from parley.query.notions import compare, discover_notions, notion_matches, timeline
from parley.store import open_store


def _article(text: str, published: str, outlet: str, quotes: list[tuple[str, str, str | None]]) -> ExtractedArticle:
    """A real record: one sentence per line, an attribution for each (content, speaker, affiliation)."""
    base = ExtractedArticle(**build_article(text=text, published=published, outlet=outlet).model_dump())
    sentences, cursor = [], 0
    for line in text.split("\n"):
        if line:
            sentences.append(make_span(text, cursor, cursor + len(line)))
        cursor += len(line) + 1
    attributions = []
    for content, name, affiliation in quotes:
        start = text.index(content)
        attributions.append(Attribution(
            kind="direct", content=[make_span(text, start, start + len(content))],
            speaker=Speaker(name=name, affiliation=affiliation),
        ))
    record = base.model_copy(update={"sentences": sentences, "attributions": attributions})
    return _with_terms(record)


def _with_terms(article: ExtractedArticle) -> ExtractedArticle:
    """The terms step's output on a hand-built record: the store indexes it for discovery at ingest."""
    from parley.extract.terms import find_terms
    from parley.nlp import get_nlp

    terms = find_terms(get_nlp()(article.text), article)
    return article.model_copy(update={"terms": terms, "steps": [*article.steps, "terms"]})


NULAND = ("We all believe in indivisibility of security, and we will talk about it with Moscow and our allies",
          "Victoria Nuland", "USA")
LAVROV = ("Security is indivisible and NATO expansion violates that principle, destroying trust in Europe",
          "Sergei Lavrov", "RUS")
RYABKOV = ("The indivisible nature of security means NATO expansion must stop, and trust must be rebuilt",
           "Sergei Ryabkov", "RUS")
BLINKEN = ("Indivisible security cannot mean a veto over allies choosing their own alliances freely",
           "Antony Blinken", "USA")
GUARANTEES = ("Ukraine needs security guarantees from its partners before any talks", "Volodymyr Zelensky", "UKR")


def _texts() -> dict[str, ExtractedArticle]:
    a = f'Talks in Geneva.\n"{NULAND[0]}," Nuland told reporters.\nThe talks continue.\nMore meetings are planned for March.'
    b = f'Moscow replies.\n"{LAVROV[0]}," Lavrov said.\nReporters asked about indivisible security again.'
    c = f'Ryabkov interview.\n"{RYABKOV[0]}," Ryabkov said.'
    d = f'Washington answers.\n"{BLINKEN[0]}," Blinken said.'
    e = f'Kyiv.\n"{GUARANTEES[0]}," Zelensky said.'
    copy = "Read more: Geneva\n" + a + "\n© 2022 Daily Mirror. All rights reserved."
    return {
        "nuland": _article(a, "2022-01-10T09:00", "TASS", [NULAND]),
        "nuland-copy": _article(copy, "2022-01-10T15:00", "Daily Mirror", [NULAND]),
        "lavrov": _article(b, "2022-01-20T09:00", "RIA Novosti", [LAVROV]),
        "ryabkov": _article(c, "2022-02-03T09:00", "Interfax", [RYABKOV]),
        "blinken": _article(d, "2022-02-15T09:00", "VOA", [BLINKEN]),
        "zelensky": _article(e, "2022-02-16T09:00", "Ukrinform", [GUARANTEES]),
    }


@pytest.fixture()
def filled(store_url: str) -> tuple[Any, dict[str, ExtractedArticle]]:
    articles = _texts()
    store = open_store(store_url)
    store.add_articles(list(articles.values()))
    yield store, articles
    store.close()


def test_notion_matches_each_wording_and_not_unrelated(filled: tuple[Any, dict]) -> None:
    store, articles = filled
    result = notion_matches(store, "indivisible security")
    speakers = sorted(s.speaker for s in result.statements)
    assert speakers == ["Antony Blinken", "Sergei Lavrov", "Sergei Ryabkov", "Victoria Nuland"]
    wordings = {s.speaker: s.matches[0].text for s in result.statements}
    assert wordings["Victoria Nuland"] == "indivisibility of security"
    assert wordings["Sergei Lavrov"] == "Security is indivisible"
    assert wordings["Sergei Ryabkov"] == "indivisible nature of security"
    assert all(s.article_id != articles["zelensky"].id for s in result.statements)
    assert [s.matches[0].text for s in result.reporter] == ["indivisible security"]


def test_syndicated_repeat_counts_once_with_also_published_by(filled: tuple[Any, dict]) -> None:
    store, articles = filled
    group = store.syndication_group(articles["nuland"].id)
    assert group is not None and group.size == 2
    result = notion_matches(store, "indivisible security")
    [nuland] = [s for s in result.statements if s.speaker == "Victoria Nuland"]
    assert nuland.article_id == articles["nuland"].id  # the earlier copy is the origin
    assert [(a.article_id, a.outlet) for a in nuland.also_published_by] == [(articles["nuland-copy"].id, "Daily Mirror")]
    assert result.repeats_collapsed == 1
    assert len(notion_matches(store, "indivisible security", collapse=False).statements) == 5


def test_collapsing_repeats_looks_up_each_syndication_group_once(filled: tuple[Any, dict]) -> None:
    """Bug (issue 13): one group look-up per statement, and each statement compared with every one kept
    before it (any group): 'sanctions' took 16.5 s at 10,000 articles on PostgreSQL."""
    store, articles = filled
    asked: list[str] = []
    real = store.syndication_group

    def counting(article_id: str) -> Any:
        asked.append(article_id)
        return real(article_id)

    store.syndication_group = counting
    try:
        result = notion_matches(store, "indivisible security")
    finally:
        del store.syndication_group
    grouped = {articles["nuland"].id, articles["nuland-copy"].id}
    assert len([a for a in asked if a in grouped]) == 1  # the copy's group came with the origin's
    assert len(asked) == len(set(asked))
    assert result.repeats_collapsed == 1


def test_compare_sides(filled: tuple[Any, dict]) -> None:
    store, _ = filled
    result = compare(store, "indivisible security", ["USA", "RUS"], by="month")
    usa, rus = result.sides
    assert (usa.side, usa.statements, usa.speakers, usa.speaker_names) == ("USA", 2, 2, ["Antony Blinken", "Victoria Nuland"])
    assert (rus.statements, rus.speakers) == (2, 2)
    assert (usa.first, usa.last) == ("2022-01-10T09:00", "2022-02-15T09:00")
    assert (rus.first, rus.last) == ("2022-01-20T09:00", "2022-02-03T09:00")
    rus_terms = [t.term for t in rus.key_terms]
    usa_terms = [t.term for t in usa.key_terms]
    # "NATO expansion" in both Russian statements, never in the US ones: the phrase, in place of its words.
    assert rus_terms[0] == "nato expansion" and "nato" not in rus_terms and "nato" not in usa_terms
    assert "indivisible" not in rus_terms and "security" not in rus_terms  # the notion itself is not a key term
    assert result.timeline.periods == ["2022-01", "2022-02"]
    assert result.timeline.series == {"USA": [1, 1], "RUS": [1, 1]}
    assert result.unassigned == 0 and result.repeats_collapsed == 1


def test_compare_with_a_named_group(filled: tuple[Any, dict]) -> None:
    store, _ = filled
    result = compare(store, "indivisibility of security", ["west=USA,GBR,NATO", "RUS"])
    assert [(s.side, s.statements) for s in result.sides] == [("west", 2), ("RUS", 2)]
    assert result.notion == "indivisible security"


def test_timeline_by_week_fills_empty_weeks(filled: tuple[Any, dict]) -> None:
    store, _ = filled
    weekly = timeline(store, "indivisible security", ["USA", "RUS"], by="week")
    assert weekly.periods[0] == "2022-W02" and weekly.periods[-1] == "2022-W07"
    assert len(weekly.periods) == 6
    assert sum(weekly.series["USA"]) == 2 and sum(weekly.series["RUS"]) == 2


@pytest.mark.parametrize("sides", [[], ["USA", "USA"]])
def test_compare_bad_sides(filled: tuple[Any, dict], sides: list[str]) -> None:
    store, _ = filled
    with pytest.raises(InputError):
        compare(store, "indivisible security", sides)


def test_discover_notions_ranks_by_speakers(filled: tuple[Any, dict]) -> None:
    store, _ = filled
    found = discover_notions(store, limit=5)
    top = {d.phrase: d for d in found}
    assert found[0].speakers == 4 and found[0].sides == 2
    assert "indivisible security" in [found[0].phrase, *found[0].variants] or "indivisibility of security" in [
        found[0].phrase, *found[0].variants]
    assert "nato expansion" in top and top["nato expansion"].speakers == 2 and top["nato expansion"].sides == 1
    assert not any(d.phrase.startswith("victoria") for d in found)


@pytest.mark.parametrize("suffix, magic", [(".svg", b"<svg"), (".png", b"\x89PNG")])
def test_timeline_chart_files(filled: tuple[Any, dict], tmp_path: Path, suffix: str, magic: bytes) -> None:
    store, _ = filled
    path = timeline_chart(timeline(store, "indivisible security", ["USA", "RUS"]), tmp_path / f"t{suffix}")
    assert magic in path.read_bytes()[:400]


def test_chart_of_an_empty_timeline_and_a_bad_suffix(filled: tuple[Any, dict], tmp_path: Path) -> None:
    store, _ = filled
    empty = timeline(store, "strategic patience", ["USA"])
    assert empty.periods == [] and b"<svg" in render_timeline(empty, "svg")[:400]
    with pytest.raises(InputError):
        timeline_chart(empty, tmp_path / "t.jpg")


def test_cli_commands(filled: tuple[Any, dict], tmp_path: Path) -> None:
    from parley.cli import main

    store, articles = filled
    db = store.url  # a SQLite path or a PostgreSQL URL: the CLI takes both
    runner = CliRunner()
    result = runner.invoke(main, ["compare", "indivisible security", "--side", "USA", "--side", "RUS", "--db", db,
                                  "--format", "json", "--plot", str(tmp_path / "c.svg"), "--by", "week"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["statements"] for s in data["sides"]] == [2, 2]
    assert (tmp_path / "c.svg").exists()
    result = runner.invoke(main, ["notion", "security is indivisible", "--db", db, "--format", "json"])
    assert result.exit_code == 0 and len(json.loads(result.stdout)["statements"]) == 4
    result = runner.invoke(main, ["notions", "--db", db, "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)[0]["speakers"] == 4
    result = runner.invoke(main, ["groups", "--db", db, "--format", "json"])
    assert result.exit_code == 0 and json.loads(result.stdout)["total"] == 1
    result = runner.invoke(main, ["provenance", articles["nuland-copy"].id[:12], "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["syndication"]["origin_id"] == articles["nuland"].id
    for command in (["notion", "indivisible security"], ["groups"], ["notions"],
                    ["compare", "indivisible security", "--side", "USA"]):
        result = runner.invoke(main, [*command, "--db", db])
        assert result.exit_code == 0, result.output
    result = runner.invoke(main, ["compare", "indivisible security", "--side", "west=", "--db", db])
    assert result.exit_code == 2
    result = runner.invoke(main, ["notion", "x", "--notions-file", str(tmp_path / "missing.toml"), "--db", db])
    assert result.exit_code == 2 and "cannot read notions file" in result.output


def test_seed_end_to_end(seed_text: str, tmp_path: Path) -> None:
    """Done-when of issue 5 on real extraction: Nuland under USA through both wordings; TASS provenance."""
    import sys

    from parley.extract.pipeline import extract_articles

    sys.path.insert(0, str(Path(__file__).parent))
    from syndication_set import SAME_TOPIC, constructed_set

    docs = [d for d in constructed_set(seed_text) if d.family == "seed" or d.id in {t[0] for t in SAME_TOPIC}]
    articles = [build_article(text=d.text, outlet=None if d.id == "seed" else d.outlet, published=d.published)
                for d in docs]
    with open_store(tmp_path / "seed.db") as store:
        store.add_articles(list(extract_articles(articles)))
        seed_id = articles[0].id
        provenance = store.get_article(seed_id).provenance
        assert (provenance.publisher, provenance.original_source, provenance.original_channel) == (
            "ARTSAKHPRESS", "TASS", "interview")
        result = compare(store, "indivisible security", ["USA", "RUS"])
        usa = result.sides[0]
        assert "Victoria Nuland" in usa.speaker_names
        nuland = [s for s in notion_matches(store, "indivisible security", sides=[]).statements
                  if s.speaker == "Victoria Nuland"]
        wordings = {m.text.lower() for s in nuland for m in s.matches}
        assert {"indivisible security", "indivisibility of security"} <= wordings
        # The three copies are one group; Nuland's quotes count once, with the other copies named.
        assert all(s.article_id == nuland[0].article_id for s in nuland)
        assert any(s.also_published_by for s in nuland)
        group = store.syndication_group(seed_id)
        assert group is not None and group.size == 3


def test_short_headline_statement_does_not_swallow_other_statements(tmp_path: Path) -> None:
    """Bug: a two-word statement ("indivisible security") collapsed every statement containing it."""
    long_quote = "We all believe in indivisibility of security, that is in all of our founding documents"
    text = f'Indivisible security, US says.\n"{long_quote}," she said.'
    copy = "Share this:\n" + text + "\nFollow us on Telegram"
    first = _article(text, "2022-02-04T08:00", "TASS", [("Indivisible security", "United States", "USA"),
                                                         (long_quote, "Victoria Nuland", "USA")])
    second = _article(copy, "2022-02-04T09:00", "Armenpress", [("Indivisible security", "U.S.", "USA"),
                                                               (long_quote, "Victoria Nuland", "USA")])
    with open_store(tmp_path / "h.db") as store:
        store.add_articles([first, second])
        result = notion_matches(store, "indivisible security", reporter=False)
    assert [(s.speaker, len(s.also_published_by)) for s in result.statements] == [
        ("United States", 1), ("Victoria Nuland", 1)]
