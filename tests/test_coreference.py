"""Common nouns that refer back to a named body become its mentions (``Министрлик ...``)."""

from __future__ import annotations

import kabar
from kabar.document import Document
from kabar.ner.coreference import head_of

PUBLISHED = "2026-05-12"


def mentions(doc: Document, name_en: str) -> list[str]:
    ent = next(e for e in doc.entities if e.name_en == name_en)
    return [m.text for m in ent.mentions]


def test_a_body_noun_in_any_case_refers_to_the_body_named_before() -> None:
    doc = kabar.analyze(
        'Айыл чарба министрлиги "Жашыл Талаа" компаниясына айып пул салды. '
        "Министрликтин маалыматына караганда, компания дарыяны булгаган. "
        "Компания бул чечимди сотко даттанарын билдирди.",
        published=PUBLISHED,
    )
    assert mentions(doc, "Ministry of Agriculture of Kyrgyzstan")[1:] == ["Министрликтин"]
    assert mentions(doc, "Jashyl Talaa")[1:] == ["компания", "Компания"]


def test_the_body_of_the_kind_named_most_then_latest_is_the_one_meant() -> None:
    doc = kabar.analyze(
        '"Ак-Суу" компаниясы менен "Тоо-Кен" компаниясы келишим түзүштү. '
        "Компания жаңы директор издеп жатат. "
        '"Тоо-Кен" компаниясынын директору кетти. Компания жаңы директор издеп жатат.',
        published=PUBLISHED,
    )
    first = next(e for e in doc.entities if e.name.startswith('"Ак-Суу"'))
    second = next(e for e in doc.entities if e.name.startswith('"Тоо-Кен"'))
    assert [m.text for m in second.mentions] == [
        '"Тоо-Кен" компаниясы',
        "Компания",  # each named once: the latest
        '"Тоо-Кен" компаниясынын',
        "Компания",  # named most
    ]
    assert len(first.mentions) == 1


def test_a_body_named_as_subject_is_meant_before_one_named_as_an_owner() -> None:
    doc = kabar.analyze(
        "Маданият министрлиги Өзгөчө кырдаалдар министрлигинин корутундусуна таянып, "
        "театрды жабарын кабарлады. Министрлик жерди сатуу маселеси каралбай турганын айтты.",
        published=PUBLISHED,
    )
    culture = next(e for e in doc.entities if e.name.startswith("Маданият"))
    assert [m.text for m in culture.mentions][1:] == ["Министрлик"]


def test_another_a_plural_or_a_counted_body_noun_is_no_mention_of_the_named_one() -> None:
    doc = kabar.analyze(
        '"Жашыл Талаа" компаниясы лицензиясынан ажырады. Башка компания анын ордуна келди. '
        "Компаниялар текшерилет. Бир компания жабылды. Эки компания айып төлөйт.",
        published=PUBLISHED,
    )
    assert mentions(doc, "Jashyl Talaa") == ['"Жашыл Талаа" компаниясы']


def test_a_body_noun_heading_a_compound_or_named_before_the_body_is_no_mention() -> None:
    doc = kabar.analyze(
        "Компания жаңы кен ачат деп күтүлүүдө. Бишкек шаардык соту ишти карады. "
        "Сот отуруму эртең уланат.",
        published=PUBLISHED,
    )
    court = next(e for e in doc.entities if e.name.startswith("Бишкек шаардык"))
    assert [m.text for m in court.mentions] == ["Бишкек шаардык соту"]


def test_a_body_noun_after_a_persons_name_still_refers_to_the_body() -> None:
    doc = kabar.analyze(
        "Транспорт министрлиги көпүрөнү быйыл оңдобой турганын билдирди. "
        "Депутат Жылдыз Осмонова министрликтин бул жообун сынга алды.",
        published=PUBLISHED,
    )
    assert mentions(doc, "Ministry of Transport and Communications of Kyrgyzstan")[1:] == [
        "министрликтин"
    ]


def test_a_head_that_is_also_an_everyday_word_is_not_linked() -> None:
    doc = kabar.analyze(
        "Жогорку Кеңеш мыйзамды кабыл алды. Эксперттер депутаттарга кеңеш беришти.",
        published=PUBLISHED,
    )
    assert mentions(doc, "Supreme Council of Kyrgyzstan") == ["Жогорку Кеңеш"]


def test_an_organisation_s_head_is_read_from_its_possessed_name() -> None:
    assert head_of("Тышкы иштер министрлиги") == "министрлик"
    assert head_of('"Галлия Майнинг" компаниясы') == "компания"
    assert head_of("Жогорку Кеңеш") is None  # кеңеш does not refer back on its own


def test_the_company_named_before_rejects_what_it_is_accused_of() -> None:
    doc = kabar.analyze(
        'Экология инспекциясы "Жашыл Талаа" компаниясын дарыяны булгады деп айыптады. '
        "Компания айыптоолорду четке какты.",
        published=PUBLISHED,
    )
    rejection = next(e for e in doc.events if e.type == "REJECT")
    assert [doc.entity(i).name_en for i in rejection.source] == ["Jashyl Talaa"]  # type: ignore[union-attr]


def test_a_bodys_name_without_its_first_words_in_lower_case_refers_to_it() -> None:
    doc = kabar.analyze(
        "Мамлекеттик бажы кызматы жаңы эрежени жарыялады. Депутаттар бажы кызматынын "
        "жетекчилерин отурумга чакырышты. Бажы постунун кызматы күчөтүлдү.",
        published=PUBLISHED,
    )
    assert mentions(doc, "State Customs Service of Kyrgyzstan") == [
        "Мамлекеттик бажы кызматы",
        "бажы кызматынын",
    ]


def test_a_name_tail_before_the_body_is_named_refers_to_nothing() -> None:
    doc = kabar.analyze(
        "Депутаттар бажы кызматынын ишин сынга алышты. Мамлекеттик бажы кызматы жооп берди.",
        published=PUBLISHED,
    )
    assert mentions(doc, "State Customs Service of Kyrgyzstan") == ["Мамлекеттик бажы кызматы"]
