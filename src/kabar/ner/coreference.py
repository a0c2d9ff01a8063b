"""Common nouns that refer back to a named body: ``Министрлик ...``, ``компаниянын ...``.

Kyrgyz news names a body once (``Билим берүү жана илим министрлиги``, ``"Галлия
Майнинг" компаниясы``) and then calls it by its kind: ``Министрлик билдирди``,
``Компания айыптоолорду четке какты``, ``сотко даттанды``. Without these mentions the
later stages see no actor in such sentences. This module adds each such common noun as a
mention of the body of that kind the article has named most often before it.

Only heads marked ``refers`` in ``lang/ky/org_heads.tsv`` count, bare or with a case
ending (no possessive, no plural: ``компаниялар`` are companies in general), and not
after a word that makes it another body (``lang/ky/coreference.yaml``: ``башка``,
``бир``, ``жеке``). A bare noun before a possessed one is a compound (``сот отуруму``,
a court session), not a mention. The rules read word endings only, so they stand without
the tagger. The last two words of a body's name in lower case (``бажы кызматынын`` for
``Мамлекеттик бажы кызматы``) are its mentions too, even where the head alone is an
everyday word (``add_tail_mentions``). Coreference resolvers on PyPI (spaCy's
experimental coref, fastcoref) are trained for English and need model downloads; none
reads Kyrgyz, hence our own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from kabar.document import Document, Entity, Mention, Token
from kabar.lang.patterns import suffix
from kabar.resources import lang_tsv, lang_yaml

_QUOTES = "\"«»“”'"
_GENITIVE_END = suffix("genitive")
"""The genitive ending of a mention (министрлигинин): its body owns another noun."""
_SINGULAR_REST = suffix("singular_noun_rest")


@cache
def referring_heads() -> tuple[str, ...]:
    """Head stems whose common noun refers back to a named body, longest first."""
    rows = lang_tsv("ky", "org_heads.tsv", 3)
    heads = {r[0].lower() for r in rows if r[1] == "ORG" and r[2] == "yes" and " " not in r[0]}
    return tuple(sorted(heads, key=len, reverse=True))


@cache
def _not_after() -> tuple[tuple[str, ...], ...]:
    words = (lang_yaml("ky", "coreference.yaml") or {}).get("not_after", [])
    return tuple(tuple(str(w).lower().split()) for w in words)


def _voiced(stem: str) -> str:
    """The stem as a possessive name word spells it (министрлик -> министрлиг-и)."""
    return stem[:-1] + {"к": "г", "п": "б"}.get(stem[-1], stem[-1])


def head_of(name: str) -> str | None:
    """The referring head an organisation's name ends in (``... министрлиги`` -> министрлик)."""
    words = name.lower().strip(_QUOTES).split()
    if not words:
        return None
    last = words[-1].strip(_QUOTES)
    for stem in referring_heads():
        if last.startswith(stem) or last.startswith(_voiced(stem)):
            return stem
    return None


@cache
def _nominal_pattern() -> re.Pattern[str]:
    heads = "|".join(re.escape(h) for h in referring_heads())
    bare_case = suffix("bare_case").pattern
    return re.compile(rf"({heads})(?:{bare_case})")


def _nominal_head(word: str) -> str | None:
    """The head a common noun is, bare or in a case (``министрликтин`` -> министрлик)."""
    found = _nominal_pattern().fullmatch(word.lower())
    return found.group(1) if found else None


def _barred(tokens: list[Token], i: int, person_ends: frozenset[int] = frozenset()) -> bool:
    """A word before the noun makes it some other body (``башка министрлик``), or a name
    the noun closes (``"Ак-Суу" компания``; a person's name closes none: ``Токтосунова
    министрликтин``); a possessed noun after a bare one makes a compound (``сот отуруму``)."""
    if i > 0:
        prev = tokens[i - 1].text
        named = prev[:1].isupper() and i > 1 and tokens[i - 1].end not in person_ends
        if named or prev[:1].isdigit() or prev in _QUOTES:
            return True  # (a capital opening the sentence is a common noun: Фракция мэрияны)
        before = [t.text.lower() for t in tokens[max(0, i - 2) : i]]
        if any(tuple(before[-len(words) :]) == words for words in _not_after()):
            return True
    if i + 1 < len(tokens):
        word, nxt = tokens[i].text.lower(), tokens[i + 1].text
        if nxt[:1].isupper() or nxt in _QUOTES:
            return True  # компания "Газпром": an apposition the names stage reads
        if _nominal_head(word) == word and suffix("compound_head").search(nxt.lower()):
            return True
    return False


