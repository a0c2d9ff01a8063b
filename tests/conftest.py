"""Shared fixtures: where ``../shared`` lies, and the seed article with its gold."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]


def find_shared() -> Path | None:
    """``$KABAR_SHARED`` or ``../shared`` beside the repo, when it holds the seed."""
    candidates = [os.environ.get("KABAR_SHARED"), str(REPO.parent / "shared")]
    for cand in candidates:
        if cand and (Path(cand) / "seed").is_dir():
            return Path(cand)
    return None


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    path = find_shared()
    if path is None:
        pytest.skip("../shared (seed article, UD treebanks, X-WMT) is not beside the repo")
    return path


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    return (shared_dir / "seed" / "000_f1bb1109d737bb7e.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_gold(shared_dir: Path) -> dict[str, Any]:
    gold: dict[str, Any] = json.loads(
        (shared_dir / "seed" / "gold.json").read_text(encoding="utf-8")
    )
    return gold
