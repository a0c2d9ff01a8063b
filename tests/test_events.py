"""PLOVER events: triggers from the lexicon, arguments from case endings."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kabar
from entity_helpers import Spec, attach, build
from kabar.document import Document, Event
from kabar.pipeline import DEFAULT_STAGES, Pipeline, get_stage

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


NamedEvent = tuple[str, list[str], list[str]]


RULE_STAGES = DEFAULT_STAGES[: DEFAULT_STAGES.index("event_confidence")]


def analyze_rules(text: str, published: str | None = None) -> Document:
    """The whole pipeline but the confidence floor: what the event rules find, unlikely
    events included (the floor has its own tests, ``test_event_confidence.py``)."""
    doc = Document(text="", raw=text, published=kabar.parse_date(published))
    return Pipeline(RULE_STAGES)(doc)


def pipeline_events(text: str, published: str) -> list[NamedEvent]:
    """The whole pipeline's events as (type, source names, target names), in English."""
    doc = analyze_rules(text, published=published)
    names = {e.id: e.name_en for e in doc.entities}
    return [
        (e.type, [names[x] for x in e.source], [names[x] for x in e.target]) for e in doc.events
    ]


def first_of(type_: str, found: list[NamedEvent]) -> NamedEvent:
    return next(e for e in found if e[0] == type_)


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


def test_a_negated_ability_auxiliary_denies_the_act() -> None:
    assert one("Кыргызстан Казакстанга жардам бере албады.").negated
    assert one("Кыргызстан Казакстанга насыя бере албайт.").negated
    assert not one("Кыргызстан Казакстанга жардам бере алат.").negated


def test_a_street_named_as_an_object_is_where_the_act_happens() -> None:
    doc = analyze_rules(
        '"Таза Шаар" кыймылы кечээ Манас проспектисин эки саатка тосту.', published="2026-05-12"
    )
    names = {e.id: e.name_en for e in doc.entities}
    [block] = doc.events
    assert block.type == "PROTEST" and names[block.source[0]] == "Taza Shaar Movement"
    assert block.target == [] and names[block.location or ""] == "Manas Avenue"


def test_deputies_stand_for_the_city_council_the_article_names() -> None:
    found = pipeline_events(
        "Каракол шаардык кеңеши мэрди шайлай алган жок. "
        "Облустук өкүл Нурдин Керимбеков депутаттарды жоопкерсиздикке айыптады.",
        "2026-05-12",
    )
    assert ("ACCUSE", ["Nurdin Kerimbekov"], ["Karakol City Council"]) in found


def test_citizens_named_by_demonym_make_their_country_a_side_of_the_story() -> None:
    text = (
        "Иранда калган кыргызстандыктар Түркмөнстан аркылуу Кыргызстанга кайтты. "
        "Ирандагы кыргызстандык студенттер Ашхабадга жеткирилди. "
        "Иран менен Түркмөнстандын чек арасында кыргызстандыктар бир күн күтүштү. "
        "Түркмөнстан Ирандан келген кыргыз жарандарына транзит берүүгө макул болду. "
        "Түркмөнстан жарандарды Ирандан чыгарууга жардам берди."
    )
    found = pipeline_events(text, "2026-07-02")
    assert found and all(tgt != ["Iran"] for _, src, tgt in found if src == ["Turkmenistan"])


def test_the_body_owning_the_subjects_title_is_not_what_the_subject_rejects() -> None:
    found = pipeline_events(
        '"Ак-Таш" компаниясы "Жаркын" фабрикасына кен берүүнү токтотту. '
        "Фабриканын директору Ван Цзюнь болсо айыптоолорду негизсиз деп атады.",
        "2026-05-12",
    )
    rejection = first_of("REJECT", found)
    assert rejection[1] == ["Wang Jun", "Jarkyn Factory"]  # the director, for his factory
    assert "Jarkyn" not in " ".join(rejection[2])


def test_an_accepted_invitation_still_answers_the_one_who_made_it() -> None:
    found = events("Жапаров Токаевди Бишкекке чакырды. Токаев чакырууну кабыл алды.")
    assert (found[-1].type, found[-1].source, found[-1].target) == ("AGREE", ["tok"], ["jap"])


def test_an_object_before_the_subject_survives_a_reported_suspicion_after_it() -> None:
    ev = one("Асановду ИИМ ири өлчөмдө алдамчылык кылган деген шек менен кармады.")
    assert (ev.type, ev.source, ev.target) == ("COERCE", ["iim"], ["asan"])


def test_the_body_a_sentence_is_told_as_is_no_actor_of_it() -> None:
    ev = one("ИИМ маалымдагандай, Жапаров Путин менен жолугушу мүмкүн.")
    assert (ev.type, ev.source, ev.target) == ("CONSULT", ["jap"], ["put"])
    ev = one("ИИМдин билдиришинче, Жапаров Путин менен жолугат.")
    assert (ev.type, ev.source, ev.target) == ("CONSULT", ["jap"], ["put"])


def test_of_two_subjects_before_a_told_act_the_nearer_one_acts() -> None:
    ev = one("ИИМ Жапаров Путин менен жолуга турганын билдирди.")
    assert (ev.type, ev.source, ev.target) == ("CONSULT", ["jap"], ["put"])


def test_a_subject_of_an_earlier_clause_is_not_the_nearer_one() -> None:
    found = events("Асанов Кеминбанк карызын төлөгөнүн ырастап, Путинге даттанарын айтты.")
    assert [(e.type, e.source) for e in found if e.type == "REQUEST"] == [("REQUEST", ["asan"])]


def test_staff_sent_from_a_body_are_mobilised_by_that_body() -> None:
    ev = one("Окуя болгон жерге ИИМден 80ге жакын кызматкер жиберилди.")
    assert (ev.type, ev.source) == ("MOBILIZE", ["iim"])


def test_an_act_agreed_to_through_an_auxiliary_is_no_event_of_its_own() -> None:
    found = events("Жапаров Путинге карызды төлөп берүүгө макул болгон жок.")
    assert [(e.type, e.negated) for e in found] == [("AGREE", True)]


def test_an_act_named_as_the_content_of_a_demand_is_no_event() -> None:
    found = events("Асанов ИИМдин чечимин жокко чыгаруу талабы менен сотко кайрылды.")
    assert [e.type for e in found] == ["REQUEST"]


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
    # июлда dates the meeting they agreed to hold, and so the agreement, as the gold does
    assert (agree.date.value, agree.date.basis) == ("2026-07", "text")


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


def test_dismissal_from_a_post_is_a_sanction_not_a_release() -> None:
    ev = one("Жапаров Асановду кызматынан бошотту.")
    assert (ev.type, ev.source, ev.target) == ("SANCTION", ["jap"], ["asan"])


def test_expulsion_is_coercion() -> None:
    ev = one("Орусия Асановду өлкөдөн чыгарып жиберди.")
    assert (ev.type, ev.mode, ev.source, ev.target) == ("COERCE", "deport", ["ru"], ["asan"])


def test_fine_imposed_in_the_passive_targets_the_dative() -> None:
    ev = one("Асановго ИИМ тарабынан 100 миң сом айып пул салынды.")
    assert (ev.type, ev.source, ev.target) == ("SANCTION", ["iim"], ["asan"])


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


def test_they_after_unnamed_protesters_are_the_same_unnamed_people() -> None:
    found = events(
        "Мигранттар Бишкекте митинг өткөрүштү. Алар Орусия бийлигинен жардам талап кылышты."
    )
    assert [(e.type, e.source, e.target) for e in found] == [
        ("PROTEST", [], []),
        ("REQUEST", [], ["ru"]),
    ]


def test_title_with_a_voiced_final_consonant_is_still_a_title() -> None:
    ev = one("Жапаров Орусия бийлигин сынга алды.")
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", ["jap"], ["ru"])


# ---- negation, modality, parties told through objects, lexicon breadth (own sentences)


def test_negation_inside_the_verb_marks_the_event_negated() -> None:
    for text in (
        "Жапаров Токаев менен келишимге кол койбоду.",
        "Жапаров Токаев менен макулдашпады.",
        "Жапаров Мирзиёев менен жолукпады.",
        "Орусия Кыргызстанга кредит бербейт.",
        "Жапаров Астанага барбайт.",
    ):
        ev = one(text)
        assert ev.negated, text


def test_analytic_negation_after_a_participle_marks_the_event_negated() -> None:
    for text in (
        "Жапаров Токаев менен макулдашкан жок.",
        "Жапаров Мирзиёев менен жолуккан эмес.",
        "ИИМ Асановду кармаган жок.",
        "Жапаров Токаевдин сунушуна макул болгон жок.",
        "Жапаров Путин менен сүйлөшчү эмес.",
    ):
        ev = one(text)
        assert ev.negated, text


def test_negative_participle_and_verbal_noun_are_verb_forms() -> None:
    assert one("Жапаров Токаевди колдобостон чыгып кетти.").negated
    ev = one("Жапаров Мирзиёевге колдобоону айтты.")
    assert (ev.type, ev.negated) == ("SUPPORT", True)


def test_refusing_to_accept_is_a_rejection_not_a_negated_meeting() -> None:
    ev = one("Кыргызстан ЕБнин чечимин кабыл албай койду.")
    assert (ev.type, ev.negated, ev.source, ev.target) == ("REJECT", False, ["kg"], ["eu"])


def test_an_ambassador_named_by_country_and_post_stands_for_the_country() -> None:
    found = pipeline_events(
        "Министр Тилек Текебаев шаршемби күнү Түркиянын Кыргызстандагы элчиси менен жолугушту.",
        "2026-07-16",
    )
    assert found == [("CONSULT", ["Tilek Tekebaev"], ["Turkey"])]


def test_so_many_of_a_places_people_are_the_subject_not_an_object() -> None:
    for text in (
        "Ак-Суу айылынын 300гө жакын тургуну райондук администрациянын алдына чогулуп, "
        "талаптарын айтышты.",
        "Университеттин 150дөй окутуучусу жана студенти имараттын алдына чогулушту.",
    ):
        doc = analyze_rules(text, published="2026-05-12")
        assert [(e.type, e.negated) for e in doc.events][:1] == [("PROTEST", False)], text


def test_the_parties_of_a_local_dispute_are_the_two_sides_of_the_last_act() -> None:
    found = pipeline_events(
        "Кызыл-Жылга айылынын малчылары Көк-Жар айылынын тургундарын жайытка киргизбей коюшту. "
        "Көк-Жар айылы Кызыл-Жылганы айыптады. "
        "Бейшемби күнү тараптар жайытты кезектешип пайдаланууга макулдашты.",
        "2026-06-10",
    )
    assert first_of("AGREE", found) == (
        "AGREE",
        ["Kok-Jar", "Kyzyl-Jylga"],
        ["Kyzyl-Jylga", "Kok-Jar"],
    )


def test_removal_from_office_police_sent_and_guilt_denied_are_events() -> None:
    for text, want in (
        ("Саламаттык сактоо министрлиги Турдубаевди кызматынан убактылуу четтетти.", "SANCTION"),
        ("Ички иштер министрлиги районго кошумча 60 кызматкерин жөнөттү.", "MOBILIZE"),
        ("Асанов айыпты моюнуна албай турганын билдирди.", "REJECT"),
    ):
        doc = analyze_rules(text, published="2026-05-12")
        assert [(e.type, e.negated) for e in doc.events] == [(want, False)], text


def test_a_refusal_told_with_its_own_negative_stem_is_not_negated_again() -> None:
    doc = analyze_rules(
        "Казакстан Кыргызстандын кечиримин кабыл албай турганын билдирди.", published="2026-05-12"
    )
    assert [(e.type, e.negated) for e in doc.events] == [("REJECT", False)]


def test_owner_of_a_possessed_dative_or_ablative_is_the_target() -> None:
    ev = one("Жапаров Токаевдин сунушуна макул болду.")
    assert (ev.type, ev.target) == ("AGREE", ["tok"])
    ev = one("Орусия Кыргызстандын чек арачыларына ок ачты.")
    assert (ev.type, ev.mode, ev.source, ev.target) == ("ASSAULT", "firearms", ["ru"], ["kg"])


def test_a_genitive_before_an_owned_genitive_is_no_target() -> None:
    ev = one(
        "ЕБнин саясий комитетинин төрагасы Кыргызстан суу бербесе, токтотулушу мүмкүн экенин эскертти."
    )
    assert "eu" not in ev.target


def test_talks_between_two_parties_have_both_sides() -> None:
    ev = one("Кыргызстан менен Өзбекстандын ортосундагы сүйлөшүүлөр Ташкентте өттү.")
    assert (ev.type, ev.source, ev.target) == ("CONSULT", ["kg"], ["uz"])
    assert ev.modality == "asserted"  # -өр of сүйлөшүүлөр is a plural, not the future


def test_passive_signing_between_two_parties_has_both_sides() -> None:
    ev = one("Кыргызстан менен Казакстандын ортосундагы келишимге Бишкекте кол коюлду.")
    assert (ev.type, ev.source, ev.target) == ("AGREE", ["kg"], ["kz"])


def test_passive_signing_after_talks_takes_the_parties_of_the_talks() -> None:
    found = events(
        "Жапаров Токаев менен Бишкекте сүйлөштү. Сүйлөшүүнүн жыйынтыгында протоколго кол коюлду."
    )
    assert [(e.type, e.source, e.target) for e in found] == [
        ("CONSULT", ["jap"], ["tok"]),
        ("AGREE", ["jap"], ["tok"]),
    ]


def test_coordinated_subjects_of_a_reciprocal_verb_agree_with_each_other() -> None:
    ev = one("Жапаров жана Токаев газдын баасы боюнча макулдашты.")
    assert (ev.type, ev.source, ev.target) == ("AGREE", ["jap", "tok"], ["tok", "jap"])


def test_consequence_of_a_condition_is_hypothetical() -> None:
    ev = one("Эгер Казакстан суу бербесе, Кыргызстан нааразылык билдирет.")
    assert (ev.type, ev.source, ev.modality) == ("ACCUSE", ["kg"], "hypothetical")


def test_intention_and_possibility_set_the_modality() -> None:
    assert one("Жапаров Токаев менен келишимге кол коймокчы.").modality == "future"
    assert one("Токаев Бишкекке келиши мүмкүн.").modality == "hypothetical"
    assert one("Жапаров эртең Токаев менен жолугат.").modality == "future"


def test_jussive_inner_verb_is_no_event_of_its_own() -> None:
    found = events("Жапаров Токаев Бишкекке келсин деп талап кылды.")
    assert [e.type for e in found] == ["REQUEST"]


def test_new_trigger_verbs_of_aid_coerce_concede_mobilize_support() -> None:
    cases = [
        ("Орусия Кыргызстанга 10 миң доза вакцина тапшырды.", "AID", ["ru"], ["kg"]),
        ("Кыргызстан Өзбекстандын жарандарын мамлекеттен чыгарды.", "COERCE", ["kg"], ["uz"]),
        ("Жапаров Асановду кечирди.", "CONCEDE", ["jap"], ["asan"]),
        ("Казакстан Кыргызстандын сунушун кубаттады.", "SUPPORT", ["kz"], ["kg"]),
        ("Орусия Москвага аскер киргизди.", "MOBILIZE", ["ru"], ["msk"]),
    ]
    for text, type_, source, target in cases:
        ev = one(text)
        assert (ev.type, ev.source, ev.target) == (type_, source, target), text


def test_coming_to_a_decision_is_agreement_and_its_negation_is_negated() -> None:
    ev = one("Кыргызстан Казакстан менен акыркы чечимге келишкен жок.")
    assert (ev.type, ev.negated, ev.target) == ("AGREE", True, ["kz"])


def test_a_request_noun_is_no_request_event() -> None:
    ev = one("Орусия Кыргызстандын өтүнүчүн кабыл алган эмес.")
    assert (ev.type, ev.negated, ev.target) == ("AGREE", True, ["kg"])


def test_a_country_before_a_bare_side_noun_in_the_dative_is_the_target() -> None:
    ev = one("Кыргызстан Казакстан тарапка нааразылык нотасын тапшырды.")
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", ["kg"], ["kz"])


def test_singular_object_pronoun_is_the_previous_target() -> None:
    found = events("Орусия Кыргызстандын сунушун колдогон жок, бирок Казакстан аны колдоду.")
    assert [(e.source, e.target, e.negated) for e in found] == [
        (["ru"], ["kg"], True),
        (["kz"], ["kg"], False),
    ]


def test_a_noun_trigger_before_a_reason_word_is_no_event() -> None:
    ev = one("Орусия Казакстанды чек арадагы атышуу үчүн күнөөлөгөн эмес.")
    assert (ev.type, ev.target, ev.negated) == ("ACCUSE", ["kz"], True)


def test_a_warning_is_aimed_at_the_subject_of_the_condition() -> None:
    ev = one("Жапаров Казакстан суу бербесе, Өзбекстан жабыр тартышы мүмкүн экенин эскертти.")
    assert (ev.type, ev.source, ev.target) == ("THREATEN", ["jap"], ["kz"])


def test_an_agreement_as_the_object_stands_for_its_parties() -> None:
    found = events("Кыргызстан Казакстан менен келишимге кол койду. Орусия келишимди сынга алды.")
    assert [(e.type, e.source, e.target) for e in found] == [
        ("AGREE", ["kg"], ["kz"]),
        ("ACCUSE", ["ru"], ["kg", "kz"]),
    ]


def test_funding_takes_the_dative_receiver() -> None:
    ev = one("Орусия Кыргызстанга 5 миллион доллар каржылабайт.")
    assert (ev.type, ev.target, ev.negated, ev.modality) == ("AID", ["kg"], True, "future")


def test_a_verbal_noun_naming_an_issue_or_plan_is_no_event() -> None:
    ev = one("Казакстан Кыргызстанга жардам берүү маселесин талкуулады.")
    assert ev.type == "CONSULT"
    assert events("Өкмөт мигранттарды колдоо программасын бекитти.") == []


def test_an_act_named_as_the_fact_to_investigate_is_no_event_and_keeps_the_demand_whole() -> None:
    found = pipeline_events(
        "Кыргызстандын Журналисттер союзу кесиптештерин колдоп, Башкы прокуратурадан "
        "журналисттин мыйзамдуу ишине тоскоолдук кылуу фактысын иликтөөнү талап кылды.",
        "2026-06-25",
    )
    assert [e[0] for e in found] == ["SUPPORT", "REQUEST"]
    assert first_of("REQUEST", found) == (
        "REQUEST",
        ["Union of Journalists of Kyrgyzstan"],
        ["Prosecutor General's Office of Kyrgyzstan"],
    )


def test_participles_describing_a_past_agreement_make_no_event() -> None:
    assert events("Мурда Жапаров менен макулдашылган шарттар өзгөрдү.") == []
    assert events("Кол коюлган келишим Казакстан үчүн 2030-жылга чейин күчүндө болот.") == []


def test_a_negated_support_verb_denies_a_noun_trigger() -> None:
    assert one("Жапаров менен Токаевдин жолугушуусу болбоду.").negated
    assert one("Казакстан менен Өзбекстандын ортосундагы сүйлөшүүлөр өтпөй жатат.").negated
    assert not one("Жапаров менен Токаевдин жолугушуусу Бишкекте болду.").negated


def test_a_verbal_noun_in_the_ablative_is_what_is_refused() -> None:
    ev = one("Орусия Казакстанды айыптоодон баш тартты.")
    assert (ev.type, ev.source) == ("REJECT", ["ru"])


def test_a_possessed_verbal_noun_is_the_content_of_the_next_trigger() -> None:
    ev = one("Жапаров Токаевдин Бишкекке келишин кубаттады.")
    assert (ev.type, ev.source, ev.target) == ("SUPPORT", ["jap"], ["tok"])


def test_the_owner_of_a_summoned_ambassador_is_the_target() -> None:
    ev = one("Кыргызстан Орусиянын элчисин чакырып, нааразылык билдирди.")
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", ["kg"], ["ru"])


def test_an_embassy_named_as_a_partner_is_no_summoned_ambassador() -> None:
    ev = one("Жапаров Кыргызстанды Орусиянын элчилиги менен сүйлөшүүгө чакырды.")
    assert (ev.type, ev.source, ev.target) == ("REQUEST", ["jap"], ["kg"])


def test_guilt_admitted_concedes_and_guilt_not_admitted_rejects() -> None:
    assert [e.type for e in events("Бакыт Асанов күнөөсүн толук мойнуна алды.")] == ["CONCEDE"]
    assert [e.type for e in events("Асанов күнөөсүн мойнуна албай жатат.")] == ["REJECT"]


def test_a_fact_admitted_or_costs_taken_on_are_no_concession() -> None:
    assert events("Асанов сүйлөшүүлөр оңой өтпөй жатканын моюнга алды.") == []
    assert events("Орусия чыгымдарды өз мойнуна алат.") == []


def test_a_warning_of_mudflows_is_no_threat() -> None:
    assert events("Казакстан тоолуу райондордо сел жүрүшү мүмкүн экенин эскертти.") == []
    assert [e.type for e in events("Казакстан Кыргызстанга санкция киргизерин эскертти.")] == [
        "THREATEN"
    ]


def test_a_report_found_unsatisfactory_criticises_its_owner() -> None:
    ev = one("Казакстан Өзбекстандын отчетун канааттандырарлык эмес деп тапты.")
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", ["kz"], ["uz"])


def test_a_reprimand_given_is_a_sanction() -> None:
    ev = one("Садыр Жапаров Бакыт Асановго сөгүш берди.")
    assert (ev.type, ev.source, ev.target) == ("SANCTION", ["jap"], ["asan"])


def test_a_reason_right_before_the_verb_keeps_the_subject_of_the_act() -> None:
    found = pipeline_events(
        "Долбоор Жогорку Кеңешке киргизилген. Бишкек шаардык ички иштер башкы "
        "башкармалыгынын маалыматына караганда, 14 киши кармалды. Шаршемби күнү депутаттар "
        "экономика министри Данияр Айтбаевди айдоочулар менен кеңешпей туруп долбоор "
        "даярдаганы үчүн сынга алышты.",
        "2026-09-17",
    )
    assert first_of("ACCUSE", found)[1] == ["Supreme Council of Kyrgyzstan"]


def test_a_surname_starting_like_road_opens_no_road() -> None:
    text = "Кыргызстандын Чек ара кызматынын төрагасы Бакыт Жолдошев кеңешмени ачты."
    assert pipeline_events(text, "2026-03-04") == []


def test_declining_to_comment_is_no_rejection() -> None:
    assert events("Бакыт Асанов журналисттерге комментарий берүүдөн баш тартты.") == []


def test_a_custody_term_extended_apart_from_its_verb_is_coercion() -> None:
    found = events("Бишкек Асановдун кармалуу мөөнөтүн дагы эки айга узартты.")
    assert [e.type for e in found if e.trigger.text == "узартты"] == ["COERCE"]


def test_refusing_to_resign_rejects_the_demand() -> None:
    found = pipeline_events(
        "Депутат Бакыт Асанов министр Данияр Амангелдиевдин отставкасын талап кылды. "
        "Амангелдиев отставкага кетпей турганын айтты.",
        "2026-03-04",
    )
    assert first_of("REJECT", found) == ("REJECT", ["Daniyar Amangeldiev"], ["Bakyt Asanov"])


def test_a_ministry_never_named_before_is_the_minister_named_before() -> None:
    found = pipeline_events(
        "Транспорт жана коммуникациялар министри Бакыт Эсенаманов парламентте сүйлөдү. "
        "Депутат Максат Жээнбеков министрликти көпүрөлөрдү текшербей келгени үчүн айыптады. "
        "Өзгөчө кырдаалдар министрлиги эртең понтон көпүрө орнотот.",
        "2026-11-23",
    )
    assert first_of("ACCUSE", found)[2] == ["Bakyt Esenamanov"]


def test_the_subject_of_a_relative_clause_is_no_side_of_the_main_act() -> None:
    found = pipeline_events(
        'Сары-Жон айылынын 300гө жакын тургуну "Тоо-Алтын Процессинг" компаниясы куруп '
        "жаткан фабриканын алдына чогулуп, курулушту токтотууну талап кылышты.",
        "2026-12-01",
    )
    assert first_of("PROTEST", found)[1] == ["Sary-Jon"]


def test_a_participle_inside_a_time_expression_opens_no_relative_clause() -> None:
    found = pipeline_events(
        "Нарын облусунун 50 тургуну жана Жогорку Кеңештин депутаты Адилет Сыдыков өткөн "
        "бейшембиде Казакстанды айыпташты.",
        "2026-03-04",
    )
    assert "Adilet Sydykov" in first_of("ACCUSE", found)[1]


def test_a_letter_granted_concedes_to_its_writer() -> None:
    found = pipeline_events(
        "Бакыт Асанов кызматтан кетүү тууралуу арыз жазды. Адылбек Касымалиев ошол эле "
        "күнү арызды канааттандырды.",
        "2026-03-04",
    )
    assert ("CONCEDE", ["Adylbek Kasymaliev"], ["Bakyt Asanov"]) in found


def test_an_act_asked_for_in_a_letter_is_no_event() -> None:
    found = events("Бакыт Асанов буйрукту убактылуу токтото туруу тууралуу арыз жазды.")
    assert [e.trigger.text for e in found if e.type == "CONCEDE"] == []


def test_negative_converb_before_tur_is_a_negated_future() -> None:
    ev = one("Казакстан Кыргызстанга санкция киргизбей турганын билдирди.")
    assert (ev.type, ev.negated, ev.modality) == ("SANCTION", True, "future")


def test_joint_exercise_and_stopped_cooperation() -> None:
    ev = one("Кыргызстан Орусия менен биргелешип аскердик машыгуу өткөрдү.")
    assert (ev.type, ev.mode, ev.target) == ("COOPERATE", "military", ["ru"])
    ev = one("Өзбекстан Казакстан менен кызматташууну токтотпой турганын айтты.")
    assert (ev.type, ev.negated, ev.target) == ("SANCTION", True, ["kz"])
    ev = one("Жапаров Токаевге куттуктоо жолдогон жок.")
    assert (ev.type, ev.negated, ev.target) == ("SUPPORT", True, ["tok"])


def test_possessed_title_after_a_country_is_the_subject_not_an_object() -> None:
    ev = one("Кыргызстан өкмөтү Казакстанды айыптады.")
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", ["kg"], ["kz"])
    ev = one("Өзбекстандын тышкы иштер министри Казакстанды айыптады.")
    assert (ev.source, ev.target) == (["uz"], ["kz"])


def test_future_participle_of_a_vowel_stem_is_a_future_verb() -> None:
    ev = one("ЕБ Кыргызстандын реформасын колдоорун билдирди.")
    assert (ev.type, ev.source, ev.target, ev.modality) == ("SUPPORT", ["eu"], ["kg"], "future")


def test_demonym_before_troops_stands_for_its_country() -> None:
    ev = one("Өзбек аскерлери казак чек арачыларына ок ачты.")
    assert (ev.type, ev.source, ev.target) == ("ASSAULT", ["uz"], ["kz"])


def test_meeting_noun_with_a_future_support_verb_is_future() -> None:
    ev = one("Жапаров менен Токаевдин жолугушуусу Астанада өтөт.")
    assert (ev.type, ev.modality) == ("CONSULT", "future")


def test_owner_of_a_partner_body_and_of_a_passive_subject_is_the_target() -> None:
    ev = one("ИИМ Казакстандын полициясы менен бирге иштешти.")
    assert (ev.type, ev.source, ev.target) == ("COOPERATE", ["iim"], ["kz"])
    ev = one("Асановдун үйү ИИМ тарабынан тинтилди.")
    assert (ev.type, ev.source, ev.target) == ("COERCE", ["iim"], ["asan"])


def test_condition_of_a_warning_is_its_content_and_names_its_target() -> None:
    ev = one("Эгер Казакстан аскерлерин чыгарбаса, Өзбекстан чек араны жабарын эскертти.")
    assert (ev.type, ev.source, ev.target, ev.modality) == ("THREATEN", ["uz"], ["kz"], "asserted")


# --- blind generalisation sentences -------------------------------------------------
# Written fresh, without looking at what the extractor does with them: every PLOVER type,
# in active, passive, negated, future, reported, nominalised and headline styles, with
# persons with titles, ministries, abbreviations with suffixes, countries and "X тарап".

