"""Stage ``times``: time expressions resolved against the publication date.

Thin processor over ``kabar.temporal``. Vague expressions (``жакында``) are
recognised (so that no other rule mis-reads them) but only output when the data
file marks them ``emit``: with no value they would say nothing an analyst can use.
"""

from __future__ import annotations

from kabar.document import Document, TimeExpression
from kabar.pipeline import stage
from kabar.temporal import sentence_times


@stage("times", requires=("sentences", "lemma"), assigns=("times",))
def find_times(doc: Document) -> None:
    times: list[TimeExpression] = []
    for index, (sent, found_here) in enumerate(
        zip(doc.sentences, sentence_times(doc.sentences, doc.published), strict=True)
    ):
        for found in found_here:
            if not found.frame.emit:
                continue
            start = sent.tokens[found.first].start
            end = sent.tokens[found.last - 1].end
            times.append(
                TimeExpression(doc.text[start:end], start, end, found.value, index, found.type)
            )
    doc.times = times
