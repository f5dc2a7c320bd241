"""Cost of parley's extraction relative to spaCy's own parse of the same texts.

Two measures, each a ratio to a baseline taken in the same run (machines are noisy, ratios less so):

* :func:`bench_extract`: each parley component (and building the records from the Docs) over
  parsed Docs, against the parse (``nlp.pipe`` with parley's components disabled);
* :func:`bench_process`: the whole ``parley extract`` process, start-up cancelled out, against
  spaCy's ``nlp.pipe`` over the same texts.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from parley.models import Article
from parley.nlp import get_nlp

__all__ = ["ExtractBenchmark", "ProcessBenchmark", "bench_extract", "bench_process"]

# The stage that turns the finished Docs into typed records, timed beside the components.
RECORDS = "records"


@dataclass
class ExtractBenchmark:
    articles: int
    characters: int
    rounds: int
    parse_seconds: float
    step_seconds: dict[str, float] = field(default_factory=dict)

    def ratio(self, step: str) -> float:
        return self.step_seconds[step] / self.parse_seconds if self.parse_seconds else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "characters": self.characters,
            "rounds": self.rounds,
            "parse_seconds": round(self.parse_seconds, 4),
            "parse_chars_per_second": round(self.characters * self.rounds / self.parse_seconds, 1)
            if self.parse_seconds else None,
            "steps": {
                name: {"seconds": round(sec, 4), "ratio_to_parse": round(self.ratio(name), 4)}
                for name, sec in self.step_seconds.items()
            },
            "all_steps_ratio_to_parse": round(sum(self.step_seconds.values()) / self.parse_seconds, 4)
            if self.parse_seconds else None,
        }


def bench_extract(articles: Sequence[Article], *, rounds: int = 3, batch_size: int = 16) -> ExtractBenchmark:
    """Time the parse over the texts, then each parley component over the parsed Docs, ``rounds`` times.

    The parse is the :func:`parley.load` pipeline's ``nlp.pipe`` with parley's components disabled;
    each component is then called on each Doc in pipeline order, as ``nlp.pipe`` would, and the
    records are built. Parse and components alternate within every round so that machine noise
    hits both alike, and both are CPU seconds of this process (on a shared machine wall time
    mostly measures the neighbours).
    """
    from parley.extract.components import COMPONENTS
    from parley.extract.docdata import doc_to_article, set_article
    from parley.extract.pipeline import load

    nlp = load()
    parley_pipes = [(name, proc) for name, proc in nlp.pipeline if name in COMPONENTS]
    texts = [a.text for a in articles]
    nlp(texts[0][:1000] if texts else "warm up")  # first call allocates and loads lexicons: not timed
    result = ExtractBenchmark(
        articles=len(articles), characters=sum(map(len, texts)), rounds=rounds, parse_seconds=0.0,
        step_seconds={**{name.removeprefix("parley_"): 0.0 for name, _ in parley_pipes}, RECORDS: 0.0},
    )
    for _ in range(rounds):
        started = time.process_time()
        docs = list(nlp.pipe(texts, batch_size=batch_size, disable=[name for name, _ in parley_pipes]))
        result.parse_seconds += time.process_time() - started
        for doc, article in zip(docs, articles, strict=True):
            set_article(doc, article)
            for name, proc in parley_pipes:
                started = time.process_time()
                doc = proc(doc)
                result.step_seconds[name.removeprefix("parley_")] += time.process_time() - started
            started = time.process_time()
            doc_to_article(doc)
            result.step_seconds[RECORDS] += time.process_time() - started
    return result


@dataclass
class ProcessBenchmark:
    """The whole ``parley extract`` process against spaCy's own ``nlp.pipe`` over the same texts.

    Start-up (imports, model load) is cancelled out by timing the process on all the articles and on
    the first one alone: the difference is what extracting the other articles costs, output included.
    The ratio is of CPU seconds (the child's user+system time, this process's time for ``nlp.pipe``):
    on a shared machine wall time mostly measures the neighbours. Wall seconds are reported beside it.
    """

    articles: int
    rounds: int
    all_cpu: float = 0.0
    one_cpu: float = 0.0
    pipe_cpu: float = 0.0
    all_wall: float = 0.0
    one_wall: float = 0.0
    pipe_wall: float = 0.0

    @property
    def ratio(self) -> float:
        return (self.all_cpu - self.one_cpu) / self.pipe_cpu if self.pipe_cpu else 0.0

    @property
    def wall_ratio(self) -> float:
        return (self.all_wall - self.one_wall) / self.pipe_wall if self.pipe_wall else 0.0

    def to_dict(self) -> dict[str, object]:
        return {
            "articles": self.articles,
            "rounds": self.rounds,
            "cpu_seconds": {"all": round(self.all_cpu, 3), "one": round(self.one_cpu, 3),
                            "spacy_pipe": round(self.pipe_cpu, 3)},
            "wall_seconds": {"all": round(self.all_wall, 3), "one": round(self.one_wall, 3),
                             "spacy_pipe": round(self.pipe_wall, 3)},
            "process_ratio_to_pipe": round(self.ratio, 4),
            "wall_ratio_to_pipe": round(self.wall_ratio, 4),
        }


def _write_jsonl(articles: Sequence[Article], path: Path) -> None:
    fields = {"url", "title", "text", "published", "author", "outlet", "section", "keywords"}
    with path.open("w", encoding="utf-8") as out:
        for article in articles:
            record = {"id": article.external_id or article.id, **article.model_dump(include=fields)}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _time_extract_process(path: Path) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of ``parley extract PATH`` in a fresh interpreter."""
    command = [sys.executable, "-m", "parley.cli", "extract", str(path), "--format", "jsonl"]
    cpu, started = _children_cpu(), time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return _children_cpu() - cpu, time.perf_counter() - started


def bench_process(articles: Sequence[Article], *, rounds: int = 1, batch_size: int = 16) -> ProcessBenchmark:
    """Time ``parley extract`` on all articles and on the first alone, and ``nlp.pipe`` on all but the first.

    The three timings alternate within every round so that machine noise hits them alike.
    """
    if len(articles) < 2:
        raise ValueError("the process benchmark needs at least two articles")
    nlp = get_nlp()
    rest = [a.text for a in articles[1:]]
    nlp(rest[0][:1000])
    result = ProcessBenchmark(articles=len(articles), rounds=rounds)
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        every, first = Path(tmp, "all.jsonl"), Path(tmp, "one.jsonl")
        _write_jsonl(articles, every)
        _write_jsonl(articles[:1], first)
        for _ in range(rounds):
            cpu, wall = _time_extract_process(every)
            result.all_cpu, result.all_wall = result.all_cpu + cpu, result.all_wall + wall
            cpu, wall = _time_extract_process(first)
            result.one_cpu, result.one_wall = result.one_cpu + cpu, result.one_wall + wall
            cpu, started = time.process_time(), time.perf_counter()
            for _doc in nlp.pipe(rest, batch_size=batch_size):
                pass
            result.pipe_cpu += time.process_time() - cpu
            result.pipe_wall += time.perf_counter() - started
    return result
