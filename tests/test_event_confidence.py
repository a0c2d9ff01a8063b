"""The event-confidence stage: each asserted event's chance of being right, the unlikely
ones dropped."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from pathlib import Path

import pytest

import kabar
from kabar.document import Document
from kabar.events.confidence import (
    FEATURES_VERSION,
    Model,
    event_features,
    load_model,
    score_events,
    use_min_confidence,
)
from kabar.events.train_confidence import MIN_CONFIDENCE, collect, train
from kabar.formats import plover
from kabar.pipeline import DEFAULT_STAGES, Pipeline
from kabar.resources import ModelError

TEXT = (
    "Тышкы иштер министри Жээнбек Кулубаев шейшемби күнү Ташкентте Өзбекстандын "
    "тышкы иштер министри Бахтиёр Саидов менен жолукту. "
    "Кулубаев өзбек тараптан чек ара бекеттерин кайра ачууну суранды. "
    "Тараптар суу боюнча келишимге кол койгон жок."
)


def unscored() -> Document:
    """The test article analysed up to the implicit actors: its events not yet scored."""
    names = DEFAULT_STAGES[: DEFAULT_STAGES.index("implicit_actors") + 1]
    return Pipeline(names)(Document(text="", raw=TEXT, published=kabar.parse_date("2026-04-14")))


def test_an_event_under_the_floor_is_dropped_and_the_others_keep_their_probability() -> None:
    doc = unscored()
    assert {e.type for e in doc.events if not e.negated} == {"CONSULT", "REQUEST"}
    score_events(doc, Model({"type=REQUEST": -20.0, "type=CONSULT": 2.0}, min_confidence=0.5))
    kept = [e for e in doc.events if not e.negated]
    assert [e.type for e in kept] == ["CONSULT"]
    assert kept[0].confidence == pytest.approx(0.881, abs=1e-3)


def test_negated_events_are_neither_scored_nor_dropped() -> None:
    doc = unscored()
    score_events(doc, Model({"bias": -20.0}, min_confidence=0.5))
    assert [(e.type, e.negated, e.confidence) for e in doc.events] == [("AGREE", True, None)]


def test_the_features_carry_no_word_of_the_text() -> None:
    doc = unscored()
    asserted = [e for e in doc.events if not e.negated]
    feats = [f for k in range(len(asserted)) for f in event_features(doc, asserted, k)]
    assert "type=REQUEST" in feats
    assert not [f for f in feats if re.search("[а-яөүң]", f, re.IGNORECASE)]


def test_an_act_told_again_is_marked_as_such_in_the_features() -> None:
    doc = unscored()
    first = next(e for e in doc.events if e.type == "CONSULT")
    events = [first, replace(first, id="again")]
    assert "told_before=0" in event_features(doc, events, 0)
    assert "told_before=1" in event_features(doc, events, 1)


def test_how_the_trigger_is_told_is_a_feature() -> None:
    doc = unscored()
    asserted = [e for e in doc.events if not e.negated]
    forms = {e.type: event_features(doc, asserted, k) for k, e in enumerate(asserted)}
    assert "form=past|CONSULT" in forms["CONSULT"]  # жолукту
    assert "form=past|REQUEST" in forms["REQUEST"]  # суранды


def test_a_vow_quoted_from_its_own_speaker_is_marked_and_a_third_partys_act_is_not() -> None:
    quoted = (
        '"Биз бул чечимди колдойбуз", - деди Жээнбек Кулубаев. '
        '"Президент Садыр Жапаров Ташкентке барат", - деди Кулубаев.'
    )
    names = DEFAULT_STAGES[: DEFAULT_STAGES.index("implicit_actors") + 1]
    doc = Pipeline(names)(Document(text="", raw=quoted, published=kabar.parse_date("2026-04-14")))
    asserted = [e for e in doc.events if not e.negated]
    marked = {
        e.type: any(f.startswith("quoted_by_source") for f in event_features(doc, asserted, k))
        for k, e in enumerate(asserted)
    }
    assert marked == {"SUPPORT": True, "CONSULT": False}


def test_every_event_of_an_analysis_is_over_the_floor_and_exported_with_it() -> None:
    doc = kabar.analyze(TEXT, published="2026-04-14")
    floor = load_model().min_confidence
    asserted = [e for e in doc.events if not e.negated]
    assert asserted and all(
        e.confidence is not None and floor <= e.confidence <= 1 for e in asserted
    )
    records = [json.loads(line) for line in plover.render(doc).splitlines()]
    assert [r["confidence"] for r in records] == [e.confidence for e in doc.events]


def test_a_model_built_for_other_features_is_refused_with_the_rebuild_command(
    tmp_path: Path,
) -> None:
    stale = tmp_path / "stale.json"
    stale.write_text(
        json.dumps({"features_version": FEATURES_VERSION - 1, "min_confidence": 0.2, "weights": {}})
    )
    with pytest.raises(ModelError, match="make event-models"):
        load_model(str(stale))
    with pytest.raises(ModelError, match="not readable"):
        load_model(str(tmp_path / "absent.json"))


def test_training_learns_which_features_go_with_right_events_the_same_way_each_time() -> None:
    examples = [(["bias", "named"], True)] * 20 + [(["bias", "unnamed"], False)] * 20
    weights = train(examples)
    assert weights["named"] > 0 > weights["unnamed"]
    assert train(examples) == weights


GOLD_DIR = Path(__file__).resolve().parent / "gold" / "articles"


@pytest.mark.skipif(not GOLD_DIR.is_dir(), reason="tests/gold/articles is not there")
def test_the_shipped_model_is_what_make_event_models_builds_today() -> None:
    examples = [ex for article in collect(GOLD_DIR) for ex in article.examples]
    shipped = load_model()
    assert shipped.min_confidence == MIN_CONFIDENCE
    assert shipped.weights == train(examples), (
        "the event rules, the implicit-actor model or the gold changed since the model "
        "was trained: run `make event-models`"
    )


def test_the_timeline_says_how_likely_each_asserted_event_is() -> None:
    from kabar.formats import text as text_format

    report = text_format.render(kabar.analyze(TEXT, published="2026-04-14"))
    consult = next(line for line in report.splitlines() if " CONSULT " in line)
    assert re.search(r"\(\d+% likely\)$", consult)
    negated = next(line for line in report.splitlines() if "[negated]" in line)
    assert "likely" not in negated


def test_a_floor_outside_zero_to_one_is_refused_and_the_models_floor_kept() -> None:
    with pytest.raises(ValueError, match="probability"):
        use_min_confidence(1.5)
    doc = unscored()
    score_events(doc, Model({"type=REQUEST": -20.0}, min_confidence=0.5))
    assert "REQUEST" not in [e.type for e in doc.events]
