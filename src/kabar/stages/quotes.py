"""Stage ``quotes``: direct and reported speech with its speaker (``kabar.quotes``)."""

from __future__ import annotations

from kabar.document import Document
from kabar.pipeline import stage
from kabar.quotes import find_quotes


@stage("quotes", requires=("sentences", "entities"), assigns=("quotes",))
def assign_quotes(doc: Document) -> None:
    doc.quotes = find_quotes(doc)
