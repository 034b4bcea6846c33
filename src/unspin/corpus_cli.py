"""The corpus commands: ``unspin ingest``, ``search``, ``stories build|list|show|outlets|export`` and
``evaluate stories``. They live apart from :mod:`unspin.cli` (which registers them) so that ``analyze``, the
command run per file, never imports the store or the provenance code."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from unspin.errors import UnspinError
from unspin.render.printable import printable
from unspin.settings import DEFAULT_SETTINGS

__all__ = ["register"]

DbOption = Annotated[Path, typer.Option("--db", dir_okay=False, envvar="UNSPIN_DB",
                                        help="The store (an SQLite file; env UNSPIN_DB).")]
DEFAULT_DB_PATH = Path("unspin.db")


def _fail(source: str, reason: str, code: int = 1) -> typer.Exit:
    from unspin.cli import report_error

    report_error(source, reason)
    return typer.Exit(code)


def _open(db: Path, *, create: bool = False) -> Any:
    from unspin.store import Store

    try:
        return Store(db, create=create)
    except UnspinError as exc:
        raise _fail(str(db), str(exc).removeprefix(f"{db}: ")) from None


def ingest_command(
    paths: Annotated[list[Path], typer.Argument(
        metavar="PATH...", show_default=False,
        help="Files and folders: .txt/.html/.json/.jsonl records, .warc/.warc.gz archives; folders recursively.")],
    db: DbOption = DEFAULT_DB_PATH,
    analyze: Annotated[bool, typer.Option(
        "--analyze/--no-analyze",
        help="Analyse every document (default), or store text and metadata only (bulk loading; stories can "
             "be built from either).")] = True,
    jobs: Annotated[int | None, typer.Option(
        "--jobs", "-j", min=1, show_default=False, help="Local worker processes (default: every core).")] = None,
    scheduler: Annotated[str | None, typer.Option(
        "--scheduler", show_default=False,
        help="Analyse on a Dask cluster at this address (tcp://HOST:PORT) instead of local processes.")] = None,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", show_default=False,
        help="Show a progress bar (default: when standard error is a terminal).")] = None,
    json_path: Annotated[Path | None, typer.Option(
        "--json", dir_okay=False, show_default=False, help="Also write the summary to this JSON file.")] = None,
) -> None:
    """Read, analyse and store documents. Idempotent: run it again to resume or to add new files."""
    from rich.console import Console

    from unspin.cli import report_error
    from unspin.ingest import ingest

    store = _open(db, create=True)
    console = Console(stderr=True, highlight=False)
    show = console.is_terminal if progress is None else progress
    try:
        if show:
            summary = _with_progress(console, lambda event: ingest(
                paths, store, analyze=analyze, jobs=jobs, scheduler=scheduler, settings=DEFAULT_SETTINGS,
                on_event=event))
        else:
            summary = ingest(paths, store, analyze=analyze, jobs=jobs, scheduler=scheduler,
                             settings=DEFAULT_SETTINGS)
    except UnspinError as exc:
        raise _fail(str(db), str(exc)) from None
    except OSError as exc:  # e.g. a scheduler address nobody listens on
        raise _fail(scheduler or str(db), str(exc)) from None
    finally:
        store.close()
    for source, reason in summary.skipped:
        report_error(source, f"skipped: {reason}")
    line = (f"{summary.ingested} ingested, {summary.updated} updated, {summary.unchanged} unchanged, "
            f"{summary.duplicates} duplicate, {len(summary.skipped)} skipped ({summary.files} files) -> {db}")
    typer.echo(line, err=True)
    if json_path is not None:
        json_path.write_text(json.dumps(summary.to_dict(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    if summary.skipped:
        raise typer.Exit(1)


def _with_progress(console: Any, run: Any) -> Any:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    counts = {"ingested": 0, "updated": 0, "unchanged": 0, "duplicate": 0, "skipped": 0}
    with Progress(TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TextColumn("files"),
                  TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=False) as bar:
        task = bar.add_task("", total=None)

        def event(kind: str, n: int) -> None:
            if kind == "files":
                bar.update(task, total=n)
            elif kind == "file":
                bar.advance(task, n)
            else:
                counts[kind] = counts.get(kind, 0) + n
                bar.update(task, description=", ".join(f"{v} {k}" for k, v in counts.items() if v))

        return run(event)


def search_command(
    query: Annotated[str, typer.Argument(metavar="QUERY", help="FTS5 syntax: words, \"a phrase\", OR, NOT, pre*")],
    db: DbOption = DEFAULT_DB_PATH,
    limit: Annotated[int, typer.Option(min=1, max=10_000, help="At most this many hits.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one hit a line.")] = False,
) -> None:
    """Full-text search over the stored documents, best match first."""
    from unspin.errors import QueryError

    store = _open(db)
    try:
        hits = store.search(query, limit=limit)
    except QueryError as exc:
        raise _fail("search", str(exc), code=2) from None
    finally:
        store.close()
    for hit in hits:
        if as_json:
            typer.echo(json.dumps({"id": hit.key, "title": hit.title, "outlet": hit.outlet,
                                   "published": hit.published, "score": round(hit.score, 4),
                                   "snippet": hit.snippet.replace("\x02", "").replace("\x03", "")},
                                  ensure_ascii=False))
            continue
        snippet = printable(" ".join(hit.snippet.replace("\x02", "[").replace("\x03", "]").split()))
        head = " · ".join(x for x in (hit.outlet, hit.published, hit.title) if x)
        typer.echo(f"{hit.key}  {printable(head)}\n    {snippet}")
    if not as_json:
        typer.echo(f"{len(hits)} hit(s)", err=True)


stories_app = typer.Typer(help="Stories: copies, translations and rewrites of the same statement across the store.",
                          no_args_is_help=True)


@stories_app.command("build")
def stories_build(
    db: DbOption = DEFAULT_DB_PATH,
    progress: Annotated[bool | None, typer.Option(
        "--progress/--no-progress", show_default=False,
        help="Show a progress bar (default: when standard error is a terminal).")] = None,
) -> None:
    """Group the stored documents into stories (replacing the last build): relations, sources, copy graph."""
    from rich.console import Console

    from unspin.corpus import build

    store = _open(db)
    console = Console(stderr=True, highlight=False)
    try:
        if console.is_terminal if progress is None else progress:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

            total = store.counts()["documents"]
            with Progress(TextColumn("stories"), BarColumn(), MofNCompleteColumn(), TextColumn("documents read"),
                          TimeElapsedColumn(), console=console) as bar:
                task = bar.add_task("", total=total)
                summary = build(store, progress=lambda n: bar.advance(task, n))
        else:
            summary = build(store)
    except UnspinError as exc:
        raise _fail(str(db), str(exc)) from None
    finally:
        store.close()
    relations = ", ".join(f"{n} {k}" for k, n in sorted(summary["relations"].items()))
    typer.echo(f"{summary['documents']} documents -> {summary['stories']} stories ({relations}); "
               f"{summary['alone']} alone; {summary['seconds']} s", err=True)


@stories_app.command("list")
def stories_list(
    db: DbOption = DEFAULT_DB_PATH,
    min_size: Annotated[int, typer.Option(min=1, help="Only stories with at least this many documents.")] = 2,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one story a line.")] = False,
) -> None:
    """Stories of the last build, largest first."""
    store = _open(db)
    try:
        rows = store.stories(min_size=min_size)
    finally:
        store.close()
    for row in rows:
        if as_json:
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            typer.echo(f"story {row['id']:>5}  {row['size']:>3} docs  {','.join(row['languages']) or '?':<8} "
                       f"{row['first_published'] or '':<25} {printable(row['title'] or '')}")


@stories_app.command("show")
def stories_show(
    story: Annotated[int, typer.Argument(metavar="STORY", help="A story id from `unspin stories list`.")],
    db: DbOption = DEFAULT_DB_PATH,
    as_json: Annotated[bool, typer.Option("--json", help="The story as one JSON object.")] = False,
) -> None:
    """One story: every document with its relation, the document it derives from, and the evidence."""
    store = _open(db)
    try:
        members = store.story_members(story)
        edges = store.copy_edges([m["key"] for m in members])
    finally:
        store.close()
    if not members:
        raise _fail(f"story {story}", "no such story in the last build")
    if as_json:
        typer.echo(json.dumps({"story": story, "members": members, "edges": edges}, ensure_ascii=False, indent=1))
        return
    for m in members:
        parent = f" <- {m['parent']}" if m["parent"] else ""
        where = " · ".join(x for x in (m["outlet"] or m["input"], m["lang"], m["published"]) if x)
        typer.echo(f"{m['relation']:<12} {m['key']}{parent}  {printable(where)}  score {m['score']:.2f}")
        if m["title"]:
            typer.echo(f"             {printable(m['title'])}")
        if m["evidence"]:
            typer.echo(f"             evidence: {printable(json.dumps(m['evidence'], ensure_ascii=False))}")


@stories_app.command("outlets")
def stories_outlets(
    db: DbOption = DEFAULT_DB_PATH,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines.")] = False,
) -> None:
    """Which outlets copy which sources: counts, relations and the median delay."""
    store = _open(db)
    try:
        links = store.outlet_links()
    finally:
        store.close()
    for link in links:
        if as_json:
            typer.echo(json.dumps(link, ensure_ascii=False))
            continue
        delay = link["median_delay_hours"]
        shown = f"{delay:.1f} h" if delay is not None else "?"
        relations = ", ".join(f"{n} {k}" for k, n in sorted(link["relations"].items()))
        typer.echo(f"{printable(link['copier'])} <- {printable(link['source'])}: {link['count']} ({relations}); "
                   f"median delay {shown}")


@stories_app.command("graph")
def stories_graph(
    story: Annotated[int | None, typer.Argument(metavar="[STORY]", show_default=False,
                                                help="One story (default: every story).")] = None,
    db: DbOption = DEFAULT_DB_PATH,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", dir_okay=False, show_default=False, help="Write here (default: standard output).")] = None,
) -> None:
    """The copy graph in Graphviz DOT (render with `dot -Tsvg`): who derives from whom, relation, delay, score."""
    from unspin.corpus import copy_graph_dot

    store = _open(db)
    try:
        if story is not None and not store.story_members(story):
            raise _fail(f"story {story}", "no such story in the last build")
        text = copy_graph_dot(store, story)
    finally:
        store.close()
    if output is None:
        typer.echo(text, nl=False)
    else:
        output.write_text(text, encoding="utf-8")


@stories_app.command("export")
def stories_export(
    db: DbOption = DEFAULT_DB_PATH,
    fmt: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet.")] = "jsonl",
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", dir_okay=False, show_default=False,
        help="Write here (default: standard output; Parquet needs a file).")] = None,
) -> None:
    """Every document with its id, story, relation and source (the id of its story's original)."""
    from unspin.corpus import EXPORT_FORMATS, export_rows, write_export

    if fmt not in EXPORT_FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(EXPORT_FORMATS)}", param_hint="'--format'")
    store = _open(db)
    try:
        count = write_export(export_rows(store), fmt, output)
    except (UnspinError, ValueError) as exc:
        raise _fail(str(output or db), str(exc)) from None
    finally:
        store.close()
    if output is not None:
        typer.echo(f"{count} documents -> {output}", err=True)


