"""Time expressions: recognition of Kyrgyz date forms and resolution against publication."""

from __future__ import annotations

import datetime as dt

import pytest

import kabar
from kabar.stages.segment import tokenize
from kabar.temporal import find_in_sentence

PUB = dt.date(2026, 1, 15)


def times(sentence: str, published: dt.date | None = PUB) -> list[tuple[str, str | None]]:
    tokens = tokenize(sentence)
    out = []
    for f in find_in_sentence(tokens, published):
        if f.frame.emit:
            out.append((sentence[tokens[f.first].start : tokens[f.last - 1].end], f.value))
    return out


def test_day_and_month_with_locative_suffix() -> None:
    assert times("Министр 3-мартта Ошко барды.") == [("3-мартта", "2025-03-03")]


def test_full_date_with_genitive_year() -> None:
    assert times("Келишимге 2024-жылдын 5-майында кол коюлган.") == [
        ("2024-жылдын 5-майында", "2024-05-05")
    ]


def test_month_alone_resolves_to_the_previous_one_for_past_verbs() -> None:
    assert times("Делегация октябрда Бишкекке келген.") == [("октябрда", "2025-10")]


def test_month_alone_resolves_to_the_next_one_for_future_verbs() -> None:
    assert times("Делегация октябрда Бишкекке келет.") == [("октябрда", "2026-10")]


def test_month_with_the_word_month_is_one_expression() -> None:
    assert times("Быйыл март айында шайлоо өтөт.") == [("Быйыл март айында", "2026-03")]


def test_last_year_with_a_day_is_one_expression() -> None:
    assert times("Өткөн жылдын 12-июнунда жыйын болгон.") == [
        ("Өткөн жылдын 12-июнунда", "2025-06-12")
    ]


def test_a_strike_warned_of_is_future_though_the_warning_is_past() -> None:
    assert times("Соодагерлер 5-марттан тартып иш таштай турганын эскертишти.") == [
        ("5-марттан", "2026-03-05")
    ]


def test_a_month_before_a_past_participle_in_the_ablative_is_past() -> None:
    assert times("Мэр октябрдын аягында кеткенден бери ишти орун басары жетектеп келет.") == [
        ("октябрдын аягында", "2025-10")
    ]


def test_the_middle_of_a_month_from_which_keeps_the_month() -> None:
    assert times("Сентябрдын ортосунан бери төлөмдөр кайтарылып жатат.") == [
        ("Сентябрдын ортосунан", "2025-09")
    ]


def test_a_near_deadline_is_the_coming_date_though_the_clause_is_past() -> None:
    published = dt.date(2026, 3, 19)
    assert times("Сот судьяны 27-мартка чейин тергөө абагына камады.", published) == [
        ("27-мартка", "2026-03-27")
    ]
    # seven months off in a past clause: the July before publication
    assert times("Курулуш 1-июлга чейин бүткөн.", dt.date(2026, 11, 20)) == [
        ("1-июлга", "2026-07-01")
    ]


def test_a_near_start_date_is_the_coming_one_though_the_order_is_past() -> None:
    text = "Министрлик бөлүмдү 1-апрелден тартып жабуу тууралуу буйрук чыгарган."
    assert times(text, dt.date(2026, 3, 18)) == [("1-апрелден", "2026-04-01")]


def test_a_months_end_as_a_near_deadline_is_the_coming_one() -> None:
    text = (
        "Төрага мыйзам долбоору ноябрдын аягына чейин даярдаларын, "
        "ал эми кеңеш аны жыл аягына чейин кабыл аларын билдирди."
    )
    assert times(text, dt.date(2026, 10, 7)) == [
        ("ноябрдын аягына", "2026-11"),
        ("жыл аягына", "2026-12"),
    ]


def test_a_possibility_that_came_true_is_past() -> None:
    # 2026-01-15 is a Thursday: the Sunday before is the 11th
    assert times("Отту жекшемби күнү гана өчүрүү мүмкүн болду.") == [
        ("жекшемби күнү", "2026-01-11")
    ]


def test_part_of_month_keeps_the_month() -> None:
    assert times("Августтун аягында эки өлкө макулдашкан.") == [("Августтун аягында", "2025-08")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Бул долбоор 2023-жылы башталган.", "2023"),
        ("Былтыр курулуш бүткөн.", "2025"),
        ("Быйыл жаңы мектеп ачылат.", "2026"),
        ("Кечээ парламент чогулду.", "2026-01-14"),
        ("Бүгүн сот отуруму өтөт.", "2026-01-15"),
        ("Эртең делегация кетет.", "2026-01-16"),
        ("Үч күн мурун жол жабылган.", "2026-01-12"),
        ("Эки жыл мурун бул жерде завод болгон.", "2024"),
        ("Өткөн аптада министр кызматтан кеткен.", "2026-W02"),
    ],
)
def test_relative_words_count_from_publication(sentence: str, expected: str) -> None:
    [(_, value)] = times(sentence)
    assert value == expected


def test_weekday_takes_the_past_one_for_a_past_verb() -> None:
    # 2026-01-15 is a Thursday; the last Wednesday is the 14th, the next Monday the 19th.
    assert times("Шаршемби күнү жолугушуу болду.") == [("Шаршемби күнү", "2026-01-14")]
    assert times("Дүйшөмбү күнү жолугушуу болот.") == [("Дүйшөмбү күнү", "2026-01-19")]


def test_day_range_and_year_range() -> None:
    assert times("Көргөзмө 3-5-мартта өтөт.") == [("3-5-мартта", "2026-03-03/2026-03-05")]
    assert times("2024-2025-жылдары түшүм азайган.") == [("2024-2025-жылдары", "2024/2025")]


def test_season_is_an_interval() -> None:
    assert times("Былтыр күзүндө суу ташкан.") == [("Былтыр күзүндө", "2025-09/2025-11")]


def test_next_year_after_a_named_month_counts_from_that_month() -> None:
    found = times("Былтыр ноябрда ал кийинки жылы келерин айткан.")
    assert found == [("Былтыр ноябрда", "2025-11"), ("кийинки жылы", "2026")]


def test_unknown_publication_date_leaves_the_year_open() -> None:
    assert times("Ал 22-сентябрда келген.", None) == [("22-сентябрда", "XXXX-09-22")]
    assert times("Былтыр курулуш бүткөн.", None) == [("Былтыр", None)]


