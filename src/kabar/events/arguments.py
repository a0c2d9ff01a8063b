"""Entity mentions placed in their sentence, with the grammatical case they carry.

Quotes and events both need "which actor is the subject, which the dative goal,
which the partner with менен". Kyrgyz marks this with case endings on the name
itself (``Трамп|ты``, ``Вашингтон|го``), so the case is read off the rest of the
token after the entity's name (``lang/ky/case_suffixes.tsv``), then from the
morphology's ``Case`` feature when the name is not a prefix of the token. A name
that only modifies a following title (``Орусия президенти Путин``,
``Кыргызстан жана Тажикстан башчылары менен``) is marked as a modifier and takes
the case of the title word.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

from kabar.document import Document, Entity, Sentence, Token
from kabar.events.lexicon import SPELL, context
from kabar.kb import country_ids, knowledge_base
from kabar.lang.patterns import suffix
from kabar.ner import lexicon as ner_lexicon
from kabar.resources import lang_tsv

POSTPOSITIONS = {
    "менен": "Com",
    "тарабынан": "Agent",
    "боюнча": "Topic",
    "тууралуу": "Topic",
    "жөнүндө": "Topic",
    "үчүн": "Topic",
    "каршы": "Topic",
}
"""Postpositions that give the noun phrase before them a role of its own."""
DATIVE_POSTPOSITIONS = {"ылайык": "Dat", "карабастан": "Dat"}
"""Postpositions after a dative that make it no goal (мыйзамга ылайык: by the law;
чакырыкка карабастан: despite the call)."""
_PX3_LOC = suffix("possessed_locative")
"""A third-person possessive in the locative (айтымында, билдирүүсүндө)."""
PLURAL_PX3 = suffix("plural_possessed")
_PLURAL_PX3_CASED = suffix("plural_possessed_cased")
"""A plural possessed noun in the nominative (жетекчилери, башчылары)."""
GENITIVE_WORD = suffix("genitive")
"""A word in the genitive (Кыргызстандын, министрлигинин)."""
BETWEEN = frozenset({"ортосундагы", "ортосунда"})
"""``X менен Yдин ортосунда`` (between X and Y): the genitive is a partner too."""
COORD = context().coordinators


@dataclass(slots=True)
class MentionRef:
    entity: Entity
    sentence: int
    first: int
    """Index of the mention's first token in its sentence."""
    last: int
    """Index of its last token (inclusive)."""
    case: str
    """UD case (``Nom``, ``Gen``, ``Dat``, ``Acc``, ``Loc``, ``Abl``) or ``Com`` for ``X менен``."""
    modifier: bool = False
    """True when the name only modifies a title that follows (``Орусия президенти``)."""
    owner: bool = False
    """True for a genitive owner of a title (``Түркиянын министри Фидан``): no argument."""
    parenthetical: bool = False
    """True inside parentheses (``(ТМУ)``): an alias of the name before, no second argument."""
    head: int = -1
    """Index of the token whose case the mention's phrase carries (the title word for a modifier)."""


@cache
def _case_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    out: list[tuple[str, re.Pattern[str]]] = []
    for case, ending, *_ in lang_tsv("ky", "case_suffixes.tsv", min_columns=1):
        out.append(
            (
                case,
                re.compile(
                    rf"['’-]?(?:[лдт][аеоө]р)?(?:[ыиуү]|с[ыиуү])?(?:{ending})", re.IGNORECASE
                ),
            )
        )
    return tuple(out)


def case_of_rest(rest: str) -> str | None:
    """Case of the ending left after a known stem (``дин`` -> Gen), None when unknown."""
    rest = rest.lower()
    if not rest.strip("'’-"):
        return "Nom"
    for case, pattern in _case_patterns():
        if pattern.fullmatch(rest):
            return case
    return None


@lru_cache(maxsize=65536)
def _case_by_ending(word: str) -> str | None:
    """The case the longest known ending of a word gives, None when none fits."""
    for cut in range(min(len(word) - 2, 8), 0, -1):
        case = case_of_rest(word[-cut:])
        if case:
            return case
    return None


def case_of_word(tok: Token) -> str:
    """Case of a common word (``лидерлери``, ``шаарына``): its ending, then morphology."""
    case = _case_by_ending(tok.text.lower())
    if case:
        return case
    feat = tok.feat("Case") if tok.feats else None
    return feat or "Nom"


