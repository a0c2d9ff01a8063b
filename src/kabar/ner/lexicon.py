"""The word lists the recogniser uses, loaded once from ``lang/ky/*.tsv``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from kabar.kb import normalize_name
from kabar.resources import lang_tsv, lang_yaml

_UNVOICE = {"г": "к", "б": "п"}


@dataclass(frozen=True, slots=True)
class RoleEntry:
    role: str
    words: tuple[str, ...]
    """The words before the head, lower case (``("басма", "сөз")``)."""
    head: str
    english: str


@cache
def first_names() -> dict[str, str]:
    """Normalised first name -> gender."""
    return {normalize_name(r[0]): r[1] for r in lang_tsv("ky", "names_first.tsv", 3)}


@cache
def family_first_names() -> frozenset[str]:
    """Normalised family names written first (Ли Цян, Ким Чен Ын)."""
    return frozenset(normalize_name(r[0]) for r in lang_tsv("ky", "names_family_first.tsv", 2))


@cache
def roles() -> tuple[RoleEntry, ...]:
    """Role entries, the longest phrases first (``басма сөз катчысы`` before ``катчы``)."""
    out = []
    for role, head, english in lang_tsv("ky", "roles.tsv", 3):
        words = tuple(role.lower().split())[:-1]
        out.append(RoleEntry(role, words, head.lower(), english))
    return tuple(sorted(out, key=lambda r: -len(r.words)))


@cache
def role_heads() -> frozenset[str]:
    """The ``head`` stems of ``roles.tsv`` (президент, министр, басар), lower case.

    Also the person titles of the quote and event stages
    (:func:`kabar.events.arguments.titles`)."""
    return frozenset(r.head for r in roles())


@cache
def _single_word_roles() -> dict[str, str]:
    return {r.head: r.role for r in roles() if not r.words}


@cache
def role_lemma(word: str) -> str | None:
    """The role a bare role word names (``президенти`` -> ``президент``), if any."""
    heads = _single_word_roles()
    for stem in stems(word):
        if stem in heads:
            return heads[stem]
    return None


@cache
def stems(word: str) -> list[str]:
    """Lower-case stems of a common noun: itself, without case, without possessive."""
    from kabar.ner.suffixes import poss3_stems, splits

    out: list[str] = []
    for split in splits(word.lower(), True):
        if split.kind == "deriv":
            continue
        for cand in (split.base, *poss3_stems(split.base)):
            _add_with_unvoiced(cand, out)
    return out


def _add_with_unvoiced(stem: str | None, out: list[str]) -> None:
    """Add ``stem`` and, when it ends in г/б, its citation form: a final к/п voices before
    a vowel ending (министрлик -> министрлиги), so ``министрлиг`` stands for ``министрлик``."""
    if not stem:
        return
    for form in (stem, _UNVOICE.get(stem[-1], "") and stem[:-1] + _UNVOICE[stem[-1]]):
        if form and form not in out:
            out.append(form)


@cache
def head_stems(word: str, allow_case: bool = False) -> list[str]:
    """Stems of a head noun as names use it: bare (``Жогорку сот``) or possessed
    (``клиникасы``, ``районунун``), never with a case ending alone (``сотко`` is 'to a court')
    unless ``allow_case`` (after ``атындагы`` the head is not possessed: ``... атындагы стадиондо``)."""
    from kabar.ner.suffixes import case_splits, poss3_stems

    out: list[str] = []
    for split in case_splits(word.lower(), True):
        cands: list[str | None] = [*poss3_stems(split.base)]
        if not split.suffix or allow_case:
            cands.append(split.base)
        for cand in cands:
            _add_with_unvoiced(cand, out)
    return out


@lru_cache(maxsize=65536)
def is_latin(text: str) -> bool:
    """Whether every letter of the word is Latin (``TikTok``, ``AFAD``): a foreign name."""
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and all(c.isascii() for c in letters)


@cache
def org_heads() -> dict[str, str]:
    """Head stem -> label (ORG, or LOC for facilities)."""
    return {r[0].lower(): r[1] for r in lang_tsv("ky", "org_heads.tsv", 3)}


def phrase_head_label(words: tuple[str, ...]) -> str | None:
    """The ``org_heads.tsv`` label of a head of two or three words closing ``words``
    (``жылуулук борбору``, ``чек ара аскерлери``, ``сугат каналы``), else None."""
    heads = org_heads()
    for size in (3, 2):
        if len(words) < size:
            continue
        before = " ".join(w.lower() for w in words[len(words) - size : -1])
        for stem in head_stems(words[-1]):
            label = heads.get(f"{before} {stem}")
            if label is not None:
                return label
    return None


@cache
def head_words() -> frozenset[str]:
    """Every stem a head noun ends in: the one-word heads and the last word of the longer
    ones (``пункт`` of ``өткөрүү пункт``), for finding a head's possessive form."""
    heads = org_heads().keys() | loc_heads().keys()
    return frozenset(head.split()[-1] for head in heads)


@cache
def host_heads() -> frozenset[str]:
    """Heads of a body a country keeps in another place (``элчилик``, ``өкүлчүлүк``): the
    ``host`` rows of ``name_english.tsv``. ``АКШнын Бишкектеги элчилиги`` is one name."""
    return frozenset(r[1].lower() for r in lang_tsv("ky", "name_english.tsv", 3) if r[0] == "host")


@cache
def heads_after_genitive() -> frozenset[str]:
    """Heads that are common nouns right after a genitive place (Йемендин борбору)."""
    return frozenset(r[0].lower() for r in lang_tsv("ky", "heads_after_genitive.tsv", 1))


