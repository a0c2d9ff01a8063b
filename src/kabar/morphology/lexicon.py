"""The stem lexicon: hand-written lists plus the lemma list derived from UD KTMU train.

Each lexeme is indexed under every surface shape its stem takes inside a word:
the plain stem, the voiced stem before vowels (``жолуг-``), the syncopated stem
(``мурд-``), the vowel-less verb stem before the fused verbal noun (``айд-оо``) and
the stems made by derivational suffixes (``шаардык``, ``кызматташтык``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kabar.morphology import phonology
from kabar.morphology.tables import NOMINAL_START, VERB_START, parse_feats
from kabar.resources import lang_tsv, package_path

NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON", "DET", "ADV", "ADP", "AUX"})
INFLECTING_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON", "VERB", "ADV", "ADP", "AUX"})


@dataclass(frozen=True, slots=True)
class Lexeme:
    lemma: str
    pos: str
    start: str
    """``N`` nominal inflection, ``V`` verbal, ``""`` does not inflect."""
    stem: str
    """Lower-case stem the suffixes attach to (for derived lexemes: the derived stem)."""
    weight: float
    """Cheap prior: log of how often the lemma occurs, plus a bonus for hand-written entries."""
    feats: tuple[tuple[str, str], ...] = ()
    novoice: bool = False
    derived: str = ""
    """Id of the derivation that made this stem, ``""`` for lexicon stems."""


@dataclass(frozen=True, slots=True)
class Entry:
    lexeme: Lexeme
    kind: str
    """``plain``; ``voiced`` / ``syncope`` (only before a vowel); ``trunc`` (fused verbal noun);
    ``soft`` (soft sign dropped or read as и: the surface stem decides harmony);
    ``dissim`` (final ч spelt ш before a ч-initial suffix: ашчу)."""


def _start_for(pos: str, flags: set[str]) -> str:
    if "final" in flags:
        return ""
    if pos == "VERB":
        return VERB_START
    if pos in NOMINAL_POS:
        return NOMINAL_START
    return ""


@cache
def lexemes() -> tuple[Lexeme, ...]:
    """All lexicon stems, hand-written and derived, merged by (lemma, UPOS)."""
    found: dict[tuple[str, str], Lexeme] = {}

    def add(lemma: str, pos: str, flags: set[str], weight: float) -> None:
        if not lemma or " " in lemma:
            return
        key = (lemma, pos)
        old = found.get(key)
        if old is not None:
            weight = max(weight, old.weight) + 0.5
            flags = flags | ({"novoice"} if old.novoice else set())
        stem = lemma.lower()
        if pos == "PROPN" and ("abbr" in flags or (old is not None and old.stem.isupper())):
            stem = lemma  # read letter by letter: harmony from the spoken letter names
        feats: tuple[tuple[str, str], ...] = ()
        if pos == "NUM":
            feats = (("NumType", "Ord" if stem.endswith(("нчы", "нчи", "нчу", "нчү")) else "Card"),)
        found[key] = Lexeme(
            lemma,
            pos,
            _start_for(pos, flags) if "final" not in flags else "",
            stem,
            weight,
            feats,
            "novoice" in flags,
        )

    for lemma, pos, flags in lang_tsv("ky", "lexicon.tsv", 3):
        add(lemma, pos, _flags(flags), 3.0)
    for lemma, pos, flags in lang_tsv("ky", "propn.tsv", 3):
        add(lemma, pos, _flags(flags), 3.0)
    for _value, word in lang_tsv("ky", "numerals.tsv", 2):
        add(word, "NUM", set(), 3.0)
    derived = package_path("lang", "ky", "derived", "lexicon_ktmu.tsv")
    if Path(derived).exists():
        for lemma, pos, count in lang_tsv("ky", "derived/lexicon_ktmu.tsv", 3):
            closed = {"final"} if pos in ("CCONJ", "SCONJ", "PART", "DET", "SYM", "INTJ") else set()
            add(lemma, pos, closed, math.log1p(int(count)))
    return tuple(found.values())


def _flags(text: str) -> set[str]:
    return {f.strip() for f in text.split(",") if f.strip()}


@cache
def syncope_stems() -> frozenset[tuple[str, str]]:
    rows = lang_tsv("ky", "lexicon.tsv", 3)
    return frozenset((lemma, pos) for lemma, pos, flags in rows if "syncope" in _flags(flags))


@cache
def derivations() -> tuple[tuple[str, str, str, str, str, tuple[tuple[str, str], ...]], ...]:
    """(id, form, from_class, to_pos, lemma_policy, feats) rows of derivation.tsv."""
    return tuple(
        (d, form, src, dst, policy, parse_feats(feats))
        for d, form, src, dst, policy, feats, _gloss in lang_tsv("ky", "suffixes/derivation.tsv", 7)
    )


def _derived_lexemes(lex: Lexeme) -> list[Lexeme]:
    out: list[Lexeme] = []
    if not lex.start or lex.derived or lex.pos in ("PRON", "DET", "ADP", "AUX"):
        return out
    for did, form, src, dst, policy, feats in derivations():
        if (src == "NUM") != (lex.pos == "NUM") or (src != "NUM" and src != lex.start):
            continue
        start = VERB_START if dst == "VERB" else NOMINAL_START
        weight = lex.weight - 2.0
        for surf in _derived_surfaces(lex, form):
            out.extend(_derived_readings(lex, surf, did, dst, start, policy, feats, weight))
    return out


def _derived_surfaces(lex: Lexeme, form: str) -> list[str]:
    """Surface of base + derivational suffix; after р both л and д occur (долларлык, шаардык)."""
    surfs = [phonology.attach(lex.stem, form, voicing=not lex.novoice)]
    if form.startswith("L") and lex.stem.endswith("р"):
        surfs.append(phonology.attach(lex.stem, "D" + form[1:], voicing=not lex.novoice))
    return surfs


def _derived_readings(
    lex: Lexeme,
    surf: str,
    did: str,
    dst: str,
    start: str,
    policy: str,
    feats: tuple[tuple[str, str], ...],
    weight: float,
) -> list[Lexeme]:
    """The derived stem as lexemes: KTMU's base lemma (NOUN and ADJ) and the word itself."""
    if policy != "base":
        return [Lexeme(surf, dst, start, surf, weight - 0.5, feats, False, did)]
    other = "ADJ" if dst == "NOUN" else "NOUN"
    return [
        Lexeme(lex.lemma, dst, start, surf, weight, feats, False, did),
        Lexeme(lex.lemma, other, start, surf, weight - 0.3, feats, False, did),
        Lexeme(surf, "ADJ", start, surf, weight - 0.5, feats, False, did),
    ]