def _token_case(tok: Token, entity: Entity, mention_end: int) -> str:
    if mention_end < tok.end and mention_end > tok.start:
        case = case_of_rest(tok.text[mention_end - tok.start :])
        if case:
            return case
    word = entity.name.split()[-1].lower() if entity.name else ""
    low = tok.text.lower()
    if low in _kb_last_words(entity.kb_id):
        return "Nom"  # Пекин, an alias of Бээжин: no -ин accusative
    for stem in (word, word.rstrip("ыиуү")):
        if stem and low.startswith(stem):
            case = case_of_rest(low[len(stem) :])
            if case:
                return case
    return case_of_word(tok)


@lru_cache(maxsize=4096)
def _kb_last_words(kb_id: str | None) -> frozenset[str]:
    """The last words of an actor's Kyrgyz names in the KB, lower case: a mention ending
    in one is in the nominative, whatever ending it seems to carry (Пекин, Кулубаев)."""
    actor = knowledge_base().get(kb_id) if kb_id else None
    if actor is None:
        return frozenset()
    return frozenset(name.split()[-1].lower() for name in actor.names_ky if name)


@cache
def titles() -> tuple[str, ...]:
    """Title stems: the role heads of ``lang/ky/roles.tsv`` (via
    :func:`kabar.ner.lexicon.role_heads`) and the other title, group and body nouns of
    ``lang/ky/actor_titles.tsv`` (first word of multi-word ones)."""
    stems = set(ner_lexicon.role_heads())
    stems |= {row[0].split()[0] for row in lang_tsv("ky", "actor_titles.tsv", 2)}
    # a final к/п voices before a vowel: бийлик -> бийлиги, элчилик -> элчилигинин
    stems |= {s[:-1] + {"к": "г", "п": "б"}[s[-1]] for s in stems if s[-1:] in ("к", "п")}
    return tuple(sorted(stems, key=len, reverse=True))


_POSSESSED = suffix("noun_possessed_rest")


@cache
def place_nouns() -> tuple[str, ...]:
    """Place and body nouns (``lang/ky/place_nouns.tsv``): шаар, облус, банк."""
    return tuple(row[0] for row in lang_tsv("ky", "place_nouns.tsv", 2))


_PX3 = suffix("possessed_rest")


def is_place_noun(tok: Token) -> bool:
    """A possessed place noun after a name: (Майами) шаарына, (Чүй) облусунда."""
    word = tok.text.lower()
    return any(
        word.startswith(stem) and _PX3.fullmatch(word[len(stem) :]) for stem in place_nouns()
    )


_BARE_CASE = suffix("bare_dative_or_accusative")
"""A bare dative or accusative ending (тарап|ка, тарап|ты)."""


@cache
def side_nouns() -> tuple[str, ...]:
    """Title stems glossed ``side`` (тарап): they follow a name bare, in any case."""
    rows = lang_tsv("ky", "actor_titles.tsv", 2)
    stems = {row[0] for row in rows if row[1] == "side"}
    stems |= {s[:-1] + {"к": "г", "п": "б"}[s[-1]] for s in stems if s[-1:] in ("к", "п")}
    return tuple(sorted(stems, key=len, reverse=True))


_ABBREVIATION_WITH_ENDING = re.compile(r"[А-ЯЁӨҮҢ]{2,}[а-яёөүң]+")
"""A capitalised abbreviation with a Kyrgyz ending (ЖЧКсы, ААКнын): a class noun too."""


def _class_word(text: str) -> bool:
    """A word that may stand after a quoted name as its class: lower case (гезитинин) or
    an abbreviation with an ending (ЖЧКсы)."""
    return text[:1].islower() or _ABBREVIATION_WITH_ENDING.fullmatch(text) is not None


def is_bare_side(tok: Token) -> bool:
    """``Тажикстан тарапка``: a side noun with a bare case ending, no possessive."""
    word = tok.text.lower()
    return any(
        word.startswith(stem) and _BARE_CASE.fullmatch(word[len(stem) :]) for stem in side_nouns()
    )


def is_title(tok: Token) -> bool:
    """A title noun from the list, possessed or plural: президенти, лидерлери, элчиси."""
    return _title_form(tok.text.lower(), False)


def plural_possessed(word: str) -> bool:
    """``тергөөчүлөрү``, ``өкүлдөрү``: a plural owned noun; a title whose stem only ends
    like the plural is singular (``ректору``, ``директору``: his rector, his director)."""
    return PLURAL_PX3.search(word) is not None and word[:-1] not in _title_stems()


@cache
def _title_stems() -> frozenset[str]:
    return frozenset(titles())


def is_title_word(tok: Token) -> bool:
    """Any form of a title noun, bare included (өкмөт, министр)."""
    return _title_form(tok.text.lower(), True)


