"""Quality gate: lemma/UPOS/UFeats on UD Kyrgyz-KTMU test must not fall below the floors.

Floors sit a little under what BENCHMARKS.md reports (gold tokenisation, CoNLL 2018
conventions); the TueCL treebank is checked too, with looser floors (other genre).
Skipped when ../shared is absent.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kabar.evaluate.morphology import score, tag_sentences
from kabar.formats import conllu
from kabar.morphology.tagger import Tagger

KTMU_FLOORS = {"UPOS": 90.5, "Lemma": 90.0, "UFeats": 77.0}
KTMU_UNSEEN_FLOORS = {"Lemma": 75.0}
TUECL_FLOORS = {"UPOS": 70.0, "Lemma": 79.0}


def _evaluate(path: Path) -> dict[str, float]:
    gold = conllu.read(path)
    tagger = Tagger.load()
    res = score(gold, tag_sentences(gold, tagger.tag), lambda form: form in tagger.lex)
    out = {m: res["all"].percent(m) for m in ("UPOS", "Lemma", "UFeats")}
    out.update({f"unseen {m}": res["unseen"].percent(m) for m in ("UPOS", "Lemma", "UFeats")})
    return out


def test_ktmu_test_accuracy_holds_its_floors(shared_dir: Path) -> None:
    got = _evaluate(shared_dir / "data" / "ud-ktmu" / "ky_ktmu-ud-test.conllu")
    for metric, floor in KTMU_FLOORS.items():
        assert got[metric] >= floor, f"KTMU {metric} {got[metric]:.2f} < floor {floor}"
    for metric, floor in KTMU_UNSEEN_FLOORS.items():
        assert got[f"unseen {metric}"] >= floor, (
            f"KTMU unseen {metric} {got[f'unseen {metric}']:.2f}"
        )


def test_tuecl_test_accuracy_holds_its_floors(shared_dir: Path) -> None:
    path = shared_dir / "data" / "ud-tuecl" / "ky_tuecl-ud-test.conllu"
    if not path.is_file():
        pytest.skip("UD Kyrgyz-TueCL test is not in ../shared")
    got = _evaluate(path)
    for metric, floor in TUECL_FLOORS.items():
        assert got[metric] >= floor, f"TueCL {metric} {got[metric]:.2f} < floor {floor}"
