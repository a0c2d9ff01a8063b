"""Find Kyrgyz time expressions in a sentence and resolve them to ISO values.

Why our own: HeidelTime, SUTime and dateparser have no Kyrgyz rules, and Kyrgyz
writes the case on the date itself (``22-сентябрында``, ``2025-жылдын``), so
English-style token patterns miss it. The recogniser reads one sentence's tokens
left to right and builds a *frame* from consecutive pieces: an optional year
(``2025-жылы``, ``былтыр``, ``өткөн жылдын``), an optional month with day(s)
(``22-сентябрында``, ``декабрь айында``), an optional part of the period
(``аягында``) or season (``күзүндө``); failing those, a relative day/week/month
(``кечээ``, ``өткөн аптада``), ``<number> <unit> мурун``, a weekday, a season, or a
vague word. Months without a year are placed by the tense of the event they date:
an attributive participle right after them (``Декабрда кабыл алынган мыйзам``), else
the reported verb before a verb of saying (``20-июнда өтөрүн билдирди``), else the
clause's verb: the last November before publication for a past verb, the next one
for a future verb. Nothing is resolved that the text does not support: with no publication
date, ``22-сентябрында`` is ``XXXX-09-22`` and ``былтыр`` is None.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kabar.document import Sentence, Token
from kabar.lang.patterns import suffix
from kabar.temporal.lexicon import Lexicon, lexicon

CLAUSE_END = frozenset({",", ".", ";", ":", "!", "?", "…", "-", "—", "(", ")"})
QUOTE_MARKS = frozenset({'"', "»", "”", "“"})
"""Quotation marks: one right after a verb closes the quote and the verb's clause."""


@dataclass(slots=True)
class Frame:
    year: int | None = None
    year2: int | None = None
    year_offset: int | None = None
    year_anchor: str = "now"
    month: int | None = None
    month2: int | None = None
    day: int | None = None
    day2: int | None = None
    mod: str | None = None
    season: tuple[int, int] | None = None
    unit: str | None = None
    offset: int = 0
    unit_anchor: str = "now"
    weekday: int | None = None
    vague: bool = False
    emit: bool = True
    decade: bool = False
    pick: int | None = None
    """A modifier's choice for a weekday or season: -1 the past one, 1 the next, 0 this one."""
    same_period: int | None = None
    """Year offset of "the same period last year" (the period named before it)."""
    time_of_day: bool = False
    """A part of the day or a clock time follows the day (``кечээ кечинде``)."""
    duration: bool = False
    """A length of time, not a point (``үч жыл ичинде``)."""


@dataclass(slots=True)
class Found:
    first: int
    """Index of the first token of the expression in the sentence."""
    last: int
    """Index one past its last token."""
    frame: Frame
    value: str | None
    tense: str | None

    @property
    def type(self) -> str:
        """TIMEX3 type of the expression (see ``timex_type``)."""
        return timex_type(self.frame)


def timex_type(frame: Frame) -> str:
    """``DATE``, ``TIME`` or ``DURATION`` of a frame, for ``TimeExpression.type``.

    The value cannot tell them apart: ``кечээ кечинде`` resolves to the same day as
    ``кечээ``. Nothing recurring (``жыл сайын``) is recognised, so there is no ``SET``.
    """
    if frame.duration:
        return "DURATION"
    if frame.time_of_day:
        return "TIME"
    return "DATE"


def _full(pattern: re.Pattern[str], word: str) -> re.Match[str] | None:
    return pattern.fullmatch(word)


def _phrase_at(words: list[str], i: int, phrase: tuple[re.Pattern[str], ...]) -> int:
    """Number of tokens the phrase covers at ``i``, 0 when it does not match."""
    if i + len(phrase) > len(words):
        return 0
    for k, pat in enumerate(phrase):
        if not pat.fullmatch(words[i + k]):
            return 0
    return len(phrase)


def _number(lex: Lexicon, word: str) -> int | None:
    if word.isdigit() and len(word) <= 3:
        return int(word)
    return lex.numerals.get(word)


def _year_piece(lex: Lexicon, words: list[str], i: int, frame: Frame) -> int:
    num = _full(lex.numeric_date_re, words[i])
    if num and 1 <= int(num["m"]) <= 12 and 1 <= int(num["d"]) <= 31:
        frame.year, frame.month, frame.day = int(num["y"]), int(num["m"]), int(num["d"])
        if words[i].endswith("-ж") and i + 1 < len(words) and words[i + 1] == ".":
            return 2  # 12.03.2026-ж.
        return 1
    m = _full(lex.year_re, words[i])
    if m:
        frame.year = int(m["y1"])
        frame.year2 = int(m["y2"]) if m["y2"] else None
        # 1990-жылдары / 1990-жылдардан: the decade, not the year
        frame.decade = frame.year2 is None and frame.year % 10 == 0 and "жылдар" in words[i]
        return 1
    m = _full(lex.year_abbrev_re, words[i])
    if m and m["dot"]:
        frame.year = int(m["y1"])  # "2025-ж." as one token
        return 1
    if m and i + 1 < len(words) and words[i + 1] == ".":
        frame.year = int(m["y1"])  # 2025-ж. 5-майда
        return 2
    if (
        words[i].isdigit()
        and len(words[i]) == 4
        and 1800 <= int(words[i]) <= 2200
        and i + 1 < len(words)
        and lex.year_word.fullmatch(words[i + 1])
    ):
        frame.year = int(words[i])
        return 2
    for rel in lex.relative_by_head.get(words[i][:2], ()):
        if rel.unit != "year":
            continue
        n = _phrase_at(words, i, rel.words)
        if n:
            frame.year_offset = rel.offset
            frame.year_anchor = rel.anchor
            return n
    return 0


