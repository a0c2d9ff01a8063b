"""Exactness of ``inflect`` on UniMorph Kyrgyz verb paradigms.

Run: ``.venv/bin/python benchmarks/morphology_generation.py`` (needs ../shared or $KABAR_SHARED).
A cell counts as exact when the UniMorph form is among the forms ``inflect`` returns
("in list") or is the first one ("top-1"). Latin look-alike letters in the UniMorph
file are mapped to Cyrillic first.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from kabar.morphology.generate import inflect  # noqa: E402

LOOKALIKE = str.maketrans("aoepcyxkmhtbAOEPCYXKMHTBᴙ", "аоерсухкмнтвАОЕРСУХКМНТВя")


def unimorph_rows(shared: Path) -> list[tuple[str, str, str]]:
    rows = []
    with open(shared / "data" / "unimorph-kir" / "kir", encoding="utf-8") as fh:
        for line in fh:
            parts = line.rstrip("\n").split("\t")
            if len(parts) == 3:
                lemma, form, tags = parts
                rows.append((lemma.translate(LOOKALIKE), form.translate(LOOKALIKE), tags))
    return rows


def score(rows: list[tuple[str, str, str]]) -> tuple[float, float, Counter[str]]:
    in_list = top1 = 0
    misses: Counter[str] = Counter()
    for lemma, form, tags in rows:
        got = inflect(lemma, tags)
        if form in got:
            in_list += 1
        else:
            misses[tags] += 1
        if got[:1] == [form]:
            top1 += 1
    return in_list / len(rows), top1 / len(rows), misses


def main() -> int:
    shared = None
    for cand in (os.environ.get("KABAR_SHARED"), str(REPO.parent / "shared")):
        if cand and (Path(cand) / "data" / "unimorph-kir").is_dir():
            shared = Path(cand)
    if shared is None:
        print("../shared/data/unimorph-kir not found; nothing measured")
        return 1
    rows = unimorph_rows(shared)
    t0 = time.perf_counter()
    in_list, top1, misses = score(rows)
    dt = time.perf_counter() - t0
    print(
        f"| UniMorph Kyrgyz verbs ({len(rows)} cells, {len({r[0] for r in rows})} lemmas) | share |"
    )
    print("|---|---:|")
    print(f"| exact, form among inflect() output | {in_list:.1%} |")
    print(f"| exact, first form | {top1:.1%} |")
    print(f"\n{len(rows) / dt:,.0f} cells/s (cold cache)")
    if misses:
        print("\nMost missed tag sets:", ", ".join(f"{t} ({n})" for t, n in misses.most_common(6)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
