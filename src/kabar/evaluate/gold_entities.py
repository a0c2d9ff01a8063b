"""Gold entities attached to a Document, to measure quotes and events on their own.

The scores of the quote and event stages depend on the entity stage; to see what
these stages do by themselves (and to gate them in CI without hanging on NER
quality), the gold annotation's entities are attached by their Kyrgyz ``forms``:
every word run starting with a form is a mention. The role is the title word
right before the first mention (``элчиси Жули Стаффт`` -> ``элчи``), as an entity
stage would read it. Used by ``benchmarks/events.py`` and the quality tests only.
"""

from __future__ import annotations

import re
from typing import Any

from kabar.document import Document, Entity, Mention
from kabar.events.arguments import titles


def _role_before(doc: Document, start: int) -> str | None:
    before = doc.text[:start].split()
    if not before:
        return None
    word = before[-1].lower()
    for stem in titles():
        if word.startswith(stem):
            return stem
    return None


def attach_gold_entities(doc: Document, gold: dict[str, Any]) -> None:
    """Replace ``doc.entities`` with the gold ones, mentions found by their forms."""
    taken: list[tuple[int, int]] = []
    entities: list[Entity] = []
    specs = sorted(
        enumerate(gold.get("entities", [])), key=lambda x: -max(len(f) for f in x[1]["forms"])
    )
    for n, spec in specs:
        ent = Entity(f"g{n + 1}", spec["label"], spec["forms"][0], name_en=spec.get("name_en"))
        for form in sorted(spec["forms"], key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(form)}\w*", doc.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                si = next(
                    (i for i, s in enumerate(doc.sentences) if s.start <= m.start() < s.end + 1), -1
                )
                if si < 0:
                    continue
                ent.mentions.append(Mention(m.start(), m.end(), m.group(), si))
                taken.append((m.start(), m.end()))
        ent.mentions.sort(key=lambda x: x.start)
        if ent.mentions:
            ent.role = next(
                (r for m in ent.mentions if (r := _role_before(doc, m.start)) is not None), None
            )
            entities.append(ent)
    entities.sort(key=lambda e: int(e.id[1:]))
    doc.entities = entities
