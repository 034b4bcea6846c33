"""unspin: read news the way a disinformation analyst does, with character-exact evidence.

>>> import unspin
>>> doc = unspin.analyze(open("article.txt", encoding="utf-8").read())   # doctest: +SKIP
>>> [doc.evidence(s) for s in doc.layer("headline")]                     # doctest: +SKIP
"""

from unspin.document import SCHEMA, Actor, Document, Span
from unspin.errors import InputError, SchemaError, UnspinError
from unspin.pipeline import analyze, analyze_document
from unspin.read import read_bytes, read_path
from unspin.settings import DEFAULT_SETTINGS, Settings

__all__ = [
    "DEFAULT_SETTINGS",
    "SCHEMA",
    "Actor",
    "Document",
    "InputError",
    "SchemaError",
    "Settings",
    "Span",
    "UnspinError",
    "__version__",
    "analyze",
    "analyze_document",
    "read_bytes",
    "read_path",
]

__version__ = "0.1.0"
