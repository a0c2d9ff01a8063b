"""The article scorer itself, on hand-built Documents (no pipeline involved)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from kabar.document import (
    Document,
    Entity,
    Event,
    EventDate,
    Mention,
    Quote,
    Sentence,
    Span,
    TimeExpression,
)
from kabar.evaluate.articles import (
    GoldError,
    load_gold,
    main,
    print_report,
    right_events,
    same_value,
    score_article,
    score_dir,
)

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "articles"
HELDOUT_DIR = Path(__file__).resolve().parent / "gold" / "heldout"

TEXT = (
    "Жапаров кечээ Рахмон менен телефон аркылуу сүйлөштү. "
    '"Биз жолдорду бирге курабыз", - деди Жапаров.\nШерине'
)


def gold(**over: Any) -> dict[str, Any]:
    base: dict[str, Any] = {
        "id": "t1",
        "published": "2026-03-12",
        "entities": [
            {"label": "PER", "forms": ["Садыр Жапаров", "Жапаров"], "name_en": "Sadyr Japarov"},
            {
                "label": "PER",
                "forms": ["Эмомали Рахмон", "Рахмон"],
                "name_en": "Emomali Rahmon",
            },
        ],
        "events": [
            {
                "type": ["CONSULT"],
                "source": ["Sadyr Japarov"],
                "target": ["Emomali Rahmon"],
                "date": "2026-03",
                "mode": "phone",
            }
        ],
        "quotes": [{"speaker": "Sadyr Japarov", "starts": "Биз жолдорду"}],
        "times": [{"text": "кечээ", "value": "2026-03-11"}],
        "boilerplate": ["Шерине"],
    }
    base.update(over)
    return base


def ent(eid: str, label: str, name: str, name_en: str | None, *mentions: str) -> Entity:
    return Entity(
        id=eid,
        label=label,
        name=name,
        name_en=name_en,
        mentions=[Mention(0, len(m), m, 0) for m in mentions],
    )


def event(
    eid: str,
    type_: str,
    source: list[str],
    target: list[str],
    date: str | None = "2026-03-11",
    negated: bool = False,
    modality: str = "asserted",
) -> Event:
    return Event(
        id=eid,
        type=type_,
        mode=None,
        source=source,
        target=target,
        date=EventDate(text=None, value=date),
        location=None,
        modality=modality,
        negated=negated,
        sentence=0,
        trigger=Span(0, 1, "x"),
    )


def perfect_doc(text: str = "Жапаров кечээ Рахмон менен сүйлөштү.") -> Document:
    return Document(
        text=text,
        entities=[
            ent("e1", "PER", "Жапаров", "Sadyr Japarov", "Жапаров"),
            ent("e2", "PER", "Рахмон", "Emomali Rahmon", "Рахмондун"),
        ],
        events=[event("v1", "CONSULT", ["e1"], ["e2"])],
        quotes=[Quote(speaker="e1", text="Биз жолдорду бирге курабыз", start=0, end=1, sentence=1)],
        times=[TimeExpression(text="кечээ", start=8, end=13, value="2026-03-11")],
    )


def test_perfect_analysis_scores_full_marks() -> None:
    s = score_article(gold(), perfect_doc())
    for prf in (s.entities, s.events, s.quotes, s.times):
        assert (prf.precision, prf.recall, prf.f1) == (1.0, 1.0, 1.0)
    assert s.names_en.value == 1.0
    assert s.event_dates.value == 1.0
    assert s.boilerplate.value == 1.0


def test_entity_matches_by_form_prefix_of_a_suffixed_mention() -> None:
    doc = Document(text="", entities=[ent("e9", "PER", "Рахмондун", None, "Рахмондун")])
    s = score_article(gold(entities=gold()["entities"][1:]), doc)
    assert s.entities.tp == 1
    assert s.names_en.right == 0  # found, but not linked to its English name


def test_entity_with_wrong_label_is_not_a_match() -> None:
    doc = Document(text="", entities=[ent("e1", "LOC", "Жапаров", "Sadyr Japarov")])
    s = score_article(gold(entities=gold()["entities"][:1]), doc)
    assert (s.entities.tp, s.entities.fp, s.entities.fn) == (0, 1, 1)


def test_spurious_entity_lowers_precision_not_recall() -> None:
    doc = perfect_doc()
    doc.entities.append(ent("e3", "ORG", "Шерине", None, "Шерине"))
    s = score_article(gold(), doc)
    assert s.entities.recall == 1.0
    assert s.entities.precision == pytest.approx(2 / 3)
    assert any("Шерине" in x for x in s.spurious)


def test_second_entity_for_the_same_actor_counts_as_spurious() -> None:
    doc = perfect_doc()
    doc.entities.append(ent("e4", "PER", "Садыр Жапаров", "Sadyr Japarov"))
    s = score_article(gold(), doc)
    assert (s.entities.tp, s.entities.fp) == (2, 1)


def denied(type_: str, **more: str) -> dict[str, Any]:
    """A gold event Japarov -> Rahmon that the text denies."""
    return {
        "type": [type_],
        "source": ["Sadyr Japarov"],
        "target": ["Emomali Rahmon"],
        "negated": True,
        **more,
    }


def test_negated_gold_event_predicted_as_asserted_is_a_false_positive() -> None:
    g = gold()
    g["events"].append(denied("AGREE"))
    doc = perfect_doc()
    doc.events.append(event("v2", "AGREE", ["e1"], ["e2"]))
    s = score_article(g, doc)
    assert s.negation_errors == 1
    assert (s.events.tp, s.events.fp, s.events.fn) == (1, 1, 0)


@pytest.mark.parametrize(("sentence", "errors"), [(0, 0), (1, 1)])
def test_only_an_event_told_in_the_denied_sentence_asserts_what_the_text_negates(
    sentence: int, errors: int
) -> None:
    text = (
        "Жапаров Рахмонго жардам берерин убада кылды. Бирок Жапаров Рахмон менен макулдашкан жок."
    )
    g = gold()
    g["events"].append(denied("AGREE", evidence="Жапаров Рахмон менен макулдашкан жок"))
    doc = perfect_doc(text)
    doc.sentences = [Sentence(0, 44), Sentence(45, len(text))]
    promise = event("v2", "AGREE", ["e1"], ["e2"])
    promise.sentence = sentence
    doc.events.append(promise)
    s = score_article(g, doc)
    assert s.negation_errors == errors
    assert s.events.fp == 1  # spurious either way


def test_a_restatement_of_a_found_event_is_a_repetition_not_the_denial_with_its_sides() -> None:
    g = gold()
    g["events"].append(denied("CONSULT"))
    doc = perfect_doc()
    doc.events.append(event("v2", "CONSULT", ["e1"], ["e2"]))
    s = score_article(g, doc)
    assert (s.negation_errors, s.repeated_events) == (0, 1)


def test_negated_gold_event_predicted_as_negated_costs_nothing() -> None:
    g = gold()
    g["events"].append(
        {"type": ["AGREE"], "source": [], "target": [], "negated": True},
    )
    doc = perfect_doc()
    doc.events.append(event("v2", "AGREE", ["e1"], ["e2"], negated=True))
    s = score_article(g, doc)
    assert s.negation_errors == 0
    assert (s.events.tp, s.events.fp, s.events.fn) == (1, 0, 0)
    assert s.negated_found.right == 1


def test_event_date_must_start_with_the_gold_prefix() -> None:
    doc = perfect_doc()
    doc.events[0] = event("v1", "CONSULT", ["e1"], ["e2"], date="2025-03-11")
    s = score_article(gold(), doc)
    assert s.events.tp == 0
    assert s.events_nodate.tp == 1
    assert s.event_dates.value == 0.0


def test_event_without_gold_date_accepts_any_date() -> None:
    g = gold()
    del g["events"][0]["date"]
    doc = perfect_doc()
    doc.events[0] = event("v1", "CONSULT", ["e1"], ["e2"], date=None)
    assert score_article(g, doc).events.tp == 1


def test_event_type_outside_gold_list_does_not_match() -> None:
    doc = perfect_doc()
    doc.events[0] = event("v1", "ACCUSE", ["e1"], ["e2"])
    s = score_article(gold(), doc)
    assert (s.events.tp, s.events.fp, s.events.fn) == (0, 1, 1)


def test_event_actor_matches_through_entity_alignment_without_name_en() -> None:
    doc = perfect_doc()
    doc.entities = [ent("e1", "PER", "Жапаров", None), ent("e2", "PER", "Рахмон", None)]
    assert score_article(gold(), doc).events.tp == 1


def test_empty_gold_actor_list_accepts_any_actor() -> None:
    g = gold()
    g["events"][0]["target"] = []
    doc = perfect_doc()
    doc.events[0] = event("v1", "CONSULT", ["e1"], [])
    assert score_article(g, doc).events.tp == 1


def test_repeated_event_is_not_held_against_precision() -> None:
    doc = perfect_doc()
    doc.events.append(event("v2", "CONSULT", ["e1"], ["e2"]))
    s = score_article(gold(), doc)
    assert s.repeated_events == 1
    assert s.events.precision == 1.0


def test_quote_needs_speaker_and_opening_words() -> None:
    doc = perfect_doc()
    doc.quotes = [
        Quote(speaker="e2", text="Биз жолдорду бирге курабыз", start=0, end=1, sentence=1),
        Quote(
            speaker="e1", text="Анын айтымында, «биз жолдорду» курабыз", start=0, end=1, sentence=1
        ),
    ]
    s = score_article(gold(), doc)
    assert (s.quotes.tp, s.quotes.fp) == (1, 1)


def test_time_span_may_extend_the_gold_text_but_value_must_be_equal() -> None:
    g = gold(times=[{"text": "2025-жыл", "value": "2025"}, {"text": "ноябрда", "value": "2025-11"}])
    doc = perfect_doc()
    doc.times = [
        TimeExpression(text="2025-жылы", start=0, end=9, value="2025"),
        TimeExpression(text="Ноябрда", start=10, end=17, value="2024-11"),
    ]
    s = score_article(g, doc)
    assert (s.times.tp, s.times.fp, s.times.fn) == (1, 1, 1)


def test_boilerplate_left_in_text_is_reported() -> None:
    s = score_article(gold(), perfect_doc(TEXT))
    assert s.boilerplate.value == 0.0
    assert any("Шерине" in m for m in s.missed)


def test_bad_gold_file_is_named_and_the_others_still_scored(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(gold(id="a")), encoding="utf-8")
    (tmp_path / "a.txt").write_text("Жапаров.", encoding="utf-8")
    (tmp_path / "b.json").write_text('{"entities": [', encoding="utf-8")
    err = io.StringIO()
    totals = score_dir(tmp_path, tmp_path, analyze=lambda text, **kw: perfect_doc(), err=err)
    assert [a.id for a in totals.articles] == ["a"]
    assert "b.json" in err.getvalue()
    assert totals.articles[0].entities.f1 == 1.0


def test_main_returns_2_on_bad_gold(tmp_path: Path) -> None:
    (tmp_path / "b.json").write_text('{"entities": [{"label": "XYZ"}]}', encoding="utf-8")
    assert main(tmp_path, tmp_path) == 2


def test_gold_with_wrong_shape_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    path.write_text(json.dumps(gold(entities=[{"label": "PER", "forms": []}])), encoding="utf-8")
    with pytest.raises(GoldError, match=r"g\.json: entities\[0\]"):
        load_gold(path)


def test_gold_event_of_a_type_outside_the_sixteen_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "g.json"
    event = {"type": ["DEMAND"], "source": [], "target": [], "evidence": "x"}
    path.write_text(json.dumps(gold(events=[event])), encoding="utf-8")
    with pytest.raises(GoldError, match=r"events\[0\]: type DEMAND is none of the 16"):
        load_gold(path)


def test_pipeline_failure_is_scored_as_empty_analysis(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(gold(id="a")), encoding="utf-8")
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")

    def broken(text: str, **kw: Any) -> Document:
        raise RuntimeError("boom")

    totals = score_dir(tmp_path, tmp_path, analyze=broken, err=io.StringIO())
    assert totals.articles[0].error == "RuntimeError: boom"
    assert totals.articles[0].entities.fn == 2
    out = io.StringIO()
    print_report(totals, out=out)
    assert "analysis failed" in out.getvalue()


@pytest.mark.parametrize(
    "path",
    sorted(GOLD_DIR.glob("*.json")) + sorted(HELDOUT_DIR.glob("*.json")),
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
def test_our_gold_files_are_valid_and_anchored_in_their_text(path: Path) -> None:
    g = load_gold(path)
    text = path.with_suffix(".txt").read_text(encoding="utf-8")
    assert g["id"] == path.stem
    names = {e["name_en"] for e in g["entities"]}
    for e in g["entities"]:
        assert any(f in text for f in e["forms"]), e
    for ev in g["events"]:
        assert set(ev["source"]) | set(ev["target"]) <= names, ev
        for piece in ev["evidence"].split(" ... "):
            assert piece in text, piece
    for q in g["quotes"]:
        assert q["speaker"] in names and q["starts"] in text, q
    for t in g["times"]:
        assert t["text"] in text, t
    lines = {line.strip() for line in text.splitlines()}
    assert set(g["boilerplate"]) <= lines


def test_event_date_inside_the_gold_span_is_right() -> None:
    g = gold()
    g["events"][0]["date"] = "2026-W11"
    doc = perfect_doc()
    doc.events[0] = event("v1", "CONSULT", ["e1"], ["e2"], date="2026-03-11")
    assert score_article(g, doc).events.tp == 1
    doc.events[0] = event("v1", "CONSULT", ["e1"], ["e2"], date="2026-03-16")
    assert score_article(g, doc).events.tp == 0


@pytest.mark.parametrize(
    ("gold_value", "pred_value", "same"),
    [
        ("2026-W24", "2026-06-08/2026-06-14", True),
        ("2026-05", "2026-05-01/2026-05-31", True),
        ("2025", "2025-01/2025-12", True),
        ("2026-05-19/2026-05-20", "2026-05-19/2026-05-20", True),
        ("2026-06/2026-08", "2025-06/2025-08", False),
        ("2026-05", "2026-05-01", False),
        ("2026-SU", "2026-SU", True),
    ],
)
def test_time_values_compare_as_spans(gold_value: str, pred_value: str, same: bool) -> None:
    assert same_value(gold_value, pred_value) is same


def test_main_returns_2_on_a_folder_without_gold(tmp_path: Path) -> None:
    assert main(tmp_path, tmp_path) == 2


def test_right_events_says_right_wrong_or_told_again_for_each_asserted_event() -> None:
    doc = perfect_doc()
    doc.events += [
        event("v2", "CONSULT", ["e2"], ["e2"]),  # wrong sides
        event("v3", "CONSULT", ["e1"], ["e2"]),  # the same act again
        event("v4", "REJECT", ["e1"], ["e2"], negated=True),  # negated: not listed
    ]
    assert right_events(gold(), doc) == [True, False, None]
