"""Entity recognition and within-article resolution, on our own Kyrgyz sentences."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.document import Document, Entity
from kabar.ner.resolve import resolve_role
from kabar.ner.suffixes import case_splits
from kabar.pipeline import Pipeline, get_stage


def analyze(text: str) -> Document:
    """Text stages, then entities and linking (independent of the morphology stage's state)."""
    doc = Pipeline(["clean", "segment", "language"])(Document(text="", raw=text))
    get_stage("entities")(doc)
    get_stage("linking")(doc)
    return doc


def by_name(doc: Document, name: str) -> Entity:
    found = [e for e in doc.entities if e.name == name]
    assert found, f"{name!r} not among {[e.name for e in doc.entities]}"
    return found[0]


def test_text_without_names_gives_no_entities() -> None:
    doc = analyze("Бүгүн аба ырайы жылуу болот. Биз эртең тоого барабыз. Бул жакшы кабар.")
    assert doc.entities == []


def test_empty_and_odd_input_never_raises() -> None:
    for text in ("", "   ", "!!!", "АКШ", '""', "Ж.", "123-456", "Ааааа ааа Бббб"):
        analyze(text)


def test_role_word_is_not_part_of_the_name() -> None:
    doc = analyze("Кыргызстандын тышкы иштер министри Азамат Бекмуратов Ташкентке барды.")
    ent = by_name(doc, "Азамат Бекмуратов")
    assert ent.label == "PER"
    assert ent.role == "тышкы иштер министри"
    assert [m.text for m in ent.mentions] == ["Азамат Бекмуратов"]


def test_capitalised_role_and_pronoun_are_not_names() -> None:
    doc = analyze("Элчи кечээ келди. Президент жыйынды ачты. Биз күтөбүз.")
    assert doc.entities == []


def test_an_adverb_opening_a_sentence_is_no_first_name_of_the_surname_after_it() -> None:
    doc = analyze("Аким Улан Жусупов нааразы болду. Кийинчерээк Жусупов айыптоолорду четке какты.")
    assert [e.name for e in doc.entities] == ["Улан Жусупов"]


@pytest.mark.parametrize(
    "text",
    [
        "Быйыл ЖРТнын жыйынтыгы июнда жарыяланат.",
        "Бул токтом Конституцияга каршы келет деп эсептейт депутаттар.",
        "Дарыядагы жаңы ГЭСтин курулушу кечигүүдө.",
    ],
)
def test_abbreviated_and_capitalised_common_nouns_are_not_names(text: str) -> None:
    # an exam (ЖРТ), a document (Конституция), a hydro plant with no name before it (ГЭС)
    assert analyze(text).entities == []


def test_case_suffix_is_stripped_from_the_name_but_kept_in_the_mention() -> None:
    doc = analyze("Саламат Токтосунов жыйында сүйлөдү. Токтосуновдун сунушун депутаттар колдошту.")
    ent = by_name(doc, "Саламат Токтосунов")
    assert [m.text for m in ent.mentions] == ["Саламат Токтосунов", "Токтосуновдун"]


def test_bare_surname_joins_the_full_name_entity() -> None:
    doc = analyze(
        "Дональд Трамп менен Мелания Трамп Парижге келишти. Трамп журналисттерге кыскача жооп берди."
    )
    donald = by_name(doc, "Дональд Трамп")
    melania = by_name(doc, "Мелания Трамп")
    assert donald.id != melania.id
    assert [m.text for m in donald.mentions] == ["Дональд Трамп", "Трамп"]
    assert [m.text for m in melania.mentions] == ["Мелания Трамп"]


def test_sentence_initial_surname_is_found_once_the_article_named_the_person() -> None:
    doc = analyze(
        "Агентстволун башчысы Нурлан Сарыбаев маалымат берди. Сарыбаев кийин суроолорго жооп берди."
    )
    ent = by_name(doc, "Нурлан Сарыбаев")
    assert len(ent.mentions) == 2


def test_country_abbreviation_and_full_name_are_one_entity() -> None:
    doc = analyze(
        "АКШнын өкүлү сүйлөдү. Кошмо Штаттарга сапар күзүндө болот. Америка Кошмо Штаттары макул болду."
    )
    countries = [e for e in doc.entities if e.label == "LOC"]
    assert len(countries) == 1
    assert countries[0].name_en == "United States"
    assert len(countries[0].mentions) == 3


def test_multiword_organisation_with_lower_case_words_is_one_name() -> None:
    doc = analyze("Кечээ Таза суу коомдук бирикмеси жаңы долбоорун жарыялады.")
    ent = by_name(doc, "Таза суу коомдук бирикмеси")
    assert ent.label == "ORG"


def test_quoted_name_before_an_organisation_head_is_one_org() -> None:
    doc = analyze('Жаштар "Жаңы муун" коомдук фондуна кайрылышты.')
    ent = by_name(doc, '"Жаңы муун" коомдук фонду')
    assert ent.label == "ORG"
    assert ent.mentions[0].text == '"Жаңы муун" коомдук фондуна'


def test_inner_genitive_is_kept_and_last_case_stripped() -> None:
    doc = analyze("Жыйынга БУУнун Башкы Ассамблеясынын өкүлдөрү келди.")
    ent = by_name(doc, "БУУнун Башкы Ассамблеясы")
    assert ent.label == "ORG"


def test_facility_head_makes_a_location() -> None:
    doc = analyze("Өкмөт Кең-Суу гидроэлектр станциясынын курулушун баштады.")
    ent = by_name(doc, "Кең-Суу гидроэлектр станциясы")
    assert ent.label == "LOC"


def test_place_head_outside_the_name_is_left_out() -> None:
    doc = analyze("Делегация Сан-Паулу шаарына учуп кетти.")
    ent = by_name(doc, "Сан-Паулу")
    assert ent.label == "LOC"


def test_latin_name_with_apostrophe_suffix() -> None:
    doc = analyze("Ал сүрөттөрдү Instagram’га жарыялады.")
    ent = by_name(doc, "Instagram")
    assert ent.label == "ORG"
    assert ent.mentions[0].text == "Instagram’га"


def test_derived_adjective_is_not_a_mention() -> None:
    doc = analyze("Жолугушууга казакстандык жана кытайлык ишкерлер катышты.")
    assert doc.entities == []


def test_entity_ids_follow_first_mention() -> None:
    doc = analyze("Бишкекте Ош жана Нарын шаарларынын өкүлдөрү жолугушту. Ош тууралуу көп айтылды.")
    assert [e.id for e in doc.entities] == [f"e{k}" for k in range(1, len(doc.entities) + 1)]
    assert doc.entities[0].name == "Бишкек"


def test_role_word_alone_resolves_to_the_last_person_with_that_role() -> None:
    doc = analyze(
        "Германиянын элчиси Клаус Мюллер жана Франциянын элчиси Пьер Дюпон келишти. "
        "Элчи жыйында кыскача сүйлөдү. Министр Бакыт Жумабаев да катышты."
    )
    dupont = by_name(doc, "Пьер Дюпон")
    minister = by_name(doc, "Бакыт Жумабаев")
    assert resolve_role(doc, 1, "элчи") == dupont.id
    assert resolve_role(doc, 1, "элчиси") == dupont.id
    assert resolve_role(doc, 2, "министр") == minister.id
    assert resolve_role(doc, 0, "министр") is None


def test_harmony_keeps_names_that_only_look_inflected() -> None:
    assert case_splits("Воденски")[0].base == "Воденски"
    assert case_splits("Фарида")[0].base == "Фарида"
    assert case_splits("Токаевдин")[0].base == "Токаев"
    assert case_splits("Бишкекке")[0].base == "Бишкек"


def test_abbreviation_in_brackets_after_a_name_is_the_same_entity() -> None:
    doc = analyze("Борбордук Азия суу кеңешинин (БАСК) жыйыны өттү. БАСК жаңы төрагасын шайлады.")
    [ent] = [e for e in doc.entities if e.label == "ORG"]
    assert [m.text for m in ent.mentions] == ["Борбордук Азия суу кеңешинин", "БАСК", "БАСК"]


def test_quoted_company_is_one_entity_whatever_head_follows() -> None:
    doc = analyze(
        'Инвесторлор "Ак Таш" компаниясына кайрылышты. Кийин "Ак Таш" жабык акционердик коому жооп берди.'
    )
    orgs = [e for e in doc.entities if e.label == "ORG"]
    assert len(orgs) == 1
    assert orgs[0].name_en == "Ak Tash"


def test_facility_named_after_a_person_is_one_location() -> None:
    doc = analyze(
        "Оюн Кожомкул атындагы спорт сарайында эмес, Ысмайыл Нуралиев атындагы стадиондо өттү."
    )
    names = [e.name for e in doc.entities]
    assert "Ысмайыл Нуралиев атындагы стадион" in names
    assert all(e.label != "PER" for e in doc.entities)


def test_place_inside_an_organisation_name_is_not_a_separate_entity() -> None:
    doc = analyze("Ош шаардык сотунун чечимин адвокат даттанды.")
    [court] = doc.entities
    assert (court.label, court.name) == ("ORG", "Ош шаардык соту")


def test_bare_region_name_joins_the_region_entity() -> None:
    doc = analyze("Ак-Суу району быйыл суу менен камсыз болот. Ак-Суунун фермерлери ыраазы.")
    [region] = doc.entities
    assert region.name == "Ак-Суу району" and len(region.mentions) == 2


def test_latin_words_in_a_row_are_one_name() -> None:
    doc = analyze("Маалыматты Open Data Lab уюму жарыялады, аны Green Pulse Media да кайталады.")
    names = {e.name for e in doc.entities}
    assert "Green Pulse Media" in names
    assert not names & {"Green", "Pulse", "Media"}


def test_sentence_opening_common_noun_is_not_glued_to_a_name() -> None:
    doc = analyze("Делегация Сан-Паулу шаарына барды. Маселени Каныбек Осмоналиев көтөрдү.")
    assert {e.name for e in doc.entities} == {"Сан-Паулу", "Каныбек Осмоналиев"}


@settings(max_examples=150, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list("АКШнынТокаевдин\"() -.,’'Gg20ӨүңЖ\nabc")), max_size=60)
)
def test_any_text_gives_entities_without_raising(text: str) -> None:
    doc = analyze(text)
    for ent in doc.entities:
        assert ent.mentions and all(doc.text[m.start : m.end] == m.text for m in ent.mentions)


