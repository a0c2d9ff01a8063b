"""``--format text``: a plain-text report for a person reading one article.

Plain text on purpose (no Rich, no colour codes): it is read in a terminal,
piped to ``less``, or pasted into an e-mail. Header first (what the article is,
its language, its size, what cleaning removed), then one section per thing the
later stages found; a section with nothing in it is left out.
"""

from __future__ import annotations

from kabar.document import Document, Entity, Event
from kabar.kb import country_ids

_INDENT = "  "
_EVIDENCE_INDENT = "      "


def render(doc: Document) -> str:
    lines: list[str] = []
    heading = doc.title or doc.id or doc.source or "(untitled article)"
    lines += [heading, "=" * min(len(heading), 78)]
    for label, value in (
        ("id", doc.id),
        ("source", doc.source),
        ("url", doc.url),
        ("published", doc.published.isoformat() if doc.published else None),
    ):
        if value and not (label == "id" and value == heading):
            lines.append(f"{label + ':':<11}{value}")
    lines.append(f"{'language:':<11}{_language(doc)}")
    tokens = sum(len(s.tokens) for s in doc.sentences)
    lines.append(
        f"{'size:':<11}{len(doc.sentences)} sentences, {tokens} tokens, {len(doc.text)} characters"
    )
    if doc.warnings:
        lines.append("warnings:")
        lines += [f"{_INDENT}- {w}" for w in doc.warnings]
    for title, body in (
        ("ACTORS", _actors(doc)),
        ("TIMELINE", _timeline(doc)),
        ("QUOTES", _quotes(doc)),
        ("TIMES", _times(doc)),
    ):
        if body:
            lines += ["", title, *body]
    return "\n".join(lines) + "\n"


def _language(doc: Document) -> str:
    lang = doc.language or "unknown"
    if not doc.language_scores:
        return lang
    ranked = sorted(doc.language_scores.items(), key=lambda kv: -kv[1])
    return f"{lang} ({', '.join(f'{k} {v:.2f}' for k, v in ranked)})"


def _actors(doc: Document) -> list[str]:
    out: list[str] = []
    for ent in doc.entities:
        head = f"{_INDENT}{ent.label:<4} {ent.name}"
        if ent.name_en:
            head += f" / {ent.name_en}"
        extras = [
            f"{key}: {value}"
            for key, value in (
                ("kb", ent.kb_id),
                ("role", ent.role),
                ("country", ent.country),
                ("sector", ent.sector),
            )
            if value
        ]
        if extras:
            head += f"  ({'; '.join(extras)})"
        out.append(head)
        counts: dict[str, int] = {}
        for m in ent.mentions:
            counts[m.text] = counts.get(m.text, 0) + 1
        if counts:
            shown = [t if n == 1 else f"{t} ×{n}" for t, n in counts.items()]
            out.append(f"{_INDENT}     mentions: {', '.join(shown)}")
    return out


def _name(doc: Document, entity_id: str | None) -> str:
    ent: Entity | None = doc.entity(entity_id)
    if ent is None:
        return entity_id or "?"
    return ent.name_en or ent.name


def _names(doc: Document, ids: list[str]) -> str:
    """The side's actors; a country the side holds for an agent of it is told with that
    agent (``Donald Trump (United States)``), not as an actor of its own."""
    if not ids:
        return "?"
    states = {e.id for e in doc.entities if e.kb_id in country_ids()}
    ents = [doc.entity(i) for i in ids]
    agents = {e.country: e.id for e in ents if e is not None and e.id not in states and e.country}
    folded = {
        e.id: agents[e.country]
        for e in ents
        if e is not None and e.id in states and e.country in agents
    }
    out = []
    for i in ids:
        if i in folded:
            continue
        name = _name(doc, i)
        # Embassy of Tajikistan: the country is in the name already
        homes = [
            h for c, agent in folded.items() if agent == i and (h := _name(doc, c)) not in name
        ]
        out.append(name + (f" ({', '.join(homes)})" if homes else ""))
    return ", ".join(out)


def _event_line(doc: Document, ev: Event) -> str:
    value = ev.date.value or "undated"
    if ev.date.basis == "published" and ev.date.value:
        value = "~" + value
    kind = ev.type + (f"/{ev.mode}" if ev.mode else "")
    sides = [
        _names(doc, ids) + (" (inferred)" if side in ev.inferred else "")
        for side, ids in (("source", ev.source), ("target", ev.target))
    ]
    line = f"{value} {kind} {sides[0]} → {sides[1]}"
    if ev.location:
        line += f" @ {_name(doc, ev.location)}"
    marks = [f"[{ev.modality}]"] if ev.modality in ("future", "hypothetical") else []
    if ev.negated:
        marks.append("[negated]")
    if ev.confidence is not None:
        marks.append(f"({ev.confidence:.0%} likely)")
    return " ".join([line, *marks])


def _evidence(doc: Document, ev: Event) -> str:
    """The event's sentence on one line, its trigger words marked ``*like this*``."""
    if not 0 <= ev.sentence < len(doc.sentences):
        return ev.trigger.text
    sent = doc.sentences[ev.sentence]
    start, end = ev.trigger.start, ev.trigger.end
    if sent.start <= start < end <= sent.end:
        text = f"{doc.text[sent.start : start]}*{doc.text[start:end]}*{doc.text[end : sent.end]}"
    else:
        text = doc.text[sent.start : sent.end]
    return " ".join(text.split())


def _timeline(doc: Document) -> list[str]:
    """Events in date order (undated last), each with its Kyrgyz evidence."""
    out: list[str] = []
    for ev in sorted(doc.events, key=lambda e: (e.date.value is None, e.date.value or "")):
        out.append(_INDENT + _event_line(doc, ev))
        evidence = _evidence(doc, ev)
        if evidence:
            out.append(_EVIDENCE_INDENT + evidence)
    return out


def _quotes(doc: Document) -> list[str]:
    out: list[str] = []
    for q in doc.quotes:
        speaker = _name(doc, q.speaker) if q.speaker else "(unknown speaker)"
        kind = " (reported)" if q.kind == "reported" else ""
        out.append(f"{_INDENT}{speaker}{kind}: “{' '.join(q.text.split())}”")
    return out


def _times(doc: Document) -> list[str]:
    """Dates go unmarked; other types are named, since a TIME's value is only its day."""
    return [
        f"{_INDENT}{t.text} → {t.value or '?'}" + ("" if t.type == "DATE" else f" ({t.type})")
        for t in doc.times
    ]
