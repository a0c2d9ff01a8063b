"""Within-article resolution: one entity per actor, every mention under it.

Rules, in order:
1. mentions the knowledge base links to the same actor are one entity
   (``АКШ``, ``Кошмо Штаттарга``, ``Америка Кошмо Штаттарынын``);
2. a full person name is one entity (``Мелания Трамп`` is not ``Дональд Трамп``);
3. a bare surname joins the full-name entity with that surname that the article
   mentions most by full name, then the one the KB alias names, then the nearest (``Трамп`` -> Дональд Трамп,
   even after ``Мелания Трамп``); this in-article evidence beats a KB alias;
4. other names group by their base form.
Entity ids are ``e1``, ``e2``, ... in order of first mention.

``resolve_role`` answers "who is *the ambassador* here?" for the quotes and events
stages: the most recent person the article has introduced with that role.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from kabar.document import Document, Entity, Mention
from kabar.kb import KnowledgeBase, normalize_name
from kabar.ner import lexicon
from kabar.ner.recognize import Candidate, role_before


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

    def put(key: str, cand: Candidate) -> None:
        if key not in groups:
            groups[key] = _Group(key)
            order.append(key)
        grp = groups[key]
        grp.members.append(cand)
        grp.label[cand.label] += 1
        if cand.kb_id and not grp.kb_id:
            grp.kb_id = cand.kb_id

    bare: list[Candidate] = []
    for cand in cands:
        is_bare_person = cand.label == "PER" and len(cand.name.split()) == 1
        if is_bare_person:
            bare.append(cand)
        elif cand.kb_id:
            put(f"kb:{cand.kb_id}", cand)
        else:
            put(f"{cand.label}:{normalize_name(_core(cand.name))}", cand)
    for cand in bare:
        key = _surname_owner(cand, groups)
        if key is None:
            key = f"kb:{cand.kb_id}" if cand.kb_id else f"PER:{normalize_name(cand.name)}"
        put(key, cand)

    _merge_aliases(cands, groups, order, text)
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


def _merge_aliases(
    cands: list[Candidate], groups: dict[str, _Group], order: list[str], text: str
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
