"""Train the morphological tagger from UD Kyrgyz-KTMU train: ``python -m kabar.morphology.build_tagger``.

Deterministic (fixed seed, sorted tables). The lexicon and suffix features seen in
training are built out-of-fold (10-fold jackknife), so the model learns how much to
trust them for words it has not seen, as at run time. ``--holdout`` trains on four
fifths of train and reports accuracy on the fifth the analyser's derived lexicon
leaves out (sentence ``i % 5 == 4``, see ``build_lexicon``), for tuning; test is never
used here. The analyser (when present) must be built first: its readings are
features. Rebuilt by ``make models``.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from kabar.evaluate.morphology import universal_feats
from kabar.formats import conllu
from kabar.morphology.tagger import (
    CTX_PARTS,
    LEMMA_SUFFIX,
    MAX_SUFFIX,
    AnalyseFunc,
    Tagger,
    analyser,
    analyser_info,
    candidate_tags,
    context_features,
    known_stem,
    lemma_candidates,
    lemma_script,
    model_path,
    safe_analyses,
    static_features,
    tag_key,
    tag_parts,
)
from kabar.morphology.types import Analysis

SEED = 13
FOLDS = 10
EPOCHS = 6
MAX_SFX_CANDS = 12
RARE = 3
SFX_MIN = 1
SFX_KEEP = 40
LEM_KEEP = 4

Word = tuple[str, str, str]
"""(form, lemma, tag key)."""


def default_train() -> Path:
    env = os.environ.get("KABAR_SHARED")
    base = Path(env) if env else Path(__file__).resolve().parents[3].parent / "shared"
    return base / "data" / "ud-ktmu" / "ky_ktmu-ud-train.conllu"


def load(path: Path) -> list[list[Word]]:
    return [
        [(w.form, w.lemma, tag_key(w.upos, w.feats)) for w in s.words] for s in conllu.read(path)
    ]


# ------------------------------------------------------------------ tables


def build_lexicon(
    sents: Sequence[Sequence[Word]], tag_index: dict[str, int], lower: bool
) -> dict[str, list[list[Any]]]:
    """form -> [[tag id, count, strip, append, case], ...], most frequent first."""
    counts: dict[str, Counter[tuple[int, int, str, str]]] = defaultdict(Counter)
    for s in sents:
        for form, lemma, tag in s:
            strip, append, case = lemma_script(form, lemma)
            key = form.lower() if lower else form
            counts[key][(tag_index[tag], strip, append, case if not lower else "")] += 1
    lemma_freq = Counter(lemma.lower() for s in sents for _f, lemma, _t in s)
    lex: dict[str, list[list[Any]]] = {}
    for form in sorted(counts):
        per_tag: dict[int, list[Any]] = {}

        # One lemma per (form, tag): the most frequent, weighted by how common the lemma
        # is overall, so a rare slip (президенти -> президен, 2 of 3) loses to the
        # lemma the treebank uses everywhere else (президент).
        def rank(kv: tuple[tuple[int, int, str, str], int], form: str = form) -> tuple[Any, ...]:
            (_t, strip, append, _case), c = kv
            lemma = form.lower()[: len(form) - strip] + append if strip else form.lower() + append
            return (-c * lemma_freq.get(lemma, 1), kv[0])

        for (t, strip, append, case), c in sorted(counts[form].items(), key=rank):
            if t in per_tag:
                per_tag[t][1] += c
            else:
                per_tag[t] = [t, c, strip, append, case]
        lex[form] = sorted(per_tag.values(), key=lambda e: (-e[1], e[0]))
    return lex


def build_suffixes(
    sents: Sequence[Sequence[Word]], tag_index: dict[str, int]
) -> dict[str, list[int]]:
    """``C``/``L``/``A`` + ending -> tag ids seen with it (by frequency), for guessing rare words."""
    counts: dict[str, Counter[int]] = defaultdict(Counter)
    for s in sents:
        for form, _lemma, tag in s:
            low = form.lower()
            t = tag_index[tag]
            cls = "C" if form[:1].isupper() else "L"
            for k in range(0, min(MAX_SUFFIX, len(low)) + 1):
                suf = low[-k:] if k else ""
                counts[cls + suf][t] += 1
                counts["A" + suf][t] += 1
    out: dict[str, list[int]] = {}
    for key in sorted(counts):
        c = counts[key]
        if sum(c.values()) < SFX_MIN:
            continue
        out[key] = [t for t, _ in sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[:SFX_KEEP]]
    return out


def build_lemma_table(
    sents: Sequence[Sequence[Word]], tag_index: dict[str, int]
) -> dict[str, list[list[Any]]]:
    """``T<tag>|ending`` and ``U<upos>|ending`` -> [[strip, append, count], ...]."""
    counts: dict[str, Counter[tuple[int, str]]] = defaultdict(Counter)
    for s in sents:
        for form, lemma, tag in s:
            low = form.lower()
            script = lemma_script(form, lemma)[:2]
            upos = tag.partition("\t")[0]
            t = tag_index[tag]
            for k in range(1, min(LEMMA_SUFFIX, len(low)) + 1):
                suf = low[-k:]
                counts[f"T{t}|{suf}"][script] += 1
                counts[f"U{upos}|{suf}"][script] += 1
    out: dict[str, list[list[Any]]] = {}
    for key in sorted(counts):
        rows = sorted(counts[key].items(), key=lambda kv: (-kv[1], kv[0]))[:LEM_KEEP]
        out[key] = [[s, a, c] for (s, a), c in rows]
    return out


def build_known_lemmas(sents: Sequence[Sequence[Word]]) -> dict[str, str]:
    """Lower-cased lemma -> its most frequent UPOS."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for s in sents:
        for _form, lemma, tag in s:
            counts[lemma.lower()][tag.partition("\t")[0]] += 1
    return {
        lemma: sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        for lemma, c in sorted(counts.items())
    }


