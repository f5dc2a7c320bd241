"""Draw the event precision set: sentences at random, with a fixed seed, from the bundled VOA corpus.

    python eval/precision-events/sample.py > eval/precision-events/sentences.jsonl

Sentences are cut by a plain rule (end punctuation, optionally a closing quote, then a space and
an upper-case letter or an opening quote; not after an initial, "U.S." or a title such as "Gen."),
not by parley's parser, so the set does not move when the model or the rules change. Offsets are
character offsets into the story's ``text``; an event belongs to a sentence when its trigger starts
inside it. See README.md for the labelling procedure.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2] / "examples" / "voa" / "voa_stories.jsonl"
SEED = 20261202
SIZE = 320
FRESH_SEED, FRESH_SIZE = 20261204, 120  # the "fresh" part: drawn later, never looked at while tuning
FRESH2_SEED, FRESH2_SIZE = 20261205, 100  # "fresh2": drawn after the fresh part had been studied too
FRESH3_SEED, FRESH3_SIZE = 20261206, 100  # "fresh3": drawn after fresh2 had been studied; the blind check
FRESH4_SEED, FRESH4_SIZE = 20261207, 100  # "fresh4": drawn after fresh3 had been tuned against; blind again
FRESH5_SEED, FRESH5_SIZE = 20261208, 100  # "fresh5": drawn after the phrases pass of 2026-12-05; blind
MIN_CHARS, MAX_CHARS = 40, 450

_END = re.compile(r"[.?!][\"”’')]?\s+(?=[A-Z\"“‘])")
_TITLES = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "sen", "rep", "gov", "st", "jr", "sgt", "capt", "maj", "no", "vs", "adm"}


def _abbreviation(text: str, end: int) -> bool:
    """Whether the full stop at ``end`` closes an abbreviation ("U.S.", "Gen.") rather than a sentence."""
    word = re.search(r"(\S+)\.$", text[: end + 1])
    if word is None:
        return False
    stem = word.group(1)
    return bool(re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", stem)) or stem.lower().strip("“\"(") in _TITLES


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text``."""
    found, start = [], 0
    for match in _END.finditer(text):
        if text[match.start()] == "." and _abbreviation(text, match.start()):
            continue
        end = match.end() - len(match.group(0)) + len(match.group(0).rstrip())
        found.append((start, end))
        start = match.end()
    if start < len(text.rstrip()):
        found.append((start, len(text.rstrip())))
    return found


def main() -> None:
    """Print the 320 sentences; ``--fresh``: 120 others numbered f001...; ``--fresh2``: 100 more numbered g001...; ``--fresh3``: 100 more, h001...; ``--fresh4``: 100 more, i001...; ``--fresh5``: 100 more, j001...."""
    pool = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for start, end in sentences(story["text"]):
            if MIN_CHARS <= end - start <= MAX_CHARS:
                pool.append((story["id"], start, end, story["text"][start:end]))
    chosen = sorted(random.Random(SEED).sample(range(len(pool)), SIZE))
    prefix = "p"
    if {"--fresh", "--fresh2", "--fresh3", "--fresh4", "--fresh5"} & set(sys.argv[1:]):
        taken = set(chosen)
        rest = [index for index in range(len(pool)) if index not in taken]
        chosen, prefix = sorted(random.Random(FRESH_SEED).sample(rest, FRESH_SIZE)), "f"
        if {"--fresh2", "--fresh3", "--fresh4", "--fresh5"} & set(sys.argv[1:]):
            taken |= set(chosen)
            rest = [index for index in range(len(pool)) if index not in taken]
            chosen, prefix = sorted(random.Random(FRESH2_SEED).sample(rest, FRESH2_SIZE)), "g"
        if {"--fresh3", "--fresh4", "--fresh5"} & set(sys.argv[1:]):
            taken |= set(chosen)
            rest = [index for index in range(len(pool)) if index not in taken]
            chosen, prefix = sorted(random.Random(FRESH3_SEED).sample(rest, FRESH3_SIZE)), "h"
        if {"--fresh4", "--fresh5"} & set(sys.argv[1:]):
            taken |= set(chosen)
            rest = [index for index in range(len(pool)) if index not in taken]
            chosen, prefix = sorted(random.Random(FRESH4_SEED).sample(rest, FRESH4_SIZE)), "i"
        if "--fresh5" in sys.argv[1:]:
            taken |= set(chosen)
            rest = [index for index in range(len(pool)) if index not in taken]
            chosen, prefix = sorted(random.Random(FRESH5_SEED).sample(rest, FRESH5_SIZE)), "j"
    for number, index in enumerate(chosen, 1):
        article, start, end, text = pool[index]
        record = {"id": f"{prefix}{number:03d}", "article": article, "start": start, "end": end, "text": text}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
