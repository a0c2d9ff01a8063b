"""Direct and reported speech in Kyrgyz news, with the speaker as an entity id.

Why our own: quote attribution tools (e.g. the ``textacy`` or CoreNLP quote
annotators) are built on English punctuation and English speech verbs. Kyrgyz news
attributes a quotation after it (``"...", - деди Токаев.``, ``"..." - деген элчи.``),
before it (``Токаев: "..."``), with a genitive (``Токаевдин айтымында, "..."``) or
with the quotative ``деп`` (``"..." деп билдирди``); reported speech ends in a
complement (``... экенин белгиледи``, ``... жолугарын билдирди``). The speech verbs,
complementizers and "according to" words are data (``lang/ky/speech.yaml``).

A quoted span that is no statement (no verb ending, no predicate word such as
``мүмкүн``, and short) is a name or a caption (``"Чоң жыйырма"``), not a quote,
unless a speech verb attributes it (``"Бул мыйзам зыяндуу", - деди депутат``);
``"..." деп аталган`` is always a name. A press service speaks for its owner
(``ИИМдин басма сөз кызматы``), and ``Бул тууралуу X билдирди`` makes the sentence
before X's reported speech. A body may be named by a common noun (``Өкмөттүн маалыматы
боюнча``, ``- деп айтылат өкүлчүлүктүн билдирүүсүндө``): it is the organisation the
article names with that noun. An attribution may interrupt a quotation
(``"..., - деди ал, - ..."``).
A statement noun names its issuer before a participle (``X бүгүн таратылган
билдирүүсүндө ... убадалады``); a passive speech verb (``... деп айыпталат``) has no
speaker in its subject; a charge or verdict on an object (``Газпромду ... деп
айыптады``, ``бул сынды негизсиз деп четке какты``) and a denied complement are not the
speaker's statement.
Reported speech is output only when its speaker resolves to an entity: without a
speaker it says nothing an analyst can attribute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from kabar.document import Document, Entity, Quote, Token
from kabar.events.arguments import (
    MentionRef,
    actor_noun_at,
    demonym_country,
    demonym_stems,
    role_resolver,
    sentence_mentions,
)
from kabar.lang.patterns import suffix
from kabar.ner import lexicon as ner_lexicon
from kabar.ner.coreference import organisation_named
from kabar.ner.resolve import role_mentions
from kabar.resources import lang_yaml
from kabar.temporal import token_tense

OPENERS_BEFORE = frozenset(" \t\n([-:—")
_AS_FORMS = ("гендей", "гандай", "кендей", "кандай", "гөндөй", "годой", "шынча", "шинче")
DASHES = frozenset({"-", "—", "–"})
VERB_ENDING = re.compile(
    r"^(?:[ыиуү]?[лн])?(?:[ыиуү]?ш)?(?:[дт][ыиуү]|[гк][аеоө]н|[аеоө]?й?т|[ыиуү]?п|[уүоө]{2}|"
    r"[аеоө]?р|м[аеоө]к|с[аеоө]|[ыиуү]?ш|[аеоө]й?|ба|бе|бо|бө|па|пе|по|пө)"
)


@dataclass(frozen=True, slots=True)
class SpeechLexicon:
    verbs: frozenset[str]
    multi: tuple[tuple[str, ...], ...]
    de_forms: frozenset[str]
    quotative: str
    according_to: tuple[tuple[re.Pattern[str], ...], ...]
    complementizers: tuple[re.Pattern[str], ...]
    speech_adverbs: frozenset[str]
    predicates: frozenset[str]
    predicate_endings: tuple[re.Pattern[str], ...]
    min_words: int
    clause_breaks: tuple[re.Pattern[str], ...]
    pronoun_gen: frozenset[str]
    pronouns: frozenset[str]
    foreign_verbs: frozenset[str]
    press_services: tuple[tuple[str, ...], ...]
    naming_verbs: tuple[tuple[str, ...], ...]
    labelling_verbs: tuple[str, ...]
    naming_participles: frozenset[str]
    role_endings: tuple[str, ...]
    min_reported: int
    about_this: tuple[tuple[str, ...], ...]
    particles: frozenset[str]
    connectives: tuple[tuple[str, ...], ...]
    conjunctions: frozenset[str]
    role_synonyms: dict[str, tuple[str, ...]]
    national_roles: dict[str, tuple[str, ...]]
    role_bodies: dict[str, tuple[str, ...]]
    contrasts: frozenset[str]
    according_first: re.Pattern[str]
    issued_first: re.Pattern[str]
    """A statement noun in an ``issued_forms`` form: an according-to phrase only after a
    participle."""
    plural_pronouns: frozenset[str]
    content_openers: frozenset[str]
    passive_complementizers: tuple[re.Pattern[str], ...]
    passive_agents: frozenset[str]
    object_verbs: tuple[tuple[str, ...], ...]
    object_skip: frozenset[str]
    listeners: tuple[str, ...]
    speaking_sides: tuple[str, ...]
    accusative_pronouns: frozenset[str]
    accusative_endings: tuple[re.Pattern[str], ...]
    denials: tuple[tuple[str, ...], ...]
    anaphoric_bodies: tuple[str, ...]
    state_bodies: tuple[str, ...]
    opening_adverbs: frozenset[str]


_WHERE_PUBLISHED = re.compile(r"(?:[ыиуү]|с[ыиуү])н(?:[аеоө]|д[аеоө])$")
"""A possessed dative or locative (сайтына, баракчасында): where a statement was published."""


def _statement_nouns(data: dict[str, Any]) -> str:
    """The nouns of a statement (``according_nouns``) as one regular-expression choice."""
    return "|".join(sorted((re.escape(str(n)) for n in data["according_nouns"]), key=len))


def _according_phrases(data: dict[str, Any]) -> tuple[tuple[re.Pattern[str], ...], ...]:
    """The according-to phrases, one pattern per word, longest first: the listed words,
    then each statement noun with each possessive-case form (эскертүүсүнө караганда)."""
    phrases = [
        tuple(re.compile(re.escape(w)) for w in str(a).split()) for a in data["according_to"]
    ]
    nouns = _statement_nouns(data)
    for form in [*data["according_forms"], *data["issued_forms"]]:
        first, *rest = str(form).split()
        phrases.append(
            (re.compile(f"(?:{nouns}){first}"), *(re.compile(re.escape(w)) for w in rest))
        )
    return tuple(sorted(phrases, key=len, reverse=True))


@cache
def speech_lexicon() -> SpeechLexicon:
    data: dict[str, Any] = lang_yaml("ky", "speech.yaml")
    verbs = [str(v) for v in data["speech_verbs"]]
    according = _according_phrases(data)
    issued = "|".join(f"(?:{str(f).split()[0]})" for f in data["issued_forms"])
    return SpeechLexicon(
        issued_first=re.compile(f"(?:{_statement_nouns(data)})(?:{issued})"),
        verbs=frozenset(v for v in verbs if " " not in v),
        multi=tuple(tuple(v.split()) for v in verbs if " " in v),
        de_forms=frozenset(str(f) for f in data["de_forms"]),
        quotative=str(data["quotative"]),
        according_to=according,
        complementizers=tuple(re.compile(p) for p in data["complementizers"]),
        speech_adverbs=frozenset(data["speech_adverbs"]),
        predicates=frozenset(str(p) for p in data["predicates"]),
        predicate_endings=tuple(re.compile(p) for p in data["predicate_endings"]),
        min_words=int(data["min_words_without_verb"]),
        clause_breaks=tuple(re.compile(p) for p in data["clause_breaks"]),
        pronoun_gen=frozenset(str(p) for p in data["pronoun_genitives"]),
        pronouns=frozenset(str(p) for p in data["pronouns"]),
        foreign_verbs=frozenset(str(v) for v in data["foreign_verbs"]),
        press_services=tuple(tuple(str(p).split()) for p in data["press_services"]),
        naming_verbs=tuple(tuple(str(p).split()) for p in data["naming_verbs"]),
        labelling_verbs=tuple(str(p) for p in data["labelling_verbs"]),
        naming_participles=frozenset(str(w) for w in data["naming_participles"]),
        role_endings=tuple(sorted((str(e) for e in data["role_endings"]), key=len, reverse=True)),
        min_reported=int(data["min_reported_words"]),
        about_this=tuple(tuple(str(p).split()) for p in data["about_this"]),
        particles=frozenset(str(p) for p in data["particles"]),
        connectives=tuple(tuple(str(p).split()) for p in data["connectives"]),
        conjunctions=frozenset(str(c) for c in data["conjunctions"]),
        role_synonyms={str(k): tuple(str(r) for r in v) for k, v in data["role_synonyms"].items()},
        contrasts=frozenset(str(w) for w in data["contrasts"]),
        role_bodies={str(k): tuple(str(h) for h in v) for k, v in data["role_bodies"].items()},
        national_roles={
            str(k): tuple(str(r) for r in v or ()) for k, v in data["national_roles"].items()
        },
        according_first=re.compile("|".join(f"(?:{p[0].pattern})" for p in according)),
        plural_pronouns=frozenset(str(p) for p in data["plural_pronouns"]),
        content_openers=frozenset(str(w) for w in data["content_openers"]),
        passive_complementizers=tuple(re.compile(p) for p in data["passive_complementizers"]),
        passive_agents=frozenset(str(w) for w in data["passive_agents"]),
        object_verbs=tuple(tuple(str(v).split()) for v in data["object_verbs"]),
        object_skip=frozenset(str(w) for w in data["object_skip"]),
        listeners=tuple(str(w) for w in data["listeners"]),
        speaking_sides=tuple(str(w) for w in data["speaking_sides"]),
        accusative_pronouns=frozenset(str(w) for w in data["accusative_pronouns"]),
        accusative_endings=tuple(re.compile(p) for p in data["accusative_endings"]),
        denials=tuple(tuple(str(v).split()) for v in data["denials"]),
        anaphoric_bodies=tuple(str(w) for w in data["anaphoric_bodies"]),
        state_bodies=tuple(str(w) for w in data["state_bodies"]),
        opening_adverbs=frozenset(str(w) for w in data["opening_adverbs"]),
    )


@cache
def _verbs_by_prefix() -> dict[str, tuple[str, ...]]:
    index: dict[str, list[str]] = {}
    for stem in speech_lexicon().verbs:
        index.setdefault(stem[:2], []).append(stem)
    return {k: tuple(v) for k, v in index.items()}


@cache
def _multi_by_prefix() -> dict[str, tuple[tuple[str, ...], ...]]:
    index: dict[str, list[tuple[str, ...]]] = {}
    for words in speech_lexicon().multi:
        index.setdefault(words[-1][:2], []).append(words)
    return {k: tuple(v) for k, v in index.items()}


_VOICED = {"к": "г", "п": "б"}


def _verb_of(word: str, stem: str) -> bool:
    """``word`` is ``stem`` with a verbal ending; a final к/п voices before a vowel
    (четке как-ты, четке каг-ып)."""
    rest = word[len(stem) :]
    if not VERB_ENDING.match(rest):
        return False
    if word.startswith(stem):
        return True
    voiced = _VOICED.get(stem[-1:])
    return (
        voiced is not None and rest[:1] in tuple("аеоөуүыи") and word.startswith(stem[:-1] + voiced)
    )


def speech_verb_at(tokens: list[Token], i: int) -> int:
    """Index of the first word of the speech verb ending at token ``i``, or -1."""
    lex = speech_lexicon()
    word = tokens[i].text.lower()
    if (word in lex.de_forms and word != lex.quotative) or word in lex.foreign_verbs:
        return i
    lemma = (tokens[i].lemma or "").lower()
    if tokens[i].pos == "VERB" and (lemma in lex.verbs or lemma.rstrip("ш") in lex.verbs):
        return i
    for stem in _verbs_by_prefix().get(word[:2], ()):
        if _verb_of(word, stem):
            return i
    for words in _multi_by_prefix().get(word[:2], ()):
        n = len(words)
        if i - n + 1 < 0 or not _verb_of(word, words[-1]):
            continue
        if all(tokens[i - n + 1 + k].text.lower() == words[k] for k in range(n - 1)):
            return i - n + 1
    return -1


_PASSIVE = re.compile(r"^(?:[ыиуү]?л|н)")
_PARTICIPLE = re.compile(r"[гк][аеоө]н$")
_GENITIVE = re.compile(r"[ндт][ыиуү]н$")
_MANNER = re.compile(r"ч[аеоө]$")
_DATIVE = suffix("dative")
_CONVERB = re.compile(r"[ыиуүаеоө]?п$")
PRONOUN_CHAIN = 3
"""How many sentences opening with "he" a pronoun after a quotation may look back through."""
LABEL_WORDS = 3
"""Longest quoted label before ``деп атады`` read as a name given, not as speech."""
STATE_BODY_SENTENCES = 6
"""How far back a state body named in any case may be what ``Ведомство`` stands for."""
STATE_SECTOR = "GOV"
"""The KB sector (PLOVER code) of the bodies ``Ведомство`` may stand for."""
ATTRIBUTION_PRONOUN_REACH = 2
"""How far after the dash's first word a pronoun may name who spoke (``- деди ал``, ``- деп
жазды ал``)."""
SERVING_PLACE_CASES = frozenset({"Attr", "Loc"})
"""Cases of a place named between a body and its press service (``МАГАТЭнин Венадагы
басма сөз кызматы``): where the service sits, not whose it is."""
_NOMINATIVE_REST = re.compile(r"(?:[лдт][аеоө]р)?(?:с?[ыиуү])?")
_CASED = re.compile(r"(?:[ндт][ыиуү]н|[гкн][аеоө]|н?[дт][аеоө]н?|[нд][ыиуү])$")
"""A genitive, dative, locative, ablative or accusative ending: no subject."""
_OBJECT_CASE = re.compile(r"^(?:[лдт][аеоө]р)?с?[ыиуү]н(?:[аеоө])?$")


def _readings(tokens: list[Token], first: int, i: int) -> list[tuple[tuple[str, ...], str]]:
    """Each way the speech verb in tokens first..i reads: its stem words and the ending."""
    word = tokens[i].text.lower()
    out: list[tuple[tuple[str, ...], str]] = []
    if first < i:
        for words in _multi_by_prefix().get(word[:2], ()):
            n = len(words)
            if n != i - first + 1 or not _verb_of(word, words[-1]):
                continue
            if all(tokens[first + k].text.lower() == words[k] for k in range(n - 1)):
                out.append((words, word[len(words[-1]) :]))
        return out
    for stem in _verbs_by_prefix().get(word[:2], ()):
        if _verb_of(word, stem):
            out.append(((stem,), word[len(stem) :]))
    return out


def is_passive(tokens: list[Token], first: int, i: int) -> bool:
    """``айтылат``, ``эскертилген``: every reading of the verb with its longest stem has
    the passive suffix, so its subject is what was said, not who said it (эскерт|илген,
    not эскер|тилген)."""
    readings = _readings(tokens, first, i)
    if not readings:
        return False
    shortest = min(len(rest) for _, rest in readings)
    return all(_PASSIVE.match(rest) for _, rest in readings if len(rest) == shortest)


def _verb_among(
    tokens: list[Token], first: int, i: int, verbs: tuple[tuple[str, ...], ...]
) -> bool:
    return any(words in verbs for words, _ in _readings(tokens, first, i))


def is_statement(tokens: list[Token]) -> bool:
    """A quoted span that says something (a verb, a predicate, or a long span)."""
    lex = speech_lexicon()
    words = [t for t in tokens if t.text[:1].isalnum()]
    if len(words) >= lex.min_words:
        return True
    for t in words:
        low = t.text.lower()
        if low in lex.predicates or (t.text[:1].islower() and token_tense(t) is not None):
            return True
        if t.text[:1].islower() and any(p.search(low) for p in lex.predicate_endings):
            return True
    return False


@dataclass(frozen=True, slots=True)
class _Statement:
    """An according-to phrase: the token after it, whose statement it names, and whether
    that owner is the subject of the sentence (``X таратылган билдирүүсүндө ...``)."""

    after: int
    speaker: str | None
    by_subject: bool = False


SPEAKER_TITLE_WORDS = 3
"""How many words of title or owner may stand before a speaker named after the content
(``... жатканын анын жубайы Абдраимова маалымдады``)."""
ADDRESSED_CASES = frozenset({"Dat", "Abl"})
"""Cases of a word that names who is spoken to or from (``Азаттыкка``, ``журналисттерден``),
never the speaker a role word stands for."""
TITLE_OPENING_WORDS = 3
"""How far into the sentence before a title may stand that ``ал`` points back to
(``Башкы катчы``, ``БУУнун Башкы катчысы``)."""


class _Finder:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.lex = speech_lexicon()
        self.mentions = sentence_mentions(doc)
        self.resolve_role = role_resolver()
        self.found: list[Quote] = []
        self.flat: list[tuple[int, int]] = [
            (si, ti) for si, s in enumerate(doc.sentences) for ti in range(len(s.tokens))
        ]
        self._holders: list[tuple[int, int, str, str]] | None = None
        self._demonyms: dict[str, Entity] | None = None
        self._press_firsts = tuple(phrase[0] for phrase in self.lex.press_services)
        """The first words of the press-service phrases: a quick test for any of them."""
        self._lower: dict[int, list[str]] = {}
        """The lower-case words of each sentence, made once."""
        self.time_spans = [(t.start, t.end) for t in doc.times]

    def tok(self, k: int) -> Token:
        si, ti = self.flat[k]
        return self.doc.sentences[si].tokens[ti]

    # ------------------------------------------------------------ quote marks
    def pairs(self) -> list[tuple[int, int]]:
        text = self.doc.text
        out: list[tuple[int, int]] = []
        stack: list[int] = []  # open marks; a name may sit in quotation marks inside a quote
        for k in range(len(self.flat)):
            t = self.tok(k)
            if k and "\n" in text[self.tok(k - 1).end : t.start]:
                stack = []
            if t.text != '"':
                continue
            opening = t.start == 0 or text[t.start - 1] in OPENERS_BEFORE
            if not stack:
                if opening:
                    stack.append(k)
            elif not opening or k == stack[-1] + 1:
                out.append((stack.pop(), k))
            elif len(stack) < 2:
                stack.append(k)  # «Биз „Манас“ ...»: nested, or the first was never closed
            else:
                stack[-1] = k
        out.sort()
        return out

    # ------------------------------------------------------------ speakers
    def speaker_in(
        self, si: int, lo: int, hi: int, *, cases: tuple[str, ...] = ("Nom",)
    ) -> str | None:
        """The first actor (persons first) with one of ``cases`` among tokens lo..hi-1."""
        refs = [
            r
            for r in self.mentions[si]
            if lo <= r.first < hi and r.case in cases and not (r.modifier and r.case == "Nom")
        ]
        for label in ("PER", "ORG", "LOC"):
            for r in refs:
                if r.entity.label == label:
                    return r.entity.id
        return None

    def role_speaker(self, si: int, lo: int, hi: int, back: int | None = None) -> str | None:
        """A role word (``министр``) or pronoun (``ал``) in tokens lo..hi-1; a pronoun
        looks back from sentence ``back`` (where the quotation opened) or ``si``."""
        toks = self.doc.sentences[si].tokens
        for ti in range(lo, min(hi, len(toks))):
            t = toks[ti]
            if not t.text[:1].isalpha() or speech_verb_at(toks, ti) >= 0:
                continue
            if t.feat("Case") in ADDRESSED_CASES:
                continue  # - деди блогер Азаттыкка: who is told, not who tells
            low = t.text.lower()
            if low in self.lex.pronouns:
                at = si if back is None else back
                if low in self.lex.plural_pronouns:  # "they": not the one person quoted last
                    found = self.speaker_before(at, person=False)
                else:
                    found = (
                        self.previous_subject(at)
                        or self.according_before(at)
                        or self.pronoun_chain(at)
                        or self.speaker_before(at)
                    )
                if found:
                    return found
                continue
            found = self.person_by_surname(si, t)
            if found:
                return found
            cands = [
                c for c in dict.fromkeys(((t.lemma or "").lower(), low, *self.role_stems(low))) if c
            ]
            country = self.demonym_at(toks[ti - 1]) if ti > 0 else None
            if country is not None:
                found = self.national_holder(toks[ti - 1].text.lower(), cands, t.start)
                if found:
                    return found  # Тажик президенти: the president of Tajikistan
            for cand in cands:
                found = self.role_holder(si, cand, t.start)
                if found and country is not None and self._country_of(found) != country:
                    continue  # Кыргыз министри is not the Russian minister named last
                if found:
                    return found
            before = toks[ti - 1].text.lower() if ti > 0 else ""
            phrases = [*cands, *(f"{before} {c}" for c in cands if before)]  # мамлекет башчысы
            for cand in phrases:  # спикер: the one introduced as Жогорку Кеңештин төрагасы
                for role in self.lex.role_synonyms.get(cand, ()):
                    found = self.resolve_role(self.doc, si, role)
                    if found:
                        return found
            found = self.organisation_by_head(si, low)
            if found:
                return found
            for cand in cands:  # Мэр мындай деди, no mayor named: the city hall
                for head in self.lex.role_bodies.get(cand, ()):
                    found = self.body_with_head(si, head)
                    if found:
                        return found
        return None

    def body_with_head(self, si: int, head: str) -> str | None:
        """The organisation named last up to sentence ``si`` whose name ends in ``head``."""
        best: tuple[int, str] | None = None
        for ent in self.doc.entities:
            if ent.label != "ORG" or not ent.name:
                continue
            if head not in ner_lexicon.head_stems(ent.name.split()[-1]):
                continue
            for m in ent.mentions:
                if m.sentence <= si and (best is None or m.start > best[0]):
                    best = (m.start, ent.id)
        return best[1] if best else None

    def demonym_at(self, token: Token) -> str | None:
        """The ISO3 code of the country whose demonym ``token`` is (``орусиялык``), if
        the article names it."""
        if self._demonyms is None:
            self._demonyms = demonym_stems(self.doc)
        country = demonym_country(self._demonyms, token.text.lower())
        return country.country or None if country is not None else None

    def demonym_side(self, toks: list[Token], lo: int) -> tuple[str, int] | None:
        """A demonym and a side noun opening the clause (``өзбек тарап``, ``тажик
        бийлиги``): the country the article names, and the index after them."""
        if lo + 1 >= len(toks) or not toks[lo + 1].text.lower().startswith(self.lex.speaking_sides):
            return None
        if self._demonyms is None:
            self._demonyms = demonym_stems(self.doc)
        country = demonym_country(self._demonyms, toks[lo].text.lower())
        if country is None:
            return None
        return country.id, self._after_subject(toks, lo + 2)

    def _country_of(self, entity_id: str) -> str | None:
        ent = self.doc.entity(entity_id)
        return ent.country if ent is not None else None

    def national_holder(self, word: str, roles: list[str], at: int) -> str | None:
        """The person named before offset ``at`` with one of ``roles`` whose country a
        demonym ``word`` names (``тажик``, ``индонезиялык``), or None. A word for anyone
        who speaks for a country (``орусиялык кесиптеши``) is its person named last."""
        if self._demonyms is None:
            self._demonyms = demonym_stems(self.doc)
        country = demonym_country(self._demonyms, word)
        if country is None or not country.country:
            return None
        wanted = {ner_lexicon.role_lemma(r) or r for r in roles}
        national = [self.lex.national_roles[r] for r in roles if r in self.lex.national_roles]
        for titles in national:  # орус дипломаты: the foreign minister or an ambassador
            wanted |= {ner_lexicon.role_lemma(t) or t for t in titles}
        anyone = any(not titles for titles in national)  # орусиялык кесиптеши: anyone
        best: tuple[int, str] | None = None
        for ent in self.doc.entities:
            if ent.label != "PER" or ent.country != country.country:
                continue
            if not anyone and (
                not ent.role or (ner_lexicon.role_lemma(ent.role) or ent.role) not in wanted
            ):
                continue
            for m in ent.mentions:
                if m.start < at and (best is None or m.start > best[0]):
                    best = (m.start, ent.id)
        return best[1] if best else None

    def role_holder(self, si: int, role: str, at: int) -> str | None:
        """The person a bare role word (``Министрдин``) stands for: of the people given
        that role, the one mentioned last before offset ``at`` (the minister the sentence
        before spoke of, not the other minister introduced after her)."""
        found = self.resolve_role(self.doc, si, role)
        if found is None:
            return None
        if self._holders is None:
            self._holders = role_mentions(self.doc)
        want = ner_lexicon.role_lemma(role) or role
        holders = {
            ent_id
            for sent, _, given, ent_id in self._holders
            if sent <= si and (ner_lexicon.role_lemma(given) or given) == want
        }
        if found not in holders or len(holders) < 2:
            return found
        best = (-1, found)
        for ent in self.doc.entities:
            if ent.id in holders:
                for m in ent.mentions:
                    if best[0] < m.start < at:
                        best = (m.start, ent.id)
        return best[1]

    def person_by_surname(self, si: int, token: Token) -> str | None:
        """``Стипрайстин`` when the name was not recognised in this case form: the person
        named before whose last name is the word without its case ending."""
        word = token.text
        proper = word.split("-", 1)[-1]  # аль-Кааби: a particle before the capital
        if not proper[:1].isupper() or len(word) < 4:
            return None
        low = word.lower()
        forms = {low, *(low[: -len(e)] for e in self.lex.role_endings if low.endswith(e))}
        for ent in self.doc.entities:
            if ent.label != "PER" or not any(m.sentence <= si for m in ent.mentions):
                continue
            names = [ent.name, *(m.text for m in ent.mentions)]
            if any(n.split() and n.split()[-1].lower() in forms for n in names):
                return ent.id
        return None

    def role_stems(self, word: str) -> list[str]:
        """``министрдин`` -> ``министр``: the role word without its case ending."""
        return [
            word[: -len(e)]
            for e in self.lex.role_endings
            if word.endswith(e) and len(word) - len(e) >= 4
        ]

    def lower_words(self, si: int) -> list[str]:
        words = self._lower.get(si)
        if words is None:
            words = self._lower[si] = [t.text.lower() for t in self.doc.sentences[si].tokens]
        return words

    def press_speaker(self, si: int, lo: int, hi: int) -> tuple[str, int] | None:
        """``ИИМдин басма сөз кызматы``: the owner of the press service, and the index after
        it; ``басма сөз катчысы Дмитрий Песков``: the person named after the words. Not
        in the accusative or dative (``бийлигин сынга алды``): then they are no speaker."""
        toks = self.doc.sentences[si].tokens
        words = self.lower_words(si)
        if not any(w.startswith(self._press_firsts) for w in words[max(lo, 1) : hi]):
            return None  # no press service or secretary named here
        for p in range(max(lo, 1), min(hi, len(toks))):
            for phrase in self.lex.press_services:
                n = len(phrase)
                if p + n > len(words) or not all(
                    words[p + k].startswith(phrase[k]) for k in range(n)
                ):
                    continue
                if _OBJECT_CASE.match(words[p + n - 1][len(phrase[-1]) :]):
                    continue
                named = next(
                    (
                        r
                        for r in self.mentions[si]
                        if r.first == p + n and r.entity.label == "PER" and r.case != "Gen"
                    ),
                    None,
                )  # not the owner of what is said: басма сөз кызматы Мамасалиевдин арызы ...
                if named is not None:
                    return named.entity.id, named.last + 1
                owner = [
                    r
                    for r in self.mentions[si]
                    if lo <= r.first
                    and r.last < p
                    and r.last >= p - 6
                    and r.entity.label in ("ORG", "PER", "LOC")
                    and r.case not in SERVING_PLACE_CASES  # МАГАТЭнин Венадагы ...: where it sits
                ]
                if owner:
                    return max(owner, key=lambda r: r.last).entity.id, p + n
                found = (
                    self.organisation_by_head(si, words[p - 1])
                    or self.role_speaker(si, p - 1, p)
                    or self.body_speaker(si, p - 1)  # мэриянын басма сөз кызматы
                )
                if found is None and words[p - 1] in self.lex.pronoun_gen:
                    found = self.owner_speaker(si, p - 1)  # Анын басма сөз кызматы: its owner's
                if found:
                    return found, p + n
        return None

    def speaker_at(self, si: int, lo: int, hi: int, back: int | None = None) -> str | None:
        """The speaker named in tokens lo..hi-1: a nominative actor, a press service, a role,
        a body named by a common noun."""
        found = self.speaker_in(si, lo, hi)
        if found:
            return found
        press = self.press_speaker(si, lo, hi)
        if press:
            return press[0]
        found = self.role_speaker(si, lo, hi, back)
        if found is None and lo < hi:
            body = self.body_subject(si, lo)  # Ведомство мындай деп билдирди: "..."
            found = body[0] if body is not None else None
        return found

    def pronoun_first(self, si: int, lo: int, hi: int) -> int:
        """Where a pronoun stands in tokens lo..hi-1 before any name (``- деп жазды ал
        Facebook баракчасында``: "he" wrote, the page is where), else -1."""
        toks = self.doc.sentences[si].tokens
        starts = {r.first for r in self.mentions[si]}
        for k in range(lo, min(hi, len(toks))):
            if k in starts:
                return -1
            if toks[k].text.lower() in self.lex.pronouns:
                return k
        return -1

    def organisation_by_head(self, si: int, word: str) -> str | None:
        """``министрликтин`` for ``Тышкы иштер министрлиги``: the last body named with that head noun."""
        if len(word) < 6 or not word[:1].islower():
            return None
        best: tuple[int, str] | None = None
        heads = ner_lexicon.org_heads()
        for ent in self.doc.entities:
            if ent.label != "ORG" or not ent.name:
                continue
            head = ent.name.split()[-1].lower()
            n = 0
            while n < min(len(head), len(word)) and head[n] == word[n]:
                n += 1
            # Кызматтын for Мамлекеттик салык кызматы, Холдингдин for ... холдинг компаниясы:
            # the head noun's stem, or a head noun inside the name
            stems = [
                st
                for w in ent.name.lower().replace('"', " ").split()
                for st in ner_lexicon.head_stems(w)
                if st in heads and len(st) >= 5
            ]
            if (n < 7 or n < len(head) - 2) and not any(word.startswith(st) for st in stems):
                continue
            for m in ent.mentions:
                if m.sentence <= si and (best is None or m.start > best[0]):
                    best = (m.start, ent.id)
        return best[1] if best else None

    def body_speaker(self, si: int, ti: int) -> str | None:
        """The body a common noun at token ``ti`` stands for (``Өкмөттүн маалыматы``,
        ``өкүлчүлүктүн билдирүүсүндө``): the organisation its ``actor_nouns.tsv`` row
        names, one with that head noun, or the actor named with the same noun before."""
        toks = self.doc.sentences[si].tokens
        word = toks[ti].text.lower()
        if not (toks[ti].text[:1].islower() or ti == 0):
            return None  # a name, not a common noun (but a sentence opens with a capital)
        noun = actor_noun_at(toks, ti)
        if noun is not None and noun[0].resolves and not noun[0].resolves[0].startswith("@"):
            found = organisation_named(self.doc, noun[0].resolves, self.doc.sentences[si].end)
            if found:
                return found
        if word.startswith(self.lex.anaphoric_bodies):
            return self.last_subject_body(si, word)
        if si > 0 and any(word.startswith(p[-1]) for p in self.lex.press_services):
            # Жогорку соттун басма сөз кызматы ... билдирди. Кызматтын айтымында, ...: the
            # press service just named, which speaks for its owner
            press = self.press_speaker(si - 1, 0, len(self.doc.sentences[si - 1].tokens))
            if press is not None:
                return press[0]
        return self.organisation_by_head(si, word) or self.named_with(si, ti)

    def last_subject_body(self, si: int, word: str = "") -> str | None:
        """``Регулятордун`` after ``Улуттук банк ... талап кылды``: the organisation last
        named as a subject before sentence ``si``; for a word naming a state body only
        (``Ведомство`` after ``Министр ... деди``), else the state body last named."""
        for s in range(si - 1, max(-1, si - 4), -1):
            for r in self.mentions[s]:
                if r.entity.label == "ORG" and r.case == "Nom" and not r.modifier:
                    return r.entity.id
        if not word.startswith(self.lex.state_bodies):
            return None
        for s in range(si - 1, max(-1, si - STATE_BODY_SENTENCES - 1), -1):
            for r in reversed(self.mentions[s]):
                if r.entity.label == "ORG" and r.entity.sector == STATE_SECTOR:
                    return r.entity.id
        return None

    def named_with(self, si: int, ti: int) -> str | None:
        """``өкүлчүлүктүн`` after ``Европа Биримдигинин Кыргызстандагы өкүлчүлүгү``: the
        organisation (or else place or person) named right before that noun earlier."""
        stems = {
            st for st in ner_lexicon.stems(self.doc.sentences[si].tokens[ti].text) if len(st) >= 5
        }
        if not stems:
            return None
        for s in range(si, -1, -1):
            toks = self.doc.sentences[s].tokens
            for i in range(min(len(toks), ti if s == si else len(toks)) - 1, 0, -1):
                if not stems & set(ner_lexicon.stems(toks[i].text)):
                    continue
                near = [
                    r for r in self.mentions[s] if i - 3 <= r.last < i and r.case in ("Gen", "Nom")
                ]
                for label in ("ORG", "LOC", "PER"):
                    for r in reversed(near):
                        if r.entity.label == label:
                            return r.entity.id
        return None

    def according_before(self, si: int) -> str | None:
        """Whose words the sentence before reported (``Xдин айтымында, ...``): who ``ал``
        is in a quote that follows them (reported speech is found after direct quotes)."""
        if si == 0:
            return None
        statement = self.according_to_at(si - 1, len(self.doc.sentences[si - 1].tokens))
        return statement.speaker if statement is not None else None

    def previous_subject(self, si: int) -> str | None:
        """The first nominative person of the sentence before, or the person its opening
        title stands for (``Башкы катчы ... баалады. "...", - деди ал.``)."""
        if si == 0:
            return None
        for r in self.mentions[si - 1]:
            if r.case == "Nom" and not r.modifier and r.entity.label == "PER":
                return r.entity.id
        toks = self.doc.sentences[si - 1].tokens
        for k in range(min(TITLE_OPENING_WORDS, len(toks))):
            low = toks[k].text.lower()
            if not toks[k].text[:1].isalpha() or low in self.lex.pronouns:
                return None
            role = ner_lexicon.role_lemma(toks[k].text)
            if role is not None and not _CASED.search(low):
                found = self.role_holder(si - 1, role, toks[k].start)
                if found and (ent := self.doc.entity(found)) is not None and ent.label == "PER":
                    return found
        return None

    def pronoun_chain(self, si: int) -> str | None:
        """``X-тин айтымында, ... Ал ... деп атады. "...", - деди ал.``: the sentence before
        opens with "he" too, so "he" is who it stood for there (up to PRONOUN_CHAIN back)."""
        for at in range(si - 1, max(0, si - 1 - PRONOUN_CHAIN), -1):
            toks = self.doc.sentences[at].tokens
            if not toks or toks[0].text.lower() not in self.lex.pronouns:
                return None
            if toks[0].text.lower() in self.lex.plural_pronouns:
                return None
            found = self.previous_subject(at) or self.according_before(at)
            if found:
                return found
        return None

    def previous_body(self, si: int) -> str | None:
        """The body the sentence before opens with as its subject: a name in the nominative
        (``Тажикстандын Чек ара аскерлери``) or a noun for a body (``Министрлик``)."""
        if si == 0:
            return None
        refs = self.mentions[si - 1]
        first = min((r.first for r in refs), default=-1)
        for r in refs:
            if r.first == first and r.case == "Nom" and r.entity.label == "ORG":
                return r.entity.id
        found = self.body_subject(si - 1, 0)
        return found[0] if found else None

    def according_to_at(self, si: int, hi: int, lo: int = 0) -> _Statement | None:
        """``Xдин айтымында,`` in tokens lo..hi-1: the index after it and the speaker.
        After a speech verb the same words name whose statement it is (``- деп айтылат
        министрликтин билдирүүсүндө``)."""
        toks = self.doc.sentences[si].tokens
        for ti in range(lo, min(hi, len(toks))):
            if not self.lex.according_first.fullmatch(toks[ti].text.lower()):
                continue
            for words in self.lex.according_to:
                n = len(words)
                if ti + n > len(toks) or not all(
                    words[k].fullmatch(toks[ti + k].text.lower()) for k in range(n)
                ):
                    continue
                after = ti + n + (1 if ti + n < len(toks) and toks[ti + n].text == "," else 0)
                part = self._participle_before(toks, lo, ti)
                issued = self.lex.issued_first.fullmatch(toks[ti].text.lower()) is not None
                if part < 0 and issued:
                    continue  # Расмий маалыматка караганда: no one put it out
                if part >= 0:
                    speaker, by_subject = self.issuer(si, lo, part)
                    # X тараткан маалыматка ылайык, ...: X is the participle's subject only,
                    # and what follows the comma is what it put out
                    return _Statement(after, speaker, by_subject and not issued)
                speaker = self.genitive_before(si, lo, ti) or self.speaker_in(
                    si, lo, ti, cases=("Gen", "Report", "Topic")
                )
                if speaker is None:
                    press = self.press_speaker(si, lo, ti)
                    speaker = press[0] if press else None
                if speaker is None and words[-1].pattern.endswith(_AS_FORMS):
                    speaker = self.speaker_in(si, lo, ti)  # Токаев билдиргендей, ...
                owner = ti - 1  # the genitive word before: Өкмөттүн, министрдин, анын
                if speaker is None and owner >= lo:
                    speaker = self.owner_speaker(si, owner)
                if speaker is None and (
                    owner < lo or not _GENITIVE.search(toks[owner].text.lower())
                ):
                    # X билдирүү таратты. Билдирүүдө ... белгиленет: the body told of before
                    speaker = self.last_subject_body(si)
                return _Statement(after, speaker)
        return None

    def genitive_before(self, si: int, lo: int, ti: int) -> str | None:
        """The name in the genitive right before ``айтымында`` at ``ti``: the last of a
        chain is the one speaking (``Сагынбаевдин адвокаты Мырзабековдун айтымында``)."""
        for r in self.mentions[si]:
            if r.last == ti - 1 and r.first >= lo and r.case in ("Gen", "Report"):
                return r.entity.id
        return None

    def _participle_before(self, toks: list[Token], lo: int, ti: int) -> int:
        """Index of a participle up to three words before the statement noun at ``ti``
        (``таратылган билдирүүсүндө``, ``жарыялаган алдын ала баяндамасында``), or -1."""
        for k in range(ti - 1, max(lo, ti - 4) - 1, -1):
            word = toks[k].text
            if not (word[:1].isalpha() and word[:1].islower()):
                return -1
            if _PARTICIPLE.search(word.lower()):
                return k
        return -1

    def issuer(self, si: int, lo: int, part: int) -> tuple[str | None, bool]:
        """Who issued the statement a participle at ``part`` describes: the genitive just
        before it (``Элчиликтин бүгүн таратылган``), else the sentence subject (``X
        компаниясы таратылган билдирүүсүндө``; True: X is also the subject of the verb)."""
        toks = self.doc.sentences[si].tokens
        k = part - 1
        while k >= lo and self._adverb(toks[k]):
            k -= 1
        if (
            k - 1 >= lo
            and _WHERE_PUBLISHED.search(toks[k].text.lower())
            and _GENITIVE.search(toks[k - 1].text.lower())
        ):
            k -= 1  # элчиликтин сайтына жарыяланган: published on the embassy's site
        if k >= lo and (
            _GENITIVE.search(toks[k].text.lower()) or toks[k].text.lower() in self.lex.pronoun_gen
        ):
            found = self.speaker_in(si, k, k + 1, cases=("Gen",)) or self.owner_speaker(si, k)
            return found, False
        start = max(lo, self.clause_start(si, part))  # not inside the quotation before
        if start < part and toks[start].text.lower() in self.lex.pronouns:
            # Ал Facebook баракчасына жазган билдирүүсүндө: "he" wrote, not the platform
            found = self.role_speaker(si, start, start + 1)
            if found is not None:
                return found, True
        found = self.speaker_in(si, start, part)
        if found is None:
            press = self.press_speaker(si, start, part)
            found = press[0] if press else None
        if found is None and start < part:
            found = self.role_speaker(si, start, start + 1) or self.body_speaker(si, start)
        return found, True

    def _adverb(self, token: Token) -> bool:
        """A time word or a manner adverb (``бүгүн``, ``орусча``) between a speaker and the
        participle of their statement."""
        low = token.text.lower()
        if low in self.lex.object_skip or (token.text[:1].islower() and _MANNER.search(low)):
            return True
        return any(a <= token.start and token.end <= b for a, b in self.time_spans)

    def owner_speaker(self, si: int, ti: int) -> str | None:
        """Whose words a genitive common noun before ``айтымында``/``маалыматы боюнча``
        names: the one quoted last for ``анын``, the person for a title (``министрдин``),
        else the body (``Өкмөттүн`` is the cabinet, not its head, ``өкмөт башчысы``)."""
        token = self.doc.sentences[si].tokens[ti]
        low = token.text.lower()
        if low in self.lex.pronoun_gen:
            if low in self.lex.plural_pronouns:
                # Тажикстандын Чек ара аскерлери ... четке какты. Алардын маалыматына ...
                return self.previous_body(si) or self.speaker_before(si, person=False)
            # X ... сүйлөштү. Анын айтымында, ...: the person the sentence before was about;
            # Министрлик ... четке какты. Анын маалыматына караганда: the body
            return self.previous_subject(si) or self.previous_body(si) or self.speaker_before(si)
        found = self.person_by_surname(si, token)
        if found:
            return found
        if ner_lexicon.role_lemma(token.text) is not None:
            return self.role_speaker(si, ti, ti + 1) or self.body_speaker(si, ti)
        return self.body_speaker(si, ti) or self.role_speaker(si, ti, ti + 1)

    def speaker_before(self, si: int, person: bool = True) -> str | None:
        """The speaker of the last quote before sentence ``si`` (not a person: ``алар``)."""
        start = self.doc.sentences[si].start
        earlier = [q for q in self.found if q.start < start and q.speaker]
        if not earlier:
            return None
        speaker = max(earlier, key=lambda q: q.start).speaker
        ent = self.doc.entity(speaker) if speaker else None
        if not person and ent is not None and ent.label == "PER":
            return None
        return speaker

    def clause_start(self, si: int, hi: int) -> int:
        toks = self.doc.sentences[si].tokens
        start = 0
        for ti in range(hi):
            if any(p.search(toks[ti].text.lower()) for p in self.lex.clause_breaks):
                start = ti + 1
        return start

    # ------------------------------------------------------------ direct quotes
    def direct(self) -> tuple[list[Quote], set[int]]:
        quotes: list[Quote] = []
        covered: set[int] = set()
        for o, c in self.pairs():
            content = [self.tok(k) for k in range(o + 1, c)]
            if not content or self.only_a_name(content):
                continue  # «Газпромдун» билдирүүсүндө: a name in marks, its case inside them
            speaker, attributed, verb = self.attribution(o, c)
            if not attributed:
                cut = self.interruption(o, c)
                if cut is not None:  # "Тариф ..., - деди ал, - жана ...": its first part
                    content = [self.tok(k) for k in range(o + 1, cut[0])]
                    speaker, attributed, verb = cut[1], True, True
            if not attributed or not (verb or is_statement(content)):
                continue
            covered.update(range(o, c + 1))
            q = self._quote_from(content, self.flat[o][0], speaker, "direct")
            if q:
                quotes.append(q)
                self.found.append(q)
        return quotes, covered

    def only_a_name(self, content: list[Token]) -> bool:
        """Whether the quoted tokens are one entity's name and nothing more."""
        start, end = content[0].start, content[-1].end
        return any(m.start <= start and end <= m.end for e in self.doc.entities for m in e.mentions)

    def interruption(self, o: int, c: int) -> tuple[int, str | None] | None:
        """``"Тариф ..., - деди ал, - жана ..."``: an attribution between dashes inside the
        marks. The flat index of the comma that ends the first part, and the speaker.

        Only the first part is kept: a quote is one span of the text (offsets slice it),
        and the attribution in the middle is no one's words."""
        for k in range(o + 1, c - 3):
            if self.tok(k).text != "," or self.tok(k + 1).text not in DASHES:
                continue
            si, ti = self.flat[k + 1]
            if not self._verb_within(si, ti + 1, ti + 3):
                continue
            for j in range(k + 3, min(c - 1, k + 10)):
                sj, tj = self.flat[j]
                if sj != si:
                    break
                if self.tok(j).text == "," and self.tok(j + 1).text in DASHES:
                    return k, self.speaker_at(si, ti + 1, tj, back=self.flat[o][0])
        return None

    def _verb_within(self, si: int, lo: int, hi: int) -> bool:
        toks = self.doc.sentences[si].tokens
        return any(speech_verb_at(toks, ti) >= 0 for ti in range(lo, min(hi, len(toks))))

    def _naming(self, toks: list[Token], at: int) -> bool:
        """``"..." деп аталган``: the quoted words are a name."""
        words = [t.text.lower() for t in toks[at : at + 3]]
        for phrase in self.lex.naming_verbs:
            n = len(phrase)
            if len(words) >= n and all(words[k].startswith(phrase[k]) for k in range(n)):
                return True
        return False

    def attribution(self, o: int, c: int) -> tuple[str | None, bool, bool]:
        """Speaker of the quotation between marks o and c, whether any cue attributes it,
        and whether that cue holds a speech verb (then even a short or verbless
        quotation is speech: ``"Бул мыйзам зыяндуу", - деди депутат``)."""
        si_o, ti_o = self.flat[o]
        si_c, ti_c = self.flat[c]
        toks_c = self.doc.sentences[si_c].tokens
        rest = [t.text for t in toks_c[ti_c + 1 :]]
        # after: "...", - деди Токаев.   "..." - деген элчи.
        k = 1 if rest[:1] == [","] else 0
        toks_o = self.doc.sentences[si_o].tokens
        if rest[k : k + 1] and rest[k] in DASHES:
            lo = ti_c + 2 + k
            verb = self._verb_within(si_c, lo, lo + 4)
            pronoun = self.pronoun_first(si_c, lo + 1, lo + 1 + ATTRIBUTION_PRONOUN_REACH)
            if pronoun >= 0:
                # - деди ал Kaktus.media басылмасына, - деп жазды ал Facebook баракчасында:
                # "he" spoke or wrote, the outlet heard or carried it
                return self.role_speaker(si_c, pronoun, pronoun + 1, back=si_o), True, verb
            speaker = self.speaker_in(si_c, lo, len(toks_c))
            if speaker is None:  # - деп айтылат өкүлчүлүктүн билдирүүсүндө
                statement = self.according_to_at(si_c, len(toks_c), lo)
                speaker = statement.speaker if statement else None
            if speaker is None:
                speaker = self.speaker_at(si_c, lo, len(toks_c), back=si_o)
            if speaker is None and ti_o and toks_o[ti_o - 1].text == ":":
                speaker = self.speaker_at(si_o, 0, ti_o - 1)  # X: "..." - деди.
            return speaker, True, verb
        # quotative: "..." деп билдирди (Токаев) / Токаев "..." деп айтты
        if rest[:1] and rest[0].lower() == self.lex.quotative:
            if self._naming(toks_c, ti_c + 2):
                return None, False, False
            # a sentence, not a caption: "Мыйзам баарына бирдей" деп жазды, not "Нью-Йорк, АКШ"
            words = [self.tok(k).text for k in range(o + 1, c) if self.tok(k).text[:1].isalnum()]
            after = toks_c[ti_c + 2].text.lower() if ti_c + 2 < len(toks_c) else ""
            if len(words) <= LABEL_WORDS and after.startswith(self.lex.labelling_verbs):
                return None, False, False  # "адепсиздик" деп атап: a label, not words said
            lower = sum(1 for w in words if w[:1].isalpha() and w[:1].islower())
            verb = len(words) >= 3 and lower >= 2 and self._verb_within(si_c, ti_c + 2, ti_c + 5)
            speaker = self.speaker_in(si_c, ti_c + 2, len(toks_c))
            if speaker is None and si_o == si_c:
                speaker = self.speaker_in(si_o, self.clause_start(si_o, ti_o), ti_o)
            if speaker is None and si_o == si_c:
                press = self.press_speaker(si_o, 0, ti_o)
                speaker = press[0] if press else self.role_speaker(si_o, 0, ti_o)
            if speaker is None and si_o == si_c:
                # Ведомствонун билдирүүсүндө "..." деп айтылат: whose statement holds it
                statement = self.according_to_at(si_o, ti_o)
                speaker = statement.speaker if statement else None
            return speaker, True, verb
        # a term: "санитардык кыюу" деген шылтоо менен (under the pretext of ...)
        term_head = rest[1] if len(rest) > 1 else ""
        if rest[:1] and rest[0] in self.lex.naming_participles and term_head[:1].islower():
            return None, False, False
        # a speech verb right after: Токаев журналисттерге "..." деди.
        if rest[:1] and speech_verb_at(toks_c, ti_c + 1) == ti_c + 1:
            speaker = self.speaker_at(si_c, ti_c + 2, len(toks_c), back=si_o)
            if speaker is None and si_o == si_c:
                start = self.clause_start(si_o, ti_o)
                speaker = self.speaker_in(si_o, start, ti_o) or self.speaker_at(si_o, 0, ti_o)
            return speaker, True, True
        # according to: Токаевдин айтымында, ... "..."
        # (the quotation closes the sentence: not a name inside it, «...» тууралуу мыйзамын)
        acc = self.according_to_at(si_o, ti_o)
        closes = all(not w[:1].isalnum() for w in rest)
        if acc is not None and acc.speaker is not None and closes:
            # Министрликтин билдирүүсүндө мындай делет: "...": a speech verb before the colon
            said = ti_o >= 2 and toks_o[ti_o - 1].text == ":"
            return acc.speaker, True, said and speech_verb_at(toks_o, ti_o - 2) >= 0
        # before: Токаев: "..."   Токаев мындай деди: "..."
        if ti_o and toks_o[ti_o - 1].text == ":":
            speaker = self.speaker_at(si_o, 0, ti_o - 1)
            verb = ti_o >= 2 and speech_verb_at(toks_o, ti_o - 2) >= 0
            return speaker, True, verb
        # the sentence before ends in a speech verb: "Министр мындай деди:" + new line
        if ti_o == 0 and si_o > 0:
            prev = self.doc.sentences[si_o - 1].tokens
            end = len(prev) - 1 if prev and prev[-1].text in (":", ".") else len(prev)
            if end > 0 and prev[-1].text == ":" and speech_verb_at(prev, end - 1) >= 0:
                return self.speaker_at(si_o - 1, 0, end - 1), True, True
        return None, acc is not None and closes, False

    def _quote_from(
        self, content: list[Token], si: int, speaker: str | None, kind: str
    ) -> Quote | None:
        start, end = content[0].start, content[-1].end
        text = self.doc.text[start:end]
        stripped = text.rstrip(" ,")
        end -= len(text) - len(stripped)
        if not stripped.strip():
            return None
        return Quote(speaker, stripped, start, end, si, kind)

    # ------------------------------------------------------------ reported speech
    def reported(self, covered: set[int]) -> list[Quote]:
        quotes: list[Quote] = []
        base = 0
        for si, sent in enumerate(self.doc.sentences):
            toks = sent.tokens
            inside = {ti for ti in range(len(toks)) if base + ti in covered}
            base += len(toks)
            if inside:
                opening = min(inside)
                if opening > 1 and toks[opening - 1].text == ":":
                    # X ... экенин белгилеп, мындай деди: "...": the clause before the colon,
                    # when a complementizer closes it (not мындай делет, nor a title)
                    q = self.reported_in(si, stop=opening - 1)
                    last = q.text.split()[-1].lower() if q is not None else ""
                    if q is not None and any(p.search(last) for p in self.lex.complementizers):
                        quotes.append(q)
                        self.found.append(q)
                continue
            q = self.about_previous(si, quotes) or self.reported_in(si)
            if q is not None:
                quotes.append(q)
                self.found.append(q)
        return quotes

    def reported_in(self, si: int, stop: int | None = None) -> Quote | None:
        """The reported speech of sentence ``si``: after an according-to phrase, or a
        clause closed by a complementizer before a speech verb."""
        toks = self.doc.sentences[si].tokens
        n = len(toks) if stop is None else stop  # the words before a direct quotation's colon
        acc = self.according_to_at(si, n)
        if acc is not None and acc.speaker is not None:
            # ... керектиги айтылып, УКМК ... чакырылды: the content ends at its complement
            end = self.complement_end(si, acc.after)
            if end is None and acc.by_subject:
                return None  # X таратылган билдирүүсүндө бийликти сынга алды: X's own act
            speaker, after = acc.speaker, acc.after
            inner = next(
                (
                    r
                    for r in self.mentions[si]
                    if r.first == after and r.case == "Nom" and r.entity.label == "PER"
                ),
                None,
            )
            relay = self.doc.entity(speaker)
            if (
                inner is not None
                and end is not None
                and not inner.modifier
                and (relay is None or relay.label != "PER")
            ):
                # агенттиктин кабарлашынча, Фейсал бин Фархан ... турганын белгилеген: the
                # person named speaks, the agency relays (not Анын айтымында, X ... деп
                # эсептейт: the lawyer tells what X thinks)
                speaker, after = inner.entity.id, self._after_subject(toks, inner.last + 1)
            return self._reported(si, after, n if end is None else end, speaker)
        for ti in range(1, n):
            first = speech_verb_at(toks, ti)
            if first < 1:
                continue
            passive = is_passive(toks, first, ti)
            comp = self.complement_at(toks, first, passive)
            if comp < 0 and not passive:
                late_ref = self.subject_before_verb(si, first)
                if late_ref is not None:
                    # ... кармап жатканын анын жубайы Абдраимова шейшемби күнү маалымдады
                    q = self._reported(si, 0, late_ref[1] + 1, late_ref[0])
                    if q is not None:
                        return q
                continue
            if comp < 0:
                continue
            word = toks[comp].text.lower()
            if comp and toks[comp - 1].text == '"':
                break  # "Бишкек, 2024-жыл" деп жазды: quoted words that say nothing
            if word != self.lex.quotative and _verb_among(toks, first, ti, self.lex.denials):
                continue  # ... күч колдонулганын четке какты: what is denied
            end = comp if word == self.lex.quotative else comp + 1
            if passive:
                speaker_ref = self._agent(si, comp) or self.statement_goes_on(si)
                if speaker_ref is None:
                    continue  # Абдыкалыков ... деп айыпталат: the accused, not the speaker
            else:
                stop = next(
                    (k for k in range(comp) if toks[k].text.lower() in self.lex.content_openers),
                    comp,
                )  # Орозалиев, эгер ... үчүн ... түзөрүн эскертти: the speaker is before эгер
                lo = self.clause_start(si, stop)
                speaker_ref = self.contrast_subject(si, lo, stop) or self.opening_subject(si, lo)
                speaker_ref = speaker_ref or self._subject(si, lo, stop)
                if speaker_ref is None and lo > 0:
                    # Токаев бул дооматты четке кагып, ... экенин билдирди; Пашинян ...
                    # келтирүү үчүн ... экенин түшүндүрдү: a converb or purpose clause
                    # shares the subject of the verb of saying
                    speaker_ref = self._subject(si, 0, lo)
                if speaker_ref is None:
                    # Министрликтен болсо ... жылдырбай турганын билдиришти: they of the body
                    speaker_ref = self.body_from(si, 0, stop)
                if speaker_ref is None:
                    # ... экенин билдирди министр Кулубаев. (not: билдирди, бирок Кыргызстан)
                    stop = next((k for k in range(ti + 1, n) if toks[k].text == ","), n)
                    late = self.speaker_in(si, ti + 1, stop)
                    if late is None:
                        continue
                    speaker_ref = (late, lo)
            speaker, after = speaker_ref
            after = self._content_start(si, after, end)
            if (
                word == self.lex.quotative
                and _verb_among(toks, first, ti, self.lex.object_verbs)
                and self._object_first(si, after, end)
            ):
                continue  # Газпромду ... алып жатат деп айыптады: a charge against Газпром
            q = self._reported(si, after, end, speaker)
            if q is not None:
                return q
        return None

    def subject_before_verb(self, si: int, first: int) -> tuple[str, int] | None:
        """A speaker named between the content and the speech verb at ``first``: the
        nominative right before the verb (past time words), its title or owner before it
        (``анын жубайы``), and a complementizer closing the content before them. Returns
        the speaker and the complementizer's index."""
        toks = self.doc.sentences[si].tokens
        k = first - 1
        while k > 0 and self._adverb(toks[k]):
            k -= 1
        ref = next(
            (
                r
                for r in self.mentions[si]
                if r.last == k and r.case == "Nom" and r.entity.label in ("PER", "ORG")
            ),
            None,
        )
        if ref is None:
            return None
        k = ref.first - 1
        for _ in range(SPEAKER_TITLE_WORDS + 1):
            if k <= 0 or not toks[k].text[:1].isalpha():
                return None
            low = toks[k].text.lower()
            if any(p.search(low) for p in self.lex.complementizers) and low != self.lex.quotative:
                return ref.entity.id, k
            if not toks[k].text[:1].islower():
                return None
            k -= 1
        return None

    def _reported(self, si: int, start: int, end: int, speaker: str) -> Quote | None:
        content = self.doc.sentences[si].tokens[start:end]
        while content and not content[-1].text[:1].isalnum():
            content.pop()
        while content and (
            not content[0].text[:1].isalnum() or content[0].text.lower() in self.lex.particles
        ):
            content.pop(0)  # X-тын билдирүүсүндө болсо, ...: the particle is no one's words
        if len([t for t in content if t.text[:1].isalnum()]) < self.lex.min_reported:
            return None
        return self._quote_from(content, si, speaker, "reported")

    def complement_at(self, toks: list[Token], first: int, passive: bool) -> int:
        """Index of the complementizer closing the content before the speech verb at
        ``first`` (``экенин``, ``-ганын``, ``деп``; for a passive verb also ``экени``,
        ``керектиги``), or -1."""
        comp = first - 1
        for _ in range(2):  # ... турганын расмий түрдө билдирди: manner words before the verb
            if comp > 0 and toks[comp].text.lower() in self.lex.speech_adverbs:
                comp -= 1
        if comp > 0 and toks[comp].text.lower() in self.lex.particles:
            comp -= 1  # ... эмес экенин да тастыктады
        if comp < 0:
            return -1
        word = toks[comp].text.lower()
        if any(p.search(word) for p in self.lex.complementizers):
            return comp
        if passive and any(p.search(word) for p in self.lex.passive_complementizers):
            return comp
        return -1

    def complement_end(self, si: int, start: int) -> int | None:
        """The end of reported content from ``start`` when a complementizer and a speech
        verb close it (``... берерин убадалады``), else None."""
        toks = self.doc.sentences[si].tokens
        for ti in range(start + 1, len(toks)):
            first = speech_verb_at(toks, ti)
            if first <= start:
                continue
            comp = self.complement_at(toks, first, is_passive(toks, first, ti))
            if comp > start:
                return comp if toks[comp].text.lower() == self.lex.quotative else comp + 1
        return None

    def _agent(self, si: int, hi: int) -> tuple[str, int] | None:
        """``ИИМ тарабынан ... билдирилди``: the agent of a passive speech verb and the
        index after it."""
        toks = self.doc.sentences[si].tokens
        for k in range(1, hi):
            if toks[k].text.lower() not in self.lex.passive_agents:
                continue
            refs = [r for r in self.mentions[si] if r.last == k - 1]
            found = refs[0].entity.id if refs else self.role_speaker(si, k - 1, k)
            if found is None:
                found = self.body_speaker(si, k - 1)
            return (found, k + 1) if found else None
        return None

    def _content_start(self, si: int, start: int, end: int) -> int:
        """Where the content begins after the subject: past an according-to phrase (``X
        жарыялаган баяндамасында ...``) and the speaker's own act before a comma (``Мэрия
        бул айыптоолорду четке кагып, ...``)."""
        toks = self.doc.sentences[si].tokens
        inner = self.according_to_at(si, end, start)
        if inner is not None and inner.after < end:
            start = inner.after
        for k in range(start + 1, end - 1):
            if toks[k].text != ",":
                continue
            if _CONVERB.search(toks[k - 1].text.lower()) and speech_verb_at(toks, k - 1) >= 0:
                start = k + 1
            break
        while start < end - 1 and (width := self._listener(toks, start, end)):
            start += width  # журналисттерге: whom it was said to
        return start

    def _listener(self, toks: list[Token], k: int, end: int) -> int:
        """How many words a dative of those spoken to takes at ``k`` (``журналисттерге``,
        ``маалымат каражаттарына``), 0 when there is none."""
        for width in (2, 1):
            words = [t.text.lower() for t in toks[k : min(k + width, end - 1)]]
            if len(words) == width and _DATIVE.search(words[-1]):
                phrase = " ".join(words)
                if any(
                    phrase.startswith(w) and len(w.split()) == width for w in self.lex.listeners
                ):
                    return width
        return 0

    def _object_first(self, si: int, start: int, end: int) -> bool:
        """The content opens with an accusative object (``бул сынды``, ``тургундардын
        дооматтарын``, ``аны``, ``Газпромду``), past time words and genitive modifiers."""
        toks = self.doc.sentences[si].tokens
        refs = {r.first: r for r in self.mentions[si]}
        k = start
        while k < end:
            ref = refs.get(k)
            if ref is not None:
                if ref.case == "Gen":
                    k = ref.last + 1
                    continue
                return ref.case == "Acc"
            low = toks[k].text.lower()
            if low in self.lex.accusative_pronouns:
                return True
            if not low[:1].isalnum() or self._adverb(toks[k]) or _GENITIVE.search(low):
                k += 1
                continue
            return any(p.search(low) for p in self.lex.accusative_endings)
        return False

    def about_previous(self, si: int, quotes: list[Quote]) -> Quote | None:
        """``Бул тууралуу ИИМ билдирди.``: the sentence before is what the speaker said."""
        if si == 0:
            return None
        toks = self.doc.sentences[si].tokens
        words = [t.text.lower() for t in toks]
        n = next((len(p) for p in self.lex.about_this if tuple(words[: len(p)]) == p), 0)
        if not n:
            return None
        verb = next((ti for ti in range(n, len(toks)) if speech_verb_at(toks, ti) >= 0), -1)
        if verb < 0:
            return None
        start = speech_verb_at(toks, verb)
        speaker = self.speaker_at(si, n, start) or self.speaker_at(si, verb + 1, len(toks))
        prev = self.doc.sentences[si - 1]
        if speaker is None or any(q.sentence == si - 1 for q in self.found + quotes):
            return None
        content = list(prev.tokens)
        while content and not content[-1].text[:1].isalnum():
            content.pop()
        if len([t for t in content if t.text[:1].isalnum()]) < self.lex.min_reported:
            return None
        return self._quote_from(content, si - 1, speaker, "reported")

    def _subject(self, si: int, lo: int, hi: int) -> tuple[str, int] | None:
        """The speaker of a reported clause and the token index after it."""
        refs: list[MentionRef] = [
            r
            for r in self.mentions[si]
            if lo <= r.first < hi and r.case == "Nom" and not r.modifier
        ]
        press = self.press_speaker(si, lo, hi)
        if press and all(r.first >= press[1] for r in refs):
            return press  # ИИМдин басма сөз кызматы ... билдирди
        toks = self.doc.sentences[si].tokens
        for label in ("PER", "ORG"):
            for r in refs:
                if r.entity.label == label:
                    return r.entity.id, self._after_subject(toks, r.last + 1)
        lo = self._after_connective(toks, lo)  # Ошондой эле ал ... кошумчалады
        if lo < len(toks) and toks[lo].text[:1].isalpha():
            found = self.role_speaker(si, lo, lo + 1)
            if found:
                return found, self._after_subject(toks, lo + 1)
            if self.two_word_role(toks, lo):
                found = self.role_speaker(si, lo + 1, lo + 2)  # Мамлекет башчысы ... айтты
                if found:
                    return found, self._after_subject(toks, lo + 2)
            body = self.body_subject(si, lo)
            if body is not None:
                return body
            side = self.demonym_side(toks, lo)
            if side is not None:
                return side  # Өзбек тарап да ... даяр экенин билдирди: Uzbekistan
        # a country speaks too (Орусия да ... даяр экенин билдирди) when it opens the
        # clause and heads the subject: not after other names (Жалал-Абад облусунун
        # Көк-Булак айылы) nor joined to a genitive (Бишкек жана Ош шаарларынын тургундары)
        first = min((r.first for r in self.mentions[si] if r.first >= lo), default=-1)
        for r in self.mentions[si]:
            if r.entity.label != "LOC" or r.first != first or r.case != "Nom" or r.first >= hi:
                continue
            if r.head not in (-1, r.last) and not (
                r.head < len(toks) and toks[r.head].text.lower().startswith(self.lex.speaking_sides)
            ):
                continue  # Кытай тарабы ... билдирди is China; not Бишкек шаарынын тургундары
            end = max(r.last, r.head)
            if end + 1 < hi and toks[end + 1].text.lower() in self.lex.conjunctions:
                joined = next((m for m in self.mentions[si] if m.first == end + 2), None)
                if joined is None or joined.case != "Nom" or joined.head not in (-1, joined.last):
                    return None
                end = joined.last  # Орусия жана Кытай ... билдиришти: the first named
            return r.entity.id, self._after_subject(toks, end + 1)
        return None

    def opening_subject(self, si: int, lo: int) -> tuple[str, int] | None:
        """A person or body opening the sentence before a subordinate clause that starts
        the content (``"Мекендеш" фонду [мунапыс аяктагандан кийин] Россия полициясы ...
        мүмкүн экенин эскертти``): the subject of the speech verb."""
        if lo == 0:
            return None
        toks = self.doc.sentences[si].tokens
        start = self._after_connective(toks, 0)
        while start < lo and toks[start].text.lower() in self.lex.opening_adverbs:
            start += 1
        for r in self.mentions[si]:
            if (
                start <= r.first <= start + 1  # past an opening quotation mark
                and r.last < lo
                and r.case == "Nom"
                and not r.modifier
                and r.entity.label in ("PER", "ORG")
            ):
                return r.entity.id, self._after_subject(toks, r.last + 1)
        return None

    def two_word_role(self, toks: list[Token], lo: int) -> bool:
        """Whether tokens lo, lo+1 are a role of two words (``Мамлекет башчысы``)."""
        if lo + 1 >= len(toks) or not toks[lo + 1].text[:1].islower():
            return False
        first = toks[lo].text.lower()
        second = toks[lo + 1].text.lower()
        stems = [(toks[lo + 1].lemma or "").lower(), *self.role_stems(second)]
        return any(f"{first} {st}" in self.lex.role_synonyms for st in stems if st)

    def _after_connective(self, toks: list[Token], lo: int) -> int:
        """The index after a link to what was said before (``Ошондой эле``) at ``lo``."""
        words = [t.text.lower() for t in toks[lo : lo + 3]]
        for phrase in self.lex.connectives:
            if tuple(words[: len(phrase)]) == phrase:
                return lo + len(phrase)
        return lo

    def contrast_subject(self, si: int, lo: int, hi: int) -> tuple[str, int] | None:
        """The subject opening a clause after ``, бирок`` when the clause before it closed
        on its own verb (``X ... суранган, бирок орусиялык кесиптеши ... билдирди``): a
        person or body named there, or a demonym and a title. Not when the words before
        were already reported content (``... турганын, бирок ...``)."""
        toks = self.doc.sentences[si].tokens
        for k in range(max(lo, 2), hi - 1):
            if toks[k].text.lower() not in self.lex.contrasts or toks[k - 1].text != ",":
                continue
            before = toks[k - 2].text.lower()
            if any(p.search(before) for p in self.lex.complementizers):
                return None
            if self.demonym_at(toks[k + 1]) is not None and k + 2 < hi:
                found = self.role_speaker(si, k + 2, k + 3)
                if found is not None and not _CASED.search(toks[k + 2].text.lower()):
                    return found, self._after_subject(toks, k + 3)
            ref = next((r for r in self.mentions[si] if r.first == k + 1), None)
            if ref is not None and ref.case == "Nom" and ref.entity.label in ("PER", "ORG"):
                return ref.entity.id, self._after_subject(toks, ref.last + 1)
            return None
        return None

    def statement_goes_on(self, si: int) -> tuple[str, int] | None:
        """``Фонддун билдирүүсүндө ... айтылат. Ошондой эле ... экени эскертилген``: a
        passive report opening with a connective goes on with the statement reported in
        the sentence before, and its speaker."""
        toks = self.doc.sentences[si].tokens
        after = self._after_connective(toks, 0)
        if after == 0:
            return None
        before = next((q for q in reversed(self.found) if q.sentence == si - 1), None)
        if before is None or before.speaker is None:
            return None
        return before.speaker, after

    def body_from(self, si: int, lo: int, hi: int) -> tuple[str, int] | None:
        """A body named in the ablative opening the clause (``ИИМден билдиришти``,
        ``Министрлигинен болсо ...``): the people of that body speak for it."""
        toks = self.doc.sentences[si].tokens
        first = min((r.first for r in self.mentions[si] if lo <= r.first < hi), default=-1)
        for r in self.mentions[si]:
            if r.first == first and r.case == "Abl" and r.entity.label == "ORG":
                return r.entity.id, self._after_subject(toks, max(r.last, r.head) + 1)
        return None

    def body_subject(self, si: int, lo: int) -> tuple[str, int] | None:
        """``Мэрия ... болгонун билдирди``: a common noun for a body, in the nominative,
        opening the clause, and the index after it."""
        toks = self.doc.sentences[si].tokens
        if any(r.first == lo for r in self.mentions[si]):
            return None
        noun = actor_noun_at(toks, lo)
        if noun is None:
            # Ведомство ... болорун билдирди: the body just named as a subject speaks
            word = toks[lo].text.lower()
            stem = next((b for b in self.lex.anaphoric_bodies if word.startswith(b)), None)
            if stem is None or not _NOMINATIVE_REST.fullmatch(word[len(stem) :]):
                return None
            found = self.last_subject_body(si, word)
            return (found, self._after_subject(toks, lo + 1)) if found else None
        last = noun[1]
        rest = toks[last].text.lower()[len(noun[0].words[-1]) :]
        if not _NOMINATIVE_REST.fullmatch(rest):
            return None
        found = self.body_speaker(si, lo)
        return (found, self._after_subject(toks, last + 1)) if found else None

    def _after_subject(self, toks: list[Token], i: int) -> int:
        """The first token of the content after the subject ending before ``i``: past an
        alias in brackets (``УКМК (...)``) and a particle (``Орусия да``)."""
        if i < len(toks) and toks[i].text == "(":
            close = next((k for k in range(i, min(i + 6, len(toks))) if toks[k].text == ")"), -1)
            if close > 0:
                i = close + 1
        while i < len(toks) and toks[i].text.lower() in self.lex.particles:
            i += 1
        return i

    def run(self) -> list[Quote]:
        direct, covered = self.direct()
        quotes = direct + self.reported(covered)
        quotes.sort(key=lambda q: q.start)
        return quotes


def find_quotes(doc: Document) -> list[Quote]:
    """Every quotation of the document with its speaker."""
    if not doc.sentences:
        return []
    return _Finder(doc).run()
