"""``kabar evaluate morphology``: CoNLL 2018 scoring on tiny CoNLL-U files of our own."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from kabar.evaluate import morphology as ev
from kabar.formats import conllu

GOLD = """# sent_id = a
# text = Балдар китепти окушту.
1\tБалдар\tбала\tNOUN\t_\tCase=Nom|Number=Plur|Person=3\t3\tnsubj\t_\t_
2\tкитепти\tкитеп\tNOUN\t_\tCase=Acc|Number=Sing|Number[psor]=Sing\t3\tobj\t_\t_
3\tокушту\tоку\tVERB\t_\tTense=Past\t0\troot\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_

# sent_id = b
1-2\tАлмагы\t_\t_\t_\t_\t_\t_\t_\t_
1\tАлма\tалма\tNOUN\t_\t_\t0\troot\t_\t_
2\tгы\t_\tNOUN\t_\t_\t1\tdep\t_\t_
2.1\tжок\tжок\tADJ\t_\t_\t_\t_\t1:dep\t_
"""


@pytest.fixture()
def gold_file(tmp_path: Path) -> Path:
    path = tmp_path / "gold.conllu"
    path.write_text(GOLD, encoding="utf-8")
    return path


def test_reader_skips_multiword_ranges_and_empty_nodes(gold_file: Path) -> None:
    sents = conllu.read(gold_file)
    assert [len(s.words) for s in sents] == [4, 2]
    assert sents[0].sent_id == "a" and sents[0].text == "Балдар китепти окушту."
    assert sents[1].words[1].form == "гы"


def test_scores_are_counted_per_word_with_conll2018_rules(gold_file: Path) -> None:
    gold = conllu.read(gold_file)
    predicted = [
        [
            ("бала", "NOUN", "Case=Nom|Number=Plur|Person=3"),  # all right
            ("китеп", "NOUN", "Number=Sing|Case=Acc"),  # [psor] dropped, order free: right
            ("окуш", "VERB", "Tense=Past"),  # lemma wrong
            (".", "PUNCT", ""),  # all right
        ],
        [
            ("алма", "PROPN", ""),  # UPOS wrong
            ("x", "NOUN", "Case=Nom"),  # gold lemma "_" matches anything; feats wrong
        ],
    ]
    res = ev.score(gold, predicted, seen=lambda form: form in {"Балдар", "."})
    assert res["all"].words == 6
    assert res["all"].percent("UPOS") == pytest.approx(500 / 6)
    assert res["all"].percent("Lemma") == pytest.approx(500 / 6)
    assert res["all"].percent("UFeats") == pytest.approx(500 / 6)
    assert res["all"].percent("AllTags (no XPOS)") == pytest.approx(400 / 6)
    assert (res["seen"].words, res["unseen"].words) == (2, 4)
    assert res["seen"].percent("AllTags (no XPOS)") == 100.0
    assert res["unseen"].percent("Lemma") == 75.0


def test_universal_feats_drop_layered_features_and_sort() -> None:
    assert ev.universal_feats("Person[psor]=3|Case=Gen|Number=Sing") == "Case=Gen|Number=Sing"
    assert ev.universal_feats("_") == ""


def test_main_prints_the_table_for_all_seen_and_unseen(gold_file: Path) -> None:
    out = io.StringIO()
    assert ev.main(gold_file, out) == 0
    text = out.getvalue()
    for label in ("UPOS", "Lemma", "UFeats", "AllTags (no XPOS)", "seen", "unseen"):
        assert label in text
    assert "no XPOS" in text


def test_malformed_line_is_named_with_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.conllu"
    bad.write_text("# sent_id = 1\n1\tКитеп\tкитеп\tNOUN\n", encoding="utf-8")
    assert ev.main(bad, io.StringIO()) == 2
    err = capsys.readouterr().err
    assert f"{bad}:2" in err and "10 tab-separated columns" in err
    assert "Traceback" not in err


def test_missing_file_is_an_input_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ev.main(tmp_path / "nope.conllu", io.StringIO()) == 2
    assert "nope.conllu" in capsys.readouterr().err
