"""Romanising Kyrgyz-Cyrillic names the knowledge base does not know (``Жазгүл`` -> ``Jazgul``).

Why our own: no Python library ships Kyrgyz romanisation (``transliterate`` and
``cyrtranslit`` know Russian values only and lack ң ө ү). English-language news writes
Kyrgyz and other Central Asian names one way (``Jazgul``, ``Aibek``) and Russian and
Kazakh names another (``Zheldibay``, ``Kharitonov``, with Kazakh ``Aidarbek`` for ``й``
before a consonant), and names from beyond both with h for х (``Hofmann``, ``Rahul``), so
the table has four schemes (``lang/ky/romanization.tsv``);
``lang/ky/romanization_schemes.tsv`` says which countries take which.
This module applies a scheme letter by letter with the position rules of the table,
keeping capitals and Latin characters.

Chinese names are written in Cyrillic by the Palladius system (``Ван Лэй``, ``Си
Цзиньпин``), which letter values cannot undo (``цз`` is j or z, ``о`` is o or uo), so
they are cut into syllables of ``lang/ky/pinyin.yaml`` and given their Pinyin (``Wang
Lei``, ``Xi Jinping``); ``pypinyin`` and the like go from characters, not Cyrillic.
Common foreign given names take their English spelling from ``given_names_foreign.tsv``
(``Томас`` is Thomas, not Tomas).
"""

from __future__ import annotations

from functools import cache

from kabar.resources import lang_tsv, lang_yaml

_VOWELS = frozenset("аеёиоөуүыэюя")
SCHEMES = ("ky", "ru", "kk", "world")


@cache
def table(scheme: str) -> dict[str, tuple[str, str, str]]:
    """Cyrillic letter -> (usual, at word start / after a vowel, between vowel and consonant)."""
    out: dict[str, tuple[str, str, str]] = {}
    rows = lang_tsv("ky", "romanization.tsv", 8)
    for letter, ky, ky_initial, ky_between, ru, ru_initial, kk_between, world in rows:
        if scheme == "ru":
            out[letter] = (ru, ru_initial or ru, ru)
        elif scheme == "kk":
            out[letter] = (ru, ru_initial or ru, kk_between or ru)
        elif scheme == "world" and world:
            out[letter] = (world, world, world)
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


@cache
def pinyin_syllables() -> tuple[dict[str, str], frozenset[str]]:
    """Every Palladius syllable -> its Pinyin, and the common Chinese surnames."""
    data = lang_yaml("ky", "pinyin.yaml")
    palatal: dict[str, str] = data["palatal"]
    palatal_finals = frozenset(data["palatal_finals"])
    labial_o = frozenset(data["labial_o"])
    out: dict[str, str] = dict(data["alone"])
    for initial, latin in data["initials"].items():
        for final, ending in data["finals"].items():
            if final in palatal_finals and initial in palatal:
                out[initial + final] = palatal[initial] + ending  # цзя -> jia, сюй -> xu
            elif final == "о" and initial in labial_o:
                out[initial + final] = latin + "o"
            else:
                out[initial + final] = latin + ending
    for initial in data["dental_y"]:
        out[initial + "ы"] = data["initials"][initial] + "i"
    return out, frozenset(data["surnames"])


@cache
def palladius_marks() -> tuple[str, ...]:
    """Letters and clusters only the Palladius system puts in a company's name
    (``pinyin.yaml``: marks)."""
    return tuple(str(m) for m in lang_yaml("ky", "pinyin.yaml")["marks"])


def _syllables(word: str, table: dict[str, str]) -> list[str] | None:
    """The Pinyin syllables a Cyrillic word cuts into wholly, fewest first; None if none."""
    longest = max(map(len, table))
    best: list[list[str] | None] = [None] * (len(word) + 1)
    best[0] = []
    for end in range(1, len(word) + 1):
        for size in range(1, min(longest, end) + 1):
            before = best[end - size]
            piece = table.get(word[end - size : end])
            if before is None or piece is None:
                continue
            if best[end] is None or len(before) + 1 < len(best[end] or ()):
                best[end] = [*before, piece]
    return best[len(word)]


def pinyin(name: str, *, known_chinese: bool = False) -> str | None:
    """``Ван Лэй`` -> ``Wang Lei``: the Pinyin of a Chinese name in Cyrillic, or None
    when a word does not cut into syllables or, unless ``known_chinese`` (the article ties
    the person to China), the first word is no common Chinese surname."""
    table, surnames = pinyin_syllables()
    words = name.lower().split()
    if not words or (not known_chinese and (words[0] not in surnames or len(words) > 3)):
        return None
    out = []
    for word in words:
        pieces = []
        for piece in word.split("-"):  # Тянь-Шань -> Tian-Shan
            parts = _syllables(piece, table)
            if not parts:
                return None
            joined = "".join(parts)
            pieces.append(joined[:1].upper() + joined[1:])
        out.append("-".join(pieces))
    return " ".join(out)


@cache
def foreign_given_names() -> dict[str, str]:
    """Foreign given names in Cyrillic -> their English spelling (``Томас`` -> Thomas)."""
    return {row[0]: row[1] for row in lang_tsv("ky", "given_names_foreign.tsv", 2)}


def romanize_person(name: str, scheme: str) -> str:
    """A person's name in Latin letters: Pinyin for a Chinese name; a foreign given name as
    English writes it; else ``scheme``."""
    chinese = pinyin(name, known_chinese=scheme == "zh")
    if chinese is not None:
        return chinese
    scheme = "ky" if scheme == "zh" else scheme
    first, _, rest = name.partition(" ")
    given = foreign_given_names().get(first)
    origin = given_name_origins().get(first)
    if scheme == "ky" and rest and (given is not None or origin == "en"):
        scheme = "world"  # Томас Хеллер -> Thomas Heller, not Kheller
    elif scheme == "world" and origin in CENTRAL_ASIAN:
        scheme = "ky"  # Бакыт Осмонкулов in Tehran is still Bakyt
    if given is not None and rest:
        return f"{given} {romanize(rest, scheme)}"
    return romanize(name, scheme)


CENTRAL_ASIAN = frozenset({"ky", "kk", "uz", "tk"})
"""Origins of ``names_first.tsv`` whose bearers keep the Kyrgyz-style romanisation
wherever the article ties them (Tajik names take h: Rahmon, Ahmadzoda)."""


@cache
def given_name_origins() -> dict[str, str]:
    """Given names of ``names_first.tsv`` -> their origin (``Маркус`` -> en, ``Бакыт`` -> ky)."""
    return {row[0]: row[2] for row in lang_tsv("ky", "names_first.tsv", 3)}
