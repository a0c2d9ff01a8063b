"""Quotes: direct and reported speech, attributed to entities."""

from __future__ import annotations

import pytest

import kabar
from entity_helpers import Spec, build
from kabar.document import Document, Entity, Quote

PEOPLE: list[Spec] = [
    ("jap", "PER", ["Садыр Жапаров", "Жапаров"], "Sadyr Japarov", "президент"),
    ("kul", "PER", ["Жээнбек Кулубаев", "Кулубаев"], "Jeenbek Kulubaev", "министр"),
    ("ann", "PER", ["Анн Мари"], "Anne Marie", "элчи"),
    ("fra", "LOC", ["Франция"], "France", None),
    ("bish", "LOC", ["Бишкек"], "Bishkek", None),
]


def quotes(text: str) -> list[Quote]:
    return build(text, PEOPLE).quotes


def speaker_name(doc: Document, q: Quote) -> str | None:
    """The English name of the quote's speaker, None when it has none."""
    speaker = doc.entity(q.speaker) if q.speaker else None
    return speaker.name_en if speaker else None


def only_quote_speaker(text: str, published: str = "2026-05-01") -> Entity:
    """The entity speaking the one quote the whole pipeline finds in ``text``."""
    doc = kabar.analyze(text, published=published)
    [q] = doc.quotes
    assert q.speaker is not None
    speaker = doc.entity(q.speaker)
    assert speaker is not None
    return speaker


def test_attribution_after_the_dash_names_the_speaker() -> None:
    [q] = quotes('"Биз жаңы мектептерди курабыз", - деди Жапаров.')
    assert (q.speaker, q.text, q.kind, q.sentence) == (
        "jap",
        "Биз жаңы мектептерди курабыз",
        "direct",
        0,
    )


def test_quote_offsets_slice_the_quote_text_without_marks() -> None:
    text = 'Кечээ жыйын болду. "Биз жаңы мектептерди курабыз", - деди Жапаров.'
    doc = build(text, PEOPLE)
    [q] = doc.quotes
    assert doc.text[q.start : q.end] == q.text
    assert q.sentence == 1


def test_role_word_after_the_quote_resolves_to_the_person_with_that_role() -> None:
    text = (
        "Бишкекке Франциянын элчиси Анн Мари келди. "
        '"Биздин өлкө бул долбоорду каржылайт", - деген элчи.'
    )
    [q] = quotes(text)
    assert q.speaker == "ann"


def test_colon_before_the_quote_names_the_speaker() -> None:
    [q] = quotes('Министр Кулубаев мындай деди: "Чек ара маселеси толугу менен чечилди".')
    assert (q.speaker, q.text) == ("kul", "Чек ара маселеси толугу менен чечилди")


def test_quotation_of_two_sentences_is_one_quote() -> None:
    [q] = quotes('"Биз даярбыз. Сүйлөшүүлөр эртең башталат", - деди Садыр Жапаров.')
    assert q.speaker == "jap"
    assert q.text == "Биз даярбыз. Сүйлөшүүлөр эртең башталат"
    assert q.sentence == 0


def test_reported_speech_with_a_complement_verb() -> None:
    [q] = quotes("Жапаров өлкөдө жаңы завод ачыларын билдирди.")
    assert (q.speaker, q.kind) == ("jap", "reported")
    assert q.text == "өлкөдө жаңы завод ачыларын"


def test_according_to_the_genitive_speaker() -> None:
    [q] = quotes("Жапаровдун айтымында, быйыл түшүм мол болот.")
    assert (q.speaker, q.kind, q.text) == ("jap", "reported", "быйыл түшүм мол болот")


def test_quoted_direct_words_after_according_to_keep_that_speaker() -> None:
    [q] = quotes('Кулубаевдин айтымында, бул сапар "эки өлкөнү жакындатышы мүмкүн".')
    assert (q.speaker, q.kind, q.text) == ("kul", "direct", "эки өлкөнү жакындатышы мүмкүн")


def test_a_name_in_quotation_marks_is_not_a_quote() -> None:
    assert quotes('Жапаров "Ата Журт" партиясынын съездине катышты.') == []


def test_a_short_caption_without_a_verb_is_not_a_quote() -> None:
    assert quotes('Кулубаев сүрөттүн астына "Бишкек, 2024-жыл" деп жазды.') == []


def test_unresolvable_speaker_is_none_but_the_quote_is_kept() -> None:
    [q] = quotes('"Баары жакшы болот", - деди ал.')
    assert q.speaker is None
    assert q.text == "Баары жакшы болот"


def test_text_without_quotes_gives_none() -> None:
    assert quotes("Бишкекте жаан жаады.") == []


def test_reported_speech_after_a_converb_clause_keeps_the_sentence_subject() -> None:
    [q] = quotes("Кулубаев Анкарага барып, эки өлкө соода көлөмүн көбөйтөрүн билдирди.")
    assert (q.speaker, q.kind) == ("kul", "reported")
    assert q.text.startswith("Анкарага барып")


def test_pronoun_after_the_dash_is_the_previous_subject() -> None:
    text = 'Кулубаев Анкарага барды. "Биз даярбыз", - деди ал.'
    [q] = quotes(text)
    assert q.speaker == "kul"


# ---------------------------------------------------------------- generalisation
ACTORS: list[Spec] = [
    *PEOPLE,
    ("asa", "PER", ["Айгүл Асанова", "Асанова"], "Aigul Asanova", "депутат"),
    ("tok", "PER", ["Марат Токтосунов", "Токтосунов"], "Marat Toktosunov", "прокурор"),
    ("iim", "ORG", ["Ички иштер министрлиги", "ИИМ"], "Ministry of Internal Affairs", None),
]


def said(text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.kind, q.text) for q in build(text, ACTORS).quotes]


@pytest.mark.parametrize(
    "verb",
    [
        "деп билдирди",
        "деп жазды",
        "деп кошумчалады",
        "деп эскертти",
        "деп белгиледи",
        "деди",
        "деп айтты",
    ],
)
def test_attribution_after_the_quote_with_any_speech_verb(verb: str) -> None:
    assert said(f'"Чек арада тынчтык сакталып турат", - {verb} Кулубаев.') == [
        ("kul", "direct", "Чек арада тынчтык сакталып турат")
    ]


def test_dash_glued_to_the_quotative_still_attributes() -> None:
    text = 'Кулубаев Анкарага барды. "Биз даярбыз", -деп айтты министр.'
    assert said(text) == [("kul", "direct", "Биз даярбыз")]


def test_speaker_with_a_colon_before_and_a_speech_verb_after() -> None:
    assert said('Жапаров: "Мектептер көбөйөт", - деп кошумчалады.') == [
        ("jap", "direct", "Мектептер көбөйөт")
    ]


def test_three_sentences_in_one_pair_of_marks_are_one_quote() -> None:
    text = '"Биз даярбыз. Сүйлөшүүлөр эртең башталат. Баары жакшы болот", - деди Жапаров.'
    assert said(text) == [
        ("jap", "direct", "Биз даярбыз. Сүйлөшүүлөр эртең башталат. Баары жакшы болот")
    ]


def test_a_press_service_speaks_for_its_organisation() -> None:
    expected = [("iim", "direct", "Шектүү кармалды")]
    assert said('"Шектүү кармалды", - деп билдирди ИИМдин басма сөз кызматы.') == expected
    assert said('ИИМдин басма сөз кызматы: "Шектүү кармалды", - деп билдирди.') == expected


