"""Golden test: ``parley extract`` on the bundled corpus (77 VOA stories and the seed) is unchanged.

A refactor must not change what parley finds. When a change is meant to alter output (a bug fixed
on purpose), regenerate the file and list the differences in the commit message::

    PARLEY_UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden_extract.py
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "fixtures" / "golden" / "extract-voa-seed.jsonl.gz"
INPUTS = ["examples/voa/voa_stories.jsonl", "examples/seed/seed-article.txt"]  # relative: paths are recorded


def first_difference(expected: Any, actual: Any, path: str = "") -> str | None:
    """The path of the first place two JSON values differ, with both values (shortened)."""
    if type(expected) is not type(actual):
        return f"{path or '/'}: {str(expected)[:200]!r} != {str(actual)[:200]!r}"
    if isinstance(expected, dict):
        for key in sorted(set(expected) | set(actual)):
            if key not in expected or key not in actual:
                return f"{path}/{key}: only in {'expected' if key in expected else 'actual'}"
            found = first_difference(expected[key], actual[key], f"{path}/{key}")
            if found:
                return found
        return None
    if isinstance(expected, list):
        for index, (a, b) in enumerate(zip(expected, actual, strict=False)):
            found = first_difference(a, b, f"{path}[{index}]")
            if found:
                return found
        if len(expected) != len(actual):
            return f"{path}: {len(expected)} items expected, {len(actual)} found"
        return None
    return None if expected == actual else f"{path or '/'}: {str(expected)[:200]!r} != {str(actual)[:200]!r}"


def _without_people(record: dict[str, Any]) -> dict[str, Any]:
    """``people`` is derived from the entities and statements compared here (tests/test_people_of.py checks it)."""
    record.pop("people", None)
    return record


@pytest.mark.slow
def test_extract_output_on_bundled_corpus_is_unchanged():
    command = [sys.executable, "-m", "parley.cli", "extract", *INPUTS, "--format", "jsonl"]
    produced = subprocess.run(command, capture_output=True, text=True, check=True, cwd=REPO).stdout
    if os.environ.get("PARLEY_UPDATE_GOLDEN"):
        GOLDEN.write_bytes(gzip.compress(produced.encode("utf-8"), compresslevel=9, mtime=0))
        pytest.skip(f"golden file rewritten: {GOLDEN}")
    golden = gzip.decompress(GOLDEN.read_bytes()).decode("utf-8")
    expected = [_without_people(json.loads(line)) for line in golden.splitlines()]
    actual = [_without_people(json.loads(line)) for line in produced.splitlines()]
    assert [a["id"] for a in actual] == [e["id"] for e in expected]
    differences = [
        f"{e['id']}: {diff}" for e, a in zip(expected, actual, strict=True) if (diff := first_difference(e, a))
    ]
    assert not differences, f"{len(differences)} of {len(expected)} articles differ:\n" + "\n".join(differences[:20])
