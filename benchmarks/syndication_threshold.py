"""How the syndication thresholds were chosen: Jaccard of true copies vs. other stories, per shingle size.

Uses the constructed set of ``tests/syndication_set.py`` (the seed and two
republished copies, five VOA stories with two copies each, three same-topic
stories, all 77 VOA stories) and prints, for 2- to 5-word shingles, the lowest
Jaccard between copies of one story and the highest between different
stories; then the grouping precision and recall with the shipped settings for
five arrival orders.

    .venv/bin/python benchmarks/syndication_threshold.py
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO), str(REPO / "tests")]

from syndication_set import constructed_set, pairwise_scores  # noqa: E402

from parley.syndication import MATCH_THRESHOLD, SHINGLE_SIZE, SyndicationIndex, jaccard, shingles  # noqa: E402


def main() -> None:
    seed = (REPO / "examples" / "seed" / "seed-article.txt").read_text(encoding="utf-8")
    docs = constructed_set(seed)
    print(f"{len(docs)} documents, {len({d.family for d in docs})} stories")
    for size in (2, 3, 4, 5):
        sets = {d.id: shingles(d.text, size=size) for d in docs}
        copies, others = [], []
        for i, a in enumerate(docs):
            for b in docs[i + 1 :]:
                (copies if a.family == b.family else others).append((jaccard(sets[a.id], sets[b.id]), a.id, b.id))
        copies.sort()
        others.sort(reverse=True)
        print(f"k={size}: copies min {copies[0][0]:.3f} median {copies[len(copies) // 2][0]:.3f} | "
              f"other stories max {others[0][0]:.3f} ({others[0][1]} ~ {others[0][2]}), next {others[1][0]:.3f}")
    sets = {d.id: shingles(d.text) for d in docs}
    print(f"shipped: {SHINGLE_SIZE}-word shingles, exact Jaccard >= {MATCH_THRESHOLD}")
    for order_seed in range(5):
        order = list(docs)
        random.Random(order_seed).shuffle(order)
        index = SyndicationIndex(shingles_of=sets.__getitem__)
        for doc in order:
            index.add(doc.id, sets[doc.id])
        precision, recall = pairwise_scores(docs, index.group_of)
        print(f"  arrival order {order_seed}: precision {precision:.3f} recall {recall:.3f} groups {len(index.members_of)}")


if __name__ == "__main__":
    main()
