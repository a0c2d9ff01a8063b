"""PLOVER events from Kyrgyz sentences: trigger lexicon + case-marked arguments.

Why our own: event coders (PETRARCH2, the POLECAT/NGEC pipeline) work on English
parses; no Kyrgyz dependency parser worth running exists in Python. Kyrgyz is
verb-final and marks every argument with a case ending, so the arguments of a
trigger are read from the entity mentions in its clause (from the previous
trigger, or the last clause break, up to the trigger) by their case: the
nominative subject is the source, ``X менен`` the partner, the dative goal or
the accusative object the target, as each trigger's row in
``lang/ky/event_triggers.tsv`` says. Around that:

- coordinated subjects (``X жана Y``) all become sources;
- a name that only modifies a title (``Кыргызстан жана Тажикстан башчылары менен``)
  takes the title's case: the countries stand for their leaders;
- a left-out subject is the previous event's subject in the same sentence, else
  the subject of the previous sentence when this sentence has no subject at all;
- ``аларды`` is the previous event's targets; a plural ``лидерлер`` with no name
  is the last two persons named, ``тараптар``/``эки өлкө`` the last two countries
  (reciprocal verbs get them on both sides);
- the date is the nearest time expression before the trigger in its clause, else
  the sentence's opening one, else that of a dated past act told in the sentence just
  before, in the same paragraph, else the publication date (basis ``published``);
  a forward one (``кийинки жылы``) does not date a past event;
- a bare title as subject (``министр ... сүйлөштү``) is the person with that role named
  before (not the partner named in the same clause); a demonym before ``тарап``
  (``кыргыз тараптан``) is its country; a bare noun heading a body's name (``Сот``) is
  that body;
- a trigger that only describes (``макулдашылган сызык``), names a purpose or topic
  (``колдоо үчүн``, ``макулдашуу боюнча``) or is the content of another trigger
  (``келүүгө чакырышты``) makes no event; a time before a purpose verb noun
  (``сентябрда өткөрүүгө макулдашты``) dates the purpose, not the event;
- modality and negation come from the trigger's own ending (``-ар``/``-ат`` future,
  ``-са`` hypothetical, ``-ба-`` negative) and the words after it in its clause
  (``мүмкүн``, ``эмес``, ``жок``, a negated support verb: ``жолугушуу болбоду``); a clause
  after a condition (``... -са,``) is hypothetical. Negated events are kept, marked ``negated``;
- an object that stands for its parties (``келишимди сынга алды``, ``Y-тын элчисин``,
  ``X менен Y ортосундагы``) gives the target, or both sides; so does the genitive owner of
  a possessed partner or passive subject (``Y-тын кызматы менен``, ``X-тин үйү тинтилди``);
- ``X менен Y`` opening the clause of a joint act are both subjects; names inside a
  ``... деген`` report are what was said, no arguments.

An event with no actor on either side is dropped: it says nothing an analyst can use.

The Kyrgyz behind these rules is data: word endings in ``lang/ky/suffix_patterns.yaml``
(each with words it must and must not match), context words and type policies in
``lang/ky/event_context.yaml``, actor nouns, titles and demonyms in their TSV files.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from itertools import pairwise
from typing import NamedTuple

from kabar.document import Document, Entity, Event, EventDate, Span, Token
from kabar.events.arguments import (
    COORD,
    GENITIVE_WORD,
    POSTPOSITIONS,
    ActorNoun,
    MentionRef,
    actor_noun_at,
    actor_nouns,
    case_of_rest,
    case_of_word,
    demonym_country,
    demonym_stems,
    fallback_role,
    is_place_noun,
    is_title,
    is_title_word,
    place_only_ids,
    plural_possessed,
    role_ahead,
    role_resolver,
    sentence_mentions,
    title_after,
    title_case,
    title_phrase_end,
    title_stem,
    titles,
)
from kabar.events.lexicon import (
    SPELL,
    Context,
    Trigger,
    WordPattern,
    context,
    triggers,
    word_matches,
)
from kabar.kb import country_ids
from kabar.lang.patterns import suffix
from kabar.ner import lexicon as ner_lexicon
from kabar.ner.coreference import organisation_named
from kabar.resources import lang_tsv
from kabar.temporal import A_CONVERB, Found, day_of, sentence_times, token_tense
from kabar.temporal.lexicon import lexicon as time_lexicon

_VERBAL = suffix("participle_or_converb")
"""A participle or converb: the word before a clause break closes a clause (-ган учурда)."""
CLAUSE_PUNCT = frozenset({",", ";", ":", ".", "!", "?", "(", ")"})
PAST_FINITE_ENDINGS = ("ды", "ди", "ду", "дү", "ты", "ти", "ту", "тү")
FINITE_ENDINGS = (*PAST_FINITE_ENDINGS, "ат", "ет", "от", "өт", "йт")


@dataclass(slots=True)
class Hit:
    trigger: Trigger
    first: int
    head: int
    rest: str
    noun: int = -1
    """Where the trigger's noun stands when it is apart from the verb (сунушун ... кабыл ал-)."""


@dataclass(slots=True)
class _State:
    """What earlier events and sentences leave for pro-drop and pronouns."""

    last_sources: list[str] = field(default_factory=list)
    last_targets: list[str] = field(default_factory=list)
    last_unnamed: bool = False
    """The previous event's subject was a common noun with no name (Мигранттар ...)."""
    last_target_unnamed: bool = False
    """Its object was one (үч адамды кармады): a pronoun after it (алардын үстүнөн) names
    the same unnamed people."""


@cache
def _by_prefix() -> tuple[dict[str, tuple[int, ...]], dict[str, tuple[int, ...]]]:
    """Trigger numbers by the first three letters of a head stem (two for short stems)."""
    long: dict[str, list[int]] = {}
    short: dict[str, list[int]] = {}
    for n, trig in enumerate(triggers()):
        for stem in trig.words[-1].stems:
            # колдо- also matches колдоо: the final vowel of a verb stem may change
            size = (
                len(stem) - 1 if trig.words[-1].kind == "verb" and stem[-1] in "аеоө" else len(stem)
            )
            if size >= 3:
                long.setdefault(stem[:3], []).append(n)
            else:
                short.setdefault(stem[:2], []).append(n)
    return (
        {k: tuple(v) for k, v in long.items()},
        {k: tuple(v) for k, v in short.items()},
    )


@cache
def _candidates(prefix: str) -> tuple[Trigger, ...]:
    """Triggers whose head may match a word starting with ``prefix`` (3 letters), longest first."""
    long, short = _by_prefix()
    numbers = sorted(set(long.get(prefix, ())) | set(short.get(prefix[:2], ())))
    every = triggers()
    return tuple(every[n] for n in numbers)


class _HeadMatch(NamedTuple):
    trigger: Trigger
    rest: str
    before: frozenset[str] | None
    """First letters the word before the head must start with (None: not known)."""
    noun: frozenset[str] | None
    """First letters the trigger's first word, a noun standing apart, must start with."""


_WILL_DO = suffix("future_complement")
"""A future participle as a complement (бузарын, токтоторун): an act to come."""


@lru_cache(maxsize=65536)
def _head_matches(word: str) -> tuple[_HeadMatch, ...]:
    """The triggers whose head word ``word`` is, with the rest after the stem, longest first
    (cached: a news stream repeats its words)."""
    out: list[_HeadMatch] = []
    if word in _numeral_words():
        return ()  # алты (six), not ал- (take): 26-январдан тартып алты ай
    for trig in _candidates(word[:3]):
        rest = word_matches(trig.words[-1], word)
        if rest is not None:
            before = _safe_prefixes(trig.words[-2]) if len(trig.words) > 1 else None
            out.append(_HeadMatch(trig, rest, before, _noun_prefixes(trig.words[0])))
    return tuple(out)


SINGULAR_OBJECT = (("аны",), ("ага",))
"""Singular object pronouns: ``X ... кирген жок, комиссия аны ...`` is X."""
PLURAL_SUBJECT = (("алар",),)
"""The plural subject pronoun: the people the sentence before named as its subject."""
SINGULAR_SUBJECT = (("ал",),)
"""The singular subject pronoun: a person, not the bodies of the last act."""

DEADLINES = frozenset({"чейин", "дейре"})
"""Postpositions after a time that make it a deadline (25-июлга чейин), not the act's date."""

AGAINST = frozenset({"каршы", "карата"})
"""``X-тын чечимине каршы``: a postposition after a possessed noun making its owner the
one acted against."""
AGAINST_REACH = 4
"""Words (its closing quote mark included) a dative name's legal form may run on before
``каршы``."""
QUOTE_MARKS = frozenset('"«»“”„')

POINTED_BACK_SENTENCES = 6
"""How far back (in sentences) ``бул чечим`` (this decision) may point: a reaction is
often told after a paragraph on the decision itself."""

UNREALISED_REACH = 2
"""How many words after an event noun its verb of intention may stand (митинг
өткөрмөкчү эле: the rally's support verb right after it)."""

ANSWERED_GAP = 3
"""How far (in words) an event noun in the accusative may stand before the verb that
answers it (нааразылыгын ... четке какты) and still be its object."""

OWNED_GAP = 4
"""How many words after a genitive its possessed object may stand (``Кыргызстандын
машыгууларды уюштуруудагы ролун``: three words of its own modifiers, then the noun)."""

DATE_CARRY = 2
"""How many sentences on a dated past act gives its date to the next one told undated
(measured on the gold articles: one sentence misses the acts told two on, which are most
often still of that day; three adds as many wrong dates as right ones)."""

ACT_BACK_SENTENCES = 8
"""How far back (in sentences) a decision told may be what a bare act noun (чечимге)
stands for."""
SUPPORT_REACH = 6
"""How far after an event noun its support verb may stand (сүйлөшүүлөрдү кийинки айда
Бишкекте улантышат: the talks continue next month)."""
SIDE_MENTIONS = 2
"""How often each of a story's two countries must be named for an act left without a
target to be aimed at the other one."""
VOW_SENTENCES = 6
"""How far back (in sentences) the demand a vowed consequence backs may have been told."""
PROTEST_SENTENCES = 8
"""How far back (in sentences) "the protesters" met may stand for the side of a protest
told: the lead tells it, the meeting comes paragraphs later."""
COUNTERPART_SENTENCES = 2
"""How far back (in sentences) the last two-sided event gives a target left unnamed."""

EMPLOYER_REACH = 10
"""How far (in words, from the end of its name) after a body in the locative the people
who work there may be named (``"Грин Вэлли" фермасында кулпунай терип жүргөн 63
кыргызстандык сезондук жумушчу``)."""
NAMED_AFTER_GAP = 2
"""How far after a role noun the organisation it introduces may start (``подрядчы "Нур
Курулуш" компаниясы``: past the opening quotation mark)."""
CONTENT_CLOSERS = frozenset({"деп", "үчүн"})
"""Words closing what an accusation says or why it is made, right before its verb (``...
даярдаган деп сынга алды``, ``... иштегени үчүн айыптап``)."""
DISMISSED_REACH = 4
"""How far before the words of leaving office the person may be named (Ибраевди өз эрки
менен кызматтан: three words between)."""
ACCUSER_SENTENCES = 12
"""How far back (in sentences) a denial of criticism may answer it: the reply often
closes the article, after the critics have all been quoted."""
UNIT_WORDS = 5
"""How many words a unit of a body may take before its people (``жүк жана багаж ташуу
кызматынын``)."""
BODY_TITLE_GAP = 6
"""How far (in words) a body may stand before the name of its title's holder
(``Инспекциянын Нарын облусундагы бөлүмүнүн башчысы Осмоналиев``: five)."""

OBJECT_GAP = 5
"""How many words may stand between the noun of a noun-and-verb trigger and its verb
(``300 аскер кызматчысын жана техниканы жөнөттү``); the noun must be in the clause."""


LISTED_GAP = 4
"""How many more words the noun of a noun-and-verb trigger may stand back for each comma
or ``жана`` of a list of objects it heads (``220 куткаруучуну, 35 бирдик оор техниканы жана суу
соргучтарды жөнөттү``)."""

_LISTED_OBJECT = suffix("accusative_na")
"""An accusative in -ны before a comma: the first of a list of objects, not the end of a
clause (-ды and -ты end past verbs too: кармады, ...)."""


@lru_cache(maxsize=65536)
def _act_noun(word: str) -> str | None:
    """The act noun (``event_context.yaml``: acts) a word starts with (мыйзамды: мыйзам)."""
    return next((n for n in context().act_nouns if word.startswith(n)), None)


@lru_cache(maxsize=4096)
def _safe_prefixes(pattern: WordPattern) -> frozenset[str] | None:
    """The first three letters every word a pattern matches starts with (None when a stem
    is too short for that: жүк -> жүгү voices its third letter)."""
    if any(len(stem) < 4 for stem in pattern.stems) and pattern.kind != "exact":
        return None
    return frozenset(stem[:3] for stem in pattern.stems)


@lru_cache(maxsize=4096)
def _noun_prefixes(pattern: WordPattern) -> frozenset[str] | None:
    """The first three letters of a noun pattern's stems (None when a stem is shorter):
    a cheap test that the noun can stand in a sentence at all."""
    if any(len(stem) < 3 for stem in pattern.stems):
        return None
    return frozenset(stem[:3] for stem in pattern.stems)


def _detached_object(trig: Trigger, words: list[str], h: int) -> int:
    """Where the trigger's first word, a noun (``сунуш*``, ``аскер*``), stands a few words
    before the rest, which stands right before the head, all in one clause; else -1."""
    n = len(trig.words)
    ctx = context()
    adverb = trig.words[0].kind == "exact" and trig.words[0].stems[0] in ctx.detachable_adverbs
    if n < 2 or (trig.words[0].kind != "noun" and not adverb):
        return -1  # a look-alike ("-") may stand apart too: токтомду 71 добуш менен кабыл алышты
    first = h - n + 2  # where the rest of the trigger starts
    if first < 1 or any(
        word_matches(trig.words[k], words[first + k - 1]) is None for k in range(1, n - 1)
    ):
        return -1
    if adverb:  # биргелешип суу үлгүлөрүн алышты: the adverb before the verb's object
        at = next(
            (
                i
                for i in range(first - 1, max(-1, first - 1 - OBJECT_GAP), -1)
                if words[i] in trig.words[0].stems
            ),
            -1,
        )
        if at >= 0 and any(_head_matches(w) for w in words[at + 1 : first]):
            return -1  # биргелешип аскердик машыгуу өткөрдү: the joint act is the noun's
        return at
    left = OBJECT_GAP
    for i in range(first - 1, -1, -1):
        if left == 0:
            break
        left -= 1
        if words[i] in (",", "жана") and i > 0 and _LISTED_OBJECT.search(words[i - 1]):
            left += LISTED_GAP  # 220 куткаруучуну, 35 бирдик техниканы жана ... жөнөттү
            continue
        if words[i] in CLAUSE_PUNCT or words[i] in ctx.purpose_words or _vn(words[i]):
            return -1  # келишимди иликтөө үчүн комиссия түзөрүн: the noun is another verb's
        rest = word_matches(trig.words[0], words[i])
        if rest is not None:
            if i + 1 < first and words[i + 1] == "менен":
                return -1  # элчилиги менен сүйлөшүүгө чакырды: a partner, not the object
            # келишимдеринин шарттарын ... келгени: a genitive owns the next noun, not the
            # verb, unless it is its amount or people (стипендиялардын санын көбөйтөт); the
            # ending after the stem decides (сертификат|ын is an object, not a genitive)
            owned = words[i + 1] if i + 1 < len(words) else ""
            if GENITIVE_WORD.search("а" + rest) and not owned.startswith(ctx.owned_objects):
                return -1
            return i
    return -1


def _words_needed(trig: Trigger, words: list[str], head: int) -> bool:
    """Whether the words a row needs (``word:сапар``) stand anywhere before its head: a row
    that cannot fire gives way to the next row on the same head (the event stage checks
    them again within the trigger's clause)."""
    for need in trig.needs:
        kind, _, what = need.partition(":")
        if kind == "word" and not any(w.startswith(tuple(what.split("|"))) for w in words[:head]):
            return False
    return True


def _owned_as_needed(trig: Trigger, words: list[str], noun: int) -> bool:
    """A row that needs an ``owner`` fires only on a noun owned by a genitive right before
    it (шахтанын ишин токтотту: another's work; Кеминбанк ишин токтотот: its own)."""
    return "owner" not in trig.needs or (
        noun > 0 and GENITIVE_WORD.search(words[noun - 1]) is not None
    )


def find_triggers(
    tokens: list[Token], words: list[str] | None = None, named: Iterable[int] = ()
) -> list[Hit]:
    """Trigger words of one sentence, the longest lexicon entry winning on each head; no
    head among the ``named`` token indices (Жапаров is no form of жап-, to close)."""
    if words is None:
        words = [_word(t.text) for t in tokens]
    hits: list[Hit] = []
    prefixes = frozenset(w[:3] for w in words)
    ctx = context()
    skip = frozenset(named)
    for h, word in enumerate(words):
        if h in skip:
            continue
        matches = _head_matches(word)
        if not matches:
            continue
        found: Hit | None = None
        # a manner adverb before the head leaves the trigger whole (убактылуу токтотту)
        overs = (0, 1) if h > 0 and words[h - 1] in ctx.transparent_adverbs else (0,)
        for trig, rest, before, _ in matches:  # the trigger standing whole before the head first
            if not _words_needed(trig, words, h):
                continue  # тик учак жөнөттү with no rescue word: the army's row, not aid's
            n = len(trig.words)
            for over in overs if n > 1 else (0,):
                first = h - n + 1 - over
                if first < 0 or (before is not None and words[h - 1 - over][:3] not in before):
                    continue
                if all(
                    word_matches(trig.words[k], words[first + k]) is not None for k in range(n - 1)
                ) and _owned_as_needed(trig, words, first):
                    found = Hit(trig, first, h, rest)
                    break
            if found is not None:
                break
        # a longer trigger whose noun stands apart beats a shorter whole one (сунушун ...
        # кабыл алган жок, аскер кызматкери келди), not one as long (өлкөдөн чыгарылды,
        # not чечими менен ... чыгар-)
        size = len(found.trigger.words) if found is not None else 0
        for trig, rest, _, wanted in matches:
            if len(trig.words) <= size:
                break
            if wanted is not None and not wanted & prefixes:
                continue  # the noun is nowhere in the sentence
            if not _words_needed(trig, words, h):
                continue
            noun = _detached_object(trig, words, h)
            if "together" in trig.needs and any(
                w not in QUOTE_MARKS for w in words[noun + 1 : h - len(trig.words) + 2]
            ):
                continue  # буйрутманын көлөмү аз деп эсептейт: only «саясий буйрутма» деп
            if noun >= 0 and _owned_as_needed(trig, words, noun):
                found = Hit(trig, h - len(trig.words) + 2, h, rest, noun)
                break
        if found is not None and (
            "promised" not in found.trigger.needs or _promise_after(words, h, ctx) >= 0
        ):
            hits.append(found)  # кур-, бер-: building or giving is news only when promised
    # a look-alike takes its words from the triggers inside it (нааразылыгын жаратты: the
    # noun of a protest, in a mood), then goes
    hits = [h for h in _dedupe(hits, words) if h.trigger.type != "-"]
    kept: list[Hit] = []
    promised_acts: set[int] = set()  # where the promise words stand whose act was kept
    for k, hit in enumerate(hits):
        later = k + 1 < len(hits)
        if _is_promise(hit) and hit.first in promised_acts:
            continue  # куруп берерин убада кылды: the act promised is the event
        promise = _promise_after(words, hit.head, ctx)
        if (
            promise >= 0
            and _VN_OBJECT.search(words[hit.head])
            and any(hit.head < h.head < promise and not _is_promise(h) for h in hits[k + 1 :])
        ):
            continue  # чектөөнү ... кайра карап чыгууга убада берди: the object of the act
        ready = promise >= 0 or (
            hit.trigger.type in ctx.offer_types
            and hit.head + 1 < len(words)
            and words[hit.head + 1] in ctx.readiness
        )
        if (
            _is_nominal(hit)
            and any(p.search(words[hit.head]) for p in ctx.intention)
            and not ready  # жиберүүгө даяр экенин билдирди: an offer, kept as hypothetical
        ):
            continue  # тереңдетүүгө көңүл бурууда: an aim, not an act
        if (
            len(hit.trigger.words) == 1
            and hit.head > 0
            and _CONVERB.search(words[hit.head - 1])
            and any(words[hit.head] == a or words[hit.head].startswith(a) for a in ctx.auxiliaries)
            and hit.trigger.words[0].stems[0] in ctx.auxiliaries
        ):
            continue  # суу агызып келет: келет only carries aspect
        if (
            _is_nominal(hit)
            and hit.head + 1 < len(words)
            and words[hit.head + 1] in ctx.timeline_marks
            and _ABLATIVE.search(words[hit.head])
            and not (hit.first and _told_here(words[hit.first - 1], ctx))
        ):
            continue  # сүйлөшүүлөрдөн кийин: after the talks, a time, not a new event
        if any(tuple(words[hit.head + 1 : hit.head + 1 + len(m)]) == m for m in ctx.manner_marks):
            continue  # элдештирүү жолу менен жабуу: the means of another act
        if hit.trigger.type != "ACCUSE" and _alleged(hit, hits[k + 1 :], words):
            continue  # күзөтчүлөр уулун сабап өлтүргөн деп айыптады: the act is what is alleged
        if (
            later
            and _is_nominal(hit)
            and _ACCUSATIVE.search(words[hit.head])
            and hits[k + 1].trigger.type in ctx.answering_types
            and hits[k + 1].first - hit.head <= ANSWERED_GAP
        ):
            continue  # Иран тараптын нааразылыгын четке какты: the protest rejected, not made
        if (
            hit.head + 1 < len(words)
            and words[hit.head + 1] in ctx.reason_marks
            and _CLAIM.search(words[hit.head])
            and any(h.trigger.type in ctx.complement_targets for h in hits[k + 1 :])
        ):
            continue  # жардам көрсөтпөгөнү үчүн айыптады: the act blamed, told as the reason
        if _is_nominal(hit) and _PRIVATIVE.search(words[hit.head]):
            continue  # эч кандай эскертүүсүз: "without a warning" is the manner of another act
        if (
            hit.head + 1 < len(words)
            and words[hit.head + 1].startswith(ctx.said_marks)
            and any(h.trigger.type == "REJECT" for h in hits[k + 1 :])
        ):
            continue  # X-ти бошотту деген маалыматты төгүндөдү: a report denied, no act
        form = words[hit.head]
        if (
            form.endswith("п")
            and hit.head + 1 < len(words)
            and words[hit.head + 1].startswith(ctx.converb_auxiliaries)
        ):
            form = words[hit.head + 1]  # төлөп берүүгө: the auxiliary carries the form
        if later and not ready and any(p.search(form) for p in ctx.complement):
            continue  # келүүгө чакырышкан: the visit is what is asked for
        if (
            _vn(hit.rest)
            and hit.head + 1 < len(words)
            and words[hit.head + 1].startswith(ctx.content_nouns)
        ):
            continue  # жокко чыгаруу талабы менен: what is demanded, not done
        if (
            later
            and _is_nominal(hit)
            and hits[k + 1].first == hit.head + 2
            and _VN_OBJECT.search(words[hit.head + 1])
        ):
            continue  # биргелешкен патрулдарды уюштурууну сунуштады: what is proposed
        if (
            _is_nominal(hit)
            and hit.head + 1 < len(words)
            and words[hit.head + 1].startswith(ctx.wish_verbs)
        ):
            continue  # даттанууну кааласа: what is wanted, not done
        if (
            hit.trigger.words[-1].kind == "noun"
            and hit.head + 1 < len(words)
            and words[hit.head + 1].startswith(ctx.evading_verbs)
        ):
            continue  # санкцияларды айланып өтүүгө: a measure evaded, not imposed
        if later and any(
            words[j].startswith(ctx.said_marks) and words[j + 1].startswith(ctx.suspicion_nouns)
            for j in range(hit.head + 1, min(hits[k + 1].first, len(words) - 1))
        ):
            continue  # ... көмөктөштү деген шек менен ... киргизди: what is suspected
        if any(p.search(words[hit.head]) for p in ctx.hypo_endings) and any(
            h.trigger.implicit == "complement" for h in hits[k + 1 :]
        ):
            continue  # X аскерин чыгарбаса, ... эскертти: the condition of a warning
        if any(
            h.trigger.implicit == "complement"
            and any(w.startswith(ctx.complementizers) for w in words[hit.head + 1 : h.first])
            for h in hits[k + 1 :]
        ):
            continue  # ... кызматынан бошотулушу мүмкүн экенин эскертти: what the warning says
        if (
            later
            and hits[k + 1].trigger.implicit == "complement"
            and hits[k + 1].first == hit.head + 1
            and _WILL_DO.search(words[hit.head])
        ):
            continue  # келишимди бир тараптуу бузарын эскертти: the act warned of
        if (
            later
            and hits[k + 1].trigger.type == "REJECT"
            and hits[k + 1].first == hit.head + 1
            and _DENIED_CONTENT.search(words[hit.head])
        ):
            continue  # ок атылганын четке кагып: the act denied, not told as done
        verbal_noun = _vn(hit.rest)
        decided = hit.head + 2 < len(words) and words[hit.head + 2].startswith(ctx.decision_words)
        if (
            _is_nominal(hit)
            and hit.head + 1 < len(words)
            and words[hit.head + 1] in ctx.purpose_words
            and not decided  # кредит берүү тууралуу чечим кабыл алды: the decision is the act
        ):
            continue  # колдоо үчүн, макулдашуу боюнча: a purpose or a topic, not an event
        if (
            hit.head + 2 < len(words)
            and words[hit.head + 1] in ctx.aspect_nouns
            and words[hit.head + 2] in ctx.purpose_words
            and not (
                hit.head + 3 < len(words) and words[hit.head + 3].startswith(ctx.decision_words)
            )
        ):
            continue  # буйрукту убактылуу токтото туруу тууралуу арызын: the act asked for
        if (
            verbal_noun
            and hit.head + 2 < len(words)
            and words[hit.head + 1] == "жана"
            and any(w in ctx.purpose_words for w in words[hit.head + 2 : hit.head + 6])
        ):
            continue  # каржылоо жана мөөнөттөрү боюнча протокол: one of two topics
        if (
            _is_nominal(hit)
            and hit.head + 1 < len(words)
            and words[hit.head + 1].startswith(ctx.topic_heads)
            and _OWNED_HEAD.search(words[hit.head + 1])
        ):
            continue  # жардам берүү маселеси, колдоо программасы: what an issue or plan is about
        if (
            verbal_noun
            and _LOCATIVE.search(words[hit.head])
            and not (hit.head and GENITIVE_WORD.search(words[hit.head - 1]))
            and not _ends_sentence(words, hit.head)
        ):
            # Жолугушууда ... суранды: the meeting is where; X-тин жолугушуусунда is one,
            # and so is the predicate of the present going on (... талап кылышууда.)
            continue
        if verbal_noun and any(p.search(words[hit.head]) for p in ctx.possessor):
            continue  # макулдашуунун тексти: the agreement as a thing
        if (
            later
            and _is_nominal(hit)
            and GENITIVE_WORD.search(words[hit.head])
            and hit.head + 1 < len(words)
            and _OWNED_HEAD.search(words[hit.head + 1])
        ):
            continue  # митингдин уюштуруучуларын кармады: the rally names whom the act is on
        if hit.trigger.words[-1].kind == "verb" and any(
            p.search(hit.rest) for p in ctx.nominalised
        ):
            continue  # кармалгандарга: the people detained, not an arrest
        if _attributive(words, hit.head, ctx):
            continue  # макулдашылган сызык: a participle describing a noun
        if (
            verbal_noun
            and later
            and hit.head + 1 < len(words)
            and words[hit.head + 1] in ctx.content_marks
        ):
            continue  # куугунтуктоо менен айыптады: what the accusation is about
        nxt_word = words[hit.head + 1] if hit.head + 1 < len(words) else ""
        if nxt_word.startswith(ctx.progressive) and hit.head + 2 < len(words):
            nxt_word = words[hit.head + 2]  # куугунтуктап жатат деп: past the auxiliary
        if _NEG_CONVERB.search(words[hit.head]) and bool(
            set(words[hit.head + 1 : hit.head + 2]) & ctx.without
        ):
            continue  # сүйлөшпөй туруп бузду: "without talking", the manner of another act
        if nxt_word in ctx.reported_marks and later:
            continue  # X чакырган деп таап: what someone else claims
        if (
            _is_nominal(hit)
            and later
            and hit.trigger.type == "ACCUSE"
            and hits[k + 1].trigger.type == "REJECT"
            and _ACCUSATIVE.search(words[hit.head])
        ):
            continue  # банктын айыптоолорун четке какты: the accusation denied, told before
        kept.append(hit)
        if promise >= 0:
            promised_acts.add(promise)
    return kept


