"""The reading of one word, shared by the analyser, the disambiguator and later stages."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Analysis:
    lemma: str
    pos: str
    """Universal POS tag (NOUN, PROPN, VERB, ...; ``X`` when nothing is known)."""
    feats: str = ""
    """UD features in CoNLL-U order and form, ``""`` when none."""
    morphemes: tuple[str, ...] = ()
    """Surface segmentation: ``("Токаев", "дин")``, ``("чакыр", "ыш", "кан")``."""

    def feat(self, name: str) -> str | None:
        for pair in self.feats.split("|") if self.feats else ():
            key, _, value = pair.partition("=")
            if key == name:
                return value
        return None
