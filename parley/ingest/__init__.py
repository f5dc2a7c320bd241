"""Readers: files, folders, globs or stdin in; :class:`Article` or :class:`Failure` out.

``read_paths`` is the one entry point. Each input goes to exactly one reader (text, html, jsonl,
feed, warc), chosen by extension and by sniffing the content (:mod:`parley.ingest.sniff`); the
``log`` callback hears one line per input saying which and why. Nothing raises for a bad input:
empty, binary, truncated, undecodable, too large or non-English inputs become failures with a
short groupable ``reason``, and reading goes on with the next input.
"""

from __future__ import annotations

import glob
import gzip
import io
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from parley.errors import ReadError
from parley.ingest.article import build_article
from parley.ingest.common import failure
from parley.ingest.decode import (
    MAX_FILE_BYTES,
    SNIFF_BYTES,
    CappedReader,
    gunzip,
    gzip_output_limit,
    is_gzip,
    looks_binary,
    read_capped,
    read_file,
)
from parley.ingest.sniff import choose_reader, extension_format, sniff_head
from parley.models import Article, Failure

__all__ = ["Log", "build_article", "read_bytes", "read_paths"]

Log = Callable[[str], None]
_GLOB_CHARS = set("*?[")


def _quiet(_: str) -> None:
    return None


def read_paths(
    paths: Sequence[str],
    *,
    fetch: bool = False,
    allow_private: bool = False,
    log: Log | None = None,
) -> Iterator[Article | Failure]:
    """Every article (or failure) in ``paths``: files, folders (recursive), globs, or ``-`` for stdin.

    Folders are walked in sorted order, skipping hidden entries and files whose extension no
    reader handles (each skip is logged). A path that matches nothing is one failure "not found".
    """
    say = log or _quiet
    for given in paths:
        if given == "-":
            yield from _read_stdin(fetch=fetch, allow_private=allow_private, log=say)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _read_folder(path, fetch=fetch, allow_private=allow_private, log=say)
        elif path.is_file():
            yield from _read_one_file(path, fetch=fetch, allow_private=allow_private, log=say)
        elif _GLOB_CHARS & set(given):
            matches = _glob(given)
            if not matches:
                yield Failure(source=given, reason="not found", detail="glob matches no file")
            for match in matches:
                yield from read_paths([match], fetch=fetch, allow_private=allow_private, log=log)
        else:
            yield Failure(source=given, reason="not found", detail="no such file or folder")


def _glob(pattern: str) -> list[str]:
    """Files and folders a glob names, sorted; ``**`` never follows a symbolic link.

    :func:`glob.glob` follows links inside ``**``, so a link to ``..`` made it walk forever.
    """
    parts = Path(pattern).parts
    fixed = 0
    while fixed < len(parts) - 1 and not (_GLOB_CHARS & set(parts[fixed])):
        fixed += 1
    root = Path(*parts[:fixed]) if fixed else Path(".")
    rest = str(Path(*parts[fixed:]))
    if not rest or rest.startswith(os.sep):
        return sorted(glob.glob(pattern))
    found = (str(p) if fixed else os.path.relpath(p) for p in root.glob(rest))
    return sorted(p for p in found if not any(part.startswith(".") for part in Path(p).parts[fixed:]))


def _read_folder(folder: Path, *, fetch: bool, allow_private: bool, log: Log) -> Iterator[Article | Failure]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(root) / name
            if extension_format(name) is None:
                log(f"{path}: skipped (unsupported extension {''.join(path.suffixes[-2:]) or 'none'})")
                continue
            yield from _read_one_file(path, fetch=fetch, allow_private=allow_private, log=log)


def _read_one_file(path: Path, *, fetch: bool, allow_private: bool, log: Log) -> Iterator[Article | Failure]:
    label = str(path)
    try:
        if path.stat().st_size == 0:
            raise ReadError("empty", "0 bytes")
        with path.open("rb") as handle:
            raw_head = handle.read(SNIFF_BYTES)
    except ReadError as error:
        log(f"{label}: failed ({error.reason})")
        yield failure(label, error)
        return
    except OSError as exc:
        yield Failure(source=label, reason="unreadable", detail=str(exc))
        return
    head = sniff_head(raw_head)
    if is_gzip(raw_head) and not head:
        # Nothing decompresses from the first 8 KB: a broken or cut-off gzip, whatever its name says.
        try:
            gunzip(raw_head)
            broken = ReadError("empty", "gzip holds 0 bytes")
        except ReadError as raised:
            broken = raised
        log(f"{label}: failed ({broken.reason})")
        yield failure(label, broken)
        return
    reader, why = choose_reader(path.name, head)
    log(f"{label}: {why}" if reader else f"{label}: failed ({why})")
    if reader is None:
        yield Failure(source=label, reason="unsupported format", detail=why)
        return
    if reader != "warc" and looks_binary(head):
        yield Failure(source=label, reason="binary file", detail="control bytes in the first 8 KB")
        return
    if reader == "warc":
        yield from _guard(label, lambda: _warc_from_path(label, path))
        return
    if reader == "jsonl":
        yield from _guard(label, lambda: _jsonl_from_path(label, path))
        return
    yield from _guard(label, lambda: _read_whole(reader, label, read_file(path), fetch, allow_private))


def _warc_from_path(label: str, path: Path) -> Iterator[Article | Failure]:
    from parley.ingest.warc import read_warc

    with path.open("rb") as handle:
        yield from read_warc(label, handle)


