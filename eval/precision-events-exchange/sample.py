"""Draw the event precision set of the official record: sentences at random, with a fixed seed, from the bundled
Russia-US exchange (Kremlin and White House transcripts, readouts and statements).

    python eval/precision-events-exchange/sample.py > eval/precision-events-exchange/sentences.jsonl

The VOA precision set (eval/precision-events) had given all of its pool by session 42; this set measures the other
kind of text parley reads, where the speaker is a turn label and both sides speak. Paragraphs (turns) are cut into
sentences by the VOA set's plain rule (its ``sentences``), not by parley's parser, so the set does not move when the
model or the rules change. Offsets are character offsets into the text's ``text``; an event belongs to a sentence
when its trigger starts inside it. README.md gives the labelling procedure.
"""

from __future__ import annotations

import importlib.util
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "examples" / "exchange" / "exchange.jsonl"
SEED = 20261223
SIZE = 100
PREFIX = "e"
MIN_CHARS, MAX_CHARS = 40, 450


def _voa_sentences() -> Callable[[str], list[tuple[int, int]]]:
    """The VOA set's sentence cutter (eval/precision-events/sample.py ``sentences``), so both sets cut alike."""
    spec = importlib.util.spec_from_file_location("voa_sample", ROOT / "eval" / "precision-events" / "sample.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    cut: Callable[[str], list[tuple[int, int]]] = module.sentences
    return cut


def pool() -> list[tuple[str, int, int, str]]:
    """(text id, start, end, sentence) of every sentence of 40 to 450 characters, paragraph by paragraph."""
    cut = _voa_sentences()
    found = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text, offset = record["text"], 0
        for paragraph in text.split("\n"):
            for start, end in cut(paragraph):
                if MIN_CHARS <= end - start <= MAX_CHARS:
                    found.append((record["id"], offset + start, offset + end, paragraph[start:end]))
            offset += len(paragraph) + 1
    return found


def main() -> None:
    sentences = pool()
    chosen = sorted(random.Random(SEED).sample(range(len(sentences)), SIZE))
    for number, index in enumerate(chosen, 1):
        article, start, end, text = sentences[index]
        record = {"id": f"{PREFIX}{number:03d}", "article": article, "start": start, "end": end, "text": text}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
