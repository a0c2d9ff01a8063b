"""The format registry and the json, jsonl and text writers, on a hand-filled Document."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

import kabar
from handmade_docs import full_document
from kabar.document import Document, TimeExpression
from kabar.formats import FORMATS, FormatUnavailable, get_renderer


def test_registry_names_the_five_formats() -> None:
    assert set(FORMATS) == {"json", "jsonl", "text", "conllu", "plover"}


def test_unknown_format_is_refused_with_the_choices() -> None:
    with pytest.raises(FormatUnavailable, match="choose one of json, jsonl"):
        get_renderer("yaml")


def test_asking_for_json_does_not_import_the_other_writers() -> None:
    code = (
        "import sys; from kabar.formats import get_renderer; get_renderer('json'); "
        "print(sorted(m for m in sys.modules if m.startswith('kabar.formats.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "['kabar.formats.json']"


def test_json_and_jsonl_round_trip_to_dict() -> None:
    doc = full_document()
    pretty = get_renderer("json")(doc)
    line = get_renderer("jsonl")(doc)
    assert json.loads(pretty) == json.loads(line) == doc.to_dict()
    assert line.count("\n") == 1 and line.endswith("\n")
    assert "Жапаров" in line  # UTF-8, not \\u escapes


def test_text_report_has_every_section_for_a_full_document() -> None:
    out = get_renderer("text")(full_document())
    lines = out.splitlines()
    assert lines[0] == "Жапаров Ташкентке барат"
    assert "language:  ky (ky 0.93, ru 0.07)" in lines
    assert "size:      3 sentences, 23 tokens, 163 characters" in lines
    assert "  - removed site residue: 'Бөлүшүү'" in lines
    for section in ("ACTORS", "TIMELINE", "QUOTES", "TIMES"):
        assert section in lines
    assert (
        lines.index("ACTORS")
        < lines.index("TIMELINE")
        < lines.index("QUOTES")
        < lines.index("TIMES")
    )
    assert (
        "  PER  Садыр Жапаров / Sadyr Japarov  (kb: kg-japarov; role: президент; country: KGZ; sector: GOV)"
        in lines
    )
    assert "       mentions: Садыр Жапаров, Жапаров" in lines
    assert "  2025-12-12 CONSULT/visit Sadyr Japarov → Tashkent @ Tashkent [future]" in lines
    assert "  ~2025-11-20 CONSULT/phone Sadyr Japarov → Shavkat Mirziyoyev [negated]" in lines
    evidence = lines[
        lines.index("  ~2025-11-20 CONSULT/phone Sadyr Japarov → Shavkat Mirziyoyev [negated]") + 1
    ]
    assert evidence == "      Ал Шавкат Мирзиёев менен телефон аркылуу *сүйлөшкөн* эмес."
    timeline_order = [line for line in lines if line.startswith(("  2025", "  ~2025"))]
    assert timeline_order[0].startswith("  ~2025-11-20"), "events come in date order"
    assert "  Sadyr Japarov: “Биз чек ара маселесин толук чечтик”" in lines
    assert "  12-декабрда → 2025-12-12" in lines


def test_text_report_leaves_out_empty_sections() -> None:
    doc = Document(text="Салам.", id="x1", language=None)
    out = get_renderer("text")(doc)
    assert out.splitlines()[0] == "x1"
    assert "language:  unknown" in out
    for section in ("ACTORS", "TIMELINE", "QUOTES", "TIMES", "warnings:"):
        assert section not in out


def test_text_report_survives_dangling_ids() -> None:
    doc = full_document()
    doc.events[0].source = ["e404"]
    doc.events[0].sentence = 99
    doc.quotes[0].speaker = None
    out = get_renderer("text")(doc)
    assert "  2025-12-12 CONSULT/visit e404 → Tashkent @ Tashkent [future]\n      барат\n" in out
    assert "(unknown speaker): “" in out


def test_text_report_names_the_type_of_a_time_that_is_no_date() -> None:
    doc = full_document()
    doc.times.append(TimeExpression("кечээ кечинде", 0, 13, "2025-11-19", 0, "TIME"))
    lines = get_renderer("text")(doc).splitlines()
    assert "  12-декабрда → 2025-12-12" in lines
    assert "  кечээ кечинде → 2025-11-19 (TIME)" in lines


@pytest.mark.parametrize(
    ("text", "told", "not_told"),
    [
        (
            "Казакстандын премьер-министри Олжас Бектенов шейшемби күнү Бишкекте Адылбек "
            "Касымалиев менен жолугушту.",
            "CONSULT Olzhas Bektenov (Kazakhstan) → Adylbek Kasymaliev",
            "Kazakhstan, ",
        ),
        (
            "Кыргызстандын Тышкы иштер министрлиги шаршемби күнү Тажикстандын элчилигине "
            "нааразылык нотасын тапшырды. Тажикстан азырынча жооп бере элек.",
            "→ Embassy of Tajikistan (",
            "Embassy of Tajikistan (Tajikistan)",
        ),
    ],
    ids=["with_the_agent", "not_twice_when_in_its_name"],
)
def test_a_country_a_side_holds_for_its_agent_is_told_with_the_agent(
    text: str, told: str, not_told: str
) -> None:
    timeline = get_renderer("text")(kabar.analyze(text, published="2026-03-04"))
    assert told in timeline
    assert not_told not in timeline
