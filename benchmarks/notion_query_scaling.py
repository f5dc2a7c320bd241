"""Notion query time on a large store: the notion index against reading every record.

Builds (once) a store of N articles: the 77 VOA demo stories, extracted for real, each stored
N/77 times under different URLs with a distinct tail of made-up words appended (so copies are
not one syndication group, and the offsets of the extracted records stay valid). Storing writes
the notion index (migration 0003). Then times ``notion_matches``, ``compare``, ``timeline`` and
``discover_notions``: through the index (the current code) and, for comparison, through the
code of an earlier revision (``--previous``, default the commit before the index; it reads the
records, with its full-text prefilter), checking that the results are the same.

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

VOA = REPO / "examples" / "voa" / "voa_stories.jsonl"  # the bundled demo stories
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


def previous_module(revision: str) -> ModuleType | None:
    """``parley/query/notions.py`` as it was at ``revision`` (it reads records through the store API)."""
    try:
        source = subprocess.run(["git", "show", f"{revision}:parley/query/notions.py"], cwd=REPO, check=True,
                                capture_output=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    path = Path(tempfile.mkdtemp()) / "previous_notions.py"
    path.write_text(source, encoding="utf-8")
    spec = importlib.util.spec_from_file_location("previous_notions", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["previous_notions"] = module  # pydantic resolves the models' annotations through it
    spec.loader.exec_module(module)
    return module


def _same(a: Any, b: Any) -> bool:
    # articles_searched counts candidates, which the index narrows: not part of the answer.
    return a.model_dump(exclude={"articles_searched"}) == b.model_dump(exclude={"articles_searched"})


def timed(run: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = run()
    return time.perf_counter() - start, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10000)
    parser.add_argument("--db", type=Path, default=Path("/tmp/parley-notions-bench.db"))
    parser.add_argument("--previous", default="a776d6f", help="Git revision of the code to compare with.")
    parser.add_argument("--notions", nargs="*", default=NOTIONS)
    parser.add_argument("--with-discovery", action="store_true", help="Also time the previous discovery (slow).")
    args = parser.parse_args()
    if not args.db.exists():
        build(args.db, args.n)
    store = open_store(args.db)  # migrates (and indexes) a store built by an older parley
    print(f"store: {store.stats().articles} articles")
    previous = previous_module(args.previous)
    label = f"previous ({args.previous})" if previous else "no previous code"
    for name in args.notions:
        notion = current.resolve_notion(name)
        after, result = timed(partial(current.notion_matches, store, notion))
        line = f"notion_matches {name!r}: {len(result.statements)} statements, {len(result.reporter)} reporter: "
        if previous:
            before, old = timed(partial(previous.notion_matches, store, name))
            line += f"{label} {before:.2f}s -> index {after:.3f}s  same={_same(old, result)}"
        else:
            line += f"index {after:.3f}s"
        print(line)
        after, result = timed(partial(current.compare, store, notion, ["USA", "RUS"]))
        if previous:
            before, old = timed(partial(previous.compare, store, name, ["USA", "RUS"]))
            print(f"compare {name!r}: {label} {before:.2f}s -> index {after:.3f}s  "
                  f"same={old.model_dump() == result.model_dump()}")
        else:
            print(f"compare {name!r}: index {after:.3f}s")
        after, _ = timed(partial(current.timeline, store, notion, ["USA", "RUS"], since="2021-01-01", until="2021-12"))
        print(f"timeline {name!r} 2021: index {after:.3f}s")
    after, found = timed(partial(current.discover_notions, store, limit=20))
    line = f"discover_notions: index {after:.2f}s"
    if previous and args.with_discovery:
        before, old = timed(partial(previous.discover_notions, store, limit=20))
        line += f"; {label} {before:.2f}s same={[d.model_dump() for d in old] == [d.model_dump() for d in found]}"
    print(line)
    store.close()


if __name__ == "__main__":
    main()
