"""Stage ``quotes``: direct and reported speech with its speaker."""

from __future__ import annotations

from kabar.document import Document
from kabar.pipeline import stage


@stage("quotes", requires=("sentences", "entities"), assigns=("quotes",))
def find_quotes(doc: Document) -> None:
    return None
