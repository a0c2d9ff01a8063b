"""Morphology benchmark: kabar's tagger vs UDPipe 1, both trained on UD Kyrgyz-KTMU train.

Prints accuracy tables (gold tokenisation, CoNLL 2018 conventions: see
``kabar.evaluate.morphology``) on KTMU test and TueCL test, for all / seen / unseen
words (seen = form occurs in KTMU train, the same set for both systems), then speed
(tokens/s, one process, one core) and peak RSS. UDPipe 1 is trained here, in the
same run, with its default tagger options (tokenizer and parser switched off:
they are not measured).

    .venv/bin/python benchmarks/morphology.py            # needs ../shared and ufal.udpipe
"""

from __future__ import annotations

import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from kabar.evaluate.morphology import Counts, Reading, score
from kabar.formats import conllu

REPO = Path(__file__).resolve().parents[1]


def shared_dir() -> Path | None:
    for cand in (os.environ.get("KABAR_SHARED"), str(REPO.parent / "shared")):
        if cand and (Path(cand) / "data" / "ud-ktmu").is_dir():
            return Path(cand)
    return None


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def run_tagger(
    sents: list[conllu.ConlluSentence], tag: Callable[[list[str]], list[Reading]]
) -> tuple[list[list[Reading]], float]:
    t0 = time.perf_counter()
    out = [tag([w.form for w in s.words]) for s in sents]
    return out, time.perf_counter() - t0


def kabar_tag(words: list[str]) -> list[Reading]:
    from kabar.morphology.tagger import Tagger

    return [(a.lemma, a.pos, a.feats) for a in Tagger.load().tag(words)]


class UDPipe:
    """UDPipe 1 trained on the KTMU train file (default tagger options)."""

    def __init__(self, train: Path) -> None:
        import ufal.udpipe as ud

        self.ud = ud
        sentences = ud.Sentences()
        fmt = ud.InputFormat.newConlluInputFormat()
        fmt.setText(train.read_text(encoding="utf-8"))
        err = ud.ProcessingError()
        sent = ud.Sentence()
        while fmt.nextSentence(sent, err):
            sentences.append(sent)
            sent = ud.Sentence()
        data = ud.Trainer.train(
            "morphodita_parsito", sentences, ud.Sentences(), "none", "", "none", err
        )
        if err.occurred():
            raise RuntimeError(f"UDPipe training failed: {err.message}")
        with tempfile.NamedTemporaryFile(suffix=".udpipe", delete=False) as fh:
            fh.write(data if isinstance(data, bytes) else data.encode("latin-1"))
            self.path = fh.name
        self.model = ud.Model.load(self.path)
        if self.model is None:
            raise RuntimeError("UDPipe could not load the model it trained")

    def tag(self, words: list[str]) -> list[Reading]:
        s = self.ud.Sentence()
        for w in words:
            s.addWord(w)
        self.model.tag(s, self.ud.Model.DEFAULT)
        return [
            (s.words[i].lemma, s.words[i].upostag, s.words[i].feats) for i in range(1, len(s.words))
        ]


def table(rows: list[tuple[str, str, dict[str, Counts]]]) -> str:
    metrics = ("UPOS", "Lemma", "UFeats", "AllTags (no XPOS)")
    head = f"| treebank | system | words | {' | '.join(metrics)} |"
    lines = [head, "|" + "---|" * (3 + len(metrics))]
    for bank, system, res in rows:
        for group in ("all", "seen", "unseen"):
            c = res[group]
            cells = " | ".join(f"{c.percent(m):.1f}" for m in metrics)
            lines.append(f"| {bank} {group} | {system} | {c.words} | {cells} |")
    return "\n".join(lines)


def main() -> int:
    shared = shared_dir()
    if shared is None:
        print("../shared (UD treebanks) not found; set KABAR_SHARED", file=sys.stderr)
        return 2
    ud = shared / "data"
    train_path = ud / "ud-ktmu" / "ky_ktmu-ud-train.conllu"
    banks = {
        "KTMU test": conllu.read(ud / "ud-ktmu" / "ky_ktmu-ud-test.conllu"),
        "TueCL test": conllu.read(ud / "ud-tuecl" / "ky_tuecl-ud-test.conllu"),
    }
    train_forms = {w.form for s in conllu.read(train_path) for w in s.words}

    def seen(form: str) -> bool:
        return form in train_forms

    rows: list[tuple[str, str, dict[str, Counts]]] = []
    speed: list[tuple[str, str, float]] = []

    # kabar first, so its peak RSS is not UDPipe's.
    from kabar.morphology.tagger import Tagger

    t0 = time.perf_counter()
    Tagger.load()
    load_s = time.perf_counter() - t0
    results = {}
    for name, sents in banks.items():
        pred, secs = run_tagger(sents, kabar_tag)
        n = sum(len(s.words) for s in sents)
        results[name] = pred
        speed.append(("kabar", f"{name}, cold caches", n / secs))
    sents = banks["KTMU test"]
    _, secs = run_tagger(sents, kabar_tag)
    speed.append(("kabar", "KTMU test, warm caches", sum(len(s.words) for s in sents) / secs))
    kabar_rss = peak_rss_mb()
    from kabar.morphology.tagger import ud_feats

    for name, sents in banks.items():
        rows.append((name, "kabar", score(sents, results[name], seen)))
        # What the pipeline stage hands on: KTMU's possessive-as-case habit undone.
        staged = [
            [
                (lem, pos, ud_feats(w.form, feats, pos))
                for w, (lem, pos, feats) in zip(s.words, p, strict=True)
            ]
            for s, p in zip(sents, results[name], strict=True)
        ]
        rows.append((name, "kabar, stage feats (UD)", score(sents, staged, seen)))

    t0 = time.perf_counter()
    udpipe = UDPipe(train_path)
    train_s = time.perf_counter() - t0
    try:
        for name, sents in banks.items():
            pred, secs = run_tagger(sents, udpipe.tag)
            rows.append((name, "UDPipe 1", score(sents, pred, seen)))
            speed.append(("UDPipe 1", name, sum(len(s.words) for s in sents) / secs))
    finally:
        os.unlink(udpipe.path)

    order = {"kabar": 0, "kabar, stage feats (UD)": 1, "UDPipe 1": 2}
    rows.sort(key=lambda r: (r[0] != "KTMU test", r[0], order[r[1]]))
    print(table(rows))
    print()
    print("| system | run | tokens/s |")
    print("|---|---|---|")
    for system, run, rate in speed:
        print(f"| {system} | {run} | {rate:,.0f} |")
    print()
    print(
        f"kabar model load {load_s:.2f} s; peak RSS after kabar (analyser + tagger) {kabar_rss:.0f} MB"
    )
    print(f"UDPipe 1 training {train_s:.0f} s; peak RSS of the whole run {peak_rss_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