def _month_piece(lex: Lexicon, words: list[str], i: int, frame: Frame) -> int:
    rng = _full(lex.month_range_re, words[i])
    if rng:
        frame.month, frame.month2 = lex.months[rng["m1"]], lex.months[rng["m2"]]
        used = 1
        if i + 1 < len(words) and lex.month_word.fullmatch(words[i + 1]):
            used += 1  # январь-август айларында
        return used
    m = _full(lex.month_re, words[i])
    used = 0
    if m is None and words[i].isdigit() and 1 <= int(words[i]) <= 31 and i + 1 < len(words):
        m2 = _full(lex.month_re, words[i + 1])
        if m2 and not m2["d1"]:
            frame.day = int(words[i])
            m, used = m2, 1
    if m is None:
        return 0
    frame.month = lex.months[m["stem"]]
    if m["d1"]:
        frame.day = int(m["d1"])
        frame.day2 = int(m["d2"]) if m["d2"] else None
        if not 1 <= frame.day <= 31 or (
            frame.day2 is not None and not frame.day <= frame.day2 <= 31
        ):
            frame.month = frame.day = frame.day2 = None
            return 0
    used += 1
    month_end = used
    if not m["rest"] and i + used < len(words) and lex.month_word.fullmatch(words[i + used]):
        used += 1  # декабрь айында
        used += _day_after_genitive(lex, words, i + used, frame)  # март айынын 5инде
    elif not m["rest"] and frame.day is None and frame.year is None and frame.year_offset is None:
        frame.month = None
        return 0  # Октябрь району: a bare month name with no day, year or "ай" is a name
    elif (
        not m["rest"]
        and frame.day is not None
        and i + used < len(words)
        and lex.day_word.fullmatch(words[i + used])
    ):
        used += 1  # 3-март күнү
    elif (
        m["stem"] in lex.ambiguous_months
        and frame.day is None
        and frame.year is None
        and frame.year_offset is None
        and not any(_phrase_at(words, i + used, phrase) for phrase, _ in lex.parts)
    ):
        frame.month = None
        return 0  # майда балдар: "small", not "in May"
    if m["rest"] and frame.day is None:
        used += _day_after_genitive(lex, words, i + used, frame)  # февралдын 10унда
    elif frame.day is not None and not m["rest"] and frame.year is None and used == month_end:
        used += _year_after_day(lex, words, i + used, frame)  # 10-март, 2026-жыл
    return used


_GENITIVE = re.compile(r"[дтн][ыиуү]н$")


def _day_after_genitive(lex: Lexicon, words: list[str], j: int, frame: Frame) -> int:
    """A day number after a month in the genitive (``мартын 5инде``): 1 when taken."""
    if frame.day is not None or j >= len(words) or not _GENITIVE.search(words[j - 1]):
        return 0
    dm = _full(lex.day_of_month_re, words[j])
    if dm and 1 <= int(dm["d"]) <= 31:
        frame.day = int(dm["d"])
        return 1
    return 0


def _year_after_day(lex: Lexicon, words: list[str], j: int, frame: Frame) -> int:
    """The year written after a bare day and month (``10-март, 2026-жыл``)."""
    skip = 1 if j < len(words) and words[j] == "," else 0
    if j + skip >= len(words):
        return 0
    year = Frame()
    m = _full(lex.year_re, words[j + skip])
    if m and not m["y2"]:
        frame.year = int(m["y1"])
        return skip + 1
    n = _year_piece(lex, words, j + skip, year) if words[j + skip][:1].isdigit() else 0
    if n and year.year is not None and year.month is None and year.year2 is None:
        frame.year = year.year
        return skip + n
    return 0


def _tail_piece(lex: Lexicon, words: list[str], i: int, frame: Frame) -> int:
    """A part of the period (аягында) or a season (күзүндө) after a year or month."""
    skip = 0
    if frame.month is None and lex.year_word.fullmatch(words[i]) and i + 1 < len(words):
        skip = 1  # быйыл жыл башынан: the year word again before the part
    for phrase, mod in lex.parts if lex.first["parts"].match(words[i + skip]) else ():
        n = _phrase_at(words, i + skip, phrase)
        if n:
            frame.mod = mod
            return skip + n
    if frame.month is None:
        for season in lex.seasons if lex.first["seasons"].match(words[i]) else ():
            n = _phrase_at(words, i, season.words)
            if n:
                frame.season = (season.first, season.last)
                frame.mod = "until" if season.until else None
                return n
    return 0


def _is_weekday_friday(lex: Lexicon, words: list[str], end: int) -> bool:
    """``өткөн жума күнү``: "last Friday", not "last week"."""
    return (
        words[end - 1].startswith("жума")
        and end < len(words)
        and lex.day_word.fullmatch(words[end]) is not None
    )