BLIND_ACTORS: list[Spec] = [
    ("jap", "PER", ["Садыр Жапаров", "Жапаров"], "Sadyr Japarov", "президент"),
    ("tok", "PER", ["Касым-Жомарт Токаев", "Токаев"], "Kassym-Jomart Tokayev", "президент"),
    ("mir", "PER", ["Шавкат Мирзиёев", "Мирзиёев"], "Shavkat Mirziyoyev", "президент"),
    ("put", "PER", ["Владимир Путин", "Путин"], "Vladimir Putin", "президент"),
    ("kul", "PER", ["Жээнбек Кулубаев", "Кулубаев"], "Jeenbek Kulubaev", "министр"),
    ("kas", "PER", ["Айбек Касымов", "Касымов"], "Aibek Kasymov", None),
    ("kg", "LOC", ["Кыргызстан"], "Kyrgyzstan", None),
    ("kz", "LOC", ["Казакстан"], "Kazakhstan", None),
    ("uz", "LOC", ["Өзбекстан"], "Uzbekistan", None),
    ("tj", "LOC", ["Тажикстан"], "Tajikistan", None),
    ("ru", "LOC", ["Орусия"], "Russia", None),
    ("cn", "LOC", ["Кытай"], "China", None),
    ("tr", "LOC", ["Түркия"], "Turkey", None),
    ("us", "LOC", ["АКШ"], "United States", None),
    ("ir", "LOC", ["Иран"], "Iran", None),
    ("iq", "LOC", ["Ирак"], "Iraq", None),
    ("sy", "LOC", ["Сирия"], "Syria", None),
    ("by", "LOC", ["Беларусь", "Беларус"], "Belarus", None),
    ("bish", "LOC", ["Бишкек"], "Bishkek", None),
    ("osh", "LOC", ["Ош"], "Osh", None),
    ("mfa", "ORG", ["Тышкы иштер министрлиги", "ТИМ"], "Ministry of Foreign Affairs", None),
    ("iim", "ORG", ["ИИМ"], "Ministry of Internal Affairs", None),
    ("ukmk", "ORG", ["УКМК"], "State Committee for National Security", None),
    ("eu", "ORG", ["ЕБ"], "European Union", None),
    ("osce", "ORG", ["ЕККУ"], "OSCE", None),
    ("wb", "ORG", ["Дүйнөлүк банк"], "World Bank", None),
    ("am", "ORG", ["Ата Мекен"], "Ata Meken", None),
]

A, F, H = "asserted", "future", "hypothetical"
BlindEvent = tuple[str, list[str], list[str], bool, str]

BLIND: list[Any] = [
    # AGREE
    (
        "Тажикстан Кыргызстан менен суу маселеси боюнча меморандумга кол койду.",
        [("AGREE", ["tj"], ["kg"], False, A)],
    ),
    (
        "Өзбекстан Түркия менен соода келишимин түзөрүн жарыялады.",
        [("AGREE", ["uz"], ["tr"], False, F)],
    ),
    (
        "Өзбекстан Тажикстан менен чек ара боюнча макулдашууга жетишти",
        [("AGREE", ["uz"], ["tj"], False, A)],
    ),
    # CONSULT
    (
        "Тышкы иштер министри Жээнбек Кулубаев Кытайдын элчиси менен жолугушканын ТИМ билдирди.",
        [("CONSULT", ["kul"], ["cn"], False, A)],
    ),
    ("Жапаров Путин менен телефондошту", [("CONSULT", ["jap"], ["put"], False, A)]),
    (
        "Токаев Мирзиёев менен быйыл жолуккан жок.",
        [("CONSULT", ["tok"], ["mir"], True, A)],
    ),
    (
        "Мирзиёев кийинки жумада Бишкекке мамлекеттик сапар менен келет.",
        [("CONSULT", ["mir"], ["bish"], False, F)],
    ),
    # SUPPORT
    (
        "ЕККУ Кыргызстандын шайлоо реформасын колдоорун билдирди.",
        [("SUPPORT", ["osce"], ["kg"], False, F)],
    ),
    (
        "Кулубаевдин демилгеси Өзбекстан тарабынан колдоого алынды.",
        [("SUPPORT", ["uz"], ["kul"], False, A)],
    ),
    # CONCEDE
    (
        "Тажикстан тарап Кыргызстандын эки жаранын бошотту.",
        [("CONCEDE", ["tj"], ["kg"], False, A)],
    ),
    (
        "Түркия Орусиядан расмий түрдө кечирим сурады.",
        [("CONCEDE", ["tr"], ["ru"], False, A)],
    ),
    # COOPERATE
    (
        "Кыргызстан Кытай менен энергетика тармагында кызматташтыкты тереңдетет.",
        [("COOPERATE", ["kg"], ["cn"], False, F)],
    ),
    (
        "УКМК Өзбекстандын коопсуздук кызматы менен бирге иштешти.",
        [("COOPERATE", ["ukmk"], ["uz"], False, A)],
    ),
    # AID
    (
        "Дүйнөлүк банк Кыргызстанга 50 миллион доллар грант бөлдү.",
        [("AID", ["wb"], ["kg"], False, A)],
    ),
    (
        "Кытай тарабынан Тажикстанга гуманитардык жардам жөнөтүлдү.",
        [("AID", ["cn"], ["tj"], False, A)],
    ),
    (
        "Казакстан Кыргызстанга 100 миң тонна буудай жиберет деп жарыялады.",
        [("AID", ["kz"], ["kg"], False, F)],
    ),
    # RETREAT
    (
        "Орусия Сириядан аскерлерин чыгара баштады.",
        [("RETREAT", ["ru"], ["sy"], False, A)],
    ),
    (
        "АКШ аскерлерин Ирактан чыгарбай турганын жарыялады.",
        [("RETREAT", ["us"], ["iq"], True, F)],
    ),
    # REQUEST
    ("Тажикстан ЕБден финансылык жардам сурады.", [("REQUEST", ["tj"], ["eu"], False, A)]),
    ("Касымов ИИМге арыз жазганын билдирди.", [("REQUEST", ["kas"], ["iim"], False, A)]),
    # ACCUSE
    (
        "Тышкы иштер министрлиги АКШны ички иштерге кийлигишүүдө айыптады.",
        [("ACCUSE", ["mfa"], ["us"], False, A)],
    ),
    (
        "Кыргыз тарап Тажикстандын аракеттерин катуу сынга алды.",
        [("ACCUSE", ["kg"], ["tj"], False, A)],
    ),
    # REJECT
    (
        "Орусия ЕБдин айыптоолорун негизсиз деп четке какты.",
        [("REJECT", ["ru"], ["eu"], False, A)],
    ),
    (
        "Өзбекстан тарап Тажикстандын сунушуна каршы чыккан жок.",
        [("REJECT", ["uz"], ["tj"], True, A)],
    ),
    # THREATEN
    (
        "АКШ Иранды жаңы санкциялар менен коркутту.",
        [("THREATEN", ["us"], ["ir"], False, A)],
    ),
    # PROTEST
    (
        "Ата Мекен партиясы Бишкекте өкмөткө каршы митинг өткөрдү.",
        [("PROTEST", ["am"], [], False, A)],
    ),
    # SANCTION
    (
        "ЕБ Беларуска каршы жаңы санкцияларды киргизди.",
        [("SANCTION", ["eu"], ["by"], False, A)],
    ),
    (
        "АКШ Иранга кошумча санкция салышы мүмкүн.",
        [("SANCTION", ["us"], ["ir"], False, H)],
    ),
    # MOBILIZE
    ("Тажикстан чек арага кошумча аскер жөнөттү.", [("MOBILIZE", ["tj"], [], False, A)]),
    # COERCE
    (
        "Мурдагы министр Касымов УКМК тарабынан Бишкекте кармалды.",
        [("COERCE", ["ukmk"], ["kas"], False, A)],
    ),
    (
        "Орусия Кыргызстандын үч жаранын өлкөдөн чыгарып жиберди.",
        [("COERCE", ["ru"], ["kg"], False, A)],
    ),
    (
        "ИИМ шектүүлөрдү кармаганын жарыялады.",
        [("COERCE", ["iim"], [], False, A)],
    ),
    # ASSAULT
    (
        "Тажик аскерлери кыргыз чек арачыларына ок ачты.",
        [("ASSAULT", ["tj"], ["kg"], False, A)],
    ),
    (
        "Орусиянын Украинага жасаган чабуулу уланууда.",
        [("ASSAULT", ["ru"], [], False, A)],
    ),
]

# A second batch, written after the first one passed, to check the fixes generalise.
BLIND += [
    (
        "Премьер-министр Кулубаев Түркиянын тышкы иштер министри менен Анкарада сүйлөшүү жүргүздү.",
        [("CONSULT", ["kul"], ["tr"], False, A)],
    ),
    (
        "Кытай менен Кыргызстандын ортосундагы жолугушуу кийинки айда өтөт.",
        [("CONSULT", ["cn"], ["kg"], False, F)],
    ),
    (
        "Казакстан тарап Кыргызстандын демилгесин колдобой турганын билдирди.",
        [("SUPPORT", ["kz"], ["kg"], True, F)],
    ),
    ("Жапаров Токаевди туулган күнү менен куттуктады.", [("SUPPORT", ["jap"], ["tok"], False, A)]),
    (
        "Өзбекстан бийлиги кармалган журналисттерди мунапыс менен бошотууну чечти.",
        [("CONCEDE", ["uz"], [], False, A)],
    ),
    (
        "ЕБ Тажикстанга суу долбоорлору үчүн 20 миллион евро бөлөрүн убада кылды.",
        [("AID", ["eu"], ["tj"], False, F)],
    ),
    (
        "Кыргызстан Орусиядан отун жеткирүүнү көбөйтүүнү суранды.",
        [("REQUEST", ["kg"], ["ru"], False, A)],
    ),
    (
        "УКМК мурдагы депутат Касымовду коррупцияга айыптады.",
        [("ACCUSE", ["ukmk"], ["kas"], False, A)],
    ),
    (
        "Тышкы иштер министрлиги Тажикстандын билдирүүсүн четке какты.",
        [("REJECT", ["mfa"], ["tj"], False, A)],
    ),
    (
        "Иран АКШга каршы жооп чараларын көрөрүн эскертти.",
        [("THREATEN", ["ir"], ["us"], False, A)],
    ),
    (
        "Оштогу базардын соодагерлери салыктын көбөйүшүнө нааразылык билдирип, көчөгө чыгышты.",
        [("PROTEST", [], [], False, A)],
    ),
    (
        "АКШ Орусиянын ири банктарына санкция салды",
        [("SANCTION", ["us"], ["ru"], False, A)],
    ),
    (
        "Орусия батыш чек арасына кошумча аскер жайгаштырат.",
        [("MOBILIZE", ["ru"], [], False, F)],
    ),
    (
        "ИИМ Ош шаарында митингдин уюштуруучуларын кармаган жок.",
        [("COERCE", ["iim"], [], True, A)],
    ),
    (
        "Кытай Тайванды курчап, аскердик машыгуу өткөрдү.",
        [("MOBILIZE", ["cn"], [], False, A)],
    ),
    (
        "Белгисиз адамдар Касымовго кол салды.",
        [("ASSAULT", [], ["kas"], False, A)],
    ),
]

# A third batch, written after the second one was fixed.
BLIND += [
    (
        "Кыргыз тарап Тажикстанга нааразылык нотасын тапшырды.",
        [("ACCUSE", ["kg"], ["tj"], False, A)],
    ),
    (
        "Өзбекстандын тышкы иштер министрлиги ЕБдин талабын кабыл албай койду.",
        [("REJECT", ["uz"], ["eu"], False, A)],
    ),
    (
        "Касымов соттун чечимине апелляция берерин айтты.",
        [("REQUEST", ["kas"], [], False, F)],
    ),
    (
        "Кытай Кыргызстанга 5 миң тонна азык-түлүк жөнөттү",
        [("AID", ["cn"], ["kg"], False, A)],
    ),
    (
        "Жапаров Токаев менен эки тараптуу мамилелерди талкуулады.",
        [("CONSULT", ["jap"], ["tok"], False, A)],
    ),
    (
        "Тажикстан Кыргызстан менен кызматташпай турганын билдирди.",
        [("COOPERATE", ["tj"], ["kg"], True, F)],
    ),
    (
        "Путин Жапаровду Москвага расмий сапар менен келүүгө чакырды.",
        [("REQUEST", ["put"], ["jap"], False, A)],
    ),
    (
        "ЕККУ байкоочулары шайлоого катыша албай турганын билдиришти.",
        [],
    ),
    (
        # the village attacked is in Syria: the place its object is in is the target
        "Орусиянын аскерлери Сириядагы бир айылды бомбалады.",
        [("ASSAULT", ["ru"], ["sy"], False, A)],
    ),
    (
        "УКМК тарабынан мурдагы министр Касымовдун үйү тинтилди.",
        [("COERCE", ["ukmk"], ["kas"], False, A)],
    ),
    (
        "АКШ Кыргызстандын бир банкын санкция тизмесине киргизди.",
        [("SANCTION", ["us"], ["kg"], False, A)],
    ),
    (
        "Эгер Тажикстан аскерлерин чыгарбаса, Өзбекстан чек араны жабарын эскертти.",
        [("THREATEN", ["uz"], ["tj"], False, A)],
    ),
]

# A fourth batch, written after the third one was fixed.
BLIND += [
    pytest.param(
        "Түркиянын президенти Жапаровду Анкарага келүүгө чакырды.",
        [("REQUEST", ["tr"], ["jap"], False, A)],
        marks=pytest.mark.xfail(
            reason="a person named right after a title (президенти Жапаровду) is read as its bearer, as in Орусиянын президенти Путинди; telling them apart needs who holds which office",
            strict=True,
        ),
    ),
    (
        "Казакстан менен Өзбекстан суу бөлүштүрүү боюнча макулдашууга кол коюшпады.",
        [("AGREE", ["kz", "uz"], ["uz", "kz"], True, A)],
    ),
    (
        "Тажикстандын өкмөтү Кыргызстанга 2 миң тонна күйүүчү май жөнөтөт.",
        [("AID", ["tj"], ["kg"], False, F)],
    ),
    pytest.param(
        "ИИМдин маалыматы боюнча, Бишкекте митингге чыккан 15 адам кармалды.",
        [("COERCE", ["iim"], [], False, A)],
    ),
    (
        "Кытай тарап Кыргызстандын сунушун колдободу.",
        [("SUPPORT", ["cn"], ["kg"], True, A)],
    ),
    (
        "Орусия Өзбекстандын эки дипломатын өлкөдөн чыгарды.",
        [("COERCE", ["ru"], ["uz"], False, A)],
    ),
    (
        "ЕБ Кыргызстандын банктарына каршы санкцияларды алып салды.",
        [("CONCEDE", ["eu"], ["kg"], False, A)],
    ),
    (
        "Кулубаев Орусиянын элчисин чакырып, нааразылык нотасын тапшырды.",
        [("ACCUSE", ["kul"], ["ru"], False, A)],
    ),
    (
        "Өзбек тарап Тажикстан менен чек ара боюнча сүйлөшүүлөрдү улантат.",
        [("CONSULT", ["uz"], ["tj"], False, F)],
    ),
    (
        "Ирак аскерлери Сириянын чек арасынан чегиништи.",
        [("RETREAT", ["iq"], ["sy"], False, A)],
    ),
]

