"""Stage ``entities``: PER/LOC/ORG mentions, grouped into one entity per actor.

Thin stage over ``kabar.ner``: ``recognize`` finds the mentions (KB gazetteer, word
lists, head nouns, name shapes), ``resolve`` groups them (KB actor, full name,
bare surname) and carries the role that precedes a person's name. The KB id found
here is kept on the entity; the ``linking`` stage adds what the KB says about it.
"""

from __future__ import annotations

from kabar.document import Document
from kabar.kb import knowledge_base
from kabar.ner.recognize import find_candidates
from kabar.ner.resolve import fill_mention_text, group_candidates
from kabar.pipeline import stage


@stage("entities", requires=("sentences", "lemma"), assigns=("entities",))
def find_entities(doc: Document) -> None:
    if not doc.sentences:
        doc.entities = []
        return
    kb = knowledge_base()
    entities = group_candidates(find_candidates(doc, kb), kb, doc.text)
    fill_mention_text(doc, entities)
    doc.entities = entities