def _alone_piece(lex: Lexicon, words: list[str], i: int, frame: Frame) -> int:
    """What can stand on its own: relative days/weeks/months, N units ago, weekdays, seasons."""
    for vague in lex.vague if lex.first["vague"].match(words[i]) else ():
        n = _phrase_at(words, i, vague.words)
        if n:
            frame.vague, frame.emit = True, vague.emit
            return n
    for rel in lex.relative_by_head.get(words[i][:2], ()):
        if rel.unit == "year":
            continue
        n = _phrase_at(words, i, rel.words)
        if n and not (rel.unit == "week" and _is_weekday_friday(lex, words, i + n)):
            frame.unit, frame.offset, frame.unit_anchor = rel.unit, rel.offset, rel.anchor
            return n
    pre = 1 if words[i] in lex.ago_prefix else 0  # мындан бир ай мурун
    num = _number(lex, words[i + pre]) if i + pre < len(words) else None
    if num is not None and i + pre + 2 < len(words):
        um = _full(lex.unit_re, words[i + pre + 1])
        after = words[i + pre + 2]
        direction = lex.ago.get(after)
        if um and direction is not None and (not pre or direction < 0):
            frame.unit = lex.units[um["stem"]]
            frame.offset = direction * num
            if direction == 0:  # үч жыл ичинде: a duration, no date
                frame.vague, frame.emit, frame.duration = True, False, True
            return pre + 3
    bare = _full(lex.bare_re, words[i])
    if bare and i + 1 < len(words) and lex.bare_periods[bare["stem"]] == "month":
        dm = _full(lex.day_of_month_re, words[i + 1])
        if dm and 1 <= int(dm["d"]) <= 31:  # айдын 20сында: this month
            frame.unit, frame.unit_anchor, frame.day = "month", "ref", int(dm["d"])
            return 2
    if bare and i + 1 < len(words):
        for phrase, mod in lex.parts if lex.first["parts"].match(words[i + 1]) else ():
            n = _phrase_at(words, i + 1, phrase)
            if n:  # жыл аягына чейин: the end of this year
                frame.unit, frame.mod = lex.bare_periods[bare["stem"]], mod
                frame.unit_anchor = "ref"
                return 1 + n
    for phrase, pick in lex.modifiers if lex.first["modifiers"].match(words[i]) else ():
        n = _phrase_at(words, i, phrase)
        if n and i + n < len(words):
            # "бул жайда" is "in this place": only past/next make жайда a season
            k = _weekday_or_season(lex, words, i + n, frame, any_season=pick != 0)
            if k:  # өткөн жекшембиде, келерки жазда
                frame.pick = pick
                return n + k
    return _weekday_or_season(lex, words, i, frame, any_season=False)


def _weekday_or_season(
    lex: Lexicon, words: list[str], i: int, frame: Frame, *, any_season: bool
) -> int:
    wm = _full(lex.weekday_re, words[i])
    if wm:
        name = wm["stem"]
        has_day = i + 1 < len(words) and lex.day_word.fullmatch(words[i + 1]) is not None
        if name == "жума" and not has_day:
            return 0  # жума alone is "week"
        frame.weekday = lex.weekdays[name]
        return 2 if has_day else 1
    for season in lex.seasons if lex.first["seasons"].match(words[i]) else ():
        n = _phrase_at(words, i, season.words) if season.alone or any_season else 0
        if n:
            frame.season = (season.first, season.last)
            frame.mod = "until" if season.until else None
            return n
    return 0


