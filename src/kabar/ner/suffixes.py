"""Case endings on names: ``Токаевдин`` -> ``Токаев``, ``АКШнын`` -> ``АКШ``.

Why our own: names are what a morphological lexicon does not know, so the analyser
cannot be trusted to segment ``Воденскиге`` or ``Telegram’га``. Kyrgyz suffixes are
regular, though: an ending is accepted only when its consonant fits the stem's last
sound (``-дын`` after a voiced consonant, ``-тын`` after a voiceless one, ``-нын``
after a vowel) and its vowel fits the stem's vowel harmony. That check keeps
``Канада`` and ``Воденски`` whole. The endings themselves are data
(``lang/ky/name_suffixes.tsv``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from kabar.resources import lang_tsv

VOWELS = frozenset("аеёиоөуүыэюяaeiouy")
VOICELESS = frozenset("кпстфхцчшщkpstfhcqx")
# Last vowel -> (low vowel A, high vowel I) of the suffix; loans map to the nearest Kyrgyz vowel.
_HARMONY = {
    "а": ("а", "ы"), "ы": ("а", "ы"), "я": ("а", "ы"), "a": ("а", "ы"),
    "о": ("о", "у"), "ё": ("о", "у"), "o": ("о", "у"),
    "у": ("а", "у"), "ю": ("а", "у"), "u": ("а", "у"),  # кулга, районунда: no low rounding after у
    "е": ("е", "и"), "и": ("е", "и"), "э": ("е", "и"), "e": ("е", "и"), "i": ("е", "и"), "y": ("е", "и"),
    "ө": ("ө", "ү"), "ү": ("ө", "ү"),
}  # fmt: skip
# Capitals or Latin script, then a Kyrgyz ending in lower-case Cyrillic: АКШнын, G20нын, Uberдин.
_ABBREVIATION = re.compile(
    r"^([A-ZА-ЯЁӨҮҢ][A-ZА-ЯЁӨҮҢ0-9]*[A-ZА-ЯЁӨҮҢ0-9]|[A-Za-z][A-Za-z0-9.&-]*)([а-яёөүң]+)$"
)
_APOSTROPHE = re.compile(r"^(.+?)['’]([а-яёөүң]+)$")


@dataclass(frozen=True, slots=True)
class Split:
    base: str
    suffix: str
    """The ending as written (``дин``), ``""`` when nothing was stripped."""
    suffix_id: str = ""
    kind: str = "none"
    """``none``, ``case`` (still a mention of the name) or ``deriv`` (a derived word)."""
    feats: str = ""


@dataclass(frozen=True, slots=True)
class SuffixRow:
    id: str
    form: str
    after: str
    kind: str
    feats: str


@cache
def suffix_rows() -> tuple[SuffixRow, ...]:
    return tuple(SuffixRow(*row) for row in lang_tsv("ky", "name_suffixes.tsv", 5))


def _last_vowel(stem: str) -> str | None:
    for ch in reversed(stem.lower()):
        if ch in _HARMONY:
            return ch
    return None


def _last_sound(stem: str) -> str:
    """``vowel``, ``voiced`` or ``voiceless`` for the stem's final sound (ь/ъ skipped)."""
    letters = [ch for ch in stem.lower() if ch.isalpha()]
    while letters and letters[-1] in "ьъ":
        letters.pop()
    if not letters:
        return "vowel" if stem[-1:].isdigit() else "voiced"
    ch = letters[-1]
    if ch in VOWELS:
        return "vowel"
    return "voiceless" if ch in VOICELESS else "voiced"


def realize(form: str, stem: str, *, loose: bool = False) -> frozenset[str]:
    """The surface endings ``form`` may take after ``stem`` (see ``_realize``).

    Only the stem's last vowel and last letter matter, so results are cached on those.
    """
    core = stem.rstrip("ьъЬЪ")
    signature = (_last_vowel(stem) or "") + (core[-1:] or stem[-1:])
    return _realize(form, signature, loose)


@lru_cache(maxsize=16384)
def _realize(form: str, stem: str, loose: bool) -> frozenset[str]:
    """The surface endings ``form`` may take after ``stem``.

    Each archiphoneme is decided by what precedes it (the stem, then the ending
    built so far: ``-ндагы`` harmonises its last vowel with its own ``а``). ``loose``
    (abbreviations, Latin names): any vowel harmony and any alternant of the first
    consonant.
    """
    outs = [""]
    for i, ch in enumerate(form):
        grown: list[str] = []
        for o in outs:
            last = _last_vowel(stem + o)
            if (loose and _last_vowel(o) is None) or last is None:
                lows, highs = set("аоеө"), set("ыуиү")
            else:
                low, high = _HARMONY[last]
                lows, highs = {low}, {high}
            grown += [o + x for x in _options(ch, stem + o, lows, highs, loose and i == 0)]
        outs = grown
    return frozenset(outs)


def _options(ch: str, before: str, lows: set[str], highs: set[str], loose: bool) -> set[str]:
    if ch == "A":
        return lows
    if ch == "I":
        return highs
    if ch not in "NDGL":
        return {ch}
    if loose:
        return {"N": {"н", "д", "т"}, "D": {"д", "т"}, "G": {"г", "к"}, "L": {"л", "д", "т"}}[ch]
    sound = _last_sound(before)
    if ch == "N":
        return {"н"} if sound == "vowel" else {"т"} if sound == "voiceless" else {"д"}
    if ch == "D":
        return {"т"} if sound == "voiceless" else {"д"}
    if ch == "G":
        return {"к"} if sound == "voiceless" else {"г"}
    if sound == "vowel" or before.rstrip("ьъ")[-1:].lower() in "йр":
        return {"л"}
    return {"т"} if sound == "voiceless" else {"д"}


