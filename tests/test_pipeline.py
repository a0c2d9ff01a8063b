"""The pipeline runs stages in order and leaves the process as it found it."""

from __future__ import annotations

import copy
import gc
import pickle
from collections.abc import Iterator

import pytest

import kabar
from kabar.document import Document
from kabar.pipeline import Pipeline, stage


@pytest.fixture
def collector_restored() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@stage("test_failing", requires=("raw",), assigns=())
def _failing(doc: Document) -> None:
    raise RuntimeError("a stage broke")


@stage("test_collector_state", requires=("raw",), assigns=("warnings",))
def _collector_state(doc: Document) -> None:
    doc.warnings.append(f"collecting={gc.isenabled()}")


def test_the_collector_is_paused_inside_and_back_on_after_a_document(
    collector_restored: None,
) -> None:
    gc.enable()
    doc = Pipeline(["test_collector_state"])(Document(text="", raw="Жапаров келди."))
    assert doc.warnings == ["collecting=False"]
    assert gc.isenabled()


def test_a_caller_who_turned_the_collector_off_finds_it_off(collector_restored: None) -> None:
    gc.disable()
    kabar.analyze("Жапаров Токаев менен жолукту.", published="2026-05-12")
    assert not gc.isenabled()


def test_a_failing_stage_still_turns_the_collector_back_on(collector_restored: None) -> None:
    gc.enable()
    with pytest.raises(RuntimeError):
        Pipeline(["test_failing"])(Document(text="", raw="x"))
    assert gc.isenabled()


def test_a_stage_whose_needs_no_earlier_stage_assigns_is_refused() -> None:
    with pytest.raises(ValueError, match="needs"):
        Pipeline(["events"])


def test_an_analysed_document_survives_pickling_and_deep_copies() -> None:
    """Batch runs ship Documents between processes; the compiled build's frozen readings
    must come back whole, the morphology every token keeps included."""
    doc = kabar.analyze(
        "Садыр Жапаров кечээ Ташкентте Шавкат Мирзиёев менен жолукту.", published="2026-05-01"
    )
    for back in (pickle.loads(pickle.dumps(doc)), copy.deepcopy(doc)):
        assert back.to_dict() == doc.to_dict()
        assert [t.analysis for t in back.tokens] == [t.analysis for t in doc.tokens]
        assert back.tokens[0].analysis is not None
