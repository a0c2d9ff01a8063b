"""Whole-article scores: our gold set (tests/gold/articles) and the seed (../shared/seed).

Run: ``.venv/bin/python benchmarks/articles.py [--details]``. Prints one table per set
(entities, events, quotes, times, date and name_en accuracy, residue removed) and the
time the analysis took. The seed set is skipped when ../shared is absent.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from kabar.evaluate.articles import print_report, score_dir

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    for cand in (os.environ.get("KABAR_SHARED"), str(REPO.parent / "shared")):
        if cand and (Path(cand) / "seed").is_dir():
            return Path(cand)
    return None


def run(title: str, gold_dir: Path, text_dir: Path, details: bool) -> None:
    print(f"\n# {title}: {gold_dir}\n")
    start = time.perf_counter()
    totals = score_dir(gold_dir, text_dir)
    elapsed = time.perf_counter() - start
    print_report(totals, details=details)
    print(f"\n{len(totals.articles)} article(s) analysed and scored in {elapsed:.2f} s")


def main() -> int:
    details = "--details" in sys.argv[1:]
    gold = REPO / "tests" / "gold" / "articles"
    run("kabar gold articles", gold, gold, details)
    shared = shared_dir()
    if shared is None:
        print("\n# seed: skipped (../shared is not beside the repo; set KABAR_SHARED)")
    else:
        run("seed article", shared / "seed", shared / "seed", details)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
