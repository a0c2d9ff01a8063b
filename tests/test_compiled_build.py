"""The compiled build (``make fast``: mypyc over the pipeline stages) reads every text as
the pure source does. Runs where kabar is installed compiled (``make test-compiled``,
part of ``make test``); a pure install has nothing to compare."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import kabar

REPO = Path(__file__).resolve().parents[1]
TEXTS = sorted(
    [
        *(REPO / "tests" / "gold" / "articles").glob("*.txt"),
        *(REPO / "tests" / "gold" / "heldout").glob("*.txt"),
        *(REPO / "examples").glob("*.txt"),
    ]
)

ANALYSE_ALL = """
import json, sys
from pathlib import Path
import kabar
paths = [Path(p) for p in sys.argv[2:]]
docs = []
for p in paths:
    gold = p.with_suffix(".json")
    published = json.loads(gold.read_text(encoding="utf-8")).get("published") if gold.exists() else None
    docs.append(kabar.analyze(p.read_text(encoding="utf-8"), published=published).to_dict())
Path(sys.argv[1]).write_text(json.dumps(docs, ensure_ascii=False, sort_keys=True), encoding="utf-8")
"""

pytestmark = pytest.mark.skipif(
    not kabar.compiled(),
    reason="kabar is installed as pure Python here; `make test-compiled` runs this on the mypyc build",
)


def _analyse_all(out: Path, *, pure: bool) -> list[dict[str, object]]:
    env = dict(os.environ)
    if pure:
        env["PYTHONPATH"] = str(REPO / "src")  # the source tree shadows the compiled install
    subprocess.run(
        [sys.executable, "-c", ANALYSE_ALL, str(out), *map(str, TEXTS)],
        check=True,
        env=env,
        cwd=REPO,
    )
    docs: list[dict[str, object]] = json.loads(out.read_text(encoding="utf-8"))
    return docs


def test_the_pure_run_really_reads_the_source_tree() -> None:
    probe = "import kabar; print(kabar.compiled())"
    env = dict(os.environ, PYTHONPATH=str(REPO / "src"))
    out = subprocess.run(
        [sys.executable, "-c", probe], check=True, env=env, capture_output=True, text=True
    )
    assert out.stdout.strip() == "False"


def test_compiled_build_reads_every_gold_article_as_the_source_does(tmp_path: Path) -> None:
    assert len(TEXTS) > 400
    compiled = _analyse_all(tmp_path / "compiled.json", pure=False)
    pure = _analyse_all(tmp_path / "pure.json", pure=True)
    differing = [path.name for path, a, b in zip(TEXTS, compiled, pure, strict=True) if a != b]
    assert not differing
