"""The Document that flows through the pipeline, and its JSON form.

One object, filled stage by stage (spaCy's ``Doc``). Every offset is a character
offset into ``Document.text`` (the cleaned text), so a consumer can always slice
the evidence back out. The JSON shape is a public contract, published as
``kabar/schema/document.schema.json``: fields are added, never renamed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kabar.morphology.types import Analysis

SCHEMA_VERSION = "1"


def feature_value(feats: str | None, name: str) -> str | None:
    """The value of UD feature ``name`` in a CoNLL-U FEATS string (``Case=Gen|Number=Sing``)."""
    for pair in feats.split("|") if feats else ():
        key, _, value = pair.partition("=")
        if key == name:
            return value
    return None


@dataclass(slots=True)
class Token:
    text: str
    start: int
    end: int
    lemma: str | None = None
    pos: str | None = None
    feats: str | None = None
    """UD features in CoNLL-U form (``Case=Gen|Number=Sing``); ``""`` when none apply."""
    analysis: Analysis | None = None
    """The chosen morphological reading (segmentation included); not serialised."""

    def feat(self, name: str) -> str | None:
        """One UD feature's value, e.g. ``token.feat("Case") == "Dat"``."""
        return feature_value(self.feats, name)

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "lemma": self.lemma,
            "pos": self.pos,
            "feats": self.feats,
        }


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    language: str | None = None
    tokens: list[Token] = field(default_factory=list)
    attribution_of: list[int] = field(default_factory=list)
    """For a sentence that closes a multi-sentence quotation with its attribution
    (``"...", - деди Токаев.``): the indices of every sentence of that quotation,
    this one included. Empty otherwise."""
    paragraph: int = 0
    """Index of the paragraph (a line of the cleaned text) the sentence stands in."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start,
            "end": self.end,
            "language": self.language,
            "attribution_of": list(self.attribution_of),
            "paragraph": self.paragraph,
            "tokens": [t.to_dict() for t in self.tokens],
        }


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str
    sentence: int

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "sentence": self.sentence}


@dataclass(slots=True)
class Entity:
    id: str
    label: str
    """PER, LOC or ORG."""
    name: str
    """Kyrgyz base form (``Токаев``, ``БУУнун Башкы Ассамблеясы``)."""
    name_en: str | None = None
    kb_id: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    """The title or role the article gives the actor (``президенти``), in base form."""
    country: str | None = None
    """ISO 3166-1 alpha-3 of the actor's country, from the KB."""
    sector: str | None = None
    """PLOVER sector code (GOV, MIL, IGO, ...), from the KB."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label": self.label,
            "name": self.name,
            "name_en": self.name_en,
            "kb_id": self.kb_id,
            "role": self.role,
            "country": self.country,
            "sector": self.sector,
            "mentions": [m.to_dict() for m in self.mentions],
        }


@dataclass(slots=True)
class Quote:
    speaker: str | None
    """Entity id of the speaker, or None when it cannot be resolved."""
    text: str
    start: int
    end: int
    sentence: int
    kind: str = "direct"
    """``direct`` (in quotation marks) or ``reported`` (``... деп билдирди``)."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "speaker": self.speaker,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "sentence": self.sentence,
            "kind": self.kind,
        }


@dataclass(slots=True)
class TimeExpression:
    text: str
    start: int
    end: int
    value: str | None
    """ISO 8601 prefix (``2025``, ``2025-09``, ``2025-09-22``), ``XXXX-09-22`` when
    the year is unknown, an interval ``2025-06/2025-08``, or None when unresolvable."""
    sentence: int = -1
    type: str = "DATE"
    """TIMEX3 type, since the value alone does not say it: ``DATE`` (days, weeks, months,
    seasons, years and ranges of them), ``TIME`` (a clock time or part of the day was
    read; the value stays the day), ``DURATION`` or ``SET``. ``DATE`` by default, so
    expressions built before the field existed keep their meaning."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "value": self.value,
            "sentence": self.sentence,
            "type": self.type,
        }


@dataclass(slots=True)
class Span:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(slots=True)
class EventDate:
    text: str | None
    value: str | None
    basis: str = "text"
    """``text`` when read from a time expression, ``published`` when it is only
    the publication date."""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "value": self.value, "basis": self.basis}


@dataclass(slots=True)
class Event:
    id: str
    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    date: EventDate
    location: str | None
    modality: str
    """``asserted``, ``future`` or ``hypothetical``."""
    negated: bool
    sentence: int
    trigger: Span
    inferred: dict[str, float] = field(default_factory=dict)
    """Sides (``source``, ``target``) the event stage's rules left empty and the
    implicit-actor model filled from the article (``kabar.events.implicit``), with the
    model's probability: not read off the sentence's grammar."""
    confidence: float | None = None
    """How likely the event is right as a whole (type, sides and date), learned from
    kabar's gold articles (``kabar.events.confidence``); None for negated events, which
    the model does not score."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "type": self.type,
            "mode": self.mode,
            "source": list(self.source),
            "target": list(self.target),
            "date": self.date.to_dict(),
            "location": self.location,
            "modality": self.modality,
            "negated": self.negated,
            "sentence": self.sentence,
            "trigger": self.trigger.to_dict(),
            "inferred": dict(self.inferred),
            "confidence": self.confidence,
        }


@dataclass(slots=True)
class Document:
    text: str
    id: str | None = None
    source: str | None = None
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    language: str | None = None
    language_scores: dict[str, float] = field(default_factory=dict)
    sentences: list[Sentence] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    times: list[TimeExpression] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    raw: str = ""
    """The text as it arrived, before cleaning; not serialised."""

    @property
    def tokens(self) -> list[Token]:
        return [t for s in self.sentences for t in s.tokens]

    def entity(self, entity_id: str | None) -> Entity | None:
        for ent in self.entities:
            if ent.id == entity_id:
                return ent
        return None

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema_version": SCHEMA_VERSION,
            "id": self.id,
            "source": self.source,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "url": self.url,
            "language": self.language,
            "language_scores": dict(self.language_scores),
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "times": [t.to_dict() for t in self.times],
            "warnings": list(self.warnings),
        }