def test_patronymic_stays_inside_the_persons_name() -> None:
    doc = analyze("Жыйынды Анна Сергеевна Волкова алып барды, Волкова суроолорго да жооп берди.")
    ent = by_name(doc, "Анна Сергеевна Волкова")
    assert len(ent.mentions) == 2


def test_a_capital_after_a_surname_starts_a_new_name() -> None:
    doc = analyze("Спортчу Нурбек Алиев Япония курамасына каршы чыкты.")
    assert {(e.name, e.name_en) for e in doc.entities} == {
        ("Нурбек Алиев", "Nurbek Aliev"),
        ("Жапония", "Japan"),
    }


def test_quoted_company_name_is_not_read_as_a_person() -> None:
    doc = analyze('Тендерди "Темир Жол" компаниясы утуп алды.')
    [ent] = doc.entities
    assert ent.label == "ORG"


def test_place_name_before_its_head_noun_keeps_its_ending_like_letters() -> None:
    doc = analyze("Жол Сары-Ташка айылына чейин оңдолот.")
    [place] = doc.entities
    assert place.name == "Сары-Ташка"


def test_district_hospital_gets_an_english_name_from_its_head_and_modifiers() -> None:
    doc = analyze("Кочкорбаев Лейлек райондук ооруканасына жеткирилди.")
    ent = by_name(doc, "Лейлек райондук ооруканасы")
    assert ent.label == "ORG"
    assert ent.name_en == "Leilek District Hospital"