# A fifth batch, written after all fixes and measured without further changes.
BLIND += [
    (
        "Кыргызстандын өкмөтү Казакстан менен транзит боюнча жаңы келишимге кол койду.",
        [("AGREE", ["kg"], ["kz"], False, A)],
    ),
    (
        "Мирзиёев Жапаров менен видеобайланыш аркылуу сүйлөшөт.",
        [("CONSULT", ["mir"], ["jap"], False, F)],
    ),
    (
        "Дүйнөлүк банк Тажикстанга насыя бербей турганын жарыялады.",
        [("AID", ["wb"], ["tj"], True, F)],
    ),
    (
        "Орусиянын тышкы иштер министрлиги АКШнын элчисин чакырды.",
        [("ACCUSE", ["ru"], ["us"], False, A)],
    ),
    (
        "Кытай тарап Тайвандын демилгесин кескин сынга алды.",
        [("ACCUSE", ["cn"], [], False, A)],
    ),
    (
        "Өзбекстан Тажикстандын өтүнүчүн четке какты.",
        [("REJECT", ["uz"], ["tj"], False, A)],
    ),
    (
        "Казак аскерлери Кыргызстан менен чогуу машыгуу өткөрүштү.",
        [("COOPERATE", ["kz"], ["kg"], False, A)],
    ),
    (
        "УКМК Касымовду мамлекеттик кызматтан бошотту деген маалыматты төгүндөдү.",
        [("REJECT", ["ukmk"], [], False, A)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BLIND, ids=[str(n) for n in range(len(BLIND))])
def test_blind_sentences_give_the_expected_events(text: str, expected: list[BlindEvent]) -> None:
    found = build(text, BLIND_ACTORS).events
    got = [(e.type, e.source, e.target, e.negated, e.modality) for e in found]
    assert got == expected


# --- constructions met in the former held-out articles ------------------------------
CONSTRUCTIONS: list[Any] = [
    pytest.param(
        "ИИМ жыйырма адамды кармады. Кармалгандардын арасында Касымов да бар.",
        [("COERCE", ["iim"], [], False, A)],
        id="people_named_by_a_participle_are_no_second_arrest",
    ),
    pytest.param(
        "Тургундар ИИМди айыптап жатышат.",
        [("ACCUSE", [], ["iim"], False, A)],
        id="a_converb_with_a_progressive_auxiliary_is_present_not_future",
    ),
    pytest.param(
        "Касымов ИИМдин чечими менен өлкөдөн чыгарылды.",
        [("COERCE", ["iim"], ["kas"], False, A)],
        id="the_owner_of_a_decision_with_menen_is_the_agent",
    ),
    pytest.param(
        "УКМКнын маалыматына караганда, Касымов Жапаровду айыптаган.",
        [("ACCUSE", ["kas"], ["jap"], False, A)],
        id="who_reports_is_no_argument_of_the_event_reported",
    ),
    pytest.param(
        "Касымов Жапаров менен жолугушууну каалайт.",
        [],
        id="a_meeting_that_is_only_wished_is_no_event",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONSTRUCTIONS)
def test_constructions_give_the_expected_events(text: str, expected: list[BlindEvent]) -> None:
    found = build(text, BLIND_ACTORS).events
    assert [(e.type, e.source, e.target, e.negated, e.modality) for e in found] == expected


SIDES: list[Any] = [
    pytest.param(
        "Кыргыз чек ара нарядына тажик тараптан ок атылды.",
        [("ASSAULT", ["tj"], ["kg"], False, A)],
        id="a_passive_act_from_a_side_has_that_side_as_source",
    ),
    pytest.param(
        "Кечээ кыргыз жана тажик чек арачыларынын ортосунда атышуу болду.",
        [("ASSAULT", ["kg"], ["tj"], False, A)],
        id="two_demonyms_sharing_one_side_noun_are_the_two_sides",
    ),
    pytest.param(
        "Кыргызстан менен Тажикстандын чек ара кызматтарынын жетекчилери Ошто жолугушту.",
        [("CONSULT", ["kg", "tj"], ["tj", "kg"], False, A)],
        id="heads_of_two_coordinated_owners_meet_for_both",
    ),
    pytest.param(
        "Тажикстандын сунушун кыргыз тарап кабыл алган жок.",
        [("AGREE", ["kg"], ["tj"], True, A)],
        id="the_noun_of_a_noun_and_verb_trigger_may_stand_apart",
    ),
    pytest.param(
        "Жапаров Токаев менен жолукту. Жапаров кесиптешин Бишкекке чакырды.",
        [("CONSULT", ["jap"], ["tok"], False, A), ("REQUEST", ["jap"], ["tok"], False, A)],
        id="an_act_with_no_named_target_goes_to_the_other_side_of_the_story",
    ),
    pytest.param(
        "Жапаров Токаев менен Бишкекте жолукту. Комиссиянын кийинки отуруму апрелде Астанада өтөт.",
        [("CONSULT", ["jap"], ["tok"], False, A), ("CONSULT", ["jap"], ["tok"], False, "future")],
        id="the_next_sitting_with_no_actor_has_the_parties_of_the_last_meeting",
    ),
    pytest.param(
        "Жапаров Токаев менен Бишкекте жолукту. Жолугушуу үч саатка созулду.",
        [("CONSULT", ["jap"], ["tok"], False, A)],
        id="a_past_meeting_with_no_actor_retells_the_last_one",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDES)
def test_sides_are_read_from_the_construction(text: str, expected: list[BlindEvent]) -> None:
    found = build(text, BLIND_ACTORS).events
    assert [(e.type, e.source, e.target, e.negated, e.modality) for e in found] == expected


# --- round of 2026-11-25 (b): context rules ------------------------------------------
# Place nouns for the place named before, owners and -дагы places of the object, reported
# wrongdoing, denials and "бул X" pointing back, "X-тын чечимине каршы", aliases in
# parentheses, taking part in a session, adopting a document. Sentences written fresh.

ROUND_ACTORS: list[Spec] = [
    *BLIND_ACTORS,
    ("okm", "ORG", ["Өзгөчө кырдаалдар министрлиги", "ӨКМ"], "Ministry of Emergencies", None),
    ("cab", "ORG", ["Министрлер кабинети"], "Cabinet of Ministers", None),
    ("jk", "ORG", ["Жогорку Кеңеш"], "Supreme Council", None),
    ("pv", "ORG", ["Чек ара кызматы"], "Border Service", None),
    ("jica", "ORG", ["JICA"], "JICA", None),
    ("unga", "ORG", ["БУУнун Башкы Ассамблея"], "UN General Assembly", None),
    ("bor", "PER", ["Жозеп Боррель", "Боррель"], "Josep Borrell", None),
    ("ja", "LOC", ["Жалал-Абад"], "Jalal-Abad", None),
    ("nar", "LOC", ["Нарын"], "Naryn", None),
    ("nook", "LOC", ["Ноокат"], "Nookat", None),
    ("bat", "LOC", ["Баткен"], "Batken", None),
    ("kbal", "LOC", ["Кара-Балта шаары", "Кара-Балта"], "Kara-Balta", None),
]

# Countries are linked as the pipeline links them: "аймак" is never a country.
COUNTRY_KB = {"kg": "Q813", "kz": "Q232", "uz": "Q265", "tj": "Q863", "ru": "Q159"}


def build_linked(text: str, specs: list[Spec]) -> Document:
    """``build`` with the countries given their knowledge-base ids."""
    doc = Document(text="", raw=text, published=dt.date(2026, 1, 15))
    Pipeline(["clean", "segment", "language"])(doc)
    attach(doc, specs)
    for ent in doc.entities:
        ent.kb_id = COUNTRY_KB.get(ent.id)
    for name in ("times", "quotes", "events"):
        get_stage(name)(doc)
    return doc


ROUND_2026_11_25B: list[Any] = [
    # 1. place nouns stand for the place named before; rescuers and equipment sent are AID
    pytest.param(
        "Кечээ Жалал-Абад шаарында сел жүрдү. ӨКМ шаарга 30 куткаруучуну жиберди.",
        [("AID", ["okm"], ["ja"], False, A)],
        id="city_noun_is_the_place_named_before_with_that_noun",
    ),
    pytest.param(
        "Кечээ Ош шаарында жана Жалал-Абад облусунда катуу жаан жаады. "
        "ӨКМ шаарга куткаруучуларды жиберди.",
        [("AID", ["okm"], ["osh"], False, A)],
        id="city_noun_skips_a_later_place_named_with_another_noun",
    ),
    pytest.param(
        "Жаандан кийин Кара-Балтада суу ташкыны болду. ӨКМ шаарга кошумча жабдык жөнөттү.",
        [("AID", ["okm"], ["kbal"], False, A)],
        id="city_noun_is_a_place_whose_name_holds_the_noun",
    ),
    pytest.param(
        "Нарын облусунда катуу жер титирөө болду. Өзгөчө кырдаалдар министрлиги облуска "
        "куткаруучуларды жана 15 бирдик техниканы жөнөттү.",
        [("AID", ["okm"], ["nar"], False, A)],
        id="region_noun_and_rescuers_five_words_before_the_verb",
    ),
    pytest.param(
        "Ноокат районунда жамгырдан кийин көчкү жүрдү. ӨКМ районго кошумча жабдыктарды жөнөттү.",
        [("AID", ["okm"], ["nook"], False, A)],
        id="district_noun_and_equipment_sent_is_aid",
    ),
    pytest.param(
        "Баткен районунда сел жүрүп, Тажикстан менен чек арадагы жол жабылды. "
        "ӨКМ аймакка куткаруучуларды жиберди.",
        [("AID", ["okm"], ["bat"], False, A)],
        id="area_noun_is_the_last_place_that_is_no_country",
    ),
    pytest.param(
        "Бишкек шаарында жыйын өттү. ӨКМ Ош шаарына куткаруучуларды жиберди.",
        [("AID", ["okm"], ["osh"], False, A)],
        id="place_noun_after_a_name_is_that_name",
    ),
    # 2. the owner of the object is the target, with up to three words between
    pytest.param(
        "Боррель Өзбекстандын журналисттерге карата жүргүзгөн саясатын сынга алды.",
        [("ACCUSE", ["bor"], ["uz"], False, A)],
        id="owner_three_words_before_the_criticised_object_is_the_target",
    ),
    pytest.param(
        "Путин Тажикстандын аймактык коопсуздукту чыңдоодогу ролун жогору баалады.",
        [("SUPPORT", ["put"], ["tj"], False, A)],
        id="praising_the_role_of_a_country_supports_it",
    ),
    pytest.param(
        "Казакстандын парламенти Орусиянын демилгесин четке какты.",
        [("REJECT", ["kz"], ["ru"], False, A)],
        id="a_nearer_named_genitive_owns_the_object",
    ),
    pytest.param(
        "ЕККУнун башкы катчысы Тажикстандын ролун жогору баалады.",
        [("SUPPORT", ["osce"], ["tj"], False, A)],
        id="owner_of_a_two_word_title_is_the_source",
    ),
    # 3. a -дагы place on the object after the subject is the target
    pytest.param(
        "ЕККУ Казакстандагы шайлоо өнөктүгүн сынга алды.",
        [("ACCUSE", ["osce"], ["kz"], False, A)],
        id="place_in_dagy_on_the_criticised_object_is_the_target",
    ),
    pytest.param(
        "Токаев Кыргызстандагы инвестициялык климатты жогору баалады.",
        [("SUPPORT", ["tok"], ["kg"], False, A)],
        id="place_in_dagy_on_the_praised_object_is_the_target",
    ),
    pytest.param(
        "Кытай Оштогу мектептерди оңдоого грант бөлдү.",
        [("AID", ["cn"], ["osh"], False, A)],
        id="place_in_dagy_on_what_a_grant_is_for_is_the_target",
    ),
    pytest.param(
        "Кытай Ош шаарындагы ооруканага жабдык жөнөттү.",
        [("AID", ["cn"], ["osh"], False, A)],
        id="name_with_a_place_noun_in_dagy_is_the_target",
    ),
    pytest.param(
        # the farmers are unnamed; their region, in -дагы, is neither side
        "Баткен облусундагы дыйкандар ИИМге кайрылышты.",
        [("REQUEST", [], ["iim"], False, A)],
        id="place_in_dagy_before_the_subject_is_no_side",
    ),
    # 4. what a body reports of someone's wrongdoing is its ACCUSE
    pytest.param(
        "ИИМдин маалыматына караганда, Касымов бюджеттен 2 миллион сом уурдаган.",
        [("ACCUSE", ["iim"], ["kas"], False, A)],
        id="reported_theft_is_the_reporters_accusation",
    ),
    pytest.param(
        "ИИМдин маалыматына караганда, Касымов мамлекеттик каражатты өздөштүрүп алган.",
        [("ACCUSE", ["iim"], ["kas"], False, A)],
        id="reported_embezzlement_in_a_converb_with_algan_is_an_accusation",
    ),
    pytest.param(
        "Мурдагы акимдин орун басары Касымов кечээ кармалды. "
        "ИИМдин маалыматына караганда, ал бир нече ишкерден пара алган.",
        [("COERCE", [], ["kas"], False, A), ("ACCUSE", ["iim"], ["kas"], False, A)],
        id="reported_bribe_taken_by_he_accuses_the_one_named_before",
    ),
    pytest.param(
        "Чек ара кызматынын маалыматына караганда, түн ичинде тажик тараптан кыргыз постуна "
        "ок атылган.",
        [("ACCUSE", ["pv"], ["tj"], False, A)],
        id="reported_shots_from_a_side_accuse_that_side",
    ),
    pytest.param(
        "ИИМдин маалыматына ылайык, Касымов контрабандага шектелүүдө.",
        [("ACCUSE", ["iim"], ["kas"], False, A)],
        id="reported_suspicion_is_the_reporters_accusation",
    ),
    pytest.param(
        "ИИМдин маалыматына ылайык, Касымов бюджеттик каражатты уурдоого шектелүүдө.",
        [("ACCUSE", ["iim"], ["kas"], False, A)],
        id="reported_suspicion_of_a_verbal_noun_is_the_reporters_accusation",
    ),
    pytest.param(
        "ИИМдин маалыматы боюнча, милиция кызматкерлери Бишкекте 20 шектүүнү кармашты.",
        [("COERCE", ["iim"], [], False, A)],
        id="reported_arrest_without_a_wrongdoing_word_stays_an_arrest",
    ),
    pytest.param(
        "УКМКнын маалыматы боюнча, Касымов мамлекеттик каражатты өздөштүрдү.",
        [],
        id="reported_wrongdoing_in_the_finite_past_is_no_accusation",
    ),
    # 5. a denial of an accusation answers the last ACCUSE
    pytest.param(
        "Казакстан Өзбекстанды суу маселесинде айыптады. Өзбек тарап бул айыпты четке какты.",
        [("ACCUSE", ["kz"], ["uz"], False, A), ("REJECT", ["uz"], ["kz"], False, A)],
        id="denying_this_accusation_rejects_its_author",
    ),
    pytest.param(
        "Тажикстан Кыргызстанды чек арадагы атышуу үчүн айыптады. "
        "Кыргызстандын ТИМи бул дооматтарды төгүндөдү.",
        [("ACCUSE", ["tj"], ["kg"], False, A), ("REJECT", ["mfa"], ["tj"], False, A)],
        id="refuting_these_claims_rejects_their_author",
    ),
    pytest.param(
        "Орусия ЕБди кош стандарттар үчүн сынга алды. ЕБ бул сындарды четке какты.",
        [("ACCUSE", ["ru"], ["eu"], False, A), ("REJECT", ["eu"], ["ru"], False, A)],
        id="the_criticisms_rejected_are_no_accusation_of_their_own",
    ),
    # 6. бул/ушул + a noun points back to the act told before; тыюу сал- is SANCTION
    pytest.param(
        "Казакстан Кыргызстан менен чек ара аркылуу мал айдоого тыюу салды. "
        "Кыргызстан бул чечимге нааразылык билдирди.",
        [("SANCTION", ["kz"], ["kg"], False, A), ("ACCUSE", ["kg"], ["kz"], False, A)],
        id="objecting_to_this_decision_accuses_who_made_it",
    ),
    pytest.param(
        "Казакстан Кыргызстанга буудай экспорттоого тыюу салды. "
        "Кыргызстан ушул кадамга нааразылык билдирди.",
        [("SANCTION", ["kz"], ["kg"], False, A), ("ACCUSE", ["kg"], ["kz"], False, A)],
        id="objecting_to_this_step_accuses_who_took_it",
    ),
    pytest.param(
        "Өзбекстан Тажикстан менен соодага убактылуу тыюу салды.",
        [("SANCTION", ["uz"], ["tj"], False, A)],
        id="a_ban_on_trade_with_a_partner_sanctions_the_partner",
    ),
    pytest.param(
        "Кыргызстан бул чечимге нааразылык билдирди.",
        [("ACCUSE", ["kg"], [], False, A)],
        id="this_decision_with_no_act_told_before_has_no_target",
    ),
    # 7. X-тын чечимине/саясатына каршы makes X the target of a protest
    pytest.param(
        "Министрлер кабинети бензиндин баасын көтөрдү. "
        "Айдоочулар өкмөттүн чечимине каршы нааразылык акциясына чыгышты.",
        [("PROTEST", [], ["cab"], False, A)],
        id="protest_against_the_governments_decision_targets_the_cabinet",
    ),
    pytest.param(
        "Укук коргоочулар ИИМдин чечимине каршы Бишкекте митинг өткөрүштү.",
        [("PROTEST", [], ["iim"], False, A)],
        id="protest_against_a_named_bodys_decision_targets_the_body",
    ),
    pytest.param(
        "Активисттер Кытайдын саясатына каршы митинг өткөрүштү.",
        [("PROTEST", [], ["cn"], False, A)],
        id="protest_against_a_countrys_policy_targets_the_country",
    ),
    # 8. an abbreviation in parentheses stands for the long name before it
    pytest.param(
        "Япониянын эл аралык кызматташтык агенттиги (JICA) Тажикстанга 3 миллион доллар "
        "грант берди.",
        [("AID", ["jica"], ["tj"], False, A)],
        id="abbreviation_in_parentheses_stands_for_the_long_name",
    ),
    # 9. taking part in a session is a multilateral CONSULT; чогул- is CONSULT
    pytest.param(
        "Токаев Нью-Йоркто БУУнун Башкы Ассамблеясынын сессиясына катышат.",
        [("CONSULT", ["tok"], ["unga"], False, F)],
        id="taking_part_in_an_assembly_session_consults_the_assembly",
    ),
    pytest.param(
        "Кулубаев ЕККУнун жыйынына катышты.",
        [("CONSULT", ["kul"], ["osce"], False, A)],
        id="taking_part_in_a_bodys_meeting_consults_the_body",
    ),
    pytest.param(
        "Жапаров Ташкентте өтүүчү кеңешмеге катышпай турганын билдирди.",
        [("CONSULT", ["jap"], [], True, F)],
        id="not_taking_part_in_a_conference_is_a_negated_future",
    ),
    pytest.param(
        "Токаев БУУнун Башкы Ассамблеясынын 80-сессиясына катышат.",
        [("CONSULT", ["tok"], ["unga"], False, F)],
        id="taking_part_in_a_numbered_session_consults_the_assembly",
    ),
    pytest.param(
        "Кыргызстан менен Тажикстан чек ара боюнча сүйлөшүүлөрдү улантты. "
        "Эки өлкөнүн эксперттери сентябрда Бишкекте кайра чогулат.",
        [
            ("CONSULT", ["kg", "tj"], ["tj", "kg"], False, A),
            ("CONSULT", ["tj", "kg"], ["kg", "tj"], False, F),
        ],
        id="experts_of_two_countries_gathering_again_is_a_future_consultation",
    ),
    # 10. adopting a document is no CONSULT; receiving a person is
    pytest.param(
        "Жогорку Кеңеш массалык маалымат каражаттары жөнүндө мыйзамды кабыл алды.",
        [],
        id="adopting_a_law_is_no_meeting",
    ),
    pytest.param(
        "Министрлер кабинети пенсияларды көбөйтүү тууралуу токтом кабыл алды.",
        [],
        id="adopting_a_resolution_is_no_meeting",
    ),
    pytest.param(
        "Жогорку Кеңеш жаңы Салык кодексин кабыл алды.",
        [],
        id="adopting_a_code_is_no_meeting",
    ),
    pytest.param(
        "Жапаров Түркиянын элчисин кабыл алды.",
        [("CONSULT", ["jap"], ["tr"], False, A)],
        id="receiving_an_ambassador_is_a_meeting",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_2026_11_25B)
def test_context_resolves_places_owners_reporters_and_acts_told_before(
    text: str, expected: list[BlindEvent]
) -> None:
    found = build_linked(text, ROUND_ACTORS).events
    assert [(e.type, e.source, e.target, e.negated, e.modality) for e in found] == expected


def test_taking_part_in_a_session_is_multilateral_and_gathering_has_no_mode() -> None:
    found = build_linked(
        "Кулубаев ЕККУнун жыйынына катышат. Кыргызстан менен Тажикстан чек ара боюнча "
        "сүйлөшүүлөрдү улантты. Эки өлкөнүн эксперттери сентябрда кайра чогулат.",
        ROUND_ACTORS,
    ).events
    assert [(e.type, e.mode, e.modality, e.trigger.text) for e in found] == [
        ("CONSULT", "multilateral", "future", "жыйынына катышат"),
        ("CONSULT", None, "asserted", "сүйлөшүүлөрдү"),
        ("CONSULT", None, "future", "чогулат"),
    ]


# --- round of 2026-11-25 (c): not-yet, settings, owners, reporters, parallels, quotes ---
# элек, attributive -ып турган, a meeting in the locative as the setting, longer triggers
# with their noun apart, goals of governed verbal nouns, owners past a bearer's name,
# bodies named by nouns, reported passive accusations, aid to the home country, demonyms
# before titles, parallel acts, coordinated owners, биз/мен in quotes, "бул чечим" past
# a meeting. Sentences written fresh.

ROUND_C_ACTORS: list[Spec] = [
    *(spec for spec in ROUND_ACTORS if spec[0] != "ukmk"),
    (
        "ukmk",
        "ORG",
        ["Улуттук коопсуздук мамлекеттик комитети", "УКМК"],
        "State Committee for National Security",
        None,
    ),
    ("kal", "PER", ["Кая Каллас", "Каллас"], "Kaja Kallas", None),
    ("abd", "PER", ["Талант Абдыкеров", "Абдыкеров"], "Talant Abdykerov", "депутат"),
    ("akim", "PER", ["Нурлан Токтосунов", "Токтосунов"], "Nurlan Toktosunov", "аким"),
    ("gp", "ORG", ["Башкы прокуратура"], "Prosecutor General's Office", None),
    ("kmt", "ORG", ["Кумтөр"], "Kumtor", None),
    ("kb", "ORG", ["Кеминбанк"], "Keminbank", None),
    ("prof", "ORG", ["Кен кызматкерлеринин профсоюзу"], "Miners' Union", None),
]

# What the linker gives: countries their KB id and ISO3, persons and home bodies their
# country only.
ROUND_C_COUNTRIES: dict[str, tuple[str | None, str]] = {
    "kg": ("Q813", "KGZ"),
    "kz": ("Q232", "KAZ"),
    "uz": ("Q265", "UZB"),
    "tj": ("Q863", "TJK"),
    "ru": ("Q159", "RUS"),
    "cn": ("Q148", "CHN"),
    "tr": ("Q43", "TUR"),
    "us": ("Q30", "USA"),
    "jap": (None, "KGZ"),
    "kul": (None, "KGZ"),
    "tok": (None, "KAZ"),
    "mir": (None, "UZB"),
    "put": (None, "RUS"),
    "cab": (None, "KGZ"),
    "okm": (None, "KGZ"),
}


def build_with_countries(text: str, specs: list[Spec]) -> Document:
    """``build`` with only the entities the text names (a demonym stands for a country the
    article names), linked to their countries."""
    doc = Document(text="", raw=text, published=dt.date(2026, 1, 15))
    Pipeline(["clean", "segment", "language"])(doc)
    attach(doc, specs)
    doc.entities = [ent for ent in doc.entities if ent.mentions]
    for ent in doc.entities:
        ent.kb_id, ent.country = ROUND_C_COUNTRIES.get(ent.id, (None, None))
    for name in ("times", "quotes", "events"):
        get_stage(name)(doc)
    return doc


ROUND_2026_11_25C: list[Any] = [
    # 1. элек: not yet
    pytest.param(
        "Тажикстан Кыргызстан менен чек ара келишимине азырынча кол коё элек.",
        [("AGREE", ["tj"], ["kg"], True, A)],
        id="not_yet_signed_is_a_negated_agreement",
    ),
    pytest.param(
        "Өзбекстан Казакстан менен суу бөлүштүрүү боюнча али макулдаша элек.",
        [("AGREE", ["uz"], ["kz"], True, A)],
        id="not_yet_agreed_is_a_negated_agreement",
    ),
    # 2. a converb with турган describes a noun
    pytest.param(
        "УКМК эки айдан бери кармалып турган Касымовду бошотту.",
        [("CONCEDE", ["ukmk"], ["kas"], False, A)],
        id="held_in_custody_with_turgan_is_no_arrest_only_the_release",
    ),
    # 3. a verbal noun trigger in the locative is the setting
    pytest.param(
        "Кулубаев Кытайга иш сапары менен барды. Жолугушууда министр кытай тараптан "
        "инвестицияларды көбөйтүүнү суранды.",
        [("CONSULT", ["kul"], ["cn"], False, A), ("REQUEST", ["kul"], ["cn"], False, A)],
        id="a_meeting_in_the_locative_is_the_setting_of_a_request",
    ),
    # 4. a longer trigger whose noun stands apart beats a shorter one, not one as long
    pytest.param(
        "Тажикстан менен Өзбекстандын ортосундагы сүйлөшүүлөр натыйжасыз аяктады. "
        "Өзбекстандын сунушун тажик тарап кабыл алган жок.",
        [("CONSULT", ["tj"], ["uz"], False, A), ("AGREE", ["tj"], ["uz"], True, A)],
        id="a_proposal_not_accepted_is_a_negated_agreement_not_a_meeting",
    ),
    pytest.param(
        "Касымов өткөн аптада УКМКнын чечими менен өлкөдөн чыгарылды.",
        [("COERCE", ["ukmk"], ["kas"], False, A)],
        id="a_decision_noun_as_long_as_the_trigger_leaves_the_deportation",
    ),
    # 5. a dative right before a governed verbal noun is that noun's goal
    pytest.param(
        "Башкы прокуратура Касымовду Кыргызстанга экстрадициялоону талап кылды.",
        [("REQUEST", ["gp"], [], False, A)],
        id="the_goal_of_an_extradition_demanded_is_no_target",
    ),
    pytest.param(
        "Башкы прокуратура Орусиядан Касымовду Кыргызстанга экстрадициялоону талап кылды.",
        [("REQUEST", ["gp"], ["ru"], False, A)],
        id="who_is_asked_to_extradite_is_the_target_not_the_goal",
    ),
    # 6. a title owner's object search stops at the bearer's name
    pytest.param(
        "Жогорку Кеңештин депутаты Абдыкеров бүгүн газ келишимин катуу сынга алды.",
        [("ACCUSE", ["abd", "jk"], [], False, A)],
        id="a_deputy_criticising_a_contract_does_not_target_the_parliament",
    ),
    # 7. a warning's condition names its body by a noun
    pytest.param(
        "Кумтөр кызматкерлеринин айлыгын кыскартты. Кен кызматкерлеринин профсоюзу компания "
        "убадасын аткарбаса, иш таштоо уланарын эскертти.",
        [("THREATEN", ["prof"], ["kmt"], False, A)],
        id="a_warning_to_the_company_named_before_targets_it",
    ),
    pytest.param(
        "Кумтөр кызматкерлеринин айлыгын кыскартты. Профсоюз компания убадасын аткарбаса, "
        "иш таштоо уланарын эскертти.",
        [("THREATEN", [], ["kmt"], False, A)],
        id="an_unnamed_union_warning_the_company_is_no_act_of_the_company",
        marks=pytest.mark.xfail(
            strict=True,
            reason="the company noun in the condition becomes the source of the warning "
            "and of a hypothetical strike (THREATEN kmt->[], PROTEST kmt)",
        ),
    ),
    # 8. reported passive accusations are the reporter's
    pytest.param(
        "ЕККУнун билдирүүсүндө Кумтөр компаниясы дарыяны булгаган деп айыпталат.",
        [("ACCUSE", ["osce"], ["kmt"], False, A)],
        id="a_company_accused_in_a_report_is_accused_by_the_reporter",
    ),
    pytest.param(
        "Кеминбанк жаңы филиал ачты. ЕБнин билдирүүсүндө бул компания акча адалдоого "
        "жардам берген деп айыпталат.",
        [("ACCUSE", ["eu"], ["kb"], False, A)],
        id="this_company_accused_in_a_report_is_accused_by_the_reporter",
    ),
    pytest.param(
        "ЕККУнун билдирүүсүндө Кумтөр Нарын дарыясын булгаган деп айыпталат.",
        [("ACCUSE", ["osce"], ["kmt"], False, A)],
        id="the_river_polluted_is_not_accused",
        marks=pytest.mark.xfail(
            strict=True, reason="the place in the reported claim is a target too: [kmt, nar]"
        ),
    ),
    # 9. aid with no recipient from a foreign source goes to the home country
    pytest.param(
        "Кыргызстанда 200дөн ашык мектеп авариялык абалда. Түркия быйыл 20 жаңы мектеп курат.",
        [("AID", ["tr"], ["kg"], False, F)],
        id="foreign_aid_with_no_recipient_goes_to_kyrgyzstan_named_in_the_article",
    ),
    pytest.param(
        "Кыргызстанда 200дөн ашык мектеп авариялык абалда. Министрлер кабинети быйыл "
        "20 жаңы мектеп курат.",
        [("AID", ["cab"], [], False, F)],
        id="home_aid_with_no_recipient_gets_no_guessed_target",
    ),
    pytest.param(
        "Түркия быйыл 20 жаңы мектеп курат.",
        [("AID", ["tr"], [], False, F)],
        id="foreign_aid_gets_no_home_country_the_article_does_not_name",
    ),
    # 10. a demonym before a title names that country's bearer
    pytest.param(
        "Кыргызстандын президенти Садыр Жапаров Ошко барды. Путин кыргыз лидерин Москвага чакырды.",
        [
            ("CONSULT", ["jap", "kg"], ["osh"], False, A),
            ("REQUEST", ["put"], ["jap", "kg"], False, A),
        ],
        id="the_kyrgyz_leader_is_the_president_named_before",
    ),
    # 11. болсо/да: parallel acts, never against the source's own country
    pytest.param(
        "ЕБ Орусияга жаңы санкцияларды киргизди. АКШ болсо кошумча санкцияларды жарыялады.",
        [("SANCTION", ["eu"], ["ru"], False, A), ("SANCTION", ["us"], ["ru"], False, A)],
        id="a_parallel_sanction_takes_the_last_sanctions_target",
    ),
    pytest.param(
        "Кыргызстан Орусиядан кошумча күйүүчү май сурады. Путин болсо Батыш өлкөлөрүнөн "
        "санкцияларды алып салууну талап кылды.",
        [("REQUEST", ["kg"], ["ru"], False, A), ("REQUEST", ["put", "ru"], [], False, A)],
        id="a_parallel_request_never_targets_the_sources_own_country",
    ),
    # 12. X-тын өкмөтү да
    pytest.param(
        "Орусия Тажикстанга гуманитардык жардам жөнөттү. Казакстандын өкмөтү да "
        "гуманитардык жардам жиберди.",
        [("AID", ["ru"], ["tj"], False, A), ("AID", ["kz"], ["tj"], False, A)],
        id="a_countrys_government_with_da_aids_the_same_recipient",
    ),
    # 13. coordinated genitive owners of a title
    pytest.param(
        "Кытайдын, Казакстандын жана Өзбекстандын тышкы иштер министрлери Бишкекте жолугушту.",
        [("CONSULT", ["cn", "kz", "uz"], ["uz", "kz", "cn"], False, A)],
        id="ministers_of_three_coordinated_countries_meet_for_all_three",
    ),
    # 14. X менен Y-тын президенти Z
    pytest.param(
        "Жапаров менен Өзбекстандын президенти Мирзиёев Ташкентте биргелешкен декларацияны "
        "кабыл алышты.",
        [("AGREE", ["jap", "mir", "uz"], ["mir", "jap", "uz"], False, A)],
        id="a_name_and_a_titled_name_with_menen_adopt_a_declaration_together",
    ),
    # 15. биз/мен in a direct quote is its speaker
    pytest.param(
        '"Биз Кыргызстандын реформаларын колдоону улантабыз", - деди Каллас.',
        [("SUPPORT", ["kal"], ["kg"], False, A)],
        id="we_in_a_direct_quote_is_its_speaker",
    ),
    pytest.param(
        '"Мен бүгүн Жапаров менен жолуктум", - деди Каллас.',
        [("CONSULT", ["kal"], ["jap"], False, A)],
        id="i_in_a_direct_quote_is_its_speaker",
    ),
    pytest.param(
        '"Биз Бишкекти колдойбуз", - деди Каллас.',
        [("SUPPORT", ["kal"], ["bish"], False, A)],
        id="we_support_with_a_rounded_first_person_ending_is_support",
    ),
    # 16. бул чечим points back past meetings
    pytest.param(
        "Казакстан Кыргызстанга эт экспорттоого тыюу салды. Жапаров Токаев менен жолукту. "
        "Кыргыз тарап бул чечимге нааразылык билдирди.",
        [
            ("SANCTION", ["kz"], ["kg"], False, A),
            ("CONSULT", ["jap", "kg"], ["tok", "kz"], False, A),
            ("ACCUSE", ["kg"], ["kz"], False, A),
        ],
        id="this_decision_is_the_ban_before_the_meeting",
    ),
    pytest.param(
        "Жапаров Токаев менен жолукту. Тажикстан бул чечимге нааразылык билдирди.",
        [("CONSULT", ["jap"], ["tok"], False, A), ("ACCUSE", ["tj"], [], False, A)],
        id="this_decision_after_only_a_meeting_has_no_target",
    ),
    pytest.param(
        "Казакстан Кыргызстандан картошка импорттоого тыюу салды.",
        [("SANCTION", ["kz"], ["kg"], False, A)],
        id="a_ban_on_imports_from_a_country_sanctions_that_country",
    ),
    # 17. a body named by its noun reports a wrongdoing
    pytest.param(
        "Улуттук коопсуздук мамлекеттик комитети Ноокат районунун акими Токтосуновду кармады. "
        "Комитеттин билдирүүсүндө айтылгандай, аким бюджеттен 5 миллион сомду уурдаган.",
        [
            ("COERCE", ["ukmk"], ["akim", "nook"], False, A),
            ("ACCUSE", ["ukmk"], ["akim", "nook"], False, A),
        ],
        id="the_committee_named_before_accuses_the_akim_named_before",
    ),
    # a claim a statement says happened (-ганы айтылат) is no shot fired
    pytest.param(
        "Тажикстан Кыргызстанды айыптады. ИИМдин билдирүүсүндө кыргыз аскерлери тажик постун "
        "аткылашканы айтылат.",
        [("ACCUSE", ["tj"], ["kg"], False, A), ("ACCUSE", ["iim"], ["kg"], False, A)],
        id="shots_a_statement_says_were_fired_are_its_accusation_not_an_attack",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_2026_11_25C)
def test_not_yet_settings_reporters_parallel_acts_and_quoted_speakers(
    text: str, expected: list[BlindEvent]
) -> None:
    found = build_with_countries(text, ROUND_C_ACTORS).events
    assert [(e.type, e.source, e.target, e.negated, e.modality) for e in found] == expected


@pytest.mark.xfail(strict=True, reason="жолугушуу in the locative still gives the mode 'meet'")
def test_a_request_made_at_a_meeting_is_no_request_to_meet() -> None:
    found = build_with_countries(
        "Кулубаев Кытайга иш сапары менен барды. Жолугушууда министр кытай тараптан "
        "инвестицияларды көбөйтүүнү суранды.",
        ROUND_C_ACTORS,
    ).events
    assert [(e.type, e.mode) for e in found] == [("CONSULT", "visit"), ("REQUEST", None)]


def test_a_warning_of_a_protest_is_aimed_at_the_body_of_the_condition() -> None:
    found = build_with_countries(
        "Кумтөр кызматкерлеринин айлыгын кыскартты. Кен кызматкерлеринин профсоюзу компания "
        "айлыкты көтөрбөсө, нааразылык акциясына чыгарын эскертти.",
        ROUND_C_ACTORS,
    ).events
    threats = [(e.source, e.target) for e in found if e.type == "THREATEN"]
    assert threats == [(["prof"], ["kmt"])]


ROUND_2026_11_25D: list[Any] = [
    pytest.param(
        "Улуттук коопсуздук мамлекеттик комитетинин (УКМК) кызматкерлери Ошто эки кишини кармашты.",
        [("COERCE", ["ukmk"], [], False, A)],
        id="staff_of_a_body_named_with_its_abbreviation_act_for_it",
    ),
    pytest.param(
        "Орусия да Кыргызстанга куткаруучуларын жиберүүгө даяр экенин билдирди.",
        [("AID", ["ru"], ["kg"], False, "hypothetical")],
        id="readiness_to_send_aid_is_hypothetical_aid",
    ),
    pytest.param(
        "Казакстан Кыргызстан менен жолугушууга даяр экенин билдирди.",
        [],
        id="readiness_to_meet_is_still_no_meeting",
    ),
    pytest.param(
        "Кыргызстан Казакстанга Нарын дарыясы аркылуу кошумча суу агызып келет.",
        [],
        id="a_motion_verb_after_a_converb_is_no_visit",
    ),
    pytest.param(
        "Жолугушуунун жыйынтыгы боюнча Жапаров билдирүү жасады.",
        [],
        id="the_result_of_a_meeting_is_no_meeting",
    ),
    pytest.param(
        "Президент Садыр Жапаров жарлыкка кол койду. Абдыкеров президенттин чечимин катуу сындады.",
        [("ACCUSE", ["abd"], ["jap"], False, A)],
        id="a_bare_title_owning_the_object_is_its_bearer",
    ),
    pytest.param(
        "Президент Токаев жана президент Мирзиёев Ташкентте болушту. Путин эртең Өзбекстан "
        "жана Казакстан лидерлери менен Москвада жолугат.",
        [("CONSULT", ["put"], ["mir", "tok", "uz", "kz"], False, F)],
        id="countries_before_leaders_stand_for_the_leaders_named",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_2026_11_25D)
def test_aliases_offers_auxiliaries_and_titles_owning_the_object(
    text: str, expected: list[BlindEvent]
) -> None:
    found = build_with_countries(text, ROUND_C_ACTORS).events
    assert [(e.type, e.source, e.target, e.negated, e.modality) for e in found] == expected


ROUND_2026_11_25E: list[Any] = [
    pytest.param(
        "Жаңы мыйзам 3-мартта Жогорку Кеңеште кабыл алынган. Абдыкеров мыйзамды катуу сынга алды.",
        [("ACCUSE", ["abd"], ["jk"], False, A)],
        id="criticism_of_a_law_is_aimed_at_the_body_that_passed_it",
    ),
    pytest.param(
        "Президент Садыр Жапаров жарлыкка кол койду. Кен кызматкерлеринин профсоюзу жарлыкты "
        "колдоп чыкты.",
        [("SUPPORT", ["prof"], ["jap"], False, A)],
        id="support_for_a_decree_goes_to_the_one_who_signed_it",
    ),
    pytest.param(
        "Жогорку Кеңеш мыйзамды кабыл алды. Мыйзамга ылайык, Кеминбанк ишин токтотот.",
        [("CONCEDE", ["kb"], [], False, F)],
        id="what_a_law_says_is_not_aimed_at_its_maker",
    ),
    pytest.param(
        "Кыргызстан менен Тажикстандын чек арасында кыргыз чек ара нарядына тажик тараптан "
        "ок атылды.",
        [("ASSAULT", ["tj"], ["kg"], False, A)],
        id="a_side_noun_spelled_with_ya_still_stands_for_its_country",
    ),
]


RELIEF_ACTORS: list[Spec] = [
    *(spec for spec in ROUND_C_ACTORS if spec[0] != "bish"),  # Бишкек мэриясы is one name
    ("osh", "LOC", ["Ош"], "Osh", None),
    ("eu", "ORG", ["Европа Биримдиги", "ЕБ"], "European Union", None),
    ("reu", "ORG", ["Reuters"], "Reuters", None),
    ("bm", "ORG", ["Бишкек мэриясы"], "Bishkek City Hall", None),
]

ROUND_2026_11_25E_AID: list[Any] = [
    pytest.param(
        "Өзгөчө кырдаалдар министрлиги Баткен облусуна жардам берет. Министрлик аймакка 40 "
        "куткаруучуну, эки тик учакты жана дары-дармектерди жөнөттү.",
        [("AID", ["okm"], ["bat"], False, F), ("AID", ["okm"], ["bat"], False, A)],
        id="a_body_noun_before_a_place_noun_and_a_list_of_objects_sent",
    ),
    pytest.param(
        "Түркия Ошко 20 тонна ун менен күрүч жеткирди.",
        [("AID", ["tr"], ["osh"], False, A)],
        id="relief_goods_of_any_kind_delivered_are_aid",
    ),
    pytest.param(
        "Түркия Ошко баратканда жолдо ун сатып алды.",
        [],
        id="buying_goods_is_no_aid",
    ),
    pytest.param(
        "Түркия Ошко аскерлерин жана унааларды жөнөттү.",
        [("MOBILIZE", ["tr"], ["osh"], False, A)],
        id="vehicles_are_no_flour_troops_sent_are_mobilised",
    ),
    pytest.param(
        "Сүйлөшүүлөрдүн жыйынтыгында Европа Биримдиги (ЕБ) менен Министрлер кабинети "
        "меморандумга кол коюшту.",
        [("AGREE", ["cab"], ["eu"], False, A)],
        id="x_with_alias_and_y_after_an_adverbial_are_both_signatories",
    ),
    pytest.param(
        "Кумтөр компаниясы жылдык отчетун жарыялады. Бул тууралуу Reuters агенттиги жазды. "
        "Кеминбанк компанияны катуу сынга алды.",
        [("ACCUSE", ["kb"], ["kmt"], False, A)],
        id="the_company_is_not_a_body_called_an_agency",
    ),
    pytest.param(
        "Жапаров менен Мирзиёев Ошто жолугушту. Азем башталды. Ишкерлер сүйлөп чыкты. "
        "Меймандар шаарды кыдырышты. Концерт болду. Кечинде дагы концерт болду. Ошондон кийин "
        "президенттер сүйлөшүү жүргүзүштү.",
        [
            ("CONSULT", ["jap", "mir"], ["mir", "jap"], False, A),
            ("CONSULT", ["mir", "jap"], ["jap", "mir"], False, A),
        ],
        id="the_presidents_are_the_leaders_named_even_a_paragraph_before",
    ),
    pytest.param(
        "Кыргызстан менен Тажикстандын чек арасындагы абал курчуду. Каллас эки тарапты "
        "токтоолукка чакырды.",
        [("REQUEST", ["kal"], ["tj", "kg"], False, A)],
        id="both_sides_called_on_are_the_two_countries_of_the_story",
    ),
    pytest.param(
        "Абдыкеров мэрияны тургундар менен алдын ала сүйлөшпөй туруп үйлөрдү бузганы үчүн "
        "сынга алды. Бишкек мэриясы жооп берген жок.",
        [("ACCUSE", ["abd"], ["bm"], False, A)],
        id="an_object_before_a_reason_clause_and_no_talk_without_talking",
    ),
    pytest.param(
        "ЕБ мыйзамды сынга алды. Абдыкеров да мыйзамды сындады. Кеминбанк мыйзамды колдоду. "
        "Жаңы мыйзам кабыл алынды. Ал март айында күчүнө кирет. Депутаттар тыныгууга кетти. "
        "Мыйзамдын тексти жарыяланды. Министрлер кабинети бул сындарды четке какты.",
        [
            ("ACCUSE", ["eu"], [], False, A),
            ("ACCUSE", ["abd"], [], False, A),
            ("SUPPORT", ["kb"], [], False, A),
            ("REJECT", ["cab"], ["abd", "eu"], False, A),
        ],
        id="these_criticisms_rejected_late_in_the_article_are_all_the_critics",
    ),
    pytest.param(
        "Улуттук коопсуздук мамлекеттик комитетинин (УКМК) билдирүүсүндө Кеминбанк мыйзамсыз "
        "акча которгон деп айыпталат.",
        [("ACCUSE", ["ukmk"], ["kb"], False, A)],
        id="a_body_with_its_alias_before_its_statement_reports_the_accusation",
    ),
    pytest.param(
        "Орусия Кыргызстанга 2027-жылга чейин 20 тонна ун жөнөтүүгө убада берди.",
        [("AID", ["ru"], ["kg"], False, F)],
        id="what_is_promised_is_the_event_to_come_not_an_agreement",
    ),
    pytest.param(
        "Орусия Кыргызстанга убада берди.",
        [("CONCEDE", ["ru"], ["kg"], False, A)],
        id="a_promise_naming_no_act_is_a_concession_to_who_asked",
    ),
    pytest.param(
        'Кеминбанк Абдыкеровду сынга алды. Абдыкеров: "Бул калп", - деди. Дүйшөмбү күнү ал '
        "банктын айыптоолорун четке какты.",
        [("ACCUSE", ["kb"], ["abd"], False, A), ("REJECT", ["abd"], ["kb"], False, A)],
        id="a_singular_he_is_the_person_last_acting_and_the_denied_accusation_no_new_one",
    ),
    pytest.param(
        "Кеминбанк компаниясы Бишкекте филиал ачты. Компаниянын өкүлдөрү эртең Ошко барат.",
        [("CONSULT", ["kb"], ["osh"], False, F)],
        id="the_staff_of_a_body_named_by_its_noun_act_for_it",
    ),
    pytest.param(
        "Абдыкеров кызматтан кетүү тууралуу арыз жазды. Президент Садыр Жапаров анын арызын "
        "четке какты.",
        [("CONCEDE", ["abd"], [], False, A), ("REJECT", ["jap"], ["abd"], False, A)],
        id="his_application_rejected_is_the_person_told_of",
    ),
    pytest.param(
        "Каллас Ошко келди. Жапаров конокко ыраазычылыгын билдирди.",
        [("CONSULT", ["kal"], ["osh"], False, A), ("SUPPORT", ["jap"], ["kal"], False, A)],
        id="the_guest_is_who_made_the_last_visit",
    ),
    pytest.param(
        "Европа Биримдигинин миссиясы Бишкекке келди. Президент Садыр Жапаров миссиянын "
        "мүчөлөрүн кабыл алды.",
        [("CONSULT", ["jap"], ["eu"], False, A)],
        id="the_members_of_a_mission_received_are_the_body_that_sent_it",
    ),
    pytest.param(
        "Түркия Казакстанга биргелешкен патрулдарды уюштурууну сунуштады.",
        [("REQUEST", ["tr"], ["kz"], False, A)],
        id="proposing_an_act_is_asking_for_it_and_the_act_is_its_content",
    ),
    pytest.param(
        "Түркия Казакстанга буудайдын баасын сунуштады.",
        [],
        id="proposing_a_price_is_no_request",
    ),
    pytest.param(
        "Каллас Казакстан тарап бажы текшерүүлөрүн негизсиз киргизгенин сынга алды.",
        [("ACCUSE", ["kal"], ["kz"], False, A)],
        id="the_subject_of_the_act_criticised_is_the_target",
    ),
    pytest.param(
        "Абдыкеров Ош шаарынын тургундарын сууну буруп алды деп айыптады.",
        [("ACCUSE", ["abd"], ["osh"], False, A)],
        id="the_people_of_a_town_are_the_town_past_its_place_noun",
    ),
    pytest.param(
        "Кыргызстан менен Казакстандын ортосунда жаңы келишим бар. Каллас кечээ кыргыз "
        "борборуна учуп келди.",
        [("CONSULT", ["kal"], ["kg"], False, A)],
        id="the_capital_after_a_demonym_is_its_country",
    ),
    pytest.param(
        "Каллас Казакстандын бийлигин Абдыкеровду дароо бошотууга чакырды.",
        [("REQUEST", ["kal"], ["kz"], False, A)],
        id="the_one_released_is_no_target_of_the_call_on_the_authorities",
    ),
    pytest.param(
        "Каллас Ошто: Түркия Кыргызстанга 20 тонна ун жөнөтөт",
        [("AID", ["tr"], ["kg"], False, F)],
        id="a_colon_opens_a_new_clause_in_a_headline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_2026_11_25E_AID)
def test_relief_sent_is_aid(text: str, expected: list[BlindEvent]) -> None:
    found = build_with_countries(text, RELIEF_ACTORS).events
    assert [(e.type, e.source, e.target, e.negated, e.modality) for e in found] == expected


@pytest.mark.parametrize(("text", "expected"), ROUND_2026_11_25E)
def test_acts_stand_for_their_makers(text: str, expected: list[BlindEvent]) -> None:
    found = build_with_countries(text, ROUND_C_ACTORS).events
    assert [(e.type, e.source, e.target, e.negated, e.modality) for e in found] == expected


def test_every_context_word_is_spelled_out_as_the_words_it_is_compared_with() -> None:
    """A list entry written with ю/я/ё would never match the spelled-out words."""
    from dataclasses import fields

    from kabar.events.lexicon import context

    def strings(value: object) -> list[str]:
        if isinstance(value, str):
            return [value]
        if isinstance(value, re.Pattern):
            return [value.pattern]
        if isinstance(value, (tuple, list, frozenset, set)):
            return [s for v in value for s in strings(v)]
        return [s for v in getattr(value, "stems", ()) for s in strings(v)]

    ctx = context()
    unspelled = [
        (f.name, s)
        for f in fields(ctx)
        for s in strings(getattr(ctx, f.name))
        if set(s) & set("юяё")
    ]
    assert unspelled == []


def test_residents_before_a_body_building_protest_at_it_and_they_demand_of_it() -> None:
    """The whole pipeline: the tagger tells the noun пикет from a verb in -ет."""

    doc = analyze_rules(
        "Бишкек мэриясы жаңы жолду курууну баштады. Кечээ 50гө жакын тургун мэриянын "
        "имаратынын алдына чогулуп, пикет өткөрүштү. Алар курулушту токтотууну талап кылышты.",
        published=dt.date(2026, 1, 15),
    )
    names = {e.id: e.name_en for e in doc.entities}
    found = [
        (e.type, [names[x] for x in e.source], [names[x] for x in e.target], e.modality)
        for e in doc.events
    ]
    assert found == [
        ("PROTEST", [], ["Bishkek City Hall"], A),
        ("REQUEST", [], ["Bishkek City Hall"], A),
    ]
    assert doc.events[0].date.value == "2026-01-14"


@pytest.mark.parametrize(
    ("text", "trigger", "date"),
    [
        # the time before a converb clause dates the act that ends the sentence
        ("Жапаров кечээ Ошко барып, Токаевди сүйлөшүүгө чакырды.", "чакырды", "2026-01-14"),
        # a verb of purpose in a participle clause on the subject takes no time from it
        (
            "Кечээ үйлөрү бузулууга тийиш болгон тургундар Ак үйдүн алдына чогулушту.",
            "алдына чогулушту",
            "2026-01-14",
        ),
        # in the clause of an agreement to meet, the time is the meeting's, and it dates
        # the agreement as the gold annotations do: by what it settles
        (
            "Жапаров менен Токаев 20-январда Ошто жолугушууга макулдашты.",
            "макулдашты",
            "2026-01-20",
        ),
        # a document signed is no purpose: the time dates the signing
        (
            "Казакстан менен Өзбекстан өткөн жылдын декабрында макулдашууга кол коюшкан.",
            "кол коюшкан",
            "2025-12",
        ),
    ],
)
def test_the_time_of_the_sentence_dates_the_act_past_purpose_clauses(
    text: str, trigger: str, date: str
) -> None:
    found = {e.trigger.text: e.date.value for e in events(text)}
    assert found[trigger] == date


def test_a_crossing_opened_with_no_actor_is_opened_by_both_sides_of_the_story() -> None:
    ev = events(
        "Кыргызстан менен Өзбекстан чек ара маселесин талкуулашты. "
        "Жаңы өткөрүү пункту шейшемби күнү салтанаттуу түрдө ачылды."
    )[-1]
    assert ev.type == "CONCEDE"
    assert (set(ev.source), set(ev.target)) == ({"kg", "uz"}, {"kg", "uz"})


def test_a_crossing_closed_by_one_side_is_a_sanction() -> None:
    ev = one("Казакстан өткөрүү бекетин санитардык текшерүү үчүн бир жумага жапты.")
    assert (ev.type, ev.source) == ("SANCTION", ["kz"])


def test_the_pronoun_subject_of_a_passive_accusation_is_its_target() -> None:
    ev = events("Асанов кечээ кармалды. Ал пара алган деп айыпталат.")[-1]
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", [], ["asan"])


def test_a_long_title_phrase_after_the_coordinator_keeps_both_signatories() -> None:
    ev = one(
        "Келишимге Садыр Жапаров жана Орусиянын Борбордук Азия боюнча атайын "
        "өкүлү Бакыт Асанов кол коюшту."
    )
    assert ev.type == "AGREE"
    assert set(ev.source) == {"jap", "asan"}


def test_talks_named_only_as_a_point_in_time_are_no_new_event() -> None:
    found = events(
        "Жапаров менен Мирзиёев Ташкентте сүйлөшүү жүргүзүштү. "
        "Сүйлөшүүлөрдөн кийин Жапаров журналисттерге маек берди."
    )
    assert [(e.type, e.sentence) for e in found] == [("CONSULT", 0)]


def test_a_meeting_told_with_its_partner_before_kiyin_is_an_event() -> None:
    ev = one("Жапаров Мирзиёев менен болгон жолугушуудан кийин Ташкенттен учуп кетти.")
    assert (ev.type, ev.source, ev.target) == ("CONSULT", ["jap"], ["mir"])


def test_an_act_in_a_denied_report_is_no_event() -> None:
    ev = one("ИИМ Асановду кармады деген маалыматты төгүндөдү.")
    assert ev.type == "REJECT"


def test_a_school_promised_to_be_built_is_future_aid_not_an_agreement() -> None:
    ev = one("Жапаров Баткенде жаңы мектеп салынарын убада кылды.")
    assert (ev.type, ev.source, ev.modality) == ("AID", ["jap"], "future")


def test_building_without_a_promise_is_no_event() -> None:
    assert events("Баткенде жаңы мектеп салынды.") == []


def test_two_subjects_joined_by_menen_with_a_plural_verb_both_act() -> None:
    ev = one("Асанов менен Жапаров Орусияны катуу сынга алышты.")
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", ["asan", "jap"], ["ru"])


def test_a_genitive_noun_owning_another_is_no_detached_trigger_noun() -> None:
    found = events("Асанов келишимдердин шарттарын жашырып келген.")
    assert found == []


def test_a_genitive_noun_owning_its_amount_is_still_the_object() -> None:
    ev = one("Орусия стипендиялардын санын эки эсеге көбөйтөт.")
    assert (ev.type, ev.source) == ("AID", ["ru"])


def test_a_possible_act_in_ysh_form_is_hypothetical_not_negated() -> None:
    ev = one("Орусия Асановду май айына чейин бошотушу мүмкүн.")
    assert (ev.type, ev.negated, ev.modality) == ("CONCEDE", False, "hypothetical")


def test_a_first_person_plural_verb_is_not_negated() -> None:
    ev = one('Асанов мындай деди: "Биз бул чечимге сотко даттанабыз."')
    assert (ev.type, ev.negated) == ("REQUEST", False)


def test_an_event_noun_with_the_privative_is_no_event() -> None:
    found = events("Орусия эч кандай эскертүүсүз Кыргызстанды сынга алды.")
    assert [e.type for e in found] == ["ACCUSE"]


def test_an_act_named_as_the_means_of_another_is_no_event() -> None:
    found = events("Асанов иштерди тараптарды элдештирүү жолу менен жабууну сунуштады.")
    assert "AGREE" not in [e.type for e in found]


def test_bride_kidnapping_named_as_a_crime_type_is_no_assault() -> None:
    found = events("ИИМ кыз ала качуу иштерин тергөөнү күчөтөт.")
    assert "ASSAULT" not in [e.type for e in found]


def test_a_title_in_the_accusative_before_a_name_is_the_object_not_his_role() -> None:
    found = events(
        "Кыргызстандын министри Бакыт Асанов Москвага барды. "
        "Ошол эле күнү министрди Владимир Путин кабыл алды."
    )
    assert (found[-1].type, found[-1].source, found[-1].target) == ("CONSULT", ["put"], ["asan"])


def test_reconsidering_a_ban_promised_is_a_future_concession_not_the_ban() -> None:
    ev = one("Казакстан чектөөнү кийинки айда кайра карап чыгууга убада берди.")
    assert (ev.type, ev.source, ev.modality) == ("CONCEDE", ["kz"], "future")


def test_an_act_with_no_target_in_a_two_country_story_is_aimed_at_the_other_country() -> None:
    found = events(
        "Орусия Кыргызстандын жарандары үчүн патенттин баасын көтөрдү. "
        "Кыргызстан менен Орусия бул маселени талкуулашты. "
        "Кыргызстан кечээ катуу тынчсыздануу билдирди."
    )
    assert (found[-1].type, found[-1].source, found[-1].target) == ("ACCUSE", ["kg"], ["ru"])


def test_an_act_with_no_target_in_a_one_country_story_stays_without_target() -> None:
    ev = one("Кыргызстан кечээ катуу тынчсыздануу билдирди.")
    assert (ev.type, ev.target) == ("ACCUSE", [])


def test_a_delegation_received_is_the_person_who_leads_it() -> None:
    ev = one("Жапаров кечээ Бакыт Асанов баштаган делегацияны кабыл алды.")
    assert (ev.type, ev.source, ev.target) == ("CONSULT", ["jap"], ["asan"])


def test_criticising_how_an_agreement_was_made_targets_its_parties() -> None:
    found = events(
        "Жапаров менен Токаев келишимге кол коюшту. "
        "Асанов келишимдин ачык тендерсиз түзүлгөнүн сынга алды."
    )
    assert (found[-1].type, set(found[-1].target)) == ("ACCUSE", {"jap", "tok"})


def test_calling_an_act_censorship_accuses_its_maker() -> None:
    ev = one("Асанов Орусиянын чечимин цензура деп атады.")
    assert (ev.type, ev.source, ev.target) == ("ACCUSE", ["asan"], ["ru"])


def test_calling_off_ones_own_strike_is_a_concession() -> None:
    ev = one("Асанов иш таштоону жокко чыгарды.")
    assert (ev.type, ev.source) == ("CONCEDE", ["asan"])


def test_a_named_side_before_a_side_noun_is_no_group_of_sides() -> None:
    found = events(
        "Кыргызстан менен Орусия сүйлөштү. Орус тарап долбоорго 40 миллион доллар салышы мүмкүн."
    )
    assert (found[-1].type, found[-1].source) == ("AID", ["ru"])


def test_a_court_ordering_detention_coerces() -> None:
    ev = one("Сот Асановго эки айлык камак чарасын колдонду.")
    assert (ev.type, ev.mode, ev.target) == ("COERCE", "arrest", ["asan"])


def test_staying_away_from_a_meeting_is_a_negated_consultation() -> None:
    ev = one("Асанов Жапаров менен жолугушууга келген жок.")
    assert (ev.type, ev.negated, ev.source) == ("CONSULT", True, ["asan"])


def test_refusing_to_pay_a_fine_is_a_negated_concession() -> None:
    ev = one("Кеминбанк айып пулду азырынча төлөгөн жок.")
    assert (ev.type, ev.negated, ev.source) == ("CONCEDE", True, ["kb"])


def test_the_demonym_of_a_two_word_country_name_is_its_distinctive_word() -> None:
    from kabar.events.arguments import demonym_stems

    doc = analyze_rules("Сауд Арабиясы жана Түштүк Корея сүйлөштү.")
    stems = demonym_stems(doc)
    assert stems["сауд"].name_en == "Saudi Arabia"
    assert "түштүк" not in stems


def test_a_name_is_no_trigger_even_when_it_starts_like_a_verb() -> None:
    found = events("Садыр Жапаров кечээ Ташкентке барып, Мирзиёев менен жолукту.")
    assert all(e.trigger.text != "Жапаров" for e in found)
    assert {e.date.value for e in found} == {"2026-01-14"}


def test_talks_continued_next_month_are_future_and_dated() -> None:
    found = events(
        "Кыргызстан менен Өзбекстан сүйлөштү. "
        "Кыргызстан менен Өзбекстан сүйлөшүүлөрдү кийинки айда Бишкекте улантышат."
    )
    assert (found[-1].modality, found[-1].date.value) == ("future", "2026-02")


def test_money_promised_by_an_international_body_is_aid_to_the_home_country() -> None:
    found = events(
        "Кыргызстан жаңы долбоорду сунуштады. ЕБ долбоорго 700 миллион доллар убада кылды."
    )
    assert (found[-1].type, found[-1].source, found[-1].target) == ("AID", ["eu"], ["kg"])


def test_concern_at_a_decision_with_no_maker_named_is_aimed_at_who_made_the_last_one() -> None:
    found = events(
        "Кыргызстан Орусиянын жарандарына берилүүчү уруксаттарды кыскартты. "
        "Орусия чечимге тынчсыздануу билдирди."
    )
    assert (found[-1].type, found[-1].source, found[-1].target) == ("ACCUSE", ["ru"], ["kg"])


def test_an_attributive_time_word_dates_its_noun_not_the_act() -> None:
    ev = one("Кыргызстан шаршемби күнү быйылкы квотаны кыскартты.")
    assert ev.date.value == "2026-01-14"


def test_a_foreign_sides_act_with_no_target_is_aimed_at_the_home_country() -> None:
    doc = analyze_rules(
        "Кыргызстан жаңы мыйзам кабыл алды. "
        "Европа Биримдиги мыйзамдын айрым беренелерин катуу сынга алды."
    )
    names = {e.id: e.name_en for e in doc.entities}
    ev = doc.events[-1]
    assert (ev.type, [names[x] for x in ev.source], [names[x] for x in ev.target]) == (
        "ACCUSE",
        ["European Union"],
        ["Kyrgyzstan"],
    )


def test_the_european_side_is_the_european_union() -> None:
    doc = analyze_rules(
        "Европа Биримдиги менен Кыргызстан диалог өткөрүштү. "
        "Европалык тараптын өкүлдөрү жаңы мыйзамды сынга алышты."
    )
    names = {e.id: e.name_en for e in doc.entities}
    ev = doc.events[-1]
    assert (ev.type, [names[x] for x in ev.source]) == ("ACCUSE", ["European Union"])


def test_no_side_criticises_itself() -> None:
    ev = one("ЕБ ЕБнин өкүлдөрүн сынга алды.")
    assert ev.target == []


def test_deputies_unnamed_are_the_parliament_but_a_counted_vote_is_no_event() -> None:
    doc = analyze_rules(
        "Жогорку Кеңеш мыйзамды талкуулады. Депутаттар министрди катуу сынга алышты. "
        "Мыйзамды 68 депутат колдоп, 11 депутат каршы добуш берди."
    )
    names = {e.id: e.name_en for e in doc.entities}
    found = [(e.type, [names[x] for x in e.source]) for e in doc.events if e.sentence > 0]
    assert found == [("ACCUSE", ["Supreme Council of Kyrgyzstan"])]


def test_talks_held_in_another_countrys_capital_are_with_that_country() -> None:
    doc = analyze_rules(
        "Түркмөнстан газ сатууга даяр. Кыргызстандын энергетика министри Таалайбек Ибраев "
        "Ашхабадда газ ташуу боюнча сүйлөшүүлөрдү жүргүздү."
    )
    names = {e.id: e.name_en for e in doc.entities}
    ev = doc.events[-1]
    assert (ev.type, [names[x] for x in ev.target]) == ("CONSULT", ["Turkmenistan"])


def test_a_kb_alias_ending_like_a_case_is_in_the_nominative() -> None:
    doc = analyze_rules("Пекин бул демилгени колдойт.")
    names = {e.id: e.name_en for e in doc.entities}
    ev = doc.events[0]
    assert (ev.type, [names[x] for x in ev.source]) == ("SUPPORT", ["Beijing"])


def test_a_delegation_of_a_body_named_by_its_noun_is_that_body() -> None:
    doc = analyze_rules(
        "Азия өнүктүрүү банкы насыя берүүнү карап жатат. "
        "Садыр Жапаров дүйшөмбү күнү банктын делегациясы менен жолукту."
    )
    names = {e.id: e.name_en for e in doc.entities}
    ev = doc.events[-1]
    assert (ev.type, [names[x] for x in ev.target]) == ("CONSULT", ["Asian Development Bank"])


def test_a_group_word_inside_a_name_is_no_group_of_leaders() -> None:
    doc = analyze_rules(
        "Кыргызстан менен Казакстандын президенттери жолугушту. "
        "Министрлер кабинетинин маалыматына ылайык, кыргыз тарап газдын баасын түшүрүүнү суранган."
    )
    names = {e.id: e.name_en for e in doc.entities}
    ev = doc.events[-1]
    assert (ev.type, [names[x] for x in ev.source]) == ("REQUEST", ["Kyrgyzstan"])


def test_an_act_inside_a_warning_is_what_the_warning_says() -> None:
    found = events("Жапаров Асанов кызматынан бошотулушу мүмкүн экенин эскертти.")
    assert [(e.type, e.source) for e in found] == [("THREATEN", ["jap"])]


def test_a_quoted_name_takes_the_case_of_its_class_noun() -> None:
    doc = analyze_rules(
        'Улуттук коопсуздук мамлекеттик комитетинин кызматкерлери дүйшөмбү күнү "Ак Калпак" '
        "оппозициялык гезитинин редакциясында тинтүү жүргүзүштү."
    )
    names = {e.id: e.name_en for e in doc.entities}
    ev = doc.events[0]
    assert [names[x] for x in ev.source] == ["State Committee for National Security"]


def test_a_court_ordering_a_fine_to_be_paid_coerces() -> None:
    ev = one("Сот Асановду 100 миң сом айып пул төлөөгө милдеттендирди.")
    assert (ev.type, ev.target) == ("COERCE", ["asan"])


def test_calling_an_agreement_a_right_step_supports_its_parties() -> None:
    found = events(
        "Кыргызстан менен Орусия келишимге кол коюшту. Асанов келишимди туура кадам деп баалады."
    )
    assert (found[-1].type, found[-1].source, set(found[-1].target)) == (
        "SUPPORT",
        ["asan"],
        {"kg", "ru"},
    )


def test_supplies_cut_by_the_supplying_side_are_a_sanction() -> None:
    ev = one("Өзбекстан Кыргызстанга берилүүчү газдын көлөмүн үчтөн бирге кыскартты.")
    assert (ev.type, ev.source) == ("SANCTION", ["uz"])


def test_a_crowd_gathering_and_holding_a_rally_is_one_protest() -> None:
    found = events(
        "Кыргызстан мэриясынын алдына 300дөй тургун чогулуп, Асановго каршы нааразылык "
        "акциясын өткөрүштү."
    )
    assert [e.type for e in found] == ["PROTEST"]


def test_refuting_an_accusation_rejects_it() -> None:
    found = events("Орусия Асановду айыптады. Асанов айыптоону төгүнгө чыгарды.")
    assert (found[-1].type, found[-1].source, found[-1].target) == ("REJECT", ["asan"], ["ru"])


def test_the_mayor_unnamed_is_the_city_hall() -> None:
    doc = analyze_rules(
        "Бишкек мэриясы жол кирени көтөрдү. Студенттер нааразы болушту. "
        "Шаардын мэри студенттердин талаптарын четке какты."
    )
    names = {e.id: e.name_en for e in doc.entities}
    ev = doc.events[-1]
    assert (ev.type, [names[x] for x in ev.source]) == ("REJECT", ["Bishkek City Hall"])


PROSECUTION: list[Spec] = [
    ("gpo", "ORG", ["Башкы прокуратура"], "Prosecutor General's Office", None),
    ("city", "ORG", ["Бишкек мэриясы", "шаардык кеңеш"], "Bishkek City Hall", None),
    ("cust", "ORG", ["Бажы кызматы"], "Customs Service", None),
]


def test_a_prosecutor_checking_a_bodys_contracts_investigates_that_body() -> None:
    found = build(
        "Башкы прокуратура Бишкек мэриясынын келишимдерин текшере турганын жарыялады.", PROSECUTION
    ).events
    assert [(e.type, e.mode, e.source, e.target) for e in found] == [
        ("ACCUSE", "investigate", ["gpo"], ["city"])
    ]


def test_a_routine_check_by_customs_is_no_accusation() -> None:
    assert not build("Бажы кызматы жүктөрдү текшерет.", PROSECUTION).events


def test_the_owner_of_an_owned_genitive_is_what_is_checked() -> None:
    found = build(
        "Башкы прокуратура шаардык кеңештин чечиминин мыйзамдуулугун текшерип баштады.",
        PROSECUTION,
    ).events
    assert [(e.type, e.source, e.target) for e in found] == [("ACCUSE", ["gpo"], ["city"])]


def test_two_signers_sign_with_each_other_not_with_the_other_side_of_the_story() -> None:
    found = pipeline_events(
        "Кыргызстан Өзбекстан менен сүйлөштү. Өзбекстан Кыргызстанды сынга алды. "
        "Кыргызстан Өзбекстанга нота жиберди. Жапаров жана Токаев Бишкекте меморандумга кол коюшту.",
        published="2026-05-05",
    )
    assert found[-1][0] == "AGREE"
    assert found[-1][2] == ["Kassym-Jomart Tokayev", "Sadyr Japarov", "Kyrgyzstan"]


NEW_TRIGGERS = [
    pytest.param(
        "Кытай Кыргызстандан өрүк ташып кирүүнү убактылуу токтотту.",
        ("SANCTION", ["cn"], ["kg"]),
        id="stopping_imports_from_a_country_sanctions_it",
    ),
    pytest.param(
        "Кыргыз тарап чек арадан 12 бирдик техниканы чыгарды.",
        ("RETREAT", ["kg"], []),
        id="armour_pulled_back_is_a_withdrawal",
    ),
    pytest.param(
        "Кыргызстан менен Казакстандын адистери биргелешип суу үлгүлөрүн алышты.",
        ("COOPERATE", ["kg", "kz"], ["kz", "kg"]),
        id="an_act_done_together_is_cooperation",
    ),
    pytest.param(
        "Тышкы иштер министрлиги ЕБдин чечимин басмырлоо катары баалады.",
        ("ACCUSE", ["mfa"], ["eu"]),
        id="an_act_judged_as_wrongdoing_accuses_its_maker",
    ),
    pytest.param(
        "Жапаров Мирзиёевдин талаптарын аткарды.",
        ("CONCEDE", ["jap"], ["mir"]),
        id="meeting_another_sides_demands_is_a_concession",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NEW_TRIGGERS)
def test_triggers_read_from_the_lexicon(
    text: str, expected: tuple[str, list[str], list[str]]
) -> None:
    found = build(text, BLIND_ACTORS).events
    assert [(e.type, e.source, e.target) for e in found][:1] == [expected]


def test_giving_stopped_is_no_broadcast_ban() -> None:
    found = build(
        "Сот жерди компанияга өткөрүп берүүнү убактылуу токтото турду.", BLIND_ACTORS
    ).events
    assert "SANCTION" not in {e.type for e in found}


def test_a_manner_adverb_before_the_verb_leaves_the_trigger_whole() -> None:
    found = build("Кытай Кыргызстандан өрүк ташып кирүүнү убактылуу токтотту.", BLIND_ACTORS).events
    assert [(e.type, e.source) for e in found] == [("SANCTION", ["cn"])]


def test_a_joint_exercise_stays_the_nouns_act_though_the_verb_follows_the_adverb() -> None:
    found = build(
        "Кыргызстан Орусия менен биргелешип аскердик машыгуу өткөрдү.", BLIND_ACTORS
    ).events
    assert [(e.type, e.mode) for e in found] == [("COOPERATE", "military")]


def test_trade_unions_named_by_their_noun_are_the_federation_named_before() -> None:
    found = pipeline_events(
        "Кыргызстан кесиптик бирликтер федерациясы Жогорку Кеңештин алдында пикет өткөрдү. "
        "Кесиптик бирликтер депутаттардан долбоорду кайра иштеп чыгууну талап кылышты.",
        published="2026-04-30",
    )
    assert first_of("REQUEST", found)[1] == ["Federation of Trade Unions of Kyrgyzstan"]


def test_a_demonym_in_lyk_of_a_country_in_iya_is_that_country() -> None:
    found = pipeline_events(
        "Орусиянын өкүлү Кыргызстанды сынга алды. "
        "Кыргызстан орусиялык тараптын айыптоолорун четке какты.",
        published="2026-03-03",
    )
    assert first_of("REJECT", found)[2] == ["Russia"]


def test_a_side_announcing_what_will_be_given_is_the_giver() -> None:
    found = build("ЕБ Кыргызстанга 5 миллион евро грант берилерин жарыялады.", BLIND_ACTORS).events
    assert [(e.type, e.source, e.target) for e in found] == [("AID", ["eu"], ["kg"])]


def test_the_subject_of_a_plain_passive_is_still_its_target() -> None:
    found = build("Кыргызстанга Орусиядан 5 миллион доллар грант берилди.", BLIND_ACTORS).events
    assert all("kg" not in e.source for e in found)


def test_a_name_before_a_bare_genitive_title_is_a_subject_of_its_own() -> None:
    found = build("ТИМ депутаттын сынын негизсиз деп атады.", BLIND_ACTORS).events
    assert [(e.type, e.source) for e in found] == [("REJECT", ["mfa"])]


def test_a_countrys_investigators_act_for_it() -> None:
    found = build(
        "Казакстандын тергөөчүлөрү Касымовду контрабанда боюнча айыптап жатышат.", BLIND_ACTORS
    ).events
    assert [(e.type, e.source, e.target) for e in found] == [("ACCUSE", ["kz"], ["kas"])]


def test_a_denial_answers_the_accusation_of_the_body_named_with_it() -> None:
    found = build(
        "Касымов ТИМди сынга алды. Кулубаев ЕККУнун сынына жооп берип, пикирди четке какты.",
        BLIND_ACTORS,
    ).events
    rejection = next(e for e in found if e.type == "REJECT")
    assert rejection.target == ["osce"]


def test_an_agent_before_the_content_of_a_charge_is_still_the_agent() -> None:
    found = build(
        "Касымов апрелде УКМК тарабынан башаламандыкка чакырган деген айып менен кармалган.",
        BLIND_ACTORS,
    ).events
    arrest = next(e for e in found if e.type == "COERCE")
    assert (arrest.source, arrest.target) == (["ukmk"], ["kas"])


def test_a_condition_after_a_report_phrase_has_its_own_subject() -> None:
    found = build(
        "Кулубаевдин айтымында, эгер Москва милдеттенмелерин аткарса, Кыргызстан "
        "мөөнөттү узартууга макул болушу мүмкүн.",
        [*BLIND_ACTORS, ("msk", "LOC", ["Москва"], "Moscow", None)],
    ).events
    agreement = next(e for e in found if e.type == "AGREE")
    assert agreement.source == ["kg"]


def test_the_home_country_named_once_is_a_side_of_a_story_about_one_foreign_country() -> None:
    from kabar.events.extract import _Extractor

    doc = analyze_rules(
        "Орусиянын эмгек министри Бишкекке келди. Орусия мигранттар үчүн эрежелерди "
        "жеңилдетет. Кыргызстандын министри Орусиянын өкүлдөрү менен жолукту.",
        published="2026-10-06",
    )
    sides = _Extractor(doc).story_sides
    assert sorted(sides) == ["KGZ", "RUS"]


def test_a_protest_rejected_is_no_protest_and_its_owner_is_the_target() -> None:
    found = build("ЕБ Иран тараптын нааразылыгын четке какты.", [*BLIND_ACTORS]).events
    assert [(e.type, e.source, e.target) for e in found] == [("REJECT", ["eu"], ["ir"])]


def test_police_announcing_who_was_detained_made_the_arrest() -> None:
    found = build("ИИМ беш жигит кармалганын кабарлады.", BLIND_ACTORS).events
    assert [(e.type, e.source) for e in found] == [("COERCE", ["iim"])]


def test_a_decision_called_groundless_is_criticised() -> None:
    found = build("Монгол тарап ЕБнин чечимин негизсиз деп атады.", BLIND_ACTORS).events
    assert [(e.type, e.target) for e in found] == [("ACCUSE", ["eu"])]


def test_a_decision_called_groundless_and_rejected_is_one_rejection() -> None:
    found = build("ТИМ ЕБнин чечимин негизсиз деп атап, аны четке какты.", BLIND_ACTORS).events
    assert [(e.type, e.source, e.target) for e in found] == [("REJECT", ["mfa"], ["eu"])]


def test_a_demand_made_in_a_bodys_statement_is_the_bodys() -> None:
    found = build(
        "УКМКнын билдирүүсүндө ИИМден кармалгандарды бошотуу талап кылынды.", BLIND_ACTORS
    ).events
    assert [(e.type, e.source) for e in found][:1] == [("REQUEST", ["ukmk"])]


def test_the_ends_of_a_road_are_no_actors_of_a_protest_along_it() -> None:
    found = build(
        "300гө жакын тургун Бишкек - Ош жолунун боюна чогулуп, Кулубаевдин кызматтан "
        "кетишин талап кылышты.",
        [*BLIND_ACTORS],
    ).events
    assert [(e.type, e.source) for e in found][:1] == [("PROTEST", [])]


def test_an_irregular_demonym_stands_for_its_country() -> None:
    found = pipeline_events(
        "Франция Кыргызстанга аскер жиберди. Француз аскерлери октябрда өлкөдөн чыгып кетет.",
        published="2026-09-24",
    )
    assert first_of("RETREAT", found)[1] == ["France"]


def test_a_contrast_with_emes_does_not_close_the_clause() -> None:
    found = pipeline_events(
        "Бишкек шаарынын мэриясы дарактарды кыйууну улантты. Активист Айжан Мамбетова "
        "мэрияны шаардын эмес, курулуш компаниясынын кызыкчылыгын көздөп жатат деп айыптады.",
        published="2026-05-05",
    )
    assert first_of("ACCUSE", found)[2] == ["Bishkek City Hall"]


def test_the_act_blamed_as_the_reason_of_an_accusation_is_no_event() -> None:
    found = build(
        "Касымов Кулубаевди жабыркагандарга жардам көрсөтпөгөнү үчүн айыптады.", BLIND_ACTORS
    ).events
    assert [(e.type, e.source, e.target) for e in found] == [("ACCUSE", ["kas"], ["kul"])]


def test_a_roles_spokesperson_speaks_for_the_roles_bearer() -> None:
    found = pipeline_events(
        "Кемин районунун акими Талант Байысбеков жабыркагандар менен жолукту. "
        "Асанбекова акимди айыптады. Акимдин басма сөз катчысы бул дооматты четке какты.",
        published="2026-06-24",
    )
    assert first_of("REJECT", found)[1] == ["Talant Bayysbekov", "Kemin District"]


def test_a_body_nouns_press_service_speaks_for_the_body() -> None:
    found = pipeline_events(
        "Ош шаарынын мэриясы электробустарды сатып алды. Фракция мэрияны айыптады. "
        "Мэриянын басма сөз кызматы бул дооматтарды негизсиз деп атады.",
        published="2026-11-19",
    )
    assert first_of("REJECT", found)[1] == ["Osh City Hall"]


def test_a_meeting_of_two_countries_ministers_is_between_the_countries() -> None:
    found = build(
        "Кыргызстан менен Казакстандын министрлеринин жолугушуусу Астанада өттү.", BLIND_ACTORS
    ).events
    assert [(e.type, e.source, e.target) for e in found] == [
        ("CONSULT", ["kg", "kz"], ["kz", "kg"])
    ]


def test_yesterday_dates_a_call_to_talks_not_the_talks() -> None:
    found = build("ТИМ кечээ ЕБди маселени талкуулоого чакырды.", BLIND_ACTORS).events
    assert [(e.type, e.date.value) for e in found] == [("REQUEST", "2026-01-14")]


def test_an_agreement_is_dated_by_the_time_of_what_it_settles() -> None:
    found = build("Кулубаев менен Касымов сентябрда жолугушууга макулдашты.", BLIND_ACTORS).events
    assert [e.date.value for e in found if e.type == "AGREE"] == ["2026-09"]


def test_a_headline_act_takes_the_date_the_body_gives_the_same_kind_of_act() -> None:
    found = build(
        "Астана Бишкекке тыюу салды\nКазакстан 10-январда Кыргызстандан эт ташып кирүүгө "
        "тыюу салды.",
        ACTORS,
    ).events
    assert [(e.source, e.date.value) for e in found if e.type == "SANCTION"] == [
        (["ast"], "2026-01-10"),
        (["kz"], "2026-01-10"),
    ]


def test_concern_told_with_the_verb_is_disapproval() -> None:
    found = build("ЕБ Кыргызстандын чечимине тынчсызданып жатканын билдирди.", BLIND_ACTORS).events
    assert [(e.type, e.source) for e in found][:1] == [("ACCUSE", ["eu"])]


def test_the_owner_of_a_decision_disagreed_with_is_the_target() -> None:
    found = pipeline_events(
        "Бишкектин Октябрь райондук соту мурдагы министр Асановду актады. Башкы прокуратура "
        "соттун чечими менен макул эмес экенин билдирди.",
        "2026-05-01",
    )
    assert first_of("REJECT", found)[2] == ["Oktyabrsky District Court of Bishkek"]


def test_an_act_warned_of_as_a_future_participle_is_only_the_warning() -> None:
    assert [e.type for e in events("ИИМ келишимди бир тараптуу бузарын эскертти.")] == ["THREATEN"]
    assert "SANCTION" in [e.type for e in events("ИИМ келишимди бир тараптуу бузду.")]


def test_a_fight_breaking_out_between_two_people_is_an_assault() -> None:
    [found] = events("Кечээ Бакыт Асанов менен Кеминбанктын ортосунда мушташ чыкты.")
    assert (found.type, found.mode) == ("ASSAULT", "beat")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("ИИМ кармалган активисттерди коё берди.", "CONCEDE"),
        ("ИИМ Кеминбанктын билдирүүсүн негизсиз деп эсептейт.", "REJECT"),
        ("ЕБ ИИМдин чечимин негизсиз деп эсептейт.", "ACCUSE"),
        ("Кеминбанк биргелешкен текшерүүгө макул экенин билдирди.", "AGREE"),
        ("ЕБ Кеминбанкка кошумча тоскоолдуктарды жаратты.", "COERCE"),
    ],
)
def test_acts_told_with_common_phrases(sentence: str, expected: str) -> None:
    assert expected in [e.type for e in events(sentence)]


def test_sanctions_evaded_are_no_sanction_and_a_suspected_act_is_no_event() -> None:
    found = pipeline_events(
        "Улуу Британиянын өкмөтү Орусияга каршы санкцияларды айланып өтүүгө көмөктөштү деген "
        'шек менен "Тоо Кэпитал" крипто биржасын санкциялык тизмеге киргизди.',
        "2026-11-11",
    )
    assert [e[0] for e in found] == ["SANCTION"]  # no aid to anyone, no sanction on Russia
    assert found[0][1:] == (["United Kingdom"], ["Too Capital"])


@pytest.mark.parametrize(
    "sentence",
    [
        "ИИМ эл аралык уюмдарга жардам сурап расмий кайрылган жок.",
        "ЕБ Кыргызстанга карата чектөө киргизүүнү караштырбай турганын белгиледи.",
        "Кеминбанк ишемби күнү Бишкекте митинг өткөрмөкчү эле.",
    ],
)
def test_acts_denied_by_the_verb_that_governs_them_are_negated(sentence: str) -> None:
    found = events(sentence)
    assert found and all(e.negated for e in found), [(e.type, e.negated) for e in found]


def test_a_partys_counted_supporters_act_for_the_party_at_the_bodys_building() -> None:
    found = pipeline_events(
        '"Ак Жол" партиясынын 120дан ашык тарапкери шаршемби күнү Борбордук шайлоо '
        "комиссиясынын (БШК) имаратынын алдына чогулуп, шайлоонун жыйынтыгын кайра кароону "
        "талап кылышты.",
        "2026-05-12",
    )
    cec = ["Central Election Commission of Kyrgyzstan"]
    assert first_of("PROTEST", found) == ("PROTEST", ["Ak Jol"], cec)
    assert first_of("REQUEST", found) == ("REQUEST", ["Ak Jol"], cec)


def test_strikers_counted_among_a_plants_workers_strike_against_the_plant() -> None:
    found = pipeline_events(
        '"Тоо-Таш Цемент" заводунун 250дөн ашык жумушчусу дүйшөмбү күнү иш таштады.',
        "2026-05-12",
    )
    assert found == [("PROTEST", [], ["Too-Tash Cement Plant"])]
    working_there = pipeline_events(
        '"Аль-Нур Контрактинг" компаниясында иштеген 60тан ашык кыргызстандык дүйшөмбү күнү '
        "иш таштады.",
        "2026-04-16",
    )
    assert [e[2] for e in working_there] == [["Al-Nur Contracting"]]


def test_a_picket_against_a_company_in_the_dative_is_aimed_at_it() -> None:
    found = pipeline_events(
        'Айылдын 80дей тургуну "Кумбел Майнинг" жоопкерчилиги чектелген коомуна каршы '
        "пикетке чыгышты.",
        "2026-05-12",
    )
    assert found == [("PROTEST", [], ["Kumbel Mining"])]


def test_a_denial_with_no_accusation_told_answers_the_critic_quoted_before() -> None:
    found = pipeline_events(
        'Депутат Нурлан Асанов сессияда сөз сүйлөдү. "Министрлик коррупцияга көз жумуп '
        'отурат", - деди Асанов. Министрлик бул айыптоону четке какты.',
        "2026-05-12",
    )
    assert first_of("REJECT", found)[2] == ["Nurlan Asanov"]


def test_the_owner_of_an_ambassador_serving_in_a_city_is_the_one_protested_to() -> None:
    ev = one("Тышкы иштер министрлиги Өзбекстандын Бишкектеги элчисин чакыртып, ага нота тапшырды.")
    assert (ev.type, ev.target) == ("ACCUSE", ["uz"])


def test_a_country_left_behind_is_no_group_of_the_storys_sides() -> None:
    found = events(
        "Кыргызстан менен Казакстан соода келишимине кол коюшту. Бакыт Асанов чек арада "
        "соода кылып жүргөн. Ал былтыр өлкөдөн чыгып кетип, январда Ташкентте кармалган."
    )
    arrest = [e for e in found if e.type == "COERCE"]
    assert [(e.source, e.target) for e in arrest] == [([], ["asan"])]


def test_a_headline_act_is_told_again_only_by_an_actor_of_the_same_country() -> None:
    headline = 'АКШ "Ала-Тоо Банкка" санкция салды\n\n'
    other = pipeline_events(
        headline + 'Кыргыз Республикасынын Улуттук банкы бүгүн "Ала-Тоо Банкка" убактылуу '
        "администрация киргизди.",
        "2026-04-16",
    )
    assert [e[1] for e in other] == [["United States"], ["National Bank of the Kyrgyz Republic"]]
    same = pipeline_events(
        headline + 'АКШнын Финансы министрлиги бүгүн "Ала-Тоо Банкты" санкциялык тизмеге киргизди.',
        "2026-04-16",
    )
    assert same == [
        (
            "SANCTION",
            ["United States Department of the Treasury", "United States"],
            ["Ala-Too Bank"],
        )
    ]


def test_a_consequence_vowed_in_the_first_person_after_a_condition_is_a_threat() -> None:
    vowed = pipeline_events(
        "Эгер мэрия жооп бербесе, мэриянын алдында туруктуу пикет уюштурабыз.", "2026-05-01"
    )
    assert [e[0] for e in vowed] == ["THREATEN"]
    foreseen = pipeline_events(
        "Эгер мэрия жооп бербесе, активисттер мэриянын алдында пикет уюштурушу мүмкүн.",
        "2026-05-01",
    )
    assert [e[0] for e in foreseen] == ["PROTEST"]


def test_going_to_a_city_to_meet_someone_there_is_one_visit_to_them() -> None:
    doc = analyze_rules(
        "Тышкы иштер министри Жээнбек Кулубаев жума күнү Нью-Йоркко барып, БУУнун "
        "жетекчилиги менен жолугат.",
        published="2026-12-01",
    )
    names = {e.id: e.name_en for e in doc.entities}
    [ev] = doc.events
    assert (ev.type, ev.mode) == ("CONSULT", "visit")
    assert [names[x] for x in ev.target] == ["United Nations"]
    assert ev.location is not None and names[ev.location] == "New York"


def test_an_accepted_invitation_to_come_is_no_visit_and_answers_the_colleague() -> None:
    found = pipeline_events(
        "Тышкы иштер министри Жээнбек Кулубаев Эр-Риядда Фейсал бин Фархан менен сүйлөштү. "
        "Фейсал бин Фархан кыргыз кесиптешинин Бишкекке расмий сапар менен келүү чакыруусун "
        "кабыл алды.",
        "2026-05-01",
    )
    assert found[1:] == [("AGREE", ["Faisal bin Farhan Al Saud"], ["Jeenbek Kulubaev"])]


def test_a_leader_is_no_target_of_an_invitation_his_country_makes() -> None:
    found = pipeline_events(
        "Президент Садыр Жапаров Сеулда Корея президенти Ли Чжэ Мён менен жолукту. Корея "
        "президенти кыргызстандык кесиптешин кийинки жылы Сеулга мамлекеттик сапар менен "
        "келүүгө чакырды.",
        "2026-05-01",
    )
    assert first_of("REQUEST", found) == (
        "REQUEST",
        ["Lee Jae-myung", "South Korea"],
        ["Sadyr Japarov"],
    )


def test_the_one_a_refused_request_is_about_is_not_the_one_refused() -> None:
    ev = one(
        "Орусия Бакыт Асановду Казакстанга экстрадициялоо тууралуу Кыргызстандын өтүнүчүн "
        "четке какты."
    )
    assert (ev.type, ev.source, ev.target) == ("REJECT", ["ru"], ["kg"])


def test_the_company_is_never_the_outlet_its_director_spoke_to() -> None:
    found = pipeline_events(
        '"Таш-Булак Тур" компаниясы жайытты ижарага алган. Компаниянын директору Санжар '
        "Төлөгөнов Азаттыкка келишим мыйзамдуу экенин айтты. Анын сөзүнө караганда, келишим "
        "бузулса, компания Бакай-Ата райондук сотуна кайрылат.",
        "2026-06-18",
    )
    assert found == [("REQUEST", ["Tash-Bulak Tur"], ["Bakai-Ata District Court"])]


def test_a_critic_of_unknown_country_is_no_compatriot_of_a_denier_of_unknown_country() -> None:
    found = pipeline_events(
        'Адылбек Касымалиев Астанада сүйлөдү. "Соода өсүп жатат", - деди Касымалиев. '
        "Айгүл Токтосунова маалымат жыйынында сүйлөдү. "
        '"Тыюу жакында алынбаса, заводдор жабылат", - деди Токтосунова. '
        "Соода министри Арман Шаккалиев мындай дооматтарды четке какты.",
        "2026-06-11",
    )
    assert first_of("REJECT", found)[2] == ["Aigul Toktosunova"]


def test_refusing_what_was_asked_with_a_negative_stem_is_a_rejection_made_now() -> None:
    doc = analyze_rules(
        '"Ак-Жол" ассоциациясы шаршемби күнү министрликтен чечимди кайра кароону талап кылды. '
        "Министр Алмаз Бакетаев чечимди кайра карабай турганын билдирди.",
        published="2026-04-09",
    )
    names = {e.id: e.name_en for e in doc.entities}
    reject = next(e for e in doc.events if e.type == "REJECT")
    assert (reject.negated, reject.modality) == (False, "asserted")
    assert [names[x] for x in reject.source] == ["Almaz Baketaev"]
    assert [names[x] for x in reject.target] == ["Ak-Jol Association"]


def test_a_proposal_not_accepted_is_refused_not_a_negated_agreement() -> None:
    found = [
        (e.type, e.negated, e.modality)
        for e in analyze_rules(
            "Финансы министри Алмаз Бакетаев ЭВФтин салыкты көтөрүү сунушун кабыл албай "
            "турганын билдирди.",
            published="2026-04-09",
        ).events
    ]
    assert found == [("REJECT", False, "asserted")]


# -- day 5 ------------------------------------------------------------------------------


def test_a_demand_still_going_on_closes_its_sentence_as_an_act() -> None:
    found = pipeline_events(
        "Нарындагы мугалимдер Билим берүү министрлигинен айлыкты көтөрүүнү талап кылышууда.",
        "2026-03-02",
    )
    assert [e[0] for e in found] == ["REQUEST"]


def test_a_demand_in_the_locative_before_another_verb_stays_a_setting() -> None:
    found = pipeline_events(
        "Жолугушууда Садыр Жапаров Касым-Жомарт Токаевден жардам сурады.", "2026-03-02"
    )
    assert [e[0] for e in found] == ["REQUEST"]


def test_a_visit_told_by_where_the_guest_was_is_a_visit_to_the_host() -> None:
    doc = analyze_rules(
        "Германиянын президенти Франк-Вальтер Штайнмайер 3-4-июнда Казакстанда расмий "
        "сапарда болду.",
        published="2026-06-05",
    )
    names = {e.id: e.name_en for e in doc.entities}
    (visit,) = doc.events
    assert (visit.type, visit.mode) == ("CONSULT", "visit")
    assert [names[x] for x in visit.source] == ["Frank-Walter Steinmeier"]
    assert [names[x] for x in visit.target] == ["Kazakhstan"]


def test_an_act_told_next_in_the_paragraph_keeps_the_day_of_the_act_before() -> None:
    doc = analyze_rules(
        "Дүйшөмбү күнү Бишкек шаарынын мэриясынын алдына 200дөй тургун чогулуп, "
        "нааразылык акциясын өткөрүштү. Алар мэр Айбек Жунушалиевден кызматтан кетүүнү "
        "талап кылышты.",
        published="2026-05-07",
    )
    request = next(e for e in doc.events if e.type == "REQUEST")
    assert (request.date.value, request.date.basis) == ("2026-05-04", "text")


def test_an_act_in_a_new_paragraph_keeps_its_own_date() -> None:
    doc = analyze_rules(
        "Дүйшөмбү күнү Бишкек шаарынын мэриясынын алдына 200дөй тургун чогулуп, "
        "нааразылык акциясын өткөрүштү.\n\nАлар мэр Айбек Жунушалиевден кызматтан кетүүнү "
        "талап кылышты.",
        published="2026-05-07",
    )
    request = next(e for e in doc.events if e.type == "REQUEST")
    assert (request.date.value, request.date.basis) == ("2026-05-07", "published")


def test_a_demonym_and_a_title_name_that_countrys_holder_of_the_title() -> None:
    doc = analyze_rules(
        "Кытайдын премьери Ли Цян Бишкекке келди. Ли Цян Кытайдын төрагасы Си Цзиньпиндин "
        "саламын жеткирди. Ошол эле күнү кытайлык премьерди президент Садыр Жапаров кабыл алды.",
        published="2026-12-17",
    )
    names = {e.id: e.name_en for e in doc.entities}
    meeting = next(e for e in doc.events if e.type == "CONSULT" and e.sentence == 2)
    assert [names[x] for x in meeting.target] == ["Li Qiang", "China"]


def test_a_demonym_and_a_title_as_subject_name_that_countrys_bearer() -> None:
    found = pipeline_events(
        "Орусиянын тышкы иштер министри Сергей Лавров Бишкекте Кыргызстандын тышкы иштер "
        "министри Жээнбек Кулубаев менен жолукту. Маалымат жыйынында орусиялык министр "
        "Евробиримдикти Борбор Азияга басым жасап жатат деп айыптады.",
        "2026-10-15",
    )
    assert first_of("ACCUSE", found)[1] == ["Sergey Lavrov", "Russia"]


def test_two_names_joined_by_menen_before_an_object_are_both_the_object() -> None:
    found = pipeline_events(
        "Сергей Лавров АКШ менен Евробиримдикти аймакка кийлигишүүгө аракет кылып жатат "
        "деп айыптады.",
        "2026-10-15",
    )
    assert first_of("ACCUSE", found)[2] == ["United States", "European Union"]


def test_a_first_person_verb_closing_a_quoted_clause_makes_the_speaker_act() -> None:
    found = pipeline_events(
        '"Райондон жардам сурап кат жаздык, бирок жооп келген жок", - деди айыл өкмөтүнүн '
        "башчысы Кубанычбек Осмоналиев.",
        "2026-05-13",
    )
    assert first_of("REQUEST", found)[1] == ["Kubanychbek Osmonaliev"]


def test_the_pronoun_subject_of_a_passive_is_who_the_act_before_was_aimed_at() -> None:
    found = pipeline_events(
        "Улуттук коопсуздук мамлекеттик комитети кечээ Айбек Токтосунов менен Нурлан "
        "Осмоновду кармады. Алар кардарлардын маалыматын саткан деп шектелүүдө.",
        "2026-06-10",
    )
    accusation = first_of("ACCUSE", found)
    assert accusation[2] == ["Aibek Toktosunov", "Nurlan Osmonov"]
    assert accusation[1] == ["State Committee for National Security"]


def test_consultations_taking_place_are_a_meeting_of_the_two_countries() -> None:
    found = pipeline_events(
        "Казакстандын тышкы иштер министрлиги Кыргызстандын элчисин чакыртты. Эки өлкөнүн "
        "тышкы иштер министрликтеринин пландуу консультациялары сентябрдын аягында "
        "Бишкекте өтөт.",
        "2026-08-13",
    )
    assert first_of("CONSULT", found)[1:] == (
        ["Ministry of Foreign Affairs of Kazakhstan"],
        ["Kyrgyzstan"],
    )


def grammar_events(text: str, published: str) -> list[NamedEvent]:
    """The events as the event stage's rules leave them, before the implicit-actor model
    fills empty sides."""
    doc = Pipeline(DEFAULT_STAGES[: DEFAULT_STAGES.index("events") + 1])(
        Document(text="", raw=text, published=kabar.parse_date(published))
    )
    names = {e.id: e.name_en for e in doc.entities}
    return [
        (e.type, [names[x] for x in e.source], [names[x] for x in e.target]) for e in doc.events
    ]


def test_a_refused_demand_is_aimed_at_who_made_it_not_at_the_last_actor() -> None:
    found = grammar_events(
        '"Ала-Тоо Транс" компаниясы Транспорт министрлигинен жаңы тарифти кайра карап '
        "чыгууну талап кылды. Ошол эле күнү министрлик Дүйнөлүк банктын өкүлдөрү менен "
        "жолукту. Транспорт министри Тилек Текебаев бул талапты четке какты.",
        "2026-04-15",
    )
    assert first_of("REJECT", found)[2] == ["Ala-Too Trans"]


def test_a_refusal_is_not_aimed_at_the_refusers_own_country() -> None:
    found = grammar_events(
        "Орусия Кыргызстандын сунушун талкуулады. Москва бул маалыматты жалган деп атады.",
        "2026-05-12",
    )
    assert "Russia" not in first_of("REJECT", found)[2]


def test_today_before_a_named_object_does_not_pass_for_a_possessed_accusative() -> None:
    found = grammar_events(
        "Human Rights Watch уюму бүгүн таратылган билдирүүсүндө президент Садыр Жапаровду "
        "мыйзамга кол койбоого үндөдү.",
        "2026-03-02",
    )
    assert first_of("REQUEST", found)[2] == ["Sadyr Japarov"]


def test_a_road_that_leads_somewhere_is_no_visit() -> None:
    found = pipeline_events(
        "Тажикстандын чек ара аскерлери шаршемби күнү Ворух айылына баруучу жолду бетон "
        "блоктор менен жаап салды.",
        "2026-08-20",
    )
    assert "CONSULT" not in [e[0] for e in found]


def test_six_after_a_date_since_is_no_verb_of_taking() -> None:
    found = pipeline_events(
        "Министрлер кабинети 1-мартан тартып алты ай бою унду өлкөдөн чыгарууга тыюу салды.",
        "2026-02-20",
    )
    assert [e[0] for e in found] == ["SANCTION"]


def test_residents_of_a_named_village_act_for_the_village() -> None:
    found = pipeline_events(
        "Ак-Жар айылынын 150дөй тургуну райондук администрациянын алдына чогулуп, митинг "
        "өткөрүштү.",
        "2026-05-12",
    )
    assert first_of("PROTEST", found)[1] == ["Ak-Jar"]


def test_farmers_of_a_district_named_with_its_noun_act_for_the_district() -> None:
    found = grammar_events(
        "Айыл чарба министрлиги жардамды бөлүштүрдү. Бирок Кадамжай районунун фермерлери "
        "министрликти жардамды туура эмес бөлүштүрдү деп айыпташты.",
        "2026-05-12",
    )
    assert first_of("ACCUSE", found)[1] == ["Kadamjay District"]


def test_a_case_opened_against_the_unnamed_people_just_detained_is_an_accusation() -> None:
    found = pipeline_events(
        "Милиция кечээ 12 адамды кармады. Алардын үстүнөн контрабанда беренеси боюнча "
        "кылмыш иши козголду.",
        "2026-05-12",
    )
    assert [e[0] for e in found] == ["COERCE", "ACCUSE"]


def test_the_staff_of_a_body_met_with_stand_for_the_body() -> None:
    found = grammar_events(
        '"Кара-Таш Көмүр" компаниясы кенди кеңейтти. Мэр Бакыт Орозалиев компаниянын '
        "өкүлдөрү менен жолугушту.",
        "2026-07-09",
    )
    assert first_of("CONSULT", found)[2] == ["Kara-Tash Komur"]


def test_the_drivers_of_a_station_do_not_act_for_it_as_residents_for_their_village() -> None:
    found = grammar_events(
        "Ош шаардык тез жардам станциясынын 28 айдоочусу дүйшөмбү күнү иш ташташты.",
        "2026-03-16",
    )
    assert first_of("PROTEST", found)[1] == []


def test_villagers_voicing_discontent_protest_and_a_ministry_disapproves() -> None:
    found = grammar_events(
        "Ак-Чеке айылынын 60тан ашык тургуну жума күнү каналдын булганышына нааразылык "
        "билдиришти. Кыргызстандын Айыл чарба министрлиги Казакстандын чечимине нааразылык "
        "билдирди.",
        "2026-06-03",
    )
    assert [e[0] for e in found] == ["PROTEST", "ACCUSE"]


def test_discontent_voiced_at_a_rally_is_that_rally_not_an_accusation() -> None:
    found = grammar_events(
        "Ысык-Ата районундагы Кант шаарынын тургундары мэриянын алдына чогулуп, "
        "нааразылык билдиришти.",
        "2026-01-19",
    )
    assert [e[0] for e in found] == ["PROTEST"]


def test_a_denied_charge_no_accusation_was_aimed_at_answers_the_detaining_body() -> None:
    text = (
        "Улуттук коопсуздук мамлекеттик комитети (УКМК) дүйшөмбү күнү Нарын шаарынын "
        "мэриясынын кызматкери Бакыт Осмоновду кармады. Нарын шаардык соту аны эки айга "
        "камакка алды. Осмоновдун адвокаты Салтанат Жээнбекова айыпты четке какты."
    )
    found = grammar_events(text, "2026-06-10")
    assert first_of("REJECT", found)[2] == ["State Committee for National Security"]


def test_a_denial_still_answers_the_accusation_aimed_at_the_one_denying() -> None:
    text = (
        "Ички иштер министрлиги дүйшөмбү күнү Бакыт Осмоновду кармады. Депутат Нурлан "
        "Садыков Осмоновду коррупцияга катышкан деп айыптады. Осмонов айыпты четке какты."
    )
    found = grammar_events(text, "2026-06-10")
    assert first_of("REJECT", found)[2] == ["Nurlan Sadykov"]


def test_a_title_whose_stem_ends_like_a_plural_is_one_bearer_named_after_it() -> None:
    found = grammar_events(
        "Германиянын Кыргызстандагы элчилиги студенттерге стипендия бөлдү. Элчиликтин "
        "кеңешчиси кечээ Нарынга келип, Нарын мамлекеттик университетинин ректору Асан "
        "Бекмуратов менен жолукту.",
        "2026-10-02",
    )
    meeting = first_of("CONSULT", found)
    assert meeting[1] == ["Embassy of Germany in Kyrgyzstan"]
    assert "Asan Bekmuratov" in meeting[2]


def test_the_district_of_an_akim_named_with_his_title_is_met_not_the_one_meeting() -> None:
    found = grammar_events(
        "Кыргызстандын айыл чарба министри Бакыт Садыков кечээ Нарын облусунун Ат-Башы "
        "районуна иш сапары менен барып, райондун акими Эрлан Мамытов менен жолукту.",
        "2026-04-20",
    )
    assert all(e[1] == ["Bakyt Sadykov", "Kyrgyzstan"] for e in found if e[0] == "CONSULT")


def test_a_span_start_does_not_date_an_act_another_time_in_the_sentence_dates() -> None:
    doc = analyze_rules(
        "Түркиянын президенти шаршемби күнү 2019-жылдан бери биринчи жолу Бишкекке "
        "расмий сапар менен келди.",
        published="2026-06-12",
    )
    visit = next(e for e in doc.events if e.type == "CONSULT")
    assert (visit.date.value, visit.date.text) == ("2026-06-10", "шаршемби күнү")


def test_a_span_start_alone_dates_the_act_going_on_since() -> None:
    doc = analyze_rules(
        "Кара-Балтадагы заводдун 300дөй жумушчусу 11-майдан бери иш таштап жатышат.",
        published="2026-05-20",
    )
    strike = next(e for e in doc.events if e.type == "PROTEST")
    assert strike.date.value == "2026-05-11"


def test_what_is_required_is_no_demand_unless_asked_of_someone_named() -> None:
    required = pipeline_events(
        "Мындай чечим үчүн ЕАЭБдин бардык мүчөлөрүнүн, анын ичинде Казакстандын да макулдугу "
        "талап кылынат. Министрликтин маалыматына караганда, жолду курууга 40 миллион доллар "
        "талап кылынат.",
        "2026-03-02",
    )
    assert not [e for e in required if e[0] == "REQUEST"]
    asked = grammar_events(
        "Омбудсмендин билдирүүсүндө Башкы прокуратурадан окуяны иликтөө талап кылынды.",
        "2026-03-02",
    )
    assert first_of("REQUEST", asked)[2] == ["Prosecutor General's Office of Kyrgyzstan"]


def test_a_tally_of_deputies_voting_is_no_support_and_no_rejection() -> None:
    found = grammar_events(
        "Жогорку Кеңеш шаршемби күнү Казакстан менен чек ара тууралуу келишимди "
        "ратификациялады. Документти 74 депутат колдоп, 6 депутат каршы добуш берди. "
        "Кеңештин 30 депутатынын 21и мэрдин отчетун колдоду. Федерациянын курултайынын 44 "
        "делегатынын 41и чечимди колдоду.",
        "2026-04-09",
    )
    assert [e[0] for e in found if e[0] in ("SUPPORT", "REJECT")] == []
    assert first_of("AGREE", found)[1] == ["Supreme Council of Kyrgyzstan"]


def test_an_act_vowed_if_another_side_does_not_act_threatens_that_side() -> None:
    found = grammar_events(
        '"Эгер Энергетика министрлиги карызды төлөбөсө, биз жолду жабабыз", - деди "Ак-Таш" '
        "ЖЧКнын директору Бакыт Осмонов.",
        "2026-05-20",
    )
    assert first_of("THREATEN", found)[1:] == (
        ["Bakyt Osmonov", "Ak-Tash"],
        ["Ministry of Energy of Kyrgyzstan"],
    )
    appeal = grammar_events(
        '"Эгер Энергетика министрлиги карызды төлөбөсө, сотко кайрылабыз", - деди Бакыт Осмонов.',
        "2026-05-20",
    )
    assert "THREATEN" not in [e[0] for e in appeal]


def test_not_thinking_oneself_guilty_rejects_the_charge() -> None:
    found = grammar_events(
        "Башкы прокуратура Мелис Абылкасымовду пара алды деп айыптады. Абылкасымов өзүн "
        "күнөөлүү деп эсептебейт.",
        "2026-09-24",
    )
    assert first_of("REJECT", found)[1] == ["Melis Abylkasymov"]
    assert "REJECT" not in [
        e[0] for e in grammar_events("Сот аны күнөөлүү деп эсептейт.", "2026-09-24")
    ]


def test_a_fine_told_by_its_idiom_is_a_sanction() -> None:
    found = grammar_events(
        "Кемин райондук соту шаршемби күнү экоактивист Нурайым Бекташеваны жалган маалымат "
        "таратканы үчүн 20 миң сом айыпка жыкты.",
        "2026-09-24",
    )
    assert first_of("SANCTION", found)[1:] == (["Kemin District Court"], ["Nurayym Bektasheva"])


def test_regret_over_an_incident_concedes() -> None:
    found = grammar_events(
        "Кыргыз малчысы жарадар болду. Эмомали Рахмон сүйлөшүүлөрдө бул окуяга өкүнүч билдирди.",
        "2026-07-02",
    )
    assert first_of("CONCEDE", found)[1] == ["Emomali Rahmon"]


def test_a_town_before_its_air_base_in_the_locative_is_where_not_who() -> None:
    found = grammar_events(
        "Кант авиабазасында кечээ Орусия акысыз аскердик-техникалык жардамдын алкагында "
        "Кыргызстандын Куралдуу Күчтөрүнө эки тик учагын өткөрүп берди.",
        "2026-07-02",
    )
    assert first_of("AID", found)[1] == ["Russia"]


def test_a_draft_heard_again_is_no_concession_but_a_decision_kept_is_one() -> None:
    heard = grammar_events(
        "Министрлер кабинети бюджеттин долбоорун сунуштады. Жогорку Кеңеш долбоорду четке "
        "какты. Долбоор кийинки аптада кайра каралат.",
        "2026-05-20",
    )
    assert "CONCEDE" not in [e[0] for e in heard]
    kept = grammar_events(
        "Министрлер кабинети жарлыкка кол койду. Экономика министрлиги жарлык кайра "
        "каралбай турганын билдирди.",
        "2026-05-20",
    )
    assert "CONCEDE" in [e[0] for e in kept]


def test_one_who_took_part_in_a_protest_told_before_adds_no_protest() -> None:
    found = grammar_events(
        "Ош шаарында 200дөй соодагер мэриянын алдында пикетке чыгышты. Пикетке "
        "чыккандардын бири Айбек Осмонов журналисттерге кайрылды. Пикетке катышкан "
        'пенсионер Сагынбек Алиев да сүйлөдү. "Бизди эч ким укпайт", - деди пикеттин '
        "катышуучусу Жылдыз Абакирова.",
        "2026-05-20",
    )
    assert [e[0] for e in found].count("PROTEST") == 1


def test_a_protest_told_first_by_the_participle_of_its_people_is_still_a_protest() -> None:
    found = grammar_events(
        "Бишкекте мэриянын алдында пикетке чыккан 150дөй ата-эне мектептин жабылышына "
        "каршы нааразылык билдиришти.",
        "2026-05-20",
    )
    assert "PROTEST" in [e[0] for e in found]


def test_one_taken_from_a_post_or_a_title_let_go_is_sanctioned_not_released() -> None:
    decree = grammar_events(
        "Президент Садыр Жапаров шейшемби күнү айыл чарба министри Бакыт Токтосуновду "
        "кызматтан алуу тууралуу жарлыкка кол койду.",
        "2026-03-04",
    )
    assert first_of("SANCTION", decree)[1:] == (["Sadyr Japarov"], ["Bakyt Toktosunov"])
    assert "AGREE" not in [e[0] for e in decree]
    headline = grammar_events("Жапаров транспорт министрин бошотту.", "2026-03-04")
    assert [e[0] for e in headline] == ["SANCTION"]
    prisoner = grammar_events("Сот активист Нурлан Асановду камактан бошотту.", "2026-03-04")
    assert [e[0] for e in prisoner] == ["CONCEDE"]


def test_the_defence_is_its_lawyer_and_a_newsroom_its_outlet() -> None:
    found = grammar_events(
        "Ош шаардык соту блогер Эрмек Сатыбалдиевди эки айга камакка алды. Блогердин "
        "адвокаты Айгүл Жумабаева өкүмдү негизсиз деп атады. Коргоо тарап Жогорку сотко "
        "даттанат.",
        "2026-06-10",
    )
    assert first_of("REQUEST", found)[1:] == (["Aigul Jumabaeva"], ["Supreme Court of Kyrgyzstan"])
    outlet = grammar_events(
        "Маданият министрлиги «Азаттык» радиосунун сайтын бөгөттөдү. Редакция бул "
        "чечимди четке какты.",
        "2026-06-10",
    )
    assert first_of("REJECT", outlet)[1] == ["Radio Azattyk"]


def test_a_denial_answers_the_critic_whose_words_named_the_denier() -> None:
    found = grammar_events(
        "Ноокат районунун акими Алмаз Бекмуратов райондо жол курулушу токтоп калганын "
        "билдирди. Бекмуратовдун айтымында, Транспорт министрлиги каражатты өз убагында "
        "которгон эмес. Транспорт министрлиги болсо бул дооматты четке какты.",
        "2026-04-15",
    )
    assert first_of("REJECT", found)[2] == ["Almaz Bekmuratov", "Nookat District"]


def test_a_trip_made_to_protest_is_no_visit_of_its_own() -> None:
    found = grammar_events(
        "Ак-Суу айылынын тургундары суу берилбесе, шаршемби күнү Бишкекке барып, Өкмөт "
        "үйүнүн алдында митинг өткөрөрүн эскертишти.",
        "2026-05-18",
    )
    assert "CONSULT" not in [e[0] for e in found]
    assert "THREATEN" in [e[0] for e in found]
    visit = grammar_events(
        "Министр шаршемби күнү Бишкекке барып, элчи менен жолукту.", "2026-05-18"
    )
    assert [e[0] for e in visit] == ["CONSULT"]


def test_a_plea_refused_is_a_concession_denied_to_who_made_it() -> None:
    doc = analyze_rules(
        "Ош шаардык соту блогер Адилет Маматовду эки айга камакка алды. Анын адвокаты "
        "Бурул Токтогулова аны үй камагына которууну суранды, бирок сот бул өтүнүчкө макул "
        "болгон жок.",
        published="2026-06-10",
    )
    names = {e.id: e.name_en for e in doc.entities}
    refused = [e for e in doc.events if e.negated]
    assert [(e.type, [names[x] for x in e.target]) for e in refused] == [
        ("CONCEDE", ["Burul Toktogulova"])
    ]


def test_a_latin_name_before_the_noun_it_names_takes_that_nouns_case() -> None:
    found = pipeline_events(
        "Улуттук коопсуздук мамлекеттик комитетинин (УКМК) кызматкерлери шаршемби күнү "
        "TikTok тармагында 50 миң жазылуучусу бар блогер Нурбек Асановду кармашты.",
        "2026-07-09",
    )
    assert first_of("COERCE", found)[1:] == (
        ["State Committee for National Security"],
        ["Nurbek Asanov"],
    )


def test_residents_met_later_stand_for_the_place_whose_residents_were_named() -> None:
    found = grammar_events(
        "Кок-Жайык айылынын жүзгө жакын тургуну дүйшөмбү күнү райондук жолду тосуп алышты. "
        "Кечинде райондун акими Бакыт Осмонов тургундар менен жолугушту.",
        "2026-05-12",
    )
    assert first_of("PROTEST", found)[1] == ["Kok-Jayyk"]  # жүзгө жакын тургуну: the subject
    assert first_of("CONSULT", found) == ("CONSULT", ["Bakyt Osmonov"], ["Kok-Jayyk"])


def test_residents_with_no_named_place_before_stay_unnamed() -> None:
    found = grammar_events(
        "Кечинде райондун акими Бакыт Осмонов тургундар менен жолугушту.", "2026-05-12"
    )
    assert first_of("CONSULT", found) == ("CONSULT", ["Bakyt Osmonov"], [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Адвокат Бакыт Осмонов айыбын танды.",
            ("REJECT", ["Bakyt Osmonov"], []),
            id="guilt_denied_with_тан",
        ),
        pytest.param(
            "Ош облустук прокуратурасы бул факты боюнча кылмыш ишин ачты.",
            ("ACCUSE", ["Osh Regional Prosecutor's Office"], []),
            id="a_criminal_case_opened_with_ач",
        ),
        pytest.param(
            "Эсептөө палатасы бүгүн долбоор боюнча аудит баштады.",
            ("ACCUSE", ["Accounts Chamber of Kyrgyzstan"], []),
            id="an_audit_begun",
        ),
        pytest.param(
            "Бишкектин Биринчи май райондук соту Темирлан Сапаровдун камагын узартты.",
            ("COERCE", ["Pervomaisky District Court of Bishkek"], ["Temirlan Saparov"]),
            id="custody_extended",
        ),
        pytest.param(
            "Президент Садыр Жапаров Казакстанда расмий сапар менен болду.",
            ("CONSULT", ["Sadyr Japarov"], ["Kazakhstan"]),
            id="a_visit_told_with_менен",
        ),
        pytest.param(
            "Жапаров министр Бакыт Осмоновго бир айдын ичинде план сунуштоону тапшырды.",
            ("REQUEST", ["Sadyr Japarov"], ["Bakyt Osmonov"]),
            id="an_act_ordered_with_тапшыр",
        ),
        pytest.param(
            "АКШнын Мамлекеттик департаменти Кыргызстанга жабдуу берерин жарыялады.",
            ("AID", ["U.S. Department of State"], ["Kyrgyzstan"]),
            id="equipment_given",
        ),
    ],
)
def test_tail_triggers_of_unseen_news(text: str, expected: NamedEvent) -> None:
    assert first_of(expected[0], grammar_events(text, "2026-05-12")) == expected


def test_a_document_that_authorises_an_act_is_no_target() -> None:
    found = grammar_events(
        'Ош облустук прокуратурасы "Кызматтык шалаакылык" беренесине ылайык кылмыш ишин ачты.',
        "2026-05-12",
    )
    assert first_of("ACCUSE", found)[2] == []


def test_a_walkout_from_a_sitting_is_a_protest() -> None:
    found = grammar_events(
        "Шаардык кеңештин депутаттары добуш берүү башталаары менен сессиядан чыгып кетишти.",
        "2026-05-12",
    )
    assert [e[0] for e in found] == ["PROTEST"]


def test_an_order_to_hand_in_papers_is_no_request() -> None:
    found = grammar_events("Талапкер Бакыт Осмонов документтерин БШКга тапшырды.", "2026-05-12")
    assert not [e for e in found if e[0] == "REQUEST"]


def test_a_charge_told_with_no_actor_is_brought_by_the_body_that_made_the_arrest() -> None:
    found = grammar_events(
        "Улуттук коопсуздук мамлекеттик комитети Торугарт бекетинин башчысы Нурлан "
        "Осмоналиевди кармады. Коррупция беренеси боюнча кылмыш иши козголду.",
        "2026-03-18",
    )
    assert first_of("ACCUSE", found) == (
        "ACCUSE",
        ["State Committee for National Security"],
        ["Nurlan Osmonaliev"],
    )


def test_border_guards_owned_by_a_country_act_for_it_not_for_the_border_service_named() -> None:
    found = grammar_events(
        "Кыргызстандын Чек ара кызматы окуяны тастыктады. Тажикстандын чек арачылары "
        "Лейлек районунун эки малчысын кармады.",
        "2026-03-18",
    )
    assert first_of("COERCE", found)[1] == ["Tajikistan"]


def test_a_release_told_with_no_actor_is_made_by_the_body_that_made_the_arrest() -> None:
    found = grammar_events(
        "Улуттук коопсуздук мамлекеттик комитети Торугарт бекетинин башчысы Нурлан "
        "Осмоналиевди кармады. Ал кечинде күрөө менен бошотулду.",
        "2026-03-18",
    )
    assert first_of("CONCEDE", found) == (
        "CONCEDE",
        ["State Committee for National Security"],
        ["Nurlan Osmonaliev"],
    )
    others = grammar_events(
        "Улуттук коопсуздук мамлекеттик комитети жер башкармалыгынын үч кызматкерин "
        "кармады. Экөө кечинде күрөө менен бошотулду.",
        "2026-03-18",
    )
    assert first_of("CONCEDE", others)[1] == ["State Committee for National Security"]


def test_a_charge_told_with_no_actor_after_a_court_ruling_names_no_one() -> None:
    found = grammar_events(
        "Бишкек шаардык соту Нурлан Осмоналиевди эки айга камакка алды. "
        "Коррупция беренеси боюнча кылмыш иши козголду.",
        "2026-03-18",
    )
    assert not [e for e in found if e[0] == "ACCUSE"]


def test_aid_promised_in_the_passive_continues_the_last_aid_told() -> None:
    found = grammar_events(
        "Дүйнөлүк банк Кыргызстанга 50 миллион доллар грант бөлдү. "
        "Калган каражат июндун башында бөлүнөрү айтылды.",
        "2026-03-18",
    )
    aid = [e for e in found if e[0] == "AID"]
    assert len(aid) == 2 and aid[1] == aid[0]


def test_aid_in_the_passive_with_no_aid_told_before_stays_unnamed() -> None:
    found = grammar_events(
        "Кыргызстан менен Тажикстандын өкмөттөрү чек ара боюнча сүйлөштү. "
        "Калган каражат июндун башында бөлүнөрү айтылды.",
        "2026-03-18",
    )
    assert not [e for e in found if e[0] == "AID" and (e[1] or e[2])]


@pytest.mark.parametrize(
    "text",
    [
        "Депутат Бакыт Темиров министр Эрлан Абдыкалыковду кызматтан кетирүүнү талап кылды.",
        "Депутат Бакыт Темиров Эрлан Абдыкалыковдун өз эрки менен кызматтан кетишин талап кылды.",
        "Депутат Бакыт Темиров министр Эрлан Абдыкалыковдун отставкасын талап кылды.",
    ],
)
def test_a_demand_that_someone_leave_office_is_aimed_at_them(text: str) -> None:
    assert first_of("REQUEST", grammar_events(text, "2026-05-12")) == (
        "REQUEST",
        ["Bakyt Temirov"],
        ["Erlan Abdykalykov"],
    )


def test_a_demand_to_the_prime_minister_to_dismiss_someone_keeps_its_addressee() -> None:
    found = grammar_events(
        "Депутат Бакыт Темиров Адылбек Касымалиевден министр Эрлан Абдыкалыковду "
        "кызматтан алууну талап кылды.",
        "2026-05-12",
    )
    assert first_of("REQUEST", found)[2] == ["Adylbek Kasymaliev"]


def test_a_vow_closing_a_quote_is_the_speakers_warning_to_whom_they_asked() -> None:
    found = grammar_events(
        'Ак-Суу айылынын тургундары "Ак-Сүт Агро" компаниясынан сүттүн баасын көтөрүүнү '
        'талап кылышты. "Баа 28 сомго жетпесе, трассаны кайра тособуз", - деди тургун '
        "Токтосун Бейшеналиев.",
        "2026-05-12",
    )
    assert first_of("THREATEN", found) == (
        "THREATEN",
        ["Toktosun Beishenaliev"],
        ["Ak-Sut Agro"],
    )


def test_a_speakers_own_denial_answers_who_charged_them() -> None:
    found = grammar_events(
        "Ички иштер министрлиги активист Айпери Сыдыкбекованы жалган маалымат таратты деп "
        'айыптады. "Мен бир да жалган сөз жазган жокмун", - деди Сыдыкбекова.',
        "2026-05-12",
    )
    assert first_of("REJECT", found) == (
        "REJECT",
        ["Aiperi Sydykbekova"],
        ["Ministry of Internal Affairs of Kyrgyzstan"],
    )


def test_a_speaker_saying_they_were_not_paid_denies_nothing() -> None:
    found = grammar_events(
        "Шаардык оорукананын медайымдары иш таштады. "
        '"Август айынан бери бир тыйын да алган жокпуз", - деди медайым Гүлмира Асанбекова.',
        "2026-05-12",
    )
    assert not [e for e in found if e[0] == "REJECT"]


def test_another_bodys_work_suspended_is_a_sanction_on_it() -> None:
    found = grammar_events(
        'Өзгөчө кырдаалдар министрлиги "Алтын Тоо Ресурс" компаниясынын ишин текшерүү '
        "аяктаганга чейин токтотту.",
        "2026-05-12",
    )
    assert first_of("SANCTION", found) == (
        "SANCTION",
        ["Ministry of Emergency Situations of Kyrgyzstan"],
        ["Altyn Too Resurs"],
    )


def test_a_company_suspending_its_own_works_concedes() -> None:
    found = grammar_events(
        '"Алтын Тоо Ресурс" компаниясы бардык иштерди убактылуу токтотту.', "2026-05-12"
    )
    assert [e[0] for e in found] == ["CONCEDE"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Өзбекстандын Өзгөчө кырдаалдар министрлиги Баткенге суу ташуучу тик учагын жөнөттү.",
            ("AID", ["Ministry of Emergency Situations of Uzbekistan"], ["Batken"]),
            id="a_rescue_helicopter_is_aid",
        ),
        pytest.param(
            "Өзгөчө кырдаалдар министрлиги Нарындан куткаруучулардын тобун Кочкорго жөнөттү.",
            ("AID", ["Ministry of Emergency Situations of Kyrgyzstan"], ["Kochkor"]),
            id="a_group_of_rescuers_is_aid",
        ),
        pytest.param(
            "Орусия кийинки аптада Кантка дагы төрт тик учак жөнөтөт.",
            ("MOBILIZE", ["Russia"], ["Kant"]),
            id="an_armys_helicopters_are_a_deployment",
        ),
    ],
)
def test_units_sent_are_aid_when_they_rescue(text: str, expected: NamedEvent) -> None:
    assert first_of(expected[0], grammar_events(text, "2026-05-12")) == expected


def test_the_last_words_of_a_bodys_name_in_lower_case_stand_for_it() -> None:
    found = grammar_events(
        "Мамлекеттик бажы кызматы кечээ билдирүү таратты. Өкмөт башчысы Адылбек Касымалиев "
        "бажы кызматынын жетекчилери менен жолугушту.",
        "2026-05-12",
    )
    assert first_of("CONSULT", found) == (
        "CONSULT",
        ["Adylbek Kasymaliev"],
        ["State Customs Service of Kyrgyzstan"],
    )


def test_the_parliament_as_a_common_noun_is_the_jogorku_kenesh() -> None:
    found = grammar_events(
        "Жогорку Кеңеш салык мыйзамын кабыл алган жок. Тоо-кен ассоциациясы парламенттин "
        "чечимин колдоп чыкты.",
        "2026-05-12",
    )
    assert first_of("SUPPORT", found)[2] == ["Supreme Council of Kyrgyzstan"]


def test_a_demand_that_the_minister_resign_is_aimed_at_the_minister_named() -> None:
    found = grammar_events(
        "Ички иштер министри Бакытбек Абылкасымов комитеттин отурумуна келди. Депутат "
        "Жылдыз Сулайманова министрдин кызматтан кетүүсүн талап кылды.",
        "2026-05-12",
    )
    assert first_of("REQUEST", found) == (
        "REQUEST",
        ["Jyldyz Sulaimanova"],
        ["Bakytbek Abylkasymov"],
    )


def test_a_promise_to_pay_a_debt_is_a_concession_not_aid() -> None:
    found = grammar_events(
        "Президенттин өкүлү Нурбек Сатыбалдиев шахтага барды. Өкүл карыздын жарымы "
        "1-февралга чейин төлөнөрүн убада кылды.",
        "2026-01-27",
    )
    assert [e[0] for e in found if e[0] in ("AID", "CONCEDE")] == ["CONCEDE"]


def test_meeting_those_who_went_to_the_picket_is_no_protest_of_the_mayor() -> None:
    found = grammar_events(
        "Кечээ 200 соодагер мэриянын алдында пикет өткөрүштү. Ошол эле күнү мэр Эрмек "
        "Токтогулов пикетке чыккандар менен жолугушту.",
        "2026-08-11",
    )
    assert [e for e in found if e[0] == "PROTEST" and "Ermek Toktogulov" in e[1]] == []
    assert first_of("CONSULT", found)[1] == ["Ermek Toktogulov"]


def test_a_court_finding_someone_guilty_convicts() -> None:
    found = grammar_events(
        "Бишкектин Октябрь райондук соту июлда Марат Бейшеналиевди жайытты мыйзамсыз "
        "бергени үчүн күнөөлүү деп тапкан.",
        "2026-10-13",
    )
    assert [e[0] for e in found] == ["COERCE"]


def test_going_as_far_as_the_supreme_court_is_an_appeal_to_it() -> None:
    found = grammar_events(
        "Айдана Мамырова эгер райондук сот доону канааттандырбаса, Жогорку сотко чейин "
        "барарын айтты.",
        "2026-09-03",
    )
    assert [e[0] for e in found] == ["REQUEST"]
    assert found[0][2] == ["Supreme Court of Kyrgyzstan"]


def test_a_rally_at_the_mayors_office_is_aimed_at_the_mayor_named() -> None:
    found = grammar_events(
        "Кант шаарынын мэри Азиз Бекболотов суу маселеси боюнча маалымат берди. Кечээ "
        "100дөн ашык тургун мэриянын алдына чогулуп, суунун берилишин талап кылышты.",
        "2026-08-19",
    )
    assert first_of("PROTEST", found)[2] == ["Aziz Bekbolotov", "Kant"]


def test_the_accused_named_before_the_content_of_a_criticism_is_its_target() -> None:
    found = grammar_events(
        "Депутат Бакыт Сооронбаев финансы министри Нурбек Абдыкалыковду долбоорду калк менен "
        "макулдашпай даярдаган деп сынга алды.",
        "2026-02-12",
    )
    assert first_of("ACCUSE", found) == ("ACCUSE", ["Bakyt Sooronbaev"], ["Nurbek Abdykalykov"])


def test_a_bodys_staff_accused_before_the_reason_stand_for_the_body() -> None:
    found = grammar_events(
        "Жогорку Кеңештин депутаты Нурбек Сатыбалдиев Билим берүү министрлигинин "
        "кызматкерлерин мердигер менен тил табышып иштегени үчүн айыптап, Башкы "
        "прокуратурадан кылмыш ишин козгоону талап кылды.",
        "2026-02-05",
    )
    assert first_of("ACCUSE", found)[2] == ["Ministry of Education and Science of Kyrgyzstan"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            'Мамлекеттик эмгек инспекциясы "Тоо Металл" компаниясынын эмгек мыйзамдарын '
            "сактоосу боюнча текшерүү баштады.",
            id="genitive_owner_of_what_is_checked",
        ),
        pytest.param(
            'Мамлекеттик эмгек инспекциясы "Тоо Металл" компаниясында эмгек мыйзамдарынын '
            "сакталышын текшерүү баштады.",
            id="body_checked_in_the_locative",
        ),
    ],
)
def test_a_check_is_aimed_at_the_body_whose_conduct_it_looks_into(text: str) -> None:
    assert first_of("ACCUSE", grammar_events(text, "2026-03-18")) == (
        "ACCUSE",
        ["State Labour Inspectorate"],
        ["Too Metal"],
    )


def test_the_contractor_as_a_common_noun_is_the_company_introduced_as_it() -> None:
    found = grammar_events(
        'Мектепти подрядчы "Нур-Курулуш Инвест" компаниясы курууда. Ош облустук '
        "прокуратурасы подрядчыга карата алдамчылык беренеси боюнча кылмыш иши козгоду.",
        "2026-04-08",
    )
    assert first_of("ACCUSE", found)[2] == ["Nur-Kurulush Invest"]


def test_calling_a_lawsuit_groundless_answers_whoever_brought_it() -> None:
    found = grammar_events(
        'Транспорт министрлиги "Тоо-Жол Курулуш" компаниясын сотко берди. Депутат Нурлан '
        "Асанов министрликтин ишин колдоду. "
        '"Тоо-Жол Курулуш" компаниясы доону негизсиз деп атады.',
        "2026-05-21",
    )
    assert first_of("REJECT", found)[2] == [
        "Ministry of Transport and Communications of Kyrgyzstan"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            'Жарандык авиация агенттиги "Көк-Жал Эйр" авиакомпаниясынын сертификатын 90 күнгө '
            "убактылуу токтотту.",
            "SANCTION",
            id="a_certificate_suspended_a_few_words_before_the_verb",
        ),
        pytest.param(
            "Глобалдык фонд Кыргызстанга каралган 3,2 млн долларлык траншты убактылуу токтотту.",
            "SANCTION",
            id="a_donors_tranche_stopped",
        ),
        pytest.param(
            'Адилет министрлиги "Таза Талас" коомдук бирикмесин чет элдик өкүлдөрдүн '
            "реестрине киргизди.",
            "SANCTION",
            id="a_body_put_on_the_register_of_foreign_representatives",
        ),
        pytest.param(
            "Каракол шаарында кичи автобустардын айдоочулары иш таштоого чыгышты.",
            "PROTEST",
            id="going_on_strike",
        ),
        pytest.param(
            "Аравандын 200дөй дыйканы эл аралык автожолду үч саатка жаап салышты.",
            "PROTEST",
            id="a_road_shut_by_protesters",
        ),
        pytest.param(
            "Үй-бүлөлүк дарыгерлер фонддун айып пулдарына каршы кол тамга чогултушту.",
            "PROTEST",
            id="signatures_collected_against_an_act",
        ),
    ],
)
def test_sanctions_and_protests_told_with_their_own_nouns(text: str, expected: str) -> None:
    assert [e[0] for e in grammar_events(text, "2026-07-23")] == [expected]


def test_a_call_in_the_first_person_present_is_made_by_the_speaker() -> None:
    found = grammar_events(
        "ЕККУнун өкүлү Ян Браату сайттардын бөгөттөлүшүн сынга алды. "
        '"Бишкекти бул чечимди кайра кароого чакырам", - деди Браату.',
        "2026-07-06",
    )
    assert [e[1] for e in found if e[0] == "REQUEST"] == [
        ["Yan Braatu", "Organization for Security and Co-operation in Europe"]
    ]


def test_a_first_person_subject_keeps_the_last_sentences_subject_out() -> None:
    found = grammar_events(
        "Ноокат районунун акими Талантбек Эргешов айыптоолорду четке какты. Эргешовдун "
        "айтымында, Каржы министрлиги акчаны өз убагында которгон эмес. "
        '"Мен ар бир айда министрликке кат жазып, каражат сурадым. Каттардын баары сакталып '
        'турат", - деп жазды ал Facebook баракчасында.',
        "2026-04-08",
    )
    assert first_of("REQUEST", found)[1] == ["Talantbek Ergeshov", "Nookat District"]


def test_a_bodys_unnamed_staff_arrested_make_the_body_the_target() -> None:
    found = grammar_events(
        "Коррупцияга каршы кызмат Ички иштер министрлигинин академиясынын эки кызматкерин кармады.",
        "2026-05-12",
    )
    assert first_of("COERCE", found)[2] == ["Ministry of Internal Affairs of Kyrgyzstan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Сердар Бердымухамедов 19-20-октябрда Өзбекстанга мамлекеттик сапар менен болду.",
            ("CONSULT", ["Serdar Berdimuhamedow"], ["Uzbekistan"]),
            id="a_state_visit_paid",
        ),
        pytest.param(
            "Былтыр декабрда Европа Биримдиги бул тыюуну дагы бир жолу узарткан.",
            ("SANCTION", ["European Union"], []),
            id="a_ban_extended",
        ),
        pytest.param(
            "Бишкек шаардык соту январда Азамат Бекбоевге чыгарылган өкүмдү өзгөртүүсүз калтырган.",
            ("COERCE", ["Bishkek City Court"], ["Azamat Bekboev"]),
            id="a_sentence_upheld",
        ),
    ],
)
def test_visits_bans_and_sentences_told_with_other_verbs(text: str, expected: NamedEvent) -> None:
    assert first_of(expected[0], grammar_events(text, "2026-10-21")) == expected


