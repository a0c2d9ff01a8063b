"""Text core speed (clean + language ID + sentences + tokens) and language-ID accuracy.

Run: ``.venv/bin/python benchmarks/text_core.py``. Prints two tables for BENCHMARKS.md.
"""

from __future__ import annotations

import time
from collections import Counter

from _shared import conllu_texts, one_core, shared_dir
from kabar.document import Document
from kabar.pipeline import Pipeline
from kabar.stages.language import identify

ARTICLE_SENTENCES = 20  # sentences per synthetic "article": about a news item's length
ROUNDS = 3


def articles(texts: list[str]) -> list[str]:
    return [
        " ".join(texts[i : i + ARTICLE_SENTENCES]) for i in range(0, len(texts), ARTICLE_SENTENCES)
    ]


def speed(shared: object) -> None:
    from pathlib import Path

    root = Path(str(shared)) / "data"
    texts = conllu_texts(root / "ud-ktmu" / "ky_ktmu-ud-train.conllu")
    texts += conllu_texts(root / "ud-ktmu" / "ky_ktmu-ud-test.conllu")
    for name in ("en-ky.ky", "kk-ky.kk", "ky-ru.ru"):
        texts += (root / "xwmt" / name).read_text(encoding="utf-8").splitlines()
    docs = articles(texts)
    core = Pipeline(["clean", "segment", "language"])
    core(Document(text="", raw="Жылыткы."))  # warm caches and imports
    best = float("inf")
    tokens = 0
    for _ in range(ROUNDS):
        start = time.perf_counter()
        tokens = 0
        for raw in docs:
            doc = core(Document(text="", raw=raw))
            tokens += sum(len(s.tokens) for s in doc.sentences)
        best = min(best, time.perf_counter() - start)
    print("| measure | value |")
    print("|---|---|")
    print(f"| articles | {len(docs):,} ({len(texts):,} sentences) |")
    print(f"| tokens | {tokens:,} |")
    print(f"| text core, one core | {tokens / best:,.0f} tok/s (best of {ROUNDS}) |")


def language_accuracy(shared: object) -> None:
    from pathlib import Path

    root = Path(str(shared))
    print()
    print("| set | sentences | accuracy | confusions |")
    print("|---|---|---|---|")
    for name, lang in (("en-ky.ky", "ky"), ("kk-ky.kk", "kk"), ("ky-ru.ru", "ru")):
        lines = [
            x
            for x in (root / "data" / "xwmt" / name).read_text(encoding="utf-8").splitlines()
            if x.strip()
        ]
        got = Counter(identify(x) for x in lines)
        wrong = {k: v for k, v in got.items() if k != lang}
        print(
            f"| X-WMT {name} ({lang}) | {len(lines)} | {got[lang] / len(lines):.2%} | {wrong or '-'} |"
        )
    seed = root / "seed" / "000_f1bb1109d737bb7e.txt"
    if seed.exists():
        doc = Pipeline(["clean", "segment", "language"])(
            Document(text="", raw=seed.read_text(encoding="utf-8"))
        )
        langs = Counter(s.language for s in doc.sentences)
        print(
            f"| seed article, per sentence (all ky) | {len(doc.sentences)} | {langs['ky'] / len(doc.sentences):.2%} | {dict(langs)} |"
        )


if __name__ == "__main__":
    one_core()
    shared = shared_dir()
    speed(shared)
    language_accuracy(shared)
