"""Stage ``linking``: each entity linked to the actor knowledge base (``kabar.kb``).

An entity the recogniser already matched keeps its KB id; any other is looked up
by its base name and by the base form of each mention (case endings stripped the
way ``kabar.ner.suffixes`` does, so ``Бишкекте`` finds ``Бишкек``), of the same
type. A name two KB actors share (``Ак үй``) goes to the one of a foreign country the
article names, else to the home one. A linked entity gets the KB's English name, country
and PLOVER sector.

An unlinked one gets an English name made from its Kyrgyz one: a person's name
romanised in the scheme of the country the sentence ties them to (``Казакстандын
... катчысы Руслан Желдибай`` -> Zheldibay; a Kyrgyz name -> Jazgul); a quoted or
Latin-script organisation name without the Kyrgyz head noun (``"Алтын Өрөө"
коому`` -> Altyn Oroo, ``Orient Trade Group компаниясы`` -> Orient Trade Group); a
place with its head noun in English (``Чаткал району`` -> Chatkal District); a body
with its head and modifiers translated (``kabar.ner.english``: ``Лейлек райондук
ооруканасы`` -> Leilek District Hospital); another country's body named like a
Kyrgyz one the KB knows (``Польшанын Тышкы иштер министрлиги`` -> Ministry of Foreign
Affairs of Poland).
"""

from __future__ import annotations

import re
from functools import lru_cache

from kabar.document import Document, Entity
from kabar.kb import Actor, KnowledgeBase, knowledge_base
from kabar.ner import lexicon
from kabar.ner.english import institution_english, proper_english
from kabar.ner.resolve import HOME_COUNTRY
from kabar.ner.romanize import romanize, romanize_person, scheme_for
from kabar.ner.suffixes import case_splits, poss3_stems
from kabar.pipeline import stage

# How far before a person's name (characters) a country may stand and still say whose
# official they are (Казакстандын өкмөт башчысынын кеңешчиси ...).
COUNTRY_WINDOW = 80
_LATIN_HEAD = re.compile(r"^([A-Za-z0-9&.,' -]*[A-Za-z0-9])\s+[^\sA-Za-z]")


def find_actor(ent: Entity, kb: KnowledgeBase) -> Actor | None:
    if ent.kb_id:
        known = kb.get(ent.kb_id)
        if known is not None:
            return known
    names = [ent.name]
    for m in ent.mentions:
        words = m.text.split()
        if not words:
            continue
        head = m.text[: len(m.text) - len(words[-1])]
        names += [head + s.base for s in case_splits(words[-1], len(words) > 1)]
    if ent.label == "PER" and len(ent.name.split()) > 1:
        # a person the article names in full is that name, not the KB's namesake its bare
        # surname may stand for (Камчыбек Алиев ... Алиев is not Ильхам Алиев)
        names = [n for n in names if len(n.split()) > 1]
    for name in names:
        for actor in kb.lookup(name, ent.label):
            return actor
    return _own_body(ent, kb)


def _own_body(ent: Entity, kb: KnowledgeBase) -> Actor | None:
    """``Кыргызстандын Тышкы иштер министрлиги``: a body the KB knows under its own country."""
    first, _, rest = ent.name.partition(" ")
    if ent.label != "ORG" or not rest:
        return None
    for split in case_splits(first):
        if split.suffix_id not in ("gen", "gen3"):
            continue
        for place in kb.lookup(split.base, "LOC"):
            for actor in kb.lookup(rest, "ORG"):
                if place.country and actor.country == place.country:
                    return actor
    return None


def context_country(doc: Document, ent: Entity, kb: KnowledgeBase) -> str | None:
    """The country of the nearest linked place named just before one of the person's
    mentions, or of a body named there after its country (``Казакстандын Айыл чарба
    министрлигинин өкүлү Ержан Сейтжанов``)."""
    best: tuple[int, str] | None = None
    for m in ent.mentions:
        for other in doc.entities:
            if other is ent or other.label not in ("LOC", "ORG"):
                continue
            actor = kb.get(other.kb_id) if other.label == "LOC" else None
            country = actor.country if actor is not None else None
            if other.label == "ORG":
                country = _owner_country(other.name, kb)
            if not country:
                continue
            for om in other.mentions:
                gap = m.start - om.end
                if (
                    om.sentence == m.sentence
                    and 0 <= gap <= COUNTRY_WINDOW
                    and (best is None or gap < best[0])
                ):
                    best = (gap, country)
    return best[1] if best else None


def _owner_country(name: str, kb: KnowledgeBase) -> str | None:
    """The country a body's name opens with in the genitive (``Казакстандын ...``)."""
    first, _, rest = name.partition(" ")
    if not rest:
        return None
    for split in _genitive_splits(first):
        for place in kb.lookup(split, "LOC"):
            if place.country:
                return place.country
    return None


@lru_cache(maxsize=16384)
def _genitive_splits(word: str) -> tuple[str, ...]:
    """The bases ``word`` is the genitive of (``Казакстандын`` -> Казакстан)."""
    return tuple(s.base for s in case_splits(word) if s.suffix_id in ("gen", "gen3"))