@lru_cache(maxsize=65536)
def _title_form(word: str, bare: bool) -> bool:
    if word in POSTPOSITIONS:
        return False  # тарабынан is a postposition, not the title тарап
    for stem in titles():
        rest = word[len(stem) :]
        if word.startswith(stem) and (rest or bare) and _POSSESSED.fullmatch(rest):
            return True
    return False


_LAST_MENTIONS: list[tuple[Document, tuple[int, ...], list[list[MentionRef]]]] = []
"""The mentions of the document read last: the quote and event stages read the same
mentions of one document in turn, so they are worked out once (checked against the
document's entities and sentences; both stages read the lists, never change them)."""


def sentence_mentions(doc: Document) -> list[list[MentionRef]]:
    """For each sentence, its entity mentions in text order with their case."""
    key = (
        id(doc.entities),
        len(doc.entities),
        sum(len(e.mentions) for e in doc.entities),
        id(doc.sentences),
        len(doc.sentences),
    )
    last = _LAST_MENTIONS[0] if _LAST_MENTIONS else None
    if last is not None and last[0] is doc and last[1] == key:
        return last[2]
    out = _sentence_mentions(doc)
    _LAST_MENTIONS[:] = [(doc, key, out)]
    return out


def _sentence_mentions(doc: Document) -> list[list[MentionRef]]:
    out: list[list[MentionRef]] = [[] for _ in doc.sentences]
    ends: dict[int, list[int]] = {}
    for ent in doc.entities:
        for m in ent.mentions:
            si = m.sentence
            if not 0 <= si < len(doc.sentences):
                si = _sentence_at(doc.sentences, m.start)
                if si < 0:
                    continue
            toks = doc.sentences[si].tokens
            if si not in ends:
                ends[si] = [t.end for t in toks]
            # the tokens overlapping the mention: the first ending after its start, on
            first = bisect_right(ends[si], m.start)
            if first >= len(toks) or toks[first].start >= m.end:
                continue
            last = first
            while last + 1 < len(toks) and toks[last + 1].start < m.end:
                last += 1
            case = _token_case(toks[last], ent, m.end)
            out[si].append(MentionRef(ent, si, first, last, case, head=last))
    _add_demonyms(doc, out)
    for si, refs in enumerate(out):
        refs.sort(key=lambda r: (r.first, -r.last))
        kept: list[MentionRef] = []
        for r in refs:
            if kept and r.first <= kept[-1].last:
                continue  # nested mention of the same span
            kept.append(r)
        out[si] = kept
        _mark_modifiers(doc.sentences[si], kept)
    return out


_ADJ = suffix("adjective_lik")
SIDE_WORDS = context().side_nouns
"""Nouns a demonym stands before for its country (``event_context.yaml``: side_nouns)."""
_SIDE_FIRST = tuple({w.split()[0] for w in SIDE_WORDS})


ALIAS_WORDS = 4
"""How many tokens a parenthetical alias after a name may hold (``(ЕККУ)``, ``(OFAC)``)."""


def _past_alias(toks: list[Token], i: int) -> int:
    """The token after a parenthetical alias starting at ``i`` (``(OFAC) билдирүүсүндө``),
    or ``i`` itself when no alias stands there."""
    if i < len(toks) and toks[i].text == "(":
        for j in range(i + 1, min(i + 1 + ALIAS_WORDS, len(toks))):
            if toks[j].text == ")":
                return j + 1
    return i


def _spelled_low(tok: Token) -> str:
    """A token as the ``event_context.yaml`` word lists are written: lower case, й+vowel
    letters spelled out (нарядына -> нарйадына)."""
    return _spelled_text(tok.text)


@lru_cache(maxsize=65536)
def _spelled_text(text: str) -> str:
    return text.lower().translate(SPELL)


def _side_end(toks: list[Token], i: int) -> int:
    """Index of the last word of a side noun starting at token ``i``, -1 when none does."""
    for noun in SIDE_WORDS:
        words = noun.split()
        if i + len(words) > len(toks):
            continue
        if all(_spelled_low(toks[i + k]) == w for k, w in enumerate(words[:-1])) and (
            _spelled_low(toks[i + len(words) - 1]).startswith(words[-1])
        ):
            return i + len(words) - 1
    return -1


def _demonym(toks: list[Token], i: int, taken: set[int], stems: dict[str, Entity]) -> Entity | None:
    """The country a lower-case demonym at ``i`` (кыргыз, түркиялык) stands for."""
    if i in taken or not (toks[i].text[:1].islower() or i == 0):
        return None
    return demonym_country(stems, toks[i].text.lower())