def test_the_word_ministry_after_the_quote_is_the_ministry_named_before() -> None:
    text = 'Ички иштер министрлиги жыйын өткөрдү. "Шектүү кармалды", - деп билдирди министрлик.'
    assert said(text) == [("iim", "direct", "Шектүү кармалды")]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Депутат Айгүл Асанова сессияда сүйлөдү. "Бул мыйзам зыяндуу", - деди депутат.', "asa"),
        ('Прокурор Марат Токтосунов сотто чыкты. "Айыпталуучу күнөөлүү", - деди прокурор.', "tok"),
    ],
)
def test_a_short_verbless_quote_with_a_role_speaker_is_a_quote(text: str, speaker: str) -> None:
    [(who, kind, _)] = said(text)
    assert (who, kind) == (speaker, "direct")


def test_quote_followed_directly_by_the_speech_verb() -> None:
    assert said('Кулубаев журналисттерге "Биз даярбыз" деди.') == [("kul", "direct", "Биз даярбыз")]


def test_reported_speech_of_an_organisation_with_two_word_content() -> None:
    assert said("ИИМ шектүү кармалганын маалымдады.") == [("iim", "reported", "шектүү кармалганын")]


def test_reported_speech_with_the_speaker_after_the_verb() -> None:
    assert said("Эки өлкө соода көлөмүн көбөйтөрүн билдирди министр Кулубаев.") == [
        ("kul", "reported", "Эки өлкө соода көлөмүн көбөйтөрүн")
    ]


@pytest.mark.parametrize(
    "opening",
    [
        "Жапаровдун сөзү боюнча,",
        "Жапаровдун айтымында,",
        "Жапаров билдиргендей,",
        "Жапаровдун пикиринде,",
    ],
)
def test_according_to_openings_make_reported_speech(opening: str) -> None:
    assert said(f"{opening} быйыл түшүм мол болот.") == [
        ("jap", "reported", "быйыл түшүм мол болот")
    ]


def test_according_to_an_abbreviated_organisation() -> None:
    assert said("ИИМдин маалыматы боюнча, шектүү кармалды.") == [
        ("iim", "reported", "шектүү кармалды")
    ]


def test_about_this_points_back_to_the_sentence_before() -> None:
    text = "Шектүү кечээ кармалды. Бул тууралуу ИИМдин басма сөз кызматы билдирди."
    [q] = build(text, ACTORS).quotes
    assert (q.speaker, q.kind, q.text, q.sentence) == (
        "iim",
        "reported",
        "Шектүү кечээ кармалды",
        0,
    )


@pytest.mark.parametrize(
    "text",
    [
        'Жапаров "Адилет" клиникасына барды.',
        'Делегация "Манас" аэропортуна келди.',
        'Асанова "Ак кеме" романын кайра окуду.',
        '"Жибек жолу: келечек" деп аталган форум өттү.',
        'Кулубаев Жапаровду "өлкөнүн лидери" деп атады.',
    ],
)
def test_names_and_titles_in_quotation_marks_are_not_quotes(text: str) -> None:
    assert said(text) == []


def test_a_name_in_marks_inside_a_quote_stays_inside_it() -> None:
    assert said('«Биз "Манас" аэропортун оңдойбуз», - деди Жапаров.') == [
        ("jap", "direct", 'Биз "Манас" аэропортун оңдойбуз')
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"Мы готовы к переговорам", - сказал Кулубаев.',
        '"Мы готовы к переговорам", - деди Кулубаев.',
        'Кулубаев мындай деди: "Мы готовы к переговорам".',
    ],
)
def test_russian_quotations_inside_kyrgyz_text(text: str) -> None:
    assert said(text) == [("kul", "direct", "Мы готовы к переговорам")]


def test_a_verbless_sentence_written_with_the_quotative_is_a_quote() -> None:
    assert said('Кулубаев Telegram-каналына "Мыйзам баарына бирдей" деп жазды.') == [
        ("kul", "direct", "Мыйзам баарына бирдей")
    ]


def test_a_pronoun_after_a_quote_is_the_subject_before_the_quote() -> None:
    text = (
        "Депутат Айгүл Асанова өкүмгө нааразы экенин билдирди. "
        '"Бул адилетсиз чечим! Биз аягына чейин барабыз", — деди ал.'
    )
    quotes_found = build(text, ACTORS).quotes
    assert [(q.speaker, q.kind) for q in quotes_found] == [("asa", "reported"), ("asa", "direct")]


def test_a_quote_on_its_own_line_after_a_colon_belongs_to_the_speaker_before() -> None:
    text = 'Кулубаев жыйында мындай деди:\n"Биз даярбыз. Эртең сүйлөшүүлөр башталат".'
    assert said(text) == [("kul", "direct", "Биз даярбыз. Эртең сүйлөшүүлөр башталат")]


def test_a_quote_with_no_cue_at_all_is_not_attributed() -> None:
    assert said('Кулубаев жыйында сүйлөдү.\n"Биз даярбыз. Эртең сүйлөшүүлөр башталат".') == []


# ---------------------------------------------------------------- bodies, particles, titles
BODIES: list[Spec] = [
    *ACTORS,
    ("tur", "LOC", ["Түркия"], "Turkey", None),
    ("kaz", "LOC", ["Казакстан"], "Kazakhstan", None),
    ("osh", "LOC", ["Ош"], "Osh", None),
    ("osm", "PER", ["Бакыт Осмонов", "Осмонов"], "Bakyt Osmonov", None),
    ("kab", "ORG", ["Министрлер кабинети"], "Cabinet of Ministers", None),
    ("ukmk", "ORG", ["Улуттук коопсуздук мамлекеттик комитети", "УКМК"], "GKNB", None),
    ("eu", "ORG", ["Европа Биримдиги"], "European Union", None),
]


def said_by(text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.kind, q.text) for q in build(text, BODIES).quotes]


@pytest.mark.parametrize("particle", ["да", "дагы"])
def test_a_country_with_an_additive_particle_is_the_speaker_of_reported_speech(
    particle: str,
) -> None:
    text = f"Түркия {particle} өрт өчүрүүчү учактарды жөнөтүүгө даяр экенин билдирди."
    assert said_by(text) == [("tur", "reported", "өрт өчүрүүчү учактарды жөнөтүүгө даяр экенин")]


def test_a_country_named_after_the_comma_that_follows_the_speech_verb_is_not_the_speaker() -> None:
    text = "Жардам жакында келерин билдирди, бирок Казакстан бул тууралуу унчукпады."
    assert said_by(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Бишкек жана Ош шаарларынын тургундары ичүүчү суу жетишсиз экенин билдиришти.",
        "Бишкек шаарынын тургундары ичүүчү суу жетишсиз экенин билдиришти.",
    ],
)
def test_a_place_inside_a_longer_subject_is_not_the_speaker(text: str) -> None:
    assert said_by(text) == []


def test_two_countries_joined_as_the_subject_speak_through_the_first() -> None:
    text = "Түркия жана Казакстан чек араны ачууга даяр экенин билдиришти."
    assert said_by(text) == [("tur", "reported", "чек араны ачууга даяр экенин")]


