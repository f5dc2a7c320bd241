"""Fuzzing every reader and the API's ingest body with Hypothesis: no crash, no hang, every bad input a failure.

Each target gets generated inputs built from its own format (JSON Lines records with any JSON values,
HTML and RSS/Atom documents, WARC records, plain text), then damaged: cut at a random byte, bytes
flipped or inserted, gzip-wrapped or not. For each input the target is run the way parley runs it
(through the reader dispatch that ingest uses, or HTTP for the API) and checked:

* it returns (no exception escapes) within ``HANG_SECONDS`` of CPU time (the API, which parses up to four
  articles with spaCy inside one request, within ``API_HANG_SECONDS``);
* it yields at least one result, each an Article or a Failure with a non-empty reason;
* no Failure says "reader error": that reason is the catch-all for a reader that crashed;
* for the API: never a 5xx; a 200 accounts for every article (stored, duplicate or failed) and
  stores each failure.

    .venv/bin/python benchmarks/fuzz_readers.py                 # 10,000 inputs per target
    .venv/bin/python benchmarks/fuzz_readers.py --examples 500 --only jsonl warc

``tests/test_fuzz_readers.py`` runs the same checks with a small count in ``make test``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.models import Article, Failure

HANG_SECONDS = 10.0
# A body may hold 4 valid articles: spaCy parses each inside the request, on a loaded 2-core machine.
API_HANG_SECONDS = 30.0
SENTENCE = (
    "The foreign minister said on Tuesday that the talks would resume in Geneva next week, "
    "and that both sides had agreed to exchange prisoners before the end of the month."
)
_WORDS = st.sampled_from(SENTENCE.split() + ["<", ">", "&", "&amp;", "\u00e9", "\u202e", "\x00", "\ud7ff", "\"", "\\"])
_PROSE = st.lists(_WORDS, min_size=0, max_size=80).map(" ".join)
_JSON_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40) | _PROSE
_JSON = st.recursive(_JSON_SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
                     max_leaves=12)
_FIELDS = ("id", "url", "title", "text", "published", "author", "outlet", "source", "section", "keywords")


# ------------------------------------------------------------------ damage shared by every format
@st.composite
def damaged(draw: Any, body: st.SearchStrategy[bytes]) -> bytes:
    """A well-formed input, then maybe cut, maybe with bytes changed or inserted, maybe gzipped."""
    data = draw(body)
    how = draw(st.sampled_from(["as is", "cut", "flip", "insert", "gzip", "gzip cut", "random"]))
    if how == "cut" and data:
        data = data[: draw(st.integers(0, len(data) - 1))]
    elif how == "flip" and data:
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + bytes([draw(st.integers(0, 255))]) + data[at + 1 :]
    elif how == "insert":
        at = draw(st.integers(0, len(data)))
        data = data[:at] + draw(st.binary(max_size=16)) + data[at:]
    elif how.startswith("gzip"):
        data = gzip.compress(data, mtime=0)
        if how == "gzip cut":
            data = data[: draw(st.integers(0, len(data) - 1))]
    elif how == "random":
        data = draw(st.binary(max_size=512))
    return data


def _text_body() -> st.SearchStrategy[bytes]:
    encodings = st.sampled_from(["utf-8", "utf-16", "latin-1", "utf-8-sig"])
    return st.builds(lambda prose, enc: prose.encode(enc, "replace"),
                     st.builds(lambda a, b: f"{a}\n\n{SENTENCE} {b}", _PROSE, _PROSE), encodings)


def _record() -> st.SearchStrategy[Any]:
    known = st.fixed_dictionaries({}, optional={name: _JSON | _PROSE for name in _FIELDS})
    return st.one_of(known, st.builds(lambda d, t: {**d, "text": t}, known, _PROSE), _JSON)


def _jsonl_body() -> st.SearchStrategy[bytes]:
    def lines(records: list[Any], pretty: bool, array: bool) -> bytes:
        if array:
            return json.dumps(records, indent=2 if pretty else None).encode()
        return "\n".join(json.dumps(r, indent=2 if pretty else None) for r in records).encode()

    return st.builds(lines, st.lists(_record(), min_size=0, max_size=6), st.booleans(), st.booleans())


def _html_body() -> st.SearchStrategy[bytes]:
    tag = st.sampled_from(["p", "div", "article", "h1", "script", "style", "span", "li", "table", "td", "main"])
    block = st.builds(lambda t, text: f"<{t}>{text}</{t}>", tag, _PROSE)
    charset = st.sampled_from(["", '<meta charset="utf-8">', '<meta charset="koi8-r">', '<meta charset="nonsense">'])
    return st.builds(
        lambda meta, title, blocks: (f"<!DOCTYPE html><html><head>{meta}<title>{title}</title></head><body>"
                                     + "".join(blocks) + "</body></html>").encode("utf-8", "replace"),
        charset, _PROSE, st.lists(block, max_size=12),
    )


def _feed_body() -> st.SearchStrategy[bytes]:
    entity = st.sampled_from(["", '<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
                              '<!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'])
    item = st.builds(
        lambda title, link, desc: (f"<item><title>{title}</title>{link}<description><![CDATA[{desc}]]></description>"
                                   "<pubDate>Tue, 04 Feb 2022 10:11:00 GMT</pubDate></item>"),
        _PROSE, st.sampled_from(["", "<link>https://example.org/a</link>", "<link>file:///etc/passwd</link>"]),
        st.one_of(_PROSE, _PROSE.map(lambda p: f"{SENTENCE} {p} {SENTENCE} {SENTENCE}")),
    )
    rss = st.builds(lambda d, items: (f'<?xml version="1.0"?>{d}<rss version="2.0"><channel><title>Wire</title>'
                                      + "".join(items) + "</channel></rss>").encode("utf-8", "replace"),
                    entity, st.lists(item, max_size=5))
    atom_entry = st.builds(lambda t, c: f"<entry><title>{t}</title><id>urn:x:{len(c)}</id><content type='html'>{c}</content></entry>",
                           _PROSE, _PROSE)
    atom = st.builds(lambda entries: ('<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
                                      + "".join(entries) + "</feed>").encode("utf-8", "replace"),
                     st.lists(atom_entry, max_size=5))
    return rss | atom


def _warc_record(number: int, content_type: str, payload: bytes) -> bytes:
    """One WARC response record, built by hand so the same draw gives the same bytes (no clock, no uuid)."""
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {len(payload)}\r\n\r\n".encode() + payload
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://example.org/{number}\r\n"
            f"WARC-Date: 2024-01-02T03:04:05Z\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n")
    return head.encode() + http + b"\r\n\r\n"


def _warc_body() -> st.SearchStrategy[bytes]:
    def build(pages: list[tuple[str, bytes]], compress: bool) -> bytes:
        records = [_warc_record(n, content_type, payload) for n, (content_type, payload) in enumerate(pages, start=1)]
        return b"".join(gzip.compress(r, mtime=0) for r in records) if compress else b"".join(records)

    page = st.tuples(st.sampled_from(["text/html", "text/html; charset=latin-1", "image/png", "text/plain"]), _html_body())
    return st.builds(build, st.lists(page, min_size=0, max_size=3), st.booleans())


# ------------------------------------------------------------------ how each target is run and checked
@dataclass
class Tally:
    inputs: int = 0
    articles: int = 0
    failures: int = 0
    slowest: float = 0.0
    reasons: dict[str, int] = field(default_factory=dict)

    def add(self, results: Iterable[Article | Failure], seconds: float) -> None:
        self.inputs += 1
        self.slowest = max(self.slowest, seconds)
        for result in results:
            if isinstance(result, Article):
                self.articles += 1
            else:
                self.failures += 1
                self.reasons[result.reason] = self.reasons.get(result.reason, 0) + 1


def check_results(results: list[Any], seconds: float, what: str) -> None:
    assert seconds < HANG_SECONDS, f"{what}: {seconds:.1f} s for one input"
    assert results, f"{what}: an input produced neither an article nor a failure"
    for result in results:
        assert isinstance(result, (Article, Failure)), f"{what}: got {type(result).__name__}"
        if isinstance(result, Failure):
            assert result.reason and result.source, f"{what}: failure without reason or source: {result}"
            assert result.reason != "reader error", f"{what}: a reader crashed: {result.detail}"


def run_reader(reader: str, data: bytes, folder: Path) -> list[Article | Failure]:
    """The input the way ``parley ingest`` meets it: a file with the reader's extension, read by read_paths."""
    from parley.ingest import read_bytes, read_paths

    if reader == "sniff":  # stdin and uploads: no name, the content decides
        return list(read_bytes(data, name="-"))
    suffix = {"text": ".txt", "html": ".html", "feed": ".rss", "jsonl": ".jsonl", "warc": ".warc"}[reader]
    if data[:2] == b"\x1f\x8b":
        suffix += ".gz"
    path = folder / f"input{suffix}"
    path.write_bytes(data)
    return list(read_paths([str(path)]))


