"""Morphological disambiguation: one reading (lemma, UPOS, UD feats) per word in context.

No maintained tagger ships a Kyrgyz model we could run in-process without heavy
dependencies (UDPipe 1 is C++ and reaches 77% UFeats on UD KTMU), so we train our
own small one: an averaged perceptron over whole tags (UPOS + feats), each tag
scored through its parts (itself, its UPOS, each feature) so that evidence for
``Case=Dat`` is pooled over every dative tag; decoded greedily left to right.
Candidates are the tags the training lexicon, the rule-based analyser
(``kabar.morphology.analyzer``, imported lazily, optional) and a suffix guesser
allow. The lemma comes from the training lexicon; otherwise a learned ranker picks
among the analyser's lemmas and edit scripts ("strip n characters, append s")
seen with the chosen tag and the word's ending.

Pure Python, cached per word form. The model (``kabar/models/ky_tagger.json.gz``)
is derived from UD Kyrgyz-KTMU train (CC BY-SA 4.0) by
``python -m kabar.morphology.build_tagger`` (``make models``); it must be rebuilt
when the analyser changes, since the analyser's readings are features.
"""

from __future__ import annotations

import gc
import gzip
import importlib
import json
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, ClassVar

from kabar.morphology.types import Analysis
from kabar.resources import ModelMissing, package_path

MODEL_NAME = "ky_tagger.json.gz"
MAX_SUFFIX = 5
LEMMA_SUFFIX = 6
_CACHE_LIMIT = 200_000
_NO_WEIGHTS: tuple[dict[int, float], dict[int, float]] = ({}, {})
"""A feature the model has no weights for (kept so that it is looked up once)."""
CTX_PARTS = 2
"""Context features are scored against a tag and its UPOS only (speed)."""
MAX_LEMMA_READINGS = 8
KNOWN_LEMMA_MARGIN = 0.5
"""Score gap under which a lemma known from training beats an unknown top candidate."""
PRUNE_MARGIN = 20.0
"""Candidates whose word-only score trails the best by more are dropped before context."""
PRUNE_KEEP = 8

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


def tag_parts(tags: Sequence[str]) -> tuple[list[str], list[list[int]]]:
    """Sub-labels each tag is scored by: itself, its UPOS, each of its features.

    Id ``i < len(tags)`` is tag ``i`` itself; the rest are shared sub-labels, so the
    evidence that an ending means ``Case=Dat`` is pooled over every dative tag.
    """
    names = list(tags)
    index: dict[str, int] = {}
    parts: list[list[int]] = []
    for i, t in enumerate(tags):
        pos, _, feats = t.partition("\t")
        row = [i]
        for name in ["P:" + pos, *("F:" + kv for kv in feats.split("|") if kv)]:
            if name not in index:
                index[name] = len(names)
                names.append(name)
            row.append(index[name])
        parts.append(row)
    return names, parts


def analyser_info(an: Sequence[Analysis], known: dict[str, str]) -> list[tuple[str, bool]]:
    """(tag key, lemma known from training) of each distinct analyser reading, in its order."""
    out: dict[str, bool] = {}
    for a in an:
        k = tag_key(a.pos, a.feats)
        out[k] = out.get(k, False) or a.lemma.lower() in known
    return list(out.items())


_UNVOICE = {"г": "к", "б": "п"}
USE_STEM = True
MAX_STEM_WORD = 48
"""Longer strings are no Kyrgyz word: no stem search, no analyser call (both cost more
than linear time in the length)."""


def known_stem(low: str, known: dict[str, str]) -> tuple[str, str] | None:
    """(UPOS, rest) for the longest known lemma the lower-cased word starts with.

    ``жолугарын`` starts with known ``жолук`` once the voiced ``г`` is undone; the
    rest (``арын``) is then a strong cue for the word's features.
    """
    if not USE_STEM or len(low) > MAX_STEM_WORD:
        return None
    for k in range(len(low), 1, -1):
        stem = low[:k]
        upos = known.get(stem)
        if upos is None and stem[-1] in _UNVOICE:
            upos = known.get(stem[:-1] + _UNVOICE[stem[-1]])
        if upos is not None:
            return upos, low[k:]
    return None