def add_nominal_mentions(doc: Document) -> None:
    """Add ``Министрлик``, ``компаниянын`` ... as mentions of the body they refer to."""
    bodies = [(head_of(e.name), e) for e in doc.entities if e.label == "ORG"]
    by_head: dict[str, list[Entity]] = {}
    for head, ent in bodies:
        if head is not None:
            by_head.setdefault(head, []).append(ent)
    if not by_head:
        return
    taken = sorted((m.start, m.end) for e in doc.entities for m in e.mentions)
    starts = [s for s, _ in taken]
    person_ends = frozenset(m.end for e in doc.entities if e.label == "PER" for m in e.mentions)
    for si, sent in enumerate(doc.sentences):
        for i, tok in enumerate(sent.tokens):
            head = _nominal_head(tok.text)
            if head is None or head not in by_head:
                continue
            k = bisect_left(starts, tok.end)
            if k and taken[k - 1][1] > tok.start:
                continue  # inside a name
            if _barred(sent.tokens, i, person_ends):
                continue
            body = _meant(by_head[head], tok.start)
            if body is not None:
                body.mentions.append(Mention(tok.start, tok.end, tok.text, si))
    for _, ent in bodies:
        ent.mentions.sort(key=lambda m: m.start)


_POSSESSIVE_END = re.compile("(?:с?[ыиуү])$")


def _name_tail(name: str) -> tuple[str, tuple[str, ...]] | None:
    """A body's name's last two words as the modifier and the head's stems, possessive
    dropped and voicing undone (``Мамлекеттик бажы кызматы`` -> бажы, (кызмат,);
    ``... жумушчу тобу`` -> жумушчу, (тоб, топ)); None for a one-word name."""
    words = name.lower().strip(_QUOTES).split()
    if len(words) < 2 or not words[-2].isalpha() or not words[-1].isalpha():
        return None
    stem = _POSSESSIVE_END.sub("", words[-1])
    if len(stem) < 3:
        return None
    unvoiced = stem[:-1] + {"г": "к", "б": "п"}.get(stem[-1], stem[-1])
    return words[-2], tuple(dict.fromkeys((stem, unvoiced)))


def add_tail_mentions(doc: Document) -> None:
    """Add ``бажы кызматынын``, ``жумушчу топтун`` (a body's name without its first words,
    in lower case) as mentions of the body named before with that ending: two words pick
    out the body where a bare head (кызмат, топ, кеңеш) is an everyday word."""
    tails: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
    for ent in doc.entities:
        tail = _name_tail(ent.name) if ent.label == "ORG" else None
        if tail is not None:
            tails.setdefault(tail[0], []).append((tail[1], ent))
    if not tails:
        return
    taken = sorted((m.start, m.end) for e in doc.entities for m in e.mentions)
    starts = [s for s, _ in taken]
    added: list[Entity] = []
    for si, sent in enumerate(doc.sentences):
        tokens = sent.tokens
        for i in range(len(tokens) - 1):
            modifier, head = tokens[i].text, tokens[i + 1].text
            if modifier not in tails or not head.islower():
                continue
            k = bisect_left(starts, tokens[i + 1].end)
            if k and taken[k - 1][1] > tokens[i].start:
                continue  # inside a name, or the name itself
            candidates = [
                ent
                for stems, ent in tails[modifier]
                if any(
                    head.startswith(stem) and _SINGULAR_REST.fullmatch(head[len(stem) :])
                    for stem in stems
                )
            ]
            body = _meant(candidates, tokens[i].start)
            if body is not None:
                text = doc.text[tokens[i].start : tokens[i + 1].end]
                body.mentions.append(Mention(tokens[i].start, tokens[i + 1].end, text, si))
                added.append(body)
    for ent in added:
        ent.mentions.sort(key=lambda m: m.start)


def _meant(candidates: list[Entity], before: int) -> Entity | None:
    """The body named most often before ``before``, the latest named among equals: the
    story's ministry, not one named once in passing (a little better than the latest
    named alone, on the gold articles)."""
    best: tuple[tuple[int, bool, int], Entity] | None = None
    for ent in candidates:
        prior = [m for m in ent.mentions if m.start < before]
        if not prior:
            continue
        last = max(prior, key=lambda m: m.start)
        # among bodies named as often, one named as a subject before one named only to own
        # another noun (Маданият министрлиги Өзгөчө кырдаалдар министрлигинин корутундусуна
        # таянып кабарлады ... Министрлик: the culture ministry)
        key = (len(prior), not _GENITIVE_END.search(last.text.lower()), last.start)
        if best is None or key > best[0]:
            best = (key, ent)
    return best[1] if best else None


def organisation_named(
    doc: Document, stems: tuple[str, ...], before: int, *, ahead: bool = False
) -> str | None:
    """The organisation with a word starting with one of ``stems`` in its name or a
    mention (``өкмөт`` -> ``Министрлер кабинети``, ``ички иштер`` -> ИИМ), named last
    before offset ``before``; with ``ahead``, else the first named after it. The event and
    quote stages resolve body nouns of ``actor_nouns.tsv`` (милиция, өкмөт) with it."""
    patterns = [re.compile(rf"(?<!\w){re.escape(stem)}") for stem in stems]
    best: tuple[int, int, str] | None = None
    for ent in doc.entities:
        if ent.label != "ORG":
            continue
        texts = [ent.name.lower(), *(m.text.lower() for m in ent.mentions)]
        if not any(p.search(text) for p in patterns for text in texts):
            continue
        for m in ent.mentions:
            if m.start < before:
                key = (0, -m.start)
            elif ahead:
                key = (1, m.start)
            else:
                continue
            if best is None or key < best[:2]:
                best = (key[0], key[1], ent.id)
    return best[2] if best else None
