"""CoNLL-U in and out: read UD treebanks for training/evaluation, render a Document.

We write our own small reader (no ``conllu`` dependency) because we need only the
word lines, CoNLL 2018's skipping of multiword ranges and empty nodes, and an
error that names ``file:line`` for a malformed line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kabar.document import Document


class ConlluError(ValueError):
    """A malformed CoNLL-U line; the message names ``file:line``."""


@dataclass(slots=True)
class ConlluWord:
    form: str
    lemma: str
    upos: str
    xpos: str
    feats: str
    """``""`` for ``_``."""
    misc: str = "_"


@dataclass(slots=True)
class ConlluSentence:
    words: list[ConlluWord] = field(default_factory=list)
    sent_id: str | None = None
    text: str | None = None
    line: int = 0
    """Line number of the sentence's first word line (for messages)."""


def read(path: Path | str) -> list[ConlluSentence]:
    """Sentences of a CoNLL-U file (syntactic words only: ranges and empty nodes skipped)."""
    name = str(path)
    sentences: list[ConlluSentence] = []
    cur = ConlluSentence()
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip():
                if cur.words:
                    sentences.append(cur)
                cur = ConlluSentence()
                continue
            if line.startswith("#"):
                key, sep, value = line[1:].partition("=")
                if sep and key.strip() == "sent_id":
                    cur.sent_id = value.strip()
                elif sep and key.strip() == "text":
                    cur.text = value.strip()
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                raise ConlluError(
                    f"{name}:{lineno}: expected 10 tab-separated columns, found {len(cols)}"
                )
            wid = cols[0]
            if "-" in wid or "." in wid:
                lo, _, hi = wid.replace(".", "-").partition("-")
                if not (lo.isdigit() and hi.isdigit()):
                    raise ConlluError(f"{name}:{lineno}: bad word id {wid!r}")
                continue
            if not wid.isdigit():
                raise ConlluError(f"{name}:{lineno}: bad word id {wid!r}")
            if not cols[1]:
                raise ConlluError(f"{name}:{lineno}: empty FORM")
            if not cur.words:
                cur.line = lineno
            cur.words.append(
                ConlluWord(
                    form=cols[1],
                    lemma=cols[2],
                    upos=cols[3],
                    xpos=cols[4],
                    feats="" if cols[5] == "_" else cols[5],
                    misc=cols[9],
                )
            )
    if cur.words:
        sentences.append(cur)
    return sentences


def _clean(value: str | None) -> str:
    """A CoNLL-U field: never empty, never with tabs or newlines."""
    if not value:
        return "_"
    return value.replace("\t", " ").replace("\n", " ").replace("\r", " ") or "_"


def render(doc: Document) -> str:
    """The Document as CoNLL-U: one block per sentence, HEAD/DEPREL/DEPS left as ``_``."""
    out: list[str] = []
    doc_id = doc.id or "doc"
    for si, sent in enumerate(doc.sentences, 1):
        out.append(f"# sent_id = {_clean(doc_id)}-{si}")
        text = doc.text[sent.start : sent.end].replace("\n", " ").replace("\r", " ")
        out.append(f"# text = {text}")
        if sent.language:
            out.append(f"# lang = {sent.language}")
        toks = sent.tokens
        for ti, tok in enumerate(toks, 1):
            misc = "_"
            if ti < len(toks) and toks[ti].start == tok.end:
                misc = "SpaceAfter=No"
            cols = [
                str(ti),
                _clean(tok.text),
                _clean(tok.lemma),
                _clean(tok.pos),
                "_",
                _clean(tok.feats),
                "_",
                "_",
                "_",
                misc,
            ]
            out.append("\t".join(cols))
        out.append("")
    return "\n".join(out) + ("\n" if out else "")
