"""Behaviour of the Kyrgyz morphological analyser (kabar.morphology.analyzer)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.morphology import phonology
from kabar.morphology.analyzer import analyses
from kabar.morphology.multiword import multiword_units
from kabar.morphology.types import Analysis


def readings(word: str) -> list[tuple[str, str]]:
    return [(a.lemma, a.pos) for a in analyses(word)]


def has(word: str, lemma: str, pos: str, *feats: str) -> bool:
    return any(
        a.lemma == lemma and a.pos == pos and all(f in a.feats.split("|") for f in feats)
        for a in analyses(word)
    )


def first(word: str) -> Analysis:
    return analyses(word)[0]


# --- phonology ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stem", "suffix", "expected"),
    [
        ("Токаев", "NIн", "Токаевдин"),  # front vowel, voiced consonant
        ("Трамп", "NI", "Трампты"),  # voiceless -> т
        ("Вашингтон", "GA", "Вашингтонго"),  # back rounded о -> го
        ("суу", "GA", "сууга"),  # after у the low vowel stays а
        ("күн", "GA", "күнгө"),  # after ү it rounds
        ("бала", "LAр", "балалар"),
        ("кол", "LAр", "колдор"),
        ("иш", "LAр", "иштер"),
        ("жардамчы", "(с)I", "жардамчысы"),  # buffer с after a vowel
        ("президент", "(с)I", "президенти"),
        ("айда", "A~й", "айдай"),
    ],
)
def test_archiphonemic_suffixes_follow_harmony_and_assimilation(
    stem: str, suffix: str, expected: str
) -> None:
    assert phonology.attach(stem, suffix) == expected


def test_final_voiceless_stop_voices_before_a_vowel() -> None:
    assert phonology.attach("жолук", "Aр") == "жолугар"
    assert phonology.attach("кап", "(с)I") == "кабы"
    assert phonology.attach("Трамп", "NI") == "Трампты"  # consonant-initial suffix: no change


def test_vowel_final_verb_fuses_with_the_verbal_noun() -> None:
    assert phonology.attach("айда", "UU") == "айдоо"
    assert phonology.attach("иште", "UU") == "иштөө"
    assert phonology.attach("кел", "UU") == "келүү"


def test_buffer_n_after_third_person_possessive() -> None:
    assert has("үйүнө", "үй", "NOUN", "Case=Dat", "Person[psor]=3")
    assert has("ортосундагы", "ортосу", "NOUN") or has("ортосундагы", "орто", "NOUN")


def test_syncopated_stem_is_found_from_the_lexicon_flag() -> None:
    assert any(lemma == "мурун" for lemma, _ in readings("мурду"))


# --- seed words (gold lemmas) -------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "lemma", "pos", "feats"),
    [
        ("Токаевдин", "Токаев", "PROPN", ("Case=Gen",)),
        ("Вашингтонго", "Вашингтон", "PROPN", ("Case=Dat",)),
        ("Трампты", "Трамп", "PROPN", ("Case=Acc",)),
        ("Мирзиёевге", "Мирзиёев", "PROPN", ("Case=Dat",)),
        ("Мелания", "Мелания", "PROPN", ("Case=Nom",)),
        ("Казакстандын", "Казакстан", "PROPN", ("Case=Gen",)),
        ("Өзбекстанга", "Өзбекстан", "PROPN", ("Case=Dat",)),
        ("чакырышкан", "чакыр", "VERB", ("Voice=Coop", "VerbForm=Part", "Tense=Past")),
        ("жолугарын", "жолук", "VERB", ("Tense=Fut", "Person[psor]=3", "Case=Acc")),
        ("сүйлөшкөн", "сүйлөш", "VERB", ("VerbForm=Part",)),
        ("барат", "бар", "VERB", ("Person=3", "Tense=Pres")),
        ("барган", "бар", "VERB", ("Tense=Past",)),
        ("келүүгө", "кел", "VERB", ("VerbForm=Vnoun", "Case=Dat")),
        ("белгиледи", "белгиле", "VERB", ("Tense=Past",)),
        ("маалымдашты", "маалымда", "VERB", ("Voice=Coop", "Tense=Past")),
        ("кызматташтыгыбыздын", "кызматташтык", "NOUN", ("Case=Gen", "Person[psor]=1")),
        ("жардамчысы", "жардамчы", "NOUN", ("Person[psor]=3",)),
        ("президентинин", "президент", "NOUN", ("Case=Gen", "Person[psor]=3")),
        ("Штаттарга", "Штаттар", "PROPN", ("Case=Dat",)),
    ],
)
def test_seed_words_get_their_gold_reading_first(
    word: str, lemma: str, pos: str, feats: tuple[str, ...]
) -> None:
    a = first(word)
    assert (a.lemma, a.pos) == (lemma, pos), analyses(word)[:3]
    for f in feats:
        assert f in a.feats.split("|"), a


def test_genitive_suffix_is_split_from_foreign_names() -> None:
    assert first("Токаевдин").morphemes == ("Токаев", "дин")
    assert first("Болгариянын").lemma == "Болгария"
    assert first("Зеленскийдин").lemma == "Зеленский"


def test_name_ending_like_a_suffix_stays_whole() -> None:
    assert first("Стаффт").lemma == "Стаффт"
    assert first("Мелания").lemma == "Мелания"


@pytest.mark.parametrize(
    ("word", "lemma", "case"),
    [("АКШнын", "АКШ", "Gen"), ("БУУнун", "БУУ", "Gen"), ("ШКУнун", "ШКУ", "Gen"),
     ("G20нын", "G20", "Gen"), ("ЕАЭБнин", "ЕАЭБ", "Gen"), ("АКШка", "АКШ", "Dat")],
)  # fmt: skip
def test_abbreviation_takes_suffix_by_pronunciation(word: str, lemma: str, case: str) -> None:
    a = first(word)
    assert (a.lemma, a.pos) == (lemma, "PROPN")
    assert f"Case={case}" in a.feats


def test_abbreviation_with_wrong_harmony_is_not_preferred_over_right_one() -> None:
    # АКШ is read а-ка-ша: back vowel, so -нын; -нин would be a different abbreviation reading
    assert first("АКШнын").morphemes == ("АКШ", "нын")


def test_apostrophe_separates_suffix_from_latin_name() -> None:
    a = first("Telegram’га")
    assert (a.lemma, a.pos) == ("Telegram", "PROPN") and "Case=Dat" in a.feats
    assert first("Facebook'тун").lemma == "Facebook"


def test_latin_name_with_cyrillic_suffix_splits_at_the_script_change() -> None:
    a = first("Airlinesтын")
    assert (a.lemma, a.pos) == ("Airlines", "PROPN") and "Case=Gen" in a.feats


def test_pronouns_have_irregular_case_forms() -> None:
    assert has("мага", "мен", "PRON", "Case=Dat")
    assert has("анын", "ал", "PRON", "Case=Gen")
    assert has("мунун", "бул", "PRON", "Case=Gen")


def test_punctuation_and_digits_get_their_own_classes() -> None:
    assert first(",").pos == "PUNCT"
    assert first("«").pos == "PUNCT"
    assert first("2025") == Analysis("2025", "NUM", "NumType=Card", ("2025",))
    assert first("12-").feats == "NumType=Ord"


def test_number_hyphen_word_keeps_number_in_lemma() -> None:
    a = first("22-сентябрында")
    assert a.lemma in ("22-сентябрь", "22-сентябр") and a.pos == "NOUN"
    assert "Case=Loc" in a.feats
    assert has("10-го", "10", "NUM", "Case=Dat")


def test_features_are_in_canonical_order() -> None:
    for word in ("президентинин", "чакырышкан", "АКШнын", "белгиледи", "жолугарын"):
        for a in analyses(word):
            names = [pair.split("=")[0] for pair in a.feats.split("|") if pair]
            assert names == sorted(names, key=str.lower), a


def test_unknown_verb_form_is_guessed_as_verb_by_its_suffixes() -> None:
    assert any(pos == "VERB" and lemma == "кыркыла" for lemma, pos in readings("кыркылашты"))


def test_factive_noun_of_participle_is_a_verb_reading() -> None:
    assert has("тургандыгын", "тур", "VERB", "VerbForm=Vnoun", "Case=Acc", "Person[psor]=3")


def test_colloquial_first_person_present_is_read() -> None:
    assert has("жатам", "жат", "VERB", "Person=1", "Number=Sing")


def test_ordinal_numerals_are_derived_from_cardinals() -> None:
    assert has("бешинчи", "бешинчи", "NUM", "NumType=Ord")
    assert has("экинчиси", "экинчи", "NUM", "Person[psor]=3")


def test_passive_is_stripped_from_the_lemma_like_ktmu() -> None:
    assert has("кайтарылды", "кайтар", "VERB", "Voice=Pass")


def test_derived_adjective_offers_treebank_and_ud_lemmas() -> None:
    got = readings("шаардык")
    assert ("шаар", "NOUN") in got and ("шаардык", "ADJ") in got


def test_latin_lookalike_letters_are_read_as_cyrillic() -> None:
    assert has("бaрды", "бар", "VERB", "Tense=Past")  # Latin a inside


@given(st.text(max_size=40))
@settings(max_examples=300, deadline=None)
def test_any_string_gets_readings_without_exception(text: str) -> None:
    got = analyses(text)
    assert got and all(isinstance(a, Analysis) and a.pos for a in got)


@pytest.mark.parametrize(
    "text", ["", " ", "🙂", "а" * 10000, "X" * 70 + "тын", "\u0301", "--", "12-12-12"]
)
def test_garbage_gets_a_reading(text: str) -> None:
    got = analyses(text)
    assert got and got[0].pos


def test_multiword_units_are_found_over_lemmas() -> None:
    lemmas = ["эки", "президент", "кол", "алыш", "жана", "келишимге", "кол", "кой"]
    assert multiword_units(lemmas) == [(2, 4, "shake_hands"), (6, 8, "sign")]
    assert multiword_units([]) == []


# --- quality gates on ../shared -----------------------------------------------------------


def test_seed_names_are_split_right(shared_dir: Path, seed_text: str) -> None:
    gold = json.loads((shared_dir / "seed" / "gold.json").read_text(encoding="utf-8"))
    names = {
        w
        for e in gold["entities"]
        for f in e["forms"]
        for w in f.split()
        if w[:1].isupper() and len(w) >= 3
    }
    wrong = []
    for tok in re.findall(r"[\w’'-]+", seed_text):
        starts = [n for n in names if tok.startswith(n)]
        if not starts:
            continue
        propn = next((a for a in analyses(tok) if a.pos == "PROPN"), None)
        if propn is None or propn.lemma not in starts:
            wrong.append(tok)
    assert not wrong


def test_seed_words_all_have_a_known_reading(seed_text: str) -> None:
    words = [t for t in re.findall(r"[\w’'-]+", seed_text) if any(c.isalpha() for c in t)]
    assert all(any(a.pos != "X" for a in analyses(w)) for w in words)


def test_oracle_recall_on_heldout_treebank_holds(shared_dir: Path) -> None:
    from kabar.morphology.build_lexicon import train_sentences

    sents = train_sentences(
        shared_dir / "data" / "ud-ktmu" / "ky_ktmu-ud-train.conllu", heldout=True
    )
    n = hit = 0
    for sent in sents:
        for cols in sent:
            if cols[3] in ("PUNCT", "SYM", "NUM"):
                continue
            n += 1
            gold = cols[2].lower()
            hit += any(a.lemma.lower() == gold and a.pos == cols[3] for a in analyses(cols[1]))
    assert n > 1000
    assert hit / n >= 0.92  # measured 93.8% (benchmarks/morphology_coverage.py)
