"""Where ../shared lies, for benchmark scripts (they skip with a message when it is absent)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path:
    for cand in (os.environ.get("KABAR_SHARED"), str(REPO.parent / "shared")):
        if cand and (Path(cand) / "data").is_dir():
            return Path(cand)
    print("skipped: ../shared (UD treebanks, X-WMT) is not beside the repo", file=sys.stderr)
    raise SystemExit(0)


def conllu_texts(path: Path) -> list[str]:
    """The ``# text =`` sentences of a CoNLL-U file."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("# text ="):
                out.append(line.split("=", 1)[1].strip())
    return out


def one_core() -> None:
    """Pin the process to one core so figures compare across machines."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