def demonym_stems(doc: Document) -> dict[str, Entity]:
    """The countries named in the article by the stems their demonyms start with
    (Кыргызстан -> кыргыз, Орусия -> орус)."""
    stems: dict[str, Entity] = {}
    for ent in doc.entities:
        if ent.name.lower() in context().demonym_bodies:
            # европалык тарап: the European Union, as the news calls its side
            stems.setdefault(context().demonym_bodies[ent.name.lower()], ent)
        if ent.label != "LOC" or not ent.name:
            continue
        # the KB's name (Афганистан) and the text's own (Ооганстандын -> ооган)
        names = [ent.name.lower()] + [m.text.lower() for m in ent.mentions]
        for name in names:
            if " " in name:
                # Сауд Арабиясы -> сауд, Түштүк Корея -> коре(й): the distinctive word
                proper = [w for w in name.split() if w not in context().generic_name_words]
                if proper and len(proper[0]) > 3:
                    word = proper[0]
                    cut = word.find("стан")
                    stem = word[:cut] if cut > 2 else word.removesuffix("ия").removesuffix("я")
                    stems.setdefault(stem, ent)
                continue
            cut = name.find("стан")
            if cut > 2:
                stems.setdefault(name[: cut + 4], ent)
                stems.setdefault(name[:cut], ent)
                continue
            if name == ent.name.lower():
                stems[name] = ent
                if name.endswith("ь"):
                    stems.setdefault(name[:-1], ent)  # Беларусь -> беларус (беларус тарап)
            cut = name.find("ия")
            if cut > 2:
                stems.setdefault(name[:cut], ent)  # Орусиянын -> орус (орус тарап)
                stems.setdefault(name[: cut + 2], ent)  # орусия (орусиялык тарап)
    countries = {
        e.country: e for e in doc.entities if e.label == "LOC" and e.kb_id in country_ids()
    }
    for word, iso3 in irregular_demonyms():
        if iso3 in countries:
            stems.setdefault(word, countries[iso3])  # Франция -> француз тарап
    return stems


def place_only_ids(doc: Document) -> frozenset[str]:
    """Places of the document that are no actors, only where events happen (``Жибек Жолу
    проспекти``, ``Торугарт ашуусу``, ``Ала-Арча дарыясы``)."""
    return frozenset(
        e.id
        for e in doc.entities
        if e.label == "LOC" and ner_lexicon.is_place_only(e.name, e.name_en)
    )


@cache
def irregular_demonyms() -> tuple[tuple[str, str], ...]:
    """(demonym, ISO3) pairs of ``lang/ky/demonyms.tsv``: француз, немис, жапон."""
    return tuple((row[0].lower(), row[1]) for row in lang_tsv("ky", "demonyms.tsv", 2))


def demonym_country(stems: dict[str, Entity], word: str) -> Entity | None:
    """The country a lower-case demonym (кыргыз, түркиялык) stands for, if named."""
    return stems.get(word) or stems.get(_ADJ.sub("", word))


def _add_demonyms(doc: Document, out: list[list[MentionRef]]) -> None:
    """``кыргыз тарап``, ``түркиялык делегация``: the country named in the article, by its stem."""
    stems = demonym_stems(doc)
    if not stems:
        return
    for si, sent in enumerate(doc.sentences):
        toks = sent.tokens
        taken = {i for r in out[si] for i in range(r.first, r.last + 1)}
        persons = {r.first for r in out[si] if r.entity.label == "PER"}

        low = [_spelled_text(t.text) for t in toks]
        for i in range(len(toks) - 1):
            nxt = low[i + 1]
            if nxt.startswith(_SIDE_FIRST):
                country = _demonym(toks, i, taken, stems)
                end = _side_end(toks, i + 1) if country is not None else -1
                if end > 0 and end + 1 in persons:
                    continue  # кыргызстандык кесиптеши Кулубаев: the person is the argument
                if country is not None and end > 0:
                    out[si].append(MentionRef(country, si, i, i, title_case(toks[end]), head=end))
            elif nxt in COORD and nxt != "," and i + 3 < len(toks):
                # кыргыз жана тажик чек арачылары: two sides sharing one noun
                if not low[i + 3].startswith(_SIDE_FIRST):
                    continue
                first = _demonym(toks, i, taken, stems)
                second = _demonym(toks, i + 2, taken, stems)
                end = _side_end(toks, i + 3) if first and second else -1
                if first is not None and second is not None and end > 0:
                    case = title_case(toks[end])
                    out[si].append(MentionRef(first, si, i, i, case, head=end))


