"""Write the demo subset of the exchange corpus (``exchange.jsonl`` here) from the full one.

The full corpus (160 texts, 3.4 MB, ``../shared/data/exchange/exchange.jsonl``) takes about 340
CPU-seconds to ingest, which would push ``make demo`` past five minutes on two cores from a fresh
clone. The demo keeps every text under 25,000 characters (readouts, statements, remarks, short
transcripts, the State Department digests), every text that names indivisible security, and the
White House briefing of 20 January 2022: 116 texts, 1.1 MB. Records are copied unchanged.

    python examples/exchange/subset.py ../shared/data/exchange/exchange.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

MAX_CHARS = 25_000
ALWAYS = ("whitehouse-2022-01-20-press-briefing",)


def wanted(record: dict[str, str]) -> bool:
    text = record["text"]
    return len(text) < MAX_CHARS or "indivisib" in text.lower() or record["id"].startswith(ALWAYS)


def main(source: Path, target: Path) -> int:
    kept = 0
    with target.open("w", encoding="utf-8") as out:
        for line in source.read_text(encoding="utf-8").splitlines():
            if line.strip() and wanted(json.loads(line)):
                out.write(line + "\n")
                kept += 1
    print(f"{kept} texts -> {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(__file__).with_name("exchange.jsonl")))
