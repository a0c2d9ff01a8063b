"""Stage ``times``: time expressions resolved against the publication date.

Thin processor over ``kabar.temporal``. Vague expressions (``жакында``) are
recognised (so that no other rule mis-reads them) but only output when the data
file marks them ``emit``: with no value they would say nothing an analyst can use.
"""

from __future__ import annotations

import datetime as dt

from kabar.document import Document, TimeExpression
from kabar.pipeline import stage
from kabar.temporal import day_of, find_in_sentence


@stage("times", requires=("sentences", "lemma"), assigns=("times",))
def find_times(doc: Document) -> None:
    times: list[TimeExpression] = []
    days: list[dt.date] = []
    prev_value: str | None = None
    for index, sent in enumerate(doc.sentences):
        for found in find_in_sentence(sent.tokens, doc.published, days, prev_value):
            if day := day_of(found.value):
                days.append(day)
            if found.value and "W" not in found.value:
                prev_value = found.value
            if not found.frame.emit:
                continue
            start = sent.tokens[found.first].start
            end = sent.tokens[found.last - 1].end
            times.append(
                TimeExpression(doc.text[start:end], start, end, found.value, index, found.type)
            )
    doc.times = times
