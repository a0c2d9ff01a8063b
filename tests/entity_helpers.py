"""Build Documents by hand with entities, so quote/event tests do not hang on NER quality."""

from __future__ import annotations

import datetime as dt
import re

from kabar.document import Document, Entity, Mention
from kabar.pipeline import Pipeline, get_stage

Spec = tuple[str, str, list[str], str | None, str | None]
"""(id, label, Kyrgyz forms longest first, English name, role)."""


def attach(doc: Document, specs: list[Spec]) -> None:
    """Add entities whose mentions are every token run starting with one of the forms."""
    taken: list[tuple[int, int]] = []
    for ent_id, label, forms, name_en, role in specs:
        ent = Entity(ent_id, label, forms[0], name_en=name_en, role=role)
        for form in forms:
            for m in re.finditer(rf"(?<!\w){re.escape(form)}\w*", doc.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                si = next(i for i, s in enumerate(doc.sentences) if s.start <= m.start() <= s.end)
                ent.mentions.append(Mention(m.start(), m.end(), m.group(), si))
                taken.append((m.start(), m.end()))
        ent.mentions.sort(key=lambda x: x.start)
        doc.entities.append(ent)


def build(text: str, specs: list[Spec], published: str | None = "2026-01-15") -> Document:
    """Clean and segment ``text`` (no tagger: the rules must stand alone), attach the entities, then run times, quotes and events."""
    doc = Document(
        text="", raw=text, published=dt.date.fromisoformat(published) if published else None
    )
    Pipeline(["clean", "segment", "language"])(doc)  # no morphology: tests pin our own rules
    attach(doc, specs)
    for name in ("times", "quotes", "events"):
        get_stage(name)(doc)
    return doc


SEED_SPECS: list[Spec] = [
    ("e1", "PER", ["Касым-Жомарт Токаев", "Токаев"], "Kassym-Jomart Tokayev", "президент"),
    ("e2", "PER", ["Дональд Трамп", "Мелания Трамп", "Трамп"], "Donald Trump", "президент"),
    ("e3", "PER", ["Жули Стаффт", "Стаффт"], "Julie Stufft", "элчи"),
    ("e4", "PER", ["Георги Воденски"], "Georgi Vodenski", "элчи"),
    ("e5", "PER", ["Руслан Желдибай", "Желдибай"], "Ruslan Zheldibay", "катчы"),
    ("e7", "PER", ["Шавкат Мирзиёев"], "Shavkat Mirziyoyev", "лидер"),
    ("e8", "LOC", ["Казакстан"], "Kazakhstan", None),
    ("e9", "LOC", ["Америка Кошмо Штаттар", "Кошмо Штаттар", "АКШ"], "United States", None),
    ("e10", "LOC", ["Болгария"], "Bulgaria", None),
    ("e11", "LOC", ["Вашингтон"], "Washington", None),
    ("e12", "LOC", ["Нью-Йорк"], "New York", None),
    ("e13", "LOC", ["Өзбекстан"], "Uzbekistan", None),
    ("e14", "LOC", ["Майами"], "Miami", None),
    ("e15", "LOC", ["Борбор Азия"], "Central Asia", None),
    ("e16", "LOC", ["Кытай"], "China", None),
    ("e17", "ORG", ["БУУнун Башкы Ассамблея", "БУУ"], "United Nations", None),
    ("e19", "ORG", ["Telegram"], "Telegram", None),
]
