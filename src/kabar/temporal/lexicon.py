"""The words the time recogniser knows, loaded once from data.

Month and weekday names come from CLDR through Babel (``ky`` locale, format and
stand-alone forms, lower-cased); everything CLDR has no slot for (relative words,
part-of-period words, seasons, the case endings written on a month name, the verb
endings that tell past from future) is in ``lang/ky/time_words.yaml``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal

from kabar.resources import ResourceError, lang_tsv, lang_yaml, package_path

_FILE = "time_words.yaml"


@dataclass(frozen=True, slots=True)
class Relative:
    words: tuple[re.Pattern[str], ...]
    unit: str
    offset: int
    anchor: str
    """``now`` (publication date) or ``ref`` (the time the sentence already named)."""


@dataclass(frozen=True, slots=True)
class Season:
    words: tuple[re.Pattern[str], ...]
    first: int
    last: int
    until: bool
    alone: bool


@dataclass(frozen=True, slots=True)
class Vague:
    words: tuple[re.Pattern[str], ...]
    direction: int
    emit: bool


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: dict[str, int]
    """Month stem (``ноябр``, ``май``) -> 1..12."""
    month_re: re.Pattern[str]
    """``(day(-day)?-)?stem+ending`` for one token, groups d1, d2, stem, rest."""
    weekdays: dict[str, int]
    """Weekday name (``шаршемби``) -> Python weekday (Monday 0)."""
    weekday_re: re.Pattern[str]
    year_re: re.Pattern[str]
    """``2025-жылы``, ``2024-2025-жылдары`` as one token."""
    relative: tuple[Relative, ...]
    relative_by_head: dict[str, tuple[Relative, ...]]
    """The same, by the first two letters of their first word (a fast look-up)."""
    ago: dict[str, int]
    ago_prefix: frozenset[str]
    """``мындан`` before ``бир ай мурун``: part of the expression."""
    units: dict[str, str]
    unit_re: re.Pattern[str]
    parts: tuple[tuple[tuple[re.Pattern[str], ...], str], ...]
    seasons: tuple[Season, ...]
    vague: tuple[Vague, ...]
    ambiguous_months: frozenset[str]
    bare_periods: dict[str, str]
    """Unit stem (``жыл``) -> unit, read as the current period before a part word."""
    bare_re: re.Pattern[str]
    modifiers: tuple[tuple[tuple[re.Pattern[str], ...], int], ...]
    """``өткөн``, ``келерки``, ``ушул`` before a weekday or a season -> -1, 1, 0."""
    year_parts: dict[str, tuple[int, int]]
    year_abbrev_re: re.Pattern[str]
    numeric_date_re: re.Pattern[str]
    day_of_month_re: re.Pattern[str]
    day_parts: tuple[tuple[re.Pattern[str], ...], ...]
    same_period: tuple[tuple[tuple[re.Pattern[str], ...], int], ...]
    scheduled: tuple[re.Pattern[str], ...]
    clock_word: str
    clock_re: re.Pattern[str]
    """``саат 14:00дө`` after a day: extends the expression, the value stays the day."""
    day_word: re.Pattern[str]
    month_word: re.Pattern[str]
    year_word: re.Pattern[str]
    numerals: dict[str, int]
    past: tuple[re.Pattern[str], ...]
    future: tuple[re.Pattern[str], ...]
    future_verbs: tuple[re.Pattern[str], ...]
    tenseless: frozenset[str]
    past_copulas: frozenset[str]
    """``эле`` closing a clause (``айткан эле``): the clause is past."""
    since_then: frozenset[str]
    """``ошондон`` before ``бери`` after a converb: the converb's act is past."""
    joining: frozenset[str]
    """``жана``, ``менен``: two weekdays so joined before ``күндөрү`` are one period."""
    plural_days: str
    """``күндөр(ү)``: the plural after two weekdays so joined."""
    """Present-future endings of the first and second persons (айтам, барабыз), read
    only on a word the tagger takes for a verb: nouns end so too (адам)."""
    adjective_participles: frozenset[str]
    """Participles that are plain adjectives (биргелешкен = joint): they date nothing."""
    irrealis: tuple[re.Pattern[str], ...]
    condition: re.Pattern[str]
    since: tuple[re.Pattern[str], ...]
    onset: tuple[re.Pattern[str], ...]
    deadline: tuple[re.Pattern[str], ...]
    """``бери`` after the expression: a period from then up to now, so the past."""
    complement: tuple[tuple[re.Pattern[str], str], ...]
    report_verbs: tuple[re.Pattern[str], ...]
    participles: tuple[tuple[re.Pattern[str] | None, re.Pattern[str], str], ...]
    participle_window: int
    participle_reach: int
    participle_modifiers: frozenset[str]
    purpose_window: int
    calendar_purpose_window: int
    complement_window: int
    report_window: int
    calendar_complement_window: int
    intent: tuple[re.Pattern[str], ...]
    intent_verbs: tuple[re.Pattern[str], ...]
    decided: tuple[re.Pattern[str], ...]
    decision_nouns: tuple[re.Pattern[str], ...]
    topic_postpositions: frozenset[str]
    condition_openers: frozenset[str]
    conditional_copula: re.Pattern[str]
    recent_days: int
    attempt: tuple[re.Pattern[str], ...]
    attempt_window: int
    concessive: frozenset[str]
    opposed: frozenset[str]
    present_auxiliaries: frozenset[str]
    month_range_re: re.Pattern[str]
    starter: re.Pattern[str]
    """What the first word of any time expression starts with (a fast pre-filter)."""
    first: dict[str, re.Pattern[str]]
    """Per phrase list (``vague``, ``seasons``, ``modifiers``, ``parts``, ``same_period``,
    ``day_parts``): one pattern for all their first words, to skip a list at once."""


