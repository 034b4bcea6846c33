"""Speed of "who said what": the actors and quotes stages together, each article once, on one core.

    taskset -c 0 .venv/bin/python bench/who_said_what.py [FOLDER]

FOLDER defaults to ../shared/data/ptc/train-articles. The stages before them (anatomy, segment, language,
mt) run first, outside the timing. The word lists of both stages are loaded once before the timed loop (on
a small invented text) and that one-off load is printed on its own; then, for every article in turn,
``annotate_actors`` and ``annotate_quotes`` are timed with ``perf_counter``, with the cyclic garbage collector
paused for the article as ``analyze_document`` pauses it. Run it under ``taskset -c 0``:
the target (500 articles/s, 2 ms per article for both stages) is for one core.

Prints, for actors, quotes and both: total seconds, mean ms per article, the slowest article and
articles per second.
"""

from __future__ import annotations

import gc
import sys
import time
from pathlib import Path

from unspin.actors import annotate_actors
from unspin.document import Document
from unspin.pipeline import analyze_document, collector_paused
from unspin.quotes import annotate_quotes
from unspin.settings import DEFAULT_SETTINGS

FOLDER = Path(__file__).resolve().parents[2] / "shared" / "data" / "ptc" / "train-articles"
BEFORE = ("anatomy", "segment", "language", "mt")
# Invented, only to load and compile the word lists of both stages before the timing starts.
WARM_UP = ("Officials in Norvale said on Monday that the bridge would reopen. “It is safe,” said Mayor Ilse "
           "Brandt, the head of the city council. According to the Ministry of Transport, repairs cost little.")


def build_kind() -> str:
    """Whether the stages run compiled (a regular install) or as Python (an editable one): the figures differ
    by about a fifth."""
    from unspin import actors

    where = str(actors.__file__)
    return f"Python ({where})" if where.endswith(".py") else f"compiled with mypyc ({where})"


def main(folder: Path = FOLDER) -> int:
    paths = sorted(folder.glob("*.txt"))
    if not paths:
        print(f"no *.txt articles in {folder}", file=sys.stderr)
        return 1
    loaded = time.perf_counter()
    # Only the stages the timing needs: the pipeline's later stages (techniques) load models of their own.
    warm = analyze_document(Document(WARM_UP), settings=DEFAULT_SETTINGS, stages=BEFORE)
    annotate_actors(warm, settings=DEFAULT_SETTINGS)
    annotate_quotes(warm, settings=DEFAULT_SETTINGS)
    loaded = time.perf_counter() - loaded

    docs = [analyze_document(Document(p.read_text(encoding="utf-8")), settings=DEFAULT_SETTINGS, stages=BEFORE)
            for p in paths]
    # The 371 prepared documents would otherwise be walked by full garbage collections inside the timed
    # region, at random articles: freeze them so that the slowest-article figure means something.
    gc.collect()
    gc.freeze()
    actors_t: list[float] = []
    quotes_t: list[float] = []
    clock = time.perf_counter
    for doc in docs:
        # As analyze_document runs the stages: with the cyclic garbage collector paused for the document.
        with collector_paused():
            t0 = clock()
            annotate_actors(doc, settings=DEFAULT_SETTINGS)
            t1 = clock()
            annotate_quotes(doc, settings=DEFAULT_SETTINGS)
            t2 = clock()
        actors_t.append(t1 - t0)
        quotes_t.append(t2 - t1)
    both_t = [a + q for a, q in zip(actors_t, quotes_t, strict=True)]
    n = len(docs)
    mentions = sum(1 for d in docs for s in d.spans if s.layer == "mention")
    quotes = sum(1 for d in docs for s in d.spans if s.layer == "quote")
    print(f"who said what: {n} articles from {folder}; {sum(len(d.actors) for d in docs)} actors, "
          f"{mentions} mentions, {quotes} quotes (word lists loaded once in {loaded * 1000:.0f} ms, not timed)")
    print(f"  modules: {build_kind()}")
    for name, times in (("actors", actors_t), ("quotes", quotes_t), ("both", both_t)):
        total = sum(times)
        worst = max(range(n), key=times.__getitem__)
        print(f"  {name:<7} total {total:.3f} s, {total / n * 1000:.3f} ms/article, {n / total:.0f} articles/s "
              f"(slowest {times[worst] * 1000:.2f} ms, {paths[worst].name})")
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else FOLDER))