# ------------------------------------------------------------------ training


class Perceptron:
    """Averaged multiclass perceptron over sparse string features (lazy averaging).

    A tag is scored through its parts (``tag_parts``): static features against all
    of them, context features against the first ``CTX_PARTS`` only, as at run time.
    """

    def __init__(self, parts: list[list[int]]) -> None:
        self.parts = parts
        self.ctx_parts = [p[:CTX_PARTS] for p in parts]
        self.w: dict[str, dict[int, float]] = defaultdict(dict)
        self.totals: dict[tuple[str, int], float] = defaultdict(float)
        self.stamps: dict[tuple[str, int], int] = defaultdict(int)
        self.i = 0

    def score(self, static: Sequence[str], ctx: Sequence[str], cands: Sequence[int]) -> int:
        scores = dict.fromkeys(cands, 0.0)
        for feats, parts in ((static, self.parts), (ctx, self.ctx_parts)):
            for f in feats:
                w = self.w.get(f)
                if w:
                    for t in cands:
                        for p in parts[t]:
                            v = w.get(p)
                            if v:
                                scores[t] += v
        return max(cands, key=lambda t: (scores[t], -t))

    def update(self, truth: int, guess: int, static: Sequence[str], ctx: Sequence[str]) -> None:
        self.i += 1
        if truth == guess:
            return
        for feats, parts in ((static, self.parts), (ctx, self.ctx_parts)):
            delta: dict[int, float] = defaultdict(float)
            for p in parts[truth]:
                delta[p] += 1.0
            for p in parts[guess]:
                delta[p] -= 1.0
            changes = [(p, d) for p, d in delta.items() if d]
            for f in feats:
                w = self.w[f]
                for p, d in changes:
                    key = (f, p)
                    cur = w.get(p, 0.0)
                    self.totals[key] += (self.i - self.stamps[key]) * cur
                    self.stamps[key] = self.i
                    w[p] = cur + d

    def averaged(self) -> dict[str, str]:
        """Averaged weights, scaled by 1000 and rounded, as ``feat -> "part w part w ..."``.

        One string per feature, not a JSON list: the tagger splits a feature's string only
        when it first needs it, and strings parse several times faster than lists of numbers
        when the model loads (the whole model loaded in 0.13 s with lists, 0.07 s so).
        """
        out: dict[str, str] = {}
        for f in sorted(self.w):
            flat: list[int] = []
            for t in sorted(self.w[f]):
                key = (f, t)
                total = self.totals[key] + (self.i - self.stamps[key]) * self.w[f][t]
                v = round(1000.0 * total / max(self.i, 1))
                if v:
                    flat.extend((t, v))
            if flat:
                out[f] = " ".join(map(str, flat))
        return out


LemmaExample = tuple[dict[str, list[str]], str]