def _sentence_at(sentences: list[Sentence], offset: int) -> int:
    for i, s in enumerate(sentences):
        if s.start <= offset < s.end + 1:
            return i
    return -1


_ATTRIBUTE = suffix("attribute")
"""An adjective or attributive locative (оппозициялык, шаардагы)."""
_PX3_CASE = suffix("possessed")
"""A 3rd-person possessed noun, bare or in a case (гезити, гезитинин, редакциясында)."""
QUOTED_CLASS_REACH = 3
"""How many lower-case words after a quoted name may hold the class noun that carries
its case ("Ак Калпак" оппозициялык гезитинин)."""


DASHES = frozenset({"-", "–", "—"})
ROAD_NOUNS = context().road_nouns
"""Nouns of a road named by its two ends (``event_context.yaml``: road_nouns)."""
ROAD_KINDS = context().road_kinds
"""Words that may stand between a road's ends and its noun (Баткен — Исфана унаа жолу)."""


def _road_at(toks: list[Token], k: int) -> bool:
    """A road noun at ``k``, or a road kind then a road noun (унаа жолун)."""
    word = _spelled_low(toks[k])
    if word in ROAD_KINDS and k + 1 < len(toks):
        word = _spelled_low(toks[k + 1])
    return word.startswith(ROAD_NOUNS)


