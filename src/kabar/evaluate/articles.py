"""Score whole-article analyses against hand-made gold annotations.

The gold format is the seed's (``../shared/seed/README.md``; ``tests/gold/README.md``
adds ``negated`` and ``hypothetical`` on events). No library scores this mix of
entities, linked names, PLOVER events, quotes and resolved times the way a news
analyst reads an article, so the rules are written down here:

- entity: a predicted entity stands for a gold one when it has the gold label and
  its name, or one of its mention texts, starts with one of the gold ``forms``
  (``Токаевдин`` for ``Токаев``). Each gold entity takes at most one predicted
  entity (the longest form wins; a name beats a mention); every other predicted
  entity is spurious, a second entity for the same actor included.
- event: a predicted, non-negated event matches a gold event when its type is in
  the gold type list and its source and target each share one actor with the gold
  lists (an empty gold list takes anything). An actor is shared when the predicted
  entity's ``name_en`` is in the list, or when it was aligned to the gold entity of
  that name. It is right when, in addition, its date starts with the gold date
  prefix (or lies inside the span it names: ``2026-05-19/2026-05-20`` is in
  ``2026-05``; ``2026-06-10`` is in ``2026-W24``). Gold events marked ``negated`` are
  not to be found: a predicted asserted event matching one and told in the sentence of
  its evidence is a false positive asserted though negated (``neg!``); told elsewhere
  (a promise before the refusal with the same sides) it is an ordinary false positive.
  A predicted event matching an already-found gold event is a repetition (headlines
  restate the lead) and is reported apart, not held against precision. A repetition is
  read first: an event that tells again a signing already found is not the denial with
  the same sides (``макулдашты`` in the headline, ``... макулдаша элек`` about the price).
- quote: the speaker's English name matches and the predicted text starts with
  the gold ``starts``, or holds it within its first characters.
- time: the predicted text equals the gold text or extends it (``2025-жылы`` for
  ``2025-жыл``), case-insensitively, and the values are equal or name the same
  span (``2026-W24`` and ``2026-06-08/2026-06-14``).
- boilerplate: every gold residue line must be gone from ``Document.text``.

``main`` prints a table per article and in total; ``score_article`` and
``score_dir`` are for tests and benchmarks.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from kabar.document import Document, Entity, Event
from kabar.events.lexicon import PLOVER_TYPES

QUOTE_WINDOW = 60
"""A gold quote's first words may sit this many characters into the predicted
quote (a system may keep an opening clause such as ``Анын айтымында,``)."""

_QUOTE_CHARS = '"«»“”„‟‹›'
_APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'", "`": "'"})
_DASHES = str.maketrans({"–": "-", "—": "-", "‑": "-", "‒": "-"})
_SPACE = re.compile(r"\s+")


class GoldError(ValueError):
    """A gold file that cannot be read or does not follow the format."""


def norm(text: str) -> str:
    """Compare texts without caring for case, quotation marks, dash or apostrophe style."""
    text = unicodedata.normalize("NFC", text).translate(_APOSTROPHES).translate(_DASHES)
    text = "".join(ch for ch in text if ch not in _QUOTE_CHARS)
    return _SPACE.sub(" ", text).strip().casefold()


def norm_name(name: str | None) -> str:
    """English names compare without case or diacritics (``Erdoğan`` == ``Erdogan``)."""
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().strip()


@dataclass(slots=True)
class PRF:
    """True positives, false positives, false negatives and what follows from them."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn


