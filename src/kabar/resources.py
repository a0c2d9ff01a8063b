"""Loading the data files that hold kabar's language rules and knowledge base.

Rules are data (dateparser's way): every TSV/YAML file starts with a ``#`` header
comment that says what it holds. Files are parsed once and cached. A malformed
row raises ``ResourceError`` naming the file and line, at load time.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any


class ResourceError(ValueError):
    """A data file is malformed; the message names the file and line."""


class ModelMissing(FileNotFoundError):
    """The tagger model file is absent: rebuild it with ``make models``."""


class ModelError(RuntimeError):
    """An event model (implicit actors, confidence) is absent or was built for other
    features."""


def read_event_model(file: Path, what: str, features_version: int) -> dict[str, Any]:
    """The JSON of an event model learned from the gold articles, checked to be built for
    ``features_version``; ``ModelError`` with the rebuild command otherwise."""
    try:
        data: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"{file}: {what} model not readable ({exc}); rebuild it with `make event-models`"
        ) from exc
    if data.get("features_version") != features_version:
        raise ModelError(
            f"{file}: built for features version {data.get('features_version')}, "
            f"the code has {features_version}; rebuild it with `make event-models`"
        )
    return data


def package_path(*parts: str) -> Path:
    """Path of a file shipped inside the kabar package, e.g. ``("lang", "ky", "x.tsv")``."""
    return Path(str(resources.files("kabar").joinpath(*parts)))


def read_tsv(
    path: Path | str, columns: int | None = None, *, min_columns: int = 1
) -> list[list[str]]:
    """Rows of a TSV file, comments (``#``) and blank lines skipped.

    With ``columns`` every row must have exactly that many fields (trailing
    empty fields may be left out); otherwise at least ``min_columns``.
    """
    return list(_read_tsv(str(path), columns, min_columns))


@cache
def _read_tsv(path: str, columns: int | None, min_columns: int) -> tuple[list[str], ...]:
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            fields = line.split("\t")
            if columns is not None:
                while len(fields) < columns and len(fields) >= min_columns:
                    fields.append("")
                if len(fields) != columns:
                    raise ResourceError(
                        f"{path}:{lineno}: expected {columns} tab-separated fields, found {len(fields)}"
                    )
            elif len(fields) < min_columns:
                raise ResourceError(
                    f"{path}:{lineno}: expected at least {min_columns} tab-separated fields, found {len(fields)}"
                )
            rows.append([f.strip() for f in fields])
    return tuple(rows)


def lang_tsv(
    lang: str, name: str, columns: int | None = None, *, min_columns: int = 1
) -> list[list[str]]:
    """A TSV under ``kabar/lang/<lang>/``."""
    return read_tsv(package_path("lang", lang, name), columns, min_columns=min_columns)


@cache
def read_yaml(path: Path | str) -> Any:
    import yaml

    try:
        # The C loader parses our rule files ten times faster (start-up budget: 1 s).
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        with open(path, encoding="utf-8") as fh:
            return yaml.load(fh, Loader=loader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise ResourceError(f"{path}{where}: {exc}") from exc


def lang_yaml(lang: str, name: str) -> Any:
    return read_yaml(package_path("lang", lang, name))
