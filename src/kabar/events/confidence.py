"""Event confidence: how likely each event the rules found is right as a whole.

The event rules fire on every trigger they know, and fill sides from cases, titles and
context. Some shapes of event are nearly always right (a visit with both sides named in
the sentence), others seldom (a request inside a quotation with no side read off the
sentence). This module gives each asserted event the probability that its type, sides and
date are what a careful annotator would code, and the ``event_confidence`` stage drops the
events below the model's ``min_confidence``: on articles left out of training, the
dropped ones are wrong four times in five (``BENCHMARKS.md``).

The model is a logistic regression over features that carry no word of the text, so that
it transfers to articles on other topics: the event's type, mode and modality, how many
actors each side has and of which label and sector, whether a side was filled by the
implicit-actor model and with what probability, whether each side is named in the
event's sentence or brought from the story, where the event stands (headline or body, how
many events share its sentence), how the trigger is told (a converb in a chain, a verbal
noun, a participle, a finite past) and what follows it (``деп``, ``экенин``, ``мүмкүн``),
whether its source is the sentence's speaker, whether the same act was already told, and
where its date comes from. Whether the event stands inside a quotation counts only when
the quoted speaker is its source (``"... колдойбуз", - деди X``: a vow the development
gold seldom codes, 20 right of 117 on the development articles). Any quotation as a feature was tried: the development
gold codes fewer acts told inside direct quotations than the seed's annotator does, and
the model then dropped the visits the ambassador tells in the seed. It is learned from
kabar's own gold articles (``python -m kabar.events.train_confidence``, ``make
event-models``) and stored in ``kabar/models/ky_event_confidence.json``. No library
scores rule-coded events for Kyrgyz, hence our own; like ``kabar.events.implicit``, it
is thin and data-driven.

Negated events are not scored (their ``confidence`` stays None): the gold sets them
apart, and too few of them exist to learn from.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kabar.document import Document, Event
from kabar.resources import package_path, read_event_model

MODEL_NAME = "ky_event_confidence.json"
FEATURES_VERSION = 4
"""Raised whenever ``event_features`` changes, so that a stale model is refused."""


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]
    min_confidence: float
    """Asserted events less likely right than this are dropped."""

    def probability(self, features: Sequence[str]) -> float:
        score = sum(self.weights.get(f, 0.0) for f in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


def model_path() -> Path:
    return package_path("models", MODEL_NAME)


@cache
def load_model(path: str | None = None) -> Model:
    data = read_event_model(
        Path(path) if path else model_path(), "event-confidence", FEATURES_VERSION
    )
    return Model(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        min_confidence=float(data["min_confidence"]),
    )


def _bucket(n: int) -> str:
    """Counts as few classes: 0, 1, 2, 3-4, 5+."""
    return str(n) if n < 3 else ("3-4" if n < 5 else "5+")


def _side_features(doc: Document, event: Event, side: str) -> list[str]:
    ids: list[str] = getattr(event, side)
    out = [f"{side}_count={_bucket(len(ids))}", f"{side}_count={_bucket(len(ids))}|{event.type}"]
    if side in event.inferred:
        out.append(f"{side}_inferred={round(event.inferred[side], 1)}")
    ent = doc.entity(ids[0]) if ids else None
    if ent is not None:
        out += [f"{side}_label={ent.label}|{ent.sector}", f"{side}_label={ent.label}|{event.type}"]
        # named in the event's sentence, or brought from the story by a rule
        here = any(m.sentence == event.sentence for m in ent.mentions)
        out.append(f"{side}_here={here}|{event.type}")
    return out


_FORMS = (
    ("converb", re.compile(r"[ыиуү]?п$")),
    ("verbal_noun", re.compile(r"[уүоө]{2}\w*$")),
    ("participle", re.compile(r"[гк][аеоө]н\w*$")),
    ("past", re.compile(r"[дт][ыиуү]\w{0,4}$")),
)
"""Endings of the trigger's last word, tried in order: how the act is told (a converb in a
chain, a verbal noun, a participle, a finite past), a shape of grammar, no word."""


_FOLLOWERS = frozenset({"деп", "деген", "экенин", "экендигин", "экени", "мүмкүн", "үчүн", "менен"})
"""Words after a trigger that say how its act is told: said (деп), claimed (экенин), only
possible (мүмкүн), a purpose (үчүн)."""


def _trigger_form(event: Event) -> str:
    words = event.trigger.text.lower().split()
    last = words[-1] if words else ""
    return next((name for name, pattern in _FORMS if pattern.search(last)), "other")


def event_features(doc: Document, events: Sequence[Event], k: int) -> list[str]:
    """The features of ``events[k]``, read against the events before it."""
    event = events[k]
    out = [
        "bias",
        f"type={event.type}",
        f"type={event.type}|{event.mode}",
        f"modality={event.modality}",
        f"modality={event.modality}|{event.type}",
        f"date={event.date.basis}",
        f"sentence={_bucket(event.sentence)}",
    ]
    out += _side_features(doc, event, "source") + _side_features(doc, event, "target")
    form = _trigger_form(event)
    out += [f"form={form}", f"form={form}|{event.type}"]
    same_sentence = [e for e in events if e.sentence == event.sentence]
    out.append(f"in_sentence={_bucket(len(same_sentence))}")
    out.append(f"rank_in_sentence={_bucket(same_sentence.index(event))}")
    speaker = next((q.speaker for q in doc.quotes if q.sentence == event.sentence), None)
    out.append(f"speaker_is_source={speaker is not None and speaker in event.source}")
    told = sum(
        1
        for e in events[:k]
        if (e.type, e.source, e.target) == (event.type, event.source, event.target)
    )
    out.append(f"told_before={_bucket(told)}")
    after = doc.text[event.trigger.end : event.trigger.end + 12].split()
    follows = after[0].strip('.,;:!?"»”').lower() if after else ""
    if follows not in _FOLLOWERS:
        follows = "word" if follows[:1].isalpha() else "punct"
    out.append(f"follows={follows}|{event.type}")
    quote = next(
        (q for q in doc.quotes if q.kind == "direct" and q.start <= event.trigger.start < q.end),
        None,
    )
    if quote is not None and quote.speaker in event.source:
        out.append(f"quoted_by_source|named={bool(event.target) and not event.inferred}")
    return out


_floor: list[float] = []
"""The floor set by ``use_min_confidence``, when one is."""


def use_min_confidence(floor: float | None) -> None:
    """Keep the asserted events from ``floor`` on instead of the model's floor (0 keeps
    every event the rules find; ``kabar analyze --min-confidence``); None restores it."""
    if floor is not None and not 0.0 <= floor <= 1.0:
        raise ValueError(f"a confidence floor is a probability, not {floor}")
    _floor[:] = [] if floor is None else [floor]


def score_events(doc: Document, model: Model | None = None) -> None:
    """Give each asserted event its confidence and drop those under the floor."""
    model = model or load_model()
    asserted = [e for e in doc.events if not e.negated]
    for k, event in enumerate(asserted):
        event.confidence = round(model.probability(event_features(doc, asserted, k)), 3)
    floor = _floor[0] if _floor else model.min_confidence
    doc.events = [e for e in doc.events if e.confidence is None or e.confidence >= floor]
