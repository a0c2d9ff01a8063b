"""KB names in their case forms, from the morphology's generator.

The recogniser strips case endings to find a name's base; this is the other
direction, for the forms our phonology check rejects but Kyrgyz writes anyway:
every KB name's last word put through ``kabar.morphology.generate.inflect`` in the
five cases news uses, mapped back to the actor. Built once per knowledge base
(about 5,000 forms, a quarter of a second), only when a capitalised word is not
found the cheap way. Without the generator (or if it fails) the index is empty.
"""

from __future__ import annotations

from collections.abc import Callable

from kabar.kb import KnowledgeBase, normalize_name

CASES = ("Case=Gen", "Case=Dat", "Case=Loc", "Case=Abl", "Case=Acc")

_INDEX: dict[int, tuple[KnowledgeBase, dict[str, list[str]]]] = {}


def inflected_index(kb: KnowledgeBase) -> dict[str, list[str]]:
    """Normalised inflected form of a KB name -> actor ids."""
    cached = _INDEX.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    index: dict[str, list[str]] = {}
    generator: Callable[[str, str, str], list[str]] | None
    try:
        from kabar.morphology.generate import inflect as generator
    except ImportError:
        generator = None
    if generator is not None:
        for actor in kb.actors.values():
            for name in actor.names_ky:
                head, _, last = name.rpartition(" ")
                for feats in CASES:
                    try:
                        forms = generator(last, feats, "PROPN")
                    except Exception:  # the generator is another stage's code: never let it stop us
                        forms = []
                    for form in forms:
                        key = normalize_name(f"{head} {form}" if head else form)
                        ids = index.setdefault(key, [])
                        if actor.id not in ids:
                            ids.append(actor.id)
    _INDEX[id(kb)] = (kb, index)
    return index
