"""The ``kabar`` command: analyse articles, evaluate against gold data.

Typer gives the argument parsing and help. Everything heavy (the pipeline,
trafilatura, Rich, the output writers) is imported inside the commands, only
when needed, so that ``kabar analyze one.txt`` starts fast.

User input never produces a traceback: each file (or JSONL line) that cannot be
read or analysed is reported on stderr as ``kabar: FILE[:LINE]: reason``, the
other inputs go on, and the exit code is 2 at the end. Set ``KABAR_DEBUG=1`` to
get the traceback of an unexpected error instead.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TextIO

import typer

if TYPE_CHECKING:
    import datetime as dt

    from kabar.document import Document
    from kabar.io.readers import Article, InputError

EXIT_OK = 0
EXIT_INTERNAL = 1
"""An unexpected error outside any single input (should not happen; please report)."""
EXIT_INPUT = 2
"""Usage error, or at least one input could not be read or analysed."""

PROGRESS_MIN_INPUTS = 5
"""Show a progress bar on a terminal when more inputs than this are given."""

app = typer.Typer(
    name="kabar",
    help="Structured knowledge from Kyrgyz news: text, morphology, entities, quotes, times, PLOVER events.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)
evaluate_app = typer.Typer(
    help="Measure kabar against gold annotations.", no_args_is_help=True, rich_markup_mode=None
)
app.add_typer(evaluate_app, name="evaluate")


def _debug() -> bool:
    return os.environ.get("KABAR_DEBUG", "") not in ("", "0")


_progress_console: Any = None
"""The Rich console of the progress bar while one is shown: messages go above the bar."""


def _say(message: str) -> None:
    """One line on stderr, prefixed with the program name."""
    if _progress_console is not None:
        _progress_console.print(f"kabar: {message}", markup=False, highlight=False)
        return
    sys.stderr.write(f"kabar: {message}\n")
    sys.stderr.flush()


def _version(value: bool) -> None:
    if value:
        from kabar import __version__

        typer.echo(f"kabar {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Structured knowledge from Kyrgyz news."""


def _parse_published(value: str | None) -> str | None:
    if value is None:
        return None
    from kabar.io.readers import parse_published

    if parse_published(value) is None or len(value.strip()) < 10:
        raise typer.BadParameter(f"{value!r} is not a date; use YYYY-MM-DD, e.g. 2025-11-20")
    return value


def _check_format(value: str) -> str:
    from kabar.formats import FORMATS

    if value not in FORMATS:
        raise typer.BadParameter(f"{value!r}; choose one of {', '.join(FORMATS)}")
    return value


def _check_input_format(value: str) -> str:
    from kabar.io.readers import INPUT_FORMATS

    if value not in INPUT_FORMATS:
        raise typer.BadParameter(f"{value!r}; choose one of {', '.join(INPUT_FORMATS)}")
    return value


