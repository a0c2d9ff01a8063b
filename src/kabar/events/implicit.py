"""Implicit actors: the side of an event its sentence leaves unnamed, read from the article.

Kyrgyz drops subjects and objects that the story has already set up (``Министрлик ...
айыптады. Кийин ... четке какты``: who rejected, and what, stands sentences back). The
event stage reads actors from the sentence's cases; where it finds a source and no
target, or a target and no source, this module ranks the article's other actors as the
missing side and fills it with the best one when the model is confident enough.

The ranker is a conditional logit model (one score per candidate, softmax over the
candidates of one event) over features that carry no word of the text: how recently and
how often the candidate is named, its label and kind (country, person, body), its case
when it stands in the sentence and where it was last named before (in which case, in
this paragraph or another), its part in the events just before, whether it acted on the
known side earlier or the known side on it (a denial answers its accuser), its country
against the known side's, the quote speaker. It is learned from kabar's own gold articles
(``python -m kabar.events.train_implicit``, ``make event-models``) and stored in
``kabar/models/ky_implicit_actors.json``. No library ranks implicit arguments for Kyrgyz
(nor, with these features, for any language without a trained parser), hence our own.

Rules came first (``event_context.yaml``: sequels, story sides, the home country); they
fill what the text tells by construction. This model is the fallback after them, and
every side it fills is named in ``Event.inferred`` with its probability, so that a user
who wants only what the sentence says can drop it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path

from kabar.document import Document, Entity, Event
from kabar.events.arguments import MentionRef, place_only_ids, sentence_mentions
from kabar.events.lexicon import context
from kabar.kb import country_ids
from kabar.resources import package_path, read_event_model

MODEL_NAME = "ky_implicit_actors.json"
FEATURES_VERSION = 4
"""Raised whenever ``candidate_features`` changes, so that a stale model is refused."""

SIDES = ("source", "target")
NONE = ""
"""The candidate that stands for no actor: the side stays empty when it ranks first."""


@dataclass(frozen=True, slots=True)
class Model:
    weights: dict[str, float]
    min_confidence: float
    """A side is filled only when its best candidate has at least this probability."""

    def rank(self, candidates: Sequence[tuple[str, list[str]]]) -> tuple[str, float] | None:
        """The most probable actor (``NONE`` left out) and its probability among all
        the candidates, ``NONE`` included; None when there is no actor to rank."""
        scores = [sum(self.weights.get(f, 0.0) for f in feats) for _, feats in candidates]
        actors = [i for i, (cid, _) in enumerate(candidates) if cid != NONE]
        if not actors:
            return None
        top = max(scores)
        total = sum(math.exp(s - top) for s in scores)
        best = max(actors, key=scores.__getitem__)
        return candidates[best][0], math.exp(scores[best] - top) / total


def model_path() -> Path:
    return package_path("models", MODEL_NAME)


@cache
def load_model(path: str | None = None) -> Model:
    data = read_event_model(
        Path(path) if path else model_path(), "implicit-actor", FEATURES_VERSION
    )
    return Model(
        weights={str(k): float(v) for k, v in data["weights"].items()},
        min_confidence=float(data["min_confidence"]),
    )


def _bucket(n: int) -> str:
    """Counts and distances as few classes: 0, 1, 2, 3, 4-6, 7+."""
    return str(n) if n < 4 else ("4-6" if n < 7 else "7+")


class Article:
    """What the features read about the article once: mentions, ranks, countries."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.mentions = sentence_mentions(doc)
        self.by_id = {e.id: e for e in doc.entities}
        self.place_only = place_only_ids(doc)
        ranked = sorted(doc.entities, key=lambda e: -len(e.mentions))
        self.rank = {e.id: i for i, e in enumerate(ranked)}
        countries = [e for e in ranked if e.label == "LOC" and e.kb_id in country_ids()]
        self.country_rank = {e.id: i for i, e in enumerate(countries)}
        self.home = context().home_country
        self.last_speaker: list[str | None] = []
        self.speakers_in: list[set[str]] = [set() for _ in doc.sentences]
        quotes = sorted((q for q in doc.quotes if q.speaker), key=lambda q: q.sentence)
        last, k = None, 0
        for si in range(len(doc.sentences)):
            while k < len(quotes) and quotes[k].sentence <= si:
                last = quotes[k].speaker
                if 0 <= quotes[k].sentence < len(doc.sentences):
                    self.speakers_in[quotes[k].sentence].add(str(last))
                k += 1
            self.last_speaker.append(last)

    def kind(self, ent: Entity) -> str:
        return "country" if ent.id in self.country_rank else ent.label

    def same_actor(self, entity_id: str, others: Sequence[str]) -> bool:
        """Whether the article names ``entity_id`` elsewhere as one of ``others``, under
        another form of its name (the same English name)."""
        ent = self.by_id.get(entity_id)
        if ent is None or not ent.name_en:
            return False
        return any(
            (o := self.by_id.get(x)) is not None and o.name_en == ent.name_en for x in others
        )

    def refs_in(self, sentence: int, entity_id: str) -> list[MentionRef]:
        return [r for r in self.mentions[sentence] if r.entity.id == entity_id]