def _section(data: dict[str, Any], key: str) -> Any:
    if key not in data:
        raise ResourceError(f"{package_path('lang', 'ky', _FILE)}: missing section {key!r}")
    return data[key]


def _ending(data: dict[str, Any], *, plural_ok: bool = True) -> str:
    ends = _section(data, "endings")
    plural = "|".join(ends["plural"])
    poss = "|".join(ends["possessive"])
    case = "|".join(ends["case"])
    if not plural_ok:
        return f"(?:{poss})?(?:{case})?"
    return f"(?:{plural})?(?:{poss})?(?:{case})?"


def _first_words(phrases: list[Any]) -> re.Pattern[str]:
    """A pattern any first word of the phrases starts with."""
    heads = {str(p).split()[0].rstrip("*~") for p in phrases}
    return re.compile("|".join(sorted(map(re.escape, heads), key=len, reverse=True)))


@cache
def lexicon() -> Lexicon:
    from babel.dates import get_day_names, get_month_names

    data: dict[str, Any] = lang_yaml("ky", _FILE)
    ending = _ending(data)

    singular = _ending(data, plural_ok=False)

    def word(pattern: str) -> re.Pattern[str]:
        if pattern.endswith("*"):
            return re.compile(rf"{re.escape(pattern[:-1])}(?:{ending})")
        if pattern.endswith("~"):  # no plural: өткөн жылдары is "in past years", no date
            return re.compile(rf"{re.escape(pattern[:-1])}(?:{singular})")
        return re.compile(re.escape(pattern))

    def phrase(text: str) -> tuple[re.Pattern[str], ...]:
        return tuple(word(w) for w in str(text).split())

    contexts: tuple[Literal["format", "stand-alone"], ...] = ("format", "stand-alone")
    months: dict[str, int] = {}
    for ctx in contexts:
        for num, name in get_month_names("wide", ctx, locale="ky").items():
            months[str(name).lower().rstrip("ь")] = int(num)
    weekdays: dict[str, int] = {}
    for ctx in contexts:
        for num, name in get_day_names("wide", ctx, locale="ky").items():
            weekdays[str(name).lower()] = int(num)
    for name, num in _section(data, "weekday_variants").items():
        weekdays[str(name).lower()] = int(num)
    relative_rows = [list(row) for row in _section(data, "relative")]
    rel_units = {str(k): str(v) for k, v in _section(data, "relative_units").items()}
    for mod, allowed, offset, anchor in _section(data, "relative_modifiers"):
        for stem, unit in rel_units.items():
            if unit in allowed:
                relative_rows.append([f"{mod} {stem}~", unit, offset, anchor])
    modifiers = tuple(
        (phrase(str(mod)), int(offset))
        for mod, allowed, offset, _ in _section(data, "relative_modifiers")
        if "year" in allowed
    )
    relative_rows.sort(key=lambda row: -len(str(row[0]).split()))
    bare = {str(k): str(v) for k, v in _section(data, "bare_periods").items()}
    bare_alt = "|".join(sorted(map(re.escape, bare), key=len, reverse=True))
    month_alt = "|".join(sorted(map(re.escape, months), key=len, reverse=True))
    day_alt = "|".join(sorted(map(re.escape, weekdays), key=len, reverse=True))
    units = {str(k): str(v) for k, v in _section(data, "units").items()}
    unit_alt = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    tense = _section(data, "tense")
    numerals = {row[1].lower(): int(row[0]) for row in lang_tsv("ky", "numerals.tsv", 2)}
    firsts = {str(p).split()[0].rstrip("*~") for p, *_ in relative_rows}
    firsts |= {str(p).split()[0].rstrip("*") for p, *_ in _section(data, "same_period")}
    firsts |= set(bare)
    firsts |= {str(p).split()[0].rstrip("*") for p, *_ in _section(data, "seasons")}
    firsts |= {str(p).split()[0].rstrip("*") for p, *_ in _section(data, "vague")}
    firsts |= set(numerals) | set(months) | set(weekdays)
    firsts |= {str(w) for w in _section(data, "ago_prefix")}
    starter_alt = "|".join(sorted(map(re.escape, firsts), key=len, reverse=True))
    relative = tuple(Relative(phrase(p), str(u), int(o), str(a)) for p, u, o, a in relative_rows)
    heads: dict[str, list[Relative]] = {}
    for (p, *_), rel in zip(relative_rows, relative, strict=True):
        heads.setdefault(str(p)[:2], []).append(rel)
    by_head = {k: tuple(v) for k, v in heads.items()}
    return Lexicon(
        months=months,
        month_re=re.compile(
            rf"(?:(?P<d1>\d{{1,2}})(?:[-‐–](?P<d2>\d{{1,2}}))?[-‐])?(?P<stem>{month_alt})ь?(?P<rest>{ending})"
        ),
        weekdays=weekdays,
        weekday_re=re.compile(rf"(?P<stem>{day_alt})(?P<rest>{ending})"),
        year_re=re.compile(rf"(?P<y1>\d{{4}})(?:[-‐–](?P<y2>\d{{4}}))?[-‐]жыл(?:{ending})"),
        relative=relative,
        relative_by_head=by_head,
        ago={str(k): int(v) for k, v in _section(data, "ago_words").items()},
        ago_prefix=frozenset(str(w) for w in _section(data, "ago_prefix")),
        units=units,
        unit_re=re.compile(rf"(?P<stem>{unit_alt})(?:{ending})"),
        parts=tuple((phrase(k), str(v)) for k, v in _section(data, "parts").items()),
        seasons=tuple(
            Season(phrase(p), int(a), int(b), bool(u), bool(al))
            for p, a, b, u, al in _section(data, "seasons")
        ),
        vague=tuple(Vague(phrase(p), int(d), bool(e)) for p, d, e in _section(data, "vague")),
        ambiguous_months=frozenset(str(m) for m in _section(data, "ambiguous_months")),
        bare_periods=bare,
        bare_re=re.compile(rf"(?P<stem>{bare_alt})(?:{singular})"),
        modifiers=modifiers,
        year_parts={
            str(k): (int(v[0]), int(v[1])) for k, v in _section(data, "year_parts").items()
        },
        year_abbrev_re=re.compile(
            rf"(?P<y1>\d{{4}})[-‐]{re.escape(str(_section(data, 'year_abbrev')))}(?P<dot>\.)?"
        ),
        day_parts=tuple(phrase(str(p)) for p in _section(data, "day_parts")),
        day_of_month_re=re.compile(str(_section(data, "day_of_month"))),
        numeric_date_re=re.compile(
            str(_section(data, "numeric_date"))
            + rf"(?:[-‐](?:жыл(?:{ending})|{re.escape(str(_section(data, 'year_abbrev')))})|[-‐]?(?:{ending}))"
        ),
        same_period=tuple((phrase(p), int(o)) for p, o in _section(data, "same_period")),
        scheduled=tuple(re.compile(p) for p in _section(data, "scheduled")),
        clock_word=str(_section(data, "clock_word")),
        clock_re=re.compile(str(_section(data, "clock"))),
        day_word=word(str(_section(data, "day_word"))),
        month_word=word(str(_section(data, "month_word"))),
        year_word=word(str(_section(data, "year_word"))),
        numerals=numerals,
        past=tuple(re.compile(p) for p in tense["past"]),
        future=tuple(re.compile(p) for p in tense["future"]),
        future_verbs=tuple(re.compile(p) for p in tense["future_verbs"]),
        tenseless=frozenset(str(w) for w in tense["tenseless"]),
        past_copulas=frozenset(str(w) for w in tense["past_copulas"]),
        since_then=frozenset(str(w) for w in tense["since_then"]),
        joining=frozenset(str(w) for w in tense["joining"]),
        plural_days=str(tense["plural_days"]),
        adjective_participles=frozenset(str(w) for w in tense["adjective_participles"]),
        irrealis=tuple(re.compile(p) for p in [*tense["irrealis"], tense["condition"]]),
        condition=re.compile(str(tense["condition"])),
        since=tuple(re.compile(p) for p in tense["since"]),
        onset=tuple(re.compile(p) for p in tense["onset"]),
        deadline=tuple(re.compile(p) for p in tense["deadline"]),
        complement=tuple((re.compile(p), str(t)) for p, t in tense["complement"]),
        report_verbs=tuple(re.compile(p) for p in tense["report_verbs"]),
        participles=tuple(
            (re.compile(str(prev)) if prev else None, re.compile(str(w)), str(t))
            for prev, w, t in tense["participle"]
        ),
        participle_window=int(tense["participle_window"]),
        participle_reach=int(tense["participle_reach"]),
        participle_modifiers=frozenset(str(w) for w in tense["participle_modifiers"]),
        purpose_window=int(tense["purpose_window"]),
        calendar_purpose_window=int(tense["calendar_purpose_window"]),
        complement_window=int(tense["complement_window"]),
        report_window=int(tense["report_window"]),
        calendar_complement_window=int(tense["calendar_complement_window"]),
        intent=tuple(re.compile(p) for p in tense["intent"]),
        intent_verbs=tuple(re.compile(p) for p in tense["intent_verbs"]),
        decided=tuple(re.compile(p) for p in tense["decided"]),
        decision_nouns=tuple(re.compile(p) for p in tense["decision_nouns"]),
        topic_postpositions=frozenset(tense["topic_postpositions"]),
        condition_openers=frozenset(str(w) for w in tense["condition_openers"]),
        conditional_copula=re.compile(str(tense["conditional_copula"])),
        recent_days=int(tense["recent_days"]),
        attempt=tuple(re.compile(p) for p in tense["attempt"]),
        attempt_window=int(tense["attempt_window"]),
        concessive=frozenset(str(w) for w in tense["concessive"]),
        opposed=frozenset(str(w) for w in tense["opposed"]),
        present_auxiliaries=frozenset(str(w) for w in tense["present_auxiliaries"]),
        month_range_re=re.compile(
            rf"(?P<m1>{month_alt})ь?(?:{ending})[-‐–](?P<m2>{month_alt})ь?(?P<rest>{ending})"
        ),
        starter=re.compile(rf"\d|{starter_alt}"),
        first={
            name: _first_words(rows)
            for name, rows in (
                ("vague", [p for p, *_ in _section(data, "vague")]),
                ("seasons", [p for p, *_ in _section(data, "seasons")]),
                ("modifiers", [p for p, *_ in _section(data, "relative_modifiers")]),
                ("parts", list(_section(data, "parts"))),
                ("same_period", [p for p, *_ in _section(data, "same_period")]),
                ("day_parts", list(_section(data, "day_parts"))),
            )
        },
    )
