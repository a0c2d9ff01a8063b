"""Romanising Kyrgyz-Cyrillic names the knowledge base does not know (``Жазгүл`` -> ``Jazgul``).

Why our own: no Python library ships Kyrgyz romanisation (``transliterate`` and
``cyrtranslit`` know Russian values only and lack ң ө ү). English-language news writes
Kyrgyz and other Central Asian names one way (``Jazgul``, ``Aibek``) and Russian and
Kazakh names another (``Zheldibay``, ``Kharitonov``, with Kazakh ``Aidarbek`` for ``й``
before a consonant), so the table has three schemes (``lang/ky/romanization.tsv``);
``lang/ky/romanization_schemes.tsv`` says which countries take the Russian-style ones.
This module applies a scheme letter by letter with the position rules of the table,
keeping capitals and Latin characters.
"""

from __future__ import annotations

from functools import cache

from kabar.resources import lang_tsv

_VOWELS = frozenset("аеёиоөуүыэюя")
SCHEMES = ("ky", "ru", "kk")


@cache
def table(scheme: str) -> dict[str, tuple[str, str, str]]:
    """Cyrillic letter -> (usual, at word start / after a vowel, between vowel and consonant)."""
    out: dict[str, tuple[str, str, str]] = {}
    rows = lang_tsv("ky", "romanization.tsv", 7)
    for letter, ky, ky_initial, ky_between, ru, ru_initial, kk_between in rows:
        if scheme == "ru":
            out[letter] = (ru, ru_initial or ru, ru)
        elif scheme == "kk":
            out[letter] = (ru, ru_initial or ru, kk_between or ru)
        else:
            out[letter] = (ky, ky_initial or ky, ky_between or ky)
    return out


@cache
def country_schemes() -> dict[str, str]:
    return {row[0]: row[1] for row in lang_tsv("ky", "romanization_schemes.tsv", 2)}


def scheme_for(country: str | None) -> str:
    return country_schemes().get(country or "", "ky")


def romanize(text: str, scheme: str = "ky") -> str:
    """``text`` in Latin letters by ``scheme``.

    Besides the table's positions, a value "between a vowel and a consonant" also holds
    at a word's end after ``а`` (``Айдай`` -> Aidai, ``Ак-Сай`` -> Ak-Sai, as English
    writes Kyrgyz names; ``Дордой``, ``Тескей`` keep Dordoy, Teskey), and ``йи`` after a
    vowel is one sound (``Сейитбеков`` -> Seitbekov).
    """
    tab = table(scheme if scheme in SCHEMES else "ky")
    out: list[str] = []
    low_text = text.lower()
    skip = False
    for k, ch in enumerate(text):
        low = low_text[k]
        if skip:
            skip = False
            continue
        if low not in tab:
            out.append(ch)
            continue
        usual, initial, between = tab[low]
        prev = low_text[k - 1] if k else ""
        nxt = low_text[k + 1] if k + 1 < len(text) else ""
        if not prev.isalpha() or prev in _VOWELS or prev in "ъь":
            value = initial
            closes = nxt.isalpha() and nxt not in _VOWELS
            at_end = not nxt.isalpha() and prev == "а"
            if prev in _VOWELS and (closes or at_end):
                value = between if between != usual else initial
            elif prev in _VOWELS and nxt == "и" and between != usual:
                value, skip = between, True
        else:
            value = usual
        if ch.isupper() and value:
            value = value[0].upper() + value[1:]
        out.append(value)
    return "".join(out)
