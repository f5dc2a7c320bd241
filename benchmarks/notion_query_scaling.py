"""Notion query time on a large store, with and without the full-text prefilter.

Builds (once) a store of N articles: the 77 VOA demo stories, extracted for real, each stored
N/77 times under different URLs with a distinct tail of made-up words appended (so copies are
not one syndication group, and the offsets of the extracted records stay valid). Then times
``notion_matches``, ``compare`` and ``timeline`` for a few notions: through the prefilter
(the current code) and through the previous code, read from git ``HEAD`` when it still reads
the whole corpus, else through the current code with ``prefilter=False``.

    .venv/bin/python benchmarks/notion_query_scaling.py --n 10000 --db /tmp/notions-10k.db
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "benchmarks"))

from syndication_scaling import vocabulary  # noqa: E402

from parley.extract.pipeline import extract_articles  # noqa: E402
from parley.ingest.article import build_article  # noqa: E402
from parley.models import article_id  # noqa: E402
from parley.query import notions as current  # noqa: E402
from parley.store import open_store  # noqa: E402

VOA = REPO.parent / "shared" / "data" / "voa" / "voa_stories.jsonl"
NOTIONS = ["indivisible security", "rule of law", "sanctions"]


def build(db: Path, n: int) -> None:
    rows = [json.loads(line) for line in VOA.read_text(encoding="utf-8").splitlines()]
    start = time.perf_counter()
    records = list(extract_articles(
        build_article(text=r["text"], url=r["url"], title=r["title"], published=r["published"], outlet="VOA")
        for r in rows
    ))
    print(f"extracted {len(records)} VOA stories in {time.perf_counter() - start:.1f}s")
    rng = random.Random(7)
    vocab = vocabulary(rng, 20000)
    store = open_store(db)
    start = time.perf_counter()
    batch = []
    for i in range(n):
        base = records[i % len(records)]
        tail = " ".join(rng.choices(vocab, k=len(base.text.split()))) + "."
        text = base.text + "\n" + tail
        url = f"{base.url}#copy{i}"
        batch.append(base.model_copy(update={"text": text, "url": url, "id": article_id(text, url)}))
        if len(batch) == 500:
            store.add_articles(batch)
            batch = []
    if batch:
        store.add_articles(batch)
    print(f"stored {n} articles in {time.perf_counter() - start:.1f}s")
    store.close()


def previous_module() -> ModuleType | None:
    try:
        source = subprocess.run(["git", "show", "HEAD:parley/query/notions.py"], cwd=REPO, check=True,
                                capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    if "contains_any" in source:
        return None
    path = Path(tempfile.mkdtemp()) / "previous_notions.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("previous_notions", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["previous_notions"] = module  # pydantic resolves the models' annotations through it
    spec.loader.exec_module(module)
    return module


def timed(run: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/parley-notions-bench.db"))
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.n)
    store = open_store(args.db)
    print(f"store: {store.stats().articles} articles")
    previous = previous_module()
    label = "git HEAD" if previous else "prefilter=False"
    for name in NOTIONS:
        notion = current.resolve_notion(name)
        after, result = timed(partial(current.notion_matches, store, notion))
        if previous:
            before, old = timed(partial(previous.notion_matches, store, notion))
        else:
            before, (old, _) = timed(partial(current._notion_matches, store, notion, prefilter=False))
        same = old.model_dump(exclude={"articles_searched"}) == result.model_dump(exclude={"articles_searched"})
        print(f"notion_matches {name!r}: {len(result.statements)} statements, {len(result.reporter)} reporter, "
              f"prefixes {current._word_prefixes(notion)}: {label} {before:.2f}s -> now {after:.2f}s  same={same}")
        after, result = timed(partial(current.compare, store, notion, ["USA", "RUS"]))
        if previous:
            before, old = timed(partial(previous.compare, store, notion, ["USA", "RUS"]))
            print(f"compare {name!r}: {label} {before:.2f}s -> now {after:.2f}s  same={old.model_dump() == result.model_dump()}")
        else:
            print(f"compare {name!r}: now {after:.2f}s")
        after, _ = timed(partial(current.timeline, store, notion, ["USA", "RUS"], since="2021-01-01", until="2021-12"))
        print(f"timeline {name!r} 2021: now {after:.2f}s")
    store.close()


if __name__ == "__main__":
    main()
