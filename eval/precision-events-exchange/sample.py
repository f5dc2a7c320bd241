"""Draw the event precision set of the official record: sentences at random, with a fixed seed, from the bundled
Russia-US exchange (Kremlin and White House transcripts, readouts and statements).

    python eval/precision-events-exchange/sample.py > eval/precision-events-exchange/sentences.jsonl
    python eval/precision-events-exchange/sample.py --exread1 > eval/precision-events-exchange/exread1.jsonl

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
# The read part (session 43): sentences to tune the rules on, from texts the blind set does not draw from, so the
# blind set's texts stay unread. Texts are taken in a seeded random order until they hold READ_CHARS characters
# (a cluster sample: the gate extracts every text a sentence comes from, and these are long), then READ_SIZE
# sentences are drawn from their pool.
READ_SEED, READ_SIZE, READ_PREFIX, READ_CHARS = 20261224, 100, "d", 300_000


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


def blind_draw(sentences: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """The blind set's 100 sentences (``e001``...), in corpus order."""
    return [sentences[index] for index in sorted(random.Random(SEED).sample(range(len(sentences)), SIZE))]


def read_draw(sentences: list[tuple[str, int, int, str]]) -> list[tuple[str, int, int, str]]:
    """The read part's sentences (``d001``...), in corpus order: from texts the blind draw has no sentence of."""
    blind_texts = {article for article, *_ in blind_draw(sentences)}
    lengths = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["id"] not in blind_texts:
            lengths[record["id"]] = len(record["text"])
    order = sorted(lengths)
    random.Random(READ_SEED).shuffle(order)
    texts, held = set(), 0
    for article in order:
        if held >= READ_CHARS:
            break
        texts.add(article)
        held += lengths[article]
    candidates = [index for index, sentence in enumerate(sentences) if sentence[0] in texts]
    return [sentences[index] for index in sorted(random.Random(READ_SEED).sample(candidates, READ_SIZE))]


def main() -> None:
    sentences = pool()
    read = "--exread1" in sys.argv[1:]
    chosen, prefix = (read_draw(sentences), READ_PREFIX) if read else (blind_draw(sentences), PREFIX)
    for number, (article, start, end, text) in enumerate(chosen, 1):
        record = {"id": f"{prefix}{number:03d}", "article": article, "start": start, "end": end, "text": text}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