def test_a_warning_is_aimed_at_the_condition_even_after_the_consequences_own_act() -> None:
    found = grammar_events(
        "Билим берүү жана илим министрлиги университеттерди бириктирүү жөнүндө буйрук "
        "чыгарды. Ректор Бакыт Бекболотов министрлик буйрукту жокко чыгарбаса, университет "
        "сотко кайрыла турганын эскертти.",
        "2026-06-23",
    )
    assert first_of("THREATEN", found) == (
        "THREATEN",
        ["Bakyt Bekbolotov"],
        ["Ministry of Education and Science of Kyrgyzstan"],
    )


def test_a_request_after_a_note_is_made_of_the_notes_addressee() -> None:
    found = grammar_events(
        "Өзбекстандын Бишкектеги элчилиги Тышкы иштер министрлигине нота жолдоп, Фергана "
        "облусундагы дыйкандарга келтирилген зыяндын ордун толтурууну суранды.",
        "2026-02-26",
    )
    assert first_of("REQUEST", found)[2] == ["Ministry of Foreign Affairs of Kyrgyzstan"]


def test_an_act_denied_right_before_the_denial_is_not_told_as_done() -> None:
    found = grammar_events(
        "Өзбекстандын Чек ара аскерлери болсо ок атылганын четке кагып, малчылар өзбек "
        "аймагына кирип келишкенин билдирди.",
        "2026-07-29",
    )
    assert [e[0] for e in found] == ["REJECT"]


