"""The morphological tagger and the ``morphology`` stage, on our own Kyrgyz sentences."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from kabar.document import Document, Sentence, Token
from kabar.formats import conllu
from kabar.morphology import build_tagger
from kabar.morphology.tagger import Tagger, model_path, tag
from kabar.pipeline import Pipeline
from kabar.stages.morphology import assign_morphology


def _doc(sentences: list[tuple[str, list[str]]]) -> Document:
    """A Document whose sentences are the given (language, words), words one space apart."""
    text = ""
    sents: list[Sentence] = []
    for lang, words in sentences:
        start = len(text)
        toks = []
        for w in words:
            toks.append(Token(w, len(text), len(text) + len(w)))
            text += w + " "
        sents.append(Sentence(start, len(text) - 1, lang, toks))
    return Document(text=text, sentences=sents, language="ky")


def test_noun_in_the_dative_gets_case_dat_and_its_bare_lemma() -> None:
    out = tag(["Биз", "эртең", "мектепке", "барабыз", "."])
    assert out[2].pos == "NOUN"
    assert out[2].feat("Case") == "Dat"
    assert out[2].lemma == "мектеп"


def test_past_tense_verb_is_a_finite_verb_with_its_stem_as_lemma() -> None:
    out = tag(["Министр", "жаңы", "мыйзамды", "кол", "койду", "."])
    assert out[4].pos == "VERB"
    assert out[4].feat("Tense") == "Past"
    assert out[2].feat("Case") == "Acc"
    assert out[2].lemma == "мыйзам"


def test_genitive_of_a_foreign_name_keeps_the_name_as_lemma() -> None:
    out = tag(["Макрондун", "сапары", "башталды", "."])
    assert out[0].lemma == "Макрон"
    assert out[0].feat("Case") == "Gen"


def test_punctuation_and_numbers_are_tagged_by_their_characters() -> None:
    out = tag(["2025", "-", "жылы", ",", "10", "%"])
    assert [a.pos for a in out[:2]] == ["NUM", "PUNCT"]
    assert out[3].pos == "PUNCT"
    assert out[4].lemma == "10"


def test_empty_sentence_gives_no_readings() -> None:
    assert tag([]) == []


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=12))
def test_bad_strings_never_raise_and_give_one_reading_each(words: list[str]) -> None:
    out = tag(words)
    assert len(out) == len(words)
    assert all(a.pos and isinstance(a.lemma, str) and a.lemma for a in out)


def test_huge_and_control_character_tokens_are_tagged_without_error() -> None:
    out = tag(["ж" * 100_000, "a\tb\nc", "\x00", "🙂🙂", "Токаев"])
    assert len(out) == 5
    assert out[-1].lemma == "Токаев"


def test_stage_fills_every_token_of_a_kyrgyz_sentence() -> None:
    doc = _doc([("ky", ["Президент", "Бишкекте", "жаштар", "менен", "жолукту", "."])])
    assign_morphology(doc)
    for tok in doc.tokens:
        assert tok.lemma and tok.pos and tok.feats is not None and tok.analysis is not None
    assert doc.tokens[1].feat("Case") == "Loc"


def test_stage_does_not_tag_a_russian_quote_with_the_kyrgyz_model() -> None:
    doc = _doc(
        [("ky", ["Ал", "мындай", "деди", ":"]), ("ru", ["Мы", "готовы", "к", "диалогу", "."])]
    )
    assign_morphology(doc)
    ru = doc.sentences[1].tokens
    assert [t.pos for t in ru] == ["X", "X", "X", "X", "PUNCT"]
    assert ru[0].feats == "Foreign=Yes" and ru[3].lemma == "диалогу"
    assert doc.sentences[0].tokens[2].pos == "VERB"


def test_full_pipeline_assigns_morphology_to_every_token() -> None:
    doc = Pipeline(["clean", "segment", "language", "morphology"])(
        Document(
            text="", raw="Өкмөт жаңы мектептерди курууну пландап жатат. Ишкерлер макул болушту."
        )
    )
    assert doc.tokens
    assert all(t.pos is not None and t.lemma is not None for t in doc.tokens)


def test_model_says_where_it_comes_from_and_its_licence() -> None:
    with gzip.open(model_path(), "rt", encoding="utf-8") as fh:
        meta = json.load(fh)["meta"]
    assert "KTMU" in meta["derived_from"]
    assert "CC BY-SA 4.0" in meta["licence"]
    assert "make models" in meta["rebuild"]


def test_seed_article_names_and_verbs_get_their_lemmas(seed_text: str) -> None:
    expected = {
        "Токаевдин": "Токаев",
        "Вашингтонго": "Вашингтон",
        "чакырышкан": "чакыр",
        "жолугарын": "жолук",
        "сүйлөшкөн": "сүйлөш",
        "Трампты": "Трамп",
    }
    doc = Pipeline(["clean", "segment", "language", "morphology"])(Document(text="", raw=seed_text))
    found: dict[str, set[str]] = {}
    for tok in doc.tokens:
        for form in expected:
            # the article has сүйлөшкөнү: the participle with a possessive ending
            if tok.text == form or (form == "сүйлөшкөн" and tok.text.startswith(form)):
                found.setdefault(form, set()).add(tok.lemma or "")
    assert set(found) == set(expected), (
        f"seed words not found as tokens: {set(expected) - set(found)}"
    )
    for form, lemma in expected.items():
        assert found[form] == {lemma}, f"{form}: {found[form]} != {lemma}"


_TINY = """# sent_id = 1
1\tКитеп\tкитеп\tNOUN\t_\tCase=Nom|Number=Sing\t2\tnsubj\t_\t_
2\tжатат\tжат\tVERB\t_\tTense=Pres\t0\troot\t_\tSpaceAfter=No
3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_