@dataclass(slots=True)
class Ratio:
    """``right`` out of ``total`` (an accuracy over a subset)."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float | None:
        return self.right / self.total if self.total else None

    def add(self, other: Ratio) -> None:
        self.right += other.right
        self.total += other.total


@dataclass(slots=True)
class ArticleScore:
    id: str
    entities: PRF = field(default_factory=PRF)
    events: PRF = field(default_factory=PRF)
    """Strict: type, source, target and date."""
    events_nodate: PRF = field(default_factory=PRF)
    """Type, source and target only."""
    quotes: PRF = field(default_factory=PRF)
    times: PRF = field(default_factory=PRF)
    event_dates: Ratio = field(default_factory=Ratio)
    """Among events matched on type/source/target whose gold has a date: date right."""
    event_modality: Ratio = field(default_factory=Ratio)
    """Among matched events: asserted/future/hypothetical right."""
    names_en: Ratio = field(default_factory=Ratio)
    """Among matched entities: ``name_en`` right."""
    boilerplate: Ratio = field(default_factory=Ratio)
    """Gold residue lines gone from the cleaned text."""
    negation_errors: int = 0
    """Predicted asserted events that the gold marks as negated."""
    negated_found: Ratio = field(default_factory=Ratio)
    """Gold negated events that the system found and marked negated."""
    repeated_events: int = 0
    error: str | None = None
    missed: list[str] = field(default_factory=list)
    spurious: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Totals:
    articles: list[ArticleScore] = field(default_factory=list)
    bad_gold: list[str] = field(default_factory=list)
    """``file: reason`` for every gold file that could not be scored."""

    @property
    def total(self) -> ArticleScore:
        out = ArticleScore(id="TOTAL")
        for art in self.articles:
            for name in ("entities", "events", "events_nodate", "quotes", "times"):
                getattr(out, name).add(getattr(art, name))
            for name in (
                "event_dates",
                "event_modality",
                "names_en",
                "boilerplate",
                "negated_found",
            ):
                getattr(out, name).add(getattr(art, name))
            out.negation_errors += art.negation_errors
            out.repeated_events += art.repeated_events
        return out


# --------------------------------------------------------------------------- gold


def _require(cond: bool, where: str, what: str) -> None:
    if not cond:
        raise GoldError(f"{where}: {what}")


def _str_list(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def validate_gold(gold: Any, where: str = "gold") -> dict[str, Any]:
    """Check the shape of one gold annotation; raise GoldError saying what is wrong where."""
    _require(isinstance(gold, dict), where, "top level must be a JSON object")
    for key in ("entities", "events", "quotes", "times", "boilerplate"):
        _require(isinstance(gold.get(key, []), list), where, f"'{key}' must be a list")
    pub = gold.get("published")
    _require(pub is None or isinstance(pub, str), where, "'published' must be a YYYY-MM-DD string")
    for i, ent in enumerate(gold.get("entities", [])):
        at = f"{where}: entities[{i}]"
        _require(isinstance(ent, dict), at, "must be an object")
        _require(ent.get("label") in ("PER", "LOC", "ORG"), at, "label must be PER, LOC or ORG")
        _require(
            _str_list(ent.get("forms")) and bool(ent["forms"]),
            at,
            "'forms' must be a non-empty list of strings",
        )
        _require(isinstance(ent.get("name_en"), str), at, "'name_en' must be a string")
    for i, ev in enumerate(gold.get("events", [])):
        at = f"{where}: events[{i}]"
        _require(isinstance(ev, dict), at, "must be an object")
        _require(
            _str_list(ev.get("type")) and bool(ev["type"]),
            at,
            "'type' must be a non-empty list of strings",
        )
        unknown = [t for t in ev["type"] if t not in PLOVER_TYPES]
        _require(
            not unknown,
            at,
            f"type {', '.join(unknown)} is none of the 16 PLOVER types kabar codes "
            "(a demand is REQUEST, an investigation ACCUSE)",
        )
        for key in ("source", "target"):
            _require(_str_list(ev.get(key, [])), at, f"'{key}' must be a list of strings")
        _require(
            ev.get("date") is None or isinstance(ev["date"], str), at, "'date' must be a string"
        )
    for i, q in enumerate(gold.get("quotes", [])):
        at = f"{where}: quotes[{i}]"
        _require(isinstance(q, dict), at, "must be an object")
        _require(
            isinstance(q.get("speaker"), str) and isinstance(q.get("starts"), str),
            at,
            "needs 'speaker' and 'starts' strings",
        )
    for i, t in enumerate(gold.get("times", [])):
        at = f"{where}: times[{i}]"
        _require(isinstance(t, dict), at, "must be an object")
        _require(isinstance(t.get("text"), str), at, "needs a 'text' string")
        _require(
            t.get("value") is None or isinstance(t["value"], str), at, "'value' must be a string"
        )
    _require(
        _str_list(gold.get("boilerplate", [])), where, "'boilerplate' must be a list of strings"
    )
    checked: dict[str, Any] = gold
    return checked


def load_gold(path: Path) -> dict[str, Any]:
    """Read and validate one gold file; any problem becomes a GoldError naming the file."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"{path}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise GoldError(
            f"{path}: invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
        ) from None
    return validate_gold(data, str(path))