def clause_tense(
    tokens: list[Token],
    start: int,
    stop: int | None = None,
    *,
    complements: bool = True,
    calendar: bool = False,
) -> str | None:
    """``past`` or ``future`` from the first clause-final verb at or after token ``start``.

    Reads the morphology's Tense feature when a token has one, else the verb
    endings in ``time_words.yaml``; a converb (``сүйлөшүп``) has no tense, so the
    search moves on to the next clause. ``stop`` is where the next time expression
    starts: a participle after it dates that one (``дүйшөмбү күнү 2027-жылдын
    24-январында боло турган шайлоого ... каттады``: Monday is past).
    ``complements=False`` reads the clause's own verb only, not the tense of a
    reported verb before it (the day of ``ошол эле күнү`` is the report's).
    ``calendar`` (a month or a date, no weekday) reaches a reported verb further off.
    """
    lex = lexicon()
    n = len(tokens)
    after = tokens[start].text.lower() if start < n else ""
    onset = any(p.search(after) for p in lex.onset)
    if not any(p.search(after) for p in lex.deadline):
        near = _participle_tense(tokens, start, lex, n if stop is None else stop)
        if near:
            return near
    closed = False  # a converb clause ended: its later irrealis words are another clause's
    conditional = _opened_by_if(tokens, start, lex)
    for j in range(start, n):
        tok = tokens[j]
        nxt = tokens[j + 1].text if j + 1 < n else "."
        if (
            nxt in QUOTE_MARKS
            and tokens[j + 1].start == tok.end
            and tok.text[:1].islower()
            and (j + 2 >= n or not tokens[j + 2].text[:1].isalpha())
        ):
            nxt = "."  # башталат".: the quote closes after the verb, so does the clause
            # (not after a name in quotation marks: "Текстиль Кластер", "Жаңы доор" партиясы)
        word = tok.text.lower()
        if closed and word in lex.since_then and nxt.lower() == "бери":
            return "past"  # ... кармап, ошондон бери абакта отурат: the arrest is past
        tried = (
            _attempted(tokens, j, lex)
            or nxt.lower() in lex.concessive
            or nxt.lower() in lex.opposed
        )
        reach = lex.calendar_purpose_window if calendar else lex.purpose_window
        far_purpose = j - start > reach and _PURPOSE_VN.search(word) is not None
        agreed_to = (
            _PURPOSE_VN.search(word) is not None
            and j + 1 < n
            and tokens[j + 1].pos == "VERB"
            and any(p.search(nxt.lower()) for p in lex.intent_verbs)
        )  # жолугушууга макулдашты: a verbal noun the tagger reads as a noun, agreed to
        if (
            not closed
            and (_irrealis(tok, word, lex) or agreed_to)
            and not tried
            and not far_purpose
        ):
            return "future"  # өткөрүүгө макулдашты; not өтүүгө аракет кылган, a try made
        if not tok.text[:1].isalpha():
            continue
        near_verb = complements and (onset or j - start < lex.complement_window)
        window = lex.calendar_complement_window if calendar else lex.report_window
        near_report = complements and (onset or j - start < window)
        if (
            near_verb
            and any(p.search(word) for p in lex.intent)
            and any(p.search(nxt.lower()) for p in lex.intent_verbs)
        ):
            return "future"  # өткөрүүнү сунуштады
        decision = nxt.lower()
        if decision in lex.topic_postpositions and j + 2 < n:
            decision = tokens[j + 2].text.lower()  # өткөрүү тууралуу жарлыкка: past "about"
        if (
            near_verb
            and (stop is None or j < stop)  # шаршемби күнү шайлоону 17-январга дайындоо ...
            and any(p.search(word) for p in lex.decided)
            and any(p.search(decision) for p in lex.decision_nouns)
        ):
            return "future"  # көбөйтүү чечими кабыл алынды; өткөрүү тууралуу жарлыкка кол койду
        if conditional and not closed and lex.conditional_copula.search(word):
            return "future"  # эгер августта ... көп болсо
        if (
            near_report
            and j > start
            and _FUTURE_PARTICIPLE.match(word)
            and A_CONVERB.search(tokens[j - 1].text)
        ):
            return "future"  # жолуга турганы белгилүү болду: the meeting is to come
            # (before the report verb's -ганын: иш таштай турганын эскертишти, a strike to come;
            # further off it is what was said, not when: "Жекшемби күнү ... жыйын өткөрүп, ...
            # партия түзө турганын жарыялашты" was announced on Sunday)
        if (
            near_report
            and nxt not in CLAUSE_END
            and any(p.search(nxt.lower()) for p in lex.report_verbs)
        ):
            for pattern, tense_name in lex.complement:
                if pattern.search(word):  # өтөрүн билдирди: the event is future
                    return tense_name
        if nxt not in CLAUSE_END and nxt not in ("жана", "деп"):
            continue
        if closed and nxt == "деп":
            continue  # ... кайрылып, ... дал келбейт деп билдирген: the quoted verb, not the act
        if nxt == "деп" and word in lex.present_auxiliaries:
            continue  # ... колдонуп жатат деп айыптады: what is going on now, said when told
        if nxt in ("жана", ",") and tok.pos in ("NOUN", "PROPN", "ADJ", "NUM", "PRON"):
            continue  # саясатчылар жана ..., ресурстар, экология: nouns listed, no -ар verb
        if nxt == "(":
            continue  # Эл аралык валюта фонду (ЭВФ): a name before its abbreviation
        if word in lex.past_copulas and j > start:
            return "past"  # айткан эле: the copula puts the clause in the past
        tense = token_tense(tok, lex)
        if tense:
            return tense
        closed = closed or (nxt == "," and _CONVERB_END.search(word) is not None)
    return None


_PURPOSE_VN = re.compile(r"[уүоө]{2}[гк][аеоө]$")
"""A verbal noun of purpose (өткөрүүгө, курууга)."""
_FUTURE_PARTICIPLE = re.compile(r"турган(?:ы|ын|дыгы|дыгын)$")
A_CONVERB = re.compile(r"[^аеоөыиуүй][аеоө]$|[аеоөуү]й$")
"""The -а/-е/-й converb (жолуга, колдой): before турган, a future participle."""
_CONVERB_END = re.compile(r"[ыиуү]?п$")
"""A converb closing a clause before a comma (кайрылып, ...): what follows is a new clause."""


def _opened_by_if(tokens: list[Token], start: int, lex: Lexicon) -> bool:
    """Whether the clause the expression stands in opens with ``эгер`` (if)."""
    for tok in reversed(tokens[:start]):
        if tok.text in CLAUSE_END or tok.text == ",":
            return False
        if tok.text.lower() in lex.condition_openers:
            return True
    return False


def _attempted(tokens: list[Token], j: int, lex: Lexicon) -> bool:
    """A verb of trying, helping or banning within reach after token ``j``, in its clause:
    the purpose before it was tried, not planned (``өтүүгө аракет кылган``)."""
    for tok in tokens[j + 1 : j + 1 + lex.attempt_window]:
        if tok.text in CLAUSE_END:
            return False
        if any(p.search(tok.text.lower()) for p in lex.attempt):
            return True
    return False


def _irrealis(tok: Token, word: str, lex: Lexicon) -> bool:
    """A word that puts the expression in the future (``өткөрүүгө``, ``мүмкүн``). An
    ending pattern does not count on a noun: ``шайлоого`` is "to the election"."""
    return any(
        p.search(word) and (tok.pos != "NOUN" or p.pattern.startswith("^")) for p in lex.irrealis
    )


