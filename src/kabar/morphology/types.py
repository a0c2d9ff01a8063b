"""The reading of one word, shared by the analyser, the disambiguator and later stages."""

from __future__ import annotations

from dataclasses import dataclass

from kabar.document import feature_value


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
        return feature_value(self.feats, name)

    def __reduce__(self) -> tuple[type[Analysis], tuple[str, str, str, tuple[str, ...]]]:
        """Rebuilt through the constructor: the compiled build's frozen class refuses the
        attribute writes that pickle and deepcopy would otherwise restore it by."""
        return Analysis, (self.lemma, self.pos, self.feats, self.morphemes)