def _mark_modifiers(sent: Sentence, refs: list[MentionRef]) -> None:
    """Names before a title word modify it; a postposition after a phrase gives its case."""
    toks = sent.tokens
    starts = {r.first: r for r in refs}
    for pos, r in enumerate(refs):
        j = r.last + 1
        # skip a coordinated run of names: Кыргызстан жана Тажикстан башчылары
        group = [r]
        k = pos + 1
        while j + 1 < len(toks) and toks[j].text.lower() in ("жана", ",") and (j + 1) in starts:
            nxt = starts[j + 1]
            if nxt.case != "Nom":
                break
            group.append(nxt)
            j = nxt.last + 1
            k += 1
        if (
            r.case == "Nom"
            and j == r.last + 1
            and j + 1 < len(toks)
            and toks[j].text == '"'
            and r.first > 0
            and toks[r.first - 1].text == '"'  # the name's closing mark, not a quotation's opening
            and _class_word(toks[j + 1].text)
        ):
            # "Ак Калпак" оппозициялык гезитинин редакциясында, "Ордо" ЖЧКсы менен: a quoted
            # name takes the case of the class noun after it
            for k in range(j + 1, min(len(toks), j + 1 + QUOTED_CLASS_REACH)):
                word = toks[k].text.lower()
                if not _class_word(toks[k].text):
                    break
                if _ATTRIBUTE.search(word) or word in context().legal_form_words:
                    continue  # оппозициялык, шаардагы, жоопкерчилиги чектелген: on the noun
                if _PX3_CASE.search(word):
                    r.head, r.case = k, case_of_word(toks[k])  # гезитинин, фракциясы
                break
        nxt_case = toks[j].feat("Case") if j < len(toks) else None
        if (
            r.case == "Nom"
            and r.entity.label == "ORG"
            and j == r.last + 1
            and nxt_case not in (None, "Nom")
            and ner_lexicon.is_latin(toks[r.last].text)
            and toks[j].text[:1].islower()
            and toks[j].feat("Person[psor]") == "3"
            # not the name's own head noun (AFAD агенттиги)
            and (toks[j].lemma or "").lower() not in ner_lexicon.head_words()
            and not (_owned_title(toks[j]) or is_bare_side(toks[j]) or is_place_noun(toks[j]))
        ):
            r.head, r.case = j, nxt_case  # TikTok тармагында: the case of the noun it names
        first_end = (
            j + 2 < len(toks)
            and toks[j].text in DASHES
            and toks[j + 1].text[:1].isupper()
            and _road_at(toks, j + 2)
        )
        last_end = (
            r.first >= 2
            and toks[r.first - 1].text in DASHES
            and j < len(toks)
            and _road_at(toks, j)
        )
        if r.entity.label == "LOC" and (first_end or last_end):
            r.case = "Part"  # Балыкчы - Каракол жолунун боюна: a road's ends, no actors
            continue
        if r.case == "Nom" and j == r.last + 1 and j < len(toks) and is_place_noun(toks[j]):
            r.head = j  # Майами шаарына: the city, in the case of шаар
            r.case = case_of_word(toks[j])
        elif (
            r.case == "Nom"
            and r.entity.label != "PER"
            and r.head == r.last  # a demonym already stands for its side noun (тажик аскерлери)
            and j < len(toks)
            and (_owned_title(toks[j]) or is_bare_side(toks[j]))
        ):
            followed_by_person = (j + 1) in starts and starts[j + 1].entity.label == "PER"
            r.modifier = True
            if not followed_by_person:
                r.head = j
                r.case = title_case(toks[j])
                for g in group[1:]:
                    g.modifier, g.head, g.case = True, j, r.case
        if (
            r.case == "Gen"
            and r.entity.label == "LOC"
            and j == r.last + 1
            and j < len(toks)
            and toks[j].text.lower() not in POSTPOSITIONS
            and _title_stem_of(toks[j].text.lower()) in side_nouns()
        ):
            r.modifier, r.head = True, j  # Өзбекстандын тарабына: the country, in the side's case
            r.case = title_case(toks[j])
        if r.head + 1 < len(toks):
            after = toks[r.head + 1].text.lower()
            post = POSTPOSITIONS.get(after)
            if post and r.case == "Nom":
                r.case = post
            elif r.case == DATIVE_POSTPOSITIONS.get(after):
                r.case = "Topic"  # беренесине ылайык: what the act goes by is no side of it
    ctx = context()
    ends = {x.last for x in refs}
    for r in refs:
        if r.first > 0 and toks[r.first - 1].text == "(":
            if (r.first - 2) in ends:
                r.parenthetical = True  # an alias of the name before: no second argument
                close = r.last + 1
                post = (
                    POSTPOSITIONS.get(toks[close + 1].text.lower())
                    if close + 1 < len(toks) and toks[close].text == ")"
                    else None
                )
                for main in refs:
                    if main.last == r.first - 2 and main.case == "Nom" and post:
                        main.case = post  # агенттиги (JICA) менен: the name is the partner
            else:
                k = r.first - 2
                while k > 0 and not toks[k].text.isalnum():
                    k -= 1  # "Чоң жыйырманын" (G20): past the closing quotation mark
                if k >= 0 and GENITIVE_WORD.search(toks[k].text.lower()):
                    r.case = "Gen"  # the phrase's case is the alias's: (G20) саммитине
                if r.last + 1 < len(toks) and toks[r.last + 1].text == ")":
                    r.last = r.head = r.last + 1  # what follows the alias follows the phrase
        k_after = _past_alias(toks, r.last + 1)  # башкармалыгынын (OFAC) билдирүүсүндө
        after = _spelled_low(toks[k_after]) if k_after < len(toks) else ""
        after2 = _spelled_low(toks[k_after + 1]) if k_after + 1 < len(toks) else ""
        if (
            r.case == "Gen"
            and after.startswith(ctx.report_nouns)
            and (_PX3_LOC.search(after) or after2 in ctx.report_postpositions)
        ):
            r.case = "Report"  # УКМКнын маалыматына караганда: who tells, not who acts
            continue
        if r.case in ("Nom", "Gen") and ctx.report_converbs.match(after):
            r.case = "Report"  # Администрация маалымдагандай, Жапаров ...: the teller
            continue
        if (
            r.case == "Gen"
            and after.startswith(ctx.agent_nouns)
            and r.last + 2 < len(toks)
            and toks[r.last + 2].text.lower() == "менен"
        ):
            r.case, r.head = "Agent", r.last + 1  # сотунун чечими менен: by the court
            continue
        if r.case == "Gen" and r.head + 1 < len(toks) and toks[r.head + 1].text.lower() in BETWEEN:
            r.case = "Com"  # Кыргызстан менен Казакстандын ортосундагы: both are partners
            continue
        first_title = title_after(toks, r.last + 1)
        if r.case == "Gen" and first_title >= 0:
            j = title_phrase_end(toks, first_title, len(toks))
            post = POSTPOSITIONS.get(toks[j + 1].text.lower()) if j + 1 < len(toks) else None
            if j + 1 < len(toks) and toks[j + 1].text.lower() in BETWEEN:
                post = "Com"  # X менен Y-тын өкмөт башчыларынын ортосундагы: both are partners
            if post:
                r.case, r.head = post, j  # комитетинин кызматкерлери тарабынан: the committee
            else:
                r.owner = True
    # X менен Y-тын жетекчилери: both own the title (the partners' heads, not X as partner)
    for pos in range(len(refs) - 1):
        r, nxt = refs[pos], refs[pos + 1]
        if (
            r.case == "Com"
            and r.head == r.last
            and nxt.first == r.last + 2
            and toks[r.last + 1].text.lower() == "менен"
            and nxt.case == "Gen"
            and any(
                _PLURAL_PX3_CASED.search(t.text.lower()) for t in toks[nxt.last + 1 : nxt.last + 5]
            )
        ):
            r.case, r.owner = "Gen", True  # not Жапаров менен Казакстандын президенти: one head
    # X менен Y-ти: "and" before an object, not "with" (АКШ менен Евробиримдикти айыптады)
    for pos in range(len(refs) - 2, -1, -1):
        r, nxt = refs[pos], refs[pos + 1]
        if (
            r.case == "Com"
            and not r.modifier
            and nxt.first == r.last + 2
            and toks[r.last + 1].text.lower() == "менен"
            and nxt.case == "Acc"
            and not nxt.owner
        ):
            r.case = nxt.case
    # coordinated names share the postposition of the last one: Токаев жана Мирзиёев менен
    for pos in range(len(refs) - 2, -1, -1):
        r, nxt = refs[pos], refs[pos + 1]
        between = [t.text.lower() for t in toks[r.head + 1 : nxt.first]]
        joined = any(w in ("жана", ",") for w in between) and all(
            w in ("жана", ",", "ошондой", "эле") for w in between
        )
        shares = nxt.case not in ("Nom", "Gen", "Attr") and not nxt.owner
        if r.case == "Nom" and (joined or (between == ["менен"] and nxt.case == "Com")) and shares:
            r.case = nxt.case  # "Кеминбанк" жана "Бирлик Финанс" банктарын: both accusative


