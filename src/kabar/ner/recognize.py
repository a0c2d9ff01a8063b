"""Mention finding: which token spans name a person, a place or an organisation.

The evidence, strongest first, for a span starting at a capitalised word:
1. the knowledge base knows it (longest match, last word's case ending stripped:
   ``БУУнун Башкы Ассамблеясынын`` -> ``БУУнун Башкы Ассамблеясы``);
2. a known first name followed by a capitalised word (``Руслан Желдибай``); two
   capitalised words right after a role (``элчиси Ойсин Маккарти``); a patronymic
   written first (``Нурлан уулу Азамат``); a family name written first
   (``Ван Чжилинь``, ``lang/ky/names_family_first.tsv``);
3. an organisation or place head noun closes it (``Улуттук коопсуздук мамлекеттик
   комитети``, ``"Адилет" укуктук клиникасы``, ``Сузак району``), also after a place
   and its own head in the genitive (``Кара-Көл шаарынын мэриясы``), after a place in
   the genitive (``Россиянын ИИМи``; not ``Йемендин борбору``, the capital) or an
   organisation (``БУУнун Адам укуктары боюнча комитети``, ``Европа Биримдигинин
   Кыргызстандагы өкүлчүлүгү``), over a comma list of the body's fields (``Маданият,
   маалымат жана жаштар саясаты министрлиги``), and shared by listed names (``Чүй жана
   Талас дарыяларында``: two rivers; ``Баткен жана Согд облустарынын``: two regions);
   a description is no name (``мамлекеттик мунай компаниясы SOCAR``, ``Казакстандын
   аймагы``, ``кыргыз-тажик өкмөттөр аралык комиссиясы``);
4. the shape of the word (surname ``-ев``, ``-уулу``; place ``-стан``, ``-абад``),
   abbreviations in capitals (``ЖАМК``), Latin-script brands;
5. the same name already found elsewhere in the article (a sentence-initial
   ``Желдибай`` after ``Руслан Желдибай``).
A capital that opens a sentence or a quotation counts for nothing by itself, and
role words (``Президент``, ``элчиси``) are never part of a name.
"""

from __future__ import annotations

import itertools
import re
import string
from dataclasses import dataclass
from functools import lru_cache

from kabar.document import Document, Token
from kabar.kb import Actor, KnowledgeBase, normalize_name
from kabar.lang.patterns import suffix
from kabar.ner import lexicon
from kabar.ner.gazetteer import inflected_index
from kabar.ner.lexicon import is_latin
from kabar.ner.suffixes import Split, case_splits, ends_in_poss3, poss3_stems, splits

OWNING_SECTORS = frozenset({"IGO", "SPY"})
"""Sectors of organisations whose agencies and services bear their name: an international
one (БУУнун Дүйнөлүк азык-түлүк программасы) or a security committee (Казакстандын Улуттук
коопсуздук комитетинин Чек ара кызматы); a ministry's bank is another body."""
COMPOUND_TAIL = 5
"""Fewest letters after the hyphen of ``Telegram-канал``: shorter tails are case endings,
a name's only after an abbreviation (``ШКУ-нун``; not ``Ош-ко``, a place the other rules
read)."""
# Longest run of lower-case words between a name's first word and its head noun.
MAX_HEAD_GAP = 4
# Longest run of words after a comma listing a body's fields, up to its head noun
# (Суу ресурстары, айыл чарба жана кайра иштетүү өнөр жайы министрлиги).
MAX_LIST_GAP = 8
# Longest run of words after a body's field (боюнча) up to its head noun (коопсуздук
# боюнча мамлекеттик инспекция, ... боюнча ведомстволор аралык комиссия).
MAX_FIELD_GAP = 3
# Longest person name in words (Касым-Жомарт Кемелович Токаев, Асан Үсөн уулу).
MAX_PERSON_WORDS = 4
SPEAKER_SLOT_WORDS = 6
"""How many words (a description: жабыркагандардын бири, 21 жаштагы) may stand between
the verb attributing a quotation and the speaker's name closing the sentence."""
SENTENCE_CLOSE = frozenset({".", "!", "?"})
DASHES = frozenset({"-", "–", "—"})
SENTENCE_OPENERS = frozenset({'"', "(", "-", ":", "[", "'"})
PATRONYMIC_WORDS = frozenset({"уулу", "кызы"})
# Longest name in quotation marks taken as an organisation ("Бирлик Финанс").
MAX_QUOTED_WORDS = 3
_WORD = re.compile(r"^[^\W_][\w’'-]*$")
_ROMAN = re.compile(r"^[IVXLCMІХ]+$")
# A hyphenated word with a lower-case second part (Кыргыз-тажик): a compound adjective.
_LOWER_COMPOUND = re.compile(r"^\w+-[^\W\d_A-ZА-ЯЁӨҮҢ]")
# A bare verbal noun names a field inside a body's name (кайра иштетүү, билим берүү).
_VERBAL_NOUN = suffix("name_verbal_noun")
# A hyphenated word with every part capitalised (Ала-Тоо, Кара-Балта): a name's shape.
_CAPITAL_PARTS = re.compile(r"^[А-ЯЁӨҮҢ][а-яёөүң]+(?:-[А-ЯЁӨҮҢ][а-яёөүң]+)+$")
_UPPER_WORD = re.compile(r"^[A-ZА-ЯЁӨҮҢ]{2,}[0-9]*$")
# An abbreviation with the 3rd-person possessive: ИИМи, ТИМи, УКМКсы.
_ABBREVIATION_POSS = re.compile(r"^([A-ZА-ЯЁӨҮҢ]{2,})(?:с?[ыиуү])$")


@dataclass(slots=True)
class Candidate:
    sentence: int
    first: int
    """Token index in the sentence of the first word (inclusive)."""
    last: int
    """Token index of the last word (inclusive)."""
    start: int
    end: int
    label: str
    name: str
    """Base form of the name."""
    kb_id: str | None = None
    evidence: str = ""
    role: str | None = None
    role_first: int | None = None
    """Token index where the role phrase before the name starts."""


def is_cap(tok: Token) -> bool:
    return tok.text[:1].isupper()


def is_word(tok: Token) -> bool:
    return bool(_WORD.match(tok.text))


def _kb_shape(kb: KnowledgeBase) -> dict[str, int]:
    """First word of every KB name -> the most tokens a name starting with it has."""
    cached = _SHAPES.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    firsts: dict[str, int] = {}
    for actor in kb.actors.values():
        for name in actor.names_ky:
            key = normalize_name(name)
            first = key.split()[0]
            length = len(re.findall(r"\w+(?:[-’']\w+)*|[^\w\s]", key))
            for word in {first, re.split(r"[.\-]", first)[0]}:
                firsts[word] = max(firsts.get(word, 1), length)
    _SHAPES[id(kb)] = (kb, firsts)
    return firsts


_SHAPES: dict[int, tuple[KnowledgeBase, dict[str, int]]] = {}
_PAIRS: dict[int, tuple[KnowledgeBase, frozenset[str]]] = {}


def _kb_pairs(kb: KnowledgeBase) -> frozenset[str]:
    """The first two words of every KB name of two words or more (``эл аралык``)."""
    cached = _PAIRS.get(id(kb))
    if cached is not None and cached[0] is kb:
        return cached[1]
    pairs = frozenset(
        " ".join(key.split()[:2])
        for actor in kb.actors.values()
        for key in map(normalize_name, actor.names_ky)
        if len(key.split()) > 1
    )
    _PAIRS[id(kb)] = (kb, pairs)
    return pairs


def token_splits(tok: Token, last_of_many: bool = False) -> tuple[Split, ...]:
    """Readings of a name token, longest phonologically valid ending first.

    A PROPN lemma from the morphology stage is tried last: our phonology check (and
    its protected endings: Мухриддин) is the better judge of names, the lemma a
    second opinion for the KB lookup.
    """
    lemma = tok.lemma if tok.pos == "PROPN" else None
    return _token_splits(tok.text, last_of_many, lemma)


