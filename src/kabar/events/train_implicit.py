"""Train the implicit-actor ranker: ``python -m kabar.events.train_implicit [GOLD_DIR]``.

The examples come from kabar's own gold articles (``tests/gold/articles``, under the
repository's licence), analysed up to the event stage. Two kinds:

- an event the stage found with one side empty, whose gold counterpart (same sentence,
  type and known side) names that side or leaves it empty;
- a gold event's side that its sentence does not name, or that the gold leaves empty,
  whatever the stage found (most of the 2,740 examples of 370 articles).

The candidates answering to a gold name are the right ones; ``NONE`` is right when the
gold names no actor the article offers. Deterministic (full-batch descent, sorted articles,
rounded weights). ``--folds K`` fills the first kind of example in articles left out of
training and reports how many sides it fills right, wrong, and where the gold names no
one; ``benchmarks/implicit_actors.py`` measures what the stage adds to the event scores.
Rebuilt by ``make event-models``.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kabar import parse_date
from kabar.document import Document, Event, EventDate, Span
from kabar.evaluate.articles import (
    actor_names,
    actors_match,
    evidence_sentence,
    gold_modality,
    gold_names,
    load_gold,
    told_in,
)
from kabar.events.fit import adagrad_step, stored
from kabar.events.implicit import (
    FEATURES_VERSION,
    NONE,
    SIDES,
    Article,
    Model,
    candidates,
    missing_side,
    model_path,
)
from kabar.pipeline import DEFAULT_STAGES, Pipeline

SEED = 7
"""Seed of the fold split (``--folds``)."""
ITERATIONS = 300
"""Full passes of gradient descent over all examples: the loss is convex, so the weights
depend on the examples only, not on their order. The first models, stochastic descent
averaged over five shuffles and ten passes, still moved by a few fills whenever one
example was added, since it reordered every later update. On five left-out folds of the
716 development articles (2026-11-27) they filled 186 of the 518 sides the gold names
right and 90 wrong, and 261 of the 640 it leaves empty; this fit fills 180 right, 77
wrong and 235."""
STEP = 0.5
"""AdaGrad's base step: each weight's step shrinks with the gradients it has seen."""
L2 = 1e-4
"""A light penalty: 1e-3 filled 172 right and 76 wrong on the same folds, 1e-2 151 and 75."""
MIN_CONFIDENCE = 0.2
"""A side is filled when its best actor has at least this probability, ``NONE``
included in the sum. On five left-out folds of 1,256 articles (2026-11-28), 0.3 filled
654 of the 1,122 sides the gold names, 507 right, and 521 of the 1,389 it leaves empty;
0.2 filled 942 named sides, 647 right, and 932 empty ones: about one more wrong fill for
each more right one. Two fresh rounds no model had seen (84 articles) gained 23 right
events at 0.2 and lost 8 spurious ones, since a wrong fill costs the event nothing where
it was wrong anyway. Every filled side is marked ``inferred`` with its probability, and
``kabar analyze --min-inferred 0.3`` (or 1, none) keeps what an analyst wants surer."""

Candidates = list[tuple[str, list[str]]]


@dataclass(slots=True)
class Example:
    article: str
    candidates: Candidates
    right: set[str]
    from_gold: bool = False
    """Built from a gold event's side rather than from an event the stage found."""


def events_only(text: str, published: Any) -> Document:
    """The article analysed up to the event stage, the implicit actors left to fill."""
    doc = Document(text="", raw=text, published=parse_date(published))
    names = DEFAULT_STAGES[: DEFAULT_STAGES.index("events") + 1]
    return Pipeline(names)(doc)


def article_examples(gold: dict[str, Any], doc: Document) -> list[Example]:
    """One example per event with one side empty that has a gold counterpart: its right
    candidates are the actors the gold names for that side, or ``NONE`` when the gold
    names none (or none the article offers)."""
    aligned = gold_names(gold, doc)
    asserted = [g for g in gold.get("events", []) if not g.get("negated")]
    art = Article(doc)
    out: list[Example] = []
    for k, event in enumerate(doc.events):
        side = missing_side(event)
        if side is None or event.negated:
            continue
        known = "target" if side == "source" else "source"
        known_names = actor_names(doc, getattr(event, known), aligned)
        counterparts = [
            g
            for g in asserted
            if event.type in g["type"]
            and told_in(g, event, doc)
            and actors_match(g.get(known, []), known_names)
        ]
        if not counterparts:
            continue  # no such act in the gold: nothing to learn about its sides
        wanted = [g[side] for g in counterparts if g.get(side)]
        cands = candidates(art, event, side, doc.events[:k])
        right = {
            cid
            for cid, _ in cands
            if cid != NONE
            and any(actors_match(w, actor_names(doc, [cid], aligned)) for w in wanted)
        }
        out.append(Example(str(gold.get("id", "")), cands, right or {NONE}))
    return out