# ------------------------------------------------------------------------ matching


def _entity_strings(ent: Entity) -> list[tuple[str, bool]]:
    out = [(norm(ent.name), True)] if ent.name else []
    out.extend((norm(m.text), False) for m in ent.mentions if m.text)
    return out


def _entity_match_score(gold: dict[str, Any], pred: Entity) -> int:
    """0 when ``pred`` cannot stand for ``gold``; else higher for a longer form, a name over a mention."""
    if pred.label != gold["label"]:
        return 0
    best = 0
    for form in gold["forms"]:
        f = norm(form)
        if not f:
            continue
        for text, is_name in _entity_strings(pred):
            if text.startswith(f):
                best = max(best, len(f) * 2 + (1 if is_name else 0))
    return best


def _greedy(n_gold: int, n_pred: int, score: Callable[[int, int], float]) -> dict[int, int]:
    """One-to-one alignment, best-scoring pairs first; returns gold index -> pred index."""
    pairs = [(s, g, p) for g in range(n_gold) for p in range(n_pred) if (s := score(g, p)) > 0]
    pairs.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: dict[int, int] = {}
    for _, g, p in pairs:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        out[g] = p
    return out


def _align_entities(g_ents: list[dict[str, Any]], p_ents: list[Entity]) -> dict[int, int]:
    return _greedy(len(g_ents), len(p_ents), lambda g, p: _entity_match_score(g_ents[g], p_ents[p]))


def gold_names(gold: dict[str, Any], doc: Document) -> dict[str, str]:
    """Predicted entity id -> the English name of the gold entity it stands for."""
    g_ents: list[dict[str, Any]] = list(gold.get("entities", []))
    p_ents = list(doc.entities)
    return {p_ents[p].id: g_ents[g]["name_en"] for g, p in _align_entities(g_ents, p_ents).items()}


def actor_names(doc: Document, ids: Iterable[str], aligned: dict[str, str]) -> set[str]:
    """English names an event's actors answer to: their own ``name_en`` and the aligned gold name."""
    names: set[str] = set()
    for eid in ids:
        ent = doc.entity(eid)
        if ent is not None and ent.name_en:
            names.add(norm_name(ent.name_en))
        if eid in aligned:
            names.add(norm_name(aligned[eid]))
    return names


def actors_match(wanted: Sequence[str], pred_names: set[str]) -> bool:
    if not wanted:
        return True
    return any(norm_name(n) in pred_names for n in wanted)


def gold_modality(ev: dict[str, Any]) -> str:
    if ev.get("hypothetical"):
        return "hypothetical"
    if ev.get("future"):
        return "future"
    return "asserted"


def _event_core(gold: dict[str, Any], pred: Event, doc: Document, aligned: dict[str, str]) -> int:
    """0 when no match on type/source/target; else 1 + how early the type stands in the gold list."""
    types = list(gold["type"])
    if pred.type not in types:
        return 0
    if not actors_match(gold.get("source", []), actor_names(doc, pred.source, aligned)):
        return 0
    if not actors_match(gold.get("target", []), actor_names(doc, pred.target, aligned)):
        return 0
    return 1 + len(types) - types.index(pred.type)