def test_ministry_name_puts_its_field_after_of() -> None:
    doc = analyze("Жыйынды Санжар Бакиров эмес, Туризм министрлиги уюштурду.")
    assert by_name(doc, "Туризм министрлиги").name_en == "Ministry of Tourism"


def test_genitive_city_before_a_city_hall_is_one_organisation() -> None:
    doc = analyze("Кечээ Кара-Көл шаарынын мэриясы жаңы бакча ачты.")
    ent = by_name(doc, "Кара-Көл шаарынын мэриясы")
    assert ent.label == "ORG"
    assert ent.name_en == "Kara-Köl City Hall"
    assert [e.label for e in doc.entities] == ["ORG"]


def test_a_town_city_hall_says_city_once_in_english() -> None:
    doc = analyze("Кечээ Кара-Көл шаардык мэриясы жаңы бакча ачты.")
    assert by_name(doc, "Кара-Көл шаардык мэриясы").name_en == "Kara-Köl City Hall"


def test_country_genitive_with_an_abbreviation_is_that_countrys_body() -> None:
    doc = analyze("Мигранттар тууралуу Россиянын ИИМи жаңы эреже жарыялады.")
    [ent] = doc.entities
    assert ent.label == "ORG"
    assert ent.name_en == "Ministry of Internal Affairs of Russia"


