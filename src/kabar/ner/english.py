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
from kabar.ner.romanize import palladius_marks, pinyin, romanize
from kabar.ner.suffixes import case_splits
from kabar.resources import lang_tsv

# Longest modifier or head phrase in words (жылуулук электр борбору).
MAX_PHRASE = 3
MAX_OWNER = 5
"""Longest genitive owner opening a name: a known body of four words (Казакстандын
Улуттук коопсуздук комитетинин Чек ара кызматы)."""
# Words after a leading place that still belong to it (Бишкек шаардык ... соту).
PLACE_ADJECTIVES = ("шаардык", "облустук")


# English names that take "the" after "of" (Embassy of the United States, Delegation of
# the European Union): their first or last word.
_THE_FIRST = frozenset({"United"})
_THE_LAST = frozenset({"Union", "Republic", "Kingdom", "Emirates", "Netherlands", "Philippines"})


@dataclass(frozen=True, slots=True)
class Tables:
    heads: dict[str, str]
    mods: dict[str, str]
    words: dict[str, str]
    hosts: dict[str, str]
    bare: frozenset[str]


@cache
def tables() -> Tables:
    heads: dict[str, str] = {}
    mods: dict[str, str] = {}
    words: dict[str, str] = {}
    hosts: dict[str, str] = {}
    bare: set[str] = set()
    for kind, ky, en in lang_tsv("ky", "name_english.tsv", 3):
        if kind == "bare":
            bare.add(ky.lower())
        {"head": heads, "mod": mods, "word": words, "host": hosts}.get(kind, {})[ky.lower()] = en
    return Tables(heads, mods, words, hosts, frozenset(bare))


def with_the(name: str) -> str:
    """``United States`` -> ``the United States`` where English puts the article."""
    words = name.split()
    if words and (words[0] in _THE_FIRST or words[-1] in _THE_LAST):
        return f"the {name}"
    return name


def proper_english(text: str, scheme: str = "ky") -> str:
    """Romanise a proper name word by word, loan words in English (``Бирлик Финанс`` ->
    Birlik Finance); a Chinese company's name in Pinyin (``Тяньлун Энерджи`` -> Tianlong
    Energy)."""
    words = tables().words
    own = [w for w in text.split() if w.lower() not in words]
    chinese = chinese_words(own)
    out = []
    for word in text.split():
        known = words.get(word.lower())
        out.append(known if known else chinese.get(word) or romanize(word, scheme))
    return " ".join(out)


def chinese_words(words: list[str]) -> dict[str, str]:
    """The Pinyin of each word when every word cuts into Chinese syllables and one has a
    mark of the Palladius system (``pinyin.yaml``: marks); else nothing (``Ала Тоо`` also
    cuts, а-ла, but has no mark)."""
    marks = palladius_marks()
    if not words or not any(m in w.lower() for w in words for m in marks):
        return {}
    out = {w: pinyin(w, known_chinese=True) for w in words}
    if any(v is None for v in out.values()):
        return {}
    return {k: v for k, v in out.items() if v is not None}


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _head(words: list[str]) -> tuple[str, str, int] | None:
    """(template, head stem, number of words) of the head phrase closing ``words``."""
    heads = tables().heads
    last = words[-1]
    stems = [*lexicon.head_stems(last), last.lower()]
    for k in range(min(MAX_PHRASE, len(words)), 0, -1):
        before = [w.lower() for w in words[len(words) - k : -1]]
        for stem in stems:
            template = heads.get(" ".join([*before, stem]))
            if template is not None:
                return template, stem, k
    return None


def _body(words: list[str], place_english: Callable[[str], str | None]) -> str:
    """Modifiers translated, proper words romanised (a known place in its English:
    ``Ысык-Көл облустук`` -> Issyk-Kul Regional); the commas of a list are kept."""
    mods = tables().mods
    parts: list[str] = []
    bare = [w.rstrip(",") for w in words]
    i = 0
    while i < len(words):
        for k in range(min(MAX_PHRASE, len(words) - i), 0, -1):
            if any(w.endswith(",") for w in words[i : i + k - 1]):
                continue  # a phrase does not run over a comma
            english = mods.get(" ".join(w.lower() for w in bare[i : i + k]))
            if english is not None:
                if english:
                    parts.append(english)
                i += k
                break
        else:
            word = bare[i]
            place = place_english(word) if word[:1].isupper() else None
            parts.append(place or _capital(proper_english(word)))
            i += 1
        if words[i - 1].endswith(",") and parts:
            parts[-1] += ","
    return " ".join(parts)


