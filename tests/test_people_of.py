"""Issue 11 item 4, "also called": each person of an article with every way it refers to them.

Shown by `parley extract` (``people``), `parley show`, ``/api/articles/{id}`` (``people``),
``/api/speakers/{name}`` (``also_called``) and the article and speaker pages.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from web_corpus import corpus, seed_article

from parley.cli import main
from parley.ingest.article import build_article
from parley.models import Attribution, Entity, ExtractedArticle, Speaker, make_span
from parley.query.people import mention_kind, people_of
from parley.store import open_store

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("text", "name", "kind"), [
    ("Fu Cong", "Fu Cong", "name"),
    ("Chinese Ambassador Fu Cong", "Fu Cong", "name"),  # a title before the full name is still the name
    ("Fu", "Fu Cong", "surname"),
    ("Ms. Nuland", "Victoria Nuland", "surname"),
    ("Sudani", "Mohammed Shia al-Sudani", "surname"),  # a part of a hyphenated surname
    ("Pederson", "Geir Pedersen", "surname"),  # spelt another way, still a name
    ("he", "Fu Cong", "pronoun"),
    ("She", "Victoria Nuland", "pronoun"),
    ("China's U.N. ambassador", "Fu Cong", "role"),
    ("the US diplomat", "Victoria Nuland", "role"),
])
def test_mention_kind(text: str, name: str, kind: str) -> None:
    assert mention_kind(text, name) == kind


TEXT = ("Fu Cong, China's U.N. ambassador, spoke first. \"We oppose it,\" China's U.N. ambassador said. "
        "\"It is wrong,\" he added. Fu said more later. The council met on Monday.")


def _article() -> ExtractedArticle:
    base = build_article(text=TEXT, title="Council", published="2024-03-01")

    def at(phrase: str, nth: int = 0) -> Any:
        found = list(re.finditer(rf"\b{re.escape(phrase)}\b", TEXT))[nth]
        return make_span(TEXT, found.start(), found.end())

    fu = Speaker(name="Fu Cong", role="ambassador", affiliation="CHN")
    attributions = [
        Attribution(kind="direct", content=[at("We oppose it")], cue=at("said"), source=at("China's U.N. ambassador", 1),
                    speaker=fu),
        Attribution(kind="direct", content=[at("It is wrong")], cue=at("added"), source=at("he"), speaker=fu),
        Attribution(kind="indirect", content=[at("more later")], cue=at("said", 1), source=at("Fu", 1), speaker=fu),
        Attribution(kind="indirect", content=[at("met on Monday")], source=at("The council"),
                    speaker=Speaker(name="UN Security Council", type="organization")),
    ]
    entities = [Entity(name="Fu Cong", type="PERSON", role="ambassador", affiliation="CHN", mentions=[at("Fu Cong")]),
                Entity(name="China", type="COUNTRY", code="CHN", mentions=[at("China")])]
    return ExtractedArticle(**base.model_dump(), entities=entities, attributions=attributions)


def test_people_of_joins_names_roles_and_pronouns_to_one_person() -> None:
    people = people_of(_article())
    assert [p.name for p in people] == ["Fu Cong"]  # not the council (a body), not China (a country)
    fu = people[0]
    assert (fu.role, fu.affiliation) == ("ambassador", "CHN")
    assert [(m.kind, m.text) for m in fu.mentions] == [
        ("name", "Fu Cong"), ("role", "China's U.N. ambassador"), ("pronoun", "he"), ("surname", "Fu")]
    assert fu.also_called == ["China's U.N. ambassador", "he"]
    for mention in fu.mentions:
        assert TEXT[mention.start:mention.end] == mention.text


def test_people_of_an_article_without_people_is_empty() -> None:
    assert people_of(ExtractedArticle(**build_article(text="Prices rose in March.").model_dump())) == []


def test_a_speaker_without_an_entity_is_still_a_person() -> None:
    article = _article()
    article = article.model_copy(update={"entities": []})
    assert [p.name for p in people_of(article)] == ["Fu Cong"]
    assert people_of(article)[0].also_called == ["China's U.N. ambassador", "he"]


# ------------------------------------------------------------------ CLI
def test_extract_lists_each_person_with_all_their_mentions() -> None:
    result = CliRunner().invoke(main, ["extract", str(REPO / "examples" / "seed" / "seed-article.txt")])
    assert result.exit_code == 0, result.output
    people = {p["name"]: p for p in json.loads(result.stdout)["people"]}
    nuland = people["Victoria Nuland"]
    assert {"name", "surname", "pronoun"} <= {m["kind"] for m in nuland["mentions"]}
    assert "she" in [c.casefold() for c in nuland["also_called"]]


def test_extract_output_with_people_is_schema_valid() -> None:
    import jsonschema

    from parley.cli.core import extraction_json
    from parley.schema import output_schema

    jsonschema.validate(extraction_json(_article()), output_schema())


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("people") / "people.db"
    with open_store(path) as store:
        store.add_articles([*corpus(), _article()])
    return path


def test_show_says_what_else_a_person_is_called(db: Path) -> None:
    result = CliRunner().invoke(main, ["show", _article().id[:12], "--db", str(db)], terminal_width=160)
    assert result.exit_code == 0, result.output
    people = result.output[result.output.index("people"):]
    assert "Fu Cong (CHN)" in people and "China's U.N. ambassador, he" in people


def test_show_json_has_the_people(db: Path) -> None:
    result = CliRunner().invoke(main, ["show", _article().id[:12], "--db", str(db), "--format", "json"])
    assert json.loads(result.stdout)["people"][0]["also_called"] == ["China's U.N. ambassador", "he"]


# ------------------------------------------------------------------ API and pages
@pytest.fixture(scope="module")
def client(db: Path) -> Any:
    from fastapi.testclient import TestClient

    from parley.server import create_app

    with TestClient(create_app(str(db))) as c:
        yield c


def test_api_article_has_its_people(client: Any) -> None:
    body = client.get(f"/api/articles/{_article().id}").json()
    assert [(p["name"], p["also_called"]) for p in body["people"]] == [("Fu Cong", ["China's U.N. ambassador", "he"])]
    assert client.get(f"/api/articles/{seed_article().id}").json()["people"][0]["name"] == "Victoria Nuland"


def test_api_speaker_is_also_called(client: Any) -> None:
    body = client.get("/api/speakers/Fu%20Cong").json()
    assert body["also_called"] == [{"value": "China's U.N. ambassador", "count": 1}, {"value": "he", "count": 1}]
    assert client.get("/api/speakers/Maria%20Zakharova").json()["also_called"] == []  # only ever named


def test_article_and_speaker_pages_say_also_called(client: Any) -> None:
    article = client.get(f"/articles/{_article().id}").text
    assert "also called: China&#39;s U.N. ambassador, he" in article
    speaker = client.get("/speakers/Fu%20Cong").text
    assert "<h2>Also called</h2>" in speaker and "China&#39;s U.N. ambassador" in speaker
