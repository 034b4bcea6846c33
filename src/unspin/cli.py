"""The command line, a thin layer over the library: ``unspin analyze FILE...``, ``unspin evaluate ...``.

Each input is read (:func:`unspin.read.read_path`), analysed (:func:`unspin.pipeline.analyze_document`) and
shown as soon as it is done. An input that cannot be read is reported on standard error as
``unspin: error: SOURCE: REASON`` and the others go on; the exit status is then 1 (2 for a usage error).

The renderers are imported only for the format asked for, so that ``--format json`` never loads Rich and
nothing loads the HTML code unless a page is wanted: starting fast matters for a command run per file.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from enum import StrEnum
from functools import partial
from importlib import resources
from pathlib import Path
from typing import Annotated, Protocol, TextIO

import typer

from unspin import __version__
from unspin.document import LAYERS, Document
from unspin.errors import InputError, UnspinError
from unspin.pipeline import analyze_document
from unspin.read import read_bytes, read_path
from unspin.read.sources import display_name
from unspin.render.printable import printable
from unspin.render.summary import DEFAULT_LAYERS
from unspin.settings import DEFAULT_SETTINGS, Settings

__all__ = ["app", "main"]

EXAMPLE_NAME = "example-mt-wire.txt"


class OutputFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"


app = typer.Typer(
    name="unspin",
    help="Read news the way a disinformation analyst does, with character-exact evidence.",
    add_completion=False,
    no_args_is_help=True,
    # A traceback from a bug should look like any Python traceback, without local variables (which would
    # print whole articles).
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def report_error(source: str, reason: str) -> None:
    """One line on standard error. The source may be a hostile file name: it is shown as the readers show it
    in their own messages (``repr()`` form when not printable), so no name can forge or garble a line."""
    print(f"unspin: error: {display_name(source)}: {printable(reason)}", file=sys.stderr, flush=True)


# -- where the documents go -------------------------------------------------------------------------------
class Sink(Protocol):
    def add(self, doc: Document) -> None: ...

    def close(self) -> None: ...


class TextSink:
    """The Rich view, one document after the other (colour only when the stream is a terminal)."""

    def __init__(self, stream: TextIO, layers: Sequence[str] | None) -> None:
        from rich.console import Console

        self._console = Console(file=stream, highlight=False, markup=False, emoji=False)
        self._stream = stream
        self._layers = layers

    def add(self, doc: Document) -> None:
        from unspin.render.terminal import print_document

        print_document(self._console, doc, layers=self._layers)
        self._stream.flush()

    def close(self) -> None:
        self._stream.flush()


class JsonSink:
    """One document: one JSON document (indented with ``--indent``). More: JSON Lines, one compact document
    a line. The first document is held back until the second arrives (or the input ends) to know which."""

    def __init__(self, stream: TextIO, indent: int | None) -> None:
        self._stream = stream
        self._indent = indent
        self._held: Document | None = None
        self._count = 0

    def _write_line(self, doc: Document, indent: int | None = None) -> None:
        self._stream.write(doc.to_json(indent=indent))
        self._stream.write("\n")
        self._stream.flush()

    def add(self, doc: Document) -> None:
        self._count += 1
        if self._count == 1:
            self._held = doc
            return
        if self._held is not None:
            self._write_line(self._held)
            self._held = None
        self._write_line(doc)

    def close(self) -> None:
        if self._held is not None:
            self._write_line(self._held, self._indent)
            self._held = None
        self._stream.flush()


class HtmlSink:
    """One page with every document, written when the last input is done."""

    def __init__(self, stream: TextIO, layers: Sequence[str] | None) -> None:
        self._stream = stream
        self._layers = layers
        self._docs: list[Document] = []

    def add(self, doc: Document) -> None:
        self._docs.append(doc)

    def close(self) -> None:
        from unspin.render.html import render_html

        self._stream.write(render_html(self._docs, layers=self._layers))
        self._stream.flush()


# -- arguments ------------------------------------------------------------------------------------------
def parse_layers(value: str | None) -> tuple[str, ...] | None:
    """``headline,dateline`` -> ('headline', 'dateline'); ``all`` -> every layer; None -> the default."""
    if value is None:
        return None
    names = [name.strip().lower() for name in value.split(",") if name.strip()]
    if names == ["all"]:
        return LAYERS
    unknown = [name for name in names if name not in LAYERS]
    if unknown or not names:
        raise typer.BadParameter(f"unknown layer {printable(','.join(unknown) or value)!r}; choose from "
                                 f"{', '.join(LAYERS)} (or 'all')", param_hint="'--layers'")
    return tuple(dict.fromkeys(names))


def _version_callback(value: bool) -> None:
    if value:
        typer.echo(f"unspin {__version__}")
        raise typer.Exit()


def _open_output(path: Path | None) -> TextIO:
    if path is None:
        # Sources and texts may hold lone surrogates (undecodable file names, JSON escapes); writing them must
        # not fail, and a backslash escape is also what JSON would have written.
        if isinstance(sys.stdout, io.TextIOWrapper):
            sys.stdout.reconfigure(errors="backslashreplace")
        return sys.stdout
    try:
        return open(path, "w", encoding="utf-8", errors="backslashreplace")
    except OSError as exc:
        report_error(str(path), exc.strerror or str(exc))
        raise typer.Exit(2) from None


def _example_bytes() -> bytes:
    return resources.files("unspin").joinpath("data").joinpath("examples").joinpath(EXAMPLE_NAME).read_bytes()


# -- the work -------------------------------------------------------------------------------------------
def _report_read_error(exc: InputError | OSError, source: str) -> None:
    if isinstance(exc, InputError):
        report_error(exc.source, exc.reason)
    else:  # the readers turn I/O errors into InputError; this is a backstop
        report_error(source, exc.strerror or str(exc))


def analyze_input(read: Callable[[], Iterable[Document | InputError]], source: str, sink: Sink,
                  settings: Settings) -> bool:
    """Analyse every document one input yields into ``sink``; report what cannot be read. True if all went
    well. Only reading is guarded: an error while writing (a closed pipe) is not the input's fault."""
    try:
        iterator = iter(read())
    except (InputError, OSError) as exc:
        _report_read_error(exc, source)
        return False
    ok = True
    while True:
        try:
            item = next(iterator)
        except StopIteration:
            break
        except (InputError, OSError) as exc:
            _report_read_error(exc, source)
            return False
        if isinstance(item, InputError):  # one bad record of a JSON Lines file: the others go on
            report_error(item.source, item.reason)
            ok = False
            continue
        try:
            doc = analyze_document(item, settings=settings)
        except UnspinError as exc:
            report_error(str(item.meta.get("source") or source), str(exc))
            ok = False
            continue
        sink.add(doc)
    return ok


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", callback=_version_callback, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Read news the way a disinformation analyst does, with character-exact evidence."""