@app.command()
def analyze(
    paths: Annotated[
        list[str],
        typer.Argument(
            help="Article files: .txt (or any other extension: plain text), .html/.htm, "
            ".jsonl (one article per line); '-' reads standard input.",
            show_default=False,
            metavar="PATH",
        ),
    ],
    published: Annotated[
        str | None,
        typer.Option(
            "--published",
            "-p",
            help="Publication date (YYYY-MM-DD) used to resolve relative dates for articles "
            "that carry none of their own; a JSONL 'published' field or a date in the HTML page wins.",
            callback=_parse_published,
            metavar="DATE",
        ),
    ] = None,
    output_format: Annotated[
        str,
        typer.Option(
            "--format",
            "-f",
            help="Output format: json (one object; an array when several documents), "
            "jsonl (one document per line), text (report for a person), conllu, plover.",
            callback=_check_format,
            metavar="FORMAT",
        ),
    ] = "json",
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Write to this file instead of standard output.",
            dir_okay=False,
            metavar="FILE",
        ),
    ] = None,
    input_format: Annotated[
        str,
        typer.Option(
            "--input-format",
            help="How to read the inputs: auto (by extension; stdin is sniffed), text, html or jsonl.",
            callback=_check_input_format,
            metavar="KIND",
        ),
    ] = "auto",
    kb: Annotated[
        list[Path] | None,
        typer.Option(
            "--kb",
            help="A TSV file of your own actors (format of kabar/kb/actors.tsv); repeatable. "
            "Its rows replace ours with the same id. Also read from $KABAR_KB_PATH.",
            dir_okay=False,
            metavar="FILE",
        ),
    ] = None,
    min_confidence: Annotated[
        float | None,
        typer.Option(
            "--min-confidence",
            help="Keep the events at least this likely to be right (0 to 1; 0 keeps every "
            "event the rules find). Default: the model's floor, 0.2.",
            min=0.0,
            max=1.0,
            metavar="P",
        ),
    ] = None,
    min_inferred: Annotated[
        float | None,
        typer.Option(
            "--min-inferred",
            help="Fill a side the sentence leaves unnamed only with an actor at least this "
            "likely (0 to 1; 1 fills none, so every side is one the text names). Default: "
            "the model's floor, 0.2. Filled sides are marked 'inferred'.",
            min=0.0,
            max=1.0,
            metavar="P",
        ),
    ] = None,
) -> None:
    """Analyse news articles and print one document per article.

    Unreadable inputs are reported on stderr as 'kabar: FILE[:LINE]: reason'; the
    others are still processed. Exit code: 0 all analysed, 2 some input failed
    (or bad usage), 1 an internal error.
    """
    from kabar.formats import FormatUnavailable, get_renderer

    try:
        render = get_renderer(output_format)
    except FormatUnavailable as exc:
        _say(str(exc))
        raise typer.Exit(EXIT_INPUT) from None
    if kb:
        from kabar.kb import use_kb_paths
        from kabar.resources import ResourceError

        try:
            use_kb_paths(kb)
        except (ResourceError, OSError) as exc:
            _say(f"knowledge base: {exc}")
            raise typer.Exit(EXIT_INPUT) from None
    default_date = None
    if published is not None:
        from kabar.io.readers import parse_published

        default_date = parse_published(published)
    try:
        with _open_output(output) as out, _floors(min_confidence, min_inferred):
            failed = _run(paths, render, output_format, out, default_date, input_format)
    except BrokenPipeError:
        # `kabar analyze ... | head`: the reader left; stop quietly, as Unix tools do.
        _silence_stdout()
        raise typer.Exit(EXIT_OK) from None
    except OSError as exc:
        _say(f"{output}: cannot write: {exc.strerror or exc}")
        raise typer.Exit(EXIT_INPUT) from None
    raise typer.Exit(EXIT_INPUT if failed else EXIT_OK)


@contextmanager
def _open_output(output: Path | None) -> Iterator[TextIO]:
    if output is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with open(output, "w", encoding="utf-8", newline="\n") as fh:
        yield fh


@contextmanager
def _floors(confidence: float | None, inferred: float | None) -> Iterator[None]:
    """The event-confidence and inferred-actor floors of one run (None: the model's own);
    the models' own again afterwards."""
    if confidence is None and inferred is None:
        yield
        return
    from kabar.events.confidence import use_min_confidence
    from kabar.events.implicit import use_min_inferred

    use_min_confidence(confidence)
    use_min_inferred(inferred)
    try:
        yield
    finally:
        use_min_confidence(None)
        use_min_inferred(None)


