"""Stage ``entities``: PER/LOC/ORG mentions, grouped into one entity per actor."""

from __future__ import annotations

from kabar.document import Document
from kabar.pipeline import stage


@stage("entities", requires=("sentences", "lemma"), assigns=("entities",))
def find_entities(doc: Document) -> None:
    return None
