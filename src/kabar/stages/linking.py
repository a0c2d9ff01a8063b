"""Stage ``linking``: each entity linked to the actor knowledge base (``kabar.kb``)."""

from __future__ import annotations

from kabar.document import Document
from kabar.pipeline import stage


@stage("linking", requires=("entities",), assigns=("kb_id", "name_en"))
def link_entities(doc: Document) -> None:
    return None