# sent_id = 2
1\tБалдар\tбала\tNOUN\t_\tCase=Nom|Number=Plur\t2\tnsubj\t_\t_
2\tмектепке\tмектеп\tNOUN\t_\tCase=Dat|Number=Sing\t3\tobl\t_\t_
3\tбарышты\tбар\tVERB\t_\tTense=Past\t0\troot\t_\t_

"""


def test_training_is_deterministic_and_the_model_tags(tmp_path: Path) -> None:
    path = tmp_path / "tiny.conllu"
    path.write_text(_TINY, encoding="utf-8")
    sents = build_tagger.load(path)
    first = build_tagger.train(sents, epochs=3, use_analyser=False)
    second = build_tagger.train(sents, epochs=3, use_analyser=False)
    assert first == second
    out = tmp_path / "m.json.gz"
    build_tagger.write_model(first, out)
    build_tagger.write_model(second, tmp_path / "n.json.gz")
    assert out.read_bytes() == (tmp_path / "n.json.gz").read_bytes()
    tagger = Tagger.load(out)
    assert [a.pos for a in tagger.tag(["Балдар", "мектепке", "барышты"])] == [
        "NOUN",
        "NOUN",
        "VERB",
    ]
    assert conllu.read(path)[1].words[0].lemma == "бала"


def test_ktmu_possessive_as_case_habit_is_undone_for_downstream() -> None:
    from kabar.morphology.tagger import ud_feats

    psor = "Number=Sing|Number[psor]=Sing|Person=3|Person[psor]=3"
    assert ud_feats("жолунун", f"Case=Acc,Gen|{psor}") == f"Case=Gen|{psor}"
    assert ud_feats("багы", f"Case=Acc|{psor}") == f"Case=Nom|{psor}"
    assert ud_feats("багын", f"Case=Acc|{psor}") == f"Case=Acc|{psor}"
    assert ud_feats("китепти", "Case=Acc|Number=Sing|Person=3") == "Case=Acc|Number=Sing|Person=3"


def test_genitive_read_as_second_person_is_made_third_person_for_nouns_only() -> None:
    from kabar.morphology.tagger import ud_feats

    noisy = "Case=Gen|Number=Sing|Person=2|PronType=Prs"
    assert ud_feats("Токаевдин", noisy, "PROPN") == "Case=Gen|Number=Sing|Person=3"
    assert ud_feats("шаардын", "Case=Gen|Number=Sing|Person[psor]=2", "NOUN") == (
        "Case=Gen|Number=Sing|Person=3"
    )
    pron = "Case=Gen|Number=Sing|Person=1|PronType=Prs"
    assert ud_feats("менин", pron, "PRON") == pron
