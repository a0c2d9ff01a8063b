"""The published JSON Schema matches ``Document.to_dict()``: pipeline output and a hand-filled document."""

from __future__ import annotations

import copy
from typing import Any

import jsonschema
import pytest

import kabar
from handmade_docs import full_document
from kabar.schema import SCHEMA_PATH, load

INPUTS = {
    "empty": "",
    "blank": " \n\t ",
    "punctuation_only": "... !!! ---",
    "kyrgyz": (
        "Бишкекте шаршемби күнү шаардык кеңештин жыйыны болду. Депутаттар жаңы бакчалардын курулушун "
        'талкуулашты. "Бул маселе быйыл чечилет", - деди мэр. Кийинки жыйын 3-декабрда өтөт.'
    ),
    "russian": "В среду в Бишкеке прошло заседание городского совета. Депутаты обсудили строительство садиков.",
    "mixed": "Бишкекте жыйын өттү. Заседание продолжилось вечером. The mayor spoke to reporters.",
    "numbers_and_latin": "2025 12 31 ABC xyz 100%",
}


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = load()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())


def errors(validator: jsonschema.Draft202012Validator, instance: Any) -> list[str]:
    return [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(instance)]


def test_schema_file_is_shipped_inside_the_package() -> None:
    assert SCHEMA_PATH.parent.name == "schema" and SCHEMA_PATH.parent.parent.name == "kabar"
    assert load()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


@pytest.mark.parametrize("name", sorted(INPUTS))
def test_pipeline_output_validates(validator: jsonschema.Draft202012Validator, name: str) -> None:
    doc = kabar.analyze(INPUTS[name], published="2025-11-20", id=name, source=f"{name}.txt")
    assert errors(validator, doc.to_dict()) == []


def test_fully_populated_document_validates(validator: jsonschema.Draft202012Validator) -> None:
    data = full_document().to_dict()
    assert data["entities"] and data["events"] and data["quotes"] and data["times"]
    assert errors(validator, data) == []


def test_every_key_of_to_dict_is_required_by_the_schema() -> None:
    """A field added to Document.to_dict() must be added to the schema too (and the reverse)."""
    schema = load()
    data = full_document().to_dict()
    assert set(schema["required"]) == set(data) == set(schema["properties"])
    defs = schema["$defs"]
    samples = {
        "sentence": data["sentences"][0],
        "token": data["sentences"][0]["tokens"][0],
        "entity": data["entities"][0],
        "mention": data["entities"][0]["mentions"][0],
        "quote": data["quotes"][0],
        "time": data["times"][0],
        "event": data["events"][0],
        "event_date": data["events"][0]["date"],
        "span": data["events"][0]["trigger"],
    }
    for name, sample in samples.items():
        assert set(defs[name]["required"]) == set(sample) == set(defs[name]["properties"]), name


@pytest.mark.parametrize(
    ("path", "mutation"),
    [
        ((), lambda d: d.pop("warnings")),
        ((), lambda d: d.__setitem__("lang", d.pop("language"))),
        (("entities", 0), lambda e: e.__setitem__("name_english", e.pop("name_en"))),
        (("entities", 0), lambda e: e.__setitem__("label", "PERSON")),
        (("events", 0), lambda e: e.__setitem__("modality", "maybe")),
        (("events", 0, "date"), lambda d: d.__setitem__("basis", "guess")),
        (("quotes", 0), lambda q: q.pop("speaker")),
        (("times", 0), lambda t: t.__setitem__("start", -3)),
        (("times", 0), lambda t: t.__setitem__("type", "date")),
        (("sentences", 0, "tokens", 0), lambda t: t.__setitem__("pos", "noun")),
        ((), lambda d: d.__setitem__("published", "20 Nov 2025")),
        ((), lambda d: d.__setitem__("entities", None)),
    ],
)
def test_schema_catches_renames_missing_lists_and_bad_values(
    validator: jsonschema.Draft202012Validator, path: tuple[Any, ...], mutation: Any
) -> None:
    data = copy.deepcopy(full_document().to_dict())
    target: Any = data
    for key in path:
        target = target[key]
    mutation(target)
    assert errors(validator, data), f"schema accepted a broken document at {path}"