COMPLEMENT_REACH = 4
"""How far after an accusative a verbal noun of purpose may stand to make it that noun's
object (``Жолдошевди дароо жана шартсыз бошотууга``)."""

PROMISE_REACH = 10
"""How many words after an act its promise (``убада``) may stand: ``... оңдоого жана
... машыгуу борборун курууга убада берди``."""


def _is_promise(hit: Hit) -> bool:
    return hit.trigger.words[0].stems[0].startswith(context().promise_words)


def _promise_after(words: list[str], head: int, ctx: Context) -> int:
    """Where the promise word stands that makes the act at ``head`` what is promised
    (``... берерин убада кылды``), in the same clause; -1 when none does."""
    for i in range(head + 1, min(len(words), head + 1 + PROMISE_REACH)):
        if words[i] in CLAUSE_PUNCT and words[i] != ",":
            return -1
        if words[i].startswith(ctx.promise_words):
            return i
    return -1


NEAR = 3
"""A noun trigger this close before a verb trigger of the same type names the same act."""
_OWNED_HEAD = suffix("possessed")
"""A 3rd-person possessed noun (маселеси, программасын): the head of a compound."""


def _state_body(name: str) -> bool:
    """An organisation a body noun names (Министрлер кабинети, Жогорку сот): no company."""
    low = name.lower()
    return any(
        re.search(rf"(?<!\w){re.escape(s)}", low)
        for noun in actor_nouns()
        if noun.resolves and not noun.resolves[0].startswith("@")
        for s in noun.resolves
    )


_VERBAL_NOUN = suffix("verbal_noun")
"""-уу, not -оор: колдоорун (that it will support) is a future participle of колдо-."""


KIND_GAP = 4
"""How far a person may stand after a body's name whose kind carries the genitive
(``"Көк Жайык" ЖЧКнын директору Бакыт Осмонов``) and still hold its title."""
COUNT_REACH = 4
"""How many words before a generic organisation noun a count makes it several unnamed
ones (``30дан ашык коммерциялык эмес уюм``)."""


def _is_place(noun: ActorNoun) -> bool:
    """A place noun (шаар, облус, аймак) standing for a place named before."""
    return bool(noun.resolves) and noun.resolves[0].startswith("@loc")


@cache
def _place_stems() -> tuple[tuple[str, str], ...]:
    """(stem, kind) of the one-word place nouns (район -> район, аймак -> any place)."""
    return tuple(
        (noun.words[0], noun.resolves[0].partition(":")[2])
        for noun in actor_nouns()
        if len(noun.words) == 1 and _is_place(noun)
    )


@lru_cache(maxsize=65536)
def _title_prefix(word: str) -> str | None:
    """The longest title stem a word starts with (журналистти -> журналист), if any."""
    return next((t for t in titles() if word.startswith(t)), None)


@cache
def spoken_trigger(type_: str) -> Trigger:
    """The act a speaker's own quoted words stand for (no lexicon row: ``event_context.yaml``,
    own_denials)."""
    return Trigger(
        words=(WordPattern("exact", ("",)),),
        type=type_,
        mode=None,
        roles={},
        needs=(),
        implicit=None,
        line="event_context.yaml: own_denials",
    )


@cache
def allegation_trigger() -> Trigger:
    """The ACCUSE a reported wrongdoing stands for (no lexicon row: the claim is the trigger)."""
    return Trigger(
        words=(WordPattern("exact", ("",)),),
        type="ACCUSE",
        mode=None,
        roles={},
        needs=(),
        implicit=None,
        line="event_context.yaml: allegation",
    )


_VN_WORD = suffix("verbal_noun_object")


def _vn_word(word: str) -> bool:
    """A verbal noun in the accusative or dative (экстрадициялоону, келүүгө)."""
    return bool(_VN_WORD.search(word))


def _vn(rest: str) -> bool:
    """The rest after a verb stem makes a verbal noun (-уу, with voice: жолугушуу, кармалуу)."""
    return bool(_VERBAL_NOUN.match(rest))


_COMPLEMENT_ACC = suffix("act_as_object")
"""A participle or verbal noun in the accusative (киргизгенин, бузарын, алышын): an act told
as the object of another verb."""
_BARE_VN = suffix("bare_verbal_noun")
"""A verbal noun with no ending (экстрадициялоо тууралуу): a topic when an "about" word follows."""
_VN_OBJECT = suffix("verbal_noun_accusative")
"""A verbal noun in the accusative (калтырууну): the act a verb of proposing asks for."""
_INTENT_FORM = suffix("intention")
"""The -мокчу intention (жолугушмакчы) ending a clause: a verb whatever the tagger says."""
_ACCUSATIVE = suffix("accusative")
"""An accusative or possessed-accusative ending (айыптоолорун, сынды)."""
_NEGATIVE_VERB = suffix("negative_verb")
"""A negative verb form (караштырбай, бербейт, колдобогон, жиберпеди) where the tagger
gives no Polarity."""


def _negative_verb(token: Token) -> bool:
    """Whether ``token`` is a verb form with the negative -ба-/-па-/-ма-."""
    if token.feats:
        return token.feat("Polarity") == "Neg"
    return _NEGATIVE_VERB.search(token.text.lower()) is not None


_OWNED = suffix("possessed_in_case")
"""A possessed noun (имаратынын, алдында): a genitive before it owns it, not what follows."""


ALIAS_WORDS = 4
"""Longest alias in brackets after a name (``комиссиясынын (БШК)``, ``(ЕАЭБ)``)."""


def _past_alias(words: list[str], i: int) -> int:
    """Where the text goes on after a bracketed alias at ``i`` (``комиссиясынын (БШК)
    имаратынын алдына``); ``i`` itself when none opens there."""
    if i < len(words) and words[i] == "(":
        for k in range(i + 1, min(i + ALIAS_WORDS + 2, len(words))):
            if words[k] == ")":
                return k + 1
    return i


def _owns(words: list[str], gen_last: int, first: int) -> bool:
    """A genitive owns the trigger at ``first``: at most two words between, none possessed."""
    between = words[gen_last + 1 : first]
    return len(between) <= 2 and not any(_OWNED.search(w) for w in between)


@cache
def _role_heads() -> frozenset[str]:
    return frozenset(ner_lexicon.role_heads())


@cache
def _numeral_words() -> frozenset[str]:
    return frozenset(w for _, w in lang_tsv("ky", "numerals.tsv", 2))


def _inflected_numeral(word: str) -> bool:
    """A numeral word with the case an approximate count puts on it (жүзгө жакын, ондон ашык)."""
    return any(
        word.startswith(n) and case_of_rest(word[len(n) :]) in ("Dat", "Abl")
        for n in _numeral_words()
    )


def _since(tok: Token) -> bool:
    """A postposition making the time before it a span's start (2017-жылдан бери: since),
    as the times stage reads it (``time_words.yaml``, tense: since)."""
    return any(p.search(tok.text.lower()) for p in time_lexicon().since)


def _counted(word: str) -> bool:
    """A number before a noun (68 депутат, тогуз депутаты, 30дай тууганы)."""
    return word[:1].isdigit() or word in _numeral_words()


def _alleged(hit: Hit, later: list[Hit], words: list[str]) -> bool:
    """The hit stands in what a later accusation says (``... сабап өлтүргөн деп
    айыптады``): before its ``деп``, with no past finite verb closing a clause of its own
    between (``кармады, ... мыйзамсыз деп айыптады`` keeps the arrest)."""
    for h in later:
        quote = h.first - 1
        if h.trigger.type == "ACCUSE" and quote > hit.head and words[quote] == "деп":
            return not any(w.endswith(PAST_FINITE_ENDINGS) for w in words[hit.head : quote])
    return False


def _is_nominal(hit: Hit) -> bool:
    return hit.trigger.words[-1].kind != "verb" or _vn(hit.rest)


def _dedupe(hits: list[Hit], words: list[str]) -> list[Hit]:
    """One event per act: ``сүйлөшүү жүргүзүп`` is one trigger, not ``сүйлөшүү`` and another;
    ``расмий сапар менен барды`` and ``жолугушуу өткөрүштү`` are one visit, one meeting."""
    out: list[Hit] = []
    for k, hit in enumerate(hits):
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if nxt is not None and nxt.first <= hit.head:
            continue  # the word is part of a longer trigger that follows
        if (
            nxt is not None
            and _is_nominal(hit)
            and nxt.trigger.type == hit.trigger.type
            and nxt.first - hit.head <= NEAR
            and not any(w in CLAUSE_PUNCT for w in words[hit.head + 1 : nxt.first])
            and not _is_promise(nxt)  # кайра карап чыгууга убада берди: the act promised
        ):
            continue
        out.append(hit)
    return out


_PLURAL = suffix("plural")
"""A sentence that opens with a plural noun (Тургундар ...) has its own subject."""
_PLURAL_IN = suffix("plural_inside")
"""A plural ending inside a word (компаниялар, кызматкерлери)."""
_RECIPROCAL = suffix("cooperative_voice")
"""The cooperative voice right after the stem (кол коюшту, жолугушту): a joint act."""
_CONVERB = suffix("converb")
_NEG_CONVERB = suffix("negative_converb")
"""A negative converb (бербей): before тур- (бербей турат) it says what will not be done."""
_NEG_STEM = suffix("negative_stem")
"""A trigger stem with its own negation (кабыл алба-): saying it will not be done is the
refusal, made now."""


def _attributive(words: list[str], head: int, ctx: Context) -> bool:
    """A bare participle followed by a plain lower-case word modifies that word; so does
    a converb with ``турган`` (кармалып турган кыргызстандык: the one held)."""
    if (
        _CONVERB.search(words[head])
        and head + 2 < len(words)
        and words[head + 1] == "турган"
        and words[head + 2].isalpha()
    ):
        return True
    if head + 1 >= len(words) or not _PARTICIPLE.search(words[head]):
        return False
    nxt = words[head + 1]
    if not nxt.isalpha() or nxt in ctx.negation_words or nxt in ctx.reported_marks:
        return False
    stops = ctx.clause_breaks | ctx.future_words | {"эле", "болчу", "экен", "экенин"}
    return nxt not in stops


def spell_out(word: str) -> str:
    """Write й+vowel letters out (коюшту -> койушту) so that stems match their suffixed forms."""
    return word.translate(SPELL)


SAID_PASSIVE = ("айтыл", "делет", "делген", "билдирил")
"""Passive verbs of saying that close a statement's claim (``... аткылашканы айтылат``)."""
_VN_ABLATIVE = suffix("verbal_noun_ablative")
"""A verbal noun in the ablative (алып салуудан): the act a refusal turns down."""
_DENIED_CONTENT = suffix("denied_content")
"""A nominalised past as an object (атылганын): what the denial after it denies."""
_CLAIM = suffix("claim")
"""A nominalised past (аткылашканы, бузгандыгы): what a statement says happened."""

_LOCATIVE = suffix("verbal_noun_locative")
"""A verbal noun in the locative (жолугушууда, сүйлөшүүлөрдө): a setting, not an act."""

_FIRST_PERSON = suffix("first_person_predicate")


def _first_person_predicate(words: list[str], head: int, hi: int) -> bool:
    """The verb closing the trigger's clause is in the first person (``... сурап кат
    жаздык,``): the one who speaks acts."""
    for k in range(head, hi):
        if k + 1 >= len(words) or words[k + 1] in CLAUSE_PUNCT or words[k + 1] in QUOTE_MARKS:
            return _FIRST_PERSON.search(words[k]) is not None  # ... тособуз", - деди: closed
    return False


def _ends_sentence(words: list[str], i: int) -> bool:
    """Only punctuation follows the word: it is the sentence's predicate."""
    return all(w in CLAUSE_PUNCT or not any(c.isalnum() for c in w) for w in words[i + 1 :])


_NUMBERED = suffix("numbered")
"""An ordinal written with digits before its noun (80-сессиясына): the noun is the word."""


@lru_cache(maxsize=65536)
def _word(text: str) -> str:
    """A token's lower-case, spelled-out form, an ordinal's digits cut (80-сессиясына)."""
    return _NUMBERED.sub("", text.lower().translate(SPELL))


@cache
def _phrase_index() -> tuple[
    dict[str, list[tuple[str, tuple[WordPattern, ...]]]],
    dict[str, list[tuple[str, tuple[WordPattern, ...], str]]],
]:
    """Group nouns and mode phrases by the first two letters of their first word."""
    ctx = context()
    groups: dict[str, list[tuple[str, tuple[WordPattern, ...]]]] = {}
    modes: dict[str, list[tuple[str, tuple[WordPattern, ...], str]]] = {}
    for kind, g in ctx.group_nouns:
        groups.setdefault(g[0].stems[0][:2], []).append((kind, g))
    for type_, phrase, m in ctx.modes:
        modes.setdefault(phrase[0].stems[0][:2], []).append((type_, phrase, m))
    return groups, modes


_ADJECTIVE = suffix("having")
"""An adjective in -луу/-туу (эки тараптуу: bilateral): no group of actors."""


def _matches_phrase(words: list[str], i: int, phrase: tuple[WordPattern, ...]) -> bool:
    if i + len(phrase) > len(words) or not words[i].startswith(phrase[0].stems[0][:2]):
        return False
    if _ADJECTIVE.search(words[i + len(phrase) - 1]):
        return False
    return all(word_matches(p, words[i + k]) is not None for k, p in enumerate(phrase))


def _groups(
    refs: list[MentionRef], tokens: list[Token], all_refs: list[MentionRef] | None = None
) -> list[list[MentionRef]]:
    """Runs of mentions joined by жана / , / менен (owners and titles may stand between:
    ``Токаев жана Өзбекстандын лидери Мирзиёев``)."""
    owned = {i for r in all_refs or () if r.case == "Gen" for i in range(r.first, r.last + 1)}
    groups: list[list[MentionRef]] = []
    for r in refs:
        if groups:
            prev = groups[-1][-1]
            span = range(prev.head + 1, r.first)
            between = [tokens[i].text.lower() for i in span]
            joined = any(w in COORD for w in between) and all(
                tokens[i].text.lower() in COORD or i in owned or is_title(tokens[i]) for i in span
            )
            joined = joined or prev.first < r.first <= prev.head  # кыргыз жана тажик тараптар
            joined = joined or _title_phrase_joined(tokens, owned, prev.head + 1, r.first)
            if joined:
                groups[-1].append(r)
                continue
        groups.append([r])
    return groups


TITLE_PHRASE_MAX = 7
"""How many words a title phrase may have between a coordinator and the name it
introduces (``жана Дүйнөлүк банктын Борбордук Азия боюнча региондук директору X``)."""


def _title_phrase_joined(tokens: list[Token], owned: set[int], start: int, end: int) -> bool:
    """``A жана [owner ... title] B``: B's long title phrase stands between the coordinator
    and B, ending in a title word right before the name; no clause break in it."""
    coords = [i for i in range(start, end) if tokens[i].text.lower() in COORD]
    if not coords or coords[0] != start or end - coords[-1] - 1 > TITLE_PHRASE_MAX:
        return False
    phrase = range(coords[-1] + 1, end)
    return (
        len(phrase) > 0
        and is_title(tokens[end - 1])
        and all(tokens[i].text.replace("-", "").isalpha() or i in owned for i in phrase)
    )


LEADER_TITLES = context().leader_titles
"""Titles of the people a bare ``лидерлер``/``президенттер`` stands for."""
_POSSESSED_IN = {
    "Acc": suffix("possessed_accusative"),
    "Dat": suffix("possessed_dative"),
    "Abl": suffix("possessed_ablative"),
}
"""A possessed noun in the accusative, dative or ablative (чечимин, сунушуна, талабынан):
its genitive owner is what is acted on (ЕБнин чечимин четке какты: the EU)."""
_PX3_BARE = suffix("possessed_bare")
"""A possessed noun with no case ending (демилгеси, кызматы): its genitive owner is the
subject of a passive or, before менен, the partner."""
_NEGATION_NOMINAL = suffix("negation_nominal")
"""A negation word made a noun (канааттандыра электигин): the act before it is denied."""
_PARTICIPLE = suffix("past_participle")
"""A past participle (болгон, өткөн): the event noun after it is told here."""
_PASSIVE_PARTICIPLE = suffix("passive_participle")
"""A passive past participle (кайтарылган, берилген): its subject is what was acted on."""


def _told_here(before: str, ctx: Context) -> bool:
    """``Линдквист менен болгон жолугушуудан кийин``: a partner or a participle before the
    event noun tells the event itself, not only its time."""
    return before in ctx.content_marks or bool(_PARTICIPLE.search(before))


_PRIVATIVE = suffix("privative")
"""The privative -сыз (эскертүүсүз, without a warning): an event noun with it is absent."""
_NEG_MORPH = suffix("negation")
"""The negative suffix -ба-/-па-/-ма- right after a verb stem and its voice suffixes
(тааныбайт, алмай), not the -мак of intention (бармакчы)."""
_PLURAL_VERB = suffix("plural_verb")
"""A verb ending of the plural subject (алышты, айыпташат, кылышкан, чыгышып)."""
_ATTRIBUTIVE_TIME = suffix("attributive_time")
"""An attributive time word (быйылкы, кечээки, өткөн жылкы): it dates a noun, not the act."""
_ABLATIVE = suffix("ablative")
"""An ablative ending (сүйлөшүүлөрдөн, жолугушуудан, сапардан)."""
_RECIPROCAL_TYPES = context().reciprocal_types
"""Joint acts (``event_context.yaml``: reciprocal_types)."""
PURPOSE_REACH = 3
"""How close before the trigger a verbal noun of purpose must stand to take the time
before it (``сентябрда Бишкекте өткөрүүгө макулдашты``)."""
_PURPOSE = (suffix("purpose_verbal_noun"), suffix("purpose_infinitive"))
"""A verbal noun of purpose (өткөрүүгө, бармакка): a time before it dates that purpose
(not the noun аймак in аймакка, "to the area")."""


def words_between(tokens: list[Token], lo: int, hi: int) -> list[str]:
    return [t.text.lower() for t in tokens[lo:hi]]


def _forward(f: Found) -> bool:
    """A time counted forward from another one (кийинки жылы, эртең)."""
    fr = f.frame
    return (fr.unit_anchor == "ref" and fr.offset > 0) or (
        fr.year_anchor == "ref" and (fr.year_offset or 0) > 0
    )


def _ids(refs: Iterable[MentionRef]) -> list[str]:
    return list(dict.fromkeys(r.entity.id for r in refs))


def _speaks_for(
    ref: MentionRef, tokens: list[Token], hi: int, spokespeople: tuple[str, ...]
) -> bool:
    """A body's name in the genitive before a spokesperson's title (``министрлигинин басма
    сөз кызматы``): the spokesperson speaks for it."""
    if ref.case != "Gen":
        return False
    after = " ".join(_word(t.text) for t in tokens[ref.last + 1 : min(hi, ref.last + 4)])
    return after.startswith(spokespeople)


