"""``--format text``: a plain-text report for a person reading one article.

Plain text on purpose (no Rich, no colour codes): it is read in a terminal,
piped to ``less``, or pasted into an e-mail. Header first (what the article is,
its language, its size, what cleaning removed), then one section per thing the
later stages found; a section with nothing in it is left out.
"""

from __future__ import annotations

from kabar.document import Document, Entity, Event

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
    lines.append(f"{'size:':<11}{len(doc.sentences)} sentences, {tokens} tokens, {len(doc.text)} characters")
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
        head = f"{_INDENT}{ent.label:<4}{ent.name}"
        if ent.name_en:
            head += f" = {ent.name_en}"
        extras = [x for x in (ent.kb_id, ent.role, ent.country, ent.sector) if x]
        if extras:
            head += f" [{', '.join(extras)}]"
        out.append(head)
        mentions = list(dict.fromkeys(m.text for m in ent.mentions))
        if mentions:
            out.append(f"{_INDENT}    mentions: {', '.join(mentions)}")
    return out


def _name(doc: Document, entity_id: str | None) -> str:
    ent: Entity | None = doc.entity(entity_id)
    if ent is None:
        return entity_id or "?"
    return ent.name_en or ent.name


def _names(doc: Document, ids: list[str]) -> str:
    return ", ".join(_name(doc, i) for i in ids) if ids else "?"


def _event_line(doc: Document, ev: Event) -> str:
    value = ev.date.value or "????"
    if ev.date.basis == "published":
        value = "~" + value
    kind = ev.type + (f"/{ev.mode}" if ev.mode else "")
    line = f"{value} {kind} {_names(doc, ev.source)} → {_names(doc, ev.target)}"
    if ev.location:
        line += f" @ {_name(doc, ev.location)}"
    marks = [f"[{ev.modality}]"] if ev.modality in ("future", "hypothetical") else []
    if ev.negated:
        marks.append("[negated]")
    return " ".join([line, *marks])


def _sentence_text(doc: Document, index: int) -> str | None:
    if 0 <= index < len(doc.sentences):
        s = doc.sentences[index]
        return " ".join(doc.text[s.start : s.end].split())
    return None


def _timeline(doc: Document) -> list[str]:
    out: list[str] = []
    for ev in doc.events:
        out.append(_INDENT + _event_line(doc, ev))
        evidence = _sentence_text(doc, ev.sentence) or ev.trigger.text
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
    return [f"{_INDENT}{t.text} → {t.value or '?'}" for t in doc.times]