def test_impossible_day_is_not_a_date() -> None:
    assert times("Ал 31-июнда келген.") == [("31-июнда", None)]


def test_words_that_only_look_like_months_are_not_times() -> None:
    assert times("Майрамда майда балдар ойноду.") == []
    assert times("Ал айтты.") == []


def test_vague_soon_is_not_output_as_a_date() -> None:
    assert times("Жакында жаңы закон кабыл алынат.") == []


def test_stage_fills_document_times_with_offsets() -> None:
    text = "Президент былтыр декабрь айында Ташкентке барган."
    doc = kabar.analyze(text, published="2026-01-15")
    [t] = doc.times
    assert (t.text, t.value, t.sentence) == ("былтыр декабрь айында", "2025-12", 0)
    assert text[t.start : t.end] == t.text


def test_ambiguous_month_name_is_a_month_before_a_part_word() -> None:
    assert times("Сот майдын аягында чечим чыгарды.") == [("майдын аягында", "2025-05")]


def test_month_range_with_the_word_month() -> None:
    assert times("Быйыл февраль-апрель айларында экспорт өстү.") == [
        ("Быйыл февраль-апрель айларында", "2026-02/2026-04")
    ]


def test_purpose_verb_puts_a_month_in_the_future_whatever_the_main_verb() -> None:
    assert times("Тараптар кийинки жолугушууну июлда өткөрүүгө макулдашты.") == [
        ("июлда", "2026-07")
    ]


def test_that_same_day_is_the_last_date_the_article_named() -> None:
    doc = kabar.analyze(
        "Министр 3-январда Ошко барды. Ошол эле күнү ал Жалал-Абадга жөнөдү.",
        published="2026-01-15",
    )
    assert [(t.text, t.value) for t in doc.times] == [
        ("3-январда", "2026-01-03"),
        ("Ошол эле күнү", "2026-01-03"),
    ]


