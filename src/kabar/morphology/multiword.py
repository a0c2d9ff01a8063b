"""Multiword units (``кол кой-`` sign, ``тыюу сал-`` ban) found over a sentence's lemmas.

The units are data (``lang/ky/multiword.tsv``); matching is greedy, longest unit first,
left to right, case-insensitive, so downstream stages (events, quotes) can read a light
verb construction as one predicate.
"""

from __future__ import annotations

from functools import cache

from kabar.resources import lang_tsv


@cache
def units() -> tuple[tuple[str, tuple[frozenset[str], ...]], ...]:
    """(unit id, one set of allowed lemmas per token), longest first."""
    rows = []
    for unit_id, pattern, _gloss in lang_tsv("ky", "multiword.tsv", 3):
        slots = tuple(frozenset(p.lower() for p in part.split("|")) for part in pattern.split())
        if slots:
            rows.append((unit_id, slots))
    rows.sort(key=lambda r: -len(r[1]))
    return tuple(rows)


def multiword_units(lemmas: list[str]) -> list[tuple[int, int, str]]:
    """``(start, end_exclusive, unit_id)`` for each unit found; units do not overlap."""
    low = [lemma.lower() for lemma in lemmas]
    out: list[tuple[int, int, str]] = []
    i = 0
    while i < len(low):
        for unit_id, slots in units():
            n = len(slots)
            if i + n <= len(low) and all(low[i + k] in slots[k] for k in range(n)):
                out.append((i, i + n, unit_id))
                i += n
                break
        else:
            i += 1
    return out