def _org_english(name: str) -> str | None:
    """The English name of an organisation the KB knows (``БУУ`` -> United Nations)."""
    from kabar.kb import knowledge_base

    found = knowledge_base().lookup(name, "ORG")
    return found[0].name_en if found else None


def _owner(
    words: list[str], place_english: Callable[[str], str | None]
) -> tuple[str, bool, int] | None:
    """(English, is a place, words) of the genitive owner opening ``words`` (``Россиянын``,
    ``БУУнун``, ``Европа Биримдигинин``), else None."""
    for size in range(min(MAX_OWNER, len(words) - 1), 0, -1):
        for split in case_splits(words[size - 1], size > 1):
            if split.suffix_id not in ("gen", "gen3"):
                continue
            base = " ".join([*words[: size - 1], split.base])
            place = place_english(base)
            if place:
                return place, True, size
            org = _org_english(base)
            if org:
                return org, False, size
    return None


def _host(word: str, place_english: Callable[[str], str | None]) -> str | None:
    """The English of a capitalised place in the attributive locative (``Бишкектеги``)."""
    if not word[:1].isupper():
        return None
    for split in case_splits(word):
        if split.suffix_id == "locattr":
            return place_english(split.base)
    return None


def institution_english(name: str, place_english: Callable[[str], str | None]) -> str | None:
    """``name`` in English when its head noun is in the table, else None.

    ``place_english`` gives the English name of a known place (``Бишкек`` -> Bishkek).
    """
    quoted = ""
    if name.startswith('"') and name.count('"') >= 2:
        close = name.index('"', 1)
        # "Эркечтам" өткөрүү пункту: a known place lends its English (Irkeshtam)
        core = name[1:close]
        quoted, name = place_english(core) or proper_english(core), name[close + 1 :]
    words = name.split()
    if not words:
        return None
    of_place = of_org = host = None
    if not quoted and len(words) > 1:
        owner = _owner(words, place_english)
        if owner is not None:
            words = words[owner[2] :]
            of_place, of_org = (owner[0], None) if owner[1] else (None, owner[0])
        elif len(words) > 3 and words[1].lower() in PLACE_ADJECTIVES and words[2][:1].isupper():
            of_place = place_english(words[0])
            if of_place:
                words = words[2:]
        if len(words) > 1 and (of_place or of_org):
            host = _host(words[0], place_english)  # АКШнын Бишкектеги элчилиги
            if host:
                words = words[1:]
    found = _head(words)
    if found is None:
        return None
    template, stem, size = found
    tabs = tables()
    field = ""
    fields = lexicon.field_linkers()
    at = next((k for k, w in enumerate(words[: len(words) - size]) if w.lower() in fields), None)
    if at is not None and at > 0:
        # Энергетика боюнча мамлекеттик агенттик: State Agency for Energy
        field, words = _body(words[:at], place_english), words[at + 1 :]
    if quoted and (template == "{}" or stem in tabs.bare):
        return quoted  # "Ак Таш" жабык акционердик коому, "Жаңы Муун" партиясы: its own name
    core = " ".join(p for p in (quoted, _body(words[: len(words) - size], place_english)) if p)
    if (
        not core
        and not field
        and not (of_place or of_org)
        and template.replace("{}", "").strip() == ""
    ):
        return None  # a bare head (компаниясы) names nothing
    english = re.sub(r"\s+", " ", template.replace("{}", core)).strip()
    english = re.sub(r" of$", "", english)
    if field:
        english = f"{english} for {field}"
    if of_org and template.startswith("{}") and " of " not in of_org:
        english = f"{of_org} {english}"  # БУУнун ... комитети: United Nations ... Committee
    elif of_org and " of " in of_org:
        english = f"{english} of the {of_org}"  # Border Service of the National ... Committee
    elif of_org or of_place:
        english = f"{english} of {with_the(of_org or of_place or '')}"
    if host:
        joined = tabs.hosts.get(stem, "in {}").replace("{}", host)
        english += joined if joined.startswith(",") else f" {joined}"
    return english
