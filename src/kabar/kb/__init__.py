"""The actor knowledge base: who is who in Central Asian news, with Kyrgyz names.

Wikidata knows the actors but not their Kyrgyz case forms, aliases (``АКШ``,
``Кошмо Штаттар``) or news roles, and kabar must run offline, so the KB is a set of
small hand-written TSV files shipped in this package (``actors.tsv``), plus the
countries of CLDR read through Babel at load time (``countries.tsv`` only adds ids
and aliases CLDR lacks). Users add or replace actors with files of the same format,
named by the ``kb_paths`` argument or the ``KABAR_KB_PATH`` environment variable
(``os.pathsep``-separated); a user row with an id we also have replaces ours.

Every row is validated when the file is loaded: a bad row raises ``ResourceError``
naming the file and line, so a broken user file fails at start-up, not mid-run.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from kabar.resources import ResourceError, package_path

KB_ENV = "KABAR_KB_PATH"
COLUMNS = (
    "id",
    "type",
    "name_ky",
    "aliases_ky",
    "name_ru",
    "name_en",
    "country",
    "sector",
    "roles",
)
TYPES = frozenset({"PER", "LOC", "ORG"})
# PLOVER actor sectors (with the CAMEO-style codes PLOVER keeps).
SECTORS = frozenset(
    {
        "GOV", "MIL", "COP", "SPY", "LEG", "JUD", "PTY", "OPP", "REB", "INS", "BUS", "MED",
        "IGO", "NGO", "EDU", "REL", "CVL", "LAB", "AGR", "HLH", "REF", "CRM", "ELI", "UAF",
        "SET", "MNC", "ENV",
    }
)  # fmt: skip
_ID = re.compile(r"^(?:Q[1-9]\d*|[a-z][a-z0-9_.-]*:[^\s]+)$")
_ISO3 = re.compile(r"^[A-Z]{3}$")
_YEARS = re.compile(r"^(\d{4})(?:-(\d{4})?)?$")
# CLDR territories that are not countries.
_NOT_COUNTRIES = frozenset(
    {"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "AC", "CP", "DG", "EA", "IC", "TA"}
)


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    start: int | None = None
    end: int | None = None
    """Last year held; None when still held (or unknown for an open range)."""


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    type: str
    name_ky: str
    name_en: str
    aliases_ky: tuple[str, ...] = ()
    name_ru: str = ""
    country: str | None = None
    sector: str | None = None
    roles: tuple[Role, ...] = ()
    origin: str = ""
    """``file:line`` the row came from (``cldr:US`` for Babel countries)."""

    @property
    def names_ky(self) -> tuple[str, ...]:
        return (self.name_ky, *self.aliases_ky)


@lru_cache(maxsize=65536)
def normalize_name(name: str) -> str:
    """The key names are compared by: lower case, ё as е, no quotes, apostrophes or final ь."""
    text = name.lower().replace("ё", "е").replace("‐", "-").replace("–", "-")
    text = re.sub(r"[\"'’«»“”]", "", text)
    # A final soft sign drops before Kyrgyz endings (Брюссель -> Брюсселдин, Казань -> Казанда).
    return " ".join(
        word[:-1] if word.endswith("ь") and len(word) > 2 else word for word in text.split()
    )


def _parse_roles(value: str, where: str) -> tuple[Role, ...]:
    roles: list[Role] = []
    for part in filter(None, (p.strip() for p in value.split(";"))):
        role, _, years = part.partition("@")
        if not role.strip():
            raise ResourceError(f"{where}: empty role in {part!r}")
        if not years:
            roles.append(Role(role.strip()))
            continue
        m = _YEARS.match(years.strip())
        if not m:
            raise ResourceError(f"{where}: role years {years!r} are not YYYY, YYYY- or YYYY-YYYY")
        start = int(m.group(1))
        end = int(m.group(2)) if m.group(2) else (None if "-" in years else start)
        roles.append(Role(role.strip(), start, end))
    return tuple(roles)


def parse_row(fields: list[str], where: str) -> Actor:
    """One validated actor from one TSV row; ``where`` is ``file:line`` for errors."""
    if len(fields) > len(COLUMNS):
        raise ResourceError(
            f"{where}: expected {len(COLUMNS)} tab-separated fields, found {len(fields)}"
        )
    fields = [f.strip() for f in fields] + [""] * (len(COLUMNS) - len(fields))
    row = dict(zip(COLUMNS, fields, strict=True))
    for required in ("id", "type", "name_ky", "name_en"):
        if not row[required]:
            raise ResourceError(f"{where}: missing {required} (columns: {', '.join(COLUMNS)})")
    if not _ID.match(row["id"]):
        raise ResourceError(
            f"{where}: id {row['id']!r} is neither a Wikidata QID nor prefix:local-id"
        )
    if row["type"] not in TYPES:
        raise ResourceError(
            f"{where}: type {row['type']!r} is not one of {', '.join(sorted(TYPES))}"
        )
    if row["country"] and not _ISO3.match(row["country"]):
        raise ResourceError(
            f"{where}: country {row['country']!r} is not an ISO 3166-1 alpha-3 code"
        )
    if row["sector"] and row["sector"] not in SECTORS:
        raise ResourceError(f"{where}: sector {row['sector']!r} is not a PLOVER sector code")
    aliases = tuple(dict.fromkeys(a.strip() for a in row["aliases_ky"].split(";") if a.strip()))
    return Actor(
        id=row["id"],
        type=row["type"],
        name_ky=row["name_ky"],
        name_en=row["name_en"],
        aliases_ky=aliases,
        name_ru=row["name_ru"],
        country=row["country"] or None,
        sector=row["sector"] or None,
        roles=_parse_roles(row["roles"], where),
        origin=where,
    )


def read_actors(path: Path | str) -> list[Actor]:
    """Every actor row of one KB file, validated (``ResourceError`` names file and line)."""
    actors: list[Actor] = []
    seen: dict[str, int] = {}
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as exc:
        raise ResourceError(f"{path}: cannot read knowledge-base file ({exc.strerror})") from exc
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{path}:{lineno}"
        actor = parse_row(line.split("\t"), where)
        if actor.id in seen:
            raise ResourceError(f"{where}: id {actor.id} already defined on line {seen[actor.id]}")
        seen[actor.id] = lineno
        actors.append(actor)
    return actors


def _iso3_codes() -> dict[str, str]:
    """ISO2 -> ISO3 from CLDR's territory aliases (``USA`` is an alias of ``US``)."""
    from babel.core import get_global

    out: dict[str, str] = {}
    for alias, targets in get_global("territory_aliases").items():
        if len(alias) == 3 and alias.isalpha() and alias.isupper() and len(targets) == 1:
            out.setdefault(targets[0], alias)
    return out


