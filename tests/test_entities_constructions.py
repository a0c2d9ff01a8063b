"""Name constructions of Kyrgyz news the recogniser reads as one entity, or as none.

Bodies named with a comma list or after an owner in the genitive, places sharing a
plural head, an office of an organisation in a country, a first name standing for a
full name, and the descriptions (a joint commission, a company described before its
Latin name, a country's territory) that name nothing. Our own sentences.
"""

from __future__ import annotations

import kabar
from kabar.document import Document, Entity
from kabar.ner.romanize import romanize
from kabar.pipeline import Pipeline, get_stage


def analyze(text: str) -> Document:
    """Text stages, then entities and linking (the rules stand without the tagger)."""
    doc = Pipeline(["clean", "segment", "language"])(Document(text="", raw=text))
    get_stage("entities")(doc)
    get_stage("linking")(doc)
    return doc


def names(doc: Document) -> set[tuple[str, str]]:
    return {(e.label, e.name) for e in doc.entities}


def only(doc: Document, label: str) -> Entity:
    found = [e for e in doc.entities if e.label == label]
    assert len(found) == 1, [(e.label, e.name) for e in doc.entities]
    return found[0]


# -- bodies named with a comma list ------------------------------------------------


def test_a_ministry_named_with_a_comma_list_is_one_organisation() -> None:
    doc = analyze(
        "Кечээ Табигый ресурстар, экология жана техникалык көзөмөл министрлиги "
        "жаңы эрежелерди жарыялады."
    )
    ent = only(doc, "ORG")
    assert [m.text for m in ent.mentions] == [
        "Табигый ресурстар, экология жана техникалык көзөмөл министрлиги"
    ]
    assert (
        ent.name_en
        == "Ministry of Natural Resources, Ecology and Technical Supervision of Kyrgyzstan"
    )


def test_a_comma_listed_ministry_opening_the_sentence_is_one_organisation() -> None:
    doc = analyze(
        "Маданият, маалымат жана жаштар саясаты министрлигинин билдирүүсүнө ылайык, "
        "фестиваль жайында өтөт."
    )
    ent = only(doc, "ORG")
    assert ent.name == "Маданият, маалымат жана жаштар саясаты министрлиги"


def test_a_verbal_noun_inside_a_listed_ministry_name_keeps_the_name_whole() -> None:
    # the full pipeline: the tagger reads иштетүү as a verb, the name runs through it
    doc = kabar.analyze(
        "Кечээ Суу ресурстары, айыл чарба жана кайра иштетүү өнөр жайы министрлиги "
        "жаңы эрежени бекитти."
    )
    ent = only(doc, "ORG")
    assert ent.name_en == (
        "Ministry of Water Resources, Agriculture and Processing Industry of Kyrgyzstan"
    )


def test_a_comma_list_without_a_head_noun_names_nothing() -> None:
    assert analyze("Сессияда суу, жер жана токой маселелери талкууланды.").entities == []


# -- a body named for its field (X боюнча) -------------------------------------------


def test_a_body_named_for_its_field_ends_at_its_bare_head_and_reads_for_in_english() -> None:
    doc = analyze("Кечээ Суу чарбасы боюнча мамлекеттик агенттик жаңы эрежелерди жарыялады.")
    ent = only(doc, "ORG")
    assert ent.name == "Суу чарбасы боюнча мамлекеттик агенттик"
    assert ent.name_en is not None and ent.name_en.startswith("State Agency for ")


def test_a_foreign_body_named_for_its_field_keeps_its_country_and_its_short_name() -> None:
    doc = analyze(
        "Казакстандын Санитардык жана фитосанитардык көзөмөл боюнча федералдык кызматы "
        "(Казветнадзор) жаңы чектөө киргизди. Кийин Казветнадзордун инспекторлору келишти."
    )
    [ent] = [e for e in doc.entities if e.label == "ORG"]
    assert ent.name_en == "Federal Service for Sanitary and Phytosanitary Supervision of Kazakhstan"
    assert [m.text for m in ent.mentions][1:] == ["Казветнадзор", "Казветнадзордун"]