def test_foreign_body_named_like_a_kyrgyz_one_takes_its_own_country() -> None:
    doc = analyze("Билдирүүнү Польшанын Тышкы иштер министрлиги таратты.")
    [ent] = doc.entities
    assert ent.label == "ORG"
    assert ent.kb_id is None
    assert ent.name_en == "Ministry of Foreign Affairs of Poland"


def test_patronymic_written_first_is_one_person() -> None:
    doc = analyze("Шайлоодо Бакыт уулу Нурсултан жеңди. Жыйынга Асан кызы Айпери да келди.")
    assert [(e.label, e.name) for e in doc.entities] == [
        ("PER", "Бакыт уулу Нурсултан"),
        ("PER", "Асан кызы Айпери"),
    ]


def test_east_asian_family_name_first_makes_a_person_but_not_alone() -> None:
    doc = analyze("Соода министри Ван Чжилинь Ошко келди. Ким келбей калды?")
    per = by_name(doc, "Ван Чжилинь")
    assert per.label == "PER"
    assert all(e.name != "Ким" for e in doc.entities)


def test_two_capitalised_unknown_words_after_a_role_are_a_person() -> None:
    doc = analyze("Ирландиянын элчиси Ойсин Маккарти Бишкекке келди.")
    per = by_name(doc, "Ойсин Маккарти")
    assert per.label == "PER"
    assert per.role == "элчи"


def test_two_names_sharing_a_plural_river_head_are_two_rivers() -> None:
    doc = analyze("Суу Чаткал жана Кара-Суу дарыяларында көбөйдү.")
    names = {e.name: e.name_en for e in doc.entities}
    assert names == {"Чаткал дарыясы": "Chatkal River", "Кара-Суу дарыясы": "Kara-Suu River"}


def test_facility_after_a_known_city_is_one_location() -> None:
    doc = analyze("Учак Ош эл аралык аэропортуна конду.")
    [ent] = doc.entities
    assert (ent.label, ent.name, ent.name_en) == (
        "LOC",
        "Ош эл аралык аэропорту",
        "Osh International Airport",
    )


def test_latin_brand_opening_a_kyrgyz_sentence_is_an_organisation() -> None:
    doc = analyze("Kapitalbank тиркемеси эки саат иштеген жок.")
    assert [(e.label, e.name) for e in doc.entities] == [("ORG", "Kapitalbank")]


def test_english_sentence_opening_word_is_not_a_brand() -> None:
    doc = analyze("The bank said nothing.")
    assert doc.entities == []


def test_case_ending_before_a_bare_common_noun_is_still_stripped() -> None:
    doc = analyze("Банк Кыргызстанга айыл чарбасы үчүн кредит берди.")
    assert by_name(doc, "Кыргызстан").kb_id == "Q813"


