"""PLOVER export: one JSON record per event with PLOVER/POLECAT field names."""

from __future__ import annotations

import json

from entity_helpers import build
from kabar.formats.plover import render

SPECS = [
    ("jap", "PER", ["Садыр Жапаров", "Жапаров"], "Sadyr Japarov", "президент"),
    ("put", "PER", ["Владимир Путин", "Путин"], "Vladimir Putin", "президент"),
    ("msk", "LOC", ["Москва"], "Moscow", None),
]
TEXT = "Жапаров кечээ Москвага барды. Ал Путин менен жолуккан жок."


def records() -> list[dict[str, object]]:
    doc = build(TEXT, SPECS)
    doc.id = "art1"
    doc.entities[0].country, doc.entities[0].sector = "KGZ", "GOV"
    return [json.loads(line) for line in render(doc).splitlines()]


def test_one_json_line_per_event_with_plover_fields() -> None:
    recs = records()
    assert len(recs) == 2
    first = recs[0]
    assert first["id"] == "art1-ev1"
    assert (first["event"], first["mode"]) == ("CONSULT", "visit")
    assert (first["actor"], first["actor_country"], first["actor_sector"]) == (
        "Sadyr Japarov",
        "KGZ",
        "GOV",
    )
    assert first["recipient"] == "Moscow"
    assert first["date"] == "2026-01-14"
    assert first["event_text"] == "Жапаров кечээ Москвага барды."
    assert first["identifier_text"] == "барды"
    assert first["cite_info"]["published"] == "2026-01-15"  # type: ignore[index]


def test_negated_event_is_exported_with_its_flag() -> None:
    second = records()[1]
    assert second["negated"] is True
    assert second["recipient"] == "Vladimir Putin"
    assert second["date_basis"] == "published"


def test_document_without_events_renders_nothing() -> None:
    assert render(build("Бүгүн жаан жаады.", SPECS)) == ""