def _participle_tense(tokens: list[Token], start: int, lex: Lexicon, stop: int) -> str | None:
    """Tense of an attributive participle right after the expression, which it dates."""
    n = min(len(tokens), stop + 1)
    for j in range(start, min(start + lex.participle_reach, n - 1)):
        tok, nxt = tokens[j], tokens[j + 1].text
        if tok.text in CLAUSE_END:
            return None
        if j >= start + lex.participle_window:
            # further on only a future participle (-а турган), over places, adverbs, numbers
            if not all(_modifier(t, lex) for t in tokens[start:j]):
                return None
            if any(
                tense == "future" and prev_re is not None and prev_re.search(tok.text.lower())
                for prev_re, word_re, tense in lex.participles
                if word_re.search(nxt.lower())
            ):
                return "future"  # өтө турган
            continue
        word = tok.text.lower()
        if _irrealis(tok, word, lex):
            return None  # the main loop reads it
        if not tok.text[:1].islower() or not nxt[:1].isalpha() or nxt in ("жок", "эмес", "деп"):
            continue
        if tok.feats and tok.pos not in ("VERB", "AUX"):
            continue
        if word in lex.adjective_participles:
            continue
        prev = tokens[j - 1].text.lower() if j else ""
        for prev_re, word_re, tense in lex.participles:
            if word_re.search(word) and (prev_re is None or prev_re.search(prev)):
                return tense
    return None


def _modifier(tok: Token, lex: Lexicon) -> bool:
    """A word that may stand between a time and the participle it dates: a place, an
    adverb, a number (``ноябрда Сеулда биринчи жолу өтө турган``)."""
    return (
        tok.feat("Case") == "Loc"
        or tok.pos in ("ADV", "NUM", "ADJ", "DET")
        or tok.text.lower() in lex.participle_modifiers
    )


def token_tense(tok: Token, lex: Lexicon | None = None) -> str | None:
    """Past or future of one verb form: its ending first, then the morphology.

    The endings in ``time_words.yaml`` are checked first because a clause-final
    ``-ган``/``-ды``/``-ат`` is unambiguous there, while a statistical tagger's
    Tense can be wrong on rare verbs; the morphology decides the rest.
    """
    lex = lex or lexicon()
    word = tok.text.lower()
    if word in lex.tenseless:
        return None
    if len(word) >= 3:
        if any(p.search(word) for p in lex.past):
            return "past"
        if any(p.search(word) for p in lex.future):
            return "future"
    if tok.pos in ("VERB", "AUX") and any(p.search(word) for p in lex.future_verbs):
        return "future"
    if tok.feats and tok.pos in ("VERB", "AUX"):
        value = tok.feat("Tense")
        if value == "Past":
            return "past"
        if value == "Fut":
            return "future"
    return None


def recognize(tokens: list[Token]) -> list[tuple[int, int, Frame]]:
    """Token ranges of the time expressions in one sentence, with their frames."""
    lex = lexicon()
    words = [t.text.lower() for t in tokens]
    out: list[tuple[int, int, Frame]] = []
    i = 0
    n = len(words)
    starter = lex.starter
    while i < n:
        if not starter.match(words[i]):
            i += 1
            continue
        frame = Frame()
        j = i
        for phrase, offset in lex.same_period if lex.first["same_period"].match(words[i]) else ():
            k = _phrase_at(words, i, phrase)
            if k:  # before the year piece: былтыркы ушул мезгилге is no "былтыр"
                frame.same_period, j = offset, i + k
                break
        if j == i:
            j += _year_piece(lex, words, j, frame)
        if j < n and frame.month is None and frame.same_period is None:
            j += _month_piece(lex, words, j, frame)
        if j > i and j < n and frame.same_period is None:
            j += _tail_piece(lex, words, j, frame)
        if j == i:
            j += _alone_piece(lex, words, j, frame)
            if j > i and j < n and frame.unit == "month" and frame.day is None:
                dm = _full(lex.day_of_month_re, words[j])
                if dm and 1 <= int(dm["d"]) <= 31:  # өткөн айдын 5-инде
                    frame.day, j = int(dm["d"]), j + 1
            if j > i and j < n and frame.unit in ("week", "month", "year") and frame.mod is None:
                for phrase, mod in lex.parts if lex.first["parts"].match(words[j]) else ():
                    k = _phrase_at(words, j, phrase)
                    if k:  # өткөн аптанын аягында
                        frame.mod, j = mod, j + k
                        break
        if (
            j > i
            and j < n
            and (frame.day is not None or frame.weekday is not None or frame.unit == "day")
        ):
            for phrase in lex.day_parts if lex.first["day_parts"].match(words[j]) else ():
                k = _phrase_at(words, j, phrase)
                if k:  # кечээ кечинде: the same day, a longer span
                    j += k
                    frame.time_of_day = True
                    break
            if j + 1 < n and words[j] == lex.clock_word and _full(lex.clock_re, words[j + 1]):
                j += 2  # кечээ саат 15:00дө
                frame.time_of_day = True
        if j > i:
            out.append((i, j, frame))
            i = j
        else:
            i += 1
    return out


def _shift_months(year: int, month: int, delta: int) -> tuple[int, int]:
    total = year * 12 + (month - 1) + delta
    return total // 12, total % 12 + 1


def _placed_year(month: int, day: int | None, anchor: dt.date, tense: str | None) -> int:
    """Year of the month (and day) nearest the anchor on the side the tense points to."""
    key = (month, day or 0)
    now = (anchor.month, anchor.day if day else 0)
    if tense == "future":
        return anchor.year if key >= now else anchor.year + 1
    return anchor.year if key <= now else anchor.year - 1


