"""Scores on the held-out gold articles: the TOTAL line only.

Run: ``.venv/bin/python benchmarks/heldout.py``. The held-out set
(``tests/gold/heldout/``) was written after the rules; it is measured, never read
while tuning, so this script prints no per-article rows and no misses.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

from kabar.evaluate.articles import main

HELDOUT = Path(__file__).resolve().parents[1] / "tests" / "gold" / "heldout"

if __name__ == "__main__":
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        main(HELDOUT, HELDOUT)
    lines = buffer.getvalue().splitlines()
    header = next((line for line in lines if line.startswith("article")), "")
    print(header)
    for line in lines:
        if line.startswith(("TOTAL", "counts:", "columns:")):
            print(line)
