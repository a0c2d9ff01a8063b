"""A fully populated Document built by hand, for the schema and renderer tests.

Every list the later stages fill (entities, quotes, times, events) has
something in it, so a test over it exercises every part of the JSON contract
without depending on how far those stages have come.
"""

from __future__ import annotations

import datetime as dt

from kabar.document import (
    Document,
    Entity,
    Event,
    EventDate,
    Mention,
    Quote,
    Sentence,
    Span,
    TimeExpression,
    Token,
)

S1 = "Президент Садыр Жапаров 12-декабрда Ташкентке барат."
S2 = '"Биз чек ара маселесин толук чечтик", - деди Жапаров.'
S3 = "Ал Шавкат Мирзиёев менен телефон аркылуу сүйлөшкөн эмес."
TEXT = f"{S1} {S2} {S3}"


def _span(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    start = text.index(needle, after)
    return start, start + len(needle)


def _sentence(text: str, sentence: str, lang: str = "ky") -> Sentence:
    start, end = _span(text, sentence)
    tokens: list[Token] = []
    pos = start
    for word in sentence.replace('"', " ").replace(",", " ").replace(".", " ").split():
        w_start, w_end = _span(text, word, pos)
        tokens.append(Token(word, w_start, w_end, lemma=word.lower(), pos="NOUN", feats=""))
        pos = w_end
    return Sentence(start, end, language=lang, tokens=tokens)


def full_document() -> Document:
    """Two actors, one place, a quote, a resolved time, a future and a negated event."""
    text = TEXT
    sentences = [_sentence(text, S1), _sentence(text, S2), _sentence(text, S3)]
    sentences[1].attribution_of = [1]

    def mention(needle: str, sentence: int, after: int = 0) -> Mention:
        start, end = _span(text, needle, after)
        return Mention(start, end, needle, sentence)

    japarov = Entity(
        id="e1",
        label="PER",
        name="Садыр Жапаров",
        name_en="Sadyr Japarov",
        kb_id="kg-japarov",
        mentions=[mention("Садыр Жапаров", 0), mention("Жапаров", 1, len(S1))],
        role="президент",
        country="KGZ",
        sector="GOV",
    )
    tashkent = Entity(
        id="e2",
        label="LOC",
        name="Ташкент",
        name_en="Tashkent",
        kb_id=None,
        mentions=[mention("Ташкентке", 0)],
    )
    mirziyoyev = Entity(
        id="e3",
        label="PER",
        name="Шавкат Мирзиёев",
        name_en="Shavkat Mirziyoyev",
        kb_id="uz-mirziyoyev",
        mentions=[mention("Шавкат Мирзиёев", 2)],
        country="UZB",
        sector="GOV",
    )
    q_start, q_end = _span(text, "Биз чек ара маселесин толук чечтик")
    t_start, t_end = _span(text, "12-декабрда")
    v_start, v_end = _span(text, "барат")
    c_start, c_end = _span(text, "сүйлөшкөн")
    return Document(
        text=text,
        id="handmade-1",
        source="handmade.txt",
        title="Жапаров Ташкентке барат",
        published=dt.date(2025, 11, 20),
        url="https://news.example/kg/1",
        language="ky",
        language_scores={"ky": 0.93, "ru": 0.07},
        sentences=sentences,
        entities=[japarov, tashkent, mirziyoyev],
        quotes=[Quote("e1", text[q_start:q_end], q_start, q_end, 1, kind="direct")],
        times=[TimeExpression("12-декабрда", t_start, t_end, "2025-12-12", sentence=0)],
        events=[
            Event(
                id="v1",
                type="CONSULT",
                mode="visit",
                source=["e1"],
                target=["e2"],
                date=EventDate("12-декабрда", "2025-12-12", basis="text"),
                location="e2",
                modality="future",
                negated=False,
                sentence=0,
                trigger=Span(v_start, v_end, "барат"),
            ),
            Event(
                id="v2",
                type="CONSULT",
                mode="phone",
                source=["e1"],
                target=["e3"],
                date=EventDate(None, "2025-11-20", basis="published"),
                location=None,
                modality="asserted",
                negated=True,
                sentence=2,
                trigger=Span(c_start, c_end, "сүйлөшкөн"),
            ),
        ],
        warnings=["removed site residue: 'Бөлүшүү'"],
        raw=text,
    )
