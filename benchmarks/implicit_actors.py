"""What the learned implicit-actor stage adds, measured on articles it was not trained on.

Run: ``.venv/bin/python benchmarks/implicit_actors.py [--folds 5]``. The gold articles
are split into folds by article; each fold is analysed with a model trained on the
others, and scored with and without the stage. The held-out set, never trained on, is
scored with the shipped model (totals only). Prints one table. ``--min-confidence P``
tries another fill floor than the shipped one on the folds.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

from kabar.document import Document
from kabar.evaluate.articles import PRF, score_article
from kabar.events.implicit import Model, fill_implicit_actors, load_model
from kabar.events.train_implicit import (
    MIN_CONFIDENCE,
    SEED,
    events_only,
    examples_of,
    train,
)

GOLD = Path(__file__).resolve().parents[1] / "tests" / "gold"


def load(directory: Path) -> list[tuple[dict[str, object], str]]:
    out = []
    for path in sorted(directory.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        out.append((gold, path.with_suffix(".txt").read_text(encoding="utf-8")))
    return out


def score(pairs: list[tuple[dict[str, object], Document]], model: Model | None) -> PRF:
    total = PRF()
    for gold, doc in pairs:
        if model is not None:
            fill_implicit_actors(doc, model)
        total.add(score_article(gold, doc).events)
    return total


def fresh(gold: dict[str, object], text: str) -> Document:
    return events_only(text, gold.get("published"))


def row(name: str, before: PRF, after: PRF) -> str:
    return (
        f"| {name} | {before.precision:.1%} / {before.recall:.1%} "
        f"| {after.precision:.1%} / {after.recall:.1%} | {after.tp - before.tp:+d} |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--min-confidence", type=float, default=MIN_CONFIDENCE, help="fill floor to try"
    )
    args = parser.parse_args()
    dev = load(GOLD / "articles")
    ids = sorted(str(g.get("id")) for g, _ in dev)
    random.Random(SEED).shuffle(ids)
    before, after = PRF(), PRF()
    for k in range(args.folds):
        held = set(ids[k :: args.folds])
        examples = [
            ex for g, t in dev if str(g.get("id")) not in held for ex in examples_of(g, fresh(g, t))
        ]
        model = Model(train(examples), args.min_confidence)
        test = [(g, t) for g, t in dev if str(g.get("id")) in held]
        before.add(score([(g, fresh(g, t)) for g, t in test], None))
        after.add(score([(g, fresh(g, t)) for g, t in test], model))
    print("| set | events P / R without the stage | with it | right events |")
    print("|---|---|---|---|")
    print(row(f"dev, {args.folds} folds (trained on the other folds)", before, after))
    heldout = load(GOLD / "heldout")
    if heldout:
        plain = score([(g, fresh(g, t)) for g, t in heldout], None)
        filled = score([(g, fresh(g, t)) for g, t in heldout], load_model())
        print(row("held-out (shipped model)", plain, filled))


if __name__ == "__main__":
    main()