def token_table(
    sents: Sequence[Sequence[Word]],
    tags: list[str],
    tag_index: dict[str, int],
    an_func: AnalyseFunc | None,
) -> tuple[list[list[tuple[list[str], list[int], int]]], list[LemmaExample]]:
    """Per training token: static features, candidates (gold included), gold id -- out of fold.

    Also the lemma-ranker examples: words the out-of-fold lexicon does not hold with
    their UPOS, i.e. those whose lemma the ranker decides at run time.
    """
    folds = [[s for j, s in enumerate(sents) if j % FOLDS != k] for k in range(FOLDS)]
    an_cache: dict[str, list[Analysis]] = {}
    table: list[list[tuple[list[str], list[int], int]]] = []
    lemma_examples: list[LemmaExample] = []
    fold_tables = []
    for k in range(FOLDS):
        fold_tables.append(
            (
                build_lexicon(folds[k], tag_index, False),
                build_lexicon(folds[k], tag_index, True),
                build_suffixes(folds[k], tag_index),
                build_lemma_table(folds[k], tag_index),
                build_known_lemmas(folds[k]),
            )
        )
    for j, s in enumerate(sents):
        lex, lex_lower, sfx, lem, known = fold_tables[j % FOLDS]
        rows = []
        for i, (form, lemma, tag) in enumerate(s):
            entry = lex.get(form) or lex_lower.get(form.lower(), [])
            if form not in an_cache:
                an_cache[form] = safe_analyses(an_func, form)
            an = an_cache[form]
            an_info = analyser_info(an, known)
            an_tags = [t for t, _kn in an_info]
            feats = static_features(
                form,
                [tags[e[0]] for e in entry],
                an_info,
                an_func is None or bool(an_tags),
                known_stem(form.lower(), known),
                i == 0,
            )
            cands = candidate_tags(
                form,
                [e[0] for e in entry],
                sum(e[1] for e in entry),
                [tag_index[t] for t in an_tags if t in tag_index],
                sfx,
                tag_index,
                MAX_SFX_CANDS,
                RARE,
            )
            gold = tag_index[tag]
            if gold not in cands:
                cands = [*cands, gold]
            rows.append((feats, cands, gold))
            upos = tag.partition("\t")[0]
            if not any(tags[e[0]].partition("\t")[0] == upos for e in entry) and any(
                ch.isalpha() for ch in form
            ):
                lc = lemma_candidates(form, gold, tags, an, lem, known, i == 0)
                if lemma in lc:
                    lemma_examples.append((lc, lemma))
        table.append(rows)
    return table, lemma_examples


def train_lemma_ranker(examples: Sequence[LemmaExample], epochs: int) -> dict[str, int]:
    """Averaged ranking perceptron over candidate-lemma features, scaled by 1000."""
    w: dict[str, float] = defaultdict(float)
    totals: dict[str, float] = defaultdict(float)
    stamps: dict[str, int] = defaultdict(int)
    i = 0
    rng = random.Random(SEED)
    order = list(range(len(examples)))
    for _ in range(epochs):
        rng.shuffle(order)
        for j in order:
            cands, gold = examples[j]
            i += 1
            best = max(cands, key=lambda c: (sum(w.get(f, 0.0) for f in cands[c]), c))
            if best == gold:
                continue
            for feats, d in ((cands[gold], 1.0), (cands[best], -1.0)):
                for f in feats:
                    totals[f] += (i - stamps[f]) * w[f]
                    stamps[f] = i
                    w[f] += d
    out: dict[str, int] = {}
    for f in sorted(w):
        v = round(1000.0 * (totals[f] + (i - stamps[f]) * w[f]) / max(i, 1))
        if v:
            out[f] = v
    return out