def _just_gone(frame: Frame, published: dt.date) -> bool:
    """Whether the frame's day and month of the anchor's year fell at most
    ``recent_days`` before it (a future verb then tells of what was said that day)."""
    if (
        frame.month is None
        or frame.day is None
        or not _valid(published.year, frame.month, frame.day)
    ):
        return False
    days = (published - dt.date(published.year, frame.month, frame.day)).days
    return 0 < days <= lexicon().recent_days


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def resolve(
    frame: Frame,
    published: dt.date | None,
    ref: dt.date | None,
    tense: str | None,
    prev_day: dt.date | None = None,
    prev_period: dt.date | None = None,
) -> str | None:
    """ISO value of a frame (see ``TimeExpression.value``), or None when unsupported."""
    if frame.vague:
        return None
    if frame.pick is not None:
        tense = {-1: "past", 1: "future"}.get(frame.pick, "this")
    if frame.unit is not None:
        if frame.unit_anchor == "prev" and frame.unit == "day":
            anchor = prev_day  # ошол эле күнү: only after a named day
        elif frame.unit_anchor == "prev":
            anchor = prev_period or prev_day  # 2025-жылдын сентябрында ... ошол эле айда
        else:
            anchor = ref if frame.unit_anchor == "ref" and ref else published
        if anchor is None:
            return None
        if frame.unit == "day":
            return (anchor + dt.timedelta(days=frame.offset)).isoformat()
        if frame.unit == "week":
            y, w, _ = (anchor + dt.timedelta(weeks=frame.offset)).isocalendar()
            return f"{y}-W{w:02d}"
        if frame.unit == "month":
            y, m = _shift_months(anchor.year, anchor.month, frame.offset)
            if frame.day is not None:
                return f"{y:04d}-{m:02d}-{frame.day:02d}" if _valid(y, m, frame.day) else None
            return f"{y:04d}-{m:02d}"
        if frame.unit == "year":
            y = anchor.year + frame.offset
            return _year_value(y, frame.mod)
        return None
    if frame.weekday is not None:
        if published is None:
            return None
        delta = frame.weekday - published.weekday()
        if tense == "past" and delta > 0:
            delta -= 7
        elif tense == "future" and delta < 0:
            delta += 7
        if frame.pick == -1 and delta == 0:
            delta = -7  # өткөн шаршембиде, said on a Wednesday
        elif frame.pick == 1 and delta == 0:
            delta = 7
        return (published + dt.timedelta(days=delta)).isoformat()
    year: int | None = frame.year
    if year is None and frame.year_offset is not None:
        if frame.year_anchor == "prev":
            anchor = prev_period
        else:
            anchor = ref if frame.year_anchor == "ref" and ref else published
        year = anchor.year + frame.year_offset if anchor else None
    if frame.month is not None:
        if year is None and frame.year is None and frame.year_offset is None and published:
            year = _placed_year(frame.month, frame.day, published, tense)
            if tense == "future" and frame.day is not None and _just_gone(frame, published):
                year = published.year
        ytext = f"{year:04d}" if year is not None else "XXXX"
        if frame.day is not None:
            if year is not None and not _valid(year, frame.month, frame.day):
                return None
            first = f"{ytext}-{frame.month:02d}-{frame.day:02d}"
            if frame.day2 is not None:
                return f"{first}/{ytext}-{frame.month:02d}-{frame.day2:02d}"
            return first
        if frame.month2 is not None:
            end_ytext = ytext if frame.month2 >= frame.month or year is None else f"{year + 1:04d}"
            return f"{ytext}-{frame.month:02d}/{end_ytext}-{frame.month2:02d}"
        return f"{ytext}-{frame.month:02d}"
    if frame.season is not None:
        first_m, last_m = frame.season
        if year is None:
            if published is None:
                return None
            if tense == "this":
                year = published.year
                if first_m > last_m and published.month <= last_m:
                    year -= 1  # ушул кышта in January
            else:
                # кышында in January, past: _placed_year already gives last December
                year = _placed_year(first_m, None, published, tense)
        end_year = year + 1 if first_m > last_m else year
        if (year, first_m) == (end_year, last_m):
            return f"{year:04d}-{first_m:02d}"  # жайдын аягында: one month of the season
        return f"{year:04d}-{first_m:02d}/{end_year:04d}-{last_m:02d}"
    if year is None:
        return None
    if frame.mod in lex_year_parts():
        return _year_value(year, frame.mod)
    if frame.year2 is not None:
        return f"{year:04d}/{frame.year2:04d}"
    if frame.decade:
        return f"{year // 10:03d}"
    return f"{year:04d}"


def _year_value(year: int, mod: str | None) -> str:
    """A year, or the part of it ``mod`` names: its months, or one month
    (``жылдын аягында`` = December)."""
    if mod not in lex_year_parts():
        return f"{year:04d}"
    first_m, last_m = lex_year_parts()[mod]
    if first_m == last_m:
        return f"{year:04d}-{first_m:02d}"
    return f"{year:04d}-{first_m:02d}/{year:04d}-{last_m:02d}"


def lex_year_parts() -> dict[str, tuple[int, int]]:
    """Quarters and halves of a year (``time_words.yaml``, ``year_parts``)."""
    return lexicon().year_parts


def _start_date(value: str | None) -> dt.date | None:
    """First day of a resolved value, for anchoring ``кийинки жылы`` on it."""
    if not value or value.startswith("X"):
        return None
    head = value.split("/")[0]
    if "W" in head:
        return None
    parts = head.split("-")
    try:
        y = int(parts[0])
        m = int(parts[1]) if len(parts) > 1 else 1
        d = int(parts[2]) if len(parts) > 2 else 1
        return dt.date(y, m, d)
    except (ValueError, IndexError):
        return None


def day_of(value: str | None) -> dt.date | None:
    """The date of a full-day value (``2026-11-04``), else None."""
    if not value or len(value) != 10 or value.startswith("X"):
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return None


