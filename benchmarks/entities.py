"""Entities and linking: quality on the seed and on our gold articles, and speed.

    .venv/bin/python benchmarks/entities.py [--details] [--no-morphology]

Quality: document-level entity P/R/F1 and name_en accuracy (scored by
``kabar.evaluate.articles.score_article``) on the seed article (../shared) and on
``tests/gold/articles``; also the seed with every person removed from the KB, to
show what the rules find without the gazetteer. Speed: time per token of
entities+linking against the morphology stage, over the seed, the gold articles and
the Kyrgyz side of X-WMT (one core).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _shared import REPO, one_core, shared_dir
from kabar import parse_date
from kabar.document import Document
from kabar.evaluate.articles import PRF, Ratio, score_article
from kabar.kb import knowledge_base
from kabar.pipeline import Pipeline, get_stage

TEXT_STAGES = ["clean", "segment", "language"]


def analyse(text: str, published: str | None, morphology: bool) -> Document:
    names = [*TEXT_STAGES, *(["morphology"] if morphology else [])]
    doc = Pipeline(names)(Document(text="", raw=text, published=parse_date(published)))
    get_stage("entities")(doc)
    get_stage("linking")(doc)
    return doc


def articles(shared: Path) -> list[tuple[str, str, dict[str, Any]]]:
    seed = shared / "seed"
    out = [
        (
            "seed",
            (seed / "000_f1bb1109d737bb7e.txt").read_text("utf-8"),
            json.loads((seed / "gold.json").read_text("utf-8")),
        )
    ]
    for path in sorted((REPO / "tests" / "gold" / "articles").glob("*.json")):
        out.append(
            (
                path.stem,
                path.with_suffix(".txt").read_text("utf-8"),
                json.loads(path.read_text("utf-8")),
            )
        )
    return out


def score(
    rows: list[tuple[str, str, dict[str, Any]]], morphology: bool, details: bool
) -> tuple[PRF, Ratio]:
    prf, names = PRF(), Ratio()
    for name, text, gold in rows:
        doc = analyse(text, gold.get("published"), morphology)
        sc = score_article(gold, doc)
        prf.add(sc.entities)
        names.add(sc.names_en)
        if details:
            wrong = [f"{e.name_en}" for e in doc.entities]
            print(f"  {name}: P {sc.entities.precision:.3f} R {sc.entities.recall:.3f}")
            for m in sc.missed:
                if m.startswith("entity"):
                    print(f"    missed   {m}")
            for s in sc.spurious:
                if s.startswith("entity"):
                    print(f"    spurious {s}")
            del wrong
    return prf, names


def line(label: str, prf: PRF, names: Ratio) -> str:
    acc = f"{names.value:.3f}" if names.value is not None else "-"
    return f"| {label} | {prf.tp + prf.fn} | {prf.precision:.3f} | {prf.recall:.3f} | {prf.f1:.3f} | {acc} |"


def timed(fn: Callable[[], None], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def speed(texts: list[str], morphology: bool) -> None:
    """Per-token time: first pass over unseen texts (word caches cold, models loaded), then warm."""
    docs = [Pipeline(TEXT_STAGES)(Document(text="", raw=t)) for t in texts]
    tokens = sum(len(d.tokens) for d in docs)
    ent, link = get_stage("entities"), get_stage("linking")
    warmup = Pipeline(TEXT_STAGES)(Document(text="", raw="Бишкекте Асан Асанов сүйлөдү."))
    stages = [ent, link]
    if morphology:
        morph = get_stage("morphology")
        morph(warmup)  # load the model
        stages.insert(0, morph)
    ent(warmup)  # load the KB and word lists
    link(warmup)
    cold: dict[str, float] = {}
    warm: dict[str, float] = {}
    for name, fns in (
        ("morphology", stages[:1] if morphology else []),
        ("entities+linking", stages[-2:]),
    ):
        if not fns:
            continue
        cold[name] = timed(lambda fns=fns: [f(d) for d in docs for f in fns], repeat=1)
        warm[name] = timed(lambda fns=fns: [f(d) for d in docs for f in fns])
    print(f"\nspeed over {len(docs)} texts, {tokens} tokens (one core):")
    print("| stage | first pass µs/token | warm (best of 3) µs/token |")
    print("|---|---|---|")
    for name in cold:
        print(f"| {name} | {cold[name] / tokens * 1e6:.1f} | {warm[name] / tokens * 1e6:.1f} |")
    if "morphology" in cold:
        ratio_cold = cold["entities+linking"] / cold["morphology"]
        ratio_warm = warm["entities+linking"] / warm["morphology"]
        print(f"| entities+linking / morphology | {ratio_cold:.0%} | {ratio_warm:.0%} |")


def main() -> None:
    details = "--details" in sys.argv
    morphology = "--no-morphology" not in sys.argv
    one_core()
    shared = shared_dir()
    rows = articles(shared)
    print("| set | gold entities | P | R | F1 | name_en acc. |")
    print("|---|---|---|---|---|---|")
    seed_prf, seed_names = score(rows[:1], morphology, details)
    print(line("seed article", seed_prf, seed_names))
    own_prf, own_names = score(rows[1:], morphology, details)
    print(line(f"own gold articles ({len(rows) - 1})", own_prf, own_names))
    kb = knowledge_base()
    saved = dict(kb.actors)
    for actor_id in [i for i, a in kb.actors.items() if a.type == "PER"]:
        del kb.actors[actor_id]
    kb._build_index()
    try:
        p, n = score(rows[:1], morphology, details)
        print(line("seed, no persons in the KB", p, n))
        p, n = score(rows[1:], morphology, details)
        print(line("own gold, no persons in the KB", p, n))
    finally:
        kb.actors.clear()
        kb.actors.update(saved)
        kb._build_index()
    xwmt = (shared / "data" / "xwmt" / "en-ky.ky").read_text("utf-8").splitlines()
    texts = [t for _, t, _ in rows] + ["\n".join(xwmt[i : i + 10]) for i in range(0, len(xwmt), 10)]
    speed(texts, morphology)


if __name__ == "__main__":
    main()
