"""The one document model: a text that never changes, and spans that point into it.

A :class:`Document` holds the original ``text`` exactly as read (a UTF-8 byte-order mark included, as the
PTC corpus counts it), what the input declared about it (``meta``), what unspin found about the whole
article (``labels``), the people and organisations in it (``actors``) and the character-offset annotations
(``spans``). A span's evidence is always ``doc.text[span.start:span.end]``; it is never stored twice.

The JSON form (:meth:`Document.to_dict`) is the contract between stages, the store, the API and the
exports. It is versioned by :data:`SCHEMA` and described by ``unspin/data/document.schema.json``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any, Literal

from unspin.errors import SchemaError

__all__ = [
    "LAYERS",
    "SCHEMA",
    "Actor",
    "Document",
    "Span",
    "json_schema",
    "text_id",
]

SCHEMA = "unspin.document/1"

# Layers in the order a reader meets them. Later stages add theirs here, so one place names them all.
HEADLINE = "headline"
REPEATED = "repeated"
DATELINE = "dateline"
BYLINE = "byline"
TIMESTAMP = "timestamp"
PARAGRAPH = "paragraph"
SENTENCE = "sentence"
MT_SIGNAL = "mt_signal"
QUOTE = "quote"
MENTION = "mention"
TECHNIQUE = "technique"
LAYERS = (HEADLINE, REPEATED, DATELINE, BYLINE, TIMESTAMP, PARAGRAPH, SENTENCE, MT_SIGNAL, QUOTE, MENTION,
          TECHNIQUE)

ActorKind = Literal["person", "organisation"]


@cache
def json_schema() -> dict[str, Any]:
    """The JSON Schema of the document form (``unspin/data/document.schema.json``)."""
    raw = resources.files("unspin").joinpath("data", "document.schema.json").read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(raw)
    return schema


def text_id(text: str) -> str:
    """The document id: hex SHA-256 of the UTF-8 text, so the same text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(slots=True)
class Span:
    """An annotation over ``text[start:end]`` (end exclusive)."""

    start: int
    end: int
    layer: str
    label: str | None = None
    score: float | None = None
    attrs: dict[str, Any] = field(default_factory=dict)

    def text_in(self, text: str) -> str:
        """The evidence: the slice of ``text`` this span points at."""
        return text[self.start:self.end]

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "layer": self.layer, "label": self.label,
                "score": self.score, "attrs": self.attrs}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Span:
        return cls(start=data["start"], end=data["end"], layer=data["layer"], label=data.get("label"),
                   score=data.get("score"), attrs=dict(data.get("attrs") or {}))


@dataclass(slots=True)
class Actor:
    """A person or organisation the article mentions, with every way the text names it."""

    id: str
    name: str
    kind: ActorKind
    variants: list[str] = field(default_factory=list)
    role: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "variants": self.variants,
                "role": self.role}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Actor:
        return cls(id=data["id"], name=data["name"], kind=data["kind"], variants=list(data.get("variants") or []),
                   role=data.get("role"))


@dataclass(slots=True)
class Document:
    """One article: the original text and everything unspin found in it.

    ``id`` is derived from ``text`` and cannot be set by hand; build a document with
    ``Document(text, meta)`` and let the stages add spans, labels and actors.
    """

    text: str
    meta: dict[str, Any] = field(default_factory=dict)
    labels: dict[str, Any] = field(default_factory=dict)
    actors: list[Actor] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    id: str = field(init=False)

    def __post_init__(self) -> None:
        self.id = text_id(self.text)

    # -- reading -----------------------------------------------------------------------------------
    def layer(self, name: str) -> list[Span]:
        """The spans of one layer, in text order."""
        return sorted((s for s in self.spans if s.layer == name), key=lambda s: (s.start, s.end))

    def evidence(self, span: Span) -> str:
        """``text[span.start:span.end]``."""
        return self.text[span.start:span.end]

    def iter_layer_text(self, name: str) -> Iterator[tuple[Span, str]]:
        for span in self.layer(name):
            yield span, self.text[span.start:span.end]

    # -- writing -----------------------------------------------------------------------------------
    def add(self, spans: Iterable[Span]) -> None:
        """Add spans, refusing any that does not point inside the text."""
        n = len(self.text)
        for span in spans:
            if not 0 <= span.start <= span.end <= n:
                raise SchemaError(f"span {span.layer}:{span.label} [{span.start}, {span.end}) lies outside "
                                  f"the text (length {n})")
            self.spans.append(span)

    # -- the JSON form -----------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The versioned JSON form (``"schema": "unspin.document/1"``); spans in text order."""
        spans = sorted(self.spans, key=lambda s: (s.start, -s.end, s.layer))
        return {
            "schema": SCHEMA,
            "id": self.id,
            "text": self.text,
            "meta": self.meta,
            "labels": self.labels,
            "actors": [a.to_dict() for a in self.actors],
            "spans": [s.to_dict() for s in spans],
        }

    def to_json(self, *, indent: int | None = None) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        """Rebuild a document from its JSON form, checking the schema tag, the id and every offset."""
        if not isinstance(data, dict):
            raise SchemaError("a document must be a JSON object")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise SchemaError(f"unknown document schema {schema!r}; this unspin reads {SCHEMA!r}")
        text = data.get("text")
        if not isinstance(text, str):
            raise SchemaError("a document needs a 'text' string")
        doc = cls(text, meta=dict(data.get("meta") or {}), labels=dict(data.get("labels") or {}),
                  actors=[Actor.from_dict(a) for a in data.get("actors") or []])
        if "id" in data and data["id"] != doc.id:
            raise SchemaError(f"document id {data['id']!r} does not match the SHA-256 of its text ({doc.id})")
        doc.add(Span.from_dict(s) for s in data.get("spans") or [])
        return doc

    @classmethod
    def from_json(cls, raw: str | bytes) -> Document:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise SchemaError(f"not JSON: {exc}") from exc
        return cls.from_dict(data)
