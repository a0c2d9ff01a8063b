"""Kyrgyz morphological analyser: every plausible (lemma, UPOS, UD feats) reading of a word.

Why our own: no pip-installable analyser covers Kyrgyz (Apertium-kir needs HFST and
gives Apertium tags, not UD). This one is a small two-level-style segmenter: a stem
from the lexicon (or a guessed stem for names and unknown words) plus a suffix chain
allowed by the morphotactic graph, realised with the phonology of ``phonology.py``.

Readings are sorted by a cheap prior (lexicon frequency, fewer morphemes first); the
statistical tagger picks one. Features follow UD Kyrgyz-KTMU where it is consistent
(``Person=3`` on nouns, ``VerbForm=Vnoun/Part/Conv``, lemmas without derivational
suffixes as an extra reading) and UD guidelines where KTMU is inconsistent.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from kabar.morphology import phonology
from kabar.morphology.lexicon import (
    Lexeme,
    entries,
    irregular,
    letter_names,
    prefix_entries,
    spoken_number_end,
)
from kabar.morphology.tables import (
    NOMINAL_START,
    VERB_START,
    Chain,
    format_feats,
    lookup,
    match,
    merge_feats,
    parse_feats,
)
from kabar.morphology.types import Analysis

MAX_WORD = 64
"""Longer strings are not segmented (no Kyrgyz word is that long): one X/PROPN reading."""
MAX_READINGS = 12
MAX_SUFFIX = 16
"""Guessed splits leave at most this many letters of suffixes (longest real chains: ~14)."""
APOSTROPHES = "'’ʼ`´‘"
_SCRIPT_CHANGE = re.compile(r"^([A-Za-z][A-Za-z0-9.&-]*)([а-яёөүң]+)$")
_NUMBER = re.compile(r"^[+-]?\d+(?:[.,]\d+)*%?$")
_NUM_HYPHEN = re.compile(r"^(\d+(?:[.,]\d+)?)[-–](.*)$")
_ABBR = re.compile(
    r"^([A-ZА-ЯЁӨҮҢ0-9][A-ZА-ЯЁӨҮҢ0-9]*[A-ZА-ЯЁӨҮҢ][A-ZА-ЯЁӨҮҢ0-9]*|[A-ZА-ЯЁӨҮҢ]+\d+)([а-яёөүң]*)$"
)
_VERB_IDS = frozenset(
    {"past", "evid", "aor", "cond", "intent", "hab", "ptcp_past", "ptcp_fut", "ptcp_futneg",
     "ptcp_pres", "vn", "conv_p", "conv_a", "conv_neg", "conv_until", "conv_when", "neg"}
)  # fmt: skip
_CLOSED = frozenset({"PART", "CCONJ", "SCONJ", "ADP", "AUX", "DET", "PRON"})
_NOMINAL_FEATS_DEFAULT = (("Case", "Nom"), ("Number", "Sing"), ("Person", "3"))


def analyses(word: str) -> list[Analysis]:
    """All plausible readings of ``word``, most likely first. Never raises."""
    try:
        return list(_analyses(word))
    except Exception:  # a bug in a rule must not take the pipeline down
        return [Analysis(word, "X")]


def best(word: str) -> Analysis:
    """The first (prior-best) reading."""
    return analyses(word)[0]


@lru_cache(maxsize=262144)
def _analyses(word: str) -> tuple[Analysis, ...]:
    if not word or not word.strip():
        return (Analysis(word, "X"),)
    word = normalise(word)
    if len(word) > MAX_WORD:
        return (Analysis(word, "X"),)
    if all(not ch.isalnum() for ch in word):
        if all(unicodedata.category(ch)[0] in "PS" for ch in word):
            cat = unicodedata.category(word[0])
            return (Analysis(word, "SYM" if cat[0] == "S" and word not in "-–—" else "PUNCT"),)
        return (Analysis(word, "X"),)
    if _NUMBER.match(word):
        return (Analysis(word, "NUM", "NumType=Card", (word,)),)
    m = _NUM_HYPHEN.match(word)
    if m:
        return _number_hyphen(m.group(1), m.group(2))
    scored = _known(word)
    longest = max((len(a.morphemes[0]) for _, a in scored if a.morphemes), default=0)
    if word[0].isupper() or _is_latin(word):
        scored += _names(word)
    if "-" in word.strip("-") and not scored:
        scored += _hyphenated(word)
    if not scored or longest + 2 < len(word):
        penalty = 1.5 if scored else 0.0
        scored += [(sc - penalty, a) for sc, a in _guess_lower(word, longest)]
    if not scored:
        pos = "PROPN" if word[0].isupper() else ("X" if not _has_letters(word) else "NOUN")
        feats = format_feats(dict(_NOMINAL_FEATS_DEFAULT)) if pos in ("PROPN", "NOUN") else ""
        return (Analysis(word, pos, feats, (word,)),)
    return _rank(scored)


def _rank(scored: list[tuple[float, Analysis]]) -> tuple[Analysis, ...]:
    best_score: dict[Analysis, float] = {}
    for score, a in scored:
        if a not in best_score or score > best_score[a]:
            best_score[a] = score
    ordered = sorted(best_score.items(), key=lambda kv: -kv[1])
    return tuple(a for a, _ in ordered[:MAX_READINGS])


_LOOKALIKE = str.maketrans("aoepcyxkmhtbAOEPCYXKMHTBӊӉᴙ", "аоерсухкмнтвАОЕРСУХКМНТВңҢя")
_CYRILLIC = re.compile(r"[а-яёөүңА-ЯЁӨҮҢ]")
_MIXED = re.compile(r"[а-яёөүңА-ЯЁӨҮҢ][^'’ʼ]*[A-Za-zᴙ]")
"""A Latin letter after a Cyrillic one: look-alikes typed inside a Cyrillic word (not ``Bookтун``)."""


def normalise(word: str) -> str:
    """NFC, and Latin look-alike letters inside Cyrillic words made Cyrillic (``бaрды``)."""
    word = unicodedata.normalize("NFC", word)
    if _CYRILLIC.search(word):
        if _MIXED.search(word) and not re.search(r"[A-Za-z]", word.translate(_LOOKALIKE)):
            word = word.translate(_LOOKALIKE)
        else:
            word = word.replace("ӊ", "ң").replace("Ӊ", "Ң").replace("ᴙ", "я")
    return word


def _has_letters(word: str) -> bool:
    return any(ch.isalpha() for ch in word)


def _is_latin(word: str) -> bool:
    return any("a" <= ch.lower() <= "z" for ch in word)


def _final_is_l(stem: str) -> bool:
    return stem.endswith("л")


def _readings(
    word: str,
    lex: Lexeme,
    kind: str,
    rest: str,
    stem_surface: str,
    *,
    prior: float = 0.0,
) -> list[tuple[float, Analysis]]:
    """Readings of ``stem_surface`` + ``rest`` as ``lex`` inflected."""
    if not lex.start:
        return [(lex.weight + prior, _make(lex, None, stem_surface))] if not rest else []
    if kind == "soft":
        ctx_stem = stem_surface.lower()
    else:
        ctx_stem = lex.stem if not lex.stem.isupper() else _spoken(lex.stem)
    vclass, final = phonology.context(ctx_stem)
    found = match(lex.start, vclass, final, _final_is_l(ctx_stem), rest)
    out: list[tuple[float, Analysis]] = []
    for ch in found:
        if kind == "trunc" and not ch.truncates:
            continue
        if kind != "trunc" and ch.truncates:
            continue
        if kind in ("voiced", "syncope") and not ch.voices:
            continue
        if kind == "dissim" and not rest.startswith("ч"):
            continue
        if kind == "plain" and ch.voices and not lex.novoice and lex.stem[-1:] in ("к", "п"):
            # a vowel-initial suffix voices к/п; the plain spelling is the loan-word exception
            penalty = 1.5
        else:
            penalty = 0.0
        if ch.ids and ch.ids[0] in _VOICE_IDS and _is_verb_stem((lex.stem + ch.morphs[0]).lower()):
            penalty += 1.0  # сүйлө+ш+көн when сүйлөш is a verb of its own
        score = lex.weight + prior - penalty - 0.4 * len(ch.ids) - _chain_cost(ch)
        reading = _make(lex, ch, stem_surface)
        out.append((score, reading))
        if lex.start == VERB_START:
            out.extend(_nominalised(lex, ch, reading, score))
    return out


_VOICE_IDS = frozenset({"coop", "pass", "passn", "passv", "cau_t", "cau_dir", "cau_giz"})


def _is_verb_stem(stem: str) -> bool:
    return any(
        e.lexeme.pos == "VERB" and e.kind == "plain" and not e.lexeme.derived for e in entries(stem)
    )


_NOMINALISERS = frozenset({"vn", "vn_ish", "ptcp_past", "ptcp_pres"})
_NOMINAL_IDS = frozenset({"pl", "px1s", "px2s", "px2sf", "px3", "px1p", "px2p", "px2pf", "gen", "acc",
                          "acc3", "dat", "dat12", "dat3", "loc", "loc3", "abl", "abl3"})  # fmt: skip


def _nominalised(
    lex: Lexeme, ch: Chain, reading: Analysis, score: float
) -> list[tuple[float, Analysis]]:
    """``эсептешүүлөрдүн``, ``жүрүшүндө``: a verbal noun or participle used as a noun."""
    ids = ch.ids
    pos = next((i for i, sid in enumerate(ids) if sid in _NOMINALISERS), -1)
    if pos < 0 or not any(sid in _NOMINAL_IDS for sid in ids[pos + 1 :]):
        return []
    morphs = reading.morphemes
    noun_stem = "".join(morphs[: pos + 2]).lower()
    feats = merge_feats(ch.feats[len(ch.feats) - _nominal_feat_count(ch, pos) :])
    for k, v in _NOMINAL_FEATS_DEFAULT:
        feats.setdefault(k, v)
    if "Person[psor]" in feats:
        feats.setdefault("Number[psor]", "Sing")
    out_feats = format_feats(feats)
    return [
        (score - 1.0, Analysis(noun_stem, "NOUN", out_feats, morphs)),
        (score - 1.3, Analysis(lex.lemma, "NOUN", out_feats, morphs)),
    ]


def _nominal_feat_count(ch: Chain, pos: int) -> int:
    """How many of the chain's feature pairs come from suffixes after position ``pos``."""
    from kabar.morphology.tables import suffixes

    by_id = {suf.id: suf for slot in suffixes().values() for suf in slot}
    return sum(len(by_id[sid].feats) for sid in ch.ids[pos + 1 :] if sid in by_id)