_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def _bounds(value: str) -> tuple[dt.date, dt.date] | None:
    """First and last day an ISO value covers (``2026-05``, ``2026-W24``, ``A/B``), or None."""
    value = value.strip()
    if "/" in value:
        left, _, right = value.partition("/")
        a, b = _bounds(left), _bounds(right)
        return (a[0], b[1]) if a and b and a[0] <= b[1] else None
    try:
        if m := _DAY.match(value):
            day = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := _MONTH.match(value):
            year, month = int(m[1]), int(m[2])
            return dt.date(year, month, 1), dt.date(
                year, month, calendar.monthrange(year, month)[1]
            )
        if m := _YEAR.match(value):
            return dt.date(int(m[1]), 1, 1), dt.date(int(m[1]), 12, 31)
        if m := _WEEK.match(value):
            monday = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + dt.timedelta(days=6)
    except ValueError:
        return None
    return None


def same_value(gold: str | None, pred: str | None) -> bool:
    """Equal ISO values, or two spellings of the same span (``2026-W24`` and its seven days)."""
    if gold == pred:
        return True
    if gold is None or pred is None:
        return False
    a, b = _bounds(gold), _bounds(pred)
    return a is not None and a == b


def within(pred: str | None, gold: str) -> bool:
    """The predicted date starts with the gold prefix, or lies inside the span it names."""
    if not pred:
        return False
    if pred.startswith(gold):
        return True
    a, b = _bounds(pred), _bounds(gold)
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1]


def told_in(gold: dict[str, Any], pred: Event, doc: Document) -> bool:
    """Whether the predicted event comes from the sentence of the gold evidence: only
    there does asserting it contradict the text (a promise told elsewhere is no
    assertion of the refusal with the same sides)."""
    if not 0 <= pred.sentence < len(doc.sentences):
        return True
    sent = doc.sentences[pred.sentence]
    evidence = _evidence_key(gold)
    return not evidence or evidence in norm(doc.text[sent.start : sent.end])


def _evidence_key(gold: dict[str, Any]) -> str:
    return norm(str(gold.get("evidence", "")).split("...")[0])[:40]


def evidence_sentence(gold: dict[str, Any], doc: Document) -> int | None:
    """Index of the sentence that holds a gold event's evidence, or None."""
    key = _evidence_key(gold)
    if not key:
        return None
    for i, sent in enumerate(doc.sentences):
        if key in norm(doc.text[sent.start : sent.end]):
            return i
    return None


def _date_ok(gold: dict[str, Any], pred: Event) -> bool:
    want = gold.get("date")
    if not want:
        return True
    got = pred.date.value if pred.date is not None else None
    return within(got, str(want))


def _quote_text_ok(starts: str, text: str) -> bool:
    want, got = norm(starts), norm(text)
    if not want:
        return True
    return got.startswith(want) or want in got[: len(want) + QUOTE_WINDOW]


def _lines(text: str) -> set[str]:
    return {norm(line) for line in text.splitlines() if line.strip()}


def _label(ent: Entity) -> str:
    return f"{ent.label}:{ent.name}"


def _event_label(ev: Event, doc: Document) -> str:
    def names(ids: list[str]) -> str:
        out = []
        for eid in ids:
            ent = doc.entity(eid)
            out.append(ent.name_en or ent.name if ent else eid)
        return ",".join(out)

    return f"{ev.type}({names(ev.source)} -> {names(ev.target)}) {ev.date.value if ev.date else ''}"


def _align_events(
    asserted: list[dict[str, Any]], predicted: list[Event], doc: Document, aligned: dict[str, str]
) -> dict[int, int]:
    """Gold asserted events to predicted ones: type and sides must match; a right date and
    the gold's preferred type win ties."""

    def pair_score(g: int, p: int) -> float:
        core = _event_core(asserted[g], predicted[p], doc, aligned)
        if not core:
            return 0
        return core + (100 if _date_ok(asserted[g], predicted[p]) else 0)

    return _greedy(len(asserted), len(predicted), pair_score)


