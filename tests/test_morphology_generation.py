"""Behaviour of the Kyrgyz word-form generator (kabar.morphology.generate)."""

from __future__ import annotations

from pathlib import Path

import pytest

from kabar.morphology.analyzer import analyses
from kabar.morphology.generate import inflect, verb_stem

LOOKALIKE = str.maketrans("aoepcyxkmhtbAOEPCYXKMHTBᴙ", "аоерсухкмнтвАОЕРСУХКМНТВя")


@pytest.mark.parametrize(
    ("lemma", "feats", "form"),
    [
        ("Токаев", "Case=Gen", "Токаевдин"),
        ("Вашингтон", "Case=Dat", "Вашингтонго"),
        ("Трамп", "Case=Acc", "Трампты"),
        ("Казакстан", "Case=Loc", "Казакстанда"),
        ("Өзбекстан", "Case=Abl", "Өзбекстандан"),
        ("АКШ", "Case=Gen", "АКШнын"),
        ("ЕАЭБ", "Case=Dat", "ЕАЭБге"),
    ],
)
def test_names_expand_into_case_forms(lemma: str, feats: str, form: str) -> None:
    assert inflect(lemma, feats, "PROPN")[0] == form


def test_compound_name_ending_in_possessive_takes_buffer_n() -> None:
    assert inflect("Башкы Ассамблеясы", "Case=Dat", "PROPN")[0] == "Башкы Ассамблеясына"
    assert inflect("Кошмо Штаттар", "Case=Gen", "PROPN")[0] == "Кошмо Штаттардын"


def test_latin_names_get_apostrophe_variants() -> None:
    assert inflect("Telegram", "Case=Dat", "PROPN") == ["Telegramга", "Telegram’га", "Telegram'га"]


def test_possessed_noun_takes_buffer_n_before_case() -> None:
    assert inflect("президент", "Case=Gen|Person[psor]=3", "NOUN")[0] == "президентинин"
    assert inflect("үй", "Case=Dat|Person[psor]=3", "NOUN")[0] == "үйүнө"


def test_common_nouns_voice_final_stop_but_names_do_not() -> None:
    assert inflect("талап", "Person[psor]=3", "NOUN")[0] == "талабы"
    assert inflect("Бишкек", "Case=Acc", "PROPN")[0] == "Бишкекти"


def test_verb_forms_from_ud_features() -> None:
    assert (
        inflect("бар", "Aspect=Perf|Mood=Ind|Tense=Past|VerbForm=Fin|Person=1|Number=Sing")[0]
        == "бардым"
    )
    assert inflect("жолук", "Tense=Fut|VerbForm=Part")[0] == "жолугар"


def test_unimorph_tags_are_accepted() -> None:
    assert inflect("баруу", "V;PST;SG;1")[0] == "бардым"
    assert inflect("айдоо", "V;SG;3;FUT")[0] == "айдайт"
    assert "келип жатабыз" in inflect("келүү", "V;PROG;PL;1;PRS")


def test_verbal_noun_lemma_gives_the_stem() -> None:
    assert verb_stem("айдоо") == "айда"
    assert verb_stem("келүү") == "кел"
    assert verb_stem("жабуу") == "жап"


def test_generated_forms_analyse_back_to_their_lemma() -> None:
    for lemma, feats, pos in [
        ("Трамп", "Case=Dat", "PROPN"),
        ("мамлекет", "Case=Abl|Number=Plur", "NOUN"),
    ]:
        form = inflect(lemma, feats, pos)[0]
        assert any(a.lemma == lemma for a in analyses(form)), form


def test_impossible_request_gives_empty_list_not_error() -> None:
    assert inflect("", "Case=Gen", "NOUN") == []
    assert inflect("үй", "Case=Nonsense", "NOUN") == []
    assert inflect("бар", "V;;;") is not None


def test_unimorph_verbs_are_generated_exactly(shared_dir: Path) -> None:
    path = shared_dir / "data" / "unimorph-kir" / "kir"
    if not path.exists():
        pytest.skip("UniMorph Kyrgyz not in ../shared")
    total = exact = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) != 3:
            continue
        lemma, form, tags = parts[0].translate(LOOKALIKE), parts[1].translate(LOOKALIKE), parts[2]
        total += 1
        exact += form in inflect(lemma, tags)
    assert total > 5000
    assert exact / total >= 0.96  # measured 97.7% (benchmarks/morphology_generation.py)