@lru_cache(maxsize=65536)
def _token_splits(text: str, last_of_many: bool, lemma: str | None) -> tuple[Split, ...]:
    out = list(case_splits(text, last_of_many))
    if lemma and lemma != text:
        lemma = lemma[:1].upper() + lemma[1:] if text[:1].isupper() else lemma
        derived = any(s.kind == "deriv" and s.base == lemma for s in splits(text))
        if text.startswith(lemma) and not derived and all(s.base != lemma for s in out):
            # not Европалык -> Европа: a derived adjective is no mention of its stem
            out.append(Split(lemma, text[len(lemma) :], "morph", "case"))
    return tuple(out)


def head_split(tok: Token) -> Split:
    """The reading of a head noun that keeps its possessive (``району``, not ``райо`` + ``ну``)."""
    heads = lexicon.head_words()
    readings = token_splits(tok, True)
    for split in readings:
        low = split.base.lower()
        if low in heads or (
            ends_in_poss3(low) and any(stem in heads for stem in lexicon.head_stems(low))
        ):
            return split
    return readings[0]


def is_deriv(tok: Token) -> bool:
    """``Казакстандык`` (Kazakhstani): a derived adjective, not a mention."""
    return splits(tok.text)[0].kind == "deriv"


@lru_cache(maxsize=65536)
def _place_head_genitive(text: str) -> bool:
    """``шаарынын``, ``облусунун``: a place head noun, possessed, in the genitive."""
    heads = lexicon.loc_heads()
    return text[:1].islower() and any(
        s.suffix_id in ("gen", "gen3") and any(stem in heads for stem in poss3_stems(s.base))
        for s in case_splits(text, True)
    )


@lru_cache(maxsize=65536)
def _is_facility(text: str) -> bool:
    """A facility head (``аэропорту``, ``ГЭСи``): an organisation-type head labelled LOC."""
    heads = lexicon.org_heads()
    return any(heads.get(stem) == "LOC" for stem in lexicon.head_stems(text))


_PLURAL = suffix("plural_start")


@lru_cache(maxsize=65536)
def _plural_place_head(text: str) -> str | None:
    """The place head stem of a plural (``дарыяларындагы`` -> ``дарыя``), else None."""
    low = text.lower()
    for stem in sorted(lexicon.loc_heads(), key=len, reverse=True):
        if " " not in stem and low.startswith(stem) and _PLURAL.match(low[len(stem) :]):
            return stem
    return None


def _is_facility_name(words: list[str]) -> bool:
    """A place name closed by a facility head (``... кени``, ``... сугат каналы``)."""
    return _is_facility(words[-1]) or lexicon.phrase_head_label(tuple(words)) == "LOC"


def _is_place_attribute(tok: Token) -> bool:
    """``Кыргызстандагы``, ``Бишкектеги``: a capitalised place in the attributive locative."""
    return is_cap(tok) and any(s.suffix_id == "locattr" for s in token_splits(tok))


def _possessed_forms(stem: str) -> list[str]:
    """``дарыя`` -> ``дарыясы`` ..., every 3rd-person possessive form the stem may take."""
    ends = ("сы", "си", "су", "сү") if stem[-1] in "аеёиоөуүыэюя" else ("ы", "и", "у", "ү")
    return [stem + e for e in ends]


def _possessed(stem: str) -> str:
    """The 3rd-person possessive of a place head by vowel harmony (дарыя -> дарыясы)."""
    vowel = next((c for c in reversed(stem) if c in "аеёиоөуүыэюя"), "а")
    high = {"а": "ы", "я": "ы", "ы": "ы", "о": "у", "у": "у", "ю": "у", "е": "и", "и": "и",
            "э": "и", "ө": "ү", "ү": "ү", "ё": "у"}.get(vowel, "ы")  # fmt: skip
    return stem + ("с" if stem[-1] in "аеёиоөуүыэюя" else "") + high


_PLURAL_ROLE = suffix("plural_role")
"""A plural role word (Журналисттер, Мугалимдер): before a body's head, its members."""

_POSSESSED_ACCUSATIVE = suffix("possessed_accusative")
"""A possessed noun in the accusative (бийлигин): an object, inside no name."""
_GENITIVE = suffix("genitive")
"""A genitive (банктын), which the accusative pattern also takes."""
_PLURAL_GENITIVE = suffix("plural_genitive")
"""A plural genitive (айдоочуларынын, журналисттердин): whose body a name may say."""


def is_role(tok: Token) -> bool:
    return _is_role(tok.text, tok.lemma)


@lru_cache(maxsize=65536)
def _is_role(text: str, lemma: str | None) -> bool:
    if lemma and lemma.lower() in lexicon.role_heads():
        return True
    return lexicon.role_lemma(text) is not None


def base_of(tok: Token) -> str:
    """The most likely base of a single name token (longest case ending stripped)."""
    return token_splits(tok)[0].base


def is_not_name(tok: Token) -> bool:
    return _is_not_name(tok.text, tok.lemma if tok.pos == "PROPN" else None)


@lru_cache(maxsize=65536)
def _is_not_name(text: str, lemma: str | None) -> bool:
    nn = lexicon.not_names()
    readings = _token_splits(text, False, lemma)
    return any(normalize_name(s.base) in nn for s in readings) or normalize_name(text) in nn