def _chain_cost(ch: Chain) -> float:
    cost = 0.0
    for sid in ch.ids:
        if sid in ("imp2s", "equ", "px2s", "px1s", "cop2s", "cop1s", "k2s"):
            cost += 0.6
        if sid.startswith(("cop", "opt", "imp")) and sid != "imp2s":
            cost += 0.8
    if not ch.ids:
        cost -= 0.3
    return cost


def _make(lex: Lexeme, ch: Chain | None, stem_surface: str) -> Analysis:
    feats: dict[str, str] = dict(lex.feats)
    ids: tuple[str, ...] = ch.ids if ch else ()
    if ch:
        feats.update(merge_feats(ch.feats))
    morphs = (stem_surface, *(m for m in (ch.morphs if ch else ()) if m))
    pos = lex.pos
    if lex.start == VERB_START:
        if "Polarity" not in feats:
            feats["Polarity"] = "Pos"
        if feats.get("VerbForm") == "Vnoun" or any(
            i in ("pl", "gen", "acc", "dat", "loc", "abl") for i in ids
        ):
            feats.setdefault("Case", "Nom")
        if (
            feats.get("VerbForm") == "Fin"
            and "Person" not in feats
            and "Mood" in feats
            and feats["Mood"] != "Imp"
        ):
            feats["Person"] = "3"  # Number left out on bare finite forms, as KTMU mostly does
        if not ids:
            feats.update({"Mood": "Imp", "Number": "Sing", "Person": "2", "VerbForm": "Fin"})
    elif lex.start == NOMINAL_START and pos in ("NOUN", "PROPN", "PRON"):
        has_pred = any(i.startswith("cop") for i in ids)
        for k, v in _NOMINAL_FEATS_DEFAULT:
            if k == "Person" and has_pred:
                continue
            feats.setdefault(k, v)
    elif lex.start == NOMINAL_START and ids:
        feats.setdefault("Case", "Nom")
        feats.setdefault("Number", "Sing")
    if "Person[psor]" in feats and "Number[psor]" not in feats:
        feats["Number[psor]"] = "Sing"  # KTMU marks 3rd-person possessors as singular
    lemma = lex.lemma
    if pos in ("PROPN", "NOUN") and len(lemma) > 1 and lemma.isupper():
        feats["Abbr"] = "Yes"
    return Analysis(lemma, pos, format_feats(feats), morphs)


