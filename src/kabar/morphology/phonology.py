"""Kyrgyz phonology as code: vowel harmony, consonant assimilation, buffer letters.

No maintained Python library realises Kyrgyz suffixes (Apertium's HFST transducer
needs a C toolchain and its own lexicon), so suffixes are written in the data files
as archiphonemes and turned into letters here:

- ``A`` low vowel, 4-way by backness and rounding: а / е / о / ө
  (after у the low vowel stays а: ``сууга``; after ү it rounds: ``күнгө``).
- ``I`` high vowel, 4-way: ы / и / у / ү.
- ``U`` high rounded vowel, 2-way: у / ү (``-UU`` verbal noun, ``-UUčU``).
- ``D`` д / т (voiceless after a voiceless consonant): ``-DA``, ``-DAn``, ``-DI``.
- ``G`` г / к: ``-GA``, ``-GAn``.
- ``K`` к / г for the time attributive ``-KI``: г only after voiced non-nasal consonants
  (``күзгү``), к elsewhere (``бүгүнкү``, ``кечээки``).
- ``L`` л / д / т: л after vowels, й and р; д after other voiced sounds; т after voiceless.
- ``N`` н / д / т: н after vowels; д after voiced consonants; т after voiceless.
- ``B`` б / п: п after voiceless.
- ``(…)`` an optional part: a part that starts with a vowel is used only after a
  consonant-final stem (``(I)м``), a part of consonants only after a vowel-final stem
  (``(s)I`` written ``(С)I``).

Stem changes live here too: final к/п voice to г/б before a vowel (``жолук`` +
``Ar`` = ``жолугар``), and vowel-final verbs fuse with the verbal noun ``-UU``
(``айда`` + ``UU`` = ``айдоо``).
"""

from __future__ import annotations

from functools import lru_cache

VOWELS = frozenset("аеёиоуүөыэюяАЕЁИОУҮӨЫЭЮЯaeiouyAEIOUY")
BACK_UNROUNDED = frozenset("аыяэaiy")  # э in loans (экономика) is front, handled below
VOICELESS = frozenset("пткфсшщчхцПТКФСШЩЧХЦptkfschxqPTKFSCHXQ")
NASALS = frozenset("мнңМНҢmnMN")
SONORANT_L = frozenset("йрЙРrR")  # plural stays л after these

# vowel -> harmony class: "a" back unrounded, "o" back rounded, "e" front unrounded,
# "ö" front rounded. у is back rounded for I (у) but leaves A unrounded (а).
_VCLASS = {
    "а": "a", "ы": "a", "я": "a", "a": "a", "y": "a",
    "о": "o", "ё": "o", "o": "o",
    "у": "u", "ю": "u", "u": "u",
    "е": "e", "и": "e", "э": "e", "e": "e", "i": "e",
    "ө": "ö", "ү": "ö",
}  # fmt: skip
_A = {"a": "а", "o": "о", "u": "а", "e": "е", "ö": "ө"}
_I = {"a": "ы", "o": "у", "u": "у", "e": "и", "ö": "ү"}
_U = {"a": "у", "o": "у", "u": "у", "e": "ү", "ö": "ү"}
ARCHI = frozenset("AIUDGKLNB")
_VOICE_BEFORE_VOWEL = {"к": "г", "п": "б"}
_DEVOICE = {"г": "к", "б": "п"}
_VN_FUSED = {"a": "оо", "o": "оо", "u": "уу", "e": "өө", "ö": "өө"}


def is_vowel(ch: str) -> bool:
    return ch in VOWELS


def harmony_class(text: str) -> str:
    """Harmony class of the last vowel (``a``/``o``/``u``/``e``/``ö``); back by default."""
    for ch in reversed(text.lower()):
        cls = _VCLASS.get(ch)
        if cls is not None:
            return cls
    return "a"