def static_features(
    word: str,
    lex_tags: Sequence[str],
    an_info: Sequence[tuple[str, bool]],
    an_known: bool,
    stem: tuple[str, str] | None = None,
    first: bool = False,
) -> list[str]:
    """Features of the word alone: identity, affixes, shape, lexicon and analyser readings.

    Analyser readings whose lemma is known from training (``ank``) are told apart
    from readings over a guessed stem, which are far less reliable.
    """
    low = word.lower()
    feats = ["b", "w=" + low, "sh=" + shape(word)]
    n = len(low)
    for k in range(1, MAX_SUFFIX + 1):
        if n > k:
            feats.append(f"s{k}={low[-k:]}")
    if n > 3:
        feats.append("p3=" + low[:3])
    if word[:1].isupper():
        # Inside a sentence a capital marks a name; at its start it says little.
        feats.append("cap")
        feats.append("cap1" if first else "capmid")
    if lex_tags:
        feats.append("lx1=" + lex_tags[0])
        for t in lex_tags:
            feats.append("lx=" + t)
        if len(lex_tags) == 1:
            feats.append("lxu")
    else:
        feats.append("unk")
    if an_info:
        feats.append("an1=" + an_info[0][0])
        nk = 0
        for t, kn in an_info:
            feats.append("an=" + t)
            feats.append("anp=" + t.partition("\t")[0])
            if kn:
                nk += 1
                feats.append("ank=" + t)
                feats.append("ankp=" + t.partition("\t")[0])
        feats.append(f"ann={min(len(an_info), 5)}|{min(nk, 3)}")
    elif not an_known:
        feats.append("anx")
    if stem is not None:
        upos, rest = stem
        feats.append("stu=" + upos)
        feats.append(f"str={upos}|{rest}")
        feats.append(f"str2={upos}|{rest[-2:]}|{len(rest) > 2}")
    else:
        feats.append("st0")
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


def lemma_script(form: str, lemma: str) -> tuple[int, str, str]:
    """UDPipe-style edit script from a form to its lemma: (strip n chars, append s, case).

    Computed on lower-cased strings; ``case`` is ``l`` when the lemma is lower-cased
    (``Жылдын`` -> ``жыл``), ``t`` when an all-capitals form gets a title-case lemma
    (KTMU writes ``УКМК`` -> ``Укмк``), ``""`` when the lemma keeps the form's case.
    """
    f = form.lower()
    lem = lemma.lower()
    k = 0
    m = min(len(f), len(lem))
    while k < m and f[k] == lem[k]:
        k += 1
    case = ""
    if form != f:
        if lemma == lem:
            case = "l"
        elif lemma[:1].isupper() and lemma[1:] == lem[1:] and form[1:2].isupper():
            case = "t"
    return len(f) - k, lem[k:], case


def apply_script(form: str, strip: int, append: str, case: str = "") -> str:
    if strip >= len(form):
        out = append or form
    else:
        out = (form[: len(form) - strip] if strip else form) + append
    if case == "l":
        return out.lower()
    if case == "t":
        return out[:1].upper() + out[1:].lower()
    return out


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
    if func is None or len(word) > MAX_STEM_WORD:
        return []
    try:
        readings = list(func(word))
    except Exception:
        return []
    return [a for a in readings if isinstance(a, Analysis) and a.pos != "X"]


# ---------------------------------------------------------------- model


