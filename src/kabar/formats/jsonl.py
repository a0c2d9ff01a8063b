"""``--format jsonl``: one document per line, compact JSON (for ``jq`` and data pipelines)."""

from __future__ import annotations

import json

from kabar.document import Document


def render(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"
