"""KB names in their case forms, from the morphology's generator.

The recogniser strips case endings to find a name's base; this is the other
direction, for the forms our phonology check rejects but Kyrgyz writes anyway:
every KB name's last word put through ``kabar.morphology.generate.inflect`` in the
five cases news uses, mapped back to the actor. Only when a capitalised word is not
found the cheap way; and lazily: a form of a name starts with the name minus its last
letter, so a word is checked against the names it can be a form of (by that prefix),
and only those are inflected (once each). Inflecting every name up front took a
quarter of a second per process. Without the generator (or if it fails) nothing is found.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from kabar.kb import KnowledgeBase, normalize_name

CASES = ("Case=Gen", "Case=Dat", "Case=Loc", "Case=Abl", "Case=Acc")

_QUOTES = re.compile(r"[\"'’«»“”]")


_PLAIN = re.compile(r"[A-Za-zА-Яа-яЁёӨөҮүҢң-]*")


def _prefix(head: str, last: str) -> str | None:
    """Letters every normalised case form of ``head last`` starts with; None: no safe prefix.

    A form is ``last`` minus at most its final letter plus an ending (see ``generate``);
    ``normalize_name`` maps letters one by one, apart from word breaks and a final ь, so the
    normalised ``last[:-1]`` starts every normalised form (one more letter off when it has
    letters other than Cyrillic and Latin ones, whose lower case may depend on what follows).
    """
    words = normalize_name(head)
    if len(last) < 3 or any(c.isspace() for c in last):
        return f"{words} " if words else None
    text = last[:-1].lower()
    if not _PLAIN.fullmatch(last):
        text = text[:-1]
    stem = _QUOTES.sub("", text.replace("ё", "е").replace("‐", "-").replace("–", "-"))
    return f"{words} {stem}" if words else stem


class InflectedIndex:
    """Normalised inflected form of a KB name -> actor ids, computed on demand."""

    def __init__(self, kb: KnowledgeBase, generator: Callable[[str, str, str], list[str]] | None):
        self._generator = generator
        self._names: list[tuple[str, str, str]] = []
        """(actor id, head words, last word) in KB order: the order ids come out in."""
        self._by_prefix: dict[str, list[int]] = {}
        self._always: list[int] = []
        self._forms: dict[int, tuple[str, ...]] = {}
        self._found: dict[str, list[str] | None] = {}
        if generator is None:
            return
        for actor in kb.actors.values():
            for name in actor.names_ky:
                head, _, last = name.rpartition(" ")
                n = len(self._names)
                self._names.append((actor.id, head, last))
                prefix = _prefix(head, last)
                if prefix is None:
                    self._always.append(n)
                else:
                    self._by_prefix.setdefault(prefix, []).append(n)

    def _keys(self, n: int) -> tuple[str, ...]:
        """Normalised case forms of name ``n``, in case order (memoised)."""
        keys = self._forms.get(n)
        if keys is None:
            _, head, last = self._names[n]
            out: list[str] = []
            for feats in CASES:
                try:
                    forms = self._generator(last, feats, "PROPN") if self._generator else []
                except Exception:  # the generator is another stage's code: never let it stop us
                    forms = []
                out.extend(normalize_name(f"{head} {form}" if head else form) for form in forms)
            keys = self._forms[n] = tuple(out)
        return keys

    def get(self, key: str) -> list[str] | None:
        """Actor ids with a name that has ``key`` as a case form (KB order), or None."""
        if key in self._found:
            return self._found[key]
        cands = set(self._always)
        for i in range(len(key) + 1):
            cands.update(self._by_prefix.get(key[:i], ()))
        ids: list[str] = []
        for n in sorted(cands):
            if key in self._keys(n) and self._names[n][0] not in ids:
                ids.append(self._names[n][0])
        found = self._found[key] = ids or None
        return found


_INDEX: dict[int, tuple[KnowledgeBase, InflectedIndex]] = {}


def inflected_index(kb: KnowledgeBase) -> InflectedIndex:
    """The (lazy) index of ``kb``'s names in their case forms; one per knowledge base."""
    cached = _INDEX.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    generator: Callable[[str, str, str], list[str]] | None
    try:
        from kabar.morphology import generate

        generator = generate.inflect
    except ImportError:
        generator = None
    index = InflectedIndex(kb, generator)
    _INDEX[id(kb)] = (kb, index)
    return index