@pytest.mark.parametrize("verb", ["тастыктады", "ырастады", "белгиледи"])
def test_a_particle_after_the_complementizer_still_closes_reported_speech(verb: str) -> None:
    text = (
        "Министр Кулубаев Анкарада сүйлөдү. "
        f"Ал жыйында эч кандай келишимге кол коюлган эмес экенин да {verb}."
    )
    assert said_by(text) == [
        ("kul", "reported", "жыйында эч кандай келишимге кол коюлган эмес экенин")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Кулубаев Анкарага барды. "Сүйлөшүүлөр ийгиликтүү өттү, - деди ал, - '
            'бирок бир нече маселе али чечиле элек."',
            [("kul", "direct", "Сүйлөшүүлөр ийгиликтүү өттү")],
        ),
        (
            '"Мектептер жайында оңдолот, - деп кошумчалады Жапаров, - жана күзгө чейин '
            'даяр болот."',
            [("jap", "direct", "Мектептер жайында оңдолот")],
        ),
    ],
)
def test_an_attribution_inside_the_quotation_marks_attributes_the_quote(
    text: str, expected: list[tuple[str | None, str, str]]
) -> None:
    assert said_by(text) == expected


def test_the_word_speaker_names_the_chairman_of_the_parliament() -> None:
    text = (
        "Жогорку Кеңештин төрагасы Бакыт Осмонов мыйзам долбоорун колдоду. "
        '"Бул мыйзам элге пайда алып келет", - деди спикер журналисттерге.'
    )
    assert said_by(text) == [("osm", "direct", "Бул мыйзам элге пайда алып келет")]


def test_the_word_speaker_does_not_name_the_chairman_of_the_cabinet() -> None:
    text = (
        "Министрлер кабинетинин төрагасы Бакыт Осмонов мыйзам долбоорун колдоду. "
        '"Бул мыйзам элге пайда алып келет", - деди спикер журналисттерге.'
    )
    assert [q.speaker for q in build(text, BODIES).quotes] == [None]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Министрлер кабинети жаңы токтом кабыл алды. "
            "Өкмөттүн маалыматы боюнча, токтом май айынан тартып күчүнө кирет.",
            ("kab", "reported", "токтом май айынан тартып күчүнө кирет"),
        ),
        (
            "Улуттук коопсуздук мамлекеттик комитети эки кызматкерди кармады. "
            "Комитеттин билдирүүсүндө айтылгандай, алар ири көлөмдө пара алышкан.",
            ("ukmk", "reported", "алар ири көлөмдө пара алышкан"),
        ),
    ],
)
def test_according_to_a_body_named_by_a_common_noun(
    text: str, expected: tuple[str | None, str, str]
) -> None:
    assert said_by(text)[-1] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Европа Биримдигинин Кыргызстандагы өкүлчүлүгү шайлоо тууралуу кайрылуу жасады. "
            '"Шайлоо эркин жана адилеттүү өтүшү керек", - деп айтылат өкүлчүлүктүн '
            "билдирүүсүндө.",
            "eu",
        ),
        ('"Чек ара жабык бойдон калат", - деп айтылат ИИМдин билдирүүсүндө.', "iim"),
        (
            "Улуттук коопсуздук мамлекеттик комитети эки кызматкерди кармады. Ведомствонун "
            'билдирүүсүндө "алар ири көлөмдө пара алышкан" деп айтылат.',
            "ukmk",
        ),
    ],
)
def test_a_quote_said_in_the_statement_of_a_body(text: str, speaker: str) -> None:
    assert [(q.speaker, q.kind) for q in build(text, BODIES).quotes][-1] == (speaker, "direct")


# ---------------------------------------------------------------- statements, passives, judgements
NEWS: list[Spec] = [
    *BODIES,
    ("stip", "PER", ["Эдуардс Стипрайс"], "Eduards Stiprais", None),
    ("bank", "ORG", ["Улуттук банк"], "National Bank", None),
    ("kom", "ORG", ["Ак-Таш Көмүр"], "Ak-Tash Komur", None),
    ("meria", "ORG", ["Нарын шаарынын мэриясы"], "Naryn City Hall", None),
    ("osce", "ORG", ["ЕККУ"], "OSCE", None),
    ("rus", "LOC", ["Орусия"], "Russia", None),
    ("pes", "PER", ["Дмитрий Песков"], "Dmitry Peskov", None),
    ("ken", "PER", ["Айгерим Кенжебаева", "Кенжебаева"], "Aigerim Kenjebaeva", "министр"),
    ("kra", "PER", ["Сергей Кравцов", "Кравцов"], "Sergey Kravtsov", "министр"),
]


def news(text: str) -> list[tuple[str | None, str, str]]:
    return [(q.speaker, q.kind, q.text) for q in build(text, NEWS).quotes]


@pytest.mark.parametrize(
    "opening",
    [
        "Улуттук банктын эскертүүсүнө караганда,",
        "Улуттук банктын баяндамасында",
        "Улуттук банктын божомолуна караганда,",
        "Улуттук банктын түшүндүрмөсү боюнча,",
    ],
)
def test_more_statement_nouns_name_whose_statement_it_is(opening: str) -> None:
    assert news(f"{opening} быйыл инфляция басаңдайт.") == [
        ("bank", "reported", "быйыл инфляция басаңдайт")
    ]


def test_a_surname_in_the_genitive_is_the_person_named_before() -> None:
    text = (
        "Эдуардс Стипрайс Бишкекке келди. "
        "Стипрайстин айтымында, ЕБ реформаны колдоого каражат бөлөт."
    )
    assert news(text)[-1] == ("stip", "reported", "ЕБ реформаны колдоого каражат бөлөт")


def test_the_issuer_of_a_statement_named_as_the_subject_before_its_participle() -> None:
    text = "Ак-Таш Көмүр компаниясы бүгүн таратылган билдирүүсүндө айлыкты толук төлөрүн убадалады."
    assert news(text) == [("kom", "reported", "айлыкты толук төлөрүн")]


def test_he_who_wrote_a_statement_on_a_platform_is_its_issuer_not_the_platform() -> None:
    text = (
        "Бакыт Осмонов кызматтан кетти. Ал Facebook баракчасына жазган билдирүүсүндө "
        "тендер мыйзамга ылайык өткөнүн жазды."
    )
    doc = build(text, [*NEWS, ("fb", "ORG", ["Facebook"], "Facebook", None)])
    assert [(q.speaker, q.kind) for q in doc.quotes] == [("osm", "reported")]


def test_the_issuer_of_a_statement_in_the_genitive_before_its_participle() -> None:
    text = (
        "Европа Биримдигинин Кыргызстандагы өкүлчүлүгү нота алды. "
        'Өкүлчүлүктүн кечээ жарыялаган билдирүүсүндө мындай делет: "Шайлоо тынч өттү".'
    )
    assert news(text) == [("eu", "direct", "Шайлоо тынч өттү")]


def test_what_the_issuer_does_in_a_statement_is_no_quote() -> None:
    text = "Ак-Таш Көмүр компаниясы бүгүн таратылган билдирүүсүндө кенчилерди катуу сынга алды."
    assert news(text) == []


def test_a_passive_speech_verb_takes_its_content_from_a_nominative_complement() -> None:
    text = (
        "Нарын шаарынын мэриясы таркаткан билдирүүдө суу түтүгү тез оңдолушу керектиги айтылып, "
        "тургундар сабырдуу болууга чакырылды."
    )
    assert news(text) == [("meria", "reported", "суу түтүгү тез оңдолушу керектиги")]


