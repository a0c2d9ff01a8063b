"""Coverage, oracle recall and speed of the Kyrgyz morphological analyser.

Run: ``.venv/bin/python benchmarks/morphology_coverage.py`` (needs ../shared or $KABAR_SHARED).

- coverage: share of word tokens with at least one non-X reading, and with a reading
  from the lexicon (not from the guesser), on the seed article, our examples and the
  KTMU test words and the X-WMT Kyrgyz sentences (only counted, never tuned on);
- oracle: share of held-out KTMU train tokens (every fifth sentence, left out of the
  derived lexicon) where SOME reading matches the gold lemma+UPOS (+Case, +all feats);
- speed: analyses() types/s cold and tokens/s with the cache warm.
"""

from __future__ import annotations

import os
import re
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kabar.morphology import analyzer  # noqa: E402
from kabar.morphology.build_lexicon import train_sentences  # noqa: E402
from kabar.morphology.ktmu import to_ktmu_feats  # noqa: E402

TOKEN = re.compile(r"[\w’'ʼ-]+|[^\w\s]", re.UNICODE)


def shared_dir() -> Path | None:
    for cand in (os.environ.get("KABAR_SHARED"), str(REPO.parent / "shared")):
        if cand and (Path(cand) / "seed").is_dir():
            return Path(cand)
    return None


def words_of(text: str) -> list[str]:
    return [t.strip("-'’") for t in TOKEN.findall(text) if any(c.isalpha() for c in t)]


def from_lexicon(word: str) -> bool:
    """True when a reading comes from the lexicon, irregular forms or rules for names/numbers."""
    return bool(analyzer._known(word)) or word[:1].isupper() or any(c.isdigit() for c in word)


def coverage(words: list[str]) -> tuple[int, float, float]:
    if not words:
        return 0, 0.0, 0.0
    non_x = sum(1 for w in words if any(a.pos != "X" for a in analyzer.analyses(w)))
    lex = sum(1 for w in words if from_lexicon(w))
    return len(words), non_x / len(words), lex / len(words)


def oracle(shared: Path) -> dict[str, float]:
    sents = train_sentences(shared / "data" / "ud-ktmu" / "ky_ktmu-ud-train.conllu", heldout=True)
    n = 0
    hits = {
        "lemma": 0,
        "lemma+UPOS": 0,
        "lemma+UPOS+Case": 0,
        "lemma+UPOS+Case, KTMU case habit (ktmu.py)": 0,
        "lemma+UPOS+feats": 0,
        "first lemma+UPOS": 0,
    }
    for sent in sents:
        for cols in sent:
            form, lemma, upos, feats = cols[1], cols[2], cols[3], cols[5]
            if upos in ("PUNCT", "SYM", "NUM"):
                continue
            n += 1
            reads = analyzer.analyses(form)
            gold_case = next((f for f in feats.split("|") if f.startswith("Case=")), None)
            ll = lemma.lower()
            if any(a.lemma.lower() == ll for a in reads):
                hits["lemma"] += 1
            if any(a.lemma.lower() == ll and a.pos == upos for a in reads):
                hits["lemma+UPOS"] += 1
            if reads[0].lemma.lower() == ll and reads[0].pos == upos:
                hits["first lemma+UPOS"] += 1
            if any(
                a.lemma.lower() == ll
                and a.pos == upos
                and (gold_case is None or gold_case in a.feats.split("|"))
                for a in reads
            ):
                hits["lemma+UPOS+Case"] += 1
            if any(
                a.lemma.lower() == ll
                and a.pos == upos
                and (gold_case is None or gold_case in to_ktmu_feats(a.feats).split("|"))
                for a in reads
            ):
                hits["lemma+UPOS+Case, KTMU case habit (ktmu.py)"] += 1
            if any(
                a.lemma.lower() == ll
                and a.pos == upos
                and a.feats == (feats if feats != "_" else "")
                for a in reads
            ):
                hits["lemma+UPOS+feats"] += 1
    return {k: v / max(n, 1) for k, v in hits.items()} | {"tokens": float(n)}


def speed(words: list[str]) -> tuple[float, float, float]:
    """types/s with an empty cache, tokens/s of a first pass over the text, tokens/s warm."""
    analyzer.analyses("жол")  # load tables outside the timing
    for w in words:  # build the suffix tables of every stem context once
        analyzer.analyses(w)
    analyzer.cache_clear()
    types = list(dict.fromkeys(words))
    t0 = time.perf_counter()
    for w in types:
        analyzer.analyses(w)
    cold = len(types) / (time.perf_counter() - t0)
    analyzer.cache_clear()
    t0 = time.perf_counter()
    for w in words:
        analyzer.analyses(w)
    first_pass = len(words) / (time.perf_counter() - t0)
    t0 = time.perf_counter()
    for w in words:
        analyzer.analyses(w)
    warm = len(words) / (time.perf_counter() - t0)
    return cold, first_pass, warm


def main() -> int:
    shared = shared_dir()
    if shared is None:
        print("../shared not found (set KABAR_SHARED); nothing measured")
        return 1
    t0 = time.perf_counter()
    analyzer.analyses("жол")
    load = time.perf_counter() - t0
    rows: list[tuple[str, int, float, float]] = []
    seed = words_of((shared / "seed" / "000_f1bb1109d737bb7e.txt").read_text(encoding="utf-8"))
    rows.append(("seed article", *coverage(seed)))
    own: list[str] = []
    for folder in (REPO / "examples", REPO / "tests" / "gold"):
        if folder.is_dir():
            for p in sorted(folder.rglob("*.txt")):
                own += words_of(p.read_text(encoding="utf-8", errors="replace"))
    if own:
        rows.append(("examples/ + tests/gold/", *coverage(own)))
    xwmt: list[str] = []
    for name in ("en-ky.ky", "ky-ru.ky", "kk-ky.ky"):
        path = shared / "data" / "xwmt" / name
        if path.exists():
            xwmt += words_of(path.read_text(encoding="utf-8"))
    if xwmt:
        rows.append(("X-WMT Kyrgyz news sentences (not tuned on)", *coverage(xwmt)))
    test_words = [
        cols[1]
        for s in train_sentences(
            shared / "data" / "ud-ktmu" / "ky_ktmu-ud-test.conllu", heldout=False
        )
        + train_sentences(shared / "data" / "ud-ktmu" / "ky_ktmu-ud-test.conllu", heldout=True)
        for cols in s
        if cols[3] not in ("PUNCT", "SYM", "NUM")
    ]
    rows.append(("KTMU test words", *coverage(test_words)))
    print("| text | word tokens | non-X reading | lexicon/rule reading |")
    print("|---|---:|---:|---:|")
    for name, n, nx, lx in rows:
        print(f"| {name} | {n} | {nx:.1%} | {lx:.1%} |")
    orc = oracle(shared)
    print()
    print(f"Oracle recall on held-out KTMU train ({int(orc.pop('tokens'))} word tokens):")
    print("| gold matched by some reading | share |")
    print("|---|---:|")
    for k, v in orc.items():
        print(f"| {k} | {v:.1%} |")
    sample = xwmt or seed * 20 + test_words
    cold, first_pass, warm = speed(sample)
    print()
    print(f"Load (tables, lexicon index): {load:.2f} s")
    print(
        f"Speed on {len(sample)} tokens / {len(set(sample))} types: {cold:,.0f} types/s uncached; "
        f"{first_pass:,.0f} tokens/s on a first pass (cache filling); {warm:,.0f} tokens/s warm"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
