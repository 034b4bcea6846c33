"""Corpus-level work over a store: building stories, exporting them, and the corpus's actors.

This is glue between :mod:`unspin.store` (where documents live) and :mod:`unspin.provenance` (which groups them
into stories): it streams documents out of the store as ``StoryDoc`` records, hands them to
:func:`unspin.provenance.stories.build_stories`, and writes the result back in one transaction.
"""

from __future__ import annotations

import csv
import io
import json
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from unspin.errors import StoreError
from unspin.store import DocumentRow, Store, published_timestamp

if TYPE_CHECKING:
    from unspin.provenance.stories import StoriesResult, StoryConfig, StoryDoc

__all__ = ["EXPORT_COLUMNS", "EXPORT_FORMATS", "CorpusActor", "build", "copy_graph_dot", "corpus_actors", "export_rows",
           "story_doc", "write_export"]

EXPORT_FORMATS: Final = ("jsonl", "csv", "parquet")
EXPORT_COLUMNS: Final = ("id", "story", "relation", "source", "parent", "score", "outlet", "url", "title", "lang",
                         "published")


def story_doc(row: DocumentRow) -> StoryDoc:
    """What the story builder reads of a stored document (the analysis when there is one)."""
    from unspin.provenance.stories import StoryDoc

    stamp = published_timestamp(row.published)
    return StoryDoc(
        key=row.key,
        text=row.text,
        lang=row.language(),
        published=datetime.fromtimestamp(stamp, UTC) if stamp is not None else None,
        outlet=row.field("outlet"),
        title=row.field("title"),
        url=row.field("url"),
        analysis=row.document() if row.analysis is not None else None,
    )


def _stream(store: Store, seen: list[int]) -> Iterator[StoryDoc]:
    for row in store.iter_documents():
        seen[0] += 1
        yield story_doc(row)


def build(store: Store, *, config: StoryConfig | None = None,
          progress: Callable[[int], None] | None = None) -> dict[str, Any]:
    """Group the store's documents into stories and save them (replacing the last build); a summary."""
    from unspin.provenance.stories import DEFAULT_CONFIG, build_stories

    started = time.perf_counter()
    count = [0]
    result = build_stories(_stream(store, count), config=config or DEFAULT_CONFIG, progress=progress)
    stories, members = _story_rows(store, result)
    summary = {
        "documents": count[0],
        "stories": sum(1 for s in stories if s["size"] > 1),
        "alone": sum(1 for m in result.members if m.story is None),
        "relations": _relation_counts(result),
        "seconds": round(time.perf_counter() - started, 3),
        "built_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    store.save_stories(
        stories, members,
        ({"source": e.source, "target": e.target, "relation": e.relation, "score": e.score,
          "delay_seconds": e.delay_seconds} for e in result.edges),
        [{"copier": o.copier, "source": o.source, "count": o.count, "relations": o.relations,
          "median_delay_hours": o.median_delay_hours} for o in result.outlets],
        summary)
    return summary


def _relation_counts(result: StoriesResult) -> dict[str, int]:
    counts: dict[str, int] = {}
    for member in result.members:
        if member.story is not None:
            counts[member.relation] = counts.get(member.relation, 0) + 1
    return counts


def _story_rows(store: Store, result: StoriesResult) -> tuple[list[dict[str, Any]], Iterator[dict[str, Any]]]:
    """Rows for the ``stories`` and ``story_members`` tables; documents alone are kept as members with no
    story (relation ``original``) so an export lists every document. Members are streamed (a million dicts at
    once would double the stage's memory)."""
    members = ({"key": m.key, "story": m.story, "relation": m.relation, "source": m.source, "parent": m.parent,
                "score": m.score, "evidence": m.evidence} for m in result.members)
    by_story: dict[int, list[str]] = {}
    for m in result.members:
        if m.story is not None:
            by_story.setdefault(m.story, []).append(m.key)
    originals = {m.story: m.key for m in result.members if m.story is not None and m.relation == "original"}
    fields = store.fields([key for keys in by_story.values() for key in keys])
    stories = []
    for story, keys in sorted(by_story.items()):
        original = originals.get(story, keys[0])
        first = fields.get(original, {})
        langs = sorted({lang for key in keys if (lang := fields.get(key, {}).get("lang"))})
        stories.append({"id": story, "original": original, "size": len(keys), "languages": langs,
                        "first_published": first.get("published"), "title": _title(first)})
    return stories, members


def _title(fields: dict[str, Any]) -> str | None:
    """The declared title, else the first line of the text (a headline in most articles), cut short."""
    head = fields.get("head") or ""
    title = fields.get("title") or next((line.strip() for line in head.splitlines() if line.strip()), None)
    if title is None:
        return None
    return title if len(title) <= 120 else title[:119] + "…"


