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
# The fresh check parts, each drawn from what the parts before it left: (flag, seed, size, id prefix).
FRESH_PARTS = (
    ("--fresh", 20261204, 120, "f"),  # drawn later, never looked at while tuning
    ("--fresh2", 20261205, 100, "g"),  # drawn after the fresh part had been studied too
    ("--fresh3", 20261206, 100, "h"),  # drawn after fresh2 had been studied; the blind check
    ("--fresh4", 20261207, 100, "i"),  # drawn after fresh3 had been tuned against; blind again
    ("--fresh5", 20261208, 100, "j"),  # drawn after the phrases pass of 2026-12-05; blind
    ("--fresh6", 20261209, 100, "k"),  # drawn on 2026-12-05 after the eighth speaker gold; read, then tuned on
    ("--fresh7", 20261210, 100, "l"),  # drawn on 2026-12-05 evening, labelled blind before the general pass
    ("--fresh8", 20261211, 100, "m"),  # drawn at the start of the 2026-12-05 night pass; blind
    ("--fresh9", 20261212, 100, "n"),  # drawn at the start of the 2026-12-05 late-night pass; blind
    ("--fresh10", 20261213, 100, "o"),  # drawn at the start of the 2026-12-06 pass; blind, read at the next one
    ("--fresh11", 20261214, 100, "q"),  # drawn during the 2026-12-06 morning pass, after fresh10 was read; blind
    ("--fresh12", 20261215, 100, "r"),  # drawn at the start of the 2026-12-06 late-morning pass; blind
    ("--fresh13", 20261216, 100, "s"),  # drawn at the start of the 2026-12-06 afternoon pass (session 36); blind
    ("--fresh14", 20261217, 100, "t"),  # drawn in the 2026-12-06 evening pass (session 37); blind, fresh13 read
    ("--fresh15", 20261218, 100, "u"),  # drawn at the start of the 2026-12-06 night pass (session 38); blind, fresh14 read
    ("--fresh16", 20261219, 100, "v"),  # drawn at the start of the 2026-12-06 late-night pass (session 39); blind, fresh15 read
    ("--fresh17", 20261220, 100, "w"),  # drawn at the start of the 2026-12-07 pass (session 40); blind, fresh16 read
    ("--fresh18", 20261221, 100, "x"),  # drawn at the start of the 2026-12-07 morning pass (session 41); blind, fresh17 read
    ("--fresh19", 20261222, 86, "y"),  # the last 86 of the pool, drawn at the start of session 42 (2026-12-07); blind, fresh18 read
)
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
    """Print the 320 sentences; ``--fresh``: 120 others numbered f001...; ``--freshN``: the Nth fresh part
    (``FRESH_PARTS``), drawn from the pool the parts before it left."""
    pool = []
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        story = json.loads(line)
        for start, end in sentences(story["text"]):
            if MIN_CHARS <= end - start <= MAX_CHARS:
                pool.append((story["id"], start, end, story["text"][start:end]))
    chosen = sorted(random.Random(SEED).sample(range(len(pool)), SIZE))
    prefix = "p"
    wanted = next((index for index, part in enumerate(FRESH_PARTS) if part[0] in sys.argv[1:]), None)
    if wanted is not None:
        taken = set(chosen)
        for _, seed, size, part_prefix in FRESH_PARTS[: wanted + 1]:
            rest = [index for index in range(len(pool)) if index not in taken]
            chosen, prefix = sorted(random.Random(seed).sample(rest, size)), part_prefix
            taken |= set(chosen)
    for number, index in enumerate(chosen, 1):
        article, start, end, text = pool[index]
        record = {"id": f"{prefix}{number:03d}", "article": article, "start": start, "end": end, "text": text}
        sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