def find_in_sentence(
    tokens: list[Token],
    published: dt.date | None,
    prev_days: Sequence[dt.date] = (),
    prev_value: str | None = None,
) -> list[Found]:
    """Every time expression of one sentence, resolved.

    ``prev_days`` are the full dates the article named before this sentence, in
    order (for ``ошол эле күнү``, the last of them; the last one not after
    publication when the verb is past); ``prev_value`` the last period it named
    (for ``былтыркы ушул мезгилге``, that period a year before).
    """
    found: list[Found] = []
    ref: dt.date | None = None
    lex = lexicon()
    days = list(prev_days)
    spans = recognize(tokens)
    for k, (first, last, frame) in enumerate(spans):
        stop = spans[k + 1][0] if k + 1 < len(spans) else len(tokens)
        if last < len(tokens) and any(p.search(tokens[last].text.lower()) for p in lex.since):
            tense: str | None = "past"  # дүйшөмбүдөн бери: from then up to now, whatever before
        elif (
            frame.mod == "until"
            or _scheduled(lex, tokens, last)
            or _after_condition(tokens, first)
            or _future_participle_before(lex, tokens, first)
        ):
            tense = "future"
        else:
            calendar = (
                frame.month is not None or frame.season is not None
            ) and frame.weekday is None
            tense = clause_tense(tokens, last, stop, calendar=calendar)
            if tense != "future" and _near_deadline(lex, tokens, last, frame, published):
                tense = "future"  # 27-мартка чейин камады: held until the coming 27 March
        anaphoric = "prev" in (frame.unit_anchor, frame.year_anchor)
        prev_day = _anchor_day(
            days,
            published,
            clause_tense(tokens, last, stop, complements=False) if anaphoric else tense,
        )
        if frame.same_period is not None:
            value = _shift_years(prev_value, frame.same_period)
            frame.emit = value is not None
        else:
            value = resolve(frame, published, ref, tense, prev_day, _start_date(prev_value))
            if _onset_day(lex, tokens, last, frame) and published is not None:
                # 1-январдан тартып күчүнө кирип ... милдеттендирет, told on 20 January:
                # a rule in force from a day just past or just to come
                other = resolve(
                    frame,
                    published,
                    ref,
                    "past" if tense == "future" else "future",
                    prev_day,
                    _start_date(prev_value),
                )
                if _days_off(other, published) <= ONSET_NEAR_DAYS < _days_off(value, published):
                    value = other
            if value is None and "prev" in (frame.unit_anchor, frame.year_anchor):
                frame.emit = False  # ошол эле күнү with no day named before
            named = day_of(found[-1].value) if found and found[-1].last >= first - 1 else None
            if frame.weekday is not None and named and named.weekday() == frame.weekday:
                value = named.isoformat()  # 10-мартта, шейшемби күнү: the same day
        here = Found(first, last, frame, value, tense)
        joined = _day_range(tokens, found[-1], here) if found else None
        if joined is not None:
            found[-1] = joined  # 2-февралдан 6-февралга; дүйшөмбү жана шейшемби күндөрү
        else:
            found.append(here)
        deadline = last < len(tokens) and any(
            p.search(tokens[last].text.lower()) for p in lex.deadline
        )
        if (day := day_of(value)) and not _bound(lex, tokens, last):
            days.append(day)  # 3-январда барды, эртеси ...
        if not deadline:  # жыл аягына чейин ..., кийинки айдан: the month after publication's
            ref = _start_date(value) or ref
        prev_value = value or prev_value
    return found


def _future_participle_before(lex: Lexicon, tokens: list[Token], first: int) -> bool:
    """A future participle (``time_words.yaml``: participle) right before the expression
    qualifies it (``майрамы өтө турган 18-19-апрелде``: the days the festival is to take
    place): a time still to come."""
    if first < 2:
        return False
    prev, word = tokens[first - 2].text.lower(), tokens[first - 1].text.lower()
    return any(
        tense == "future" and prev_re is not None and prev_re.search(prev) and word_re.search(word)
        for prev_re, word_re, tense in lex.participles
    )


def _after_condition(tokens: list[Token], first: int) -> bool:
    """The expression follows a condition closed by a comma (``эгер ... бошотулбаса,
    жекшемби күнү ... чогултарын эскертти``): it dates the consequence, still to come."""
    return any(
        tokens[k + 1].text == "," and lexicon().condition.search(tokens[k].text.lower()) is not None
        for k in range(max(0, first - 1))
    )


_FROM = suffix("ablative")
"""The ablative of a date that opens a range (2-февралдан ...); the dative closes it."""


def _day_range(tokens: list[Token], a: Found, b: Found) -> Found | None:
    """Two days told as one period: ``2-февралдан 6-февралга`` (from one to the other) or
    ``дүйшөмбү жана шейшемби күндөрү`` (two weekdays, then the plural), as ``A/B``."""
    start, end = day_of(a.value), day_of(b.value)
    if start is None or end is None or not (a.frame.emit and b.frame.emit):
        return None
    from_to = (
        b.first == a.last
        and _FROM.search(tokens[a.last - 1].text.lower()) is not None
        and _DATIVE.search(tokens[b.last - 1].text.lower()) is not None
    )
    pair = (
        b.first == a.last + 1
        and tokens[a.last].text.lower() in lexicon().joining
        and tokens[b.last - 1].text.lower().startswith(lexicon().plural_days)
    )
    if not (from_to or pair):
        return None
    if end < start:
        try:
            end = end.replace(year=start.year)
        except ValueError:
            return None
        if end < start:
            return None
    return Found(a.first, b.last, a.frame, f"{start.isoformat()}/{end.isoformat()}", a.tense)


