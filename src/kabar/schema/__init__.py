"""The published JSON Schema of ``Document.to_dict()`` (``document.schema.json``, draft 2020-12)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SCHEMA_PATH = Path(__file__).with_name("document.schema.json")


def load() -> dict[str, Any]:
    """The Document schema as a dict, for ``jsonschema.validate``."""
    schema: dict[str, Any] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return schema