# ---------------------------------------------------------------- generalisation
# Published 2026-01-15, a Thursday (ISO week 2026-W03) unless the test says otherwise.
SUMMER = dt.date(2026, 6, 17)  # a Wednesday


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Шайлоо мартта болгон.", [("мартта", "2025-03")]),
        ("Марттан баштап баа өскөн.", [("Марттан", "2025-03")]),
        ("Иш мартка чейин бүтөт.", [("мартка", "2026-03")]),
        ("Марттын аягында жыйын болот.", [("Марттын аягында", "2026-03")]),
        ("Өткөн жылдын мартында завод ачылган.", [("Өткөн жылдын мартында", "2025-03")]),
        ("Марттагы жыйында бул маселе каралды.", [("Марттагы", "2025-03")]),
    ],
)
def test_every_case_form_of_a_month_name_is_that_month(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert times(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Сот отуруму 14-апрелде өтөт.", ("14-апрелде", "2026-04-14")),
        ("Сот отуруму 14-апрелинде өтөт.", ("14-апрелинде", "2026-04-14")),
        ("Жооп 14-апрелге чейин берилет.", ("14-апрелге", "2026-04-14")),
        ("14-апрелден тартып жаңы тартип киргизилет.", ("14-апрелден", "2026-04-14")),
        ("Митинг 3-март күнү болду.", ("3-март күнү", "2025-03-03")),
        ("Көргөзмө 14-15-апрель күндөрү өтөт.", ("14-15-апрель күндөрү", "2026-04-14/2026-04-15")),
    ],
)
def test_day_and_month_in_any_case_leave_the_postposition_out(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Мыйзам 2025-жылдын 3-февралында кабыл алынган.",
            ("2025-жылдын 3-февралында", "2025-02-03"),
        ),
        ("Мыйзам 2025-жылы 3-февралда кабыл алынган.", ("2025-жылы 3-февралда", "2025-02-03")),
        ("Курулуш 2027-жылга чейин бүтөт.", ("2027-жылга", "2027")),
        ("2027-жылдан баштап салык өзгөрөт.", ("2027-жылдан", "2027")),
        ("Долбоор 2027-жылдын аягына чейин ишке ашат.", ("2027-жылдын аягына", "2027-12")),
        (
            "Экспорт 2025-жылдын биринчи чейрегинде өскөн.",
            ("2025-жылдын биринчи чейрегинде", "2025-01/2025-03"),
        ),
        ("Бул салт 1990-жылдары пайда болгон.", ("1990-жылдары", "199")),
        ("Келишим 12.03.2025-ж. түзүлгөн.", ("12.03.2025-ж.", "2025-03-12")),
    ],
)
def test_years_in_every_case_with_days_parts_and_digits(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Мурдагы күнү жаан жааган.", [("Мурдагы күнү", "2026-01-13")]),
        ("Бүрсүгүнү делегация келет.", [("Бүрсүгүнү", "2026-01-17")]),
        ("Эртең менен жыйын башталды.", []),
        ("Бүгүн эртең менен жыйын башталды.", [("Бүгүн эртең менен", "2026-01-15")]),
        ("Кечээ кечинде өрт чыкты.", [("Кечээ кечинде", "2026-01-14")]),
        ("Ушул тапта жол жабык.", []),
        ("Азыр жол жабык.", []),
        ("Бүгүнкү күндө баа жогору.", []),
    ],
)
def test_relative_days_and_words_for_now_or_morning(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert times(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Өткөн жумада министр кетти.", ("Өткөн жумада", "2026-W02")),
        ("Мурунку аптада шайлоо болду.", ("Мурунку аптада", "2026-W02")),
        ("Кийинки жумада сессия болот.", ("Кийинки жумада", "2026-W04")),
        ("Келерки айда көргөзмө ачылат.", ("Келерки айда", "2026-02")),
        ("Ушул жумада жыйын өтөт.", ("Ушул жумада", "2026-W03")),
        ("Былтыркы түшүм аз болгон.", ("Былтыркы", "2025")),
        ("Өткөн аптанын аягында жыйын болду.", ("Өткөн аптанын аягында", "2026-W02")),
        ("Ушул айдын ортосунда отчет берилет.", ("Ушул айдын ортосунда", "2026-01")),
        ("Жол жыл аягына чейин бүтөт.", ("жыл аягына", "2026-12")),
        ("Айдын ортосунда сессия өтөт.", ("Айдын ортосунда", "2026-01")),
        ("Жылдын биринчи жарымында экспорт өсөт.", ("Жылдын биринчи жарымында", "2026-01/2026-06")),
    ],
)
def test_a_modifier_with_any_unit_word_is_a_relative_period(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Эки жумадан кийин иш башталат.", [("Эки жумадан кийин", "2026-W05")]),
        ("Беш ай мурда ал кеткен.", [("Беш ай мурда", "2025-08")]),
        ("Он күн мурун ал кармалган.", [("Он күн мурун", "2026-01-05")]),
        ("Үч жыл ичинде завод курулат.", []),
        ("Отуз күндүн ичинде жооп берилет.", []),
    ],
)
def test_counted_units_ago_and_later_but_not_durations(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert times(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Шейшембиде жолугушуу болот.", ("Шейшембиде", "2026-01-20")),
        ("Шейшембиде жолугушуу болду.", ("Шейшембиде", "2026-01-13")),
        ("Шаршембиге чейин жооп берилет.", ("Шаршембиге", "2026-01-21")),
        ("Өткөн жекшембиде шайлоо болду.", ("Өткөн жекшембиде", "2026-01-11")),
        ("Келерки дүйшөмбүдө сессия ачылат.", ("Келерки дүйшөмбүдө", "2026-01-19")),
        ("Өткөн жума күнү митинг болду.", ("Өткөн жума күнү", "2026-01-09")),
    ],
)
def test_weekdays_with_case_and_modifier_take_the_tense_direction(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Күзүндө шайлоо өтөт.", [("Күзүндө", "2026-09/2026-11")]),
        ("Кышта жылуулук жок болду.", [("Кышта", "2025-12/2026-02")]),
        ("Жайга чейин жол бүтөт.", [("Жайга чейин", "2026-06/2026-08")]),
        ("Өткөн күзүндө суу ташкан.", [("Өткөн күзүндө", "2025-09/2025-11")]),
        ("Келерки жазда курулуш башталат.", [("Келерки жазда", "2026-03/2026-05")]),
        ("Бул жайда мектеп бар.", []),
    ],
)
def test_seasons_in_their_case_forms_are_intervals(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert times(sentence) == expected


def test_month_range_with_case_on_both_months() -> None:
    assert times("Мартта-апрелде экспорт өскөн.") == [("Мартта-апрелде", "2025-03/2025-04")]


def test_a_future_event_reported_by_a_past_verb_is_in_the_future() -> None:
    expected = [("20-июнда", "2026-06-20")]
    assert times("Министр кийинки жыйын 20-июнда өтөрүн билдирди.", SUMMER) == expected
    assert times("Министр жыйын 20-июнда өтөт деп билдирди.", SUMMER) == expected
    assert times("Министр жыйын 10-июнда өткөнүн билдирди.", SUMMER) == [("10-июнда", "2026-06-10")]


def test_a_weekday_a_few_words_before_a_promised_act_dates_that_act() -> None:
    assert times("Адвокат өкүмгө жума күнү Ош шаардык сотуна даттанарын билдирди.", SUMMER) == [
        ("жума күнү", "2026-06-19")
    ]
    met = times(
        "Министр жума күнү тургундардын өкүлдөрү менен Баткенде жолугушарын билдирди.", SUMMER
    )
    assert met == [("жума күнү", "2026-06-19")]
    announced = times(
        "Мэрия дүйшөмбү күнү Ош, Өзгөн жана Кара-Суу шаарларында жарык өчүрүлөрүн жарыялады.",
        SUMMER,
    )
    assert announced == [("дүйшөмбү күнү", "2026-06-15")]


def test_a_weekday_before_an_accusation_of_what_is_going_on_is_past() -> None:
    said = times("Депутат бейшемби күнү министрликти мыйзамды бузуп жатат деп айыптады.", SUMMER)
    assert said == [("бейшемби күнү", "2026-06-11")]


def test_a_verbal_noun_opposed_is_no_aim_that_puts_a_weekday_ahead() -> None:
    friday = dt.date(2026, 6, 19)
    found = times(
        "ЕБ шаршемби күнү санкцияларды айланып өтүүгө каршы инструментти колдонуп, "
        "станокторду сатууга тыюу салды.",
        friday,
    )
    assert found == [("шаршемби күнү", "2026-06-17")]


def test_a_weekday_far_before_a_future_participle_dates_the_announcement() -> None:
    found = times(
        "Жекшемби күнү беш бөлүмдүн жетекчилери Ошто жыйын өткөрүп, партиядан чыгып, жаңы "
        "партия түзө турганын жарыялашты.",
        SUMMER,
    )
    assert found == [("Жекшемби күнү", "2026-06-14")]


def test_a_verbal_noun_one_had_a_hand_in_is_no_aim() -> None:
    thursday = dt.date(2026, 6, 18)
    found = times(
        "Министрлик шаршемби күнү сайтты бөгөттөөгө тиешеси бар деген айыптоолорду четке какты.",
        thursday,
    )
    assert found == [("шаршемби күнү", "2026-06-17")]


def test_a_date_something_is_scheduled_for_is_in_the_future() -> None:
    assert times("Жыйын 20-июнга белгиленген.", SUMMER) == [("20-июнга", "2026-06-20")]


def test_same_period_last_year_shifts_the_period_named_before() -> None:
    doc = kabar.analyze(
        "Быйыл январь-май айларында экспорт 10 пайызга өстү. "
        "Бул көрсөткүч былтыркы ушул мезгилге салыштырмалуу жогору.",
        published="2026-06-17",
    )
    assert [(t.text, t.value) for t in doc.times] == [
        ("Быйыл январь-май айларында", "2026-01/2026-05"),
        ("былтыркы ушул мезгилге", "2025-01/2025-05"),
    ]


def test_that_same_day_with_no_day_named_before_is_not_output() -> None:
    doc = kabar.analyze("Ошол эле күнү ал Ошко жөнөдү.", published="2026-01-15")
    assert doc.times == []


def test_a_bare_month_name_in_a_proper_name_is_not_a_time() -> None:
    assert times("Октябрь райондук соту өкүм чыгарды.") == []
    assert times("Октябрь айында өкүм чыкты.") == [("Октябрь айында", "2025-10")]


def test_start_of_this_year_with_the_year_word_repeated() -> None:
    assert times("Быйыл жыл башынан бери жыйырма мектеп ачылды.") == [("Быйыл жыл башынан", "2026")]


def test_a_bare_season_after_a_year_modifier() -> None:
    assert times("Былтыркы кыш өтө суук болду.", SUMMER) == [("Былтыркы кыш", "2025-12/2026-02")]


def test_a_plural_period_after_a_modifier_is_no_date() -> None:
    assert times("Өткөн жылдары бул маселе көтөрүлгөн.") == []
    assert times("Кийинки жылдары экспорт өсөт.") == []


def test_a_day_of_the_month_after_a_month_word() -> None:
    assert times("Ушул айдын 20сында сессия өтөт.") == [("Ушул айдын 20сында", "2026-01-20")]
    assert times("Өткөн айдын 5-инде жыйын болду.") == [("Өткөн айдын 5-инде", "2025-12-05")]


def test_an_attributive_participle_right_after_the_date_gives_its_tense() -> None:
    assert times("Декабрда кабыл алынган мыйзам 1-июлдан тартып күчүнө кирет.", SUMMER) == [
        ("Декабрда", "2025-12"),
        ("1-июлдан", "2026-07-01"),
    ]
    assert times("Министр 20-июнда өтө турган форум тууралуу айтты.", SUMMER) == [
        ("20-июнда", "2026-06-20")
    ]


def test_a_verbal_noun_before_a_verb_of_proposing_is_future() -> None:
    assert times("Министр жыйынды сентябрда өткөрүүнү сунуштады.", SUMMER) == [
        ("сентябрда", "2026-09")
    ]
    assert times("Парламент шаршемби күнү макулдашууну ратификациялады.", SUMMER) == [
        ("шаршемби күнү", "2026-06-17")
    ]


# ---------------------------------------------------------------- broader forms
# Sentences written for kabar; published 2026-01-15 (a Thursday) unless SUMMER.


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Экономика 2026-жылдын биринчи жарымында 8 пайызга өсөт.",
            ("2026-жылдын биринчи жарымында", "2026-01/2026-06"),
        ),
        ("Келээрки жылы жаңы аэропорт ачылат.", ("Келээрки жылы", "2027")),
        ("Эмки жумада парламент сессиясы ачылат.", ("Эмки жумада", "2026-W04")),
        (
            "Мыйзам үстүбүздөгү жылдын 5-мартында күчүнө кирет.",
            ("үстүбүздөгү жылдын 5-мартында", "2026-03-05"),
        ),
        ("18-ноябрдагы жыйында бюджет каралган.", ("18-ноябрдагы", "2025-11-18")),
        ("2026-жылкы бюджет парламентте кабыл алынды.", ("2026-жылкы", "2026")),
        ("Өткөн жылдагы көрсөткүч жогору болгон.", ("Өткөн жылдагы", "2025")),
        ("Шаршембидеги жыйында бюджет каралды.", ("Шаршембидеги", "2026-01-14")),
        ("Апрель айынын башында сессия өтөт.", ("Апрель айынын башында", "2026-04")),
        ("Феврал айында баа өскөн.", ("Феврал айында", "2025-02")),
        ("Сентябр айында мектептер ачылат.", ("Сентябр айында", "2026-09")),
        ("Келишим 10.03.2025 түзүлгөн.", ("10.03.2025", "2025-03-10")),
        ("«5-мартта жооп беребиз», - деди ал.", ("5-мартта", "2026-03-05")),  # we will answer
    ],
)
def test_attributive_dates_variant_spellings_and_current_year_words(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Мындан бир ай мурун министр кызматтан кеткен.", ("Мындан бир ай мурун", "2025-12")),
        ("Мындан үч жыл илгери завод жабылган.", ("Мындан үч жыл илгери", "2023")),
    ],
)
def test_from_this_before_a_counted_unit_ago_is_part_of_the_expression(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence) == [expected]


