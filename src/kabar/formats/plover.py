"""``--format plover``: one PLOVER/POLECAT-style JSON record per event, one per line (JSONL).

The record follows the field names of the PLOVER specification and the POLECAT
event data set, so that kabar output can be loaded beside them:

- ``id``: ``<document id>-<event id>`` (``doc-ev3``); ``identifier_id`` is the event id
  within the document and ``identifier_text`` its trigger words.
- ``date``: the event's date as an ISO prefix (``2025-12`` when the text gives only a
  month, ``2026-W06`` for a week); ``date_basis`` says ``text`` or ``published``
  (the date is only the publication date). POLECAT always has a full day; we never
  invent one the text does not give.
- ``event`` / ``mode`` / ``context``: PLOVER event type, mode (``""`` when none) and
  contexts (kabar assigns none yet: ``[]``).
- ``actor`` / ``actor_country`` / ``actor_sector``: the first source (English name when
  linked, else the Kyrgyz name), its ISO 3166-1 alpha-3 country and PLOVER sector
  from the KB. Further sources are listed in ``actors`` (same fields); likewise
  ``recipient`` and ``recipients`` for the targets. A missing side is ``""``.
- ``location``: ``{"name", "country"}`` of the place entity, or null.
- ``event_text``: the sentence that carries the event; ``entity_text``: the Kyrgyz
  mention texts of actor and recipient as written.
- ``text_info``: ``{"language", "source"}``; ``cite_info``: ``{"source", "url", "published"}``.
- ``negated`` and ``modality`` (``asserted``/``future``/``hypothetical``) are kabar's
  additions: PLOVER codes only asserted events, so a consumer that wants PLOVER
  proper keeps the records with ``negated == false`` and ``modality == "asserted"``.
- ``inferred``: kabar's addition too: the sides (``actor``, ``recipient``) the event
  rules left empty and the implicit-actor model filled from the article, with the model's
  probability (``kabar.events.implicit``); ``{}`` when every side given was read off the
  sentence.
- ``confidence``: kabar's addition: how likely the event is right as a whole, learned
  from kabar's gold articles (``kabar.events.confidence``); null for negated events.
"""

from __future__ import annotations

import json
from typing import Any

from kabar.document import Document, Entity, Event


def _actor(doc: Document, entity_id: str) -> dict[str, Any]:
    ent: Entity | None = doc.entity(entity_id)
    if ent is None:
        return {"name": entity_id, "country": "", "sector": "", "kb_id": None}
    return {
        "name": ent.name_en or ent.name,
        "country": ent.country or "",
        "sector": ent.sector or "",
        "kb_id": ent.kb_id,
    }


def _mention_text(doc: Document, entity_id: str | None, sentence: int) -> str:
    ent = doc.entity(entity_id)
    if ent is None:
        return ""
    for m in ent.mentions:
        if m.sentence == sentence:
            return m.text
    return ent.name


_PLOVER_SIDE = {"source": "actor", "target": "recipient"}


def record(doc: Document, ev: Event) -> dict[str, Any]:
    """The PLOVER record of one event."""
    sources = [_actor(doc, i) for i in ev.source]
    targets = [_actor(doc, i) for i in ev.target]
    first_s = sources[0] if sources else {"name": "", "country": "", "sector": ""}
    first_t = targets[0] if targets else {"name": "", "country": "", "sector": ""}
    loc = doc.entity(ev.location) if ev.location else None
    sentence_text = ""
    if 0 <= ev.sentence < len(doc.sentences):
        s = doc.sentences[ev.sentence]
        sentence_text = " ".join(doc.text[s.start : s.end].split())
    published = doc.published.isoformat() if doc.published else None
    return {
        "id": f"{doc.id or 'doc'}-{ev.id}",
        "date": ev.date.value or published or "",
        "date_basis": ev.date.basis if ev.date.value else "published",
        "event": ev.type,
        "mode": ev.mode or "",
        "context": [],
        "actor": first_s["name"],
        "actor_country": first_s["country"],
        "actor_sector": first_s["sector"],
        "actors": sources,
        "recipient": first_t["name"],
        "recipient_country": first_t["country"],
        "recipient_sector": first_t["sector"],
        "recipients": targets,
        "location": {"name": loc.name_en or loc.name, "country": loc.country or ""}
        if loc
        else None,
        "event_text": sentence_text,
        "entity_text": {
            "actor": _mention_text(doc, ev.source[0] if ev.source else None, ev.sentence),
            "recipient": _mention_text(doc, ev.target[0] if ev.target else None, ev.sentence),
        },
        "identifier_id": ev.id,
        "identifier_text": ev.trigger.text,
        "text_info": {"language": doc.language or "", "source": doc.source or ""},
        "cite_info": {"source": doc.source or "", "url": doc.url or "", "published": published},
        "negated": ev.negated,
        "modality": ev.modality,
        "inferred": {_PLOVER_SIDE[side]: p for side, p in ev.inferred.items()},
        "confidence": ev.confidence,
    }


def render(doc: Document) -> str:
    """One JSON line per event; the empty string for a document without events."""
    return "".join(json.dumps(record(doc, ev), ensure_ascii=False) + "\n" for ev in doc.events)
