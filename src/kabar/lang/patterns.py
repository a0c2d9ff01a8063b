"""Word-ending patterns of Kyrgyz, by name, from ``lang/ky/suffix_patterns.yaml``.

The event, coreference and name stages read word endings with them where a full
morphological analysis is not needed, or where the tagger errs. Patterns are written
with archiphonemes (``A`` for а/е/о/ө, ``I`` for ы/и/у/ү, ...) and compiled once; each
entry carries words it must and must not match, checked by tests/test_suffix_patterns.py.
"""

from __future__ import annotations

import re
from functools import cache

from kabar.resources import ResourceError, lang_yaml, package_path

ARCHIPHONEMES = {
    "A": "[аеоө]", "I": "[ыиуү]", "U": "[уү]", "O": "[уүоө]", "D": "[дт]",
    "G": "[гк]", "K": "[кг]", "L": "[лдт]", "N": "[ндт]", "B": "[бп]",
}  # fmt: skip
"""The capitals of ``suffix_patterns.yaml`` (as in ``suffixes/nominal.tsv``)."""
_ARCHIPHONEME = re.compile(r"(?<!\\)[AIUODGKLNB]")


def expand_archiphonemes(pattern: str) -> str:
    """A suffix pattern with its archiphonemes spelled out as letter classes."""
    return _ARCHIPHONEME.sub(lambda m: ARCHIPHONEMES[m.group()], pattern)


@cache
def suffix_patterns() -> dict[str, re.Pattern[str]]:
    """The word-ending patterns of ``suffix_patterns.yaml``, compiled once, by name."""
    path = package_path("lang", "ky", "suffix_patterns.yaml")
    out: dict[str, re.Pattern[str]] = {}
    for name, entry in (lang_yaml("ky", "suffix_patterns.yaml") or {}).items():
        try:
            out[name] = re.compile(expand_archiphonemes(str(entry["pattern"])))
        except (KeyError, TypeError, re.error) as exc:
            raise ResourceError(f"{path}: {name}: {exc}") from exc
    return out


def suffix(name: str) -> re.Pattern[str]:
    """One pattern of ``suffix_patterns.yaml``; a missing name is a ResourceError."""
    try:
        return suffix_patterns()[name]
    except KeyError:
        raise ResourceError(f"suffix_patterns.yaml: no pattern named {name!r}") from None