def test_the_subject_of_a_passive_speech_verb_is_not_its_speaker() -> None:
    assert news("Кулубаев чет өлкөгө каражат чыгарган деп айыпталат.") == []


def test_the_agent_of_a_passive_speech_verb_is_its_speaker() -> None:
    assert news("ИИМ тарабынан шектүүлөр кармалганы билдирилди.") == [
        ("iim", "reported", "шектүүлөр кармалганы")
    ]


def test_a_press_secretary_named_after_the_title_speaks_himself() -> None:
    text = "Орусия президентинин басма сөз катчысы Дмитрий Песков делегация келбей турганын айтты."
    assert news(text) == [("pes", "reported", "делегация келбей турганын")]


def test_observers_speak_for_the_body_that_sent_them() -> None:
    assert news("ЕККУнун байкоочулары добуш берүү тынч өткөнүн белгилешти.") == [
        ("osce", "reported", "добуш берүү тынч өткөнүн")
    ]


def test_authorities_in_the_accusative_are_no_speaker() -> None:
    assert news("Кенжебаева Орусиянын бийлигин мугалимдерди жиберүүгө чакырды.") == []


def test_a_bare_title_names_the_holder_mentioned_last() -> None:
    text = (
        "Министр Айгерим Кенжебаева менен министр Сергей Кравцов келишимге кол коюшту. "
        "Кенжебаева смета кайра эсептелип жатканын билдирди. "
        "Министрдин айтымында, курулуш жазында башталышы мүмкүн."
    )
    assert news(text)[-1] == ("ken", "reported", "курулуш жазында башталышы мүмкүн")


def test_a_conditional_after_the_speaker_is_part_of_the_content() -> None:
    text = (
        "Асанова, эгер компания баасын түшүрбөсө, парламент келишимди текшерүү үчүн "
        "комиссия түзөрүн эскертти."
    )
    assert news(text) == [
        (
            "asa",
            "reported",
            "эгер компания баасын түшүрбөсө, парламент келишимди текшерүү үчүн комиссия түзөрүн",
        )
    ]


def test_they_does_not_stand_for_the_one_person_quoted_last() -> None:
    text = "Кулубаев суу азайып жатканын айтты. Алар компания дарыяны булгап жатат деп айыпташат."
    assert [q.speaker for q in build(text, NEWS).quotes] == ["kul"]


@pytest.mark.parametrize(
    "text",
    [
        "Асанова Улуттук банкты калктан ашыкча пайыз алып жатат деп айыптады.",
        "ИИМ кечээ бул сынды негизсиз деп четке какты.",
        "Кулубаев депутаттардын дооматтарын негизсиз деп четке какты.",
    ],
)
def test_a_charge_or_a_verdict_on_an_object_is_not_a_statement(text: str) -> None:
    assert news(text) == []


def test_an_accusation_whose_content_has_its_own_subject_is_a_statement() -> None:
    assert news("Кулубаев Казакстан келишимди бузду деп айыптады.") == [
        ("kul", "reported", "Казакстан келишимди бузду")
    ]


def test_what_a_speaker_denies_is_not_their_statement() -> None:
    assert news("Кулубаев чек арада күч колдонулганын четке какты.") == []


def test_a_body_named_by_a_common_noun_is_the_subject_of_reported_speech() -> None:
    text = (
        "Нарын шаарынын мэриясы жыйын өткөрдү. "
        "Мэрия бул айыптоолорду четке кагып, шайлоо мыйзамдуу өткөнүн билдирди."
    )
    assert news(text) == [("meria", "reported", "шайлоо мыйзамдуу өткөнүн")]


def test_a_word_for_the_body_just_named_is_that_body() -> None:
    text = (
        "Улуттук банк коммерциялык банктарга кат жөнөттү. "
        "Регулятордун эскертүүсүнө караганда, эрежени бузгандар айып пул төлөйт."
    )
    assert news(text) == [("bank", "reported", "эрежени бузгандар айып пул төлөйт")]


def test_a_name_in_marks_inside_a_statement_sentence_is_not_a_quote() -> None:
    text = (
        "ЕККУ кечээ жарыялаган баяндамасында Кыргызстандын «чет элдик агенттер» тууралуу "
        "мыйзамын сынга алды."
    )
    assert news(text) == []


def test_a_topic_particle_after_the_subject_is_not_content() -> None:
    assert news("Казакстан болсо чек араны ачууга даяр экенин билдирди.") == [
        ("kaz", "reported", "чек араны ачууга даяр экенин")
    ]


def test_the_press_service_of_a_body_named_by_its_noun_speaks_for_it() -> None:
    text = (
        "Нарын шаарынын мэриясы жаңы эреже кабыл алды. "
        '"Суроолорго тиешелүү бөлүм жооп берет", - деп билдирди мэриянын басма сөз кызматы.'
    )
    assert [(q.speaker, q.kind) for q in build(text, NEWS).quotes] == [("meria", "direct")]


def test_a_statement_published_on_a_body_site_is_that_body_speaking() -> None:
    text = (
        "Нарын шаарынын мэриясы жаңы эреже кабыл алды. "
        '"Орусия тарап бул эрежени колдойт", - делет мэриянын сайтына жарыяланган '
        "билдирүүсүндө."
    )
    assert [(q.speaker, q.kind) for q in build(text, NEWS).quotes] == [("meria", "direct")]


def test_a_statement_with_no_owner_is_the_body_told_of_before() -> None:
    text = (
        "Улуттук банк кечээ билдирүү таратты. "
        "Билдирүүдө эрежени бузган банктарга айып пул салынышы мүмкүн экени белгиленет."
    )
    assert [(q.speaker, q.kind) for q in build(text, NEWS).quotes] == [("bank", "reported")]


@pytest.mark.parametrize(
    "text",
    [
        # a converb clause before the statement shares its subject
        "Улуттук банк бул айыптоолорду четке кагып, эреже баарына бирдей экенин билдирди.",
        # so does a purpose clause
        "Улуттук банк эрежени жумшартуу үчүн кошумча убакыт керек экенин түшүндүрдү.",
        # as a body noted, with the according-to form -ишинче
        "Улуттук банктын белгилешинче, эрежени бузгандар айып пул төлөйт.",
    ],
)
def test_the_speaker_before_a_closed_clause_or_in_an_as_noted_phrase(text: str) -> None:
    assert [(q.speaker, q.kind) for q in build(text, NEWS).quotes] == [("bank", "reported")]


def test_his_words_after_a_sentence_about_a_person_are_that_persons() -> None:
    text = (
        '"Эреже өзгөрбөйт", - деди Эдуардс Стипрайс. '
        "Министр Сергей Кравцов кечээ Ошко келип, мугалимдер менен сүйлөштү. "
        "Анын айтымында, мектептер жазда оңдолот."
    )
    assert [(q.speaker, q.kind) for q in build(text, NEWS).quotes] == [
        ("stip", "direct"),
        ("kra", "reported"),
    ]


