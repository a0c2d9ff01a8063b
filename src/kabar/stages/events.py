"""Stage ``events``: PLOVER events (who did what to whom, when, where)."""

from __future__ import annotations

from kabar.document import Document
from kabar.pipeline import stage


@stage("events", requires=("sentences", "entities", "times"), assigns=("events",))
def find_events(doc: Document) -> None:
    return None