def test_an_accusation_is_aimed_at_whom_its_words_say_acted() -> None:
    found = grammar_events(
        "Маданият министрлиги концертке тыюу салды. Комитеттин төрагасы Темирлан Бектурсунов "
        "министрлик жамаатты угбай эле шашылыш чечим чыгарды деп айыптады.",
        "2026-10-29",
    )
    assert first_of("ACCUSE", found)[2] == [
        "Ministry of Culture, Information and Youth Policy of Kyrgyzstan"
    ]


def test_a_bodys_speaker_named_after_it_is_no_target_of_its_accusation() -> None:
    # guard for the rule above: the first nominative is the subject, not what it says
    found = grammar_events(
        "Бирок Чек ара кызматынын өкүлү Камчыбек Алиев тажик тарап протоколду аткарууну "
        "созуп жатат деп айыптады.",
        "2026-04-01",
    )
    assert "Kamchybek Aliev" not in first_of("ACCUSE", found)[2]


def test_a_refusal_with_no_one_named_answers_the_side_that_acted_before() -> None:
    found = grammar_events(
        "Ырчы Глеб Сорокин кечирим сурады. Бирок Маданият министрлиги концерттен баш тартты.",
        "2026-04-09",
    )
    assert first_of("REJECT", found)[2] == ["Gleb Sorokin"]


