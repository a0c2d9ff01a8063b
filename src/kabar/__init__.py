"""kabar: structured knowledge from Kyrgyz news.

>>> import kabar
>>> doc = kabar.analyze("Токаев Вашингтонго барды.", published="2025-11-20")
>>> doc.language
'ky'
"""

from __future__ import annotations

import datetime as dt

from kabar.document import Document, Entity, Event, Mention, Quote, Sentence, TimeExpression, Token

__version__ = "0.1.0"
__all__ = [
    "Document",
    "Entity",
    "Event",
    "Mention",
    "Quote",
    "Sentence",
    "TimeExpression",
    "Token",
    "analyze",
    "compiled",
]


def compiled() -> bool:
    """Whether the pipeline stages run as the mypyc build (``make fast``, ``setup.py``)
    rather than as pure Python source; both read every text the same way."""
    from kabar.events import extract

    return not str(extract.__file__).endswith(".py")


def parse_date(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """Accept ``2025-11-20``, a date or a datetime (ISO timestamps are cut to the day)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value.strip()[:10])


def analyze(
    text: str,
    published: str | dt.date | dt.datetime | None = None,
    *,
    source: str | None = None,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
) -> Document:
    """Run the whole pipeline over one article's raw text."""
    from kabar.pipeline import default_pipeline

    doc = Document(
        text="",
        raw=text,
        id=id,
        source=source,
        title=title,
        url=url,
        published=parse_date(published),
    )
    return default_pipeline()(doc)
