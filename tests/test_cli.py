"""The ``kabar`` command: outputs, per-input errors, exit codes, and no traceback for any input."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from kabar import __version__
from kabar.cli import app
from kabar.events.confidence import load_model
from kabar.schema import load as load_schema

KYRGYZ = "Бүгүн Бишкекте өкмөттүн кеңешмеси өттү. Министрлер жаңы мектептер тууралуу сүйлөштү."
RUSSIAN = "Правительство обсудило строительство новых школ. Работы начнутся весной следующего года."


def run(*args: str, input: bytes | str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args), input=input)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture()
def ky_file(tmp_path: Path) -> Path:
    path = tmp_path / "ky.txt"
    path.write_text(KYRGYZ, encoding="utf-8")
    return path


def test_one_article_gives_one_json_object_that_validates(ky_file: Path) -> None:
    code, out, err = run("analyze", str(ky_file))
    assert code == 0, err
    doc = json.loads(out)
    jsonschema.validate(doc, load_schema())
    assert doc["id"] == "ky" and doc["source"] == str(ky_file)
    assert doc["text"] == KYRGYZ


def test_several_articles_in_json_are_one_array(tmp_path: Path, ky_file: Path) -> None:
    ru = tmp_path / "ru.txt"
    ru.write_text(RUSSIAN, encoding="utf-8")
    code, out, _ = run("analyze", str(ky_file), str(ru), "--format", "json")
    assert code == 0
    docs = json.loads(out)
    assert isinstance(docs, list) and [d["id"] for d in docs] == ["ky", "ru"]
    for doc in docs:
        jsonschema.validate(doc, load_schema())


def test_jsonl_prints_one_line_per_document(tmp_path: Path, ky_file: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        "\n".join(json.dumps({"id": f"n{i}", "text": KYRGYZ}) for i in range(3)) + "\n",
        encoding="utf-8",
    )
    code, out, _ = run("analyze", str(ky_file), str(dump), "--format", "jsonl")
    assert code == 0
    lines = out.splitlines()
    assert [json.loads(line)["id"] for line in lines] == ["ky", "n0", "n1", "n2"]


def test_cp1251_and_utf16_files_give_the_same_text_as_utf8(tmp_path: Path) -> None:
    paths = []
    for enc in ("utf-8", "cp1251", "utf-16"):
        path = tmp_path / f"{enc}.txt"
        path.write_bytes((RUSSIAN + "\n").encode(enc) * 2)
        paths.append(str(path))
    code, out, _ = run("analyze", *paths, "--format", "jsonl")
    assert code == 0
    docs = [json.loads(line) for line in out.splitlines()]
    assert len({d["text"] for d in docs}) == 1
    assert docs[0]["warnings"] == []
    assert docs[1]["warnings"][0] == "decoded as cp1251 (not UTF-8)"


def test_binary_file_is_reported_and_the_other_file_still_printed(
    tmp_path: Path, ky_file: Path
) -> None:
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    code, out, err = run("analyze", str(binary), str(ky_file), "--format", "jsonl")
    assert code == 2
    assert err == f"kabar: {binary}: binary file (contains NUL bytes), not text\n"
    assert json.loads(out)["id"] == "ky"


def test_empty_and_missing_files_exit_2_with_one_line_each(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code, out, err = run("analyze", str(empty), str(tmp_path / "gone.txt"))
    assert code == 2
    assert err.splitlines() == [
        f"kabar: {empty}: empty",
        f"kabar: {tmp_path / 'gone.txt'}: no such file",
    ]
    assert json.loads(out) == []


def test_malformed_jsonl_line_is_named_and_the_rest_processed(tmp_path: Path) -> None:
    dump = tmp_path / "dump.jsonl"
    dump.write_text(
        json.dumps({"text": KYRGYZ}) + "\n{not json}\n" + json.dumps({"text": RUSSIAN}) + "\n",
        encoding="utf-8",
    )
    code, out, err = run("analyze", str(dump), "-f", "jsonl")
    assert code == 2
    assert err.startswith(f"kabar: {dump}:2: malformed JSON")
    assert [json.loads(line)["id"] for line in out.splitlines()] == ["dump:1", "dump:3"]


def test_50_mb_file_is_refused_with_its_size(tmp_path: Path, ky_file: Path) -> None:
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as fh:
        fh.truncate(50 * 1024 * 1024)
    code, out, err = run("analyze", str(huge), str(ky_file))
    assert code == 2
    assert err.startswith(f"kabar: {huge}: too large: 52,428,800 bytes")
    assert json.loads(out)["id"] == "ky"


def test_dash_reads_standard_input() -> None:
    code, out, _ = run("analyze", "-", input=KYRGYZ.encode("utf-8"))
    assert code == 0
    doc = json.loads(out)
    assert doc["text"] == KYRGYZ and doc["source"] == "<stdin>"


def test_malformed_html_file_yields_text(tmp_path: Path) -> None:
    page = tmp_path / "broken.html"
    page.write_text(
        "<html><body><div><p>Бишкекте жаан жаады.<p>Ош шаарында күн ачык</span></td>", "utf-8"
    )
    code, out, _ = run("analyze", str(page))
    assert code == 0
    assert "Бишкекте жаан жаады." in json.loads(out)["text"]


def test_published_is_a_default_that_the_article_date_overrides(
    tmp_path: Path, ky_file: Path
) -> None:
    dump = tmp_path / "d.jsonl"
    dump.write_text(
        json.dumps({"text": KYRGYZ, "published": "2024-05-01"}) + "\n", encoding="utf-8"
    )
    code, out, _ = run(
        "analyze", str(ky_file), str(dump), "--published", "2025-11-20", "-f", "jsonl"
    )
    assert code == 0
    assert [json.loads(line)["published"] for line in out.splitlines()] == [
        "2025-11-20",
        "2024-05-01",
    ]


@pytest.mark.parametrize("bad", ["yesterday", "2025-13-01", "20-11-2025", ""])
def test_bad_published_is_a_usage_error(ky_file: Path, bad: str) -> None:
    code, out, err = run("analyze", str(ky_file), "--published", bad)
    assert code == 2
    assert "--published" in err and out == ""


def test_unknown_format_is_a_usage_error(ky_file: Path) -> None:
    code, _, err = run("analyze", str(ky_file), "--format", "xml")
    assert code == 2
    assert "choose one of json, jsonl, text, conllu, plover" in err


def test_missing_format_module_says_not_available(
    ky_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kabar import formats

    monkeypatch.setitem(formats.FORMATS, "plover", "kabar.formats._absent_writer")
    code, out, err = run("analyze", str(ky_file), "--format", "plover")
    assert code == 2 and out == ""
    assert err == "kabar: format plover not available in this installation\n"


def test_pipeline_crash_is_reported_per_article_without_traceback(
    tmp_path: Path, ky_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kabar

    real = kabar.analyze

    def flaky(text: str, *args: Any, **kwargs: Any) -> Any:
        if "boom" in text:
            raise RuntimeError("stage exploded")
        return real(text, *args, **kwargs)

    monkeypatch.setattr(kabar, "analyze", flaky)
    boom = tmp_path / "boom.txt"
    boom.write_text("boom", encoding="utf-8")
    code, out, err = run("analyze", str(boom), str(ky_file), "-f", "jsonl")
    assert code == 2
    assert err.startswith(f"kabar: {boom}: internal error RuntimeError: stage exploded")
    assert "please report" in err and "Traceback" not in err
    assert json.loads(out)["id"] == "ky"


def test_output_file_receives_the_documents(tmp_path: Path, ky_file: Path) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run("analyze", str(ky_file), "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["id"] == "ky"


def test_text_format_prints_a_report(ky_file: Path) -> None:
    code, out, _ = run("analyze", str(ky_file), "-f", "text", "-p", "2025-11-20")
    assert code == 0
    assert "published: 2025-11-20" in out
    assert "language:  ky" in out


def test_version() -> None:
    code, out, _ = run("--version")
    assert code == 0 and out.strip() == f"kabar {__version__}"


def test_evaluate_reports_a_missing_evaluator_module(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib.util

    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    conllu = tmp_path / "gold.conllu"
    conllu.write_text("# empty\n", encoding="utf-8")
    code, _, err = run("evaluate", "morphology", "--conllu", str(conllu))
    assert code == 2
    assert "kabar.evaluate.morphology is not available" in err


def test_installed_command_runs_as_a_process_without_traceback(
    tmp_path: Path, ky_file: Path
) -> None:
    """The console entry point, end to end: stdout JSON, stderr one line, exit 2."""
    bad = tmp_path / "bad.bin"
    bad.write_bytes(b"\x00\x01")
    proc = subprocess.run(
        [sys.executable, "-m", "kabar.cli", "analyze", str(bad), str(ky_file), "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr == f"kabar: {bad}: binary file (contains NUL bytes), not text\n"
    assert json.loads(proc.stdout)["id"] == "ky"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    prefix=st.sampled_from(
        [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"<html><p>", b'{"text": "']
    ),
    data=st.binary(max_size=600)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    suffix=st.sampled_from([".txt", ".html", ".jsonl", ".bin"]),
)
def test_arbitrary_bytes_never_produce_a_traceback(prefix: bytes, data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        data = prefix + data
        path.write_bytes(data)
        result = CliRunner().invoke(app, ["analyze", str(path), "-f", "jsonl"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    assert result.exit_code in (0, 2)
    if result.exit_code == 2:
        assert result.stderr.startswith(f"kabar: {path}")
    else:
        json.loads(result.stdout)


def test_text_input_does_not_load_html_or_progress_libraries(ky_file: Path) -> None:
    """Start-up stays lean: trafilatura, lxml, Rich and charset-normalizer load only when needed."""
    code = (
        "import sys; from kabar.cli import main; sys.argv = ['kabar', 'analyze', sys.argv[1]]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('trafilatura', 'rich', 'lxml', 'charset_normalizer', 'jsonschema')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)), file=sys.stderr)"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, str(ky_file)], capture_output=True, text=True, timeout=60
    )
    assert proc.stderr.strip() == "[]"
    assert json.loads(proc.stdout)["id"] == "ky"


@pytest.fixture()
def reset_kb() -> Iterator[None]:
    """``--kb`` configures the process-wide KB; later tests must not see it."""
    from kabar.kb import use_kb_paths

    yield
    use_kb_paths([])


@pytest.mark.usefixtures("reset_kb")
def test_user_kb_file_links_an_actor_we_do_not_know(tmp_path: Path) -> None:
    kb = tmp_path / "mine.tsv"
    kb.write_text(
        "kabar:test-toktogulov\tPER\tАсылбек Токтогулов\tТоктогулов\t\tAsylbek Toktogulov\tKGZ\tGOV\t\n",
        encoding="utf-8",
    )
    article = tmp_path / "a.txt"
    article.write_text("Асылбек Токтогулов Ошко барды.", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(article), "--kb", str(kb)])
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    linked = {e["name_en"]: e["kb_id"] for e in doc["entities"]}
    assert linked["Asylbek Toktogulov"] == "kabar:test-toktogulov"


@pytest.mark.usefixtures("reset_kb")
def test_bad_user_kb_row_is_named_with_file_and_line(tmp_path: Path) -> None:
    kb = tmp_path / "broken.tsv"
    kb.write_text("only-an-id\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Ош шаары.", encoding="utf-8")
    result = CliRunner().invoke(app, ["analyze", str(article), "--kb", str(kb)])
    assert result.exit_code == 2
    assert f"{kb}:1" in result.stderr


def test_min_confidence_chooses_which_events_are_kept_for_that_run_only(tmp_path: Path) -> None:
    path = tmp_path / "support.txt"
    path.write_text("Пекин бул демилгени колдойт.", encoding="utf-8")

    def event_types(*options: str) -> list[str]:
        code, out, _ = run("analyze", str(path), *options)
        assert code == 0
        return [e["type"] for e in json.loads(out)["events"]]

    assert event_types("--min-confidence", "0") == ["SUPPORT"]
    assert event_types("--min-confidence", "1") == []
    floor = str(load_model().min_confidence)
    assert event_types() == event_types("--min-confidence", floor)  # the model's floor again


def test_min_inferred_one_leaves_every_side_the_text_does_not_name_empty(tmp_path: Path) -> None:
    path = tmp_path / "visit.txt"
    path.write_text(
        "Азиз Бекмуратов Бишкекке келди. Бейшемби күнү делегацияны Министрлер кабинетинин "
        "төрагасы Адылбек Касымалиев кабыл алат.",
        encoding="utf-8",
    )

    def sides(*options: str) -> list[dict[str, object]]:
        code, out, _ = run("analyze", str(path), "--min-inferred", *options)
        assert code == 0
        return [e for e in json.loads(out)["events"] if e["inferred"]]

    assert sides("0") != []  # whom the premier receives is read from the article
    assert sides("1") == []


def test_min_confidence_outside_zero_to_one_is_a_usage_error(ky_file: Path) -> None:
    code, out, err = run("analyze", str(ky_file), "--min-confidence", "1.5")
    assert code == 2
    assert "--min-confidence" in err and out == ""
