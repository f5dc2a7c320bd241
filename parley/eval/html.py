"""Body extraction scored as the article-extraction benchmark defines it.

The benchmark (Scrapinghub's article-extraction-benchmark, MIT; ``../shared/data/html-benchmark``:
``html/<id>.html.gz`` pages and ``ground-truth.json`` mapping ``<id>`` to ``{"articleBody", "url"}``)
compares the predicted body with the true ``articleBody`` as multisets of token 4-gram
shingles. Its conventions, reproduced here:

- tokens are ``\\w+`` runs (Unicode, case kept, punctuation dropped);
- shingles are the 4-token windows; a text of fewer than 4 tokens is one shorter shingle,
  an empty text none;
- per page, TP/FP/FN are shingle counts (``min`` of the two counts, and the excesses),
  normalised by their sum so that long pages do not weigh more;
- precision, recall and F1 are computed from those normalised counts summed over pages.

``f1`` is that headline number; ``mean_f1`` is the mean of per-page F1 (stricter on pages where
extraction fails). Extraction runs the same code as ingestion (:func:`parley.ingest.html.extract_html`).
"""

from __future__ import annotations

import gzip
import json
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from parley.errors import InputError, ReadError
from parley.ingest.decode import declared_html_charset, decode_bytes

__all__ = ["HtmlBenchmarkResult", "PageScore", "evaluate_html", "shingle_counts", "shingle_tp_fp_fn"]

_TOKEN = re.compile(r"\w+", re.UNICODE)
NGRAM = 4


def shingle_counts(text: str, n: int = NGRAM) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)) if tokens[i : i + n])


def shingle_tp_fp_fn(true: str, predicted: str, n: int = NGRAM) -> tuple[float, float, float]:
    """Normalised (TP, FP, FN) of one page; all zero when both texts are empty."""
    gold, guess = shingle_counts(true, n), shingle_counts(predicted, n)
    tp = sum((gold & guess).values())
    fp = sum((guess - gold).values())
    fn = sum((gold - guess).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _prf(tp: float, fp: float, fn: float) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


@dataclass
class PageScore:
    id: str
    url: str | None
    precision: float
    recall: float
    f1: float
    failure: str | None = None


@dataclass
class HtmlBenchmarkResult:
    pages: list[PageScore] = field(default_factory=list)
    seconds: float = 0.0
    tp: float = 0.0
    fp: float = 0.0
    fn: float = 0.0

    def metrics(self) -> dict[str, float]:
        precision, recall, f1 = _prf(self.tp, self.fp, self.fn)
        count = len(self.pages)
        return {
            "precision": round(precision, 4),
            "recall": round(recall, 4),
            "f1": round(f1, 4),
            "mean_f1": round(sum(p.f1 for p in self.pages) / count, 4) if count else 0.0,
            "pages": count,
            "failed_pages": sum(p.failure is not None for p in self.pages),
            "pages_per_second": round(count / self.seconds, 1) if self.seconds else 0.0,
        }


def evaluate_html(
    directory: str | Path,
    *,
    limit: int | None = None,
    extract: Callable[[str, str | None], str] | None = None,
) -> HtmlBenchmarkResult:
    """Score body extraction on the benchmark in ``directory``; timing covers decoding and extraction."""
    from parley.ingest.html import extract_html

    root = Path(directory)
    truth_path = root / "ground-truth.json"
    try:
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read {truth_path}: {exc}") from exc

    def default_extract(html: str, url: str | None) -> str:
        return extract_html(html, url=url).text

    run = extract or default_extract
    result = HtmlBenchmarkResult()
    for page_id in sorted(truth)[:limit]:
        expected = truth[page_id]
        page = root / "html" / f"{page_id}.html.gz"
        url = expected.get("url")
        started = time.perf_counter()
        failure = None
        try:
            data = gzip.decompress(page.read_bytes())
            predicted = run(decode_bytes(data, charsets=(declared_html_charset(data),)), url)
        except ReadError as error:
            predicted, failure = "", error.reason
        except (OSError, EOFError) as exc:
            predicted, failure = "", f"unreadable: {exc}"
        result.seconds += time.perf_counter() - started
        tp, fp, fn = shingle_tp_fp_fn(expected.get("articleBody", ""), predicted)
        result.tp, result.fp, result.fn = result.tp + tp, result.fp + fp, result.fn + fn
        precision, recall, f1 = _prf(tp, fp, fn)
        result.pages.append(PageScore(page_id, url, precision, recall, f1, failure))
    return result
