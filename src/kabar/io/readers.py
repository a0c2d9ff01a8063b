"""Input paths -> articles, without ever raising for what a user hands us.

News arrives as scraped text files in whatever encoding the site used, saved
HTML pages, or JSON Lines dumps from a crawler. Each input yields either an
``Article`` or an ``InputError`` (file, line, reason); one bad file or line never
stops the others. Decoding is done here once so that every later stage sees
``str``: BOMs first, then strict UTF-8, then charset-normalizer for legacy
code pages (cp1251, KOI8-R, ...), which is reported as a warning.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

if TYPE_CHECKING:
    from kabar.document import Document

MAX_BYTES = 20 * 1024 * 1024
"""Largest input file we read (20 MiB). A news article is a few kB and a JSONL dump
of thousands of them a few MB; anything larger is almost surely the wrong file
(a database dump, a video), so it is refused after a ``stat`` without reading it."""

STDIN = "-"
STDIN_NAME = "<stdin>"

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
INPUT_FORMATS = ("auto", "text", "html", "jsonl")

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_MAX_CONTROL_RATIO = 0.01
"""Decoded text with more than 1% C0 control characters is binary, whatever a detector says."""


@dataclass(slots=True)
class Article:
    """One article as read, before analysis: exactly one of ``text`` / ``html`` is set."""

    source: str
    """The path as given on the command line, or ``<stdin>``."""
    text: str | None = None
    html: str | None = None
    id: str | None = None
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    line: int | None = None
    """1-based line number inside a JSONL file; None for whole-file inputs."""
    warnings: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return f"{self.source}:{self.line}" if self.line is not None else self.source


@dataclass(frozen=True, slots=True)
class InputError:
    """Why one file (or one JSONL line) could not be read. Reported, never raised."""

    path: str
    line: int | None
    reason: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.reason}"


class _Refused(Exception):
    """Internal: a reason to give up on one input, turned into an ``InputError``."""


def read_inputs(
    paths: Iterable[str], *, input_format: str = "auto", stdin: BinaryIO | None = None
) -> Iterator[Article | InputError]:
    """Articles and errors from every path, in order; ``-`` is standard input."""
    for path in paths:
        yield from read_path(path, input_format=input_format, stdin=stdin)


def read_path(
    path: str, *, input_format: str = "auto", stdin: BinaryIO | None = None
) -> Iterator[Article | InputError]:
    """Articles and errors from one path. Never raises for anything in the file."""
    name = STDIN_NAME if path == STDIN else path
    try:
        if path == STDIN:
            data = _read_stream(stdin if stdin is not None else sys.stdin.buffer)
        else:
            data = _read_file(path)
        text, warnings = _decode(data)
    except _Refused as exc:
        yield InputError(name, None, str(exc))
        return
    kind = _kind(path, text, input_format)
    if kind == "jsonl":
        yield from _jsonl_articles(name, text, warnings)
        return
    if not text.strip():
        yield InputError(name, None, "empty (only whitespace)")
        return
    ident = None if path == STDIN else Path(path).stem
    if kind == "html":
        yield Article(source=name, html=text, id=ident, warnings=warnings)
    else:
        yield Article(source=name, text=text, id=ident, warnings=warnings)


def _kind(path: str, text: str, input_format: str) -> str:
    if input_format != "auto":
        return input_format
    if path == STDIN:
        return _sniff(text)
    suffix = Path(path).suffix.lower()
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    return "text"


def _sniff(text: str) -> str:
    """Standard input has no extension: a leading ``{`` means JSONL, ``<`` a page."""
    head = text.lstrip("\ufeff \t\r\n")[:512].lower()
    if head.startswith("{"):
        return "jsonl"
    if head.startswith("<") and (
        "<html" in head or "<!doctype" in head or "<body" in head or "<p" in head
    ):
        return "html"
    return "text"


def _read_file(path: str) -> bytes:
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise _Refused("no such file") from None
    except PermissionError:
        raise _Refused("permission denied") from None
    except OSError as exc:
        raise _Refused(f"cannot read: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise _Refused("is a directory; give the files inside it (e.g. dir/*.txt)")
    if stat.S_ISREG(st.st_mode):
        _check_size(st.st_size)
        if st.st_size == 0:
            raise _Refused("empty")
    try:
        with open(path, "rb") as fh:
            return _read_stream(fh)
    except PermissionError:
        raise _Refused("permission denied") from None
    except OSError as exc:
        raise _Refused(f"cannot read: {exc.strerror or exc}") from None


def _read_stream(stream: BinaryIO) -> bytes:
    """At most ``MAX_BYTES`` (+1 to notice more) from a pipe, device or file."""
    data = stream.read(MAX_BYTES + 1)
    _check_size(len(data), at_least=len(data) > MAX_BYTES)
    if not data:
        raise _Refused("empty")
    return data


def _check_size(size: int, *, at_least: bool = False) -> None:
    if size > MAX_BYTES:
        more = "more than " if at_least else ""
        raise _Refused(
            f"too large: {more}{size:,} bytes, over the {MAX_BYTES // (1024 * 1024)} MiB input limit "
            "(split it into articles)"
        )


def _decode(data: bytes) -> tuple[str, list[str]]:
    """Bytes -> text and warnings; raises ``_Refused`` for binary or undecodable data."""
    if not data:
        raise _Refused("empty")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise _Refused(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding}"
                ) from None
            text = text.removeprefix("\ufeff")
            _check_text(text)
            warnings = (
                []
                if encoding == "utf-8-sig"
                else [f"decoded as {_label(encoding)} (byte-order mark)"]
            )
            return text, warnings
    if b"\x00" in data:
        raise _Refused("binary file (contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        _check_text(text)
        return text, []
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise _Refused("binary or undecodable: neither UTF-8 nor a known legacy encoding")
    text = str(best)
    _check_text(text)
    return text, [f"decoded as {_label(best.encoding)} (not UTF-8)"]


def _check_text(text: str) -> None:
    if not text:
        return
    controls = len(_CONTROL.findall(text))
    if controls > max(1, len(text) * _MAX_CONTROL_RATIO):
        raise _Refused("binary file (control characters), not text")


def _label(encoding: str) -> str:
    return encoding.replace("_", "-").lower()


def _jsonl_articles(name: str, text: str, warnings: list[str]) -> Iterator[Article | InputError]:
    """One article per JSON line; a bad line is one error, the other lines go on."""
    seen = 0
    stem = Path(name).stem if name != STDIN_NAME else "stdin"
    for lineno, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        seen += 1
        try:
            yield _jsonl_article(name, lineno, line, stem, warnings)
        except _Refused as exc:
            yield InputError(name, lineno, str(exc))
    if not seen:
        yield InputError(name, None, "empty (no JSON lines)")


_JSONL_FIELDS = ("text", "html", "id", "title", "published", "url")


def _jsonl_article(name: str, lineno: int, line: str, stem: str, warnings: list[str]) -> Article:
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError) as exc:
        msg = exc.msg if isinstance(exc, json.JSONDecodeError) else "nested too deeply"
        raise _Refused(f"malformed JSON: {msg}") from None
    if not isinstance(obj, dict):
        raise _Refused(f"expected a JSON object, found {type(obj).__name__}")
    text, html = obj.get("text"), obj.get("html")
    for key in ("text", "html", "title", "url", "published"):
        if obj.get(key) is not None and not isinstance(obj[key], str):
            raise _Refused(f"field {key!r} must be a string, found {type(obj[key]).__name__}")
    if not (isinstance(text, str) and text.strip()) and not (
        isinstance(html, str) and html.strip()
    ):
        raise _Refused('no article: needs a non-empty "text" or "html" field')
    ident = obj.get("id")
    if ident is not None and not isinstance(ident, (str, int)):
        raise _Refused(f"field 'id' must be a string or integer, found {type(ident).__name__}")
    article = Article(
        source=name,
        line=lineno,
        text=text if isinstance(text, str) and text.strip() else None,
        html=None if isinstance(text, str) and text.strip() else html,
        id=str(ident) if ident is not None else f"{stem}:{lineno}",
        title=obj.get("title") or None,
        url=obj.get("url") or None,
        warnings=list(warnings),
    )
    published = obj.get("published")
    if published:
        article.published = parse_published(published)
        if article.published is None:
            article.warnings.append(
                f"published {published!r} is not an ISO date (YYYY-MM-DD); ignored"
            )
    unknown = sorted(k for k in obj if k not in _JSONL_FIELDS)
    if unknown:
        article.warnings.append(f"ignored unknown JSONL fields: {', '.join(unknown)}")
    return article


def parse_published(value: str) -> dt.date | None:
    """``2025-11-20`` or an ISO timestamp cut to its day; None when it is not one."""
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def analyze_article(
    article: Article, default_published: dt.date | None = None
) -> Document | InputError:
    """Run the pipeline over one article; HTML is extracted first.

    The article's own date (JSONL ``published``, the page's metadata) wins;
    ``default_published`` applies only when it has none. Unexpected pipeline
    errors propagate: the caller reports them per article.
    """
    import kabar

    text = article.text
    title, published, url = article.title, article.published, article.url
    warnings = list(article.warnings)
    if text is None:
        from kabar.io.html import extract

        page = extract(article.html or "")
        if not page.text.strip():
            return InputError(article.source, article.line, "no article text found in the HTML")
        text = page.text
        title = title or page.title
        published = published or page.published
        url = url or page.url
    doc = kabar.analyze(
        text,
        published or default_published,
        source=article.source,
        id=article.id,
        title=title,
        url=url,
    )
    doc.warnings[:0] = warnings
    return doc
