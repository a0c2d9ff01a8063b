"""Morphological disambiguation: one reading (lemma, UPOS, UD feats) per word in context.

No maintained tagger ships a Kyrgyz model we could run in-process without heavy
dependencies (UDPipe 1 is C++ and reaches 77% UFeats on UD KTMU), so we train our
own small one: an averaged perceptron over whole tags (UPOS + feats), decoded
greedily left to right, with candidates restricted to the tags the training
lexicon, the rule-based analyser (``kabar.morphology.analyzer``, when present)
and a suffix guesser allow. The lemma comes from the training lexicon, then the
analyser's reading with the chosen tag, then a learned edit script ("strip n
characters, append s") keyed by the tag and the word's ending.

Pure Python and cached per word form, so a news article costs milliseconds.
The model (``kabar/models/ky_tagger.json.gz``) is derived from UD Kyrgyz-KTMU
train (CC BY-SA 4.0) by ``python -m kabar.morphology.build_tagger``.
"""

from __future__ import annotations

import gzip
import importlib
import json
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from kabar.morphology.types import Analysis
from kabar.resources import package_path

MODEL_NAME = "ky_tagger.json.gz"
BOS = -1
"""Tag id standing for "before the sentence"."""
MAX_SUFFIX = 5
LEMMA_SUFFIX = 6
_CACHE_LIMIT = 200_000

AnalyseFunc = Callable[[str], Sequence[Analysis]]


def model_path() -> Path:
    return package_path("models", MODEL_NAME)


# ---------------------------------------------------------------- features
# Shared by training (build_tagger) and tagging, so both see the same strings.


def shape(word: str) -> str:
    """Coarse orthographic shape: ``Xx``, ``x``, ``d``, ``X``, ``x-x`` ... (repeats collapsed)."""
    out: list[str] = []
    for ch in word[:12]:
        if ch.isupper():
            c = "X"
        elif ch.isalpha():
            c = "x"
        elif ch.isdigit():
            c = "d"
        else:
            c = ch
        if not out or out[-1] != c:
            out.append(c)
    return "".join(out)


def is_punct(word: str) -> bool:
    return bool(word) and not any(ch.isalnum() for ch in word)


def tag_key(pos: str, feats: str) -> str:
    return f"{pos}\t{feats}"


def static_features(
    word: str,
    lex_tags: Sequence[str],
    an_tags: Sequence[str],
    an_known: bool,
) -> list[str]:
    """Features of the word alone: identity, affixes, shape, lexicon and analyser readings."""
    low = word.lower()
    feats = ["b", "w=" + low, "sh=" + shape(word)]
    n = len(low)
    for k in range(1, MAX_SUFFIX + 1):
        if n > k:
            feats.append(f"s{k}={low[-k:]}")
    if n > 3:
        feats.append("p3=" + low[:3])
    if word[:1].isupper():
        feats.append("cap")
    if lex_tags:
        feats.append("lx1=" + lex_tags[0])
        for t in lex_tags:
            feats.append("lx=" + t)
        if len(lex_tags) == 1:
            feats.append("lxu")
    else:
        feats.append("unk")
    if an_tags:
        feats.append("ann=" + str(min(len(an_tags), 5)))
        for t in an_tags:
            feats.append("an=" + t)
            feats.append("anp=" + t.partition("\t")[0])
    elif not an_known:
        feats.append("anx")
    return feats


def context_features(lows: Sequence[str], i: int, p1: str, p2: str) -> list[str]:
    """Features of the neighbourhood: previous predicted tags, neighbouring words."""
    prev = lows[i - 1] if i > 0 else "<s>"
    nxt = lows[i + 1] if i + 1 < len(lows) else "</s>"
    u1 = p1.partition("\t")[0]
    u2 = p2.partition("\t")[0]
    cur = lows[i]
    return [
        "t1=" + p1,
        "u1=" + u1,
        "u21=" + u2 + "|" + u1,
        "w-1=" + prev,
        "w+1=" + nxt,
        "s-1=" + prev[-3:],
        "s+1=" + nxt[-3:],
        "s+2=" + nxt[-2:],
        "u1s3=" + u1 + "|" + cur[-3:],
        "w+1s2=" + nxt[-2:] + "|" + cur[-2:],
    ]


def lemma_script(form: str, lemma: str) -> tuple[int, str]:
    """UDPipe-style edit script from a lower-cased form to its lemma: (strip n chars, append s)."""
    f = form.lower()
    lem = lemma.lower()
    k = 0
    m = min(len(f), len(lem))
    while k < m and f[k] == lem[k]:
        k += 1
    return len(f) - k, lem[k:]


def apply_script(form: str, strip: int, append: str) -> str:
    if strip >= len(form):
        return form if not append else append
    base = form[: len(form) - strip] if strip else form
    return base + append