def final_class(text: str) -> str:
    """Class of the last sound: ``V`` vowel, ``T`` voiceless, ``R`` й/р, ``N`` nasal, ``Z`` other voiced."""
    t = text.rstrip("ьъЬЪ")
    if not t:
        return "V"
    ch = t[-1]
    if ch in VOWELS:
        return "V"
    if ch in VOICELESS:
        return "T"
    if ch in SONORANT_L:
        return "R"
    if ch in NASALS:
        return "N"
    if ch.isdigit():
        return "V"
    return "Z"


@lru_cache(maxsize=131072)
def context(stem: str) -> tuple[str, str]:
    """The two facts suffix realisation depends on: harmony class and final-sound class."""
    return harmony_class(stem), final_class(stem)


def _expand_optional(suffix: str, final: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(suffix):
        ch = suffix[i]
        if ch == "(":
            j = suffix.index(")", i)
            part = suffix[i + 1 : j]
            starts_vowel = part[:1] in ("A", "I", "U") or is_vowel(part[:1])
            if (starts_vowel and final != "V") or (not starts_vowel and final == "V"):
                out.append(part)
            i = j + 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


@lru_cache(maxsize=65536)
def realise_ctx(suffix: str, vclass: str, final: str) -> str:
    """Letters of an archiphonemic ``suffix`` after a stem of the given context.

    ``~`` separates the form after consonants from the form after vowels
    (``A~й`` present-future: ``бар-а-т``, ``айда-й-т``).
    """
    if "~" in suffix:
        after_cons, _, after_vowel = suffix.partition("~")
        suffix = after_vowel if final == "V" else after_cons
    suffix = _expand_optional(suffix, final)
    out: list[str] = []
    cls, fin = vclass, final
    for ch in suffix:
        if ch == "A":
            r = _A[cls]
        elif ch == "I":
            r = _I[cls]
        elif ch == "U":
            r = _U[cls]
        elif ch == "D":
            r = "т" if fin == "T" else "д"
        elif ch == "G":
            r = "к" if fin == "T" else "г"
        elif ch == "K":
            r = "г" if fin == "Z" else "к"
        elif ch == "B":
            r = "п" if fin == "T" else "б"
        elif ch == "L":
            r = "т" if fin == "T" else ("л" if fin in ("V", "R") else "д")
        elif ch == "N":
            r = "т" if fin == "T" else ("н" if fin == "V" else "д")
        else:
            r = ch
        out.append(r)
        cls = _VCLASS.get(r, cls)
        fin = final_class(r) if r else fin
    return "".join(out)


def realise(stem: str, suffix: str) -> str:
    """Letters of ``suffix`` after ``stem`` (suffix only, stem unchanged)."""
    vclass, final = context(stem)
    return realise_ctx(suffix, vclass, final)


def attach(stem: str, suffix: str, *, voicing: bool = True) -> str:
    """``stem`` + realised ``suffix`` with the stem-final changes of Kyrgyz.

    Final к/п voice before a vowel when ``voicing`` (off for names and loans that keep
    them); a vowel-final stem fuses with the verbal noun ``UU`` (``айда`` -> ``айдоо``).
    """
    if not suffix:
        return stem
    vclass, final = context(stem)
    if suffix.startswith("UU") and final == "V":
        return stem[:-1] + _VN_FUSED[harmony_class(stem)] + realise_ctx(suffix[2:], vclass, "V")
    surf = realise_ctx(suffix, vclass, final)
    if voicing and surf and is_vowel(surf[0]) and stem and stem[-1] in _VOICE_BEFORE_VOWEL:
        stem = stem[:-1] + _VOICE_BEFORE_VOWEL[stem[-1]]
    return stem + surf


def devoiced(stem: str) -> str | None:
    """Underlying form of a surface stem ending in г/б (``жолуг`` -> ``жолук``), else None."""
    if stem and stem[-1] in _DEVOICE:
        return stem[:-1] + _DEVOICE[stem[-1]]
    return None


def vn_fused(stem: str) -> str:
    """Long vowel a vowel-final verb stem turns into before the verbal noun ``-UU``."""
    return _VN_FUSED[harmony_class(stem)]