def english_name(doc: Document, ent: Entity, kb: KnowledgeBase) -> str:
    name = ent.name
    if ent.label == "PER":
        return romanize_person(name, scheme_for(context_country(doc, ent, kb)))
    latin = _LATIN_HEAD.match(name)
    if latin:
        return latin.group(1)
    foreign = _foreign_body(ent, kb)
    if foreign:
        return foreign
    words = name.split()
    if ent.label == "LOC" and len(words) > 1:
        english = lexicon.loc_head_english()
        for stem in lexicon.head_stems(words[-1]):
            if stem in english:
                return f"{romanize(' '.join(words[:-1]))} {english[stem]}"
    translated = institution_english(name, lambda place: _place_english(place, kb))
    if translated:
        return translated
    if name.startswith('"') and name.count('"') >= 2:
        return proper_english(name[1 : name.index('"', 1)])
    return proper_english(name)


def _place_english(name: str, kb: KnowledgeBase) -> str | None:
    places = kb.lookup(name, "LOC")
    return places[0].name_en if places else None


def _foreign_body(ent: Entity, kb: KnowledgeBase) -> str | None:
    """``Россиянын ИИМи``: the English of the Kyrgyz body of that name, with the other country.

    The KB names Kyrgyz bodies ``Ministry of Internal Affairs of Kyrgyzstan``; another
    country's body of the same name gets that country instead.
    """
    first, _, rest = ent.name.partition(" ")
    if ent.label != "ORG" or not rest:
        return None
    kyrgyzstan = kb.lookup("Кыргызстан", "LOC")
    home = f" of {kyrgyzstan[0].name_en}" if kyrgyzstan else " of Kyrgyzstan"
    rests = [rest, *poss3_stems(rest)]
    for split in case_splits(first):
        if split.suffix_id not in ("gen", "gen3"):
            continue
        for place in kb.lookup(split.base, "LOC"):
            for name in rests:
                for actor in kb.lookup(name, "ORG"):
                    if actor.country == HOME_COUNTRY and actor.name_en.endswith(home):
                        return actor.name_en[: -len(home)] + f" of {place.name_en}"
    return None


def link(doc: Document, ent: Entity, kb: KnowledgeBase) -> None:
    actor = find_actor(ent, kb)
    if actor is None:
        ent.kb_id = None
        ent.name_en = english_name(doc, ent, kb)
        if ent.label == "PER" and ent.role and ent.country is None:
            # Кыргызстандын транспорт министри Талантбек Солтобаев: an official of that country
            ent.country = context_country(doc, ent, kb)
        elif ent.label == "ORG" and ent.country is None:
            ent.country = _owner_country(ent.name, kb)  # Өзбекстандын Чек ара аскерлери
        return
    ent.kb_id = actor.id
    ent.name_en = actor.name_en
    ent.country = actor.country
    ent.sector = actor.sector


def namesake_in_context(actor: Actor, kb: KnowledgeBase, countries: set[str]) -> Actor:
    """Of KB actors sharing a Kyrgyz name (``Ак үй``: the White House in Washington, the
    one in Bishkek), the one of a foreign country the article names, else the home one."""
    namesakes = [a for a in kb.lookup(actor.name_ky) if a.name_ky == actor.name_ky]
    if len(namesakes) < 2:
        return actor
    foreign = [a for a in namesakes if a.country in countries and a.country != HOME_COUNTRY]
    if foreign:
        return foreign[0]
    return next((a for a in namesakes if a.country == HOME_COUNTRY), actor)


@stage("linking", requires=("entities",), assigns=("kb_id", "name_en"))
def link_entities(doc: Document) -> None:
    kb = knowledge_base()
    found = {ent.id: find_actor(ent, kb) for ent in doc.entities}
    countries = {
        a.country for e in doc.entities if e.label == "LOC" and (a := found[e.id]) and a.country
    }
    for ent in doc.entities:
        actor = found[ent.id]
        if actor is not None:
            chosen = namesake_in_context(actor, kb, countries)
            if chosen is not actor:
                ent.kb_id, ent.label = chosen.id, chosen.type
    for ent in doc.entities:
        if ent.label != "PER":
            link(doc, ent, kb)
    for ent in doc.entities:  # persons last: their romanisation looks at the places linked
        if ent.label == "PER":
            link(doc, ent, kb)
    merge_namesakes(doc)


def merge_namesakes(doc: Document) -> None:
    """One actor, one entity: entities of one label that link to the same English name
    (``QazaqGaz`` in the headline, ``QazaqGaz улуттук компаниясы`` in the body; ``Каракол
    мэриясы`` and ``Каракол шаарынын мэриясы``) become the first of them, with all the
    mentions."""
    first: dict[tuple[str, str], Entity] = {}
    kept: list[Entity] = []
    for ent in doc.entities:
        key = (ent.label, ent.name_en or "")
        if not ent.name_en or key not in first:
            first[key] = ent
            kept.append(ent)
            continue
        owner = first[key]
        owner.mentions = sorted([*owner.mentions, *ent.mentions], key=lambda m: m.start)
        owner.kb_id = owner.kb_id or ent.kb_id
        owner.role = owner.role or ent.role
    doc.entities = kept
