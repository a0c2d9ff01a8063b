"""Main text and metadata out of a news page's HTML.

trafilatura does the extraction (boilerplate, navigation and comments removed;
title, date and canonical URL from the page's metadata). We add two things it
does not do for us: the headline that trafilatura repeats as the first line of
the body is dropped, so an HTML page and a text file of the same article reach
the ``clean`` stage with the same text; and a plain lxml text fallback for
fragments too short or too broken for trafilatura, so that any page that has
words gives words.

trafilatura is imported here only, on the first HTML input, so that a run over
text files never pays for it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

_WS = re.compile(r"[ \t\u00a0]+")
_BLANK_LINES = re.compile(r"\n{3,}")


@dataclass(frozen=True, slots=True)
class Extracted:
    """What one page gives: the article body and whatever metadata it declares."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None


def extract(html: str) -> Extracted:
    """The article in ``html``; ``text`` is ``""`` when the page has no words at all."""
    data = _trafilatura(html)
    text = (data.get("text") or "").strip() if data else ""
    title = _clean_line(data.get("title")) if data else None
    if not text:
        text = _plain_text(html)
    if title and text:
        text = _drop_repeated_title(text, title)
    published = _date(data.get("date")) if data else None
    url = (data.get("url") or None) if data else None
    return Extracted(text=text, title=title or None, published=published, url=url)


def _trafilatura(html: str) -> dict[str, Any] | None:
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            favor_precision=True,
        )
    except Exception:  # trafilatura/lxml raise a variety of errors on broken markup
        return None
    if doc is None:
        return None
    if isinstance(doc, dict):
        return doc
    as_dict = getattr(doc, "as_dict", None)
    return as_dict() if callable(as_dict) else None


def _plain_text(html: str) -> str:
    """Every visible text node, one block per line: the fallback for tiny or broken pages."""
    try:
        import lxml.html

        root = lxml.html.fromstring(html)
    except Exception:  # empty document, parser errors
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template|//head"):
        bad.drop_tree()
    chunks = [_WS.sub(" ", t).strip() for t in root.itertext()]
    text = "\n".join(c for c in chunks if c)
    return _BLANK_LINES.sub("\n\n", text).strip()


def _drop_repeated_title(text: str, title: str) -> str:
    first, sep, rest = text.partition("\n")
    if sep and _norm(first) == _norm(title):
        return rest.lstrip("\n")
    return text


def _norm(s: str) -> str:
    return _WS.sub(" ", s).strip().casefold()


def _clean_line(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = _WS.sub(" ", value).strip()
    return value or None


def _date(value: object) -> dt.date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None
