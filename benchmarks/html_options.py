"""Re-measure trafilatura option sets on the HTML benchmark (the table in docs/ingest.md).

    .venv/bin/python benchmarks/html_options.py ../shared/data/html-benchmark [--limit N]

Each row scores body extraction exactly as ``parley eval html`` does; the last row is what the
HTML reader uses (``parley.ingest.html.extract_html``).
"""

from __future__ import annotations

import argparse
from typing import Any

import trafilatura

from parley.eval.html import evaluate_html
from parley.ingest.html import extract_html

OPTION_SETS: list[tuple[str, dict[str, Any]]] = [
    ("defaults", {}),
    ("favor_recall", {"favor_recall": True}),
    ("favor_precision", {"favor_precision": True}),
    ("include_comments=False", {"include_comments": False}),
    ("favor_precision, no comments", {"favor_precision": True, "include_comments": False}),
    ("... and include_tables=False", {"favor_precision": True, "include_comments": False, "include_tables": False}),
    ("... and deduplicate", {"favor_precision": True, "include_comments": False, "deduplicate": True}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory")
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    rows = []
    for label, options in OPTION_SETS:
        def run(html: str, url: str | None, options: dict[str, Any] = options) -> str:
            return trafilatura.extract(html, url=url, **options) or ""

        rows.append((label, evaluate_html(args.directory, limit=args.limit, extract=run).metrics()))
    rows.append(("parley reader (used)", evaluate_html(args.directory, limit=args.limit,
                                                       extract=lambda h, u: extract_html(h, url=u).text).metrics()))
    print(f"{'options':45} {'P':>7} {'R':>7} {'F1':>7} {'meanF1':>7} {'pages/s':>8}")
    for label, m in rows:
        print(f"{label:45} {m['precision']:7.4f} {m['recall']:7.4f} {m['f1']:7.4f} {m['mean_f1']:7.4f} {m['pages_per_second']:8.1f}")


if __name__ == "__main__":
    main()