def _known(word: str) -> list[tuple[float, Analysis]]:
    out = _known1(word)
    if _Y_GLIDE.search(word):
        # й before a vowel is spelt ю/я/е: кой+ул -> коюл, кой+уу -> коюу
        variant = _Y_GLIDE.sub(lambda m: m.group(1) + _Y_SPLIT[m.group(2)], word)
        out += [(sc - 0.2, a) for sc, a in _known1(variant)]
    return out


_Y_GLIDE = re.compile(r"([аоуыэеиөү])([юяё])")
_Y_SPLIT = {"ю": "йу", "я": "йа", "ё": "йо"}


def _known1(word: str) -> list[tuple[float, Analysis]]:
    lower = word.lower()
    out: list[tuple[float, Analysis]] = []
    for lemma, pos, feats in irregular().get(lower, ()):
        out.append((6.0, Analysis(lemma, pos, feats, (word,))))
    for i, found in prefix_entries(lower):
        rest = lower[i:]
        for e in found:
            out.extend(_readings(word, e.lexeme, e.kind, rest, word[:i]))
    return out


def _spoken(abbr: str) -> str:
    """How an abbreviation ends when read aloud, for suffix harmony (АКШ -> ...ша)."""
    names = letter_names()
    m = re.search(r"(\d+)$", abbr)
    if m:
        return spoken_number_end(m.group(1))
    return names.get(abbr[-1], abbr[-1].lower())


