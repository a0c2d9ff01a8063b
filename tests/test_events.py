"""PLOVER events: triggers from the lexicon, arguments from case endings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from entity_helpers import Spec, build
from kabar.document import Event

ACTORS: list[Spec] = [
    ("jap", "PER", ["Садыр Жапаров", "Жапаров"], "Sadyr Japarov", "президент"),
    ("tok", "PER", ["Касым-Жомарт Токаев", "Токаев"], "Kassym-Jomart Tokayev", "президент"),
    ("mir", "PER", ["Шавкат Мирзиёев", "Мирзиёев"], "Shavkat Mirziyoyev", "президент"),
    ("put", "PER", ["Владимир Путин", "Путин"], "Vladimir Putin", "президент"),
    ("trump", "PER", ["Дональд Трамп", "Трамп"], "Donald Trump", "президент"),
    ("asan", "PER", ["Бакыт Асанов", "Асанов"], "Bakyt Asanov", None),
    ("kz", "LOC", ["Казакстан"], "Kazakhstan", None),
    ("uz", "LOC", ["Өзбекстан"], "Uzbekistan", None),
    ("kg", "LOC", ["Кыргызстан"], "Kyrgyzstan", None),
    ("ru", "LOC", ["Орусия"], "Russia", None),
    ("ast", "LOC", ["Астана"], "Astana", None),
    ("tash", "LOC", ["Ташкент"], "Tashkent", None),
    ("msk", "LOC", ["Москва"], "Moscow", None),
    ("bish", "LOC", ["Бишкек"], "Bishkek", None),
    ("eu", "ORG", ["ЕБ"], "European Union", None),
    ("iim", "ORG", ["ИИМ"], "Ministry of Internal Affairs", None),
    ("kb", "ORG", ["Кеминбанк"], "Keminbank", None),
]


def events(text: str) -> list[Event]:
    return build(text, ACTORS).events


def one(text: str) -> Event:
    found = events(text)
    assert len(found) == 1, [(e.type, e.trigger.text) for e in found]
    return found[0]


def test_comitative_partner_is_the_target() -> None:
    ev = one("Жапаров Мирзиёев менен Ташкентте жолукту.")
    assert (ev.type, ev.source, ev.target) == ("CONSULT", ["jap"], ["mir"])
    assert ev.location == "tash"


def test_phone_words_give_the_phone_mode() -> None:
    ev = one("Жапаров Путин менен телефон аркылуу сүйлөштү.")
    assert (ev.type, ev.mode, ev.source, ev.target) == ("CONSULT", "phone", ["jap"], ["put"])


def test_travel_to_a_place_is_a_visit_dated_by_the_text() -> None:
    ev = one("Жапаров кечээ Астанага расмий сапар менен барды.")
    assert (ev.type, ev.mode, ev.target) == ("CONSULT", "visit", ["ast"])
    assert (ev.date.value, ev.date.basis, ev.date.text) == ("2026-01-14", "text", "кечээ")


def test_going_nowhere_named_is_no_visit() -> None:
    assert events("Жапаров жумушка барды.") == []


def test_event_without_a_time_is_dated_by_publication() -> None:
    ev = one("Жапаров Токаев менен жолукту.")
    assert (ev.date.value, ev.date.basis) == ("2026-01-15", "published")


def test_negated_request_is_marked_negated() -> None:
    ev = one("Кыргызстан Орусиядан жардам сураган эмес.")
    assert (ev.type, ev.source, ev.target) == ("REQUEST", ["kg"], ["ru"])
    assert ev.negated


def test_negative_verb_form_is_negated() -> None:
    assert one("Жапаров Путин менен жолукпады.").negated


def test_announced_meeting_is_future() -> None:
    assert one("Жапаров эртең Токаев менен жолугат.").modality == "future"
    assert one("Жапаров Токаев менен жолугарын билдирди.").modality == "future"


def test_possible_sanction_is_hypothetical() -> None:
    ev = one("ЕБ Орусияга жаңы санкция киргизиши мүмкүн.")
    assert (ev.type, ev.source, ev.target, ev.modality) == (
        "SANCTION",
        ["eu"],
        ["ru"],
        "hypothetical",
    )


def test_coordinated_subjects_are_all_sources_and_the_invited_visit_is_no_event() -> None:
    ev = one("Жапаров жана Токаев Трампты Бишкекке келүүгө чакырышты.")
    assert (ev.type, ev.source, ev.target) == ("REQUEST", ["jap", "tok"], ["trump"])


def test_plural_pronoun_object_is_the_previous_targets() -> None:
    found = events("Трамп Жапаров жана Токаев менен сүйлөшүп, аларды Москвага чакырды.")
    assert [e.type for e in found] == ["CONSULT", "REQUEST"]
    assert found[1].source == ["trump"]
    assert found[1].target == ["jap", "tok"]


def test_leaders_of_countries_resolve_to_the_countries() -> None:
    ev = one("Путин Казакстан жана Өзбекстан лидерлери менен сүйлөштү.")
    assert (ev.source, ev.target) == (["put"], ["kz", "uz"])


def test_country_before_a_title_and_name_is_no_actor_of_its_own() -> None:
    ev = one("Казакстан президенти Токаев Путин менен жолукту.")
    assert (ev.source, ev.target) == (["tok"], ["put"])


def test_passive_arrest_makes_the_subject_the_target() -> None:
    ev = one("Асанов ИИМ тарабынан кармалды.")
    assert (ev.type, ev.mode, ev.source, ev.target) == ("COERCE", "arrest", ["iim"], ["asan"])


def test_omitted_subject_is_the_previous_sentence_subject() -> None:
    found = events("Жапаров Москвага барды. Кийин Путин менен жолукту.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("CONSULT", ["jap"], ["msk"]),
        ("CONSULT", ["jap"], ["put"]),
    ]


def test_date_in_the_sentence_dates_the_event() -> None:
    ev = one("Былтыр 5-мартта Жапаров Токаев менен жолукту.")
    assert (ev.date.value, ev.date.basis) == ("2025-03-05", "text")


def test_a_forward_time_does_not_date_a_past_invitation() -> None:
    ev = one("Былтыр декабрда Трамп Жапаровду кийинки жылы Москвага чакырган.")
    assert ev.date.value == "2025-12"


def test_participle_describing_a_noun_is_no_event() -> None:
    assert events("Жапаров макулдашылган долбоорду жактырды.") == []


def test_trigger_without_any_actor_gives_no_event() -> None:
    assert events("Жыйында кызматташтык талкууланды.") == []


def test_ids_are_numbered_in_text_order() -> None:
    found = events("Жапаров Токаев менен жолукту. Путин Мирзиёевди Москвага чакырды.")
    assert [e.id for e in found] == ["ev1", "ev2"]
    assert [e.sentence for e in found] == [0, 1]


def test_demonym_before_side_stands_for_its_country() -> None:
    ev = one("Делегация кыргыз тараптан жардам сурады.")
    assert (ev.type, ev.mode, ev.target) == ("REQUEST", "assist", ["kg"])


def test_the_sides_are_the_two_countries_of_the_story() -> None:
    found = events(
        "Кыргызстан менен Казакстан сүйлөштү. Тараптар июлда жолугушууну Ошто өткөрүүгө макулдашты."
    )
    agree = found[-1]
    assert agree.type == "AGREE"
    assert set(agree.source) == {"kg", "kz"}
    # июлда dates the meeting they agreed to hold, not the agreement
    assert (agree.date.value, agree.date.basis) == ("2026-01-15", "published")


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Жапаров",
                "Токаев",
                "менен",
                "сүйлөштү",
                "чакырды",
                "Москвага",
                '"',
                "-",
                "деди",
                ":",
                "айтымында",
                ",",
                "экенин",
                "билдирди",
                "жана",
                "аларды",
                "тарабынан",
                "кармалды",
                "эмес",
                "мүмкүн",
                "лидерлери",
                "тараптар",
                "былтыр",
                "22-сентябрында",
                ".",
                "Ошол",
                "эле",
                "күнү",
            ]
        ),
        max_size=30,
    )
)
def test_any_word_salad_gives_events_quotes_and_times_without_raising(words: list[str]) -> None:
    doc = build(" ".join(words), ACTORS)
    for q in doc.quotes:
        assert doc.text[q.start : q.end] == q.text
    for ev in doc.events:
        assert ev.type and doc.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text


def test_bare_title_subject_is_its_bearer_not_the_partner_named_after_it() -> None:
    specs: list[Spec] = [
        (
            "kul",
            "PER",
            ["Жээнбек Кулубаев", "Кулубаев"],
            "Jeenbek Kulubaev",
            "тышкы иштер министри",
        ),
        ("fid", "PER", ["Хакан Фидан", "Фидан"], "Hakan Fidan", "тышкы иштер министри"),
        ("tr", "LOC", ["Түркия"], "Turkey", None),
        ("ank", "LOC", ["Анкара"], "Ankara", None),
    ]
    text = "Кулубаев Анкарага барды. Сапардын алкагында министр Түркиянын министри Фидан менен сүйлөштү."
    talk = build(text, specs).events[-1]
    assert (talk.type, talk.source, talk.target) == ("CONSULT", ["kul"], ["fid"])


def test_object_before_a_reason_clause_is_still_the_target() -> None:
    ev = one("Асанов ИИМди журналисттерге маалымат бербегени үчүн айыптады.")
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", ["asan"], ["iim"])


# --- breadth: common-noun actors, voice, light verbs, one event per act, modality ---


def test_police_noun_stands_for_the_interior_ministry_the_article_names() -> None:
    ev = one("ИИМдин маалыматы боюнча, милиция кызматкерлери Бишкекте 12 адамды кармашты.")
    assert (ev.type, ev.mode, ev.source, ev.target) == ("COERCE", "arrest", ["iim"], [])


def test_protest_by_unnamed_residents_is_kept_with_no_source() -> None:
    ev = one("Тургундар бүгүн Бишкекте митингге чыгышты.")
    assert (ev.type, ev.mode, ev.source, ev.location) == ("PROTEST", "demo", [], "bish")


def test_vote_of_unnamed_deputies_is_no_event() -> None:
    assert events("Депутаттар мыйзам долбоорун колдошту.") == []


def test_company_noun_is_the_company_named_in_the_sentence_before() -> None:
    found = events("Кеминбанк жаңы филиал ачты. Активисттер компанияны алдамчылык үчүн айыпташты.")
    assert [(e.type, e.source, e.target) for e in found] == [("ACCUSE", [], ["kb"])]


def test_voiced_stem_of_a_trigger_matches_its_vowel_forms() -> None:
    ev = one("Асанов долбоорго каршы чыгып, өз пикирин айтты.")
    assert (ev.type, ev.source) == ("REJECT", ["asan"])
    assert one("ЕБ Кыргызстандын сунушун четке кагышты.").type == "REJECT"


def test_passive_present_accusation_is_asserted_not_future() -> None:
    ev = one("Асанов ИИМ тарабынан паракорлукка айыпталат.")
    assert (ev.type, ev.source, ev.target, ev.modality) == ("ACCUSE", ["iim"], ["asan"], "asserted")


def test_announced_visit_in_the_present_future_stays_future() -> None:
    assert one("Жапаров эртең Москвага барат.").modality == "future"


def test_visit_noun_with_a_travel_verb_is_one_visit() -> None:
    ev = one("Жапаров Москвага расмий сапар менен барды.")
    assert (ev.type, ev.mode, ev.source, ev.target) == ("CONSULT", "visit", ["jap"], ["msk"])


def test_talks_held_is_one_consultation() -> None:
    ev = one("Жапаров Токаев менен сүйлөшүү жүргүздү.")
    assert (ev.type, ev.source, ev.target) == ("CONSULT", ["jap"], ["tok"])


def test_aim_in_a_dative_verbal_noun_is_no_event() -> None:
    assert events("Кыргызстан Казакстан менен кызматташтыкты тереңдетүүгө умтулат.") == []


def test_decision_to_lend_is_aid() -> None:
    ev = one("ЕБ Кыргызстанга 10 миллион евро насыя берүү тууралуу чечим кабыл алды.")
    assert (ev.type, ev.source, ev.target) == ("AID", ["eu"], ["kg"])


def test_grant_received_from_a_donor_makes_the_donor_the_source() -> None:
    ev = one("Кыргызстан ЕБден грант алды.")
    assert (ev.type, ev.source, ev.target) == ("AID", ["eu"], ["kg"])


def test_release_from_custody_is_a_concession() -> None:
    ev = one("Орусия Асановду камактан бошотту.")
    assert (ev.type, ev.mode, ev.source, ev.target) == ("CONCEDE", "release", ["ru"], ["asan"])


def test_dismissal_from_a_post_is_no_release() -> None:
    assert events("Жапаров Асановду кызматынан бошотту.") == []


def test_expulsion_is_coercion() -> None:
    ev = one("Орусия Асановду өлкөдөн чыгарып жиберди.")
    assert (ev.type, ev.mode, ev.source, ev.target) == ("COERCE", "deport", ["ru"], ["asan"])


def test_fine_imposed_in_the_passive_targets_the_dative() -> None:
    ev = one("Асановго ИИМ тарабынан 100 миң сом айып пул салынды.")
    assert (ev.type, ev.source, ev.target) == ("COERCE", ["iim"], ["asan"])


def test_football_striker_is_no_attack() -> None:
    assert events("Чабуулчу Асанов экинчи голду киргизди.") == []


def test_officers_sent_to_a_city_are_a_mobilisation() -> None:
    ev = one("ИИМ Бишкекке кошумча 200 кызматкер жиберди.")
    assert (ev.type, ev.source, ev.location) == ("MOBILIZE", ["iim"], "bish")


def test_condolences_are_support() -> None:
    ev = one("Жапаров Токаевге көңүл айтты.")
    assert (ev.type, ev.source, ev.target) == ("SUPPORT", ["jap"], ["tok"])


def test_shooting_is_an_assault() -> None:
    ev = one("Орусия Өзбекстанга ок чыгарды.")
    assert (ev.type, ev.source, ev.target) == ("ASSAULT", ["ru"], ["uz"])


def test_headline_told_again_in_the_body_gives_one_event() -> None:
    found = events("Жапаров Токаев менен жолукту\n\nЖапаров кечээ Астанада Токаев менен жолукту.")
    assert [(e.type, e.sentence, e.date.text) for e in found] == [("CONSULT", 1, "кечээ")]


def test_first_sentence_that_is_no_headline_keeps_its_event() -> None:
    found = events("Жапаров Токаев менен жолукту. Жапаров кийин Мирзиёев менен жолукту.")
    assert [e.target for e in found] == [["tok"], ["mir"]]


def test_joint_signing_by_two_named_sides_targets_each_other() -> None:
    ev = one("Жапаров жана Токаев келишимге кол коюшту.")
    assert (ev.type, ev.source, ev.target) == ("AGREE", ["jap", "tok"], ["tok", "jap"])


def test_rejection_of_this_criticism_targets_its_author() -> None:
    found = events("ЕБ Орусияны катуу сынга алды. Орусия бул сынды четке какты.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("ACCUSE", ["eu"], ["ru"]),
        ("REJECT", ["ru"], ["eu"]),
    ]


def test_ceasefire_is_an_agreement_not_a_negated_shooting() -> None:
    ev = one("Орусия Өзбекстан менен ок атышпоо боюнча макулдашты.")
    assert (ev.type, ev.negated, ev.source, ev.target) == ("AGREE", False, ["ru"], ["uz"])


def test_converb_before_reported_future_takes_the_reporting_verb_tense() -> None:
    ev = one("ЕБ Орусияны сынга алып, бул чечим абалды курчутат деп билдирди.")
    assert (ev.type, ev.modality) == ("ACCUSE", "asserted")


def test_genitive_owning_another_noun_is_no_protester() -> None:
    ev = one("Активисттер ИИМдин имаратынын алдында пикетке чыгышты.")
    assert (ev.type, ev.source) == ("PROTEST", [])


def test_country_withdrawing_its_troops_is_the_source() -> None:
    ev = one("Орусия аскерлерин чек арадан чыгарды.")
    assert (ev.type, ev.source) == ("RETREAT", ["ru"])


def test_what_an_accusation_is_about_is_no_event_of_its_own() -> None:
    ev = one("Асанов ИИМди активисттерди куугунтуктоо менен айыптады.")
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", ["asan"], ["iim"])


def test_police_as_agent_of_a_passive_arrest_is_the_ministry() -> None:
    ev = one("ИИМ маалымат таратты. Асанов милиция тарабынан кармалды.")
    assert (ev.type, ev.source, ev.target) == ("COERCE", ["iim"], ["asan"])


def test_subject_of_an_if_clause_is_not_the_subject_of_the_main_clause() -> None:
    ev = one("Эгер Өзбекстан сууну токтотсо, Казакстан санкция киргизиши мүмкүн.")
    assert (ev.type, ev.source, ev.modality) == ("SANCTION", ["kz"], "hypothetical")


def test_staff_of_a_named_body_act_for_the_body() -> None:
    ev = one("Бишкекте ИИМдин кызматкерлери үч активистти кармады.")
    assert (ev.type, ev.source) == ("COERCE", ["iim"])


def test_unnamed_subject_carries_to_the_next_trigger_of_the_sentence() -> None:
    found = events("Мугалимдер айлыгын көтөрүүнү талап кылып, Бишкекте митинг өткөрүштү.")
    assert [(e.type, e.source) for e in found] == [("REQUEST", []), ("PROTEST", [])]
    assert found[1].location == "bish"


def test_planned_sanction_is_future() -> None:
    ev = one("ЕБ Орусияга каршы жаңы санкцияларды киргизүүнү пландап жатат.")
    assert (ev.type, ev.source, ev.target, ev.modality) == ("SANCTION", ["eu"], ["ru"], "future")


def test_readiness_to_meet_is_no_meeting() -> None:
    assert events("Трамп Путин менен жолугушууга даяр экенин билдирди.") == []


def test_calling_accusations_baseless_rejects_their_author() -> None:
    found = events(
        "Асанов Жапаровду паракорлукка айыптады. Жапаров бул айыптоолорду негизсиз деп атады."
    )
    assert [(e.type, e.source, e.target) for e in found] == [
        ("ACCUSE", ["asan"], ["jap"]),
        ("REJECT", ["jap"], ["asan"]),
    ]


def test_one_rejection_told_twice_in_a_sentence_is_one_event() -> None:
    found = events("Орусия ЕБнин чечимин негизсиз деп атап, аны четке какты.")
    assert [(e.type, e.source, e.target) for e in found] == [("REJECT", ["ru"], ["eu"])]
