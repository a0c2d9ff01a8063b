"""How far two annotators of the same articles agree: the ceiling a system can reach.

A goal such as "event recall 0.8 at precision 0.8" only means something if two careful
people, annotating the same text from the same guidelines, agree at least that well.
This module turns one annotator's gold into a ``Document`` (as if it were a system's
output) so that ``score_article`` compares it with the other annotator's gold under
exactly the rules that score kabar. Each gold event becomes one predicted event with
its preferred type, all the actors it lists, its date (or the publication date, as a
system would give), its modality and negation; quotes and times are taken as written.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from kabar.document import Document, Entity, Event, EventDate, Quote, Span, TimeExpression
from kabar.evaluate.articles import Totals, load_gold, norm_name, score_article
from kabar.evaluate.gold_entities import attach_gold_entities

QUOTE_REACH = 400
"""Characters of text after a gold quote's first words taken as the quote: the other
annotator's first words must start it or stand within its opening characters."""


def _sentence_of(doc: Document, start: int) -> int:
    return next(
        (i for i, s in enumerate(doc.sentences) if s.start <= start < s.end + 1),
        len(doc.sentences) - 1,
    )


def _ids_by_name(doc: Document, gold: dict[str, Any]) -> dict[str, str]:
    """English name -> entity id; a name with no mention in the text gets a bare entity."""
    ids = {norm_name(e.name_en): e.id for e in doc.entities if e.name_en}
    for spec in gold.get("entities", []):
        key = norm_name(spec["name_en"])
        if key not in ids:
            ent = Entity(
                f"x{len(ids) + 1}", spec["label"], spec["forms"][0], name_en=spec["name_en"]
            )
            doc.entities.append(ent)
            ids[key] = ent.id
    return ids


def _actors(names: list[str], ids: dict[str, str]) -> list[str]:
    return [ids[norm_name(n)] for n in names if norm_name(n) in ids]


def _event(n: int, spec: dict[str, Any], doc: Document, ids: dict[str, str]) -> Event:
    evidence = str(spec.get("evidence", "")).split("...")[0]
    start = max(doc.text.find(evidence), 0) if evidence else 0
    published = doc.published.isoformat() if doc.published else None
    date = spec.get("date")
    modality = (
        "hypothetical"
        if spec.get("hypothetical")
        else "future"
        if spec.get("future")
        else "asserted"
    )
    return Event(
        id=f"e{n + 1}",
        type=spec["type"][0],
        mode=spec.get("mode"),
        source=_actors(list(spec.get("source", [])), ids),
        target=_actors(list(spec.get("target", [])), ids),
        date=EventDate(date, date, "text") if date else EventDate(None, published, "published"),
        location=None,
        modality=modality,
        negated=bool(spec.get("negated")),
        sentence=_sentence_of(doc, start),
        trigger=Span(start, start + len(evidence), evidence),
    )


def document_from_gold(gold: dict[str, Any], text: str, base: Document) -> Document:
    """``base`` (the text's analysis, for its sentences) with the annotation as its output."""
    doc = base
    attach_gold_entities(doc, gold)
    ids = _ids_by_name(doc, gold)
    doc.events = [_event(n, spec, doc, ids) for n, spec in enumerate(gold.get("events", []))]
    doc.quotes = []
    for spec in gold.get("quotes", []):
        start = max(text.find(spec["starts"]), 0)
        speaker = ids.get(norm_name(spec["speaker"]))
        doc.quotes.append(
            Quote(
                speaker,
                text[start : start + QUOTE_REACH],
                start,
                start + QUOTE_REACH,
                _sentence_of(doc, start),
            )
        )
    doc.times = []
    for spec in gold.get("times", []):
        start = max(text.find(spec["text"]), 0)
        end = start + len(spec["text"])
        doc.times.append(
            TimeExpression(
                spec["text"], start, end, spec.get("value"), sentence=_sentence_of(doc, start)
            )
        )
    return doc


def compare_dirs(gold_dir: Path, other_dir: Path, text_dir: Path) -> Totals:
    """Score ``other_dir``'s annotations as if they were predictions against ``gold_dir``'s."""
    from kabar import analyze

    totals = Totals()
    for path in sorted(Path(gold_dir).glob("*.json")):
        other_path = Path(other_dir) / path.name
        text_path = Path(text_dir) / f"{path.stem}.txt"
        if not other_path.is_file() or not text_path.is_file():
            continue
        gold, other = load_gold(path), load_gold(other_path)
        text = text_path.read_text(encoding="utf-8")
        published = gold.get("published")
        base = analyze(text, published=published, id=path.stem)
        if base.published is None and published:
            base.published = dt.date.fromisoformat(str(published))
        totals.articles.append(score_article(gold, document_from_gold(other, base.text, base)))
    return totals
