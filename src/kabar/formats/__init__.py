"""Output formats: one module per format, each exposing ``render(doc) -> str``.

Modules are imported only when their format is asked for, so ``--format json``
never loads the CoNLL-U or PLOVER writers. ``render`` returns the text for one
document, ending in a newline; how several documents are put together is the
format's own business (``join``; JSON wraps them in an array).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kabar.document import Document

Renderer = Callable[["Document"], str]

FORMATS: dict[str, str] = {
    "json": "kabar.formats.json",
    "jsonl": "kabar.formats.jsonl",
    "text": "kabar.formats.text",
    "conllu": "kabar.formats.conllu",
    "plover": "kabar.formats.plover",
}
"""Format name -> module that renders it."""


class FormatUnavailable(LookupError):
    """The format is unknown, or its module is not part of this installation."""


def get_renderer(name: str) -> Renderer:
    """``render`` of format ``name``; ``FormatUnavailable`` with a one-line reason otherwise."""
    module_name = FORMATS.get(name)
    if module_name is None:
        raise FormatUnavailable(f"unknown format {name!r}; choose one of {', '.join(FORMATS)}")
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise FormatUnavailable(f"format {name} not available in this installation") from None
    render = getattr(module, "render", None)
    if not callable(render):
        raise FormatUnavailable(f"format {name} not available: {module_name} has no render()")
    renderer: Renderer = render
    return renderer