def test_a_bodys_press_service_is_the_body_itself() -> None:
    doc = analyze('Кечээ "Жаркын Энерго" ААКсынын басма сөз кызматы билдирүү таратты.')
    ent = only(doc, "ORG")
    assert "басма" not in ent.name and ent.name_en is not None and "Service" not in ent.name_en


def test_a_field_before_a_bare_head_with_no_kind_between_names_no_body() -> None:
    assert analyze("Долбоор боюнча комиссия жумасына бир жолу чогулат.").entities == []


# -- a body after its owner in the genitive ----------------------------------------


def test_a_countrys_capitalised_body_in_the_genitive_is_one_organisation() -> None:
    doc = analyze(
        "Өзбекстандын Чек ара аскерлери жаңы бекет курушту. "
        "Кийин Чек ара аскерлери билдирүү таратты."
    )
    ent = only(doc, "ORG")
    assert ent.name == "Өзбекстандын Чек ара аскерлери"
    assert ent.name_en == "Border Troops of Uzbekistan"
    assert [m.text for m in ent.mentions] == ["Өзбекстандын Чек ара аскерлери", "Чек ара аскерлери"]


def test_a_countrys_troops_in_general_are_no_organisation() -> None:
    doc = analyze("Министр Кыргызстан аскерлерин чакырып алат деди.")
    assert names(doc) == {("LOC", "Кыргызстан")}


def test_two_countries_bodies_of_different_names_stay_apart() -> None:
    doc = analyze(
        "Кечээ Тажикстандын Чек ара аскерлери жана Кыргызстандын Чек ара кызматы жолугушту."
    )
    assert {e.name_en for e in doc.entities} == {
        "Border Troops of Tajikistan",
        "Border Service of Kyrgyzstan",
    }


def test_a_un_body_after_the_un_in_the_genitive_is_one_organisation() -> None:
    doc = analyze("БУУнун Адам укуктары боюнча кеңеши жаңы баяндама жарыялады.")
    ent = only(doc, "ORG")
    assert ent.name_en == "United Nations Human Rights Council"


def test_an_organisations_office_in_a_country_is_one_organisation() -> None:
    doc = analyze("Европа Биримдигинин Кыргызстандагы өкүлчүлүгү жаңы долбоорду колдоду.")
    ent = only(doc, "ORG")
    assert ent.name == "Европа Биримдигинин Кыргызстандагы өкүлчүлүгү"
    assert ent.name_en == "Delegation of the European Union to Kyrgyzstan"
    assert not [e for e in doc.entities if e.label == "LOC"]


def test_an_embassy_in_a_city_is_one_organisation() -> None:
    doc = analyze("Кечээ Германиянын Бишкектеги элчилигине кат жөнөтүлдү.")
    ent = only(doc, "ORG")
    assert ent.name_en == "Embassy of Germany in Bishkek"


def test_an_office_before_a_role_leaves_the_organisation_and_the_country() -> None:
    doc = analyze("ЕБнин Кыргызстандагы өкүлчүлүгүнүн башчысы Анна Мюллер келди.")
    assert {e.name_en for e in doc.entities} == {"European Union", "Kyrgyzstan", "Anna Myuller"}


def test_a_company_of_a_known_group_is_a_company_of_its_own() -> None:
    doc = analyze("Кечээ Газпром Казакстан компаниясы жаңы келишим түздү.")
    ent = only(doc, "ORG")
    assert ent.name_en == "Gazprom Kazakhstan"


# -- places ------------------------------------------------------------------------


def test_names_listed_before_one_plural_region_head_are_each_a_region() -> None:
    doc = analyze("Талас, Чүй жана Баткен облустарында кар жаады.")
    assert {e.name_en for e in doc.entities} == {"Talas Region", "Chuy Region", "Batken Region"}


def test_two_names_sharing_a_plural_head_in_the_genitive_are_two_regions() -> None:
    doc = analyze("Ысык-Көл жана Нарын облустарынын акимдери жолугушту.")
    assert {e.name_en for e in doc.entities} == {"Issyk-Kul Region", "Naryn Region"}


def test_a_known_town_before_a_region_head_names_the_region() -> None:
    doc = analyze("Фергана районунда жаңы мектеп ачылды.")
    assert names(doc) == {("LOC", "Фергана району")}
    assert doc.entities[0].name_en == "Fergana District"