def export_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One row per document (ingest order): its id (external id, else content hash), story, relation, source
    (the id of its story's original), parent, score and metadata. Needs a ``stories build`` first."""
    members = store.story_members()
    if not members and store.counts()["documents"]:
        raise StoreError(f"{store.path}: no stories yet; run `unspin stories build` first")
    if len(members) < store.counts()["documents"]:
        missing = store.counts()["documents"] - len(members)
        print(f"unspin: note: {missing} document(s) were ingested after the last `unspin stories build` and are "
              "not in this export; build again to include them", file=sys.stderr)
    for m in members:
        yield {"id": m["key"], "story": m["story"], "relation": m["relation"], "source": m["source"],
               "parent": m["parent"], "score": round(float(m["score"]), 4), "outlet": m["outlet"], "url": m["url"],
               "title": m["title"], "lang": m["lang"], "published": m["published"]}


def write_export(rows: Sequence[dict[str, Any]] | Iterator[dict[str, Any]], fmt: str, path: Path | None) -> int:
    """Write rows as JSON Lines, CSV or Parquet (``path`` None: standard output, not for Parquet); the count."""
    if fmt not in EXPORT_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORT_FORMATS)}")
    rows = list(rows)
    if fmt == "parquet":
        if path is None:
            raise ValueError("Parquet is binary: give a file with --output")
        import pyarrow as pa
        import pyarrow.parquet as pq

        schema = pa.schema([("id", pa.string()), ("story", pa.int64()), ("relation", pa.string()),
                            ("source", pa.string()), ("parent", pa.string()), ("score", pa.float64()),
                            ("outlet", pa.string()), ("url", pa.string()), ("title", pa.string()),
                            ("lang", pa.string()), ("published", pa.string())])
        table = pa.Table.from_pylist(rows, schema=schema)
        pq.write_table(table, path)
        return len(rows)
    buffer = io.StringIO()
    if fmt == "jsonl":
        for row in rows:
            buffer.write(json.dumps(row, ensure_ascii=False) + "\n")
    else:
        writer = csv.DictWriter(buffer, fieldnames=list(EXPORT_COLUMNS), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    if path is None:
        sys.stdout.write(buffer.getvalue())
    else:
        path.write_text(buffer.getvalue(), encoding="utf-8")
    return len(rows)


# -- actors across the corpus -----------------------------------------------------------------------------
@dataclass(slots=True)
class CorpusActor:
    """One person or organisation across the documents that name it, with what it said in each."""

    name: str
    kind: str
    variants: dict[str, int] = field(default_factory=dict)     # surface form -> documents using it
    roles: dict[str, int] = field(default_factory=dict)
    documents: set[str] = field(default_factory=set)
    quotes: list[dict[str, Any]] = field(default_factory=list)  # {"document", "kind", "start", "end", "text"}

    def to_dict(self, max_quotes: int | None = None) -> dict[str, Any]:
        quotes = self.quotes if max_quotes is None else self.quotes[:max_quotes]
        return {"name": self.name, "kind": self.kind,
                "variants": sorted(self.variants, key=lambda v: (-self.variants[v], v)),
                "roles": sorted(self.roles, key=lambda r: (-self.roles[r], r)),
                "documents": len(self.documents), "quote_count": len(self.quotes), "quotes": quotes}


def _actor_key(name: str, kind: str) -> tuple[str, str, str]:
    """``(kind, bucket, initial)``: people by the phonetic skeleton of their surname (so a Cyrillic and a Latin
    spelling meet) and the initial of their given name ("" when the text gives none); organisations by the
    skeletons of all their words. The same folding as the provenance keys (a heuristic)."""
    from unspin.provenance.keys import name_skeleton

    words = [w for w in name.replace(".", ". ").split() if w]
    if kind != "person" or not words:
        return kind, " ".join(name_skeleton(w) for w in words), ""
    initial = name_skeleton(words[0])[:1] if len(words) > 1 else ""
    return kind, name_skeleton(words[-1]), initial


def corpus_actors(store: Store, *, keys: Sequence[str] | None = None) -> list[CorpusActor]:
    """People and organisations across the analysed documents (or those with ``keys``), most quoted first.

    Within an article the actors stage has already merged name variants; across articles, actors are linked
    when their surnames reduce to the same phonetic skeleton and their given-name initials do not conflict (a
    name without a given name joins the most documented person of that surname). A HEURISTIC: two different
    people with one surname and one initial are merged.
    """
    rows: Iterator[DocumentRow] | list[DocumentRow]
    rows = store.iter_documents() if keys is None else [r for k in keys if (r := store.get(k)) is not None]
    groups: dict[tuple[str, str], dict[str, CorpusActor]] = {}
    for row in rows:
        if row.analysis is None:
            continue
        doc = row.document()
        said: dict[str, list[dict[str, Any]]] = {}
        for span in doc.layer("quote"):
            speaker = span.attrs.get("speaker")
            if speaker:
                said.setdefault(speaker, []).append({"document": row.key, "kind": span.label, "start": span.start,
                                                     "end": span.end, "text": doc.evidence(span)})
        for actor in doc.actors:
            kind, bucket, initial = _actor_key(actor.name, actor.kind)
            if not bucket:
                continue
            by_initial = groups.setdefault((kind, bucket), {})
            target = by_initial.get(initial)
            if target is None:
                if initial and "" in by_initial:  # "Peskov" seen first, "Dmitry Peskov" now: the same person
                    target = by_initial[initial] = by_initial.pop("")
                elif not initial and by_initial:
                    target = max(by_initial.values(), key=lambda a: len(a.documents))
                else:
                    target = by_initial[initial] = CorpusActor(name=actor.name, kind=actor.kind)
            if len(actor.name) > len(target.name):
                target.name = actor.name
            for variant in {actor.name, *actor.variants}:
                target.variants[variant] = target.variants.get(variant, 0) + 1
            if actor.role:
                target.roles[actor.role] = target.roles.get(actor.role, 0) + 1
            target.documents.add(row.key)
            target.quotes.extend(said.get(actor.id, []))
    found = [actor for by_initial in groups.values() for actor in by_initial.values()]
    for person in found:
        if person.kind == "person":
            person.name = display_name(person.name, person.variants)
    found.sort(key=lambda a: (-len(a.quotes), -len(a.documents), a.name))
    return found


def display_name(longest: str, variants: dict[str, int]) -> str:
    """The name to show for a person across documents: among the names with a given name and a surname, one
    whose given name is a nominative; where a Russian name occurs only in an oblique case ("Владимира Путина":
    interviews and datelines put names in the genitive), its nominative is rebuilt from the given-name
    lexicon and an attested nominative surname ("Путин") when the corpus has one. Then the form most documents
    use, then the longest. ``longest`` (the fullest form of any one article) is kept otherwise. A HEURISTIC for
    display: the variants, which are evidence, stay as written.
    """
    from unspin.actors import given_name_gender, oblique_given_gender, oblique_given_nominative

    singles = {v for v in variants if len(v.split()) == 1}
    best: tuple[bool, int, int, int, str] | None = None
    for form, documents in variants.items():
        words = form.split()
        if len(words) < 2:
            continue
        if given_name_gender(words[0]) is not None:
            rank, shown = 2, form
        elif (nominative := oblique_given_nominative(words[0])) is not None and \
                (surname := _nominative_surname(words[-1], oblique_given_gender(words[0]) or "", singles)):
            rank, shown = 1, " ".join([nominative, *words[1:-1], surname])
        else:
            rank, shown = 0, form
        key = (rank > 0, documents, rank, len(shown), shown)
        if best is None or key > best:
            best = key
    return best[4] if best is not None and best[0] else longest


def _nominative_surname(surname: str, gender: str, attested: set[str]) -> str | None:
    """The attested nominative of ``surname`` (an oblique form, or an indeclinable one), else None."""
    from unspin.actors import surname_nominatives

    for candidate in surname_nominatives(surname, gender):
        if candidate in attested:
            return candidate
    # No nominative beside it: an indeclinable surname ("Порошенко") as it stands.
    return surname if surname in attested and surname[-1:] in "оиеуюых" else None


# -- the copy graph ---------------------------------------------------------------------------------------------
def copy_graph_dot(store: Store, story: int | None = None) -> str:
    """The copy graph of one story (or every story) in Graphviz DOT: a node per document (its outlet or input,
    language and published date), an edge from each document's parent to it labelled with the relation, the
    delay when both dates are known, and the similarity score. Originals are drawn as boxes."""
    members = [m for m in store.story_members(story) if m["story"] is not None]
    keys = {m["key"] for m in members}
    edges = [e for e in store.copy_edges(keys) if e["source"] in keys]
    lines = ["digraph copies {", "  rankdir=LR;", '  node [shape=ellipse, fontname="Helvetica", fontsize=10];',
             '  edge [fontname="Helvetica", fontsize=9];']
    for story_id in sorted({m["story"] for m in members}):
        lines.append(f"  subgraph cluster_{story_id} {{")
        lines.append(f"    label={_dot(f'story {story_id}')};")
        for m in (m for m in members if m["story"] == story_id):
            where = m["outlet"] or m["input"] or m["key"][:16]
            label = "\n".join(x for x in (where, m["lang"], m["published"], m["relation"]) if x)
            shape = ", shape=box" if m["relation"] == "original" else ""
            lines.append(f"    {_dot(m['key'])} [label={_dot(label)}{shape}];")
        lines.append("  }")
    for e in edges:
        parts = [e["relation"]]
        if e["delay_seconds"] is not None:
            parts.append(f"+{e['delay_seconds'] / 3600:.1f} h")
        parts.append(f"{e['score']:.2f}")
        lines.append(f"  {_dot(e['source'])} -> {_dot(e['target'])} [label={_dot(' '.join(parts))}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot(value: str) -> str:
    """A DOT string literal: backslashes and quotes escaped, line feeds written as DOT's ``\\n`` line breaks,
    other control characters as spaces (a hostile outlet name cannot break the file)."""
    escaped = value.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join("\\n" if c == "\n" else c if c.isprintable() else " " for c in escaped) + '"'