def test_he_after_a_quote_is_whose_words_the_sentence_before_reported() -> None:
    text = (
        '"Биз жаңы мектептерди курабыз", - деди Жапаров. '
        "Кулубаевдин айтымында, долбоор жабык эшик артында даярдалган. "
        '"Мындай иштер эч нерсени өзгөртпөйт", - деди ал.'
    )
    assert [q.speaker for q in quotes(text) if q.kind == "direct"] == ["jap", "kul"]


def test_a_countrys_leader_named_by_a_demonym_is_its_president() -> None:
    text = (
        "Франциянын президенти Анн Мари келди. "
        'Франция лидери мындай деди: "Биз бул долбоорду каржылайбыз."'
    )
    assert [q.speaker for q in quotes(text)] == ["ann"]


def test_a_manner_word_may_stand_between_the_complement_and_the_verb_of_saying() -> None:
    [q] = quotes("Франция бул долбоорду колдобой турганын расмий билдирди.")
    assert (q.speaker, q.kind, q.text) == ("fra", "reported", "бул долбоорду колдобой турганын")


def test_a_promise_is_reported_speech() -> None:
    [q] = quotes("Кулубаев программа кийинки жылы да уланарын убада кылды.")
    assert (q.speaker, q.kind) == ("kul", "reported")


def test_those_spoken_to_are_not_part_of_what_was_said() -> None:
    [q] = quotes("Кулубаев журналисттерге Бишкекте жаңы элчилик ачыларын айтты.")
    assert (q.speaker, q.text) == ("kul", "Бишкекте жаңы элчилик ачыларын")


def test_what_must_be_done_is_reported_speech_too() -> None:
    [q] = quotes("Кулубаев программа бар экенин, депутаттар аны угушу керектигин айтты.")
    assert q.speaker == "kul"
    assert q.text == "программа бар экенин, депутаттар аны угушу керектигин"


def test_according_to_a_body_named_by_its_head_noun_is_that_body() -> None:
    doc = kabar.analyze(
        "Мамлекеттик салык кызматы компанияга доо арыз берди. "
        "Кызматтын маалыматына караганда, ишкана бюджетке бир миллиард сом төлөбөй калган.",
        published="2026-06-01",
    )
    [q] = doc.quotes
    assert (
        q.speaker is not None and doc.entity(q.speaker).name_en == "State Tax Service of Kyrgyzstan"
    )


def test_a_role_with_a_demonym_is_the_holder_from_that_country() -> None:
    doc = kabar.analyze(
        "Тажикстандын президенти Эмомали Рахмон жана Кыргызстандын президенти Садыр Жапаров "
        'Баткенде жолугушту. Тажик президенти мындай деди: "Кошуналар ар бир маселени '
        'сүйлөшүү менен чечиши керек."',
        published="2026-06-01",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Emomali Rahmon"


def test_of_two_genitives_before_aitymynda_the_last_one_speaks() -> None:
    doc = kabar.analyze(
        "Сот мурдагы министр Талант Осмоновду актады. Осмоновдун адвокаты Нурбек "
        "Сейитовдун айтымында, күбөлөрдүн көрсөтмөлөрү бири-бирине дал келген эмес.",
        published="2026-06-01",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Nurbek Seitov"


def test_a_speaker_named_after_the_content_and_before_the_verb() -> None:
    doc = kabar.analyze(
        "Мурдагы аким Бакыт Ормонов камакта ачкачылык кармап жатканын анын жубайы "
        "Гүлзат Ормонова шейшемби күнү маалымдады.",
        published="2026-06-01",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Gulzat Ormonova"
    assert q.text.startswith("Мурдагы аким") and q.text.endswith("жатканын")


def test_a_person_in_the_genitive_after_a_press_service_is_told_of_not_speaking() -> None:
    speaker = only_quote_speaker(
        "Жогорку соттун басма сөз кызматы Ормоновдун арызы июнда каралаарын билдирди.",
    )
    assert speaker.name_en == "Supreme Court of Kyrgyzstan"


def test_a_country_side_speaks_for_the_country() -> None:
    doc = kabar.analyze(
        "Кытай тарабы жаңы жолду курууга жеңилдетилген насыя бере турганын билдирди.",
        published="2026-05-01",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "China"
    assert q.text.startswith("жаңы жолду")


def test_a_counterpart_after_but_is_the_person_of_that_country() -> None:
    doc = kabar.analyze(
        "Тышкы иштер министри Жээнбек Кулубаев Москвада Россиянын тышкы иштер министри "
        "Сергей Лавров менен жолукту. Кыргыз министри мигранттарга мунапыс жарыялоону "
        "суранган, бирок орусиялык кесиптеши мындай чечим азырынча каралбай турганын билдирди.",
        published="2026-09-10",
    )
    [q] = [q for q in doc.quotes if "чечим" in q.text]
    assert speaker_name(doc, q) == "Sergey Lavrov"


def test_a_diplomat_of_a_country_is_its_foreign_minister_not_another_official() -> None:
    doc = kabar.analyze(
        "Орусиянын тышкы иштер министри Сергей Лавров Жээнбек Кулубаевди кабыл алды. Кийин "
        "Кулубаев Кремлде президенттин "
        "жардамчысы Юрий Ушаков менен жолугушту. Орус дипломатынын айтымында, Владимир "
        "Путин кийинки айда Бишкекке келет.",
        published="2026-09-10",
    )
    [q] = [q for q in doc.quotes if "Путин" in q.text]
    assert speaker_name(doc, q) == "Sergey Lavrov"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Эми кечинде сыртка чыкканга коркобуз, ата-энелер күн сайын чалышат", - деди '
            "жабыркагандардын бири, 21 жаштагы Рахул Шарма.",
            "Rakhul Sharma",
        ),
        (
            '"Балдар бир жылда тилди үйрөнө албайт, мугалимдер да жетишпейт", - деди '
            "демилгечил топтун мүчөсү Ольга Ким.",
            "Olga Kim",
        ),
    ],
)
def test_whoever_closes_the_sentence_after_the_attributing_verb_is_a_person(
    text: str, speaker: str
) -> None:
    doc = kabar.analyze(text, published="2026-05-01")
    [q] = doc.quotes
    assert speaker_name(doc, q) == speaker


def test_the_head_of_state_and_a_monarch_are_found_by_their_titles() -> None:
    doc = kabar.analyze(
        "Делегацияны Президент Садыр Жапаров кабыл алды. "
        '"Тажрыйба алмашуу эки өлкөгө тең пайдалуу деп ишенем", - деди мамлекет башчысы. '
        "Кувейттин эмири Мишал аль-Ахмад кийинки айда Бишкекке келет.",
        published="2026-05-01",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Sadyr Japarov"
    assert any(e.role == "эмир" for e in doc.entities)


def test_whoever_stands_right_before_myndai_dedi_is_a_person() -> None:
    doc = kabar.analyze(
        "Кайрылмандардын бири, 58 жаштагы Абдырашит Токтомуш уулу мындай деди: "
        '"Тоодо кыш сегиз ай созулат, дарыгер да, мектеп да жок".',
        published="2026-05-01",
    )
    [q] = doc.quotes
    assert q.speaker is not None
    assert doc.entity(q.speaker).name_en == "Abdyrashit Toktomush uulu"


def test_a_surname_with_a_particle_after_dedi_is_the_person_named_before() -> None:
    speaker = only_quote_speaker(
        "Катардын министри Мохаммед аль-Кааби Бишкекке келди. "
        '"Биз бул жакка узак мөөнөттүү өнөктөштүк үчүн келдик", - деди аль-Кааби журналисттерге.',
    )
    assert speaker.role == "министр"


def test_al_after_a_sentence_opened_by_a_title_is_the_titled_person() -> None:
    speaker = only_quote_speaker(
        "БУУнун Башкы катчысы Антониу Гутерриш Бишкекке келди. Башкы катчы өлкөнүн "
        'демилгелерин жогору баалады. "Тоолуу өлкөлөрдүн үнү эл аралык аренада угулушу '
        'керек", - деди ал.',
    )
    assert speaker.name_en == "António Guterres"


def test_the_ombudsman_goes_by_both_titles() -> None:
    speaker = only_quote_speaker(
        "Акыйкатчы Жамиля Жаманбаева кайрылуу жасады. Омбудсмен мындай деди: "
        '"Малчылар үч ай бою консул менен жолуга алган жок".',
    )
    assert speaker.name_en == "Jamilya Jamanbaeva"


def test_a_title_nobody_named_holds_speaks_for_the_body_it_heads() -> None:
    speaker = only_quote_speaker(
        "Бишкек мэриясы жол киренин баасын 30 сомго көтөрдү. Шаардын мэри бүгүн студенттердин "
        'талаптарын четке какты. Мэр мындай деди: "Жол кире тогуз жылдан бери өзгөргөн эмес".',
    )
    assert speaker.name_en == "Bishkek City Hall"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Кыргыз тарап тажик аскерлерин мина койгон деп айыптады. Тажикстандын Чек ара "
            "аскерлери бул айыптоону негизсиз деп четке какты. Алардын маалыматына караганда, "
            "тажик аскерлери бул аймакта эч качан мина колдонгон эмес.",
            "Border Troops of Tajikistan",
        ),
        (
            "Эколог Гүлнара Садыкова машыгууларды сынга алды. Коргоо министрлиги экологдордун "
            "дооматтарын четке какты. Министрлик дооматтарды негизсиз деп атады. Анын "
            "маалыматына караганда, ок атуу машыгуулары көлдөн алыс өтөт.",
            "Ministry of Defence of Kyrgyzstan",
        ),
    ],
)
def test_its_information_after_a_body_opened_the_sentence_before_is_the_bodys(
    text: str, speaker: str
) -> None:
    doc = kabar.analyze(text, published="2026-05-01")
    [q] = [q for q in doc.quotes if q.kind == "reported" and "маалыматына" not in q.text]
    assert speaker_name(doc, q) == speaker