def test_a_street_named_like_a_person_is_a_place() -> None:
    doc = analyze("Нааразылар Жибек Жолу проспектисин тосуп алышты.")
    assert names(doc) == {("LOC", "Жибек Жолу проспектиси")}


def test_an_irrigation_canal_is_a_place_and_its_bare_name_follows_it() -> None:
    doc = analyze("Алар Кызыл-Булак сугат каналы үчүн кагылышты. Кызыл-Булак суусуз калды.")
    ent = only(doc, "LOC")
    assert ent.name_en == "Kyzyl-Bulak Canal"
    assert len(ent.mentions) == 2


def test_a_country_in_the_genitive_before_its_territory_is_the_country() -> None:
    doc = analyze("Жүк Өзбекстандын аймагы аркылуу ташылат.")
    assert names(doc) == {("LOC", "Өзбекстан")}


# -- persons -----------------------------------------------------------------------


def test_a_name_with_two_particles_before_the_surname_is_one_person() -> None:
    doc = analyze("Кечээ юрист Мартин ван дер Берг брифингде сүйлөдү.")
    assert only(doc, "PER").name == "Мартин ван дер Берг"


def test_a_first_name_and_an_inflected_surname_after_a_role_are_one_person() -> None:
    doc = analyze("Уюмдун жетекчиси Кристина Лоренцонун айтымында, жардам уланат.")
    assert names(doc) == {("PER", "Кристина Лоренцо")}


def test_a_first_name_alone_joins_the_one_full_name_given_with_it() -> None:
    doc = analyze("Фонддун директору Кристина Лоренцо келди. Кристина жыйынды ачты.")
    ent = only(doc, "PER")
    assert [m.text for m in ent.mentions] == ["Кристина Лоренцо", "Кристина"]


def test_a_first_name_two_people_share_is_left_alone() -> None:
    doc = analyze("Азамат Асанов менен Азамат Бекович келишти. Азамат сүйлөдү.")
    assert names(doc) == {("PER", "Азамат Асанов"), ("PER", "Азамат Бекович")}


def test_quoted_names_before_a_plural_company_head_are_companies_not_people() -> None:
    doc = analyze('Агенттик "Бакыт Тур" жана "Айгүл Авиа" компанияларына уруксат берди.')
    assert names(doc) == {("ORG", "Бакыт Тур"), ("ORG", "Айгүл Авиа")}


# -- descriptions that name nothing ------------------------------------------------


def test_a_joint_commission_of_two_countries_is_no_named_body() -> None:
    doc = analyze("Кыргызстан менен Казакстандын өкмөттөр аралык комиссиясы Астанада жолугат.")
    assert {e.label for e in doc.entities} == {"LOC"}


def test_a_bilateral_commission_opening_the_sentence_is_no_named_body() -> None:
    assert analyze("Кыргыз-өзбек өкмөттөр аралык комиссиясы чогулду.").entities == []


def test_a_description_before_a_latin_name_is_no_organisation() -> None:
    doc = analyze("Келишимге Түркиянын мамлекеттик курулуш компаниясы ALTA кол койду.")
    assert names(doc) == {("LOC", "Түркия"), ("ORG", "ALTA")}


def test_a_company_described_by_a_place_adjective_is_no_organisation() -> None:
    doc = analyze("АКШ казакстандык курулуш компаниясына айып салды.")
    assert {e.label for e in doc.entities} == {"LOC"}


def test_a_court_right_after_a_country_in_the_genitive_is_no_organisation() -> None:
    doc = analyze("Бул ишти Германиянын соту карайт.")
    assert names(doc) == {("LOC", "Германия")}


def test_a_derived_adjective_opening_a_sentence_names_no_place() -> None:
    # the full pipeline: the tagger's lemma (Европа) must not make the adjective a mention
    assert kabar.analyze("Европалык сарапчылар келишти.").entities == []


def test_project_and_scheme_labels_are_no_organisations() -> None:
    doc = analyze("Өлкө TAPI долбоорун колдойт. Студенттер Erasmus+ программасына катышат.")
    assert doc.entities == []


# -- one body named twice ----------------------------------------------------------


