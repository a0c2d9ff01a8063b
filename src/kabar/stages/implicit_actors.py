"""Stage ``implicit_actors``: an event's unnamed side, filled from the article's context
by a learned ranker; see ``kabar.events.implicit``."""

from __future__ import annotations

from kabar.document import Document
from kabar.events.implicit import fill_implicit_actors
from kabar.pipeline import stage


@stage("implicit_actors", requires=("events", "entities", "quotes"), assigns=("event_actors",))
def assign_implicit_actors(doc: Document) -> None:
    fill_implicit_actors(doc)
