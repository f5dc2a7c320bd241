"""The small public API: names in __all__, parley.extract, the error tree."""

from __future__ import annotations

import pytest

import parley


def test_every_public_name_exists():
    for name in parley.__all__:
        assert getattr(parley, name) is not None, name


def test_extract_reads_title_and_date_from_the_lead_like_the_text_reader(seed_text):
    article = parley.extract(seed_text)
    assert article.title == "US believes in indivisible security, wants to discuss it with Russia - US diplomat"
    assert article.published == "2022-02-04T10:11"
    assert article.dateline.resolved_date == "2022-02-04"


@pytest.mark.parametrize(
    "metadata, title, published",
    [
        ({"title": "Given", "published": "2025-03-14 20:30:26Z"}, "Given", "2025-03-14T20:30:26+00:00"),
        ({}, None, None),
    ],
)
def test_extract_metadata_table(metadata, title, published):
    article = parley.extract("Officials met on Monday. They said little about the talks.", **metadata)
    assert (article.title, article.published) == (title, published)


def test_extract_of_a_non_string_is_an_input_error():
    with pytest.raises(parley.InputError):
        parley.extract(b"bytes are not text")  # type: ignore[arg-type]


def test_error_tree():
    assert issubclass(parley.NotFoundError, parley.StoreError)
    assert issubclass(parley.ConfigError, parley.InputError)
    for error in (parley.InputError, parley.ReadError, parley.ExtractionError, parley.StoreError):
        assert issubclass(error, parley.ParleyError)


def test_open_store_and_search(tmp_path, seed_text):
    with parley.open_store(str(tmp_path / "api.db")) as store:
        store.add_articles([parley.extract(seed_text)])
        assert store.search("indivisible security").total == 1
        assert store.attributions(speaker="Victoria Nuland").total >= 8
