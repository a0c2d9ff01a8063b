"""Kyrgyz time expressions: recognition and resolution against the publication date."""

from __future__ import annotations

from kabar.temporal.recognize import (
    A_CONVERB,
    Found,
    clause_tense,
    day_of,
    find_in_sentence,
    sentence_times,
    token_tense,
)

__all__ = [
    "A_CONVERB",
    "Found",
    "clause_tense",
    "day_of",
    "find_in_sentence",
    "sentence_times",
    "token_tense",
]
