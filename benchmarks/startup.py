"""Process start to JSON: how long ``kabar analyze ONE.txt --format json`` takes.

hyperfine-like: one warm-up run, then N runs of the installed ``kabar`` command
(or ``python -m kabar.cli`` when the script is not on PATH), and the median,
min and max wall time. The target is under 1 s for one article.

    .venv/bin/python benchmarks/startup.py [--runs 10] [ARTICLE.txt]

The article is the first ``examples/*.txt``; without one, a generated Kyrgyz
paragraph is used (written to a temporary file).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

_GENERATED = (
    "Бишкекте шаршемби күнү өкмөттүн жыйыны өттү. Министрлер жаңы мектептердин курулушун талкуулашты. "
    "Жыйында айыл чарба тармагындагы суу маселеси да козголду. Кийинки жумада президент Ошко барат."
)


def command(article: Path) -> list[str]:
    exe = Path(sys.executable).with_name("kabar")
    if exe.exists():
        base = [str(exe)]
    elif shutil.which("kabar"):
        base = [str(shutil.which("kabar"))]
    else:
        base = [sys.executable, "-m", "kabar.cli"]
    return [*base, "analyze", str(article), "--format", "json"]


def pick_article(given: str | None, tmp: Path) -> Path:
    if given:
        return Path(given)
    examples = sorted((REPO / "examples").glob("*.txt"))
    if examples:
        return examples[0]
    path = tmp / "generated.txt"
    path.write_text("\n".join([_GENERATED] * 5) + "\n", encoding="utf-8")
    return path


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "article", nargs="?", help="text file to analyse (default: first examples/*.txt)"
    )
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        article = pick_article(args.article, Path(tmp))
        cmd = command(article)
        size = article.stat().st_size
        warm = subprocess.run(cmd, capture_output=True)  # warm-up: page cache, .pyc files
        if warm.returncode != 0:
            print(warm.stderr.decode(errors="replace"), file=sys.stderr)
            return warm.returncode
        times: list[float] = []
        for _ in range(args.runs):
            start = time.perf_counter()
            proc = subprocess.run(cmd, capture_output=True)
            times.append(time.perf_counter() - start)
            if proc.returncode != 0:
                print(proc.stderr.decode(errors="replace"), file=sys.stderr)
                return proc.returncode
    print(f"command : {' '.join(Path(c).name if i == 0 else c for i, c in enumerate(cmd))}")
    print(f"article : {article.name} ({size:,} bytes)")
    print("| runs | median (s) | min (s) | max (s) |")
    print("|-----:|-----------:|--------:|--------:|")
    print(
        f"| {len(times)} | {statistics.median(times):.3f} | {min(times):.3f} | {max(times):.3f} |"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