_POSS3 = re.compile(r"(?:(?<=[аеёиоөуүыэюя])с[ыиуү]|(?<=[^аеёиоөуүыэюя])[ыиуү])$")


def ends_in_poss3(stem: str) -> bool:
    return bool(_POSS3.search(stem.lower()))


def poss3_stems(stem: str) -> list[str]:
    """Every stem ``stem`` may be with a 3rd-person possessive taken off.

    ``ГЭСи`` -> ``ГЭС`` (``-и`` after a consonant) as well as ``ГЭ`` (``-си`` after a vowel).
    """
    low = stem.lower()
    out: list[str] = []
    if len(low) > 3 and low[-1] in "ыиуү" and low[-2] == "с" and low[-3] in _VOWEL_LETTERS:
        out.append(stem[:-2])
    if len(low) > 2 and low[-1] in "ыиуү" and low[-2] not in _VOWEL_LETTERS:
        out.append(stem[:-1])
    if len(low) > 5 and low[-3:] in ("иси", "ысы") and low[-4] not in _VOWEL_LETTERS:
        out.append(stem[:-3])  # проспектиси: a loan ending in two consonants takes -иси
    return out


_VOWEL_LETTERS = frozenset("аеёиоөуүыэюя")


def strip_poss3(stem: str) -> str | None:
    """``элчиси`` -> ``элчи``, ``министри`` -> ``министр``; None when no possessive ending."""
    m = _POSS3.search(stem.lower())
    if not m or m.start() < 2:
        return None
    return stem[: m.start()]


@cache
def _kept_endings() -> tuple[str, ...]:
    rows = lang_tsv("ky", "name_shapes.tsv", 6)
    return tuple(sorted((r[0].lower() for r in rows if r[4] == "yes"), key=len, reverse=True))


def _kept_ending(lower: str) -> str:
    return next((e for e in _kept_endings() if lower.endswith(e) and len(lower) > len(e) + 1), "")


@cache
def _surfaces() -> tuple[dict[str, tuple[SuffixRow, ...]], int]:
    """Every surface an ending can take under any harmony -> the rows that can give it.

    A word is only checked against the rows whose surfaces it ends with.
    """
    out: dict[str, list[SuffixRow]] = {}
    for row in suffix_rows():
        for surface in _realize(row.form, "", True) | _any_consonant(row.form):
            out.setdefault(surface, []).append(row)
    return {k: tuple(v) for k, v in out.items()}, max(len(k) for k in out)


def _any_consonant(form: str) -> frozenset[str]:
    """All surfaces of ``form`` with every alternant allowed at every position."""
    outs = [""]
    for ch in form:
        options = {"A": "аоеө", "I": "ыуиү", "N": "нтд", "D": "дт", "G": "гк", "L": "лдт"}.get(
            ch, ch
        )
        outs = [o + x for o in outs for x in options]
    return frozenset(outs)


@lru_cache(maxsize=65536)
def splits(word: str, allow_poss3: bool = False) -> tuple[Split, ...]:
    """Every reading of ``word`` as base + one name ending, the bare word last.

    ``allow_poss3``: also the endings that follow a 3rd-person possessive
    (``Штаттарынын`` -> ``Штаттары``), for the last word of a multiword name.
    """
    out: list[Split] = []
    rows = suffix_rows()
    m = _APOSTROPHE.match(word) or _ABBREVIATION.match(word)
    if m:
        base, ending = m.group(1), m.group(2)
        for row in rows:
            if row.after == "stem" and ending.lower() in realize(row.form, base, loose=True):
                out.append(Split(base, ending, row.id, row.kind, row.feats))
        if out:
            return (*out, Split(word, ""))
    lower = word.lower()
    kept = _kept_ending(lower)
    by_surface, longest = _surfaces()
    for size in range(1, min(longest, len(lower) - 2) + 1):
        candidates = by_surface.get(lower[-size:])
        if not candidates:
            continue
        cut = len(lower) - size
        stem, ending = word[:cut], lower[cut:]
        if not stem[-1].isalnum() or (kept and not stem.lower().endswith(kept)):
            continue  # Мухриддин, Каримзода: the ending belongs to the name
        for row in candidates:
            if row.after == "poss3" and not (allow_poss3 and ends_in_poss3(stem)):
                continue
            if ending in realize(row.form, stem):
                out.append(Split(stem, word[cut:], row.id, row.kind, row.feats))
    out.sort(key=lambda s: -len(s.suffix))
    unique = {(s.base, s.suffix): s for s in reversed(out)}
    return (*sorted(unique.values(), key=lambda s: -len(s.suffix)), Split(word, ""))


@lru_cache(maxsize=65536)
def case_splits(word: str, allow_poss3: bool = False) -> tuple[Split, ...]:
    """The readings that still name the thing (no ``казакстандык``, no plurals)."""
    return tuple(s for s in splits(word, allow_poss3) if s.kind in ("case", "none"))