def right_events(gold: dict[str, Any], doc: Document) -> list[bool | None]:
    """For each asserted event of ``doc`` (in order), how ``score_article`` counts it:
    True when right (a gold event's type, sides and date), False when wrong, None when
    it tells again an act already matched (neither right nor wrong)."""
    asserted = [e for e in gold.get("events", []) if not e.get("negated")]
    predicted = [e for e in doc.events if not e.negated]
    aligned = gold_names(gold, doc)
    align = _align_events(asserted, predicted, doc, aligned)
    right = {p for g, p in align.items() if _date_ok(asserted[g], predicted[p])}
    matched = set(align.values())
    out: list[bool | None] = []
    for p, event in enumerate(predicted):
        if p in right:
            out.append(True)
        elif p not in matched and any(_event_core(asserted[g], event, doc, aligned) for g in align):
            out.append(None)
        else:
            out.append(False)
    return out


# ------------------------------------------------------------------------- scoring


def score_article(gold: dict[str, Any], doc: Document) -> ArticleScore:
    """Compare one Document with its gold annotation."""
    score = ArticleScore(id=str(gold.get("id") or doc.id or "?"))

    # Entities.
    g_ents: list[dict[str, Any]] = list(gold.get("entities", []))
    p_ents = list(doc.entities)
    ent_align = _align_entities(g_ents, p_ents)
    score.entities.tp = len(ent_align)
    score.entities.fn = len(g_ents) - len(ent_align)
    score.entities.fp = len(p_ents) - len(ent_align)
    aligned_name: dict[str, str] = {}
    for g, p in ent_align.items():
        aligned_name[p_ents[p].id] = g_ents[g]["name_en"]
        score.names_en.total += 1
        if norm_name(p_ents[p].name_en) == norm_name(g_ents[g]["name_en"]):
            score.names_en.right += 1
    score.missed += [
        f"entity {g_ents[g]['name_en']}" for g in range(len(g_ents)) if g not in ent_align
    ]
    used_p = set(ent_align.values())
    score.spurious += [f"entity {_label(p_ents[p])}" for p in range(len(p_ents)) if p not in used_p]

    # Events.
    g_events: list[dict[str, Any]] = list(gold.get("events", []))
    asserted = [e for e in g_events if not e.get("negated")]
    negated = [e for e in g_events if e.get("negated")]
    p_asserted = [e for e in doc.events if not e.negated]
    p_negated = [e for e in doc.events if e.negated]

    ev_align = _align_events(asserted, p_asserted, doc, aligned_name)
    strict_tp = 0
    for g, p in ev_align.items():
        ok = _date_ok(asserted[g], p_asserted[p])
        strict_tp += ok
        if asserted[g].get("date"):
            score.event_dates.total += 1
            score.event_dates.right += ok
        score.event_modality.total += 1
        score.event_modality.right += p_asserted[p].modality == gold_modality(asserted[g])
    matched_p = set(ev_align.values())
    for p, pev in enumerate(p_asserted):
        if p in matched_p:
            continue
        if any(_event_core(asserted[g], pev, doc, aligned_name) for g in ev_align):
            score.repeated_events += 1  # the headline again, though a denial has the same sides
        elif any(_event_core(n, pev, doc, aligned_name) and told_in(n, pev, doc) for n in negated):
            score.negation_errors += 1
            score.spurious.append(f"event (negated in gold) {_event_label(pev, doc)}")
        else:
            score.spurious.append(f"event {_event_label(pev, doc)}")
    counted_fp = len(p_asserted) - len(ev_align) - score.repeated_events
    score.events_nodate = PRF(tp=len(ev_align), fp=counted_fp, fn=len(asserted) - len(ev_align))
    score.events = PRF(
        tp=strict_tp,
        fp=counted_fp + (len(ev_align) - strict_tp),
        fn=len(asserted) - strict_tp,
    )
    score.missed += [
        f"event {'/'.join(asserted[g]['type'])}: {asserted[g].get('evidence', '')}"
        for g in range(len(asserted))
        if g not in ev_align
    ]
    score.negated_found.total = len(negated)
    neg_align = _greedy(
        len(negated),
        len(p_negated),
        lambda g, p: _event_core(negated[g], p_negated[p], doc, aligned_name),
    )
    score.negated_found.right = len(neg_align)

    # Quotes.
    g_quotes: list[dict[str, Any]] = list(gold.get("quotes", []))
    p_quotes = list(doc.quotes)

    def quote_score(g: int, p: int) -> float:
        q = p_quotes[p]
        if q.speaker is None:
            return 0
        if norm_name(g_quotes[g]["speaker"]) not in actor_names(doc, [q.speaker], aligned_name):
            return 0
        return 1 if _quote_text_ok(g_quotes[g]["starts"], q.text) else 0

    q_align = _greedy(len(g_quotes), len(p_quotes), quote_score)
    score.quotes = PRF(
        tp=len(q_align), fp=len(p_quotes) - len(q_align), fn=len(g_quotes) - len(q_align)
    )
    score.missed += [
        f"quote {g_quotes[g]['speaker']}: {g_quotes[g]['starts']}"
        for g in range(len(g_quotes))
        if g not in q_align
    ]

    # Times.
    g_times: list[dict[str, Any]] = list(gold.get("times", []))
    p_times = list(doc.times)

    def time_score(g: int, p: int) -> float:
        want, got = norm(g_times[g]["text"]), norm(p_times[p].text)
        if not want or not got.startswith(want):
            return 0
        if not same_value(g_times[g].get("value"), p_times[p].value):
            return 0
        return 2 if got == want else 1

    t_align = _greedy(len(g_times), len(p_times), time_score)
    score.times = PRF(
        tp=len(t_align), fp=len(p_times) - len(t_align), fn=len(g_times) - len(t_align)
    )
    score.missed += [
        f"time {g_times[g]['text']} = {g_times[g].get('value')}"
        for g in range(len(g_times))
        if g not in t_align
    ]
    used_t = set(t_align.values())
    score.spurious += [
        f"time {t.text} = {t.value}" for i, t in enumerate(p_times) if i not in used_t
    ]

    # Boilerplate.
    lines = _lines(doc.text)
    flat = norm(doc.text)
    for residue in gold.get("boilerplate", []):
        r = norm(residue)
        gone = r not in lines and (len(r) < 20 or r not in flat)
        score.boilerplate.total += 1
        score.boilerplate.right += gone
        if not gone:
            score.missed += [f"boilerplate still in text: {residue}"]
    return score


