"""Cost of parley's extraction steps relative to spaCy's own parse of the same texts."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from parley.extract.pipeline import _run_steps, get_steps
from parley.models import Article
from parley.nlp import get_nlp

__all__ = ["ExtractBenchmark", "bench_extract"]


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
    """Time ``nlp.pipe`` over the texts, then each step over the parsed docs, ``rounds`` times.

    Parse and steps alternate within every round so that machine noise hits both alike.
    """
    nlp = get_nlp()
    steps = get_steps()
    texts = [a.text for a in articles]
    nlp(texts[0][:1000] if texts else "warm up")  # first call allocates; keep it out of the timing
    result = ExtractBenchmark(
        articles=len(articles), characters=sum(map(len, texts)), rounds=rounds, parse_seconds=0.0,
        step_seconds={s.name: 0.0 for s in steps},
    )
    for _ in range(rounds):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=batch_size))
        result.parse_seconds += time.perf_counter() - started
        for doc, article in zip(docs, articles, strict=True):
            partial = _run_steps(doc, article, [])
            for step in steps:
                started = time.perf_counter()
                value = step.run(doc, partial)
                result.step_seconds[step.name] += time.perf_counter() - started
                setattr(partial, step.field, value)
    return result