def test_quoted_place_name_before_an_agency_head_is_the_agency() -> None:
    doc = analyze('Маалыматты "Кыргызстан" агенттиги таратты.')
    [ent] = doc.entities
    assert ent.label == "ORG"
    assert ent.name_en == "Kyrgyzstan Agency"


def test_enclave_and_border_post_link_to_the_knowledge_base() -> None:
    doc = analyze("Сох анклавынын жолу жабылып, жүк Торугарт өткөөлү аркылуу өттү.")
    assert {e.name_en for e in doc.entities} == {"Sokh", "Torugart Pass"}


def test_quoted_company_drops_its_legal_form_in_english() -> None:
    doc = analyze('Келишимге "Тоо Суу Финанс" жоопкерчилиги чектелген коому кол койду.')
    [ent] = doc.entities
    assert ent.name_en == "Too Suu Finance"


def test_capital_of_a_country_is_not_an_organisation() -> None:
    doc = analyze("Өзбекстандын борбору Ташкент жылуу. Казакстандын Улуттук банкы жооп берди.")
    assert [(e.label, e.name) for e in doc.entities] == [
        ("LOC", "Өзбекстан"),
        ("LOC", "Ташкент"),
        ("ORG", "Казакстандын Улуттук банкы"),
    ]


def test_a_list_of_countries_before_a_known_facility_gives_each_country_and_the_facility() -> None:
    doc = analyze(
        "Кыргызстан, Казакстан жана Өзбекстан Камбар-Ата-1 гидроэлектр станциясын бирге курат."
    )
    names = {e.name_en for e in doc.entities}
    assert {
        "Kyrgyzstan",
        "Kazakhstan",
        "Uzbekistan",
        "Kambarata-1 Hydroelectric Power Plant",
    } <= names


def test_a_capital_after_and_starts_a_second_name() -> None:
    doc = analyze("Тажикстан жана Өзбекстан Улуттук банкы менен сүйлөштү.")
    assert "Uzbekistan" not in {e.name_en for e in doc.entities if e.label == "ORG"}
    assert not any(e.name.startswith("Тажикстан жана") for e in doc.entities)


def test_an_unknown_first_name_before_a_kb_surname_is_another_person() -> None:
    doc = analyze("Райондун акими Талантбек Жээнбеков соодагерлердин талабын четке какты.")
    person = by_name(doc, "Талантбек Жээнбеков")
    assert person.kb_id is None
    assert person.name_en == "Talantbek Jeenbekov"


def test_the_bare_surname_of_another_person_does_not_bring_the_kb_namesake() -> None:
    doc = analyze("Кызматтын өкүлү Камчыбек Алиев тажик тарапты айыптады. Алиев мындай деди.")
    person = by_name(doc, "Камчыбек Алиев")
    assert (person.kb_id, person.name_en) == (None, "Kamchybek Aliev")
    assert len(person.mentions) == 2


def test_a_district_administration_is_one_organisation() -> None:
    doc = analyze("Соодагерлер Кара-Суу райондук мамлекеттик администрациясынын алдына чогулду.")
    body = by_name(doc, "Кара-Суу райондук мамлекеттик администрациясы")
    assert (body.label, body.name_en) == ("ORG", "Kara-Suu District State Administration")


def test_a_body_of_plural_members_keeps_their_genitive_in_its_name() -> None:
    doc = analyze("Бишкек такси айдоочуларынын ассоциациясы иш таштоону улантат.")
    body = by_name(doc, "Бишкек такси айдоочуларынын ассоциациясы")
    assert (body.label, body.name_en) == ("ORG", "Bishkek Taxi Drivers Association")


def test_residents_in_the_plural_genitive_make_no_organisation() -> None:
    doc = analyze("Ош шаарынын тургундарынын нааразылыгы күчөдү.")
    assert [e.label for e in doc.entities] == ["LOC"]