class Tagger:
    """A loaded model; ``tag(words)`` returns one Analysis per word."""

    _instance: ClassVar[Tagger | None] = None
    _lock: ClassVar[threading.Lock] = threading.Lock()

    def __init__(self, model: dict[str, Any], use_analyser: bool | None = None) -> None:
        self.meta: dict[str, Any] = model["meta"]
        self.tags: list[str] = model["tags"]
        self.tag_index = {t: i for i, t in enumerate(self.tags)}
        self.upos = [t.partition("\t")[0] for t in self.tags]
        self.feats = [t.partition("\t")[2] for t in self.tags]
        _, self.parts = tag_parts(self.tags)
        self.ctx_parts = [p[:CTX_PARTS] for p in self.parts]
        self._raw_w: dict[str, str | list[int]] = model["weights"]
        self._w: dict[str, dict[int, float]] = {}
        self.lex: dict[str, list[list[Any]]] = model["lex"]
        self.lex_lower: dict[str, list[list[Any]]] = model["lex_lower"]
        self.sfx: dict[str, list[int]] = model["sfx"]
        self.lem: dict[str, list[list[Any]]] = model["lem"]
        self.known_lemmas: dict[str, str] = model["lemmas"]
        self.lemma_weights: dict[str, float] = {
            k: v / 1000.0 for k, v in model["lemma_weights"].items()
        }
        self.max_sfx_cands: int = int(self.meta.get("max_sfx_cands", 12))
        self.rare: int = int(self.meta.get("rare", 2))
        if use_analyser is None:
            use_analyser = bool(self.meta.get("analyser"))
        self.analyse: AnalyseFunc | None = analyser() if use_analyser else None
        self._cache: dict[str, tuple[list[int], list[float], list[Analysis]]] = {}
        self._tables: dict[str, tuple[dict[int, float], dict[int, float]]] = {}
        self._readings: dict[tuple[str, int, bool], Analysis] = {}

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
                    # The model is ~10^5 dicts and lists that live as long as the process;
                    # left to the cyclic GC they are rescanned at every full collection
                    # (a quarter of a second of a one-article run). Freeze what exists now.
                    gc.freeze()
        return cls._instance

    # -- scoring

    def weights(self, feat: str) -> dict[int, float] | None:
        w = self._w.get(feat)
        if w is None:
            raw = self._raw_w.get(feat)
            if raw is None:
                return None
            w = self._w[feat] = parse_weights(raw)
        return w

    def feature_tables(self, feats: list[str]) -> list[tuple[dict[int, float], dict[int, float]]]:
        """Each firing feature's weights with its score per tag, summed over the tag's
        context parts once and kept: the tagger's inner loop is one lookup per candidate."""
        tables = self._tables
        if len(tables) > _CACHE_LIMIT:
            tables.clear()
        out = []
        for f in feats:
            entry = tables.get(f)
            if entry is None:
                w = self.weights(f)
                entry = tables[f] = (w, {}) if w else _NO_WEIGHTS
            if entry is not _NO_WEIGHTS:
                out.append(entry)
        return out

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
            [
                self.tag_index[k]
                for k in (tag_key(a.pos, a.feats) for a in an)
                if k in self.tag_index
            ],
            self.sfx,
            self.tag_index,
            self.max_sfx_cands,
            self.rare,
        )

    def _static(
        self, word: str, first: bool = False
    ) -> tuple[list[int], list[float], list[Analysis]]:
        key = "\x00" + word if first and word[:1].isupper() else word
        hit = self._cache.get(key)
        if hit is not None:
            return hit
        entry = self.lex_entry(word)
        an = safe_analyses(self.analyse, word)
        an_info = analyser_info(an, self.known_lemmas)
        lex_tags = [self.tags[e[0]] for e in entry]
        cands = self.candidates(word, entry, an)
        stem = known_stem(word.lower(), self.known_lemmas)
        feats = static_features(
            word, lex_tags, an_info, self.analyse is None or bool(an), stem, first
        )
        parts = self.parts
        needed = {p for t in cands for p in parts[t]}
        ps: dict[int, float] = dict.fromkeys(needed, 0.0)
        for f in feats:
            w = self.weights(f)
            if not w:
                continue
            if len(w) < len(needed):
                for p, v in w.items():
                    if p in ps:
                        ps[p] += v
            else:
                for p in needed:
                    got = w.get(p)
                    if got:
                        ps[p] += got
        base = [sum(ps[p] for p in parts[t]) for t in cands]
        if len(cands) > 1:
            # Beam pruning: context rarely overturns a large gap in word evidence, but
            # tags the lexicon attests for this very word are real ambiguities and stay.
            top = max(base)
            attested = {e[0] for e in entry}
            kept = sorted(
                (
                    j
                    for j in range(len(cands))
                    if cands[j] in attested or base[j] >= top - PRUNE_MARGIN
                ),
                key=lambda j: -base[j],
            )
            kept = [j for r, j in enumerate(kept) if r < PRUNE_KEEP or cands[j] in attested]
            cands = [cands[j] for j in kept]
            base = [base[j] for j in kept]
        if len(self._cache) > _CACHE_LIMIT:
            self._cache.clear()
        res = (cands, base, an)
        self._cache[key] = res
        return res

    def tag_ids(self, words: Sequence[str]) -> list[int]:
        lows = [w.lower() for w in words]
        out: list[int] = []
        p1 = p2 = "<s>"
        stat = [self._static(w, i == 0) for i, w in enumerate(words)]
        n = len(words)
        for i in range(n):
            cands, base, _ = stat[i]
            if len(cands) == 1:
                best = cands[0]
            else:
                tables = self.feature_tables(context_features(lows, i, p1, p2))
                best = cands[0]
                best_score = float("-inf")
                ctx_parts = self.ctx_parts
                for j, t in enumerate(cands):
                    s = base[j]
                    for w, by_tag in tables:
                        v = by_tag.get(t)
                        if v is None:
                            v = by_tag[t] = sum(w.get(p, 0.0) for p in ctx_parts[t])
                        s += v
                    if s > best_score:
                        best_score = s
                        best = t
            out.append(best)
            p2 = p1
            p1 = self.tags[best]
        return out

    # -- lemmas

    def lemma(
        self, word: str, tag: int, an: Sequence[Analysis], first: bool = False
    ) -> tuple[str, tuple[str, ...]]:
        """Lemma (and the analyser's morphemes when it agrees) of ``word`` read as ``tag``.

        The training lexicon decides for words it holds with this UPOS; otherwise a
        learned ranker picks among the analyser's lemmas and edit-script guesses.
        """
        upos = self.upos[tag]
        if upos in ("PUNCT", "SYM", "NUM") and not any(ch.isalpha() for ch in word):
            return word, (word,)
        entry = self.lex_entry(word)
        lemma = None
        for e in entry:
            if e[0] == tag:
                lemma = apply_script(word, e[2], e[3], e[4])
                break
        else:
            for e in entry:
                if self.upos[e[0]] == upos:
                    lemma = apply_script(word, e[2], e[3], e[4])
                    break
        if lemma is None:
            lemma = self.rank_lemma(word, tag, an, first)
        return lemma, _morphemes(lemma, self.tags[tag], an)

    def rank_lemma(self, word: str, tag: int, an: Sequence[Analysis], first: bool = False) -> str:
        """The best-scoring candidate lemma under the learned lemma weights."""
        cands = lemma_candidates(word, tag, self.tags, an, self.lem, self.known_lemmas, first)
        lw = self.lemma_weights
        scored = sorted(
            ((sum(lw.get(f, 0.0) for f in feats), cand) for cand, feats in cands.items()),
            key=lambda sc: -sc[0],
        )
        if not scored:
            return word
        best_score, best = scored[0]
        if best.lower() not in self.known_lemmas:
            # Nearly undecided: a lemma attested in training beats an unattested one.
            for sc, cand in scored[1:]:
                if best_score - sc > KNOWN_LEMMA_MARGIN:
                    break
                if cand.lower() in self.known_lemmas:
                    return cand
        return best

    # -- public

    def tag(self, words: Sequence[str]) -> list[Analysis]:
        """One reading per word; never raises on odd strings (empty, digits, other scripts)."""
        words = [w if isinstance(w, str) and w else "_" for w in words]
        ids = self.tag_ids(words)
        out: list[Analysis] = []
        cache = self._readings
        for i, (word, t) in enumerate(zip(words, ids, strict=True)):
            key = (word, t, i == 0)
            reading = cache.get(key)
            if reading is None:
                an = self._static(word, i == 0)[2]
                lemma, morphemes = self.lemma(word, t, an, i == 0)
                reading = Analysis(lemma or word, self.upos[t], self.feats[t], morphemes)
                if len(cache) > _CACHE_LIMIT:
                    cache.clear()
                cache[key] = reading
            out.append(reading)
        return out