class _Extractor:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self._titled: dict[tuple[int, str], bool] = {}
        self._units: dict[str, list[tuple[int, str]]] = {}
        self.ctx: Context = context()
        self.mentions = sentence_mentions(doc)
        self.events: list[Event] = []
        self.state = _State()
        self.pending = _State()
        """What the event being built leaves for pronouns, kept once the event is kept."""
        self.unnamed_subject = False
        """An earlier event of the sentence had an unnamed common-noun subject (Мугалимдер)."""
        self.group_at: dict[int, str] = {}
        self.mode_at: list[tuple[str, int, str]] = []
        self.uncut = 0
        """Where the trigger's clause would start without the subordinate-clause cut."""
        self.resolve_role = role_resolver()
        self.entity_by_id = {e.id: e for e in doc.entities}
        self.hits: list[Hit] = []
        """The trigger words of the sentence being read."""
        self.words: list[str] = []
        """The spelled-out words of the sentence being read."""
        self.demonyms = demonym_stems(doc)
        self.act_makers: dict[str, list[str]] = {}
        """Who made each act told so far, by the act's noun (мыйзам: the parliament)."""
        self.countries = {
            r.entity.id
            for refs in self.mentions
            for r in refs
            if r.entity.label == "LOC"
            and (r.owner or r.modifier or r.entity.name.lower().endswith("стан"))
        }

    # ---------------------------------------------------------------- helpers
    def subject_of(self, si: int) -> list[str]:
        """The opening subject of a sentence (its first nominative actor group)."""
        if not 0 <= si < len(self.doc.sentences):
            return []
        toks = self.doc.sentences[si].tokens
        refs = [r for r in self.mentions[si] if r.case == "Nom" and not r.modifier]
        refs = [r for r in refs if r.entity.label in ("PER", "ORG")] or refs
        groups = _groups(refs, toks)
        return _ids(groups[0]) if groups else []

    def recent_actors(
        self, si: int, before: int, kind: str, count: int = 2, word: str = ""
    ) -> list[str]:
        """The last ``count`` distinct persons (or countries) named before token ``before``.

        Persons with a leader's title are preferred when the article has enough of them
        (лидерлер are the presidents, not the first lady named beside them); a group noun
        of another title (``министрлер``) prefers the bearers of that title, when the
        article has enough of them (the two ministers, not the president who received them).
        """
        title = _title_prefix(word) if word else None
        own = title is not None and not title.startswith(LEADER_TITLES)
        stems = (title,) if own and title else LEADER_TITLES
        leaders = {
            e.id
            for e in self.doc.entities
            if e.label == "PER" and any(w.startswith(stems) for w in (e.role or "").lower().split())
        }
        if len(leaders) < count:
            leaders = set()
        seen: list[str] = []
        # countries and leaders stay the story's sides; other persons fade after a paragraph
        lookback = 6 if kind == "persons" and not leaders else si + 1
        for s in range(si, max(-1, si - lookback), -1):
            refs = self.mentions[s]
            for r in reversed(refs):
                if s == si and r.first >= before:
                    continue
                if kind == "persons":
                    fits = r.entity.label == "PER" and (not leaders or r.entity.id in leaders)
                else:
                    fits = r.entity.id in self.countries
                if fits and r.entity.id not in seen:
                    seen.append(r.entity.id)
                    if len(seen) == count:
                        return seen
        return seen if len(seen) == count else []

    def last_parties(self, si: int, word: str) -> list[str]:
        """``Тараптар`` with no two countries to stand for: the two sides of the last act
        told between two actors a few sentences back."""
        if not word.startswith(self.ctx.party_nouns):
            return []
        for ev in reversed(self.events):
            if ev.sentence < si - POINTED_BACK_SENTENCES:
                break
            if ev.source and ev.target and ev.source[0] != ev.target[0]:
                return [ev.source[0], ev.target[0]]
        return []

    def clause_lo(self, tokens: list[Token], lo: int, hi: int) -> int:
        """Start of the trigger's clause: after the last subordinate clause (``-ган учурда``)
        or a finished one (``X тизмеге кирген жок, комиссия ...``)."""
        for i in range(hi - 1, max(lo, 1) - 1, -1):
            before = tokens[i - 1].text.lower()
            if tokens[i].text == ":" and i + 1 < hi:
                return i + 1  # Мукамбетов Нью-Делиде: Индия ... окутат: a new clause
            if (
                tokens[i].text == ","
                and before in self.ctx.negation_words
                and i > lo + 1
                and (
                    tokens[i - 2].pos in ("VERB", "AUX")
                    or bool(_VERBAL.search(tokens[i - 2].text.lower()))
                )
            ):
                # ... кирген жок, комиссия ...: the denied clause is closed (not the
                # contrast of шаардын эмес, компаниянын ...)
                return i + 1
            if _word(tokens[i].text) in self.ctx.clause_breaks and _VERBAL.search(before):
                if i + 1 == hi and _word(tokens[i].text) in self.ctx.reason_breaks:
                    continue  # депутаттар министрди ... даярдаганы үчүн сынга алышты: the
                    # reason stands inside the clause whose verb follows it straight
                return i + 1
            if (
                tokens[i].text == ","
                and any(p.search(before) for p in self.ctx.hypo_endings)
                and any(_word(tokens[k].text) in self.ctx.condition_words for k in range(lo, i))
            ):
                # Эгер X ... токтотсо, Y ...: the condition has its own subject (after a
                # report phrase too: X-тин айтымында, эгер ...)
                return i + 1
        return lo

    def organisation_subject(self, tokens: list[Token], lo: int, hi: int) -> list[str]:
        """A bare noun opening the clause that heads a body's name (Сот ... -> ``... райондук соту``)."""
        if lo >= hi:
            return []
        word = tokens[lo].text.lower()
        if len(word) < 3 or not tokens[lo].text[:1].isalpha():
            return []
        for ent in self.doc.entities:
            if ent.label != "ORG" or not ent.name:
                continue
            head = ent.name.split()[-1].lower()
            if head.startswith(word) and len(head) - len(word) <= 2:
                return [ent.id]
        return []

    def titled_person(self, si: int, stem: str) -> bool:
        """Whether the article gives someone the title ``stem`` by sentence ``si`` (cached:
        actor nouns repeat)."""
        if stem not in _role_heads():
            return False
        key = (si, stem)
        if key not in self._titled:
            self._titled[key] = self.resolve_role(self.doc, si, stem) is not None
        return self._titled[key]

    def noun_actors(
        self,
        si: int,
        tokens: list[Token],
        refs: list[MentionRef],
        lo: int,
        hi: int,
        roles: dict[str, str],
    ) -> dict[str, list[str] | None]:
        """Common-noun actors in the clause (тургундар, милиция кызматкерлери, 12 адамды) by role.

        A role maps to the ids the noun resolves to (a state body the article names), or to
        an empty list (people the text leaves unnamed): the side is known to be there.
        """
        named = {i for r in refs for i in range(r.first, max(r.last, r.head) + 1)}
        persons = {r.first for r in refs if r.entity.label == "PER"}
        owned = {
            title_after(tokens, r.last + 1)  # Комитетинин (УКМК) кызматкерлери: past the alias
            for r in refs
            if r.case == "Gen" or r.owner or r.modifier  # Ирак аскерлери: Iraq's troops
        } - {-1}
        out: dict[str, list[str] | None] = {}
        i = lo
        while i < hi:
            # ИИМдин кызматкерлери: staff of a named body are that body (owner_subject)
            found = None if i in named or i in owned else actor_noun_at(tokens, i)
            if found is not None and found[1] in owned:
                found = None  # Өзбекстандын чек арачылары: a title the genitive owns
            if found is not None and self.titled_person(si, found[0].words[-1]):
                found = None  # мэрге карата: the mayor the article names, by the title rules
            if found is None:
                i += 1
                continue
            noun, j = found
            nouns = [noun]
            while (
                j + 1 < hi and j + 1 not in named and tokens[j].text.lower() == nouns[-1].words[-1]
            ):
                more = actor_noun_at(tokens, j + 1)
                if more is not None and _is_place(more[0]) and not _is_place(nouns[-1]):
                    break  # министрлик аймакка: the body and where it acts, not one noun
                if more is not None and not nouns[-1].resolves and more[0].resolves:
                    break  # 80 тургун мэриянын алдына: people and a body, not one noun
                if more is not None:
                    nouns.append(more[0])
                    j = more[1]
                elif is_title_word(tokens[j + 1]):
                    j += 1
                else:
                    break
            nxt = tokens[j + 1].text.lower() if j + 1 < len(tokens) else ""
            bare = tokens[j].text.lower() == nouns[-1].words[-1]  # тургун, not an accusative -ун
            case = POSTPOSITIONS.get(nxt) or ("Nom" if bare else case_of_word(tokens[j]))
            if (
                case == "Acc"
                and self.counted(tokens, i)
                and _PX3_BARE.search(tokens[j].text.lower())
                # not 12 адамды: the accusative ending of a bare noun, after its stem
                and case_of_rest(tokens[j].text.lower()[len(nouns[-1].words[-1]) :]) != "Acc"
            ):
                case = "Nom"  # айылдын 300гө жакын тургуну: so many of its people, the subject
            if (
                case == "Acc"
                and _PX3_BARE.search(tokens[j].text.lower())
                and self.owned_unit(tokens, refs, i) is not None
            ):
                case = "Nom"  # Жогорку Кеңештин билим берүү комитети: its unit, the subject
            if j + 1 in persons and case == "Nom":
                i = j + 1
                continue  # милиция кызматкери Асанов: the name is the actor
            role = roles.get(case)
            nxt2 = _word(tokens[j + 2].text) if j + 2 < len(tokens) else ""
            site = nxt in self.ctx.protest_sites or (
                GENITIVE_WORD.search(nxt) is not None and nxt2 in self.ctx.protest_sites
            )  # мэриянын имаратынын алдына: the building of the body is the body's site
            if case == "Gen" and site:
                role = "target" if "target" in roles.values() else None  # мэриянын алдында
            elif case == "Gen" and j + 1 < hi and _OWNED.search(nxt):
                # өкмөттүн чечимине каршы: the owner of what is opposed is the target;
                # өкмөттүн имаратынын алдында: a genitive owning another noun is no side
                against = j + 2 < hi and tokens[j + 2].text.lower() in AGAINST
                # комиссиянын чечимин ... деп атады: the owner of the object is the target
                object_owner = any(
                    roles.get(c) == "target" and pattern.search(nxt)
                    for c, pattern in _POSSESSED_IN.items()
                )
                # соттун чечими менен макул эмес: the owner of the partner noun
                partner_owner = (
                    roles.get("Com") == "target"
                    and _PX3_BARE.search(nxt) is not None
                    and j + 2 < hi
                    and tokens[j + 2].text.lower() == "менен"
                )
                role = (
                    "target"
                    if (against or object_owner or partner_owner) and "target" in roles.values()
                    else None
                )
                if actor_noun_at(tokens, j + 1) is not None:
                    role = None  # шаардын мэриясын: the body owned is the actor, not the city
            owned_noun = actor_noun_at(tokens, j + 1) if case == "Gen" and j + 1 < hi else None
            if (
                owned_noun is not None
                and owned_noun[0].resolves == ("@before",)
                and noun.resolves
                and not _is_place(noun)
            ):
                # банктын делегациясы менен: a delegation of a body named by its noun is
                # that body, in the delegation's case
                k = owned_noun[1]
                after = tokens[k + 1].text.lower() if k + 1 < len(tokens) else ""
                role = roles.get(POSTPOSITIONS.get(after) or case_of_word(tokens[k]))
            if case == "Gen" and role is None and j + 1 < hi and self.staff_of(tokens, j + 1):
                # Элчиликтин өкүлдөрү барып: the staff act for it; компаниянын өкүлдөрү
                # менен жолугушту: the body is met, and so is the university of
                # университетинин ректору Бакыт Жоробеков менен, past its rector's name
                bearer = next(
                    (r for r in refs if r.first == j + 2 and r.entity.label == "PER"), None
                )
                k = bearer.last + 1 if bearer is not None else j + 2
                after = tokens[k].text.lower() if k < len(tokens) else ""
                role = roles.get(POSTPOSITIONS.get(after) or "Nom")
            if role in ("source", "target") and role not in out:
                plural = bool(_PLURAL_IN.search(tokens[j].text.lower()))
                # 68 депутат колдоп, 11 депутат каршы добуш берди: some of a body's members
                # voting are no act of the body, nor of anyone an event would name
                if (
                    i > 0
                    and _counted(tokens[i - 1].text.lower())
                    and noun.words[-1] in self.ctx.voting_members
                ):
                    i = j + 1
                    continue
                ids = self.resolve_nouns(si, tokens[i].start, nouns, plural)
                if not ids and noun.words[-1].startswith(self.ctx.resident_nouns):
                    ids = self.home_place(tokens, refs, i) if case == "Nom" else []
                    ids = ids or self.last_home(si, i)
                if ids or not _is_place(noun):
                    out[role] = ids  # a place noun naming no place is no side
            i = j + 1
        return out

    def home_place(self, tokens: list[Token], refs: list[MentionRef], i: int) -> list[str]:
        """The place whose people a subject noun names (``Ак-Булуң айылынын 200дөй тургуну``,
        ``Петровканын тургундары``): they act for it."""
        k = i - 1
        approximate = k >= 0 and tokens[k].text.lower() in self.ctx.approximate_counts
        if approximate:
            k -= 1
        if k >= 0 and (
            tokens[k].text[:1].isdigit()
            or tokens[k].text.lower() in _numeral_words()
            or (approximate and _inflected_numeral(tokens[k].text.lower()))
        ):
            k -= 1
        ends = {k}
        if k >= 0 and is_place_noun(tokens[k]) and GENITIVE_WORD.search(tokens[k].text.lower()):
            k -= 1  # айылынын: the place's own head noun (in the name: Ак-Тилек көчөсүнүн)
            ends.add(k)
        place = next((r for r in refs if r.last in ends and r.case == "Gen"), None)
        if place is None or place.entity.label != "LOC" or place.entity.id in self.countries:
            return []
        return [place.entity.id]

    def last_home(self, si: int, i: int) -> list[str]:
        """The place whose residents were named last before token ``i`` of sentence ``si``
        (``Көк-Таш айылынын тургундары`` ... ``аким тургундар менен жолугушту``): the
        same people, met or spoken of again, still stand for it."""
        for s in range(si, -1, -1):
            tokens = self.doc.sentences[s].tokens
            end = i if s == si else len(tokens)
            for k in range(end - 1, -1, -1):
                if tokens[k].text.lower().startswith(self.ctx.resident_nouns):
                    home = self.home_place(tokens, self.mentions[s], k)
                    if home:
                        return home
        return []

    @staticmethod
    def staff_of(tokens: list[Token], i: int) -> bool:
        """Whether token ``i`` names the people of a body as a subject (``өкүлдөрү``,
        ``кызматкерлери``): the body before it in the genitive is who acts."""
        owned = actor_noun_at(tokens, i)
        people = (owned is not None and not owned[0].resolves) or is_title_word(tokens[i])
        return people and case_of_word(tokens[i]) == "Nom"

    def scan_phrases(self, words: list[str]) -> None:
        """Where the group nouns (лидерлер) and the mode words (телефон аркылуу) of a
        sentence stand, found once for all its triggers."""
        self.group_at = {}
        self.mode_at = []
        groups, modes = _phrase_index()
        for i, word in enumerate(words):
            for kind, g in groups.get(word[:2], ()):
                if i not in self.group_at and _matches_phrase(words, i, g):
                    self.group_at[i] = kind
            for type_, phrase, m in modes.get(word[:2], ()):
                if _matches_phrase(words, i, phrase):
                    self.mode_at.append((type_, i, m))

    def is_local_place(self, entity_id: str) -> bool:
        """A place that is no country (a region, a town, a village)."""
        ent = self.entity_by_id.get(entity_id)
        return ent is not None and ent.label == "LOC" and ent.kb_id not in country_ids()

    def addressed_before(self, si: int, trig: Trigger, source: list[str]) -> list[str]:
        """``X Министрлер кабинетине кайрылып, [...] суранды``: a request made in the same
        sentence after the same side's appeal or note (a converb) is made of its addressee;
        who is named in what is asked is no target."""
        if trig.type != "REQUEST" or not source or not self.events:
            return []
        last = self.events[-1]
        if (
            last.sentence != si
            or last.type not in self.ctx.appeal_types
            or last.source != source
            or not last.target
            or not _CONVERB.search(last.trigger.text.split()[-1].lower())
        ):
            return []
        return list(last.target)

    def owner_object(
        self,
        tokens: list[Token],
        refs: list[MentionRef],
        lo: int,
        hi: int,
        roles: dict[str, str],
        source: list[str],
    ) -> list[str]:
        """A body owning an unnamed title in a target's case (``"Кең-Кол" командасынын үч
        оюнчусун кармашкан``, ``академиясынын кызматкерлерин``): the act is aimed at it."""
        starts = {r.first: r for r in refs}
        for r in refs:
            if not lo <= r.first < hi or r.entity.label != "ORG" or r.entity.id in source:
                continue
            if r.case != "Gen" and not r.owner:
                continue
            k = r.last + 1
            while k < hi and k not in starts and GENITIVE_WORD.search(tokens[k].text.lower()):
                k += 1  # министрлигинин академиясынын кызматкерин: its unit's staff are its
            first_title = title_after(tokens, k)
            if not r.last < first_title < hi:
                continue
            j = title_phrase_end(tokens, first_title, hi) + 1
            if j in starts and starts[j].entity.label == "PER":
                continue  # its bearer named: the person is the target
            case = title_case(tokens[j - 1])
            if case != "Nom" and roles.get(case) == "target":
                return [r.entity.id]
        return []

    def owner_subject(
        self, tokens: list[Token], refs: list[MentionRef], lo: int, hi: int
    ) -> list[str]:
        """A body or country owning a nominative title with no name after it (ИИМдин
        кызматкерлери, Орусиянын аскерлери): the staff act for it; so do a person's
        followers (Токтосуновдун тарапкерлери)."""
        starts = {r.first: r for r in refs}
        for r in refs:
            if not lo <= r.first < hi or not (r.owner or r.modifier):
                continue
            first_title = title_after(tokens, r.last + 1)
            if not r.last < first_title < hi:
                continue
            if r.entity.label == "PER" and not _word(tokens[first_title].text).startswith(
                self.ctx.follower_titles
            ):
                continue  # Токтосуновдун адвокаты: the lawyer acts, not for his client
            j = title_phrase_end(tokens, first_title, hi) + 1
            if (
                j in starts
                and starts[j].entity.label == "PER"
                and not plural_possessed(tokens[j - 1].text.lower())
            ):
                continue  # its bearer named (not тергөөчүлөрү Касымовду: many are no one's title)
            if title_case(tokens[j - 1]) == "Nom" and tokens[j - 1].text.lower() != "өкүлү":
                return self.coordinated_owners(tokens, refs, r)
            if j == hi and title_case(tokens[j - 1]) == "Gen":
                # X менен Y-тын министрлеринин жолугушуусу: the titles' owners meet
                return self.coordinated_owners(tokens, refs, r)
        # X менен Y-тын чек ара ведомстволорунун жетекчилери: owners, then a plural head
        owners = [r for r in refs if lo <= r.first < hi and r.case == "Gen" and r.owner]
        for r in owners:
            nxt = next((x for x in refs if x.first > r.last), None)
            if nxt is None or nxt.case != "Gen" or not lo <= nxt.first < hi:
                continue
            for k in range(nxt.last + 1, min(nxt.last + 5, hi)):
                if plural_possessed(tokens[k].text.lower()) and is_title_word(tokens[k]):
                    return [r.entity.id, nxt.entity.id]
        return []

    @staticmethod
    def coordinated_owners(
        tokens: list[Token], refs: list[MentionRef], owner: MentionRef
    ) -> list[str]:
        """The owner of a title with the genitives coordinated before it (``Кытайдын,
        Кыргызстандын жана Өзбекстандын транспорт министрлери``): all of them."""
        group = [owner]
        by_last = {r.last: r for r in refs if r.case == "Gen"}
        k = owner.first - 1
        while k >= 1 and tokens[k].text.lower() in COORD and (k - 1) in by_last:
            group.insert(0, by_last[k - 1])
            k = by_last[k - 1].first - 1
        return _ids(group)

    def last_suspects(self, si: int) -> list[str]:
        """The persons the last arrest or charge told a few sentences back was aimed at
        (``шектүүлөрдү``: the suspects named there)."""
        for ev in reversed(self.events):
            if ev.sentence < si - POINTED_BACK_SENTENCES:
                break
            if ev.type in self.ctx.suspect_types and not ev.negated:
                people = [
                    t for t in ev.target if (e := self.entity_by_id.get(t)) and e.label == "PER"
                ]
                if people:
                    return people
        return []

    def last_visitor(self) -> list[str]:
        """Who made the last visit told (``конокко``: to the guest)."""
        visit = next(
            (e for e in reversed(self.events) if e.type == "CONSULT" and e.mode == "visit"), None
        )
        return list(visit.source) if visit is not None else []

    def called_otherwise(self, si: int, r: MentionRef, noun: ActorNoun) -> bool:
        """A name the text calls by another body noun (``Reuters агенттигине``): not
        what ``компания`` stands for."""
        tokens = self.doc.sentences[si].tokens
        other = actor_noun_at(tokens, r.last + 1) if r.last + 1 < len(tokens) else None
        return other is not None and bool(other[0].resolves) and other[0].resolves != noun.resolves

    def called(self, before: int, stem: str, here: set[str]) -> str | None:
        """The organisation the article last called by the noun before offset ``before``
        and not named in the sentence (``here``): ``"Тулпар Экспорт" компаниясы ... Компания
        четке какты``; a news agency or a ministry named in between is not what
        ``компания`` stands for."""
        best: tuple[int, str] | None = None
        text = self.doc.text
        for ent in self.doc.entities:
            if ent.label != "ORG" or ent.id in here:
                continue  # Кеминбанк компанияны сынга алды: not the subject itself
            named = stem in ent.name.lower()
            for m in ent.mentions:
                if m.start >= before:
                    continue
                after = text[m.end : m.end + 40].lstrip(' "»”').lower()
                if (named or after.startswith(stem)) and (best is None or m.start > best[0]):
                    best = (m.start, ent.id)
        return best[1] if best is not None else None

    def counted(self, tokens: list[Token], i: int) -> bool:
        """A count stands right before token ``i`` (``300дөй``, ``300гө жакын``, ``жүзгө
        жакын``), or before the possessed noun it is coordinated with (``150дөй окутуучусу
        жана``)."""
        k = i - 1
        if (
            k >= 1
            and tokens[k].text.lower() in COORD
            and _PX3_BARE.search(tokens[k - 1].text.lower())
        ):
            k -= 2
        if k >= 0 and tokens[k].text.lower() in self.ctx.approximate_counts:
            return k >= 1 and (
                tokens[k - 1].text[:1].isdigit() or _inflected_numeral(tokens[k - 1].text.lower())
            )
        return k >= 0 and tokens[k].text[:1].isdigit()

    def last_named(self, entity_id: str, before: int) -> int:
        """Where the entity is last named before the offset (-1 when it is not)."""
        ent = self.doc.entity(entity_id)
        return max((m.start for m in ent.mentions if m.start < before), default=-1) if ent else -1

    def resolve_nouns(
        self, si: int, before: int, nouns: list[ActorNoun], plural: bool
    ) -> list[str]:
        """The organisation a body noun stands for (милиция -> ИИМ), nearest mention first;
        ``компания(лар)`` the organisation(s) named in the nearest sentence before, not here."""
        for noun in nouns:
            if _is_place(noun):
                place = self.nearest_place(before, noun.resolves[0].partition(":")[2])
                if place is not None:
                    return [place]
                continue
            if noun.resolves == ("@suspects",):
                suspects = self.last_suspects(si)
                if suspects:
                    return suspects
                continue
            if noun.resolves == ("@home",):
                home = self.country_entities.get(self.ctx.home_country)
                if home is not None:
                    return [home.id]
                continue
            if noun.resolves == ("@guest",):
                guest = self.last_visitor()
                if guest:
                    return guest
                continue
            if noun.resolves and noun.resolves[0].startswith("@role:"):
                stems = noun.resolves[0].partition(":")[2].split(",")
                holders = {h for stem in stems if (h := fallback_role(self.doc, si, stem))}
                if holders:
                    return [max(holders, key=lambda h: self.last_named(h, before))]
                continue
            if noun.resolves and noun.resolves[0].startswith("@sector:"):
                tokens, at = self.token_at(si, before)
                owner = [
                    r.entity.id
                    for r in self.mentions[si]
                    if r.last == at - 1 and r.case == "Gen" and r.entity.label == "ORG"
                ]
                if owner:
                    return owner[:1]  # "Тунук Медиа" басылмасынын редакциясы: its own
                if plural or self.counted(tokens, at):
                    continue  # 40тан ашык редакциянын: newsrooms at large, no one outlet
                sector = noun.resolves[0].partition(":")[2].upper()
                bodies = [e.id for e in self.doc.entities if e.sector == sector]
                # a body the KB does not know, told by its head ("Ордо Ньюс" сайты)
                bodies += [
                    b
                    for head in self.ctx.sector_heads.get(sector, ())
                    if (b := self.called(before, head, set())) is not None
                ]
                if bodies:
                    latest = max(bodies, key=lambda b: self.last_named(b, before))
                    if self.last_named(latest, before) >= 0:
                        return [latest]
                continue
            if noun.resolves == ("@before",):
                named = self.named_with(si, before, noun.words[-1])
                if named:
                    return named
                continue
            if noun.resolves == ("@next",):
                named = self.named_after(si, before, noun.words[-1])
                if named:
                    return named
                continue
            if noun.resolves == ("@org",):
                found_org = self.organisation_before(si, noun, plural)
                if found_org:
                    return found_org
                continue
            name_stems = tuple(stem for stem in noun.resolves if stem != "@org")
            if len(name_stems) < len(noun.resolves):
                tokens, at = self.token_at(si, before)
                if any(
                    t.text[:1].isdigit() or _inflected_numeral(t.text.lower())
                    for t in tokens[max(0, at - COUNT_REACH) : at]
                ):
                    continue  # 12 коомдук уюм, 30дан ашык ... уюм: unnamed ones, counted
                # уюм: an organisation of that name told before, else the one told last
                # (the crisis centre, not the UN office the article names later)
                found = organisation_named(self.doc, name_stems, before)
                if found is not None:
                    return [found]
                found_org = self.organisation_before(si, noun, plural)
                if found_org:
                    return found_org
            found = organisation_named(self.doc, name_stems, before)
            if found is not None:
                return [found]
            unit_body = self.unit_owner(before, noun.words[-1])
            if unit_body is not None:
                # Жогорку Кеңештин ... комитети, later Комитет: a unit the article names
                # only by its owner and a common noun is its owner
                return [unit_body]
            holder = self.ctx.body_holders.get(noun.words[-1])
            head = self.resolve_role(self.doc, si, holder) if holder else None
            if head is not None:
                # транспорт министри Эсенаманов ... министрликти айыптап: the minister named
                # before stands for the ministry the article names only later, if at all
                return [head]
            found = organisation_named(self.doc, name_stems, before, ahead=True)
            if found is not None:
                return [found]
            head = role_ahead(self.doc, si, holder) if holder else None
            if head is not None:
                return [head]  # мэриянын алдына: the mayor the article names, here or later
        return []

    @staticmethod
    def owned_unit(tokens: list[Token], refs: list[MentionRef], i: int) -> MentionRef | None:
        """The organisation in the genitive that owns the noun at ``i``, a few lower-case
        words between (``Жогорку Кеңештин билим берүү комитети``); None if none does."""
        return next(
            (
                r
                for r in reversed(refs)
                if r.case == "Gen"
                and r.entity.label == "ORG"
                and i - 1 - UNIT_WORDS <= r.last < i
                and all(t.text.isalpha() and t.text.islower() for t in tokens[r.last + 1 : i])
            ),
            None,
        )

    def unit_owner(self, before: int, stem: str) -> str | None:
        """The organisation owning the last lower-case ``stem`` noun told up to offset
        ``before`` (this one included), its genitive a few lower-case words before it
        (``Жогорку Кеңештин коргоо жана коопсуздук боюнча комитети``); None if none."""
        if stem not in self._units:  # the article's owned units of a stem, found once
            self._units[stem] = [
                (tok.start, owner.entity.id)
                for tokens, refs in zip(
                    (sent.tokens for sent in self.doc.sentences), self.mentions, strict=True
                )
                for k, tok in enumerate(tokens)
                if tok.text.startswith(stem)
                and (owner := self.owned_unit(tokens, refs, k)) is not None
            ]
        told = [owner for start, owner in self._units[stem] if start <= before]
        return told[-1] if told else None

    def token_at(self, si: int, offset: int) -> tuple[list[Token], int]:
        """Sentence ``si``'s tokens and the index of the one starting at ``offset`` (0 if
        none does)."""
        tokens = self.doc.sentences[si].tokens
        return tokens, next((k for k, t in enumerate(tokens) if t.start == offset), 0)

    def organisation_before(self, si: int, noun: ActorNoun, plural: bool) -> list[str]:
        """The organisation(s) named in the nearest of the three sentences before (not a
        state body or a news outlet), else one the article calls by the noun, else the
        company (no state body) named last before that: the story's firm."""
        here = {r.entity.id for r in self.mentions[si]}
        for s in range(si - 1, max(-1, si - 4), -1):
            ids = _ids(
                r
                for r in self.mentions[s]
                if r.entity.label == "ORG"
                and r.entity.id not in here
                and not _state_body(r.entity.name)
                and r.entity.sector not in self.ctx.reporter_sectors
                and not self.called_otherwise(s, r, noun)
            )
            if ids:
                return ids if plural else ids[-1:]
        called = self.called(self.doc.sentences[si].start, noun.words[-1], here)
        if called is not None:
            return [called]
        for s in range(si - 4, -1, -1):
            # Тургундар компанияны ... деп айыпташты, paragraphs after the lead named it
            ids = [
                r.entity.id
                for r in self.mentions[s]
                if r.entity.label == "ORG"
                and r.entity.id not in here
                and r.entity.sector in (None, "BUS")
                and not _state_body(r.entity.name)
                and not self.called_otherwise(s, r, noun)
            ]
            if ids:
                return ids[-1:]
        return []

    @staticmethod
    def owns_object(tokens: list[Token], i: int, hi: int, roles: dict[str, str]) -> bool:
        """The genitive at ``i`` owns a possessed noun in a target case within
        OWNED_GAP words (``президенттин чечимин``)."""
        targets = [_POSSESSED_IN[c] for c in _POSSESSED_IN if roles.get(c) == "target"]
        for k in range(i + 1, min(i + 1 + OWNED_GAP, hi)):
            word = tokens[k].text.lower()
            if _OWNED.search(word):
                return any(p.search(word) for p in targets)
        return False

    @staticmethod
    def modifies_object(tokens: list[Token], i: int, hi: int, roles: dict[str, str]) -> bool:
        """The words from ``i`` reach a noun in a target case before any other case
        (``Кыргызстандагы сот реформаларын``), not a locative or a genitive
        (``шаардагы участоктордо``, ``шаарындагы УКМКнын``)."""
        for k in range(i, min(i + 4, hi)):
            if tokens[k].text in CLAUSE_PUNCT:
                return False
            if tokens[k].text.lower() in COORD:
                continue  # сот жана салык реформаларын
            case = case_of_word(tokens[k])
            if roles.get(case) == "target" or case in ("Acc", "Dat"):
                return True  # (райондогу) сугат каналын оңдоого: the object of the aim too
            if case != "Nom":
                return False
        return False

    def attributive_place(
        self,
        tokens: list[Token],
        words: list[str],
        refs: list[MentionRef],
        lo: int,
        hi: int,
        roles: dict[str, str],
    ) -> str | None:
        """A bare place noun in ``-дагы`` (райондогу, шаардагы) on the object, after the
        subject: the place of that kind named before (not ``Кара-Суу районундагы``, the
        head of a name)."""
        subject = max((r.last for r in refs if r.case == "Nom" and r.first < hi), default=-1)
        after_name = {r.last + 1 for r in refs if r.entity.label == "LOC"}
        for i in range(max(lo, subject + 1, 0), hi):
            if i in after_name:
                continue
            for stem, kind in _place_stems():
                if (
                    words[i].startswith(stem)
                    and case_of_rest(words[i][len(stem) :]) == "Attr"
                    and self.modifies_object(tokens, i + 1, hi, roles)
                ):
                    return self.nearest_place(tokens[i].start, kind)
        return None

    def speaker_at(self, offset: int) -> list[str]:
        """The speaker of the direct quote holding ``offset``: who ``биз``/``мен`` is."""
        for q in self.doc.quotes:
            if q.kind == "direct" and q.start <= offset < q.end and q.speaker:
                return [q.speaker]
        return []

    def named_with(self, si: int, before: int, stem: str) -> list[str]:
        """Who was named right before this or an earlier ``stem`` noun (``Азизи баштаган
        делегация``, ``Ооганстандын делегациясы``): what the bare noun stands for now."""
        for s in range(si, -1, -1):  # the story's delegation may be named in its lead
            toks = self.doc.sentences[s].tokens
            for i in range(len(toks) - 1, 0, -1):
                if toks[i].start > before or not toks[i].text.lower().startswith(stem):
                    continue
                near = [r for r in self.mentions[s] if i - 3 <= r.last < i]
                if toks[i].start == before:
                    # this very noun: only its leader or owner right before it (X баштаган
                    # делегацияны), not a subject named a few words earlier
                    near = [
                        r
                        for r in near
                        if (r.case == "Gen" and r.last + 1 == i)
                        or (
                            r.last + 1 < i
                            and all(
                                t.text.lower() in self.ctx.leading_words
                                for t in toks[r.last + 1 : i]
                            )
                        )
                    ]
                if near:
                    return [near[-1].entity.id]
        return []

    def named_after(self, si: int, before: int, stem: str) -> list[str]:
        """The organisation named right after an earlier ``stem`` noun (``подрядчы "Нур
        Курулуш" компаниясы``): whom the bare noun stands for later."""
        for s in range(si, -1, -1):
            toks = self.doc.sentences[s].tokens
            for i in range(len(toks) - 2, -1, -1):
                if toks[i].start >= before or not toks[i].text.lower().startswith(stem):
                    continue
                named = [
                    r
                    for r in self.mentions[s]
                    if i < r.first <= i + NAMED_AFTER_GAP and r.entity.label == "ORG"
                ]
                if named:
                    return [named[0].entity.id]
        return []

    def nearest_place(self, before: int, stem: str) -> str | None:
        """The place named last before offset ``before``: one whose name has a word of
        ``stem`` or is followed by one (``Нарын облусу``, ``Ош шаарында``), or with no
        stem any place that is not a country (``аймакка``: the district of the story)."""
        best: tuple[int, str] | None = None
        text = self.doc.text
        for ent in self.doc.entities:
            if ent.label != "LOC":
                continue
            if stem:
                in_name = any(w.startswith(stem) for w in ent.name.lower().split())
            elif ent.kb_id in country_ids():
                continue
            for m in ent.mentions:
                if m.start >= before or (best is not None and m.start <= best[0]):
                    continue
                if (
                    stem
                    and not in_name
                    and not text[m.end : m.end + 40].lower().lstrip(" -").startswith(stem)
                ):
                    continue
                best = (m.start, ent.id)
        return best[1] if best else None

    # ---------------------------------------------------------------- modality
    def modality(self, tokens: list[Token], hit: Hit, hi: int) -> tuple[str, bool]:
        ctx = self.ctx
        head = tokens[hit.head]
        word = self.words[hit.head]  # spelled out as the patterns are (коёт: койот)
        lemma = (head.lemma or "").lower()
        tail = word[len(lemma) :] if lemma and word.startswith(lemma) else hit.rest
        stem = word[: len(word) - len(hit.rest)]
        own_negation = bool(lemma) and stem.startswith(lemma) and len(stem) > len(lemma)
        negated = (
            bool(ctx.negative.match(hit.rest))
            or (
                head.feat("Polarity") == "Neg"
                and bool(_NEG_MORPH.match(tail))
                # кабыл албай турганын: the -ба- is the trigger's own (кабыл алба-, a refusal)
                and not (own_negation and _NEG_MORPH.match(stem[len(lemma) :]))
            )
        )  # кайрылышы мүмкүн, даттанабыз: the tagger's Neg needs -ба-/-ма- after the stem
        finite = (
            word.endswith(FINITE_ENDINGS)
            and hit.trigger.words[-1].kind == "verb"
            and not _vn(hit.rest)  # сүйлөшүүлөрдү: an accusative verbal noun, no past verb
        )
        after: list[str] = []
        for t in tokens[hit.head + 1 : hi]:
            if t.text in CLAUSE_PUNCT:
                break
            after.append(t.text.lower())
            if finite:
                break
        if any(
            (w in ctx.negation_words or _NEGATION_NOMINAL.search(w))
            and not (k and after[k - 1].startswith(ctx.open_verbs))
            for k, w in enumerate(after)
        ):
            negated = True  # (not ... экенин жашырган жок: said openly)
        if (
            hit.head + 1 < len(tokens)
            and (_vn(hit.rest) or _is_nominal(hit))
            and _ACCUSATIVE.search(word)
            and _negative_verb(tokens[hit.head + 1])
        ):
            negated = True  # чектөө киргизүүнү караштырбай турганын: the act is not considered
        told = [word, *after[:UNREALISED_REACH]]
        if any(_INTENT_FORM.search(w) and nxt in ctx.unrealised for w, nxt in pairwise(told)):
            negated = True  # митинг өткөрмөкчү эле: was to hold a rally, and did not
        planned = [w for w in after[: UNREALISED_REACH + 1] if w not in ctx.concessive]
        if any(w.startswith(ctx.planned) and nxt in ctx.unrealised for w, nxt in pairwise(planned)):
            negated = True  # жолугушуу да каралган эле: a meeting had been planned
        aux = tokens[hit.head + 1].text.lower() if hit.head + 1 < len(tokens) else ""
        if (
            hit.trigger.words[-1].kind == "verb"
            and A_CONVERB.search(word)  # бер|е ал-, төлө|й ал-: the converb an auxiliary follows
            and any(
                aux.startswith(v) and ctx.negative.match(aux[len(v) :])
                for v in ctx.negated_auxiliaries
            )
        ):
            negated = True  # бере албайт: could not give (the auxiliary may be a trigger too)
        if not finite and not negated and _is_nominal(hit):
            # жолугушуу болбоду, сүйлөшүүлөр өтпөй калды: the support verb is negated
            negated = any(
                w.startswith(v) and bool(ctx.negative.match(w[len(v) :]))
                for w in after[:3]
                for v in ctx.support_verbs
            )
        if after and _word(after[0]) in ctx.readiness:
            return "hypothetical", negated  # жиберүүгө даяр: offered, not done
        concessive = bool(after) and after[0] in ctx.concessive
        if (any(p.search(word) for p in ctx.hypo_endings) and not concessive) or any(
            w in ctx.hypo_words for w in after
        ):
            return "hypothetical", negated
        if hit.trigger.implicit == "complement":
            # a warning is made: its condition is part of what it says, but ... мүмкүн
            # экенин эскертти warns of what may happen
            before = [t.text.lower() for t in tokens[max(0, hit.first - 3) : hit.first]]
            if any(w in ctx.hypo_words for w in before):
                return "hypothetical", negated
        elif self._condition_before(tokens, hit.first):
            return "hypothetical", negated  # Эгер X ... бербесе, Y ... билдирет: the consequence
        verbal = hit.trigger.words[-1].kind == "verb" and not _vn(hit.rest)
        # сүйлөшүүлөр: -өр is the plural of a noun here, not the future -ар
        future = verbal and any(p.search(word) for p in ctx.future_endings)
        if not future and hit.trigger.words[-1].kind == "verb" and finite:
            future = token_tense(head) == "future"
        if (
            future
            and ctx.present.search(word)
            and (self._passive(hit) or hit.trigger.type in ctx.present_types)
        ):
            future = False  # айыпталат, талап кылышат: what is being said or done now
        if not future and _CONVERB.search(word):
            # барып, ... жолугат: a converb takes the tense of the verb that ends its chain
            rest = tokens[hit.head + 1 :]
            for k, t in enumerate(rest):
                w = self.words[hit.head + 1 + k]  # коёт as койот, as the patterns are
                nxt = rest[k + 1].text.lower() if k + 1 < len(rest) else "."
                if w in time_lexicon().since_then and nxt == "бери":
                    break  # кармап, ошондон бери абакта отурат: the arrest is past
                if (
                    t.pos in ("NOUN", "PROPN", "ADJ", "NUM") or "Case=" in (t.feats or "")
                ) and nxt not in CLAUSE_PUNCT:
                    continue  # чогулуп, пикет өткөрүштү: пикет ends like -ет, but is a noun
                if (
                    _PARTICIPLE.search(w)
                    and k + 1 < len(rest)
                    and (
                        rest[k + 1].pos in ("NOUN", "PROPN", "ADJ", "NUM")
                        or "Case=" in (rest[k + 1].feats or "")
                    )
                ):
                    continue  # киргизиле турган өзгөртүүлөрдү: a participle on a noun
                ends = any(p.search(w) for p in ctx.future_endings)
                if ends and not w.endswith(FINITE_ENDINGS):
                    # жарадар, базар: -ар ends nouns too; a verb form stands last or has VERB
                    ends = (
                        t.pos in ("VERB", "AUX")
                        or (t.pos is None and nxt in CLAUSE_PUNCT)
                        or (_INTENT_FORM.search(w) is not None and nxt in CLAUSE_PUNCT)
                        or nxt in ctx.future_words  # жолугары күтүлүүдө
                    )
                if w.endswith(FINITE_ENDINGS) or ends:
                    if nxt in ctx.reported_marks:
                        continue  # ... күчөтөт деп билдирди: the verb of what was said
                    if k == 0 and w.startswith(ctx.progressive):
                        break  # айыптап жатышат: the act is going on now
                    future = ends or token_tense(t) == "future"
                    break
        refusal = hit.trigger.type == "REJECT" and any(
            _NEG_STEM.search(stem) for stem in hit.trigger.words[-1].stems
        )  # кайра карабай турганын билдирди: refuses now what was asked
        # бербей турганын билдирди: will not give; жөнөтө турганы айтылат: will send
        if (
            not future
            and not refusal
            and after
            and (
                (_NEG_CONVERB.search(word) and after[0].startswith("тур"))
                or (A_CONVERB.search(word) and after[0].startswith("турган"))
            )
        ):
            future = True
        if not future and not finite and _is_nominal(hit):
            # жолугушуу ... өтөт, сүйлөшүүлөр уюштурулат: the support verb announces it
            future = any(
                w.startswith(v)
                and not _vn(w[len(v) :])  # уюштуруучулары: the organisers, no verb
                and any(p.search(w) for p in ctx.future_endings)
                for w in after[:SUPPORT_REACH]
                for v in ctx.support_verbs
            )
        if future or any(w in ctx.future_words for w in after[:3]):
            return "future", negated
        if not _is_promise(hit) and _promise_after(self.words, hit.head, ctx) >= 0:
            return "future", negated  # куруп берерин убада кылды: promised, to be done
        return "asserted", negated

    def _condition_end(
        self, tokens: list[Token], lo: int, hi: int, negated: bool = False
    ) -> int | None:
        """Where a conditional clause (``... -са,``) inside ``lo..hi`` ends, if one does;
        ``negated``: the first whose verb is negated (``бербесе,``: if they do not give)."""
        for i in range(max(lo + 1, 2), hi):
            word = tokens[i - 1].text.lower()
            if (
                tokens[i].text == ","
                and any(p.search(word) for p in self.ctx.hypo_endings)
                and (not negated or self.ctx.negated_condition.search(word) is not None)
            ):
                return i
        return None

    def agreement_parties(
        self, words: list[str], lo: int, hi: int, roles: dict[str, str], source: list[str]
    ) -> list[str]:
        """An agreement noun as the object (келишимди сынга алды, документке кол коюшту)
        stands for the parties of the last agreement told: they are the target."""
        cases = [c for c in ("Acc", "Dat") if roles.get(c) == "target"]
        # келишимдин ачык тендерсиз түзүлгөнүн сынга алды: the agreement owns the act objected to
        acted_on = "Acc" in cases and any(_COMPLEMENT_ACC.search(w) for w in words[lo:hi])
        if not any(
            w.startswith(stem)
            and (
                case_of_rest(w[len(stem) :]) in cases
                or (acted_on and case_of_rest(w[len(stem) :]) == "Gen")
            )
            for w in words[lo:hi]
            for stem in self.ctx.agreement_nouns
        ):
            return []
        last = next(
            (
                e
                for e in reversed(self.events)
                if e.type == "AGREE" and not e.negated and e.source and e.target
            ),
            None,
        )
        if last is None:
            return []
        return [p for p in dict.fromkeys(last.source + last.target) if p not in source]

    def only_places(self, ids: list[str]) -> bool:
        """Whether every actor is a place that is no country (a city, a region)."""
        return all(
            (ent := self.entity_by_id.get(x)) is not None
            and ent.label == "LOC"
            and x not in self.countries
            for x in ids
        )

    def said_by_speaker(self, tokens: list[Token], head: int, hi: int) -> bool:
        """A verb in the first person closes the trigger's clause (``уюштурабыз``,
        ``барбаймын``): the speaker's own vow, not a readiness offered (``даярбыз``)."""
        for t in tokens[head:hi]:
            if t.pos == "VERB" and t.feat("Person") == "1" and t.lemma not in self.ctx.quotatives:
                return True
        return _first_person_predicate(self.words, head, hi)  # болобуз, read as no person

    def _condition_before(self, tokens: list[Token], first: int) -> bool:
        """A conditional clause (``-са,``) stands before the trigger in its sentence (not
        the opening word: Баса, ... by the way)."""
        return self._condition_end(tokens, 0, first) is not None

    # ---------------------------------------------------------------- date
    def date_for(
        self,
        times: list[Found],
        hit: Hit,
        lo: int,
        first_head: int,
        past: bool,
        tokens: list[Token],
    ) -> EventDate:
        before = [f for f in times if lo <= f.first and f.last <= hit.first]
        nominal = hit.trigger.words[-1].kind != "verb" or _vn(hit.rest)
        if not before and nominal:
            before = [f for f in times if f.first > hit.head][:1]
        for f in reversed(before):
            # a time counted forward dates an act whose own word is not past, though the verb
            # after reads as told (кийинки аптада барып, ... жолугат деп күтүлүүдө), but not a
            # past act or one of a clause that names its own time too
            if (
                past
                and _forward(f)
                and (
                    any(not _forward(g) for g in before) or token_tense(tokens[hit.head]) == "past"
                )
            ):
                continue  # ... кийинки жылы саммитке чакырган: dates what was planned, not the act
            if f.value is None and any(
                g.value is not None and (g in before or g.last <= first_head) for g in times
            ):
                continue  # дүйшөмбү күнү ... беш жыл бою: a span dates nothing, the day does
            if (
                f.last < len(tokens)
                and tokens[f.last].text.lower() in DEADLINES
                and f is not before[0]
            ):
                continue  # кечээ ... 25-июлга чейин камакка алды: the deadline is no date of the act
            if len(before) > 1 and f.last < len(tokens) and _since(tokens[f.last]):
                continue  # дүйшөмбү күнү 2017-жылдан бери биринчи жолу келди: came on Monday
            if _ATTRIBUTIVE_TIME.search(tokens[f.last - 1].text.lower()) and f is not before[0]:
                continue  # шаршемби күнү быйылкы квотаны кыскартты: быйылкы dates the quota
            if f is not before[0] and self._in_relative_clause(tokens, f, hit):
                continue  # шейшемби күнү 2019-жылы берилген лицензияны ...: the grant's year
            # октябрда өткөрүүгө макулдашты, апрелге чейин которууга убада берди: an agreement
            # or a promise in the clause of its purpose's time is dated by what it settles
            return self._event_date(f, tokens)
        opening = [f for f in times if f.last <= first_head and not f.frame.vague]
        for f in opening:
            if past and _forward(f):
                continue
            if self._purpose_between(tokens, f, hit):
                continue
            return self._event_date(f, tokens)
        pub = self.doc.published.isoformat() if self.doc.published else None
        return EventDate(None, pub, "published")

    @staticmethod
    def _in_relative_clause(tokens: list[Token], f: Found, hit: Hit) -> bool:
        """A past participle after the time, on the noun right after it, before the trigger:
        the time is said of that noun (``2024-жылы түзүлгөн келишимден чыкты``)."""
        return any(
            _PARTICIPLE.search(tokens[k].text.lower())
            and (k + 1 == hit.first or tokens[k + 1].pos in ("NOUN", "PROPN"))
            for k in range(f.last, hit.first)
        )

    @staticmethod
    def _purpose_between(tokens: list[Token], f: Found, hit: Hit) -> bool:
        """A verbal noun of purpose right before the trigger, after a time opening the
        sentence in another clause: the time dates the purpose, not the act, when the act's
        own clause names none (``кечээ бузулууга тийиш болгон тургундар чогулуп``)."""
        lo = max(f.last, hit.first - PURPOSE_REACH)
        documents = context().agreement_nouns
        purpose = [
            k
            for k in range(lo, hit.first)
            if any(p.search(tokens[k].text.lower()) for p in _PURPOSE)
            # макулдашууга кол коюшкан: the document signed, no purpose
            and not tokens[k].text.lower().startswith(documents)
        ]
        # кечээ Нарынга барып, ... сүйлөшүүгө чакырды: a clause closed between them
        return bool(purpose) and not any(
            w in CLAUSE_PUNCT for w in words_between(tokens, f.last, purpose[0])
        )

    def _event_date(self, f: Found, tokens: list[Token]) -> EventDate:
        start, end = tokens[f.first].start, tokens[f.last - 1].end
        if f.value is None:
            # жакын арада: the text names no date; say so, and give the publication date
            pub = self.doc.published.isoformat() if self.doc.published else None
            return EventDate(self.doc.text[start:end], pub, "published")
        return EventDate(self.doc.text[start:end], f.value, "text")

    # ---------------------------------------------------------------- events
    def sentence(self, si: int) -> None:
        told = len(self.events)
        if not self.sentence_triggers(si) and len(self.events) == told:
            self.spoken_act(si)
        if not any(e.type == "THREATEN" for e in self.events[told:]):
            self.vowed_threat(si)

    def sentence_triggers(self, si: int) -> bool:
        """The events of the sentence's trigger words; True when it was read as a claim."""
        tokens = self.doc.sentences[si].tokens
        words = [_word(t.text) for t in tokens]
        self.words = words
        named = {i for r in self.mentions[si] for i in range(r.first, r.last + 1)}
        hits = find_triggers(tokens, words, named)
        self.hits = hits
        found: list[list[Found]] = []

        def times() -> list[Found]:
            """The sentence's time expressions, as the times stage read them (shared)."""
            if not found:
                found.append(sentence_times(self.doc.sentences, self.doc.published)[si])
            return found[0]

        self.note_act_makers(si, tokens, words)
        if self.allegation(si, tokens, words, self.mentions[si], times):
            return True
        if not hits:
            return False

        refs = self.mentions[si]
        prev_head = -1
        prev_hit: Hit | None = None
        sentence_sources: list[str] = []
        self.unnamed_subject = False
        self.scan_phrases(words)
        for i in [i for i in self.group_at if i in named]:
            del self.group_at[i]  # Министрлер кабинети: a name's word is no group of leaders
        for k, hit in enumerate(hits):
            nxt_first = hits[k + 1].first if k + 1 < len(hits) else len(tokens)
            lo = (
                prev_head + 1  # Мэр ... аяктагандан кийин ... экенин эскертти: a warning's
                if hit.trigger.implicit == "complement"  # content does not cut its subject off
                else self.clause_lo(tokens, prev_head + 1, hit.first)
            )
            self.uncut = prev_head + 1
            event = self.build(
                si, tokens, words, refs, times, hit, lo, nxt_first, hits[0].head, sentence_sources
            )
            if event is None:
                self.deny_the_noun_told(si, tokens, words, hit, nxt_first, prev_hit)
                continue  # a trigger that made no event does not close a clause
            prev_hit = hit
            last = next((e for e in reversed(self.events) if e.sentence == si), None)
            if (
                last is not None
                and event.negated
                and not last.negated
                and last.type == event.type
                and prev_head >= 0
                and _CONVERB.search(words[prev_head])
                and not any(w in CLAUSE_PUNCT for w in words[prev_head + 1 : hit.first])
            ):
                last.negated = True  # жардам сурап ... кайрылган жок: the chain is denied whole
            prev_head = hit.head
            if (
                last is not None
                and {last.type, event.type} == {"PROTEST", "REQUEST"}
                and last.negated == event.negated
                and (not event.source or not last.source or event.source == last.source)
            ):
                # ... алдына чогулуп, ... жокко чыгарууну талап кылышты: the demand and the
                # protest are one crowd's, against one side
                event.source = event.source or _without(last.source, frozenset(event.target))
                event.target = event.target or _without(last.target, frozenset(event.source))
                last.target = last.target or _without(event.target, frozenset(last.source))
            if (
                last is not None
                and (last.type, last.negated) == (event.type, event.negated)
                # (элчисин чакырып, нааразылык билдирди: the summons voiced, one act)
                and (
                    last.mode == event.mode
                    or not event.target
                    or event.mode in self.ctx.protest_modes
                )
                and last.source == event.source
                and set(event.target) <= set(last.target)
            ):
                continue  # X-ти негизсиз деп атап, аны четке какты: one rejection told twice
            if (
                last is not None
                and event.type in self.ctx.answering_types
                and last.type == "ACCUSE"
                and (last.negated, last.source, last.target)
                == (
                    event.negated,
                    event.source,
                    event.target,
                )
            ):
                self.events.remove(last)  # чечимин негизсиз деп атап, аны четке какты: one act
            if (
                last is not None
                and event.type == last.type
                and event.type in self.ctx.merged_types
                and last.source == event.source
                and last.target
            ):
                continue  # ... алдына чогулуп, ... нааразылык акциясын өткөрүштү: one protest
            if (
                last is not None
                and last.type == "PROTEST"
                and event.mode in self.ctx.protest_modes
                and (last.negated, last.source) == (event.negated, event.source)
            ):
                continue  # ... алдына чогулуп, нааразылык билдиришти: the protest voiced
            if (
                last is not None
                and (last.type, last.negated) == (event.type, event.negated)
                and event.type in self.ctx.meeting_types
                and last.source == event.source
                and last.target
                and self.only_places(last.target)
                and event.target
                and not self.only_places(event.target)
                and _CONVERB.search(_word(last.trigger.text.split()[-1]))
            ):
                # Нью-Йоркко барып, БУУнун жетекчилиги менен жолугат: one visit, to whom it
                # meets there; the city is where (not Вашингтонго барган, жакында ...
                # сүйлөштү: two acts)
                self.events.remove(last)
                event.mode = event.mode or last.mode
                event.location = event.location or last.target[0]
                if last.date.basis == "text" and event.date.basis != "text":
                    event.date = last.date
            if (
                last is not None
                and last.type in self.ctx.meeting_types
                and event.type in self.ctx.errand_types
                and (not event.source or set(last.source) <= set(event.source))
                and self.only_places(last.target)
                and _CONVERB.search(_word(last.trigger.text.split()[-1]))
            ):
                self.events.remove(last)  # Нарынга барып, акция өткөрөрүн эскертишти: an errand
            if (
                last is not None
                and (last.type, last.negated) == (event.type, event.negated)
                and not last.target
                and set(last.source) <= set(event.source)
            ):
                self.events.remove(last)  # Өзбекстандын колдоосун ... билдирди: one support
                if last.date.basis == "text" and event.date.basis != "text":
                    event.date = last.date  # кечээ иш козгоп, азыр тергөө жүргүзүп жатат
            if event.source:
                sentence_sources = event.source
                self.unnamed_subject = False
            self.events.append(event)
            self.state = self.pending
        return False

    def deny_the_noun_told(
        self,
        si: int,
        tokens: list[Token],
        words: list[str],
        hit: Hit,
        hi: int,
        noun_hit: Hit | None,
    ) -> None:
        """``Комитеттин отурумуна ... министри ... келген жок``: a verb that made no event of
        its own, denied, denies the act the noun before it in the same clause named."""
        last = self.events[-1] if self.events else None
        if (
            noun_hit is None
            or last is None
            or last.sentence != si
            or last.negated
            or not _is_nominal(noun_hit)
            or last.type != hit.trigger.type
            or hit.trigger.words[-1].kind != "verb"
            or any(w in CLAUSE_PUNCT for w in words[noun_hit.head + 1 : hit.first])
        ):
            return
        if self.modality(tokens, hit, hi)[1]:
            last.negated = True

    def people_before(self, si: int) -> list[str]:
        """The place whose people are the subject of the sentence before, when that
        sentence told no act (``Кулунду айылынын 100дөй тургуну жолго чыгып, ... токтотушту.
        Алар ... суранышты``: the villagers ask, not the one the last act was by)."""
        if si == 0 or any(e.sentence == si - 1 for e in self.events):
            return []
        tokens = self.doc.sentences[si - 1].tokens
        found = self.noun_actors(
            si - 1, tokens, self.mentions[si - 1], 0, len(tokens), {"Nom": "source"}
        )
        return list(found.get("source") or [])

    def note_act_makers(self, si: int, tokens: list[Token], words: list[str]) -> None:
        """Remember who made the acts the sentence tells of: the genitive owning the act's
        noun (президенттин жарлыгы), else the subject, the agent or the body the act is made
        in (мыйзам Жогорку Кеңеште кабыл алынган) of a making verb after it."""
        acts = [(i, n) for i, w in enumerate(words) if (n := _act_noun(w)) is not None]
        if not acts:
            return
        refs = self.mentions[si]
        for i, noun in acts:
            owner = [
                r.entity.id
                for r in refs
                if r.case == "Gen" and r.last + 1 == i and r.entity.label in ("PER", "ORG")
            ]
            if owner:
                self.act_makers[noun] = owner
                continue
            making = next(
                (
                    j
                    for j in range(i + 1, len(words))
                    for phrase in self.ctx.act_making
                    if j + len(phrase) <= len(words)
                    and all(words[j + k] == w for k, w in enumerate(phrase[:-1]))
                    and words[j + len(phrase) - 1].startswith(phrase[-1])
                ),
                None,
            )
            if making is None:
                continue
            ranked = {"Nom": 0, "Agent": 1, "Loc": 2}
            makers = sorted(
                (
                    r
                    for r in refs
                    if r.first < making
                    and r.case in ranked
                    and not r.modifier
                    and not r.owner
                    and (r.entity.label in ("PER", "ORG") or r.entity.id in self.countries)
                    and (r.case != "Loc" or r.entity.label == "ORG")
                ),
                key=lambda r: ranked[r.case],
            )
            if makers:
                self.act_makers[noun] = [makers[0].entity.id]

    def act_maker(self, tokens: list[Token], words: list[str], lo: int, hi: int) -> list[str]:
        """``АКШ мыйзамды сынга алды``: an act's noun aimed at (its object or dative, or
        before ``каршы``/``карата``) with no target named stands for the one who made it."""
        for i in range(lo, hi):
            nxt = words[i + 1] if i + 1 < len(words) else ""
            if words[i].startswith(self.ctx.verdict_nouns) and (
                case_of_word(tokens[i]) in ("Acc", "Dat") or nxt in AGAINST or nxt == "менен"
            ):
                return self.last_court(tokens[i].start)  # өкүмдү сынга алды: the court's
            noun = _act_noun(words[i])
            if noun is None:
                continue
            if nxt in self.ctx.report_postpositions or nxt in self.ctx.purpose_words:
                continue  # мыйзамга ылайык: what the act says, not what is aimed at
            if case_of_word(tokens[i]) in ("Acc", "Dat") or nxt in AGAINST:
                if noun in self.act_makers:
                    return list(self.act_makers[noun])
                if noun in self.ctx.decision_nouns:
                    return self.last_decider()  # чечимге тынчсыздануу билдирди: the cut told
        return []

    @cached_property
    def courts(self) -> frozenset[str]:
        """The article's courts: bodies whose name ends in a court word."""
        return frozenset(
            e.id
            for e in self.doc.entities
            if e.label == "ORG" and e.name.lower().split()[-1].startswith(self.ctx.court_words)
        )

    def last_court(self, before: int, ahead: bool = False) -> list[str]:
        """The court the article named last before offset ``before``; with ``ahead``, else
        the first named after it (none when it names no court)."""
        named = [(self.last_named(c, before), c) for c in sorted(self.courts)]
        best = max(named, default=(-1, ""))
        if best[0] >= 0:
            return [best[1]]
        if not ahead:
            return []
        later = [
            (min(m.start for m in e.mentions), e.id)
            for c in self.courts
            if (e := self.doc.entity(c)) is not None and e.mentions
        ]
        return [min(later)[1]] if later else []

    def ruled(self, words: list[str], hit: Hit) -> bool:
        """The verbal noun is what a ruling orders (кармоо чечимин чыгарды): an act."""
        after = words[hit.head + 1] if hit.head + 1 < len(words) else ""
        return after.startswith(self.ctx.ruling_nouns)

    def last_decider(self) -> list[str]:
        """Who made the last decision the article told (a sanction, a coercion, a rejection,
        a concession), within ACT_BACK_SENTENCES: what an act noun with no maker stands for."""
        si = len(self.doc.sentences) if not self.events else self.events[-1].sentence
        for ev in reversed(self.events):
            if ev.sentence < si - ACT_BACK_SENTENCES:
                break
            if ev.type in self.ctx.decision_types and ev.source and not ev.negated:
                return list(ev.source)
        return []

    def spoken_act(self, si: int) -> None:
        """A denial in the speaker's own quoted words when no trigger says it (``биз
        мыйзамды бузган жокпуз``, ``event_context.yaml``: own_denials): it answers the
        last accusation or charge aimed at the speaker, and is none without one."""
        sent = self.doc.sentences[si]
        tokens = sent.tokens
        if not any(t.text.lower() in self.ctx.own_denials for t in tokens):
            return  # most sentences: no denial word, no quote to look up
        words = [_word(t.text) for t in tokens]
        quote = next(
            (
                q
                for q in self.doc.quotes
                if q.kind == "direct" and q.speaker and q.start < sent.end and q.end > sent.start
            ),
            None,
        )
        if quote is None or quote.speaker is None:
            return
        denial = next(
            (
                k
                for k, t in enumerate(tokens)
                if quote.start <= t.start < quote.end
                and words[k] in self.ctx.own_denials
                and k > 0
                and _PARTICIPLE.search(words[k - 1])
            ),
            -1,
        )
        source = [quote.speaker]
        target = self.accuser_of(si, source) if denial >= 0 else []
        if not target:
            return
        hit = Hit(spoken_trigger("REJECT"), denial, denial, "")
        times = sentence_times(self.doc.sentences, self.doc.published)[si]
        date = self.date_for(times, hit, 0, denial, True, tokens)
        self.add_told("REJECT", source, target, date, si, tokens[denial])

    def vowed_threat(self, si: int) -> None:
        """An act a quoted speaker vows in the first person after a negated condition on
        another side, with no trigger of its own (``Эгер Казакстан тарифти төмөндөтпөсө,
        жүктөрдү Иран аркылуу жөнөтөбүз``): the speaker threatens the side the condition
        names (on the development set: 10 right, 12 wrong; taking also a consequence no one
        vows, ``тургундар суусуз калат``, and acts told after the condition: 51 and 109)."""
        tokens = self.doc.sentences[si].tokens
        comma = self._condition_end(tokens, 0, len(tokens) - 2, negated=True)
        if comma is None or not self.said_by_speaker(tokens, comma + 1, len(tokens)):
            return  # тургундар суусуз калат: a consequence no one vows, no threat
        if any(e.sentence == si and e.trigger.start > tokens[comma].start for e in self.events):
            return  # ... бербесе, сотко кайрылабыз: the vowed act is told as itself
        quote = next(
            (
                q
                for q in self.doc.quotes
                if q.speaker and q.start <= tokens[comma].start < q.end + 1
            ),
            None,
        )
        if quote is None or quote.speaker is None:
            return
        source = [quote.speaker]
        target = self.condition_side(si, tokens, comma + 1, source)
        hit = Hit(spoken_trigger("THREATEN"), comma - 1, comma - 1, "")
        times = sentence_times(self.doc.sentences, self.doc.published)[si]
        date = self.date_for(times, hit, 0, comma - 1, True, tokens)
        self.add_told("THREATEN", source, target, date, si, tokens[comma - 1])

    def condition_side(
        self, si: int, tokens: list[Token], first: int, source: list[str]
    ) -> list[str]:
        """Whom a vowed consequence is aimed at: the side named as the subject of its
        condition (``Эгер министрлик ... бербесе, ...``), else the target of the last demand,
        protest or warning told within VOW_SENTENCES, not the speaker's own side."""
        comma = self._condition_end(tokens, 0, first) or first
        named = [
            r.entity.id
            for r in self.mentions[si]
            if r.last < comma and (r.case == "Nom" or r.modifier) and r.entity.id not in source
        ]
        if named:
            return named[:1]
        for e in reversed(self.events):
            if e.sentence < si - VOW_SENTENCES:
                break
            if (
                e.type in self.ctx.vowed_for
                and not e.negated
                and e.target
                and not set(e.target) & set(source)
            ):
                return list(e.target)
        return []

    def accuser_of(self, si: int, source: list[str]) -> list[str]:
        """Who last accused, charged or arrested the one denying, within ACCUSER_SENTENCES."""
        return next(
            (
                list(e.source)
                for e in self.recent_charges(si)
                if set(e.target) & set(source) and not set(e.source) & set(source)
            ),
            [],
        )

    def recent_charges(self, si: int) -> Iterator[Event]:
        """The asserted accusations, charges and arrests with a source, latest first, told
        within ACCUSER_SENTENCES before sentence ``si``."""
        for e in reversed(self.events):
            if e.sentence < si - ACCUSER_SENTENCES:
                break
            if e.type in ("ACCUSE", "COERCE") and not e.negated and e.source:
                yield e

    def allegation(
        self,
        si: int,
        tokens: list[Token],
        words: list[str],
        refs: list[MentionRef],
        times: Callable[[], list[Found]],
    ) -> bool:
        """``X-тин маалыматына караганда, Y ... акча талап кылган``: a wrongdoing a body
        reports is its accusation of Y (``event_context.yaml``: allegation). Returns True
        when the sentence was read so, and its triggers are then part of the claim."""
        ctx = self.ctx
        reporter = next((r for r in refs if r.case == "Report"), None)
        if reporter is not None and reporter.entity.label != "LOC":
            teller, told_at = [reporter.entity.id], reporter.last
        else:
            # Комитеттин билдирүүсүндө: a body named by its noun tells it
            teller, told_at = self.body_reporter(si, tokens, words)
            if not teller:
                return False
        start = told_at + 2
        if start < len(tokens) and tokens[start].text.lower() in ctx.report_postpositions:
            start += 1
        claim = [w for w in words[start:] if w not in CLAUSE_PUNCT]
        if not claim:
            return False
        reported = (
            _PARTICIPLE.search(claim[-1]) is not None
            or any(w.startswith(ctx.allegation_marks) for w in claim)
            # ... тажик постун аткылашканы айтылат: a claim the statement says
            or (claim[-1].startswith(SAID_PASSIVE) and any(_CLAIM.search(w) for w in claim))
        )
        firsts = tuple({phrase[0] for phrase in ctx.allegation_words})
        wrong = next(
            (
                k
                for k in range(start, len(words))
                if words[k].startswith(firsts)
                for phrase in ctx.allegation_words
                if all(
                    k + n < len(words) and words[k + n].startswith(stem)
                    for n, stem in enumerate(phrase)
                )
            ),
            -1,
        )
        if not reported or wrong < 0:
            return False
        accused = [
            a for a in self.accused(si, tokens, words, refs, start, wrong) if a not in teller
        ]
        if not accused:
            return False
        hit = Hit(allegation_trigger(), wrong, wrong, "")
        date = self.date_for(times(), hit, start, wrong, True, tokens)
        self.add_told("ACCUSE", teller, accused, date, si, tokens[wrong])
        return True

    def add_told(
        self,
        type_: str,
        source: list[str],
        target: list[str],
        date: EventDate,
        si: int,
        word: Token,
    ) -> None:
        """Keep an asserted act that no trigger row made (a reported wrongdoing, a quoted
        denial), its one word as the trigger, and leave its sides to the pronouns after."""
        self.events.append(
            Event(
                id="",
                type=type_,
                mode=None,
                source=source,
                target=target,
                date=date,
                location=None,
                modality="asserted",
                negated=False,
                sentence=si,
                trigger=Span(word.start, word.end, self.doc.text[word.start : word.end]),
            )
        )
        self.state.last_sources, self.state.last_targets = source, target

    def body_reporter(
        self, si: int, tokens: list[Token], words: list[str]
    ) -> tuple[list[str], int]:
        """A body noun in the genitive before a report noun (``Комитеттин билдирүүсүндө``),
        resolved to the body the article names, and where it stands."""
        for i in range(len(tokens) - 1):
            nxt = tokens[i + 1].text.lower()
            if not nxt.startswith(self.ctx.report_nouns) or not GENITIVE_WORD.search(words[i]):
                continue
            found = actor_noun_at(tokens, i)
            if found is not None:
                ids = self.resolve_nouns(si, tokens[i].start, [found[0]], False)
                if ids:
                    return ids, found[1]
        return [], -1

    def accused(
        self,
        si: int,
        tokens: list[Token],
        words: list[str],
        refs: list[MentionRef],
        start: int,
        stop: int,
    ) -> list[str]:
        """Whom a reported claim is about: the named subject of the claim, a side it is
        told from (``тажик тараптан ок атылып``), a title (``аким``) or a pronoun
        (``ал``, ``анын``) standing for the person last named."""
        for r in refs:
            if not start <= r.first < stop:
                continue
            if r.case == "Nom" or (
                r.case == "Abl" and words[r.head].startswith(self.ctx.agent_sides)
            ):
                return [r.entity.id]
        for i in range(start, stop):
            stem = title_stem(tokens[i])
            if stem and words[i] == stem:
                found = self.resolve_role(self.doc, si, stem)
                if found:
                    return [found]
            if words[i] in ("ал", "анын", "аны", "ага"):
                person = self.last_person(si, tokens[start].start)
                return [person] if person else []
            body = actor_noun_at(tokens, i)
            if body is not None and body[0].resolves and case_of_word(tokens[body[1]]) == "Nom":
                # ... маалыматына караганда, компания сууну булгаган: the company told before
                ids = self.resolve_nouns(si, tokens[i].start, [body[0]], False)
                if ids:
                    return ids
        return []

    def last_subject_person(self, si: int, before: int, exclude: Iterable[str] = ()) -> str | None:
        """The person last named as a subject or quoted as a speaker before offset
        ``before``, up to three sentences back, not one of ``exclude``: whom a singular
        ``ал`` stands for."""
        speakers = {(q.sentence, q.speaker) for q in self.doc.quotes if q.speaker}
        skip = set(exclude)
        for s in range(si, max(-1, si - 4), -1):
            tokens = self.doc.sentences[s].tokens
            for r in reversed(self.mentions[s]):
                if r.entity.label != "PER" or tokens[r.first].start >= before:
                    continue
                if r.entity.id in skip:
                    continue
                if (r.case == "Nom" and not r.modifier) or (s, r.entity.id) in speakers:
                    return r.entity.id
        return None

    def last_person(self, si: int, before: int) -> str | None:
        """The person named last before offset ``before``, up to three sentences back."""
        for s in range(si, max(-1, si - 4), -1):
            for r in reversed(self.mentions[s]):
                if r.entity.label == "PER" and self.doc.sentences[s].tokens[r.first].start < before:
                    return r.entity.id
        return None

    def build(
        self,
        si: int,
        tokens: list[Token],
        words: list[str],
        refs: list[MentionRef],
        times: Callable[[], list[Found]],
        hit: Hit,
        lo: int,
        hi: int,
        first_head: int,
        sentence_sources: list[str],
    ) -> Event | None:
        trig = hit.trigger
        roles = dict(trig.roles)
        if trig.words[-1].kind == "verb" and self._passive(hit) and "Nom" in roles:
            roles = {c: r for c, r in roles.items() if c not in ("Nom", "Agent")}
            roles["Nom"], roles["Agent"] = "target", "source"
        if roles.get("Nom") == "target" and "Agent" in roles and self.announced(words, hit):
            roles["Nom"] = "source"  # ЕБ ... грант берилерин жарыялады: the EU gives
        if "Agent" not in roles and roles.get("Com") == "target":
            roles["Agent"] = "target"  # соттун чечими менен макул эмес: the court's decision
        nominal = trig.words[-1].kind == "noun" or _vn(hit.rest)
        passive = trig.words[-1].kind == "verb" and self._passive(hit)
        args = [
            r
            for r in refs
            if not (r.modifier and r.case == "Nom") and not r.owner and not r.parenthetical
        ]
        window = [
            r
            for r in args
            if lo <= r.first < hit.first
            and not self.complement_argument(tokens, words, r, hit.first)
        ]
        said = max(
            (i for i in range(lo, hit.first) if words[i].startswith(self.ctx.said_marks)),
            default=-1,
        )
        if said > 0:
            # X [Y-ти бошотту деген] маалыматты төгүндөдү: what the report said is no argument
            # (an agent stays: УКМК тарабынан ... чакырган деген айып менен кармалган)
            # (nor an object before the subject: Нурматовду УКМК ... кылган деген шек менен
            # кармады, the report starting after the subject)
            subject_at = min(
                (r.first for r in window if r.case == "Nom" and r.first < said), default=-1
            )
            window = [
                r
                for r in window
                if r.first > said or r.case in ("Nom", "Agent") or r.first < subject_at
            ]
        if "Gen" in roles:
            # Y-тын элчисин чакырды: the owner of the trigger's own title word is its argument
            # (Тажикстандын Бишкектеги элчисин: where the title's bearer serves may stand between)
            serving = {i for r in refs if r.case == "Attr" for i in range(r.first, r.last + 1)}
            window += [
                r
                for r in refs
                if r.owner
                and r.case == "Gen"
                and r.last < hit.first
                and all(i in serving for i in range(r.last + 1, hit.first))
            ]
        if nominal:
            after = [r for r in args if hit.head < r.first < hi]
            window += [r for r in after if roles.get(r.case) == "source" or r.case == "Gen"]
        if trig.type in self.ctx.vote_types and self.vote_tally(words, lo, hit.first):
            return None  # 71 депутат колдоп, 9 депутат каршы добуш берди: a tally, no act
        if self.participant_named(tokens, words, refs, hit, trig.type):
            return None  # Пикетке чыккандардын бири Айбек Осмонов мындай деди: who spoke
        # needs
        for need in trig.needs:
            need_kind, _, what = need.partition(":")
            if need_kind == "arg" and not any(r.case == what for r in window):
                return None
            if need_kind == "country" and not any(
                r.case == what and r.entity.id in self.countries for r in window
            ):
                return None  # кыргыз тарапка кайтарылды: people, not case files, go home
            if need_kind == "word" and not any(
                w.startswith(tuple(what.split("|"))) for w in words[lo : hit.head]
            ):
                return None
            if need_kind == "act" and not _VN_OBJECT.search(
                words[hit.first - 1] if hit.first else ""
            ):
                return None  # X-ти калтырууну сунуштады: what is proposed is an act, not a price
        by_role: dict[str, list[MentionRef]] = {"source": [], "target": [], "location": []}
        for r in window:
            role = roles.get(r.case)
            if (
                role
                and r.case == "Nom"
                and self.relative_subject(tokens, words, refs, r, lo, hit, times)
            ):
                role = None  # тургундар X компаниясы куруп жаткан фабриканын алдына чогулушту
            if role and r.case == "Nom" and self.member_of_next(tokens, words, refs, r, hit):
                role = None  # Салиев мүчө болгон "Жаңы Шаар" фракциясы айыптады: the faction
            if (
                role
                and r.case == "Gen"
                and r.last < hit.first
                and not _owns(words, r.last, hit.first)
                and r.last + 1 != hit.noun  # Тажикстандын сунушун ... кабыл алган жок
            ):
                role = None  # ИИМдин имаратынын алдында пикет: the genitive owns another noun
                if (
                    r.last + 2 < hit.first
                    and words[r.last + 2] in AGAINST
                    and "target" in roles.values()
                ):
                    role = "target"  # ЕБнин саясатына каршы митинг: what is opposed is its
            if role is None and r.case == "Loc" and r.entity.label == "LOC":
                role = "location"
            if (
                role is None
                and r.case == "Abl"
                and passive
                and words[r.head].startswith(self.ctx.agent_sides)
            ):
                role = "source"  # тажик тараптан ок атылды: fired from the Tajik side
            if role:
                by_role[role].append(r)
        if "Com" not in roles and _PLURAL_VERB.match(hit.rest) and not passive:
            # Осмоналиев менен Сейитбекова ... сынга алышты: with a plural verb that takes no
            # partner, менен joins two subjects
            subjects = {r.first for r in by_role["source"] if r.case == "Nom"}
            by_role["source"] += [
                r
                for r in window
                if r.case == "Com" and words[r.last + 1] == "менен" and r.last + 2 in subjects
            ]
            by_role["source"].sort(key=lambda r: r.first)
            by_role["target"] = [r for r in by_role["target"] if r not in by_role["source"]]
        nom_sources = [r for r in by_role["source"] if r.case != "Gen"]
        if nom_sources:
            by_role["source"] = nom_sources
        source_groups = _groups(by_role["source"], tokens, refs)
        reciprocal = bool(_RECIPROCAL.match(hit.rest)) or trig.words[-1].stems[0].endswith("ш")
        com_first = next(
            (
                r
                for r in by_role["target"]
                if r.case == "Com"
                and r.head == r.last
                # Сүйлөшүүлөрдүн жыйынтыгында X менен Y ...: an adverbial may open the clause
                and not any(lo <= x.first < r.first for x in refs)
                and not any(w in CLAUSE_PUNCT for w in words[lo : r.first])
            ),
            None,
        )
        if (
            com_first is not None
            and reciprocal
            and source_groups
            and self.next_subject(tokens, refs, com_first.last + 2, source_groups[0][0].first)
        ):
            # Казакстан менен Өзбекстан кол коюшту: X менен Y opening the clause are both
            # subjects of a joint act (each one's partner is the other)
            by_role["target"].remove(com_first)
            source_groups[0].insert(0, com_first)
        source = _ids(source_groups[0]) if source_groups else []
        if (
            len(source_groups) >= 2
            and self.told_act(words, hit)
            and not any(
                w in CLAUSE_PUNCT or _COMPLEMENT_ACC.search(w)
                for w in words[source_groups[-1][-1].last + 1 : hit.first]
            )
        ):
            source = _ids(source_groups[-1])  # X [Y ... жолуга турганын] билдирди: Y acts
        place_target: list[str] = []
        owned_cases = [_POSSESSED_IN[c] for c in _POSSESSED_IN if roles.get(c) == "target"]
        if not by_role["target"] and owned_cases:
            bodies = {x.first for x in refs if x.entity.label == "ORG" and x.case == "Nom"}
            owners = [r for r in refs if r.owner and r.case == "Gen" and lo <= r.first < hit.first]
            gen_starts = {x.first for x in refs if x.case == "Gen"}
            ref_starts = {x.first for x in refs if x.case == "Nom"}  # a name after the title
            for r in sorted(window + owners, key=lambda x: x.first):
                if r.case != "Gen" or r.last + 1 in bodies or r.entity.id in source:
                    continue  # Кыргызстандын Тышкы иштер министрлиги: the owner of a name
                if r.owner and self.title_before_name(tokens, r, ref_starts):
                    continue  # Инспекциянын директорунун орун басары Т. ...: the subject's body
                # ЕБнин чечимин четке какты, Y-тын чек арачыларына ок ачты, Кыргызстандын
                # бийлигин сынга алды, X-тын ... уюштуруудагы ролун жогору баалады: the owner
                # is the target
                owned = None
                for k in range(r.last + 1, min(r.last + 1 + OWNED_GAP, hit.first)):
                    if k in gen_starts or k in ref_starts:
                        break  # Өзбекстандын министрлиги ЕБдин талабын; Кеңештин депутаты Улан ...
                    if _OWNED.search(words[k]):
                        owned = words[k]
                        if (
                            k == r.last + 1
                            and is_place_noun(tokens[k])
                            and GENITIVE_WORD.search(owned)
                        ):
                            continue  # Чоркух айылынын тургундарын: the place's own head noun
                        if (
                            GENITIVE_WORD.search(owned)
                            and k + 1 < hit.first
                            and _OWNED.search(words[k + 1])
                        ):
                            continue  # кеңештин чечиминин мыйзамдуулугун: owner of the owner
                        break
                if owned is not None and any(p.search(owned) for p in owned_cases):
                    by_role["target"].append(r)
                    break
            if not by_role["target"] and hit.noun < 0:
                # Кыргызстандагы реформаларын жогору баалады: the place the object is in
                # (not Кара-Суу районундагы ассоциация: a place before the subject is its own)
                after_subject = max((x.last for x in by_role["source"]), default=-1)
                by_role["target"] += [
                    r
                    for r in window
                    if r.case == "Attr"
                    and r.first > after_subject
                    and r.entity.label == "LOC"
                    and r.entity.id not in source
                    and self.modifies_object(tokens, r.head + 1, hit.first, roles)
                ][:1]
            if not by_role["target"] and hit.noun < 0:
                # райондогу каналды оңдоого ... бөлөт: the district named before
                place = self.attributive_place(
                    tokens, words, refs, after_subject + 1, hit.first, roles
                )
                if place is not None:
                    place_target = [place]
        if not by_role["target"] and ("Com" in roles or "Nom" in roles):
            for r in window:
                if r.case != "Gen" or r.last + 1 >= hit.first:
                    continue
                # Y-тын коопсуздук кызматы менен (the partner), X-тин демилгеси ... колдоого
                # алынды (a passive's subject): the owner is the target
                j = next(
                    (
                        j
                        for j in range(r.last + 1, min(r.last + 3, hit.first))
                        if _PX3_BARE.search(words[j])
                    ),
                    -1,
                )
                if j < 0:
                    continue
                partner = (
                    roles.get("Com") == "target" and j + 1 < hit.first and words[j + 1] == "менен"
                )
                subject = roles.get("Nom") == "target" and (r.first == lo or j + 1 == hit.first)
                if partner or subject:
                    by_role["target"].append(r)
        if not by_role["target"] and lo > self.uncut:
            # X Y-ни [... жөнөткөнү үчүн] сынга алды: the object stands before the reason clause
            for r in args:
                if self.uncut <= r.first < lo and roles.get(r.case) == "target" and r.case != "Nom":
                    by_role["target"].append(r)
        target = [t for t in _ids(by_role["target"]) if t not in source] or [
            t for t in place_target if t not in source
        ]
        if (
            not source
            and len(target) >= 2
            and roles.get("Com") == "target"
            and (nominal or passive)
        ):
            source, target = target[:1], target[1:]  # X менен Y ортосундагы сүйлөшүүлөр
        last = self.events[-1] if self.events else None
        if (
            passive
            and not source
            and not target
            and roles.get("Com") == "target"
            and last is not None
            and last.sentence >= si - 1
            and last.type in _RECIPROCAL_TYPES
            and last.source
            and last.target
        ):
            # X менен Y сүйлөшүштү. ... протоколго кол коюлду: the same two parties
            source, target = list(last.source), list(last.target)
        location = next((r.entity.id for r in by_role["location"] if r.entity.label == "LOC"), None)

        # pronouns and group nouns
        object_unnamed = False
        if not target and self._has_pronoun(words, lo, hit.first, self.ctx.pronoun_target):
            # X ... кирген жок, комиссия аны ...: the person the sentence opened with
            opener = [
                r.entity.id
                for r in refs
                if r.first < lo
                and r.case == "Nom"
                and r.entity.label == "PER"
                and r.entity.id not in source
                and self._has_pronoun(words, lo, hit.first, SINGULAR_OBJECT)
            ]
            target = opener[:1] or list(self.state.last_targets)
            # үч адамды кармады. Алардын үстүнөн иш козголду: the same people, unnamed
            object_unnamed = not target and self.state.last_target_unnamed
        pronoun_unnamed = False
        if not source and self._has_pronoun(words, lo, hit.first, self.ctx.pronoun_source):
            person = (
                self.last_subject_person(si, tokens[lo].start)
                if self._has_pronoun(words, lo, hit.first, SINGULAR_SUBJECT)
                else None
            )
            # Ал ... четке какты: the person last acting or speaking, not the last act's body
            passive = roles.get("Nom") == "target"
            if passive and person is None and self.state.last_targets and not target:
                # Алар ... деп шектелүүдө: the subject of a passive is acted on, the ones
                # the act before was aimed at, by the one who did it
                target = list(self.state.last_targets)
                source = [s for s in self.state.last_sources if s not in target]
            elif person is None or not passive:
                source = [person] if person is not None else list(self.state.last_sources)
                if person is None and self._has_pronoun(words, lo, hit.first, PLURAL_SUBJECT):
                    source = self.people_before(si) or source
                pronoun_unnamed = not source and self.state.last_unnamed  # Алар: the same people
            elif not target:
                target = [person]  # Ал ... деп айыпталат: the subject of a passive is acted on
        first_source = source_groups[0][0].first if source_groups else hit.first
        title_subject = self.title_subject(si, tokens, refs, lo, first_source)
        if title_subject and not target and roles.get("Com") == "target":
            mate = self.title_partner(si, tokens, refs, lo, hit.first, title_subject)
            if mate:
                target = [mate]  # элчи менен министр жолугушуп: the two bearers
        if title_subject and roles.get("Nom") == "target":
            if not target:
                target = [title_subject]  # аким ... эркинен ажыратылышы мүмкүн: the one acted on
        elif title_subject:
            source = [title_subject]
        # a group noun apart from names: one right beside a name stands for no group even when
        # the clause names no subject (with those: 4 right events fewer, 5 wrong more on dev)
        if self._group_before(words, refs, lo, first_source):
            for i in range(lo, min(hit.head, first_source)):
                kind = self.group_at.get(i)
                if kind and case_of_word(tokens[i]) not in ("Nom", "Gen"):
                    continue  # өлкөдөн чыгып кетип: a place left, not the subject
                if kind and not any(r.first == i + 1 and r.entity.label == "PER" for r in refs):
                    group = (
                        self.recent_actors(si, i, kind, word=words[i])
                        or self.last_parties(si, words[i])
                        or self.sides_for(kind, words, i)
                        or self.country_bodies(si, i, kind, words)
                    )
                    if group:
                        source = group
                        if not target and roles.get("Com") == "target":
                            target = list(reversed(group))
                    break
        nouns = self.noun_actors(si, tokens, refs, lo, hit.first, roles)
        noun_source, noun_target = nouns.get("source"), nouns.get("target")
        if object_unnamed and noun_target is None:
            noun_target = []
        if noun_target is None and not target and lo > self.uncut:
            # X мэрияны [... баштаганы үчүн] сынга алды: the object before the reason clause
            objects = {c: r for c, r in roles.items() if r == "target" and c != "Nom"}
            noun_target = self.noun_actors(si, tokens, refs, self.uncut, lo, objects).get("target")
        if noun_target is None and not target and roles.get("Nom") != "target":
            target = self.accused_before_content(
                si, tokens, words, refs, hit, source or sentence_sources
            )
        if pronoun_unnamed and noun_source is None:
            noun_source = []
        if not source and noun_source is None and roles.get("Nom") != "target":
            # (not for a passive: борбордун кызматкери кармалды is held, not holding)
            source = self.owner_subject(tokens, refs, lo, hit.first)
        if not source and noun_source is None and self.unnamed_subject and not sentence_sources:
            noun_source = []  # Мугалимдер ... талап кылып, митинг өткөрүштү: the same people
        if noun_source == [] and not source:
            self.unnamed_subject = True
        if (
            not source
            and noun_source is None
            and (
                any(w in self.ctx.first_person for w in words[lo : hit.first])
                or _first_person_predicate(words, hit.head, hi)
            )
        ):
            # "Биз ... колдоону улантабыз"; "Министрликтен жардам сурап кат жаздык"
            source = self.speaker_at(tokens[hit.head].start)
        if not source and noun_source is not None:
            source = noun_source  # Тургундар ...: a subject the text gives, unnamed or a body
        if not source and noun_source is None and nominal and sentence_sources:
            source = list(sentence_sources)  # Алиев ... келип, Жапаров менен сүйлөшүү өткөрмөкчү
        if (
            not source
            and noun_source is None
            and trig.words[-1].kind == "verb"
            and not nominal
            and roles.get("Nom") != "target"  # санкцияларга кабылышы, айыпталды: it suffers
        ):
            opening = self.subject_of(si)
            condition = self._condition_end(tokens, 0, hit.first)
            opening_ok = any(
                r.entity.id in opening
                and r.first < lo
                # Эгер облустук сот ... четке какса, жактоочулар ... кайрылышы мүмкүн: the
                # condition's subject does not do what follows it
                and (condition is None or r.first > condition)
                for r in refs
            )
            # Эгер ..., жактоочулар ... кайрылышы мүмкүн: the clause after a condition opening
            # the sentence has its own subject, a plural noun, and takes none from the condition
            own_subject = (
                condition is not None
                and words[0] in self.ctx.condition_words
                and bool(_PLURAL.search(words[condition + 1]))
            )
            if sentence_sources and not own_subject:
                source = list(sentence_sources)
            elif opening_ok:
                source = opening
            elif (
                not any(r.case == "Nom" and not r.modifier for r in refs)
                and not any(is_title_word(t) for t in tokens[: hit.head])
                and not _PLURAL.search(words[0])
                and not own_subject
                and "subject" not in trig.needs  # чогулат: who gathers is said, not implied
                and not any(w in self.ctx.first_person for w in words[: hit.first])  # Мен ...
            ):
                source = self.subject_of(si - 1)
        if (
            not target
            and roles.get("Com") == "target"
            and sentence_sources
            and self.state.last_targets
            and source == sentence_sources
        ):
            target = list(
                self.state.last_targets
            )  # ... менен сүйлөшүп, ... талкуулады: same partner
        if not target or all(self.is_local_place(t) for t in target):
            # Министрлигине нота жолдоп, [Фергана облусундагы ...] суранды: asked of the same
            # addressee, not of a place the request names
            target = self.addressed_before(si, trig, source) or target
        if not target and noun_target is not None:
            target = noun_target
        if not target:
            target = self.title_object(si, tokens, refs, lo, hit.first, roles, source)
        if not target:
            target = self.owner_object(tokens, refs, lo, hit.first, roles, source)
        if not target and source:
            target = self.group_target(si, tokens, lo, hit.first, roles, source)
        if not target and source and trig.type in self.ctx.complement_targets:
            target = self.complement_subject(refs, words, lo, hit.first, source)
        if not target and trig.mode == "investigate":
            target = self.inspected(refs, lo, hit.first, source)
        if not target and trig.type in self.ctx.dismissal_types:
            target = self.dismissed(si, refs, words, lo, hit.first, source)
        if not target and trig.implicit == "prev":
            accusation = any(w.startswith(self.ctx.accusation_nouns) for w in words[lo : hit.head])
            plural = any(
                w.startswith(self.ctx.accusation_nouns) and _PLURAL_IN.search(w)
                for w in words[lo : hit.head]
            )
            owner = self.accusation_owner(refs, words, hit.first, source) if accusation else []
            accuser = owner or (self.last_accuser(si, source, plural) if accusation else [])
            if accusation and not accuser:
                charged = any(w.startswith(self.ctx.charge_nouns) for w in words[lo : hit.head])
                accuser = (self.last_sanctioner(si, source) if charged else []) or self.last_critic(
                    si, source
                )
            if not accusation and (
                any(w.startswith(self.ctx.demand_nouns) for w in words[lo : hit.head])
                or (trig.type == "REJECT" and _VN_ABLATIVE.search(words[hit.first - 1]))
            ):
                # бул талапты четке какты; тыюуну алып салуудан баш тартты: the act refused
                # is what was asked
                accuser = self.last_asker(si, source)
            target = accuser or [
                t
                for t in self.state.last_sources
                if t not in source and not self.home_of(t, source)
            ]
        if not target and trig.implicit == "complement":
            # X ... аткарбаса, Y ... мүмкүн экенин эскертти: the warning is aimed at X, who is
            # to act, not at Y of the consequence
            # (Эгер X ... -са, ...: the condition opens the sentence, before the clause start)
            start = min(lo, self.uncut)
            end = self._condition_end(tokens, start, hit.first)
            if end is None:
                # ... чыгарбаса, университет сотко кайрыла турганын эскертти: the act of the
                # consequence (кайрыла) cut the clause after the condition
                end = self._condition_end(tokens, 0, start)
                start = 0 if end is not None else start
            end = end or hit.first
            inner = [
                r.entity.id
                for r in refs
                if start <= r.first < end
                and (r.case == "Nom" or r.modifier)  # X аскерлерин чыгарбаса: X's side
                and r.entity.id not in source
            ]
            target = inner[:1]
            if not target:
                # компания убадасын аткарбаса, ... эскертти: a body named by its noun
                nouns = self.noun_actors(si, tokens, refs, start, end, {"Nom": "target"})
                target = [t for t in nouns.get("target") or [] if t not in source]

        if not target and any(roles.get(c) == "target" for c in ("Acc", "Dat")):
            target = self.agreement_parties(words, lo, hit.first, roles, source)
        elif not target and trig.type == "AGREE":
            # Документке X жана Y кол коюшту: the document's parties, as signed before
            target = self.agreement_parties(words, lo, hit.first, {"Dat": "target"}, source)
        if not source and not nominal and noun_source is None:
            source = self.organisation_subject(tokens, lo, hit.first)
        if not target and not passive:
            target = self.pointed_back(si, words, lo, hit.first, roles, source)
        if not target and not passive:
            target = [t for t in self.act_maker(tokens, words, lo, hit.first) if t not in source]
        if not target and trig.implicit == "host":
            others = [
                r.entity.id
                for r in refs
                if r.case == "Nom"
                and not r.modifier
                and r.entity.label == "PER"
                and r.entity.id not in source
            ]
            target = others[:1] or [e for e in self.subject_of(si - 1) if e not in source]
        if trig.implicit == "sides":
            sides = self.recent_actors(si, hit.first, "countries")
            named = [t for t in target if t in sides]
            if named and len(named) < len(sides):
                # эки чабан Кыргызстанга кайтарылды: the other side lets them go
                source = [s for s in source if s not in named] or [
                    s for s in sides if s not in named
                ]
            elif not any(
                r.entity.label != "LOC" or r.entity.id in self.countries for r in by_role["source"]
            ):
                # Ак-Таш өткөрүү пункту ачылды: no actor opens it, so the story's two sides
                # do, for each other (the place named is no actor)
                source, target = sides, list(reversed(sides))
            elif not target:
                target = [s for s in sides if s not in source]  # кытай тарап бекетти ачат
        target = [t for t in target if t not in source] or (
            target if trig.type in _RECIPROCAL_TYPES or trig.implicit == "sides" else []
        )  # X жана Y кол коюшту: each signs with the other; no side criticises itself
        if not target and source and not passive and not nominal:
            target = self.counterpart(si, source)
            if target and self.later_same(words, hit, trig.type):
                target = []  # талап кылып, БШКга ... кайрылды: the next verb names the addressee
        if not target and source and not nominal:
            target = self.parallel(si, trig.type, source, refs, words)
        if (
            not target
            and trig.type == "CONSULT"
            and any(w.startswith(self.ctx.protester_words) for w in words[lo : hit.first])
        ):
            # нааразы тургундар менен сүйлөштү: with the ones whose protest was told
            target = next(
                (
                    list(e.source)
                    for e in reversed(self.events)
                    if e.type == "PROTEST"
                    and e.source
                    and e.sentence >= si - PROTEST_SENTENCES
                    and not set(e.source) & set(source)
                ),
                [],
            )
        if not target and trig.type in self.ctx.site_owner_types:
            # X-тин имаратынын алдында пикет: the body protested at
            target = [
                r.entity.id
                for r in refs
                if lo <= r.first < hi
                and r.case == "Gen"
                and r.entity.id not in source
                and any(
                    w in self.ctx.protest_sites for w in words[_past_alias(words, r.last + 1) :][:2]
                )
            ][-1:]
        if not target and trig.type in self.ctx.site_owner_types:
            # "Тескей Энерго" ЖЧКсына каршы ... пикет: the one a protest is against
            target = [
                r.entity.id
                for r in refs
                if lo <= r.first < hi
                and (r.case == "Dat" or (r.case == "Attr" and r.entity.label == "ORG"))
                and r.entity.id not in source
                and self.against_after(words, r.last + 1)
            ][:1]
        if not target and trig.type in self.ctx.employer_types:
            # from the sentence's start: ... жумушчулары акы талап кылып, иш ташташты
            employer = self.employer(tokens, words, refs, 0, hit.first)
            if employer and set(source) <= set(employer):
                source = []  # заводунун жумушчулары иш ташташты: its workers, against it
            target = [t for t in employer if t not in source]
        if not target and not source and noun_source == [] and self.state.last_unnamed:
            # Мугалимдер ... айыпташты. ... төлөнбөсө, мугалимдер иш ташташы мүмкүн: the same
            # unnamed people act against the same side
            last = self.events[-1] if self.events else None
            if last is not None and last.sentence >= si - POINTED_BACK_SENTENCES:
                target = list(last.target)
        if not source and roles.get("Nom") == "target" and trig.type in self.ctx.reported_agents:
            # ИИМдин маалыматы боюнча, 15 адам кармалды: the reporting body made the arrests
            source = [
                r.entity.id
                for r in refs
                if r.case == "Report"
                and r.entity.label == "ORG"
                # элчиликтин маалыматына караганда, алар кармалып: a mission reports what the
                # host country did
                and not any(w in r.entity.name.lower() for w in self.ctx.reporting_only)
            ][:1]
        if not target and trig.type in self.ctx.home_types and location:
            target = [location]  # Баткен шаарында ... оорукана курулду: built for that place
        if not target and source and trig.type in self.ctx.home_types:
            target = self.home_country(source)
        if not target and source and location and trig.type in self.ctx.host_types:
            target = self.host_country(location, source)
        if not target and len(source) >= 2 and roles.get("Com") == "target" and reciprocal:
            target = list(reversed(source))  # X жана Y кол коюшту: each signs with the other
        if not target and source and trig.type in self.ctx.sides_types:
            # the other of the story's two countries; else, for a foreign side, the home one,
            # unless the clause names other countries it leaves unresolved (Батыш өлкөлөрүнөн)
            target = self.other_side(source)
            if not target and not any(
                lo <= i < hit.first and roles.get(case_of_word(tokens[i])) == "target"
                for i in self.group_at
            ):
                target = self.home_country(source)
        unnamed_ok = trig.type in self.ctx.unnamed_types and (
            noun_source is not None or noun_target is not None
        )
        if not source and not target and self.is_sequel(tokens, words, hit, lo, hi):
            source, target = self.sequel_parties(trig.type)
        if (
            not source
            and not target
            and (passive or roles.get("Nom") == "target")
            and trig.mode in self.ctx.charge_sequel_modes
        ):
            source, target = self.charge_parties(si)  # ... кармалды. Кылмыш иши козголду.
            if noun_target is not None:
                target = []  # ... кармады. Дагы эки шектүү кармалды: others, unnamed
        if not source and not target and not unnamed_ok:
            return None  # no actor at all, or a generic act (71 депутат колдоп)
        only_subject = all(r.case == "Nom" and r.first < hit.first for r in by_role["source"])
        if (
            nominal
            and trig.words[-1].kind == "verb"
            and not target
            and by_role["source"]
            and only_subject
            and trig.implicit != "sides"  # бекетти ачууга убада берди: opening is an act
            and _promise_after(words, hit.head, self.ctx) < 0  # a promised act is one
            and not self.ruled(words, hit)
        ):
            return None  # макулдашуу токтотулушу мүмкүн: the agreement as a thing, no act

        mode = trig.mode
        for type_, at, m in self.mode_at:
            if type_ == trig.type and lo <= at < hit.head:
                mode = m
                break
        modality, negated = self.modality(tokens, hit, hi)
        if trig.type == "THREATEN" and self._names_hazard(words[lo : hit.first]):
            return None  # ӨКМ ... сел жүрүшү мүмкүн экенин эскертти: nature, no side
        if "denied" in trig.needs:
            if not negated:
                return None
            negated = False  # бул сынды кабыл алган жок: not accepting is the act
        type_ = trig.type
        if (
            modality == "hypothetical"
            and not negated
            and type_ in self.ctx.threat_types
            and self._condition_before(tokens, hit.first)
            and self.said_by_speaker(tokens, hit.head, hi)
        ):
            # "Эгер ... бербесе, мэриянын алдында пикет уюштурабыз": a consequence the
            # speaker vows if the other side does not act is a threat
            type_, mode = "THREATEN", None
            if not target:
                target = self.condition_side(si, tokens, hit.first, source)
        if mode in self.ctx.protest_modes and noun_source is not None and source == noun_source:
            type_, mode = "PROTEST", None  # айылдын тургундары нааразылык билдиришти: a protest
        tense = token_tense(tokens[hit.head])
        past = modality == "asserted" and tense != "future"
        date = self.date_for(times(), hit, lo, first_head, past, tokens)
        start, end = tokens[hit.first].start, tokens[hit.head].end
        if location is None and trig.type in self.ctx.destination_types:
            # Бишкекке кошумча күч жиберди: the place troops are sent to is also where
            location = next(
                (
                    t
                    for t in target
                    if (e := self.entity_by_id.get(t)) is not None
                    and e.label == "LOC"
                    and e.kb_id not in country_ids()
                ),
                None,
            )
        if type_ == "REQUEST" and any(w.startswith(self.ctx.court_measures) for w in words[lo:hi]):
            court = self.last_court(tokens[hit.first].start, ahead=True)
            if court and not any(t in self.courts for t in target) and not set(court) & set(source):
                target = court  # аны камакка алууну суранды: asked of the court, not of him
        elif (
            type_ == "REQUEST"
            and not target
            and any(w.startswith(self.ctx.release_words) for w in words[lo : hit.first])
        ):
            # кармалгандарды бошотууну талап кылды: of whoever holds them
            target = next(
                (
                    list(e.source)
                    for e in self.recent_charges(si)
                    if e.type == "COERCE" and not set(e.source) & set(source)
                ),
                [],
            )
        if (
            trig.words[0].kind == "noun"
            and type_ in self.ctx.meeting_types
            and source
            and all(x in self.courts for x in source)
        ):
            return None  # Соттун биринчи отуруму 7-июлга белгиленди: a hearing, no talks
        source = self.country_title_bearers(tokens, refs, lo, hit.first, source, target)
        leaders = self.leaders_named(tokens, refs)
        source = list(dict.fromkeys(leaders.get(x, x) for x in source))
        target = list(dict.fromkeys(leaders.get(x, x) for x in target))
        if trig.type not in _RECIPROCAL_TYPES and set(target) - set(source):
            # Корея президенти ... кесиптешин чакырды: the leader his country stood for
            # is no target of his own act
            target = [t for t in target if t not in source]
        # what this event leaves for pronouns, kept only if the event is (sentence())
        self.pending = _State(
            source,
            target,
            not source and noun_source is not None,
            not target and noun_target is not None,
        )
        return Event(
            id="",
            type=type_,
            mode=mode,
            source=source,
            target=target,
            date=date,
            location=location,
            modality=modality,
            negated=negated,
            sentence=si,
            trigger=Span(start, end, self.doc.text[start:end]),
        )

    def told_act(self, words: list[str], hit: Hit) -> bool:
        """Whether the trigger is an act told as the object of a speech verb right after it
        (``жолуга турганын билдирди``, ``барарын айтты``)."""
        for k in (hit.head, hit.head + 1):
            if k + 1 < len(words) and _COMPLEMENT_ACC.search(words[k]):
                return words[k + 1].startswith(self.ctx.telling_verbs)
        return False

    @staticmethod
    def title_before_name(tokens: list[Token], owner: MentionRef, names_at: set[int]) -> bool:
        """Whether the title a genitive owns is followed by the name of its bearer (``Фабриканын
        директору Ван Цзюнь``): the owner is the bearer's body, not an object."""
        first = title_after(tokens, owner.last + 1)
        return first >= 0 and title_phrase_end(tokens, first, len(tokens)) + 1 in names_at

    def places_are_no_actors(self) -> None:
        """A street, a river or a pass an event names as its side is where it happens
        (``Жибек Жолу проспектисин тосушту``: the avenue is the protest's place); an event
        left with no side is dropped, as one the sentence names no actor of."""
        places = place_only_ids(self.doc)
        if not places:
            return
        kept = []
        for ev in self.events:
            named = [x for x in (*ev.source, *ev.target) if x in places]
            if named:
                ev.source, ev.target = _without(ev.source, places), _without(ev.target, places)
                ev.location = ev.location or named[0]
                if not ev.source and not ev.target:
                    continue
            kept.append(ev)
        self.events = kept

    def agents_bring_their_countries(self) -> None:
        """A side that holds a state's agent holds the state too, when the article names
        it and the other side holds it only in a joint act, as the gold codes "the person
        and the country they act for": an embassy or consulate (``Тажикстандын элчилигине нота
        тапшырды``: the note is to Tajikistan), a state body (``Казакстандын Айыл чарба
        министрлиги``), an official (``Лавров ... билдирди``: Russia says) and a town abroad.
        Bodies and people the KB places in an international body, a firm or civil society act
        for no country (``event_context.yaml``: state_sectors, envoy_heads)."""
        countries = self.country_entities
        state = self.ctx.state_sectors
        agents = {
            e.id: countries[e.country].id
            for e in self.doc.entities
            if e.country in countries
            and e.kb_id not in country_ids()
            and (
                e.sector in state
                or (e.label == "PER" and e.sector is None)
                or (
                    e.label == "ORG" and e.name.split()[-1].lower().startswith(self.ctx.envoy_heads)
                )
            )
        }
        # a town abroad on a side brings its country too (Москвага барып: a visit to Russia;
        # Ташкент макул болду: Uzbekistan agrees); a town at home stands for itself
        agents |= {
            e.id: countries[e.country].id
            for e in self.doc.entities
            if e.label == "LOC"
            and e.country in countries
            and e.country != self.ctx.home_country
            and e.kb_id not in country_ids()
        }
        if not agents:
            return
        for ev in self.events:
            # new lists: two events may share one side's list
            ev.source = _with_principals(ev.source, ev.target, agents)
            ev.target = _with_principals(ev.target, ev.source, agents)

    def people_bring_their_bodies(self) -> None:
        """A side that holds a person named after a body's title (``Инспекциянын башчысы
        Талантбек Осмоналиев``, ``"Ак-Жол" ЖЧКсынын директору Азамат Токтогулов``) or a
        place's head (``Жумгал районунун акими``) holds that body or place too: the gold
        codes "the person and the body they act for"."""
        countries = country_ids()
        bodies: dict[str, str] = {}
        for si, refs in enumerate(self.mentions):
            tokens = self.doc.sentences[si].tokens
            for pos, person in enumerate(refs):
                if person.entity.label != "PER" or person.entity.id in bodies:
                    continue
                body = self.body_of_title(si, tokens, refs[pos - 1] if pos else None, person)
                if body is None or body.kb_id in countries:
                    continue
                title = _word(tokens[person.first - 1].text)
                if body.label == "LOC" and not title.startswith(self.ctx.place_heads):
                    continue  # Торугарт бекетинин башчысы: a post's head, no one governing it
                bodies[person.entity.id] = body.id
        if not bodies:
            return
        for ev in self.events:
            own = {bodies[x] for x in ev.source if x in bodies and x not in ev.target}
            if own and ev.type not in _RECIPROCAL_TYPES:
                # "Алтын Туяк" ЖЧКнын директору ... айыптоолорду негизсиз деп атады: the
                # body its head speaks for is no target of his act
                ev.target = [t for t in ev.target if t not in own]
            ev.source = _with_principals(ev.source, ev.target, bodies)
            ev.target = _with_principals(ev.target, ev.source, bodies)

    def body_of_title(
        self, si: int, tokens: list[Token], before: MentionRef | None, person: MentionRef
    ) -> Entity | None:
        """The body whose title the person is named after: a name owning it (``"Ак-Жол"
        ЖЧКсынын директору Азамат``) or a body noun standing for one (``Компаниянын
        директору Эрлан Тыналиев``: the company told before)."""
        if person.first == 0 or not is_title_word(tokens[person.first - 1]):
            return None

        def owns_title(end: int) -> bool:  # not Кеңештин депутаттары мэр Бекболотовду
            title = title_after(tokens, end + 1)
            return (
                title >= 0
                and title_phrase_end(tokens, title, person.first) == person.first - 1
                and bool(_PX3_BARE.search(tokens[person.first - 1].text.lower()))
            )

        if before is not None and before.owner and person.first - before.last <= BODY_TITLE_GAP:
            return before.entity if owns_title(before.last) else None
        if before is not None and before.case == "Gen" and person.first - before.last <= KIND_GAP:
            # "Көк Жайык" ЖЧКнын директору: the genitive is on the body's kind after the name
            end = next(
                (
                    k
                    for k in range(before.last + 1, person.first - 1)
                    if GENITIVE_WORD.search(tokens[k].text.lower())
                ),
                before.last,  # «Кыргыз темир жолунун» башкы директору: the name's own
            )
            while end + 1 < person.first and tokens[end + 1].text in QUOTE_MARKS:
                end += 1  # past the closing quote mark
            if owns_title(end):
                return before.entity
        for k in range(person.first - 2, max(-1, person.first - 2 - BODY_TITLE_GAP), -1):
            if tokens[k].text in CLAUSE_PUNCT or (before is not None and k <= before.last):
                return None
            found = actor_noun_at(tokens, k)
            if found is None or case_of_word(tokens[found[1]]) != "Gen" or not owns_title(found[1]):
                continue
            ids = self.resolve_nouns(si, tokens[k].start, [found[0]], False)
            return self.doc.entity(ids[0]) if len(ids) == 1 else None
        return None

    def pointed_back(
        self,
        si: int,
        words: list[str],
        lo: int,
        hi: int,
        roles: dict[str, str],
        source: list[str],
    ) -> list[str]:
        """``бул чечимге нааразылык билдирди``: an object marked as the act told before
        stands for it; the source of the last event is the target."""
        cases = {c for c, role in roles.items() if role == "target" and c in ("Acc", "Dat")}
        marked = any(
            words[i] in self.ctx.anaphoric
            and case_of_word(self.doc.sentences[si].tokens[i + 1]) in cases
            for i in range(lo, hi - 1)
        )
        if not marked:
            return []
        for ev in reversed(self.events):
            if ev.sentence < si - POINTED_BACK_SENTENCES:
                break
            if ev.type in self.ctx.meeting_types:
                continue  # a meeting is no decision to object to
            if ev.source and not ev.negated and not set(ev.source) & set(source):
                return list(ev.source)
        return []

    def accusation_owner(
        self, refs: list[MentionRef], words: list[str], before: int, source: list[str]
    ) -> list[str]:
        """``ЕККУнун сынына жооп берип, ... четке какты``: the named owner of the accusation
        a denial answers, in the genitive right before the accusation's noun."""
        return [
            r.entity.id
            for r in refs
            if r.case == "Gen"
            and r.last + 1 < before
            and words[r.last + 1].startswith(self.ctx.accusation_nouns)
            and r.entity.id not in source
        ][:1]

    def last_accuser(self, si: int, source: list[str], every: bool = False) -> list[str]:
        """Who made the accusation a denial answers: the source of the last ACCUSE within
        ACCUSER_SENTENCES, one aimed at this source first; with ``every`` (``бул
        сындарды``: these criticisms) the sources of all of them."""
        recent = [
            e
            for e in reversed(self.events)
            if e.type == "ACCUSE"
            and not e.negated
            and e.modality == "asserted"  # not the court that may find him guilty
            and e.sentence >= si - ACCUSER_SENTENCES
            and e.source
            and not set(e.source) & set(source)
        ]
        aimed = [e for e in recent if set(e.target) & set(source)]
        if not aimed and not every:
            # Айыпты мойнуна албай: with no accusation aimed at the one denying, the charge
            # denied is the detaining body's, told first
            arrests = [
                e
                for e in self.events
                if e.type == "COERCE"
                and e.mode == "arrest"
                and not e.negated
                and e.source
                and not set(e.source) & set(source)
                and all(self.charges(x) for x in e.source)
            ]
            if arrests:
                return list(arrests[0].source)
        best = (aimed or recent)[: len(recent) if every else 1]
        return list(dict.fromkeys(x for e in best for x in e.source))

    def official(self, ids: list[str]) -> bool:
        """A side that holds a body, or a person with a title (not a resident who spoke)."""
        return any(
            (e := self.entity_by_id.get(x)) is not None and (e.label == "ORG" or bool(e.role))
            for x in ids
        )

    def participant_named(
        self, tokens: list[Token], words: list[str], refs: list[MentionRef], hit: Hit, type_: str
    ) -> bool:
        """A noun trigger told again only to name someone who took part (``пикетке
        чыккандардын бири Айбек``, ``пикетке катышкан пенсионер Сагынбек``) after the act
        itself was told: the act is not new."""
        k, nxt = hit.head + 1, hit.head + 2
        if not _is_nominal(hit) or nxt >= len(tokens):
            return False
        if not any(e.type == type_ for e in self.events):
            return False
        if any(p.search(words[k]) for p in self.ctx.nominalised):
            # чыккандардын бири: one of them; пикетке чыккандар менен жолугуп: those who took
            # part are met
            return True
        if GENITIVE_WORD.search(words[hit.head]) and words[k].startswith(
            self.ctx.participant_nouns
        ):
            return True  # пикеттин катышуучусу Жылдыз Абакирова: one who took part
        return _PARTICIPLE.search(words[k]) is not None and (  # чыккан Гүлнара Абдыраимова
            is_title_word(tokens[nxt])
            or actor_noun_at(tokens, nxt) is not None
            or any(r.first == nxt and r.entity.label == "PER" for r in refs)
        )

    def vote_tally(self, words: list[str], lo: int, before: int) -> bool:
        """A counted number of a body's voting members before the trigger (``71 депутат``,
        ``27 депутатынын 19у``): how many voted, not an act of the body or of anyone."""
        members = tuple(self.ctx.voting_members)
        return any(
            words[k].startswith(members)
            and ((k > lo and _counted(words[k - 1])) or (k + 1 < before and _counted(words[k + 1])))
            for k in range(lo, before)
        )

    def charges(self, entity_id: str) -> bool:
        """Whether the actor is a police or security body, which brings the charges it
        detains on (a court that remands brings none)."""
        ent = self.entity_by_id.get(entity_id)
        return ent is not None and ent.sector in self.ctx.charging_sectors

    def charge_parties(self, si: int) -> tuple[list[str], list[str]]:
        """Who brings a charge told with no actor at all, and against whom: the charging
        body of the last arrest or charge within ACCUSER_SENTENCES, and its target."""
        return next(
            (
                (list(e.source), list(e.target))
                for e in self.recent_charges(si)
                if all(self.charges(x) or self.prosecutes(x) for x in e.source)
            ),
            ([], []),
        )

    def prosecutes(self, entity_id: str) -> bool:
        """Whether the actor is a prosecutor's office (``charging_bodies``)."""
        ent = self.entity_by_id.get(entity_id)
        return ent is not None and any(
            stem in ent.name.lower() for stem in self.ctx.charging_bodies
        )

    def last_asker(self, si: int, source: list[str]) -> list[str]:
        """Who made the demand a refusal answers (``бул талапты четке какты``): the source of
        the last REQUEST within ACCUSER_SENTENCES that is not the refuser's own side."""
        for e in reversed(self.events):
            if e.sentence < si - ACCUSER_SENTENCES:
                break
            if (
                e.type == "REQUEST"
                and not e.negated
                and e.source
                and not set(e.source) & set(source)
                and not any(self.home_of(x, source) for x in e.source)
            ):
                return list(e.source)
        return []

    def home_of(self, entity_id: str, source: list[str]) -> bool:
        """Whether the entity is the country a source belongs to (Москва ... четке какты:
        Russia is the refuser's own side, not whom it refuses)."""
        ent = self.entity_by_id.get(entity_id)
        return (
            ent is not None
            and ent.label == "LOC"
            and ent.kb_id in country_ids()
            and any(self.country_of(x) == ent.country for x in source)
        )

    @staticmethod
    def against_after(words: list[str], i: int) -> bool:
        """Whether ``каршы`` follows at ``i``, past the rest of a company's legal form
        (``"X" жоопкерчилиги чектелген коомуна каршы``)."""
        for k in range(i, min(i + AGAINST_REACH + 1, len(words))):
            if words[k] in AGAINST:
                return True
            if words[k] in QUOTE_MARKS:
                continue
            if not words[k].isalpha() or not words[k].islower():
                return False
        return False

    def employer(
        self, tokens: list[Token], words: list[str], refs: list[MentionRef], lo: int, hi: int
    ) -> list[str]:
        """The body whose people act (``заводунун 400дөн ашык жумушчусу``, ``компаниясында
        иштеген 60 адам``, ``университетинин студенттери``): strikers act against it; its
        members and activists (``member_nouns``) act for it."""
        for r in refs:
            if not lo <= r.first < hi or r.entity.label != "ORG":
                continue
            j = _past_alias(words, r.last + 1)
            if r.case == "Gen":
                j = _past_unit(words, j, hi)
                while j < hi and (
                    tokens[j].text[:1].isdigit()
                    or tokens[j].text.lower() in self.ctx.approximate_counts
                ):
                    j += 1
                noun = actor_noun_at(tokens, j) if j < hi else None
                if noun is not None and noun[0].words[-1].startswith(self.ctx.member_nouns):
                    continue  # кыймылынын активисттери: its own people, acting for it
                if noun is not None and not noun[0].resolves:
                    return [r.entity.id]
            elif (
                r.case == "Loc"
                and j < hi
                and (
                    tokens[j].text.lower().startswith(self.ctx.employer_verbs)
                    or self.people_after(tokens, j, hi)
                )
            ):
                return [r.entity.id]
        return []

    @staticmethod
    def people_after(tokens: list[Token], j: int, hi: int) -> bool:
        """People named by a common noun a few words after token ``j`` in the same clause
        (``фермасында кулпунай терип жүргөн 63 жумушчу``: those who work there)."""
        for k in range(j, min(j + EMPLOYER_REACH, hi)):
            if tokens[k].text in CLAUSE_PUNCT:
                return False
            noun = actor_noun_at(tokens, k)
            if noun is not None:
                return not noun[0].resolves and case_of_word(tokens[k]) == "Nom"
        return False

    def same_country(self, entity_id: str, others: list[str]) -> bool:
        """Whether the entity is known to belong to the country of one of ``others``."""
        country = self.country_of(entity_id)
        return country is not None and any(self.country_of(x) == country for x in others)

    def last_sanctioner(self, si: int, source: list[str]) -> list[str]:
        """With no accusation told as an event, a body that fined or banned within
        ACCUSER_SENTENCES made the charges denied (инспекция ... айып салды. Компания
        айыптоолорду четке какты), before anyone quoted criticising."""
        return next(
            (
                list(e.source)
                for e in reversed(self.events)
                if e.sentence >= si - ACCUSER_SENTENCES
                and e.type == "SANCTION"
                and not e.negated
                and e.modality == "asserted"
                and e.source
                and not set(e.source) & set(source)
                and self.official(e.source)
            ),
            [],
        )

    def last_critic(self, si: int, source: list[str]) -> list[str]:
        """With no accusation told as an event, who a denial of criticism answers: the last
        one quoted before it, other than the one denying (the critic said what is denied,
        in their own words: "...", - деди X. ... Министрлик айыптоону четке какты). A
        critic whose words name the one denying comes first, of any country (Осмоновдун
        сөзүнө караганда, Финансы министрлиги ... которгон эмес. Министрлик четке какты)."""
        critics = [
            q
            for q in reversed(self.doc.quotes)
            if si - ACCUSER_SENTENCES <= q.sentence < si and q.speaker and q.speaker not in source
        ]
        denier = {m.start for i in source if (e := self.doc.entity(i)) for m in e.mentions}
        named = [q for q in critics if any(q.start <= at < q.end for at in denier)]
        other = [q for q in critics if not self.same_country(str(q.speaker), source)]
        return [str((named or other)[0].speaker)] if named or other else []

    def parallel(
        self, si: int, type_: str, source: list[str], refs: list[MentionRef], words: list[str]
    ) -> list[str]:
        """``Түркия болсо ... жүк жиберди``, ``Орусия да ...``: a subject marked as the next
        of several doing the same gives its act the target of the last act of that type."""
        subject = next((r for r in refs if r.entity.id == source[0]), None)
        if subject is None or subject.last + 1 >= len(words):
            return []
        after = subject.last + 1
        if subject.owner or subject.modifier:
            after += 1  # Казакстандын өкмөтү да: past the title
        if after >= len(words) or words[after] not in self.ctx.parallel_marks:
            return []
        for ev in reversed(self.events):
            if ev.sentence < si - COUNTERPART_SENTENCES:
                break
            if ev.type == type_ and ev.target and not set(ev.source) & set(source):
                own = {self.country_of(x) for x in source} - {None}
                # Путин болсо ... чакырды after a request to Russia: not his own country
                return [t for t in ev.target if t not in source and self.country_of(t) not in own]
        return []

    def _names_hazard(self, clause: list[str]) -> bool:
        """Whether a clause names weather or a disaster (``event_context.yaml``:
        natural_hazards)."""
        return any(
            word_matches(hazard, w) is not None
            for w in clause
            for hazard in self.ctx.natural_hazards
        )

    @staticmethod
    def member_of_next(
        tokens: list[Token], words: list[str], refs: list[MentionRef], r: MentionRef, hit: Hit
    ) -> bool:
        """Whether a nominative name is the subject of a relative clause whose head is the
        next name (``Салиев мүчө болгон "Жаңы Шаар" фракциясы``: the faction he belongs
        to): a participle, perhaps after a title, right before another nominative name."""
        k = r.last + 1
        if k < hit.first and is_title_word(tokens[k]):
            k += 1  # мүчөсү болгон, төрагасы болгон
        if k >= hit.first - 1 or not _PARTICIPLE.search(words[k]):
            return False
        if _PASSIVE_PARTICIPLE.search(words[k]):
            return False
        head = next((o for o in refs if o.first > k), None)
        return (
            head is not None
            and head.first <= k + 2  # past an opening quote mark
            and head.case == "Nom"
            and head.last < hit.first
            and head.entity.label != "PER"
        )

    def relative_subject(
        self,
        tokens: list[Token],
        words: list[str],
        refs: list[MentionRef],
        r: MentionRef,
        lo: int,
        hit: Hit,
        times: Callable[[], list[Found]],
    ) -> bool:
        """Whether a nominative name is the subject of a relative clause (``X компаниясы
        куруп жаткан фабриканын``: a participle on the next noun) after the clause's own
        subject, a name or a people noun in the nominative before it."""
        k = r.last + 1
        if k < hit.first and _CONVERB.search(words[k]):
            k += 1  # куруп жаткан: a converb before its aspect participle
        if (
            k >= hit.first - 1
            or not _PARTICIPLE.search(words[k])
            or _PASSIVE_PARTICIPLE.search(words[k])
        ):
            return False  # кайтарылган аялдарды: a passive has no subject of its own
        after = tokens[k + 1].text
        if not after[:1].isalpha() or after[:1].isupper() or words[k + 1] in CLAUSE_PUNCT:
            return False
        if any(f.first <= k + 1 < f.last for f in times()):
            return False  # Сыдыков өткөн бейшембиде: a time expression, no relative clause
        before = r.first
        if r.first > 0 and is_title_word(tokens[r.first - 1]):
            before -= 1  # not the title of the name itself (депутаты Сыдыков)
        earlier = any(o.case == "Nom" and lo <= o.last < before for o in refs if o is not r)
        return earlier or any(
            (found := actor_noun_at(tokens, i)) is not None
            and found[1] < before
            and case_of_word(tokens[found[1]]) in ("Nom", "Acc")  # 300гө жакын тургуну
            for i in range(lo, r.first)
        )

    def is_sequel(self, tokens: list[Token], words: list[str], hit: Hit, lo: int, hi: int) -> bool:
        """An act of a sequel type still to come, or after a sequel word (кийинки отуруму):
        a new one; a past one with neither retells the act just told."""
        if hit.trigger.type not in self.ctx.sequel_types:
            return False
        return (
            self.modality(tokens, hit, hi)[0] != "asserted"
            or token_tense(tokens[hit.head]) == "future"
            or any(w in self.ctx.sequel_words for w in words[max(lo, hit.first - 3) : hit.first])
        )

    def sequel_parties(self, type_: str) -> tuple[list[str], list[str]]:
        """The parties of an act told with no actor (``кийинки отуруму ... өтөт``): those of
        the last asserted act of its type, else, for a joint act (a meeting), the story's two
        countries, each with the other."""
        last = next(
            (
                e
                for e in reversed(self.events)
                if e.type == type_ and not e.negated and e.source and e.target
            ),
            None,
        )
        if last is not None:
            return list(last.source), list(last.target)
        if type_ not in _RECIPROCAL_TYPES:
            return [], []  # aid given by no one named: no two sides give it to each other
        sides = list(self.story_sides.values())
        return sides, list(reversed(sides))

    def home_country(self, source: list[str]) -> list[str]:
        """The home country of the press kabar reads (``event_context.yaml``: home_country)
        when the source is known to be foreign: aid with no recipient named goes there."""
        home = self.country_entities.get(self.ctx.home_country)
        origins = {self.origin_of(x) for x in source}
        if home is None or home.id in source or None in origins or home.country in origins:
            return []  # a source of unknown or home origin: no guess
        return [home.id]

    def host_country(self, location: str, source: list[str]) -> list[str]:
        """``Ашхабадда сүйлөшүүлөрдү жүргүздү``: talks held abroad with no partner named
        are with the country of the place, when the article names it."""
        place = self.entity_by_id.get(location)
        host = place.country if place is not None else None
        if host is None or host in {self.origin_of(x) for x in source}:
            return []
        country = self.country_entities.get(host)
        return [country.id] if country is not None else []

    @cached_property
    def country_entities(self) -> dict[str, Entity]:
        """The article's countries by ISO3 code (the first entity of each)."""
        out: dict[str, Entity] = {}
        for e in self.doc.entities:
            if e.label == "LOC" and e.kb_id in country_ids() and e.country:
                out.setdefault(e.country, e)
        return out

    def origin_of(self, entity_id: str) -> str | None:
        """The entity's country, or "international" for a body the KB knows under no
        country (the World Bank, the EDB); None when unknown."""
        ent = self.entity_by_id.get(entity_id)
        if ent is None:
            return None
        if ent.country:
            return ent.country
        return "international" if ent.kb_id and ent.label == "ORG" else None

    @cached_property
    def story_sides(self) -> dict[str, str]:
        """The article's two main countries (ISO3 -> entity id), when it has two: each
        named at least SIDE_MENTIONS times, and no third country as often as the second;
        else the home country, named at all, and the one foreign country named that often."""
        named = self.demonym_uses
        counts = sorted(
            (
                (len(e.mentions) + named.get(e.id, 0), iso, e.id)
                for iso, e in self.country_entities.items()
            ),
            reverse=True,
        )
        if (
            len(counts) >= 2
            and counts[1][0] >= SIDE_MENTIONS
            and not (len(counts) > 2 and counts[2][0] == counts[1][0])
        ):
            return {country: eid for _, country, eid in counts[:2]}
        # the press's own country is a side once named (it goes by кыргыз тарап, Бишкек):
        # with the one foreign country the story is about
        home = self.country_entities.get(self.ctx.home_country)
        foreign = [c for c in counts if c[1] != self.ctx.home_country]
        if (
            home is not None
            and foreign
            and foreign[0][0] >= SIDE_MENTIONS
            and (len(foreign) == 1 or foreign[1][0] < foreign[0][0])
        ):
            return {self.ctx.home_country: home.id, foreign[0][1]: foreign[0][2]}
        return {}

    @cached_property
    def demonym_uses(self) -> dict[str, int]:
        """How often each country is named by its demonym (``кыргызстандыктар``, ``тажик
        тарап``, ``ирандык кесиптеши``): a story about a country's citizens abroad names the
        country itself seldom."""
        stems = sorted(self.demonyms, key=len, reverse=True)
        out: dict[str, int] = {}
        for tok in self.doc.tokens:
            word = tok.text
            if not word[:1].islower():
                continue
            stem = next((st for st in stems if word.startswith(st)), None)
            if stem is not None:
                ent = self.demonyms[stem]
                out[ent.id] = out.get(ent.id, 0) + 1
        return out

    def sides_for(self, kind: str, words: list[str], i: int) -> list[str]:
        """``Эки өлкөнүн өкүлдөрү`` with not both countries named before: the story's two
        sides (one often goes by its demonym only: кыргыз тарап). Not a bare plural
        (``Борбор Азия өлкөлөрү``, ``тараптар`` of a deal with the EU, no country)."""
        if kind != "countries" or i == 0 or words[i - 1] not in self.ctx.pair_words:
            return []
        return list(self.story_sides.values())

    def country_bodies(self, si: int, before: int, kind: str, words: list[str]) -> list[str]:
        """``Эки өлкөнүн чек ара өкүлдөрү`` in a story that names its countries only in the
        names of their bodies (Кыргызстандын Чек ара кызматы, Өзбекстандын Чек ара
        аскерлери): the last two bodies named before, of two different countries."""
        if kind != "countries" or before == 0 or words[before - 1] not in self.ctx.pair_words:
            return []
        by_country: dict[str, str] = {}
        for s in range(si, -1, -1):
            for r in reversed(self.mentions[s]):
                country = r.entity.country
                if (s == si and r.first >= before) or r.entity.label != "ORG" or not country:
                    continue
                by_country.setdefault(country, r.entity.id)
                if len(by_country) == 2:
                    return list(by_country.values())
        return []

    def other_side(self, source: list[str]) -> list[str]:
        """The other of the story's two countries, when the source belongs to one."""
        sides = self.story_sides
        origins = {self.country_of(x) for x in source}
        if len(origins & sides.keys()) != 1:
            return []
        (origin,) = origins & sides.keys()
        return [eid for country, eid in sides.items() if country != origin]

    def country_of(self, entity_id: str) -> str | None:
        """The ISO3 country an entity belongs to, from the KB (None when unknown)."""
        ent = self.entity_by_id.get(entity_id)
        return ent.country if ent is not None else None

    def complement_argument(
        self, tokens: list[Token], words: list[str], r: MentionRef, first: int
    ) -> bool:
        """A dative right before the verbal noun a trigger governs is that noun's goal
        (X-ти Кыргызстанга экстрадициялоону талап кылды: asked of someone else)."""
        k = r.head + 1
        if r.case == "Acc" and any(
            _BARE_VN.search(words[j]) and j + 1 < first and words[j + 1] in self.ctx.about_words
            for j in range(k, min(first, k + COMPLEMENT_REACH))
        ):
            # X-ти Кыргызстанга экстрадициялоо тууралуу өтүнүчүн четке какты: X is whom the
            # request is about, not the one refused
            return True
        if r.case == "Acc":
            # Кыргызстандын бийлигин Жолдошевди дароо бошотууга чакырды: whom the release
            # is of, with the one asked named before it in the accusative
            return any(
                _vn_word(words[j]) and any(p.search(words[j]) for p in self.ctx.complement)
                for j in range(k, min(first, k + COMPLEMENT_REACH))
            ) and any(
                # (not an adverb with the ending's look: бүгүн ... Жапаровду ... үндөдү)
                _POSSESSED_IN["Acc"].search(w) and tokens[j].pos != "ADV"
                for j, w in enumerate(words[: r.first])
            )
        return (
            r.case == "Dat"
            and k < first
            and any(p.search(words[k]) for p in self.ctx.complement)
            and _vn_word(words[k])
        )

    @staticmethod
    def next_subject(tokens: list[Token], refs: list[MentionRef], at: int, first: int) -> bool:
        """The subject group starts at ``at`` right after ``X менен``, or after its owner
        and title there (``Алиев менен Түркиянын президенти Эрдоган``)."""
        if first == at:
            return True
        owner = next((r for r in refs if r.first == at and (r.owner or r.modifier)), None)
        if owner is None or first - owner.last > 3:
            return False
        return all(is_title_word(t) or t.text.islower() for t in tokens[owner.last + 1 : first])

    def later_same(self, words: list[str], hit: Hit, type_: str) -> bool:
        """A converb trigger followed in its sentence by another trigger of its type."""
        if not _CONVERB.search(words[hit.head]):
            return False
        return any(h.trigger.type == type_ and h.head > hit.head for h in self.hits)

    def counterpart(self, si: int, source: list[str]) -> list[str]:
        """The other side of the story's last two-sided event, when this source was one
        side of it (Жапаров Си Цзиньпин менен жолукту. ... Жапаров кесиптешин Бишкекке
        чакырды: the invitation goes to Xi). Only within COUNTERPART_SENTENCES."""
        for ev in reversed(self.events):
            if ev.sentence < si - COUNTERPART_SENTENCES:
                break
            if ev.negated or not ev.source or not ev.target:
                continue
            if source[0] in ev.source:
                return [t for t in ev.target if t not in source]
            if source[0] in ev.target:
                return [t for t in ev.source if t not in source]
            return []
        return []

    def announced(self, words: list[str], hit: Hit) -> bool:
        """A passive act of an announced type told as the object of a verb of announcing
        (берилерин жарыялады, кармалганын кабарлады): its subject is the announcer."""
        nxt = words[hit.head + 1] if hit.head + 1 < len(words) else ""
        return (
            hit.trigger.type in self.ctx.announced_types
            and bool(_COMPLEMENT_ACC.search(words[hit.head]))
            and nxt.startswith(self.ctx.announcing_verbs)
        )

    def _passive(self, hit: Hit) -> bool:
        """-ыл- is passive; -ын- only after a stem in л (алын-): сура-н- is reflexive."""
        rest = hit.rest
        if rest.startswith(("ыл", "ил", "ул", "үл", "л")):
            return True
        stem_end = hit.trigger.words[-1].stems[0][-1:]
        return stem_end == "л" and bool(self.ctx.passive.match(rest))

    @staticmethod
    def complement_subject(
        refs: list[MentionRef], words: list[str], lo: int, hi: int, source: list[str]
    ) -> list[str]:
        """``Жапаров Казакстан тарап ... киргизгенин сынга алды``: the subject of the act
        criticised (a participle in the accusative) is whom the criticism is aimed at."""
        comp = [i for i in range(lo, hi) if _COMPLEMENT_ACC.search(words[i])]
        if not comp:
            return []
        inner = [
            r.entity.id
            for r in refs
            if lo <= r.first < comp[-1]
            and r.case == "Nom"
            and not r.modifier
            and r.entity.id not in source
        ]
        return inner[:1]

    @staticmethod
    def inspected(refs: list[MentionRef], lo: int, hi: int, source: list[str]) -> list[str]:
        """``компаниянын ... сактоосу боюнча текшерүү баштады``, ``ишканасында ... текшере
        баштады``: the body or person whose conduct a check looks into, named in the
        genitive or (a body) in the locative in the clause."""
        return [
            r.entity.id
            for r in refs
            if lo <= r.first < hi
            and r.entity.id not in source
            and not r.owner
            and not r.modifier
            and (
                (r.case == "Gen" and r.entity.label in ("ORG", "PER"))
                or (r.case == "Loc" and r.entity.label == "ORG")
            )
        ][:1]

    def accused_before_content(
        self,
        si: int,
        tokens: list[Token],
        words: list[str],
        refs: list[MentionRef],
        hit: Hit,
        source: list[str],
    ) -> list[str]:
        """``X Абдыкалыковду [долбоорду ... даярдаган] деп сынга алды``: the one named next
        after the subject, in the accusative (or the body whose staff are: ``министрлигинин
        кызматкерлерин [... иштегени] үчүн айыптап``), before the content or reason a
        closing word (CONTENT_CLOSERS) ends, is whom the verb is aimed at; the content's own
        verbs do not cut it off."""
        if hit.first == 0 or words[hit.first - 1] not in CONTENT_CLOSERS:
            return []
        subject_end = max(
            (r.last for r in refs if r.last < hit.first and r.entity.id in source), default=-1
        )
        if subject_end < 0:  # the subject not known yet: the first one named
            subject_end = next(
                (r.last for r in refs if r.case == "Nom" and not r.modifier and r.last < hit.first),
                -1,
            )
        body = self.body_called_after(si, tokens, words, refs, hit, subject_end, source)
        if body:
            return body
        after = [
            r
            for r in refs
            if subject_end < r.first and r.last < hit.first - 1 and not r.parenthetical
        ]
        if not after or after[0].entity.id in source:
            return []
        first = after[0]
        if first.case == "Acc" and not first.modifier:
            return [first.entity.id]
        if (
            hit.trigger.type == "ACCUSE"
            and first.case == "Nom"
            and not first.modifier
            and words[hit.first - 1] == "деп"
            and not _OWNED.search(words[first.last + 1])  # Facebook баракчасына: a medium
            # not the speaker of a body named in the genitive before (кызматынын өкүлү X)
            and any(r.case == "Nom" and not r.modifier and r.last < first.first for r in refs)
        ):
            return [first.entity.id]  # X министрлик [...] чыгарды деп айыптады: who acted
        k = title_after(tokens, first.last + 1)
        k = k if k >= 0 else first.last + 1
        if first.case == "Gen" and k < hit.first and case_of_word(tokens[k]) == "Acc":
            owned = actor_noun_at(tokens, k)
            if (owned is not None and not owned[0].resolves) or is_title_word(tokens[k]):
                return [first.entity.id]  # министрлигинин кызматкерлерин: the body's people
        return []

    def body_called_after(
        self,
        si: int,
        tokens: list[Token],
        words: list[str],
        refs: list[MentionRef],
        hit: Hit,
        subject_end: int,
        source: list[str],
    ) -> list[str]:
        """``X болсо өкмөт [... жаап жатат] деп сынга алды``: a body called by its noun right
        after the subject, in the accusative, or in the nominative before ``деп`` of an
        accusation (whom its words say acted), is the one the accusation is aimed at."""
        if subject_end < 0:
            return []
        k = subject_end + 1
        while k < hit.first and words[k] in self.ctx.parallel_marks:
            k += 1  # Осмоналиев болсо өкмөт ...
        found = actor_noun_at(tokens, k) if k < hit.first - 1 else None
        if found is None or not found[0].resolves or any(r.first <= k <= r.last for r in refs):
            return []
        case = case_of_word(tokens[found[1]])
        said = hit.trigger.type == "ACCUSE" and words[hit.first - 1] == "деп"
        if case != "Acc" and not (case == "Nom" and said):
            return []
        ids = self.resolve_nouns(si, tokens[k].start, [found[0]], False)
        return [x for x in ids if x not in source]

    def dismissed(
        self, si: int, refs: list[MentionRef], words: list[str], lo: int, hi: int, source: list[str]
    ) -> list[str]:
        """``министр Ибраевди кызматтан кетирүүнү талап кылды``: the person whose leaving
        office is demanded, named in the accusative or genitive right before the words, or
        called by a title there (``министрдин кызматтан кетүүсүн``: the minister told of)."""
        for k in range(lo, hi):
            if words[k].startswith(self.ctx.dismissal_marks):
                named = [
                    r.entity.id
                    for r in refs
                    if k - DISMISSED_REACH <= r.last < k
                    and r.entity.label == "PER"
                    and r.case in ("Acc", "Gen")
                    and r.entity.id not in source
                ]
                if named:
                    return named[-1:]
                for i in range(k - 1, max(lo, k - DISMISSED_REACH) - 1, -1):
                    stem = _title_prefix(words[i])
                    if stem and case_of_rest(words[i][len(stem) :]) in ("Acc", "Gen"):
                        found = self.resolve_role(self.doc, si, stem)
                        return [found] if found and found not in source else []
                return []
        return []

    def group_target(
        self,
        si: int,
        tokens: list[Token],
        lo: int,
        hi: int,
        roles: dict[str, str],
        source: list[str],
    ) -> list[str]:
        """``эки тарапты токтоолукка чакырды``: a group noun in a target's case stands for
        the story's sides (the last two countries or leaders), the source left out."""
        for i in sorted(k for k in self.group_at if lo <= k < hi):
            j = i
            while j + 1 < hi and (
                tokens[j].text.isdigit() or _word(tokens[j].text) in self.ctx.count_words
            ):
                j += 1  # эки тарапты: the case is on the noun
            if roles.get(case_of_word(tokens[j])) != "target":
                continue
            group = self.recent_actors(si, i, self.group_at[i]) or self.last_parties(
                si, _word(tokens[j].text)
            )  # тараптарды сүйлөшүүгө чакырды: with no two countries, the last act's two sides
            return [g for g in group if g not in source]
        return []

    def _group_before(self, words: list[str], refs: list[MentionRef], lo: int, hi: int) -> bool:
        """A group noun (лидерлер) stands before the first named subject: it is the subject
        (not a named side's noun: кыргыз тараптан, беларус тарап)."""
        return any(
            lo <= i < hi
            and not any(
                (r.first == i + 1 and r.entity.label == "PER") or r.last + 1 == i for r in refs
            )
            for i in self.group_at
        )

    def title_subject(
        self, si: int, tokens: list[Token], refs: list[MentionRef], lo: int, hi: int
    ) -> str | None:
        """A bare title as the subject (``министр ... сүйлөшүү жүргүзүп``), resolved to its bearer."""
        named = {i for r in refs for i in range(r.first, r.last + 2)}
        named |= {r.first - 1 for r in refs if r.entity.label == "PER"}  # Президент Токаев
        owned = {r.last + 1 for r in refs if r.case == "Gen"}
        for i in range(lo, hi):
            t = tokens[i]
            spoken_for = self.spoken_for(si, tokens, i, hi)
            if spoken_for is not None and i not in named:
                return spoken_for
            body = next((r for r in refs if r.last == i and r.entity.label == "ORG"), None)
            if body is not None and _speaks_for(body, tokens, hi, self.ctx.spokespeople):
                return body.entity.id  # Мэриянын басма сөз кызматы: the body named before
            if (
                i in named
                or i in owned
                or (
                    i
                    and tokens[i - 1]
                    .text.lower()
                    .endswith(
                        (
                            "нын",
                            "нин",
                            "дын",
                            "дин",
                            "тын",
                            "тин",
                            "нун",
                            "нүн",
                            "дун",
                            "дүн",
                            "тун",
                            "түн",
                        )
                    )
                )
            ):
                continue
            stem = title_stem(t)
            if stem and t.text.lower() == stem:
                here = {r.entity.id for r in refs}
                if i > lo and tokens[i - 1].text.islower():
                    # орусиялык министр ... айыптады: the one of that country with that title
                    bearer = self.bearer_of(tokens[i - 1].text.lower(), stem)
                    if bearer is not None and bearer not in here:
                        return bearer
                found = self.resolve_role(self.doc, si, stem)
                if found in here and si > 0:
                    # not the partner named here: the bearer named before this sentence
                    found = self.resolve_role(self.doc, si - 1, stem)
                    if found is None or found in here:
                        found = fallback_role(self.doc, si - 1, stem)
                sides = {self.country_of(x) for x in here} - {None}
                if found and self.country_of(found) in sides:
                    # Министр кытай тараптан ... суранды: not the Chinese minister
                    found = self.bearer_outside(stem, sides) or found
                if found and found not in here:
                    return found
        return None

    def country_title_bearers(
        self,
        tokens: list[Token],
        refs: list[MentionRef],
        lo: int,
        hi: int,
        source: list[str],
        target: list[str],
    ) -> list[str]:
        """``Армениянын премьер-министри уюмду сынга алган``: a country's title with no name
        after it is the person of that country named with the title, who acts with it."""
        for r in refs:
            k = r.last + 1
            if not (lo <= r.first and k < min(hi, len(tokens))) or r.case != "Gen":
                continue
            if r.entity.id not in source or r.entity.id not in self.countries:
                continue
            stem = title_stem(tokens[k])
            if stem is None or tokens[k].text.lower() == stem:
                continue  # Армениянын министр...: no title of the country's
            if any(q.first in (k + 1, k + 2) and q.entity.label == "PER" for q in refs):
                continue  # Армениянын премьер-министри Пашинян: named here
            country = r.entity.country
            if not country:
                continue
            bearer = self.most_mentioned_bearer((stem,), frozenset({country}).__contains__)
            if bearer is not None and bearer not in source and bearer not in target:
                return [bearer, *source]
        return source

    def spoken_for(self, si: int, tokens: list[Token], i: int, hi: int) -> str | None:
        """``Акимдин басма сөз катчысы ... четке какты``: a bare role (or body noun) in the
        genitive before a spokesperson's title is who acts: the role's bearer (the body)."""
        word = tokens[i].text.lower()
        if not GENITIVE_WORD.search(word):
            return None
        after = " ".join(_word(t.text) for t in tokens[i + 1 : min(hi, i + 4)])
        if not after.startswith(self.ctx.spokespeople):
            return None
        stem = title_stem(tokens[i])
        if stem is not None and len(word) - len(stem) <= 3:
            return self.resolve_role(self.doc, si, stem)
        body = actor_noun_at(tokens, i)  # Мэриянын басма сөз кызматы: the city hall's
        if body is not None and body[0].resolves and not _is_place(body[0]):
            found = self.resolve_nouns(si, tokens[i].start, [body[0]], False)
            return found[0] if found else None
        return None

    def bearer_outside(self, stem: str, countries: set[str | None]) -> str | None:
        """The most mentioned person with the title ``stem`` whose country is known and is
        none of ``countries``."""
        return self.most_mentioned_bearer((stem,), lambda c: bool(c) and c not in countries)

    def most_mentioned_bearer(
        self, titles: tuple[str, ...], country_ok: Callable[[str | None], bool]
    ) -> str | None:
        """The most mentioned person whose role starts with one of ``titles`` and whose
        country passes ``country_ok``."""
        people = [
            e
            for e in self.doc.entities
            if e.label == "PER"
            and country_ok(e.country)
            and any(w.startswith(titles) for w in (e.role or "").lower().split())
        ]
        return max(people, key=lambda e: len(e.mentions)).id if people else None

    def title_object(
        self,
        si: int,
        tokens: list[Token],
        refs: list[MentionRef],
        lo: int,
        hi: int,
        roles: dict[str, str],
        source: list[str],
    ) -> list[str]:
        """A bare title as the object (``журналистти ... кармоо``, ``элчиге``), resolved to
        the person last given that title."""
        named = {i for r in refs for i in range(r.first, r.last + 1)}
        starts = {r.first for r in refs}
        for i in range(lo, hi):
            word = tokens[i].text.lower()
            stem = _title_prefix(word)
            case = case_of_rest(word[len(stem) :]) if stem else None
            if i in named or (
                i + 1 in starts and case not in ("Acc", "Dat", "Abl")
            ):  # Президент Токаев is a name; министрди Ареф кабыл алды names two people
                continue
            if (
                stem
                and case_of_rest(word[len(stem) :]) == "Gen"
                and self.owns_object(tokens, i, hi, roles)
            ):
                found = self.resolve_role(self.doc, si, stem)  # президенттин чечимин сындады
                if found and found not in source:
                    return [found]
                continue
            if not stem or roles.get(case_of_rest(word[len(stem) :]) or "") != "target":
                continue  # журналистти, элчиге: a bare title with a case ending
            if i > 0 and GENITIVE_WORD.search(tokens[i - 1].text.lower()):
                continue  # X-тын элчисин: the owner's title, read as the owner
            found = self.resolve_role(self.doc, si, stem) or role_ahead(self.doc, si, stem)
            if i > 0 and tokens[i - 1].text.islower():
                # кыргыз лидерин, тажик кесиптешин: the one of that country with that title
                found = self.bearer_of(tokens[i - 1].text.lower(), stem) or found
            if found and found not in source:
                return [found]
        return []

    def title_partner(
        self,
        si: int,
        tokens: list[Token],
        refs: list[MentionRef],
        lo: int,
        hi: int,
        subject: str,
    ) -> str | None:
        """The bearer of a second bare title joined by ``менен`` (``элчи менен министр``)."""
        for i in range(lo + 1, hi):
            if tokens[i - 1].text.lower() != "менен":
                continue
            stem = title_stem(tokens[i])
            if stem and tokens[i].text.lower() == stem:
                found = self.resolve_role(self.doc, si, stem)
                if found and found != subject:
                    return found
        return None

    def leaders_named(self, tokens: list[Token], refs: list[MentionRef]) -> dict[str, str]:
        """Countries that only modify a leader's title (``Казакстан жана Өзбекстан
        лидерлери менен``): each stands for its leader, when the article names exactly one
        person of that country with a leader's title."""
        out: dict[str, str] = {}
        for r in refs:
            if not r.modifier or r.entity.label != "LOC" or not r.entity.country:
                continue
            if not tokens[r.head].text.lower().startswith(LEADER_TITLES):
                continue
            people = [
                e.id
                for e in self.doc.entities
                if e.label == "PER"
                and e.country == r.entity.country
                and any(w.startswith(LEADER_TITLES) for w in (e.role or "").lower().split())
            ]
            if len(people) == 1:
                out[r.entity.id] = people[0]
        return out

    def bearer_of(self, demonym: str, stem: str) -> str | None:
        """The person of the country a demonym names who bears a title, the most mentioned
        first: that very title (кытайлык премьер is the premier, not the head of state
        the article also names), else any leader's title for a leader's (лидер, башчы)."""
        country = demonym_country(self.demonyms, demonym)
        if country is None or not country.country:
            return None

        def from_there(c: str | None) -> bool:
            return c == country.country

        exact = self.most_mentioned_bearer((stem,), from_there)
        if exact is not None or not stem.startswith(LEADER_TITLES):
            return exact
        return self.most_mentioned_bearer(LEADER_TITLES, from_there)

    @staticmethod
    def _has_pronoun(
        words: list[str], lo: int, hi: int, phrases: tuple[tuple[str, ...], ...]
    ) -> bool:
        for i in range(lo, hi):
            word = words[i]
            for p in phrases:
                if word == p[0] and tuple(words[i : i + len(p)]) == p:
                    return True
        return False

    def has_headline(self) -> bool:
        """The first sentence is a line of its own with no final stop: a headline."""
        doc = self.doc
        if not doc.sentences:
            return False
        first = doc.sentences[0]
        line = doc.text[first.start : first.end].rstrip()
        after = doc.text[first.end : first.end + 2]
        return not line.endswith((".", "!", "?")) or "\n" in after

    def headline_repeats(self) -> None:
        """Drop headline events the body tells again: the body has the arguments in full."""
        if not self.has_headline():
            return  # no headline line: the first sentence is body text
        body = [e for e in self.events if e.sentence > 0]

        def other_source(told: list[str], retold: list[str]) -> bool:
            # АКШ ... санкция салды, then the National Bank takes the bank over: another
            # country's actor on the same target is another act (АКШнын Финансы
            # министрлиги would be the same one; a side of no known country is no other one)
            countries = {self.country_of(x) for x in told} - {None}
            others = {self.country_of(x) for x in retold} - {None}
            return (
                bool(countries and others)
                and not set(told) & set(retold)
                and not countries & others
            )

        def told_again(ev: Event) -> bool:
            return any(
                b.type == ev.type
                and b.negated == ev.negated
                and not other_source(ev.source, b.source)
                and (
                    not ev.source
                    or not ev.target
                    or set(b.source) & set(ev.source)
                    or set(b.target) & set(ev.target)
                )
                for b in body
            )

        self.events = [e for e in self.events if e.sentence > 0 or not told_again(e)]
        for ev in self.events:
            if ev.sentence > 0 or ev.date.basis != "published":
                continue
            # a headline's act the body dates, though with other words for its sides
            same = next((b for b in body if b.type == ev.type and b.date.basis == "text"), None)
            if same is not None:
                ev.date = same.date

    def dates_carried(self) -> None:
        """An act told with no time of its own, within DATE_CARRY sentences after a dated
        past act, happened then (``Дүйшөмбү күнү 200дөй тургун чогулду. Алар ... талап
        кылышты.``): the story goes on in the same day, often into the next paragraph (the
        trial opened on Wednesday; the next paragraph's denial was made there)."""
        pub = self.doc.published
        headline = self.has_headline()
        last: Event | None = None
        for ev in self.events:
            if ev.sentence == 0 and headline:
                continue
            if (
                last is not None
                and ev.date.basis == "published"
                and ev.date.text is None
                and ev.modality == "asserted"
                and not ev.negated  # what did not happen has no day
                and 0 < ev.sentence - last.sentence <= DATE_CARRY
            ):
                ev.date = last.date
                continue
            if (
                ev.date.basis == "published"
                and ev.date.text is None
                and ev.modality == "asserted"
                and not ev.negated
                and (occasion := self.occasion_day(ev.sentence)) is not None
            ):
                ev.date = occasion
                continue
            day = day_of(ev.date.value) if ev.date.basis == "text" else None
            if day is not None and pub is not None and day < pub and ev.modality == "asserted":
                last = ev
            elif ev.date.basis == "text":
                last = None

    def occasion_day(self, si: int) -> EventDate | None:
        """The last past day named before sentence ``si`` when ``si`` places its acts within
        an occasion told before (``Жыйындын алкагында ... жолукту``,
        ``event_context.yaml``: occasion_words); None otherwise."""
        sentences, pub = self.doc.sentences, self.doc.published
        if pub is None or not any(
            t.text.lower() in self.ctx.occasion_words for t in sentences[si].tokens
        ):
            return None
        found = sentence_times(sentences, pub)
        for sj in range(si - 1, -1, -1):
            for f in reversed(found[sj]):
                if (d := day_of(f.value)) is not None and d < pub:
                    return self._event_date(f, sentences[sj].tokens)
        return None

    def lead_dated_after(self) -> None:
        """The lead's acts told with no time of their own happened on the day the next
        sentence of its paragraph names, when that day is past (``Кытай Чек ара кызматына 40
        унаа тапшырды. Өткөрүп берүү аземи дүйшөмбү күнү өттү.``): the lead says what
        happened, the sentence after says when."""
        sentences, pub = self.doc.sentences, self.doc.published
        lead = 1 if self.has_headline() else 0
        if pub is None or lead + 1 >= len(sentences):
            return
        if sentences[lead].paragraph != sentences[lead + 1].paragraph:
            return
        day = next(
            (
                f
                for f in sentence_times(sentences, pub)[lead + 1]
                if (d := day_of(f.value)) is not None and d < pub
            ),
            None,
        )
        if day is None:
            return
        for ev in self.events:
            if (
                ev.sentence == lead
                and ev.date.basis == "published"
                and ev.date.text is None
                and ev.modality == "asserted"
                and not ev.negated
            ):
                ev.date = self._event_date(day, sentences[lead + 1].tokens)

    def run(self) -> list[Event]:
        for si in range(len(self.doc.sentences)):
            self.sentence(si)
        self.places_are_no_actors()
        self.agents_bring_their_countries()
        self.people_bring_their_bodies()
        self.lead_dated_after()
        self.headline_repeats()
        self.dates_carried()
        for n, ev in enumerate(self.events, 1):
            ev.id = f"ev{n}"
        return self.events


def _past_unit(words: list[str], j: int, hi: int) -> int:
    """Past a unit of the body named before ``j`` (``аэропортунун [жүк жана багаж ташуу
    кызматынын] 120дан ашык кызматкери``): its people are still the body's."""
    for k in range(j, min(j + UNIT_WORDS, hi)):
        if not words[k].isalpha() and "-" not in words[k] and words[k] not in COORD:
            break
        if GENITIVE_WORD.search(words[k]):
            return k + 1
    return j


def _with_principals(side: list[str], other: list[str], agents: dict[str, str]) -> list[str]:
    """``side`` with what each of its agents acts for (a country, a body, a place) added,
    unless the other side holds it and not the agent too (a joint act holds it on both
    sides)."""
    out = list(side)
    for x in side:
        country = agents.get(x)
        if country is not None and country not in out and (country not in other or x in other):
            out.append(country)
    return out


def _without(ids: list[str], drop: frozenset[str]) -> list[str]:
    return [x for x in ids if x not in drop]


def find_events(doc: Document) -> list[Event]:
    """Every PLOVER event of the document, in text order."""
    if not doc.sentences:
        return []
    return _Extractor(doc).run()