def _silence_stdout() -> None:
    """After a broken pipe, point stdout at /dev/null so the interpreter's final flush is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _run(
    paths: list[str],
    render: Callable[[Document], str],
    output_format: str,
    out: TextIO,
    default_date: dt.date | None,
    input_format: str,
) -> int:
    """Analyse every input, write documents as they come; return how many inputs failed."""
    from kabar.io.readers import InputError, read_path

    writer = _JsonArrayWriter(out) if output_format == "json" else None
    failed = 0
    with _progress(len(paths)) as advance:
        for path in paths:
            for item in read_path(path, input_format=input_format):
                result = item if isinstance(item, InputError) else _analyze_one(item, default_date)
                if isinstance(result, InputError):
                    failed += 1
                    _say(str(result))
                    continue
                try:
                    text = render(result)
                except Exception as exc:
                    if _debug():
                        raise
                    failed += 1
                    _say(f"{_where(result)}: cannot write {output_format}: {_internal(exc)}")
                    continue
                if writer is not None:
                    writer.add(text)
                else:
                    out.write(text)
            advance()
    if writer is not None:
        writer.close()
    return failed


def _where(doc: Document) -> str:
    return doc.source or doc.id or "<input>"


def _internal(exc: BaseException) -> str:
    return f"internal error {type(exc).__name__}: {exc} (please report this as a kabar bug)"


def _analyze_one(article: Article, default_date: dt.date | None) -> Document | InputError:
    from kabar.io.readers import InputError, analyze_article

    try:
        return analyze_article(article, default_date)
    except Exception as exc:
        if _debug():
            raise
        return InputError(article.source, article.line, _internal(exc))


class _JsonArrayWriter:
    """One document -> a bare JSON object; several -> one JSON array, written as they come."""

    def __init__(self, out: TextIO) -> None:
        self.out = out
        self.first: str | None = None
        self.count = 0

    def add(self, rendered: str) -> None:
        rendered = rendered.rstrip("\n")
        self.count += 1
        if self.count == 1:
            self.first = rendered
            return
        if self.count == 2:
            self.out.write("[\n" + _indent(self.first or "") + ",\n")
            self.first = None
        else:
            self.out.write(",\n")
        self.out.write(_indent(rendered))

    def close(self) -> None:
        if self.count == 0:
            self.out.write("[]\n")
        elif self.count == 1:
            self.out.write((self.first or "") + "\n")
        else:
            self.out.write("\n]\n")


def _indent(block: str) -> str:
    return "\n".join("  " + line for line in block.split("\n"))


@contextmanager
def _progress(total: int) -> Iterator[Callable[[], None]]:
    """A Rich progress bar on stderr when there are many inputs and stderr is a terminal."""
    if total <= PROGRESS_MIN_INPUTS or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.console import Console
    from rich.progress import Progress

    global _progress_console
    with Progress(console=Console(stderr=True), transient=True, redirect_stdout=False) as bar:
        task = bar.add_task("analysing", total=total)
        _progress_console = bar.console
        try:
            yield lambda: bar.advance(task)
        finally:
            _progress_console = None


def _run_evaluation(module_name: str, *args: Any) -> None:
    import importlib
    import importlib.util

    try:
        found = importlib.util.find_spec(module_name) is not None
    except ModuleNotFoundError:
        found = False
    if not found:
        _say(f"{module_name} is not available in this installation")
        raise typer.Exit(EXIT_INPUT)
    module = importlib.import_module(module_name)
    try:
        code = int(module.main(*args))
    except OSError as exc:
        if _debug():
            raise
        _say(f"{getattr(exc, 'filename', None) or args[0]}: {exc.strerror or exc}")
        raise typer.Exit(EXIT_INPUT) from None
    raise typer.Exit(code)


@evaluate_app.command("morphology")
def evaluate_morphology(
    conllu: Annotated[
        Path,
        typer.Option(
            "--conllu",
            help="Gold CoNLL-U file (e.g. a UD Kyrgyz test set).",
            exists=True,
            dir_okay=False,
        ),
    ],
) -> None:
    """Lemma, UPOS and feature accuracy against a CoNLL-U treebank."""
    _run_evaluation("kabar.evaluate.morphology", conllu)


@evaluate_app.command("articles")
def evaluate_articles(
    gold_dir: Annotated[
        Path,
        typer.Argument(
            help="Folder of gold annotations (gold.json files).", exists=True, file_okay=False
        ),
    ],
    text_dir: Annotated[
        Path,
        typer.Argument(help="Folder of the articles' text files.", exists=True, file_okay=False),
    ],
) -> None:
    """Entity, event, quote and time scores against gold article annotations."""
    _run_evaluation("kabar.evaluate.articles", gold_dir, text_dir)


def main() -> None:
    """Console-script entry point; no traceback for Ctrl-C."""
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("\n")
        sys.exit(130)


if __name__ == "__main__":
    main()