def test_from_this_onwards_is_no_date() -> None:
    assert times("Мындан ары мындай болбойт.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Кечээ кечкисин борбордо өрт чыкты.", ("Кечээ кечкисин", "2026-01-14")),
        ("Бүгүн таңда жер титирөө болду.", ("Бүгүн таңда", "2026-01-15")),
        ("Бүгүн таңга жуук өрт өчүрүлдү.", ("Бүгүн таңга жуук", "2026-01-15")),
        ("Кечээ саат 15:00дө жыйын башталды.", ("Кечээ саат 15:00дө", "2026-01-14")),
        ("Жыйын 10-мартта саат 14:00дө башталат.", ("10-мартта саат 14:00дө", "2026-03-10")),
        (
            "Бейшемби күнү кечки саат 8де өрт чыкты.",
            ("Бейшемби күнү кечки саат 8де", "2026-01-15"),
        ),
    ],
)
def test_part_of_day_and_clock_time_extend_a_named_day(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence) == [expected]


def test_a_part_of_day_alone_is_no_date() -> None:
    assert times("Таңга жуук өрт өчүрүлдү.") == []
    assert times("Түнү катуу шамал болду.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Форум 10-март, 2026-жыл өтөт.", ("10-март, 2026-жыл", "2026-03-10")),
        ("Форум 10-март 2026-жылы өтөт.", ("10-март 2026-жылы", "2026-03-10")),
        ("Жыйын 2025-ж. март айында болгон.", ("2025-ж. март айында", "2025-03")),
        ("Форум март айынын 5инде өтөт.", ("март айынын 5инде", "2026-03-05")),
        ("Февралдын 10унда жыйын болду.", ("Февралдын 10унда", "2025-02-10")),
    ],
)
def test_year_after_the_day_and_day_after_the_genitive_month(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence) == [expected]


def test_since_a_weekday_is_the_past_one_whatever_the_verb() -> None:
    # турат is present-future; "бери" makes Monday the last one.
    assert times("Дүйшөмбүдөн бери жол жабык турат.") == [("Дүйшөмбүдөн", "2026-01-12")]
    assert times("Ишембиден бери жол жабык.") == [("Ишембиден", "2026-01-10")]


def test_the_next_day_counts_from_the_day_named_before() -> None:
    doc = kabar.analyze(
        "Министр 3-январда Ошко барды, эртеси ал Баткенге жөнөдү. Эртеси күнү ал кайтты.",
        published="2026-01-15",
    )
    assert [(t.text, t.value) for t in doc.times] == [
        ("3-январда", "2026-01-03"),
        ("эртеси", "2026-01-04"),
        ("Эртеси күнү", "2026-01-05"),
    ]
    assert kabar.analyze("Эртесинде ал Баткенге жөнөдү.", published="2026-01-15").times == []


