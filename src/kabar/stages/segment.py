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
        | (?<!\w)(?:\d+-)?(?:{abbrev_alt})(?!\w)                    # ж.б., млн., 2025-ж.
        | (?-i:(?<![\w.])[A-ZА-ЯЁӨҮҢ]\.(?=\ ?[A-ZА-ЯЁӨҮҢ][^\W\d_]))     # initial: А. Жапаров
        | \d+(?:[.,:/]\d+)+(?:-?[^\W\d_]+)?                       # 3,5  12:30  01.02.2025
        | \w+(?:[-‐'’]\w+)*                                       # words, 22-сентябрында, Telegram’га
        | \.{{2,}} | [?!]{{2}}                                      # ... ?!
        | \S                                                      # any other symbol
        """,
        re.VERBOSE | re.IGNORECASE,
    )


# Most lines need only words and single symbols; the full pattern (URLs, decimals,
# abbreviations, initials) is three times slower, so it runs only on lines that
# hold one of those shapes.
SIMPLE_TOKEN = re.compile(r"\w+(?:[-‐'’]\w+)*|\.{2,}|[?!]{2}|\S")
_NEEDS_FULL_PATTERN = re.compile(r"\w[.,:/@]\w|://|www\.|(?<!\w)\w{1,5}\.")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    stop = len(text) if end is None else end
    pattern = token_pattern() if _NEEDS_FULL_PATTERN.search(text, start, stop) else SIMPLE_TOKEN
    return [Token(m.group(), m.start(), m.end()) for m in pattern.finditer(text, start, stop)]


def _opens_sentence(tok: Token) -> bool:
    first = tok.text[0]
    return first.isupper() or first.isdigit() or first in '"(-[' or not first.isalpha()


def _is_quote_open(text: str, tok: Token) -> bool:
    """A straight quote opens when nothing is glued to its left."""
    return tok.start == 0 or text[tok.start - 1] in " \n(-[:"


def _abbreviation_class(text: str, abbr: dict[str, str]) -> str | None:
    """``mid``/``end`` for ``млн.`` and for a number's suffixed ``2025-ж.``; None otherwise."""
    lowered = text.lower()
    return abbr.get(lowered) or abbr.get(lowered.rpartition("-")[2])


def split_sentences(text: str, tokens: list[Token]) -> list[tuple[int, int, bool]]:
    """Token index ranges ``(first, last_exclusive, ends_with_attribution)`` of each
    sentence of one paragraph (a line: line breaks always end sentences).

    The cascade, for a token that may end a sentence:
    1. it must be . ! ? … or an ``end`` abbreviation, with any closing quotes after it;
    2. ``", - деди X.`` and ``." - деген элчи.``: a dash and a lower-case word after
       a closing quote continue the sentence (the attribution);
    3. after an abbreviation, only a capital starts a new sentence;
    4. the next token must be spaced off and look like a sentence start.
    """
    abbr = abbreviations()
    bounds: list[tuple[int, int, bool]] = []
    first = 0
    n = len(tokens)
    attributed = False
    candidates = [i for i, t in enumerate(tokens) if t.text[-1] in _CANDIDATE_ENDINGS]
    skip_to = -1
    for i in candidates:
        if i < skip_to:
            continue
        tok = tokens[i]
        if tok.text == '"':
            if not _is_quote_open(text, tok) and i + 1 < n:
                after = tokens[i + 2] if tokens[i + 1].text == "," and i + 2 < n else tokens[i + 1]
                if after.text in DASHES:
                    attributed = True
            continue
        abbrev_class = _abbreviation_class(tok.text, abbr)
        if tok.text not in SENTENCE_END and abbrev_class != "end":
            continue
        j = i + 1
        while j < n and tokens[j].text in CLOSERS and tokens[j].start == tokens[j - 1].end:
            if tokens[j].text == '"' and _is_quote_open(text, tokens[j]):
                break
            j += 1
        if j >= n:
            break
        skip_to = j
        follower = tokens[j]
        if follower.text in DASHES and j + 1 < n and tokens[j + 1].text[:1].islower():
            attributed = True
            continue
        if abbrev_class and not follower.text[:1].isupper():
            continue
        if follower.start == tokens[j - 1].end and follower.text[:1].isalnum():
            continue  # 2.5, a.b: no space, no boundary
        if not _opens_sentence(follower):
            continue
        bounds.append((first, j, attributed))
        first, attributed = j, False
    if first < n:
        bounds.append((first, n, attributed))
    return bounds


# Last characters of every token that may end a sentence or open an attribution.
_CANDIDATE_ENDINGS = frozenset('.!?…"')
_LINE = re.compile(r"[^\n]+")


def segment(text: str) -> list[Sentence]:
    sentences: list[Sentence] = []
    bounds: list[tuple[int, int, bool]] = []
    for paragraph, line in enumerate(_LINE.finditer(text)):
        tokens = tokenize(text, line.start(), line.end())
        for a, b, attributed in split_sentences(text, tokens):
            bounds.append((a, b, attributed))
            sentences.append(
                Sentence(
                    start=tokens[a].start,
                    end=tokens[b - 1].end,
                    tokens=tokens[a:b],
                    paragraph=paragraph,
                )
            )
    _link_attributions(text, sentences, bounds)
    return sentences


def _link_attributions(
    text: str, sentences: list[Sentence], bounds: list[tuple[int, int, bool]]
) -> None:
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
        if (
            not closed_here
            and idx + 1 < len(sentences)
            and sentences[idx + 1].paragraph != sent.paragraph
        ):
            open_since = None  # quotes do not run across paragraphs unclosed


@stage("segment", requires=("text",), assigns=("sentences", "tokens"))
def assign_sentences(doc: Document) -> None:
    doc.sentences = segment(doc.text)
