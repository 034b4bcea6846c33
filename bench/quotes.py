"""Speed of the quotes stage over the PTC training articles, each article read once.

    .venv/bin/python bench/quotes.py [FOLDER]

The earlier stages (anatomy, segment, language, mt, actors) run first and are not timed; only
``annotate_quotes`` is. Prints articles, total seconds, ms per article and articles per second.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from unspin.document import Document
from unspin.pipeline import analyze_document
from unspin.quotes import annotate_quotes
from unspin.settings import DEFAULT_SETTINGS

FOLDER = Path(__file__).resolve().parents[2] / "shared" / "data" / "ptc" / "train-articles"
BEFORE = ("anatomy", "segment", "language", "mt", "actors")


def main(folder: Path = FOLDER) -> None:
    docs = []
    for path in sorted(folder.glob("*.txt")):
        # Every stage before quotes (actors included: quotes read its mentions), and not quotes itself.
        doc = analyze_document(Document(path.read_text(encoding="utf-8")), settings=DEFAULT_SETTINGS,
                               stages=BEFORE)
        docs.append(doc)
    annotate_quotes(docs[0], settings=DEFAULT_SETTINGS)  # load the word lists outside the timing
    docs[0].spans = [s for s in docs[0].spans if s.layer != "quote"]
    started = time.perf_counter()
    for doc in docs:
        annotate_quotes(doc, settings=DEFAULT_SETTINGS)
    elapsed = time.perf_counter() - started
    quotes = sum(1 for doc in docs for s in doc.spans if s.layer == "quote")
    n = len(docs)
    from unspin import actors as compiled_probe

    print(f"quotes stage: {n} articles, {quotes} quotes, {elapsed:.3f} s, "
          f"{1000 * elapsed / n:.3f} ms/article, {n / elapsed:.0f} articles/s")
    print(f"  build: {'Python' if str(compiled_probe.__file__).endswith('.py') else 'compiled with mypyc'}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER)
