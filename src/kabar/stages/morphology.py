"""Stage ``morphology``: lemma, UPOS and UD features for every token.

Thin processor (stanza's way) over the model code in ``kabar.morphology``: each
Kyrgyz (or Kazakh, close enough to share the model) sentence is tagged by the
perceptron disambiguator, which loads lazily on first use. Sentences in other
languages (a Russian or English quotation) are not guessed at with a Kyrgyz
model: their words get ``X`` with ``Foreign=Yes`` and themselves as lemma;
punctuation and digits still get PUNCT and NUM.

The tagger is trained on UD Kyrgyz-KTMU and so learns its habit of writing a
possessive as a case (``жолунун`` ``Case=Acc,Gen``); tokens get the UD reading
instead (``Case=Gen``, see ``tagger.ud_feats``), which is what later stages test.
"""

from __future__ import annotations

from kabar.document import Document, Token
from kabar.morphology.tagger import Tagger, ud_feats
from kabar.morphology.types import Analysis
from kabar.pipeline import stage

TAGGED_LANGUAGES = frozenset({"ky", "kk", None})


def foreign_reading(text: str) -> Analysis:
    """The reading of a word in a non-Turkic sentence: only what its characters show."""
    if text and not any(ch.isalnum() for ch in text):
        return Analysis(text, "PUNCT", "", (text,))
    if text and all(ch.isdigit() or ch in ".,:-/" for ch in text):
        return Analysis(text, "NUM", "NumType=Card", (text,))
    return Analysis(text, "X", "Foreign=Yes", (text,))


def _assign(tok: Token, reading: Analysis) -> None:
    tok.lemma = reading.lemma
    tok.pos = reading.pos
    tok.feats = reading.feats
    tok.analysis = reading


@stage("morphology", requires=("sentences",), assigns=("lemma", "pos", "feats"))
def assign_morphology(doc: Document) -> None:
    tagger: Tagger | None = None
    for sent in doc.sentences:
        if not sent.tokens:
            continue
        lang = sent.language if sent.language is not None else doc.language
        if lang not in TAGGED_LANGUAGES:
            for tok in sent.tokens:
                _assign(tok, foreign_reading(tok.text))
            continue
        if tagger is None:
            tagger = Tagger.load()
        readings = tagger.tag([t.text for t in sent.tokens])
        for tok, reading in zip(sent.tokens, readings, strict=True):
            feats = ud_feats(tok.text, reading.feats, reading.pos)
            if feats != reading.feats:
                reading = Analysis(reading.lemma, reading.pos, feats, reading.morphemes)
            _assign(tok, reading)
