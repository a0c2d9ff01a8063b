"""Stage ``clean``: raw article text -> the clean ``Document.text`` every offset points into.

What a scraper delivers is not what a reader reads: Unicode in several
normalisation forms, Latin look-alike letters typed into Cyrillic words (``Кaзакстан``
with a Latin ``a`` defeats every lexicon), typographic quotes and dashes in five
variants, and site residue (share buttons, view counters) glued to the end.
All offsets later stages produce point into the cleaned text, so cleaning happens
once, here, first. Character-for-character replacements (quotes, dashes,
look-alikes) keep the cleaned text aligned with the raw one wherever no line was
removed. Residue patterns are data (``lang/*/boilerplate.tsv``).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from kabar.document import Document
from kabar.pipeline import stage
from kabar.resources import package_path, read_tsv

# One character in, one character out: offsets stay honest.
PUNCTUATION_MAP = str.maketrans(
    {
        "«": '"',
        "»": '"',
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "‘": "’",
        "‛": "’",
        "ʼ": "’",
        "`": "’",
        "´": "’",
        "–": "-",
        "—": "-",
        "―": "-",
        "‒": "-",
        "−": "-",
        "\u00a0": " ",
        "\u2007": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\t": " ",
        "\r": "\n",
        "\u2028": "\n",
        "\u2029": "\n",
    }
)
_PUNCTUATION = {chr(code): sub for code, sub in PUNCTUATION_MAP.items()}
# Only the few characters to unify are visited: ``str.translate`` with a mapping looks up
# every character of a Cyrillic text (a third of this stage's time).
_TO_UNIFY = re.compile("[" + re.escape("".join(_PUNCTUATION)) + "]")
# Characters that carry nothing a reader sees.
INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")

# Latin letters that look like Cyrillic ones, and back.
LATIN_TO_CYRILLIC = str.maketrans("aAeEoOpPcCyYxXkKHBMTiI", "аАеЕоОрРсСуУхХкКНВМТіІ")
CYRILLIC_TO_LATIN = str.maketrans("аАеЕоОрРсСуУхХкКНВМТіІ", "aAeEoOpPcCyYxXkKHBMTiI")
_LATIN_LOOKALIKES = frozenset("aAeEoOpPcCyYxXkKHBMTiI")
_CYRILLIC_LOOKALIKES = frozenset("аАеЕоОрРсСуУхХкКНВМТіІ")
# A whole word in which a Latin letter touches a Cyrillic one (anchored at a word start,
# so the scan stays linear).
_MIXED_WORD = re.compile(
    r"\b[^\W\d_]*?(?:[a-zA-Z][\u0400-\u04ff]|[\u0400-\u04ff][a-zA-Z])[^\W\d_]*"
)
# A Latin abbreviation in capitals followed by a lower-case Cyrillic ending.
_ACRONYM_WITH_SUFFIX = re.compile(r"[A-Z][A-Z0-9]+[\u0430-\u04ff]+")
# Where a Latin letter touches a Cyrillic one: only texts that have one are looked at (speed).
_SCRIPT_JUNCTION = re.compile("[a-zA-Z][\u0400-\u04ff]|[\u0400-\u04ff][a-zA-Z]")
_ANY_LATIN = re.compile("[a-zA-Z]")
"""Most Kyrgyz texts have no Latin letter at all: one cheap scan spares the junction's."""


def _is_cyrillic(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff"


def _is_latin(ch: str) -> bool:
    return ch.isascii() and ch.isalpha()


def _fix_lookalikes(match: re.Match[str]) -> str:
    """Map the minority script's look-alike letters to the majority script of the word.

    Only when every minority letter has a look-alike: ``G20нын`` and ``Telegram’га``
    are a Latin name with a Kyrgyz suffix, not a typo, and stay as they are.
    """
    word = match.group()
    if _ACRONYM_WITH_SUFFIX.fullmatch(word):
        return word  # IWFке, UNDPга: a Latin abbreviation with its Kyrgyz ending
    cyr = sum(1 for ch in word if _is_cyrillic(ch))
    lat = sum(1 for ch in word if _is_latin(ch))
    if not cyr or not lat:
        return word
    if cyr >= lat:
        if all(ch in _LATIN_LOOKALIKES for ch in word if _is_latin(ch)):
            return word.translate(LATIN_TO_CYRILLIC)
    elif all(ch in _CYRILLIC_LOOKALIKES for ch in word if _is_cyrillic(ch)):
        return word.translate(CYRILLIC_TO_LATIN)
    return word


@cache
def boilerplate_patterns() -> tuple[re.Pattern[str], ...]:
    """Whole-line residue patterns from every language's ``boilerplate.tsv``."""
    lang_dir = package_path("lang")
    patterns: list[re.Pattern[str]] = []
    for path in sorted(lang_dir.glob("*/boilerplate.tsv")):
        for row in read_tsv(path, 2):
            patterns.append(re.compile(rf"(?:{row[0]})", re.IGNORECASE))
    return tuple(patterns)


# A residue line is short; a longer line is article text whatever it starts with.
MAX_RESIDUE_LINE = 160


def is_boilerplate(line: str) -> bool:
    stripped = line.strip(" .,:;!|·•-")
    if not stripped or len(stripped) > MAX_RESIDUE_LINE:
        return False
    return any(p.fullmatch(stripped) for p in boilerplate_patterns())


def _unified(match: re.Match[str]) -> str:
    return _PUNCTUATION[match.group()]


def normalize(text: str) -> str:
    """Unicode NFC, invisible characters dropped, quotes/dashes/spaces unified, look-alikes fixed."""
    text = text.replace("\r\n", "\n")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _TO_UNIFY.sub(_unified, INVISIBLE.sub("", text))
    if not _ANY_LATIN.search(text) or not _SCRIPT_JUNCTION.search(text):
        return text
    return _MIXED_WORD.sub(_fix_lookalikes, text)


_SPACES = re.compile(r" {2,}")


def clean_text(raw: str) -> tuple[str, list[str]]:
    """The cleaned text and a warning for each residue line removed."""
    warnings: list[str] = []
    lines: list[str] = []
    for line in normalize(raw).split("\n"):
        line = _SPACES.sub(" ", line).strip()
        if not line:
            if lines and lines[-1]:
                lines.append("")
            continue
        if is_boilerplate(line):
            warnings.append(f"removed site residue: {line!r}")
            continue
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    # Paragraphs separated by a blank line in the source stay one line each.
    return "\n".join(line for line in lines if line), warnings


@stage("clean", requires=("raw",), assigns=("text", "warnings"))
def clean(doc: Document) -> None:
    raw = doc.raw or doc.text
    doc.text, removed = clean_text(raw)
    doc.warnings.extend(removed)