def test_arabic_and_nobiliary_particles_stay_inside_a_persons_name() -> None:
    doc = analyze(
        "Компаниянын төрагасы Халид аль-Мансури келди. "
        "Еврокомиссиянын төрайымы Урсула фон дер Ляйен да келди."
    )
    assert by_name(doc, "Халид аль-Мансури").label == "PER"
    assert by_name(doc, "Урсула фон дер Ляйен").name_en == "Ursula von der Leyen"


def test_a_quoted_name_of_an_exercise_is_no_organisation() -> None:
    doc = analyze('"Тоо калканы-2026" аттуу биргелешкен машыгуу башталды.')
    assert doc.entities == []


def test_a_plural_role_word_before_a_body_head_starts_the_bodys_name() -> None:
    doc = analyze("Ош облусунун Журналисттер бирлиги кол салууну айыптады.")
    body = next(e for e in doc.entities if e.label == "ORG")
    assert body.name.endswith("Журналисттер бирлиги")
    assert body.name_en is not None and "Journalists" in body.name_en


def test_a_quoted_name_before_faction_is_the_faction_not_the_city_in_it() -> None:
    doc = analyze("«Жаңы Ош» фракциясы мэрияны айыптады.")
    assert [(e.label, e.name) for e in doc.entities] == [("ORG", '"Жаңы Ош" фракциясы')]


@pytest.mark.parametrize(
    ("text", "company", "english"),
    [
        ("Казакстандын QazaqGaz улуттук компаниясы иштерди токтотту.", "QazaqGaz", "QazaqGaz"),
        ("Россиянын Газпром компаниясы баа көтөрдү.", "Газпром", "Gazprom"),
    ],
)
def test_a_company_with_its_own_name_after_a_country_is_owned_not_named_by_it(
    text: str, company: str, english: str
) -> None:
    doc = analyze(text)
    orgs = [e for e in doc.entities if e.label == "ORG"]
    assert len(orgs) == 1 and orgs[0].name.startswith(company)
    assert orgs[0].name_en == english
    assert [e.label for e in doc.entities if e.label == "LOC"] == ["LOC"]


def test_a_state_body_keeps_its_country_in_the_name() -> None:
    doc = analyze("Казакстандын Улуттук банкы пайызды көтөрдү.")
    assert [(e.label, e.name_en) for e in doc.entities] == [("ORG", "National Bank of Kazakhstan")]


def test_a_quoted_name_of_several_words_with_its_case_inside_the_marks_is_one_name() -> None:
    doc = analyze('Тургундар "Нур Энерго Сервистин" кеңсесине барышты.')
    assert [(e.label, e.name) for e in doc.entities] == [("ORG", "Нур Энерго Сервис")]


def test_a_kb_name_inside_a_quoted_inflected_name_is_not_taken_alone() -> None:
    doc = analyze('Тургундар "Газпром Кыргызстандын" кеңсесинин алдына чогулушту.')
    assert [(e.label, e.name) for e in doc.entities] == [("ORG", "Газпром Кыргызстан")]


def test_a_settlement_name_before_its_head_keeps_its_last_syllable() -> None:
    doc = analyze("Кечээ Ак-Ордо конушунун тургундары жолду тосушту.")
    assert [(e.label, e.name, e.name_en) for e in doc.entities] == [("LOC", "Ак-Ордо", "Ak-Ordo")]


def test_a_side_named_by_a_demonym_is_no_part_of_a_bodys_name() -> None:
    doc = analyze("Өзбек тарап кыргыз министрлигинин сунушун кабыл алган жок.")
    assert [e for e in doc.entities if e.label == "ORG"] == []


def test_a_trade_union_named_by_its_workers_is_one_organisation_in_english() -> None:
    doc = analyze(
        "Кечээ Билим берүү жана илим кызматкерлеринин профсоюзу министрликке ачык кат жолдоду."
    )
    union = by_name(doc, "Билим берүү жана илим кызматкерлеринин профсоюзу")
    assert (union.label, union.name_en) == ("ORG", "Education and Science Workers' Trade Union")