def actors_command(
    db: DbOption = DEFAULT_DB_PATH,
    story: Annotated[int | None, typer.Option("--story", show_default=False,
                                              help="Only the documents of this story.")] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many actors.")] = 20,
    quotes: Annotated[int, typer.Option(min=0, help="Quotes shown per actor.")] = 3,
    as_json: Annotated[bool, typer.Option("--json", help="JSON Lines, one actor a line.")] = False,
) -> None:
    """Who is quoted most across the analysed documents, with every name variant and what each said."""
    from unspin.corpus import corpus_actors

    store = _open(db)
    try:
        keys = [m["key"] for m in store.story_members(story)] if story is not None else None
        if keys == []:
            raise _fail(f"story {story}", "no such story in the last build")
        found = corpus_actors(store, keys=keys)[:limit]
    finally:
        store.close()
    for actor in found:
        data = actor.to_dict(max_quotes=quotes)
        if as_json:
            typer.echo(json.dumps(data, ensure_ascii=False))
            continue
        role = f", {data['roles'][0]}" if data["roles"] else ""
        typer.echo(f"{printable(data['name'])} ({data['kind']}{role}): {data['quote_count']} quotes in "
                   f"{data['documents']} documents; also {printable(' / '.join(data['variants'][:6]))}")
        for quote in data["quotes"]:
            text = " ".join(quote["text"].split())
            text = text if len(text) <= 160 else text[:159] + "…"
            typer.echo(f"    [{quote['kind']}] {printable(text)}  ({quote['document'][:16]} {quote['start']})")


