"""The reader fuzzing harness (benchmarks/fuzz_readers.py) with a small count: no crash, no hang, every bad input a failure.

The benchmark run (10,000 inputs per reader) and its numbers are in docs/ingest.md.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))

import fuzz_readers  # noqa: E402

EXAMPLES = 60


@pytest.mark.parametrize("reader", fuzz_readers.READERS)
def test_reader_survives_generated_inputs(reader: str) -> None:
    tally = fuzz_readers.Tally()
    fuzz_readers.fuzz_reader(reader, EXAMPLES, tally, seed=14)
    assert tally.inputs >= EXAMPLES // 2
    assert tally.failures > 0  # damaged inputs were generated, and each one was recorded
    assert tally.slowest < fuzz_readers.HANG_SECONDS


@pytest.mark.slow
def test_api_ingest_body_survives_generated_inputs() -> None:
    tally = fuzz_readers.Tally()
    fuzz_readers.fuzz_api(EXAMPLES // 2, tally, seed=14)
    assert tally.inputs >= EXAMPLES // 4
    assert {"401", "422"} & set(tally.reasons)


@pytest.mark.parametrize(
    ("reader", "data"),
    [
        ("jsonl", b'{"id": "bad", "text": "unterminated\n'),
        ("warc", b"WARC/1.0\r\nContent-Length: 999\r\n\r\nshort"),
        ("feed", b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel>'
                 b"<item><title>&x;</title></item></channel></rss>"),
        ("html", b"\x1f\x8b\x08\x00\x00\x00\x00\x00"),
        ("text", b"\xff\xfe\x00"),
        ("sniff", b""),
    ],
)
def test_known_bad_inputs_are_recorded_failures(reader: str, data: bytes, tmp_path: Path) -> None:
    results = fuzz_readers.run_reader(reader, data, tmp_path)
    fuzz_readers.check_results(results, 0.0, reader)
    assert all(r.__class__.__name__ == "Failure" for r in results)
