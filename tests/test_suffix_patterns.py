"""The word-ending patterns of lang/ky/suffix_patterns.yaml against their own examples."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kabar.lang.patterns import expand_archiphonemes, suffix, suffix_patterns
from kabar.resources import ResourceError, lang_yaml

ENTRIES = lang_yaml("ky", "suffix_patterns.yaml")


def _applies(entry: dict, pattern: re.Pattern[str], text: str) -> bool:
    on = entry.get("applies_to", "word")
    if on == "rest":
        return pattern.match(text) is not None
    if on == "whole rest":
        return pattern.fullmatch(text) is not None
    return pattern.search(text) is not None


@pytest.mark.parametrize("name", sorted(ENTRIES))
def test_each_suffix_pattern_matches_its_examples_and_not_its_counterexamples(name: str) -> None:
    entry, pattern = ENTRIES[name], suffix(name)
    assert entry.get("means") and entry.get("matches") and entry.get("not")
    assert entry.get("applies_to", "word") in ("word", "rest", "whole rest")
    for text in entry["matches"]:
        assert _applies(entry, pattern, str(text)), f"{name} should match {text!r}"
    for text in entry["not"]:
        assert not _applies(entry, pattern, str(text)), f"{name} should not match {text!r}"


def test_archiphonemes_expand_outside_escapes_only() -> None:
    assert expand_archiphonemes(r"\wGAн") == r"\w[гк][аеоө]н"
    assert expand_archiphonemes(r"[^\W\d]") == r"[^\W\d]"


def test_a_pattern_name_the_data_lacks_is_a_resource_error() -> None:
    with pytest.raises(ResourceError, match="no pattern named"):
        suffix("no_such_pattern")


def test_every_pattern_is_read_by_the_code() -> None:
    # the source in the repository, not the imported module: a compiled build has no .py
    src = Path(__file__).resolve().parents[1] / "src" / "kabar"
    source = "".join(p.read_text(encoding="utf-8") for p in sorted(src.rglob("*.py")))
    unused = [n for n in suffix_patterns() if f'suffix("{n}")' not in source]
    assert not unused
