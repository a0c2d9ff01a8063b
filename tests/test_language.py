"""Language ID: letters first, then function words, then CLD2."""

from __future__ import annotations

from pathlib import Path

import pytest

import kabar
from kabar.stages.language import identify


def test_kyrgyz_sentence_is_ky() -> None:
    assert identify("Өкмөт жаңы мыйзам долбоорун коомдук талкууга чыгарды.") == "ky"


def test_kazakh_letters_make_a_sentence_kk() -> None:
    assert identify("Үкімет жаңа заң жобасын қоғамдық талқылауға шығарды.") == "kk"


def test_uzbek_letter_makes_a_sentence_uz() -> None:
    assert identify("Ҳукумат янги қонун лойиҳасини жамоатчилик муҳокамасига қўйди.") == "uz"


def test_russian_sentence_is_ru() -> None:
    assert identify("Правительство вынесло новый законопроект на общественное обсуждение.") == "ru"


def test_kyrgyz_without_its_own_letters_is_still_ky() -> None:
    assert identify("Бул маселе боюнча жыйын эртеси болот.") == "ky"


def test_english_sentence_is_en() -> None:
    assert identify("The government published a new draft law for public discussion.") == "en"


def test_text_without_letters_takes_the_fallback() -> None:
    assert identify("2025 — 2026", fallback="ky") == "ky"


def test_russian_quote_in_kyrgyz_article_is_tagged_ru() -> None:
    doc = kabar.analyze(
        "Жогорку Кеңештин депутаты жер тууралуу мыйзам долбоорун кескин сынга алды. "
        '"Этот закон нужно обсудить с жителями всех регионов", - деди ал. '
        "Өкмөттүн өкүлү бул сынга жооп берип, жыйын кечке чейин созулду."
    )
    assert doc.language == "ky"
    assert [s.language for s in doc.sentences] == ["ky", "ru", "ky"]
    assert 0 < doc.language_scores["ru"] < doc.language_scores["ky"]


XWMT_FLOOR = 0.995


@pytest.mark.parametrize(
    ("name", "lang"), [("en-ky.ky", "ky"), ("kk-ky.kk", "kk"), ("ky-ru.ru", "ru")]
)
def test_xwmt_sentence_accuracy_holds_the_floor(shared_dir: Path, name: str, lang: str) -> None:
    lines = (shared_dir / "data" / "xwmt" / name).read_text(encoding="utf-8").splitlines()
    right = sum(identify(line) == lang for line in lines if line.strip())
    assert right / len(lines) >= XWMT_FLOOR


def test_short_kyrgyz_sentence_without_own_letters_is_ky_by_its_suffixes() -> None:
    assert identify("Токаевдин сапары.") == "ky"
    assert identify("Депутаттар мыйзамды талкуулашты.") == "ky"


def test_short_russian_sentence_is_ru_by_its_endings() -> None:
    assert identify("Заседание правительства.") == "ru"
