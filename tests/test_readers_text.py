"""Plain-text reader: titles, timestamps, text kept unchanged, datelines through build_article."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.ingest import read_paths
from parley.ingest.text import find_title
from parley.models import Article

STORY = (
    "Negotiators from both sides met for a third day on Tuesday and said that progress had been made on "
    "the exchange of prisoners, though several questions about the line of contact were still open and "
    "would be discussed again when the delegations return to the capital next week."
)


def _read_one(path: Path) -> Article:
    (result,) = list(read_paths([str(path)]))
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize(
    ("text", "title", "published"),
    [
        (f"Ceasefire talks make progress\n\n{STORY}", "Ceasefire talks make progress", None),
        (f"Ceasefire talks make progress?\n{STORY}", "Ceasefire talks make progress?", None),
        (f"{STORY}\n\n{STORY}", None, None),  # a first line ending in a full stop is the lead, not a title
        (STORY, None, None),  # one paragraph: nothing to call a title
        (f"Talks\n\n{STORY}", None, None),  # one word is a label, not a headline
        (f"By Jane Smith\n\n{STORY}", None, None),  # a byline is not a headline
        (f"{STORY}\n\nMarch 5, 2024, 14:20 Talks make progress - envoy\n\n{STORY}",
         "Talks make progress - envoy", "March 5, 2024 14:20"),
        (f"Talks make progress\nMarch 5, 2024 Envoy upbeat on talks\n\n{STORY}", "Talks make progress", "March 5, 2024"),
    ],
)
def test_find_title(text: str, title: str | None, published: str | None) -> None:
    assert find_title(text) == (title, published)


def test_seed_article(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "seed-article.txt"
    path.write_text(seed_text, encoding="utf-8")
    article = _read_one(path)
    assert article.text == seed_text  # unchanged, even though the title came from the lead
    assert article.title == "US believes in indivisible security, wants to discuss it with Russia - US diplomat"
    assert article.published == "2022-02-04T10:11"
    assert article.reader == "text" and article.source == str(path)
    assert article.dateline is not None
    assert (article.dateline.place, article.dateline.outlet) == ("STEPANAKERT", "ARTSAKHPRESS")
    assert article.dateline.resolved_date == "2022-02-04"
    assert article.outlet == "ARTSAKHPRESS"
    assert article.language == "en"


def test_title_from_first_line_keeps_full_text(tmp_path: Path) -> None:
    text = f"Ceasefire talks make progress\n\nKYIV, Ukraine (AP) — {STORY}\n"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    article = _read_one(path)
    assert article.title == "Ceasefire talks make progress"
    assert article.text == text
    assert article.dateline is not None and article.dateline.span is not None
    assert text[article.dateline.span.start : article.dateline.span.end] == "KYIV, Ukraine (AP) —"


def test_utf8_bom_and_crlf_kept(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + f"Talks make progress\r\n\r\n{STORY}".encode())
    article = _read_one(path)
    assert article.text.startswith("Talks make progress\r\n")  # BOM dropped, line ends kept
    assert article.title == "Talks make progress"


def test_same_text_same_id(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(STORY + "\n", encoding="utf-8")
    assert _read_one(tmp_path / "a.txt").id == _read_one(tmp_path / "b.txt").id
