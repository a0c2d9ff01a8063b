"""The stem lexicon: hand-written lists plus the lemma list derived from UD KTMU train.

Each lexeme is indexed under every surface shape its stem takes inside a word:
the plain stem, the voiced stem before vowels (``жолуг-``), the syncopated stem
(``мурд-``), the vowel-less verb stem before the fused verbal noun (``айд-оо``) and
the stems made by derivational suffixes (``шаардык``, ``кызматташтык``).
The analyser reads it through ``entries`` / ``prefix_entries``, which index one group of
first letters at a time, when a word first needs it: a process reading one article does
not derive and index the stems of the whole lexicon.
"""

from __future__ import annotations

import math
from functools import cache
from pathlib import Path
from typing import NamedTuple

from kabar.morphology import phonology
from kabar.morphology.tables import NOMINAL_START, VERB_START, parse_feats
from kabar.resources import lang_tsv, package_path

NOMINAL_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON", "DET", "ADV", "ADP", "AUX"})
INFLECTING_POS = frozenset({"NOUN", "PROPN", "ADJ", "NUM", "PRON", "VERB", "ADV", "ADP", "AUX"})


class Lexeme(NamedTuple):
    """One stem of the lexicon. A named tuple, not a dataclass: the index makes tens of
    thousands of these (derived stems) and a frozen dataclass is several times slower to build."""

    lemma: str
    pos: str
    start: str  # ``N`` nominal inflection, ``V`` verbal, ``""`` does not inflect
    stem: str  # lower-case stem the suffixes attach to (for derived lexemes: the derived stem)
    weight: float  # cheap prior: log of the lemma's frequency, plus a bonus for hand-written ones
    feats: tuple[tuple[str, str], ...] = ()
    novoice: bool = False
    derived: str = ""  # id of the derivation that made this stem, ``""`` for lexicon stems


class Entry(NamedTuple):
    """A lexeme under one surface shape of its stem.

    ``kind``: ``plain``; ``voiced`` / ``syncope`` (only before a vowel); ``trunc`` (fused
    verbal noun); ``soft`` (soft sign dropped or read as и: the surface stem decides harmony);
    ``dissim`` (final ч spelt ш before a ч-initial suffix: ашчу).
    """

    lexeme: Lexeme
    kind: str


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


def _entries(lex: Lexeme, sync: frozenset[tuple[str, str]]) -> list[tuple[str, Entry]]:
    """(surface stem in lower case, entry) for ``lex`` and the stems derived from it."""
    out: list[tuple[str, Entry]] = []

    def put(key: str, entry: Entry) -> None:
        out.append((key.lower(), entry))

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
    return out


@cache
def index() -> dict[str, tuple[Entry, ...]]:
    """Surface stem (lower case) -> entries that may start a word with it (all of them;
    the analyser uses ``entries``, which builds only the part it needs)."""
    idx: dict[str, list[Entry]] = {}
    sync = syncope_stems()
    for lex in lexemes():
        for key, entry in _entries(lex, sync):
            idx.setdefault(key, []).append(entry)
    return {k: tuple(v) for k, v in idx.items()}


BUCKET = 3
"""Surface stems are indexed in groups by their first letters, each built on first use."""
_LONG = BUCKET + 2
"""Stems this long keep their first ``BUCKET`` letters in every shape (changes touch the
last two letters; derivation only adds), so all their entries fall in one group. Shorter
stems of two letters or more keep their first letter: they are indexed per first letter,
when a group with that letter is first built; one-letter stems are indexed up front."""

_Found = tuple[int, int, str, Entry]
"""(lexeme position, entry position, key, entry): the order ``index()`` lists them in."""


@cache
def _layout() -> tuple[
    dict[str, tuple[int, ...]], dict[str, tuple[int, ...]], dict[str, tuple[_Found, ...]]
]:
    """Lexemes with long stems by first ``BUCKET`` letters, short stems by first letter,
    and the entries of one-letter stems by group."""
    sync = syncope_stems()
    long: dict[str, list[int]] = {}
    short: dict[str, list[int]] = {}
    tiny: dict[str, list[_Found]] = {}
    for n, lex in enumerate(lexemes()):
        stem = lex.stem.lower()
        if len(stem) >= _LONG:
            long.setdefault(stem[:BUCKET], []).append(n)
        elif len(stem) >= 2:
            short.setdefault(stem[0], []).append(n)
        else:
            for k, (key, entry) in enumerate(_entries(lex, sync)):
                tiny.setdefault(key[:BUCKET], []).append((n, k, key, entry))
    return (
        {g: tuple(v) for g, v in long.items()},
        {g: tuple(v) for g, v in short.items()},
        {g: tuple(v) for g, v in tiny.items()},
    )


@cache
def _short(letter: str) -> dict[str, tuple[_Found, ...]]:
    """The entries of the short stems starting with ``letter``, by group."""
    sync = syncope_stems()
    lexs = lexemes()
    out: dict[str, list[_Found]] = {}
    for n in _layout()[1].get(letter, ()):
        for k, (key, entry) in enumerate(_entries(lexs[n], sync)):
            out.setdefault(key[:BUCKET], []).append((n, k, key, entry))
    return {g: tuple(v) for g, v in out.items()}


@cache
def _group(first: str) -> dict[str, tuple[Entry, ...]]:
    """The part of ``index()`` whose keys start with ``first`` (``BUCKET`` letters or fewer)."""
    long, _, tiny = _layout()
    lexs = lexemes()
    sync = syncope_stems()
    found = [*tiny.get(first, ()), *(_short(first[0]).get(first, ()) if first else ())]
    for n in long.get(first, ()):
        found.extend(
            (n, k, key, entry)
            for k, (key, entry) in enumerate(_entries(lexs[n], sync))
            if key[:BUCKET] == first
        )
    found.sort(key=lambda f: (f[0], f[1]))
    idx: dict[str, list[Entry]] = {}
    for _, _, key, entry in found:
        idx.setdefault(key, []).append(entry)
    return {k: tuple(v) for k, v in idx.items()}


def prefix_entries(word: str) -> list[tuple[int, tuple[Entry, ...]]]:
    """``(i, entries(word[:i]))`` for every prefix of ``word`` with entries, longest first."""
    out: list[tuple[int, tuple[Entry, ...]]] = []
    if len(word) >= BUCKET:
        group = _group(word[:BUCKET])
        for i in range(len(word), BUCKET - 1, -1):
            found = group.get(word[:i])
            if found:
                out.append((i, found))
    for i in range(min(len(word), BUCKET - 1), 0, -1):
        found = _group(word[:i]).get(word[:i])
        if found:
            out.append((i, found))
    return out


def entries(key: str) -> tuple[Entry, ...]:
    """``index().get(key, ())``: the entries whose surface stem is ``key`` (lower case)."""
    return _group(key[:BUCKET]).get(key, ())


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