def test_a_weekday_in_apposition_to_a_date_is_that_date() -> None:
    assert times("Форум 10-мартта, шейшемби күнү, өтөт.") == [
        ("10-мартта", "2026-03-10"),
        ("шейшемби күнү", "2026-03-10"),
    ]
    # a weekday that does not fit the date keeps its own reading
    assert times("Форум 10-мартта, дүйшөмбү күнү, өтөт.")[1] == ("дүйшөмбү күнү", "2026-01-19")


def analyzed_times(text: str, published: dt.date) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in kabar.analyze(text, published=published).times]


def test_a_weekday_before_a_future_date_with_its_own_participle_stays_past() -> None:
    text = "Комиссия шаршемби күнү 2027-жылдын 10-мартында өтө турган шайлоого беш адамды каттады."
    assert analyzed_times(text, dt.date(2026, 11, 20)) == [
        ("шаршемби күнү", "2026-11-18"),
        ("2027-жылдын 10-мартында", "2027-03-10"),
    ]


def test_a_noun_in_the_dative_does_not_make_the_date_future() -> None:
    text = "Партия октябрда шайлоого даярдыкты баштаган."
    assert analyzed_times(text, dt.date(2026, 11, 20)) == [("октябрда", "2026-10")]


def test_a_month_far_from_the_requested_act_dates_the_request() -> None:
    assert times("Мэрия августта өкмөттөн суунун баасын түшүрүүнү сураган.") == [
        ("августта", "2025-08")
    ]


def test_a_month_right_before_the_requested_act_dates_the_act() -> None:
    assert times("Мэрия жыйынды августта өткөрүүнү сунуштады.") == [("августта", "2026-08")]


def test_same_day_in_a_past_clause_skips_a_future_date_named_before() -> None:
    text = (
        "Шейшемби күнү комиссия 2027-жылдын 10-мартында өтө турган шайлоонун датасын бекитти. "
        "Ошол эле күнү эки партия биригерин жарыялады."
    )
    assert analyzed_times(text, dt.date(2026, 11, 20))[-1] == ("Ошол эле күнү", "2026-11-17")


def test_the_end_of_a_year_is_its_december() -> None:
    assert times("Көпүрө жыл аягына чейин бүтөт.") == [("жыл аягына", "2026-12")]


def test_last_years_level_as_a_noun_is_last_year() -> None:
    assert times("Түшүм былтыркыга караганда көбүрөөк.") == [("былтыркыга", "2025")]


def test_a_start_date_takes_the_tense_of_the_far_reported_verb() -> None:
    text = "Мэрия 1-майдан тартып шаардын борборунда унаа токтотууга айып салынарын эскертти."
    assert times(text) == [("1-майдан", "2026-05-01")]


def test_a_participle_after_a_deadline_does_not_date_it() -> None:
    text = "Тараптар аскерлерди 20-августка чейин мурун турган жерлерине кайтарууга макулдашты."
    assert times(text) == [("20-августка", "2026-08-20")]


def types(sentence: str) -> list[tuple[str, str]]:
    tokens = tokenize(sentence)
    return [
        (sentence[tokens[f.first].start : tokens[f.last - 1].end], f.type)
        for f in find_in_sentence(tokens, PUB)
        if f.frame.emit
    ]


def test_weekday_is_a_date_expression() -> None:
    assert types("Шаршемби күнү мектептер жабылды.") == [("Шаршемби күнү", "DATE")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Көпүрө 2019-жылы салынган.", ("2019-жылы", "DATE")),
        ("Студенттер 7-апрелде сынак тапшырышат.", ("7-апрелде", "DATE")),
        ("Кечээ шаарда кар жааган.", ("Кечээ", "DATE")),
        ("Эки күн мурун көпүрө ачылды.", ("Эки күн мурун", "DATE")),
        ("Өткөн аптада баалар түштү.", ("Өткөн аптада", "DATE")),
        ("Кышында тоо жолдору жабылат.", ("Кышында", "DATE")),
        ("Жылдын аягында отчет берилет.", ("Жылдын аягында", "DATE")),
        ("Быйыл 5-8-майда фестиваль өтөт.", ("Быйыл 5-8-майда", "DATE")),
    ],
)
def test_days_weeks_months_seasons_years_and_their_ranges_are_dates(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert types(sentence) == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Бүгүн кечинде концерт болот.", ("Бүгүн кечинде", "TIME")),
        ("Эртең саат 10:00дө сот башталат.", ("Эртең саат 10:00дө", "TIME")),
        ("Жума күнү түштөн кийин жамгыр жаады.", ("Жума күнү түштөн кийин", "TIME")),
    ],
)
def test_part_of_day_or_clock_time_makes_a_time_expression(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert types(sentence) == [expected]


def test_a_length_of_time_is_a_duration_and_is_not_output() -> None:
    tokens = tokenize("Курулуш үч жыл ичинде бүтөт.")
    [found] = find_in_sentence(tokens, PUB)
    assert found.type == "DURATION" and not found.frame.emit
    assert types("Курулуш үч жыл ичинде бүтөт.") == []


def test_time_type_reaches_the_document_and_its_json() -> None:
    doc = kabar.analyze("Кечээ кечинде Нарында жер титиреди. Эртең жыйын болот.", published=PUB)
    assert [(t.text, t.type) for t in doc.times] == [("Кечээ кечинде", "TIME"), ("Эртең", "DATE")]
    assert [t["type"] for t in doc.to_dict()["times"]] == ["TIME", "DATE"]


def test_a_time_expression_made_without_a_type_is_a_date() -> None:
    """Callers and stored output from before the field keep their meaning."""
    assert kabar.TimeExpression("2025-жылы", 0, 9, "2025", 0).type == "DATE"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a try or a preparation made is past: the purpose before it is no future
        ("Алар 12-декабрда чек арадан өтүүгө аракет кылышкан.", ("12-декабрда", "2025-12-12")),
        ("Ал 3-ноябрда шаарга кирүүгө даярданган.", ("3-ноябрда", "2025-11-03")),
        # a purpose agreed on is still to come
        ("Тараптар 12-декабрда жолугушууга макулдашты.", ("12-декабрда", "2026-12-12")),
    ],
)
def test_a_purpose_tried_is_past_and_a_purpose_agreed_is_future(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence) == [expected]