def _name_readings(
    stem: str, rest: str, prior: float, *, abbr: bool
) -> list[tuple[float, Analysis]]:
    """``stem`` read as a proper name and ``rest`` as its nominal suffixes, harmony checked."""
    contexts = [_spoken(stem)] if abbr else [stem]
    if abbr and not re.search(r"\d$", stem):
        contexts.append(stem.lower())  # some abbreviations are read as words (ГЭС, НАТО)
    out: list[tuple[float, Analysis]] = []
    for n, ctx in enumerate(contexts):
        vclass, final = phonology.context(ctx)
        for ch in lookup(NOMINAL_START, vclass, final, False, rest):
            if ch.voices and stem[-1:] in ("г", "б") and not abbr:
                continue
            lex = Lexeme(
                stem, "PROPN", NOMINAL_START, stem, 0.0, (("Abbr", "Yes"),) if abbr else ()
            )
            score = prior - 0.4 * len(ch.ids) - _chain_cost(ch) - n
            out.append((score, _make(lex, ch, stem)))
    return out


def _names(word: str) -> list[tuple[float, Analysis]]:
    """Proper-name readings of a capitalised or Latin-script word: name + suffixes."""
    out: list[tuple[float, Analysis]] = []
    for ap in APOSTROPHES:
        if ap in word:
            stem, _, rest = word.partition(ap)
            if stem and rest.isalpha():
                got = _name_readings(stem, rest.lower(), 4.0, abbr=stem.isupper() and len(stem) > 1)
                if not got:  # harmony broken: still a name with a suffix
                    got = _any_context(stem, rest.lower())
                return got
            return out
    m = _SCRIPT_CHANGE.match(word)
    if m and not m.group(1).isupper():
        # Airlinesтын: a Latin name, Cyrillic suffixes; English spelling hides the harmony
        got = _name_readings(m.group(1), m.group(2), 4.0, abbr=False)
        return got or [(sc + 2.0, a) for sc, a in _any_context(m.group(1), m.group(2))]
    m = _ABBR.match(word)
    if m and (m.group(2) or len(m.group(1)) > 1):
        stem, rest = m.group(1), m.group(2)
        out.extend(_name_readings(stem, rest, 4.0, abbr=True))
        if not out and rest:
            out.extend((sc + 1.0, a) for sc, a in _any_context(stem, rest))
        if out or not rest:
            return out or [
                (
                    3.0,
                    _make(
                        Lexeme(stem, "PROPN", NOMINAL_START, stem, 0.0, (("Abbr", "Yes"),)),
                        None,
                        stem,
                    ),
                )
            ]
    known_propn = any(a.pos == "PROPN" for _, a in _known(word))
    lower = word.lower()
    whole = _make(Lexeme(word, "PROPN", NOMINAL_START, lower, 0.0), None, word)
    out.append((1.0 if not known_propn else -1.0, whole))
    for i in range(len(word) - 1, max(1, len(word) - MAX_SUFFIX - 1), -1):
        stem, rest = word[:i], lower[i:]
        if not _plausible_name_stem(stem):
            continue
        for score, a in _name_readings(stem, rest, 2.0 + 0.3 * len(rest), abbr=False):
            if len(rest) == 1 and rest in "ыиуүаеоө":
                score -= 2.0  # a bare possessive vowel: names end in these too (Зардалы)
            out.append((score - (2.0 if known_propn else 0.0), a))
    return out


