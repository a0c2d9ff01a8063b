"""Quotations and reported speech with their speakers."""

from __future__ import annotations

from kabar.quotes.finder import find_quotes, is_statement, speech_verb_at

__all__ = ["find_quotes", "is_statement", "speech_verb_at"]
