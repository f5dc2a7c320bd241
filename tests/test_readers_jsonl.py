"""JSON Lines / JSON reader: field mapping, metadata, per-line failures, arrays and single objects."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from parley.ingest import read_paths
from parley.models import Article, Failure

TEXT = (
    "WASHINGTON — The State Department said on Friday that talks with its allies on export controls would "
    "continue next month, after a first round ended without agreement on how to treat older chips."
)


def _read(path: Path) -> list[Article | Failure]:
    return list(read_paths([str(path)]))


def _write_jsonl(path: Path, objects: list[object]) -> Path:
    path.write_text("".join(json.dumps(o) + "\n" for o in objects), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("record", "field", "expected"),
    [
        ({"id": 8011115}, "external_id", "8011115"),
        ({"url": "https://www.voanews.com/a/x/1.html"}, "url", "https://www.voanews.com/a/x/1.html"),
        ({"url": "https://www.voanews.com/a/x/1.html"}, "outlet", "VOA"),  # no outlet given: named from the known domain
        ({"title": "Talks go on"}, "title", "Talks go on"),
        ({"published": "2025-03-14 20:30:26Z"}, "published", "2025-03-14T20:30:26+00:00"),
        ({"published": "2022-02-04"}, "published", "2022-02-04"),
        ({"author": "Jeff Seldin"}, "author", "Jeff Seldin"),
        ({"author": ["A. One", "B. Two"]}, "author", "A. One, B. Two"),
        ({"outlet": "VOA", "source": "wire"}, "outlet", "VOA"),
        ({"source": "Reuters"}, "outlet", "Reuters"),
        ({"section": "Middle East"}, "section", "Middle East"),
        ({"keywords": "Middle East, Syria, Islamic state"}, "keywords", ["Middle East", "Syria", "Islamic state"]),
        ({"keywords": ["Iran", "IAEA"]}, "keywords", ["Iran", "IAEA"]),
        ({"lang_hint": "en", "views": 3}, "metadata", {"lang_hint": "en", "views": 3}),
        ({"outlet": "VOA", "source": "wire"}, "metadata", {"source": "wire"}),
        ({"published": "yesterday-ish"}, "metadata", {"published_raw": "yesterday-ish"}),
        ({}, "reader", "jsonl"),
        ({}, "dateline", None),
    ],
)
def test_fields(tmp_path: Path, record: dict[str, object], field: str, expected: object) -> None:
    (article,) = _read(_write_jsonl(tmp_path / "a.jsonl", [{"text": TEXT, **record}]))
    assert isinstance(article, Article), article
    value = getattr(article, field)
    if field == "dateline":
        assert article.dateline is not None and article.dateline.place == "WASHINGTON"
    else:
        assert value == expected


def test_sources_are_path_and_line(tmp_path: Path) -> None:
    path = _write_jsonl(tmp_path / "b.jsonl", [{"text": TEXT}, {"text": TEXT + " More."}])
    assert [r.source for r in _read(path)] == [f"{path}:1", f"{path}:2"]


def test_bad_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "c.jsonl"
    path.write_text(
        json.dumps({"text": TEXT}) + "\n{not json\n\n" + json.dumps({"title": "no text"}) + "\n"
        + json.dumps(["a list"]) + "\n" + json.dumps({"text": TEXT + " Again."}) + "\n",
        encoding="utf-8",
    )
    results = _read(path)
    summary = [(r.source, r.reason if isinstance(r, Failure) else "article") for r in results]
    assert summary == [
        (f"{path}:1", "article"),
        (f"{path}:2", "invalid JSON"),
        (f"{path}:4", "no text"),
        (f"{path}:5", "not a JSON object"),
        (f"{path}:6", "article"),
    ]


def test_json_array_and_single_object(tmp_path: Path) -> None:
    array = tmp_path / "many.json"
    array.write_text(json.dumps([{"text": TEXT, "id": "a"}, {"text": TEXT + " B.", "id": "b"}], indent=2))
    results = _read(array)
    assert [(r.source, r.external_id) for r in results if isinstance(r, Article)] == [
        (f"{array}#item-1", "a"),
        (f"{array}#item-2", "b"),
    ]
    single = tmp_path / "one.json"
    single.write_text(json.dumps({"text": TEXT, "title": "One"}, indent=2))
    (article,) = _read(single)
    assert isinstance(article, Article) and article.title == "One" and article.source == str(single)


def test_gzipped_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl.gz"
    path.write_bytes(gzip.compress((json.dumps({"text": TEXT}) + "\n").encode()))
    (article,) = _read(path)
    assert isinstance(article, Article) and article.source == f"{path}:1"


def test_voa_corpus(shared_dir: Path) -> None:
    results = _read(shared_dir / "data" / "voa" / "voa_stories.jsonl")
    articles = [r for r in results if isinstance(r, Article)]
    assert len(articles) == len(results) == 77
    first = articles[0]
    assert (first.external_id, first.published, first.author) == ("8011115", "2025-03-14T20:30:26+00:00", "Jeff Seldin")
    assert len({a.id for a in articles}) == 77


@pytest.mark.parametrize(
    "url, outlet",
    [
        ("https://www.voanews.com/a/iraq-says/8011115.html", "VOA"),
        ("https://uk.reuters.com/article/x", "Reuters"),
        ("https://tass.com/politics/1", "TASS"),
        ("https://news.example.org/story", "news.example.org"),
        (None, None),
    ],
)
def test_outlet_named_from_a_known_domain(url, outlet):
    from parley.ingest.html import outlet_of

    assert outlet_of(url) == outlet