def train(
    sents: Sequence[Sequence[Word]], epochs: int = EPOCHS, use_analyser: bool = True
) -> dict[str, Any]:
    """The model dict (as written to disk) trained on ``sents``."""
    tag_counts = Counter(tag for s in sents for _f, _l, tag in s)
    tags = sorted(tag_counts, key=lambda t: (-tag_counts[t], t))
    tag_index = {t: i for i, t in enumerate(tags)}
    an_func = analyser() if use_analyser else None
    table, lemma_examples = token_table(sents, tags, tag_index, an_func)
    rng = random.Random(SEED)
    order = list(range(len(sents)))
    model = Perceptron(tag_parts(tags)[1])
    for _epoch in range(epochs):
        rng.shuffle(order)
        for j in order:
            words = sents[j]
            lows = [f.lower() for f, _l, _t in words]
            p1 = p2 = "<s>"
            for i, (feats, cands, gold) in enumerate(table[j]):
                ctx = context_features(lows, i, p1, p2)
                guess = model.score(feats, ctx, cands) if len(cands) > 1 else cands[0]
                model.update(gold, guess, feats, ctx)
                p2 = p1
                p1 = tags[guess]  # learn from our own (greedy) history, as at run time
    return {
        "meta": {
            "what": "Kyrgyz morphological tagger (averaged perceptron) for kabar",
            "derived_from": "UD Kyrgyz-KTMU train (ky_ktmu-ud-train.conllu)",
            "licence": "CC BY-SA 4.0 (derived from UD Kyrgyz-KTMU)",
            "rebuild": "make models (python -m kabar.morphology.build_tagger)",
            "sentences": len(sents),
            "tokens": sum(len(s) for s in sents),
            "epochs": epochs,
            "seed": SEED,
            "analyser": an_func is not None,
            "max_sfx_cands": MAX_SFX_CANDS,
            "rare": RARE,
        },
        "tags": tags,
        "weights": model.averaged(),
        "lex": build_lexicon(sents, tag_index, False),
        "lex_lower": build_lexicon(sents, tag_index, True),
        "sfx": build_suffixes(sents, tag_index),
        "lem": build_lemma_table(sents, tag_index),
        "lemmas": build_known_lemmas(sents),
        "lemma_weights": train_lemma_ranker(lemma_examples, epochs),
    }


def write_model(model: dict[str, Any], path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    with open(path, "wb") as raw, gzip.GzipFile("", "wb", fileobj=raw, mtime=0) as fh:
        fh.write(data.encode("utf-8"))


def evaluate(tagger: Tagger, sents: Sequence[Sequence[Word]], seen: set[str]) -> dict[str, float]:
    n = ok_pos = ok_lem = ok_feat = 0
    un = un_lem = un_tag = 0
    for s in sents:
        pred = tagger.tag([f for f, _l, _t in s])
        for (form, lemma, tag), a in zip(s, pred, strict=True):
            pos, _, feats = tag.partition("\t")
            n += 1
            ok_pos += a.pos == pos
            ok_feat += universal_feats(a.feats) == universal_feats(feats)
            ok_lem += a.lemma == lemma
            if form not in seen:
                un += 1
                un_lem += a.lemma == lemma
                un_tag += a.pos == pos and a.feats == feats
    return {
        "UPOS": 100 * ok_pos / n,
        "UFeats": 100 * ok_feat / n,
        "Lemma": 100 * ok_lem / n,
        "unseen%": 100 * un / n,
        "unseen Lemma": 100 * un_lem / max(un, 1),
        "unseen Tag": 100 * un_tag / max(un, 1),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--train", type=Path, default=default_train())
    ap.add_argument("--out", type=Path, default=model_path())
    ap.add_argument(
        "--holdout", action="store_true", help="train on 4/5 of train, report on the other fifth"
    )
    ap.add_argument("--epochs", type=int, default=EPOCHS)
    ap.add_argument("--no-analyser", action="store_true")
    args = ap.parse_args(argv)
    if not args.train.is_file():
        print(f"error: training file {args.train} not found (set KABAR_SHARED)", file=sys.stderr)
        return 2
    try:
        sents = load(args.train)
    except conllu.ConlluError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    if args.holdout:
        fit = [s for i, s in enumerate(sents) if i % 5 != 4]
        held = [s for i, s in enumerate(sents) if i % 5 == 4]
        model = train(fit, args.epochs, not args.no_analyser)
        tagger = Tagger(model)
        seen = {f for s in fit for f, _l, _t in s}
        res = evaluate(tagger, held, seen)
        print(
            f"holdout ({len(held)} sentences, analyser={model['meta']['analyser']}): "
            + "  ".join(f"{k} {v:.1f}" for k, v in res.items())
        )
        return 0
    model = train(sents, args.epochs, not args.no_analyser)
    write_model(model, args.out)
    size = args.out.stat().st_size
    print(
        f"wrote {args.out} ({size / 1e6:.2f} MB, {len(model['tags'])} tags, "
        f"{len(model['weights'])} features, analyser={model['meta']['analyser']}) "
        f"in {time.perf_counter() - t0:.1f} s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
