"""Stage ``language``: the language of the document and of each sentence.

pycld2 is the only detector measured here that tells ky, kk, ru, uz and tt apart,
but it wavers on short sentences (a six-word Kyrgyz sentence can come out as
Turkmen). Letters decide what CLD2 cannot: ``ұ і`` are Kazakh, ``ў`` Uzbek,
``җ`` Tatar, and ``ң ө ү`` without those are Kyrgyz. Which language uses which
letters is data (``lang/alphabets.tsv``). A Russian quotation inside a Kyrgyz
article is tagged ``ru`` on its own sentence.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from kabar.document import Document
from kabar.pipeline import stage
from kabar.resources import package_path, read_tsv

LANGUAGES = ("ky", "kk", "ru", "uz", "tt", "mn", "en", "tg")
OTHER = "other"
# Below this many letters a sentence without decisive letters takes the document's language:
# CLD2 is not reliable on a handful of words.
MIN_LETTERS_FOR_CLD = 40
# A language CLD2 names with less than this percentage of the text is noise.
MIN_CLD_PERCENT = 30


@cache
def alphabets() -> tuple[dict[str, frozenset[str]], dict[str, str]]:
    """(language -> its extra letters, distinctive letter -> language)."""
    extra: dict[str, frozenset[str]] = {}
    unique: dict[str, str] = {}
    for lang, letters, own in read_tsv(package_path("lang", "alphabets.tsv"), 3):
        extra[lang] = frozenset(letters)
        for ch in own:
            unique[ch] = lang
    return extra, unique


def _cld(text: str) -> list[tuple[str, int]]:
    import pycld2

    try:
        _, _, details = pycld2.detect(text, bestEffort=True)
    except pycld2.error:
        return []
    return [(code, pct) for _, code, pct, _ in details if code != "un" and pct > 0]


_LETTERS = re.compile(r"[^\W\d_]")
_LATIN = re.compile("[a-z]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def identify(text: str, fallback: str | None = None) -> str | None:
    """One language code for ``text``; ``fallback`` when the text cannot say."""
    lowered = text.lower()
    if not _LETTERS.search(lowered):
        return fallback
    # Cyrillic letters take two bytes in UTF-8: counting bytes is far cheaper than
    # looking at every character (quotes and dashes over-count a little; harmless).
    cyrillic = len(lowered.encode("utf-8")) - len(lowered)
    latin = len(_LATIN.findall(lowered))
    n_letters = cyrillic + latin
    if cyrillic < latin or not _CYRILLIC.search(lowered):
        return _latin(text, n_letters, fallback)
    extra, unique = alphabets()
    present = set(_extra_letter_pattern().findall(lowered))
    # 1. A letter only one language uses decides (Kazakh ұ і, Uzbek ў, Tatar җ).
    votes = Counter({unique[ch]: lowered.count(ch) for ch in present if ch in unique})
    if votes:
        return votes.most_common(1)[0][0]
    # 2. Rule out every language lacking a letter the text has.
    possible = [lang for lang, own in extra.items() if present <= own]
    # ң ө ү and nothing foreign to Kyrgyz: Kazakh and Tatar would show ә қ ғ һ.
    if (
        "ky" in possible
        and present & extra["ky"]
        and ("ң" in present or n_letters < MIN_LETTERS_FOR_CLD)
    ):
        return "ky"
    # 3. Function words, then word endings, where they clearly lean one way.
    words = _function_word_votes(lowered, possible) or _ending_votes(lowered, possible)
    if words:
        return words
    # 4. CLD2 among what is left; short texts lean on the document.
    cld = [(code, pct) for code, pct in _cld(text) if code in possible and pct >= MIN_CLD_PERCENT]
    if n_letters < MIN_LETTERS_FOR_CLD and fallback in possible:
        return fallback
    if cld:
        return cld[0][0]
    if fallback in possible:
        return fallback
    return "ru" if not present else possible[0] if possible else OTHER


# Function-word hits a language needs, and its lead over the runner-up, to decide.
MIN_FUNCTION_WORD_HITS = 1
_WORD = re.compile(r"[^\W\d_]+")


@cache
def function_words() -> dict[str, tuple[str, ...]]:
    """Function word -> the languages that use it."""
    table: dict[str, tuple[str, ...]] = {}
    for lang, words in read_tsv(package_path("lang", "function_words.tsv"), 2):
        for word in words.split():
            table[word] = (*table.get(word, ()), lang)
    return table


def _function_word_votes(lowered: str, possible: list[str]) -> str | None:
    table = function_words()
    votes: Counter[str] = Counter()
    for word in _WORD.findall(lowered):
        langs = table.get(word)
        if langs:
            votes.update(lang for lang in langs if lang in possible)
    return _clear_winner(votes)


@cache
def word_endings() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(language, endings longest first) from ``lang/word_endings.tsv``."""
    return tuple(
        (lang, tuple(sorted(endings.split(), key=len, reverse=True)))
        for lang, endings in read_tsv(package_path("lang", "word_endings.tsv"), 2)
    )


# Shorter words are no evidence (``ган`` alone, ``закон`` is Russian); endings are <= 5 letters.
MIN_WORD_FOR_ENDING = 6


def _ending_votes(lowered: str, possible: list[str]) -> str | None:
    votes: Counter[str] = Counter()
    words = [w for w in _WORD.findall(lowered) if len(w) >= MIN_WORD_FOR_ENDING]
    for lang, endings in word_endings():
        if lang in possible:
            hits = sum(1 for w in words if w.endswith(endings))
            if hits:
                votes[lang] = hits
    return _clear_winner(votes)


def _clear_winner(votes: Counter[str]) -> str | None:
    if not votes:
        return None
    ranked = votes.most_common(2)
    best, hits = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0
    if hits >= MIN_FUNCTION_WORD_HITS and hits >= 2 * runner_up + 1:
        return best
    return None


@cache
def _extra_letter_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(sorted(_all_extra_letters())) + "]")


@cache
def _all_extra_letters() -> frozenset[str]:
    extra, _ = alphabets()
    return frozenset().union(*extra.values())


def _latin(text: str, n_letters: int, fallback: str | None) -> str | None:
    cld = [(code, pct) for code, pct in _cld(text) if pct >= MIN_CLD_PERCENT]
    if n_letters < MIN_LETTERS_FOR_CLD and not cld:
        return fallback if fallback == "en" else OTHER
    if not cld:
        return OTHER
    code = cld[0][0]
    return code if code in LANGUAGES else OTHER


@stage("language", requires=("sentences",), assigns=("language", "language_scores"))
def assign_language(doc: Document) -> None:
    doc_lang = identify(doc.text) or OTHER
    weight: Counter[str] = Counter()
    for sent in doc.sentences:
        sent.language = identify(doc.text[sent.start : sent.end], doc_lang) or doc_lang
        weight[sent.language] += sent.end - sent.start
    total = sum(weight.values())
    if total:
        doc.language_scores = {lang: round(n / total, 4) for lang, n in weight.most_common()}
        doc.language = weight.most_common(1)[0][0]
    else:
        doc.language = None
        doc.language_scores = {}