def test_the_head_of_government_is_the_chairman_of_the_cabinet() -> None:
    speaker = only_quote_speaker(
        "Министрлер кабинетинин төрагасы Адылбек Касымалиев кыймылдын өкүлдөрү менен жолукту. "
        '"Газ ар бир үй-бүлөнүн чөнтөгүнө тиет, ошондуктан бир тыйын да негизсиз кошулбашы '
        'керек", - деди өкмөт башчы жолугушуудан кийин.',
    )
    assert speaker.name_en == "Adylbek Kasymaliev"


def test_a_sheikh_named_after_his_title_of_emir_speaks_as_the_emir() -> None:
    speaker = only_quote_speaker(
        "Ошол эле күнү министрди Кувейттин эмири шейх Мишаль аль-Ахмад аль-Жабер ас-Сабах "
        'кабыл алды. "Эки элди дин жана маданият жакындаштырып турат", - деди эмир.',
    )
    assert speaker.role == "шейх"


def test_a_term_in_quotation_marks_before_degen_is_no_quote() -> None:
    doc = kabar.analyze(
        "Жалал-Абад облустук прокуратурасынын маалыматында айтылгандай, ишкана былтыр "
        '"пландуу тазалоо" деген шылтоо менен 300 теректи кыйып саткан.',
        published="2026-05-01",
    )
    [q] = doc.quotes
    assert q.kind == "reported" and q.text.startswith("ишкана былтыр")


def test_also_opening_the_sentence_leaves_the_pronoun_as_the_speaker() -> None:
    speaker = only_quote_speaker(
        "Энергетика министри Таалайбек Ибраев станцияга барды. Ошондой эле ал жаңы "
        "турбиналар кышка чейин орнотуларын кошумчалады.",
    )
    assert speaker.name_en == "Taalaibek Ibraev"


def test_a_person_named_after_an_agencys_report_is_the_speaker() -> None:
    doc = kabar.analyze(
        "Казакстандын тышкы иштер министри Ермек Көшербаев Бишкекке келди. Казинформ "
        "агенттигинин кабарлашынча, Көшербаев эки өлкөнүн соодасы өсө турганын белгилеген.",
        published="2026-05-01",
    )
    [q] = [q for q in doc.quotes if "соодасы" in q.text]
    assert speaker_name(doc, q) == "Yermek Kosherbayev"
    assert q.text.startswith("эки өлкөнүн")


def test_a_criticism_with_deep_is_reported_speech_of_the_critic() -> None:
    speaker = only_quote_speaker(
        "Акыйкатчы Жамила Жаманбаева ооруканаларда кезек кыскарбай жатат деп сынга алды.",
    )
    assert speaker.name_en == "Jamila Jamanbaeva"


def test_the_secretariat_of_an_organisation_speaks_for_it() -> None:
    doc = kabar.analyze(
        "Шанхай кызматташтык уюмунун (ШКУ) тышкы иштер министрлери Бишкекте чогулушту. "
        "ШКУ катчылыгынын маалыматына караганда, министрлер кийинки саммиттин күн "
        "тартибин жактырышты.",
        published="2026-05-01",
    )
    [q] = [q for q in doc.quotes if "саммиттин" in q.text]
    assert (
        q.speaker is not None
        and doc.entity(q.speaker).name_en == "Shanghai Cooperation Organisation"
    )


def test_a_demonym_and_side_noun_opening_the_clause_speak_for_the_country() -> None:
    doc = kabar.analyze(
        "Казакстан эки учак жөнөттү. Өзбекстан да жардам сунуштады. Тажик тарап да "
        "куткаруучуларды жиберүүгө даяр экенин билдирди. Тажикстан кечээ эле кабар берген.",
        published="2026-05-01",
    )
    [q] = [q for q in doc.quotes if "куткаруучуларды" in q.text]
    assert speaker_name(doc, q) == "Tajikistan"


def test_the_one_told_in_the_dative_is_no_speaker_for_a_role_word() -> None:
    speaker = only_quote_speaker(
        "Блогер Айгерим Токтосунова милицияга чакырылды. "
        '"Видеону өчүрбөйм", - деди блогер Азаттыкка.',
    )
    assert speaker.name_en == "Aigerim Toktosunova"


def test_reported_speech_before_a_colon_and_a_direct_quotation_are_both_kept() -> None:
    doc = kabar.analyze(
        "Президент Садыр Жапаров заводду ачты. Жапаров жаңы тракторлор арзан болоорун "
        'белгилеп, мындай деди: "Дыйкандар мындан ары чет жакка барбайт."',
        published="2026-05-01",
    )
    kinds = sorted((q.kind, q.text.split()[0]) for q in doc.quotes)
    assert kinds == [("direct", "Дыйкандар"), ("reported", "жаңы")]
    assert {doc.entity(q.speaker).name_en for q in doc.quotes if q.speaker} == {"Sadyr Japarov"}