@app.command()
def analyze(
    files: Annotated[list[str] | None, typer.Argument(
        metavar="FILE", show_default=False,
        help="Articles to analyse: text, HTML, JSON or JSON Lines; '-' reads standard input. "
             "Put '--' before names that start with '-'.")] = None,
    output_format: Annotated[OutputFormat, typer.Option(
        "--format", "-f", case_sensitive=False,
        help="text: a readable view; json: the unspin.document/1 form (JSON Lines for several "
             "documents); html: one self-contained page.")] = OutputFormat.text,
    example: Annotated[bool, typer.Option(
        "--example", help=f"Analyse the built-in example article ({EXAMPLE_NAME}).")] = False,
    indent: Annotated[int | None, typer.Option(
        min=0, max=16, show_default=False,
        help="Indent a single JSON document by N spaces (several documents stay one a line).")] = None,
    layers: Annotated[str | None, typer.Option(
        metavar="LAYER,...", show_default=False,
        help="Comma-separated layers to highlight in the text and html views (html can switch the others "
             f"on). Default: {', '.join(DEFAULT_LAYERS)} (sentence and paragraph off); 'all' for every "
             "layer.")] = None,
    max_bytes: Annotated[int | None, typer.Option(
        min=1, show_default=False,
        help=f"Refuse inputs larger than this many bytes (default {DEFAULT_SETTINGS.max_bytes}).")] = None,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", dir_okay=False, show_default=False,
        help="Write to this file instead of standard output.")] = None,
) -> None:
    """Analyse articles: anatomy, language, machine-translation evidence, actors and who said what."""
    paths = list(files or [])
    if not paths and not example:
        raise typer.BadParameter("give one or more files, '-' for standard input, or --example",
                                 param_hint="FILE")
    chosen_layers = parse_layers(layers)
    settings = DEFAULT_SETTINGS if max_bytes is None else replace(DEFAULT_SETTINGS, max_bytes=max_bytes)

    stream = _open_output(output)
    sink: Sink
    if output_format is OutputFormat.json:
        sink = JsonSink(stream, indent)
    elif output_format is OutputFormat.html:
        sink = HtmlSink(stream, chosen_layers)
    else:
        sink = TextSink(stream, chosen_layers)

    ok = True
    try:
        if example:
            ok &= analyze_input(lambda: read_bytes(_example_bytes(), source=EXAMPLE_NAME, fmt="text",
                                                   settings=settings), EXAMPLE_NAME, sink, settings)
        for path in paths:
            ok &= analyze_input(partial(read_path, path, settings=settings), path, sink, settings)
        sink.close()
    finally:
        if stream is not sys.stdout:
            stream.close()
    if not ok:
        raise typer.Exit(1)


