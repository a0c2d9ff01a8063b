"""English names for organisations and places the knowledge base does not know.

Why our own: no library translates Kyrgyz institution names, and a transliteration
(``Leilek rayonduk oorukanasy``) tells an English reader nothing. The names are
regular, though: proper words, then lower-case modifiers, then a head noun
(``Лейлек райондук ооруканасы``), sometimes after a place in the genitive
(``Бишкектин ... соту``). The head and modifiers are translated from
``lang/ky/name_english.tsv`` (data, not code), proper words romanised, and a
genitive place becomes ``of <place>``: ``Leilek District Hospital``, ``Ministry of
Health``, ``Pervomaisky District Court of Bishkek``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from kabar.ner import lexicon
from kabar.ner.romanize import romanize
from kabar.ner.suffixes import case_splits
from kabar.resources import lang_tsv

# Longest modifier or head phrase in words (жылуулук электр борбору).
MAX_PHRASE = 3
# Words after a leading place that still belong to it (Бишкек шаардык ... соту).
PLACE_ADJECTIVES = ("шаардык", "облустук")


@dataclass(frozen=True, slots=True)
class Tables:
    heads: dict[str, str]
    mods: dict[str, str]
    words: dict[str, str]


@cache
def tables() -> Tables:
    heads: dict[str, str] = {}
    mods: dict[str, str] = {}
    words: dict[str, str] = {}
    for kind, ky, en in lang_tsv("ky", "name_english.tsv", 3):
        {"head": heads, "mod": mods, "word": words}.get(kind, {})[ky.lower()] = en
    return Tables(heads, mods, words)


def proper_english(text: str, scheme: str = "ky") -> str:
    """Romanise a proper name word by word, loan words in English (``Бирлик Финанс`` -> Birlik Finance)."""
    words = tables().words
    out = []
    for word in text.split():
        known = words.get(word.lower())
        out.append(known if known else romanize(word, scheme))
    return " ".join(out)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _head(words: list[str]) -> tuple[str, int] | None:
    """(template, number of words) of the head phrase closing ``words``."""
    heads = tables().heads
    last = words[-1]
    stems = [*lexicon.head_stems(last), last.lower()]
    for k in range(min(MAX_PHRASE, len(words)), 0, -1):
        before = [w.lower() for w in words[len(words) - k : -1]]
        for stem in stems:
            template = heads.get(" ".join([*before, stem]))
            if template is not None:
                return template, k
    return None


def _body(words: list[str]) -> str:
    mods = tables().mods
    parts: list[str] = []
    i = 0
    while i < len(words):
        for k in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            english = mods.get(" ".join(w.lower() for w in words[i : i + k]))
            if english is not None:
                if english:
                    parts.append(english)
                i += k
                break
        else:
            parts.append(_capital(proper_english(words[i])))
            i += 1
    return " ".join(parts)


def institution_english(name: str, place_english: Callable[[str], str | None]) -> str | None:
    """``name`` in English when its head noun is in the table, else None.

    ``place_english`` gives the English name of a known place (``Бишкек`` -> Bishkek).
    """
    quoted = ""
    if name.startswith('"') and name.count('"') >= 2:
        close = name.index('"', 1)
        quoted, name = proper_english(name[1:close]), name[close + 1 :]
    words = name.split()
    if not words:
        return None
    of_place = None
    if not quoted and len(words) > 1:
        for split in case_splits(words[0]):
            if split.suffix_id in ("gen", "gen3"):
                of_place = place_english(split.base)
                if of_place:
                    words = words[1:]
                    break
        else:
            if len(words) > 3 and words[1].lower() in PLACE_ADJECTIVES and words[2][:1].isupper():
                of_place = place_english(words[0])
                if of_place:
                    words = words[2:]
    found = _head(words)
    if found is None:
        return None
    template, size = found
    if quoted and template == "{}":
        return quoted  # "Ак Таш" жабык акционердик коому: the company's own name
    core = " ".join(p for p in (quoted, _body(words[: len(words) - size])) if p)
    if not core and "{}" in template and template.replace("{}", "").strip() == "":
        return None  # a bare head (компаниясы) names nothing
    english = re.sub(r"\s+", " ", template.replace("{}", core)).strip()
    english = re.sub(r" of$", "", english)
    return f"{english} of {of_place}" if of_place else english