_PAIRINGS = (("acted_on_known", "source", "target"), ("known_acted_on", "target", "source"))
"""Feature name, the candidate's side and the known side's in an earlier event."""


def candidate_features(
    art: Article, event: Event, side: str, cand: Entity, before: Sequence[Event]
) -> list[str]:
    """Features of ``cand`` as the missing ``side`` of ``event``; ``before``: the events
    told earlier in the article, as the event stage left them."""
    kind = art.kind(cand)
    known = event.target if side == "source" else event.source
    out = [
        f"side={side}",
        f"label={cand.label}|{side}",
        f"kind={kind}|{side}",
        f"kind={kind}|{event.type}|{side}",
        f"freq_rank={_bucket(art.rank[cand.id])}|{side}",
    ]
    named = [m.sentence for m in cand.mentions if m.sentence <= event.sentence]
    if named:
        distance = _bucket(event.sentence - max(named))
        out += [f"distance={distance}|{side}", f"distance={distance}|kind={kind}"]
        out.append(f"mentions={_bucket(len(named))}")
        if min(named) == 0:
            out.append(f"in_headline|{side}")
        here = art.refs_in(event.sentence, cand.id)
        if here:
            tokens = art.doc.sentences[event.sentence].tokens
            trigger_at = next(
                (i for i, t in enumerate(tokens) if t.start >= event.trigger.start), 0
            )
            out.append(f"here_before_trigger={here[-1].first < trigger_at}|{side}")
            flag = "owner" if here[-1].owner else "modifier" if here[-1].modifier else "arg"
            out.append(f"here_case={here[-1].case}|{flag}|{side}")
            titled = (
                next((r for r in art.mentions[event.sentence] if r.first > here[-1].last), None)
                if here[-1].owner
                else None
            )
            if titled is not None and titled.entity.id in known:
                out.append(f"owner_of_known|{side}")  # айыл өкмөтүнүн башчысы X кармалды
        sentences = art.doc.sentences
        same = sentences[max(named)].paragraph == sentences[event.sentence].paragraph
        out.append(f"same_paragraph={same}|{kind}|{side}")
        earlier = [s for s in named if s < event.sentence]
        if earlier:
            last_ref = art.refs_in(max(earlier), cand.id)
            if last_ref:
                out.append(f"last_case={last_ref[-1].case}|{event.type}|{side}")
    else:
        out.append(f"distance=none|{side}")
    known_countries = {
        e.country for e in (art.by_id.get(i) for i in known) if e is not None and e.country
    }
    if not known_countries:
        out.append(f"known_origin_unknown|kind={kind}|{side}")
    elif cand.country:
        relation = "same" if cand.country in known_countries else "other"
        out.append(f"origin={relation}|kind={kind}|{side}")
    if cand.id in art.country_rank:
        home = cand.country == art.home
        out.append(f"country_rank={_bucket(art.country_rank[cand.id])}|home={home}|{side}")
    if cand.role:
        out.append(f"has_role|{side}")
    if before:
        last = before[-1]
        part = "src" if cand.id in last.source else "tgt" if cand.id in last.target else "no"
        out.append(f"last_event={part}|{side}")
        if last.sentence == event.sentence:
            out.append(f"last_event_here={part}|{side}")
        if set(known) & set(last.source):
            out.append(f"known_was_last_source|cand={part}|{side}")
        if set(known) & set(last.target):
            out.append(f"known_was_last_target|cand={part}|{side}")
        as_source = sum(cand.id in e.source for e in before)
        as_target = sum(cand.id in e.target for e in before)
        out += [f"as_source={_bucket(as_source)}|{side}", f"as_target={_bucket(as_target)}|{side}"]
        # the candidate acted on the known side before (X айыптады ... Y четке какты: Y
        # answers X), or the known side acted on it (the same pair, the story going on)
        for name, cand_in, known_in in _PAIRINGS:
            prior = next(
                (
                    e
                    for e in reversed(before)
                    if cand.id in getattr(e, cand_in) and set(known) & set(getattr(e, known_in))
                ),
                None,
            )
            if prior is not None:
                out += [f"{name}|{event.type}|{side}", f"{name}={prior.type}|{event.type}"]
    if art.last_speaker[event.sentence] == cand.id:
        out.append(f"last_speaker|{side}")
    if cand.id in art.speakers_in[event.sentence]:
        out.append(f"speaker_here|{side}")
    return out