def test_a_plural_noun_before_jana_is_no_future_verb_for_a_weekday() -> None:
    doc = kabar.analyze(
        "Элчи шаршемби күнү Бишкекте саясатчылар жана активисттер менен жолугушуу өткөрдү.",
        published="2026-04-16",
    )
    assert [(t.text, t.value) for t in doc.times] == [("шаршемби күнү", "2026-04-15")]


def test_a_listed_noun_before_a_comma_is_no_future_verb() -> None:
    doc = kabar.analyze(
        "Бишкекте шейшемби күнү Табигый ресурстар, экология жана көзөмөл министрлиги "
        "меморандумга кол койду.",
        published="2026-07-08",
    )
    assert [t.value for t in doc.times] == ["2026-07-07"]


def test_a_far_purpose_noun_in_the_object_does_not_make_a_weekday_future() -> None:
    doc = kabar.analyze(
        "Банктын кеңеши дүйшөмбү күнү Манилада Талас облусунда жаңы электр берүү линиясын "
        "курууга Кыргызстанга насыя берүүнү жактырды.",
        published="2026-03-05",
    )
    assert [t.value for t in doc.times] == ["2026-03-02"]


def test_the_times_and_event_stages_read_one_set_of_time_expressions() -> None:
    from kabar.temporal import sentence_times

    doc = kabar.analyze(
        "Жапаров кечээ Ташкентке барды. Ал Мирзиёев менен жолукту.", published="2026-03-05"
    )
    first = sentence_times(doc.sentences, doc.published)
    assert sentence_times(doc.sentences, doc.published) is first
    assert [t.value for t in doc.times] == [f.value for found in first for f in found]


def test_a_month_a_few_words_before_an_announced_meeting_dates_the_meeting() -> None:
    # published 2026-06-25: August is still to come
    assert times(
        "Министр август айында Бишкекте кезектеги жолугушуу өтөрүн билдирди.", dt.date(2026, 6, 25)
    ) == [("август айында", "2026-08")]


def test_a_weekday_before_an_announced_act_dates_the_announcement() -> None:
    assert times(
        "Министрлик дүйшөмбү күнү Бишкекте, Токмокто жана Чүйдүн айылдарында жарык өчүрүлөрүн "
        "жарыялады.",
        dt.date(2026, 6, 25),
    ) == [("дүйшөмбү күнү", "2026-06-22")]


def test_an_intention_in_mokchy_is_future_in_any_harmony() -> None:
    assert times("Эксперттер маселени 5-февралда кайра талкуулашмакчы.", dt.date(2026, 1, 29)) == [
        ("5-февралда", "2026-02-05")
    ]


def test_that_same_night_is_the_day_named_before() -> None:
    tokens = tokenize("Сел 20-июнда өттү. Ошол эле түнү министрлик куткаруучуларды жөнөттү.")
    found = find_in_sentence(tokens, dt.date(2026, 6, 24))
    assert [f.value for f in found] == ["2026-06-20", "2026-06-20"]


# ---------------------------------------------------------------- tense of the clause
# Sentences written for kabar; published 2026-04-08 (a Wednesday).
SPRING = dt.date(2026, 4, 8)


def test_a_verb_closing_a_quote_gives_the_tense() -> None:
    assert times('Аким мындай деди: "Көпүрө мектеп жанында, курулуш июнда башталат".', SPRING) == [
        ("июнда", "2026-06")
    ]


def test_a_name_in_quotation_marks_ending_like_a_verb_gives_no_tense() -> None:
    assert times('Тургундар 3-апрелде "Нур Инжинер" компаниясынын кеңсесине барышты.', SPRING) == [
        ("3-апрелде", "2026-04-03")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Биз кенди июлдун аягында аукционго коёбуз.",
        "Июлдун аягында сиздер жаңы келишимге кол коёсуздар.",
    ],
)
def test_first_and_second_person_present_forms_are_future(sentence: str) -> None:
    assert times(sentence, SPRING)[0][1] == "2026-07"


def test_a_first_person_singular_verb_is_future_where_the_tagger_reads_a_verb() -> None:
    doc = kabar.analyze("Июлдун аягында мен сотко кайрылам.", published=SPRING)
    assert [t.value for t in doc.times] == ["2026-07"]
    noun = kabar.analyze("Июлдун аягында күзөттө бир гана адам.", published=SPRING)
    assert [t.value for t in noun.times] == ["2025-07"]  # адам, a man, is no verb


def test_a_participle_that_is_a_plain_adjective_dates_nothing() -> None:
    assert times("Эки министрлик 20-апрелде биргелешкен текшерүү жүргүзөт.", SPRING) == [
        ("20-апрелде", "2026-04-20")
    ]


def test_a_condition_points_to_the_coming_day() -> None:
    assert times("Жума күнүнө чейин бошотулбаса, жолду кайра тособуз деп эскертишти.", SPRING) == [
        ("Жума күнүнө", "2026-04-10")
    ]


def test_a_condition_with_da_is_a_concession_told_of_the_past() -> None:
    assert times("Сабактар 1-апрелде башталса да, класстар жылытылган жок.", SPRING) == [
        ("1-апрелде", "2026-04-01")
    ]


def test_a_ban_a_few_words_after_a_purpose_makes_it_no_plan() -> None:
    assert times(
        "Министрлик дүйшөмбү күнү эт ташып киргизүүгө 1-майдан тартып убактылуу тыюу "
        "салынарын жарыялады.",
        SPRING,
    )[0] == ("дүйшөмбү күнү", "2026-04-06")


def test_helping_to_do_something_is_no_plan() -> None:
    assert times("Банк шейшемби күнү салыктан качууга көмөктөштү деп айыпталды.", SPRING) == [
        ("шейшемби күнү", "2026-04-07")
    ]


def test_the_opening_of_a_year_is_its_first_month_but_since_its_start_is_the_year() -> None:
    assert times("Быйылкы жылдын башында тышкы карыз өстү.", SPRING) == [
        ("Быйылкы жылдын башында", "2026-01")
    ]
    assert times("Жыл башынан бери баалар 5 пайызга өстү.", SPRING) == [("Жыл башынан", "2026")]


def test_bar_there_is_has_no_tense() -> None:
    assert times(
        "Шейшемби күнү уюм менен байланышы бар деп шектелген эки адам кармалды.", SPRING
    ) == [("Шейшемби күнү", "2026-04-07")]


def test_a_month_range_dates_meetings_announced_nine_words_on() -> None:
    assert times(
        "Төрага июль-август айларында депутаттар журналисттердин союзунун өкүлдөрү менен бир "
        "нече жолу жолугушарын айтты.",
        SPRING,
    ) == [("июль-август айларында", "2026-07/2026-08")]