@cache
def index() -> dict[str, tuple[Entry, ...]]:
    """Surface stem (lower case) -> entries that may start a word with it."""
    idx: dict[str, list[Entry]] = {}
    sync = syncope_stems()

    def put(key: str, entry: Entry) -> None:
        idx.setdefault(key.lower(), []).append(entry)

    for lex in lexemes():
        for one in (lex, *_derived_lexemes(lex)):
            stem = one.stem
            put(stem, Entry(one, "plain"))
            if not one.start:
                continue
            if not one.novoice and stem and stem[-1] in "кп":
                put(stem[:-1] + ("г" if stem[-1] == "к" else "б"), Entry(one, "voiced"))
            if stem.endswith("ч") and len(stem) > 2:
                put(stem[:-1] + "ш", Entry(one, "dissim"))  # ач + чу -> ашчу
            if one.start == VERB_START and stem and phonology.is_vowel(stem[-1]):
                put(stem[:-1], Entry(one, "trunc"))
            if stem[-1:] in ("ь", "ъ") and len(stem) > 2:
                # Russian loans: сентябрь -> сентябрга, сентябры; нефть -> нефтини
                put(stem[:-1], Entry(one, "soft"))
                put(stem[:-1] + "и", Entry(one, "soft"))
            if (one.lemma, one.pos) in sync and len(stem) > 3:
                # мурун -> мурд- : drop the last vowel, then н assimilates to д after р/л
                shortened = stem[:-2] + stem[-1]
                put(shortened, Entry(one, "syncope"))
                if shortened[-1] == "н" and shortened[-2] in "рл":
                    put(shortened[:-1] + "д", Entry(one, "syncope"))
    return {k: tuple(v) for k, v in idx.items()}


@cache
def irregular() -> dict[str, tuple[tuple[str, str, str], ...]]:
    """Whole irregular forms -> (lemma, UPOS, feats)."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for form, lemma, pos, feats in lang_tsv("ky", "irregular.tsv", 4):
        out.setdefault(form.lower(), []).append((lemma, pos, feats))
    return {k: tuple(v) for k, v in out.items()}


@cache
def letter_names() -> dict[str, str]:
    return {letter: name for letter, name in lang_tsv("ky", "letter_names.tsv", 2)}


@cache
def numeral_words() -> tuple[tuple[int, str], ...]:
    """(value, word) from numerals.tsv, largest first."""
    rows = [(int(v), w) for v, w in lang_tsv("ky", "numerals.tsv", 2)]
    return tuple(sorted(rows, reverse=True))


def spoken_number_end(digits: str) -> str:
    """The last numeral word of a number read aloud (``20`` -> ``жыйырма``, ``2025`` -> ``беш``)."""
    try:
        n = int(digits[-12:])
    except ValueError:
        return "бир"
    words = dict(numeral_words())
    if n % 10:
        return words[n % 10]
    if n % 100:
        return words[n % 100]
    for unit, name in ((1000, 100), (1000000, 1000), (1000000000, 1000000)):
        if n % unit:
            return words[name]
    return words[1000000000] if n else words[0]