RoleResolver = Callable[[Document, int, str], "str | None"]


def role_resolver() -> RoleResolver:
    """The entity stage's ``resolve_role`` when it is installed, then our fallback."""
    try:
        from kabar.ner.resolve import resolve_role
    except ImportError:
        return fallback_role

    def resolve(doc: Document, sentence_index: int, role_lemma: str) -> str | None:
        found = resolve_role(doc, sentence_index, role_lemma)
        return found if found is not None else fallback_role(doc, sentence_index, role_lemma)

    return resolve


def fallback_role(doc: Document, sentence_index: int, role_lemma: str) -> str | None:
    """The entity last mentioned up to this sentence whose role starts with the word."""
    best: tuple[int, str] | None = None
    stem = role_lemma.lower()
    if len(stem) < 4:
        return None
    for ent in doc.entities:
        words = (ent.role or "").lower().split()
        if not any(w.startswith(stem) for w in words):
            continue  # "тышкы иштер министри" is a министр
        for m in ent.mentions:
            if m.sentence <= sentence_index and (best is None or m.start > best[0]):
                best = (m.start, ent.id)
    return best[1] if best else None


def role_ahead(doc: Document, sentence_index: int, role_lemma: str) -> str | None:
    """The one person the article names after sentence ``sentence_index`` with the role:
    an act aimed at a role told before its bearer is named (``Бурул ... акимди ...
    айыптады. ... Токтогул районунун акими Азамат Жумабеков``) is aimed at that bearer.
    None when no one or several people have the role."""
    stem = role_lemma.lower()
    short = len(stem) < 4  # мэр, only as a whole word (not мэрия)
    later = [
        ent.id
        for ent in doc.entities
        if ent.label == "PER"
        and ent.mentions
        and min(m.sentence for m in ent.mentions) > sentence_index
        and any(
            w == stem or (not short and w.startswith(stem))
            for w in (ent.role or "").lower().split()
        )
    ]
    return later[0] if len(later) == 1 else None


_PX_CASE = suffix("possessed_then_case")