def test_refusing_an_act_answers_whoever_asked_for_it() -> None:
    found = grammar_events(
        "Промоутер Азамат Исаков министрликтен тыюуну алып салууну суранды. Депутат Бакыт "
        "Токтоназаров министрликти сынга алды. Бирок Маданият министрлиги тыюуну алып "
        "салуудан баш тартты.",
        "2026-04-09",
    )
    assert first_of("REJECT", found)[2] == ["Azamat Isakov"]


def test_the_two_countries_men_are_their_bodies_when_no_country_is_named_alone() -> None:
    found = grammar_events(
        "Тажикстандын Чек ара аскерлери эки малчыны кармады. Кыргызстандын Чек ара кызматы "
        "нааразылык билдирди. Шаршемби күнү эки өлкөнүн чек ара өкүлдөрү жолугушту.",
        "2026-07-29",
    )
    consult = first_of("CONSULT", found)
    assert sorted(consult[1]) == ["Border Service of Kyrgyzstan", "Border Troops of Tajikistan"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a decision judged by a name of wrongdoing accuses its maker
        (
            "Ош шаардык соту активистти камакка алды. Жактоочу Нургүл Асанова соттун "
            "чечимин адилетсиз деп эсептейт.",
            ("ACCUSE", ["Nurgul Asanova"], ["Osh City Court"]),
        ),
        (
            "Ош шаардык соту активистти камакка алды. Жактоочу Нургүл Асанова соттун "
            "чечимин «саясий буйрутма» деп атады.",
            ("ACCUSE", ["Nurgul Asanova"], ["Osh City Court"]),
        ),
        # the accused called innocent by their side answers the charge
        (
            "УКМК бажы кызматкери Талант Осмоновду кармады. Анын жубайы Айгерим Осмонова "
            "күйөөсүн күнөөсүз деп эсептейт.",
            ("REJECT", ["Aigerim Osmonova"], ["State Committee for National Security"]),
        ),
    ],
)
def test_a_judgement_by_name_accuses_or_answers(text: str, expected: NamedEvent) -> None:
    found = grammar_events(text, "2026-06-10")
    assert first_of(expected[0], found) == expected