def test_a_day_from_and_a_day_to_are_one_period() -> None:
    assert times("Бейтаптар 2-февралдан 6-февралга чейин ооруканада болушкан.", SPRING) == [
        ("2-февралдан 6-февралга", "2026-02-02/2026-02-06")
    ]
    assert times("Ал 2-февралдан бери иштейт.", SPRING) == [("2-февралдан", "2026-02-02")]


def test_two_weekdays_before_kundoru_are_one_period() -> None:
    assert times("Дүйшөмбү жана шейшемби күндөрү тинтүү жүргүзүлдү.", SPRING) == [
        ("Дүйшөмбү жана шейшемби күндөрү", "2026-04-06/2026-04-07")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Курулуш жайдын аягына чейин бүтөт.", ("жайдын аягына", "2026-08")),
        ("Кыштын аягында суу азайды.", ("Кыштын аягында", "2026-02")),
        ("Ал былтыр күзүндөн бери камакта.", ("былтыр күзүндөн", "2025-09/2025-11")),
        ("Министр ушул эле аптада Ташкентке барат.", ("ушул эле аптада", "2026-W15")),
    ],
)
def test_a_seasons_end_since_a_season_and_this_very_week(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence, SPRING) == [expected]


def test_a_month_range_dates_what_is_agreed_for_it_far_on() -> None:
    assert times(
        "Мамлекет башчылары апрель-сентябрь айларында Киров суу сактагычынан Жамбыл облусуна "
        "агызылуучу суунун көлөмүн былтыркы деңгээлде сактоого макулдашышты.",
        dt.date(2026, 3, 17),
    )[0] == ("апрель-сентябрь айларында", "2026-04/2026-09")


def test_a_restriction_on_a_purpose_makes_it_no_plan_and_a_name_before_brackets_no_verb() -> None:
    assert times(
        "Кызмат 8-июндан тартып үч ишкананын сүт азыктарын ташып кирүүгө убактылуу чектөө "
        "киргизди.",
        dt.date(2026, 6, 9),
    ) == [("8-июндан", "2026-06-08")]
    assert times(
        "Өкмөт январда Эл аралык валюта фонду (ЭВФ) менен сүйлөшүүлөрдү баштамакчы.",
        dt.date(2026, 12, 10),
    ) == [("январда", "2027-01")]


def test_a_weekday_after_a_condition_dates_its_consequence() -> None:
    assert times(
        "Лидер, эгер жолдоштору бошотулбаса, жекшемби күнү тарапкерлерин аянтка кайра "
        "чогултарын эскертти.",
        SPRING,
    ) == [("жекшемби күнү", "2026-04-12")]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        (  # the quoted verb of a later clause does not date the converb's act
            "Мэрия октябрдын башында милицияга арыз менен кайрылып, макаладагы маалыматтар "
            "чындыкка дал келбейт деп билдирген.",
            dt.date(2026, 11, 5),
            ("октябрдын башында", "2026-10"),
        ),
        (  # suspected of stealing: no plan to steal
            "Ал июндун ортосунда унаа уурдоого шектелип кармалган.",
            dt.date(2026, 7, 9),
            ("июндун ортосунда", "2026-06"),
        ),
        (  # put up for discussion: done
            "Долбоорду министрлик март айында коомдук талкууга койгон.",
            dt.date(2026, 5, 15),
            ("март айында", "2026-03"),
        ),
        (  # a rule in force from a day just past
            "Жаңы эрежелер 1-январдан тартып күчүнө кирип, жүктөрдү пломба менен ташууга "
            "милдеттендирет.",
            dt.date(2026, 1, 20),
            ("1-январдан", "2026-01-01"),
        ),
    ],
)
def test_tense_misreadings_of_the_night(
    sentence: str, published: dt.date, expected: tuple[str, str]
) -> None:
    assert times(sentence, published) == [expected]


def test_next_month_after_a_deadline_is_the_month_after_publication() -> None:
    assert times(
        "Тараптар жыл аягына чейин жол картасын аткарууга кол коюшту, ал эми ооган тарап "
        "кийинки айдан тартып бажы алымын азайтарын убада кылды.",
        dt.date(2026, 8, 12),
    ) == [("жыл аягына", "2026-12"), ("кийинки айдан", "2026-09")]


def tagged_times(sentence: str, published: dt.date) -> list[tuple[str, str | None]]:
    """The times the whole pipeline finds: these rules read the tagger's cases."""
    doc = kabar.analyze(sentence, published=published)
    return [(t.text, t.value) for t in doc.times]


def test_a_future_participle_past_places_and_adverbs_dates_the_time_it_follows() -> None:
    assert tagged_times(
        "Депутаттар мартта Ошто экинчи жолу өтө турган форумдун программасын бекитишти.",
        dt.date(2026, 1, 20),
    ) == [("мартта", "2026-03")]


def test_a_subject_between_leaves_the_time_to_the_main_verb() -> None:
    assert tagged_times(
        "Шейшемби күнү депутаттар Ошто биринчи жолу өтө турган форумдун программасын бекитишти.",
        dt.date(2026, 1, 22),
    ) == [("Шейшемби күнү", "2026-01-20")]


def test_a_clause_closed_by_the_past_copula_is_past() -> None:
    assert times(
        "Иним ишемби күнү үйгө кайтып, баары жайында деп жазган эле.",
        dt.date(2026, 3, 4),
    ) == [("ишемби күнү", "2026-02-28")]


def test_a_quoted_party_name_does_not_end_the_clause() -> None:
    assert times(
        'Комиссия дүйшөмбү күнү "Ак жол" партиясынын талапкерин каттоодон баш тарткан.',
        dt.date(2026, 3, 4),
    ) == [("дүйшөмбү күнү", "2026-03-02")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Кен 2024-жылдын жазынан бери иштебей турат.", ("2024-жылдын жазынан", "2024-03/2024-05")),
        ("Көпүрө былтыр күздөн бери жабык.", ("былтыр күздөн", "2025-09/2025-11")),
    ],
)
def test_a_season_in_the_ablative_after_a_year_is_where_a_period_starts(
    sentence: str, expected: tuple[str, str]
) -> None:
    assert times(sentence, dt.date(2026, 4, 1)) == [expected]


