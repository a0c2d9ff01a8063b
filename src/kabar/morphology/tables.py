"""Suffix tables and the morphotactic graph, loaded from ``kabar/lang/ky/suffixes/``.

The analyser and the generator share this: every suffix chain the graph allows is
enumerated once per stem context (harmony class, final sound) and cached, so both
directions realise exactly the same forms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from kabar.morphology import phonology
from kabar.resources import lang_tsv

NOMINAL_START = "N"
VERB_START = "V"
MAX_DEPTH = 7


@dataclass(frozen=True, slots=True)
class Suffix:
    id: str
    slot: str
    form: str
    feats: tuple[tuple[str, str], ...]
    allow: frozenset[str]
    deny: frozenset[str]


@dataclass(frozen=True, slots=True)
class Chain:
    """One path through the slots realised for one stem context."""

    ids: tuple[str, ...]
    morphs: tuple[str, ...]
    feats: tuple[tuple[str, str], ...]
    truncates: bool
    """The stem's final vowel fuses with the verbal noun (``айда`` + ``оо``)."""
    voices: bool
    """The chain starts with a vowel, so a final к/п of the stem voices."""
    handoff: bool = False
    """A verb chain ending in a participle or verbal noun that nominal suffixes may follow."""


def parse_feats(text: str) -> tuple[tuple[str, str], ...]:
    """``Case=Gen|Number=Sing`` -> pairs; empty for ``""`` or ``_``."""
    if not text or text == "_":
        return ()
    pairs = []
    for part in text.split("|"):
        key, _, value = part.partition("=")
        if key and value:
            pairs.append((key, value))
    return tuple(pairs)


