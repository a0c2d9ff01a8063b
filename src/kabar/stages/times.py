"""Stage ``times``: time expressions resolved against the publication date."""

from __future__ import annotations

from kabar.document import Document
from kabar.pipeline import stage


@stage("times", requires=("sentences", "lemma"), assigns=("times",))
def find_times(doc: Document) -> None:
    return None
