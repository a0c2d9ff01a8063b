"""PLOVER events: trigger lexicon, case-marked arguments, dates, modality."""

from __future__ import annotations

from kabar.events.extract import find_events, find_triggers

__all__ = ["find_events", "find_triggers"]
