"""Every bad input yields exactly one failure with a groupable reason, and reading goes on."""

from __future__ import annotations

import gzip
import json
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from parley.ingest import read_paths
from parley.models import Article, Failure

GOOD = (
    "Negotiators from both sides met for a third day on Tuesday and said that progress had been made on the "
    "exchange of prisoners, though several questions about the line of contact were still open."
)
FRENCH = (
    "Le président de la République a annoncé mardi une série de mesures pour soutenir le pouvoir d'achat des "
    "ménages, alors que l'inflation atteint des niveaux inédits depuis trente ans. Selon le gouvernement, ces "
    "mesures coûteront plusieurs milliards d'euros et seront financées en partie par une taxe."
)
RUSSIAN = (
    "Министр иностранных дел заявил во вторник, что переговоры продолжатся на следующей неделе в столице, "
    "несмотря на разногласия по ряду вопросов, которые остаются нерешенными после нескольких раундов встреч."
)


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _truncated_gzip(folder: Path) -> Path:
    path = folder / "cut.txt.gz"
    path.write_bytes(gzip.compress(GOOD.encode() * 50)[:-30])
    return path


def _text_50mb(folder: Path) -> Path:
    path = folder / "huge.txt"
    path.write_bytes(b"Talks went on and the minister said the plan is sound. " * 900_000)  # ~50 MB of text
    return path


BAD_INPUTS = [
    ("empty file", _write("empty.txt", b""), "empty"),
    ("whitespace only", _write("blank.txt", b"  \n\n\t\n"), "empty"),
    ("binary file", _write("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4), "binary file"),
    ("invalid UTF-8", _write("latin1.txt", GOOD.replace("both", "bóth").encode("latin-1")), "invalid UTF-8"),
    ("truncated gzip", _truncated_gzip, "truncated gzip"),
    ("gzip that is not gzip", _write("fake.txt.gz", b"\x1f\x8b" + b"not really gzip data at all"), "invalid gzip"),
    ("not English (French)", _write("fr.txt", FRENCH.encode()), "not English"),
    ("not English (Cyrillic)", _write("ru.txt", RUSSIAN.encode()), "not English"),
    ("50 MB of text", _text_50mb, "too large"),
    ("JSON object without text", _write("notext.json", json.dumps({"title": "Only a title"}).encode()), "no text"),
    ("JSON line that is not JSON", _write("broken.jsonl", b"{this is not json}\n"), "invalid JSON"),
    ("invalid UTF-8 in a JSON line", _write("bad.jsonl", b'{"text": "caf\xe9"}\n'), "invalid UTF-8"),
    ("HTML with no body", _write("nav.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>"), "no article body"),
    ("XML that is no feed", _write("data.xml", b"<?xml version='1.0'?><catalog><book/></catalog>"), "unsupported format"),
    ("feed with no entries", _write("empty.rss", b"<?xml version='1.0'?><rss version='2.0'><channel><title>x</title></channel></rss>"), "empty"),
]


@pytest.mark.parametrize(("case", "make", "reason"), BAD_INPUTS, ids=[c[0] for c in BAD_INPUTS])
def test_bad_input_is_one_failure_and_reading_goes_on(tmp_path: Path, case: str, make: Callable[[Path], Path], reason: str) -> None:
    bad = make(tmp_path)
    good = tmp_path / "zz-good.txt"
    good.write_text(GOOD, encoding="utf-8")
    results = list(read_paths([str(bad), str(good)]))
    failures = [r for r in results if isinstance(r, Failure)]
    assert len(failures) == 1, results
    assert failures[0].reason == reason
    assert failures[0].source.startswith(str(bad))
    assert "\n" not in failures[0].reason and "\n" not in (failures[0].detail or "")
    assert isinstance(results[-1], Article) and results[-1].source == str(good)


def test_50mb_fails_fast(tmp_path: Path) -> None:
    path = _text_50mb(tmp_path)
    started = time.perf_counter()
    (failure,) = list(read_paths([str(path)]))
    assert isinstance(failure, Failure) and failure.reason == "too large"
    assert time.perf_counter() - started < 1.0


def test_50mb_jsonl_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    with path.open("wb") as handle:
        handle.write(json.dumps({"text": GOOD}).encode() + b"\n")
        handle.write(b'{"text": "' + b"a" * 30_000_000 + b'"}\n')
        handle.write(json.dumps({"text": GOOD + " Again."}).encode() + b"\n")
    results = list(read_paths([str(path)]))
    assert [(r.source, getattr(r, "reason", "article")) for r in results] == [
        (f"{path}:1", "article"),
        (f"{path}:2", "too large"),
        (f"{path}:3", "article"),
    ]


def test_text_over_the_article_cap_in_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "long.jsonl"
    path.write_text(json.dumps({"text": "word " * 1_100_000}) + "\n")
    (failure,) = list(read_paths([str(path)]))
    assert isinstance(failure, Failure) and failure.reason == "too large"


def test_missing_path_and_empty_glob(tmp_path: Path) -> None:
    results = list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path / "*.nothing")]))
    assert [(type(r).__name__, r.reason) for r in results if isinstance(r, Failure)] == [
        ("Failure", "not found"),
        ("Failure", "not found"),
    ]
