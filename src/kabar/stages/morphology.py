"""Stage ``morphology``: lemma, UPOS and UD features for every token.

Thin processor (stanza's way) over the model code in ``kabar.morphology``.
"""

from __future__ import annotations

from kabar.document import Document
from kabar.pipeline import stage


@stage("morphology", requires=("sentences",), assigns=("lemma", "pos", "feats"))
def assign_morphology(doc: Document) -> None:
    # Filled in by the morphology work (issue 3).
    return None
