"""Suffix tables and the morphotactic graph, loaded from ``kabar/lang/ky/suffixes/``.

The analyser and the generator share this: every suffix chain the graph allows for a
stem context (harmony class, final sound) comes from the same walk of the graph, so both
directions realise exactly the same forms. The generator takes a context's whole table
(``chains``); the analyser asks for one surface at a time (``lookup``, ``match``), which
walks only the branches spelling its first letters, so a process that reads one article
does not pay for the ~130,000 chains of every context it touches (half a second).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

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


class Chain(NamedTuple):
    """One path through the slots realised for one stem context (a named tuple: cheap to
    build, and lookups build them by the thousand).

    ``truncates``: the stem's final vowel fuses with the verbal noun (``айда`` + ``оо``).
    ``voices``: the chain starts with a vowel, so a final к/п of the stem voices.
    ``handoff``: a verb chain ending in a participle or verbal noun that nominal suffixes
    may follow.
    """

    ids: tuple[str, ...]
    morphs: tuple[str, ...]
    feats: tuple[tuple[str, str], ...]
    truncates: bool
    voices: bool
    handoff: bool = False


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
    """Every way to finish a word from a state; memoised, so contexts share their tails.

    Built from ``_edges``, the one place where suffixes are realised after a state.
    """
    ends, edges, _ = _edges(verb, slot, prev_id, vc, fin, is_l, kp, depth)
    out: list[_Cont] = []
    pending = list(ends)
    for position, (sid, real, feats, mod, _fixed, child) in enumerate(edges):
        while pending and pending[0] // 2 == position:
            out.append(((), (), (), "", bool(pending.pop(0) % 2)))
        for morphs, ids, more_feats, mod2, handoff in _continuations(*child):
            head = real
            if mod2 == "voice" and head:
                head = head[:-1] + ("г" if head[-1] == "к" else "б")
            elif mod2 == "fuse" and head:
                head = head[:-1]
            out.append(((head, *morphs), (sid, *ids), feats + more_feats, mod, handoff))
    out.extend(((), (), (), "", bool(code % 2)) for code in pending)
    return tuple(out)


@cache
def chains(start: str, vclass: str, final: str, final_l: bool) -> dict[str, tuple[Chain, ...]]:
    """Every suffix chain from ``start`` realised after a stem of this context, by surface."""
    return _chain_table(
        _continuations(start == VERB_START, start, "", vclass, final, final_l, False, 0)
    )


NOMINAL_SLOTS = frozenset({"PL", "POSS", "CASE", "ATTR", "PRED"})


_State = tuple[bool, str, str, str, str, bool, bool, int]
_Edge = tuple[str, str, tuple[tuple[str, str], ...], str, str, _State]
"""One step out of a state: suffix id, its letters, feats, change it makes to the morph
before it, the letters of its own morph that no later change touches, the state after it."""
_Group = tuple[str, tuple[int, ...], dict[str, tuple[int, ...]]]
"""Edges making one change to the morph before them: those with at most one letter, and
the others by their first letter (positions in the edge list)."""


@cache
def _edges(
    verb: bool, slot: str, prev_id: str, vc: str, fin: str, is_l: bool, kp: bool, depth: int
) -> tuple[tuple[int, ...], tuple[_Edge, ...], tuple[_Group, ...]]:
    """The suffixes allowed after a state, realised once, in ``_continuations`` order.

    ``ends`` are where a word may end (even numbers) or hand off to nominal suffixes
    (odd), encoded as ``2 * edges before it (+ 1)`` so ``_tails`` interleaves them exactly
    as ``_continuations`` does.
    """
    ends: list[int] = []
    edges: list[_Edge] = []
    handed = False
    tags = _tags(prev_id, is_l, fin)
    for nxt in graph().get(slot, ()):
        if verb and nxt in NOMINAL_SLOTS:
            if not handed:
                ends.append(len(edges) * 2 + 1)
                handed = True
            continue
        if nxt == "END":
            ends.append(len(edges) * 2)
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
            child: _State = (verb, nxt, suf.id, new_vc, new_fin, new_l, new_kp, depth + 1)
            edges.append((suf.id, real, suf.feats, mod, real[:-1], child))
    groups: list[_Group] = []
    for mod in ("", "voice", "fuse"):
        short = tuple(i for i, e in enumerate(edges) if e[3] == mod and not e[4])
        by_first: dict[str, list[int]] = {}
        for i, e in enumerate(edges):
            if e[3] == mod and e[4]:
                by_first.setdefault(e[4][0], []).append(i)
        if short or by_first:
            groups.append((mod, short, {k: tuple(v) for k, v in by_first.items()}))
    return tuple(ends), tuple(edges), tuple(groups)


def _modified(morph: str, mod: str) -> str:
    """``morph`` as the next suffix leaves it: к/п voiced, or its final vowel fused."""
    if mod == "voice" and morph:
        return morph[:-1] + ("г" if morph[-1] == "к" else "б")
    if mod == "fuse" and morph:
        return morph[:-1]
    return morph


@lru_cache(maxsize=262144)
def _tails(state: _State, head: str, rest: str) -> tuple[_Cont, ...]:
    """The continuations of ``_continuations`` (same order) that spell ``rest`` after ``head``.

    ``head`` is the morph before this state, still open to the change the next suffix makes
    (voicing, fusion). Only edges whose letters agree with ``rest`` are walked, so one word
    costs a few steps instead of building the whole table of its stem context.
    """
    ends, edges, groups = _edges(*state)
    cands: list[tuple[int, str]] = []
    for mod, short, by_first in groups:
        before = _modified(head, mod)
        if not rest.startswith(before):
            continue
        after_head = rest[len(before) :]
        cands.extend((i, after_head) for i in short)
        cands.extend((i, after_head) for i in by_first.get(after_head[:1], ()))
    cands.sort()
    pending = list(ends) if rest == head else []
    out: list[_Cont] = []
    for pos, after_head in cands:
        while pending and pending[0] <= pos * 2 + 1:
            out.append(((), (), (), "", bool(pending.pop(0) & 1)))
        sid, real, feats, mod, keep, child = edges[pos]
        if not after_head.startswith(keep):
            continue
        for morphs, ids, tail_feats, mod2, handoff in _tails(child, real, after_head):
            out.append(
                ((_modified(real, mod2), *morphs), (sid, *ids), feats + tail_feats, mod, handoff)
            )
    for end in pending:
        out.append(((), (), (), "", bool(end & 1)))
    return tuple(out)


BUCKET = 3
"""Chains are grouped by the first letters of their surface; a group is built when needed."""


@lru_cache(maxsize=65536)
def _prefixed(state: _State, head: str, want: str) -> tuple[_Cont, ...]:
    """The continuations of ``_continuations`` (same order) whose spelling, after ``head``
    as they leave it, starts with ``want``."""
    if len(want) < len(head) and head.startswith(want):
        return _continuations(*state)  # the next suffix changes only the last letter
    ends, edges, groups = _edges(*state)
    cands: list[tuple[int, str]] = []
    for mod, short, by_first in groups:
        before = _modified(head, mod)
        if want.startswith(before):
            child_want = want[len(before) :]
        elif before.startswith(want):
            child_want = ""
        else:
            continue
        if not child_want:
            cands.extend((i, "") for i in short)
            cands.extend((i, "") for pos in by_first.values() for i in pos)
        else:
            cands.extend((i, child_want) for i in short)
            cands.extend((i, child_want) for i in by_first.get(child_want[0], ()))
    cands.sort()
    pending = list(ends) if head.startswith(want) else []
    out: list[_Cont] = []
    for pos, child_want in cands:
        while pending and pending[0] <= pos * 2 + 1:
            out.append(((), (), (), "", bool(pending.pop(0) & 1)))
        sid, real, feats, mod, keep, child = edges[pos]
        if not (child_want.startswith(keep) or keep.startswith(child_want)):
            continue
        for morphs, ids, tail_feats, mod2, handoff in _prefixed(child, real, child_want):
            out.append(
                ((_modified(real, mod2), *morphs), (sid, *ids), feats + tail_feats, mod, handoff)
            )
    for end in pending:
        out.append(((), (), (), "", bool(end & 1)))
    return tuple(out)


def _chain_table(conts: tuple[_Cont, ...]) -> dict[str, tuple[Chain, ...]]:
    out: dict[str, list[Chain]] = {}
    for morphs, ids, feats, mod, handoff in conts:
        surf = "".join(morphs)
        trunc = mod == "fuse"
        voices = bool(surf) and phonology.is_vowel(surf[0]) and not trunc
        out.setdefault(surf, []).append(Chain(ids, morphs, feats, trunc, voices, handoff))
    return {k: tuple(v) for k, v in out.items()}


FULL_AFTER = {NOMINAL_START: 32, VERB_START: 96}
"""Groups built for one stem context before its whole table is built instead: about what
the table costs (a verb table is three times a nominal one). A batch of articles gets there
for most contexts, one article for a few."""
_Ctx = tuple[str, str, str, bool]
_groups_built: dict[_Ctx, int] = {}
_whole: dict[_Ctx, dict[str, tuple[Chain, ...]]] = {}


@lru_cache(maxsize=16384)
def _bucket(
    start: str, vclass: str, final: str, final_l: bool, first: str
) -> dict[str, tuple[Chain, ...]]:
    """The part of ``chains(...)`` whose surfaces start with ``first``."""
    ctx = (start, vclass, final, final_l)
    built = _groups_built.get(ctx, 0)
    if built >= FULL_AFTER.get(start, 32):
        table = _whole[ctx] = chains(start, vclass, final, final_l)
        return table
    _groups_built[ctx] = built + 1
    state: _State = (start == VERB_START, start, "", vclass, final, final_l, False, 0)
    return _chain_table(_prefixed(state, "", first))


@lru_cache(maxsize=262144)
def lookup(start: str, vclass: str, final: str, final_l: bool, surf: str) -> tuple[Chain, ...]:
    """``chains(start, vclass, final, final_l).get(surf, ())``, without building the whole
    table until the context has been looked up often: from the group of surfaces that share
    the first ``BUCKET`` letters (short ones: straight from the graph)."""
    table = _whole.get((start, vclass, final, final_l))
    if table is not None:
        return table.get(surf, ())
    if len(surf) >= BUCKET:
        return _bucket(start, vclass, final, final_l, surf[:BUCKET]).get(surf, ())
    state: _State = (start == VERB_START, start, "", vclass, final, final_l, False, 0)
    return _chain_table(_tails(state, "", surf)).get(surf, ())


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
    found = [c for c in lookup(start, vclass, final, final_l, rest) if not c.handoff]
    if start != VERB_START:
        return tuple(found)
    for i in range(1, len(rest)):
        head, tail = rest[:i], rest[i:]
        heads = [head]
        if head[-1] in "гб" and phonology.is_vowel(tail[0]):
            heads.append(head[:-1] + ("к" if head[-1] == "г" else "п"))
        for h in heads:
            for vc in lookup(start, vclass, final, final_l, h):
                if not vc.handoff:
                    continue
                ctx = after((vclass, final), h)
                for nc in lookup(NOMINAL_START, ctx[0], ctx[1], False, tail):
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