def test_a_name_of_wrongdoing_further_back_than_its_closing_quote_is_no_judgement() -> None:
    # guard: the noun must stand right before деп (буйрутма here is an order's size)
    found = grammar_events(
        "Министрлик беларус тарап өндүрүштү ачуу үчүн буйрутманын көлөмү аздык кылат деп эсептейт.",
        "2026-06-10",
    )
    assert [e for e in found if e[0] == "ACCUSE"] == []


def test_the_ministers_who_sign_are_the_two_ministers_not_the_leaders_named_later() -> None:
    found = grammar_events(
        "Катардын тышкы иштер министри Халид Аль-Мансури Бишкекте кыргызстандык кесиптеши "
        "Жээнбек Кулубаев менен жолугушту. Жыйынтыгында министрлер визалык талаптарды "
        "жеңилдетүү тууралуу макулдашууга кол коюшту. Кечинде президент Садыр Жапаров "
        "Казакстандын президенти Касым-Жомарт Токаев менен телефон аркылуу сүйлөштү.",
        "2026-05-12",
    )
    agree = first_of("AGREE", found)
    assert sorted(agree[1]) == ["Halid Al-Mansuri", "Jeenbek Kulubaev", "Qatar"]


@pytest.mark.parametrize(
    "text",
    [
        '"Ала-Тоо Текстиль" фабрикасынын жумушчулары эмгек акы талап кылып иш ташташты.',
        '"Ала-Тоо Текстиль" фабрикасында кийим тигип жүргөн 80 жумушчу иш ташташты.',
    ],
)
def test_workers_of_a_body_strike_against_it(text: str) -> None:
    assert first_of("PROTEST", grammar_events(text, "2026-04-01")) == (
        "PROTEST",
        [],
        ["Ala-Too Textile Factory"],
    )


def test_a_body_called_by_its_noun_in_what_an_accusation_says_is_its_target() -> None:
    found = grammar_events(
        "Министрлер кабинети жаңы салыкты киргизүүнү чечти. Депутат Бакыт Осмонов болсо "
        "өкмөт бюджеттин тартыштыгын ишкерлердин эсебинен жаап жатат деп сынга алды.",
        "2026-04-01",
    )
    assert first_of("ACCUSE", found) == (
        "ACCUSE",
        ["Bakyt Osmonov"],
        ["Cabinet of Ministers of Kyrgyzstan"],
    )


def test_a_sum_allotted_in_any_currency_is_aid() -> None:
    found = grammar_events(
        "Швейцария үч жылдын ичинде Нарын облусуна 380 миң швейцар франкын бөлөт.", "2026-04-01"
    )
    assert first_of("AID", found) == ("AID", ["Switzerland"], ["Naryn Region"])


def test_rights_defenders_are_the_rights_group_named_before() -> None:
    found = grammar_events(
        '"Адилет" укук коргоо борбору баяндама жарыялады. Укук коргоочулар Чүй облустук '
        "прокуратурасына кайрылып, иш козгоону суранышты.",
        "2026-08-04",
    )
    assert first_of("REQUEST", found) == (
        "REQUEST",
        ["Adilet"],
        ["Chuy Regional Prosecutor's Office"],
    )


def test_the_consulate_is_the_consulate_named_before_not_the_last_actor() -> None:
    found = grammar_events(
        "Кыргызстандын Стамбулдагы Башкы консулдугу билдирүү таратты. Түркиянын Миграция "
        "башкармалыгы 40 аялды кармады. Консулдук Стамбулдун прокуратурасынан кылмыш ишин "
        "козгоону талап кылды.",
        "2026-08-04",
    )
    assert first_of("REQUEST", found)[1] == ["Consulate General of Kyrgyzstan in Istanbul"]


def test_the_newsroom_is_the_outlet_its_head_noun_calls_a_news_site() -> None:
    found = grammar_events(
        'Маданият министрлиги "Жаңы Заман" сайтын бөгөттөдү. Редакция шаршемби күнү Бишкек '
        "шаардык сотуна доо арызын берди.",
        "2026-09-16",
    )
    assert first_of("REQUEST", found)[1] == ["Jangy Zaman"]


def test_the_suspects_are_the_persons_the_last_arrest_named() -> None:
    found = grammar_events(
        "УКМК бажы кызматкерлери Талант Осмонов менен Бакыт Асановду кармады. Ош шаардык "
        "соту шектүүлөрдү эки айга камакка алды.",
        "2026-04-01",
    )
    court = [e for e in found if e[1] == ["Osh City Court"]]
    assert court == [("COERCE", ["Osh City Court"], ["Talant Osmonov", "Bakyt Asanov"])]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Ынтымак" партиясы депутат Айбек Сейитовду партиянын катарынан чыгарды.',
            ("SANCTION", ["Yntymak"], ["Aibek Seitov"]),
        ),
        (
            "Нарын шаардык кеңеши мэр Эрлан Токтосуновго ишенбөөчүлүк көрсөттү.",
            ("SANCTION", ["Naryn City Council"], ["Erlan Toktosunov"]),
        ),
    ],
)
def test_an_expulsion_or_a_no_confidence_vote_is_a_sanction(
    text: str, expected: NamedEvent
) -> None:
    assert first_of("SANCTION", grammar_events(text, "2026-05-13")) == expected


def test_a_check_begun_by_its_converb_is_an_investigation_of_the_body_checked() -> None:
    found = grammar_events(
        'Эмгек инспекциясы "Ала-Тоо Цемент" заводунун ишин текшере баштады.', "2026-05-13"
    )
    assert first_of("ACCUSE", found) == (
        "ACCUSE",
        ["Labour Inspectorate"],
        ["Ala-Too Cement Plant"],
    )


def test_a_genitive_before_a_verbal_noun_is_whose_thing_it_is_not_an_actor() -> None:
    # "with Japan's support" names what Japan gave, no act told here; read as the subject of
    # such nouns, the genitive gave 13 wrong events and not one right on the development set
    found = grammar_events(
        "Жапониянын колдоосу менен Нарын облусунда үч бала бакча курулду.", "2026-05-13"
    )
    assert not [e for e in found if e[0] == "SUPPORT"]


def test_an_appeal_to_a_court_vowed_on_a_condition_stays_a_request() -> None:
    found = grammar_events(
        'Мэрия айлыкты төлөбөй жатат. "Эгер мэрия карызды төлөбөсө, биз сотко кайрылабыз", '
        "- деди мугалим Асан Токтосунов.",
        "2026-05-13",
    )
    assert [e[0] for e in found] == ["REQUEST"]


def test_a_span_of_years_leaves_the_day_to_date_the_act() -> None:
    doc = analyze_rules(
        "Шейшемби күнү Бишкектин Октябрь райондук соту үч жарандын беш жыл бою өлкөгө "
        "кирүүсүнө тыюу салды.",
        "2026-03-13",
    )
    ban = next(e for e in doc.events if e.type == "SANCTION")
    assert (ban.date.value, ban.date.basis) == ("2026-03-10", "text")


def test_a_demand_made_at_a_rally_names_whom_the_rally_is_against() -> None:
    found = grammar_events(
        "Ош шаарында кечээ 80дей мугалим шаардык мэриянын алдына чогулуп, Билим берүү "
        "министрлигинен айлыкты көтөрүүнү талап кылышты.",
        "2026-09-30",
    )
    assert first_of("PROTEST", found)[2] == ["Ministry of Education and Science of Kyrgyzstan"]


def test_a_present_future_spelled_with_yo_makes_the_chain_future() -> None:
    found = events("Жапаров Ташкентке барып, келишимге кол коёт.")
    assert {e.type for e in found} >= {"CONSULT", "AGREE"}
    assert {e.modality for e in found} == {"future"}


def test_a_verbal_noun_a_court_rules_is_an_act_though_no_one_is_named() -> None:
    # кармоо чечимин чыгарды: the ruling orders the detention, the court is its source
    found = grammar_events(
        "Ноокат райондук соту бейшемби күнү үч шектүүнү тергөө абагында кармоо чечимин чыгарды.",
        "2026-06-19",
    )
    assert first_of("COERCE", found)[1] == ["Nookat District Court"]


def test_a_chosen_measure_of_arrest_names_the_one_held_in_the_dative() -> None:
    found = grammar_events(
        "Талас шаардык соту Бекболотовго эки айга камакка алуу чарасын тандады.", "2026-06-19"
    )
    assert first_of("COERCE", found)[1:] == (["Talas City Court"], ["Bekbolotov"])


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Жапаров Токаев менен телефондон маек курду.", "CONSULT"),
        ("Тургундар Ысык-Көл облустук администрациясына кайрылуу тапшырышты.", "REQUEST"),
        ("Чек ара кызматы Баткенге кошумча патрулдарды жөнөттү.", "MOBILIZE"),
    ],
)
def test_news_phrasings_of_talks_appeals_and_patrols_are_events(text: str, type_: str) -> None:
    assert type_ in {e[0] for e in grammar_events(text, "2026-06-19")}


def test_denying_guilt_answers_the_body_that_detained_not_the_court_that_remanded() -> None:
    found = grammar_events(
        "Улуттук коопсуздук мамлекеттик комитети бажы кызматкери Бакыт Жолдошевди кармады. "
        "Кечээ Бишкектин Свердлов райондук соту ага эки айлык камак чарасын колдонду. "
        "Жолдошевдин адвокаты кардары күнөөсүн мойнуна албай турганын айтты.",
        "2026-06-19",
    )
    assert first_of("REJECT", found)[2] == ["State Committee for National Security"]


def test_a_press_conference_is_no_meeting_with_anyone() -> None:
    found = grammar_events(
        "Федерациянын төрагасы Марат Бекиев кечээ Бишкекте маалымат жыйынын өткөрүп, "
        "министрликти каржылоону кечиктиргени үчүн сынга алды.",
        "2026-03-17",
    )
    assert [e[0] for e in found] == ["ACCUSE"]


@pytest.mark.parametrize("legal_form", ["ЖЧКсы", "жоопкерчилиги чектелген коому"])
def test_a_quoted_company_name_takes_the_case_of_its_legal_form(legal_form: str) -> None:
    # "Ак-Суу Курулуш" ЖЧКсы менен: the partner, not the subject of the signing
    found = grammar_events(
        "Нарын шаарынын мэриясы жаңы мектеп курууну пландап жатат. Мэрия "
        f'"Ак-Суу Курулуш" {legal_form} менен келишимге кол койду.',
        "2026-05-12",
    )
    assert first_of("AGREE", found)[1:] == (["Naryn City Hall"], ["Ak-Suu Kurulush"])


def test_the_body_owning_a_held_persons_title_is_not_who_held_him() -> None:
    # борбордун кызматкери кармалды: the passive's subject is held; his employer is no
    # source (ИИМдин кызматкерлери кармашты would be)
    found = grammar_events(
        "Ички иштер министрлигинин маалыматына караганда, иш боюнча Улуттук тестирлөө "
        "борборунун кызматкери кармалды.",
        "2026-06-10",
    )
    assert first_of("COERCE", found)[1] == ["Ministry of Internal Affairs of Kyrgyzstan"]


def test_a_quotation_opening_after_a_name_leaves_the_name_its_own_case() -> None:
    # ИИМ "..." беренеси боюнча ... козгоду: the quotation names the article of the code,
    # the body before it stays the subject
    found = grammar_events(
        'ИИМ "санитардык эрежелерди бузуу" беренеси боюнча Асановго карата кылмыш ишин козгоду.',
        "2026-06-10",
    )
    assert first_of("ACCUSE", found)[1] == ["Ministry of Internal Affairs of Kyrgyzstan"]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Казакстан жүк ташуучу унаалар менен буудай экспорттоого квота киргизди.", "SANCTION"),
        ("Облустук сот Бекмаматовдун жазасын кыскартты.", "CONCEDE"),
    ],
)
def test_a_quota_imposed_is_a_sanction_and_a_sentence_cut_a_concession(
    text: str, type_: str
) -> None:
    assert type_ in {e[0] for e in grammar_events(text, "2026-06-10")}


@pytest.mark.parametrize(
    "called",
    ["өтө катаал деп атап", "басымдын жаңы түрү деп атап", "саясий куугунтуктун мисалы деп атап"],
)
def test_calling_a_ruling_harsh_or_a_kind_of_wrongdoing_accuses_its_maker(called: str) -> None:
    found = grammar_events(
        "Ош шаардык соту ишкер Бакыт Токтоматовду беш жылга кести. Адвокат Нурлан Абдиев "
        f"өкүмдү {called}, жогорку сотко даттанарын билдирди.",
        "2026-04-14",
    )
    accusations = [e for e in found if e[0] == "ACCUSE"]
    assert accusations and accusations[0][1] == ["Nurlan Abdiev"]


def test_a_decision_not_accepted_is_refused_though_adopting_one_is_no_event() -> None:
    refused = grammar_events(
        "Депутат Айгүл Сыдыкова фракциянын чечимин кабыл албай турганын билдирди.", "2026-03-02"
    )
    adopted = grammar_events("Шаардык кеңеш бюджет боюнча чечимди кабыл алды.", "2026-03-02")
    assert first_of("REJECT", refused)[1] == ["Aigul Sydykova"]
    assert adopted == []


def test_a_mandate_annulled_is_a_sanction_on_its_holder() -> None:
    found = grammar_events(
        'Борбордук шайлоо комиссиясы "Жаңы Доор" партиясынын эки депутатынын мандатын жокко '
        "чыгарды.",
        "2026-12-04",
    )
    assert first_of("SANCTION", found)[1:] == (
        ["Central Election Commission of Kyrgyzstan"],
        ["Jangy Door"],
    )


def test_a_bench_refusing_stands_for_the_court_named_before() -> None:
    found = grammar_events(
        "Асель Бекова мүлкүн кайтарууну сурап Жогорку сотко кайрылды. Бирок коллегия бул "
        "талапты четке какты.",
        "2026-07-03",
    )
    assert first_of("REJECT", found)[1] == ["Supreme Court of Kyrgyzstan"]


def test_an_undated_act_two_sentences_on_from_a_dated_one_is_of_that_day() -> None:
    # the arrest was on Tuesday; the denial, told in the next paragraph two sentences on,
    # was made then, not on the day of publication
    doc = analyze_rules(
        "Шейшемби күнү УКМК мурдагы вице-мэр Нурлан Асанбековду кармады. Ал бюджетке зыян "
        "келтирген деп айыпталууда.\n\nАсанбеков айыптоону четке какты.",
        published="2026-11-12",
    )
    reject = next(e for e in doc.events if e.type == "REJECT")
    assert (reject.date.value, reject.date.basis) == ("2026-11-10", "text")


def test_a_forward_time_alone_in_the_clause_dates_an_act_told_as_expected() -> None:
    doc = analyze_rules(
        "Министр Азамат Сыдыков кийинки аптада Ташкентке барып, өзбек кесиптеши менен "
        "жолугат деп күтүлүүдө.",
        published="2026-04-16",
    )
    visit = next(e for e in doc.events if e.type == "CONSULT")
    assert visit.date.value == "2026-W17"


def test_a_year_inside_a_participle_clause_on_the_object_does_not_date_the_act() -> None:
    doc = analyze_rules(
        'Министрлер кабинети шейшемби күнү "Ак-Таш Майнинг" компаниясына 2019-жылы '
        "берилген лицензияны жокко чыгарды.",
        published="2026-04-22",
    )
    revoked = next(e for e in doc.events if e.type == "SANCTION")
    assert revoked.date.value == "2026-04-21"


def test_the_lead_act_takes_the_past_day_the_next_sentence_names() -> None:
    doc = analyze_rules(
        "Кытай тапшырды жүк унааларын\n\n"
        "Кытай Кыргызстандын Чек ара кызматына 30 жүк ташуучу унааны акысыз тапшырды. "
        "Өткөрүп берүү аземи дүйшөмбү күнү Бишкекте өттү.",
        published="2026-06-24",
    )
    aid = [e for e in doc.events if e.type == "AID" and e.sentence == 1]
    assert [(e.date.value, e.date.basis) for e in aid] == [("2026-06-22", "text")]


