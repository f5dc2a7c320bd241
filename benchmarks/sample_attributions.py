"""A random sample of attributions with their context, for checking speakers by hand.

Issue 3 measures speaker resolution on the bundled VOA corpus by reading random attributions:
is the speaker the person or body the article says spoke? This prints such a sample,
reproducibly (the seed picks it), with the mention, cue, resolved speaker and the text around.

    .venv/bin/python benchmarks/sample_attributions.py --seed 31415926 --size 20
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from parley.extract.attributions import extract_attributions
from parley.nlp import get_nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path("examples/voa/voa_stories.jsonl"))
    parser.add_argument("--seed", type=int, required=True, help="picks the sample; note it beside the verdicts")
    parser.add_argument("--size", type=int, default=20)
    args = parser.parse_args()

    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    nlp = get_nlp()
    found = []
    for row, doc in zip(rows, nlp.pipe((r["text"] for r in rows), batch_size=16), strict=True):
        found.extend((row["id"], row["text"], a) for a in extract_attributions(doc, row["text"]))
    print(f"{len(found)} attributions in {len(rows)} stories; sample of {args.size} with seed {args.seed}")
    for n, (story, text, a) in enumerate(random.Random(args.seed).sample(found, args.size), 1):
        speaker = a.speaker
        spans = [s for s in (a.content[0], a.cue, a.source) if s is not None]
        start = max(0, min(s.start for s in spans) - 150)
        end = max(s.end for s in [*spans, a.content[-1]]) + 40
        print(f"#{n} [{story}] {a.kind}{' (inferred)' if a.inferred else ''}: "
              f"speaker={speaker.name if speaker else None!r} ({speaker.type if speaker else '-'}, "
              f"{speaker.affiliation if speaker else None}) role={speaker.role if speaker else None!r} "
              f"source={a.source.text if a.source else None!r} cue={a.cue.text if a.cue else None!r}")
        print("   content:", a.content_text[:160].replace("\n", " "))
        print("   context:", text[start:end].replace("\n", " ")[:700])


if __name__ == "__main__":
    main()