def evaluate_stories_command(
    gold: Annotated[Path, typer.Argument(
        metavar="GOLD.jsonl", exists=True, dir_okay=False,
        help="Input records plus `cluster` (story id, null alone) and `relation`.")],
    json_path: Annotated[Path | None, typer.Option(
        "--json", dir_okay=False, show_default=False, help="Also write every figure to this JSON file.")] = None,
    baseline: Annotated[bool, typer.Option(
        "--baseline/--no-baseline", help="Score plain MinHash (datasketch MinHashLSH) beside unspin.")] = True,
    analyze: Annotated[bool, typer.Option(
        "--analyze/--no-analyze", help="Analyse the records at ingest (datelines, wire credits) as a user's "
                                       "ingest would; --no-analyze is faster.")] = True,
    jobs: Annotated[int | None, typer.Option("--jobs", "-j", min=1, show_default=False)] = None,
) -> None:
    """Adjusted Rand index, pairwise P/R/F1 and earliest-source accuracy against a gold story file."""
    from unspin.corpus_eval import evaluate_gold

    try:
        ours, peer, text = evaluate_gold(gold, baseline=baseline, analyze=analyze, jobs=jobs)
    except UnspinError as exc:
        raise _fail(str(gold), str(exc)) from None
    typer.echo(text)
    if json_path is not None:
        figures = {"unspin": ours, **({"plain_minhash": peer} if peer is not None else {})}
        json_path.write_text(json.dumps(figures, indent=1) + "\n", encoding="utf-8")


def register(app: typer.Typer, evaluate_app: typer.Typer) -> None:
    app.command("ingest")(ingest_command)
    app.command("search")(search_command)
    app.command("actors")(actors_command)
    app.add_typer(stories_app, name="stories")
    evaluate_app.command("stories")(evaluate_stories_command)