ONSET_NEAR_DAYS = 62
"""A day a rule runs from (``1-январдан тартып``) within two months of publication is that
occurrence, whatever the tense of the clause, when the tense points a year away."""


def _days_off(value: str | None, published: dt.date) -> int:
    start = _start_date(value)
    return abs((start - published).days) if start is not None else 10**6


def _onset_day(lex: Lexicon, tokens: list[Token], last: int, frame: Frame) -> bool:
    """A day and month with no year before an onset word (``1-январдан тартып``)."""
    if frame.day is None or frame.month is None or frame.year is not None:
        return False
    if frame.weekday is not None or frame.year_offset is not None or frame.day2 is not None:
        return False
    after = tokens[last].text.lower() if last < len(tokens) else ""
    return any(p.search(after) for p in lex.onset)


DEADLINE_AHEAD_DAYS = 183
"""How far ahead of publication a date-month deadline (``25-июлга чейин``) is still read
as the coming one, whatever the tense of its clause: a custody or an ultimatum runs from
the news onwards (``25-июлга чейин камакка алды``), while a deadline seven months off
in a past clause is last year's (``1-июлга чейин бүткөн``, told in November)."""


def _near_deadline(
    lex: Lexicon, tokens: list[Token], last: int, frame: Frame, published: dt.date | None
) -> bool:
    """A month (and day) with no year, followed by a deadline word (``чейин``), or a day
    and month followed by an onset word (``тартып``), whose coming occurrence is within
    ``DEADLINE_AHEAD_DAYS`` of publication."""
    if published is None or frame.month is None or frame.year is not None:
        return False
    if frame.year_offset is not None or frame.weekday is not None or frame.month2 is not None:
        return False
    after = tokens[last].text.lower() if last < len(tokens) else ""
    deadline = any(p.search(after) for p in lex.deadline)  # 25-июлга чейин
    # 1-апрелден тартып: from the coming 1 April (a month alone is a trend: Марттан
    # баштап баа өскөн, prices rose from March)
    onset = frame.day is not None and any(p.search(after) for p in lex.onset)
    if not (deadline or onset):
        return False
    day = frame.day or 1  # ноябрдын аягына чейин: the month's coming occurrence
    year = _placed_year(frame.month, frame.day, published, "future")
    if not _valid(year, frame.month, day):
        return False
    return (dt.date(year, frame.month, day) - published).days <= DEADLINE_AHEAD_DAYS


def _anchor_day(
    days: Sequence[dt.date], published: dt.date | None, tense: str | None
) -> dt.date | None:
    """The day ``ошол эле күнү`` refers to: the last one named, or in a past clause the
    last one named that is not after publication (not the election date just announced)."""
    if tense == "past" and published is not None:
        past = [d for d in days if d <= published]
        if past:
            return past[-1]
    return days[-1] if days else None


_DATIVE = suffix("dative")
_YEAR = re.compile(r"(?<![\dW])(\d{4})")


def _scheduled(lex: Lexicon, tokens: list[Token], last: int) -> bool:
    """A dative date before a verb of scheduling (``20-июнга белгиленген``): the future."""
    if not _DATIVE.search(tokens[last - 1].text.lower()):
        return False
    for tok in tokens[last:]:
        if tok.text in CLAUSE_END:
            return False
        word = tok.text.lower()
        if any(p.search(word) for p in lex.scheduled):
            return True
    return False


def _shift_years(value: str | None, offset: int) -> str | None:
    """``2026-01/2026-08`` one year back is ``2025-01/2025-08``; weeks are not shifted."""
    if not value or "W" in value or value.startswith("X"):
        return None
    return _YEAR.sub(lambda m: f"{int(m[1]) + offset:04d}", value)


_LAST_DOCUMENT: list[tuple[object, tuple[int, int, dt.date | None], list[list[Found]]]] = []
"""The time expressions of the document read last, per sentence: the times and event stages
read the same ones in turn, so they are found once (both only read the lists)."""


def _bound(lex: Lexicon, tokens: list[Token], last: int) -> bool:
    """The expression ending before ``last`` is a deadline or a start (``1-марттан тартып
    токтотулган``, ``5-апрелге чейин``): no day an act was told on, so no anchor of
    ``ошол эле күнү`` after it."""
    if last >= len(tokens):
        return False
    after = tokens[last].text.lower()
    return any(p.search(after) for p in (*lex.deadline, *lex.since, *lex.onset))


def sentence_times(sentences: Sequence[Sentence], published: dt.date | None) -> list[list[Found]]:
    """Every sentence's time expressions in article order, each resolved with the full
    dates and the last period the sentences before it named."""
    key = (id(sentences), len(sentences), published)
    last = _LAST_DOCUMENT[0] if _LAST_DOCUMENT else None
    if last is not None and last[0] is sentences and last[1] == key:
        return last[2]
    out: list[list[Found]] = []
    days: list[dt.date] = []
    prev_value: str | None = None
    for sent in sentences:
        found = find_in_sentence(sent.tokens, published, days, prev_value)
        for f in found:
            if (day := day_of(f.value)) and not _bound(lexicon(), sent.tokens, f.last):
                days.append(day)
            if f.value and "W" not in f.value:
                prev_value = f.value
        out.append(found)
    _LAST_DOCUMENT[:] = [(sentences, key, out)]
    return out