def merge_feats(pairs: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> dict[str, str]:
    """Feature pairs of a suffix chain as a dict; stacked voices join (``Voice=Cau,Pass``)."""
    out: dict[str, str] = {}
    for key, value in pairs:
        if key == "Voice" and key in out and value not in out[key].split(","):
            out[key] = ",".join(sorted([*out[key].split(","), value]))
        else:
            out[key] = value
    return out


def format_feats(feats: dict[str, str]) -> str:
    """UD canonical order: features sorted by name, case-insensitively."""
    return "|".join(f"{k}={feats[k]}" for k in sorted(feats, key=str.lower))


def _conditions(text: str) -> tuple[frozenset[str], frozenset[str]]:
    if text in ("", "*"):
        return frozenset(), frozenset()
    allow, deny = set(), set()
    for part in text.split(","):
        part = part.strip()
        if part.startswith("!"):
            deny.add(part[1:])
        elif part:
            allow.add(part)
    return frozenset(allow), frozenset(deny)


@cache
def suffixes() -> dict[str, list[Suffix]]:
    """Suffixes by slot, from nominal.tsv and verbal.tsv."""
    by_slot: dict[str, list[Suffix]] = {}
    for name in ("suffixes/nominal.tsv", "suffixes/verbal.tsv"):
        for sid, slot, form, feats, cond, _gloss in lang_tsv("ky", name, 6):
            allow, deny = _conditions(cond)
            by_slot.setdefault(slot, []).append(
                Suffix(sid, slot, form, parse_feats(feats), allow, deny)
            )
    return by_slot


@cache
def graph() -> dict[str, tuple[str, ...]]:
    return {
        src: tuple(s.strip() for s in dst.split(",") if s.strip())
        for src, dst in lang_tsv("ky", "suffixes/morphotactics.tsv", 2)
    }


@lru_cache(maxsize=4096)
def _after_real(real: str, vc: str, fin: str) -> tuple[str, str]:
    if not real:
        return vc, fin
    return (phonology.harmony_class(real) if _has_vowel(real) else vc), phonology.final_class(real)


@lru_cache(maxsize=4096)
def _tags(prev_id: str, stem_final_l: bool, final: str) -> frozenset[str]:
    tags = {prev_id} if prev_id else set()
    if final == "V":
        tags.add("V")
    if prev_id == "px3":
        tags.add("poss3")
    if prev_id in ("px1s", "px2s"):
        tags.add("poss12")
    if stem_final_l:
        tags.add("l")
    return frozenset(tags)


_Cont = tuple[tuple[str, ...], tuple[str, ...], tuple[tuple[str, str], ...], str, bool]
"""A continuation from a state: morph surfaces, suffix ids, feats, change it makes to the
morph before it (``""``, ``"voice"`` к/п -> г/б, ``"fuse"`` drop the final vowel), handoff."""


@cache
def _continuations(
    verb: bool, slot: str, prev_id: str, vc: str, fin: str, is_l: bool, kp: bool, depth: int
) -> tuple[_Cont, ...]:
    """Every way to finish a word from a state; memoised, so contexts share their tails."""
    out: list[_Cont] = []
    handed = False
    tags = _tags(prev_id, is_l, fin)
    for nxt in graph().get(slot, ()):
        if verb and nxt in NOMINAL_SLOTS:
            # nominal suffixes after a participle / verbal noun: matched separately
            if not handed:
                out.append(((), (), (), "", True))
                handed = True
            continue
        if nxt == "END":
            out.append(((), (), (), "", False))
            continue
        if depth >= MAX_DEPTH:
            continue
        for suf in suffixes().get(nxt, ()):
            if (suf.allow and not (suf.allow & tags)) or (suf.deny & tags):
                continue
            mod = ""
            if suf.form.startswith("UU") and fin == "V":
                real = _FUSED[vc] + phonology.realise_ctx(suf.form[2:], vc, "V")
                mod = "fuse"
            else:
                real = phonology.realise_ctx(suf.form, vc, fin)
                if kp and real and phonology.is_vowel(real[0]):
                    mod = "voice"
            new_vc, new_fin = _after_real(real, vc, fin)
            new_l = (bool(real) and real[-1] == "л") or (not real and is_l)
            new_kp = (bool(real) and real[-1] in "кп") or (not real and kp)
            for morphs, ids, feats, mod2, handoff in _continuations(
                verb, nxt, suf.id, new_vc, new_fin, new_l, new_kp, depth + 1
            ):
                head = real
                if mod2 == "voice" and head:
                    head = head[:-1] + ("г" if head[-1] == "к" else "б")
                elif mod2 == "fuse" and head:
                    head = head[:-1]
                out.append(((head, *morphs), (suf.id, *ids), suf.feats + feats, mod, handoff))
    return tuple(out)


@cache
def chains(start: str, vclass: str, final: str, final_l: bool) -> dict[str, tuple[Chain, ...]]:
    """Every suffix chain from ``start`` realised after a stem of this context, by surface."""
    out: dict[str, list[Chain]] = {}
    verb = start == VERB_START
    for morphs, ids, feats, mod, handoff in _continuations(
        verb, start, "", vclass, final, final_l, False, 0
    ):
        surf = "".join(morphs)
        trunc = mod == "fuse"
        voices = bool(surf) and phonology.is_vowel(surf[0]) and not trunc
        out.setdefault(surf, []).append(Chain(ids, morphs, feats, trunc, voices, handoff))
    return {k: tuple(v) for k, v in out.items()}


NOMINAL_SLOTS = frozenset({"PL", "POSS", "CASE", "ATTR", "PRED"})


def after(stem_ctx: tuple[str, str], surf: str) -> tuple[str, str]:
    """Context (harmony, final sound) after ``surf`` was added to a stem of ``stem_ctx``."""
    if not surf:
        return stem_ctx
    vclass = phonology.harmony_class(surf) if _has_vowel(surf) else stem_ctx[0]
    return vclass, phonology.final_class(surf)


@lru_cache(maxsize=262144)
def match(start: str, vclass: str, final: str, final_l: bool, rest: str) -> tuple[Chain, ...]:
    """Every full chain from ``start`` whose surface after a stem of this context is ``rest``.

    Verb chains are stored up to the participle / verbal noun; the nominal tail after it is
    looked up in the nominal table for the context reached there (keeps tables small).
    """
    table = chains(start, vclass, final, final_l)
    found = [c for c in table.get(rest, ()) if not c.handoff]
    if start != VERB_START:
        return tuple(found)
    for i in range(1, len(rest)):
        head, tail = rest[:i], rest[i:]
        heads = [head]
        if head[-1] in "гб" and phonology.is_vowel(tail[0]):
            heads.append(head[:-1] + ("к" if head[-1] == "г" else "п"))
        for h in heads:
            for vc in table.get(h, ()):
                if not vc.handoff:
                    continue
                ctx = after((vclass, final), h)
                for nc in chains(NOMINAL_START, ctx[0], ctx[1], False).get(tail, ()):
                    if h != head and not nc.voices:
                        continue
                    morphs = vc.morphs
                    if h != head:
                        morphs = (*morphs[:-1], morphs[-1][:-1] + head[-1])
                    found.append(
                        Chain(
                            vc.ids + nc.ids,
                            morphs + nc.morphs,
                            vc.feats + nc.feats,
                            vc.truncates,
                            vc.voices,
                        )
                    )
    return tuple(found)


_FUSED = {"a": "оо", "o": "оо", "u": "уу", "e": "өө", "ö": "өө"}


def _has_vowel(text: str) -> bool:
    return any(phonology.is_vowel(c) for c in text)