def _any_context(stem: str, rest: str) -> list[tuple[float, Analysis]]:
    for vclass in ("a", "e", "o", "ö", "u"):
        for final in ("V", "Z", "T", "N", "R"):
            got = lookup(NOMINAL_START, vclass, final, False, rest)
            if got:
                lex = Lexeme(stem, "PROPN", NOMINAL_START, stem, 0.0)
                return [(2.0, _make(lex, got[0], stem))]
    return [(1.0, _make(Lexeme(stem, "PROPN", NOMINAL_START, stem, 0.0), None, stem))]


def _plausible_name_stem(stem: str) -> bool:
    """A name stem keeps a vowel, is not too short and is not cut inside a double letter."""
    vowels = sum(1 for c in stem if phonology.is_vowel(c))
    return len(stem) >= 3 and vowels >= 1 and stem[-1].isalpha()


def _hyphenated(word: str) -> list[tuple[float, Analysis]]:
    """``иш-чарасынын``, ``соода-экономикалык``: analyse the last part, keep the rest in the lemma."""
    head, _, tail = word.rpartition("-")
    if not tail:
        return []
    out: list[tuple[float, Analysis]] = []
    for a in _analyses(tail):
        if a.pos == "X":
            continue
        lemma = f"{head}-{a.lemma}"
        morphs = (f"{head}-{a.morphemes[0]}", *a.morphemes[1:]) if a.morphemes else (word,)
        out.append((1.0 - 0.1 * len(out), Analysis(lemma, a.pos, a.feats, morphs)))
    return out


def _number_hyphen(num: str, tail: str) -> tuple[Analysis, ...]:
    """``12-`` (ordinal, as KTMU splits it), ``10-го`` (number + case), ``22-сентябрында``."""
    if not tail:
        return (Analysis(f"{num}-", "NUM", "NumType=Ord", (f"{num}-",)),)
    vclass, final = phonology.context(spoken_number_end(num.replace(",", "").replace(".", "")))
    got = lookup(NOMINAL_START, vclass, final, False, tail.lower())
    out: list[Analysis] = []
    for ch in got:
        feats = dict(ch.feats)
        feats["NumType"] = "Ord" if not feats else "Card"
        out.append(Analysis(num, "NUM", format_feats(feats), (num, "-", *ch.morphs)))
    for a in _analyses(tail):
        if a.pos in ("X", "PUNCT", "SYM") or (got and a.pos in _CLOSED):
            continue
        out.append(Analysis(f"{num}-{a.lemma}", a.pos, a.feats, (f"{num}-", *a.morphemes)))
    return tuple(dict.fromkeys(out)) or (
        Analysis(f"{num}-{tail}", "NUM", "NumType=Ord", (num, tail)),
    )


def _guess_lower(word: str, min_stem: int = 0) -> list[tuple[float, Analysis]]:
    """Unknown word: strip suffix chains down to a harmonic stem; POS from the chain.

    Only stems longer than ``min_stem`` (the longest lexicon stem found) are tried.
    """
    lower = word.lower()
    out: list[tuple[float, Analysis]] = []
    if not all(ch.isalpha() or ch == "-" for ch in lower) or _is_latin(lower):
        return out
    if sum(1 for ch in word if ch.isupper()) > 1 and not word.isupper():
        return out  # АКШнын: an abbreviation with suffixes, handled by _names
    for i in range(len(lower) - 1, max(1, min_stem, len(lower) - MAX_SUFFIX - 1), -1):
        stem, rest = lower[:i], lower[i:]
        if not any(phonology.is_vowel(c) for c in stem) or not stem[-1].isalpha():
            continue
        vclass, final = phonology.context(stem)
        for start, pos in ((NOMINAL_START, "NOUN"), (VERB_START, "VERB")):
            for ch in match(start, vclass, final, stem.endswith("л"), rest):
                if ch.truncates:
                    continue
                verbal = any(s in _VERB_IDS for s in ch.ids)
                score = -3.0 + 0.35 * len(rest) - 0.3 * len(ch.ids) - _chain_cost(ch)
                if pos == "VERB" and not verbal:
                    score -= 1.0
                if pos == "NOUN" and len(stem) < 3:
                    score -= 1.0
                lex = Lexeme(stem if not word.isupper() else word[:i], pos, start, stem, 0.0)
                out.append((score, _make(lex, ch, word[:i])))
    whole = Lexeme(lower if not word.isupper() else word, "NOUN", NOMINAL_START, lower, 0.0)
    out.append((-2.5, _make(whole, None, word)))
    return out


def feats_dict(feats: str) -> dict[str, str]:
    """``Case=Gen|Number=Sing`` -> dict (helper for callers)."""
    return dict(parse_feats(feats))


def cache_clear() -> None:
    _analyses.cache_clear()
