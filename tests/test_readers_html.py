"""HTML reader on real benchmark pages (fixtures, MIT) and the benchmark scorer itself."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from parley.ingest import read_paths
from parley.models import Article, Failure

FIXTURES = Path(__file__).parent / "fixtures" / "html-benchmark"
WSJ = FIXTURES / "html" / "042bb7b5fedab6eac7db576522b89b93904c237d344bcbe14a6a5ab7f7335856.html.gz"
AP = FIXTURES / "html" / "05844573ca7e1fba714d715bb11ca08c26e25328999c74a1cb3bc8a0e4399f0f.html.gz"
STORY = (
    "<p>Negotiators from both sides met for a third day on Tuesday and said that progress had been made on "
    "the exchange of prisoners, though several questions about the line of contact were still open.</p>"
    "<p>The delegations will return to the capital next week, where the talks are expected to resume after "
    "a short pause, officials from the host government said in a statement published on Tuesday evening.</p>"
)


def _only(path: Path) -> Article | Failure:
    (result,) = list(read_paths([str(path)]))
    return result


@pytest.mark.parametrize(
    ("page", "field", "expected"),
    [
        (WSJ, "title", "Google Stadia, Microsoft xCloud, Apple Arcade: So Many Ways to Play…and Pay"),
        (WSJ, "author", "Sarah E Needleman"),
        (WSJ, "outlet", "Wall Street Journal"),
        (WSJ, "published", "2019-11-19T13:03:00+00:00"),
        (WSJ, "url", "https://www.wsj.com/articles/google-stadia-microsoft-xcloud-apple-arcade-so-many-ways-to-playand-pay-11574168580"),
        (WSJ, "reader", "html"),
        (AP, "title", "New SUVs and electric vehicles highlight L.A. Auto Show"),
        (AP, "outlet", "Connecticut Post"),
        (AP, "published", "2019-11-20T06:35:39+00:00"),
        (AP, "language", "en"),
    ],
)
def test_benchmark_page_metadata(page: Path, field: str, expected: str) -> None:
    article = _only(page)
    assert isinstance(article, Article), article
    assert getattr(article, field) == expected


def test_body_is_the_story_not_the_page() -> None:
    article = _only(AP)
    assert isinstance(article, Article)
    assert "futuristic electric station wagon concept car from Volkswagen" in article.text
    assert "<" not in article.text
    assert article.source == str(AP)


def _page(body: str, head: str = "<title>Talks resume</title>") -> str:
    return f"<!DOCTYPE html><html><head>{head}</head><body><article><h1>Talks resume</h1>{body}</article></body></html>"


def test_plain_html_file(tmp_path: Path) -> None:
    path = tmp_path / "talks.htm"
    path.write_text(_page(STORY), encoding="utf-8")
    article = _only(path)
    assert isinstance(article, Article)
    assert article.text.startswith("Talks resume\nNegotiators from both sides")  # the h1 leads the body
    assert article.title == "Talks resume"


def test_declared_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "latin1.html"
    html = _page(STORY.replace("Tuesday evening", "Tuesday evening in Zürich"), '<meta charset="windows-1252">')
    path.write_bytes(html.encode("cp1252"))
    article = _only(path)
    assert isinstance(article, Article)
    assert "Zürich" in article.text


def test_txt_holding_html_is_read_as_html(tmp_path: Path) -> None:
    path = tmp_path / "saved-page.txt"
    path.write_text(_page(STORY), encoding="utf-8")
    logged: list[str] = []
    (article,) = list(read_paths([str(path)], log=logged.append))
    assert isinstance(article, Article) and article.reader == "html"
    assert "<p>" not in article.text
    assert logged == [f"{path}: html (content is html despite .txt)"]


def test_gzipped_html_copy(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(_page(STORY).encode()))
    article = _only(path)
    assert isinstance(article, Article) and "Negotiators from both sides" in article.text


def test_page_without_body_fails(tmp_path: Path) -> None:
    path = tmp_path / "menu.html"
    path.write_text("<html><head><title>Menu</title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    failure = _only(path)
    assert isinstance(failure, Failure) and failure.reason == "no article body"


def test_html_benchmark_scorer_on_fixture_pages() -> None:
    from parley.eval.html import evaluate_html

    metrics = evaluate_html(FIXTURES).metrics()
    assert metrics["pages"] == 4 and metrics["failed_pages"] == 0
    assert metrics["f1"] >= 0.93
    assert metrics["pages_per_second"] > 0


@pytest.mark.parametrize(
    ("true", "predicted", "expected"),
    [
        ("a b c d e", "a b c d e", (1.0, 0.0, 0.0)),
        ("a b c d e", "", (0.0, 0.0, 1.0)),
        ("", "a b c d e", (0.0, 1.0, 0.0)),
        ("", "", (0.0, 0.0, 0.0)),
        ("A, b. c! d e", "A b c d e", (1.0, 0.0, 0.0)),  # punctuation is not a token
        ("a b c d e", "a b c d x", (1 / 3, 1 / 3, 1 / 3)),  # shingles (a b c d) shared, one extra each side
        ("a b", "a b", (1.0, 0.0, 0.0)),  # shorter than 4 tokens: one short shingle
    ],
)
def test_shingle_scoring(true: str, predicted: str, expected: tuple[float, float, float]) -> None:
    from parley.eval.html import shingle_tp_fp_fn

    assert shingle_tp_fp_fn(true, predicted) == pytest.approx(expected)


def test_eval_html_cli_with_floors(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from parley.cli import main

    floors = tmp_path / "floors.json"
    floors.write_text('{"margin": 0.0, "floors": {"f1": 0.93}}')
    result = CliRunner().invoke(main, ["eval", "html", str(FIXTURES), "--floors", str(floors), "--format", "json"])
    assert result.exit_code == 0, result.output
    floors.write_text('{"margin": 0.0, "floors": {"f1": 0.999}}')
    result = CliRunner().invoke(main, ["eval", "html", str(FIXTURES), "--floors", str(floors)])
    assert result.exit_code == 1


def test_eval_html_on_shared_benchmark_subset(shared_dir: Path, tmp_path: Path) -> None:
    from parley.eval.html import evaluate_html

    metrics = evaluate_html(shared_dir / "data" / "html-benchmark", limit=20).metrics()
    assert metrics["pages"] == 20
    assert metrics["f1"] >= 0.93


def test_bench_ingest_reports_a_ratio(tmp_path: Path) -> None:
    from parley.bench.ingest import bench_ingest, collect_files

    shutil.copytree(FIXTURES / "html", tmp_path / "pages")
    (tmp_path / "pages" / "notes.md").write_text("skipped: unknown extension")
    files = collect_files([str(tmp_path / "pages")])
    assert len(files) == 4
    result = bench_ingest(files).to_dict()
    assert result["articles"] == 4 and result["failures"] == 0
    assert result["ratio_to_baseline"] > 1