class SentenceScanner:
    """Finds candidates in one sentence; ``covered`` marks tokens already in a name."""

    def __init__(self, doc: Document, index: int, kb: KnowledgeBase) -> None:
        self.doc = doc
        self.index = index
        self.kb = kb
        self.toks = doc.sentences[index].tokens
        self.covered = [False] * len(self.toks)
        self.found: list[Candidate] = []
        self.starts: list[int] = []
        self._name_like: dict[int, bool] = {}
        self.firsts = _kb_shape(kb)

    # -- helpers -----------------------------------------------------------
    def opens_sentence(self, i: int) -> bool:
        if i == 0:
            return True
        prev = self.toks[i - 1]
        return prev.text in SENTENCE_OPENERS and (
            i == 1 or self.toks[i - 2].text in SENTENCE_OPENERS or prev.text == '"'
        )

    def weak_opener(self, i: int) -> bool:
        """A sentence-opening capital that is more likely a common word than a name's start."""
        tok = self.toks[i]
        if self.common_opener(i):
            return True
        return (
            lexicon.shape_label(tok.text) is None
            and not _CAPITAL_PARTS.fullmatch(tok.text)  # Ала-Тоо Курулуш компаниясы: a name
            and normalize_name(tok.text) not in lexicon.first_names()
            and (i + 1 < len(self.toks) and is_cap(self.toks[i + 1]) and not self._name_start(i))
            and self._head(self.toks[i + 1]) is None  # Камбар-Ата-2 ГЭСи: the capital is a head
        )

    def common_opener(self, i: int) -> bool:
        """The morphology calls it a common word, or it is a non-name or carries a case ending."""
        tok = self.toks[i]
        if tok.pos and tok.pos not in ("PROPN", "X"):
            return True
        if any(sp.kind in ("plural", "deriv") for sp in splits(tok.text)[:1]):
            return True  # Оюнчулар, Казакстандык
        return is_not_name(tok) or bool(token_splits(tok)[0].suffix)

    def _name_start(self, i: int) -> bool:
        return normalize_name(self.toks[i].text) in lexicon.first_names()

    def name_like(self, i: int) -> bool:
        """A capitalised word that may be part of a name."""
        if i >= len(self.toks) or self.covered[i]:
            return False
        known = self._name_like.get(i)
        if known is None:
            tok = self.toks[i]
            known = (
                is_cap(tok)
                and is_word(tok)
                and not is_role(tok)
                # Тынчтык, Ырыс: a given name that also reads as a derived word
                and (not is_deriv(tok) or normalize_name(tok.text) in lexicon.first_names())
            )
            self._name_like[i] = known
        return known

    def add(
        self, first: int, last: int, label: str, name: str, evidence: str, kb_id: str | None = None
    ) -> None:
        toks = self.toks
        self.found.append(
            Candidate(
                self.index,
                first,
                last,
                toks[first].start,
                toks[last].end,
                label,
                name,
                kb_id,
                evidence,
            )
        )
        for k in range(first, last + 1):
            self.covered[k] = True

    def slice_name(self, first: int, last: int, split: Split) -> str:
        text = self.doc.text
        return text[self.toks[first].start : self.toks[last].start] + split.base

    # -- 1. knowledge base ---------------------------------------------------
    def kb_match(self, i: int) -> bool:
        toks = self.toks
        tok = toks[i]
        if not (is_cap(tok) or is_latin(tok.text)):
            return False
        if "-" in tok.text and self.kb_compound(i):
            return True
        longest = self._kb_length(tok)
        if not longest:
            return self.kb_inflected(i)
        n = len(toks)
        for last in range(min(n - 1, i + longest - 1), i - 1, -1):
            if any(toks[k].text in {'"', ",", "(", ")", ":", ";"} for k in range(i + 1, last + 1)):
                continue
            if any(self.covered[k] for k in range(i, last + 1)):
                continue
            # a possessed place head follows (айылы, not the bare айыл of айыл чарбасы)
            before_head = (
                last + 1 < n
                and toks[last + 1].text.lower() not in lexicon.loc_heads()
                and lexicon.is_loc_head(toks[last + 1].text)
            )
            for split in token_splits(toks[last], last > i):
                if split.suffix and before_head and split.suffix_id not in ("gen", "gen3"):
                    continue  # Сары-Ташка айылы: before its head noun a name is not inflected
                name = self.slice_name(i, last, split)
                actors = self.kb.lookup(name)
                if not actors and last > i:
                    # Евразиялык экономикалык комиссиясы = ... комиссия: the compound's possessive
                    for stem in poss3_stems(split.base):
                        actors = self.kb.lookup(self.slice_name(i, last, Split(stem, "")))
                        if actors:
                            break
                if not actors:
                    continue
                actor = actors[0]
                if actor.type == "PER" and last == i and self.opens_sentence(i) and is_role(tok):
                    continue
                if last == i and self.opens_sentence(i) and is_not_name(tok):
                    return False  # Казандын ...: a common noun (boiler) opening the sentence
                if actor.type == "PER" and last == i and self._other_first_name(i):
                    return (
                        False  # Нурбек Алиев is not the KB's Ильхам Алиев: the person rule decides
                    )
                bare_or_gen = split.suffix_id in ("", "gen", "gen3")
                # Өзбекстан Камбар-Ата-1 станциясын: a bare place before another known name
                # is a place of its own (a list of countries), not the start of that name
                another = not split.suffix_id and last + 1 < n and self._kb_length(toks[last + 1])
                if (
                    actor.type == "LOC"
                    and bare_or_gen
                    and not another
                    and self.org_tail(i, last + 1)
                ):
                    return True
                if (
                    actor.type == "ORG"
                    and split.suffix_id in ("gen", "gen3")
                    and self.body_of_org(i, last)
                ):
                    return True
                if actor.sector == "BUS" and not split.suffix and self.subsidiary(i, last):
                    return True
                if actor.type == "LOC" and not split.suffix and self._named_by_head(actor, last):
                    return False  # Фергана облусу: the head noun's rule names the region
                self.add(i, last, actor.type, name, "kb", actor.id)
                return True
        return False

    def kb_compound(self, i: int) -> bool:
        """A known name joined by a hyphen to a common noun (``Telegram-каналына``) or, after
        an abbreviation, to its case ending (``ШКУ-нун``): a mention of that name."""
        head, _, tail = self.toks[i].text.partition("-")
        if not tail[:1].islower() or (len(tail) < COMPOUND_TAIL and not head.isupper()):
            return False
        actors = self.kb.lookup(head)
        if not actors:
            return False
        self.add(i, i, actors[0].type, head, "kb", actors[0].id)
        return True

    def _named_by_head(self, actor: Actor, last: int) -> bool:
        """A known town, not a country, before a place head that belongs to the name
        (``Фергана облусу``, ``Фергана району``): the name is the region or district."""
        after = last + 1
        if after >= len(self.toks) or actor.origin.startswith("cldr:"):
            return False
        nxt = self.toks[after]
        if is_cap(nxt) or self.covered[after] or self._bare_head(nxt):
            return False
        if any(actor.name_ky.lower().endswith(stem) for stem in lexicon.head_stems(nxt.text)):
            return False  # Ысык-Көл көлү: the name already says it is the lake
        return self._head(nxt) == ("LOC", True)

    def body_of_org(self, i: int, last: int) -> bool:
        """An organisation in the genitive, then its own named body: one ORG.

        ``БУУнун Дүйнөлүк азык-түлүк программасы`` is the programme the KB knows;
        ``БУУнун Адам укуктары боюнча комитети`` a body closed by its head noun;
        ``Европа Биримдигинин Кыргызстандагы өкүлчүлүгү`` its office in a place.
        """
        after = last + 1
        if after >= len(self.toks) or self.covered[after] or not is_cap(self.toks[after]):
            return False
        owner = self._owner_actor(i, last)
        if owner is None or owner.sector not in OWNING_SECTORS:
            return False  # Финансы министрлигинин Мамлекеттик өнүктүрүү банкы: two bodies
        tail = self._kb_name_at(after)
        if tail is not None and tail[2].type == "ORG":
            t_last, t_split, actor = tail
            if t_last == after:
                return False  # ШКУнун ЖККУ менен ...: two organisations side by side
            name = self.slice_name(i, t_last, t_split)
            if actor.country and owner.country and actor.country != owner.country:
                # Казакстандын Улуттук коопсуздук комитетинин Чек ара кызматы: not the KB's
                # Kyrgyz border service, the Kazakh committee's own
                self.add(i, t_last, "ORG", name, "head")
            else:
                self.add(i, t_last, "ORG", name, "kb", actor.id)
            return True
        return self.org_tail(i, after)

    def _owner_actor(self, i: int, last: int) -> Actor | None:
        """The known organisation named in the genitive in tokens i..last."""
        for split in token_splits(self.toks[last], last > i):
            for actor in self.kb.lookup(self.slice_name(i, last, split), "ORG"):
                return actor
        return None

    def subsidiary(self, i: int, last: int) -> bool:
        """``Газпром Кыргызстан компаниясы``: a known company's name, more capitals, then an
        organisation head: the name of a company of its own (a business only: ``Башкы
        прокуратура Бишкек мэриясынын`` is two bodies)."""
        toks = self.toks
        after = last + 1
        if after >= len(toks) or self.covered[after] or not is_cap(toks[after]):
            return False
        found = self.scan_head(after, possessed=True)
        if found is None or found[1] != "ORG" or found[0] == after:
            return False
        h = found[0]
        if not all(is_cap(toks[k]) for k in range(after, h)):
            return False
        self.add(i, h, "ORG", self.slice_name(i, h, head_split(toks[h])), "head")
        return True

    def _kb_name_at(self, start: int) -> tuple[int, Split, Actor] | None:
        """(last token, its reading, actor) of the longest KB name starting at ``start``."""
        toks = self.toks
        longest = self._kb_length(toks[start])
        for last in range(min(len(toks) - 1, start + longest - 1), start - 1, -1):
            if any(self.covered[k] or not is_word(toks[k]) for k in range(start, last + 1)):
                continue
            for split in token_splits(toks[last], last > start):
                actors = self.kb.lookup(self.slice_name(start, last, split))
                if actors:
                    return last, split, actors[0]
        return None

    def _opens_kb_name(self, i: int) -> bool:
        """Token ``i`` and the next begin a KB name (``Эл аралык``), a common word though
        the first alone is (``эл`` 'people'; ``Кытай Эл банкы`` is not one of them)."""
        if i + 1 >= len(self.toks):
            return False
        pair = normalize_name(f"{self.toks[i].text} {self.toks[i + 1].text}")
        return pair in _kb_pairs(self.kb)

    def _kb_length(self, tok: Token) -> int:
        """Words in the longest KB name ``tok`` may open (0 when it opens none)."""
        if not (is_cap(tok) or is_latin(tok.text)):
            return 0
        longest = 0
        for key in {normalize_name(s.base) for s in token_splits(tok)} | {normalize_name(tok.text)}:
            if key:
                longest = max(
                    longest, self.firsts.get(key, 0), self.firsts.get(re.split(r"[.\-]", key)[0], 0)
                )
        return longest

    def _other_first_name(self, i: int) -> bool:
        """A first name stands right before this surname: a known one, or a bare capitalised
        word that is no title, no common word and no known name (Талантбек Жээнбеков is
        not the KB's Сооронбай Жээнбеков)."""
        if i == 0:
            return False
        prev = self.toks[i - 1]
        if not is_cap(prev):
            return False
        if normalize_name(prev.text) in lexicon.first_names():
            return True
        return (
            is_word(prev)
            and not is_role(prev)
            and not is_not_name(prev)
            and not self._kb_length(prev)
            and not token_splits(prev)[0].suffix
        )

    def kb_inflected(self, i: int) -> bool:
        """A one-word KB name in a case form the generator knows and our endings do not."""
        tok = self.toks[i]
        if not is_cap(tok) or (self.opens_sentence(i) and is_not_name(tok)):
            return False
        ids = inflected_index(self.kb).get(normalize_name(tok.text))
        actor = self.kb.get(ids[0]) if ids else None
        if actor is None:
            return False
        self.add(i, i, actor.type, actor.name_ky, "kb", actor.id)
        return True

    def org_tail(self, i: int, after: int) -> bool:
        """A place name that opens an organisation's name (flat: one ORG, no LOC inside)."""
        toks = self.toks
        found = self.scan_head(after, possessed=True)
        if found is None and after < len(self.toks):
            # Россиянын ИИМи, Казакстандын УКККсы: a place's own body by its abbreviation
            for split in token_splits(self.toks[after], True):
                if _ABBREVIATION_POSS.match(split.base):
                    self.add(i, after, "ORG", self.slice_name(i, after, split), "head")
                    return True
            return False
        if found is None:
            return False
        h = found[0]
        label = found[1]
        if h == after and self._common_after_genitive(h):
            return False  # Йемендин борбору: the capital of Yemen, not a body
        if self._common_after_genitive(h) and any(
            is_cap(toks[k]) and (is_latin(toks[k].text) or self.kb.lookup(toks[k].text, "ORG"))
            for k in range(after, h)
        ):
            return False  # Казакстандын QazaqGaz компаниясы: a company's own name, owned
        if any(self._place_adjective(toks[k]) for k in range(after, h)):
            return False  # АКШ кыргызстандык соода компаниясын: a company described, not named
        if label != "ORG" and not (
            _is_facility(toks[h].text) or self._phrase_head_label(h, after) == "LOC"
        ):
            return False  # Ош облусу, Бишкек шаары: the place itself, not a body in it
        if not any(is_cap(toks[k]) for k in range(after, h + 1)) and (
            self._coordinated_owner(i) or self._apposition_after(h)
        ):
            return False  # a description, not a name: Кыргызстан менен Кытайдын ... комиссиясы
        if _is_place_attribute(toks[after]) and h + 1 < len(toks) and is_role(toks[h + 1]):
            return False  # ЕБнин Кыргызстандагы өкүлчүлүгүнүн башчысы: a role, said of a person
        name = self.slice_name(i, h, head_split(toks[h]))
        self.add(i, h, label, name, "head", self._own_body(i, after, h))
        return True

    def _common_after_genitive(self, h: int) -> bool:
        heads = lexicon.heads_after_genitive()
        return any(stem in heads for stem in lexicon.head_stems(self.toks[h].text))

    def _place_adjective(self, tok: Token) -> bool:
        """``кыргызстандык``, ``бишкектик``: an adjective made from a place the KB knows."""
        return any(
            sp.kind == "deriv" and self.kb.lookup(sp.base[:1].upper() + sp.base[1:], "LOC")
            for sp in splits(tok.text)[:1]
        )

    def _own_body(self, i: int, after: int, h: int) -> str | None:
        """The KB id of ``Кыргызстандын Тышкы иштер министрлиги``: the body of that name the
        KB holds for the same country, so that the bare ``Тышкы иштер министрлиги`` is the same."""
        places = [
            place
            for split in token_splits(self.toks[after - 1], after - 1 > i)
            if split.suffix_id in ("gen", "gen3")
            for place in self.kb.lookup(self.slice_name(i, after - 1, split), "LOC")
        ]
        if not places or not places[0].country:
            return None
        rest = self.slice_name(after, h, head_split(self.toks[h]))
        for name in (rest, *poss3_stems(rest)):
            for actor in self.kb.lookup(name, "ORG"):
                if actor.country == places[0].country:
                    return actor.id
        return None

    def _coordinated_owner(self, i: int) -> bool:
        """``Кыргызстан менен Кытайдын``: two owners share a body described, not named."""
        toks = self.toks
        return i >= 2 and toks[i - 1].text in ("менен", "жана") and is_cap(toks[i - 2])

    def _apposition_after(self, h: int) -> bool:
        """``мамлекеттик мунай компаниясы SOCAR``: the description of the name that follows."""
        if h + 1 >= len(self.toks):
            return False
        nxt = self.toks[h + 1]
        if _ROMAN.match(nxt.text) or token_splits(nxt)[0].suffix:
            return False  # ... ассоциациясынын IV конгресси, ... элчилиги РФда
        return (is_latin(nxt.text) and is_cap(nxt)) or bool(_UPPER_WORD.match(nxt.text))

    # -- 2. persons ------------------------------------------------------------
    def person(self, i: int) -> bool:
        toks = self.toks
        if not self.name_like(i):
            return False
        if self.patronymic_first(i) or self.family_first(i):
            return True
        first_known = normalize_name(toks[i].text) in lexicon.first_names()
        j = i
        if not self.person_word(i):
            return False
        # элчиси Ойсин Маккартинин: after a role the second word may carry the case
        role_case = (
            not self.opens_sentence(i)
            and role_before(toks, i) is not None
            and not self._surname(i)  # Элчи Бөкөнтаев Роскызматташтыктын: a surname ends it
        )
        while (
            j + 1 < len(toks)
            and j + 1 - i < MAX_PERSON_WORDS
            and ((self.name_like(j + 1) and self.person_word(j + 1)) or self._name_particle(j + 1))
            and not is_not_name(toks[j + 1])
            and not self._kb_place_or_org(toks[j + 1])
            and not self._opens_head_phrase(j + 1)
        ):
            if toks[j].text != base_of(toks[j]) and j > i:
                break  # an inner word with a case ending ends the name
            if j > i and self._surname(j) and not (self._patronymic(j) or self._patronymic(j + 1)):
                break  # Аида Исмаилова | Корея: a surname after a first word ends the name
            if self._surname_only(j) and self._surname_only(j + 1):
                break  # Осмоналиев | Сыдыковду айыптады: two surnames are two people
            if toks[j + 1].text != base_of(toks[j + 1]) and not (
                self._surname(j + 1)
                or normalize_name(toks[j].text) in lexicon.first_names()
                or (
                    role_case and j == i and token_splits(toks[j + 1])[0].suffix_id in _PERSON_CASES
                )
            ):
                break  # Бакыт Төрөбаев | Суусамырда: an inflected word that is no surname
            j += 1
        if (
            j + 1 < len(toks)
            and j + 1 - i < MAX_PERSON_WORDS
            and self.name_like(j + 1)
            and is_not_name(toks[j + 1])
            and (self._speaker_slot(i, j + 1) or (j == i and first_known))
        ):
            # "...", - деди топтун мүчөсү Ольга Ким.; юристи Сергей Ким болсо: ким is "who"
            # elsewhere, a capitalised surname after a known first name
            j += 1
        if j + 1 < len(toks) and lexicon.name_linkers().get(toks[j + 1].text.lower()):
            return False  # Доолон Өмүрзаков атындагы стадион: the head-noun rule takes it
        if self._quoted_span(i, j):
            return False  # "Чолпон Авиа": a name in quotation marks is a brand, not a person
        if self._place_named_after(j) or (
            j == i and first_known and self.name_like(j + 1) and self._place_named_after(j + 1)
        ):
            return False  # Жибек Жолу проспектиси, Ахунбаев көчөсү: the place head takes the name
        if j > i and self._head(toks[j]):
            return False  # Африка Бирлиги, Ачык Базар Комитети: a head noun ends no person's name
        shaped = any(lexicon.shape_label(s.base) == "PER" for s in token_splits(toks[j])) or any(
            lexicon.shape_label(toks[k].text) == "PER" for k in range(i, j)
        )
        opener = self.opens_sentence(i)
        if j > i and not first_known and opener and self.common_opener(i):
            return False  # Жыйынга Асан Асанов ...: the opening capital is no name; retry at i+1
        if j - i >= 2 and not first_known and opener and not self._patronymic(j):
            return False  # Беттеш Доолон Өмүрзаков: three capitals, the first opens the sentence
        after_role = j > i and not opener and role_before(toks, i) is not None
        speaker = j > i and self._speaker_slot(i, j)  # "...", - деди студент Рахул Шарма.
        if j > i and (first_known or shaped or after_role or speaker):  # министри Йоханн Вадефуль
            if j + 1 < len(toks) and any(
                s.base.lower() in PATRONYMIC_WORDS for s in case_splits(toks[j + 1].text)
            ):
                j += 1  # Асан Үсөн уулу
            self.add(i, j, "PER", self.slice_name(i, j, token_splits(toks[j])[0]), "person")
            return True
        if j > i or is_not_name(toks[i]):
            return False
        split = token_splits(toks[i])[0]
        if self._head(toks[i]):
            return False  # Саммитинде: a capitalised head noun
        if lexicon.shape_label(split.base, at_start=opener) == "PER" and not is_latin(split.base):
            self.add(i, i, "PER", split.base, "shape")
            return True
        return False

    def _speaker_slot(self, i: int, j: int) -> bool:
        """Tokens i..j close the sentence right after the verb that attributes a quotation
        (``"...", - деди жабыркагандардын бири, 21 жаштагы Рахул Шарма.``), or stand right
        before ``мындай деди``: whoever is named there is the person speaking, whatever
        the name looks like."""
        toks = self.toks
        if j + 1 < len(toks) and toks[j + 1].text.lower() in PATRONYMIC_WORDS:
            j += 1  # Абдырашит Токтомуш уулу мындай деди
        if (
            j + 2 < len(toks)
            and toks[j + 1].text.lower() in lexicon.quote_openers()
            and toks[j + 2].text in lexicon.quote_attributions()
        ):
            return True  # Уюмдун изилдөөчүсү Лора Беккер мындай деди: "..."
        if j + 1 < len(toks) and toks[j + 1].text not in SENTENCE_CLOSE:
            return False
        k = i - 1
        while (
            k >= 1
            and i - k <= SPEAKER_SLOT_WORDS + 1
            and (toks[k].text[:1].islower() or toks[k].text[:1].isdigit() or toks[k].text == ",")
        ):
            if toks[k - 1].text in DASHES:
                return toks[k].text in lexicon.quote_attributions()
            k -= 1
        return False

    def _name_particle(self, k: int) -> bool:
        """A lower-case particle of a person's name at ``k`` (бин Тук, аль-Мансури)."""
        toks = self.toks
        if k >= len(toks) or self.covered[k]:
            return False
        word = toks[k].text
        words, prefixes = lexicon.name_particles()
        if word in words:
            # ван дер Берг: two particles before the surname
            return self.name_like(k + 1) or (
                k + 2 < len(toks) and toks[k + 1].text in words and self.name_like(k + 2)
            )
        return any(word.startswith(p) and word[len(p) : len(p) + 1].isupper() for p in prefixes)

    def _quoted_span(self, i: int, j: int) -> bool:
        toks = self.toks
        return i > 0 and j + 1 < len(toks) and toks[i - 1].text == '"' == toks[j + 1].text

    def _place_named_after(self, j: int) -> bool:
        """A place head noun of the name's own follows (``Жибек Жолу проспектисинин``)."""
        toks = self.toks
        if j + 1 >= len(toks) or is_cap(toks[j + 1]) or self._bare_head(toks[j + 1]):
            return False
        return self._head(toks[j + 1]) == ("LOC", True)

    def patronymic_first(self, i: int) -> bool:
        """``Нурлан уулу Азамат``, ``Асан кызы Айпери``: father's name, уулу/кызы, own name."""
        toks = self.toks
        if i + 2 >= len(toks) or toks[i + 1].text not in PATRONYMIC_WORDS:
            return False
        if not (self.name_like(i + 2) and self.person_word(i) and self.person_word(i + 2)):
            return False
        if is_not_name(toks[i]) or is_not_name(toks[i + 2]) or self._kb_place_or_org(toks[i + 2]):
            return False
        own = normalize_name(base_of(toks[i + 2]))
        if own not in lexicon.first_names() and lexicon.shape_label(own) == "PER":
            return False  # Асан уулу Бакиев...: no, a surname follows; the usual rule decides
        self.add(i, i + 2, "PER", self.slice_name(i, i + 2, token_splits(toks[i + 2])[0]), "person")
        return True

    def family_first(self, i: int) -> bool:
        """``Ли Цян``, ``Ким Чен Ын``: a family name written first, then one or two given names."""
        toks = self.toks
        if normalize_name(toks[i].text) not in lexicon.family_first_names():
            return False
        j = i
        while (
            j + 1 < len(toks)
            and j - i < 2
            and self.name_like(j + 1)
            and self.person_word(j + 1)
            and not is_not_name(toks[j + 1])
            and not self._kb_place_or_org(toks[j + 1])
            and not self._head(toks[j + 1])
            and toks[j].text == base_of(toks[j])
        ):
            j += 1
        if j == i:
            return False
        self.add(i, j, "PER", self.slice_name(i, j, token_splits(toks[j])[0]), "person")
        return True

    def _opens_head_phrase(self, k: int) -> bool:
        """``Лейлек райондук ооруканасы``: the capital starts a name closed by a head noun."""
        toks = self.toks
        if k + 1 >= len(toks) or is_cap(toks[k + 1]) or not is_word(toks[k + 1]):
            return False
        found = self.scan_head(k + 1)
        return found is not None and found[2]

    def person_word(self, k: int) -> bool:
        """Cyrillic, not an abbreviation in capitals (ГААнын), not a head noun."""
        base = token_splits(self.toks[k])[0].base
        return not is_latin(base) and not _UPPER_WORD.match(base)

    def _patronymic(self, j: int) -> bool:
        if j >= len(self.toks):
            return False
        word = self.toks[j].text
        return lexicon.shape_label(word) == "PER" and word.lower().endswith(("вич", "вна"))

    def _surname(self, j: int) -> bool:
        return lexicon.shape_label(token_splits(self.toks[j])[0].base) == "PER"

    def _surname_only(self, j: int) -> bool:
        """A word only a surname ends like (``-ов``, ``-ева``), whatever its case ending."""
        return any(lexicon.surname_shaped(s.base) for s in token_splits(self.toks[j])[:1])

    def _kb_place_or_org(self, tok: Token) -> bool:
        for split in token_splits(tok):
            if any(a.type != "PER" for a in self.kb.lookup(split.base)):
                return True
        return False

    # -- 3. head nouns -----------------------------------------------------
    def head_phrase(self, i: int) -> bool:
        toks = self.toks
        tok = toks[i]
        if tok.text == '"':
            close = next(
                (k for k in range(i + 1, min(len(toks), i + 7)) if toks[k].text == '"'), None
            )
            if close is None or close == i + 1 or not is_cap(toks[i + 1]):
                return False
            if any(self.covered[k] for k in range(i, close + 1)):
                return False
            scan_from = close + 1
        else:
            # the first word may be an adjective (Улуттук коопсуздук ... комитети)
            if self.covered[i] or not (is_cap(tok) and is_word(tok)):
                return False
            next_is_head = i + 1 < len(toks) and self._head(toks[i + 1]) is not None
            if is_role(tok) and not (next_is_head and _PLURAL_ROLE.search(tok.text.lower())):
                return False  # but Журналисттер бирлиги: members named in their body's name
            nxt = toks[i + 1].text if i + 1 < len(toks) else ""
            # Монополияга каршы ... агенттиги; Баңгизаттарды көзөмөлдөө кызматы: an object
            # and the verbal noun of the body's task
            opened = nxt.lower() in lexicon.case_openers() or (
                token_splits(tok)[0].suffix_id == "acc"
                and nxt[:1].islower()
                and _VERBAL_NOUN.search(nxt) is not None
            )
            if token_splits(tok)[0].suffix and not next_is_head and not opened:
                return False  # Монополияга каршы ... агенттиги: a linker after it keeps it
            if is_not_name(tok) and not self._opens_kb_name(i):
                return False  # Бул министрлик; but Эл аралык ... уюму, as KB names begin
            # Кыргыз-тажик ... комиссиясы: a capital the sentence gave a compound adjective
            if self.opens_sentence(i) and _LOWER_COMPOUND.match(tok.text):
                return False
            if (
                self.opens_sentence(i)
                and i + 1 < len(toks)
                and is_cap(toks[i + 1])
                and self.weak_opener(i)
            ):
                return False  # Делегация Сан-Паулу шаарына: the name starts at the next word
            scan_from = i + 1
        found = self.scan_head(scan_from)
        if found is None:
            return False
        h, label, in_name = found
        if any(s.suffix_id in ("gen", "gen3") for s in token_splits(tok)[:1]) and (
            label == "LOC" or (h == i + 1 and self._common_after_genitive(h))
        ):
            return False  # Казакстандын аймагы, Эмираттардын соту: the owner is the name
        if tok.text != '"':
            # Мохамед мырза Африка Бирлигинин: after a lower-case word, a capital starts the name anew
            linkers = lexicon.name_linkers()
            for k in range(i + 1, h):
                if (
                    is_cap(toks[k])
                    and not is_cap(toks[k - 1])
                    and toks[k - 1].text.lower() not in linkers
                ):
                    i = k
            tok = toks[i]
        if (
            tok.text != '"'
            and self.opens_sentence(i)
            and not any(is_cap(toks[k]) for k in range(i + 1, h + 1))
            and self._apposition_after(h)
            and is_latin(toks[h + 1].text)
        ):
            return False  # Эл аралык укук коргоо уюму Amnesty International: a description
        if in_name:
            self.add(i, h, label, self.slice_name(i, h, head_split(toks[h])), "head")
        elif h - 1 >= i and is_cap(toks[h - 1]) and tok.text != '"':
            first = h - 1
            while (
                first > i
                and is_cap(toks[first - 1])
                and not token_splits(toks[first - 1])[0].suffix
            ):
                first -= 1  # Гранд Рапидс шаарында: the name is the capitals before the head
            self.add(
                first,
                h - 1,
                label,
                # before its head noun a name is never inflected: Чоң-Капка айылы
                self.slice_name(first, h - 1, Split(toks[h - 1].text, "")),
                "head",
            )
        else:
            return False
        return True

    def bracketed_alias(self, i: int) -> bool:
        """``... көзөмөл боюнча федералдык кызматы (Россельхознадзор)``: one capitalised
        word in brackets right after an organisation's name is its short name, which the
        article then uses alone (a capital abbreviation is caught by its shape)."""
        toks = self.toks
        if not (1 < i < len(toks) - 1 and toks[i - 1].text == "(" and toks[i + 1].text == ")"):
            return False
        if not is_word(toks[i]) or token_splits(toks[i])[0].suffix:
            return False
        if not any(c.label == "ORG" and c.last == i - 2 for c in self.found):
            return False
        self.add(i, i, "ORG", toks[i].text, "alias")
        return True

    def quoted_head(self, i: int) -> bool:
        """``"Темир Жол" компаниясы`` before the person rule can take ``Темир Жол``."""
        return self.toks[i].text == '"' and self.head_phrase(i)

    def _host_head_at(self, h: int) -> bool:
        """A head of a body kept abroad starts at token ``h``, alone (``элчилиги``) or as the
        last word of a host phrase (``башкы консулдугу``)."""
        toks = self.toks
        hosts = lexicon.host_heads()
        if any(st in hosts for st in lexicon.head_stems(toks[h].text)):
            return True
        return h + 1 < len(toks) and any(
            f"{toks[h].text.lower()} {st}" in hosts for st in lexicon.head_stems(toks[h + 1].text)
        )

    def scan_head(self, scan_from: int, *, possessed: bool = False) -> tuple[int, str, bool] | None:
        """(index, label, head in name) of the head noun closing a name that runs on from ``scan_from``.

        ``possessed``: only a head with the 3rd-person possessive (after a place name:
        ``Бишкек шаардык соту``, ``Казакстандын Сенаты``).
        """
        toks = self.toks
        linkers = lexicon.name_linkers()
        fields = lexicon.field_linkers()
        stop = lexicon.function_words()
        best: tuple[int, str, bool] | None = None
        end = min(len(toks), scan_from + MAX_HEAD_GAP + 1)
        h = scan_from - 1
        while h + 1 < end:
            h += 1
            cur = toks[h]
            if cur.text == "," and best is None and self._list_comma(h):
                end = max(end, min(len(toks), h + MAX_LIST_GAP + 2))  # Маданият, маалымат жана ...
                continue
            if cur.text.lower() in fields and best is None:
                end = max(end, min(len(toks), h + MAX_FIELD_GAP + 1))
            if (
                self.covered[h]
                or not is_word(cur)
                or (
                    cur.pos in ("VERB", "AUX")
                    and cur.text.lower() not in linkers
                    and not _VERBAL_NOUN.search(cur.text)
                )
            ):
                break
            if h == scan_from and _place_head_genitive(cur.text):
                body = self._body_after_place(h + 1)
                if body is not None:
                    return body  # Ош шаарынын мэриясы: the place's head noun, then the body's
            prev = toks[h - 1]
            if h > scan_from and prev.text.lower() not in linkers:
                prev_split = token_splits(prev)[0]
                if (
                    prev_split.suffix
                    and not (is_cap(prev) and prev_split.suffix_id in ("gen", "gen3"))
                    and not (is_cap(prev) and self.kb.lookup(prev.text))  # Кыргызстан, not -стан
                    # такси айдоочуларынын ассоциациясы: the members a body is of
                    and not (prev_split.suffix_id == "gen" and _PLURAL_GENITIVE.search(prev.text))
                    and not (
                        possessed
                        and h - 1 == scan_from
                        and _is_place_attribute(prev)
                        and self._host_head_at(h)
                    )
                ):
                    break  # an inflected word in between (Гонконгдогу): the phrase is no name
            if (
                h > scan_from
                and is_cap(cur)  # not Адам ресурстарын өнүктүрүү кызматы: a name's own object
                and not is_cap(prev)
                and _POSSESSED_ACCUSATIVE.search(prev.text.lower())
                and not _GENITIVE.search(prev.text.lower())
            ):
                break  # Кыргызстандын бийлигин Венеция комиссиясынын: the object, then a name
            if h > scan_from and prev.text.lower() in stop and is_cap(cur):
                break  # Индия армиясы жана Чек ара кызматы: two names, not one
            if cur.text.lower() in stop and not is_cap(cur) and cur.text.lower() not in linkers:
                break  # ошондой эле, менен: a clause, not a name
            after_linker = h > scan_from and bool(linkers.get(prev.text.lower()))
            if is_role(cur) and not self._head(cur, after_linker):
                break
            found = self._head(cur, after_linker)
            if found is None and h > scan_from:
                phrase = self._phrase_head_label(h, scan_from)  # Чек ара аскерлери
                found = (phrase, True) if phrase else None
            if (
                found is not None
                and self._bare_head(cur)
                and (possessed or not is_cap(cur))
                # Энергетика боюнча мамлекеттик агенттик: a field, the body's kind, its head
                and not any(t.text.lower() in fields for t in toks[scan_from : h - 1])
            ):
                found = None  # a bare lower-case head (Ли Вейн сот) closes no name
            if found is not None:
                label = self._phrase_head_label(h, scan_from) or found[0]
                if label == "-":
                    break  # "Северэлектронун" басма сөз кызматы: the body's unit, no name
                best = (h, label, found[1])
                if not self._bare_head(cur):
                    break  # a possessed or inflected head closes the name
        return best

    def _phrase_head_label(self, h: int, scan_from: int) -> str | None:
        """The label of a head of several words (``жылуулук борбору``: a plant, LOC, though
        ``борбор`` alone is an ORG's centre; ``Чек ара аскерлери``), from ``org_heads.tsv``."""
        first = max(scan_from - 1, h - 2, 0)  # the name's first word may open the head
        return lexicon.phrase_head_label(tuple(t.text for t in self.toks[first : h + 1]))

    def _list_comma(self, k: int) -> bool:
        """A comma inside a name listing a body's fields (``Табигый ресурстар, экология жана
        техникалык көзөмөл министрлиги``): between words, lower case after it, ``жана`` ahead."""
        toks = self.toks
        if k == 0 or k + 1 >= len(toks) or not is_word(toks[k - 1]) or self.covered[k - 1]:
            return False
        if not is_word(toks[k + 1]) or is_cap(toks[k + 1]):
            return False
        for nxt in toks[k + 1 : k + 2 + MAX_HEAD_GAP]:
            if nxt.text == "жана":
                return True
            if not is_word(nxt):
                return False
        return False

    def _body_after_place(self, start: int) -> tuple[int, str, bool] | None:
        """An organisation head (possessed) after ``шаарынын``, lower-case words between."""
        toks = self.toks
        stop = lexicon.function_words()
        for h in range(start, min(len(toks), start + MAX_HEAD_GAP)):
            cur = toks[h]
            if self.covered[h] or not is_word(cur) or is_cap(cur) or cur.text in stop:
                return None
            found = self._head(cur)
            if found is not None and found[0] == "ORG" and not self._bare_head(cur):
                return (h, *found)
            if token_splits(cur)[0].suffix or is_role(cur):
                return None
        return None

    @staticmethod
    def _bare_head(tok: Token) -> bool:
        """``Таза суу`` may go on (``Таза суу коомдук бирикмеси``); ``району`` may not."""
        low = tok.text.lower()
        return low in lexicon.org_heads() or low in lexicon.loc_heads()

    @staticmethod
    def _head(tok: Token, allow_case: bool = False) -> tuple[str, bool] | None:
        """(label, head belongs to the name) when ``tok`` is an organisation or place head."""
        org, loc = lexicon.org_heads(), lexicon.loc_heads()
        for stem in lexicon.head_stems(tok.text, allow_case):
            if stem in org:
                return org[stem], True
            if stem in loc:
                return "LOC", loc[stem]
        return None

    def coordinated_places(self, i: int) -> bool:
        """``Чүй жана Талас дарыяларында``, ``Ош, Жалал-Абад жана Нарын облустарында``:
        names listed before one plural place head, each a place of that kind."""
        toks = self.toks
        names = [i]
        while names[-1] + 2 < len(toks) and toks[names[-1] + 1].text == ",":
            names.append(names[-1] + 2)
        last = names[-1]
        if last + 3 >= len(toks) or toks[last + 1].text != "жана":
            return False
        names.append(last + 2)
        head = last + 3
        if any(self.covered[i : head + 1]) or not all(self._listed_name(k) for k in names):
            return False
        stem = _plural_place_head(toks[head].text)
        if stem is None:
            return False
        for first in names:
            end = head if first == names[-1] else first
            bare = toks[first].text
            if not lexicon.loc_heads()[stem]:
                self.add(first, first, "LOC", bare, "head")
                continue
            name, kb_id = f"{bare} {_possessed(stem)}", None
            for form in _possessed_forms(stem):
                actors = self.kb.lookup(f"{bare} {form}", "LOC")
                if actors:
                    name, kb_id = actors[0].name_ky, actors[0].id
                    break
            self.add(first, end, "LOC", name, "head", kb_id)
        return True

    def _listed_name(self, k: int) -> bool:
        """A capitalised name, uninflected, in a list before a shared head noun."""
        tok = self.toks[k]
        if not self.name_like(k) or is_not_name(tok):
            return False
        return not token_splits(tok)[0].suffix or bool(self.kb.lookup(tok.text, "LOC"))

    # -- 4. genitive chains: Казакстандын Улуттук банкы, Иорданиянын футбол федерациясы ----
    def genitive_chain(self, i: int) -> bool:
        toks = self.toks
        if (
            not self.name_like(i)
            or i + 1 >= len(toks)
            or (self.opens_sentence(i) and self.weak_opener(i))
        ):
            return False
        if not any(s.suffix_id in ("gen", "gen3") for s in token_splits(toks[i])):
            return False
        return self.org_tail(i, i + 1)

    # -- quoted names: "Кеминбанк", "Бирлик Финанс" -----------------------------
    def quoted_inflected(self, i: int) -> bool:
        """A quoted name of several words with its case ending inside the marks
        (``"Газпром Кыргызстандын" кеңсеси``): the whole is one name, before the KB
        finds a shorter one in it (Газпром, Кыргызстан)."""
        toks = self.toks
        if toks[i].text != '"':
            return False
        close = next(
            (
                k
                for k in range(i + 1, min(len(toks), i + MAX_QUOTED_WORDS + 2))
                if toks[k].text == '"'
            ),
            None,
        )
        if close is None or close - i < 3 or not token_splits(toks[close - 1])[0].suffix:
            return False
        if not all(is_cap(toks[k]) for k in range(i + 1, close)):
            return False
        return self.quoted(i)

    def quoted(self, i: int) -> bool:
        toks = self.toks
        if toks[i].text != '"' or i + 2 >= len(toks):
            return False
        close = next(
            (
                k
                for k in range(i + 1, min(len(toks), i + MAX_QUOTED_WORDS + 2))
                if toks[k].text == '"'
            ),
            None,
        )
        if close is None or close == i + 1 or any(self.covered[k] for k in range(i, close + 1)):
            return False
        inner = range(i + 1, close)
        if not all(is_word(toks[k]) for k in inner) or not is_cap(toks[i + 1]):
            return False
        if any(toks[k].pos in ("VERB", "AUX") for k in inner):
            return False  # "Маселе чечилет": a quoted clause, not a name
        if sum(1 for k in inner if not is_cap(toks[k])) > 1:
            return False
        if close + 1 < len(toks) and toks[close + 1].text in ("-", ","):
            return False  # "...", - деди: a quotation, not a name
        if close + 1 < len(toks) and self._names_a_thing(toks[close + 1]):
            return False  # "Тоо калканы-2026" аттуу машыгуусу: an exercise's name, no body
        last = close - 1
        name = self.slice_name(i + 1, last, token_splits(toks[last])[0])
        if normalize_name(name) in lexicon.not_names():
            return False
        self.add(i + 1, last, "ORG", name, "quoted")
        return True

    # -- 5. shapes, abbreviations, Latin brands --------------------------------
    def shape(self, i: int) -> bool:
        toks = self.toks
        tok = toks[i]
        if not self.name_like(i) or is_not_name(tok):
            return False
        split = token_splits(tok)[0]
        if len(split.base) < 3 and not _UPPER_WORD.match(split.base):
            split = Split(tok.text, "")  # Ленин is no Ле + нин
        base = split.base
        if self.labels_a_thing(i):
            return False  # CASA-1000 долбоору, GSP+: a project or a scheme, no actor
        if _UPPER_WORD.match(base) and not _ROMAN.match(base):
            self.add(i, i, "ORG", base, "abbreviation")
            return True
        if (
            len(base) > 1
            and not _ROMAN.match(base)
            and (
                (is_latin(base) and (not self.opens_sentence(i) or self.latin_brand_opener(i)))
                or (is_latin(tok.text) and self.latin_run(i) > i)
            )
        ):
            last = i if split.suffix else self.latin_run(i)
            self.add(i, last, "ORG", self.slice_name(i, last, token_splits(toks[last])[0]), "latin")
            return True
        if self.opens_sentence(i) or self._head(tok):
            return False  # a capitalised head noun alone (Саммитинде) names nothing
        label = lexicon.shape_label(base)
        if label is None and i + 1 < len(toks):
            head = self._head(toks[i + 1])
            if head and head[0] == "LOC":
                label, base = "LOC", tok.text  # Чоң-Капка айылы: no ending before the head
        if label is None and split.suffix_id in ("loc", "locattr"):
            label = "LOC"  # Будапештте: a name in the locative is a place
        if label is None:
            label = UNKNOWN_CAPITAL_LABEL
        if label is None:
            return False
        self.add(i, i, label, base, "shape")
        return True

    @staticmethod
    def _names_a_thing(nxt: Token) -> bool:
        """The word after a quoted name makes it the name of a thing: a naming word
        (``naming_words.tsv``: аттуу, named) or a project, scheme or exercise noun
        (``name_things.tsv``)."""
        word = nxt.text.lower()
        if word in lexicon.naming_words():
            return True
        return not is_cap(nxt) and any(
            st in lexicon.thing_heads() for st in lexicon.head_stems(word)
        )

    def labels_a_thing(self, i: int) -> bool:
        """A Latin-script name followed by ``+`` or by a project or scheme noun
        (``name_things.tsv``): ``CASA-1000 долбоору``, ``GSP+``."""
        toks = self.toks
        if i + 1 >= len(toks) or not is_latin(toks[i].text):
            return False
        nxt = toks[i + 1]
        if nxt.text == "+" and nxt.start == toks[i].end:
            return True
        things = lexicon.thing_heads()
        return not is_cap(nxt) and any(stem in things for stem in lexicon.head_stems(nxt.text))

    def latin_brand_opener(self, i: int) -> bool:
        """``MBank тиркемеси``, ``Google компаниясы``: a Latin word opening a Kyrgyz sentence.

        Followed by Kyrgyz (Cyrillic) it is a name; followed by more English it may be an
        English sentence, left alone.
        """
        nxt = self.toks[i + 1].text if i + 1 < len(self.toks) else ""
        return bool(nxt) and nxt[:1].isalpha() and not is_latin(nxt)

    def latin_run(self, i: int) -> int:
        """Last token of a run of Latin-script words (Deutsche Bank, Color in Life)."""
        toks = self.toks
        last = i
        k = i + 1
        while k < len(toks) and toks[k - 1].end + 1 >= toks[k].start and not self.covered[k]:
            word = toks[k].text
            if not (is_word(toks[k]) and is_latin(token_splits(toks[k])[0].base)):
                break
            if word[:1].isupper() or word[:1].isdigit():
                last = k
            elif len(word) > 3:
                break
            if token_splits(toks[k])[0].suffix:
                break  # a Kyrgyz case ending closes the name (Google Playден)
            k += 1
        return last

    def scan(self) -> list[Candidate]:
        # Every rule starts at a capital, a Latin word or a quotation mark: look only there.
        starts = self.starts = [i for i, t in enumerate(self.toks) if t.text[:1] in _START_CHARS]
        if not starts:
            return self.found
        for step in (
            self.quoted_head,  # "Кыргызстан" агенттиги: the quoted name heads a body first
            self.quoted_inflected,  # "Газпром Кыргызстандын": one name, not a KB name in it
            self.coordinated_places,
            self.kb_match,
            self.person,
            self.genitive_chain,
            self.head_phrase,
            self.bracketed_alias,
            self.quoted,
            self.shape,
        ):
            for i in starts:
                if not self.covered[i]:
                    step(i)
        return self.found