@cache
def loc_heads() -> dict[str, bool]:
    """Head stem -> whether the head belongs to the place's name."""
    return {r[0].lower(): r[1] == "yes" for r in lang_tsv("ky", "loc_heads.tsv", 4)}


@cache
def place_only_heads() -> tuple[frozenset[str], frozenset[str]]:
    """(Kyrgyz head stems, English head words) of places that are never an event's actor
    (streets, rivers, passes), from ``loc_heads.tsv``."""
    rows = [r for r in lang_tsv("ky", "loc_heads.tsv", 4) if r[3] == "no"]
    return frozenset(r[0].lower() for r in rows), frozenset(r[2] for r in rows if r[2])


def is_place_only(name: str, name_en: str | None) -> bool:
    """Whether a place named ``name`` (English ``name_en``) is a street, a river, a pass...:
    its Kyrgyz head noun or, for a place the KB names (Торугарт), its English head word."""
    stems, english = place_only_heads()
    words = name.split()
    if len(words) > 1 and any(s in stems for s in head_stems(words[-1])):
        return True
    return bool(name_en) and (name_en or "").split()[-1] in english


def is_loc_head(word: str) -> bool:
    heads = loc_heads()
    return any(stem in heads for stem in head_stems(word))


@cache
def loc_head_english() -> dict[str, str]:
    """Head stem -> English head word (``район`` -> ``District``), for heads in the name."""
    return {r[0].lower(): r[2] for r in lang_tsv("ky", "loc_heads.tsv", 4) if r[2]}


@cache
def name_shapes() -> tuple[tuple[str, str, int, bool], ...]:
    rows = [
        (r[0].lower(), r[1], int(r[2]), r[3] == "yes") for r in lang_tsv("ky", "name_shapes.tsv", 6)
    ]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


@cache
def _surname_endings() -> tuple[tuple[str, int, bool], ...]:
    rows = [(r[0].lower(), int(r[2]), r[5] == "yes") for r in lang_tsv("ky", "name_shapes.tsv", 6)]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def surname_shaped(base: str) -> bool:
    """Whether ``base`` ends as only surnames do (``Сыдыков``, ``Исмаилова``; not ``Улукбек``)."""
    low = base.lower()
    for ending, min_len, surname in _surname_endings():
        if low.endswith(ending) and len(low) >= min_len:
            return surname
    return False


@lru_cache(maxsize=65536)
def shape_label(base: str, *, at_start: bool = False) -> str | None:
    """PER or LOC when ``base`` has the ending of a surname or a place name.

    ``at_start``: only the endings safe on a sentence-opening word.
    """
    low = base.lower()
    for ending, label, min_len, safe_at_start in name_shapes():
        if low.endswith(ending) and len(low) >= min_len:
            return label if safe_at_start or not at_start else None
    return None


@cache
def name_linkers() -> dict[str, bool]:
    """Inflected words allowed inside a name -> whether they follow a person (``атындагы``)."""
    return {r[0].lower(): r[1] == "yes" for r in lang_tsv("ky", "name_linkers.tsv", 4)}


@cache
def case_openers() -> frozenset[str]:
    """Linkers after which a first word with a case ending opens a name (``каршы``)."""
    return frozenset(r[0].lower() for r in lang_tsv("ky", "name_linkers.tsv", 4) if r[3] == "yes")


@cache
def field_linkers() -> frozenset[str]:
    """Linkers after a body's field (``боюнча``): a bare head may close the name."""
    return frozenset(r[0].lower() for r in lang_tsv("ky", "name_linkers.tsv", 4) if r[2] == "yes")


@cache
def name_particles() -> tuple[frozenset[str], tuple[str, ...]]:
    """Lower-case particles inside a person's name: whole words (бин) and hyphen prefixes
    (аль-), from ``name_particles.tsv``."""
    rows = lang_tsv("ky", "name_particles.tsv", 2)
    words = frozenset(r[0] for r in rows if r[1] == "word")
    prefixes = tuple(r[0] for r in rows if r[1] == "prefix")
    return words, prefixes


@cache
def function_words() -> frozenset[str]:
    """Words a name never runs through (``менен``, ``ошондой``), from ``name_breakers.tsv``."""
    return frozenset(r[0].lower() for r in lang_tsv("ky", "name_breakers.tsv", 1))


@cache
def not_names() -> frozenset[str]:
    return frozenset(normalize_name(r[0]) for r in lang_tsv("ky", "not_names.tsv", 1))


@cache
def thing_heads() -> frozenset[str]:
    """Nouns that make the name before them a project or scheme (``CASA-1000 долбоору``)."""
    return frozenset(r[0].lower() for r in lang_tsv("ky", "name_things.tsv", 1))


@cache
def counterparts() -> frozenset[str]:
    """Stems of nouns for one's counterpart (``counterparts.tsv``: кесиптеш)."""
    return frozenset(r[0].lower() for r in lang_tsv("ky", "counterparts.tsv", 1))


@cache
def naming_words() -> frozenset[str]:
    """Words that introduce a quoted name as a thing's name (``naming_words.tsv``)."""
    return frozenset(r[0].lower() for r in lang_tsv("ky", "naming_words.tsv", 1))


@cache
def quote_attributions() -> frozenset[str]:
    """The verb forms that follow the dash after a quotation (``- деди``, ``- деп
    белгиледи``, ``- сказал``): ``speech.yaml``'s forms of де- and Russian verbs."""
    data = lang_yaml("ky", "speech.yaml")
    return frozenset(str(w) for w in (*data["de_forms"], data["quotative"], *data["foreign_verbs"]))


@cache
def quote_openers() -> frozenset[str]:
    """Words between a speaker and the verb that opens a quotation (``X мындай деди:``)."""
    return frozenset(str(w) for w in lang_yaml("ky", "speech.yaml")["quote_openers"])