def _morphemes(lemma: str, key: str, an: Sequence[Analysis]) -> tuple[str, ...]:
    """Segmentation of the analyser reading that matches the choice (tag first, lemma then)."""
    same_lemma = [a for a in an if a.lemma == lemma]
    for a in same_lemma:
        if tag_key(a.pos, a.feats) == key:
            return a.morphemes
    return same_lemma[0].morphemes if same_lemma else ()


def _scripts(
    lem: dict[str, list[list[Any]]], prefix: str, low: str
) -> list[tuple[int, str, float]]:
    """Edit scripts of the longest ending of ``low`` seen under ``prefix``, with probabilities."""
    for k in range(min(LEMMA_SUFFIX, len(low)), 0, -1):
        rows = lem.get(prefix + low[-k:])
        if rows:
            total = sum(r[2] for r in rows)
            return [(r[0], r[1], r[2] / total) for r in rows]
    return []


def lemma_candidates(
    word: str,
    tag: int,
    tags: Sequence[str],
    an: Sequence[Analysis],
    lem: dict[str, list[list[Any]]],
    known: dict[str, str],
    first: bool = False,
) -> dict[str, list[str]]:
    """Candidate lemmas of ``word`` read as ``tags[tag]``, each with its ranking features."""
    key = tags[tag]
    upos = key.partition("\t")[0]
    low = word.lower()
    n = len(low)
    cands: dict[str, list[str]] = {}

    def add(cand: str, feats: list[str]) -> None:
        cands.setdefault(cand, []).extend(feats)

    add(word, ["form"])
    for prefix, name in ((f"T{tag}|", "t"), (f"U{upos}|", "u")):
        for rank, (strip, append, prob) in enumerate(_scripts(lem, prefix, low)):
            if strip < n - 1 or (strip < n and append):
                add(
                    apply_script(word, strip, append),
                    [f"{name}p{round(prob * 5)}", f"{name}r{rank}"],
                )
    for rank, a in enumerate(an[:MAX_LEMMA_READINGS]):
        if not a.lemma:
            continue
        feats = ["an", f"anr{min(rank, 4)}"]
        if a.pos == upos:
            feats.append("anu")
            if tag_key(a.pos, a.feats) == key:
                feats.append("ant")
        add(a.lemma, feats)
    if word != low:
        # Capitalised words: KTMU lower-cases common words at the start of a sentence and
        # title-cases abbreviations (УКМК -> Укмк); offer those variants too.
        for cand, feats in list(cands.items()):
            lc = cand.lower()
            if lc != cand:
                add(lc, [*feats, "lc", f"lc|{upos}|{first}"])
            tc = cand[:1] + cand[1:].lower()
            if tc not in (cand, lc) and word[1:2].isupper():
                add(tc, [*feats, "tc", f"tc|{upos}"])
    out: dict[str, list[str]] = {}
    for cand, feats in cands.items():
        cl = cand.lower()
        uniq = list(dict.fromkeys(feats))
        kn = known.get(cl)
        if kn is not None:
            uniq.append("kn")
            uniq.append("knu" if kn == upos else "knx")
            if "anr0" in uniq:
                uniq.append("kn|anr0")
            if "anu" in uniq:
                uniq.append("kn|anu")
        rest = low[len(cl) :] if low.startswith(cl) else "~"
        uniq.append(f"rest={upos}|{rest[:6]}")
        uniq.append(f"rest2={upos}|{rest[-2:]}")
        uniq.append(f"ln={min(len(cl), 6)}")
        if cand[:1] != word[:1]:
            uniq.append("case" if cl[:1] == low[:1] else "chg")
        if "t" + "p5" in uniq or "tp4" in uniq:
            uniq.append("tp_hi|" + ("kn" if kn else "unk"))
        out[cand] = uniq
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
            punct = tag_index.get("PUNCT\t")
            if punct is not None:
                out.setdefault(punct)
        low = word.lower()
        cls = "C" if word[:1].isupper() else "L"
        for prefix, limit in ((cls, max_sfx), ("A", max_sfx // 2)):
            added = 0
            for k in range(min(MAX_SUFFIX, len(low)), -1, -1):
                for t in sfx.get(prefix + (low[-k:] if k else ""), ()):
                    if t not in out:
                        out[t] = None
                        added += 1
                        if added >= limit:
                            break
                if added >= limit:
                    break
    if not out:
        out[0] = None
    return list(out)


_GEN_NOISE = frozenset({"Person[psor]=2", "PronType=Prs"})


def ud_feats(form: str, feats: str, pos: str = "NOUN") -> str:
    """Undo KTMU habits the tagger learnt that are wrong by UD, for downstream use.

    KTMU writes a possessed word's case as ``Acc,Loc`` / ``Acc,Gen`` and a possessed
    nominative (``багы``) as ``Case=Acc``; UD (and our later stages, which ask
    ``token.feat("Case") == "Gen"``) want one case: ``Loc``/``Gen``, and ``Nom``
    unless the form ends in the accusative ``-н``. It also often reads the genitive
    ending as a 2nd person (``Токаевдин`` ``Person=2|PronType=Prs`` or
    ``Person[psor]=2``): a genitive noun is 3rd person, not possessed.
    """
    if "Case=" not in feats:
        return feats
    pairs = feats.split("|")
    if (
        pos in ("NOUN", "PROPN")
        and "Case=Gen" in pairs
        and "Number[psor]=Sing" not in pairs
        and ("PronType=Prs" in pairs or "Person[psor]=2" in pairs)
    ):
        pairs = [kv for kv in pairs if kv not in _GEN_NOISE and not kv.startswith("Person=")]
        pairs = sorted([*pairs, "Person=3"], key=lambda kv: kv.lower())
    out: list[str] = []
    for kv in pairs:
        key, _, value = kv.partition("=")
        if key == "Case":
            if "," in value:
                rest = [v for v in value.split(",") if v != "Acc"]
                value = rest[0] if rest else "Acc"
            elif value == "Acc" and "Person[psor]=3" in pairs and not form.lower().endswith("н"):
                value = "Nom"
            kv = f"Case={value}"
        out.append(kv)
    return "|".join(out)


def parse_weights(raw: str | list[int]) -> dict[int, float]:
    """One feature's weights as the model file stores them, ``tag weight×1000`` pairs
    flat in a string (the compact form) or in a list (older models)."""
    flat = [int(x) for x in raw.split()] if isinstance(raw, str) else raw
    return dict(zip(flat[0::2], (v / 1000.0 for v in flat[1::2]), strict=True))


def read_model(path: Path) -> dict[str, Any]:
    if not Path(path).is_file():
        raise ModelMissing(
            f"{path}: tagger model not found; build it with `make models` "
            "(python -m kabar.morphology.build_tagger)"
        )
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        model: dict[str, Any] = json.load(fh)
    return model


def tag(words: list[str]) -> list[Analysis]:
    """Tag one sentence's words with the shared model."""
    if not words:
        return []
    return Tagger.load().tag(words)
