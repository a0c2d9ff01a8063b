"""``--format json``: one document as an indented JSON object (``Document.to_dict()``).

Several documents in one run are written as one JSON array of such objects (the
CLI does the wrapping), so the output is always a single JSON value.
"""

from __future__ import annotations

import json

from kabar.document import Document


def render(doc: Document) -> str:
    return json.dumps(doc.to_dict(), ensure_ascii=False, indent=2) + "\n"