def test_a_body_named_with_fewer_modifiers_is_the_same_body() -> None:
    doc = analyze(
        "Мамлекеттик мал чарба кызматы текшерүү баштады. "
        "Кийин Мал чарба кызматы жыйынтыкты жарыялады."
    )
    assert len(only(doc, "ORG").mentions) == 2


def test_the_first_words_of_a_latin_company_name_are_the_same_company() -> None:
    doc = analyze("Кечээ Ala Group Mining компаниясы айып төлөдү. Кийин Ala Group жоопко тартылды.")
    ent = only(doc, "ORG")
    assert ent.name_en == "Ala Group Mining"
    assert len(ent.mentions) == 2


# -- English ---------------------------------------------------------------------


def test_kyrgyz_names_are_romanised_the_way_english_writes_them() -> None:
    assert romanize("Нурай Асанова") == "Nurai Asanova"
    assert romanize("Сейитказы") == "Seitkazy"
    assert romanize("Ак-Сай") == "Ak-Sai"
    assert romanize("Дордой") == "Dordoy"
    assert romanize("Руслан Желдибай", "ru") == "Ruslan Zheldibay"


def test_a_russian_adjective_opening_a_quoted_sentence_is_no_person() -> None:
    doc = kabar.analyze('"Евразийский союз доказал свою устойчивость", - деди министр Асанов.')
    assert [(e.name, e.label) for e in doc.entities] == [("Асанов", "PER")]


def test_two_surnames_in_a_row_are_two_people_not_one_name() -> None:
    doc = analyze(
        "Депутаттар Асылбек Керимов менен Марат Токтосунов жыйында айтышып калышты. "
        "Сөз алган Керимов Токтосуновду бюджетти бурмалады деп айыптады."
    )
    assert {name for label, name in names(doc) if label == "PER"} == {
        "Асылбек Керимов",
        "Марат Токтосунов",
    }
    second = next(e for e in doc.entities if e.name == "Марат Токтосунов")
    assert "Токтосуновду" in [m.text for m in second.mentions]


def test_a_first_name_ending_like_bek_still_opens_a_full_name() -> None:
    doc = analyze("Министр Улукбек Сапарбеков Ошко барды.")
    assert ("PER", "Улукбек Сапарбеков") in names(doc)


def test_a_village_and_aiyl_okmotu_are_one_body() -> None:
    doc = analyze("Кок-Сай айыл өкмөтү жаңы мектеп үчүн жер бөлдү.")
    assert names(doc) == {("ORG", "Кок-Сай айыл өкмөтү")}
    assert only(doc, "ORG").name_en == "Kok-Sai Aiyl Okmotu"


def test_a_consulate_general_in_a_city_is_one_name_with_its_country() -> None:
    doc = analyze("Кыргызстандын Стамбулдагы Башкы консулдугу жарандарга кайрылды.")
    assert only(doc, "ORG").name_en == "Consulate General of Kyrgyzstan in Istanbul"


def test_a_name_may_open_with_a_dative_before_karshy() -> None:
    doc = analyze("Монополияга каршы жөнгө салуу агенттиги отун сатуучуларды текшерди.")
    assert names(doc) == {("ORG", "Монополияга каршы жөнгө салуу агенттиги")}
    assert only(doc, "ORG").name_en == "Antimonopoly Regulation Agency"


def test_a_time_adverb_opens_no_place_name_after_a_person() -> None:
    doc = analyze("Облустагы өкүл Жеңиш Осмонов эртең курулуш аянтына барат.")
    assert names(doc) == {("PER", "Жеңиш Осмонов")}


def test_a_known_name_hyphened_to_a_noun_or_a_case_ending_is_mentioned() -> None:
    doc = analyze("Сот эки Telegram-каналды жаап, ЕККУ-нун байкоочуларын угуп чыкты.")
    assert {e.name_en for e in doc.entities} == {
        "Telegram",
        "Organization for Security and Co-operation in Europe",
    }


def test_an_object_and_a_verbal_noun_open_a_bodys_name() -> None:
    doc = analyze("Балдарды коргоо бөлүмү үй-бүлөнү текшерди.")
    assert names(doc) == {("ORG", "Балдарды коргоо бөлүмү")}
    assert only(doc, "ORG").name_en == "Child Protection Department"


