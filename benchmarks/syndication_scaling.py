"""Syndication grouping time per article as the corpus grows (the curve must stay flat).

Generates N synthetic articles: distinct stories (Zipf-distributed words from a
made-up vocabulary, so unrelated stories share common words as real ones do)
and near-copies of earlier stories (another dateline, boilerplate, dropped
sentences, changed words). Ingests them one by one into the syndication index
and prints the mean time per article over each checkpoint window, plus the
pairwise precision and recall of the grouping against the known families.

    .venv/bin/python benchmarks/syndication_scaling.py                 # pure index, 10,000 articles
    .venv/bin/python benchmarks/syndication_scaling.py --store /tmp/s.db --batch 100   # through SQLiteStore
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from parley.syndication import SyndicationIndex, shingles  # noqa: E402

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "to", "vi", "de", "pa", "gre", "stan", "bel", "or", "un", "ix"]
BOILERPLATE = ["Read more: {w} {w} {w}", "Follow us on Telegram", "© 2024 {o}. All rights reserved.",
               "Subscribe to our newsletter", "Photo: {o}"]


def vocabulary(rng: random.Random, size: int = 20000) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words)


def story(rng: random.Random, vocab: list[str], cumulative: list[float]) -> list[str]:
    sentences = []
    for _ in range(rng.randint(12, 30)):
        words = rng.choices(vocab, cum_weights=cumulative, k=rng.randint(8, 22))
        sentences.append(" ".join(words).capitalize() + ".")
    return sentences


def copy_of(sentences: list[str], rng: random.Random, vocab: list[str], outlet: str) -> str:
    kept = list(sentences)
    if rng.random() < 0.5:
        kept = kept[: max(4, int(len(kept) * rng.uniform(0.75, 1.0)))]  # the site cut the end
    for _ in range(rng.randint(0, 2)):
        if len(kept) > 4:
            del kept[rng.randrange(len(kept))]
    text = " ".join(kept).split(" ")
    for _ in range(max(1, len(text) // 50)):  # light edits: about 2% of words changed
        text[rng.randrange(len(text))] = rng.choice(vocab)
    header = f"{rng.choice(['LONDON', 'KYIV', 'DELHI', 'CAIRO'])} ({outlet}) —"
    footer = "\n".join(b.format(w=rng.choice(vocab), o=outlet) for b in rng.sample(BOILERPLATE, 2))
    return f"{header} {' '.join(text)}\n{footer}"


def generate(n: int, copy_share: float, seed: int) -> list[tuple[str, str, str]]:
    """(article id, text, family) for n articles."""
    rng = random.Random(seed)
    vocab = vocabulary(rng)
    cumulative = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    stories: list[tuple[str, list[str]]] = []
    docs = []
    for i in range(n):
        if stories and rng.random() < copy_share:
            family, sentences = rng.choice(stories[-2000:])  # copies follow their story within days
            docs.append((f"a{i}", copy_of(sentences, rng, vocab, rng.choice(["AP", "Reuters", "AFP", "dpa"])), family))
        else:
            sentences = story(rng, vocab, cumulative)
            family = f"s{i}"
            stories.append((family, sentences))
            docs.append((f"a{i}", " ".join(sentences), family))
    return docs


def pairwise(families: dict[str, str], groups: dict[str, int]) -> tuple[float, float]:
    by_family: dict[str, list[str]] = defaultdict(list)
    for article, family in families.items():
        by_family[family].append(article)
    by_group: dict[int, list[str]] = defaultdict(list)
    for article, group in groups.items():
        by_group[group].append(article)
    true_pairs = sum(len(m) * (len(m) - 1) // 2 for m in by_family.values())
    predicted_pairs = sum(len(m) * (len(m) - 1) // 2 for m in by_group.values())
    hits = 0
    for members in by_group.values():
        counts: dict[str, int] = defaultdict(int)
        for article in members:
            counts[families[article]] += 1
        hits += sum(c * (c - 1) // 2 for c in counts.values())
    return (hits / predicted_pairs if predicted_pairs else 1.0, hits / true_pairs if true_pairs else 1.0)


def run_index(docs: list[tuple[str, str, str]], checkpoint: int) -> tuple[list[dict], dict[str, int]]:
    cache: dict[str, frozenset[int]] = {}
    index = SyndicationIndex(shingles_of=cache.__getitem__)
    curve, window = [], []
    for i, (article_id, text, _) in enumerate(docs, 1):
        started = time.perf_counter()
        cache[article_id] = shingles(text)  # shingling is part of the cost of adding an article
        index.add(article_id, cache[article_id])
        window.append(time.perf_counter() - started)
        if i % checkpoint == 0:
            # The median resists the other processes sharing the machine; the mean is shown beside it.
            curve.append({
                "articles": i, "ms_per_article": round(statistics.median(window) * 1000, 3),
                "mean_ms": round(statistics.fmean(window) * 1000, 3),
            })
            window = []
    return curve, dict(index.group_of)


def run_store(docs: list[tuple[str, str, str]], checkpoint: int, path: str, batch: int) -> tuple[list[dict], dict[str, int]]:
    from parley.ingest.article import build_article
    from parley.models import ExtractedArticle
    from parley.store import open_store

    Path(path).unlink(missing_ok=True)
    records = [ExtractedArticle(**build_article(text=t, external_id=a).model_dump()) for a, t, _ in docs]
    ids = {r.id: a for r, (a, _, _) in zip(records, docs, strict=True)}
    curve, elapsed, done = [], 0.0, 0
    with open_store(path) as store:
        for i in range(0, len(records), batch):
            started = time.perf_counter()
            store.add_articles(records[i : i + batch])
            elapsed += time.perf_counter() - started
            done += len(records[i : i + batch])
            if done % checkpoint == 0:
                ms = round(elapsed * 1000 / checkpoint, 3)
                curve.append({"articles": done, "ms_per_article": ms, "mean_ms": ms})
                elapsed = 0.0
        groups: dict[str, int] = {}
        page = store.syndication_groups(limit=100000)
        for group in page.items:
            for member in group.members:
                groups[ids[member.article_id]] = group.id
    return curve, groups


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--checkpoint", type=int, default=1000)
    parser.add_argument("--copy-share", type=float, default=0.4, help="share of articles that copy an earlier story")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--store", help="ingest through SQLiteStore at this path instead of the bare index")
    parser.add_argument("--batch", type=int, default=100, help="articles per add_articles call with --store")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args()
    docs = generate(args.n, args.copy_share, args.seed)
    if args.store:
        curve, groups = run_store(docs, args.checkpoint, args.store, args.batch)
    else:
        curve, groups = run_index(docs, args.checkpoint)
    precision, recall = pairwise({a: f for a, _, f in docs}, groups)
    first, last = curve[0]["ms_per_article"], curve[-1]["ms_per_article"]
    result = {
        "mode": "store" if args.store else "index", "articles": args.n, "curve": curve,
        "last_over_first": round(last / first, 2), "precision": round(precision, 4), "recall": round(recall, 4),
    }
    if args.json:
        print(json.dumps(result))
        return
    print(f"mode={result['mode']} articles={args.n} copies~{args.copy_share:.0%}")
    for point in curve:
        print(f"  {point['articles']:>6} articles: {point['ms_per_article']:7.3f} ms/article"
              f" (mean {point['mean_ms']:.3f})")
    print(f"last/first window: {result['last_over_first']}  precision={precision:.4f} recall={recall:.4f}")


if __name__ == "__main__":
    main()
