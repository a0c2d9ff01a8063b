"""Two annotators compared under the article scorer's rules (benchmarks/agreement.py)."""

from __future__ import annotations

import copy
import json
import shutil
from pathlib import Path

from kabar.evaluate.agreement import compare_dirs

GOLD_DIR = Path(__file__).resolve().parent / "gold" / "articles"
ARTICLE = "putin_phone_call_gas"


def _copy_article(to: Path) -> dict:
    to.mkdir()
    shutil.copy(GOLD_DIR / f"{ARTICLE}.txt", to)
    shutil.copy(GOLD_DIR / f"{ARTICLE}.json", to)
    return json.loads((GOLD_DIR / f"{ARTICLE}.json").read_text(encoding="utf-8"))


def test_an_annotation_agrees_fully_with_itself(tmp_path: Path) -> None:
    _copy_article(tmp_path / "a")
    total = compare_dirs(tmp_path / "a", tmp_path / "a", tmp_path / "a").total
    assert total.events.recall == total.events.precision == 1.0
    assert total.quotes.f1 == total.times.f1 == total.entities.f1 == 1.0


def test_an_event_the_other_annotator_left_out_lowers_recall_only(tmp_path: Path) -> None:
    gold = _copy_article(tmp_path / "a")
    other = copy.deepcopy(gold)
    asserted = [e for e in other["events"] if not e.get("negated")]
    other["events"].remove(asserted[0])
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / f"{ARTICLE}.json").write_text(json.dumps(other), encoding="utf-8")
    total = compare_dirs(tmp_path / "a", tmp_path / "b", tmp_path / "a").total
    assert total.events.fn == 1
    assert total.events.fp == 0


def _undate(tmp_path: Path, date: str) -> tuple[int, int]:
    """Missed events (strict, ignoring dates) when the other annotator leaves ``date`` out."""
    gold = _copy_article(tmp_path / "a")
    other = copy.deepcopy(gold)
    event = next(e for e in other["events"] if e.get("date") == date)
    event["date"] = None
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / f"{ARTICLE}.json").write_text(json.dumps(other), encoding="utf-8")
    total = compare_dirs(tmp_path / "a", tmp_path / "b", tmp_path / "a").total
    return total.events.fn, total.events_nodate.fn


def test_an_undated_event_takes_the_publication_date_like_a_system(tmp_path: Path) -> None:
    assert _undate(tmp_path, "2026-12-09") == (0, 0)  # the article's publication day


def test_an_event_dated_the_day_before_is_wrong_when_left_undated(tmp_path: Path) -> None:
    assert _undate(tmp_path, "2026-12-08") == (1, 0)