# ---------------------------------------------------------------- analyser


_ANALYSER: AnalyseFunc | None = None
_ANALYSER_TRIED = False


def analyser() -> AnalyseFunc | None:
    """``kabar.morphology.analyzer.analyses`` when that module exists and loads, else None."""
    global _ANALYSER, _ANALYSER_TRIED
    if not _ANALYSER_TRIED:
        _ANALYSER_TRIED = True
        try:
            mod = importlib.import_module("kabar.morphology.analyzer")
            func = getattr(mod, "analyses", None)
            _ANALYSER = func if callable(func) else None
        except Exception:  # a broken or missing analyser must not stop tagging
            _ANALYSER = None
    return _ANALYSER


def safe_analyses(func: AnalyseFunc | None, word: str) -> list[Analysis]:
    """The analyser's readings minus the "unknown" placeholder; [] on any failure."""
    if func is None:
        return []
    try:
        readings = list(func(word))
    except Exception:
        return []
    return [a for a in readings if isinstance(a, Analysis) and a.pos != "X"]


# ---------------------------------------------------------------- model


class Tagger:
    """A loaded model; ``tag(words)`` returns one Analysis per word."""

    _instance: Tagger | None = None
    _lock = threading.Lock()

    def __init__(self, model: dict[str, Any], use_analyser: bool | None = None) -> None:
        self.meta: dict[str, Any] = model["meta"]
        self.tags: list[str] = model["tags"]
        self.tag_index = {t: i for i, t in enumerate(self.tags)}
        self.upos = [t.partition("\t")[0] for t in self.tags]
        self.feats = [t.partition("\t")[2] for t in self.tags]
        self._raw_w: dict[str, list[int]] = model["weights"]
        self._w: dict[str, dict[int, float]] = {}
        self.lex: dict[str, list[list[Any]]] = model["lex"]
        self.lex_lower: dict[str, list[list[Any]]] = model["lex_lower"]
        self.sfx: dict[str, list[int]] = model["sfx"]
        self.lem: dict[str, list[list[Any]]] = model["lem"]
        self.known_lemmas: set[str] = set(model["lemmas"])
        self.max_sfx_cands: int = int(self.meta.get("max_sfx_cands", 12))
        self.rare: int = int(self.meta.get("rare", 2))
        if use_analyser is None:
            use_analyser = bool(self.meta.get("analyser"))
        self.analyse: AnalyseFunc | None = analyser() if use_analyser else None
        self._cache: dict[str, tuple[list[int], list[float], list[Analysis]]] = {}

    # -- loading

    @classmethod
    def load(cls, path: Path | None = None) -> Tagger:
        """The shared tagger (loaded once); ``path`` loads a fresh one from a file instead."""
        if path is not None:
            return cls(read_model(path))
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = cls(read_model(model_path()))
        return cls._instance

    # -- scoring

    def weights(self, feat: str) -> dict[int, float] | None:
        w = self._w.get(feat)
        if w is None:
            raw = self._raw_w.get(feat)
            if raw is None:
                return None
            w = dict(zip(raw[0::2], (v / 1000.0 for v in raw[1::2]), strict=True))
            self._w[feat] = w
        return w

    def lex_entry(self, word: str) -> list[list[Any]]:
        entry = self.lex.get(word)
        if entry is None:
            entry = self.lex_lower.get(word.lower(), [])
        return entry

    def candidates(self, word: str, entry: list[list[Any]], an: Sequence[Analysis]) -> list[int]:
        return candidate_tags(
            word,
            [e[0] for e in entry],
            sum(e[1] for e in entry),
            [self.tag_index[k] for k in (tag_key(a.pos, a.feats) for a in an) if k in self.tag_index],
            self.sfx,
            self.tag_index,
            self.max_sfx_cands,
            self.rare,
        )

    def _static(self, word: str) -> tuple[list[int], list[float], list[Analysis]]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        entry = self.lex_entry(word)
        an = safe_analyses(self.analyse, word)
        an_tags = list(dict.fromkeys(tag_key(a.pos, a.feats) for a in an))
        lex_tags = [self.tags[e[0]] for e in entry]
        cands = self.candidates(word, entry, an)
        feats = static_features(word, lex_tags, an_tags, self.analyse is None or bool(an))
        base = [0.0] * len(cands)
        for f in feats:
            w = self.weights(f)
            if w:
                for j, t in enumerate(cands):
                    v = w.get(t)
                    if v:
                        base[j] += v
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        res = (cands, base, an)
        self._cache[word] = res
        return res

    def tag_ids(self, words: Sequence[str]) -> list[int]:
        lows = [w.lower() for w in words]
        out: list[int] = []
        p1 = p2 = "<s>"
        for i, word in enumerate(words):
            cands, base, _ = self._static(word)
            if len(cands) == 1:
                best = cands[0]
            else:
                ws = [w for w in map(self.weights, context_features(lows, i, p1, p2)) if w]
                best = cands[0]
                best_score = float("-inf")
                for j, t in enumerate(cands):
                    s = base[j]
                    for w in ws:
                        v = w.get(t)
                        if v:
                            s += v
                    if s > best_score:
                        best_score = s
                        best = t
            out.append(best)
            p2 = p1
            p1 = self.tags[best]
        return out

    # -- lemmas

    def lemma(self, word: str, tag: int, an: Sequence[Analysis]) -> tuple[str, tuple[str, ...]]:
        """Lemma (and the analyser's morphemes when it agrees) of ``word`` read as ``tag``."""
        upos = self.upos[tag]
        if upos in ("PUNCT", "SYM", "NUM") and not any(ch.isalpha() for ch in word):
            return word, (word,)
        entry = self.lex_entry(word)
        for e in entry:
            if e[0] == tag:
                return apply_script(word, e[2], e[3]), ()
        key = self.tags[tag]
        for a in an:
            if tag_key(a.pos, a.feats) == key:
                return a.lemma, a.morphemes
        for e in entry:
            if self.upos[e[0]] == upos:
                return apply_script(word, e[2], e[3]), ()
        for a in an:
            if a.pos == upos:
                return a.lemma, ()
        return self.guess_lemma(word, tag, an), ()

    def guess_lemma(self, word: str, tag: int, an: Sequence[Analysis] = ()) -> str:
        """Edit-script guess: scripts seen with this tag (then this UPOS) and this ending."""
        low = word.lower()
        scores: dict[tuple[int, str], float] = {}
        upos = self.upos[tag]
        n = len(low)
        for k in range(min(LEMMA_SUFFIX, n), 0, -1):
            suf = low[-k:]
            weight = 1.0 + k
            for prefix, mult in ((f"T{tag}|", 1.0), (f"U{upos}|", 0.5)):
                rows = self.lem.get(prefix + suf)
                if not rows:
                    continue
                total = sum(r[2] for r in rows)
                for strip, append, count in rows:
                    if strip >= n:
                        continue
                    sc = weight * mult * count / total
                    scores[(strip, append)] = scores.get((strip, append), 0.0) + sc
        if not scores:
            return word
        an_lemmas = {a.lemma.lower() for a in an}
        best = word
        best_score = float("-inf")
        for (strip, append), sc in scores.items():
            cand = apply_script(word, strip, append)
            cl = cand.lower()
            if cl in self.known_lemmas or cl in an_lemmas:
                sc *= 2.0
            if sc > best_score or (sc == best_score and len(cand) > len(best)):
                best_score = sc
                best = cand
        return best

    # -- public

    def tag(self, words: Sequence[str]) -> list[Analysis]:
        """One reading per word; never raises on odd strings (empty, digits, other scripts)."""
        words = [w if isinstance(w, str) and w else "_" for w in words]
        ids = self.tag_ids(words)
        out: list[Analysis] = []
        for word, t in zip(words, ids, strict=True):
            an = self._static(word)[2]
            lemma, morphemes = self.lemma(word, t, an)
            out.append(Analysis(lemma or word, self.upos[t], self.feats[t], morphemes))
        return out