def warm_up(folder: Path) -> None:
    """Read one page of each kind untimed: the first HTML page imports trafilatura and lxml (seconds)."""
    page = b"<html><body><article><p>" + SENTENCE.encode() * 5 + b"</p></article></body></html>"
    for reader, data in (("html", page), ("warc", _warc_record(1, "text/html", page)), ("feed", b"<rss></rss>"),
                         ("jsonl", b"{}"), ("text", SENTENCE.encode())):
        run_reader(reader, data, folder)


STRATEGIES: dict[str, Callable[[], st.SearchStrategy[bytes]]] = {
    "text": _text_body, "html": _html_body, "feed": _feed_body, "jsonl": _jsonl_body, "warc": _warc_body,
    "sniff": lambda: _text_body() | _html_body() | _feed_body() | _jsonl_body() | _warc_body(),
}
READERS = tuple(STRATEGIES)


def fuzz_reader(reader: str, examples: int, tally: Tally, seed: int | None = None) -> None:
    folder = Path(tempfile.mkdtemp(prefix=f"fuzz-{reader}-"))

    warm_up(folder)

    @settings(max_examples=examples, deadline=None, database=None, derandomize=seed is not None,
              suppress_health_check=list(HealthCheck))
    @given(damaged(STRATEGIES[reader]()))
    def one(data: bytes) -> None:
        started, cpu = time.perf_counter(), time.process_time()
        results = run_reader(reader, data, folder)
        # CPU time decides "hang": a loop burns it; a machine busy with other jobs only stretches wall time.
        check_results(results, time.process_time() - cpu, reader)
        tally.add(results, time.perf_counter() - started)

    one()