def missing_side(event: Event) -> str | None:
    """The one side an event leaves empty (None when it has both, or neither)."""
    empty = [s for s in SIDES if not getattr(event, s)]
    return empty[0] if len(empty) == 1 else None


def candidates(
    art: Article, event: Event, side: str, before: Sequence[Event]
) -> list[tuple[str, list[str]]]:
    """The actors named up to the event's sentence, or acting in an event before it,
    other than the event's own actors and place, with their features; first of all
    ``NONE``, the answer that the article names no such actor."""
    taken = {*event.source, *event.target, event.location, *_location_owners(art.doc, event)}
    acted = {i for e in before for i in (*e.source, *e.target)}
    out: list[tuple[str, list[str]]] = []
    for ent in art.doc.entities:
        if ent.id in taken or ent.id in art.place_only:
            continue
        if ent.id in acted or any(m.sentence <= event.sentence for m in ent.mentions):
            out.append((ent.id, candidate_features(art, event, side, ent, before)))
    none = [
        f"none|{side}",
        f"none|{event.type}|{side}",
        f"none|candidates={_bucket(len(out))}",
        f"none|{event.modality}",
    ]
    return [(NONE, none), *out]


def _location_owners(doc: Document, event: Event) -> list[str]:
    """The places named right before the event's location in its sentence, as its owners
    (``Ысык-Көл облусунун Тоң районунда``): part of where it happened, no side of it."""
    place = doc.entity(event.location) if event.location else None
    if place is None:
        return []
    starts = [m.start for m in place.mentions if m.sentence == event.sentence]
    return [
        ent.id
        for ent in doc.entities
        if ent.label == "LOC"
        and ent is not place
        and any(
            m.sentence == event.sentence and 0 <= s - m.end <= 1
            for m in ent.mentions
            for s in starts
        )
    ]


_floor: list[float] = []
"""The floor set by ``use_min_inferred``, when one is."""


def use_min_inferred(floor: float | None) -> None:
    """Fill an unnamed side only with an actor at least ``floor`` likely instead of the
    model's floor (1 fills none; ``kabar analyze --min-inferred``); None restores it."""
    if floor is not None and not 0.0 <= floor <= 1.0:
        raise ValueError(f"an inferred-actor floor is a probability, not {floor}")
    _floor[:] = [] if floor is None else [floor]


def fill_implicit_actors(doc: Document, model: Model | None = None) -> None:
    """Fill each event's one empty side with the article's most likely actor."""
    model = model or load_model()
    floor = _floor[0] if _floor else model.min_confidence
    if not doc.events or floor >= 1.0:
        return  # --min-inferred 1: no side filled, nothing to rank
    art = Article(doc)
    told = [replace(e, source=list(e.source), target=list(e.target)) for e in doc.events]
    for k, event in enumerate(doc.events):
        side = missing_side(told[k])
        if side is None:
            continue
        best = model.rank(candidates(art, told[k], side, told[:k]))
        if best is None or best[1] < floor:
            continue
        if art.same_actor(best[0], [*told[k].source, *told[k].target]):
            continue  # Каракол мэриясы beside Каракол шаарынын мэриясы: no act on itself
        getattr(event, side).append(best[0])
        event.inferred[side] = round(best[1], 3)