evaluate_app = typer.Typer(help="Score unspin against gold annotations with the metrics the issues define.",
                           no_args_is_help=True)
app.add_typer(evaluate_app, name="evaluate")


@evaluate_app.command("quotes")
def evaluate_quotes_command(
    gold_dir: Annotated[Path, typer.Argument(
        metavar="GOLD_DIR", exists=True, help="A gold JSON file, or a folder of them (searched recursively).")],
    json_path: Annotated[Path | None, typer.Option(
        "--json", dir_okay=False, show_default=False, help="Also write every figure to this JSON file.")] = None,
) -> None:
    """Quote content F1 (overlap and exact), speaker accuracy, attribution and variant-merge F1."""
    import json

    from unspin.evaluate.quotes import evaluate_quotes, load_gold
    from unspin.pipeline import analyze

    try:
        gold = load_gold(gold_dir)
    except UnspinError as exc:
        report_error(str(gold_dir), str(exc))
        raise typer.Exit(1) from exc
    scores = evaluate_quotes(gold, analyze)
    typer.echo(scores.format_table())
    if json_path is not None:
        json_path.write_text(json.dumps(scores.to_dict(), indent=2) + "\n", encoding="utf-8")


@evaluate_app.command("techniques")
def evaluate_techniques_command(
    articles_dir: Annotated[Path, typer.Argument(
        metavar="ARTICLES_DIR", exists=True, file_okay=False, help="A folder of article<ID>.txt files.")],
    labels: Annotated[Path, typer.Argument(
        metavar="LABELS", exists=True,
        help="Gold technique spans: a .labels file (ID, technique, start, end) or a folder of them.")],
    pred: Annotated[Path | None, typer.Option(
        "--pred", exists=True, dir_okay=False, show_default=False,
        help="Score this predictions file (same line format) instead of running the model.")] = None,
    si_labels: Annotated[Path | None, typer.Option(
        "--si-labels", exists=True, show_default=False,
        help="Gold SI spans (ID, start, end) when they differ from LABELS' spans.")] = None,
    json_path: Annotated[Path | None, typer.Option(
        "--json", dir_okay=False, show_default=False, help="Also write every figure to this JSON file.")] = None,
) -> None:
    """SI F1, TC micro-F1 and FLC F1 by the official SemEval-2020 Task 11 definitions, with a per-class table."""
    import json

    from unspin.techniques.commands import evaluate_techniques

    try:
        scores = evaluate_techniques(articles_dir, labels, predictions=pred, si_labels=si_labels)
    except UnspinError as exc:
        report_error(str(articles_dir), str(exc))
        raise typer.Exit(1) from exc
    typer.echo(scores.format_table())
    if json_path is not None:
        json_path.write_text(json.dumps(scores.to_dict(), indent=2) + "\n", encoding="utf-8")


techniques_app = typer.Typer(help="Propaganda techniques in the SemEval-2020 Task 11 file formats.",
                             no_args_is_help=True)
app.add_typer(techniques_app, name="techniques")


