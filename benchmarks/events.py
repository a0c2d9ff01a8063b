"""Times, quotes and events: accuracy on the seed and our gold articles, and pipeline speed.

Usage: .venv/bin/python benchmarks/events.py [--details | --speed]
       .venv-fast/bin/python benchmarks/events.py --speed   (the compiled build, ``make fast``)

Two rows per article set:
- ``pipeline``: ``kabar.analyze`` end to end (our entity stage feeds quotes and events);
- ``gold entities``: the gold annotation's entities are attached by their forms
  (``kabar.evaluate.gold_entities``) and the tagger is left out, so the row measures the
  time, quote and event stages alone, on their own rules.
Speed: whole pipeline, one process (one core), tokens per second over all articles,
best of five passes (of five rounds each) after a warm-up, of whichever kabar the
interpreter imports: the editable source (``.venv``) or the mypyc build (``.venv-fast``).
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
REPEAT = 5
if importlib.util.find_spec("kabar") is None:  # run without an install: the source tree
    sys.path.insert(0, str(REPO / "src"))

import kabar  # noqa: E402
from kabar.document import Document  # noqa: E402
from kabar.evaluate.articles import Totals, print_report, score_article  # noqa: E402
from kabar.evaluate.gold_entities import attach_gold_entities  # noqa: E402
from kabar.pipeline import Pipeline, get_stage  # noqa: E402


def shared_dir() -> Path | None:
    import os

    for cand in (os.environ.get("KABAR_SHARED"), str(REPO.parent / "shared")):
        if cand and (Path(cand) / "seed").is_dir():
            return Path(cand)
    return None


def articles() -> list[tuple[str, str, dict[str, Any]]]:
    out: list[tuple[str, str, dict[str, Any]]] = []
    shared = shared_dir()
    if shared is not None:
        gold = json.loads((shared / "seed" / "gold.json").read_text(encoding="utf-8"))
        text = (shared / "seed" / f"{gold['id']}.txt").read_text(encoding="utf-8")
        out.append(("seed", text, gold))
    for path in sorted((REPO / "tests" / "gold" / "articles").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        gold.setdefault("id", path.stem)
        out.append((path.stem, path.with_suffix(".txt").read_text(encoding="utf-8"), gold))
    return out


def with_gold_entities(text: str, gold: dict[str, Any]) -> Document:
    published = gold.get("published")
    doc = Document(
        text="",
        raw=text,
        id=str(gold.get("id")),
        published=dt.date.fromisoformat(published) if published else None,
    )
    Pipeline(["clean", "segment", "language"])(doc)
    attach_gold_entities(doc, gold)
    for name in ("coreference", "times", "quotes", "events", "implicit_actors"):
        get_stage(name)(doc)
    return doc


def main() -> None:
    details = "--details" in sys.argv
    arts = articles()
    if "--speed" not in sys.argv:
        accuracy(arts, details)
    speed(arts)


def accuracy(arts: list[tuple[str, str, dict[str, Any]]], details: bool) -> None:
    for label, make in (
        (
            "pipeline",
            lambda t, g: kabar.analyze(t, published=g.get("published"), id=str(g.get("id"))),
        ),
        ("gold entities", with_gold_entities),
    ):
        for subset, items in (
            ("seed", arts[:1]),
            (f"ours ({len(arts) - 1})", arts[1:]),
            ("all", arts),
        ):
            totals = Totals()
            for _, text, gold in items:
                totals.articles.append(score_article(gold, make(text, gold)))
            t = totals.total
            print(
                f"{label:<14} {subset:<9} events P/R/F {t.events.precision:.2f}/{t.events.recall:.2f}/"
                f"{t.events.f1:.2f} (no date R {t.events_nodate.recall:.2f}) dates {t.event_dates.value or 0:.2f} "
                f"quotes P/R {t.quotes.precision:.2f}/{t.quotes.recall:.2f} "
                f"times P/R {t.times.precision:.2f}/{t.times.recall:.2f} neg! {t.negation_errors}"
            )
            if details and subset == "all":
                print_report(totals, details=True)


def speed(arts: list[tuple[str, str, dict[str, Any]]]) -> None:
    texts = [text for _, text, _ in arts]
    for text in texts:
        kabar.analyze(text)
    n_tokens = sum(len(kabar.analyze(text).tokens) for text in texts)
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        for _ in range(REPEAT):
            for text, (_, _, gold) in zip(texts, arts, strict=True):
                kabar.analyze(text, published=gold.get("published"))
        best = min(best, (time.perf_counter() - start) / REPEAT)
    print(
        f"speed: whole pipeline {n_tokens} tokens in {best:.3f}s = {n_tokens / best:,.0f} tok/s "
        f"(one core, best of 5 passes of {REPEAT} rounds; "
        f"{'compiled build' if kabar.compiled() else 'pure Python source'})"
    )
    stages = Pipeline()
    per_stage: dict[str, float] = {name: 0.0 for name in stages.names}
    for text, (_, _, gold) in zip(texts, arts, strict=True):
        published = gold.get("published")
        doc = Document(
            text="", raw=text, published=dt.date.fromisoformat(published) if published else None
        )
        for st in stages.stages:
            start = time.perf_counter()
            st(doc)
            per_stage[st.name] += time.perf_counter() - start
    print("per stage (s): " + ", ".join(f"{k} {v:.3f}" for k, v in per_stage.items()))


if __name__ == "__main__":
    main()
