"""What the event-confidence floor trades: event precision against recall, on articles the
model was not trained on.

Run: ``.venv/bin/python benchmarks/event_confidence.py [--folds 5]``. The development
articles are split into folds by article; each fold's events are scored by a model
trained on the others (``kabar.events.train_confidence.cross_validate``). The held-out
articles, never trained on, are scored with the shipped model (totals only). Prints one
table: precision, recall and F1 of the events kept at each floor; the shipped floor is
marked.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from kabar.evaluate.articles import PRF
from kabar.events.confidence import load_model
from kabar.events.train_confidence import (
    FLOORS,
    MIN_CONFIDENCE,
    add_by_floor,
    collect,
    cross_validate,
)

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


def heldout_by_floor(directory: Path) -> dict[float, PRF]:
    """The held-out articles' events at each floor, scored with the shipped model."""
    model = load_model()
    out = {floor: PRF() for floor in FLOORS}
    for article in collect(directory):
        add_by_floor(out, article, model)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    dev = cross_validate(collect(GOLD / "articles"), args.folds)
    held = heldout_by_floor(GOLD / "heldout") if (GOLD / "heldout").is_dir() else {}
    print(f"| floor | dev, {args.folds} left-out folds: P / R / F1 | held-out: P / R / F1 |")
    print("|---|---|---|")
    for floor in FLOORS:
        cells = [
            f"{p.precision:.3f} / {p.recall:.3f} / {p.f1:.3f}" if p else "-"
            for p in (dev[floor], held.get(floor))
        ]
        mark = " (shipped)" if floor == MIN_CONFIDENCE else (" (no floor)" if floor == 0 else "")
        print(f"| {floor:.2f}{mark} | {cells[0]} | {cells[1]} |")


if __name__ == "__main__":
    main()
