"""Our UD features rewritten into UD Kyrgyz-KTMU's habits, for scoring against that treebank.

KTMU marks a 3rd-person possessive as if it were a case: a possessed nominative gets
``Case=Acc`` (``багы``, ``жардамчысы``) and a possessed word in another case gets the pair
(``күнүндө`` ``Case=Acc,Loc``; ``жолунун`` ``Case=Acc,Gen``). The analyser keeps the UD
reading (``Case=Nom``/``Case=Loc`` with ``Person[psor]=3``); evaluation against KTMU and
a tagger trained on it can map readings with this function instead of the analyser
copying the treebank's error.
"""

from __future__ import annotations

from kabar.morphology.tables import format_feats, parse_feats


def to_ktmu_feats(feats: str) -> str:
    """``Case=Nom|...|Person[psor]=3`` -> ``Case=Acc|...`` (and ``Case=Loc`` -> ``Case=Acc,Loc``)."""
    d = dict(parse_feats(feats))
    case = d.get("Case")
    if case and d.get("Person[psor]") == "3":
        if case == "Nom":
            d["Case"] = "Acc"
        elif case not in ("Acc", "Abl"):
            d["Case"] = ",".join(sorted({"Acc", case}))
    return format_feats(d)