def _find_text(gold: dict[str, Any], gold_path: Path, text_dir: Path) -> Path | None:
    names = []
    if gold.get("id"):
        names.append(f"{gold['id']}.txt")
    names.append(f"{gold_path.stem}.txt")
    for name in names:
        cand = text_dir / name
        if cand.is_file():
            return cand
    return None


def score_dir(
    gold_dir: Path,
    text_dir: Path,
    analyze: Callable[..., Document] | None = None,
    err: TextIO | None = None,
) -> Totals:
    """Score every ``*.json`` in ``gold_dir`` against the analysis of its text in ``text_dir``."""
    if analyze is None:
        from kabar import analyze as default_analyze

        analyze = default_analyze
    err = err if err is not None else sys.stderr
    totals = Totals()
    for path in sorted(Path(gold_dir).glob("*.json")):
        try:
            gold = load_gold(path)
        except GoldError as exc:
            totals.bad_gold.append(str(exc))
            print(f"error: {exc}", file=err)
            continue
        text_path = _find_text(gold, path, Path(text_dir))
        if text_path is None:
            msg = f"{path}: no article text {gold.get('id') or path.stem}.txt in {text_dir}"
            totals.bad_gold.append(msg)
            print(f"error: {msg}", file=err)
            continue
        gold.setdefault("id", text_path.stem)
        text = text_path.read_text(encoding="utf-8", errors="replace")
        try:
            doc = analyze(text, published=gold.get("published"), id=str(gold["id"]))
            error = None
        except Exception as exc:  # a pipeline failure is scored as an empty analysis, and shown
            doc = Document(text=text, id=str(gold["id"]))
            error = f"{type(exc).__name__}: {exc}"
            print(f"error: {text_path}: analysis failed: {error}", file=err)
        art = score_article(gold, doc)
        art.error = error
        totals.articles.append(art)
    return totals


