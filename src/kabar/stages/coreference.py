"""Stage ``coreference``: common nouns that name a body already named (``Министрлик``,
``компаниянын``) and the last words of its name in lower case (``бажы кызматынын``) become
mentions of it; see ``kabar.ner.coreference``."""

from __future__ import annotations

from kabar.document import Document
from kabar.ner.coreference import add_nominal_mentions, add_tail_mentions
from kabar.pipeline import stage


@stage("coreference", requires=("entities", "sentences"), assigns=("entity_mentions",))
def assign_nominal_mentions(doc: Document) -> None:
    add_nominal_mentions(doc)
    add_tail_mentions(doc)
