"""The actor knowledge base: loading, validation, user files."""

from __future__ import annotations

from pathlib import Path

import pytest

from kabar.kb import KB_ENV, KnowledgeBase, knowledge_base, normalize_name, read_actors
from kabar.resources import ResourceError

HEADER = "# test KB\n"


def write(tmp_path: Path, body: str, name: str = "user.tsv") -> Path:
    path = tmp_path / name
    path.write_text(HEADER + body, encoding="utf-8")
    return path


def test_countries_come_from_cldr_with_our_aliases() -> None:
    kb = knowledge_base()
    [usa] = kb.lookup("АКШ")
    assert usa.country == "USA" and usa.name_en == "United States"
    assert kb.lookup("Кошмо Штаттар")[0].id == usa.id
    assert kb.lookup("Монголия")[0].country == "MNG"


def test_every_shipped_row_is_valid_and_ids_are_unique() -> None:
    kb = knowledge_base()
    assert len(kb) > 300
    for actor in kb.actors.values():
        assert actor.type in ("PER", "LOC", "ORG")
        assert actor.name_en
        assert actor.country is None or len(actor.country) == 3


def test_names_are_compared_without_case_quotes_or_yo() -> None:
    assert normalize_name("Мирзиёев") == normalize_name("мирзиеев")
    assert normalize_name('"Ата  Мекен"') == "ата мекен"


def test_kb_row_with_missing_field_names_file_and_line(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "kabar:ok\tPER\tАсан Асанов\t\t\tAsan Asanov\tKGZ\tGOV\t\nkabar:bad\tPER\t\t\t\tNo Name\n",
    )
    with pytest.raises(ResourceError, match=rf"{path.name}:3: missing name_ky"):
        read_actors(path)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("kabar:x\tPERSON\tАсан\t\t\tAsan\t\t\t", "type"),
        ("kabar:x\tPER\tАсан\t\t\tAsan\tKG\t\t", "alpha-3"),
        ("kabar:x\tPER\tАсан\t\t\tAsan\t\tBOSS\t", "PLOVER"),
        ("kabar:x\tPER\tАсан\t\t\tAsan\t\t\tпрезидент@20-21", "years"),
        ("just words\tPER\tАсан\t\t\tAsan\t\t\t", "QID"),
    ],
)
def test_bad_values_are_rejected_at_load_time(tmp_path: Path, row: str, message: str) -> None:
    with pytest.raises(ResourceError, match=message):
        read_actors(write(tmp_path, row + "\n"))


def test_duplicate_id_in_one_file_is_an_error(tmp_path: Path) -> None:
    row = "kabar:x\tPER\tАсан\t\t\tAsan\t\t\t\n"
    with pytest.raises(ResourceError, match="already defined on line 2"):
        read_actors(write(tmp_path, row + row))


def test_roles_keep_their_years(tmp_path: Path) -> None:
    [actor] = read_actors(
        write(tmp_path, "kabar:x\tPER\tАсан\t\t\tAsan\t\t\tэлчи@2019-2022;мэр@2023-\n")
    )
    assert [(r.role, r.start, r.end) for r in actor.roles] == [
        ("элчи", 2019, 2022),
        ("мэр", 2023, None),
    ]


def test_user_kb_overrides_ours(tmp_path: Path) -> None:
    path = write(tmp_path, "Q22686\tPER\tДональд Трамп\tТрамп\t\tDonald J. Trump\tUSA\tGOV\t\n")
    kb = KnowledgeBase.load([path], use_env=False)
    assert kb.get("Q22686") is not None
    assert kb.lookup("Трамп")[0].name_en == "Donald J. Trump"


def test_user_kb_adds_actors_through_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path, "kabar:local-paper\tORG\tЖаңы Заман\tЖЗ\t\tNew Times\tKGZ\tMED\t\n")
    monkeypatch.setenv(KB_ENV, str(path))
    kb = knowledge_base()
    assert kb.lookup("ЖЗ")[0].id == "kabar:local-paper"
    monkeypatch.delenv(KB_ENV)
    assert not knowledge_base().lookup("ЖЗ")


def test_missing_user_file_is_a_resource_error(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="cannot read"):
        KnowledgeBase.load([tmp_path / "nope.tsv"], use_env=False)


def test_korea_alone_is_south_korea_and_the_security_council_alone_kyrgyzstans() -> None:
    kb = knowledge_base()
    assert [a.country for a in kb.lookup("Корея")] == ["KOR"]
    assert [a.name_en for a in kb.lookup("Коопсуздук кеңеши")] == ["Security Council of Kyrgyzstan"]
    assert [a.name_en for a in kb.lookup("БУУнун Коопсуздук Кеңеши")] == [
        "United Nations Security Council"
    ]
    assert [a.sector for a in kb.lookup("Глобалдык фонд")] == ["IGO"]
    assert [a.name_en for a in kb.lookup("DW")] == ["Deutsche Welle"]
