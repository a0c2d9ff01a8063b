"""``--format conllu``: a Document rendered as CoNLL-U."""

from __future__ import annotations

from pathlib import Path

from kabar.document import Document, Sentence, Token
from kabar.formats import conllu


def _doc() -> Document:
    text = "Токаев Вашингтонго барды."
    toks = [
        Token("Токаев", 0, 6, "Токаев", "PROPN", "Case=Nom|Number=Sing"),
        Token("Вашингтонго", 7, 18, "Вашингтон", "PROPN", "Case=Dat|Number=Sing"),
        Token("барды", 19, 24, "бар", "VERB", ""),
        Token(".", 24, 25, ".", "PUNCT", ""),
    ]
    return Document(text=text, id="d1", sentences=[Sentence(0, 25, "ky", toks)])


def test_render_gives_ten_columns_and_spaceafter_where_tokens_touch() -> None:
    out = conllu.render(_doc())
    lines = out.splitlines()
    assert lines[0] == "# sent_id = d1-1"
    assert lines[1] == "# text = Токаев Вашингтонго барды."
    rows = [line.split("\t") for line in lines if line and not line.startswith("#")]
    assert all(len(r) == 10 for r in rows)
    assert rows[1][:6] == ["2", "Вашингтонго", "Вашингтон", "PROPN", "_", "Case=Dat|Number=Sing"]
    assert rows[2][5] == "_" and rows[2][9] == "SpaceAfter=No"
    assert rows[3][9] == "_"
    assert out.endswith("\n\n")


def test_rendered_document_reads_back(tmp_path: Path) -> None:
    path = tmp_path / "d.conllu"
    path.write_text(conllu.render(_doc()), encoding="utf-8")
    sents = conllu.read(path)
    assert [w.lemma for w in sents[0].words] == ["Токаев", "Вашингтон", "бар", "."]


def test_untagged_tokens_and_tabs_never_break_the_columns() -> None:
    doc = Document(text="a\tb", sentences=[Sentence(0, 3, None, [Token("a\tb", 0, 3)])])
    row = conllu.render(doc).splitlines()[2].split("\t")
    assert len(row) == 10 and row[1] == "a b" and row[2] == "_"