# Case endings a person's surname takes right after a role and a first name
# (элчиси Ойсин Маккартинин, ... Кристина Лоренцону); a locative is a place (Суусамырда).
_PERSON_CASES = frozenset({"gen", "acc"})

# A token a name may start at: a capital, a Latin letter or a quotation mark.
_START_CHARS = frozenset(
    '"ЁӨҮҢ' + "".join(map(chr, range(ord("А"), ord("Я") + 1))) + string.ascii_letters
)


# The label of a capitalised word in mid-sentence that nothing else explains
# (None: leave it out).
UNKNOWN_CAPITAL_LABEL: str | None = None


def find_candidates(doc: Document, kb: KnowledgeBase) -> list[Candidate]:
    """Every name mention in the document, in text order, with its role when one precedes it."""
    scanners = [SentenceScanner(doc, i, kb) for i in range(len(doc.sentences))]
    found: list[Candidate] = []
    for sc in scanners:
        found += sc.scan()
    # 5. Names the article has already established, wherever they stand (sentence starts too).
    known: dict[str, tuple[str, str | None]] = {}
    # a first name stands for a full name the article gave only when no other shares it
    firsts: dict[str, set[str]] = {}
    for cand in found:
        words = cand.name.split()
        if cand.label == "PER" and len(words) > 1:
            firsts.setdefault(normalize_name(words[0]), set()).add(normalize_name(cand.name))
    for first, fulls in firsts.items():
        if len(fulls) == 1 and first in lexicon.first_names():
            known[first] = ("PER", None)  # Кристина after Кристина Лоренцо
    for cand in found:
        words = cand.name.split()
        if cand.label == "PER" and len(words) > 1:
            known.setdefault(normalize_name(words[-1]), (cand.label, None))
        if cand.label == "LOC" and len(words) > 1 and lexicon.is_loc_head(words[-1]):
            known.setdefault(normalize_name(" ".join(words[:-1])), ("LOC", None))  # Ак-Суу району
        elif cand.label == "LOC" and len(words) > 1 and _is_facility_name(words):
            proper = " ".join(itertools.takewhile(lambda w: w[:1].isupper(), words))
            if proper:  # Кызыл-Булак after Кызыл-Булак сугат каналы
                known.setdefault(normalize_name(proper), ("LOC", None))
        known.setdefault(normalize_name(cand.name), (cand.label, cand.kb_id))
    for sc in scanners:
        for i in sc.starts:
            tok = sc.toks[i]
            if sc.covered[i] or not sc.name_like(i):
                continue
            for split in token_splits(tok):
                hit = known.get(normalize_name(split.base))
                if hit:
                    sc.add(i, i, hit[0], split.base, "document", hit[1])
                    found.append(sc.found[-1])
                    break
    # A base the article also writes bare wins over a look-alike ending (Луанда, not Луан+да),
    # and a named person's surname over a place guessed from its shape (Масато Канда, then
    # Канда alone: not Кан+да).
    names = {normalize_name(c.name) for c in found}
    surnames = {
        normalize_name(c.name.split()[-1]) for c in found if c.label == "PER" and " " in c.name
    }
    for cand in found:
        surface = doc.text[cand.start : cand.end]
        if cand.first != cand.last or cand.name == surface:
            continue
        if normalize_name(surface) in names:
            cand.name = surface
        elif cand.evidence == "shape" and normalize_name(surface) in surnames:
            cand.name, cand.label = surface, "PER"
    for sc in scanners:
        for cand in sc.found:
            if cand.label == "PER":
                attach_role(sc.toks, cand)
    found.sort(key=lambda c: c.start)
    # Аз-Заяни кыргызстандык кесиптеши Жээнбек Кулубаев: a counterpart holds the title of
    # the person last given one
    last_role: str | None = None
    for cand in found:
        if cand.label != "PER":
            continue
        if cand.role is None and last_role and _after_counterpart(scanners[cand.sentence], cand):
            cand.role = last_role
        last_role = cand.role or last_role
    return found