def test_an_act_within_an_occasion_told_before_is_of_the_occasions_day() -> None:
    doc = analyze_rules(
        "Шейшемби күнү Москвада тышкы иштер министрлеринин кеңеши өттү. Анда бир нече "
        "маселе каралды. Мындан тышкары Сирияда жаңы өкмөт түзүлдү.\n\n"
        "Жыйындын алкагында Жээнбек Кулубаев тажик кесиптеши Сирожиддин Мухриддин менен "
        "өзүнчө жолукту.",
        published="2026-06-17",
    )
    meeting = next(e for e in doc.events if e.type == "CONSULT")
    assert meeting.date.value == "2026-06-16"


def test_an_act_told_inside_an_accusation_is_what_is_alleged_not_an_event() -> None:
    found = grammar_events(
        "Марат Осмонов тергөө абагынын күзөтчүлөрү уулун сабап майып кылган деп айыптады.",
        "2026-05-14",
    )
    assert [e[0] for e in found] == ["ACCUSE"]


def test_an_arrest_told_before_an_accusation_of_it_stays_an_event() -> None:
    found = grammar_events(
        "Милиция Бакыт Асановду кармады, бирок анын адвокаты кармоону мыйзамсыз деп айыптады.",
        "2026-05-14",
    )
    assert "COERCE" in [e[0] for e in found]


def test_a_past_invitation_to_next_year_is_dated_by_the_clause_before() -> None:
    # the converb clause dates the act; кийинки жылы in the invitation's own clause is the
    # summit's year
    doc = analyze_rules(
        "Былтыр декабрь айында Трамп Жапаров менен телефон аркылуу сүйлөшүп, аны кийинки "
        "жылы саммитке чакырган.",
        published="2026-01-15",
    )
    invitation = next(e for e in doc.events if e.type == "REQUEST")
    assert invitation.date.value == "2025-12"


def test_the_subject_of_a_condition_does_not_do_what_follows_it() -> None:
    found = grammar_events(
        "Адвокат Асел Токтобаева Чүй облустук сотуна даттанды. Эгер облустук сот да "
        "даттанууну четке какса, жактоочулар Жогорку сотко кайрылышы мүмкүн.",
        "2026-09-16",
    )
    appeal = [e for e in found if e[0] == "REQUEST" and e[2] == ["Supreme Court of Kyrgyzstan"]]
    assert appeal and "Chuy Regional Court" not in appeal[0][1]


def english_sides(doc: Document, event: Event) -> tuple[list[str], list[str]]:
    def names(ids: list[str]) -> list[str]:
        return [ent.name_en or ent.name for x in ids if (ent := doc.entity(x)) is not None]

    return names(event.source), names(event.target)


def test_a_denied_verb_after_a_meeting_noun_denies_the_meeting() -> None:
    doc = analyze_rules(
        "Жогорку Кеңештин комитетинин отурумуна билим берүү министри Бакыт Асанов келген жок, "
        "анын ордуна орун басары катышты.",
        published="2026-03-04",
    )
    meetings = [e for e in doc.events if e.type == "CONSULT"]
    assert meetings and all(e.negated for e in meetings)


def test_a_budget_package_approved_is_no_sanction() -> None:
    doc = analyze_rules("Жогорку Кеңеш бюджеттик пакетти бекитти.", published="2026-03-04")
    assert all(e.type != "SANCTION" for e in doc.events)


def test_an_arrest_told_in_the_passive_with_no_actor_is_by_the_body_of_the_last_arrest() -> None:
    doc = analyze_rules(
        "Ички иштер министрлиги шейшемби күнү Бакыт Асановду пара алган деген шек менен "
        "кармады. Бейшемби күнү дагы эки шектүү кармалды.",
        published="2026-03-04",
    )
    second = next(e for e in doc.events if e.sentence == 1 and e.type == "COERCE")
    assert english_sides(doc, second)[0] == ["Ministry of Internal Affairs of Kyrgyzstan"]


def test_a_court_giving_a_sentence_punishes_the_one_it_is_given_to() -> None:
    doc = analyze_rules(
        "Октябрь райондук соту Асановго 15 суткалык камак жазасын берди.",
        published="2026-03-04",
    )
    assert [(e.type, *english_sides(doc, e)) for e in doc.events] == [
        ("COERCE", ["Oktyabrsky District Court of Bishkek"], ["Asanov"])
    ]


def test_not_hiding_a_disagreement_is_no_denial_of_it() -> None:
    doc = analyze_rules(
        "Министр Бакыт Асанов жарлыкка макул эмес экенин жашырган жок.", published="2026-03-04"
    )
    (refusal,) = doc.events
    assert (refusal.type, refusal.negated) == ("REJECT", False)


def test_we_do_not_agree_in_a_quote_is_the_speakers_refusal() -> None:
    doc = analyze_rules(
        '"Биз соттун өкүмүнө макул эмеспиз", - деди Бакыт Асанов.', published="2026-03-04"
    )
    assert [(e.type, e.negated, *english_sides(doc, e)) for e in doc.events][:1] == [
        ("REJECT", False, ["Bakyt Asanov"], [])
    ]


def test_saying_a_charge_has_no_ground_rejects_it() -> None:
    doc = analyze_rules(
        "Айыптоолор чыккандан кийин, Бакыт Асанов мындай дооматтарга негиз жок экенин айтты.",
        published="2026-03-04",
    )
    assert [(e.type, e.negated) for e in doc.events] == [("REJECT", False)]


def test_suspending_a_judges_powers_sanctions_the_judge() -> None:
    doc = analyze_rules(
        "Судьялар кеңеши бүгүн Ош шаардык сотунун судьясы Бакыт Асановдун ыйгарым укуктарын "
        "убактылуу токтотту.",
        published="2026-03-04",
    )
    assert [(e.type, english_sides(doc, e)[1]) for e in doc.events] == [
        ("SANCTION", ["Bakyt Asanov", "Osh City Court"])
    ]


def test_they_after_a_sentence_of_villagers_with_no_act_are_the_villagers() -> None:
    doc = analyze_rules(
        "Министр Бакыт Асанов шейшемби күнү Баткенге барды. Кулунду айылынын 100дөй тургуну "
        "жолго чыгып, министрдин кортежин жарым саатка токтотушту. Алар айылга суу түтүгүн "
        "тартууну суранышты.",
        published="2026-03-04",
    )
    request = next(e for e in doc.events if e.type == "REQUEST")
    assert english_sides(doc, request) == (["Kulundu"], ["Bakyt Asanov"])


def test_not_agreeing_is_a_denied_agreement_not_a_refusal() -> None:
    doc = analyze_rules(
        "Ала-Бука районунун акими Бакыт Асанов компаниянын сунушуна макул болбой, ишти токтотту.",
        published="2026-03-04",
    )
    told = next(e for e in doc.events if e.trigger.text.startswith("макул"))
    assert (told.type, told.negated) == ("AGREE", True)


def test_a_site_blocked_is_a_sanction_on_its_owner() -> None:
    doc = analyze_rules(
        'Маданият министрлиги шейшемби күнү "Ала-Тоо Пресс" басылмасынын сайтын бөгөттөдү.',
        published="2026-03-04",
    )
    assert [e.type for e in doc.events] == ["SANCTION"]


def test_a_case_heard_in_the_passive_is_no_accusation() -> None:
    doc = analyze_rules(
        "Салык кызматы компанияга доо арыз берди. Компаниянын иши 4-июнда сотто карала баштайт.",
        published="2026-05-20",
    )
    assert all(e.type != "ACCUSE" for e in doc.events if e.sentence == 1)


def test_assisting_each_other_is_cooperation_not_aid() -> None:
    doc = analyze_rules(
        "Венгрия Кыргызстан менен санариптик долбоорлор боюнча көмөктөшөт.",
        published="2026-03-04",
    )
    assert [e.type for e in doc.events] == ["COOPERATE"]


def test_a_bill_passed_in_a_reading_is_no_reception() -> None:
    doc = analyze_rules(
        "Долбоорду депутат Бакыт Асанов демилгелеген, ал эми Жогорку Кеңеш аны 4-мартта биринчи "
        "окууда кабыл алды.",
        published="2026-03-04",
    )
    assert all(e.type != "CONSULT" for e in doc.events)


Sides = tuple[list[str], list[str]]


@pytest.mark.parametrize(
    ("text", "type_", "sides"),
    [
        pytest.param(
            "Кыргызстандын Тышкы иштер министрлиги шаршемби күнү Тажикстандын элчилигине "
            "нааразылык нотасын тапшырды. Тажикстан азырынча жооп бере элек.",
            "ACCUSE",
            (
                ["Ministry of Foreign Affairs of Kyrgyzstan"],
                ["Embassy of Tajikistan", "Tajikistan"],
            ),
            id="an_embassy_on_a_side_brings_its_country_when_the_article_names_it",
        ),
        pytest.param(
            "Казакстандын премьер-министри Олжас Бектенов шейшемби күнү Бишкекте Адылбек "
            "Касымалиев менен жолугушту.",
            "CONSULT",
            (["Olzhas Bektenov", "Kazakhstan"], ["Adylbek Kasymaliev"]),
            id="a_foreign_official_acts_for_the_country_the_article_names",
        ),
        pytest.param(
            "Тургундардын бири Айгүл Осмонова акимди убадасын аткарбай келет деп айыптады. "
            "Кийин Ноокат районунун акими Бакыт Сыдыков тургундарды кабыл алды.",
            "ACCUSE",
            (["Aigul Osmonova"], ["Bakyt Sydykov", "Nookat District"]),
            id="a_role_told_before_its_bearer_is_named_is_the_one_person_given_it_later",
        ),
        pytest.param(
            "Европа Биримдиги шаршемби күнү Иранга каршы санкциялардын кезектеги пакетин бекитти.",
            "SANCTION",
            (["European Union"], ["Iran"]),
            id="a_sanctions_package_approved_is_a_sanction_on_the_country_it_is_against",
        ),
        pytest.param(
            "Кыргызстандын түштүгүндө суу жетишпейт. Фермерлер бийликти каналды оңдоого чакырышты.",
            "REQUEST",
            ([], ["Kyrgyzstan"]),
            id="the_authorities_unnamed_are_the_home_countrys_when_the_article_names_it",
        ),
        pytest.param(
            "Жумгал районунун акими Нурбек Абдыкеримов айылдын тургундары менен жолугушту.",
            "CONSULT",
            (["Nurbek Abdykerimov", "Jumgal District"], []),
            id="an_akim_brings_the_district_he_governs",
        ),
        pytest.param(
            '"Туюк-Көмүр" компаниясы дарыяны булгады деп айыпталды. Компаниянын директору '
            "Эрлан Тыналиев айыптоолорду четке какты.",
            "REJECT",
            (["Erlan Tynaliev", "Tuyuk-Komur"], []),  # the company denies nothing of itself
            id="a_director_named_by_a_body_noun_brings_the_body_it_stands_for",
        ),
        pytest.param(
            "Кант шаардык кеңешинин депутаттары мэр Азиз Бекболотовду сынга алышты.",
            "ACCUSE",
            (["Kant City Council"], ["Aziz Bekbolotov"]),
            id="a_bare_title_after_a_bodys_people_is_no_title_of_that_body",
        ),
        pytest.param(
            "Айбек Токтосунов каттоодон баш тартты. Маматов Садыр Жапаровду колдоого чакырды. "
            "Токтосуновдун 150дөй тарапкери БШКнын имаратынын алдында пикет өткөрүштү.",
            "PROTEST",
            (["Aibek Toktosunov"], ["Central Election Commission of Kyrgyzstan"]),
            id="a_persons_supporters_protest_for_that_person",
        ),
        pytest.param(
            "Кечээ 100дөн ашык тургун мэриянын алдына чогулуп, суу маселесин чечүүнү талап "
            "кылышты. Шаардык кеңештин депутаттары мэр Азиз Бекболотовду сынга алышты.",
            "PROTEST",
            ([], ["Aziz Bekbolotov"]),
            id="a_city_hall_protested_at_is_its_mayor_named_later",
        ),
        pytest.param(
            "Министр Эркин Асанов студенттерге 30 пайызга чейин жеңилдик берилерин айтты.",
            "CONCEDE",
            (["Erkin Asanov"], []),
            id="what_a_minister_says_will_be_given_is_given_by_the_minister",
        ),
        pytest.param(
            "Адылбек Касымалиев кийинки айда Москвага иш сапары менен барат. Орусия менен "
            "соода маселелери талкууланат.",
            "CONSULT",
            (["Adylbek Kasymaliev"], ["Moscow", "Russia"]),
            id="a_town_abroad_on_a_side_brings_its_country",
        ),
        pytest.param(
            '"Сандалаш Майнинг" компаниясы айыл кеңешинин чечимин сотко берет. Кара-Арча айыл '
            "кеңеши компаниянын ижарасын жокко чыгарды. Райондун акими Азамат Сапарбаев "
            "тараптарды сүйлөшүүгө чакырды.",
            "REQUEST",
            (["Azamat Saparbaev"], ["Kara-Archa Ayyl Council", "Sandalash Mining"]),
            id="the_sides_called_to_talks_are_the_two_sides_of_the_last_act",
        ),
        pytest.param(
            "Ош шаардык соту блогер Азамат Абдиевди төрт жылга эркинен ажыратты. Эл аралык "
            "уюмдар бул ишке көңүл бурушту. Human Rights Watch уюму өкүмдү катуу сынга алды.",
            "ACCUSE",
            (["Human Rights Watch"], ["Osh City Court"]),
            id="a_verdict_criticised_is_aimed_at_the_court_named_last",
        ),
        pytest.param(
            "Прокурор Нурбек Осмонов Бакыт Жумалиевди эки айга камакка алууну суранды. Каракол "
            "шаардык соту өтүнүчтү канааттандырды.",
            "REQUEST",
            (["Nurbek Osmonov"], ["Karakol City Court"]),
            id="a_custody_asked_for_is_asked_of_the_court_not_of_the_person_held",
        ),
        pytest.param(
            "Орусия Кыргызстанга 12 учкучсуз учакты акысыз тапшырды.",
            "AID",
            (["Russia"], ["Kyrgyzstan"]),
            id="goods_handed_over_free_of_charge_are_aid",
        ),
        pytest.param(
            "Маданият министрлиги орусиялык ырчы Глеб Сорокиндин концертине тыюу салды. "
            "Министрликтин маалыматына караганда, Сорокин март айында бир подкастта "
            "кыргызстандык мигранттарды кемсинткен.",
            "ACCUSE",
            (["Ministry of Culture, Information and Youth Policy of Kyrgyzstan"], ["Gleb Sorokin"]),
            id="an_insult_a_body_reports_is_its_accusation",
        ),
        pytest.param(
            'Эсептөө палатасынын маалыматына караганда, "Нур-Жол Курулуш" компаниясы '
            "мамлекетке 14 миллион сом зыян келтирген.",
            "ACCUSE",
            (["Accounts Chamber of Kyrgyzstan"], ["Nur-Jol Kurulush"]),
            id="damage_a_body_reports_is_its_accusation",
        ),
        pytest.param(
            '"Жашыл Суу" компаниясы дарыянын жээгинде завод курду. Экология министрлигинин '
            "маалыматына караганда, компания дарыяны булгаган.",
            "ACCUSE",
            (["Ministry of Ecology"], ["Jashyl Suu"]),
            id="a_body_noun_in_a_reported_claim_is_the_body_told_before",
        ),
        pytest.param(
            "Өзбекстан менен Кыргызстандын чек арасында эки малчы кармалды. Алар кечээ "
            "кыргыз тарапка кайтарылып берилди.",
            "CONCEDE",
            (["Uzbekistan"], ["Kyrgyzstan"]),
            id="people_returned_to_one_side_are_let_go_by_the_other",
        ),
        pytest.param(
            "Өзбекстан менен Кыргызстандын чек арасында эки малчы кармалды. Алар кечээ "
            "Кыргызстандын тарабына өткөрүлүп берилди.",
            "CONCEDE",
            (["Uzbekistan"], ["Kyrgyzstan"]),
            id="people_handed_to_a_countrys_side_are_let_go_by_the_other",
        ),
        pytest.param(
            "Казакстан тоого чыккан үч туристти кармаган. Алар кечээ Кыргызстанга кайтарылды.",
            "CONCEDE",
            (["Kazakhstan"], ["Kyrgyzstan"]),
            id="people_returned_to_a_country_are_let_go_by_the_one_who_held_them",
        ),
        pytest.param(
            "Армениянын премьер-министри Никол Пашинян Бишкекке келди. Армениянын "
            "премьер-министри НАТОну сынга алды.",
            "ACCUSE",
            (["Nikol Pashinyan", "Armenia"], ["NATO"]),
            id="a_countrys_title_with_no_name_is_the_bearer_named_before",
        ),
        pytest.param(
            'Юстиция министрлиги "Ак Шоола" кризистик борборуна айып пул салды. Уюм айыпты '
            "төлөөдөн баш тартты. БУУнун кеңсеси да айып пулду сынга алды.",
            "REJECT",
            (["Ak Shoola"], ["Ministry of Justice of Kyrgyzstan"]),
            id="an_organisation_noun_is_the_one_told_before_not_a_later_namesake",
        ),
        pytest.param(
            "Ак-Суу айылынын малчылары жолду тосушту. Алар жайлоону жеке ишканага берүүгө "
            'каршы. "Көк Жайык" ЖЧКнын директору Бакыт Осмонов малчылардын айыптоолорун '
            "негизсиз деп атады.",
            "REJECT",
            (["Bakyt Osmonov", "Kok Jayyk"], ["Ak-Suu"]),
            id="a_head_named_after_his_bodys_kind_rejects_for_the_body",
        ),
        pytest.param(
            "Чүй облустук ички иштер башкармалыгы үч фермерди кармады. Инспекция "
            '"Ак-Нур" компаниясына 500 миң сом айып салды. "Ак-Нур" компаниясынын директору '
            "Азамат Жолдошев айыпты төлөй турганын айтты. Акыйкатчы Жамиля Жаманбаева "
            "кармалган фермерлерди дароо бошотууну талап кылды.",
            "REQUEST",
            (["Jamilya Jamanbaeva"], ["Chuy Regional Internal Affairs Department"]),
            id="a_demand_to_release_people_is_made_of_who_arrested_them",
        ),
        pytest.param(
            "Эл аралык арбитраждык соту «Кыргыз темир жолу» улуттук компаниясын түрк "
            "компаниясына 47 миллион доллар төлөп берүүгө милдеттендирди. «Кыргыз темир "
            "жолунун» башкы директору Бакыт Осмонов арбитраждын чечимин адилетсиз деп атады.",
            "ACCUSE",
            (["Bakyt Osmonov", "Kyrgyz Temir Zholu"], ["International Arbitration Court"]),
            id="the_arbitration_noun_is_the_arbitration_court_named",
        ),
        pytest.param(
            "Жумгал районунда жер титирөөдөн 312 үй бузулду. Чаек айылынын 60тай тургуну кечээ "
            "Жумгал райондук администрациясынын алдына чогулуп, нааразылык билдиришти. Райондун "
            "акими Эрмек Дүйшөнов нааразыларды кабыл алып, бардык үйлөр кайра текшерилерин убада "
            "кылды.",
            "CONSULT",
            (["Ermek Duishonov", "Jumgal District"], ["Chaek"]),
            id="the_protesters_met_are_the_side_whose_protest_was_told",
        ),
    ],
)
def test_the_sides_of_the_first_event_of_the_type(text: str, type_: str, sides: Sides) -> None:
    doc = analyze_rules(text, published="2026-03-04")
    event = next(e for e in doc.events if e.type == type_)
    assert english_sides(doc, event) == sides


def test_the_ends_of_a_road_named_with_its_kind_are_no_actors() -> None:
    doc = analyze_rules(
        "Кара-Токой айылынын 200дөн ашык дыйканы Баткен — Исфана унаа жолун беш саатка тосушту.",
        published="2026-03-04",
    )
    event = next(e for e in doc.events if e.type == "PROTEST")
    assert english_sides(doc, event)[0] == ["Kara-Tokoy"]
    # the rules name no target: any the implicit-actor model guesses is marked as its guess
    assert not event.target or "target" in event.inferred


def test_workers_of_a_bodys_unit_strike_against_the_body() -> None:
    doc = analyze_rules(
        '"Кыргыз темир жолу" мамлекеттик ишканасынын жүк ташуу бөлүмүнүн 80ден ашык '
        "кызматкери дүйшөмбү күнү иш таштады.",
        published="2026-03-04",
    )
    (strike,) = doc.events
    assert strike.type == "PROTEST" and len(strike.target) == 1


def test_a_criticism_not_accepted_is_a_rejection_not_a_denied_reception() -> None:
    doc = analyze_rules(
        "Рубио журналисттерди бошотууга чакырды. Кулубаев бул сынды кабыл алган жок.",
        published="2026-03-04",
    )
    reply = next(e for e in doc.events if e.sentence == 1)
    assert (reply.type, reply.negated) == ("REJECT", False)
    assert english_sides(doc, reply) == (["Jeenbek Kulubaev"], ["Marco Rubio"])


def test_a_meeting_that_had_been_planned_is_denied() -> None:
    doc = analyze_rules(
        "Жапаровдун Токаев менен жолугушуусу да каралган эле, бирок Токаевдин иш графиги өзгөрдү.",
        published="2026-03-04",
    )
    assert [(e.type, e.negated) for e in doc.events] == [("CONSULT", True)]


def test_case_files_handed_to_a_prosecutor_are_no_release() -> None:
    doc = analyze_rules(
        "Мэрия компаниянын ишин текшерди. Материалдар прокуратурага өткөрүлүп берилди.",
        published="2026-03-04",
    )
    assert not [e for e in doc.events if e.type == "CONCEDE"]


def test_a_court_hearing_and_words_said_at_a_sitting_are_no_talks() -> None:
    doc = analyze_rules(
        "Иш боюнча кийинки сот отуруму 2-апрелге белгиленди. "
        '"Эрежелер баарына бирдей болот", - деди Касымалиев жалпы отурумда.',
        published="2026-03-04",
    )
    assert not [e for e in doc.events if e.type == "CONSULT"]


def test_counted_organisations_are_no_organisation_told_before() -> None:
    doc = analyze_rules(
        'Юстиция министрлиги "Ак Шоола" кризистик борборуна айып пул салды. БУУнун кеңсеси '
        "айып пулду сынга алды. Укук коргоочулардын эсебинде, 30дан ашык коммерциялык эмес "
        "уюм ишин токтоткон.",
        published="2026-03-04",
    )
    assert not [e for e in doc.events if e.sentence == 2 and e.source]


def test_a_not_yet_made_a_noun_denies_the_act_told_before_it() -> None:
    doc = analyze_rules(
        "Башкы прокуратура казак тараптын өтүнүчүн азырынча канааттандыра электигин билдирди.",
        published="2026-03-04",
    )
    grant = next(e for e in doc.events if e.type == "CONCEDE")
    assert grant.negated


def test_a_note_sent_is_a_request_of_its_addressee() -> None:
    doc = analyze_rules(
        "Кыргызстандын Тышкы иштер министрлиги Тажикстандын Тышкы иштер министрлигине нота "
        "жөнөттү.",
        published="2026-03-04",
    )
    assert [e.type for e in doc.events] == ["REQUEST"]


def test_a_company_noun_paragraphs_after_the_lead_is_the_company_it_named() -> None:
    doc = analyze_rules(
        'Кыргызстандык курулушчу Бакытбек Ормонов "Нур-Курылыс Групп" ЖЧКсынын объектисинде '
        "каза болду. Элчилик Казакстандын Башкы прокуратурасына кат жөнөттү. Астана шаарынын "
        "полиция департаменти кылмыш ишин козгоду. Маркумдун сөөгү Сузакка жеткирилди. "
        "Үй-бүлөсү сөөктү жерге берди. Эмгек министрлиги үй-бүлөгө жардам берди. Маркумдун "
        "иниси Нурбек Ормонов компаниядан үй-бүлөгө компенсация төлөп берүүнү талап кылып, "
        "жакын арада сотко кайрыла турганын айтты.",
        published="2026-03-04",
    )
    demand = next(e for e in doc.events if e.type == "REQUEST")
    assert english_sides(doc, demand) == (["Nurbek Ormonov"], ["Nur-Kurylys Group"])


@pytest.mark.parametrize(
    ("text", "type_", "target"),
    [
        pytest.param(
            "Каракол шаардык соту адвокат Бактыгүл Усенованы үй камагына чыгарды. Прокурор "
            "аны тергөө абагына камоону талап кылганы менен, сот макул болгон жок.",
            "REQUEST",
            ["Karakol City Court"],
            id="jailing_asked_for_is_asked_of_the_court",
        ),
        pytest.param(
            "Ош шаардык соту активист Эркинбек Ташматовго беш жыл эркинен ажыратуу жазасын "
            "берди. Айыптоо тарап ага жети жылдык жаза сураган эле.",
            "REQUEST",
            ["Osh City Court"],
            id="a_prison_term_asked_for_is_asked_of_the_court",
        ),
        pytest.param(
            "Экология жана техникалык коопсуздук боюнча мамлекеттик инспекция жума күнү "
            '"Ак-Толкун Резорт" мейманкана тармагына 4 миллион сом айып салды. "Мейманканалар '
            'жабылышы керек", - деди акциянын катышуучусу Гүлнара Садырбаева. Компания '
            "айыптоолорду четке какты.",
            "REJECT",
            ["State Inspectorate for Ecology and Technical Security"],
            id="charges_denied_are_those_of_the_body_that_fined_not_of_a_protester_quoted",
        ),
    ],
)
def test_the_target_of_the_first_event_of_the_type(
    text: str, type_: str, target: list[str]
) -> None:
    doc = analyze_rules(text, published="2026-03-04")
    event = next(e for e in doc.events if e.type == type_)
    assert english_sides(doc, event)[1] == target


def test_activists_of_a_movement_protest_for_it_not_against_it() -> None:
    found = pipeline_events(
        '"Таза Шаар" кыймылынын активисттери аянтта пикет өткөрүштү.', "2026-06-03"
    )
    protest = first_of("PROTEST", found)
    assert "Taza Shaar Movement" not in protest[2]
    assert protest[1] == ["Taza Shaar Movement"]


def test_an_embassy_reporting_an_arrest_abroad_is_not_who_made_it() -> None:
    doc = analyze_rules(
        "Кыргызстандын Стамбулдагы башкы консулдугунун маалыматына караганда, 12 "
        "кыргызстандык 3-мартта кармалып, депортация борборуна жеткирилген.",
        published="2026-03-05",
    )
    for event in doc.events:
        assert english_sides(doc, event)[0] == [], english_sides(doc, event)


def test_a_member_named_before_his_faction_does_not_act_for_it() -> None:
    found = pipeline_events(
        "Шаардык кеңештин депутаты Азамат Бекташев кармалды. Бекташев мүчө болгон "
        '"Ак Тилек" фракциясы кармоону саясий куугунтук деп айыптады.',
        "2026-08-28",
    )
    accusation = first_of("ACCUSE", found)
    assert accusation[1] == ["Ak Tilek"]


def test_a_court_hearing_set_for_a_date_is_no_talks() -> None:
    found = pipeline_events(
        "Бишкектин Биринчи май райондук соту блогердин ишин карай баштады. Соттун биринчи "
        "отуруму 14-июлга белгиленди.",
        "2026-07-01",
    )
    assert not [e for e in found if e[0] == "CONSULT"], found


def test_collecting_signatures_or_money_is_no_meeting() -> None:
    found = pipeline_events(
        '"Ачык Доо" коомдук бирикмеси мыйзам долбооруна каршы беш миң кол чогултуп, '
        "кайрылууну парламентке жөнөттү.",
        "2026-04-20",
    )
    assert not [e for e in found if e[0] == "CONSULT"], found
    assert pipeline_events("Тажикстан чек арага аскер чогултту.", "2026-04-20") == [
        ("MOBILIZE", ["Tajikistan"], [])
    ]


def test_discontent_a_decision_stirred_is_no_protest() -> None:
    doc = analyze_rules(
        "Токмок шаардык кеңешинин бул чечими базардагы соодагерлердин нааразылыгын жаратты.",
        published="2026-02-10",
    )
    assert not [e for e in doc.events if e.type == "PROTEST"]
    held = analyze_rules(
        "Соодагерлер шаардык кеңештин алдында нааразылык акциясын өткөрүштү.",
        published="2026-02-10",
    )
    assert [e.type for e in held.events] == ["PROTEST"]


def test_a_committee_told_by_its_parliament_and_a_common_noun_acts_for_the_parliament() -> None:
    found = pipeline_events(
        "Жогорку Кеңештин агрардык саясат боюнча комитети айыл чарба министри Бакыт "
        "Торобаевди сынга алды. Комитет Министрлер кабинетине жаңы программа кабыл алууну "
        "сунуштады.",
        "2026-03-18",
    )
    assert first_of("ACCUSE", found)[1] == ["Supreme Council of Kyrgyzstan"]
    assert first_of("REQUEST", found)[1] == ["Supreme Council of Kyrgyzstan"]
