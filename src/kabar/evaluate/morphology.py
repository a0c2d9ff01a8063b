"""Evaluate lemma/UPOS/UFeats against a UD CoNLL-U file, CoNLL 2018 conventions.

Gold tokenisation (the tagger sees the gold words of each sentence); multiword
ranges and empty nodes skipped; UFeats compares the set of *universal* features
only, as ``conll18_ud_eval.py`` does (layered ``Number[psor]``/``Person[psor]`` are
dropped from both sides); a gold lemma ``_`` matches anything. We predict no XPOS,
so "AllTags (no XPOS)" is UPOS + UFeats, not CoNLL 2018's UPOS+XPOS+UFeats.
Words are "seen" when their form is in the tagger's training lexicon.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from kabar.formats import conllu
from kabar.morphology.types import Analysis

UNIVERSAL_FEATURES = frozenset(
    (
        "PronType", "NumType", "Poss", "Reflex", "Foreign", "Abbr", "Gender", "Animacy",
        "Number", "Case", "Definite", "Degree", "VerbForm", "Mood", "Tense", "Aspect",
        "Voice", "Evident", "Polarity", "Person", "Polite",
    )
)  # fmt: skip
METRICS = ("UPOS", "Lemma", "UFeats", "AllTags (no XPOS)")
GROUPS = ("all", "seen", "unseen")


def universal_feats(feats: str) -> str:
    """CoNLL 2018's view of a FEATS column: universal features only, sorted."""
    if not feats or feats == "_":
        return ""
    return "|".join(
        sorted(f for f in feats.split("|") if f.partition("=")[0] in UNIVERSAL_FEATURES)
    )


@dataclass(slots=True)
class Counts:
    words: int = 0
    upos: int = 0
    lemma: int = 0
    ufeats: int = 0
    alltags: int = 0

    def percent(self, metric: str) -> float:
        hits = {
            "UPOS": self.upos,
            "Lemma": self.lemma,
            "UFeats": self.ufeats,
            "AllTags (no XPOS)": self.alltags,
        }[metric]
        return 100.0 * hits / self.words if self.words else 0.0


Reading = tuple[str, str, str]
"""(lemma, UPOS, FEATS) of one word."""


def score(
    gold: Sequence[conllu.ConlluSentence],
    predicted: Sequence[Sequence[Reading]],
    seen: Callable[[str], bool] | None = None,
) -> dict[str, Counts]:
    """Counts for all words and, when ``seen`` is given, for seen and unseen words."""
    out = {g: Counts() for g in GROUPS}
    for sent, pred in zip(gold, predicted, strict=True):
        if len(pred) != len(sent.words):
            raise ValueError(
                f"line {sent.line}: {len(pred)} predictions for {len(sent.words)} words"
            )
        for w, (lemma, upos, feats) in zip(sent.words, pred, strict=True):
            ok_upos = upos == w.upos
            ok_lemma = w.lemma == "_" or lemma == w.lemma
            ok_feats = universal_feats(feats) == universal_feats(w.feats)
            groups = ["all"]
            if seen is not None:
                groups.append("seen" if seen(w.form) else "unseen")
            for g in groups:
                c = out[g]
                c.words += 1
                c.upos += ok_upos
                c.lemma += ok_lemma
                c.ufeats += ok_feats
                c.alltags += ok_upos and ok_feats
    return out


def format_table(results: dict[str, Counts], title: str) -> str:
    total = results["all"].words or 1
    lines = [title]
    head = f"{'metric':<20}" + "".join(f"{g:>9}" for g in GROUPS)
    lines.append(head)
    lines.append(f"{'words':<20}" + "".join(f"{results[g].words:>9}" for g in GROUPS))
    lines.append(
        f"{'share %':<20}" + "".join(f"{100.0 * results[g].words / total:>9.1f}" for g in GROUPS)
    )
    for m in METRICS:
        lines.append(f"{m:<20}" + "".join(f"{results[g].percent(m):>9.2f}" for g in GROUPS))
    return "\n".join(lines)


def tag_sentences(
    sentences: Sequence[conllu.ConlluSentence], tagger_tag: Callable[[list[str]], list[Analysis]]
) -> list[list[Reading]]:
    out: list[list[Reading]] = []
    for s in sentences:
        readings = tagger_tag([w.form for w in s.words])
        out.append([(a.lemma, a.pos, a.feats) for a in readings])
    return out


def main(conllu_path: Path, out: TextIO | None = None) -> int:
    """Tag ``conllu_path`` with gold tokenisation and print the accuracy table; 2 on bad input."""
    out = out if out is not None else sys.stdout
    path = Path(conllu_path)
    if not path.is_file():
        print(f"error: {path}: no such file", file=sys.stderr)
        return 2
    try:
        gold = conllu.read(path)
    except conllu.ConlluError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as exc:
        print(f"error: {path}: not UTF-8 ({exc.reason} at byte {exc.start})", file=sys.stderr)
        return 2
    from kabar.morphology.tagger import Tagger

    tagger = Tagger.load()
    predicted = tag_sentences(gold, tagger.tag)
    results = score(gold, predicted, lambda form: form in tagger.lex)
    title = f"{path.name}: {len(gold)} sentences, gold tokenisation"
    print(format_table(results, title), file=out)
    print(
        "UFeats: universal features only (CoNLL 2018); AllTags (no XPOS) = UPOS+UFeats, "
        "we predict no XPOS; seen = form in the tagger's training lexicon.",
        file=out,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