@cache
def _cases_after_possessive() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(case, ending) pairs of ``lang/ky/case_after_possessive.tsv``."""
    rows = lang_tsv("ky", "case_after_possessive.tsv", min_columns=1)
    return tuple((row[0], re.compile(row[1] if len(row) > 1 else "")) for row in rows)


def title_phrase_end(toks: list[Token], j: int, hi: int) -> int:
    """Last word of the title phrase whose first word (a title) is at ``j``: ``тышкы иштер
    министри``, ``коопсуздук кеңешинин катчысы`` (a word inside a multi-word title)."""
    while True:
        if j + 1 < hi and is_title_word(toks[j + 1]):
            j += 1
        elif (
            j + 2 < hi
            and toks[j + 1].text.isalpha()
            and toks[j + 1].text.islower()
            and toks[j + 1].text.lower() not in POSTPOSITIONS
            and is_title_word(toks[j + 2])
        ):
            j += 2
        else:
            return j


TITLE_MODIFIERS = 1
"""Lower-case words that may stand between an owner and its title (ЕККУнун башкы катчысы)."""


_SERVING_IN = suffix("attributive_locative")


def title_after(toks: list[Token], i: int) -> int:
    """Where the title owned by a genitive ending before ``i`` starts: at ``i``, or after
    a bracketed alias, a count or one lower-case modifier (``башкы катчысы``, ``жаңы
    элчиси``); -1 when none does."""
    if i < len(toks) and toks[i].text == "(":
        close = next((k for k in range(i + 1, min(i + 5, len(toks))) if toks[k].text == ")"), -1)
        if close < 0:
            return -1
        i = close + 1  # Комитетинин (УКМК) кызматкерлери: past the alias
    if i < len(toks) and toks[i].text[:1].isdigit():
        i += 1  # партиясынын 150гө жакын тарапкери: so many of the owner's people
        if i < len(toks) and toks[i].text.lower() in context().approximate_counts:
            i += 1
    for k in range(i, min(i + TITLE_MODIFIERS + 1, len(toks))):
        if is_title_word(toks[k]):
            return k
        word = toks[k].text
        if word[:1].isupper() and _SERVING_IN.search(word.lower()):
            continue  # Түркиянын Кыргызстандагы элчиси: where the bearer serves
        if not (word.isalpha() and word.islower()) or word in POSTPOSITIONS or word in BETWEEN:
            return -1
        if GENITIVE_WORD.search(word.lower()):
            return -1  # Кыргызстандын Түркиядагы элчиси is fine, a second owner is not
    return -1


def title_case(tok: Token) -> str:
    """Case of a possessed title (өкмөтү Nom, министрлигин Acc, элчисине Dat): the ending
    after the possessive, which a bare ending test misreads (өкмөт|ү is no accusative)."""
    word = tok.text.lower()
    stem = _title_stem_of(word)
    if stem:
        m = _PX_CASE.fullmatch(word[len(stem) :])
        if m:
            for case, pattern in _cases_after_possessive():
                if pattern.fullmatch(m.group(1)):
                    return case
    return case_of_word(tok)


def _owned_title(tok: Token) -> bool:
    """A title in its possessed form (өкмөтү, министри, башчылары) or a side noun in any
    case (Орусия тараптан): a bare name before it says whose it is; before a bare
    genitive (Министрлер кабинети депутаттын сынын) the name is a subject of its own."""
    word = tok.text.lower()
    stem = _title_stem_of(word)
    if stem is None:
        return False
    rest = word[len(stem) :]
    return (stem in side_nouns() and rest != "") or _PX3.fullmatch(rest) is not None


def title_stem(tok: Token) -> str | None:
    """The title a word is a form of (министри -> министр), None when it is none."""
    return _title_stem_of(tok.text.lower())


@lru_cache(maxsize=65536)
def _title_stem_of(word: str) -> str | None:
    if word in POSTPOSITIONS:
        return None  # тарабынан is a postposition, not the title тарап
    for stem in titles():
        if word.startswith(stem) and _POSSESSED.fullmatch(word[len(stem) :]):
            return stem
    return None


@dataclass(frozen=True, slots=True)
class ActorNoun:
    """A common noun standing for an actor (``lang/ky/actor_nouns.tsv``)."""

    words: tuple[str, ...]
    resolves: tuple[str, ...]
    """Lower-case stems of the ORG name it stands for; ``("@org",)`` the ORG(s) named just before."""


@cache
def actor_nouns() -> tuple[ActorNoun, ...]:
    out = [
        ActorNoun(
            tuple(row[0].lower().split()),
            () if row[1] == "-" else tuple(row[1].lower().split("|")),
        )
        for row in lang_tsv("ky", "actor_nouns.tsv", 3, min_columns=2)
    ]
    return tuple(sorted(out, key=lambda a: -len(a.words)))


_NOUN_REST = suffix("noun_rest")


@cache
def _actor_index() -> dict[str, tuple[ActorNoun, ...]]:
    index: dict[str, list[ActorNoun]] = {}
    for noun in actor_nouns():
        index.setdefault(noun.words[0][:2], []).append(noun)
    return {k: tuple(v) for k, v in index.items()}


def actor_noun_at(tokens: list[Token], i: int) -> tuple[ActorNoun, int] | None:
    """The actor noun starting at token ``i`` and the index of its last word, if any."""
    first = tokens[i].text.lower()
    for noun in _actor_index().get(first[:2], ()):
        n = len(noun.words)
        if i + n > len(tokens):
            continue
        if n > 1 and [tokens[i + k].text.lower() for k in range(n - 1)] != list(noun.words[:-1]):
            continue
        last, stem = tokens[i + n - 1].text.lower(), noun.words[-1]
        if last.startswith(stem) and _NOUN_REST.fullmatch(last[len(stem) :]):
            return noun, i + n - 1
    return None
