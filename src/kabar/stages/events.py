"""Stage ``events``: PLOVER events (who did what to whom, when, where); see ``kabar.events``."""

from __future__ import annotations

from kabar.document import Document
from kabar.events import find_events
from kabar.pipeline import stage


@stage("events", requires=("sentences", "entities", "times"), assigns=("events",))
def assign_events(doc: Document) -> None:
    doc.events = find_events(doc)
