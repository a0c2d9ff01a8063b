"""Stage ``event_confidence``: how likely each event is right, from a learned model; the
unlikely ones are dropped. See ``kabar.events.confidence``."""

from __future__ import annotations

from kabar.document import Document
from kabar.events.confidence import score_events
from kabar.pipeline import stage


@stage(
    "event_confidence",
    requires=("events", "event_actors", "quotes"),
    assigns=("event_confidence",),
)
def assign_event_confidence(doc: Document) -> None:
    score_events(doc)