def candidate_tags(
    word: str,
    lex_tags: Sequence[int],
    lex_count: int,
    an_tags: Sequence[int],
    sfx: dict[str, list[int]],
    tag_index: dict[str, int],
    max_sfx: int,
    rare: int,
) -> list[int]:
    """Tags worth scoring: lexicon tags, analyser tags, and for rare words the suffix guesser's."""
    out: dict[int, None] = dict.fromkeys(lex_tags)
    for t in an_tags:
        out.setdefault(t)
    if lex_count < rare:
        if is_punct(word):
            t = tag_index.get("PUNCT\t")
            if t is not None:
                out.setdefault(t)
        low = word.lower()
        cls = "C" if word[:1].isupper() else "L"
        for prefix, limit in ((cls, max_sfx), ("A", max_sfx // 2)):
            for k in range(min(MAX_SUFFIX, len(low)), -1, -1):
                rows = sfx.get(prefix + (low[-k:] if k else ""))
                if rows:
                    for t in rows[:limit]:
                        out.setdefault(t)
                    break
    if not out:
        out[0] = None
    return list(out)


def read_model(path: Path) -> dict[str, Any]:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        model: dict[str, Any] = json.load(fh)
    return model


def tag(words: list[str]) -> list[Analysis]:
    """Tag one sentence's words with the shared model."""
    if not words:
        return []
    return Tagger.load().tag(words)