def _after_counterpart(sc: SentenceScanner, cand: Candidate) -> bool:
    """The word right before the name is a counterpart (``кесиптеши``)."""
    h = cand.first - 1
    return h >= 0 and any(st in lexicon.counterparts() for st in lexicon.stems(sc.toks[h].text))


_OBLIQUE_TITLE = suffix("oblique_possessed_title")
"""A possessed title in the accusative, dative, locative or ablative (министрин,
элчисине): an object, not the role of the name after it."""


def role_before(toks: list[Token], first: int) -> tuple[str, int] | None:
    """The role phrase ending right before token ``first``: (role, index of its first word)."""
    h = first - 1
    if h < 0 or not is_word(toks[h]):
        return None
    split = token_splits(toks[h])[0]
    if _OBLIQUE_TITLE.search(toks[h].text.lower()) or (
        split.suffix_id in ("acc", "dat", "loc", "abl")
        and any(entry.head == split.base.lower() for entry in lexicon.roles())
    ):
        return None  # министрди Ареф кабыл алды: a title in an object's case is not his
    head_stems = set(lexicon.stems(toks[h].text))
    lemma = toks[h].lemma
    if lemma:
        head_stems.add(lemma.lower())
    for entry in lexicon.roles():
        if entry.head not in head_stems:
            continue
        n = len(entry.words)
        if h - n < 0:
            continue
        if all(toks[h - n + k].text.lower() == w for k, w in enumerate(entry.words)):
            return entry.role, h - n
    return None


def attach_role(toks: list[Token], cand: Candidate) -> None:
    found = role_before(toks, cand.first)
    if found:
        cand.role, cand.role_first = found