def test_a_colon_after_thus_it_is_said_gives_no_reported_speech() -> None:
    doc = kabar.analyze(
        "Кыргызстандын Тышкы иштер министрлиги нота тапшырды. Министрликтин "
        'билдирүүсүндө мындай делет: "Мыйзам бардыгы үчүн бирдей."',
        published="2026-05-01",
    )
    assert [q.kind for q in doc.quotes] == ["direct"]


def test_the_companys_statement_is_the_company_named_as_subject_before() -> None:
    doc = kabar.analyze(
        '"Кумтөр Голд" компаниясы келишимге кол койгон жок. Компаниянын билдирүүсүндө '
        "шарттар инвесторлор үчүн пайдасыз экени айтылат.",
        published="2026-05-01",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Kumtor Gold"
    assert q.text.startswith("шарттар")


def test_the_service_after_a_press_service_is_that_press_services_owner() -> None:
    doc = kabar.analyze(
        "Жазаларды аткаруу кызматы туткундун абалы жакшы экенин билдирди. Жогорку соттун "
        "басма сөз кызматы арыз июнда каралаарын билдирди. Кызматтын айтымында, арыз "
        "өткөн айда эле келип түшкөн.",
        published="2026-05-01",
    )
    [q] = [q for q in doc.quotes if q.text.startswith("арыз өткөн")]
    assert speaker_name(doc, q) == "Supreme Court of Kyrgyzstan"


def test_the_word_agency_as_a_subject_is_the_body_just_named() -> None:
    doc = kabar.analyze(
        "Финансы министрлиги жаңы облигацияларды чыгарбай турганын билдирди. Ведомство "
        "кийинки жайгаштыруу күзгө калтырыларын билдирди. Ведомство мындай деп билдирди: "
        '"Инвесторлор менен сүйлөшүүлөр уланууда."',
        published="2026-05-12",
    )
    later = [q for q in doc.quotes if not q.text.startswith("жаңы")]
    assert [q.text[:10] for q in later] == ["кийинки жа", "Инвесторло"]
    assert {speaker_name(doc, q) for q in later} == {"Ministry of Finance of Kyrgyzstan"}


def test_he_after_the_speech_verb_speaks_and_the_outlet_after_him_only_hears() -> None:
    doc = kabar.analyze(
        "Журналист Айбек Токтогулов жаңы мыйзамды талкуулады. "
        '"Бул мыйзам журналисттерге каршы багытталган", - деди ал Kaktus.media басылмасына.',
        published="2026-05-12",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Aibek Toktogulov"


def test_he_with_no_one_to_stand_for_leaves_the_quote_without_a_speaker() -> None:
    doc = kabar.analyze(
        '"Бул мыйзам журналисттерге каршы багытталган", - деди ал "Азаттык" радиосуна.',
        published="2026-05-12",
    )
    [q] = doc.quotes
    assert q.speaker is None


def test_the_agency_after_its_minister_spoke_is_the_ministry_named_before() -> None:
    doc = kabar.analyze(
        "Финансы министрлиги евробонддорду жайгаштырууну токтотту. Министр Алмаз Бакетаев "
        "Жогорку Кеңештин комитетинде сүйлөдү. Ведомство жайгаштыруу күзгө калтырыларын "
        "билдирди.",
        published="2026-05-21",
    )
    [q] = [q for q in doc.quotes if q.text.startswith("жайгаштыруу")]
    assert speaker_name(doc, q) == "Ministry of Finance of Kyrgyzstan"


def test_head_of_state_in_two_words_speaks_for_the_president_named_before() -> None:
    doc = kabar.analyze(
        "Президент Садыр Жапаров Джорджа Мелони менен телефон аркылуу сүйлөштү. Мамлекет "
        "башчысы кыргызстандыктар визага Алматыга барууга аргасыз болуп жатканын айтты.",
        published="2026-03-10",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Sadyr Japarov"


def test_the_security_council_unqualified_is_kyrgyzstans_own() -> None:
    doc = kabar.analyze(
        "Коопсуздук кеңешинин катчысы Москвада кесиптеши менен жолукту. Коопсуздук "
        "кеңешинин билдирүүсүндө тараптар миграция маселесин талкуулашканы айтылат.",
        published="2026-07-08",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Security Council of Kyrgyzstan"


def test_a_short_label_before_dep_atap_is_a_name_given_not_words_said() -> None:
    doc = kabar.analyze(
        'Милициянын маалыматына караганда, кыймылдын мүчөлөрү кечени "адепсиздик" деп атап, '
        "конокторду видеого тартышкан.",
        published="2026-09-21",
    )
    assert all(q.text != "адепсиздик" for q in doc.quotes)
    long_words = kabar.analyze(
        'Депутат Азамат Исмаилов чечимди "бул мыйзамды одоно бузуу жана элди алдоо" деп атады.',
        published="2026-09-21",
    )
    assert [q.text[:3] for q in long_words.quotes if q.kind == "direct"] == ["бул"]


def test_what_a_side_is_said_to_consider_is_its_reported_speech() -> None:
    doc = kabar.analyze(
        "Маалыматка караганда, Өзбекстан мындай система өлкөнүн саясатына туура келбейт деп "
        "эсептейт.",
        published="2026-10-21",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Uzbekistan" and q.text.startswith("мындай система")


def test_a_lawyers_words_about_what_his_client_thinks_stay_the_lawyers() -> None:
    doc = kabar.analyze(
        "Блогердин жактоочусу Жазгүл Асанова өкүм менен макул эмес экенин билдирди. Анын "
        "айтымында, Мамытканов айыбын мойнуна алган эмес жана өзүн күнөөсүз деп эсептейт.",
        published="2026-04-08",
    )
    [q] = [q for q in doc.quotes if q.sentence == 1]
    assert speaker_name(doc, q) == "Jazgul Asanova" and q.text.startswith("Мамытканов")


def test_a_body_in_the_ablative_speaks_through_its_people() -> None:
    doc = kabar.analyze(
        "Табигый ресурстар, экология жана техникалык көзөмөл министрлигинен болсо мыйзам эки "
        "жыл мурун кабыл алынганын белгилеп, мөөнөттү жылдырбай турганын билдиришти.",
        published="2026-06-24",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == (
        "Ministry of Natural Resources, Ecology and Technical Supervision of Kyrgyzstan"
    )


def test_a_passive_report_opening_with_also_goes_on_with_the_statement_before() -> None:
    doc = kabar.analyze(
        "Глобалдык фонддун билдирүүсүндө кийинки партиялар майдын аягына чейин жеткириле "
        "турганы айтылат. Ошондой эле министрлик тутумун оңдобосо, фонд колдоону кыскартышы "
        "мүмкүн экени эскертилген.",
        published="2026-04-15",
    )
    assert [(q.sentence, speaker_name(doc, q)) for q in doc.quotes] == [
        (0, "The Global Fund to Fight AIDS, Tuberculosis and Malaria"),
        (1, "The Global Fund to Fight AIDS, Tuberculosis and Malaria"),
    ]


def test_an_associations_estimate_is_what_it_says() -> None:
    doc = kabar.analyze(
        '"Кыргыз Полимер" ассоциациясы тыюуну кийинкиге калтырууну сурады. Ассоциациянын '
        "эсебинде, тыюудан улам алты цех жабылып, 900гө жакын адам жумушсуз калышы мүмкүн.",
        published="2026-06-24",
    )
    [q] = [q for q in doc.quotes if q.sentence == 1]
    assert q.text.startswith("тыюудан улам")
    assert q.speaker is not None and q.speaker == doc.quotes[0].speaker


def test_a_name_in_marks_with_its_case_inside_them_is_no_quote() -> None:
    doc = kabar.analyze(
        "«Газпромдун» билдирүүсүндө, эгерде кыргыз тарап карыздарды толук жапса, компания баа "
        "маселесин кайра карап чыгышы мүмкүн экени айтылат.",
        published="2026-04-15",
    )
    [q] = doc.quotes
    assert (q.kind, speaker_name(doc, q)) == ("reported", "Gazprom")
    assert q.text.startswith("эгерде")


def test_what_a_courts_decision_says_is_the_courts() -> None:
    doc = kabar.analyze(
        "Тбилиси шаардык соту экстрадициялоо өтүнүчүн четке какты. Соттун чечиминде кыргыз "
        "тарабы берген кепилдиктер жетишсиз экени айтылат.",
        published="2026-06-11",
    )
    [q] = [q for q in doc.quotes if q.sentence == 1]
    assert q.text.startswith("кыргыз тарабы")
    assert q.speaker is not None and doc.entity(q.speaker).label == "ORG"


def test_a_minister_nobody_named_speaks_for_the_ministry_named_before() -> None:
    doc = kabar.analyze(
        "Жаратылыш ресурстары, экология жана техникалык көзөмөл министрлиги компаниянын "
        "жетекчилигин сүйлөшүүгө чакырды. Министр журналисттерге мындай деди: "
        '"Биз инвесторлорду сыйлайбыз, бирок суу менен жайыт алтындан кымбат."',
        published="2026-10-21",
    )
    [q] = [q for q in doc.quotes if q.kind == "direct"]
    speaker = doc.entity(q.speaker) if q.speaker else None
    assert speaker is not None and speaker.label == "ORG" and "Ministry" in (speaker.name_en or "")


def test_he_after_a_sentence_opening_with_he_is_whom_that_he_stood_for() -> None:
    doc = kabar.analyze(
        "Касымалиев тыюуну алып салууну сурады. Сүт азыктарын өндүрүүчүлөр бирлигинин "
        "төрагасы Айгүл Токтосунованын айтымында, тыюунун айынан экспорт эки эсеге азайган. "
        'Ал чектөөнү жашыруун соода тосмосу деп атады. "Тыюу жакында алынбаса, бир нече сүт '
        'заводу жабылып калышы мүмкүн", - деди ал.',
        published="2026-06-11",
    )
    [q] = [q for q in doc.quotes if q.text.startswith("Тыюу")]
    assert speaker_name(doc, q) == "Aigul Toktosunova"


def test_a_body_opening_the_sentence_speaks_a_content_that_opens_with_a_clause() -> None:
    doc = kabar.analyze(
        'Ошол эле учурда "Мекендеш" коомдук фонду мунапыс аяктагандан кийин Россия полициясы '
        "рейддерди күчөтүшү мүмкүн экенин эскертти.",
        published="2026-03-25",
    )
    [q] = doc.quotes
    assert speaker_name(doc, q) == "Mekendesh Public Fund" and q.text.startswith("мунапыс")


def test_that_it_is_not_closes_reported_content() -> None:
    doc = kabar.analyze(
        "Транспорт министрлиги көпүрөнү жайга чейин ачуу мүмкүн эместигин белгиледи.",
        published="2026-03-02",
    )
    [q] = doc.quotes
    assert (speaker_name(doc, q), q.text) == (
        "Ministry of Transport and Communications of Kyrgyzstan",
        "көпүрөнү жайга чейин ачуу мүмкүн эместигин",
    )


def test_a_press_service_speaks_for_its_owner_not_for_the_city_it_sits_in() -> None:
    speaker = only_quote_speaker(
        "БУУнун Женевадагы басма сөз кызматы миссия жакында келерин билдирди."
    )
    assert speaker.name_en == "United Nations"


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Бакыт Рыскулов маселени Жогорку Кеңештин алдына коёрун эскертти.",
            "маселени Жогорку Кеңештин алдына коёрун",
        ),
        (
            "Азамат Төлөгөнов банктар базага али туташа электигин айтты.",
            "банктар базага али туташа электигин",
        ),
    ],
)
def test_reported_content_closes_on_every_spelling_of_its_verb(text: str, content: str) -> None:
    doc = kabar.analyze(text, published="2026-07-08")
    assert [q.text for q in doc.quotes] == [content]


def test_a_bare_title_after_a_counterpart_is_the_counterpart_who_spoke_last() -> None:
    doc = kabar.analyze(
        "Бахрейндин тышкы иштер министри Абдуллатиф Аз-Заяни Бишкекке келди. Кечээ Аз-Заяни "
        "кыргызстандык кесиптеши Жээнбек Кулубаев менен сүйлөштү. Кулубаевдин айтымында, "
        'соода эки эсе өстү. "Саясий мамилелерибизде көйгөй жок", - деди министр.',
        published="2026-01-28",
    )
    names = {e.id: e.name_en for e in doc.entities}
    direct = next(q for q in doc.quotes if q.kind == "direct")
    assert names[str(direct.speaker)] == "Jeenbek Kulubaev"


def test_information_a_body_put_out_names_it_as_the_speaker() -> None:
    speaker = only_quote_speaker(
        "Эмгек министрлиги тараткан маалыматка ылайык, келишим күчүнө киргенден кийин "
        "мигранттардын иш стажы эсепке алынат.",
        published="2026-01-27",
    )
    assert speaker.name_en == "Ministry of Labour, Social Security and Migration of Kyrgyzstan"


def test_information_no_one_is_said_to_have_put_out_names_no_speaker() -> None:
    doc = kabar.analyze(
        "Эмгек министрлиги жаңы эрежени жарыялады. Расмий маалыматка караганда, бензиндин "
        "баасы литрине жети сомго кымбаттаган.",
        published="2026-01-27",
    )
    assert doc.quotes == []


def test_its_press_service_speaks_for_the_body_told_of_before() -> None:
    speaker = only_quote_speaker(
        "Экология министрлиги жаңы эреже киргизди. Анын басма сөз кызматы чектөө кайра "
        "каралбай турганын билдирди.",
        published="2026-04-09",
    )
    assert speaker.name_en == "Ministry of Ecology"


def test_a_bare_coalition_is_the_coalition_the_article_named() -> None:
    speaker = only_quote_speaker(
        '"Таза Добуш" коалициясы шайлоону байкайт. Коалициянын өкүлдөрүнүн айтымында, тизме '
        "жарыяланбаса, алар сотко кайрылышы мүмкүн.",
        published="2026-10-08",
    )
    assert speaker.name_en == "Taza Dobush"


def test_a_pronoun_after_the_writing_verb_is_the_writer_not_the_page_named_after_it() -> None:
    speaker = only_quote_speaker(
        "Ноокат районунун акими Талантбек Эргешов айыптоолорду четке какты. "
        '"Мен ар бир айда министрликке кат жаздым", - деп жазды ал Facebook баракчасында.'
    )
    assert speaker.name_en == "Talantbek Ergeshov"
