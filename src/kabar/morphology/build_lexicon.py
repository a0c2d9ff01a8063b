"""Build ``lang/ky/derived/lexicon_ktmu.tsv`` from UD Kyrgyz-KTMU train.

Run as ``python -m kabar.morphology.build_lexicon [shared_dir]`` (``make models``).
Reads only the TRAIN file, never test, and leaves out every fifth train sentence
(``HELDOUT_EVERY``) so the analyser's oracle recall can be measured on unseen text.
The result is a list of (lemma, UPOS, count): no sentences, no word forms.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

from kabar.resources import package_path

HELDOUT_EVERY = 5
"""Sentence ``i`` (0-based) is held out when ``i % HELDOUT_EVERY == HELDOUT_EVERY - 1``."""
SKIP_UPOS = frozenset({"PUNCT", "SYM", "X"})
HEADER = """# Lemma lexicon DERIVED from UD Kyrgyz-KTMU train (ky_ktmu-ud-train.conllu), licence CC BY-SA 4.0.
# Built by `python -m kabar.morphology.build_lexicon` (`make models`); do not edit by hand.
# Every fifth train sentence is left out (held out for the analyser's oracle benchmark).
# Columns: lemma, UPOS, count (tokens with that lemma and UPOS)
"""


def default_shared() -> Path:
    env = os.environ.get("KABAR_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[3].parent / "shared"


def train_sentences(path: Path, *, heldout: bool) -> list[list[list[str]]]:
    """Sentences of a CoNLL-U file as rows of 10 fields; ``heldout`` picks the held-out part."""
    sents: list[list[list[str]]] = []
    cur: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line:
                if cur:
                    sents.append(cur)
                cur = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) == 10 and cols[0].isdigit():
                cur.append(cols)
    if cur:
        sents.append(cur)
    keep = HELDOUT_EVERY - 1
    return [s for i, s in enumerate(sents) if (i % HELDOUT_EVERY == keep) == heldout]


def build(shared: Path, out: Path) -> int:
    train = shared / "data" / "ud-ktmu" / "ky_ktmu-ud-train.conllu"
    counts: Counter[tuple[str, str]] = Counter()
    for sent in train_sentences(train, heldout=False):
        for cols in sent:
            lemma, upos = cols[2].strip(), cols[3]
            if upos in SKIP_UPOS or not lemma or lemma == "_" or any(c.isdigit() for c in lemma):
                continue
            if upos != "PROPN" and not lemma.isupper():
                lemma = lemma.lower()
            counts[(lemma, upos)] += 1
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out, "w", encoding="utf-8") as fh:
        fh.write(HEADER)
        for (lemma, upos), n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            fh.write(f"{lemma}\t{upos}\t{n}\n")
    return len(counts)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    shared = Path(args[0]) if args else default_shared()
    out = package_path("lang", "ky", "derived", "lexicon_ktmu.tsv")
    if not (shared / "data" / "ud-ktmu").is_dir():
        print(f"no UD KTMU under {shared}; lexicon not rebuilt", file=sys.stderr)
        return 1
    n = build(shared, out)
    print(f"wrote {n} lemmas to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
