"""The start-up shortcuts build only what a document needs; they must give the same answers.

Suffix chains are looked up by the first letters of their surface, the stem lexicon is
indexed one group of first letters at a time, and KB names are put into their case forms
only when a word could be one of them. Each is checked here against building everything
up front, the way it was done before.
"""

from __future__ import annotations

import pytest

from kabar.kb import knowledge_base, normalize_name
from kabar.morphology import lexicon, tables
from kabar.morphology.generate import inflect
from kabar.morphology.tagger import Tagger, parse_weights
from kabar.ner.gazetteer import CASES, inflected_index

_CONTEXTS = [
    (tables.NOMINAL_START, "a", "V", False),
    (tables.NOMINAL_START, "ö", "T", False),
    (tables.VERB_START, "a", "Z", False),
    (tables.VERB_START, "e", "V", False),
    (tables.VERB_START, "o", "R", True),
]


@pytest.mark.parametrize("ctx", _CONTEXTS)
def test_chain_lookup_by_surface_gives_the_whole_tables_chains_in_order(
    ctx: tuple[str, str, str, bool],
) -> None:
    table = tables.chains(*ctx)
    for surf, options in table.items():
        assert tables.lookup(*ctx, surf) == options, surf
    for surf in ("", "зз", "дынбыз", "ларыбызга" + "ы"):
        assert tables.lookup(*ctx, surf) == table.get(surf, ())


def test_verb_chain_match_includes_nominal_tails_after_participles() -> None:
    found = tables.match(tables.VERB_START, "a", "Z", False, "гандардын")
    assert any("gen" in ch.ids for ch in found)


def test_lexicon_entries_built_by_group_equal_the_full_index() -> None:
    full = lexicon.index()
    assert full
    for key, entries in full.items():
        assert lexicon.entries(key) == entries, key
    assert lexicon.entries("ъъъ") == ()


def test_kb_case_forms_found_lazily_equal_inflecting_every_name() -> None:
    kb = knowledge_base()
    eager: dict[str, list[str]] = {}
    for actor in kb.actors.values():
        for name in actor.names_ky:
            head, _, last = name.rpartition(" ")
            for feats in CASES:
                for form in inflect(last, feats, "PROPN"):
                    ids = eager.setdefault(normalize_name(f"{head} {form}" if head else form), [])
                    if actor.id not in ids:
                        ids.append(actor.id)
    lazy = inflected_index(kb)
    assert eager
    for key, ids in eager.items():
        assert lazy.get(key) == ids, key
    assert lazy.get("бишкекбишкек") is None


def test_tagger_reads_weights_written_as_strings_or_as_lists() -> None:
    base = Tagger.load()
    feat = next(iter(base._raw_w))
    raw = base._raw_w[feat]
    text = raw if isinstance(raw, str) else " ".join(map(str, raw))
    as_list = [int(x) for x in text.split()]
    assert parse_weights(text) == parse_weights(as_list) == base.weights(feat)
    assert base.weights(feat)


def test_prefix_entries_lists_every_stem_a_word_starts_with_longest_first() -> None:
    word = "китептеринде"
    expected = [
        (i, lexicon.entries(word[:i])) for i in range(len(word), 0, -1) if lexicon.entries(word[:i])
    ]
    assert lexicon.prefix_entries(word) == expected
    assert expected
    assert lexicon.prefix_entries("ки") == [
        (i, lexicon.entries("ки"[:i])) for i in (2, 1) if lexicon.entries("ки"[:i])
    ]