def test_a_season_in_the_ablative_alone_is_a_place() -> None:
    assert times("Малчылар жайдан түшүп келишти.", dt.date(2026, 10, 1)) == []


def test_a_day_just_gone_told_with_a_future_verb_is_the_day_it_was_said() -> None:
    found = times(
        "Депутат Асанов 20-ноябрда өкмөт мектепти бюджеттен алып салганына нааразылык "
        "иретинде мандатын тапшыра турганын жарыялаган.",
        dt.date(2026, 12, 2),
    )
    assert found == [("20-ноябрда", "2026-11-20")]


def test_a_day_three_months_back_told_with_a_future_verb_is_next_years() -> None:
    found = times("Шайлоо 20-августта өтөрүн билдирди.", dt.date(2026, 11, 20))
    assert found == [("20-августта", "2027-08-20")]


def test_a_start_day_of_an_act_decided_is_the_coming_one() -> None:
    found = times(
        "Дүйшөмбү күнүнөн тартып суунун агымын азайтуу чечими кабыл алынды.",
        dt.date(2026, 6, 11),
    )
    assert found == [("Дүйшөмбү күнүнөн", "2026-06-15")]


def test_a_month_in_a_clause_opened_by_if_is_the_coming_one() -> None:
    found = times(
        "Министрдин айтымында, эгер сентябрда жаан-чачын аз болсо, суунун көлөмү кайра "
        "каралып, кыскартылышы мүмкүн.",
        dt.date(2026, 5, 4),
    )
    assert found == [("сентябрда", "2026-09")]


def test_autumn_in_the_dative_alone_is_the_coming_autumn() -> None:
    found = times("Курулуштун экинчи баскычы күзгө жылдырылды.", dt.date(2026, 4, 8))
    assert found == [("күзгө", "2026-09/2026-11")]


def test_the_night_of_a_date_in_the_genitive_is_one_expression() -> None:
    found = times("Уурулар 9-майдын түнүндө дүкөнгө кирип кетишкен.", dt.date(2026, 5, 14))
    assert found == [("9-майдын түнүндө", "2026-05-09")]


def test_a_season_in_the_dative_after_a_year_is_that_season() -> None:
    found = times("Курулуш 2027-жылдын жазына чейин созулат.", dt.date(2026, 5, 20))
    assert found == [("2027-жылдын жазына", "2027-03/2027-05")]


def test_a_season_dates_a_reported_act_to_come_a_few_words_on() -> None:
    found = times(
        "Министрлик бул маселени күзүндө бизнес өкүлдөрү менен бирге талкуулоорун билдирди.",
        dt.date(2026, 7, 8),
    )
    assert found == [("күзүндө", "2026-09/2026-11")]


def test_since_a_day_is_the_day_gone_even_after_a_condition() -> None:
    assert times(
        "Өткөн жылы буурчак 95 сомдон алынса, сентябрдын аягынан бери экспорттоочулар 60 "
        "сомдон ашык беришпейт.",
        dt.date(2026, 10, 22),
    ) == [("Өткөн жылы", "2025"), ("сентябрдын аягынан", "2026-09")]


def test_a_date_a_future_participle_qualifies_is_to_come() -> None:
    assert times(
        "Алар майрамы өтө турган 18-19-апрелде чектөөнү убактылуу алып салууну суранышты.",
        dt.date(2026, 4, 9),
    ) == [("18-19-апрелде", "2026-04-18/2026-04-19")]


def test_a_date_of_an_act_decreed_is_to_come() -> None:
    assert times(
        "Президент Курултайды 12-декабрда Бишкекте өткөрүү тууралуу жарлыкка кол койду.",
        dt.date(2026, 11, 18),
    ) == [("12-декабрда", "2026-12-12")]


def test_a_weekday_before_another_date_is_dated_by_the_decree_verb() -> None:
    assert times(
        "Жогорку Кеңеш шаршемби күнү шайлоону 17-январга дайындоо тууралуу токтом кабыл алды.",
        dt.date(2026, 10, 8),
    ) == [("шаршемби күнү", "2026-10-07"), ("17-январга", "2027-01-17")]


def test_a_month_of_a_document_put_up_for_discussion_is_gone() -> None:
    assert times(
        "Документ апрелде коомдук талкууга коюлганда, аны министр коргоп чыккан.",
        dt.date(2026, 6, 10),
    ) == [("апрелде", "2026-04")]


def test_an_act_told_as_a_converb_before_since_then_is_past() -> None:
    sentence = "Активист Бакыт Осмоновду октябрда ИИМ кармап, ошондон бери ал абакта отурат."
    assert times(sentence) == [("октябрда", "2025-10")]
    doc = kabar.analyze(sentence, published="2026-01-15")
    assert [(e.type, e.modality, e.date.value) for e in doc.events] == [
        ("COERCE", "asserted", "2025-10")
    ]


def test_a_converb_before_a_future_verb_without_since_then_stays_future() -> None:
    assert times("Делегация октябрда Бишкекке келип, министр менен жолугат.") == [
        ("октябрда", "2026-10")
    ]


def test_that_same_month_is_the_month_the_article_named_last() -> None:
    text = (
        "Кеңеш мыйзамды 2025-жылдын октябрында кабыл алган. "
        "Ошол эле айда жактоочулар президентке кат жөнөтүшкөн. "
        "2023-жылы завод жабылган, ошол эле жылы ишчилер нааразы болушкан."
    )
    assert analyzed_times(text, dt.date(2026, 3, 4)) == [
        ("2025-жылдын октябрында", "2025-10"),
        ("Ошол эле айда", "2025-10"),
        ("2023-жылы", "2023"),
        ("ошол эле жылы", "2023"),
    ]


def test_the_same_day_after_a_start_or_a_deadline_is_the_day_told_before_them() -> None:
    text = (
        "Пенсионерлер шаршемби күнү 1-марттан тартып жабылган каттамдарды ачууну талап "
        "кылышты. Ошол эле күнү мэр алардын өкүлдөрүн кабыл алды."
    )
    assert analyzed_times(text, dt.date(2026, 3, 12))[-1] == ("Ошол эле күнү", "2026-03-11")


def test_a_month_of_a_meeting_agreed_to_is_the_coming_one() -> None:
    text = "Эки тарап октябрдын башында Пекинде кайрадан жолугушууга макулдашты."
    assert analyzed_times(text, dt.date(2026, 5, 20)) == [("октябрдын башында", "2026-10")]
