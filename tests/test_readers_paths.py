"""Inputs: folders, globs, stdin; reader choice by extension and sniffing, logged once per input."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

from parley.ingest import read_bytes, read_paths
from parley.ingest.sniff import choose_reader
from parley.models import Article, Failure

TEXT = (
    "Negotiators from both sides met for a third day on Tuesday and said that progress had been made on the "
    "exchange of prisoners, though several questions about the line of contact were still open."
)
HTML = b"<!DOCTYPE html><html><head><title>T</title></head><body><p>x</p></body></html>"
RSS = b'<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>'
ATOM = b'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"></feed>'


@pytest.mark.parametrize(
    ("name", "head", "reader"),
    [
        ("a.txt", b"Plain words.", "text"),
        ("a.txt", HTML, "html"),  # content wins when it is unmistakable
        ("a.txt", b'{"text": "x"}\n', "jsonl"),  # a JSON object line in a .txt
        ("a.txt", b"{curly prose}", "text"),
        ("a.html", HTML, "html"),
        ("a.htm", b"<div><p>fragment</p></div>", "html"),
        ("a.html", b"No markup at all.", "text"),
        ("a.html", RSS, "feed"),
        ("a.xml", ATOM, "feed"),
        ("a.rss", RSS, "feed"),
        ("a.xml", b"<?xml version='1.0'?><catalog/>", None),
        ("a.jsonl", b'{"text": "x"}', "jsonl"),
        ("a.json", b"[{}]", "jsonl"),
        ("a.jsonl", b"garbage", "jsonl"),  # per-line failures, not another reader
        ("a.warc", b"WARC/1.0\r\n", "warc"),
        ("a.warc", b"not warc", None),
        ("a.dat", b"WARC/1.1\r\n", "warc"),
        ("-", HTML, "html"),
        ("-", b'{"text": "x"}', "jsonl"),
        ("-", b"Plain words.", "text"),
        ("-", RSS, "feed"),
    ],
)
def test_choose_reader(name: str, head: bytes, reader: str | None) -> None:
    chosen, why = choose_reader(name, head)
    assert chosen == reader
    assert why and "\n" not in why


def _tree(root: Path) -> None:
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT)
    (root / "sub" / "b.jsonl").write_text(json.dumps({"text": TEXT + " B."}) + "\n")
    (root / "sub" / "deeper" / "c.txt.gz").write_bytes(gzip.compress((TEXT + " C.").encode()))
    (root / "sub" / "notes.md").write_text("# not an article")
    (root / ".hidden").mkdir()
    (root / ".hidden" / "d.txt").write_text(TEXT + " D.")


def test_folder_is_walked_recursively(tmp_path: Path) -> None:
    _tree(tmp_path)
    logged: list[str] = []
    results = list(read_paths([str(tmp_path)], log=logged.append))
    assert [r.source for r in results] == [
        str(tmp_path / "a.txt"),
        f"{tmp_path / 'sub' / 'b.jsonl'}:1",
        str(tmp_path / "sub" / "deeper" / "c.txt.gz"),
    ]
    assert all(isinstance(r, Article) for r in results)
    assert any("notes.md: skipped" in line for line in logged)
    assert f"{tmp_path / 'a.txt'}: text (extension)" in logged
    assert f"{tmp_path / 'sub' / 'b.jsonl'}: jsonl (extension and content)" in logged


def test_glob(tmp_path: Path) -> None:
    _tree(tmp_path)
    results = list(read_paths([str(tmp_path / "**" / "*.txt*")]))
    assert sorted(r.source for r in results) == sorted(
        [str(tmp_path / "a.txt"), str(tmp_path / "sub" / "deeper" / "c.txt.gz")]
    )


@pytest.mark.parametrize(
    ("data", "reader"),
    [
        (TEXT.encode(), "text"),
        ((json.dumps({"text": TEXT}) + "\n").encode(), "jsonl"),
        (gzip.compress(TEXT.encode()), "text"),
    ],
)
def test_read_bytes_sniffs(data: bytes, reader: str) -> None:
    (article,) = list(read_bytes(data))
    assert isinstance(article, Article) and article.reader == reader


def test_stdin(tmp_path: Path) -> None:
    code = "import sys; from parley.ingest import read_paths\nfor r in read_paths(['-'], log=print): print(type(r).__name__, r.source, getattr(r, 'reader', None))"
    done = subprocess.run([sys.executable, "-c", code], input=(json.dumps({"text": TEXT}) + "\n").encode(),
                          capture_output=True, timeout=60, check=True)
    assert done.stdout.decode().splitlines() == ["<stdin>: jsonl (content is JSON, no extension)", "Article <stdin>:1 jsonl"]


def test_empty_stdin() -> None:
    (failure,) = list(read_bytes(b""))
    assert isinstance(failure, Failure) and (failure.source, failure.reason) == ("<stdin>", "empty")