def gold_side_examples(gold: dict[str, Any], doc: Document) -> list[Example]:
    """More examples from the gold events themselves, whatever the event stage found:
    for each gold event and side whose other side the article names, the side is
    either left empty by the gold (``NONE`` is right) or named without a mention in
    the event's sentence (the actors answering to the gold name are right). Sides the
    sentence names are the event stage's own business and give no example."""
    aligned = gold_names(gold, doc)
    art = Article(doc)

    def answering(names: list[str], ids: Iterable[str]) -> list[str]:
        return [i for i in ids if actors_match(names, actor_names(doc, [i], aligned))]

    out: list[Example] = []
    for g in gold.get("events", []):
        si = evidence_sentence(g, doc)
        if si is None:
            continue
        sent = doc.sentences[si]
        named_here = [e.id for e in doc.entities if any(m.sentence == si for m in e.mentions)]
        for side in SIDES:
            known = "target" if side == "source" else "source"
            known_ids = answering(g.get(known, []), (e.id for e in doc.entities))
            if not g.get(known) or not known_ids:
                continue
            if g.get(side) and answering(g[side], named_here):
                continue
            event = Event(
                id="gold",
                type=g["type"][0],
                mode=None,
                source=known_ids[:1] if known == "source" else [],
                target=known_ids[:1] if known == "target" else [],
                date=EventDate(None, None),
                location=None,
                modality=gold_modality(g),
                negated=bool(g.get("negated")),
                sentence=si,
                trigger=Span(sent.end, sent.end, ""),
            )
            before = [e for e in doc.events if e.sentence < si]
            cands = candidates(art, event, side, before)
            right = set(answering(g.get(side, []), (c for c, _ in cands if c != NONE)))
            out.append(Example(str(gold.get("id", "")), cands, right or {NONE}))
    return out


def examples_of(gold: dict[str, Any], doc: Document) -> list[Example]:
    """An article's examples: from the events the stage found, and from the gold sides."""
    found = article_examples(gold, doc)
    return found + [replace(ex, from_gold=True) for ex in gold_side_examples(gold, doc)]


def collect(gold_dir: Path) -> list[Example]:
    examples: list[Example] = []
    for path in sorted(gold_dir.glob("*.json")):
        gold = load_gold(path)
        text = path.with_suffix(".txt").read_text(encoding="utf-8")
        examples += examples_of(gold, events_only(text, gold.get("published")))
    return examples


def train(examples: Sequence[Example]) -> dict[str, float]:
    """Conditional logit by full-batch AdaGrad (``ITERATIONS`` passes), the right
    candidates of an example sharing the target probability."""
    index: dict[str, int] = {}
    data = [
        [
            (
                [index.setdefault(f, len(index)) for f in feats],
                1 / len(ex.right) if cid in ex.right else 0.0,
            )
            for cid, feats in ex.candidates
        ]
        for ex in examples
    ]
    weights = [0.0] * len(index)
    seen = [1e-8] * len(index)  # the sum of each weight's squared gradients
    for _ in range(ITERATIONS):
        grad = [0.0] * len(index)
        for cands in data:
            scores = [sum(weights[f] for f in feats) for feats, _ in cands]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for (feats, wanted), e in zip(cands, exps, strict=True):
                error = e / total - wanted
                for f in feats:
                    grad[f] += error
        adagrad_step(weights, seen, grad, len(data), L2, STEP)
    return stored(index, weights)


@dataclass(slots=True)
class Fills:
    """What the model fills on left-out articles, against the gold."""

    right: int = 0
    """Sides the gold names, filled with an actor it names."""
    wrong: int = 0
    """Sides the gold names, filled with another actor."""
    named: int = 0
    """Sides the gold names."""
    beyond: int = 0
    """Sides the gold leaves empty, filled all the same."""
    empty: int = 0
    """Sides the gold leaves empty."""


def cross_validate(examples: Sequence[Example], folds: int) -> Fills:
    """Fill the one-sided events the stage found in each fold with a model trained on
    the other folds (``MIN_CONFIDENCE`` applied)."""
    articles = sorted({ex.article for ex in examples})
    random.Random(SEED).shuffle(articles)
    out = Fills()
    for k in range(folds):
        held = set(articles[k::folds])
        model = Model(train([ex for ex in examples if ex.article not in held]), MIN_CONFIDENCE)
        for ex in examples:
            if ex.article not in held or ex.from_gold:
                continue
            best = model.rank(ex.candidates)
            filled = best is not None and best[1] >= MIN_CONFIDENCE
            if ex.right == {NONE}:
                out.empty += 1
                out.beyond += filled
            else:
                out.named += 1
                if filled and best is not None:
                    out.right += best[0] in ex.right
                    out.wrong += best[0] not in ex.right
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", nargs="?", default="tests/gold/articles", type=Path)
    parser.add_argument("--output", type=Path, default=model_path())
    parser.add_argument("--folds", type=int, default=0, help="report held-out accuracy only")
    args = parser.parse_args(argv)
    examples = collect(args.gold_dir)
    if not examples:
        print(f"{args.gold_dir}: no gold articles with implicit actors", file=sys.stderr)
        return 1
    if args.folds:
        f = cross_validate(examples, args.folds)
        print(
            f"left-out folds: of {f.named} sides the gold names, {f.right} filled right and "
            f"{f.wrong} wrong; of {f.empty} it leaves empty, {f.beyond} filled"
        )
        return 0
    weights = train(examples)
    model = {
        "features_version": FEATURES_VERSION,
        "min_confidence": MIN_CONFIDENCE,
        "examples": len(examples),
        "weights": weights,
    }
    args.output.write_text(json.dumps(model, ensure_ascii=False, indent=0) + "\n", "utf-8")
    print(f"{args.output}: {len(weights)} weights from {len(examples)} examples")
    return 0


if __name__ == "__main__":
    sys.exit(main())
