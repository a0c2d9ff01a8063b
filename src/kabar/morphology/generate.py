"""Kyrgyz word-form generator: the inverse of the analyser, over the same suffix tables.

Why our own: no library inflects Kyrgyz. The knowledge base uses this to expand names
into their case forms (``inflect("Токаев", "Case=Gen", "PROPN") -> ["Токаевдин"]``).

``feats`` may be UD features (``Case=Gen|Number=Plur``, ``Tense=Past|Person=1|Number=Sing``
with the feature values of ``suffixes/*.tsv``) or a UniMorph tag string (``V;PST;SG;1``,
``V;PROG;PL;3;PRS``, ``N;GEN;PL``), told apart by the ``;``. A verb lemma may be the bare
stem (``бар``) or the UniMorph/dictionary verbal noun (``баруу``, ``айдоо``).
Generation searches the chains the morphotactic graph allows for those whose features
equal the request, ignoring unmarked defaults (nominative, singular, 3rd person,
positive polarity); forms come out shortest chain first.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kabar.morphology import phonology
from kabar.morphology.lexicon import Lexeme, lexemes
from kabar.morphology.tables import (
    NOMINAL_START,
    VERB_START,
    Chain,
    after,
    chains,
    merge_feats,
    parse_feats,
)

_Y_GLIDE = {"а": "я", "у": "ю"}
_DEFAULTS = {("Case", "Nom"), ("Number", "Sing"), ("Person", "3"), ("Polarity", "Pos")}
PROGRESSIVE_AUX = "жат"
_UM_PERSON = {
    ("SG", "1"): {"Number": "Sing", "Person": "1"},
    ("SG", "2"): {"Number": "Sing", "Person": "2"},
    ("SG", "3"): {"Person": "3"},
    ("PL", "1"): {"Number": "Plur", "Person": "1"},
    ("PL", "2"): {"Number": "Plur", "Person": "2"},
    ("PL", "3"): {"Person": "3", "Voice": "Coop"},
}
_UM_CASE = {
    "NOM": "Nom",
    "GEN": "Gen",
    "ACC": "Acc",
    "DAT": "Dat",
    "LOC": "Loc",
    "ABL": "Abl",
    "EQU": "Equ",
}


def inflect(lemma: str, feats: str, pos: str = "VERB") -> list[str]:
    """Word forms of ``lemma`` with ``feats`` (UD or UniMorph), best first; ``[]`` if none."""
    try:
        return list(_inflect(lemma.strip(), feats.strip(), pos.upper()))
    except Exception:  # generation must never break the caller (KB expansion)
        return []


@lru_cache(maxsize=65536)
def _inflect(lemma: str, feats: str, pos: str) -> tuple[str, ...]:
    if not lemma:
        return ()
    head, _, last = lemma.rpartition(" ")
    prefix = head + " " if head else ""
    if ";" in feats or (feats and "=" not in feats):
        return tuple(prefix + f for f in _unimorph(last, feats, pos))
    target = dict(parse_feats(feats))
    if pos == "VERB":
        stem = verb_stem(last)
        return tuple(prefix + f for f in _generate(stem, VERB_START, target, voicing=True))
    voicing = pos not in ("PROPN",) and not _novoice(last)
    if head:
        compound = _izafet(last, target, voicing=voicing)
        if compound:
            return tuple(prefix + f for f in compound)
    forms = _generate(last, NOMINAL_START, target, voicing=voicing)
    if _LATIN.search(last):
        # Kyrgyz news writes suffixes on Latin-script names after an apostrophe too
        n = len(last)
        forms = [
            v
            for f in forms
            for v in ((f, f"{last}’{f[n:]}", f"{last}'{f[n:]}") if len(f) > n else (f,))
        ]
    return tuple(prefix + f for f in forms)


_LATIN = re.compile(r"[A-Za-z]")


def _izafet(last: str, target: dict[str, str], *, voicing: bool) -> list[str]:
    """Forms of a compound name ending in a 3rd-person possessive (``Башкы Ассамблеясы``).

    Its case forms take the buffer н (``Ассамблеясына``), so the head word is inflected from
    its base with ``Person[psor]=3`` and kept when the result still starts with the head.
    """
    if "Person[psor]" in target or last[-1:].lower() not in "ыиуү":
        return []
    for cut in (2, 1):
        base = last[:-cut]
        if len(base) < 2 or (cut == 2 and last[-2:-1].lower() != "с"):
            continue
        forms = _generate(base, NOMINAL_START, target | {"Person[psor]": "3"}, voicing=voicing)
        forms = [f for f in forms if f.startswith(last)]
        if forms:
            return forms
    return []


def _novoice(stem: str) -> bool:
    return any(lx.novoice for lx in _lexemes_by_lemma().get(stem.lower(), ()))


@lru_cache(maxsize=1)
def _lexemes_by_lemma() -> dict[str, tuple[Lexeme, ...]]:
    out: dict[str, list[Lexeme]] = {}
    for lx in lexemes():
        out.setdefault(lx.lemma.lower(), []).append(lx)
    return {k: tuple(v) for k, v in out.items()}


def _is_verb(stem: str) -> bool:
    return any(lx.pos == "VERB" for lx in _lexemes_by_lemma().get(stem, ()))


def verb_stem(lemma: str) -> str:
    """Bare verb stem of a lemma given as stem or as verbal noun (``айдоо`` -> ``айда``)."""
    word = lemma.lower()
    end, base = word[-2:], word[:-2]
    if len(word) < 3 or end not in ("оо", "өө", "уу", "үү"):
        return word
    if end in ("уу", "үү") and _is_verb(base + end[0]):
        return base + end[0]  # оку-у
    if _is_verb(word) and not _is_verb(base):
        return word
    if not any(phonology.is_vowel(c) for c in base):
        return word  # жуу: the stem itself ends in the long vowel
    if end in ("оо", "өө") and not phonology.is_vowel(base[-1]):
        return base + phonology.realise_ctx("A", phonology.harmony_class(base), "Z")
    if end in ("уу", "үү"):
        for cand in (base + end[0], base):
            if _is_verb(cand):
                return cand
        if base[-1] == "й" and len(base) > 1 and phonology.is_vowel(base[-2]):
            return base
        devoiced = phonology.devoiced(base)
        return devoiced or base
    return word


def _canonical(feats: dict[str, str]) -> frozenset[tuple[str, str]]:
    items = set(feats.items()) - _DEFAULTS
    if feats.get("Person[psor]") == "3":
        items.discard(("Number[psor]", "Sing"))
    return frozenset(items)


def _generate(stem: str, start: str, target: dict[str, str], *, voicing: bool) -> list[str]:
    if not stem:
        return []
    lower = stem.lower()
    ctx_stem = _spoken(stem) if stem.isupper() or any(c.isdigit() for c in stem) else lower
    vclass, final = phonology.context(ctx_stem)
    want = _canonical(target)
    final_l = lower.endswith("л")
    forms = [
        (len(ch.ids), _attach(stem, surf, ch, voicing=voicing))
        for surf, ch in _by_feats(start, vclass, final, final_l).get(want, ())
    ]
    for surf, ch in _handoffs(start, vclass, final, final_l):
        head = _canonical(merge_feats(ch.feats))
        if not head <= want:
            continue
        rest = frozenset(want - head)
        ctx = after((vclass, final), surf)
        for tail, nch in _by_feats(NOMINAL_START, ctx[0], ctx[1], False).get(rest, ()):
            if not nch.ids:
                continue
            joined = surf
            if nch.voices and joined[-1:] in ("к", "п"):
                joined = joined[:-1] + ("г" if joined[-1] == "к" else "б")
            forms.append(
                (len(ch.ids) + len(nch.ids), _attach(stem, joined + tail, ch, voicing=voicing))
            )
    forms.sort(key=lambda cf: cf[0])  # stable: table order among equally long chains
    return list(dict.fromkeys(f for _, f in forms))


@lru_cache(maxsize=256)
def _handoffs(start: str, vclass: str, final: str, final_l: bool) -> tuple[tuple[str, Chain], ...]:
    return tuple(
        (surf, ch)
        for surf, options in chains(start, vclass, final, final_l).items()
        for ch in options
        if ch.handoff
    )


@lru_cache(maxsize=256)
def _by_feats(
    start: str, vclass: str, final: str, final_l: bool
) -> dict[frozenset[tuple[str, str]], tuple[tuple[str, Chain], ...]]:
    """The chains of one stem context indexed by their (canonical) features, shortest first."""
    out: dict[frozenset[tuple[str, str]], list[tuple[str, Chain]]] = {}
    for surf, options in chains(start, vclass, final, final_l).items():
        for ch in options:
            if not ch.handoff:
                out.setdefault(_canonical(merge_feats(ch.feats)), []).append((surf, ch))
    return {k: tuple(sorted(v, key=lambda sc: len(sc[1].ids))) for k, v in out.items()}


def _attach(stem: str, surf: str, ch: Chain, *, voicing: bool) -> str:
    if ch.truncates:
        return stem[:-1] + surf
    if voicing and ch.voices and stem[-1:] in ("к", "п"):
        return stem[:-1] + ("г" if stem[-1] == "к" else "б") + surf
    if stem[-1:] == "й" and surf[:1] in _Y_GLIDE and len(stem) > 1 and phonology.is_vowel(stem[-2]):
        return stem[:-1] + _Y_GLIDE[surf[0]] + surf[1:]  # жылмай + ат -> жылмаят
    if stem[-1:] == "ч" and surf[:1] == "ч":
        return stem[:-1] + "ш" + surf  # ач + чу -> ашчу
    return stem + surf


def _spoken(stem: str) -> str:
    from kabar.morphology import analyzer  # imported late: the analyser imports this module

    return analyzer._spoken(stem)


def _unimorph(lemma: str, tags: str, pos: str) -> list[str]:
    """UniMorph tags -> our features (verbs: the 56 Kyrgyz paradigm cells; nouns: case/number)."""
    t = {x.strip() for x in tags.split(";") if x.strip()}
    if "N" in t or "PROPN" in t or (pos != "VERB" and "V" not in t):
        feats = {"Number": "Plur" if "PL" in t else "Sing"}
        for tag, case in _UM_CASE.items():
            if tag in t:
                feats["Case"] = case
        return _generate(lemma, NOMINAL_START, feats, voicing=pos != "PROPN")
    stem = verb_stem(lemma)
    number = "PL" if "PL" in t else "SG"
    person = next((p for p in ("1", "2", "3") if p in t), "3")
    pers = dict(_UM_PERSON[(number, person)])
    if "FRML" in t:
        pers["Polite"] = "Form"
    if "PROG" in t:
        conv = _generate(stem, VERB_START, {"VerbForm": "Conv"}, voicing=True)
        conv = [c for c in conv if c.endswith("п")][:1]
        aux_tags = ";".join(x for x in tags.split(";") if x.strip() not in ("PROG",))
        if "PST" in t:
            aux_tags += ";PRF"
        aux = _unimorph(PROGRESSIVE_AUX, aux_tags.replace("PRS", "FUT"), "VERB")
        if "PST" in t and (number, person) == ("SG", "1") and "FRML" not in t:
            aux = [a.replace("канмын", "камын") for a in aux] + aux  # spoken жаткамын
        return [f"{c} {a}" for c in conv for a in aux]
    if "PST" in t and "PRF" in t:
        base = {"Tense": "Past", "VerbForm": "Part"}
    elif "PST" in t and "HAB" in t:
        base = {"Aspect": "Hab", "Tense": "Past", "VerbForm": "Part"}
    elif "PST" in t:
        base = {"Aspect": "Perf", "Mood": "Ind", "Tense": "Past", "VerbForm": "Fin"}
    elif "FUT" in t and "COND" in t:
        base = {"Tense": "Fut", "VerbForm": "Part"}
    elif "FUT" in t:
        base = {"Aspect": "Imp", "Mood": "Ind", "Tense": "Pres", "VerbForm": "Fin"}
    elif "PRS" in t:
        base = {"Case": "Loc", "VerbForm": "Vnoun"}
    else:
        base = {"Mood": "Imp", "VerbForm": "Fin"}
    feats = base | pers
    if base.get("VerbForm") == "Vnoun" and person == "3":
        feats.pop("Person", None)
    out = _generate(stem, VERB_START, feats, voicing=True)
    if (number, person) == ("PL", "3"):
        plain = dict(feats)
        plain.pop("Voice", None)
        out += _generate(stem, VERB_START, plain, voicing=True)
    return list(dict.fromkeys(out))
