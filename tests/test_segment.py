"""Sentences and tokens the way a Kyrgyz reader cuts them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kabar.stages.segment import segment, tokenize


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


@pytest.mark.parametrize(
    "token",
    [
        "Садыр-Жапаров",
        "15-октябрында",
        "2026-жыл",
        "ЕАЭБге",
        "УКМКнын",
        "Facebook’тагы",
        "G7",
        "Токтогул-2",
        "соода-сатык",
    ],
)
def test_suffixed_numbers_names_and_compounds_are_one_token(token: str) -> None:
    assert token in words(f"Кечээ {token} тууралуу айтылды.")


def test_comma_and_full_stop_are_split_from_words() -> None:
    assert words("Ош, Жалал-Абад.") == ["Ош", ",", "Жалал-Абад", "."]


def test_decimal_numbers_stay_whole() -> None:
    assert "3,5" in words("Инфляция 3,5 пайызга жетти.")


def test_abbreviation_keeps_its_dot_and_does_not_end_the_sentence() -> None:
    sents = segment("Алма, өрүк ж.б. жемиштер экспорттолот. Баасы өстү.")
    assert len(sents) == 2
    assert "ж.б." in [t.text for t in sents[0].tokens]


def test_abbreviation_before_a_capital_ends_the_sentence() -> None:
    sents = segment("Базарда алма, өрүк ж.б. Баалар туруктуу.")
    assert len(sents) == 2


def test_million_abbreviation_before_lower_case_continues() -> None:
    assert len(segment("Бюджетке 5 млн. сом бөлүндү.")) == 1


def test_initial_before_a_surname_does_not_end_the_sentence() -> None:
    assert len(segment("Жыйынга А. Касымалиев катышты.")) == 1


def test_offsets_point_into_the_text() -> None:
    text = "Министр Бишкекке келди. Ал жолугушууда сүйлөдү!"
    for sent in segment(text):
        assert text[sent.start : sent.end] == " ".join(t.text for t in sent.tokens).replace(
            " .", "."
        ).replace(" !", "!")
        for tok in sent.tokens:
            assert text[tok.start : tok.end] == tok.text


def test_line_break_always_ends_a_sentence() -> None:
    assert len(segment("Жаңылыктар\nБүгүн жамгыр жаайт")) == 2


def test_quotation_of_several_sentences_links_back_from_its_attribution() -> None:
    text = (
        'Министр сөз сүйлөдү. "Биз жолду бүтүрөбүз. Курулуш жайга чейин созулат. '
        'Каражат жетиштүү", - деди министр. Жыйын аяктады.'
    )
    sents = segment(text)
    assert len(sents) == 5
    assert sents[3].attribution_of == [1, 2, 3]
    assert all(not s.attribution_of for i, s in enumerate(sents) if i != 3)


def test_full_stop_inside_quote_before_dash_attribution_keeps_one_sentence() -> None:
    sents = segment('"Мен макулмун." - деген депутат. Андан соң добуш берилди.')
    assert len(sents) == 2
    assert sents[0].attribution_of == []


def test_quotation_opening_after_full_stop_starts_a_new_sentence() -> None:
    sents = segment('Ал мындай деди. "Биз даярбыз", - деди ал.')
    assert len(sents) == 2


@given(st.text(max_size=300))
def test_any_text_segments_without_error_and_tokens_are_in_order(text: str) -> None:
    last = 0
    for sent in segment(text):
        for tok in sent.tokens:
            assert tok.start >= last
            assert text[tok.start : tok.end] == tok.text
            last = tok.end


def test_abbreviated_year_after_a_number_is_one_token_and_keeps_the_date_together() -> None:
    sents = segment("Мыйзам 2025-ж. 5-майда кабыл алынган. Ал күчүнө кирди.")
    assert len(sents) == 2
    assert "2025-ж." in [t.text for t in sents[0].tokens]


def test_each_line_of_the_text_is_a_paragraph_its_sentences_share() -> None:
    sents = segment("Жаан жаады. Жол жабылды.\nЭртең ачылат.\n\nАба жылыйт.")
    assert [s.paragraph for s in sents] == [0, 0, 1, 2]