def test_a_foreign_security_committees_service_is_its_own_not_the_kbs_kyrgyz_one() -> None:
    doc = analyze(
        "Тажикстандын Улуттук коопсуздук мамлекеттик комитетинин Чек ара кызматы билдирди."
    )
    org = only(doc, "ORG")
    assert org.kb_id is None
    assert org.name_en == (
        "Border Service of the State Committee for National Security of Tajikistan"
    )


# -- day 5: an enterprise's quoted name, a surname alone, the short title премьер ---------


def test_a_quoted_name_before_an_enterprise_is_one_body_not_the_town_in_it() -> None:
    doc = analyze('"Ош Жылуулук" муниципалдык ишканасынын директору кызматтан кетти.')
    assert only(doc, "ORG").name_en == "Osh Jyluuluk"
    assert len(doc.entities) == 1


def test_a_named_persons_surname_alone_is_that_person_not_a_place_in_the_locative() -> None:
    doc = kabar.analyze(
        "Азия өнүктүрүү банкынын президенти Масато Канда Бишкекке келди. "
        "Шейшемби күнү Канда Каржы министрлигинин өкүлдөрү менен жолукту."
    )
    assert [(e.label, e.name_en) for e in doc.entities if e.label != "ORG"] == [
        ("PER", "Masato Kanda"),
        ("LOC", "Bishkek"),
    ]
    assert [m.text for m in only(doc, "PER").mentions] == ["Масато Канда", "Канда"]


def test_the_short_title_premier_is_the_persons_role() -> None:
    doc = analyze("Кытайдын премьери Ли Цян Бишкекке келди.")
    assert only(doc, "PER").role == "премьер"


def test_a_counterpart_holds_the_title_of_the_person_before() -> None:
    doc = kabar.analyze(
        "Бахрейндин тышкы иштер министри Абдуллатиф Аз-Заяни Бишкекке келди. Кечээ Аз-Заяни "
        "кыргызстандык кесиптеши Жээнбек Кулубаев менен сүйлөштү."
    )
    roles = {e.name_en: e.role for e in doc.entities if e.label == "PER"}
    assert roles["Jeenbek Kulubaev"] == "тышкы иштер министри"


def test_an_object_in_the_accusative_ends_before_the_name_after_it() -> None:
    doc = analyze(
        "Бюро Кыргызстандын бийлигин Венеция комиссиясынын корутундусу алынмайынча "
        "долбоорду кабыл албоого чакырды."
    )
    assert ("LOC", "Кыргызстан") in names(doc)
    assert ("ORG", "Венеция комиссиясы") in names(doc)


def test_an_object_inside_a_body_name_before_its_own_verbal_noun_stays_in_the_name() -> None:
    doc = analyze("Кореянын Адам ресурстарын өнүктүрүү кызматы сынакты кийинкиге жылдырды.")
    assert [e.name for e in doc.entities if e.label == "ORG"] == [
        "Кореянын Адам ресурстарын өнүктүрүү кызматы"
    ]


def test_a_hyphenated_place_name_opening_the_sentence_keeps_its_company_name_whole() -> None:
    doc = analyze("Ала-Тоо Курулуш компаниясы кечээ билдирүү таратты.")
    assert only(doc, "ORG").name == "Ала-Тоо Курулуш компаниясы"


def test_a_capitalised_pronoun_after_a_known_first_name_is_a_surname() -> None:
    doc = analyze("Компаниянын юристи Сергей Ким болсо айыптоону четке какты.")
    assert only(doc, "PER").name == "Сергей Ким"


def test_a_description_opening_the_sentence_before_a_latin_name_is_no_name() -> None:
    doc = analyze("Эл аралык укук коргоо уюму Freedom Now баяндама жарыялады.")
    assert names(doc) == {("ORG", "Freedom Now")}


def test_the_bar_is_a_body_by_its_one_word_name() -> None:
    doc = analyze("Адвокатуранын мүчөлөрү пикетке чыгышты.")
    assert [(e.name_en, e.country) for e in doc.entities] == [
        ("Advocatura of the Kyrgyz Republic", "KGZ")
    ]