def api_body() -> st.SearchStrategy[bytes]:
    strings = st.fixed_dictionaries({}, optional={name: _PROSE for name in _FIELDS if name != "text"})
    plausible = st.builds(lambda d, p: {**d, "text": f"{SENTENCE} {p}"}, strings, _PROSE)
    articles = st.lists(st.one_of(plausible, _record()), min_size=0, max_size=4)
    body = st.one_of(st.builds(lambda a: {"articles": a}, articles), _JSON)
    return damaged(body.map(lambda value: json.dumps(value).encode()))


def fuzz_api(examples: int, tally: Tally, seed: int | None = None) -> None:
    from fastapi.testclient import TestClient

    from parley.server import create_app

    token = "fuzz-token"
    folder = Path(tempfile.mkdtemp(prefix="fuzz-api-"))
    from parley.nlp import get_nlp

    get_nlp()  # the model loads once (seconds), before the clock runs on any input
    with TestClient(create_app(str(folder / "api.db"), token=token), raise_server_exceptions=False) as client:

        @settings(max_examples=examples, deadline=None, database=None, derandomize=seed is not None,
                  suppress_health_check=list(HealthCheck))
        @given(api_body(), st.sampled_from([f"Bearer {token}", f"Bearer {token}", "Bearer wrong", ""]))
        def one(data: bytes, auth: str) -> None:
            store_failures = client.get("/api/failures", params={"limit": 1}).json()["total"]
            started = time.perf_counter()
            headers = {"content-type": "application/json", **({"authorization": auth} if auth else {})}
            response = client.post("/api/ingest", content=data, headers=headers)
            seconds = time.perf_counter() - started
            assert seconds < API_HANG_SECONDS, f"api: {seconds:.1f} s for one body"
            assert response.status_code < 500, f"api: {response.status_code} {response.text[:300]}"
            assert response.status_code in (200, 400, 401, 413, 422), response.status_code
            if not auth.endswith(token):
                assert response.status_code == 401
            tally.inputs += 1
            tally.slowest = max(tally.slowest, seconds)
            if response.status_code != 200:
                tally.failures += 1
                tally.reasons[str(response.status_code)] = tally.reasons.get(str(response.status_code), 0) + 1
                return
            result = response.json()
            sent = len(json.loads(data)["articles"])
            assert len(result["ids"]) + result["failed"] == sent, result
            after = client.get("/api/failures", params={"limit": 1}).json()["total"]
            assert after - store_failures <= result["failed"]  # recorded (a repeat of a known failure is kept once)
            tally.articles += len(result["ids"])
            tally.failures += result["failed"]

        one()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--examples", type=int, default=10_000, help="Generated inputs per target.")
    parser.add_argument("--only", nargs="*", choices=[*READERS, "api"], help="Targets to fuzz (default: all).")
    parser.add_argument("--json", action="store_true", help="Print the results as JSON.")
    args = parser.parse_args(argv)
    rows = {}
    for target in args.only or [*READERS, "api"]:
        tally = Tally()
        started = time.perf_counter()
        if target == "api":
            fuzz_api(args.examples, tally)
        else:
            fuzz_reader(target, args.examples, tally)
        seconds = time.perf_counter() - started
        rows[target] = {"inputs": tally.inputs, "seconds": round(seconds, 1), "slowest_input_s": round(tally.slowest, 3),
                        "articles": tally.articles, "failures": tally.failures,
                        "top_reasons": dict(sorted(tally.reasons.items(), key=lambda kv: -kv[1])[:4])}
        if not args.json:
            row = rows[target]
            print(f"{target:6} {row['inputs']:>6} inputs in {row['seconds']:>7.1f} s · slowest {row['slowest_input_s']:.3f} s"
                  f" · {row['articles']} articles · {row['failures']} failures · {row['top_reasons']}", flush=True)
    if args.json:
        print(json.dumps(rows, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
