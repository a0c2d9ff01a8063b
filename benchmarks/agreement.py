"""Agreement of two annotators of the same articles, beside kabar's score against each.

Run: ``.venv/bin/python benchmarks/agreement.py`` for the second annotations kept in
``tests/gold/agreement/`` (of round 12 and of the former held-out v5, both in the
development set now), or
``.venv/bin/python benchmarks/agreement.py GOLD_A GOLD_B [TEXTS]`` for any two folders of
``NAME.json`` annotations of the same ``NAME.txt`` articles (in ``TEXTS``, by default
``GOLD_A``). Prints the total row of four comparisons under the rules of
``kabar.evaluate.articles``: B scored as if it were a system against A, A against B,
and kabar against each. The first two rows are the ceiling the gold allows.
"""

from __future__ import annotations

import sys
from pathlib import Path

from kabar.evaluate.agreement import compare_dirs
from kabar.evaluate.articles import HEADER, Totals, format_row, score_dir

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"
KEPT = (
    ("round 12 (dev)", GOLD / "articles", GOLD / "agreement" / "round12"),
    ("held-out v5 (now dev)", GOLD / "articles", GOLD / "agreement" / "heldout5"),
)


def _only(totals: Totals, names: set[str]) -> Totals:
    return Totals(articles=[a for a in totals.articles if a.id in names])


def main(a_dir: Path, b_dir: Path, text_dir: Path) -> None:
    shared = {p.stem for p in a_dir.glob("*.json")} & {p.stem for p in b_dir.glob("*.json")}
    rows = {
        "B as system, gold A": compare_dirs(a_dir, b_dir, text_dir),
        "A as system, gold B": compare_dirs(b_dir, a_dir, text_dir),
        "kabar, gold A": _only(score_dir(a_dir, text_dir), shared),
        "kabar, gold B": _only(score_dir(b_dir, text_dir), shared),
    }
    print(f"{len(shared)} articles annotated by both")
    print(HEADER)
    for label, totals in rows.items():
        total = totals.total
        total.id = label
        print(format_row(total))


if __name__ == "__main__":
    if len(sys.argv) in (3, 4):
        a, b = Path(sys.argv[1]), Path(sys.argv[2])
        main(a, b, Path(sys.argv[3]) if len(sys.argv) == 4 else a)
    elif len(sys.argv) == 1:
        for title, a, b in KEPT:
            print(f"\n== {title}: A = the gold, B = the second annotation")
            main(a, b, a)
    else:
        sys.exit(__doc__)