# -------------------------------------------------------------------------- report


def _pct(value: float | None) -> str:
    return "   -" if value is None else f"{100 * value:4.0f}"


def _prf(p: PRF) -> str:
    return f"{_pct(p.precision)} {_pct(p.recall)} {_pct(p.f1)}"


HEADER = (
    f"{'article':<28} | {'entities P R F':<14} | {'events P R F':<14} | {'ev~date F':>9} | "
    f"{'quotes P R F':<14} | {'times P R F':<14} | {'date':>4} | {'en':>4} | {'mod':>4} | "
    f"{'neg!':>4} | {'bp':>4}"
)


def format_row(s: ArticleScore) -> str:
    return (
        f"{s.id[:28]:<28} | {_prf(s.entities):<14} | {_prf(s.events):<14} | {_pct(s.events_nodate.f1):>9} | "
        f"{_prf(s.quotes):<14} | {_prf(s.times):<14} | {_pct(s.event_dates.value):>4} | "
        f"{_pct(s.names_en.value):>4} | {_pct(s.event_modality.value):>4} | {s.negation_errors:>4} | "
        f"{_pct(s.boilerplate.value):>4}"
    )


def print_report(totals: Totals, out: TextIO | None = None, details: bool = False) -> None:
    """The per-article table, the total row (micro-averaged) and a legend."""
    out = out if out is not None else sys.stdout
    print(HEADER, file=out)
    print("-" * len(HEADER), file=out)
    for art in totals.articles:
        print(
            format_row(art) + (f"  [analysis failed: {art.error}]" if art.error else ""), file=out
        )
    print("-" * len(HEADER), file=out)
    total = totals.total
    print(format_row(total), file=out)
    t = total
    print(
        f"\ncounts: entities {t.entities.tp}/{t.entities.tp + t.entities.fn} found, {t.entities.fp} spurious; "
        f"events {t.events.tp}/{t.events.tp + t.events.fn} right ({t.events_nodate.tp} ignoring dates), "
        f"{t.events_nodate.fp} spurious, {t.negation_errors} asserted though negated, "
        f"{t.repeated_events} repeated; negated events found as negated {t.negated_found.right}/{t.negated_found.total}; "
        f"quotes {t.quotes.tp}/{t.quotes.tp + t.quotes.fn}; times {t.times.tp}/{t.times.tp + t.times.fn}",
        file=out,
    )
    print(
        "columns: P R F in %; ev~date = event F1 ignoring dates; date = date right among events matched "
        "on type/source/target; en = name_en right among found entities; mod = asserted/future/hypothetical "
        "right; neg! = events asserted that the gold negates; bp = residue lines removed",
        file=out,
    )
    if details:
        for art in totals.articles:
            if art.missed or art.spurious:
                print(f"\n## {art.id}", file=out)
                for m in art.missed:
                    print(f"  missed   {m}", file=out)
                for s in art.spurious:
                    print(f"  spurious {s}", file=out)


def main(gold_dir: Path, text_dir: Path, details: bool = False) -> int:
    """Score a folder of gold annotations; 2 when any gold file could not be scored, else 0."""
    if not any(Path(gold_dir).glob("*.json")):
        print(f"error: {gold_dir}: no gold *.json files", file=sys.stderr)
        return 2
    totals = score_dir(Path(gold_dir), Path(text_dir))
    print_report(totals, details=details)
    if totals.bad_gold:
        print(f"\n{len(totals.bad_gold)} gold file(s) not scored:", file=sys.stderr)
        for msg in totals.bad_gold:
            print(f"  {msg}", file=sys.stderr)
        return 2
    return 0