def _jsonl_from_path(label: str, path: Path) -> Iterator[Article | Failure]:
    from parley.ingest.jsonl import read_jsonl_stream

    with path.open("rb") as raw:
        is_gz = is_gzip(raw.read(2))
        raw.seek(0)
        # Buffered so the reader can peek at the head to tell a JSON array from JSON Lines; capped so
        # a small gzip of newlines cannot keep the reader busy for minutes.
        limit = gzip_output_limit(path.stat().st_size)
        stream: BinaryIO = (
            io.BufferedReader(CappedReader(gzip.GzipFile(fileobj=raw, mode="rb"), limit)) if is_gz else raw
        )
        try:
            yield from read_jsonl_stream(label, stream)
        except EOFError as exc:
            raise ReadError("truncated gzip", str(exc)) from exc
        except gzip.BadGzipFile as exc:
            raise ReadError("invalid gzip", str(exc)) from exc


def _read_whole(reader: str, label: str, data: bytes, fetch: bool, allow_private: bool) -> Iterator[Article | Failure]:
    """Readers that take the whole (decompressed) input at once."""
    if not data.strip():
        raise ReadError("empty", "only whitespace")
    if reader in ("text", "html") and looks_binary(data):
        raise ReadError("binary file", "control bytes in the first 8 KB")
    if reader == "text":
        from parley.ingest.text import read_text

        yield from read_text(label, data)
    elif reader == "html":
        from parley.ingest.html import read_html

        yield from read_html(label, data)
    elif reader == "feed":
        from parley.ingest.feed import read_feed

        yield from read_feed(label, data, fetch=fetch, allow_private=allow_private)
    elif reader == "jsonl":
        from parley.ingest.jsonl import read_jsonl_stream

        yield from read_jsonl_stream(label, io.BufferedReader(io.BytesIO(data)))
    elif reader == "warc":
        from parley.ingest.warc import read_warc

        yield from read_warc(label, io.BytesIO(data))


def _guard(label: str, produce: Callable[[], Iterator[Article | Failure]]) -> Iterator[Article | Failure]:
    """Run a reader; a ReadError (or a reader's crash) becomes one failure, never an exception."""
    try:
        yield from produce()
    except ReadError as error:
        yield failure(label, error)
    except Exception as exc:  # a bug or a library crash on one input must not stop the run
        yield Failure(source=label, reason="reader error", detail=f"{type(exc).__name__}: {exc}"[:300])


def read_bytes(
    data: bytes,
    *,
    name: str = "-",
    fetch: bool = False,
    allow_private: bool = False,
    log: Log | None = None,
) -> Iterator[Article | Failure]:
    """Articles from bytes already in memory (stdin, an upload); the format is sniffed."""
    say = log or _quiet
    label = "<stdin>" if name == "-" else name

    def produce() -> Iterator[Article | Failure]:
        if not data:
            raise ReadError("empty", "0 bytes")
        if data.startswith(b"WARC/") or (is_gzip(data) and sniff_head(data).startswith(b"WARC/")):
            say(f"{label}: warc (content)")
            from parley.ingest.warc import read_warc

            yield from read_warc(label, io.BytesIO(data))
            return
        plain = gunzip(data) if is_gzip(data) else data
        reader, why = choose_reader(name, plain[:SNIFF_BYTES])
        say(f"{label}: {why}" if reader else f"{label}: failed ({why})")
        if reader is None:
            raise ReadError("unsupported format", why)
        yield from _read_whole(reader, label, plain, fetch, allow_private)

    yield from _guard(label, produce)


def _read_stdin(*, fetch: bool, allow_private: bool, log: Log) -> Iterator[Article | Failure]:
    try:
        data = read_capped(sys.stdin.buffer, MAX_FILE_BYTES)
    except ReadError as error:
        yield failure("<stdin>", error)
        return
    yield from read_bytes(data, name="-", fetch=fetch, allow_private=allow_private, log=log)


def count_articles(paths: Sequence[str], *, limit_bytes: int = 2_000_000_000) -> int | None:
    """How many articles ``read_paths(paths)`` will give, counted without parsing: for a progress total.

    A text or HTML file is one article, a JSONL file one per non-blank line (gzipped too); None when
    it cannot be known cheaply: stdin, feeds, WARC, a ``.json`` that may be one array, or more than
    ``limit_bytes`` to scan.
    """
    total, scanned = 0, 0
    files: list[Path] = []
    for given in paths:
        if given == "-":
            return None
        path = Path(given)
        if path.is_dir():
            files.extend(_folder_files(path))
        elif path.is_file():
            files.append(path)
        elif _GLOB_CHARS & set(given):
            counted = count_articles(_glob(given), limit_bytes=limit_bytes - scanned)
            if counted is None:
                return None
            total += counted
        # a missing path is one failure, not an article
    for path in files:
        kind = extension_format(path.name)
        if kind in ("text", "html"):
            total += 1
            continue
        if kind != "jsonl" or path.suffix.lower() == ".json" or path.name.lower().endswith(".json.gz"):
            return None
        try:
            scanned += path.stat().st_size
            if scanned > limit_bytes:
                return None
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as handle:
                total += sum(1 for line in handle if line.strip())
        except (OSError, EOFError, gzip.BadGzipFile):
            return None
    return total


def _folder_files(folder: Path) -> Iterator[Path]:
    """The files :func:`_read_folder` reads, in its order."""
    for root, dirs, names in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        yield from (Path(root) / n for n in sorted(names) if not n.startswith(".") and extension_format(n))
