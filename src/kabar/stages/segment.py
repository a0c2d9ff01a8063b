"""Stage ``segment``: sentences and tokens made for Kyrgyz news.

Why our own: spaCy's blank ``ky`` splits ``22-сентябрында`` and ``Telegram’га``
and knows no Kyrgyz abbreviations; generic sentence splitters cut a quotation of
several sentences away from its ``- деди Токаев.`` attribution. Kyrgyz writes
suffixes onto numbers, abbreviations and foreign names (``2025-жыл``, ``АКШнын``,
``G20нын``), so a token is a run of word characters joined by inner hyphens and
apostrophes. One compiled regular expression does the tokenising (speed: the text
core must pass 300k tokens/s); the sentence rules are a short readable cascade in
``split_sentences``. Abbreviations are data (``lang/ky/abbreviations.tsv``).
"""

from __future__ import annotations

import re
from functools import cache

from kabar.document import Document, Sentence, Token
from kabar.pipeline import stage
from kabar.resources import lang_tsv

SENTENCE_END = frozenset({".", "!", "?", "…", "...", "?!", "!?", "!!", "??"})
CLOSERS = frozenset({'"', ")", "]", "’"})
DASHES = frozenset({"-"})


@cache
def abbreviations() -> dict[str, str]:
    """Abbreviation (lower case, dot included) -> class (``mid`` or ``end``)."""
    return {row[0].lower(): row[1] for row in lang_tsv("ky", "abbreviations.tsv", 3)}


@cache
def token_pattern() -> re.Pattern[str]:
    abbrevs = sorted(abbreviations(), key=len, reverse=True)
    abbrev_alt = "|".join(re.escape(a) for a in abbrevs)
    return re.compile(
        rf"""
        (?:https?://|www\.)[^\s"<>]+[^\s"<>.,;:!?)]              # URL
        | [\w.+-]+@\w+(?:\.\w+)+                                  # e-mail
        | (?<!\w)(?:{abbrev_alt})(?!\w)                           # ж.б., млн.
        | (?<![\w.])[^\W\d_]\.(?=\ ?[^\W\d_]{{2}})(?<=[^\W\d_a-zа-яөүң]\.)  # initial: А. Жапаров
        | \d+(?:[.,:/]\d+)+(?:-?[^\W\d_]+)?                       # 3,5  12:30  01.02.2025
        | \w+(?:[-‐'’]\w+)*                                       # words, 22-сентябрында, Telegram’га
        | \.{{2,}} | [?!]{{2}}                                      # ... ?!
        | \S                                                      # any other symbol
        """,
        re.VERBOSE | re.IGNORECASE,
    )


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    return [
        Token(m.group(), m.start(), m.end())
        for m in token_pattern().finditer(text, start, len(text) if end is None else end)
    ]


def _opens_sentence(tok: Token) -> bool:
    first = tok.text[0]
    return first.isupper() or first.isdigit() or first in '"(-[' or not first.isalpha()


def _is_quote_open(text: str, tok: Token) -> bool:
    """A straight quote opens when nothing is glued to its left."""
    return tok.start == 0 or text[tok.start - 1] in " \n(-[:"


def split_sentences(text: str, tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """Token index ranges ``(first, last_exclusive, ends_with_attribution)`` of each sentence.

    The cascade, for a token ``tok`` that may end a sentence:
    1. a line break after it always ends the sentence;
    2. it must be . ! ? … or an ``end`` abbreviation, with any closing quotes after it;
    3. the next token must look like a sentence start (capital, digit, quote, dash);
    4. but ``", - деди X.`` and ``." - деген элчи.``: a dash and a lower-case word
       after a closing quote continue the sentence (the attribution).
    """
    abbr = abbreviations()
    bounds: list[tuple[int, int, bool]] = []
    first = 0
    n = len(tokens)
    i = 0
    attributed = False
    while i < n:
        tok = tokens[i]
        nxt = tokens[i + 1] if i + 1 < n else None
        if nxt is None:
            break
        if "\n" in text[tok.end : nxt.start]:
            bounds.append((first, i + 1, attributed))
            first, attributed = i + 1, False
            i += 1
            continue
        if tok.text == '"' and not _is_quote_open(text, tok) and nxt.text in DASHES | {","}:
            after = tokens[i + 2] if nxt.text == "," and i + 2 < n else nxt
            if after.text in DASHES:
                attributed = True
        is_end = tok.text in SENTENCE_END or abbr.get(tok.text.lower()) == "end"
        if not is_end:
            i += 1
            continue
        j = i + 1
        while j < n and tokens[j].text in CLOSERS and tokens[j].start == tokens[j - 1].end:
            if tokens[j].text == '"' and _is_quote_open(text, tokens[j]):
                break
            j += 1
        if j >= n:
            break
        follower = tokens[j]
        if "\n" in text[tokens[j - 1].end : follower.start]:
            bounds.append((first, j, attributed))
            first, attributed = j, False
            i = j
            continue
        if follower.text in DASHES and j + 1 < n and tokens[j + 1].text[:1].islower():
            attributed = True
            i = j
            continue
        is_abbrev = tok.text.lower() in abbr
        if is_abbrev and not follower.text[:1].isupper():
            i = j
            continue
        if follower.start == tokens[j - 1].end and follower.text[:1].isalnum():
            i = j  # 2.5, a.b: no space, no boundary
            continue
        if not _opens_sentence(follower):
            i = j
            continue
        bounds.append((first, j, attributed))
        first, attributed = j, False
        i = j
    if first < n:
        bounds.append((first, n, attributed))
    return bounds


def segment(text: str) -> list[Sentence]:
    tokens = tokenize(text)
    if not tokens:
        return []
    bounds = split_sentences(text, tokens)
    sentences = [
        Sentence(start=tokens[a].start, end=tokens[b - 1].end, tokens=tokens[a:b]) for a, b, _ in bounds
    ]
    _link_attributions(text, sentences, bounds)
    return sentences


def _link_attributions(text: str, sentences: list[Sentence], bounds: list[tuple[int, int, bool]]) -> None:
    """Give a quotation's closing sentence the indices of every sentence the quotation spans."""
    open_since: int | None = None
    for idx, sent in enumerate(sentences):
        closed_here = False
        for tok in sent.tokens:
            if tok.text != '"':
                continue
            if open_since is None and _is_quote_open(text, tok):
                open_since = idx
            elif open_since is not None and not _is_quote_open(text, tok):
                if bounds[idx][2] and open_since < idx:
                    sent.attribution_of = list(range(open_since, idx + 1))
                open_since = None
                closed_here = True
        if not closed_here and idx + 1 < len(sentences):
            if "\n" in text[sent.end : sentences[idx + 1].start]:
                open_since = None  # quotes do not run across paragraphs unclosed


@stage("segment", requires=("text",), assigns=("sentences", "tokens"))
def assign_sentences(doc: Document) -> None:
    doc.sentences = segment(doc.text)