@techniques_app.command("detect")
def techniques_detect_command(
    articles_dir: Annotated[Path, typer.Argument(
        metavar="ARTICLES_DIR", exists=True, file_okay=False, help="A folder of article<ID>.txt files.")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", dir_okay=False, help="Write ID<TAB>technique<TAB>start<TAB>end lines here.")],
    task: Annotated[str, typer.Option(
        "--task", help="flc: labelled spans (ID, technique, start, end); si: the span-identification model's "
                       "spans in the SI format (ID, start, end).")] = "flc",
) -> None:
    """Find and label technique spans in every article (the FLC format; or SI spans with --task si)."""
    from unspin.techniques.commands import detect_articles
    from unspin.techniques.ptc import load_articles, write_labels

    skipped: list[InputError] = []
    try:
        articles = load_articles(articles_dir, skipped=skipped)
        if task not in ("si", "flc"):
            raise typer.BadParameter("choose si or flc", param_hint="--task")
        found = detect_articles(articles, task=task)
    except UnspinError as exc:
        report_error(str(articles_dir), str(exc))
        raise typer.Exit(1) from exc
    write_labels(output, found, with_technique=task == "flc")
    typer.echo(f"{len(found)} spans in {len(articles)} articles -> {output}", err=True)
    for problem in skipped:
        report_error(problem.source, f"skipped: {problem.reason}")
    if skipped:
        raise typer.Exit(1)


@techniques_app.command("classify")
def techniques_classify_command(
    articles_dir: Annotated[Path, typer.Argument(
        metavar="ARTICLES_DIR", exists=True, file_okay=False, help="A folder of article<ID>.txt files.")],
    template: Annotated[Path, typer.Argument(
        metavar="TEMPLATE", exists=True,
        help="A TC template: ID<TAB>?<TAB>start<TAB>end lines (a technique in place of ? is ignored).")],
    output: Annotated[Path, typer.Option(
        "--output", "-o", dir_okay=False, help="Write the filled template here (the TC output format).")],
) -> None:
    """Predict the technique of each given span (task TC)."""
    from unspin.techniques.commands import classify_articles
    from unspin.techniques.ptc import Fragment, load_articles, read_labels, write_labels

    try:
        articles = load_articles(articles_dir)
        spans = [Fragment(f.article_id, f.start, f.end) for f in read_labels(template, with_technique=True)]
        filled = classify_articles(articles, spans)
    except UnspinError as exc:
        report_error(str(template), str(exc))
        raise typer.Exit(1) from exc
    write_labels(output, filled, with_technique=True)
    typer.echo(f"{len(filled)} spans classified -> {output}", err=True)


# Rich reads "[train]" as markup and would drop it: the bracket is escaped.
train_app = typer.Typer(help="Rebuild the shipped models from annotated data (needs the \\[train] extra).",
                        no_args_is_help=True)
app.add_typer(train_app, name="train")


@train_app.command("techniques")
def train_techniques_command(
    data: Annotated[Path, typer.Option(
        "--data", exists=True, file_okay=False, help="The PTC folder (holding train-articles/ and labels).")],
    out: Annotated[Path | None, typer.Option(
        "--out", file_okay=False, show_default=False,
        help="Write the model here (default: the package's own data folder, replacing the shipped model).")] = None,
    cv: Annotated[bool, typer.Option(
        "--cv/--no-cv", help="Also measure the recipe out-of-fold (5 folds grouped by article).")] = False,
    report: Annotated[Path | None, typer.Option(
        "--report", dir_okay=False, show_default=False,
        help="Write the cross-validation figures to this JSON file.")] = None,
    jobs: Annotated[int, typer.Option(min=1, help="Folds trained at once.")] = 2,
) -> None:
    """Train the technique model on PTC's train split, reproducibly (fixed seeds)."""
    import json
    from importlib import resources as _resources

    try:
        from unspin.techniques import train as training
    except ImportError as exc:
        report_error("train", f"{exc}; install the training extra: pip install -e '.[train]'")
        raise typer.Exit(1) from exc

    def say(message: str) -> None:
        typer.echo(message, err=True)

    try:
        training.check_corpus(data)
        corpus = training.load_corpus(data)
        arts = training.prepare(corpus)
        if cv:
            figures = training.cross_validate(data, jobs=jobs, arts=arts, progress=say)
            typer.echo(training.format_cv(figures))
            if report is not None:
                report.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")
        model = training.train(data, arts=arts, progress=say)
    except UnspinError as exc:
        report_error(str(data), str(exc))
        raise typer.Exit(1) from exc
    target = out or Path(str(_resources.files("unspin").joinpath("data", "techniques")))
    model.save(target)
    say(f"model written to {target}")


def _register_corpus_commands() -> None:
    from unspin.corpus_cli import register

    register(app, evaluate_app)


_register_corpus_commands()


def main() -> None:
    """The ``unspin`` console script."""
    try:
        app(prog_name="unspin")
    except BrokenPipeError:
        # The reader of our output went away (`unspin analyze ... | head`): stop quietly, as `cat` does.
        # Point stdout at /dev/null so that the interpreter's final flush does not fail again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        sys.exit(1)

if __name__ == "__main__":
    main()
