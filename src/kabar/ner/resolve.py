"""Within-article resolution: one entity per actor, every mention under it.

Rules, in order:
1. mentions the knowledge base links to the same actor are one entity
   (``АКШ``, ``Кошмо Штаттарга``, ``Америка Кошмо Штаттарынын``);
2. a full person name is one entity (``Мелания Трамп`` is not ``Дональд Трамп``);
3. a bare surname joins the full-name entity with that surname that the article
   mentions most by full name, then the one the KB alias names, then the nearest (``Трамп`` -> Дональд Трамп,
   even after ``Мелания Трамп``); this in-article evidence beats a KB alias; a bare
   first name joins the one full name the article gives with it (``Кристина``);
4. other names group by their base form, or by the KB actor that base form names;
5. shorter ways of naming join the fuller name (``Салык кызматы`` after ``Мамлекеттик
   салык кызматы``, ``Чек ара аскерлери`` after ``Тажикстандын Чек ара аскерлери``,
   ``Торугарт`` beside ``Торугарт өткөрүү бекети``), see ``_merge_variants``.
Entity ids are ``e1``, ``e2``, ... in order of first mention.

``resolve_role`` answers "who is *the ambassador* here?" for the quotes and events
stages: the most recent person the article has introduced with that role.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from kabar.document import Document, Entity, Mention
from kabar.kb import KnowledgeBase, normalize_name
from kabar.ner import lexicon
from kabar.ner.recognize import Candidate, role_before
from kabar.ner.suffixes import case_splits


@dataclass(slots=True)
class _Group:
    key: str
    label: Counter[str] = field(default_factory=Counter)
    members: list[Candidate] = field(default_factory=list)
    kb_id: str | None = None

    @property
    def full_names(self) -> list[Candidate]:
        return [c for c in self.members if len(c.name.split()) > 1]


def _surname(name: str) -> str:
    return normalize_name(name.split()[-1])


def group_candidates(cands: list[Candidate], kb: KnowledgeBase, text: str = "") -> list[Entity]:
    """Entities from mentions; ``text`` (the document's) lets bracketed aliases be seen."""
    groups: dict[str, _Group] = {}
    order: list[str] = []

    def put(key: str, cand: Candidate, kb_id: str | None = None) -> None:
        if key not in groups:
            groups[key] = _Group(key)
            order.append(key)
        grp = groups[key]
        grp.members.append(cand)
        grp.label[cand.label] += 1
        kb_id = kb_id or cand.kb_id
        if kb_id and not grp.kb_id:
            grp.kb_id = kb_id

    bare: list[Candidate] = []
    for cand in cands:
        is_bare_person = cand.label == "PER" and len(cand.name.split()) == 1
        if is_bare_person:
            bare.append(cand)
        elif cand.kb_id:
            put(f"kb:{cand.kb_id}", cand)
        else:
            # a name the rules found without the KB is still that actor (Кыргызстандын
            # аймагы, "Хизб ут-Тахрир" уюму)
            known = kb.lookup(cand.name, cand.label)
            if not known and cand.label == "ORG":
                known = kb.lookup(_core(cand.name), "ORG")  # "Хизб ут-Тахрир" уюму
            if known:
                put(f"kb:{known[0].id}", cand, known[0].id)
            else:
                put(f"{cand.label}:{normalize_name(_core(cand.name))}", cand)
    for cand in bare:
        key = _surname_owner(cand, groups) or _first_name_owner(cand, groups)
        if key is None:
            key = f"kb:{cand.kb_id}" if cand.kb_id else f"PER:{normalize_name(cand.name)}"
            put(key, cand)
        elif groups[key].kb_id is None and groups[key].full_names:
            # Алиев after Камчыбек Алиев: the article's full name, which the KB does not
            # know, says who this is (not the KB's Ильхам Алиев)
            cand.kb_id = None
            put(key, cand)
        else:
            put(key, cand)

    _merge_aliases(cands, groups, order, text, kb)
    _merge_variants(groups, order, kb)
    entities: list[Entity] = []
    firsts = sorted(order, key=lambda k: min(c.start for c in groups[k].members))
    for n, key in enumerate(firsts, 1):
        grp = groups[key]
        members = sorted(grp.members, key=lambda c: c.start)
        actor = kb.get(grp.kb_id)
        label = actor.type if actor else grp.label.most_common(1)[0][0]
        name = (
            actor.name_ky
            if actor
            else max((c.name for c in members), key=lambda s: (len(s.split()), len(s)))
        )
        role = next((c.role for c in members if c.role), None)
        entities.append(
            Entity(
                id=f"e{n}",
                label=label,
                name=name,
                kb_id=grp.kb_id,
                role=role,
                mentions=[Mention(c.start, c.end, "", c.sentence) for c in members],
            )
        )
    return entities


def _core(name: str) -> str:
    """The quoted part of ``"Алтын Өрөө" компаниясы``: one company however the text heads it."""
    if name.startswith('"') and name.count('"') >= 2:
        return name[1 : name.index('"', 1)]
    return name


# Kyrgyz news writes a home region by its centre's name (Нарынга after Нарын облусу);
# a town abroad beside its region (Москва, Москва облусу) stays the town.
HOME_COUNTRY = "KGZ"
# A town's own head noun right after its name (Жалал-Абад шаарында).
_TOWN = re.compile(r"\s+шаар", re.IGNORECASE)


def _merge_aliases(
    cands: list[Candidate],
    groups: dict[str, _Group],
    order: list[str],
    text: str,
    kb: KnowledgeBase,
) -> None:
    """Fold groups the article itself declares the same.

    ``Евразиялык өнүктүрүү банкы (ЕАӨБ)``: a one-word name in brackets right after a
    name is its alias. ``Нарын`` beside ``Нарын облусу``: a bare place name and the
    same name with a place head noun are one place in one article.
    """
    owner: dict[int, str] = {}
    for key, grp in groups.items():
        for c in grp.members:
            owner[id(c)] = key
    by_pos = {(c.sentence, c.first): c for c in cands}
    for cand in cands:
        alias = by_pos.get((cand.sentence, cand.last + 2))
        if alias is None or alias.first != alias.last or cand.first == alias.first:
            continue
        if text[cand.end : alias.start].strip() != "(" or not text[alias.end :].lstrip().startswith(
            ")"
        ):
            continue
        if cand.kb_id and alias.kb_id and cand.kb_id != alias.kb_id:
            continue
        _fold(groups, order, owner, owner[id(alias)], owner[id(cand)])
    heads = lexicon.loc_heads()
    for key in list(order):
        region = groups.get(key)
        if region is None or region.label.most_common(1)[0][0] != "LOC":
            continue
        words = region.members[0].name.split()
        if len(words) != 2 or not any(s in heads for s in lexicon.head_stems(words[1])):
            continue
        bare = normalize_name(words[0])
        for other in list(order):
            og: _Group | None = groups.get(other)
            if og is None or other == key or og.label.most_common(1)[0][0] != "LOC":
                continue
            known = kb.get(og.kb_id)
            if known is not None and (not region.kb_id or known.country != HOME_COUNTRY):
                continue  # Москва beside Москва облусу: a town the KB knows, abroad
            if any(_TOWN.match(text, c.end) for c in og.members):
                continue  # Жалал-Абад шаарындагы: the article says it is the town
            if all(normalize_name(c.name) == bare for c in og.members):
                _fold(groups, order, owner, other, key)


def _fold(
    groups: dict[str, _Group], order: list[str], owner: dict[int, str], src: str, dst: str
) -> None:
    if src == dst or src not in groups or dst not in groups:
        return
    moved = groups.pop(src)
    order.remove(src)
    target = groups[dst]
    for c in moved.members:
        target.members.append(c)
        target.label[c.label] += 1
        owner[id(c)] = dst
    target.kb_id = target.kb_id or moved.kb_id


def _label(grp: _Group) -> str:
    return grp.label.most_common(1)[0][0]


def _words(cand: Candidate) -> list[str]:
    return [normalize_name(w) for w in cand.name.replace('"', " ").split()]


def _is_owner(word: str) -> bool:
    """``Россиянын``, ``Бишкектин``: a word in the genitive names whose body it is."""
    return any(s.suffix_id in ("gen", "gen3") for s in case_splits(word)[:1])


def _variant_of(short: list[str], long: list[str]) -> bool:
    """``салык кызматы`` within ``мамлекеттик салык кызматы``, ``кара-кече кени`` within
    ``кара-кече көмүр кени``: the same head, the longer name only adds modifiers, no owner."""
    if len(short) < 2 or len(short) >= len(long) or short[-1] != long[-1]:
        return False
    k = 0
    extra: list[str] = []
    for word in long:
        if k < len(short) and word == short[k]:
            k += 1
        else:
            extra.append(word)
    return k == len(short) and not any(_is_owner(w) for w in extra)


def _proper_core(name: str) -> list[str]:
    """The name without quotation marks and the lower-case words that close it
    (``Tianshan Ruida Mining компаниясы`` -> Tianshan Ruida Mining)."""
    words = name.replace('"', " ").split()
    while words and words[-1][:1].islower():
        words.pop()
    return [normalize_name(w) for w in words]


def _merge_variants(groups: dict[str, _Group], order: list[str], kb: KnowledgeBase) -> None:
    """Fold the shorter ways an article names an organisation or a place into the fuller one.

    ``Салык кызматы`` after ``Мамлекеттик салык кызматы`` (fewer modifiers, same head);
    ``Tianshan Ruida`` after ``Tianshan Ruida Mining компаниясы`` (the first words of a
    name of two or more); ``Чек ара аскерлери`` after ``Тажикстандын Чек ара аскерлери``
    (the one body of that name whose owner the article gave); ``Торугарт`` beside
    ``Торугарт өткөрүү бекети`` (a facility and its bare name).
    """
    owner: dict[int, str] = {}
    for key, grp in groups.items():
        for c in grp.members:
            owner[id(c)] = key
    for key in list(order):
        found = groups.get(key)
        if found is None or _label(found) == "PER":
            continue
        target = _fuller_name(key, found, groups, order, kb)
        if target is not None:
            _fold(groups, order, owner, key, target)


def _fuller_name(
    key: str, grp: _Group, groups: dict[str, _Group], order: list[str], kb: KnowledgeBase
) -> str | None:
    """The group ``grp`` is a shorter way of naming, or None."""
    label = _label(grp)
    mine = [_words(c) for c in grp.members]
    cores = [_proper_core(c.name) for c in grp.members]
    first = min(c.start for c in grp.members)
    owned: list[str] = []
    for other in order:
        og = groups.get(other)
        if og is None or other == key or _label(og) != label:
            continue
        if grp.kb_id and og.kb_id and grp.kb_id != og.kb_id:
            continue
        theirs = [_words(c) for c in og.members]
        if any(_variant_of(m, t) for m in mine for t in theirs):
            return other
        their_cores = [_proper_core(c.name) for c in og.members]
        if any(
            len(c) >= 2 and len(t) > len(c) and t[: len(c)] == c for c in cores for t in their_cores
        ):
            return other
        if (
            label == "LOC"
            and not _a_town(grp, kb)
            and _facility(og.members[0].name)
            and any(c and len(t) > len(c) and t[: len(c)] == c for c in cores for t in theirs)
        ):
            return other
        if (
            label == "ORG"
            and any(
                len(t) == len(m) + 1 and t[1:] == m and _is_owner(t[0])
                for m in mine
                for t in theirs
            )
            and min(c.start for c in og.members) < first
        ):
            owned.append(other)
    return owned[0] if len(owned) == 1 else None


def _a_town(grp: _Group, kb: KnowledgeBase) -> bool:
    """The KB knows the bare name as a place of its own, not as a feature it calls by a
    longer English name (``Бишкек``: Bishkek, not the plant; ``Торугарт``: Torugart Pass)."""
    actor = kb.get(grp.kb_id)
    return actor is not None and len(actor.name_en.split()) <= len(actor.name_ky.split())


def _facility(name: str) -> bool:
    """A name closed by a facility head (``бекети``, ``кени``, ``сугат каналы``)."""
    heads = lexicon.org_heads()
    words = tuple(name.split())
    if any(heads.get(stem) == "LOC" for stem in lexicon.head_stems(words[-1])):
        return True
    return lexicon.phrase_head_label(words) == "LOC"


def _first_name_owner(cand: Candidate, groups: dict[str, _Group]) -> str | None:
    """``Кристина`` after ``Кристина Лоренцо``: the one full name the article gave with that first name."""
    first = normalize_name(cand.name)
    if first not in lexicon.first_names():
        return None
    keys = {
        key
        for key, grp in groups.items()
        for c in grp.full_names
        if c.label == "PER" and normalize_name(c.name.split()[0]) == first
    }
    return keys.pop() if len(keys) == 1 else None


def _surname_owner(cand: Candidate, groups: dict[str, _Group]) -> str | None:
    """The person entity a bare surname stands for, by in-article evidence."""
    surname = normalize_name(cand.name)
    best: tuple[int, int, int, int] | None = None
    best_key: str | None = None
    for key, grp in groups.items():
        fulls = [c for c in grp.full_names if c.label == "PER" and _surname(c.name) == surname]
        if not fulls:
            continue
        before = [c for c in fulls if c.start < cand.start]
        # most full-name mentions, then the nearest preceding one, then the first following
        nearest = max((c.start for c in before), default=-1)
        score = (
            len(fulls),
            1 if cand.kb_id and grp.kb_id == cand.kb_id else 0,
            1 if before else 0,
            nearest if before else -min(c.start for c in fulls),
        )
        if best is None or score > best:
            best, best_key = score, key
    return best_key


def fill_mention_text(doc: Document, entities: list[Entity]) -> None:
    for ent in entities:
        for m in ent.mentions:
            m.text = doc.text[m.start : m.end]


def role_mentions(doc: Document) -> list[tuple[int, int, str, str]]:
    """(sentence, char offset, role, entity id) for every role given to a person by name."""
    out: list[tuple[int, int, str, str]] = []
    for ent in doc.entities:
        if ent.label != "PER":
            continue
        for m in ent.mentions:
            if not 0 <= m.sentence < len(doc.sentences):
                continue
            toks = doc.sentences[m.sentence].tokens
            first = next((k for k, t in enumerate(toks) if t.start == m.start), None)
            if first is None:
                continue
            found = role_before(toks, first)
            if found:
                out.append((m.sentence, m.start, found[0], ent.id))
    out.sort(key=lambda r: (r[0], r[1]))
    return out


def _role_key(role: str) -> str:
    """``элчиси``, ``Элчи`` and ``элчи`` are one role."""
    return lexicon.role_lemma(role) or normalize_name(role)


def resolve_role(doc: Document, sentence_index: int, role_lemma: str) -> str | None:
    """The entity id of the most recent person given the role ``role_lemma`` up to that sentence.

    A role word on its own (``деген элчи``, ``Президент ...``) refers back to them.
    Falls back to a person whose entity role is that role, then None.
    """
    want = _role_key(role_lemma)
    best: str | None = None
    for sent, _, role, ent_id in role_mentions(doc):
        if sent > sentence_index:
            break
        if _role_key(role) == want or normalize_name(role) == normalize_name(role_lemma):
            best = ent_id
    if best is not None:
        return best
    for ent in doc.entities:
        if (
            ent.role
            and _role_key(ent.role) == want
            and any(m.sentence <= sentence_index for m in ent.mentions)
        ):
            best = ent.id
    return best