@cache
def country_ids() -> frozenset[str]:
    """Knowledge-base ids of the world's countries (a country is no ``аймак``)."""
    return frozenset(a.id for a in country_actors())


def country_actors() -> list[Actor]:
    """The world's countries from CLDR (Kyrgyz, Russian, English names) + ``countries.tsv``."""
    from babel import Locale

    path = package_path("kb", "countries.tsv")
    extra: dict[str, tuple[str, tuple[str, ...], str]] = {}
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = [f.strip() for f in line.rstrip("\r\n").split("\t")] + ["", "", ""]
            iso2, qid, alias_field, name_en = fields[:4]
            if not re.fullmatch(r"[A-Z]{2}", iso2) or (qid and not _ID.match(qid)):
                raise ResourceError(
                    f"{path}:{lineno}: expected ISO2 code and optional QID, got {iso2!r} {qid!r}"
                )
            extra[iso2] = (
                qid,
                tuple(a.strip() for a in alias_field.split(";") if a.strip()),
                name_en,
            )
    ky, ru, en = Locale("ky").territories, Locale("ru").territories, Locale("en").territories
    iso3 = _iso3_codes()
    actors: list[Actor] = []
    for code, name in ky.items():
        if not (len(code) == 2 and code.isalpha()) or code in _NOT_COUNTRIES or code not in iso3:
            continue
        qid, aliases, name_en = extra.get(code, ("", (), ""))
        actors.append(
            Actor(
                id=qid or f"kabar:country:{iso3[code]}",
                type="LOC",
                name_ky=name,
                name_en=name_en or en.get(code, name),
                aliases_ky=aliases,
                name_ru=ru.get(code, ""),
                country=iso3[code],
                origin=f"cldr:{code}",
            )
        )
    return actors


@dataclass(slots=True)
class KnowledgeBase:
    """Actors by id, with a name index built once."""

    actors: dict[str, Actor] = field(default_factory=dict)
    _index: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def load(
        cls, extra_paths: Iterable[Path | str] | None = None, *, use_env: bool = True
    ) -> KnowledgeBase:
        """Our countries and actors, then each user file in order (later ids replace earlier)."""
        kb = cls()
        for actor in country_actors():
            kb.actors[actor.id] = actor
        for actor in read_actors(package_path("kb", "actors.tsv")):
            kb.actors[actor.id] = actor
        for path in [*user_kb_paths(use_env), *(extra_paths or ())]:
            for actor in read_actors(path):
                kb.actors[actor.id] = actor
        kb._build_index()
        return kb

    def _build_index(self) -> None:
        self._index = {}
        for actor in self.actors.values():
            for name in actor.names_ky:
                ids = self._index.setdefault(normalize_name(name), [])
                if actor.id not in ids:
                    ids.append(actor.id)

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def lookup(self, name: str, label: str | None = None) -> list[Actor]:
        """Actors whose Kyrgyz name or alias is ``name`` (base form), of type ``label`` if given."""
        found = [self.actors[i] for i in self._index.get(normalize_name(name), ())]
        return [a for a in found if label is None or a.type == label]

    def __contains__(self, name: str) -> bool:
        return normalize_name(name) in self._index

    def __len__(self) -> int:
        return len(self.actors)


def user_kb_paths(use_env: bool = True) -> list[str]:
    if not use_env:
        return []
    return [p for p in os.environ.get(KB_ENV, "").split(os.pathsep) if p.strip()]


@cache
def _cached(paths: tuple[str, ...]) -> KnowledgeBase:
    return KnowledgeBase.load(paths, use_env=False)


_configured: list[str] = []


def use_kb_paths(kb_paths: Sequence[Path | str]) -> None:
    """Make the pipeline's stages use these user KB files too (after ``$KABAR_KB_PATH``).

    The files are validated now, so a bad row fails here rather than mid-run.
    """
    previous = list(_configured)
    _configured[:] = [str(p) for p in kb_paths]
    try:
        knowledge_base()
    except Exception:
        _configured[:] = previous  # a bad file must not break every later analysis
        raise


def knowledge_base(kb_paths: Sequence[Path | str] | None = None) -> KnowledgeBase:
    """The shared KB: ours + ``$KABAR_KB_PATH`` + ``use_kb_paths`` + ``kb_paths``.

    Loaded once per set of files and cached; user rows replace ours by id.
    """
    paths = (*user_kb_paths(), *_configured, *(str(p) for p in kb_paths or ()))
    return _cached(paths)
