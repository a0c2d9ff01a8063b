"""Reading inputs: encodings, binary and empty files, size limit, JSONL lines, HTML pages, stdin."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from kabar.io import readers
from kabar.io.html import extract
from kabar.io.readers import Article, InputError, analyze_article, read_inputs, read_path

# Russian: every letter exists in cp1251, so the same text can be saved in all encodings.
RUSSIAN = (
    "Правительство обсудило строительство новых школ в южных районах страны. "
    "Министр сообщил, что работы начнутся весной следующего года, а первые здания откроются к осени."
)
KYRGYZ = "Бүгүн Бишкекте өкмөттүн кеңешмеси өттү. Министрлер жаңы мектептер тууралуу сүйлөштү."


def only(items: list[Article | InputError]) -> Article | InputError:
    assert len(items) == 1, items
    return items[0]


def read(path: Path) -> Article | InputError:
    return only(list(read_path(str(path))))


def article(path: Path) -> Article:
    item = read(path)
    assert isinstance(item, Article), item
    return item


def error(path: Path) -> InputError:
    item = read(path)
    assert isinstance(item, InputError), item
    return item


@pytest.mark.parametrize(
    ("encoding", "warned"),
    [
        ("utf-8", False),
        ("utf-8-sig", False),
        ("utf-16", True),
        ("utf-16-be", None),
        ("cp1251", True),
    ],
)
def test_legacy_and_bom_encodings_give_the_same_text_as_utf8(
    tmp_path: Path, encoding: str, warned: bool | None
) -> None:
    path = tmp_path / f"{encoding}.txt"
    data = RUSSIAN.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data  # explicit big-endian BOM
        warned = True
    path.write_bytes(data)
    art = article(path)
    assert art.text == RUSSIAN
    assert bool(art.warnings) is warned
    if warned:
        assert "decoded as" in art.warnings[0]


def test_cp1251_is_named_in_the_warning(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes((RUSSIAN + "\n").encode("cp1251") * 3)
    art = article(path)
    assert art.warnings == ["decoded as cp1251 (not UTF-8)"]


def test_kyrgyz_letters_survive_utf16_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "ky.txt"
    path.write_bytes(KYRGYZ.encode("utf-16"))
    assert article(path).text == KYRGYZ


def test_binary_file_is_an_error_naming_the_file(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(range(256)) * 4)
    err = error(path)
    assert err.path == str(path)
    assert "binary" in err.reason
    assert str(err).startswith(f"{path}: ")


def test_control_characters_without_nul_are_binary(tmp_path: Path) -> None:
    path = tmp_path / "noise.dat"
    path.write_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8, 65, 66]) * 50)
    assert "binary" in error(path).reason


@pytest.mark.parametrize("content", [b"", b"   \n\t\n"])
def test_empty_or_blank_file_is_an_error(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(content)
    assert error(path).reason.startswith("empty")


def test_file_over_the_size_limit_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:  # sparse: no 50 MB written to disk
        fh.truncate(50 * 1024 * 1024)
    err = error(path)
    assert "too large" in err.reason
    assert "52,428,800 bytes" in err.reason
    assert "20 MiB" in err.reason


def test_stdin_over_the_size_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readers, "MAX_BYTES", 100)
    item = only(list(read_path("-", stdin=io.BytesIO(b"a" * 500))))
    assert isinstance(item, InputError)
    assert item.path == "<stdin>"
    assert "too large: more than 101 bytes" in item.reason


def test_missing_file_and_directory_are_errors(tmp_path: Path) -> None:
    assert error(tmp_path / "nope.txt").reason == "no such file"
    assert "directory" in error(tmp_path).reason


def test_unknown_extension_is_read_as_text_and_named_by_its_stem(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(KYRGYZ, encoding="utf-8")
    art = article(path)
    assert art.text == KYRGYZ and art.html is None
    assert art.id == "story"
    assert art.source == str(path)


def test_stdin_is_read_and_sniffed() -> None:
    text = only(list(read_path("-", stdin=io.BytesIO(KYRGYZ.encode()))))
    assert isinstance(text, Article) and text.text == KYRGYZ and text.source == "<stdin>"
    page = only(list(read_path("-", stdin=io.BytesIO(b"<html><body><p>x</p></body></html>"))))
    assert isinstance(page, Article) and page.html is not None
    lines = list(read_path("-", stdin=io.BytesIO(b'{"text": "a"}\n{"text": "b"}\n')))
    assert [a.text for a in lines if isinstance(a, Article)] == ["a", "b"]


def test_malformed_jsonl_line_names_its_line_and_other_lines_go_on(tmp_path: Path) -> None:
    path = tmp_path / "dump.jsonl"
    path.write_text(
        "\n".join(
            [
                json.dumps({"id": "a1", "text": KYRGYZ, "published": "2025-11-20T08:00:00+06:00"}),
                '{"text": "broken',
                "",
                "[1, 2]",
                json.dumps({"title": "no body"}),
                json.dumps({"text": 5}),
                json.dumps(
                    {"html": "<p>Саламатсызбы</p>", "url": "https://x.example/1", "extra": 1}
                ),
            ]
        ),
        encoding="utf-8",
    )
    items = list(read_path(str(path)))
    errors = {e.line: e.reason for e in items if isinstance(e, InputError)}
    arts = [a for a in items if isinstance(a, Article)]
    assert set(errors) == {2, 4, 5, 6}
    assert errors[2].startswith("malformed JSON")
    assert "JSON object" in errors[4]
    assert '"text" or "html"' in errors[5]
    assert "'text' must be a string" in errors[6]
    assert str(InputError(str(path), 2, errors[2])).startswith(f"{path}:2: ")
    assert [a.line for a in arts] == [1, 7]
    assert (
        arts[0].id == "a1"
        and arts[0].published is not None
        and arts[0].published.isoformat() == "2025-11-20"
    )
    assert arts[1].id == "dump:7" and arts[1].html and arts[1].url == "https://x.example/1"
    assert arts[1].warnings == ["ignored unknown JSONL fields: extra"]


def test_jsonl_bad_published_is_a_warning_not_a_lost_article(tmp_path: Path) -> None:
    path = tmp_path / "d.jsonl"
    path.write_text(json.dumps({"text": KYRGYZ, "published": "кечээ"}) + "\n", encoding="utf-8")
    art = article(path)
    assert art.published is None
    assert "not an ISO date" in art.warnings[0]


def test_read_inputs_keeps_order_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("бир", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text("үч", encoding="utf-8")
    items = list(read_inputs([str(tmp_path / n) for n in ("a.txt", "b.txt", "c.txt")]))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]


PAGE = """<!doctype html><html><head><title>Жаңы мектептер | Жаңылыктар</title>
<meta property="article:published_time" content="2025-10-03T09:30:00+06:00">
<link rel="canonical" href="https://news.example/kg/schools"></head>
<body><nav><a href="/">Башкы бет</a> | <a href="/s">Коом</a></nav>
<article><h1>Жаңы мектептер</h1>
<p>{p1}</p>
<p>{p2}</p></article>
<footer>Бардык укуктар корголгон</footer></body></html>"""
P1 = "Бүгүн Бишкекте өкмөттүн кеңешмеси өттү. Министрлер жаңы мектептер тууралуу узак сүйлөштү жана бир нече чечим кабыл алышты."
P2 = "Курулуш иштери жазында башталат, биринчи имараттар күзгө чейин ачылат деп күтүлүүдө, деди министр журналисттерге."


def test_html_page_gives_body_title_date_and_url() -> None:
    page = extract(PAGE.format(p1=P1, p2=P2))
    assert page.text == f"{P1}\n{P2}"
    assert page.title == "Жаңы мектептер"
    assert page.published is not None and page.published.isoformat() == "2025-10-03"
    assert page.url == "https://news.example/kg/schools"


def test_html_and_text_of_the_same_article_give_the_same_clean_text(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(PAGE.format(p1=P1, p2=P2), encoding="utf-8")
    (tmp_path / "a.txt").write_text(f"{P1}\n{P2}\n", encoding="utf-8")
    from_html = analyze_article(article(tmp_path / "a.html"))
    from_text = analyze_article(article(tmp_path / "a.txt"))
    assert not isinstance(from_html, InputError) and not isinstance(from_text, InputError)
    assert from_html.text == from_text.text
    assert from_html.title == "Жаңы мектептер"
    assert from_html.published is not None and from_html.published.isoformat() == "2025-10-03"


def test_page_date_wins_over_the_default_and_default_fills_a_gap(tmp_path: Path) -> None:
    import datetime as dt

    (tmp_path / "a.html").write_text(PAGE.format(p1=P1, p2=P2), encoding="utf-8")
    (tmp_path / "b.txt").write_text(P1, encoding="utf-8")
    default = dt.date(2026, 1, 1)
    doc_html = analyze_article(article(tmp_path / "a.html"), default)
    doc_text = analyze_article(article(tmp_path / "b.txt"), default)
    assert not isinstance(doc_html, InputError) and not isinstance(doc_text, InputError)
    assert doc_html.published == dt.date(2025, 10, 3)
    assert doc_text.published == default


@pytest.mark.parametrize(
    "html",
    [
        "<p>Кыска кабар.</p>",
        "<html><body><div><p>Жабылбаган <b>тег <i>Бишкекте жаан жаады.</p></span></td>",
        "<html><body><table><tr><td>Ош шаарында майрам өттү</td></tr></table>",
    ],
)
def test_malformed_or_tiny_html_still_yields_its_words(html: str) -> None:
    assert extract(html).text.strip()


def test_html_without_words_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_text(
        "<html><head><script>var x = 1;</script></head><body><div></div></body></html>", "utf-8"
    )
    result = analyze_article(article(path))
    assert isinstance(result, InputError)
    assert result.reason == "no article text found in the HTML"


def test_reader_warnings_come_first_in_the_document(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes((RUSSIAN + "\n").encode("cp1251") * 3)
    doc = analyze_article(article(path))
    assert not isinstance(doc, InputError)
    assert doc.warnings[0] == "decoded as cp1251 (not UTF-8)"


def test_large_refusal_does_not_read_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.jsonl"
    with open(path, "wb") as fh:
        fh.truncate(readers.MAX_BYTES + 1)

    def no_open(*args: object, **kwargs: object) -> None:
        raise AssertionError("opened a file over the limit")

    monkeypatch.setattr("builtins.open", no_open)
    assert "too large" in error(path).reason
